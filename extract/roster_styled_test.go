package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestStyledSurname: a title or rank before a surname two people share
// picks the one stated with it, not the first or the last named.
func TestStyledSurname(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a title picks the one who holds it",
			"The army is led by Gen. Tomas Vela, the defense minister. His brother, President Marco Vela, lost the vote. The new leader will keep General Vela in his post. President Vela said he would go.",
			[]string{"Tomas Vela=Tomas Vela/defense minister", "Marco Vela=Marco Vela/President", "Vela=Tomas Vela/defense minister", "Vela=Marco Vela/President"}},
		{"a rank picks the one who holds it",
			"President Marco Vela spoke first. Gen. Tomas Vela spoke next. General Vela said the army was ready.",
			[]string{"Marco Vela=Marco Vela/President", "Tomas Vela=Tomas Vela/Gen.", "Vela=Tomas Vela/Gen."}},
	}
	runOfficialCases(t, p, tests)
}
