package extract

import (
	"slices"
	"testing"
)

// TestTroopsNinthRound holds the troop-count classes the ninth round fixed
// (guide rule 39j), on sentences of my own, with the near misses that must
// stay out: a count that opens a clause of its own after "and" is not
// made a casualty by the verb of the clause before; two personnel nouns
// joined by "and" or "or" after one count are one span.
func TestTroopsNinthRound(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"captured after a clause of dead",
			"In the battle 300 marines were killed and about 2,000 soldiers were captured.",
			[]string{"about 2,000 soldiers|2000|approx"}},
		{"wounded in the clause of its own stays out",
			"The shelling killed 12 civilians and 30 soldiers were wounded.", nil},
		{"two personnel nouns after one count",
			"The frigate sailed with nearly 150 sailors and marines on board.",
			[]string{"nearly 150 sailors and marines|150|approx"}},
		{"a second count is its own span",
			"The frigate sailed with 150 sailors and 40 marines on board.",
			[]string{"150 sailors|150|exact", "40 marines|40|exact"}},
		{"a noun that is no personnel ends the span",
			"The frigate sailed with 150 sailors and police on board.",
			[]string{"150 sailors|150|exact"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := troopsOf(p, tt.text)
			if !slices.Equal(got, tt.want) {
				t.Errorf("%s\n got %q\nwant %q", tt.text, got, tt.want)
			}
		})
	}
}
