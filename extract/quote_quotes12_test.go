package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteQuotes12 covers the speaker mechanisms that failed on text no
// one had tuned on (dev19, probe21, probe22; tenth session), each in
// forms of our own making.
func TestQuoteQuotes12(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		// a dateline opening the paragraph is no antecedent of it/they:
		// the subject after it is
		{"it after a dateline and a body subject",
			"First line\n\nACCRA — Ghana's interior ministry published a brief note on Sunday. “The curfew will end at dawn,” it said.",
			[]string{"The curfew will end at dawn,|Ghana's interior ministry|said|it|tail-cue+pronoun-subject"}},
		{"they after a dateline with a country and a plural subject",
			"First line\n\nVALLETTA, Malta — The Nordic foreign ministers gathered in Valletta on Monday. “Nobody leaves the table early,” they said in a communique.",
			[]string{"Nobody leaves the table early,|The Nordic foreign ministers|said|they|tail-cue+pronoun-subject"}},
		{"it after a wire dateline with an agency",
			"First line\n\nLIMA, Peru (AP) _ The Peruvian army issued orders late on Friday. “Units will hold their positions,” it said.",
			[]string{"Units will hold their positions,|The Peruvian army|said|it|tail-cue+pronoun-subject"}},
		// rule 50: a person named right after a headline quote's colon
		// speaks it, whatever the headline says of them next; the
		// headline's name is the speaker span and the cue is ""
		{"a headline name before a verb of action",
			"‘We leave with our heads high’: Okafor steps down as army chief\n\nNigeria's army chief, Gen. Musa Okafor, resigned on Friday. “We leave with our heads high,” he told reporters.",
			[]string{"We leave with our heads high|Musa Okafor||Okafor|tail-cue",
				"We leave with our heads high,|Musa Okafor|told reporters|he|tail-cue+pronoun-salience"}},
		{"a headline name before a verb of motion, in straight marks",
			"\"Not one soldier more\": Lindgren flies to Vilnius for talks\n\nSwedish Defence Minister Per Lindgren said there would be \"not one soldier more\" before the vote.",
			[]string{"Not one soldier more|Per Lindgren||Lindgren|tail-cue",
				"not one soldier more|Per Lindgren|said|Per Lindgren|head-cue"}},
		{"a headline name with its title and no verb",
			"‘A new chapter’: Foreign Minister Kaja Ruus in Riga\n\nEstonia's foreign minister, Kaja Ruus, arrived in Riga on Monday.",
			[]string{"A new chapter|Kaja Ruus||Kaja Ruus|tail-cue"}},
		// a name in apposition to a source description speaks, also past
		// a rank or an honorific before it (the title is no part of the
		// name)
		{"a postposed description and a ranked name in apposition",
			"Colonel Petr Novak briefed the press. “The bridge will hold,” said the engineers' commander, Maj. Tomas Dvorak, on Monday.",
			[]string{"The bridge will hold,|Tomas Dvorak|said|Tomas Dvorak|tail-cue"}},
		{"a split quote with a ranked name after the description",
			"Officers of two armies met at Narva. “We are not worried,” said the border chief, Lt. Col. Aivar Kask, “and we never were.”",
			[]string{"We are not worried,|Aivar Kask|said|Aivar Kask|tail-cue",
				"and we never were.|Aivar Kask|said|Aivar Kask|sentence"}},
		{"a description subject with a ranked name before the verb",
			"“No ship will pass,” the navy's spokesman, Capt. Rui Tavares, told reporters in Lisbon.",
			[]string{"No ship will pass,|Rui Tavares|told reporters|Rui Tavares|tail-cue"}},
		// a named person's lawyer, aide or pollster (a non-official role
		// noun after the possessive) is another person and the source
		{"a person's lawyer after a quote",
			"Gen. Omar Saleh was charged on Monday. “He will be cleared,” Saleh's defence lawyer told reporters.",
			[]string{"He will be cleared,|Saleh's defence lawyer|told reporters|Saleh's defence lawyer|tail-cue"}},
		{"a person's attorney with an honorific before a that-clause",
			"Minister Tomas Berg resigned. Mr. Berg's attorney said the charges were “without any basis”.",
			[]string{"without any basis|Mr. Berg's attorney|said|Mr. Berg's attorney|head-cue"}},
		{"a senator's pollster as a head-cue subject",
			"Sen. Ada Moss leads the race. Moss's pollster called the numbers “rock solid” on Friday.",
			[]string{"rock solid|Moss's pollster|called|Moss's pollster|head-cue"}},
		// a role in -man is written of women too: a woman's given name
		// decides the gender a pronoun must agree with
		{"a spokesman with a woman's given name takes she",
			"Col. Erik Dahl led the exercise near Bodø.\n\nThe army's spokesman, Maj. Sarah Lind, briefed reporters in Oslo. “The drill went to plan,” she said.",
			[]string{"The drill went to plan,|Sarah Lind|said|she|tail-cue+pronoun-salience"}},
		{"a chairman with a woman's given name takes she",
			"Gen. Paul Roy opened the depot on Monday. The committee chairman, Anna Berg, toured it on Tuesday. “It is ready for winter,” she told reporters.",
			[]string{"It is ready for winter,|Anna Berg|told reporters|she|tail-cue+pronoun-salience"}},
		{"a spokesman with a man's given name still takes he",
			"Col. Lena Ivanova met the navy spokesman, Cmdr. Piotr Nowak, in Gdynia. “We are on schedule,” he said.",
			[]string{"We are on schedule,|Piotr Nowak|said|he|tail-cue+pronoun-salience"}},
		// a description by its head alone names the subject of the
		// sentence before over a person it fits named there as an object
		{"the general after a subject general who met another",
			"Gen. Ruth Vance, the Canadian army chief, spoke after meeting Gen. Lars Eide of the Norwegian army. “Our tanks will be in Latvia by spring,” the general said.",
			[]string{"Our tanks will be in Latvia by spring,|Ruth Vance|said|the general|tail-cue+description"}},
		{"the minister after a minister who received another",
			"Defence Minister Ana Costa received Interior Minister Rui Dias in Lisbon on Monday. “We will share the helicopters,” the minister told reporters afterwards.",
			[]string{"We will share the helicopters,|Ana Costa|told reporters|the minister|tail-cue+description"}},
		{"the ambassador after an ambassador who thanked another",
			"Ambassador Lena Fischer thanked Ambassador Marta Kowalska at the reception. The ambassador called the treaty “a gift to our children”.",
			[]string{"a gift to our children|Lena Fischer|called|The ambassador|head-cue+description"}},
		{"a modifier still tells them apart",
			"Defence Minister Ana Costa received Interior Minister Rui Dias in Lisbon on Monday. “We will share the helicopters,” the interior minister told reporters afterwards.",
			[]string{"We will share the helicopters,|Rui Dias|told reporters|the interior minister|tail-cue+description"}},
		// "one"/"another" before a source placed by a phrase is its
		// determiner: the source keeps it and the place
		{"as one officer at a base put it",
			"The mission ended quietly and, as one officer at Camp Bondsteel put it, with “nobody sure what comes next”.",
			[]string{"nobody sure what comes next|one officer at Camp Bondsteel|put it|one officer at Camp Bondsteel|head-cue"}},
		{"one soldier at a base opening the sentence",
			"The camp opened in May. One soldier at the Lungi base said the tents were “a swamp with walls”.",
			[]string{"a swamp with walls|One soldier at the Lungi base|said|One soldier at the Lungi base|head-cue"}},
		{"another officer at a depot with a naming cue",
			"The trucks date from 1979. Another officer at the Tapa depot called them “museum pieces”.",
			[]string{"museum pieces|Another officer at the Tapa depot|called|Another officer at the Tapa depot|head-cue"}},
		// an unnamed source placed by a capitalised place and followed by
		// a verb with its object keeps the place when a later
		// description takes it up
		{"a diplomat in a capital who put a figure",
			"A Western diplomat in Dakar put the size of the rebel force at 3,000. “They pay better than the state,” the diplomat said.",
			[]string{"They pay better than the state,|a Western diplomat in Dakar|said|the diplomat|tail-cue+description"}},
		{"an officer in a city who gave a figure",
			"A senior officer in Kirkuk gave the number as 300. The officer said the units were “at half strength”.",
			[]string{"at half strength|a senior officer in Kirkuk|said|The officer|head-cue+description"}},
		{"an aid worker in a town who counted trucks",
			"An aid worker in Goma counted 40 trucks on Sunday. “The road is open again,” the aid worker said.",
			[]string{"The road is open again,|an aid worker in Goma|said|the aid worker|tail-cue+description"}},
		// a capitalised place right after a common head before the cue
		// is part of the source; a participle before it is not
		{"a plural source with a place after on",
			"Tribal elders on Mindanao said the vote showed that “Manila cannot buy the south”.",
			[]string{"Manila cannot buy the south|Tribal elders on Mindanao|said|Tribal elders on Mindanao|head-cue"}},
		{"a definite source with two places joined by and",
			"The militias in Chad and Sudan have warned that any raid would be “an act of war”.",
			[]string{"an act of war|The militias in Chad and Sudan|warned|The militias in Chad and Sudan|head-cue"}},
		{"a sentence-opening plural with its city",
			"Officials in Tbilisi called the closure “a provocation”.",
			[]string{"a provocation|Officials in Tbilisi|called|Officials in Tbilisi|head-cue"}},
		// an ordinal in digits inside a unit's name does not end the
		// apposition: the name before it speaks
		{"a commander of a numbered army with a whose clause",
			"The talks opened in Tiraspol. Gen. Ivo Sarić, commander of the former Yugoslav 5th Corps, whose 8,000 men hold the ridge, said the line would “hold for weeks”.",
			[]string{"hold for weeks|Ivo Sarić|said|Ivo Sarić|head-cue"}},
		{"a commander of a numbered division with a whose clause before told",
			"Brig. Gen. Tom Reyes, commander of the 82nd Airborne Division, whose paratroopers landed on Monday, told reporters the airport was “secure”.",
			[]string{"secure|Tom Reyes|told reporters|Tom Reyes|head-cue"}},
		{"a head of a numbered fleet and its ships",
			"Adm. Lena Park, head of the 7th Fleet, whose ships sailed at dawn, called the drill “routine”.",
			[]string{"routine|Lena Park|called|Lena Park|head-cue"}},
		// a private name with a form of address (Mr, Mrs, Ms): the
		// speaker and its span are the name without it
		{"Mrs and a surname before told",
			"The debate ran late. Mrs Okafor told the assembly that the budget would be “balanced by spring”.",
			[]string{"balanced by spring|Okafor|told the assembly|Okafor|head-cue"}},
		{"Mr. and a surname after a quote",
			"The shipyard closed on Friday. “We will not be moved,” Mr. Hallam said.",
			[]string{"We will not be moved,|Hallam|said|Hallam|tail-cue"}},
		{"Ms and two names before a naming cue",
			"The plan was published on Monday. Ms Ada Brennan called it “a start, no more”.",
			[]string{"a start, no more|Ada Brennan|called|Ada Brennan|head-cue"}},
		// a plural noun of speech right after a cue is its object, not a
		// second cue: the verb before it is the cue
		{"called accounts of price gouging",
			"A storm hit the coast on Friday. The agency called accounts of price gouging in the port “wildly overblown”.",
			[]string{"wildly overblown|The agency|called|The agency|head-cue"}},
		{"dismissed claims of desertion",
			"The front held overnight. The Estonian army dismissed claims of desertion as “pure invention”.",
			[]string{"pure invention|The Estonian army|dismissed|The Estonian army|head-cue"}},
		{"described reports of a coup",
			"Tanks were seen near the palace. The embassy described reports of a coup as “fantasy”.",
			[]string{"fantasy|The embassy|described|The embassy|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}
