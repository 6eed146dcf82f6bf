package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialRoleOverRank8 covers the eighth round's rank classes (guide
// rule 21t) on sentences of my own: a role stated beside a ranked name
// beats the rank when the role's complement holds a doer noun
// ("observer"), a four-digit unit number, or when an honorific follows
// the rank; the old abbreviation "Lieut." is a rank; a ranked first part
// of a two-part surname is the person named in full.
func TestOfficialRoleOverRank8(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a doer noun in the complement is no verb",
			"The head of the UN observer mission, Brig. Gen. Lena Sandvik, said the patrols were safe. Sandvik left.",
			[]string{"Lena Sandvik=Lena Sandvik/head of the UN observer mission", "Sandvik=Lena Sandvik/head of the UN observer mission"}},
		{"a unit number of four digits",
			"Rear Admiral Kofi Mensah, the commander of Combined Task Force 1520, said the ships were ready.",
			[]string{"Kofi Mensah=Kofi Mensah/commander of Combined Task Force 1520"}},
		{"an honorific after a rank is no head of a title",
			"The order names the chief of the Royal Guard, Field Marshal Sheikh Hamad bin Omar al-Tamimi, as regent.",
			[]string{"Hamad bin Omar al-Tamimi=Hamad bin Omar al-Tamimi/chief of the Royal Guard"}},
		{"Lieut. is a rank",
			"The governor's military aide, Lieut. Col. Harold P. Quint, said the roads were closed.",
			[]string{"Harold P. Quint=Harold P. Quint/governor's military aide"}},
		{"the first part of a two-part surname after a rank",
			"The commander of the border force, Col. Ramiro Beltrán Ochoa, said the pass was shut. Colonel Beltrán told reporters it would reopen.",
			[]string{"Ramiro Beltrán Ochoa=Ramiro Beltrán Ochoa/commander of the border force", "Beltrán=Ramiro Beltrán Ochoa/commander of the border force"}},
	}
	runOfficialCases(t, p, tests)
}
