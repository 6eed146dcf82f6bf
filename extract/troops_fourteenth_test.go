package extract

import (
	"slices"
	"testing"
)

// TestTroopsFourteenthRound holds the troop-count classes of the
// fourteenth round (guide 39n), on sentences of my own: men of a named
// unit, officers whose phrase names a military role ("staff officers",
// "Army advisers", "officers and men"), and soldiers hurt, who are
// casualties like the wounded; roles made military by a branch before
// them ("navy divers", "air force instructors"); a named body that
// numbers in a paragraph about troops ("At its height, UNAMSIL
// numbered about 17,500").
func TestTroopsFourteenthRound(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// men of a unit
		{"men of a numbered battalion",
			"About 900 men of the 2nd Battalion, Royal Irish Regiment, crossed the river at dawn.",
			[]string{"About 900 men|900|approx"}},
		{"men from a regiment",
			"The colonel brought 450 men from the 4th Parachute Regiment to the airfield.",
			[]string{"450 men|450|exact"}},
		{"men of an infantry brigade",
			"Some 3,000 men of an infantry brigade were moved north.",
			[]string{"Some 3,000 men|3000|approx"}},
		{"men of a village stay out",
			"Police questioned 30 men of the village about the fire.", nil},
		{"men of a police force stay out",
			"About 200 men of the local police force guarded the polls.", nil},
		// officers whose phrase is military
		{"staff officers",
			"Some 80 staff officers will run the new headquarters.",
			[]string{"Some 80 staff officers|80|approx"}},
		{"army advisers with a demonym",
			"He said about 15 British Army advisers were training the new battalions.",
			[]string{"about 15 British Army advisers|15|approx"}},
		{"officers and men",
			"The 640 officers and men of the frigate were given shore leave.",
			[]string{"640 officers and men|640|exact"}},
		{"a role made military by its branch",
			"The search team of 60 soldiers and 12 navy divers worked through the night.",
			[]string{"60 soldiers|60|exact", "12 navy divers|12|exact"}},
		{"air force instructors",
			"About 30 air force instructors will train the new pilots.",
			[]string{"About 30 air force instructors|30|approx"}},
		{"a role alone stays out",
			"The airline will hire 40 pilots and 12 divers this year.", nil},
		{"police officers stay out",
			"About 300 police officers sealed off the square.", nil},
		// a named body that numbers, in a paragraph about troops
		{"an acronym numbered",
			"The first soldiers left in May. At its height, UNAMSIL numbered about 17,500.",
			[]string{"about 17,500|17500|approx"}},
		{"a named group, which at its height numbered",
			"The troops were thanked. The Joint Observer Team, which at its height numbered about 240, went home.",
			[]string{"about 240|240|approx"}},
		{"a place that numbers stays out",
			"Soldiers guarded the camps. By then Gaza numbered 600,000.", nil},
		{"a named body without troops in the paragraph stays out",
			"The orchestra toured Asia. At its height, the Philharmonia numbered about 120.", nil},
		// hurt is a casualty word
		{"soldiers hurt",
			"Training was halted when four soldiers were hurt during a crash.", nil},
		{"soldiers of a named unit hurt",
			"Two sailors from the Royal Navy were injured when the crane fell.", nil},
		{"soldiers of a named unit sent",
			"About 300 soldiers from the Black Rifles arrived in the capital.",
			[]string{"About 300 soldiers|300|approx"}},
		{"soldiers not hurt",
			"The ministry sent 400 soldiers to the flooded province.",
			[]string{"400 soldiers|400|exact"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := troopsOf(p, tc.text); !slices.Equal(got, tc.want) {
				t.Errorf("%q\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}
