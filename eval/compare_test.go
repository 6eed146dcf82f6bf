package eval

import (
	"context"
	"strings"
	"testing"
)

func TestCompareSystems(t *testing.T) {
	gold, predA := mixedDocs(30)
	// B: also misses every quote of d01, d02 (that A finds) and gets one
	// DATE value wrong; A misses d00, d03, ... as before.
	_, predB := mixedDocs(30)
	predB[1].Annotations = predB[1].Annotations[:1]
	predB[2].Annotations = predB[2].Annotations[:1]
	predB[4].Annotations[0].Value = "2021"
	// A has one error that B lacks.
	predA[5].Annotations[0].Value = "2020"
	ra, rb := score(t, gold, predA), score(t, gold, predB)
	c, err := CompareSystems(context.Background(), ra, rb, DefaultBootstrap)
	if err != nil {
		t.Fatal(err)
	}
	find := func(row string, reg Regime) Delta {
		for _, d := range c.Deltas {
			if d.Row == row && d.Regime == reg {
				return d
			}
		}
		t.Fatalf("no delta for %s %s", row, reg)
		return Delta{}
	}
	q := find("QUOTE", Lenient)
	if q.Delta <= 0 || q.P <= 0 || q.P > 1 {
		t.Errorf("QUOTE lenient delta %+.3f p %.3f", q.Delta, q.P)
	}
	if d := find("DATE", Lenient); d.Delta != 0 || d.P != 1 {
		t.Errorf("DATE lenient: delta %+.3f p %.3f, want 0 and 1", d.Delta, d.P)
	}
	if d := find("micro", Full); d.A != ra.Micro.Full.F1 || d.B != rb.Micro.Full.F1 {
		t.Errorf("micro full %v, want A %v B %v", d, ra.Micro.Full.F1, rb.Micro.Full.F1)
	}
	kinds := func(ms []Mistake) string {
		var s []string
		for _, m := range ms {
			s = append(s, m.Doc+" "+string(m.Type)+" "+string(m.Kind))
		}
		return strings.Join(s, "; ")
	}
	if got, want := kinds(c.Fixed), "d01 QUOTE missed; d02 QUOTE missed; d04 DATE attribute"; got != want {
		t.Errorf("fixed %q, want %q", got, want)
	}
	if got, want := kinds(c.Introduced), "d05 DATE attribute"; got != want {
		t.Errorf("introduced %q, want %q", got, want)
	}
	// Identical systems: no differences, p 1.
	same, _ := CompareSystems(context.Background(), ra, ra, DefaultBootstrap)
	for _, d := range same.Deltas {
		if d.Delta != 0 || d.P != 1 {
			t.Errorf("identical systems: %+v", d)
		}
	}
	if len(same.Fixed)+len(same.Introduced) != 0 {
		t.Error("identical systems: errors fixed or introduced")
	}
	// Different gold is refused.
	other := score(t, gold[:3], predA[:3])
	if _, err := CompareSystems(context.Background(), ra, other, DefaultBootstrap); err == nil {
		t.Error("different gold accepted")
	}
	// The table shows the comparison.
	ra.Comparison = c
	c.A, c.B = "a.jsonl", "b.jsonl"
	var b strings.Builder
	ra.WriteTable(&b, TableOptions{})
	for _, want := range []string{"A a.jsonl against B b.jsonl", "3 errors fixed (made by B, not by A):", "1 errors introduced (made by A, not by B):"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("table lacks %q", want)
		}
	}
}
