package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestPathologicalInputsFinish annotates small inputs built to stress
// the stages (long runs of quotation marks, quotes and attributions in one
// sentence). It asserts no timing: a regression to super-linear work makes
// these inputs run for hours, and go test's own -timeout fails the run.
func TestPathologicalInputsFinish(t *testing.T) {
	tests := []struct{ name, text string }{
		{"10,000 straight quotation marks", strings.Repeat(`"`, 10000)},
		{"10,000 curly quotation marks", strings.Repeat("“", 5000) + strings.Repeat("”", 5000)},
		{"1 MB word", strings.Repeat("a", 1<<20)},
		{"1,000 dates", strings.Repeat("Monday, January 24, 2022 ", 1000)},
		{"1,000 names", strings.Repeat("Biden Scholz Macron said ", 1000)},
		// Regression (fixed in 3319ff9): each quote's attribution search
		// walked the whole sentence and, for every token, every quote:
		// cubic in quotes per sentence (1,000 took 1.1 s).
		{"2,000 unbalanced quotes in one sentence", strings.Repeat("“Biden said ", 2000)},
		// Regression (fixed in 3319ff9): each participle cue ("saying")
		// re-attributed every earlier quote of the sentence, recursively:
		// exponential (3.7 s at 20 quotes, doubling with each more).
		// Regression (issue 8, C1): in a one-paragraph document every
		// quote was a headline quote and scanned every later quote for
		// the same words (400 KB of `said "`: 44 s).
		{"20,000 unclosed quotes in one paragraph", strings.Repeat(`said "`, 20000)},
		{"headline quote and 20,000 body quotes", "“Officials arrive today in the capital city”\n" + strings.Repeat("“We will act,” Biden said. ", 20000)},
		{"30 participle quotes in one sentence", "Officials met" + strings.Repeat(", saying “no”", 30) + "."},
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := p.Annotate(corpus.Document{ID: "p", Text: tt.text})
			t.Logf("%d bytes, %d annotations", len(tt.text), len(as))
		})
	}
}
