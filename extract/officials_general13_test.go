package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialsGeneral13 covers title and mention rules that held only in
// the form first seen (generality, probe19), in forms of our own making.
func TestOfficialsGeneral13(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a party and state tag before an apposition is no name",
			"Sen. Ruth Hale, D-Iowa, the chair of the farm panel, said the bill was dead.",
			[]string{"Ruth Hale=Ruth Hale/chair of the farm panel"}},
		{"a party and state tag with dots before an apposition",
			"Rep. Lisa Moreno, R-Ariz., the ranking member of the House budget committee, spoke first.",
			[]string{"Lisa Moreno=Lisa Moreno/ranking member of the House budget committee"}},
	})
}
