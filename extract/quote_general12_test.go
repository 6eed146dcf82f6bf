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
		// the subject of a cue inside a subordinate clause is that clause's
		{"a participle after an as-clause: the clause's subject says it",
			"Troops sealed the border on Monday as Defence Minister Ola Berg vowed to stay, saying the army was “ready for anything.”",
			[]string{"ready for anything.|Ola Berg|saying|Ola Berg|participle"}},
		{"a participle after a while-clause with an object",
			"Strikes spread to the ports while union leader Ana Ruiz refused the offer, calling it “an insult to every worker.”",
			[]string{"an insult to every worker.|Ana Ruiz|calling|Ana Ruiz|participle"}},
		{"a cue inside an as-clause",
			"Fighting resumed near the airport as Interior Minister Hugo Blanc warned of “a long summer”.",
			[]string{"a long summer|Hugo Blanc|warned|Hugo Blanc|head-cue"}},
		{"a participle after an as-clause in a first paragraph",
			"Troops sealed the border on Monday as Defence Minister Ola Berg vowed to stay, saying he had “no reason to leave.”\n\nThe border stayed closed.",
			[]string{"no reason to leave.|Ola Berg|saying|Ola Berg|participle"}},
		{"a headline's subordinate clause has its own bare subject",
			"Strikes spread as union chief rejects ‘final offer’\n\nUnion chief Ana Ruiz said the company's “final offer” was an insult.",
			[]string{"final offer|Ana Ruiz|rejects|union chief|head-cue+headline-description",
				"final offer|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		// a speech verb and a colon introduce the quote: the sentence after
		// it is no attribution
		{"a colon cue before a quote that ends its sentence wins over the next sentence",
			"Pressed on the timetable, Gen. Omar Haddad answered: “When the job is done.” Haddad spoke at a base near Kandahar.",
			[]string{"When the job is done.|Omar Haddad|answered|Omar Haddad|head-cue"}},
		{"a colon cue with an object before the quote",
			"Mayor Ana Ruiz told the crowd: “We are tired of waiting.” Ruiz spoke for ten minutes.",
			[]string{"We are tired of waiting.|Ana Ruiz|told the crowd|Ana Ruiz|head-cue"}},
		// "one" with a noun introduces an unnamed source in every position
		{"one and a noun after an inverted cue, then a relative clause",
			"“The road is closed until spring,” said one police officer, who did not give his name.",
			[]string{"The road is closed until spring,|one police officer|said|one police officer|tail-cue"}},
		{"one and a noun before the cue",
			"“We have no fuel left,” one nurse said.",
			[]string{"We have no fuel left,|one nurse|said|one nurse|tail-cue"}},
		{"one and a noun after an inverted cue at the sentence end",
			"“Nobody came to help us,” said one farmer.",
			[]string{"Nobody came to help us,|one farmer|said|one farmer|tail-cue"}},
		{"one and a noun no list knows, then a relative clause",
			"“We were given no warning at all,” said one sentry, who asked not to be named because he was not allowed to speak.",
			[]string{"We were given no warning at all,|one sentry|said|one sentry|tail-cue"}},
		{"another and a noun no list knows",
			"“They will be back by summer,” said another shepherd.",
			[]string{"They will be back by summer,|another shepherd|said|another shepherd|tail-cue"}},
		// a naming cue with its own subject, past an auxiliary
		{"a whom clause whose subject has called the person something",
			"President Ana Ruiz, whom the rebels had branded “a traitor”, said she would stay.",
			[]string{"a traitor|the rebels|branded|the rebels|head-cue"}},
		{"which X has described as",
			"The accord, which Kyiv has described as “a trap”, was signed on Monday.",
			[]string{"a trap|Kyiv|described|Kyiv|head-cue"}},
		// a coordinated clause with its own subject and report closes no quote
		{"a report, then a coordinated clause with another reporter",
			"Finance Minister Tomas Brandt said the budget was “balanced at last”, and a spokesman for the central bank added that rates would hold.",
			[]string{"balanced at last|Tomas Brandt|said|Tomas Brandt|head-cue"}},
		// a name with a lower-case particle is the participle's subject whole
		{"a participle after a name with a particle",
			"Foreign Minister Pieter de Groot left the summit early, saying only: “Enough has been said.” He flew home that night.",
			[]string{"Enough has been said.|Pieter de Groot|saying|Pieter de Groot|participle"}},
		// according to a document by its author
		{"according to a report by a body",
			"The army lost “at least forty tanks” in the week, according to a study by the Oslo Peace Institute.",
			[]string{"at least forty tanks|the Oslo Peace Institute|according to|the Oslo Peace Institute|according-to+document-author"}},
		{"warned of, a complement after the subject's apposition",
			"Ana Ruiz, head of the teachers' union, warned of “months of disruption” if pay was not raised.",
			[]string{"months of disruption|Ana Ruiz|warned|Ana Ruiz|head-cue"}},
		// a pronoun with nobody before it: the subject of the next sentence
		{"a pronoun with nobody before takes the next sentence's description and its name",
			"Allies split over base plan\n\n“We cannot wait any longer,” he said. The Danish foreign minister, Lars Holm, spoke in Aarhus on Monday.",
			[]string{"We cannot wait any longer,|Lars Holm|said|he|tail-cue+pronoun-forward"}},
		{"a pronoun with nobody before takes the next sentence's named subject",
			"Allies split over base plan\n\n“Nobody asked us,” she said. Mayor Greta Lind later met the governor.",
			[]string{"Nobody asked us,|Greta Lind|said|she|tail-cue+pronoun-forward"}},
		// according to X after a quote that a named subject's cue
		// introduces reports that cue: the subject's words
		{"an order verb's subject, then according to",
			"Col. Ivan Petrov told his men to keep the road open “at any price”, according to officers at the base.",
			[]string{"at any price|Ivan Petrov|told|Ivan Petrov|head-cue"}},
		{"a speech verb's subject, then according to a medium",
			"Minister Ana Ruiz warned the banks to expect “a very hard winter”, according to bankers at the meeting.",
			[]string{"a very hard winter|Ana Ruiz|warned|Ana Ruiz|head-cue"}},
		{"ordered, then according to",
			"Gen. Ivan Petrov ordered his men to keep the road open “at any price”, according to officers at the front.",
			[]string{"at any price|Ivan Petrov|ordered|Ivan Petrov|head-cue"}},
		// phrasal verbs of retort are cues, in a headline too
		{"a headline description with a phrasal cue",
			"“Out of reach”: Chilean minister fires back at critics\n\nChile's Finance Minister Ana Ruiz said the budget target was “out of reach” for now.",
			[]string{"Out of reach|Ana Ruiz|fires back|Chilean minister|tail-cue+headline-description",
				"out of reach|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		{"a phrasal cue in the body",
			"Senator Tom Vale lashed out at the plan, calling it “a gift to smugglers”. “Nobody asked the border towns,” Vale shot back.",
			[]string{"a gift to smugglers|Tom Vale|calling|Tom Vale|participle",
				"Nobody asked the border towns,|Tom Vale|shot back|Vale|tail-cue"}},
		// a pronoun that opens a coordinated clause of its own is the
		// mention, not the name of the first clause
		{"a pronoun subject of a coordinated clause is its own mention",
			"Prime Minister Ola Berg met the rebel leaders, and then he said the ceasefire would hold “for as long as it takes”.",
			[]string{"for as long as it takes|Ola Berg|said|he|head-cue+pronoun-salience"}},
	}
	checkQuoteRules(t, p, tests)
}
