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
