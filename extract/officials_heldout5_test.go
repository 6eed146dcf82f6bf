package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialTitlesHeldout5 covers the general classes behind the title
// errors of the fifth held-out set (issue 15), on sentences of my own.
func TestOfficialTitlesHeldout5(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a gazetteer official takes no role from a description in the next paragraph (rule 21e)",
			"The army will shrink by 5,000 soldiers, Emmanuel Macron announced yesterday as he set out the budget.\n\nThe French president told deputies that the cuts would fall on the army. Mr Macron left.",
			[]string{"Emmanuel Macron=Emmanuel Macron/", "Macron=Emmanuel Macron/"}},
		{"a gazetteer official takes a description's role in the same paragraph",
			"The army will shrink by 5,000 soldiers, Emmanuel Macron announced yesterday. The French president told deputies that the cuts would fall on the army. Mr Macron left.",
			[]string{"Emmanuel Macron=Emmanuel Macron/French president", "Macron=Emmanuel Macron/French president"}},
		{"an of-place after a name does not join a role before the comma",
			"The commander of the U.N. force, Brig. Gen. Tom Reyes of Norway, said the troops would stay. Reyes left.",
			[]string{"Tom Reyes=Tom Reyes/commander of the U.N. force", "Reyes=Tom Reyes/commander of the U.N. force"}},
		{"an of-place after a name completes a role written right before it",
			"Prime Minister Tom Reyes of Norway said the troops would stay.",
			[]string{"Tom Reyes=Tom Reyes/Prime Minister of Norway"}},
		{"a coordinated indefinite noun phrase ends a role with a named complement",
			"Lt. Gen. Joe Smith, the commander of the Fifth Army and a veteran of Iraq, said the storm was over. Smith left.",
			[]string{"Joe Smith=Joe Smith/commander of the Fifth Army", "Smith=Joe Smith/commander of the Fifth Army"}},
		{"a coordinated role stays in the title",
			"Joe Hale, the defence minister and deputy prime minister, said the storm was over.",
			[]string{"Joe Hale=Joe Hale/defence minister and deputy prime minister"}},
		{"a noun phrase and 'from' before the role stay out of the title",
			"The report came in a letter from Mali's air force chief, Gen. Moussa Keita, to the ministry. Keita left.",
			[]string{"Moussa Keita=Moussa Keita/Mali's air force chief", "Keita=Moussa Keita/Mali's air force chief"}},
		{"a person owning the role is dropped, the role stays",
			"Troops massed at the border, said Ivan Sokolov, Boris Orlov's spokesman, on Monday. Sokolov left.",
			[]string{"Ivan Sokolov=Ivan Sokolov/spokesman", "Sokolov=Ivan Sokolov/spokesman"}},
		{"a party's name no list knows before a capitalised Leader belongs to the title",
			"The vote was lost, Green Left Leader Tom Berg said on Monday. Berg left.",
			[]string{"Tom Berg=Tom Berg/Green Left Leader", "Berg=Tom Berg/Green Left Leader"}},
		{"a party's name opening the sentence",
			"Bloc Populaire Leader Anne Roy said the vote was lost.",
			[]string{"Anne Roy=Anne Roy/Bloc Populaire Leader"}},
		{"a head inside a rank of several words is the rank's; the role before wins",
			"The army will shrink, said the Chief of the Air Staff, Air Chief Marshal Sir Tom Hale. Sir Tom left.",
			[]string{"Tom Hale=Tom Hale/Chief of the Air Staff", "Tom=Tom Hale/Chief of the Air Staff"}},
		{"a role after a rank of several words with a head inside",
			"Air Chief Marshal Tom Hale, the chief of the air staff, said the army will shrink.",
			[]string{"Tom Hale=Tom Hale/chief of the air staff"}},
		{"a role stated first is taken up by a ranked name opening the next sentence",
			"The Bosnian Serb military commander did not attend the ceremony. Gen. Ratko Vukic, who has been indicted, stayed away. Vukic has rejected the deal.",
			[]string{"Ratko Vukic=Ratko Vukic/Bosnian Serb military commander", "Vukic=Ratko Vukic/Bosnian Serb military commander"}},
		{"a one-word name after a force noun ending the role names the unit, no person",
			"Lt. Gen. Ann Ruiz, the commander of Joint Task Force Alpha, said the storm was over. Ruiz left.",
			[]string{"Ann Ruiz=Ann Ruiz/commander of Joint Task Force Alpha", "Ruiz=Ann Ruiz/commander of Joint Task Force Alpha"}},
		{"a role naming a force right after a sentence ending with a ranked name is that person's",
			"Troops will stay. The post will go to General Sir Ian Mott. The head of the Army had argued for more troops.",
			[]string{"Ian Mott=Ian Mott/head of the Army"}},
		{"a role naming no force keeps the rank",
			"Troops will stay. The post will go to General Sir Ian Mott. The finance minister had argued for fewer troops.",
			[]string{"Ian Mott=Ian Mott/General"}},
	}
	runOfficialCases(t, p, tests)
}
