package extract

import (
	"slices"
	"testing"
)

// TestTroopsEighthRound holds the troop-count classes the eighth round
// fixed (guide rule 39i), on sentences of our own, with the near misses
// that must stay out.
func TestTroopsEighthRound(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a number verb before an estimated count",
			"The rebel forces, which numbered an estimated 30,000 in the spring, fell back.",
			[]string{"estimated 30,000|30000|approx"}},
		{"a force as the relative's object of a reckoning verb",
			"Chinese forces that Japanese officials put at about 40,000 near the border stayed.",
			[]string{"about 40,000|40000|approx"}},
		{"a figure up from a count, then a calendar word",
			"Hungary has 6,000 soldiers at the fence. The figure is up from about 4,500 last month.",
			[]string{"6,000 soldiers|6000|exact", "about 4,500|4500|approx"}},
		{"a militia numbering a million or more",
			"The government says its militia numbers 1.2 million.",
			[]string{"1.2 million|1200000|exact"}},
		{"a million or more alone stays out", "The city has 1.2 million.", nil},
		{"a direction as premodifier",
			"The rebels said they had captured about 90 southern soldiers.",
			[]string{"about 90 southern soldiers|90|approx"}},
		{"its own personnel",
			"The navy will keep about 200 of its own personnel at the port.",
			[]string{"about 200 of its own personnel|200|approx"}},
		{"a corps of the army and an air force's firefighters",
			"A team of about 12 Royal Engineers and several hundred RAF firefighters arrived.",
			[]string{"about 12 Royal Engineers|12|approx", "several hundred RAF firefighters|100|vague"}},
		{"a unit named by a number", "Marines of 40 Commando landed at dawn.", nil},
		{"a plural after a number is a count", "About 300 Marines landed at dawn.",
			[]string{"About 300 Marines|300|approx"}},
		{"a depot is no personnel", "Jobs at two Air Force depots were saved.", nil},
		{"a list of the dead with an auxiliary",
			"Officials said 120 soldiers and 45 civilians had been killed.", nil},
		{"the dead after an insertion",
			"Fifteen army personnel, including a major, were killed in the ambush.", nil},
		{"an insertion with no death",
			"About 500 soldiers, including a medical team, were sent to the border.",
			[]string{"About 500 soldiers|500|approx"}},
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
