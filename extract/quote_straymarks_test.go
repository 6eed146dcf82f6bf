package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteStrayMarks: a symbol between the speaker and the verb, or
// between the quote and the verb, is passed over (red team 22, 3: `Lloyd
// Austin * said “we are ready”` gave no QUOTE at all).
func TestQuoteStrayMarks(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	var tests []quoteRuleCase
	for _, mark := range []string{"*", "#", "©", "†", "★", "😀", "👍🏽", "★ ★"} {
		tests = append(tests,
			quoteRuleCase{"head " + mark,
				"US Defense Secretary Paul Hendry " + mark + " said “we are ready”.",
				[]string{"we are ready|Paul Hendry|said|Paul Hendry|head-cue"}},
			quoteRuleCase{"tail, subject first " + mark,
				"“We are ready,” Paul Hendry " + mark + " said.",
				[]string{"We are ready,|Paul Hendry|said|Paul Hendry|tail-cue"}},
			quoteRuleCase{"tail, cue first " + mark,
				"“We are ready,” " + mark + " said Paul Hendry.",
				[]string{"We are ready,|Paul Hendry|said|Paul Hendry|tail-cue"}})
	}
	checkQuoteRules(t, p, tests)
}
