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
	_, err := Score([]corpus.Annotated{gold}, []corpus.Annotated{nested}, Options{})
	if err == nil || !strings.Contains(err.Error(), `predicted document "d": more than 64 DATE annotations overlap`) {
		t.Errorf("nested predictions: %v", err)
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
