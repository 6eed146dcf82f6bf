package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestNamedBesideWholeSentence checks that a person named anywhere in a
// sentence where a description stands is no referent of a description
// with the same title, however many names come between: a window of 64
// mentions on each side of the description missed the last name of the
// long sentence, and the later "The prime minister" took Lindqvist.
func TestNamedBesideWholeSentence(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	var tests []officialCase
	for _, n := range []int{3, 63, 64, 65, 70, 200} {
		tests = append(tests, officialCase{
			name: fmt.Sprintf("%d names between", n),
			text: "Ann Bay and Erik Lindqvist arrived. The prime minister criticised " + strings.Repeat("Bay, ", n) +
				"and Lindqvist for the delay. The prime minister said more.",
			want: nil,
		})
	}
	// without Lindqvist in the description's sentence, he is the referent
	tests = append(tests, officialCase{"not named beside",
		"Ann Bay and Erik Lindqvist arrived. The prime minister criticised " + strings.Repeat("Bay, ", 70) +
			"and the delay. Lindqvist left. The prime minister said more.",
		[]string{"Erik Lindqvist=Erik Lindqvist/prime minister", "Lindqvist=Erik Lindqvist/prime minister"}})
	runOfficialCases(t, p, tests)
}

// TestBesideIndexAnswers checks the index's questions on a document:
// every person named in a description's sentence, and only those, is
// named beside it, for the title key of that description only.
func TestBesideIndexAnswers(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	text := "Ann Bay and Erik Lindqvist arrived. Lena Holt waited. " +
		"The prime minister criticised " + strings.Repeat("Holt, ", 100) + "and Lindqvist. " +
		"The spokesman said Holt left. Per Voss said nothing."
	d := p.analyze(corpus.Document{ID: "t", Text: text})
	r := p.officials(d)
	pm, _ := tokenRange(d, "The prime minister criticised")
	sp, _ := tokenRange(d, "The spokesman said")
	titles := []string{"prime minister", "spokesman"}
	starts := []int{pm + 1, sp + 1}
	x := r.namedBeside(d, 2, func(k int) (int, string) { return starts[k], titles[k] })
	want := map[string]map[string]bool{
		titleKey("prime minister"): {"Lena Holt": true, "Erik Lindqvist": true},
		titleKey("spokesman"):      {"Lena Holt": true},
	}
	for key, names := range want {
		for _, pe := range r.people {
			if got := x.named(key, pe); got != names[pe.name] {
				t.Errorf("named(%q, %s) = %v, want %v", key, pe.name, got, names[pe.name])
			}
		}
	}
	if len(r.people) < 4 {
		t.Errorf("want 4 people on the roster, got %d", len(r.people))
	}
}

// TestBesideIndexLinear counts the index's work (binary searches) when
// every description asks about every person named in a text where two
// titles and two people recur in every other sentence (the spokesman
// beside Ann Bay, the minister beside Erik Lindqvist): the answers for a
// title and a person both stated in hundreds of sentences are memoised,
// so the work grows with the text, not with the questions (a window-free
// walk of every description's sentences for each question would make
// descriptions × sentences probes).
func TestBesideIndexLinear(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	for _, n := range []int{100, 400} {
		text := strings.Repeat("The spokesman said Ann Bay said. The minister said Erik Lindqvist said. ", n)
		d := p.analyze(corpus.Document{ID: "t", Text: text})
		r := p.officials(d)
		var starts []int
		var titles []string
		for k := 0; k+1 < len(d.toks); k++ {
			if w := d.Lower(k + 1); d.Text(k) == "The" && (w == "spokesman" || w == "minister") {
				starts, titles = append(starts, k+1), append(titles, w)
			}
		}
		x := r.namedBeside(d, len(starts), func(k int) (int, string) { return starts[k], titles[k] })
		questions := 0
		for k := range starts {
			key := titleKey(titles[k])
			for _, m := range r.all {
				questions++
				// each sentence names one person beside one title
				if want := (titles[k] == "spokesman") == (m.p.name == "Ann Bay"); x.named(key, m.p) != want {
					t.Fatalf("n=%d: named(%s, %s) = %v, want %v", n, titles[k], m.p.name, !want, want)
				}
			}
		}
		if limit := 4 * (len(starts) + len(r.all)); x.probes > limit {
			t.Errorf("n=%d: %d probes for %d descriptions and %d mentions (%d questions), want at most %d",
				n, x.probes, len(starts), len(r.all), questions, limit)
		}
	}
}
