package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteFresh8Speakers covers the mechanisms behind the wrong speakers
// of the never-read set of the sixth session (dev16), each on sentences
// of our own making: a name in apposition to a description speaks for
// it, a name inside a longer subject phrase is the speaker, "it" takes
// up the body that is the subject before.
func TestQuoteFresh8Speakers(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a private name inside a subject phrase with a role before and a complement after",
			"Premier Ana Costa met the unions on Monday.\n\nOpposition leader Martin Lebel of the Unity Party accused the premier of ``losing her grip on the city'' and called for a vote.",
			[]string{"losing her grip on the city|Martin Lebel|accused|Martin Lebel|head-cue"}},
		{"a private name after a description and before a relative clause",
			"The right-wing populist Anton Vries, whose party is rising in the polls, said the cabinet had ``fled from the voters''.",
			[]string{"fled from the voters|Anton Vries|said|Anton Vries|head-cue"}},
		{"a private name off the given-name list after a description, before a relative clause",
			"Prime Minister Tomas Ruiz resigned on Tuesday. The right-wing populist Pim Hoorn, whose party is rising in the polls, said the cabinet had ``fled from the voters''.",
			[]string{"fled from the voters|Pim Hoorn|said|Pim Hoorn|head-cue+name-in-phrase"}},
		{"two private names joined by and are no one name",
			"The crowd cheered the singers Lena Voss and Pim Hoorn, who joked of the museum, ``I haven't seen it yet, but I'm going to.''",
			[]string{"I haven't seen it yet, but I'm going to.|the singers Lena Voss and Pim Hoorn|joked|the singers Lena Voss and Pim Hoorn|head-cue"}},
		{"a description in apposition to a name before it",
			"General Paulo Dorval and Admiral Rui Neves stood trial. Mr. Neves, the former navy commander, who had called the hearing ``a farce,'' was led away.",
			[]string{"a farce,|Rui Neves|called|Neves|head-cue"}},
		{"a description with an of-complement and a name in apposition after it",
			"Prime Minister Tomas Ruiz signed the decree on Monday.\n\nThe leader of the opposition Green Party, Elena Marsh, said her party would back the decree but blamed the cabinet for letting the strike run ``for far too long''.",
			[]string{"for far too long|Elena Marsh|blamed|Elena Marsh|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteFresh8Names covers the name a speaker takes: the fullest
// form of a surname that is also a title word, and the body a later
// "it" takes up through a description.
func TestQuoteFresh8Names(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a surname that is also a title takes the full name given before",
			"Trade Minister Carla Dean said on Monday that exports had risen.\n\n``We expect a strong year,'' Dean said in Ottawa.",
			[]string{"We expect a strong year,|Carla Dean|said|Dean|tail-cue"}},
		{"it takes up a body named before through its description",
			"The ruling followed a report by the Institute for Border Studies. The institute found that the ministry had acted in haste. It said officials had been driven by ``political ambition'' rather than need.",
			[]string{"political ambition|the Institute for Border Studies|said|It|head-cue+pronoun-subject"}},
		{"a clause whose subject is the description of a named body",
			"The ruling followed a report by the Institute for Border Studies. The institute found that the ministry had sent troops on an ``ill-judged'' mission.",
			[]string{"ill-judged|the Institute for Border Studies||The institute|clause-subject+description-name"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteFresh8Particle: the Portuguese "e" joins two surnames like
// the Spanish "y" ("Azevedo e Silva"), so a later mention by the double
// surname is not taken for another person with the second one.
func TestQuoteFresh8Particle(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a double surname joined by e",
			"Environment Minister Ana Costa toured the area on Friday.\n\nThe defence minister, Paulo Ramos e Costa, said 20,000 troops were ready. “We will not let the forest burn,” Ramos e Costa told reporters.",
			[]string{"We will not let the forest burn,|Paulo Ramos e Costa|told reporters|Ramos e Costa|tail-subject"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteFresh8Introductions covers quotes introduced by a clause whose
// subject is far from the quote: a colon closing a sentence with no cue,
// and a cue after an insert set off by dashes.
func TestQuoteFresh8Introductions(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a colon after a clause with no cue: its subject, past a date",
			"On July 6, 2015, Senator Ana Ruiz made the following comment:\n\n“We will never give up on the young.”",
			[]string{"We will never give up on the young.|Ana Ruiz||Ana Ruiz|colon"}},
		{"a colon after a pronoun subject",
			"Mayor Tom Berry visited the flooded town on Monday. He then gave the crowd his answer: “We are not leaving.”",
			[]string{"We are not leaving.|Tom Berry||He|colon+pronoun-salience"}},
		{"a placed description before an owned apposition; the name given in the next sentence",
			"The head of the Trade Office in Lagos, Britain’s de facto consulate, said on Friday that the talks were “a very good start.” Ruth Okafor added that more visits would follow.",
			[]string{"a very good start.|Ruth Okafor|said|The head of the Trade Office in Lagos|head-cue+description-forward"}},
		{"a cue after an insert set off by ASCII dashes",
			"Tom Berry, the chief executive of Ora Media -- the company that owns the channel, which is also streamed online -- told me, ''We are a content provider; we sell what people want.''",
			[]string{"We are a content provider; we sell what people want.|Tom Berry|told|Tom Berry|head-cue"}},
		{"a cue after an insert set off by em dashes, the name right before it",
			"Senator Ana Ruiz — who lost the primary in May — said “the party will regret this.”",
			[]string{"the party will regret this.|Ana Ruiz|said|Ana Ruiz|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteFresh8Ratings: "rate … as" labels like "term" and "brand", and
// a plural reporting noun after "of" and a capitalised modifier ("of
// Republican claims") is a noun whose modifier says nothing.
func TestQuoteFresh8Ratings(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a rating verb with the labels it gives",
			"FactWatch rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.",
			[]string{"false|FactWatch|rated|FactWatch|head-cue", "pants on fire,|FactWatch|rated|FactWatch|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteFresh8Boundaries covers where a speaker phrase ends and where
// a clause after the quote stops being its attribution: a name cut at
// its particle is the roster's longer name, and a tail clause that
// reports its own that-clause closes no quote.
func TestQuoteFresh8Boundaries(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a subject cut at the particle of a longer name",
			"Belgian Foreign Minister Joris van Dam left the meeting early, saying only: \"I have said what I had to say.\" He then drove home.",
			[]string{"I have said what I had to say.|Joris van Dam|saying|Joris van Dam|participle"}},
		{"a coordinated tail clause with its own that-clause",
			"Finnish Interior Minister Anna Koski said the unit was \"ready today\", and a spokesman for the General Staff added that 400 guards were on alert.",
			[]string{"ready today|Anna Koski|said|Anna Koski|head-cue"}},
		{"an unnamed source placed by a past participle",
			"A Western diplomat posted in Baku said the convoy included \"at least two artillery batteries\" and tanks.",
			[]string{"at least two artillery batteries|a Western diplomat posted in Baku|said|A Western diplomat posted in Baku|head-cue"}},
		{"a reporting verb's participle with a comma after it is the verb, not a modifier",
			"A Western diplomat posted in Baku, “The convoy is gone.”",
			[]string{"The convoy is gone.|a Western diplomat|posted|A Western diplomat|head-cue"}},
		{"a report's words belong to its author",
			"Iran has moved \"several missile batteries\" to the coast, according to a report by Israel's military intelligence directorate.",
			[]string{"several missile batteries|Israel's military intelligence directorate|according to|Israel's military intelligence directorate|according-to+document-author"}},
		{"a name with a bare role in apposition before a cue",
			"Sipho Ndlovu, general secretary of the national teachers' union, warned of \"a long and bitter strike\" if pay was not raised.",
			[]string{"a long and bitter strike|Sipho Ndlovu|warned|Sipho Ndlovu|head-cue"}},
		{"a verb of manner right after a name in the tail is the cue",
			"\"Ask the generals, not me,\" Senator Tom Hale shrugged when asked about the plan.",
			[]string{"Ask the generals, not me,|Tom Hale|shrugged|Tom Hale|tail-subject"}},
		{"a tail cue followed by that day still closes the quote",
			"\"We are ready,\" the minister added that evening.",
			[]string{"We are ready,|the minister|added|the minister|tail-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteFresh8Gender: a person whose gender is known and agrees with
// the pronoun outranks a nearer-scoring one whose gender is unknown.
func TestQuoteFresh8Gender(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a possessor of known gender over an earlier subject of unknown gender",
			"Dutch Defence Minister Pieter Ruys left early. He then drove back to The Hague.\n\nSenator Abigail Thorne's speech on the floor drew applause from both parties. \"We owe these soldiers more than a parade,\" she said.",
			[]string{"We owe these soldiers more than a parade,|Abigail Thorne|said|she|tail-cue+pronoun-salience"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteFresh8Cataphora: a pronoun with nobody before it (a lede's
// "she said") names the person the next sentences introduce.
func TestQuoteFresh8Cataphora(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a lede's pronoun and the minister named next",
			"Nordic states press for a permanent naval presence\n\n\"We cannot wait for the next summit,\" she said. The Latvian defence minister, Ilze Kalnina, spoke in Riga on Tuesday.",
			[]string{"We cannot wait for the next summit,|Ilze Kalnina|said|she|tail-cue+pronoun-forward"}},
		{"a lede's pronoun skips a person of the other gender named next",
			"\"We will hold the line,\" he said. Senator Abigail Thorne and the defence minister, Pieter Ruys, toured the base.",
			[]string{"We will hold the line,|Pieter Ruys|said|he|tail-cue+pronoun-forward"}},
	}
	checkQuoteRules(t, p, tests)
}
