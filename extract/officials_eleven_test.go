package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialBounds11 covers the eleventh round's mechanisms from dev18,
// on sentences of my own (guide rule 21v): a place opened by a given name
// and ended by a place noun stays in a title before the name; a rank of
// several words opened by "Senior" is a rank, so a role stated beside it
// wins; a unit written with a cardinal and a bracketed region or role is
// part of a commander's title; a cleric's style (Father, Fr., Abbé,
// Pastor) is an honorific, outside the name; a relative introduced by a
// kin noun leaves a lone shared surname to the other person.
func TestOfficialBounds11(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a place ending in a place noun before a mayor",
			"Grand Rapids Mayor Rosalynn Bliss said the bridge would reopen.",
			[]string{"Rosalynn Bliss=Rosalynn Bliss/Grand Rapids Mayor"}},
		{"a given name and a word no list knows are a person, not a place",
			"Lena Marsh Defence Minister Ana Ruiz spoke.",
			[]string{"Ana Ruiz=Ana Ruiz/Defence Minister"}},
		{"a place opened by a given name before a mayor, later mention",
			"The storm passed. Virginia Beach Mayor Bobby Dyer thanked the crews. Dyer said the beach was closed.",
			[]string{"Bobby Dyer=Bobby Dyer/Virginia Beach Mayor", "Dyer=Bobby Dyer/Virginia Beach Mayor"}},
		{"a place whose second word is a given name, as before",
			"San Juan Mayor Ana Colon was unmoved.",
			[]string{"Ana Colon=Ana Colon/San Juan Mayor"}},
		{"Senior General is a rank: the role before it wins",
			"The army's commander, Senior Gen. Min Aung Hlaing, refused the offer. Min Aung Hlaing later met the envoy.",
			[]string{"Min Aung Hlaing=Min Aung Hlaing/army's commander", "Min Aung Hlaing=Min Aung Hlaing/army's commander"}},
		{"Senior General with a role after the name",
			"Senior General Soe Oo, the country's defence minister, spoke on Tuesday.",
			[]string{"Soe Oo=Soe Oo/country's defence minister"}},
		{"a Senior General alone is the title",
			"Vice Senior Gen. Tin Aye said nothing.",
			[]string{"Tin Aye=Tin Aye/Vice Senior Gen."}},
		{"a unit with a cardinal and a bracketed role after the name",
			"Col. Tom Reeve, the commander of 16 (Air Assault) Brigade, agreed. Reeve said his men were ready.",
			[]string{"Tom Reeve=Tom Reeve/commander of 16 (Air Assault) Brigade", "Reeve=Tom Reeve/commander of 16 (Air Assault) Brigade"}},
		{"a unit with a bracketed country",
			"Maj. Gen. Ian Dunn, the commander of 1 (UK) Armoured Division, arrived.",
			[]string{"Ian Dunn=Ian Dunn/commander of 1 (UK) Armoured Division"}},
		{"a unit with a cardinal and no bracket",
			"Col. Joe Bale, the commander of 40 Commando, spoke.",
			[]string{"Joe Bale=Joe Bale/commander of 40 Commando"}},
		{"a bracketed unit in a role before the name",
			"The commander of 7 (Gurkha) Brigade, Brigadier Raj Thapa, said the road was open.",
			[]string{"Raj Thapa=Raj Thapa/commander of 7 (Gurkha) Brigade"}},
		{"a cleric's style is no part of the name",
			"Abbé Pierre Ndolo, the minister of health, left for Goma. Ndolo said the clinics were open.",
			[]string{"Pierre Ndolo=Pierre Ndolo/minister of health", "Ndolo=Pierre Ndolo/minister of health"}},
		{"Father before a name is a style",
			"Father Ivo Markovic, the mayor of Zenica, met the envoy.",
			[]string{"Ivo Markovic=Ivo Markovic/mayor of Zenica"}},
		{"Fr. before a name is a style",
			"The council heard Fr. Tom Brady, the head of the electoral commission.",
			[]string{"Tom Brady=Tom Brady/head of the electoral commission"}},
		{"a father in an apposition is no style",
			"Mayor Ann Kim met Tom Hale, a father of three who lost his boat.",
			[]string{"Ann Kim=Ann Kim/Mayor"}},
		{"a daughter named in full leaves the lone surname to the person named first",
			"Former President Hugo Marin was sentenced on Tuesday. Marin, 70, listened in silence.\n\nMarin's daughter Elena Marin, a congresswoman, called it a political sentence. Marin fled to Chile in 2000.",
			[]string{"Hugo Marin=Hugo Marin/Former President", "Marin=Hugo Marin/Former President", "Marin=Hugo Marin/Former President",
				"Elena Marin=Elena Marin/congresswoman", "Marin=Hugo Marin/Former President"}},
		{"a brother after a comma",
			"President Raul Sosa met the envoy. His brother, Tomas Sosa, the defence minister, was there. Sosa said the talks went well.",
			[]string{"Raul Sosa=Raul Sosa/President", "Tomas Sosa=Tomas Sosa/defence minister", "Sosa=Raul Sosa/President"}},
		{"a relative alone of the surname keeps it",
			"The envoy met the family. His wife, Anna Berg, the mayor of Lund, spoke. Berg said the town was calm.",
			[]string{"Anna Berg=Anna Berg/mayor of Lund", "Berg=Anna Berg/mayor of Lund"}},
		{"a title before the lone surname still picks the relative",
			"President Raul Sosa met the envoy. His brother, Tomas Sosa, the defence minister, was there. Defence Minister Sosa said the talks went well.",
			[]string{"Raul Sosa=Raul Sosa/President", "Tomas Sosa=Tomas Sosa/defence minister", "Sosa=Tomas Sosa/defence minister"}},
		{"the speaker of a chamber before the name",
			"Lawmakers were divided. The speaker of the upper house, Anna Berg, called the bill rushed.",
			[]string{"Anna Berg=Anna Berg/speaker of the upper house"}},
		{"the speaker of parliament after the name",
			"Piet Voss, the speaker of the National Assembly, opened the session.",
			[]string{"Piet Voss=Piet Voss/speaker of the National Assembly"}},
		{"a speaker at a rally is no office",
			"A speaker at the rally, Tom Hale, said the march would go on.",
			nil},
		{"a magistrate holds a public office",
			"Chief Magistrate Lena Tshabalala said the court would sit on Monday.",
			[]string{"Lena Tshabalala=Lena Tshabalala/Chief Magistrate"}},
		{"the president of a university holds no public office",
			"Lena Marsh, the president of Brandeis University, said the campus was calm.",
			nil},
		{"the head of a college before the name",
			"The president of Boston College, Tom Leahy, said classes would resume.",
			nil},
		{"the president of a foundation",
			"Ana Ruiz, the president of the Ford Foundation, praised the plan.",
			nil},
		{"the president of a country still holds one",
			"Tom Hale, the president of Colombia, met the envoy.",
			[]string{"Tom Hale=Tom Hale/president of Colombia"}},
		{"a party before its leader after the name",
			"Lena Marsh, the Conservative leader, called for the army to be used.",
			[]string{"Lena Marsh=Lena Marsh/Conservative leader"}},
		{"two party words before a leader",
			"Tom Hale, the Liberal Democrat leader, said the plan was late.",
			[]string{"Tom Hale=Tom Hale/Liberal Democrat leader"}},
		{"a party before a leader right before the name",
			"Tory leader Piet Voss left the chamber.",
			[]string{"Piet Voss=Piet Voss/Tory leader"}},
		{"a party before a public office after the name",
			"Scott Pruett, the Republican attorney general of Oklahoma, sued.",
			[]string{"Scott Pruett=Scott Pruett/Republican attorney general of Oklahoma"}},
		{"an opposition leader stays no official",
			"Jailed opposition leader Alexei Marin said the vote was rigged.",
			nil},
		{"a company commander beats the rank, in a later apposition",
			"Capt. Moussa Diarra said his men held. Diarra, a company commander since 2013, asked for more.",
			[]string{"Moussa Diarra=Moussa Diarra/company commander", "Diarra=Moussa Diarra/company commander"}},
		{"a battalion commander beats the rank",
			"Maj. Ivo Berg, a battalion commander, said the bridge was held.",
			[]string{"Ivo Berg=Ivo Berg/battalion commander"}},
		{"a brigade spokesman beats the rank",
			"Lt. Col. Sam Ode, the brigade spokesman, denied the report.",
			[]string{"Sam Ode=Sam Ode/brigade spokesman"}},
		{"a company spokeswoman is a firm's",
			"Ann Ray, a company spokeswoman, said the plant would close.",
			nil},
		{"a company director is a firm's",
			"Tom Dunn, a company director, said the plant would close.",
			nil},
		{"a surname after the and before a possessive is a body's word",
			"The government’s chief scientific adviser, Professor Ann Lancer, briefed ministers. Soldiers of the Lancer’s Own Rifles were at work. Lancer said the cull was late.",
			[]string{"Ann Lancer=Ann Lancer/government’s chief scientific adviser", "Lancer=Ann Lancer/government’s chief scientific adviser"}},
		{"a surname's possessive without the article is the person's",
			"Defence Minister Tom Castle spoke. Castle’s plan was clear.",
			[]string{"Tom Castle=Tom Castle/Defence Minister", "Castle=Tom Castle/Defence Minister"}},
		{"the first part of a two-part surname with a role of its own",
			"Norway’s foreign minister, Anna Kvist Halvorsen, has proposed talks. The envoy, Per Dahl, met lawmakers. Kvist, a former prime minister, told the radio that the door was open.",
			[]string{"Anna Kvist Halvorsen=Anna Kvist Halvorsen/Norway’s foreign minister", "Per Dahl=Per Dahl/envoy",
				"Kvist=Anna Kvist Halvorsen/Norway’s foreign minister"}},
		{"the first part of a two-part surname, with the role after a later mention",
			"Interior Minister Jesus Leana Ojeda spoke. Leana, the former mayor of Leon, said the police were ready.",
			[]string{"Jesus Leana Ojeda=Jesus Leana Ojeda/Interior Minister", "Leana=Jesus Leana Ojeda/Interior Minister"}},
		{"a role before a titled name is the fuller title",
			"The chairwoman of the taskforce, Magistrate Lena Ode, said checks would begin. Ms Ode said the first visits were done.",
			[]string{"Lena Ode=Lena Ode/chairwoman of the taskforce", "Ode=Lena Ode/chairwoman of the taskforce"}},
		{"a role before a senator",
			"The chairman of the inquiry, Senator Tom Hale, opened the hearing.",
			[]string{"Tom Hale=Tom Hale/chairman of the inquiry"}},
		{"a firm's role before a titled name is not taken",
			"The chairman of the company, Senator Ivo Berg, spoke.",
			[]string{"Ivo Berg=Ivo Berg/Senator"}},
		{"a role before an untitled name stays private",
			"The chairman of the board, Ann Lee, spoke.",
			nil},
		{"an indefinite role before a ranked name",
			"A spokesman for the peace monitors, Major Tom Ridd, said the patrols would leave on Monday.",
			[]string{"Tom Ridd=Tom Ridd/spokesman for the peace monitors"}},
		{"an indefinite adviser before a ranked name",
			"An adviser to the mission, Lt. Col. Ann Ray, said the camp was quiet.",
			[]string{"Ann Ray=Ann Ray/adviser to the mission"}},
		{"an indefinite role before an unranked name stays private",
			"A spokesman for the movement, Tom Hale, said no.",
			nil},
		{"a bracket after a common word ends the apposition",
			"Brigadier Raj Thapa, the commander (acting) of the brigade, spoke.",
			[]string{"Raj Thapa=Raj Thapa/Brigadier"}},
	}
	runOfficialCases(t, p, tests)
}

