package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// titleChoiceCase is one text of TestTitleChoice and the titles it must give:
// by a person's name (the annotation's name attribute), the title, or
// "-" when the person must not be an OFFICIAL at all.
type titleChoiceCase struct {
	name, text string
	want       map[string]string
}

// TestTitleChoice is the generality table of issue 15's title model:
// varied news shapes written for it (not taken from any development set),
// one person's title per entry, over countries, bodies and ranks. Each
// case names the preference of title_choice.go it exercises.
func TestTitleChoice(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []titleChoiceCase{
		{"pre-name title", "Japanese Prime Minister Fumio Kishida arrived in Canberra on Tuesday.",
			map[string]string{"Fumio Kishida": "Japanese Prime Minister"}},
		{"apposition before with a place owner", "Kenya's interior minister, Kithure Kindiki, said the curfew would hold.",
			map[string]string{"Kithure Kindiki": "Kenya's interior minister"}},
		{"apposition after", "Sergio Mattarella, the Italian president, signed the decree on Friday.",
			map[string]string{"Sergio Mattarella": "Italian president"}},
		{"role after beats rank", "Gen. Charles Brown, the chairman of the Joint Chiefs of Staff, told senators the plan was sound.",
			map[string]string{"Charles Brown": "chairman of the Joint Chiefs of Staff"}},
		{"role after an of-place beats rank", "Lt. Gen. Ana Ruiz of Spain, the commander of the EU training mission, arrived in Bamako on Monday.",
			map[string]string{"Ana Ruiz": "commander of the EU training mission"}},
		{"role with a place complement beats rank", "The ceremony was attended by Lt. Gen. Paul Hart, the top commander on Guam. Hart spoke briefly.",
			map[string]string{"Paul Hart": "top commander on Guam"}},
		{"rank alone", "Maj. Gen. Tom Hale toured the base on Monday. Hale said morale was high.",
			map[string]string{"Tom Hale": "Maj. Gen."}},
		{"role before a ranked name", "The order was signed by the head of the navy, Admiral Rui Costa. The admiral said ships would sail.",
			map[string]string{"Rui Costa": "head of the navy"}},
		{"role with an owner's complement before a ranked name", "The plan was drawn up by the chief of Chile's joint staff, Admiral Rosa Vidal, last year.",
			map[string]string{"Rosa Vidal": "chief of Chile's joint staff"}},
		{"role split by the name", "Gov. Jared Polis of Colorado signed the bill on Thursday.",
			map[string]string{"Jared Polis": "Gov. of Colorado"}},
		{"role split by the name, spelt out", "Prime Minister Justin Trudeau of Canada met the king.",
			map[string]string{"Justin Trudeau": "Prime Minister of Canada"}},
		{"description in another paragraph", "Anders Holm spoke to reporters on Monday.\n\nThe Danish defence minister said the frigate would sail.",
			map[string]string{"Anders Holm": "-"}},
		{"description in the same paragraph", "Anders Holm spoke to reporters on Monday. The Danish defence minister said the frigate would sail.",
			map[string]string{"Anders Holm": "Danish defence minister"}},
		{"an aged person takes no description", "Maria Lund, 45, said the soldiers had left. The defence minister said otherwise.",
			map[string]string{"Maria Lund": "-"}},
		{"complement after an apposition", "Melanie Joly, the foreign minister of Canada, said the embassy would reopen.",
			map[string]string{"Melanie Joly": "foreign minister of Canada"}},
		{"no party or native after the role", "Senator Bill Cassidy, a Republican and a Louisiana native, voted against the bill.",
			map[string]string{"Bill Cassidy": "Senator"}},
		{"no noun phrase before the role", "In a letter from the health minister, Dr. Mark Odhiambo, hospitals were told to prepare.",
			map[string]string{"Mark Odhiambo": "health minister"}},
		{"party before Leader", "Social Democratic Party Leader Lars Klein said the vote was a disgrace.",
			map[string]string{"Lars Klein": "Social Democratic Party Leader"}},
		{"person owner dropped, role kept", "Dmitry Peskov, Vladimir Putin's spokesman, told reporters the talks were over.",
			map[string]string{"Dmitry Peskov": "spokesman"}},
		{"relation alone", "Her Polish counterpart, Radoslaw Sikorski, said the border would stay open.",
			map[string]string{"Radoslaw Sikorski": "Polish counterpart"}},
		{"role beats relation", "Her Polish counterpart, Radoslaw Sikorski, agreed. Sikorski, the foreign minister, said the border would stay open.",
			map[string]string{"Radoslaw Sikorski": "foreign minister"}},
		{"current beats former", "Mark Rutte, NATO's secretary general, arrived. Rutte, a former Dutch prime minister, said the alliance was united.",
			map[string]string{"Mark Rutte": "NATO's secretary general"}},
		{"now states the office held", "Former President Ana Ruiz, now a senator, voted against the plan.",
			map[string]string{"Ana Ruiz": "senator"}},
		{"appointment beats former", "Tokayev named Alikhan Smailov as prime minister on Tuesday. Smailov, a former finance minister, thanked him.",
			map[string]string{"Alikhan Smailov": "prime minister"}},
		{"sworn in", "Marta Ruiz was sworn in as defence minister on Monday.",
			map[string]string{"Marta Ruiz": "defence minister"}},
		{"then dropped", "The deal was signed by the then German Chancellor Angela Merkel in 2015.",
			map[string]string{"Angela Merkel": "German Chancellor"}},
		{"coordinated plural", "Foreign Ministers Annalena Baerbock and Catherine Colonna met in Paris.",
			map[string]string{"Annalena Baerbock": "Foreign Ministers", "Catherine Colonna": "Foreign Ministers"}},
		{"body owner beats rank", "Col. Assimi Goita, the junta's leader, addressed the nation.",
			map[string]string{"Assimi Goita": "junta's leader"}},
		{"numbered unit", "Brigadier Tom Reeve, the commander of the 4th Mechanised Brigade, said the drills were over.",
			map[string]string{"Tom Reeve": "commander of the 4th Mechanised Brigade"}},
		{"participle is no title", "President Alvaro Uribe, speaking to reporters in Bogota, said the rebels were weak.",
			map[string]string{"Alvaro Uribe": "President"}},
		{"acting kept", "The country's acting president, Lina Sosa, met the envoys.",
			map[string]string{"Lina Sosa": "country's acting president"}},
		{"role first, named in the next paragraph", "Kyiv\n\nUkraine's deputy intelligence chief said the attack was repelled.\n\nVadym Skibitsky added that the drones were Iranian.",
			map[string]string{"Vadym Skibitsky": "Ukraine's deputy intelligence chief"}},
		{"apposition with a committee", "Rep. Adam Schiff, the top Democrat on the House Intelligence Committee, said the report was late.",
			map[string]string{"Adam Schiff": "top Democrat on the House Intelligence Committee"}},
		{"body before a role", "Pentagon spokesman John Kirby told reporters the ships had left.",
			map[string]string{"John Kirby": "Pentagon spokesman"}},
		{"role with a complement before the name", "Secretary of State Antony Blinken landed in Riyadh. Blinken said little.",
			map[string]string{"Antony Blinken": "Secretary of State"}},
		{"abbreviated body", "UN Secretary-General Antonio Guterres called for a ceasefire.",
			map[string]string{"Antonio Guterres": "UN Secretary-General"}},
		{"ambassador with a to-complement", "Ghana's ambassador to the United Nations, Harold Agyeman, told the council the region was at risk.",
			map[string]string{"Harold Agyeman": "Ghana's ambassador to the United Nations"}},
		{"multi-word rank then role", "Air Chief Marshal Sir Stuart Peach, the chief of the defence staff, said the jets were ready.",
			map[string]string{"Stuart Peach": "chief of the defence staff"}},
		{"multi-word rank alone", "Air Chief Marshal Ian Hale visited the base on Friday.",
			map[string]string{"Ian Hale": "Air Chief Marshal"}},
		{"rank then owned role", "General Valery Gerasimov, Russia's chief of the general staff, was not seen.",
			map[string]string{"Valery Gerasimov": "Russia's chief of the general staff"}},
		{"company role", "Boeing spokesman Tom Reed said the jets would be delivered.",
			map[string]string{"Tom Reed": "-"}},
		{"private apposition", "Jana Horak, a resident of the town, said the shelling had stopped.",
			map[string]string{"Jana Horak": "-"}},
		{"mayor of a city", "The mayor of Kharkiv, Ihor Terekhov, said the city was shelled overnight.",
			map[string]string{"Ihor Terekhov": "mayor of Kharkiv"}},
		{"a later description does not replace a title", "Interior Minister Gerald Darmanin visited Nice. The interior minister later said the police would stay.",
			map[string]string{"Gerald Darmanin": "Interior Minister"}},
		{"fullest wins", "Ambassador Koji Tomita spoke first. Japan's ambassador to Seoul, Koji Tomita, said the talks had gone well.",
			map[string]string{"Koji Tomita": "Japan's ambassador to Seoul"}},
		{"two appositions in one sentence", "Hungary's prime minister, Viktor Orban, and his foreign minister, Peter Szijjarto, flew to Moscow.",
			map[string]string{"Viktor Orban": "Hungary's prime minister", "Peter Szijjarto": "foreign minister"}},
		{"a ministry's spokesperson", "Chinese Foreign Ministry spokesperson Mao Ning said Beijing was concerned.",
			map[string]string{"Mao Ning": "Chinese Foreign Ministry spokesperson"}},
		{"senior senator", "Sen. Mark Kelly, Arizona's senior senator, said the base would stay open.",
			map[string]string{"Mark Kelly": "Arizona's senior senator"}},
		{"owned role before a ranked name", "Niger's military ruler, Gen. Abdourahamane Tiani, said the French must leave.",
			map[string]string{"Abdourahamane Tiani": "Niger's military ruler"}},
		{"a relative clause is no apposition", "Gen. Tom Hale, who commands the brigade, said the roads were mined.",
			map[string]string{"Tom Hale": "Gen."}},
		{"a rank, then a role stated later by description", "Gen. Tom Hale arrived in Kabul on Monday. The top American commander in Afghanistan said the talks would go on.",
			map[string]string{"Tom Hale": "top American commander in Afghanistan"}},
		{"a description after a verb of asking is a subject", "When asked about Karel Novak, the prime minister said the case was closed.",
			map[string]string{"Karel Novak": "-"}},
		{"two officials, one described", "Emmanuel Macron and Olaf Scholz met in Berlin. The French president said Europe must act.",
			map[string]string{"Emmanuel Macron": "French president", "Olaf Scholz": ""}},
		{"a verb closes the apposition", "Yulia Svyrydenko, the economy minister, said on Monday that the deal was ready.",
			map[string]string{"Yulia Svyrydenko": "economy minister"}},
		{"a deputy role", "Deputy Foreign Minister Sergei Ryabkov said Moscow would respond.",
			map[string]string{"Sergei Ryabkov": "Deputy Foreign Minister"}},
		{"a capitalised place modifier", "Nevada Governor Joe Lombardo signed the order.",
			map[string]string{"Joe Lombardo": "Nevada Governor"}},
		{"an apposition with a body after of", "Josep Borrell, the European Union's foreign policy chief, urged restraint.",
			map[string]string{"Josep Borrell": "European Union's foreign policy chief"}},
		{"an appointment with ambassador", "Anna Holm was appointed ambassador to France in May.",
			map[string]string{"Anna Holm": "ambassador to France"}},
		{"a role with the name repeated later", "Polish President Andrzej Duda spoke on Tuesday. Duda, who met troops in Rzeszow, said the border was safe.",
			map[string]string{"Andrzej Duda": "Polish President"}},
		{"a home state after a role with a body", "House Speaker Tom Reyes of Ohio said the vote would be held.",
			map[string]string{"Tom Reyes": "House Speaker"}},
		{"a state after a senator", "Sen. Ann Marsh of Idaho voted against it.",
			map[string]string{"Ann Marsh": "Sen. of Idaho"}},
		{"a city after a mayor", "Mayor Lidia Ortiz of Valparaiso said the port was closed.",
			map[string]string{"Lidia Ortiz": "Mayor of Valparaiso"}},
		{"a place after another name is no title's", "Prime Minister Ole Dahl met Anna Berg of Oslo on Monday.",
			map[string]string{"Ole Dahl": "Prime Minister"}},
		{"a time after the role is dropped", "Anna Berg, chairwoman of the Supreme Court since 2019, said the ruling stood.",
			map[string]string{"Anna Berg": "chairwoman of the Supreme Court"}},
		{"a month after the role is dropped", "Lena Voss, the defence minister since May, said the drills would go on.",
			map[string]string{"Lena Voss": "defence minister"}},
		{"an infinitive clause is no title", "Sen. Ann Marsh, the only senator to oppose the bill, spoke last.",
			map[string]string{"Ann Marsh": "Sen."}},
		{"a party role after a public title", "Representative Ann Marsh of Idaho, the national party chairwoman, spoke.",
			map[string]string{"Ann Marsh": "Representative of Idaho"}},
		{"a fuller role after a full title", "Senator Tom Reyes of Ohio, the majority leader, said the vote would be held.",
			map[string]string{"Tom Reyes": "majority leader"}},
		{"a list member's title is not an apposition", "Foreign Minister Ana Ruiz, Defence Minister Karl Holm and other officials arrived.",
			map[string]string{"Ana Ruiz": "Foreign Minister", "Karl Holm": "Defence Minister"}},
		{"a rank's role stated by a description", "Adm. Rui Costa arrived in Lisbon on Monday. The top American commander in Portugal said the ships were ready.",
			map[string]string{"Rui Costa": "top American commander in Portugal"}},
		{"a rank-word description states no role", "Gen. Tom Hale arrived on Monday. The general said the roads were open.",
			map[string]string{"Tom Hale": "Gen."}},
		{"a rank's description in another paragraph", "Gen. Tom Hale arrived on Monday.\n\nThe top American commander in Afghanistan said the talks would go on.",
			map[string]string{"Tom Hale": "Gen."}},
		{"a place after a lower-case word before the head", "Then former Ohio Gov. Tom Reyes said no.",
			map[string]string{"Tom Reyes": "former Ohio Gov."}},
		{"a place after a sentence-opening adverb", "Then Idaho Gov. Ann Marsh said no.",
			map[string]string{"Ann Marsh": "Idaho Gov."}},
		{"an aide's role before a role of its own", "The plan came from a former economic adviser to Vice President Tom Reyes.",
			map[string]string{"Tom Reyes": "Vice President"}},
		{"a spokesman for a mayor", "A spokesman for Mayor Lidia Ortiz of Valparaiso defended the march.",
			map[string]string{"Lidia Ortiz": "Mayor of Valparaiso"}},
		{"an envoy for a place keeps its complement", "Special Envoy for Syria Geir Pedersen met the council.",
			map[string]string{"Geir Pedersen": "Special Envoy for Syria"}},
		{"a capitalised Former opening the sentence", "Former Idaho Sen. Ann Marsh has been aggressive.",
			map[string]string{"Ann Marsh": "Former Idaho Sen."}},
		{"a body matched by its stem is no description", "Critics said the Reyes administration should act. The presidency is weak, they said.",
			map[string]string{"Reyes": "-"}},
		{"a place of two words before the head", "Baton Rouge Mayor Lena Voss said the levees held.",
			map[string]string{"Lena Voss": "Baton Rouge Mayor"}},
		{"a given name and a surname before a head are no place", "Tom Reyes Chief of Staff Ana Ruiz spoke.",
			map[string]string{"Ana Ruiz": "Chief of Staff"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := map[string]string{}
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				if a.Type == corpus.Official {
					got[a.Name] = a.Title
				}
			}
			for name, want := range tc.want {
				g, ok := got[name]
				if !ok {
					g = "-"
				}
				if g != want {
					t.Errorf("%s\n%s: got %q, want %q", tc.text, name, g, want)
				}
			}
		})
	}
}
