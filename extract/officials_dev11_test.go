package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialNamesAndRoles covers classes seen in dev11 (issue 15,
// fifth round), on sentences of my own.
func TestOfficialNamesAndRoles(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a geographic noun after a plural head is no name",
			"The leaders met on Governors Island later in the day.", nil},
		{"a role with an owned complement before a name with particles",
			"The head of the government's negotiating team, Ramón de la Torre, said the zones would be guarded. De la Torre left.",
			[]string{"Ramón de la Torre=Ramón de la Torre/head of the government's negotiating team", "De la Torre=Ramón de la Torre/head of the government's negotiating team"}},
		{"a party between a body and the head belongs to the title",
			"Senate Republican leader Tom Hale has kept his distance. Hale said no.",
			[]string{"Tom Hale=Tom Hale/Senate Republican leader", "Hale=Tom Hale/Senate Republican leader"}},
		{"a current office after 'now' beats a former one before the name",
			"Former President Luis Mora, now a senator, leads the campaign. Mora marched on Sunday.",
			[]string{"Luis Mora=Luis Mora/senator", "Mora=Luis Mora/senator"}},
	}
	runOfficialCases(t, p, tests)
}
