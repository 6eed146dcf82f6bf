package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestPathologicalInputsFinish annotates small inputs built to stress
// the stages (long runs of quotation marks, quotes and attributions in one
// sentence) and fails any that takes longer than a generous budget: an
// input of a few kilobytes must never hang a batch. A run over budget is
// left behind (it cannot be stopped) and reported.
func TestPathologicalInputsFinish(t *testing.T) {
	const budget = 5 * time.Second
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
		{"30 participle quotes in one sentence", "Officials met" + strings.Repeat(", saying “no”", 30) + "."},
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			done := make(chan []corpus.Annotation, 1)
			start := time.Now()
			go func() { done <- p.Annotate(corpus.Document{ID: "p", Text: tt.text}) }()
			select {
			case as := <-done:
				t.Logf("%d bytes, %d annotations in %v", len(tt.text), len(as), time.Since(start))
			case <-time.After(budget):
				t.Errorf("Annotate on %d bytes did not finish within %v (input %.60q...)", len(tt.text), budget, tt.text)
			}
		})
	}
}
