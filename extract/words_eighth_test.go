package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialWordKindsUserFile8 checks that the word lists moved out of
// Go in the eighth round come from the lexicon: ranks' personal address
// field (Mr, Mrs …), official_words same_past (set, put, cut …) and
// lead_verb (led, heads, commands …). A user file changes what they do.
func TestOfficialWordKindsUserFile8(t *testing.T) {
	tests := []struct {
		name, user, text string
		before, after    []string
	}{
		{"a personal form of address before a role word",
			"[ranks]\n-mr\nmr\thonorific\tmale\n",
			"Talks ended on Monday. Mr King, the defence secretary, said the base would stay.",
			[]string{"King=King/defence secretary"},
			nil},
		{"a verb whose past is its present",
			"[official_words]\n-set\n",
			"Headline\n\nThe acting secretary set off a storm over the plan. Elaine Duke, who toured the base, said it would stay.",
			[]string{"Elaine Duke=Elaine Duke/acting secretary"},
			nil},
		{"a verb of leading an armed group",
			"[official_words]\n-led\n",
			"EPRDF leader Meles Tekle, who led the rebel side at the talks, said no.",
			nil,
			[]string{"Meles Tekle=Meles Tekle/EPRDF leader"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			runOfficialCases(t, testPipeline(t, corpus.Official), []officialCase{{"built-in lists", tc.text, tc.before}})
			p, err := userPipeline(t, tc.user, corpus.Official)
			if err != nil {
				t.Fatal(err)
			}
			runOfficialCases(t, p, []officialCase{{"user file", tc.text, tc.after}})
		})
	}
}
