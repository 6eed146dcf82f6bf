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
		// a headline topic of a common word and an of-phrase is no source:
		// the body's attribution of the same words
		{"a headline topic with an of-phrase naming a place",
			"Fall of northern Kharkiv ‘only a matter of time’\n\nThe Ukrainian commander, Col. Ivan Shevchuk, told reporters that the fall of the town was “only a matter of time”.",
			[]string{"only a matter of time|Ivan Shevchuk|told reporters|Ivan Shevchuk|headline-body",
				"only a matter of time|Ivan Shevchuk|told reporters|Ivan Shevchuk|head-cue"}},
		{"a headline topic whose head a stemmed list of people matches",
			"Evacuation of northern Gaza ‘a question of days’\n\nThe army's spokesman, Col. Ari Ben-David, said the evacuation was “a question of days”.",
			[]string{"a question of days|Ari Ben-David|said|Ari Ben-David|headline-body",
				"a question of days|Ari Ben-David|said|Ari Ben-David|head-cue"}},
		{"a headline source with an of-phrase is still the source",
			"Ministry of Defence ‘ready to help’\n\nThe ministry offered trucks and tents on Monday.",
			[]string{"ready to help|Ministry of Defence||Ministry of Defence|clause-subject"}},
		// a headline description after a colon, with no verb (rule 50)
		{"a headline description after a colon with no verb",
			"‘The money is gone’: Kenyan treasury chief\n\nKenya's treasury chief, Ruth Wanjiku, said on Monday that the fund was empty. “The money is gone,” Wanjiku said.",
			[]string{"The money is gone|Ruth Wanjiku||Kenyan treasury chief|tail-cue+headline-description",
				"The money is gone,|Ruth Wanjiku|said|Wanjiku|tail-cue"}},
		{"a headline name after a colon with no verb",
			"“No deal this week”: Ruiz\n\nTrade Minister Ana Ruiz told reporters there would be “no deal this week” with Ottawa.",
			[]string{"No deal this week|Ana Ruiz||Ruiz|tail-cue",
				"no deal this week|Ana Ruiz|told reporters|Ana Ruiz|head-cue"}},
		// the object of "told" after a determiner is its audience (rule 52)
		{"told and a determiner object before a place and a colon",
			"Justice Minister Ana Ruiz told the tribunal in The Hague: “We have nothing to hide.”",
			[]string{"We have nothing to hide.|Ana Ruiz|told the tribunal|Ana Ruiz|head-cue"}},
		{"told and a determiner object before a time",
			"Gen. Omar Haddad told the committee on Tuesday: “We need more pilots.”",
			[]string{"We need more pilots.|Omar Haddad|told the committee|Omar Haddad|head-cue"}},
		{"told and an object of two words before that",
			"Mayor Lena Voss told a town meeting that the bridge was “beyond repair”.",
			[]string{"beyond repair|Lena Voss|told a town meeting|Lena Voss|head-cue"}},
		// a role with a to-complement before its name in apposition
		{"an ambassador to a country, then the name, after the quote",
			"“The talks are over,” Norway's ambassador to Sweden, Ingrid Lund, said in a statement issued on Friday.",
			[]string{"The talks are over,|Ingrid Lund|said|Ingrid Lund|tail-cue"}},
		{"an envoy to a plural place after a chain quote",
			"“We lost everything,” the farmer said. “The road is closed,” Sweden's envoy to the Baltic states, Ingrid Lund, said on Friday.",
			[]string{"We lost everything,|the farmer|said|the farmer|tail-cue",
				"The road is closed,|Ingrid Lund|said|Ingrid Lund|tail-cue"}},
		// the sentence after a statement goes on reporting it (rule 40c)
		{"a common subject after a statement: its author",
			"Navy spokeswoman Ana Ruiz said in a statement that the drills would start on Monday. The two fleets also agreed to “share every sonar contact”.",
			[]string{"share every sonar contact|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		{"the statement's own cue, not an earlier verb of its sentence",
			"On Monday the envoys talked about the border, Foreign Ministry spokeswoman Ana Ruiz said in a statement on Friday. The diplomats also agreed on “a firm and common line” for the talks.",
			[]string{"a firm and common line|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		{"a common subject after a readout",
			"The talks ran late, Foreign Minister Tomas Brandt said in a readout of the call. Both governments pledged “a fresh start”.",
			[]string{"a fresh start|Tomas Brandt|said|Tomas Brandt|head-cue"}},
		{"a body after a statement speaks for itself",
			"State radio broadcast a statement from Sudan's new military council saying the borders were shut. The council said it would “pardon every deserter”.",
			[]string{"pardon every deserter|Sudan's new military council|said|The council|head-cue+description"}},
		// a description of a body takes up the body's name (rule 47a)
		{"the ministry after a body named in lower case",
			"The Chilean defence ministry said on Monday that two ships had left port. The ministry called the mission “purely humanitarian”.",
			[]string{"purely humanitarian|The Chilean defence ministry|called|The ministry|head-cue+description-name"}},
		{"the group after a named body with an indefinite apposition",
			"Human Rights Watch, a New York-based rights group, published a report on Monday. The group said the arrests were “arbitrary and cruel”.",
			[]string{"arbitrary and cruel|Human Rights Watch|said|The group|head-cue+description-name"}},
		{"the group after a named group with an indefinite apposition holding its head",
			"The Arctic Policy Group, a research group in Oslo, met on Monday. The group said the ice was “going fast”.",
			[]string{"going fast|The Arctic Policy Group|said|The group|head-cue+description-name"}},
		{"an indefinite apposition with an to a named body of two words",
			"Greenpeace International, an environmental group, sued the ministry. The group called the permit “a licence to pollute”.",
			[]string{"a licence to pollute|Greenpeace International|called|The group|head-cue+description-name"}},
		{"a private person's indefinite role stays as before",
			"Marisol Okafor, a teacher at the village school, watched the convoy. The teacher said the children were “too scared to sleep”.",
			[]string{"too scared to sleep|The teacher|said|The teacher|head-cue"}},
		{"a place before the comma: the indefinite source is introduced",
			"In Kabul, a senior official said the road was open. The official said it was “safe enough”.",
			[]string{"safe enough|a senior official|said|The official|head-cue+description"}},
		{"a common subject after a report that names no statement keeps its own cue",
			"Foreign Minister Tomas Brandt said the talks ran late. The two sides pledged “a fresh start”.",
			[]string{"a fresh start|The two sides|pledged|The two sides|head-cue"}},
		// West Slavic men's given names agree with "he", not "she"
		{"she after a Polish minister met a woman in apposition",
			"Polish Defence Minister Jerzy Nowak met the EU's envoy, Anne Lenoir, in Brussels. “We need more air defence,” she said.",
			[]string{"We need more air defence,|Anne Lenoir|said|she|tail-cue+pronoun-salience"}},
		{"she after a Czech minister met a woman in apposition",
			"Czech Foreign Minister Zdenek Horak met NATO's deputy secretary general, Anne Lenoir, in Prague. “We need more air defence,” she said after the meeting.",
			[]string{"We need more air defence,|Anne Lenoir|said|she|tail-cue+pronoun-salience"}},
	}
	checkQuoteRules(t, p, tests)
}