// TestQuoteRankedApposition11: a pronoun after a sentence opened by a
// ranked or styled name in apposition speaks for the person, named without
// the rank or honorific; a body's name holding a plural's possessive is
// read whole (guide rule 21v).
func TestQuoteRankedApposition11(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []struct{ name, text, want string }{
		{"a rank before the name",
			"The border was quiet. Col. Anna Petit, a spokeswoman for the army, said the troops had met no resistance. \"We have entered the town,\" she told the radio on Thursday.",
			"We have entered the town,|Anna Petit|she|tail-cue+pronoun-apposition"},
		{"an honorific before the name",
			"Dr. Tom Hale, a spokesman for the ministry, said the clinic was closed. \"Nobody was hurt,\" he told reporters.",
			"Nobody was hurt,|Tom Hale|he|tail-cue+pronoun-apposition"},
		{"a plural's possessive inside a body's name",
			"Farmers were angry. The National Growers’ Union said it welcomed the deployment “at long last” but warned of losses.",
			"at long last|The National Growers’ Union|The National Growers’ Union|head-cue"},
		{"a plural's possessive with a straight apostrophe",
			"The Teachers' Federation warned of “chaos in the schools” after the vote.",
			"chaos in the schools|The Teachers' Federation|The Teachers' Federation|head-cue"},
		{"a place in a title before a name is no person's name",
			"Mr Brough returned to Alice Bay the following day.\n\nSome leaders remain opposed. \"You cannot fix it,\" said Delia Wurra, a community worker.\n\nAlice Bay Mayor Jo Kerr said townspeople were worried. \"We want this to work,\" she said.",
			"You cannot fix it,|Delia Wurra|Delia Wurra|tail-cue\nWe want this to work,|Jo Kerr|she|tail-cue+pronoun-attribution"},
		{"a rank of two words before the name",
			"Lt. Col. Omar Diallo, a spokesman for the mission, said the patrol was back. \"The road is open,\" he said.",
			"The road is open,|Omar Diallo|he|tail-cue+pronoun-apposition"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				got = append(got, quoteClassRow(tc.text, a))
			}
			if strings.Join(got, "\n") != tc.want {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
