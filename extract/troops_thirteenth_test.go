package extract

import (
	"slices"
	"testing"
)

// TestTroopsThirteenthRound holds the troop-count class of the thirteenth
// round (dev19, probe21), on sentences of my own: a bare count after
// "among them" (or "among whom", "among those") is a part of the troop
// count just named, so is one opening a second reported clause ("and that
// about 600 would stay") and one a withdrawal leaves behind ("leaving
// about 800 at the base"); "600 of his men" are a soldier's men. After a
// count of other people, or a civilian owner, they stay out.
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
		// a second reported clause after "and that"
		{"and that + a bare count",
			"She said some 5,000 soldiers would go back to their bases, and that about 400 would stay at the border.",
			[]string{"some 5,000 soldiers|5000|approx", "about 400|400|approx"}},
		{"and that + a bare count with a modal",
			"Officials said 3,500 marines had landed and that 900 could follow next month.",
			[]string{"3,500 marines|3500|exact", "900|900|exact"}},
		{"and that after a count of other people stays out",
			"Officials said 3,500 refugees had crossed and that 900 would follow.", nil},
		// a commander's men
		{"a colonel's men",
			"The major said about 300 of his men would guard the depot.",
			[]string{"about 300 of his men|300|approx"}},
		{"a national officer's men",
			"A Turkish officer at the checkpoint said 250 of his men would stay.",
			[]string{"250 of his men|250|exact"}},
		{"a general's men after told",
			"Gen. Ortega told reporters that 2,000 of his men had crossed the river.",
			[]string{"2,000 of his men|2000|exact"}},
		{"a police commander's men stay out",
			"The police commander said about 600 of his men would guard the stadium.", nil},
		{"a mayor's men stay out",
			"The mayor said about 600 of his men would clear the streets.", nil},
		// what a withdrawal leaves behind
		{"leaving a bare count after a troop count",
			"France will withdraw 2,000 of its soldiers from Chad by June, leaving about 800 at the base.",
			[]string{"2,000 of its soldiers|2000|exact", "about 800|800|approx"}},
		{"leaving a bare count in a garrison",
			"The army pulled 5,000 troops out of the valley, leaving 1,200 in the garrison.",
			[]string{"5,000 troops|5000|exact", "1,200|1200|exact"}},
		{"leaving the dead stays out",
			"Rebels attacked 300 soldiers at the pass, leaving 40 dead.",
			[]string{"300 soldiers|300|exact"}},
		{"leaving the homeless stays out",
			"The battalion shelled the village, leaving 300 homeless.", nil},
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
