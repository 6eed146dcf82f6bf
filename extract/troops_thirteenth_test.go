package extract

import (
	"slices"
	"testing"
)

// TestTroopsThirteenthRound holds the troop-count class of the thirteenth
// round (dev19), on sentences of my own: a bare count after "among them"
// (or "among whom", "among those") is a part of the troop count just
// named; after a count of other people it stays out.
func TestTroopsThirteenthRound(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"among them after a troop count",
			"The army sent 4,000 troops to the coast, among them about 900 from the 3rd Brigade.",
			[]string{"4,000 troops|4000|exact", "about 900|900|approx"}},
		{"among whom with a verb",
			"Chad flew in 2,500 soldiers, among whom some 300 were medics.",
			[]string{"2,500 soldiers|2500|exact", "some 300|300|approx"}},
		{"among them with a place",
			"Peru keeps 1,200 marines on the border, among them 400 at the port of Tumbes.",
			[]string{"1,200 marines|1200|exact", "400|400|exact"}},
		{"among them after a count of other people stays out",
			"The storm killed 4,000 people, among them about 900 from the coast.", nil},
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
