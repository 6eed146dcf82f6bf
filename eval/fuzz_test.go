package eval

import (
	"bytes"
	"math"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Seed corpora live in testdata/fuzz/FuzzScore/ (go test fuzz v1 files);
// plain `go test` runs them as regression cases. Fuzz with
//
//	go test -run XXX -fuzz FuzzScore -fuzztime 75s ./eval

// FuzzScore scores arbitrary annotation files (JSON Lines, as read by
// corpus.ReadAnnotated) against each other, with a document text for
// context: no panic; counts that add up (TP+FP = predicted, TP+FN = gold,
// full <= lenient); every ratio in [0, 1]; and gold scored against itself
// perfect under every regime when its spans are well formed.
func FuzzScore(f *testing.F) {
	f.Add([]byte(`{"id":"a","annotations":[{"type":"DATE","start":0,"end":6,"text":"Monday","value":"2022-01-24"}]}`),
		[]byte(`{"id":"a","annotations":[{"type":"DATE","start":0,"end":3,"text":"Mon","value":"2022-01-24"}]}`), "Monday")
	f.Fuzz(func(t *testing.T, goldData, predData []byte, text string) {
		gold, pred := readLines(goldData), readLines(predData)
		texts := map[string]string{}
		for _, d := range gold {
			texts[d.ID] = text
		}
		for _, ctx := range []int{0, 1, 3} {
			r, err := Score(gold, pred, Options{Texts: texts, Context: ctx})
			if err != nil {
				continue // duplicate ids
			}
			checkReport(t, r)
		}
		r, err := Score(gold, gold, Options{Texts: texts})
		if err != nil {
			return
		}
		checkReport(t, r)
		for _, d := range gold {
			for _, a := range d.Annotations {
				if a.Start >= a.End {
					return // ill-formed spans pair strictly but not leniently
				}
			}
		}
		for _, reg := range Regimes {
			if m := r.Micro.On(reg); m.F1 != 1 || m.FP != 0 || m.FN != 0 {
				t.Fatalf("gold against itself: %s %+v, want F1 1", reg, m)
			}
		}
	})
}

func readLines(data []byte) []corpus.Annotated {
	var docs []corpus.Annotated
	for a, err := range corpus.ReadAnnotated(bytes.NewReader(data), "-") {
		if err == nil {
			docs = append(docs, a)
		}
	}
	return docs
}

func checkReport(t *testing.T, r *Report) {
	t.Helper()
	check := func(what string, s Scores) {
		t.Helper()
		for _, reg := range Regimes {
			c := s.On(reg)
			if c.TP < 0 || c.TP+c.FP != s.Pred || c.TP+c.FN != s.Gold {
				t.Fatalf("%s %s: counts %+v do not add up to gold %d, predicted %d", what, reg, c, s.Gold, s.Pred)
			}
			checkPRF(t, what+" "+string(reg), c.PRF)
		}
		if s.Full.TP > s.Lenient.TP {
			t.Fatalf("%s: full TP %d above lenient TP %d", what, s.Full.TP, s.Lenient.TP)
		}
	}
	for _, ts := range r.Types {
		check(string(ts.Type), ts.Scores)
	}
	check("micro", r.Micro)
	for _, reg := range Regimes {
		checkPRF(t, "macro "+string(reg), r.Macro.On(reg))
	}
	for _, d := range r.Docs {
		check("document "+d.ID, d.Scores)
	}
	for _, a := range r.Attributes {
		if a.Correct < 0 || a.Correct > a.Total || !unit(a.Accuracy) {
			t.Fatalf("attribute %s %s: %d/%d = %v", a.Type, a.Attribute, a.Correct, a.Total, a.Accuracy)
		}
	}
	for _, m := range r.Mistakes {
		if m.Gold == nil && m.Pred == nil {
			t.Fatalf("mistake %+v has neither gold nor prediction", m)
		}
	}
}

func checkPRF(t *testing.T, what string, p PRF) {
	t.Helper()
	if !unit(p.Precision) || !unit(p.Recall) || !unit(p.F1) {
		t.Fatalf("%s: %+v outside [0, 1]", what, p)
	}
}

func unit(x float64) bool { return !math.IsNaN(x) && x >= 0 && x <= 1 }
