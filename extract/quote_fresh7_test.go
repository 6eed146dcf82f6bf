package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestQuoteFresh7Speakers covers the classes of wrong speakers found on
// the code-blind sets of the fifth session (heldout6, dev14, dev15),
// each on sentences of our own making, with the pass and resolution
// that must fire. Only the quotes whose row is listed are checked.
func TestQuoteFresh7Speakers(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []struct {
		name, text string
		want       []string // text|speaker|cue|mention|rule
	}{
		{"a trade of two words before a private person after an introductory phrase",
			"Premier Ana Costa said more help would follow.\n\nAt Dorrow, dairy farmer Lena Voss, 51, said soldiers had cleared her road. “We were just glad to see them,” she said.",
			[]string{"We were just glad to see them,|Lena Voss|said|she|tail-cue+pronoun-salience"}},
		{"a bare trade noun before a private person",
			"The press secretary, Tom Berry, said the mayor had decided. “He thinks the panel did well,” Berry said.\n\nAt a diner outside the main gate, owner Frank Delano, 63, said half his customers wore uniforms. “If the base goes, I go,” he said. “Those men are my lunch trade.”",
			[]string{"He thinks the panel did well,|Tom Berry|said|Berry|tail-cue",
				"If the base goes, I go,|Frank Delano|said|he|tail-cue+pronoun-salience",
				"Those men are my lunch trade.|Frank Delano|said|he|chain+pronoun-salience"}},
		{"a one-word name with an age is a private antecedent",
			"Mayor Hidayat asked residents to return home. “The water will not come again,” Hidayat said.\n\nIn the Petobo district, where the ground gave way, Santoso, 45, a fisherman, searched for his brother. “I have looked every day since Saturday,” he said. “There is only mud.”",
			[]string{"The water will not come again,|Hidayat|said|Hidayat|tail-cue",
				"I have looked every day since Saturday,|Santoso|said|he|tail-cue+pronoun-private",
				"There is only mud.|Santoso|said|he|chain+pronoun-private"}},
		{"a description with a private person in apposition, past a second apposition",
			"Tomas Brandt, the incoming minister, signed for the government. “This is the end of the war,” Mr. Brandt said.\n\nThe rebels' military commander, Israel Ortiz, known by his nom de guerre Comandante Rayo, insisted that his men were not surrendering. “We are handing our rifles to the United Nations,” he said.",
			[]string{"This is the end of the war,|Tomas Brandt|said|Brandt|tail-cue",
				"We are handing our rifles to the United Nations,|Israel Ortiz|said|he|tail-cue+pronoun-description"}},
		{"an opening participial phrase is no subject of a coordinated cue",
			"Meeting in Lisbon with Vice President Tom Hale, foreign ministers of the 12-nation Porto Group said they would tighten pressure but insisted any transition must be “peaceful” and led by locals.\n\nThe presiding judge, Omar Nasser, gave a life sentence to the former minister. Reading the verdict, the judge described the era as “years of darkness” and said the uprising had been carried out by “young people who wanted freedom”.",
			[]string{"peaceful|foreign ministers of the 12-nation Porto Group|insisted|foreign ministers of the 12-nation Porto Group|head-cue",
				"years of darkness|Omar Nasser|described|the judge|head-cue+description",
				"young people who wanted freedom|Omar Nasser|described|the judge|head-cue+description"}},
		{"a participle after a subordinate clause takes that clause's subject",
			"Northern troops pressed toward the port on Thursday as President Ali Rahman rejected a call for a ceasefire, saying the war would end only when “the rebels lay down their arms.”",
			[]string{"the rebels lay down their arms.|Ali Rahman|saying|Ali Rahman|participle"}},
		{"a cue word opening a subject phrase is its modifier; a naming cue with a complement closes no quote",
			"Minister Tom Hale said the base would close. State television said he suffered a “health crisis” on the way, a report his lawyer, Farid Nour, called exaggerated.",
			[]string{"health crisis|State television|said|State television|head-cue"}},
		{"called up is no cue",
			"Minister Tom Hale told reporters that 214 soldiers had died. Hale added that two thousand reservists called up in the north would be sent to the front “within days.”",
			[]string{"within days.|Tom Hale|added|Hale|head-cue"}},
		{"a new coordinated clause with its own report closes no quote",
			"The foreign ministry spokesman, Ramin Pourdad, called the deployment “unacceptable”, and the UN secretary general, Tomas Hale, said he was deeply concerned.",
			[]string{"unacceptable|Ramin Pourdad|called|Ramin Pourdad|head-cue"}},
		{"chanted is a cue; a place phrase after a participle holds no subject",
			"Crowds gathered in the square on Saturday. “The people want to purge the courts,” protesters chanted.\n\nProtesters marching through the streets chanted “Who pays?” and kept going until 2 a.m.",
			[]string{"The people want to purge the courts,|protesters|chanted|protesters|tail-cue",
				"Who pays?|Protesters|chanted|Protesters|head-cue"}},
		{"capitalised one- and two-word labels after the, for or against are names",
			"With 90 percent of stations counted, the “No” campaign had 54.7 percent of the vote against 43 percent for “Yes,” Interior Undersecretary Tomas Ruiz told state television.\n\nAna Lopez, who speaks for the coalition behind the “No,” appealed for calm. “We have won,” she said. The minister said “No” to the offer.",
			[]string{"We have won,|Ana Lopez|said|she|tail-cue+pronoun-salience",
				"No|Ana Lopez|said|The minister|head-cue+description"}},
		{"the subject of a naming cue right before the quote said it, whatever follows",
			"At the United Nations, Secretary General Tomas Brandt called the accord “a decisive step toward a lasting peace,” according to a spokesman.\n\nThe new unit, which Secretary General Anders Holm called a “spearhead” within the existing force, will number up to 5,000 troops, diplomats said.\n\nPresident Ana Ruiz ordered 3,200 troops to the border in what the White House called ``an emergency readiness exercise,'' a day after the government reported that soldiers had crossed its border.",
			[]string{"a decisive step toward a lasting peace,|Tomas Brandt|called|Tomas Brandt|head-cue",
				"spearhead|Anders Holm|called|Anders Holm|head-cue",
				"an emergency readiness exercise,|the White House|called|the White House|head-cue"}},
		{"a subject that is the tail of a longer roster name is that name",
			"Brazilian President Luiz Inácio Lula da Silva warned last week that the region did not need “confusion”.",
			[]string{"confusion|Luiz Inácio Lula da Silva|warned|Luiz Inácio Lula da Silva|head-cue"}},
		{"a name with its state after of is the person",
			"Defense Secretary William Perry told reporters that the round would cut 19,000 jobs.\n\nGov. Pete Wilson of California, who is seeking the Republican presidential nomination, said the administration had “done the minimum” for Sacramento.",
			[]string{"done the minimum|Pete Wilson|said|Pete Wilson|head-cue"}},
		{"a coordinated cue after adverbials set off by commas; no reported it",
			"Speaking in Hatay, near the epicentre, on Wednesday, the Turkish president said it was “not possible to be prepared for a disaster of this scale” and promised that no citizen would be “left on the street”.",
			[]string{"not possible to be prepared for a disaster of this scale|the Turkish president|said|the Turkish president|head-cue",
				"left on the street|the Turkish president|promised|the Turkish president|head-cue"}},
		{"a party-state tag in parentheses ends no sentence",
			"Conservative Republicans remain opposed. Senator Ana Ruiz (R-N.C.) called the agreement “a dangerous illusion,” and said she would seek to delay ratification.",
			[]string{"a dangerous illusion,|Ana Ruiz|called|Ana Ruiz|head-cue"}},
		{"a person in apposition after the Rev. and a country's description",
			"Nicaragua's foreign minister, the Rev. Miguel d'Alvaro, denied that any unit had crossed and called the deployment ``a dangerous provocation.''",
			[]string{"a dangerous provocation.|Miguel d'Alvaro|called|Miguel d'Alvaro|head-cue"}}, // an official since officials8 (guide 21t)
		{"an envoy to a country; a new untitled person opening the next sentence with a speech verb",
			"Qatar's ambassador to Norway said the troops would be welcomed as “brothers”. Salem Khalid Al Nuaimi told a news agency that the two countries shared “one destiny”.",
			[]string{"brothers|Salem Khalid Al Nuaimi|said|Qatar's ambassador to Norway|head-cue+description-forward",
				"one destiny|Salem Khalid Al Nuaimi|told|Salem Khalid Al Nuaimi|head-cue"}},
		{"a name and a colon opening a headline introduce its quote",
			"Lund: British troops ‘will not be drawn into civil war’\n\nParatroopers to stay in Freetown into June\n\nBritain's 800 paratroopers will not be drawn into the civil war, Defence Secretary Erik Lund said yesterday.",
			[]string{"will not be drawn into civil war|Erik Lund||Lund|colon"}},
		{"he or she with no antecedent before takes the description opening its own sentence, resolved forward",
			"WINDHOEK, Namibia (AP) _ The top United Nations official in Namibia has allowed South African troops to leave their bases, a decision he called ``deeply painful'' but unavoidable.\n\nMarti Ahtinen, the U.N. special representative for Namibia, gave his approval late Saturday.",
			[]string{"deeply painful|Marti Ahtinen|called|he|head-cue+pronoun-description"}},
		{"she with no antecedent before takes the description opening its own sentence",
			"But the acting homeland security secretary set off a storm of criticism on Thursday when she called the federal response “a good news story.” Elena Dukes, who toured San Juan on Friday, said later that she had meant the lives saved.",
			[]string{"a good news story.|Elena Dukes|called|she|head-cue+pronoun-description"}},
		{"capitalised subjects keep and, of, hyphenated adjectives; what and time phrases are no subject",
			"The state-run Daily Herald warned that the drills were “a serious provocation.” The AU's Peace and Security Council said the mission would be “reviewed in full”. The leaders of North and South Korea pledged to work toward “complete denuclearisation”. Missiles struck the city in what U.S. officials called “a decapitation strike” on the leadership.\n\nPresident Ana Ruiz told parliament the offensive would go on “until the last rebel is out,” a day after the military said it had taken the town.",
			[]string{"a serious provocation.|The state-run Daily Herald|warned|The state-run Daily Herald|head-cue",
				"reviewed in full|The AU's Peace and Security Council|said|The AU's Peace and Security Council|head-cue",
				"complete denuclearisation|The leaders of North and South Korea|pledged|The leaders of North and South Korea|head-cue",
				"a decapitation strike|U.S. officials|called|U.S. officials|head-cue",
				"until the last rebel is out,|Ana Ruiz|told parliament|Ana Ruiz|head-cue"}},
		{"a body inside a that-clause past an adverbial is the reporter's (rule 42)",
			"Jens Stoltberg, NATO's secretary general, said in Brussels that the alliance would agree “the biggest reinforcement of our defence in a generation.”\n\nThe defence minister, Mosiuoa Lekoto, said on Tuesday that about 150 personnel were now working in Mozambique, and that the air force would add four more helicopters “as soon as they can be made ready”.",
			[]string{"the biggest reinforcement of our defence in a generation.|Jens Stoltberg|said|Jens Stoltberg|head-cue",
				"as soon as they can be made ready|Mosiuoa Lekoto|said|Mosiuoa Lekoto|head-cue"}},
		{"he or she opening a reported clause yields to the reporter (rule 42)",
			"Traci Parks, a council member, said she supported it but wanted answers.\n\nAsked about Parks, the mayor said she welcomed “every hard question” and would publish a review. Mayor Karen Bassett, who was in Ghana, has faced criticism.",
			[]string{"every hard question|Karen Bassett|said|the mayor|head-cue+description-forward"}},
		{"a relative clause with who shows a private person",
			"In Laredo, Dale Prescott, who runs a trucking company, said he had not been told anything. “If they close lanes, I lose money by the hour,” he said.\n\nMarisol Vegas, who studies migration at the Rio Grande Policy Center in El Paso, said most caravan members planned to ask for asylum. “This is a humanitarian problem, not a military one,” she said.",
			[]string{"If they close lanes, I lose money by the hour,|Dale Prescott|said|he|tail-cue+pronoun-salience",
				"This is a humanitarian problem, not a military one,|Marisol Vegas|said|she|tail-cue+pronoun-private"}},
		{"the possessor of a noun of speech opening the sentence is as salient as a subject",
			"Ministers sat with Secretary Warren Christman and the chief negotiator, Richard Hollbrook.\n\n“The parties have come a long way,” Christman said in his opening remarks.\n\nHollbrook's comments to reporters afterwards were more guarded. He said the negotiators expected “very tough days” and refused to set a deadline.",
			[]string{"The parties have come a long way,|Warren Christman|said|Christman|tail-cue",
				"very tough days|Richard Hollbrook|said|He|head-cue+pronoun-salience"}},
		{"a party-state tag before an apposition with one of",
			"In Congress, criticism came from both parties. Sen. Lindsey Grahams, R-S.C., one of the president's closest allies, said the withdrawal was “a disaster in the making” and promised sanctions.",
			[]string{"a disaster in the making|Lindsey Grahams|said|Lindsey Grahams|head-cue"}},
		{"a possessive determiner phrase inside a report is the reporter's",
			"President Guillermo Endaro said his government would ask for the general's extradition “as soon as the law allows.”",
			[]string{"as soon as the law allows.|Guillermo Endaro|said|Guillermo Endaro|head-cue"}},
		{"a subordinate clause's subject inside a phrase set off by commas is not salient",
			"“We felt that the front should go in,” Herman Cohn told a news conference.\n\nThe government delegation, led by Prime Minister Tesfaye Dinka, walked out in protest. Tesfaye told reporters the Americans had handed the country to the rebels. “This is not mediation, it is surrender,” he said.\n\nCohn, speaking after Tesfaye had left, rejected the charge. He said Washington had acted only after the authorities lost control of the army, saying “there was simply nobody left to negotiate with.”",
			[]string{"We felt that the front should go in,|Herman Cohn|told a news conference|Herman Cohn|tail-cue",
				"This is not mediation, it is surrender,|Tesfaye Dinka|said|he|tail-cue+pronoun-salience",
				"there was simply nobody left to negotiate with.|Herman Cohn|saying|He|participle+pronoun-salience"}},
		{"a reported-speech sentence whose subject stands before a relative clause",
			"Conditions in shelters were “precarious,” according to the U.N. refugee agency.\n\nKetevan Berishvili, who runs a shelter for displaced families in a Tbilisi school, described the mood among the new arrivals. “People are exhausted and frightened. Many of them left with only what they were wearing.”",
			[]string{"precarious,|the U.N. refugee agency|according to|the U.N. refugee agency|tail-cue",
				"People are exhausted and frightened. Many of them left with only what they were wearing.|Ketevan Berishvili|described|Ketevan Berishvili|reported-speech"}},
		{"he or she after a description that took up an unnamed source",
			"``We are being asked to stand by,'' said a U.N. officer in Kigali, who spoke on condition of anonymity.\n\nThe officer said the peacekeepers had been reduced to ferrying the wounded. Most of the men who remain are Ghanaians, he said, ``and they will stay as long as they are ordered to.''",
			[]string{"We are being asked to stand by,|a U.N. officer in Kigali|said|a U.N. officer in Kigali|tail-cue",
				"and they will stay as long as they are ordered to.|a U.N. officer in Kigali|said|he|head-cue+pronoun-description"}},
		{"he continuing an unnamed official's quote (the head as written: official, not officials)",
			"President Andres Lopez said he would not “fight fire with fire”.\n\nA federal security official, who was not authorized to speak publicly, said the units had not coordinated. “They went in with a warrant and a map,” the official said. He added that the cartel had been able to mobilize “hundreds” of armed men within an hour.",
			[]string{"fight fire with fire|Andres Lopez|said|Andres Lopez|head-cue",
				"They went in with a warrant and a map,|a federal security official|said|the official|tail-cue+description",
				"hundreds|a federal security official|added|He|head-cue+pronoun-chain"}},
		{"a body named in apposition to a country's description",
			"North Korea’s state news agency, KCNA, said on Saturday that the talks had opened “a new chapter” in relations.",
			[]string{"a new chapter|KCNA|said|KCNA|head-cue"}},
		{"a placed description yields from a titled person whose roles name no place to an untitled one the gazetteer places",
			"President Reagan and Mikhail S. Gorbachev signed a treaty today. The two leaders put their names to the document in the East Room. “We can only hope that this agreement will not be an end in itself,” Mr. Reagan said, “but the beginning of a working relationship.”\n\nThe Soviet leader, who arrived on Monday, replied that the treaty “offers a big chance at last.”",
			[]string{"We can only hope that this agreement will not be an end in itself,|Reagan|said|Reagan|tail-cue",
				"but the beginning of a working relationship.|Reagan|said|Reagan|head-cue",
				"offers a big chance at last.|Mikhail S. Gorbachev|replied|The Soviet leader|head-cue+description"}},
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
