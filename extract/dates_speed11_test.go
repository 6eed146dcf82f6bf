package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// articleDates are sentences of our own making with the expressions
// "the", "that", "a" and "an" open (see articleMayDate), and their near
// misses.
var articleDates = []string{
	"The talks ended the day before. They resume the week after, and the next day too.",
	"He left that day; that same week she arrived. That man said so.",
	"A week ago the army moved; an hour earlier it had rained. A year later, a month after, two days before.",
	"On the fifth of May and the twenty - first of June, the twenty-first of July, the Fourth of July.",
	"Over the weekend the previous Friday, the following June, the preceding week, the same day.",
	"The end of March, the beginning of 2021, the middle of the year, the start of talks.",
	"A dozen troops, a hundred men, an army, the army, that army, a the an that.",
}

// TestArticleMayDate checks that articleMayDate rules out no token where
// dateAt finds an expression: on sentences of our own making and on every
// development set's documents.
func TestArticleMayDate(t *testing.T) {
	p := datePipeline(t)
	var docs []corpus.Document
	for n, text := range articleDates {
		docs = append(docs, corpus.Document{ID: string(rune('a' + n)), Date: "2022-05-10", Text: text})
	}
	for d := range everyTestDoc(t) {
		docs = append(docs, d)
	}
	ruledOut, found := 0, 0
	for _, cd := range docs {
		d := p.analyze(cd)
		lists := d.dateLists()
		for i := range d.toks {
			if d.toks[i].Kind != Word || d.wflags[i]&fDateList != 0 || d.articleMayDate(i) {
				continue
			}
			ruledOut++
			if x, ok := d.dateAt(i, dprev{end: -1}, lists); ok {
				t.Errorf("%s: articleMayDate rules out %q at token %d, where dateAt finds %q (%s)",
					cd.ID, d.Text(i), i, d.span(x.s, x.e), x.rule)
			}
			if i > 0 {
				if _, ok := d.dateAt(i, dprev{month: true, end: i - 1}, lists); ok {
					found++
				}
			}
		}
	}
	if ruledOut == 0 || found != 0 {
		t.Errorf("ruled out %d tokens, %d of them dated after a month", ruledOut, found)
	}
}
