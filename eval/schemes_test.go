package eval

import (
	"math"
	"reflect"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestSchemesWorkedExample is the worked example of docs/eval.md.
func TestSchemesWorkedExample(t *testing.T) {
	gold := []corpus.Annotated{doc("d",
		off(0, 10, "Lena Ortiz"),      // 1. predicted exactly
		date(20, 25, "2024-05-03"),    // 2. predicted with the same span as TROOPS
		troops(30, 44, 1200, "exact"), // 3. predicted with a shorter span
		quote(50, 70, "", "", -1, -1), // 4. overlapped by an OFFICIAL
		date(80, 85, "2024-06"),       // 5. missed
	)}
	pred := []corpus.Annotated{doc("d",
		off(0, 10, "Lena Ortiz"),
		troops(20, 25, 3, "exact"),
		troops(30, 35, 1200, "exact"),
		off(60, 75, "Ortiz"),
		date(90, 95, "2024"), // 6. a false hit
	)}
	r := score(t, gold, pred)
	want := map[Scheme]struct {
		cor, inc, par, mis, spu int
		p, rc                   float64
	}{
		SchemeStrict:  {1, 3, 0, 1, 1, 0.2, 0.2},
		SchemeExact:   {2, 2, 0, 1, 1, 0.4, 0.4},
		SchemePartial: {2, 0, 2, 1, 1, 0.6, 0.6},
		SchemeType:    {2, 2, 0, 1, 1, 0.4, 0.4},
	}
	for _, s := range r.Schemes {
		w := want[s.Scheme]
		m := s.Micro
		if got := [5]int{m.Correct, m.Incorrect, m.Partial, m.Missed, m.Spurious}; got != [5]int{w.cor, w.inc, w.par, w.mis, w.spu} {
			t.Errorf("%s: COR INC PAR MIS SPU %v, want %v", s.Scheme, got, [5]int{w.cor, w.inc, w.par, w.mis, w.spu})
		}
		if math.Abs(m.Precision-w.p) > 1e-9 || math.Abs(m.Recall-w.rc) > 1e-9 {
			t.Errorf("%s: P %.3f R %.3f, want %.3f %.3f", s.Scheme, m.Precision, m.Recall, w.p, w.rc)
		}
	}
	// The project's own regimes on the same example.
	if r.Micro.Strict.TP != 1 || r.Micro.Lenient.TP != 2 || r.Micro.Full.TP != 2 {
		t.Errorf("strict/lenient/full TP %d %d %d, want 1 2 2", r.Micro.Strict.TP, r.Micro.Lenient.TP, r.Micro.Full.TP)
	}
	wantConf := []TypeConfusion{{Gold: corpus.Date, Pred: corpus.Troops, Count: 1}, {Gold: corpus.Quote, Pred: corpus.Official, Count: 1}}
	if !reflect.DeepEqual(r.Confusion.Types, wantConf) {
		t.Errorf("type confusion %+v, want %+v", r.Confusion.Types, wantConf)
	}
	// Per type: the pairs count under the gold type, the false hit under
	// its own.
	partial := r.Schemes[2]
	for _, tc := range partial.Types {
		if tc.Type == corpus.Quote && tc.Partial != 1 {
			t.Errorf("QUOTE partial %d, want 1", tc.Partial)
		}
		if tc.Type == corpus.Date && (tc.Correct != 1 || tc.Missed != 1 || tc.Spurious != 1) {
			t.Errorf("DATE partial counts %+v", tc.SchemeCounts)
		}
	}
}

func TestValueConfusions(t *testing.T) {
	gold := []corpus.Annotated{doc("d",
		troops(0, 5, 100, "approx"), troops(10, 15, 200, "approx"), troops(20, 25, 300, "over"),
		quote(30, 40, "Ana Ruiz", "said", 50, 53), quote(60, 70, "Ana Ruiz", "said", 80, 83))}
	pred := []corpus.Annotated{doc("d",
		troops(0, 5, 100, "exact"), troops(10, 15, 200, "exact"), troops(20, 25, 300, "at_least"),
		quote(30, 40, "Bo Lind", "said", 50, 53), quote(60, 70, "Bo Lind", "said", 90, 93))}
	r := score(t, gold, pred)
	want := []ValueConfusion{
		{corpus.Quote, "speaker", "Ana Ruiz", "Bo Lind", 2},
		{corpus.Troops, "mod", "approx", "exact", 2},
		{corpus.Troops, "mod", "over", "at_least", 1},
	}
	if !reflect.DeepEqual(r.Confusion.Values, want) {
		t.Errorf("value confusions %+v, want %+v", r.Confusion.Values, want)
	}
}
