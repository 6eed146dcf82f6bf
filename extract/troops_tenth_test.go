package extract

import (
	"slices"
	"testing"
)

// TestTroopsTenthRound holds the troop-count classes the tenth round
// fixed, on sentences of my own, with the near misses that must stay out:
// a singular noun right before the personnel noun modifies it; a
// legionnaire is military personnel.
func TestTroopsTenthRound(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a noun modifier before the personnel noun",
			"Romania would offer a battalion of 400 mountain troops to the force.",
			[]string{"400 mountain troops|400|exact"}},
		{"a noun modifier before another personnel noun",
			"The ministry sent 250 reserve soldiers north.",
			[]string{"250 reserve soldiers|250|exact"}},
		{"a noun modifier before no personnel noun",
			"The plant employs 400 factory workers.", nil},
		{"legionnaires are personnel, and a bare count refers back to them",
			"Another 400 legionnaires are due to follow. Those 400 will relieve the units there.",
			[]string{"400 legionnaires|400|exact", "400|400|exact"}},
		{"a plural before the personnel noun is no modifier",
			"The convoy carried 400 tents troops had asked for.", nil},
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
