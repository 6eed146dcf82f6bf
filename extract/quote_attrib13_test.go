package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestInflectionOf holds the morphology a stemmed reporting verb needs:
// the base and its inflections are forms of it, a noun the stemmer joins
// to it by a derivational suffix is not.
func TestInflectionOf(t *testing.T) {
	tests := []struct {
		w, base string
		want    bool
	}{
		{"say", "say", true},
		{"says", "say", true},
		{"saying", "say", true},
		{"stated", "state", true},
		{"stating", "state", true},
		{"denies", "deny", true},
		{"denied", "deny", true},
		{"admitted", "admit", true},
		{"echoes", "echo", true},
		{"criticised", "criticise", true},
		{"positions", "posit", false},
		{"position", "posit", false},
		{"critics", "criticise", false},
		{"critic", "criticise", false},
		{"declaration", "declare", false},
		{"statements", "state", false},
		{"stat", "state", false},
	}
	for _, tc := range tests {
		if got := inflectionOf(tc.w, tc.base); got != tc.want {
			t.Errorf("inflectionOf(%q, %q) = %v, want %v", tc.w, tc.base, got, tc.want)
		}
	}
}

// TestQuoteAttrib13 covers the speaker mechanisms of the eleventh
// session's attribution round (dev20, probe23), each in sentences of our
// own making.
func TestQuoteAttrib13(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// a noun that shares a stem with a reporting verb is no cue
		// (rule 53a)
		{"a plural noun stemmed like posit is no cue",
			"Major Lina Voss told reporters that the battalion would hold its forward positions with “two companies at most.”",
			[]string{"two companies at most.|Lina Voss|told reporters|Lina Voss|head-cue"}},
		// an apposition after the quote that labels the words, with a
		// relative clause of its own, is no attribution (rule 53b)
		{"a claim with a bare plural subject after the quote",
			"Army chief Omar Haddad insisted the rebels had “no heavy weapons left”, a claim aid workers called wishful.",
			[]string{"no heavy weapons left|Omar Haddad|insisted|Omar Haddad|head-cue"}},
		{"a statement with a plural subject and a place after the quote",
			"Treasury spokesman Lars Berg said the cuts were “painful but fair”, a statement unions in the capital called cynical.",
			[]string{"painful but fair|Lars Berg|said|Lars Berg|head-cue"}},
		{"a charge with that and a determiner subject",
			"Mayor Ana Ruiz accused the contractor of “stealing from the town”, a charge that the company denied on Friday.",
			[]string{"stealing from the town|Ana Ruiz|accused|Ana Ruiz|head-cue"}},
		{"a label with a modifier before it",
			"The minister said the border would be “sealed within hours”, a bold prediction officials in Riga doubted.",
			[]string{"sealed within hours|The minister|said|The minister|head-cue"}},
		{"a statement with its author after a preposition still attributes",
			"The cuts were “painful but fair”, a statement from the treasury said.",
			[]string{"painful but fair|a statement from the treasury|said|a statement from the treasury|tail-cue"}},
		{"a person description after the quote still attributes",
			"“Nobody is leaving,” a spokesman at the garrison said.",
			[]string{"Nobody is leaving,|a spokesman at the garrison|said|a spokesman at the garrison|tail-cue"}},
		// headlines: a source after the quote's colon, mid-sentence; a
		// cue word that is the object of the name's verb (rule 53c)
		{"a headline name after a colon that closes a mid-sentence quote",
			"Rebels must leave by Monday or face “full force”: Ruiz\n\nDefence Minister Ana Ruiz told reporters the rebels would face “full force” if they stayed.",
			[]string{"full force|Ana Ruiz||Ruiz|tail-cue",
				"full force|Ana Ruiz|told reporters|Ana Ruiz|head-cue"}},
		{"a headline name whose verb takes a cue word as its object",
			"Ruiz accepts blame for lost files: “The fault is mine”\n\nDefence Minister Ana Ruiz told the inquiry that she had signed the order.",
			[]string{"The fault is mine|Ana Ruiz||Ruiz|colon"}},
		{"a name, a verb in -s and a cue word as object in running text",
			"Governor Tom Hale accepts blame for the floods: “We were not ready.”",
			[]string{"We were not ready.|Tom Hale||Tom Hale|colon"}},
		{"a plural after a capitalised modifier keeps its cue",
			"Kremlin critics say the vote was “a farce”.",
			[]string{"a farce|Kremlin critics|say|Kremlin critics|head-cue"}},
		// "according to" before a listed document noun is still the
		// cue "according to" (rule 53d)
		{"according to a statement by a ministry after an inner comma",
			"Talks end in Oslo\n\nThe talks were “slow but useful,” according to a statement by the Danish foreign ministry.",
			[]string{"slow but useful,|the Danish foreign ministry|according to|the Danish foreign ministry|tail-cue+document-author"}},
		{"according to a readout with no author",
			"Troops were “on full alert”, according to a readout of the meeting.",
			[]string{"on full alert|a readout|according to|a readout|tail-cue"}},
		// "quoted him as saying": the pronoun object, resolved (rule 53e)
		{"a medium quoted her as saying",
			"Talks end in Oslo\n\nDefence Minister Ana Ruiz visited the base on Sunday. State radio quoted her as saying that “the base will stay open for years.”",
			[]string{"the base will stay open for years.|Ana Ruiz|saying|her|participle+pronoun-salience"}},
		{"a newspaper quoted him as saying, with no that",
			"General Omar Haddad toured the port. A local newspaper quoted him as saying “the ships are ready.”",
			[]string{"the ships are ready.|Omar Haddad|saying|him|participle+pronoun-salience"}},
		// a second verb coordinated inside a subordinate clause takes
		// that clause's subject (rule 53f)
		{"a while clause with a titled subject and a second verb",
			"Talks end\n\nFormer president Tomas Brandt left the capital by plane on Monday, while President Ana Ruiz named her ministers and told the crowds, “Our long winter is over.”",
			[]string{"Our long winter is over.|Ana Ruiz|told the crowds|Ana Ruiz|head-cue"}},
		{"an as clause with a second verb",
			"Defence Minister Piet Vos arrived as Governor Tom Hale opened the bridge and said it was “a new start”.",
			[]string{"a new start|Tom Hale|said|Tom Hale|head-cue"}},
		{"an object name inside the clause is passed over",
			"The convoy left at dawn, while Mayor Lena Voss met Governor Tom Hale and warned of “a hard winter”.",
			[]string{"a hard winter|Lena Voss|warned|Lena Voss|head-cue"}},
		{"no subordinate clause: the sentence's subject",
			"Mayor Lena Voss met Governor Tom Hale on Monday and warned of “a hard winter”.",
			[]string{"a hard winter|Lena Voss|warned|Lena Voss|head-cue"}},
		// a name in apposition to the speaker phrase after a title word
		// of its own (rule 53g)
		{"an inverted description with a titled name in apposition",
			"Navy plan\n\nAdmiral Karl Brandt, head of the fleet, spoke on Monday. “It was his idea,” Admiral Brandt said.\n\n“The navy cannot crew its ships,” said the opposition health spokesman, Senator Paul Greer.",
			[]string{"It was his idea,|Karl Brandt|said|Brandt|tail-cue",
				"The navy cannot crew its ships,|Paul Greer|said|Paul Greer|tail-cue"}},
		{"a subject description with a ranked name in apposition",
			"The army's chief spokesman, Colonel Ana Ruiz, said the bridge was “open again”.",
			[]string{"open again|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		// a body's name whole: a capitalised common word before a
		// possessive, "and" after the name's "of" (rule 53h)
		{"a capitalised common word and a possessive inside a body's name, to the right",
			"Navy plan\n\nA statement from the General Staff of the Nordic People’s Army, relayed by the official news agency, warned of “a merciless strike”.",
			[]string{"a merciless strike|the General Staff of the Nordic People’s Army|warned|the General Staff of the Nordic People’s Army|head-cue+document-author"}},
		{"a capitalised common word and a possessive inside a body's name, to the left",
			"Navy plan\n\nA statement from the General Staff of the Nordic People’s Army said it would strike “without any mercy at all”.",
			[]string{"without any mercy at all|the General Staff of the Nordic People’s Army|said|the General Staff of the Nordic People’s Army|head-cue+document-author"}},
		{"and inside a department's name after its of",
			"Travel advice\n\nThe Department of Fisheries and Oceans issued new rules on Wednesday, urging skippers to “keep clear of the northern banks” until spring.",
			[]string{"keep clear of the northern banks|The Department of Fisheries and Oceans|urging|The Department of Fisheries and Oceans|participle"}},
		// an age written with hyphens after "a" stays in the phrase
		// (rule 53i)
		{"an inverted cue before an age in hyphens and a relative clause",
			"Protest\n\n“We have seen worse winters,” said a 41-year-old nurse who gave only her first name.",
			[]string{"We have seen worse winters,|a 41-year-old nurse|said|a 41-year-old nurse|tail-cue"}},
		{"an inverted cue before an age in hyphens after an",
			"Protest\n\n“We will stay,” said an 80-year-old farmer.",
			[]string{"We will stay,|an 80-year-old farmer|said|an 80-year-old farmer|tail-cue"}},
		// a subject pronoun right before the cue is its subject, whatever
		// phrase opens the sentence (rule 53j)
		{"an opening prepositional phrase with a participle before he said",
			"Inquiry\n\nDefence Minister Tom Hale was not called. In a note released by his lawyers he insisted there was “no record” of the call.",
			[]string{"no record|Tom Hale|insisted|he|head-cue+pronoun-salience"}},
		{"an opening adverbial clause before she told",
			"Inquiry\n\nMayor Lena Voss visited the dam. After the water had gone down in the valley she told reporters it was “a miracle”.",
			[]string{"a miracle|Lena Voss|told reporters|she|head-cue+pronoun-salience"}},
	}
	checkQuoteRules(t, p, tests)
}
