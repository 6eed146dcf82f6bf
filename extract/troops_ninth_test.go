package extract

import (
	"slices"
	"testing"
)

// TestTroopsNinthRound holds the troop-count classes the ninth round fixed
// (guide rule 39j), on sentences of my own, with the near misses that must
// stay out: a count that opens a clause of its own after "and" is not
// made a casualty by the verb of the clause before; two personnel nouns
// joined by "and" or "or" after one count are one span; a force's ranks
// changed from one count to another; a part of the sentence's troop count
// as the subject of a clause of its own.
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
		{"two personnel nouns after one count: the span ends at the first (rule 39j, twelfth round)",
			"The frigate sailed with nearly 150 sailors and marines on board.",
			[]string{"nearly 150 sailors|150|approx"}},
		{"a second count is its own span",
			"The frigate sailed with 150 sailors and 40 marines on board.",
			[]string{"150 sailors|150|exact", "40 marines|40|exact"}},
		{"a noun that is no personnel ends the span",
			"The frigate sailed with 150 sailors and police on board.",
			[]string{"150 sailors|150|exact"}},
		{"a force's ranks cut from one count to another",
			"The army, whose ranks were cut from about 40,000 to some 25,000 after the war, is bitter.",
			[]string{"about 40,000|40000|approx", "some 25,000|25000|approx"}},
		{"a party's ranks are no force",
			"The party's ranks were cut from about 40,000 to some 25,000 after the vote.", nil},
		{"a part of the troop count as a subject",
			"Some 9,000 soldiers based in four provinces were ready, but only about 500 were at the front by Monday.",
			[]string{"Some 9,000 soldiers|9000|approx", "about 500|500|approx"}},
		{"a part that died stays out",
			"Some 9,000 soldiers were sent, but only about 500 were killed.",
			[]string{"Some 9,000 soldiers|9000|approx"}},
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
