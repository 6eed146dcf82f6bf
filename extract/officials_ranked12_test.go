package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialRankedApposition covers rule 21u: a role phrase in
// apposition to a ranked name is the officer's title whoever owns it
// (title_ranked.go), in forms of our own making.
func TestOfficialRankedApposition(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a unit's possessive owns the role after the name",
			"Brig. Gen. Tomas Ferro, the battalion's commander, told reporters the road was open.",
			[]string{"Tomas Ferro=Tomas Ferro/battalion's commander"}},
		{"a common noun before a director after the name",
			"Col. Marta Lind, the range director, said the firing would resume.",
			[]string{"Marta Lind=Marta Lind/range director"}},
		{"a capitalised office of a lord after the name",
			"Vice Admiral Sir Keith Munro, the Second Sea Lord, spoke at the dock.",
			[]string{"Keith Munro=Keith Munro/Second Sea Lord"}},
		{"a role participle joins the complement",
			"Major-General Ana Sousa, the officer commanding the northern sector, said so.",
			[]string{"Ana Sousa=Ana Sousa/officer commanding the northern sector"}},
		{"no determiner and a numbered unit",
			"Lieutenant-Colonel Dan Reyes, commanding officer of the 3rd Battalion, said the men were ready.",
			[]string{"Dan Reyes=Dan Reyes/commanding officer of the 3rd Battalion"}},
		{"a role with a complement before the rank",
			"Norway's commander in the Arctic, Maj. Gen. Lars Dahl, inspected the troops.",
			[]string{"Lars Dahl=Lars Dahl/Norway's commander in the Arctic"}},
		{"a service word between the comma and the rank",
			"The Dutch commander, Marine Colonel Pieter Smit, said the patrols would go on.",
			[]string{"Pieter Smit=Pieter Smit/Dutch commander"}},
		// no role phrase: the rank stays the title
		{"a relative clause states no role",
			"Col. Ana Sousa, who commands the brigade, said so.",
			[]string{"Ana Sousa=Ana Sousa/Col."}},
		{"a role noun followed by a verb is a clause",
			"Col. Ann Park, the commander said, was absent.",
			[]string{"Ann Park=Ann Park/Col."}},
		{"a list of ranked names",
			"Gen. Tom Lee, Col. Ann Park and Maj. Bo Kim met on Monday.",
			[]string{"Tom Lee=Tom Lee/Gen.", "Ann Park=Ann Park/Col.", "Bo Kim=Bo Kim/Maj."}},
		{"a place phrase before the rank is no role",
			"After the talks in Kabul, Gen. Ann Park flew home.",
			[]string{"Ann Park=Ann Park/Gen."}},
	})
}

// TestOfficialTitledPossessorAndVerbRole covers rule 21w's other
// mechanisms: a titled person's possessive opening an apposition (the
// owner dropped, rule 21d), an office verb in a perfect tense, and a
// role phrase closed by a preposition that opens no complement.
func TestOfficialTitledPossessorAndVerbRole(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a minister's chief of staff",
			"Marta Quist, Defence Minister Ivo Berg's chief of staff, said the talks would go on.",
			[]string{"Marta Quist=Marta Quist/chief of staff", "Ivo Berg=Ivo Berg/Defence Minister"}},
		{"a ranked officer's aide",
			"Paul Anand, Gen. Tom Hale's aide, told reporters the convoy was late.",
			[]string{"Paul Anand=Paul Anand/aide", "Tom Hale=Tom Hale/Gen."}},
		{"a mayor's spokeswoman with a curly apostrophe",
			"Lena Ode, Mayor Rita Sousa’s spokeswoman, said the roads were closed.",
			[]string{"Lena Ode=Lena Ode/spokeswoman", "Rita Sousa=Rita Sousa/Mayor"}},
		{"a pluperfect office verb",
			"Sir Ivo Hart had resigned as home secretary, officials said.",
			[]string{"Ivo Hart=Ivo Hart/home secretary"}},
		{"a perfect office verb",
			"Ana Ruiz has served as ambassador to Chile since 2019.",
			[]string{"Ana Ruiz=Ana Ruiz/ambassador to Chile"}},
		{"a role closed by over",
			"Tom Berg resigned as defence minister over the scandal on Friday.",
			[]string{"Tom Berg=Tom Berg/defence minister"}},
		{"a perfect verb with no role states nothing",
			"Ana Ruiz had served the party for years.",
			nil},
	})
}

// TestOfficialRankedOpenings covers where a role phrase before a rank may
// open (rule 21w) and capitalised portfolios no list knows.
func TestOfficialRankedOpenings(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a role phrase after a dateline's dash",
			"OSLO (AP) _ Norway's commander in the north, Maj. Gen. Lars Dahl, said the drill went well.",
			[]string{"Lars Dahl=Lars Dahl/Norway's commander in the north"}},
		{"a role phrase after a possessive pronoun",
			"The force had 900 troops. Its Danish commander, Colonel Mette Holm, said they would stay.",
			[]string{"Mette Holm=Mette Holm/Danish commander"}},
		{"a capitalised portfolio no list knows after the name",
			"Tom Hale, the Rural Roads Minister, said the bridge would reopen.",
			[]string{"Tom Hale=Tom Hale/Rural Roads Minister"}},
		{"a capitalised portfolio after a demonym",
			"Ana Ruiz, the Chilean Civil Defence Minister, toured the coast.",
			[]string{"Ana Ruiz=Ana Ruiz/Chilean Civil Defence Minister"}},
		{"a company's capitalised role is no office",
			"Tom Hale, the Ford Motor Company President, said the plant would close.",
			nil},
	})
}
