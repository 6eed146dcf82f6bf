package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestIssue15InputsFinish annotates 1 MB inputs built to stress the
// description resolver, the date resolver and the troop anaphora. Like the
// other hang guards it asserts no timing: a super-linear regression makes
// them run for hours and go test's -timeout fails the run.
func TestIssue15InputsFinish(t *testing.T) {
	fill := fillMB
	tests := []hangCase{
		{"descriptions after names", fill("Erik Lindqvist spoke. The prime minister argued and the French president said no. ")},
		{"descriptions in one sentence", fill("the deputy foreign minister of France and the Russian leader and ")},
		{"roles named later", fill("Ukraine's deputy intelligence chief said so. Vadym Petrenko added more. ")},
		{"anaphoric dates", fill("On March 3 the next day and the day before, later that year, two days later, ")},
		{"holidays and tense", fill("was signed at Christmas and will end by Easter 2021 or on Election Day, ")},
		{"troop anaphora", fill("NATO put 8,500 troops on alert. Those 8,500 are ready, the remaining 300 will stay, ")},
		{"appositions", fill("Ana Ruiz, head of the regional military administration of the Kyiv oblast, ")},
	}
	annotateFinishes(t, tests)
}

// hangCase is one input of a hang guard: a name and a text to annotate.
type hangCase struct{ name, text string }

// fillMB repeats s to exactly 1 MB, the size of the hang guards' inputs.
func fillMB(s string) string {
	const mb = 1 << 20
	return strings.Repeat(s, mb/len(s)+1)[:mb]
}

// annotateFinishes annotates each input with the default pipeline, one
// subtest each; it asserts no timing (go test's -timeout is the guard).
func annotateFinishes(t *testing.T, tests []hangCase) {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := p.Annotate(corpus.Document{ID: "p", Date: "2022-05-10", Text: tt.text})
			t.Logf("%d bytes, %d annotations", len(tt.text), len(as))
		})
	}
}
