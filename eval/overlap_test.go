package eval

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestForOverlapsMatchesAllPairs: the sweep finds exactly the pairs that
// trying every gold span against every prediction finds, with the same
// overlaps, on random spans (nested, equal, empty, unsorted).
func TestForOverlapsMatchesAllPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	spans := func(n int) []corpus.Annotation {
		as := make([]corpus.Annotation, n)
		for i := range as {
			s := r.IntN(60)
			as[i] = corpus.Annotation{Type: corpus.Date, Start: s, End: s + r.IntN(12)}
		}
		return as
	}
	type found struct{ i, j, o int }
	for range 500 {
		gold, pred := spans(r.IntN(20)), spans(r.IntN(20))
		var want, got []found
		for i, g := range gold {
			for j, p := range pred {
				if o := min(g.End, p.End) - max(g.Start, p.Start); o > 0 {
					want = append(want, found{i, j, o})
				}
			}
		}
		forOverlaps(gold, pred, func(i, j, o int) { got = append(got, found{i, j, o}) })
		cmpFound := func(a, b found) int {
			if a.i != b.i {
				return a.i - b.i
			}
			return a.j - b.j
		}
		slices.SortFunc(want, cmpFound)
		slices.SortFunc(got, cmpFound)
		if !slices.Equal(got, want) {
			t.Fatalf("gold %v pred %v:\ngot  %v\nwant %v", gold, pred, got, want)
		}
	}
}

// TestScoreHostileOverlaps: predictions that nest thousands deep (a
// 170 KB file took 19 s and 2 GB) are refused with the document named;
// long documents with many spans score without trying every pair (the
// deadline is a hang guard, not a speed test).
func TestScoreHostileOverlaps(t *testing.T) {
	const n = 8000
	gold := corpus.Annotated{ID: "d"}
	for i := range n {
		gold.Annotations = append(gold.Annotations, corpus.Annotation{Type: corpus.Date, Start: 2 * i, End: 2*i + 1, Text: "a", Value: "2022"})
	}
	nested := corpus.Annotated{ID: "d"}
	for i := 0; i < n; i += 4 {
		nested.Annotations = append(nested.Annotations, corpus.Annotation{Type: corpus.Date, Start: 0, End: 2*n - 1 - i, Text: "x", Value: "2022"})
	}
	// the nested document is not scored (all misses), the others are
	// (red team 22, 1: one such document aborted the whole run)
	other := corpus.Annotated{ID: "e", Annotations: gold.Annotations[:1]}
	r, err := Score([]corpus.Annotated{gold, other}, []corpus.Annotated{nested, other}, Options{})
	if err != nil {
		t.Fatalf("nested predictions: %v", err)
	}
	if len(r.Refused) != 1 || r.Refused[0].ID != "d" || !strings.Contains(r.Refused[0].Reason, `predicted document "d": more than 64 DATE annotations overlap`) {
		t.Errorf("refused: %+v", r.Refused)
	}
	if l := r.Micro.Lenient; l.TP != 1 || l.FN != n || l.FP != 0 {
		t.Errorf("lenient %+v, want 1 hit (e) and %d misses (d)", l, n)
	}
	if _, err := Score([]corpus.Annotated{nested}, []corpus.Annotated{gold}, Options{}); err == nil || !strings.Contains(err.Error(), `gold document "d": more than 64`) {
		t.Errorf("nested gold: %v", err)
	}

	// 200,000 spans on each side, shifted by one: every prediction
	// overlaps two gold spans
	const m = 200000
	big, shifted := corpus.Annotated{ID: "b"}, corpus.Annotated{ID: "b"}
	for i := range m {
		big.Annotations = append(big.Annotations, corpus.Annotation{Type: corpus.Date, Start: 4 * i, End: 4*i + 3, Text: "abc", Value: "2022"})
		shifted.Annotations = append(shifted.Annotations, corpus.Annotation{Type: corpus.Date, Start: 4*i + 2, End: 4*i + 5, Text: "cde", Value: "2022"})
	}
	done := make(chan *Report, 1)
	go func() {
		r, err := Score([]corpus.Annotated{big}, []corpus.Annotated{shifted}, Options{})
		if err != nil {
			t.Error(err)
		}
		done <- r
	}()
	select {
	case r := <-done:
		if r != nil && r.Micro.Lenient.TP != m {
			t.Errorf("lenient TP %d, want %d", r.Micro.Lenient.TP, m)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("scoring 200,000 spans against 200,000 does not end")
	}
}

// TestDropIgnoredMatchesAllPairs: the sweeps of dropIgnored keep exactly
// the predictions that comparing each with every region and gold span
// keeps, empty (non-consuming) regions included.
func TestDropIgnoredMatchesAllPairs(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	spans := func(n, maxLen int) []corpus.Annotation {
		as := make([]corpus.Annotation, n)
		for i := range as {
			s := r.IntN(60)
			as[i] = corpus.Annotation{Type: corpus.Date, Start: s, End: s + r.IntN(maxLen)}
		}
		return as
	}
	overlaps := func(a corpus.Annotation, start, end int) bool { return a.Start < end && start < a.End }
	for range 500 {
		gs, ps := spans(r.IntN(10), 8), spans(r.IntN(20), 12)
		var regions []Region
		for _, a := range spans(r.IntN(6), 5) {
			regions = append(regions, Region{Type: corpus.Date, Start: a.Start, End: a.End})
		}
		var want []corpus.Annotation
		for _, p := range ps {
			inRegion := slices.ContainsFunc(regions, func(r Region) bool { return overlaps(p, r.Start, r.End) })
			if inRegion && !slices.ContainsFunc(gs, func(g corpus.Annotation) bool { return overlaps(p, g.Start, g.End) }) {
				continue
			}
			want = append(want, p)
		}
		got, n := dropIgnored(gs, ps, regions, corpus.Date)
		if !slices.Equal(got, want) || n != len(ps)-len(want) {
			t.Fatalf("gold %v pred %v regions %v:\ngot  %v\nwant %v", gs, ps, regions, got, want)
		}
	}
}
