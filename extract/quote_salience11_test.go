package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteStatementAuthor11 covers "the statement" as the subject of a
// later sentence: the words belong to the statement's author (rules 40c
// and 41; dev5, probe18); the mention and cue are the statement's own,
// unless "also" goes on with the report that issued it, which keeps that
// attribution's mention and cue (rule 40d; dev5, dev20, probe18, probe23).
func TestQuoteStatementAuthor11(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a body's statement, a sentence between",
			"The defence ministry said in a statement on Friday that two ships had sailed. Both carry helicopters. The statement described the mission as “purely defensive”.",
			[]string{"purely defensive|The defence ministry|described|The statement|head-cue+statement-author"}},
		{"a body's statement that also goes on",
			"The coast guard said in a statement late on Friday that two cutters had sailed. Both carry helicopters. The statement also described the mission as “purely defensive”.",
			[]string{"purely defensive|The coast guard|said|The coast guard|head-cue+statement-author"}},
		{"a spokesman's readout at the end of the sentence",
			"Prime Minister Ana Costa spoke with the Polish president on Monday, her spokesman Piet Vos said in a readout. The call lasted an hour. The readout said both leaders wanted “a swift end” to the blockade.",
			[]string{"a swift end|Piet Vos|said|The readout|head-cue+statement-author"}},
		{"a communique announced through",
			"The rebels announced through a communique that they would lay down their arms. Fighting stopped at dawn. The communique promised “a new chapter” for the region.",
			[]string{"a new chapter|The rebels|promised|The communique|head-cue+statement-author"}},
		{"a communique that further promised",
			"The rebels announced through a communique that they would lay down their arms. Fighting stopped at dawn. The communique further promised “a new chapter” for the region.",
			[]string{"a new chapter|The rebels|announced|The rebels|head-cue+statement-author"}},
		{"a statement read out with no author: the statement as introduced",
			"A statement was read on state television on Sunday. The statement called for “calm and unity”.",
			[]string{"calm and unity|a statement|called for|The statement|head-cue+description"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteUnnamedPlural11 covers a quote in the that-clause of a
// reporting verb whose own subject is an unnamed plural party: the
// reporter speaks (rule 42; probe18).
func TestQuoteUnnamedPlural11(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a bare plural after an adverbial and that",
			"The UN said on Tuesday that aid groups had agreed to share “every available truck” with the north.",
			[]string{"every available truck|The UN|said|The UN|head-cue"}},
		{"a plural owned by a name",
			"Poland's foreign ministry said that the Kremlin's negotiators had promised “a full answer” by Friday.",
			[]string{"a full answer|Poland's foreign ministry|said|Poland's foreign ministry|head-cue"}},
		{"a bare plural of one word after announced",
			"The Chilean government announced on Monday that insurers had pledged “rapid and fair” payments to farmers.",
			[]string{"rapid and fair|The Chilean government|announced|The Chilean government|head-cue"}},
		{"a named person in the clause keeps their own words (rule 40b)",
			"The ministry said on Friday that Foreign Minister Ana Ruiz had called the plan “reckless”.",
			[]string{"reckless|Ana Ruiz|called|Ana Ruiz|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteSubjectPhrase11 covers subjects before a cue that end in an
// apposition, a complement or a plural's possessive (dev18).
func TestQuoteSubjectPhrase11(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// a name, a description ending in a name of its own, then a relative
		{"a description ending in a unit's number and name, then who",
			"Colonel Ana Ruiz, the commander of 3 (Alpine) Regiment, who arrived on Sunday, said her troops would “hold the pass”.",
			[]string{"hold the pass|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		{"a description ending in a body's name, then which",
			"Senator Tom Hale, the Ohio Republican who chairs the Armed Services Committee, which oversees the Pentagon, said the budget was “a fantasy”.",
			[]string{"a fantasy|Tom Hale|said|Tom Hale|head-cue"}},
		{"a description ending in a task force's number, then who",
			"Rear Adm. Ilse Berg, the head of the 2nd (Baltic) Fleet, who led the convoy north, said the ships were “ready for anything”.",
			[]string{"ready for anything|Ilse Berg|said|Ilse Berg|head-cue"}},
		// a name's complement of a country before the comma and the cue
		{"a rank, a name and of a country",
			"The commander of the UN force, Maj. Gen. Piet Vos of the Netherlands, said his men had fired “only in self-defence.”",
			[]string{"only in self-defence.|Piet Vos|said|Piet Vos|head-cue"}},
		{"a title, a name and of a country",
			"Foreign Minister Ana Ruiz of Spain, said the deal was “a first step”.",
			[]string{"a first step|Ana Ruiz|said|Ana Ruiz|head-cue"}},
		// a plural's possessive with a curly apostrophe is part of the name
		{"a union of farmers",
			"The National Growers’ Union said it welcomed the quota “at long last”.",
			[]string{"at long last|The National Growers’ Union|said|The National Growers’ Union|head-cue"}},
		{"an association of teachers",
			"The Teachers’ Association called the plan “an insult”.",
			[]string{"an insult|The Teachers’ Association|called|The Teachers’ Association|head-cue"}},
		// a place's or body's medium is a subject phrase
		{"a city's radio with its own cue before a coordinated said",
			"NICOSIA — Tehran radio on Friday described the sanctions as “economic war” and said Iran would reply.",
			[]string{"economic war|Tehran radio|described|Tehran radio|head-cue"}},
		{"a city's radio after an introductory phrase",
			"In a broadcast on Monday, Damascus radio called the raid “an act of piracy”.",
			[]string{"an act of piracy|Damascus radio|called|Damascus radio|head-cue"}},
		{"a city's television after a dateline",
			"KABUL — Kabul television described the deal as “a historic day”.",
			[]string{"a historic day|Kabul television|described|Kabul television|head-cue"}},
		{"a city's radio in a coordinated clause",
			"The talks failed, and Tehran radio called the outcome “a defeat for Washington”.",
			[]string{"a defeat for Washington|Tehran radio|called|Tehran radio|head-cue"}},
		{"a straight apostrophe after a plural",
			"The Veterans' League said the cuts were “a betrayal”.",
			[]string{"a betrayal|The Veterans' League|said|The Veterans' League|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuotePointedBack11 covers a quote whose source the next sentence
// names with a passive cue and its agent (rule 40a; probe18).
func TestQuotePointedBack11(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"this was announced by a minister",
			"Norwegian ships will patrol the strait “until the danger has passed” and will be joined by two frigates. This was announced by Defence Minister Ingrid Lund on Friday.",
			[]string{"until the danger has passed|Ingrid Lund|announced|Ingrid Lund|pointed-back"}},
		{"this was confirmed by a body",
			"The border will reopen “within days” for trucks carrying food. This was confirmed by the Turkish foreign ministry in a statement.",
			[]string{"within days|the Turkish foreign ministry|confirmed|the Turkish foreign ministry|pointed-back"}},
		{"this has been stated by a spokesman",
			"The talks will resume “as soon as both sides are ready”, with no date set. This has been stated by Kremlin spokesman Oleg Varin.",
			[]string{"as soon as both sides are ready|Oleg Varin|stated|Oleg Varin|pointed-back"}},
		{"a sentence with another subject is no pointer",
			"The talks will resume “as soon as both sides are ready”, with no date set. Diplomats expect a long winter.",
			[]string{"as soon as both sides are ready||||none"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteRoundup11 covers a roundup of briefs, each opening with its own
// dateline: a description or a pronoun of one brief names nobody of
// another (probe18).
func TestQuoteRoundup11(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a description with a nationality, the minister of another brief",
			"ROME — Foreign Minister Paolo Ricci met envoys from the Gulf on Monday.\n\nVIENNA — The Austrian foreign minister said on Tuesday that the border would stay “open to all”.",
			[]string{"open to all|The Austrian foreign minister|said|The Austrian foreign minister|head-cue"}},
		{"a description with no nationality, the president of another brief",
			"LIMA — President Rosa Quispe signed the budget on Friday.\n\nQUITO — Protesters marched on the palace. “We want answers,” the president said later.",
			[]string{"We want answers,|the president|said|the president|tail-cue"}},
		{"a pronoun with nobody in its own brief",
			"ROME — Interior Minister Paolo Ricci visited the flooded towns on Monday.\n\nATHENS — Farmers blocked the main highway for a third day. “We will stay until the prices change,” he said.",
			[]string{"We will stay until the prices change,|he|said|he|tail-cue+pronoun-salience"}},
		{"one dateline: a description names the person before it",
			"ROME — Foreign Minister Paolo Ricci met envoys from the Gulf on Monday.\n\nTalks ran late. “We made progress,” the foreign minister said.",
			[]string{"We made progress,|Paolo Ricci|said|the foreign minister|tail-cue+description"}},
	}
	checkQuoteRules(t, p, tests)
}

// TestQuoteSalience11 covers the salience of a pronoun speaker (dev18):
// the source of the attribution just before, the subject that opens a
// paragraph, a place written before a title, each in forms of our own.
func TestQuoteSalience11(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// the source of the reported-speech sentence just before outranks a
		// person named earlier (pronoun-attribution)
		{"an indefinite source in a tail clause, then he added",
			"Foreign Minister Tomas Brandt said on Monday that the border would stay shut. \n\nThe convoys are carrying flour and fuel to the north, a spokesman for the Red Cross said. “Nobody will be left behind,” he added.",
			[]string{"Nobody will be left behind,|a spokesman for the Red Cross|added|he|tail-cue+pronoun-attribution"}},
		{"an indefinite source opening the sentence, after a named minister",
			"Interior Minister Lukas Brandt visited the flooded towns on Sunday. An aide to the regional governor said the dams had held. “We were lucky this time,” he said.",
			[]string{"We were lucky this time,|an aide to the regional governor|said|he|tail-cue+pronoun-attribution"}},
		{"a private person with an age in apposition, after a man inside a quote",
			"“Ruiz has lost the army,” a diplomat said.\n\nKofi Mensah, a 41-year-old baker in Tamale, said he had closed his shop early. “We have seen this before,” he said.",
			[]string{"Ruiz has lost the army,|a diplomat|said|a diplomat|tail-cue",
				"We have seen this before,|Kofi Mensah|said|he|tail-cue+pronoun-attribution"}},
		{"a private woman with a role in apposition, after a minister named before",
			"Health Minister Ana Ruiz promised new clinics. Odette Mbala, a nurse at the district hospital, said the wards were full. “We sleep in shifts,” she said.",
			[]string{"We sleep in shifts,|Odette Mbala|said|she|tail-cue+pronoun-attribution"}},
		{"a roster person as source of the sentence before, another named in it",
			"Mayor Lina Voss said Governor Petra Lang had promised to pay for the bridge. “The money has not come,” she said.",
			[]string{"The money has not come,|Lina Voss|said|she|tail-cue+pronoun-attribution"}},
		{"a gendered role disagreeing: salience as before",
			"Defence Minister Piet Vos toured the base. A spokeswoman for the navy said the ships were ready. “We can sail tomorrow,” he said.",
			[]string{"We can sail tomorrow,|Piet Vos|said|he|tail-cue+pronoun-salience"}},
		{"a body as source of the sentence before: salience as before",
			"Gen. Omar Haddad inspected the lines. The ministry said the front was quiet. “We are holding,” he said.",
			[]string{"We are holding,|Omar Haddad|said|he|tail-cue+pronoun-salience"}},
		{"a verb with no reported content: salience as before",
			"Prime Minister Tomas Brandt arrived in Rome on Monday. Mayor Ana Ferri, the city's first woman mayor, praised the minister's visit. “We are ready to help,” he said.",
			[]string{"We are ready to help,|Tomas Brandt|said|he|tail-cue+pronoun-salience"}},
		// a subject with a reflexive after it, after an introductory phrase
		// (a new paragraph's subject over the last paragraph's speaker)
		{"an introductory time phrase and himself",
			"Senator Piet Vos said the vote would come “when the time is right.”\n\nOn Sunday evening, Luis Ortega himself walked out to the crowd. “We did it together,” he said.",
			[]string{"when the time is right.|Piet Vos|said|Piet Vos|head-cue",
				"We did it together,|Luis Ortega|said|he|tail-cue+pronoun-salience"}},
		{"an introductory place phrase and herself",
			"Governor Tom Hale said the state would pay “every last cent.”\n\nIn Dayton, Mayor Ana Ferri herself opened the shelter. “Nobody sleeps outside tonight,” she said.",
			[]string{"every last cent.|Tom Hale|said|Tom Hale|head-cue",
				"Nobody sleeps outside tonight,|Ana Ferri|said|she|tail-cue+pronoun-salience"}},
		// a rank before a name with a gendered apposition is no part of the
		// speaker (pronoun-apposition)
		{"a rank before a spokeswoman's name",
			"Maj. Lena Brandt, a spokeswoman for the air force, said the jets had landed. “All crews are safe,” she said.",
			[]string{"All crews are safe,|Lena Brandt|said|she|tail-cue+pronoun-apposition"}},
		{"an honorific before a mother's name",
			"In the camp, Mrs. Odile Kamau, a mother of four, said the water had run out. “We drink from the river,” she said.",
			[]string{"We drink from the river,|Odile Kamau|said|she|tail-cue+pronoun-apposition"}},
		// a town read as a woman's name before a title and a name is no
		// antecedent
		{"a town like a woman's name before a mayor",
			"Grace Bay Mayor Ann Doyle opened the clinic on Monday. “We need nurses,” she said.",
			[]string{"We need nurses,|Ann Doyle|said|she|tail-cue+pronoun-salience"}},
		{"a town like a man's name before a councillor",
			"Health Minister Ana Ruiz toured the ward. Port Louis Councillor Ravi Doorga opened the clinic. “It took ten years,” he said.",
			[]string{"It took ten years,|Ravi Doorga|said|he|tail-cue+pronoun-salience"}},
		// a paragraph with a sentence of its own before the pronoun has its
		// own topic; one opening with the pronoun's sentence continues
		{"a new paragraph's object over the last paragraph's speaker",
			"“We will win,” Senator Piet Vos said on Monday.\n\nIn Toledo, voters met Governor Tom Hale at a diner. “Nobody here is tired of me,” he said.",
			[]string{"We will win,|Piet Vos|said|Piet Vos|tail-cue",
				"Nobody here is tired of me,|Tom Hale|said|he|tail-cue+pronoun-salience"}},
		{"a paragraph opening with the pronoun continues the last speaker",
			"“We will win,” Senator Piet Vos said, standing beside Governor Tom Hale.\n\n“The polls are wrong,” he added.",
			[]string{"We will win,|Piet Vos|said|Piet Vos|tail-cue",
				"The polls are wrong,|Piet Vos|added|he|tail-cue+pronoun-salience"}},
		// a private subject before a person in a weak place of its own
		// sentence is nearer (pronoun-private)
		{"a private subject who voted for a named mayor",
			"Turnout was high in the valley. Okello Mabuza, 52, crossed party lines to vote for Mayor Peter Hale in March. “He fixed our road,” he said.",
			[]string{"He fixed our road,|Okello Mabuza|said|he|tail-cue+pronoun-private"}},
		{"a private subject who campaigned with a named senator",
			"Turnout was high in Durban. Thandeka Zulu, 38, a nurse, campaigned with Senator Ruth Mokoena all spring. “We knocked on every door,” she said.",
			[]string{"We knocked on every door,|Thandeka Zulu|said|she|tail-cue+pronoun-private"}},
	}
	checkQuoteRules(t, p, tests)
}
