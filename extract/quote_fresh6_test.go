package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteFreshSpeakers covers the classes of wrong speakers found on
// articles written this session (issue 9, sixth round), each on
// sentences of our own making, with the pass and resolution that must
// fire. Only the quotes whose row is listed are checked, in order.
func TestQuoteFreshSpeakers(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []struct {
		name, text string
		want       []string // text|speaker|cue|mention|rule
	}{
		{"a copula after an apposition makes the name a subject",
			"“We will not be rushed,” Senator Ivo Petrov said.\n\nThe party's leader, Tomas Brandt, who met the envoy on Sunday, was more guarded. “I want to see the text first,” he told reporters.",
			[]string{"We will not be rushed,|Ivo Petrov|said|Ivo Petrov|tail-cue",
				"I want to see the text first,|Tomas Brandt|told reporters|he|tail-cue+pronoun-salience"}},
		{"a name in apposition to an object is no subject",
			"Mayor Oskar Lind arrived with his deputy, Tomas Brandt, and said the city was ready. “We have planned this for months,” he said.",
			[]string{"We have planned this for months,|Oskar Lind|said|he|tail-cue+pronoun-salience"}},
		{"a name inside a reported clause is no subject",
			"General Ivo Petrov said at the base that Colonel Marek Novak had been given command. “It was the right call,” he said.",
			[]string{"It was the right call,|Ivo Petrov|said|he|tail-cue+pronoun-salience"}},
		{"a place after a preposition is no subject",
			"Premier Oskar Lind, on a visit to Abu Dhabi, was more direct. He said the plan had “three goals”.",
			[]string{"three goals|Oskar Lind|said|He|head-cue+pronoun-salience"}},
		{"a participle after a name in apposition to the object of with",
			"The brigade marked its first year on Friday, with the defence minister, Boris Lund, telling soldiers that their presence was ‘a promise kept’.",
			[]string{"a promise kept|Boris Lund|telling soldiers|Boris Lund|participle"}},
		{"a person brought in by the pronoun's own paragraph",
			"“Power will be back by Christmas,” Governor Ivo Petrov said.\n\nIn the town of Brezno, Tomas Kral, 58, stood in line for water for the third day. “Nobody has come here,” he said.",
			[]string{"Power will be back by Christmas,|Ivo Petrov|said|Ivo Petrov|tail-cue",
				"Nobody has come here,|Tomas Kral|said|he|tail-cue+pronoun-salience"}},
		{"a capitalised modifier inside an apposition is no private subject",
			"In Geneva, rights chief Ana Ruiz called the ruling “a historic step.”\n\nMaria Lindqvist, the Nobel Peace Prize laureate, sat in the front row. “This is for the mothers who did not live to see it,” she said.",
			[]string{"a historic step.|Ana Ruiz|called|Ana Ruiz|head-cue",
				"This is for the mothers who did not live to see it,|Maria Lindqvist|said|she|tail-cue+pronoun-salience"}},
		{"a private person past a long apposition",
			"The mission will cost about $400 million a year, diplomats said.\n\nIn the capital, Aminata Conteh, a trader whose market stall was burned in the rebel attack on the city in January, said she hoped the troops would come quickly. “We have waited since last year,” she said.",
			[]string{"We have waited since last year,|Aminata Conteh|said|she|tail-cue+pronoun-salience"}},
		{"a man's given name in -a is listed, not guessed a woman's",
			"Development secretary Justine Harper announced aid on Sunday.\n\nFamilies camped in parks. Mahendra Thapa, 46, a shopkeeper whose house collapsed, said soldiers had helped him. “Without them we would still be digging,” he said.",
			[]string{"Without them we would still be digging,|Mahendra Thapa|said|he|tail-cue+pronoun-private"}},
		{"a description owned by a country of two words links forward",
			"‘Our soldiers are in support, not in charge,’ New Zealand’s Defence Minister said as the first flight left. Tom Hale added that the mission would be reviewed.",
			[]string{"Our soldiers are in support, not in charge,|Tom Hale|said|New Zealand’s Defence Minister|tail-cue+description-forward"}},
		{"a headline description without a determiner is the person the body names",
			"‘This is a story of people dying’: Ponce mayor answers White House\n\nPONCE, Puerto Rico — Ponce Mayor Luisa Ortega Rivera was unmoved on Friday. Governor Tomas Vidal said aid was coming.",
			[]string{"This is a story of people dying|Luisa Ortega Rivera|answers|Ponce mayor|tail-cue+headline-description"}},
		{"the object of a relative clause's verb is no subject, a title word as verb included",
			"President Tomas Berg, who chairs the Northern Development Community, said he had spoken to the premier by telephone and that he was “fine”.",
			[]string{"fine|Tomas Berg|said|Tomas Berg|head-cue"}},
		{"a role noun before a private person's name",
			"Minister Ana Ruiz said aid was on its way.\n\nIn a camp outside the city, refugee Lina Haddad, 31, said she would wait for the soldiers.\n\n“When I see them in the city, I will go home,” she said.",
			[]string{"When I see them in the city, I will go home,|Lina Haddad|said|she|tail-cue+pronoun-salience"}},
		{"a time phrase between a subject and its verb",
			"Mayor Ana Ruiz this month told reporters that the state had done a “terrible” job.",
			[]string{"terrible|Ana Ruiz|told reporters|Ana Ruiz|head-cue"}},
		{"a time phrase after a preposition's object leaves no subject; the letter's author speaks",
			"Minister Tom Hale said the cuts were deep. A leaked letter from him to Mr Lund last month warned of “grave consequences.”",
			[]string{"grave consequences.|Tom Hale|warned|him|head-cue+pronoun-salience"}},
		{"a modifier introduces no unnamed source",
			"The base will close, a Defense Ministry official said. The Defense Ministry said in a statement that work would resume “as soon as possible.”",
			[]string{"as soon as possible.|The Defense Ministry|said|The Defense Ministry|head-cue"}},
		{"names and terms in marks after a naming phrase are no quotes",
			"Senator Ana Ruiz, who spoke for 21 hours against the law known as “Carecare”, cited the so-called “Hastert rule” and a plan dubbed “Iron Shield”. She mocked Tom Hale, whom she dubbed “the little senator”.",
			[]string{"the little senator|Ana Ruiz|dubbed|she|head-cue+pronoun-salience"}},
		{"a name after a cue past role words and a number",
			"“The reasons for the veto do not hold,” said 9/11 widow Dana Pierce.",
			[]string{"The reasons for the veto do not hold,|Dana Pierce|said|Dana Pierce|tail-cue"}},
		{"one and a place adjective introduce an unnamed source for he",
			"General Ivo Petrov said the units could be ready “within a week”. One European diplomat said the troops needed months of training. “These are good soldiers, but they are not ready,” he said.",
			[]string{"within a week|Ivo Petrov|said|Ivo Petrov|head-cue",
				"These are good soldiers, but they are not ready,|One European diplomat|said|he|tail-cue+pronoun-description"}},
		{"a given name before a surname the roster gave to another person",
			"“I would not have come if I had a choice,” said Jonas Weber, 19. His mother, Greta Weber, 47, a nurse, said she was relieved.",
			[]string{"I would not have come if I had a choice,|Jonas Weber|said|Jonas Weber|tail-cue"}},
		{"a description of a named body is that body",
			"The Centre for Conflict Studies, a research group in Oslo, has mapped the advance. The centre, which publishes a daily report, said the army was “unlikely to recover” the ground.",
			[]string{"unlikely to recover|The Centre for Conflict Studies|said|The centre|head-cue+description-name"}},
		{"an unnamed source keeps a past participle with its place",
			"A senior army officer involved in the planning, who asked not to be named, said the worry was stray bullets. “We learned a lot in 2014,” the officer said.",
			[]string{"We learned a lot in 2014,|a senior army officer involved in the planning|said|the officer|tail-cue+description"}},
		{"a generation suffix after a name before a relative clause",
			"Secretary of State Tomas R. Hale 3d, who flew to Brussels on Wednesday, said the alliance would not deal with “an illegal regime.”",
			[]string{"an illegal regime.|Tomas R. Hale 3d|said|Tomas R. Hale 3d|head-cue"}},
		{"a place and its state inside a relative clause",
			"The commander, Admiral Ivo Brandt, said order came first. Brandt, who directed the operation from Norfolk, Va., called the cooperation “correct, if not warm.”",
			[]string{"correct, if not warm.|Ivo Brandt|called|Brandt|head-cue"}},
		{"a bare cue word before a title head is a noun",
			"The leaders met on Monday. White House press secretary Ana Ruiz said the president would not bargain. “There will be no ransom paid for doing the basic job of Congress.”",
			[]string{"There will be no ransom paid for doing the basic job of Congress.|Ana Ruiz|said|Ana Ruiz|reported-speech"}},
		{"clause-subject wants a cue after an auxiliary; other sentences keep a scare quote",
			"Boris Lund first proposed the plan in June. He has since called it “a lighthouse project” for the army. She would also close the notorious “carried interest” loophole.",
			[]string{"a lighthouse project|Boris Lund||He|clause-subject+pronoun-salience"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				got = append(got, quoteRow(tc.text, a)+"|"+a.Rule)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
