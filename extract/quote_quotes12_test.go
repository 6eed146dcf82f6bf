package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteQuotes12 covers the speaker mechanisms that failed on text no
// one had tuned on (dev19, probe21, probe22; tenth session), each in
// forms of our own making.
func TestQuoteQuotes12(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// a dateline opening the paragraph is no antecedent of it/they:
		// the subject after it is
		{"it after a dateline and a body subject",
			"First line\n\nACCRA — Ghana's interior ministry published a brief note on Sunday. “The curfew will end at dawn,” it said.",
			[]string{"The curfew will end at dawn,|Ghana's interior ministry|said|it|tail-cue+pronoun-subject"}},
		{"they after a dateline with a country and a plural subject",
			"First line\n\nVALLETTA, Malta — The Nordic foreign ministers gathered in Valletta on Monday. “Nobody leaves the table early,” they said in a communique.",
			[]string{"Nobody leaves the table early,|The Nordic foreign ministers|said|they|tail-cue+pronoun-subject"}},
		{"it after a wire dateline with an agency",
			"First line\n\nLIMA, Peru (AP) _ The Peruvian army issued orders late on Friday. “Units will hold their positions,” it said.",
			[]string{"Units will hold their positions,|The Peruvian army|said|it|tail-cue+pronoun-subject"}},
	}
	checkQuoteRules(t, p, tests)
}
