package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialNames9 covers the ninth round's name classes on sentences
// of my own: the Portuguese particle "e" joins a two-part surname, whole
// and when taken up alone; an honorific after a given name is a surname
// ("Bishop", as "King" and "Major" are).
func TestOfficialNames9(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"the particle e inside a surname",
			"The justice minister, Carlos Mendes e Souza, said the law would pass. “It will,” Mendes e Souza told reporters. Later Mendes said more.",
			[]string{"Carlos Mendes e Souza=Carlos Mendes e Souza/justice minister", "Mendes e Souza=Carlos Mendes e Souza/justice minister", "Mendes=Carlos Mendes e Souza/justice minister"}},
		{"a part of a longer name inside a body's name",
			"Omar Diallo Sene, a member of the National Assembly, objected. Awa Ndiaye, a lecturer at Omar Bongo Diallo University, said so.",
			[]string{"Omar Diallo Sene=Omar Diallo Sene/member of the National Assembly"}},
		{"a surname inside a body's name stays a mention",
			"The Tom Reyes Reelection Committee spent more. Senator Tom Reyes said the money was clean.",
			[]string{"Tom Reyes=Tom Reyes/Senator", "Tom Reyes=Tom Reyes/Senator"}},
		{"a nickname the gazetteer gives takes up the person named in full",
			"Joko Widodo opened the new port on Friday. Jokowi told workers that trade would double.",
			[]string{"Joko Widodo=Joko Widodo/", "Jokowi=Joko Widodo/"}},
		{"a nickname alone names no one",
			"Jokowi told workers that trade would double.", nil},
		{"an honorific after a given name is a surname",
			"Health Minister Anne Bishop said the clinics would open. “We are ready,” Bishop said in Perth.",
			[]string{"Anne Bishop=Anne Bishop/Health Minister", "Bishop=Anne Bishop/Health Minister"}},
		{"an honorific before a name stays out of it",
			"Bishop Anne Carter met Health Minister Paul Drew. Drew said the clinics would open.",
			[]string{"Paul Drew=Paul Drew/Health Minister", "Drew=Paul Drew/Health Minister"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialTitles9 covers the ninth round's title classes on
// sentences of my own: a US party-and-state tag in parentheses between the
// name and its apposition (as after commas), a rank of two words opening
// with "Senior" behind a role, and a person's home after "of" is no
// second person.
func TestOfficialTitles9(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a party tag in parentheses before the apposition",
			"Sen. Ann Dole (D-Ore.), the ranking Democrat on the Senate Budget Committee, said the cuts would fail.",
			[]string{"Ann Dole=Ann Dole/ranking Democrat on the Senate Budget Committee"}},
		{"a one-letter party tag in parentheses",
			"Rep. Tom Wills (R), the top Republican on the House Rules Committee, objected.",
			[]string{"Tom Wills=Tom Wills/top Republican on the House Rules Committee"}},
		{"a parenthesis that is no party tag",
			"Sen. Ann Dole (Idaho), the ranking Democrat on the Senate Budget Committee, said the cuts would fail.",
			[]string{"Ann Dole=Ann Dole/Sen."}},
		{"a role before Senior Colonel",
			"The navy held drills. Its spokesman, Senior Colonel Zhou Ming, told reporters the drills had ended.",
			[]string{"Zhou Ming=Zhou Ming/spokesman"}},
		{"Senior Colonel alone is the rank",
			"Senior Colonel Zhou Ming told reporters the drills had ended.",
			[]string{"Zhou Ming=Zhou Ming/Senior Colonel"}},
		{"a home that is also a given name",
			"Rep. Dale Horn of Virginia, a member of the House Rules Committee, said the bill was dead.",
			[]string{"Dale Horn=Dale Horn/member of the House Rules Committee"}},
		{"a participle opening the sentence is no place before a title",
			"Meeting Chilean Foreign Minister Rosa Vial in Lima, the envoy said the talks went well.",
			[]string{"Rosa Vial=Rosa Vial/Chilean Foreign Minister"}},
		{"a place of two words before a title stays",
			"San Juan Mayor Rosa Vial said the talks went well.",
			[]string{"Rosa Vial=Rosa Vial/San Juan Mayor"}},
		{"a seat modifier before a public head opening the sentence",
			"Opposition lawmaker Rosa Vial demanded the casualty figures.",
			[]string{"Rosa Vial=Rosa Vial/Opposition lawmaker"}},
		{"a seat modifier before a public head inside the sentence",
			"The figures were demanded by opposition lawmaker Rosa Vial.",
			[]string{"Rosa Vial=Rosa Vial/opposition lawmaker"}},
		{"two capitalised offices joined by and before the name",
			"Deputy Prime Minister and Foreign Minister Elena Koss will travel to Riga.",
			[]string{"Elena Koss=Elena Koss/Deputy Prime Minister and Foreign Minister"}},
		{"after a determiner the offices may be two people's",
			"She met the President and Prime Minister Elena Koss in Riga.",
			[]string{"Elena Koss=Elena Koss/Prime Minister"}},
		{"a bare relation states no role but makes an official",
			"The general arrived with his deputy, Ivo Tamm, on Monday. Tamm will stay on.",
			[]string{"Ivo Tamm=Ivo Tamm/", "Tamm=Ivo Tamm/"}},
		{"a counterpart keeps the relation as its title (rule 20)",
			"The minister met her counterpart, Ivo Tamm, on Monday.",
			[]string{"Ivo Tamm=Ivo Tamm/counterpart"}},
		{"a body after of joins the title before the name",
			"Judge Ana Ruiz of Chile's Supreme Electoral Court suspended the count. Ruiz wrote that the law was unclear.",
			[]string{"Ana Ruiz=Ana Ruiz/Judge of Chile's Supreme Electoral Court", "Ruiz=Ana Ruiz/Judge of Chile's Supreme Electoral Court"}},
		{"a home after of stays out of a title that is no territory's",
			"House Speaker Dale Horn of Nebraska said the bill was dead.",
			[]string{"Dale Horn=Dale Horn/House Speaker"}},
		{"a home after of and an apposition",
			"Rep. Dale Horn of Nebraska, the top Republican on the House Rules Committee, said the bill was dead.",
			[]string{"Dale Horn=Dale Horn/top Republican on the House Rules Committee"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialRoleFirst9 covers a role stated before the person is
// named (the next sentence names them as the subject of a reporting verb)
// when the role's complement is a body's name with a connector inside it,
// or a noun phrase between commas renames the body; and an office verb in
// a relative clause after the name.
func TestOfficialRoleFirst9(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a body's name with a connector in the complement",
			"The head of the Bureau of Coastal Affairs said on Friday that the dikes held. Maria Okafor told reporters that the water was falling.",
			[]string{"Maria Okafor=Maria Okafor/head of the Bureau of Coastal Affairs"}},
		{"a noun phrase renames the body before the verb",
			"The director of the Trade Office in Lagos, Norway’s de facto consulate, said on Monday that visas would resume. Erik Dahl added that staff had returned.",
			[]string{"Erik Dahl=Erik Dahl/director of the Trade Office in Lagos"}},
		{"a name's apposition is its own statement",
			"Critics said the choice of the Mayor of the Year was made in haste. Paul Imre, the magazine's deputy editor, explained why.", nil},
		{"an office verb in a relative clause",
			"Lena Ortiz, who stepped down as ambassador to Chile in May, criticised the deal. Ortiz wrote that it was weak.",
			[]string{"Lena Ortiz=Lena Ortiz/ambassador to Chile", "Ortiz=Lena Ortiz/ambassador to Chile"}},
		{"another verb in a relative clause states no role",
			"Lena Ortiz, who governed Central Java for a decade, criticised the deal.", nil},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialArmedRanks9 covers a rank before the name of an armed
// group's officer (guide rule 9b): a role the group owns, stated beside
// the rank, makes the person no official; a state's ranked officer with
// a state role stays one.
func TestOfficialArmedRanks9(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a ranked chief of a rebel group",
			"The army and Kora rebels met in the capital. The pact was signed by General Tomas Ferreira, Kora’s military chief, and the minister. Ferreira left.", nil},
		{"a ranked chief of the state army beside rebels",
			"The army and Kora rebels met in the capital. The pact was signed by General Tomas Ferreira, the army’s chief of staff. Ferreira left.",
			[]string{"Tomas Ferreira=Tomas Ferreira/army’s chief of staff", "Ferreira=Tomas Ferreira/army’s chief of staff"}},
	}
	runOfficialCases(t, p, tests)
}
