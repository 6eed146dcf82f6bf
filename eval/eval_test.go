package eval

import (
	"bytes"
	"encoding/json"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func off(start, end int, name string) corpus.Annotation {
	return corpus.Annotation{Type: corpus.Official, Start: start, End: end, Text: name, Name: name,
		SpeakerStart: -1, SpeakerEnd: -1}
}

func date(start, end int, value string) corpus.Annotation {
	return corpus.Annotation{Type: corpus.Date, Start: start, End: end, Value: value, SpeakerStart: -1, SpeakerEnd: -1}
}

func troops(start, end, count int, mod string) corpus.Annotation {
	return corpus.Annotation{Type: corpus.Troops, Start: start, End: end, Count: count, Mod: mod,
		SpeakerStart: -1, SpeakerEnd: -1}
}

func quote(start, end int, speaker, cue string, ss, se int) corpus.Annotation {
	return corpus.Annotation{Type: corpus.Quote, Start: start, End: end, Speaker: speaker, Cue: cue,
		SpeakerStart: ss, SpeakerEnd: se}
}

func doc(id string, as ...corpus.Annotation) corpus.Annotated {
	return corpus.Annotated{ID: id, Annotations: as}
}

func score(t *testing.T, gold, pred []corpus.Annotated) *Report {
	t.Helper()
	r, err := Score(gold, pred, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// tpfpfn is TP, FP, FN.
type tpfpfn [3]int

func counts(c Counts) tpfpfn { return tpfpfn{c.TP, c.FP, c.FN} }

func TestScoreCounts(t *testing.T) {
	type want struct {
		strict, lenient, full tpfpfn
	}
	tests := []struct {
		name       string
		gold, pred []corpus.Annotation
		typ        corpus.Type
		want       want
		mistakes   []Kind
	}{
		{name: "exact match", typ: corpus.Official,
			gold: []corpus.Annotation{off(0, 5, "Biden")}, pred: []corpus.Annotation{off(0, 5, "Biden")},
			want: want{tpfpfn{1, 0, 0}, tpfpfn{1, 0, 0}, tpfpfn{1, 0, 0}}},
		{name: "off by one", typ: corpus.Official,
			gold: []corpus.Annotation{off(0, 5, "Biden")}, pred: []corpus.Annotation{off(0, 6, "Biden")},
			want:     want{tpfpfn{0, 1, 1}, tpfpfn{1, 0, 0}, tpfpfn{1, 0, 0}},
			mistakes: []Kind{Boundary}},
		{name: "two predictions on one gold span", typ: corpus.Official,
			gold: []corpus.Annotation{off(0, 10, "Joe Biden")},
			pred: []corpus.Annotation{off(0, 4, "Joe Biden"), off(5, 10, "Joe Biden")},
			want: want{tpfpfn{0, 2, 1}, tpfpfn{1, 1, 0}, tpfpfn{1, 1, 0}},
			// 5-10 overlaps more, so 0-4 is the false hit.
			mistakes: []Kind{Spurious, Boundary}},
		{name: "a prediction spanning two gold spans", typ: corpus.Official,
			gold: []corpus.Annotation{off(0, 4, "Joe"), off(6, 10, "Joe")},
			pred: []corpus.Annotation{off(0, 10, "Joe")},
			want: want{tpfpfn{0, 1, 2}, tpfpfn{1, 0, 1}, tpfpfn{1, 0, 1}},
			// Equal overlaps: the nearer start, 0-4, is paired.
			mistakes: []Kind{Boundary, Missed}},
		{name: "empty gold", typ: corpus.Date,
			pred: []corpus.Annotation{date(0, 6, "2022")},
			want: want{tpfpfn{0, 1, 0}, tpfpfn{0, 1, 0}, tpfpfn{0, 1, 0}}, mistakes: []Kind{Spurious}},
		{name: "empty prediction", typ: corpus.Date,
			gold: []corpus.Annotation{date(0, 6, "2022")},
			want: want{tpfpfn{0, 0, 1}, tpfpfn{0, 0, 1}, tpfpfn{0, 0, 1}}, mistakes: []Kind{Missed}},
		{name: "both empty", typ: corpus.Quote},
		{name: "wrong key attribute, right span", typ: corpus.Date,
			gold: []corpus.Annotation{date(0, 6, "2022-01-24")}, pred: []corpus.Annotation{date(0, 6, "2022-01-25")},
			want:     want{tpfpfn{1, 0, 0}, tpfpfn{1, 0, 0}, tpfpfn{0, 1, 1}},
			mistakes: []Kind{Attribute}},
		{name: "wrong troop count", typ: corpus.Troops,
			gold: []corpus.Annotation{troops(0, 6, 8500, "exact")}, pred: []corpus.Annotation{troops(0, 6, 850, "exact")},
			want:     want{tpfpfn{1, 0, 0}, tpfpfn{1, 0, 0}, tpfpfn{0, 1, 1}},
			mistakes: []Kind{Attribute}},
		{name: "type mismatch: gold side", typ: corpus.Official,
			gold: []corpus.Annotation{off(0, 5, "Kyiv")}, pred: []corpus.Annotation{date(0, 5, "")},
			want:     want{tpfpfn{0, 0, 1}, tpfpfn{0, 0, 1}, tpfpfn{0, 0, 1}},
			mistakes: []Kind{Missed, Spurious}},
		{name: "type mismatch: predicted side", typ: corpus.Date,
			gold: []corpus.Annotation{off(0, 5, "Kyiv")}, pred: []corpus.Annotation{date(0, 5, "")},
			want:     want{tpfpfn{0, 1, 0}, tpfpfn{0, 1, 0}, tpfpfn{0, 1, 0}},
			mistakes: []Kind{Missed, Spurious}},
		{name: "duplicate prediction", typ: corpus.Official,
			gold: []corpus.Annotation{off(0, 5, "Biden")}, pred: []corpus.Annotation{off(0, 5, "Biden"), off(0, 5, "Biden")},
			want:     want{tpfpfn{1, 1, 0}, tpfpfn{1, 1, 0}, tpfpfn{1, 1, 0}},
			mistakes: []Kind{Spurious}},
		{name: "normalised name", typ: corpus.Official,
			gold: []corpus.Annotation{off(0, 5, "Jean-Yves Le Drian")}, pred: []corpus.Annotation{off(0, 5, "jean yves le drián")},
			want: want{tpfpfn{1, 0, 0}, tpfpfn{1, 0, 0}, tpfpfn{1, 0, 0}}},
		{name: "unknown type scored on its own", typ: "PERSON",
			gold: []corpus.Annotation{off(0, 5, "Biden")},
			pred: []corpus.Annotation{{Type: "PERSON", Start: 0, End: 5, SpeakerStart: -1, SpeakerEnd: -1}},
			want: want{tpfpfn{0, 1, 0}, tpfpfn{0, 1, 0}, tpfpfn{0, 1, 0}}, mistakes: []Kind{Missed, Spurious}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := score(t, []corpus.Annotated{doc("d", tt.gold...)}, []corpus.Annotated{doc("d", tt.pred...)})
			ts, ok := r.Type(tt.typ)
			if !ok {
				t.Fatalf("no type %s in the report", tt.typ)
			}
			got := want{counts(ts.Strict), counts(ts.Lenient), counts(ts.Full)}
			if got != tt.want {
				t.Errorf("strict, lenient, full (TP FP FN) = %v, want %v", got, tt.want)
			}
			var kinds []Kind
			for _, m := range r.Mistakes {
				kinds = append(kinds, m.Kind)
			}
			if !slices.Equal(kinds, tt.mistakes) {
				t.Errorf("mistakes %v, want %v", kinds, tt.mistakes)
			}
			// Invariants: pred = TP+FP, gold = TP+FN, strict <= lenient,
			// full <= lenient; the document sums its types.
			for _, reg := range Regimes {
				c := ts.On(reg)
				if c.TP+c.FP != ts.Pred || c.TP+c.FN != ts.Gold {
					t.Errorf("%s: %+v does not add up to gold %d, pred %d", reg, c, ts.Gold, ts.Pred)
				}
			}
			if ts.Strict.TP > ts.Lenient.TP || ts.Full.TP > ts.Lenient.TP {
				t.Errorf("strict %d or full %d above lenient %d", ts.Strict.TP, ts.Full.TP, ts.Lenient.TP)
			}
			if d := r.Docs[0]; d.Scores != r.Micro {
				t.Errorf("document %+v differs from micro %+v", d.Scores, r.Micro)
			}
		})
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func TestRatios(t *testing.T) {
	tests := []struct {
		name     string
		c        Counts
		p, r, f1 float64
	}{
		{"perfect", Counts{TP: 2}, 1, 1, 1},
		{"both empty", Counts{}, 1, 1, 1},
		{"no predictions", Counts{FN: 2}, 0, 0, 0},
		{"no gold", Counts{FP: 2}, 0, 0, 0},
		{"mixed", Counts{TP: 2, FP: 1, FN: 3}, 2.0 / 3, 0.4, 0.5},
	}
	for _, tt := range tests {
		c := tt.c
		c.finish()
		if !near(c.Precision, tt.p) || !near(c.Recall, tt.r) || !near(c.F1, tt.f1) {
			t.Errorf("%s: P R F1 = %v %v %v, want %v %v %v", tt.name, c.Precision, c.Recall, c.F1, tt.p, tt.r, tt.f1)
		}
	}
}

func TestMicroMacro(t *testing.T) {
	// OFFICIAL: 4 of 4 right (F1 1). DATE: 1 missed (F1 0). TROOPS and
	// QUOTE: nothing on either side, so left out of the macro average.
	gold := []corpus.Annotated{doc("a", off(0, 1, "A"), off(2, 3, "B"), off(4, 5, "C"), off(6, 7, "D"), date(8, 9, "2022"))}
	pred := []corpus.Annotated{doc("a", off(0, 1, "A"), off(2, 3, "B"), off(4, 5, "C"), off(6, 7, "D"))}
	r := score(t, gold, pred)
	m := r.Micro.Lenient
	if counts(m) != (tpfpfn{4, 0, 1}) || !near(m.Precision, 1) || !near(m.Recall, 0.8) || !near(m.F1, 1.6/1.8) {
		t.Errorf("micro = %+v, want TP 4 FP 0 FN 1, P 1, R 0.8, F1 0.889", m)
	}
	if r.Macro.Types != 2 || r.Macro.Lenient != (PRF{Precision: 0.5, Recall: 0.5, F1: 0.5}) {
		t.Errorf("macro = %+v, want 2 types, P R F1 0.5", r.Macro)
	}
	if r.Micro.Gold != 5 || r.Micro.Pred != 4 {
		t.Errorf("micro gold %d pred %d, want 5 4", r.Micro.Gold, r.Micro.Pred)
	}

	empty := score(t, nil, nil)
	if empty.Macro.Types != 0 || empty.Macro.Full != (PRF{Precision: 1, Recall: 1, F1: 1}) || empty.Micro.Full.F1 != 1 {
		t.Errorf("empty report: macro %+v, micro %+v; want all 1", empty.Macro, empty.Micro)
	}
}

func TestDocuments(t *testing.T) {
	gold := []corpus.Annotated{doc("b", off(0, 5, "Biden")), doc("a", off(0, 5, "Biden"), date(6, 8, "2022")), doc("f", off(0, 1, "X"))}
	pred := []corpus.Annotated{doc("c", off(0, 5, "Biden")), doc("b", off(0, 5, "Biden")), {ID: "f", Error: "timeout"}}
	r := score(t, gold, pred)
	if !slices.Equal(r.MissingPred, []string{"a"}) || !slices.Equal(r.MissingGold, []string{"c"}) ||
		!slices.Equal(r.Failed, []string{"f"}) {
		t.Errorf("missing pred %v, missing gold %v, failed %v; want [a] [c] [f]", r.MissingPred, r.MissingGold, r.Failed)
	}
	if r.Documents != 3 || len(r.Docs) != 3 || r.Docs[0].ID != "a" || r.Docs[2].ID != "f" {
		t.Errorf("documents %d, docs %v; want a, b, f", r.Documents, r.Docs)
	}
	// a and f are all misses; c is not scored.
	if got := counts(r.Micro.Lenient); got != (tpfpfn{1, 0, 3}) {
		t.Errorf("micro lenient %v, want [1 0 3]", got)
	}
	if _, err := Score([]corpus.Annotated{doc("a"), doc("a")}, nil, Options{}); err == nil {
		t.Error("duplicate gold id: no error")
	}
	if _, err := Score(nil, []corpus.Annotated{doc("a"), doc("a")}, Options{}); err == nil {
		t.Error("duplicate predicted id: no error")
	}
}

func TestTieBreaking(t *testing.T) {
	// Equal overlap and distances: the earlier prediction is paired
	// whatever the input order.
	gold := []corpus.Annotated{doc("d", off(4, 8, "A"))}
	for _, pred := range [][]corpus.Annotation{
		{off(2, 6, "A"), off(6, 10, "A")},
		{off(6, 10, "A"), off(2, 6, "A")},
	} {
		r := score(t, gold, []corpus.Annotated{doc("d", pred...)})
		var spurious []int
		for _, m := range r.Mistakes {
			if m.Kind == Spurious {
				spurious = append(spurious, m.Pred.Start)
			}
		}
		if !slices.Equal(spurious, []int{6}) {
			t.Errorf("pred %v: spurious starts %v, want [6]", pred, spurious)
		}
	}
	// Identical spans: the pair whose name agrees wins, in either order.
	for _, pred := range [][]corpus.Annotation{
		{off(0, 5, "B"), off(0, 5, "A")},
		{off(0, 5, "A"), off(0, 5, "B")},
	} {
		r := score(t, []corpus.Annotated{doc("d", off(0, 5, "A"))}, []corpus.Annotated{doc("d", pred...)})
		if r.Micro.Full.TP != 1 {
			t.Errorf("pred %v: full TP %d, want 1", pred, r.Micro.Full.TP)
		}
	}
	// Larger overlap beats a nearer start.
	r := score(t, []corpus.Annotated{doc("d", off(0, 10, "A"))},
		[]corpus.Annotated{doc("d", off(0, 3, "A"), off(2, 10, "A"))})
	if m := r.Mistakes[0]; m.Kind != Spurious || m.Pred.Start != 0 {
		t.Errorf("first mistake %+v, want 0-3 spurious", m)
	}
}

func TestAttributes(t *testing.T) {
	o := func(start int, title string) corpus.Annotation {
		a := off(start, start+1, "X")
		a.Title = title
		return a
	}
	gold := []corpus.Annotated{doc("d",
		o(0, "US Defense Secretary"), o(2, "Ukraine’s president"), o(4, "Lt. Gen."),
		troops(10, 12, 100, "approx"), troops(13, 15, 100, "exact"),
		quote(20, 30, "Ned Price", "said", 31, 36), quote(40, 50, "", "", -1, -1), quote(60, 70, "Price", "told reporters", 71, 76),
	)}
	pred := []corpus.Annotated{doc("d",
		o(0, "us defense secretary"), o(2, "Ukraine's President"), o(4, "General"),
		troops(10, 12, 100, "approx"), troops(13, 15, 100, "up_to"),
		quote(20, 30, "ned price", "said", 31, 36), quote(40, 50, "Kremlin", "said", 51, 58), quote(60, 70, "Price", "told reporters:", 70, 76),
	)}
	r := score(t, gold, pred)
	want := map[string][2]int{ // correct, total
		"OFFICIAL title": {2, 3}, "TROOPS mod": {1, 2}, "QUOTE speaker_span": {1, 2}, "QUOTE cue": {2, 3},
	}
	for _, a := range r.Attributes {
		k := string(a.Type) + " " + a.Attribute
		if w := want[k]; a.Correct != w[0] || a.Total != w[1] || !near(a.Accuracy, float64(w[0])/float64(w[1])) {
			t.Errorf("%s: %d/%d (%v), want %d/%d", k, a.Correct, a.Total, a.Accuracy, w[0], w[1])
		}
		delete(want, k)
	}
	if len(want) > 0 {
		t.Errorf("attributes missing: %v", want)
	}
	// The speaker "" vs "Kremlin" makes one full-regime miss.
	if q, _ := r.Type(corpus.Quote); counts(q.Full) != (tpfpfn{2, 1, 1}) {
		t.Errorf("QUOTE full %v, want [2 1 1]", counts(q.Full))
	}
	var diffs []string
	for _, m := range r.Mistakes {
		if m.Diff != nil {
			diffs = append(diffs, m.Diff.Attribute+":"+m.Diff.Gold+"|"+m.Diff.Pred)
		}
	}
	wantDiffs := []string{"title:Lt. Gen.|General", "mod:exact|up_to", "speaker:|Kremlin", "cue:|said", "speaker_span:71-76|70-76"}
	if !slices.Equal(diffs, wantDiffs) {
		t.Errorf("diffs %q, want %q", diffs, wantDiffs)
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Volodymyr Zelenskyy", "volodymyr zelenskyy"},
		{"  Jean-Yves   Le Drian ", "jean yves le drian"},
		{"Sergeï Lavrov", "sergei lavrov"},
		{"Ukraine’s president", "ukraines president"},
		{"Ukraine's President", "ukraines president"},
		{"Lt. Gen.", "lt gen"},
		{"U.S. Secretary of State, Antony Blinken", "us secretary of state antony blinken"},
		{"Stoltenberg—NATO", "stoltenberg nato"},
		{"“said”", "said"},
		{"ﬁnance Ⅸ", "finance ix"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestContext(t *testing.T) {
	text := "Yesterday in Brüssel, Ned Price\nsaid something."
	gold := []corpus.Annotated{doc("d", off(22, 31, "Ned Price"))}
	pred := []corpus.Annotated{doc("d", off(26, 31, "Ned Price"), off(1000, 1001, "X"))}
	r, err := Score(gold, pred, Options{Texts: map[string]string{"d": text}, Context: 10})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Mistakes[0].Context, "… Brüssel, [Ned Price] said some…"; got != want {
		t.Errorf("context %q, want %q", got, want)
	}
	if got := r.Mistakes[1].Context; got != "" {
		t.Errorf("context of an offset beyond the text %q, want none", got)
	}

	// A long span shows its first and last code points only.
	long := []corpus.Annotated{doc("d", quote(4, 40, "", "", -1, -1))}
	r, err = Score(long, nil, Options{Texts: map[string]string{"d": text}, Context: 3})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Mistakes[0].Context, "…est[erd … som]eth…"; got != want {
		t.Errorf("context %q, want %q", got, want)
	}
}

func TestCheck(t *testing.T) {
	r := score(t,
		[]corpus.Annotated{doc("d", off(0, 5, "A"), date(6, 8, "2022"))},
		[]corpus.Annotated{doc("d", off(0, 5, "A"), date(6, 9, "2022"))})
	// strict: OFFICIAL 1, DATE 0, micro 0.5; lenient all 1.
	thresholds := []Threshold{{Min: 0.6}, {Type: corpus.Official, Min: 0.9}, {Type: corpus.Date, Min: 0.1}, {Type: corpus.Quote, Min: 1}}
	if f := r.Check(Lenient, thresholds); len(f) != 0 {
		t.Errorf("lenient failures %v, want none", f)
	}
	f := r.Check(Strict, thresholds)
	if len(f) != 2 || f[0].Type != "" || f[1].Type != corpus.Date {
		t.Fatalf("strict failures %v, want overall and DATE", f)
	}
	if got, want := f[0].String(), "overall (micro) strict F1 0.500 is below the minimum 0.600"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCompareAndJSON(t *testing.T) {
	gold := []corpus.Annotated{doc("d", off(0, 5, "A"), date(6, 8, "2022"), quote(10, 20, "A", "said", 0, 5))}
	base := score(t, gold, []corpus.Annotated{doc("d", off(0, 5, "A"))})
	r := score(t, gold, []corpus.Annotated{doc("d", off(0, 5, "A"), date(6, 8, "2022"))})

	// The baseline goes through JSON, as with --json and --baseline.
	data, err := json.Marshal(base)
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back.Micro != base.Micro || back.Macro != base.Macro || len(back.Mistakes) != len(base.Mistakes) {
		t.Fatalf("report changed through JSON:\n%s", data)
	}
	for _, key := range []string{`"missing_pred":[]`, `"micro":{"gold":3,"pred":1,"strict":{"tp":1,"fp":0,"fn":2,"precision":1,`, `"mistakes":[{"doc":"d","kind":"missed","type":"DATE","gold":{"type":"DATE"`} {
		if !bytes.Contains(data, []byte(key)) {
			t.Errorf("JSON lacks %s:\n%s", key, data)
		}
	}
	changes := r.Compare(&back)
	found := 0
	for _, c := range changes {
		switch {
		case c.Row == "DATE" && c.Regime == Lenient:
			found++
			if c.Base != 0 || c.F1 != 1 || c.Delta != 1 {
				t.Errorf("DATE lenient change %+v, want 0 -> 1", c)
			}
		case c.Row == "micro" && c.Regime == Full:
			found++
			if !near(c.Delta, 0.8-0.5) {
				t.Errorf("micro full change %+v, want +0.3", c)
			}
		}
	}
	if found != 2 || len(changes) != 3*(len(corpus.Types)+2) {
		t.Errorf("%d changes: %+v", len(changes), changes)
	}
}

func TestWriteTable(t *testing.T) {
	gold := []corpus.Annotated{doc("d", off(0, 5, "Biden"), date(9, 13, "2022")), doc("m", off(0, 5, "Biden"))}
	pred := []corpus.Annotated{doc("d", off(0, 5, "Biden"), date(9, 14, "2021"))}
	r, err := Score(gold, pred, Options{Texts: map[string]string{"d": "Biden in 2022."}})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.WriteTable(&b, TableOptions{ByDoc: true, Mistakes: true, Baseline: r}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"2 gold documents scored; 1 without prediction (all misses)\n",
		"OFFICIAL     2     1",
		"1.000 +0.000",
		"macro",
		"TROOPS mod          -      0/0",
		"m     1     0",
		"no prediction",
		`d DATE     boundary  gold 9-13 "", pred 9-14 ""`,
		`d DATE     attribute 9-13 "" value: gold "2022", pred "2021"`,
		"    Biden in [2022.]\n",
		"3 mistakes:",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}
