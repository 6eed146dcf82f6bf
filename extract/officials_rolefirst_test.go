package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialRoleFirstRanked covers roles stated first and taken up by a
// ranked name in the next sentence, and more title shapes (issue 15,
// fifth round, classes seen in dev9 and dev10), on sentences of my own.
func TestOfficialRoleFirstRanked(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a role owned by an acronym, then a ranked name",
			"Troops arrived.\n\nUNIFIL's military commander said on Monday the unit would stay. Major-General Tom Lund, a Dane, told reporters the base was ready. Lund left.",
			[]string{"Tom Lund=Tom Lund/UNIFIL's military commander", "Lund=Tom Lund/UNIFIL's military commander"}},
		{"a role with a region's name in its complement",
			"Rain fell.\n\nThe military commander of the Maule region said late on Monday that order was restored. Gen. Pablo Soto told local radio that troops had arrested 60 people. Soto left.",
			[]string{"Pablo Soto=Pablo Soto/military commander of the Maule region", "Soto=Pablo Soto/military commander of the Maule region"}},
		{"a role with a fleet's name in its complement",
			"Ships sailed.\n\nThe commander of the U.S. Fifth Fleet said on Tuesday that the drill went well. Vice Admiral Tom Reyes told journalists on board that he was pleased. Reyes left.",
			[]string{"Tom Reyes=Tom Reyes/commander of the U.S. Fifth Fleet", "Reyes=Tom Reyes/commander of the U.S. Fifth Fleet"}},
		{"a named complement decides whom a description fits",
			"Admiral Anil Rao, the Chief of the Naval Staff, spoke. Ships sailed.\n\nThe commander of the U.S. Fifth Fleet said on Tuesday that the drill went well. Vice Admiral Tom Reyes told journalists that he was pleased.",
			[]string{"Anil Rao=Anil Rao/Chief of the Naval Staff", "Tom Reyes=Tom Reyes/commander of the U.S. Fifth Fleet"}},
		{"a description after a participial phrase names the untitled person before",
			"Ana Lind told parliament yesterday that the troops would come home. The Prime Minister, setting out the government’s Defence Review, said there was no choice. Mrs Lind left.",
			[]string{"Ana Lind=Ana Lind/Prime Minister", "Lind=Ana Lind/Prime Minister"}},
		{"the first part of a two-part surname after a rank and an apposition",
			"The army has put 4,000 soldiers to work, the armed forces chief, Gen. Mario Lenca Pacheco, said. Lenca said another 1,500 would come.",
			[]string{"Mario Lenca Pacheco=Mario Lenca Pacheco/armed forces chief", "Lenca=Mario Lenca Pacheco/armed forces chief"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialTitleShapes covers more title shapes of issue 15's fifth
// round (classes seen in dev9 and dev10), on sentences of my own.
func TestOfficialTitleShapes(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"an owned officer after a rank",
			"Soldiers loyal to Lt. Col. Tevita Kau, the army’s third-ranking officer, held the capital. Kau spoke.",
			[]string{"Tevita Kau=Tevita Kau/army’s third-ranking officer", "Kau=Tevita Kau/army’s third-ranking officer"}},
		{"a party's spokesman is no official",
			"A party spokesman, Sok Vanna, said the party would appeal. Sok Vanna left.", nil},
		{"a company commander is an official",
			"Company commander Capt. Tom Reyes said the men were tired.",
			[]string{"Tom Reyes=Tom Reyes/Company commander"}},
		{"a party's member in a public office is an official",
			"GOP Sen. Ann Ruiz said no.",
			[]string{"Ann Ruiz=Ann Ruiz/GOP Sen."}},
		{"a role after 'named X as'",
			"The president on Tuesday named Aidos Sarin as prime minister. Sarin, a former finance minister, promised reforms.",
			[]string{"Aidos Sarin=Aidos Sarin/prime minister", "Sarin=Aidos Sarin/prime minister"}},
		{"'as' after a name without a verb of appointment gives nothing",
			"Critics such as Tom Berg as well as others said no.", nil},
		{"a plural people's possessive in an apposition after a relation",
			"His political counterpart, Milan Babic, the Krajina Serbs’ wartime leader, was tried. Babic died.",
			[]string{"Milan Babic=Milan Babic/Krajina Serbs’ wartime leader", "Babic=Milan Babic/Krajina Serbs’ wartime leader"}},
		{"a company's officer is no official",
			"Tom Hale, the firm’s chief financial officer, said profits fell.", nil},
	}
	runOfficialCases(t, p, tests)
}
