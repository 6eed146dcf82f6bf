package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteStrayMarks: a symbol between the speaker and the verb, or
// between the quote and the verb, is passed over (red team 22, 3: `Paul
// Hendry * said “we are ready”` gave no QUOTE at all).
func TestQuoteStrayMarks(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	var tests []quoteRuleCase
	// whole emoji sequences (mend12c: a variation selector, a keycap, a
	// zero width joiner or a flag's tag characters lost the QUOTE), and a
	// bullet
	for _, mark := range []string{"*", "#", "©", "†", "★", "😀", "👍🏽", "★ ★",
		"❤\ufe0f", "❤\ufe0e", "☺\ufe0f", "✔\ufe0f", "⚠\ufe0f", "1\ufe0f\u20e3", "#\ufe0f\u20e3", "👩\u200d⚕\ufe0f",
		"🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f", "•"} {
		tests = append(tests,
			quoteRuleCase{"head " + mark,
				"US Defense Secretary Paul Hendry " + mark + " said “we are ready”.",
				[]string{"we are ready|Paul Hendry|said|Paul Hendry|head-cue"}},
			quoteRuleCase{"tail, subject first " + mark,
				"“We are ready,” Paul Hendry " + mark + " said.",
				[]string{"We are ready,|Paul Hendry|said|Paul Hendry|tail-cue"}},
			quoteRuleCase{"tail, cue first " + mark,
				"“We are ready,” " + mark + " said Paul Hendry.",
				[]string{"We are ready,|Paul Hendry|said|Paul Hendry|tail-cue"}},
			quoteRuleCase{"tail, mark after the cue " + mark,
				"“We are ready,” said " + mark + " Paul Hendry.",
				[]string{"We are ready,|Paul Hendry|said|Paul Hendry|tail-cue"}})
	}
	checkQuoteRules(t, p, tests)
}
