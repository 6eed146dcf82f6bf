package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// The speaker rules of the seventh session (quotes8 from dev16, general12
// from probe17 and the lead's paraphrases), one table per theme, each on
// sentences of our own making.

// TestQuoteNamesInSubjects: the name inside or around a subject phrase
// speaks: a private name after a role or a description, before a relative
// clause or a complement, a description in apposition to a name (either
// way), a name cut at its particle ("van Dam", "Ramos e Costa").
func TestQuoteNamesInSubjects(t *testing.T) {
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
		{"a double surname joined by e",
			"Environment Minister Ana Costa toured the area on Friday.\n\nThe defence minister, Paulo Ramos e Costa, said 20,000 troops were ready. “We will not let the forest burn,” Ramos e Costa told reporters.",
			[]string{"We will not let the forest burn,|Paulo Ramos e Costa|told reporters|Ramos e Costa|tail-subject"}},
		{"a subject cut at the particle of a longer name",
			"Belgian Foreign Minister Joris van Dam left the meeting early, saying only: \"I have said what I had to say.\" He then drove home.",
			[]string{"I have said what I had to say.|Joris van Dam|saying|Joris van Dam|participle"}},
		{"a name cut at its particle with a complement and a relative clause after it",
			"Leaders met in Lima. President Tomas Vargas de Oliveira of Peru, who opened the summit, said the region was \"tired of waiting.\"",
			[]string{"tired of waiting.|Tomas Vargas de Oliveira|said|Tomas Vargas de Oliveira|head-cue"}},
		{"a name before two comma appositions, the second naming a place",
			"Senator Ana Ruiz, Republican of Ohio, a longtime critic of aid to San Salvador, called the plan \"a gift to smugglers.\"",
			[]string{"a gift to smugglers.|Ana Ruiz|called|Ana Ruiz|head-cue"}},
		{"a name before a party tag of three tokens and a description",
			"Rep. Ana Ruiz, D-Ohio, the ranking member of the budget panel, said the bill was \"dead on arrival.\"",
			[]string{"dead on arrival.|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		{"a private name with a glued article in apposition to a description",
			"The rebels held the town. A fellow fighter, Karim al-Masri, added: “Send us food and we will stay.”",
			[]string{"Send us food and we will stay.|Karim al-Masri|added|Karim al-Masri|head-cue"}},
		{"a private name off the given-name list in apposition to a description",
			"Prices rose again. A baker in the old market, Tarek Haddou, said bread was \"a luxury now\".",
			[]string{"a luxury now|Tarek Haddou|said|Tarek Haddou|head-cue"}},
		{"a name with a bare role in apposition before a cue",
			"Sipho Ndlovu, general secretary of the national teachers' union, warned of \"a long and bitter strike\" if pay was not raised.",
			[]string{"a long and bitter strike|Sipho Ndlovu|warned|Sipho Ndlovu|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteDescriptionSpeakers: a description resolves only to a person
// whose known role fits it (head and place), or to the body it names; a
// surname that is also a title takes the full name given before.
func TestQuoteDescriptionSpeakers(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
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

// TestQuoteClauseSubjects: the subject of a cue inside a subordinate or
// relative clause, or of a coordinated clause, is that clause's own.
func TestQuoteClauseSubjects(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
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
		{"a whom clause whose subject has called the person something",
			"President Ana Ruiz, whom the rebels had branded “a traitor”, said she would stay.",
			[]string{"a traitor|the rebels|branded|the rebels|head-cue"}},
		{"which X has described as",
			"The accord, which Kyiv has described as “a trap”, was signed on Monday.",
			[]string{"a trap|Kyiv|described|Kyiv|head-cue"}},
		{"a pronoun subject of a coordinated clause is its own mention",
			"Prime Minister Ola Berg met the rebel leaders, and then he said the ceasefire would hold “for as long as it takes”.",
			[]string{"for as long as it takes|Ola Berg|said|he|head-cue+pronoun-salience"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteIntroductions: quotes introduced by a clause whose subject is
// far from the quote: a colon closing a sentence (with a speech verb, or
// with none), a cue after an insert set off by dashes.
func TestQuoteIntroductions(t *testing.T) {
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
		{"a colon cue before a quote that ends its sentence wins over the next sentence",
			"Pressed on the timetable, Gen. Omar Haddad answered: “When the job is done.” Haddad spoke at a base near Kandahar.",
			[]string{"When the job is done.|Omar Haddad|answered|Omar Haddad|head-cue"}},
		{"a colon cue with an object before the quote",
			"Mayor Ana Ruiz told the crowd: “We are tired of waiting.” Ruiz spoke for ten minutes.",
			[]string{"We are tired of waiting.|Ana Ruiz|told the crowd|Ana Ruiz|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteUnnamedSources: unnamed sources in every position ("one
// nurse", "another shepherd") and with their participle.
func TestQuoteUnnamedSources(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
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
		{"a quantity of people with a past participle and two places, no comma",
			"Police closed the bridge. Hundreds of farmers gathered outside the ministry in Lima shouted \"No more imports!\" until dusk.",
			[]string{"No more imports!|Hundreds of farmers gathered outside the ministry in Lima|shouted|Hundreds of farmers gathered outside the ministry in Lima|head-cue"}},
		{"an unnamed source with a relative clause, then a parenthetical participle",
			"A European diplomat who attended the talks, speaking on condition of anonymity, described them as \"cold but useful.\"",
			[]string{"cold but useful.|a European diplomat who attended the talks|described|A European diplomat who attended the talks|head-cue"}},
		{"a named person with a participle phrase keeps no modifier",
			"Mayor Ana Ruiz, speaking in Lima, said the city was \"ready for the storm.\"",
			[]string{"ready for the storm.|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		{"one and a noun after a coordinated clause with another subject",
			"Neighbours said the family had left in May, and one local farmer predicted the village would be \"empty by winter\".",
			[]string{"empty by winter|one local farmer|predicted|one local farmer|head-cue"}},
		{"one, an adjective in -ly and a noun",
			"Neighbours said the family had left in May, and one elderly farmer predicted the village would be \"empty by winter\".",
			[]string{"empty by winter|one elderly farmer|predicted|one elderly farmer|head-cue"}},
		{"an unnamed source placed by a past participle",
			"A Western diplomat posted in Baku said the convoy included \"at least two artillery batteries\" and tanks.",
			[]string{"at least two artillery batteries|a Western diplomat posted in Baku|said|A Western diplomat posted in Baku|head-cue"}},
		{"a reporting verb's participle with a comma after it is the verb, not a modifier",
			"A Western diplomat posted in Baku, “The convoy is gone.”",
			[]string{"The convoy is gone.|a Western diplomat|posted|A Western diplomat|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuotePronounsForward: a pronoun with nobody before it (a lede's
// "she said") names the person the next sentences introduce, of agreeing
// gender; a person of known gender outranks one of unknown gender.
func TestQuotePronounsForward(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a lede's pronoun and the minister named next",
			"Nordic states press for a permanent naval presence\n\n\"We cannot wait for the next summit,\" she said. The Latvian defence minister, Ilze Kalnina, spoke in Riga on Tuesday.",
			[]string{"We cannot wait for the next summit,|Ilze Kalnina|said|she|tail-cue+pronoun-forward"}},
		{"a lede's pronoun skips a person of the other gender named next",
			"\"We will hold the line,\" he said. Senator Abigail Thorne and the defence minister, Pieter Ruys, toured the base.",
			[]string{"We will hold the line,|Pieter Ruys|said|he|tail-cue+pronoun-forward"}},
		{"a pronoun with nobody before takes the next sentence's description and its name",
			"Allies split over base plan\n\n“We cannot wait any longer,” he said. The Danish foreign minister, Lars Holm, spoke in Aarhus on Monday.",
			[]string{"We cannot wait any longer,|Lars Holm|said|he|tail-cue+pronoun-forward"}},
		{"a pronoun with nobody before takes the next sentence's named subject",
			"Allies split over base plan\n\n“Nobody asked us,” she said. Mayor Greta Lind later met the governor.",
			[]string{"Nobody asked us,|Greta Lind|said|she|tail-cue+pronoun-forward"}},
		{"a possessor of known gender over an earlier subject of unknown gender",
			"Dutch Defence Minister Pieter Ruys left early. He then drove back to The Hague.\n\nSenator Abigail Thorne's speech on the floor drew applause from both parties. \"We owe these soldiers more than a parade,\" she said.",
			[]string{"We owe these soldiers more than a parade,|Abigail Thorne|said|she|tail-cue+pronoun-salience"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteReportsAndTails: a report's words belong to its author;
// "according to X" after a quote that a named subject's cue introduces
// reports that cue; a coordinated clause with its own report, or a time
// phrase after a tail cue, closes no quote.
func TestQuoteReportsAndTails(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"according to a report by a body",
			"The army lost “at least forty tanks” in the week, according to a study by the Oslo Peace Institute.",
			[]string{"at least forty tanks|the Oslo Peace Institute|according to|the Oslo Peace Institute|according-to+document-author"}},
		{"a report's words belong to its author",
			"Iran has moved \"several missile batteries\" to the coast, according to a report by Israel's military intelligence directorate.",
			[]string{"several missile batteries|Israel's military intelligence directorate|according to|Israel's military intelligence directorate|according-to+document-author"}},
		{"an order verb's subject, then according to",
			"Col. Ivan Petrov told his men to keep the road open “at any price”, according to officers at the base.",
			[]string{"at any price|Ivan Petrov|told|Ivan Petrov|head-cue"}},
		{"a speech verb's subject, then according to a medium",
			"Minister Ana Ruiz warned the banks to expect “a very hard winter”, according to bankers at the meeting.",
			[]string{"a very hard winter|Ana Ruiz|warned|Ana Ruiz|head-cue"}},
		{"ordered, then according to",
			"Gen. Ivan Petrov ordered his men to keep the road open “at any price”, according to officers at the front.",
			[]string{"at any price|Ivan Petrov|ordered|Ivan Petrov|head-cue"}},
		{"a report, then a coordinated clause with another reporter",
			"Finance Minister Tomas Brandt said the budget was “balanced at last”, and a spokesman for the central bank added that rates would hold.",
			[]string{"balanced at last|Tomas Brandt|said|Tomas Brandt|head-cue"}},
		{"a coordinated tail clause with its own that-clause",
			"Finnish Interior Minister Anna Koski said the unit was \"ready today\", and a spokesman for the General Staff added that 400 guards were on alert.",
			[]string{"ready today|Anna Koski|said|Anna Koski|head-cue"}},
		{"a tail cue followed by that day still closes the quote",
			"\"We are ready,\" the minister added that evening.",
			[]string{"We are ready,|the minister|added|the minister|tail-cue"}},
		{"a verb of manner right after a name in the tail is the cue",
			"\"Ask the generals, not me,\" Senator Tom Hale shrugged when asked about the plan.",
			[]string{"Ask the generals, not me,|Tom Hale|shrugged|Tom Hale|tail-subject"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteCueWords: rating verbs with the labels they give, phrasal
// verbs of retort (in a headline too).
func TestQuoteCueWords(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"first before a past cue is an adverb, not a noun's ordinal",
			"Prime Minister Ana Ruiz first promised a \"sharp increase\" in school spending at a summit in May.",
			[]string{"sharp increase|Ana Ruiz|promised|Ana Ruiz|head-cue"}},
		{"the first promise is a noun",
			"The first promise of \"free buses\" came in May.",
			nil},
		{"a title-case name with a long preposition in marks is no quote",
			"Mayor Ana Ruiz asked residents not to gather for a \"Walk against Hunger\" planned for Sunday.",
			nil},
		{"a title-case slogan with a preposition of three letters or fewer is no quote either",
			"Mayor Ana Ruiz asked residents not to gather for a \"Walk for Peace\" planned for Sunday.",
			nil},
		{"a rating verb with the labels it gives",
			"FactWatch rated 32% of Republican claims as “false” or “pants on fire,” compared to 11% of Democratic claims.",
			[]string{"false|FactWatch|rated|FactWatch|head-cue", "pants on fire,|FactWatch|rated|FactWatch|head-cue"}},
		{"a headline description with a phrasal cue",
			"“Out of reach”: Chilean minister fires back at critics\n\nChile's Finance Minister Ana Ruiz said the budget target was “out of reach” for now.",
			[]string{"Out of reach|Ana Ruiz|fires back|Chilean minister|tail-cue+headline-description",
				"out of reach|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		{"a phrasal cue in the body",
			"Senator Tom Vale lashed out at the plan, calling it “a gift to smugglers”. “Nobody asked the border towns,” Vale shot back.",
			[]string{"a gift to smugglers|Tom Vale|calling|Tom Vale|participle",
				"Nobody asked the border towns,|Tom Vale|shot back|Vale|tail-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteDocumentAuthorOnce: the author of "a statement from X" is
// resolved as it stands. Cut back to its source head before "from", it
// led back to the statement, and resolve recursed until the stack
// overflowed (a fatal error no recover catches: it ended a whole batch).
func TestQuoteDocumentAuthorOnce(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a communique from a command, with an apposition",
			"A communique from the High Command of the Zarovian Army, read on state radio, said the rebels had broken the truce and warned that the army would strike ‘without delay’.",
			[]string{"without delay|the High Command of the Zarovian Army|warned|the High Command of the Zarovian Army|head-cue+document-author"}},
		{"a statement from a council",
			"A statement from the Federal Council said the roads were closed and warned that the border would stay shut “until further notice”.",
			[]string{"until further notice|the Federal Council|warned|the Federal Council|head-cue+document-author"}},
	}
	checkQuoteRules(t, p, tests)
	// a possessive inside the author's name: the phrase ends early, but
	// the stage must return
	for _, text := range []string{
		"A report from the Supreme Council of the National People’s Front said the town had fallen and warned that the South would act ‘with full force’.",
		"A statement from the Supreme Command of the Liberation People’s Army, carried by the news agency, said the enemy had fired first and warned that it would answer ‘without hesitation’.",
	} {
		if as := p.Annotate(corpus.Document{ID: "t", Date: "2011-03-02", Text: text}); len(as) == 0 {
			t.Errorf("%q: no annotation", text)
		}
	}
}
