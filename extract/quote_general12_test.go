package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteGeneral12 covers speaker rules that held only in the form they
// were first seen (issue: generality, probe17 and the lead's paraphrases),
// each in forms of our own making.
func TestQuoteGeneral12(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// a description resolves only to a person whose known role fits it
		{"a salient subject whose title conflicts with the description is not its referent",
			"Prime Minister Ana Ruiz toured the flooded towns on Sunday.\n\nAddressing a conference in Oslo, the Danish finance minister said the budget was “not negotiable”.",
			[]string{"not negotiable|the Danish finance minister|said|the Danish finance minister|head-cue"}},
		{"a salient subject whose title conflicts, tail cue",
			"Interior Minister Hugo Blanc flew home on Monday. “We will not pay twice,” the trade minister said.",
			[]string{"We will not pay twice,|the trade minister|said|the trade minister|tail-cue"}},
		{"a multi-word head names the office: not the foreign minister named before",
			"Chile's foreign minister said little. Tomas Brandt spent the day on the telephone. The Prime Minister, who visited the camps, said in a statement that peace was “within reach now”.",
			[]string{"within reach now|The Prime Minister|said|The Prime Minister|head-cue"}},
		{"a loose description still takes the salient subject whose role it does not spell out",
			"Senate Majority Leader Ruth Hale met the governors on Monday. Hale stayed late. “We owe them an answer by Friday,” the Ohio senator said.",
			[]string{"We owe them an answer by Friday,|Ruth Hale|said|the Ohio senator|tail-cue+description-salient"}},
		{"a forward resolution crosses no paragraph to a person without a role",
			"Talks between the two camps broke down again on Thursday. The senator said the offer was “dead for this year”.\n\n“Nobody expected anything else,” said Paul Engel of the Centre for Labour Studies.",
			[]string{"dead for this year|The senator|said|The senator|head-cue",
				"Nobody expected anything else,|Paul Engel|said|Paul Engel|tail-cue"}},
		{"a cabinet secretary is a minister",
			"Home Secretary Clara Dunn and her shadow, Peter Vale, argued again on Friday. The minister said her critics had “nothing to offer”.",
			[]string{"nothing to offer|Clara Dunn|said|The minister|head-cue+description"}},
	}
	checkQuoteRules(t, p, tests)
}
