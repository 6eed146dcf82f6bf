package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialTitlesFourteen covers the mechanisms behind the largest
// classes of OFFICIAL errors over all testdata sets in the fourteenth
// officials round (docs/accuracy.md, "OFFICIAL errors by mechanism"), on
// sentences of my own.
func TestOfficialTitlesFourteen(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		// an of-phrase head before a title is not part of it (rule 21f)
		{"an office owning a role with a place before it",
			"Calls went to the office of Danish Prime Minister Lene Holm. Holm said nothing.",
			[]string{"Lene Holm=Lene Holm/Danish Prime Minister", "Holm=Lene Holm/Danish Prime Minister"}},
		{"a capitalised government owning a role",
			"He took a seat in the young Government of Prime Minister Lene Holm last May. Holm said nothing.",
			[]string{"Lene Holm=Lene Holm/Prime Minister", "Holm=Lene Holm/Prime Minister"}},
		{"aides before a title with its own complement",
			"Aides to Minister of State Tom Vance said the talks would go on. Vance left.",
			[]string{"Tom Vance=Tom Vance/Minister of State", "Vance=Tom Vance/Minister of State"}},
		{"aides after a dateline's dash",
			"OSLO — Aides to Prime Minister Lene Holm worked through the night. Holm left.",
			[]string{"Lene Holm=Lene Holm/Prime Minister", "Holm=Lene Holm/Prime Minister"}},
		{"a title's own complement stays",
			"Minister of State for Trade Lene Holm arrived. Holm left.",
			[]string{"Lene Holm=Lene Holm/Minister of State for Trade", "Holm=Lene Holm/Minister of State for Trade"}},
		{"a ministry's spokesman keeps the ministry",
			"Ministry of Defence Spokesman Lene Holm declined to comment.",
			[]string{"Lene Holm=Lene Holm/Ministry of Defence Spokesman"}},
		// chiefly styles are honorifics, outside the span (contract §4)
		{"a Fijian chiefly style before the name and before a given name",
			"The Vice-President, Ratu Tevita Nailatikau, said the army had gone too far. \"We will not bow,\" Ratu Tevita said.",
			[]string{"Tevita Nailatikau=Tevita Nailatikau/Vice-President", "Tevita=Tevita Nailatikau/Vice-President"}},
		{"a Malaysian style of two words",
			"Foreign Minister Tan Sri Hamid Osman flew to Jakarta. Hamid left.",
			[]string{"Hamid Osman=Hamid Osman/Foreign Minister", "Hamid=Hamid Osman/Foreign Minister"}},
		// a role after a rank, in appositions of three more shapes (rule 16a:
		// the role beats the rank)
		{"an age between the ranked name and its apposition",
			"The council named General Paul Ardent, 58, the chief of the army's training command, to the post. Ardent starts on Monday.",
			[]string{"Paul Ardent=Paul Ardent/chief of the army's training command", "Ardent=Paul Ardent/chief of the army's training command"}},
		{"an age before a private apposition leaves a private person",
			"Anna Berg, 45, a retired teacher, said the water was rising.",
			nil},
		{"a body's acronym in brackets ends the apposition",
			"Brig. Gen. Omar Sadiq, the director general of Joint Services Information (JSI), said the frontier was quiet. Sadiq left.",
			[]string{"Omar Sadiq=Omar Sadiq/director general of Joint Services Information", "Sadiq=Omar Sadiq/director general of Joint Services Information"}},
		{"a relation coordinated after the role ends it",
			"The guard is led by Gen. Tomas Rivas, the interior minister and brother of the President, Luis Rivas. Tomas Rivas spoke first.",
			[]string{"Tomas Rivas=Tomas Rivas/interior minister", "Luis Rivas=Luis Rivas/President", "Tomas Rivas=Tomas Rivas/interior minister"}},
		// a unit or party before a public head stays in a title written
		// before the name, as in an apposition (rule 21g)
		{"a party no list knows before a lawmaker",
			"Kadima lawmaker Ronit Tal voted against the bill. Tal left.",
			[]string{"Ronit Tal=Ronit Tal/Kadima lawmaker", "Tal=Ronit Tal/Kadima lawmaker"}},
		{"a force noun before a commander, before a rank",
			"Dutch contingent commander Colonel Pieter Vos met the elders. Vos left.",
			[]string{"Pieter Vos=Pieter Vos/Dutch contingent commander", "Vos=Pieter Vos/Dutch contingent commander"}},
		{"a faith before the head is no unit of the role",
			"Voters chose the city's first Muslim mayor Karim Nadir. Nadir thanked them.",
			[]string{"Karim Nadir=Karim Nadir/mayor", "Nadir=Karim Nadir/mayor"}},
		// appositions after the name that were not read
		{"a body's name holding a word that may be a verb",
			"Abroad, Lena Vargas, the deputy secretary general of the Union of South American States, called it a coup. Vargas left.",
			[]string{"Lena Vargas=Lena Vargas/deputy secretary general of the Union of South American States", "Vargas=Lena Vargas/deputy secretary general of the Union of South American States"}},
		{"a parliamentary seat named by its constituency",
			"\"It is time,\" said Alan Pike, the Liberal member for Kenora-Rainy River, \"to vote.\" Pike sat down.",
			[]string{"Alan Pike=Alan Pike/Liberal member for Kenora-Rainy River", "Pike=Alan Pike/Liberal member for Kenora-Rainy River"}},
		{"a member for life holds no seat",
			"Alan Pike, the honorary member for life, said the club would close.",
			nil},
		{"'and himself' ends the apposition",
			"Ari Lev, the Interior Minister and himself an ex-general, told reporters the pull-out would end soon.",
			[]string{"Ari Lev=Ari Lev/Interior Minister"}},
		// an appointment read past an indefinite apposition (rule 21i)
		{"an appointment past an indefinite apposition after the name",
			"The council named Dr Ana Sola, a retired army surgeon, as interim president. Dr Sola took the oath.",
			[]string{"Ana Sola=Ana Sola/interim president", "Sola=Ana Sola/interim president"}},
		{"an appointment of a name in apposition to a description",
			"The general swore in a retired judge, Ana Sola, as caretaker president. Sola took the oath.",
			[]string{"Ana Sola=Ana Sola/caretaker president", "Sola=Ana Sola/caretaker president"}},
		{"swore in, active, before the name",
			"The general swore in Ana Sola as caretaker president. Sola took the oath.",
			[]string{"Ana Sola=Ana Sola/caretaker president", "Sola=Ana Sola/caretaker president"}},
		{"a definite apposition states the office the person keeps",
			"The junta named Lt. Gen. Ivo Raka, the commander of the defence force, as head of state. Raka spoke.",
			[]string{"Ivo Raka=Ivo Raka/commander of the defence force", "Raka=Ivo Raka/commander of the defence force"}},
		// a dateline's place is no person, whatever title the headline
		// before it offers
		{"a dateline's place with a particle is no person",
			"Rwanda's general in Mozambique\n\nVILA DA LUZ, Mozambique — Nine days since the harbour was taken, no flag flies over Vila da Luz.",
			nil},
		{"a capitalised name opening a paragraph without a dateline's dash is still a name",
			"The port fell.\n\nGen. Ivo Raka, the commander of the mission, said the port was calm. Raka left.",
			[]string{"Ivo Raka=Ivo Raka/commander of the mission", "Raka=Ivo Raka/commander of the mission"}},
		// a role stated by a verb may be two coordinated offices (rule 21s)
		{"two offices after 'serves as'",
			"Under the deal, Ari Lev serves as deputy prime minister and finance minister. Lev left.",
			[]string{"Ari Lev=Ari Lev/deputy prime minister and finance minister", "Lev=Ari Lev/deputy prime minister and finance minister"}},
		{"'and' before a clause ends the office",
			"Ana Ruiz was sworn in as president and vowed to fight. Ruiz left.",
			[]string{"Ana Ruiz=Ana Ruiz/president", "Ruiz=Ana Ruiz/president"}},
		// US states are places (places.txt)
		{"a split title with a US state of two words",
			"Gov. Teresa Vidal of New Mexico said 300 Guard members would go. Vidal left.",
			[]string{"Teresa Vidal=Teresa Vidal/Gov. of New Mexico", "Vidal=Teresa Vidal/Gov. of New Mexico"}},
		{"a US state is no person's name",
			"Vale campaigned across South Carolina on Monday, and Sen. Tom Ruiz of Texas joined him in South Carolina.",
			[]string{"Tom Ruiz=Tom Ruiz/Sen. of Texas"}},
		// a place before "to" or "under" is no role's head
		{"a place before 'to' and a possessive role",
			"The primaries handed Utah to the state's governor, Ana Ruiz, on Tuesday. Ruiz thanked them.",
			[]string{"Ana Ruiz=Ana Ruiz/state's governor", "Ruiz=Ana Ruiz/state's governor"}},
		{"a place before 'under' and a title",
			"Medicaid grew in France under President Ana Ruiz. Ruiz left.",
			[]string{"Ana Ruiz=Ana Ruiz/President", "Ruiz=Ana Ruiz/President"}},
		{"an ambassador to a country keeps the country",
			"US Ambassador to France Jane Hartley spoke.",
			[]string{"Jane Hartley=Jane Hartley/US Ambassador to France"}},
		// a plural apposition shared by two styled names (rule 18)
		{"a plural apposition before two names with honorifics",
			"The chief delegates, Mr Ken Sato and Mr Park Ji-ho, who have met weekly, signed. Mr Park, the chief Korean negotiator, smiled.",
			[]string{"Ken Sato=Ken Sato/chief delegates", "Park Ji-ho=Park Ji-ho/chief Korean negotiator", "Park=Park Ji-ho/chief Korean negotiator"}},
		// a public seat's party or state after "from"
		{"a lawmaker from a party",
			"\"The pact is over,\" said Choi Min-su, a legislator from the opposition Unity Party. Choi did not respond.",
			[]string{"Choi Min-su=Choi Min-su/legislator from the opposition Unity Party", "Choi=Choi Min-su/legislator from the opposition Unity Party"}},
		{"a senator from a state",
			"Tom Vale, a senator from Ohio, said the bill was dead.",
			[]string{"Tom Vale=Tom Vale/senator from Ohio"}},
		{"'from' and a clause is no seat",
			"Tom Vale, a lawmaker from the area who ran twice, said the bill was dead.",
			nil},
	}
	runOfficialCases(t, p, tests)
}
