package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteAttrib14 covers the speaker mechanisms of the twelfth
// session's attribution round, found by counting the speaker errors of
// PolNeAR data/train by mechanism (docs/accuracy.md), each in sentences
// of our own making.
func TestQuoteAttrib14(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// a pronoun that opens a clause of its own is the mention, not
		// the name its clause follows (rule 51k)
		{"a pronoun after a subordinator keeps its span",
			"Senator Dara Okafor backed the budget deal on Tuesday, although she said it held “too many giveaways.”",
			[]string{"too many giveaways.|Dara Okafor|said|she|head-cue+pronoun-salience"}},
		{"a pronoun after a preposed subordinate clause keeps its span",
			"When Governor Ivo Petrov opened the bridge in May, he promised it would last “a hundred years.”",
			[]string{"a hundred years.|Ivo Petrov|promised|he|head-cue+pronoun-salience"}},
		{"a pronoun after a dash and but keeps its span",
			"Mayor Lena Fischer praised the plan -- but she warned that the costs were “far too high.”",
			[]string{"far too high.|Lena Fischer|warned|she|head-cue+pronoun-salience"}},
		{"a pronoun inside the name's reported clause gives way to the name",
			"Mayor Lena Fischer said she expects the vote to be “very close.”",
			[]string{"very close.|Lena Fischer|said|Lena Fischer|head-cue"}},
		// a sentence-opening adverbial up to its comma is never the
		// clause's subject (rule 51l)
		{"a time span counted on opens the sentence",
			"Olga Brandt left the council chamber at noon. Minutes later, she posted a message saying the vote was “a farce.”",
			[]string{"a farce.|Olga Brandt|saying|she|participle+pronoun-salience"}},
		{"a time span counted back opens the sentence",
			"Olga Brandt chairs the harbour board. Six years ago, she opposed the tunnel and said, “The ferries will do.”",
			[]string{"The ferries will do.|Olga Brandt|said|she|head-cue+pronoun-salience"}},
		{"an adverb in -ly before a preposition opens the sentence",
			"Mary Jones met the mayor on Tuesday. Shortly after the meeting, Jones posted a message saying the plan was “dead.”",
			[]string{"dead.|Mary Jones|saying|Jones|participle"}},
		{"late before a preposition opens the sentence",
			"Mary Jones met the mayor on Tuesday. Late on Friday, Jones issued a statement saying the plan was “dead.”",
			[]string{"dead.|Mary Jones|saying|Jones|participle"}},
		// a possessor's reporting noun that the quote judges is no source
		// (rule 51m)
		{"an object complement judges the noun",
			"Party chairman Tom Hale called Ana Ruiz's remarks a “fairy tale” on Monday.",
			[]string{"fairy tale|Tom Hale|called|Tom Hale|head-cue"}},
		{"as before the quote judges the noun",
			"Mayor Lena Fischer dismissed Ana Ruiz's comments as “pure theatre.”",
			[]string{"pure theatre.|Lena Fischer|dismissed|Lena Fischer|head-cue"}},
		{"the quote opens a predicate of the noun",
			"The lawmaker Tom Hale said Ana Ruiz's remarks “will cost us the rural vote.”",
			[]string{"will cost us the rural vote.|Tom Hale|said|Tom Hale|head-cue"}},
		{"a noun whose content the quote is keeps its owner",
			"Tom Hale welcomed Ana Ruiz's call for “a fair deal.”",
			[]string{"a fair deal.|Ana Ruiz|call for|Ana Ruiz|head-cue"}},
		{"a noun with a that-clause keeps its owner",
			"Tom Hale rejected Ana Ruiz's claim that the plan was “dead on arrival.”",
			[]string{"dead on arrival.|Ana Ruiz|claim|Ana Ruiz|head-cue"}},
		// a participle's subject: the noun phrase "with" opens; no
		// subordinate clause without a verb of its own (rule 51n)
		{"with and a noun phrase before the participle",
			"Farmers backed the canal early, with the National Grain Council calling it “late by ten years” in March.",
			[]string{"late by ten years|the National Grain Council|calling|the National Grain Council|participle"}},
		{"with and a counted noun phrase before the participle",
			"The square filled by noon, with several hundred students chanting “Open the archives.”",
			[]string{"Open the archives.|several hundred students|chanting|several hundred students|participle"}},
		{"after and an object before the participle's comma is no clause",
			"Ana Ruiz spoke after Tom Hale, calling him “a weathervane.”",
			[]string{"a weathervane.|Ana Ruiz|calling|Ana Ruiz|participle"}},
		// an apostrophe before a decade's or a year's two digits is no
		// quotation mark (rule 51o)
		{"a decade with an elided century inside a quote",
			"Ana Ruiz spoke in Ohio.\n\n\"We grew up on the radio songs of the '70s,\" she told the audience.",
			[]string{"We grew up on the radio songs of the '70s,|Ana Ruiz|told the audience|she|tail-cue+pronoun-salience"}},
		{"a typographic apostrophe before a decade",
			"Ana Ruiz spoke in Ohio.\n\n“Prices doubled twice in the ‘80s and nobody was jailed,” Ruiz said.",
			[]string{"Prices doubled twice in the ‘80s and nobody was jailed,|Ana Ruiz|said|Ruiz|tail-cue"}},
		// a quote inside a preposed subordinate clause with its own cue
		// and subject is not the main clause's (rule 51p)
		{"the main clause after the quote is no attribution of it",
			"Tom Hale spoke.\n\nAlthough Ana Ruiz conceded that the depot was “badly run for years,” she blamed the previous council.",
			[]string{"badly run for years,|Ana Ruiz|conceded|Ana Ruiz|head-cue"}},
		{"a clause whose cue has no subject keeps the tail",
			"Tom Hale spoke.\n\nWhen asked about the plan, “It is dead,” Ruiz said.",
			[]string{"It is dead,|Ruiz|said|Ruiz|tail-cue"}},
		{"an inverted tail reports the whole sentence",
			"Tom Hale spoke.\n\nWhile the mayor would not want his support, he “has read the city right,” said Ana Ruiz, a teacher.",
			[]string{"has read the city right,|Ana Ruiz|said|Ana Ruiz|tail-cue"}},
	}
	checkQuoteRules(t, p, tests)
}
