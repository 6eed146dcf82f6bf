package extract

import (
	"slices"
	"testing"
)

// TestTroopsSixthRound holds the classes of troop counts that fresh
// articles (dev11 to dev13, heldout5) still missed after the fifth round,
// each on sentences of our own (guide rule 39h), with the near misses that
// must stay out.
func TestTroopsSixthRound(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// gapped counts: the subject may be a name of several words, after
		// a semicolon too, and the count a number in words
		{"gapped after a semicolon", "Senegal has promised 700 troops; Sierra Leone 350.",
			[]string{"700 troops|700|exact", "350|350|exact"}},
		{"gapped multi-word subjects", "Canada keeps about 1,800 soldiers in Latvia, Germany some 1,200 and the Netherlands 250.",
			[]string{"about 1,800 soldiers|1800|approx", "some 1,200|1200|approx", "250|250|exact"}},
		{"gapped number in words", "Australia has pledged 1,200 troops, Malaysia about 300 and Fiji about sixty.",
			[]string{"1,200 troops|1200|exact", "about 300|300|approx", "about sixty|60|approx"}},
		{"gapped after a count of things", "Spain sent 200 troops and 12 tanks, and Portugal 9.",
			[]string{"200 troops|200|exact"}},
		// a count in apposition to a body of troops
		{"apposition to a contingent", "The mission has 9,000 troops. Brazil provides the largest contingent, about 2,200, and Nepal about 1,100.",
			[]string{"9,000 troops|9000|exact", "about 2,200|2200|approx", "about 1,100|1100|approx"}},
		{"apposition to a guard", "The Republican Guard, some 3,000, stayed in its barracks.",
			[]string{"some 3,000|3000|approx"}},
		{"apposition of a distance", "He drove on to the garrison, 300 kilometres away.", nil},
		{"apposition to a work force", "The factory's work force, about 3,000, went on strike.", nil},
		// members of a body of troops however named
		{"members of the army's unit", "The minister said 48 members of the army's Rapid Engineering Unit had flown out.",
			[]string{"48 members|48|exact"}},
		{"members of the guard", "The Palace Guard numbered about 900. At least 30 members of the guard were disarmed.",
			[]string{"about 900|900|approx", "At least 30 members|30|at_least"}},
		{"members of a police force", "About 30 members of the police force arrived.", nil},
		{"members of a coalition", "Twelve members of the coalition voted against.", nil},
		// compounds with a noun modifying the unit
		{"strong engineer contingent", "A 600-strong engineer contingent from Bavaria arrived.",
			[]string{"600-strong engineer contingent|600|exact"}},
		{"man security detachment", "A 250-man security detachment guards the embassy.",
			[]string{"250-man security detachment|250|exact"}},
		{"strong crowd", "A 300-strong crowd gathered outside the base.", nil},
		{"member work force", "Staff cuts hit the 12,000-member work force.", nil},
		// a force as the subject of a change "by"; its members counted
		{"force shrinks by N members", "The regular army would shrink by about 4,000 members, to roughly 50,000 troops.",
			[]string{"about 4,000 members|4000|approx", "roughly 50,000 troops|50000|approx"}},
		{"army grows by N", "The army will grow by 6,000 over the decade.",
			[]string{"6,000|6000|exact"}},
		{"population grows by N", "The labor force shrank even though the population has grown by 100,000.", nil},
		{"budget rises by N", "The army's budget will rise by 3,000 euros.", nil},
		// a planned loss with an adverb after the modal
		{"will each lose", "The navy and the air force will each lose about 3,000 personnel.",
			[]string{"about 3,000 personnel|3000|approx"}},
		// men: on the ground, and again once the text counts soldiers so
		{"men on the ground", "“We have 2,000 men on the ground and we need more,” the colonel said.",
			[]string{"2,000 men|2000|exact"}},
		{"men on the ground floor", "Police detained 30 men on the ground floor.", nil},
		{"men again", "Moscow will cut its army by 400,000 men. Analysts said it was the deepest cut since a reduction of 1.5 million men in 1960.",
			[]string{"400,000 men|400000|exact", "1.5 million men|1500000|exact"}},
		{"men laid off", "The factory will lay off 2,000 men.", nil},
		// an anaphoric opener with a troop noun but no count before
		{"the first N after a troop noun", "An official said the new troops would come from Chad. “We are ready,” he said, adding that the first 120 could land by Friday.",
			[]string{"120|120|exact"}},
		{"the first N after money", "The fund paid $3,000 to the unit. The first 3,000 are gone.", nil},
		{"the first N protesters", "Soldiers fired on the crowd, and the first 50 protesters were arrested.", nil},
		// an explicit partitive before a present-tense verb; an adverb
		// before a count opening its sentence
		{"of the N, M come", "The mission has about 5,600 peacekeepers. Of the 5,600, roughly 1,900 come from Ghana.",
			[]string{"about 5,600 peacekeepers|5600|approx", "5,600|5600|exact", "roughly 1,900|1900|approx"}},
		{"only N had", "About 30,000 fighters are to hand in their arms. Only about 9,000 had done so by Friday.",
			[]string{"About 30,000 fighters|30000|approx", "about 9,000|9000|approx"}},
		// a vague count "of them" after a troop count of its sentence
		{"several thousand of them", "Diplomats say the militia has tens of thousands of fighters, and that several thousand of them are in the capital.",
			[]string{"tens of thousands of fighters|10000|vague", "several thousand|1000|vague"}},
		{"thousands of them, not troops", "The town has 20,000 residents, and thousands of them have fled.", nil},
		// verbs of fielding a force and of enlarging it
		{"sustain N", "The minister wants the new force to be able to sustain up to 8,000 on missions abroad.",
			[]string{"up to 8,000|8000|up_to"}},
		{"sustain jobs", "The plan can sustain 10,000 jobs.", nil},
		{"enlarge the force to N", "Council votes to enlarge Congo force to 17,500",
			[]string{"17,500|17500|exact"}},
		// a size stated with "at" after a verb of estimating
		{"estimated the force at", "The Pentagon estimated the rebel force at 25,000.",
			[]string{"25,000|25000|exact"}},
		{"puts the troops at", "Kyiv puts the Russian troops in the region at about 60,000.",
			[]string{"about 60,000|60000|approx"}},
		{"puts the cost at", "The agency puts the cost of the deployment at 30,000.", nil},
		{"estimated the crowd at", "Officials estimated the crowd at 30,000.", nil},
		// a noun shared by two counts with their own premodifiers
		{"shared noun after demonyms", "Some 600 Irish and 400 Finnish soldiers serve in Lebanon.",
			[]string{"Some 600|600|approx", "400 Finnish soldiers|400|exact"}},
		{"shared noun of tourists", "Some 600 Irish and 400 Finnish tourists came.", nil},
		// a force as the subject of "from N to M"
		{"troop level drops from to", "The Pentagon said the troop level would drop from 4,500 to 2,500.",
			[]string{"4,500|4500|exact", "2,500|2500|exact"}},
		{"price falls from to", "The price of bread fell from 4,200 to 3,000.", nil},
		{"budget rises by", "The army's budget will rise by 3,000.", nil},
		// a body of troops that has N somewhere
		{"has N in the area", "The army has about 1,000 in the area and another 2,000 on standby.",
			[]string{"about 1,000|1000|approx", "2,000|2000|exact"}},
		{"has N after a troop count", "Britain sent 300 soldiers to Estonia. It also has 900 in Poland.",
			[]string{"300 soldiers|300|exact", "900|900|exact"}},
		{"a company has N", "The company has 300 in Germany.", nil},
		// a headline's bare count, its troops counted in the body
		{"headline masses N", "Russia masses 100,000 on Ukraine border\n\nRussia has massed more than 100,000 troops near the border, officials said.",
			[]string{"100,000|100000|exact", "more than 100,000 troops|100000|over"}},
		{"headline on alert", "Pentagon orders 8,500 on heightened alert\n\nThe Pentagon put up to 8,500 troops on heightened alert on Monday.",
			[]string{"8,500|8500|exact", "up to 8,500 troops|8500|up_to"}},
		{"headline on standby, nurses", "Hospital puts 40 on standby\n\nThe hospital put 40 nurses on standby.", nil},
		{"headline send N, no count in the body", "Police send 300 to the border\n\nPolice said officers would help the troops.", nil},
		// "has N" ending a clause after a troop count or a force
		{"and X has N", "France has 5,100 soldiers in the Sahel, and Germany has about 1,000.",
			[]string{"5,100 soldiers|5100|exact", "about 1,000|1000|approx"}},
		{"which now has N", "The contingent, which now has 900, will grow.", []string{"900|900|exact"}},
		{"town has N", "The town has 20,000 residents, and the city has about 1,000.", nil},
		// a part of a counted whole: the number alone
		{"N of the M troops", "The Dutch will supply 400 of the 1,100 troops.",
			[]string{"400|400|exact", "1,100 troops|1100|exact"}},
		{"N of the M apples", "He ate 3 of the 12 apples.", nil},
		// a change verb that is also a casualty word, before "from" or "to"
		{"troop numbers have fallen from to", "Troop numbers have fallen from about 130,000 to 10,000.",
			[]string{"about 130,000|130000|approx", "10,000|10000|exact"}},
		{"the number had fallen to", "About 300 troops faced each other. An officer said the number had fallen to fewer than 100 by August.",
			[]string{"About 300 troops|300|approx", "fewer than 100|100|under"}},
		{"bread fell from to", "The price of bread fell from about 4,200 to 3,000.", nil},
		// a quoted "have N" place whose attribution names the troops
		{"quoted have N on the ground", "“We have 2,500 on the ground already,” the minister said of the troops.",
			[]string{"2,500|2500|exact"}},
		{"have N, troops later in the sentence", "The charity has 300 in Haiti, and more soldiers are due.", nil},
		{"quoted have N, a doctor", "\"We have 300 in the hospital,\" the doctor said.", nil},
		// a size stated "at between" two counts; a force whose estimates
		// "range from" one count to another
		{"at between N and M", "Sources put the number of Wagner fighters in Libya at between 800 and 1,200.",
			[]string{"800|800|exact", "1,200|1200|exact"}},
		{"force ranges from to", "Estimates of the rebel force range from 5,000 to 10,000.",
			[]string{"5,000|5000|exact", "10,000|10000|exact"}},
		{"prices range from to", "Prices range from 300 to 500.", nil},
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
