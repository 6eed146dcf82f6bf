package eval

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func TestIgnoreRegions(t *testing.T) {
	gold := []corpus.Annotated{doc("d", date(10, 16, "2022-01-24"))}
	pred := []corpus.Annotated{doc("d",
		date(0, 4, "2022"),         // inside a region, no gold: ignored
		date(10, 16, "2022-01-24"), // on gold: scored
		date(12, 20, "2022-01-25"), // region and gold overlap: scored (not ignored)
		date(30, 34, "2021"),       // outside any region: false hit
		off(0, 4, "Ruiz"),          // another type: regions of DATE do not apply
	)}
	regions := map[string][]Region{"d": {
		{Type: corpus.Date, Start: 0, End: 8},
		{Type: corpus.Date, Start: 14, End: 22},
	}}
	r, err := Score(gold, pred, Options{Ignore: regions})
	if err != nil {
		t.Fatal(err)
	}
	ds, _ := r.Type(corpus.Date)
	if ds.Ignored != 1 || ds.Pred != 3 {
		t.Errorf("DATE ignored %d pred %d, want 1 and 3", ds.Ignored, ds.Pred)
	}
	if got := counts(ds.Lenient); got != (tpfpfn{1, 2, 0}) {
		t.Errorf("DATE lenient %v, want [1 2 0]", got)
	}
	os, _ := r.Type(corpus.Official)
	if os.Ignored != 0 || os.Pred != 1 {
		t.Errorf("OFFICIAL ignored %d pred %d, want 0 and 1", os.Ignored, os.Pred)
	}
	if r.Micro.Ignored != 1 {
		t.Errorf("micro ignored %d, want 1", r.Micro.Ignored)
	}
}

func TestSpeakerMatch(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred corpus.Annotation
		byName     bool // right under SpeakerName
		bySpan     bool // right under SpeakerSpanOrName
	}{
		{"same name", quote(0, 9, "Ned Price", "said", 20, 29), quote(0, 9, "ned price", "said", 40, 45), true, true},
		{"pronoun mention overlaps", quote(0, 9, "he", "said", 20, 22), quote(0, 9, "Ned Price", "said", 20, 22), false, true},
		{"mention inside the source phrase", quote(0, 9, "a State Department spokesman", "said", 20, 48), quote(0, 9, "spokesman", "said", 39, 48), false, true},
		{"different mention, different name", quote(0, 9, "he", "said", 20, 22), quote(0, 9, "Ned Price", "said", 30, 39), false, false},
		{"no predicted speaker", quote(0, 9, "he", "said", 20, 22), quote(0, 9, "", "", -1, -1), false, false},
		{"neither has a speaker", quote(0, 9, "", "", -1, -1), quote(0, 9, "", "", -1, -1), true, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, m := range []struct {
				match SpeakerMatch
				want  bool
			}{{"", tt.byName}, {SpeakerName, tt.byName}, {SpeakerSpanOrName, tt.bySpan}} {
				r, err := Score([]corpus.Annotated{doc("d", tt.gold)}, []corpus.Annotated{doc("d", tt.pred)}, Options{Speaker: m.match})
				if err != nil {
					t.Fatal(err)
				}
				if got := r.Micro.Full.TP == 1; got != m.want {
					t.Errorf("%q: full hit %v, want %v", m.match, got, m.want)
				}
			}
		})
	}
	if _, err := ParseSpeakerMatch("mention"); err == nil {
		t.Error("ParseSpeakerMatch accepted an unknown name")
	}
}

func TestTypesOption(t *testing.T) {
	gold := []corpus.Annotated{doc("d", quote(0, 9, "Ruiz", "said", 20, 24))}
	pred := []corpus.Annotated{doc("d", quote(0, 9, "Ruiz", "said", 20, 24), off(20, 24, "Ruiz"), date(30, 36, "2022"))}
	r, err := Score(gold, pred, Options{Types: []corpus.Type{corpus.Quote}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Types) != 1 || r.Types[0].Type != corpus.Quote {
		t.Fatalf("types %v, want QUOTE only", r.Types)
	}
	if r.Micro.Pred != 1 || r.Micro.Full.F1 != 1 {
		t.Errorf("micro pred %d F1 %.3f, want 1 and 1", r.Micro.Pred, r.Micro.Full.F1)
	}
	for _, a := range r.Attributes {
		if a.Type != corpus.Quote {
			t.Errorf("attribute %s %s of a type left out", a.Type, a.Attribute)
		}
	}
}

func TestMistakesShowRuleAndEscape(t *testing.T) {
	text := "Ruiz said \x1b[31mred\x1b[0m \u202eevil\u202c on Monday."
	g := corpus.Annotation{Type: corpus.Quote, Start: 10, End: 22, Text: "\x1b[31mred\x1b[0m", Speaker: "Ruiz", Cue: "said", SpeakerStart: 0, SpeakerEnd: 4}
	p := g
	p.Speaker, p.SpeakerStart, p.SpeakerEnd, p.Rule = "Monday", 33, 39, "tail-cue"
	r, err := Score([]corpus.Annotated{doc("d\x07", g)}, []corpus.Annotated{doc("d\x07", p)}, Options{Texts: map[string]string{"d\x07": text}})
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	r.WriteTable(&b, TableOptions{Mistakes: true, ByDoc: true})
	out := b.String()
	if strings.ContainsAny(out, "\x1b\x07\u202e\u202c") {
		t.Errorf("raw control or format characters in the table:\n%q", out)
	}
	for _, want := range []string{`(rule tail-cue)`, `d\x07 QUOTE`, `[\x1b[31mred\x1b[0m]`, `\u202eevil\u202c`, `speaker: gold "Ruiz", pred "Monday"`} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestSafe(t *testing.T) {
	for in, want := range map[string]string{
		"plain Zelenskyy’s café": "plain Zelenskyy’s café",
		"a\x1b[2Jb":              `a\x1b[2Jb`,
		"tab\there":              `tab\x09here`,
		"back\\slash":            `back\\slash`,
		"\u202eRTL":              `\u202eRTL`,
		"c1\u0085":               `c1\x85`,
	} {
		if got := Safe(in); got != want {
			t.Errorf("Safe(%q) = %q, want %q", in, got, want)
		}
	}
}
