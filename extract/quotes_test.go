package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// quoteRow renders a QUOTE annotation as "text|speaker|cue|speaker mention".
func quoteRow(text string, a corpus.Annotation) string {
	mention := ""
	if a.Speaker != "" {
		r := []rune(text)
		mention = string(r[a.SpeakerStart:a.SpeakerEnd])
	}
	return fmt.Sprintf("%s|%s|%s|%s", a.Text, a.Speaker, a.Cue, mention)
}

// quoteRuleCase is a row of a speaker table: a text and the quotes it
// must give, each as text|speaker|cue|mention|rule.
type quoteRuleCase struct {
	name, text string
	want       []string // text|speaker|cue|mention|rule
}

// checkQuoteRules annotates each case's text with p and compares every
// annotation, as quoteRow plus its rule, with the case's rows.
func checkQuoteRules(t *testing.T, p *Pipeline, tests []quoteRuleCase) {
	t.Helper()
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

func TestQuotes(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"cue after, inverted, with title",
			"“We are ready,” said NATO Secretary General Jens Stoltenberg.",
			[]string{"We are ready,|Jens Stoltenberg|said|Jens Stoltenberg"}},
		{"cue after, name first",
			"“Diplomacy is not dead,” Kuleba told reporters in Kyiv.",
			[]string{"Diplomacy is not dead,|Kuleba|told reporters|Kuleba"}},
		{"pronoun resolves to the last person named outside quotes",
			"Ukrainian Foreign Minister Dmytro Kuleba spoke in Kyiv. “We will not give in,” he said.",
			[]string{"We will not give in,|Dmytro Kuleba|said|he"}},
		{"description resolves through the title",
			"Kremlin spokesman Dmitry Peskov was asked about the talks. “Nothing has changed,” the spokesman added.",
			[]string{"Nothing has changed,|Dmitry Peskov|added|the spokesman"}},
		{"colon introduction",
			"President Joe Biden told reporters at the White House: “Putin has a choice.”",
			[]string{"Putin has a choice.|Joe Biden|told reporters|Joe Biden"}},
		{"quote cut by its attribution",
			"“We are ready,” Polish President Andrzej Duda said, “and we will defend every inch.”",
			[]string{"We are ready,|Andrzej Duda|said|Andrzej Duda", "and we will defend every inch.|Andrzej Duda|said|Andrzej Duda"}},
		{"partial quote in reported speech",
			"Moscow accused the West of “hysteria” over the troop movements.",
			[]string{"hysteria|Moscow|accused|Moscow"}},
		{"straight quotes",
			`"There will be no war," Lavrov said.`,
			[]string{"There will be no war,|Lavrov|said|Lavrov"}},
		{"single quotes in a headline",
			"'We will respond': Kremlin warns the West",
			[]string{"We will respond|Kremlin|warns|Kremlin"}},
		{"according to",
			"The troops were “on high alert,” according to the Pentagon.",
			[]string{"on high alert,|the Pentagon|according to|the Pentagon"}},
		{"non-person source as written",
			"The United States said the offer was “unacceptable”.",
			[]string{"unacceptable|The United States|said|The United States"}},
		{"indefinite description stays a phrase",
			"A spokesman for the foreign ministry said the talks were “useful”.",
			[]string{"useful|a spokesman for the foreign ministry|said|A spokesman for the foreign ministry"}},
		{"unclosed quote runs to the paragraph end",
			"Stoltenberg said: “We are ready to talk\n\nThe meeting ended.",
			[]string{"We are ready to talk|Stoltenberg|said|Stoltenberg"}},
		{"continuation takes the same speaker",
			"“We are ready,” Stoltenberg said. “We have always been ready to talk to Russia.”",
			[]string{"We are ready,|Stoltenberg|said|Stoltenberg", "We have always been ready to talk to Russia.|Stoltenberg|said|Stoltenberg"}},
		{"scare quotes stay out",
			"The so-called “peacekeepers” arrived in the region.",
			nil},
		{"nested quote is not annotated",
			"“They keep saying ‘war, war’ every day,” Putin said.",
			[]string{"They keep saying ‘war, war’ every day,|Putin|said|Putin"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				got = append(got, quoteRow(tc.text, a))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// quoteClassRow renders a QUOTE as "text|speaker|mention|rule".
func quoteClassRow(text string, a corpus.Annotation) string {
	mention := ""
	if a.Speaker != "" {
		r := []rune(text)
		mention = string(r[a.SpeakerStart:a.SpeakerEnd])
	}
	return fmt.Sprintf("%s|%s|%s|%s", a.Text, a.Speaker, mention, a.Rule)
}

// TestQuoteClasses covers the classes of attribution error of issue 9,
// one table per class, on sentences written for the purpose.
func TestQuoteClasses(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	type row struct{ text, want string } // want: one quoteClassRow per line
	classes := []struct {
		name string
		rows []row
	}{
		{"1 pronoun by salience", []row{
			// a private person whose role tells her gender outranks an official named before
			{"Former President Jomo Tarus visited the camps on Monday and said the region had suffered. In a camp outside Bunia, Odile Nyirabera, a mother of three who fled in May, said the ceasefire gave her hope. “Tonight we can sleep,” she said.",
				"Tonight we can sleep,|Odile Nyirabera|she|tail-cue+pronoun-apposition"},
			{"Governor Maria Soler toured the port. At the harbour, Tevita Lomu, a father of two who lost his boat, said the aid came late. “We waited a week,” he said.",
				"We waited a week,|Tevita Lomu|he|tail-cue+pronoun-apposition"},
			{"Senator Marek Quint echoed Governor Tobias Renn's comments on Monday. “We will not wait,” he said.",
				"We will not wait,|Marek Quint|he|tail-cue+pronoun-salience"},
			{"Mayor Olu Badejo declined to comment on a swap for Councillor Piet Smit. “It is premature,” he said.",
				"It is premature,|Olu Badejo|he|tail-cue+pronoun-salience"},
			{"Ms. Ilse Varga said Mr. Karel Hudec had left early. “I saw him go,” she said.",
				"I saw him go,|Ilse Varga|she|tail-cue+pronoun-attribution"},
			{"“The bridge is closed,” said Ana Lindqvist, a resident. Neighbour Tomas Berg nodded. “We were told nothing,” she added.",
				"The bridge is closed,|Ana Lindqvist|Ana Lindqvist|tail-cue\nWe were told nothing,|Ana Lindqvist|she|tail-cue+pronoun-salience"},
			{"The ministry issued a short note on Friday. “The talks will resume,” it said.",
				"The talks will resume,|The ministry|it|tail-cue+pronoun-subject"},
			// "they": a plural subject that runs to its verb or apposition
			{"The Nordic states, which have pushed for more aid, also weighed in. “Every week costs lives,” they said.",
				"Every week costs lives,|The Nordic states|they|tail-cue+pronoun-subject"},
			{"Chad's military rulers welcomed the move. “This is a new step,” they said.",
				"This is a new step,|Chad's military rulers|they|tail-cue+pronoun-subject"},
			// a given name in -a that the list lacks is a woman's
			{"Minister Piet Aalders spoke first. Senator Orla Brennick, the committee chair, praised the minister's tone. “We must move faster,” he said later.",
				"We must move faster,|Piet Aalders|he|tail-cue+pronoun-salience"},
			// a private person introduced by an indefinite phrase
			{"A relative of one of the men, speaking by telephone, said the family had heard nothing. “We just want him home,” she said.",
				"We just want him home,|a relative of one of the men|she|tail-cue+pronoun-description"},
			// a name in apposition to a relative is a private speaker
			{"Her brother, Tomas, who came by bus from Brno, said the house was gone. “We start again,” he said.",
				"We start again,|Tomas|he|tail-cue+pronoun-description"},
			{"Cohen's husband, Avi, said the family had lost hope. “They have abandoned us,” he said.",
				"They have abandoned us,|Avi|he|tail-cue+pronoun-description"},
			// a pronoun continues the last source that names no person
			{"“We will hold,” said a soldier in the trench. “There is no other way,” he added.",
				"We will hold,|a soldier in the trench|a soldier in the trench|tail-cue\nThere is no other way,|a soldier in the trench|he|tail-cue+pronoun-chain"},
			// the subject of the sentence just before outranks the last speaker
			{"“The count is close,” Senator Karin Hale told reporters. Rep. Ivo Dane echoed Hale's comments at a rally. “This is a stubborn city. We will win it,” he said.",
				"The count is close,|Karin Hale|Karin Hale|tail-cue\nThis is a stubborn city. We will win it,|Ivo Dane|he|tail-cue+pronoun-salience"},
			// a description subject outranks a person in its object
			{"The Belarusian leader Pavel Dudko arrived. The Belarusian leader said he had spent hours on the phone with Mikhail Orlov. “I told him to stop,” he said.",
				"I told him to stop,|Pavel Dudko|he|tail-cue+pronoun-description"},
			// a name in apposition to the subject is the subject
			{"Mayor Olu Badejo spoke first. The city's chief planner, Piet Vos, defended the design. “It will last a century,” he said.",
				"It will last a century,|Piet Vos|he|tail-cue+pronoun-salience"},
		}},
		{"2 definite descriptions", []row{
			// a rank stated before the name fits although the title is the apposition
			{"Vice Adm. Lena Okafor, commander of the Baltic task group, said the drills went well. The admiral added that ships would stay “as long as needed” in the area.",
				"as long as needed|Lena Okafor|The admiral|head-cue+description"},
			{"The brigade commander, Lt. Gen. Marco Ivel, spoke in Tartu. “We hold the line,” the general said.",
				"We hold the line,|Marco Ivel|the general|tail-cue+description"},
			// a local office as title ("Sheriff") and a person named in between
			{"Harlan County Sheriff Dana Roe, who led the search, said the roads were clear. Asked about Mayor Tim Kell, the sheriff said the city had been “very helpful” throughout.",
				"very helpful|Dana Roe|the sheriff|head-cue+description"},
			{"French President Amélie Corbin met German Chancellor Jonas Vogt in Lyon. “Europe must act,” the French president added.",
				"Europe must act,|Amélie Corbin|the French president|tail-cue+description"},
			{"A western official said the convoy had turned back. “They lost their nerve,” the official said.",
				"They lost their nerve,|a western official|the official|tail-cue+description"},
			// a description named in the next sentences links forward
			{"The Kremlin spokesman said the minister's future was “not on the agenda.” Oleg Varin added that no charges were planned.",
				"not on the agenda.|Oleg Varin|The Kremlin spokesman|head-cue+description-forward"},
			{"“We are ready,” the general said. General Oleh Marko, the new army chief, took command in May.",
				"We are ready,|Oleh Marko|the general|tail-cue+description-forward"},
			// a pronoun after a description subject is that description
			{"Mayor Olu Badejo opened the meeting. The union's chief negotiator was blunt. “This offer will not last a decade,” he told the room. The negotiator, Piet Vos, left early.",
				"This offer will not last a decade,|Piet Vos|he|tail-cue+pronoun-description"},
			// an unnamed source introduced after the titled person is nearer
			{"Kremlin spokesman Oleg Varin denied the report. A German defence ministry spokesman said the brigade would stay. “It is not symbolic,” the spokesman said.",
				"It is not symbolic,|a German defence ministry spokesman|the spokesman|tail-cue+description"},
			{"Chile's interior ministry said the roads were open. The ministry, which posts daily updates, said the work was going “as planned.”",
				"as planned.|Chile's interior ministry|The ministry|head-cue+description"},
			// an abbreviated title covers its description
			{"Gov. Lena Marsh praised the crews on Monday. “They have worked every single night,” the governor said.",
				"They have worked every single night,|Lena Marsh|the governor|tail-cue+description"},
			{"Sen. Omar Fitch left early. “We will be back,” the senator said.",
				"We will be back,|Omar Fitch|the senator|tail-cue+description"},
		}},
		{"3 subject of the cue", []row{
			// a bare plural after a relative pronoun is the subject
			{"Latvian officials said the treaty was signed on Monday, a step that Latvian opposition lawmakers called “a betrayal.”",
				"a betrayal.|Latvian opposition lawmakers|Latvian opposition lawmakers|head-cue"},
			{"The ministry approved the levy, which local farmers described as “daylight robbery” at a rally.",
				"daylight robbery|local farmers|local farmers|head-cue"},
			// a capital as subject inside a person's report: the person speaks
			{"The Malian foreign ministry spokesman, Amadou Traore, said Bamako welcomed the offer but would judge it “by what happens next.”",
				"by what happens next.|Amadou Traore|Amadou Traore|head-cue"},
			// a surname with a glued article stays in the subject
			{"Libyan Prime Minister Omar Hadi al-Tarek opened the session and called for “an end to the blockade” in his speech.",
				"an end to the blockade|Omar Hadi al-Tarek|Omar Hadi al-Tarek|head-cue"},
			{"The group, which monitors the fighting along the river, said the town had fallen and “nothing is left”.",
				"nothing is left|The group|The group|head-cue"},
			{"Its defence ministry described the drill as “purely defensive”.",
				"purely defensive|Its defence ministry|Its defence ministry|head-cue"},
			{"The United Nations humanitarian office, OCHA, warned of “catastrophic hunger.”",
				"catastrophic hunger.|OCHA|OCHA|head-cue"},
			// a coordinated verb after a dateline: the subject, not the dateline
			{"DOHA — Qatar's prime minister met both delegations on Sunday and appealed to them to “seize this moment.”",
				"seize this moment.|Qatar's prime minister|Qatar's prime minister|head-cue"},
			// a free relative's cue names its own quote only
			{"Spokesman Oleg Varin repeated that what Moscow calls its “special operation” would go on “until all its goals are met”.",
				"special operation|Moscow|Moscow|head-cue\nuntil all its goals are met|Oleg Varin|Oleg Varin|head-cue"},
			// a quote that answers the claim it follows is the reporter's
			{"Mayor Ines Tovar said the agency claimed that it would not raise fares, “but they are raising them”.",
				"but they are raising them|Ines Tovar|Ines Tovar|head-cue"},
			// a relative clause after the subject is skipped
			{"Defence Secretary Ben Walton, who flew to Oslo for talks with his counterpart, Lars Moe, said there was a “strong likelihood” of a deal.",
				"strong likelihood|Ben Walton|Ben Walton|head-cue"},
			{"Mayor Ines Tovar welcomed the ruling but said the city deserved “more than promises.”",
				"more than promises.|Ines Tovar|Ines Tovar|head-cue"},
		}},
		{"4 participles", []row{
			{"Kofi Mensah met the envoy on Monday, telling him “the door is open”.",
				"the door is open|Kofi Mensah|Kofi Mensah|participle"},
			{"“We are ready,” Kofi Mensah said, adding: “We have always been ready.”",
				"We are ready,|Kofi Mensah|Kofi Mensah|tail-cue\nWe have always been ready.|Kofi Mensah|Kofi Mensah|participle"},
			{"The talks stalled, with Foreign Minister Lea Brandt saying her country would “not be rushed”.",
				"not be rushed|Lea Brandt|Lea Brandt|participle"},
			// a participle after a tail clause takes that clause's subject
			{"A vote was set for Friday, a Democratic aide said, adding that the meeting would focus on “turnout, turnout, turnout.”",
				"turnout, turnout, turnout.|a Democratic aide|a Democratic aide|participle"},
		}},
		{"5 tails with an apposition", []row{
			// a name inside a determiner apposition is not the subject
			{"Mira Holt, a researcher at Queen's University Belfast, said the deal was “a gamble on patience” for both sides.",
				"a gamble on patience|Mira Holt|Mira Holt|head-cue"},
			{"Dan Okoro, a friend of Senator Ruth Bale, said the plan was “dead on arrival” last week.",
				"dead on arrival|Dan Okoro|Dan Okoro|head-cue"},
			{"“We stand together,” the alliance's secretary general, Anna Berg, said.",
				"We stand together,|Anna Berg|Anna Berg|tail-cue"},
			{"“I have seen three wars,” Jorge Paz, 70, told reporters.",
				"I have seen three wars,|Jorge Paz|Jorge Paz|tail-cue"},
			{"“It is an invasion of our domain,” Lena Marsh, the attorney general of Ohio, one of the states suing, said on Monday.",
				"It is an invasion of our domain,|Lena Marsh|Lena Marsh|tail-cue"},
			{"Congress required a “lawful source of income,” as a ministry memo put it.",
				"lawful source of income,|a ministry memo|a ministry memo|tail-clause"},
			// a quote inside a sentence that goes on past it takes no tail
			{"The office said the premier had “made clear” Israel would continue.",
				"made clear|The office|The office|head-cue"},
			// a quote that ends a sentence begun before it takes no tail:
			// what follows is a new sentence
			{"Mayor Ines Tovar described the plan as “a gift to developers.” Governor Abel Ruiz dismissed her criticism.",
				"a gift to developers.|Ines Tovar|Ines Tovar|head-cue"},
			{`The plan was "dead on arrival," Senator Lin Moreau said on Tuesday.`,
				"dead on arrival,|Lin Moreau|Lin Moreau|tail-cue"},
			{"The plan was “dead on arrival,” Senator Lin Moreau said on Tuesday.",
				"dead on arrival,|Lin Moreau|Lin Moreau|tail-cue"},
		}},
		{"6 nouns that look like cues", []row{
			{"Ruth Oyelaran said the two states have “nothing to hide”.",
				"nothing to hide|Ruth Oyelaran|Ruth Oyelaran|head-cue"},
			{"A phone call was “tense and short”.", ""},
			{"Foreign Minister Ana Ruiz said the written answer to the Russian proposals leaves “little room for optimism”.",
				"little room for optimism|Ana Ruiz|Ana Ruiz|head-cue"},
			{"Dara Okafor said in a speech broadcast on state radio that the “hour of victory” had come.",
				"hour of victory|Dara Okafor|Dara Okafor|head-cue"},
			{"The two states have “nothing to hide”, the envoy said.",
				"nothing to hide|the envoy|the envoy|tail-cue"},
			{"Ruth Oyelaran's statement called the vote “a farce”.", // the statement's author
				"a farce|Ruth Oyelaran|Ruth Oyelaran|head-cue"},
		}},
		{"7 missing cues", []row{
			{"Mayor Ines Tovar expressed shock that the shelter had “simply vanished overnight”.",
				"simply vanished overnight|Ines Tovar|Ines Tovar|head-cue"},
			{"Mayor Ines Tovar made clear that she wanted an “immediate” answer.",
				"immediate|Ines Tovar|Ines Tovar|head-cue"},
			{"The agency released a statement calling the strike “an outrage”.",
				"an outrage|The agency|The agency|participle"},
			// a verb of thought yields to the speech verb that reports it
			{"Envoy Dara Okafor visited Lima and said Washington expected “courage” from both sides.",
				"courage|Dara Okafor|Dara Okafor|head-cue"},
			// thanking is a speech act
			{"Foreign Minister Ana Ruiz thanked both sides for their “constructive cooperation.”",
				"constructive cooperation.|Ana Ruiz|Ana Ruiz|head-cue"},
			// object-speaker forms: "reported X as saying"
			{"Police reported the suspect as saying “I did it for my family.”",
				"I did it for my family.|the suspect|the suspect|participle"},
			{"The paper quoted Mayor Ivo Petrov as saying the dam was “safe for now”.",
				"safe for now|Ivo Petrov|Ivo Petrov|participle"},
			// passive cues: the agent of the by-phrase speaks
			{"The offensive was described by Defence Minister Ana Ruiz as “a reckless gamble”.",
				"a reckless gamble|Ana Ruiz|Ana Ruiz|head-cue"},
			{"The visit was described by Downing Street as “a bold signal”.",
				"a bold signal|Downing Street|Downing Street|head-cue"},
			{"The truce, called “a cynical pause” by the foreign ministry, held for a day.",
				"a cynical pause|the foreign ministry|the foreign ministry|head-cue"},
			{"Ines Tovar spoke first, while her rival Pablo Ruiz later touted the plan as “a new start for everyone here”.",
				"a new start for everyone here|Pablo Ruiz|Pablo Ruiz|head-cue"},
		}},
		{"8 headlines", []row{
			{"Talks are ‘going nowhere’, says Senator Ruiz\n\nThe senator spoke on Monday.",
				"going nowhere|Ruiz|Ruiz|tail-cue"},
			{"Senator Ruiz's ‘rigged’ claim draws fire\n\nThe body text follows.",
				"rigged|Ruiz|Ruiz|head-cue"},
			{"Kremlin ‘ready to talk’ as troops mass\n\nThe body text follows.",
				"ready to talk|Kremlin|Kremlin|clause-subject"},
		}},
		{"9 short quotes", []row{
			{"Ruth Oyelaran called the proposal “unworkable”.",
				"unworkable|Ruth Oyelaran|Ruth Oyelaran|head-cue"},
			// a subject set off by a participial phrase, a sentence-opening
			// subject of common nouns
			{"An aide, speaking on condition of anonymity, said the senator had “made peace” with it.",
				"made peace|an aide|An aide|head-cue"},
			// a name inside the phrase that is not its head
			{"“People are eating grass,” a doctor at the Kamal Adwan hospital told the BBC.",
				"People are eating grass,|a doctor at the Kamal Adwan hospital|a doctor at the Kamal Adwan hospital|tail-cue"},
			{"“We will appeal,” a spokesman for Senator Lin Moreau said.",
				"We will appeal,|a spokesman for Senator Lin Moreau|a spokesman for Senator Lin Moreau|tail-cue"},
			{"Officials in several capitals speak of a “jet coalition” taking shape.",
				"jet coalition|Officials in several capitals|Officials in several capitals|head-cue"},
			{"Some residents call the pipes “the new downtown.”",
				"the new downtown.|Some residents|Some residents|head-cue"},
			{"The so-called “experts” were nowhere to be seen.",
				""},
			// a common word that opens the sentence is no source
			{"Life, meanwhile, has settled into a “new normal” of queues.",
				""},
			{"Readers trust Vetcheck. Vetcheck then ruled the claim “mostly true.”",
				"mostly true.|Vetcheck|Vetcheck|clause-subject"},
		}},
		{"10 chains", []row{
			{"“We came to talk,” Dara Okafor said.\n\n“We will stay until there is an answer.”",
				"We came to talk,|Dara Okafor|Dara Okafor|tail-cue\nWe will stay until there is an answer.|Dara Okafor|Dara Okafor|chain"},
			{"“The first paragraph of a long statement goes on\n\n“and the second ends it,” Dara Okafor said.",
				"The first paragraph of a long statement goes on|Dara Okafor|Dara Okafor|chain\nand the second ends it,|Dara Okafor|Dara Okafor|tail-cue"},
			{"“We came to talk,” Dara Okafor said. Later, Mayor Ivo Petrov said the city would pay for the repairs. “Every house will be fixed by winter.”",
				"We came to talk,|Dara Okafor|Dara Okafor|tail-cue\nEvery house will be fixed by winter.|Ivo Petrov|Ivo Petrov|reported-speech"},
		}},
		{"11 non-person sources", []row{
			{"The US-based Institute for the Study of Conflict said the front had “effectively frozen”.",
				"effectively frozen|The US-based Institute for the Study of Conflict|The US-based Institute for the Study of Conflict|head-cue"},
			{"A report that the council published said the water was “unsafe to drink”.",
				"unsafe to drink|a report|A report|head-cue"},
			// a source placed by a name is one phrase
			{"A senior diplomat in Vienna called the talks “stuck, but alive”.",
				"stuck, but alive|a senior diplomat in Vienna|A senior diplomat in Vienna|head-cue"},
			{"The Chilean embassy in Oslo released a statement: “Our citizens are safe.”",
				"Our citizens are safe.|The Chilean embassy in Oslo|The Chilean embassy in Oslo|head-cue"},
			// a person's party or spokesman is not the person; a person's
			// statement is
			{"Mayor Ines Tovar's party said on Friday that her health was “stable”.",
				"stable|Mayor Ines Tovar's party|Mayor Ines Tovar's party|head-cue"},
		}},
		{"12 wire and US source patterns", []row{
			{"Lena Fischer, Daily Courier: “The count is not over.”",
				"The count is not over.|Lena Fischer|Lena Fischer|colon"},
			{"Jean Lambert, 58, a dairy farmer from Liège: “I lose money on every litre.”",
				"I lose money on every litre.|Jean Lambert|Jean Lambert|colon"},
			{"The vote was close.\n\nSen. Peter Walsh: “The stakes are too high.”",
				"The stakes are too high.|Peter Walsh|Peter Walsh|colon"},
			{"Rep. Ana Ruiz (D-Texas), the first to break ranks, said she hoped others would “join me.”",
				"join me.|Ana Ruiz|Ana Ruiz|head-cue"},
			{"An aide said donors were “reassured.” Another staffer described the mood as “grim but determined.”",
				"reassured.|an aide|An aide|head-cue\ngrim but determined.|Another staffer|Another staffer|head-cue"},
			{"“The numbers are terrible,” the campaign manager said.",
				"The numbers are terrible,|the campaign manager|the campaign manager|tail-cue"},
			{"“People are exhausted,” said Hana Ito, a psychologist in Osaka.",
				"People are exhausted,|Hana Ito|Hana Ito|tail-cue"},
		}},
		{"transcripts and dashes", []row{
			{"Partial transcript:\n\n“KELLER: Will you run?”\n\n“ADEYEMI: Not this year.”",
				"KELLER: Will you run?|KELLER|KELLER|transcript\nADEYEMI: Not this year.|ADEYEMI|ADEYEMI|transcript"},
			{"“Nobody here believes the promises any more.” ― Carla Ruiz",
				"Nobody here believes the promises any more.|Carla Ruiz|Carla Ruiz|dash"},
		}},
		{"titles and notes in marks", []row{
			// a section heading in marks is a title, not a quote
			{"“The mine will reopen,” Ada Park said.\n\n'Coal Is Not the Villain.'\n\nThe rain had stopped.",
				"The mine will reopen,|Ada Park|Ada Park|tail-cue"},
			// a bracketed note of a transcript is nobody's words
			{"“We will win,” Ada Park said. “(CROSSTALK.)” “Let me finish,” she said.",
				"We will win,|Ada Park|Ada Park|tail-cue\nLet me finish,|Ada Park|she|tail-cue+pronoun-salience"},
		}},
		{"13 quotation marks", []row{
			{"He left.\n\n\"We will rebuild,\" Mayor Ivo Petrov said at the hall, where Ana Ruiz also spoke. \"Every house.\"",
				"We will rebuild,|Ivo Petrov|Ivo Petrov|tail-cue\nEvery house.|Ivo Petrov|Ivo Petrov|chain"},
			{"''We will rebuild,'' Mayor Ivo Petrov said.",
				"We will rebuild,|Ivo Petrov|Ivo Petrov|tail-cue"},
			{"``We will rebuild,'' Mayor Ivo Petrov said.",
				"We will rebuild,|Ivo Petrov|Ivo Petrov|tail-cue"},
			{"The quote ''ends,'' said Ivo Petrov, ''where it should.''",
				"ends,|Ivo Petrov|Ivo Petrov|tail-cue\nwhere it should.|Ivo Petrov|Ivo Petrov|sentence"},
		}},
		{"15 places after in or at are no subjects; a participle's phrase stays with an unnamed source", []row{
			{"Union delegates gathering in the coastal city on Friday pledged to keep the strike going \"until every depot is covered,\" but set no date.",
				"until every depot is covered,|Union delegates gathering in the coastal city|Union delegates gathering in the coastal city|head-cue"},
			{"EU ministers at the Danish resort warned that the deal was \"far from certain\" for now.",
				"far from certain|EU ministers|EU ministers|head-cue"},
		}},
		{"16 an unnamed party inside a report", []row{
			{"In its note, the Chilean Foreign Ministry said the two delegations had pledged to \"keep the border open to trade.\"",
				"keep the border open to trade.|the Chilean Foreign Ministry|the Chilean Foreign Ministry|head-cue"},
			// a role is a speaker of its own
			{"Mayor Ivo Petrov said the spokesman had promised to \"fix every road by May.\"",
				"fix every road by May.|the spokesman|the spokesman|head-cue"},
		}},
		{"17 a name, an age and a relative clause", []row{
			// the subject is the name before the age, not a place in the clause
			{"Fishermen gathered at the pier. Tomas Weberling, 61, who repairs boats on Pier Road, said the plan would \"ruin the harbour.\" His shop opened in 1990.",
				"ruin the harbour.|Tomas Weberling|Tomas Weberling|head-cue"},
			{"Fishermen gathered at the pier. Tomas Weberling, who repairs boats on Pier Road, said the plan would \"ruin the harbour.\" His shop opened in 1990.",
				"ruin the harbour.|Tomas Weberling|Tomas Weberling|head-cue"},
		}},
		{"18 a description with an of-phrase named next", []row{
			{"The head of the UN refugee agency said on Monday that the camps were \"overwhelmed,\" but that help was coming.\n\nFilippo Verdi, the director general of the UN refugee agency, met officials in Amman.",
				"overwhelmed,|Filippo Verdi|The head of the UN refugee agency|head-cue+description-forward"},
			// a person whose role does not fit the head is not the referent
			{"The head of the UN refugee agency said on Monday that the camps were \"overwhelmed,\" but that help was coming.\n\nFilippo Verdi, a fisherman, met officials in Amman.",
				"overwhelmed,|The head of the UN refugee agency|The head of the UN refugee agency|head-cue"},
		}},
		{"19 plural demonyms are no persons", []row{
			{"The envoy was more cautious. Narek Avetisyan visited several dozen Armenians, including students, still detained. \"We will bring them back,\" he said.",
				"We will bring them back,|Narek Avetisyan|he|tail-cue+pronoun-salience"},
		}},
		{"14 speakers by their fullest name", []row{
			// a private person named in full once, then by surname
			{"Marisol Okafor, who runs a bakery on the square, said trade had halved. “We cannot pay the rent,” Okafor said.",
				"We cannot pay the rent,|Marisol Okafor|Okafor|tail-cue"},
			// a title before the surname is no first name
			{"Mayor Okafor opened the hall. “We cannot pay the rent,” Okafor said.",
				"We cannot pay the rent,|Okafor|Okafor|tail-cue"},
			// a leader named by the first word of his name
			{"President Omar Bashiri wrote to the council on Monday. “The siege is over,” Omar told reporters.",
				"The siege is over,|Omar Bashiri|Omar|tail-cue"},
		}},
	}
	for _, c := range classes {
		for i, r := range c.rows {
			t.Run(fmt.Sprintf("%s/%d", c.name, i), func(t *testing.T) {
				var got []string
				for _, a := range p.Annotate(corpus.Document{ID: "t", Text: r.text}) {
					got = append(got, quoteClassRow(r.text, a))
				}
				if g := strings.Join(got, "\n"); g != r.want {
					t.Errorf("%s\n got %q\nwant %q", r.text, g, r.want)
				}
			})
		}
	}
}

// TestToldAudience: the cue "told" is written with its audience, the
// object phrase whose head names one, except a person, a pronoun or a
// country told something; the subject of the reported clause is no part
// of it.
func TestToldAudience(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	for _, c := range []struct{ text, cue string }{
		{`"We will rebuild the school," Mayor Ivo Petrov told parishioners on Sunday.`, "told parishioners"},
		{`"We will rebuild the school," Mayor Ivo Petrov told state television.`, "told state television"},
		{`"We will rebuild the school," Mayor Ivo Petrov told the City Council.`, "told the City Council"},
		{`"We will rebuild the school," Mayor Ivo Petrov told Channel Nine.`, "told Channel Nine"},
		{`Mayor Ivo Petrov told Poland that it would get "every cent back."`, "told"},
		{`"We will rebuild the school," Mayor Ivo Petrov told Ana Ruiz.`, "told"},
		{`"We will rebuild the school," Mayor Ivo Petrov told them.`, "told"},
		{`"We will rebuild the school," Mayor Ivo Petrov told the regional planning forum on Friday.`, "told the regional planning forum"},
		{`"We will rebuild the school," Mayor Ivo Petrov told Slovak radio the next morning.`, "told Slovak radio"},
		{`"We will rebuild the school," Mayor Ivo Petrov told the broadcaster TVN on Friday.`, "told the broadcaster TVN"},
		{`"We will rebuild the school," Mayor Ivo Petrov told state broadcaster TVN.`, "told state broadcaster TVN"},
		{`"We will rebuild the school," Mayor Ivo Petrov told an outdoor news conference late Friday.`, "told an outdoor news conference"},
		{`"We will rebuild the school," Mayor Ivo Petrov told his weekly press briefing.`, "told his weekly press briefing"},
		{`"We will rebuild the school," Mayor Ivo Petrov told hundreds of angry parents.`, "told hundreds of angry parents"},
		{`"We will rebuild the school," Mayor Ivo Petrov told the town's council.`, "told the town's council"},
		{`"We will rebuild the school," Mayor Ivo Petrov told the Chamber of Deputies.`, "told the Chamber of Deputies"},
		{`"We will rebuild the school," Mayor Ivo Petrov told MPs.`, "told MPs"},
		{`Mayor Ivo Petrov told local radio the new budget would "cover every school."`, "told local radio"},
		{`Mayor Ivo Petrov told the teachers parents would "pay nothing."`, "told the teachers"},
		{`Mayor Ivo Petrov told the BBC Poland would "pay every cent."`, "told the BBC"},
		{`Mayor Ivo Petrov told the bishop the town would "pay every cent."`, "told"},
		{`"We will rebuild the school," Mayor Ivo Petrov told the ZNP leader at the gate.`, "told"},
		{`Mayor Ivo Petrov told a weekly briefing, "We will pay."`, "told a weekly briefing"},
		{`"We will rebuild the school," Mayor Ivo Petrov told a veterans forum.`, "told a veterans forum"},
	} {
		var got []string
		for _, a := range p.Annotate(corpus.Document{ID: "t", Text: c.text}) {
			if a.Type == corpus.Quote {
				got = append(got, a.Cue)
			}
		}
		if len(got) != 1 || got[0] != c.cue {
			t.Errorf("%s\n got cues %q, want %q", c.text, got, c.cue)
		}
	}
}
