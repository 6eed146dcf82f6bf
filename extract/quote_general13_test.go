package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteGeneral13 covers speaker rules that held only in the form they
// were first seen (generality, probe19), each in forms of our own making.
func TestQuoteGeneral13(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// a cue with its own pronoun subject inside a relative clause: the
		// pronoun is the mention (rules 41 and 45a)
		{"a free relative with its own subject it, not the outer report",
			"The Danish navy said it had tracked what it described as “aggressive manoeuvres” by foreign submarines.",
			[]string{"aggressive manoeuvres|The Danish navy|described|it|head-cue+pronoun-subject"}},
		{"a free relative with its own subject it is no passive before a by-phrase",
			"The Philippine foreign ministry said it was investigating what it termed “a deliberate collision” by a Chinese trawler.",
			[]string{"a deliberate collision|The Philippine foreign ministry|termed|it|head-cue+pronoun-subject"}},
		{"a which clause with its own subject she",
			"Finance Minister Lea Brandt presented the budget, which she called “fair to every family”, on Tuesday.",
			[]string{"fair to every family|Lea Brandt|called|she|head-cue+pronoun-salience"}},
		{"a where clause with its own subject he",
			"Governor Tom Hale spoke at the plant, where he said the jobs were “safe for a decade”.",
			[]string{"safe for a decade|Tom Hale|said|he|head-cue+pronoun-salience"}},
	}
	checkQuoteRules(t, p, tests)
}
