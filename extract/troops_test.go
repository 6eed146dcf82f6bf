package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func troopsPipeline(tb testing.TB) *Pipeline { return testPipeline(tb, corpus.Troops) }

// troopsOf renders the TROOPS annotations of text as "span|value|mod".
func troopsOf(p *Pipeline, text string) []string {
	var out []string
	for _, a := range p.Annotate(corpus.Document{ID: "t", Date: "2022-02-13", Text: text}) {
		if a.Type == corpus.Troops {
			out = append(out, fmt.Sprintf("%s|%d|%s", a.Text, a.Count, a.Mod))
		}
	}
	return out
}

func TestTroops(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// Noun phrases with a personnel noun.
		{"up to", "Washington will send up to 4,200 military personnel to Romania.",
			[]string{"up to 4,200 military personnel|4200|up_to"}},
		{"adjective after number", "The Pentagon ordered 2,500 additional soldiers to Lithuania.",
			[]string{"2,500 additional soldiers|2500|exact"}},
		{"demonym", "They will join the 900 US soldiers already in Latvia.",
			[]string{"900 US soldiers|900|exact"}},
		{"indian grouping", "Moscow has massed over 1,25,000 troops near the frontier.",
			[]string{"over 1,25,000 troops|125000|over"}},
		{"vague partitive", "Tens of thousands of soldiers are exercising in Belarus.",
			[]string{"Tens of thousands of soldiers|10000|vague"}},
		{"paratroopers", "Britain flew 600 paratroopers to Estonia on Friday.",
			[]string{"600 paratroopers|600|exact"}},
		{"partitive possessive", "Germany will move 350 of its troops to Lithuania.",
			[]string{"350 of its troops|350|exact"}},
		{"partitive named possessive", "Kyiv says 40,000 of Russia's soldiers are in Belarus.",
			[]string{"40,000 of Russia's soldiers|40000|exact"}},
		{"several adjectives", "Russia keeps 100,000 Russian combat troops near the border.",
			[]string{"100,000 Russian combat troops|100000|exact"}},
		{"member compound", "Poland offered a 5,000-member force for the mission.",
			[]string{"5,000-member force|5000|exact"}},
		{"strong compound", "The alliance keeps a 30,000-strong force on standby.",
			[]string{"30,000-strong force|30000|exact"}},
		{"strong after force", "The brigade, 4,000 strong, arrived in Latvia.",
			[]string{"4,000 strong|4000|exact"}},
		{"man compound", "A 3,000-man brigade was moved west.",
			[]string{"3,000-man brigade|3000|exact"}},
		{"demonstrative outside", "He said these 4,000 soldiers would stay in Germany.",
			[]string{"4,000 soldiers|4000|exact"}},
		{"another outside", "The US is sending another 1,000 troops.",
			[]string{"1,000 troops|1000|exact"}},
		{"a further outside", "London will deploy a further 500 marines.",
			[]string{"500 marines|500|exact"}},
		{"an additional outside", "Officials approved an additional 700 reservists.",
			[]string{"700 reservists|700|exact"}},
		{"about", "About 3,000 troops took part.", []string{"About 3,000 troops|3000|approx"}},
		{"nearly", "Nearly 2,000 sailors are aboard.", []string{"Nearly 2,000 sailors|2000|approx"}},
		{"some", "Some 1,500 peacekeepers remain.", []string{"Some 1,500 peacekeepers|1500|approx"}},
		{"roughly", "It has roughly 900 service members there.", []string{"roughly 900 service members|900|approx"}},
		{"around", "Around 400 airmen will rotate.", []string{"Around 400 airmen|400|approx"}},
		{"approximately", "Approximately 250 marines landed.", []string{"Approximately 250 marines|250|approx"}},
		{"an estimated", "Russia called up an estimated 60,000 reservists.",
			[]string{"estimated 60,000 reservists|60000|approx"}},
		{"at least", "At least 700 soldiers crossed the river.", []string{"At least 700 soldiers|700|at_least"}},
		{"more than", "More than 100,000 troops are stationed there.",
			[]string{"More than 100,000 troops|100000|over"}},
		{"fewer than", "Fewer than 200 troops stayed behind.", []string{"Fewer than 200 troops|200|under"}},
		{"less than", "It keeps less than 90 soldiers at the base.", []string{"less than 90 soldiers|90|under"}},
		{"as many as", "As many as 175,000 troops could be involved.",
			[]string{"As many as 175,000 troops|175000|up_to"}},
		{"several thousand", "Several thousand troops arrived by rail.",
			[]string{"Several thousand troops|1000|vague"}},
		{"thousands", "Thousands of troops marched through Minsk.", []string{"Thousands of troops|1000|vague"}},
		{"hundreds", "Hundreds of soldiers were seen near Kharkiv.", []string{"Hundreds of soldiers|100|vague"}},
		{"number words", "Two thousand soldiers will go to Romania.", []string{"Two thousand soldiers|2000|exact"}},
		{"hyphenated number word", "Twenty-five marines guard the embassy.", []string{"Twenty-five marines|25|exact"}},
		{"a dozen", "A dozen soldiers were detained at the border.", []string{"A dozen soldiers|12|exact"}},
		{"small number word", "Two Russian soldiers were captured on Monday.", []string{"Two Russian soldiers|2|exact"}},
		{"million", "The army has 1.5 million soldiers on paper.", []string{"1.5 million soldiers|1500000|exact"}},
		{"european grouping", "Spain will send 8.500 soldiers to the exercise.", []string{"8.500 soldiers|8500|exact"}},
		{"range", "NATO may add 3,000-5,000 troops in the east.", []string{"3,000-5,000 troops|5000|up_to"}},
		{"captured count", "Kyiv said it had captured 120 Russian soldiers.", []string{"120 Russian soldiers|120|exact"}},
		{"surrendered count", "Some 300 soldiers surrendered near the port.", []string{"Some 300 soldiers|300|approx"}},
		{"air force personnel", "It sent 800 Air Force personnel to Poland.", []string{"800 Air Force personnel|800|exact"}},
		{"security forces", "Kazakhstan asked for 2,500 security forces.", []string{"2,500 security forces|2500|exact"}},
		{"inside a quote", "“We have 4,000 troops ready,” he said.", []string{"4,000 troops|4000|exact"}},

		// Elided nouns.
		{"list after troop mention",
			"The alliance deployed 2,000 soldiers to allied states: 800 to Latvia, 700 to Estonia and 500 to Lithuania.",
			[]string{"2,000 soldiers|2000|exact", "800|800|exact", "700|700|exact", "500|500|exact"}},
		{"copula after number of personnel",
			"“The number of service members placed on standby is 6,000,” the spokesman said.",
			[]string{"6,000|6000|exact"}},
		{"numbered", "The battlegroup, which numbered 12,000, moved north.", []string{"12,000|12000|exact"}},
		{"totals", "The German contingent totals 1,500, officials said.", []string{"1,500|1500|exact"}},
		{"stood at", "The force stood at about 2,000 in March.", []string{"about 2,000|2000|approx"}},
		{"force of", "The EU discussed a force of 5,000 for the region.", []string{"5,000|5000|exact"}},
		{"deployed after troop mention",
			"The troop buildup continues. Moscow has deployed more than 100,000 along the border.",
			[]string{"more than 100,000|100000|over"}},
		{"risen to", "The number of Russian troops near Ukraine has risen to 130,000, officials said.",
			[]string{"130,000|130000|exact"}},
		{"bringing to after count", "Canada will send 460 troops, bringing its contingent to 800.",
			[]string{"460 troops|460|exact", "800|800|exact"}},
		{"each", "NATO has four battlegroups of roughly 1,000 each.", []string{"roughly 1,000|1000|approx"}},
		{"to range with modifier", "Russia massed an estimated 150,000 to 190,000 troops.",
			[]string{"estimated 150,000|150000|approx", "190,000 troops|190000|exact"}},
		{"between range", "Each group has between 800 and 1,000 soldiers.",
			[]string{"800|800|exact", "1,000 soldiers|1000|exact"}}, // guide rule 36: each number its own count
		{"from to is not a range", "The force grew from 3,000 to 5,000 troops.", []string{"3,000|3000|exact", "5,000 troops|5000|exact"}},
		{"headline title case", "Russia Deploys 100,000 Troops Near Ukraine", []string{"100,000 Troops|100000|exact"}},
		{"taken prisoner", "Around 200 Russian soldiers were taken prisoner.",
			[]string{"Around 200 Russian soldiers|200|approx"}},
		{"irregular plural", "The drills involve 9,000 servicemen and 300 tanks.", []string{"9,000 servicemen|9000|exact"}},
		{"particle over", "Kyiv handed over 300 soldiers to Russia.", []string{"300 soldiers|300|exact"}},
		{"partitive with possessive noun", "Some 1,700 of the army's troops left.",
			[]string{"Some 1,700 of the army's troops|1700|approx"}},
		{"no-break space grouping", "Spain will send 8\u00a0500 soldiers.", []string{"8\u00a0500 soldiers|8500|exact"}},
		{"scale then digits", "It has 8 thousand 500 soldiers there.", []string{"8 thousand 500 soldiers|8500|exact"}},

		// Not troop numbers.
		{"label", "The treaty's Article 5 forces allies to act.", nil},
		{"copula of another count", "The number of troops is 10,000 and the number of jets is 50.",
			[]string{"10,000|10000|exact"}},
		{"casualty list", "Russia acknowledged 498 soldiers killed and 1,597 wounded in action.", nil},
		{"casualties after and", "At least 2 soldiers and 4 civilians died in Kharkiv.", nil},
		{"had been killed", "Kyiv claimed that 5,300 Russian soldiers had been killed.", nil},
		{"date", "On January 26 the talks resumed in Paris.", nil},
		{"day range", "November 9-13: the vice-president traveled to France.", nil},
		{"day before month", "On 6 December troops were seen moving.", nil},
		{"year before noun", "In 2014 Russian troops entered Crimea.", nil},
		{"year", "The alliance was enlarged in 1997 and 2004.", nil},
		{"article", "Article 5 of the treaty binds all allies.", nil},
		{"vehicles and aircraft", "At least 250 military vehicles and fighter aircraft flew in the region.", nil},
		{"fighter jets", "Poland sent 30 fighter jets.", nil},
		{"troop carriers", "The column included 40 troop carriers.", nil},
		{"leaders", "President Biden met with 16 European leaders.", nil},
		{"killed", "About 1,000 soldiers were killed in the battle.", nil},
		{"killed before", "The strike killed 30 soldiers overnight.", nil},
		{"deaths of", "The deaths of 50 soldiers were confirmed.", nil},
		{"wounded adjective", "Doctors treated 200 wounded soldiers.", nil},
		{"lost", "Russia has lost 10,000 soldiers, Kyiv claims.", nil},
		{"dead", "Officials counted 12 soldiers dead after the attack.", nil},
		{"money", "Congress approved $3 billion in military aid for troops.", nil},
		{"euro", "The EU pledged €500 million for soldiers' equipment.", nil},
		{"dollars after troops", "The US will send 3,000 troops and 200 million dollars.", []string{"3,000 troops|3000|exact"}},
		{"refugees", "More than 3,000 refugees crossed into Poland.", nil},
		{"civilians", "Some 5,000 civilians fled the city.", nil},
		{"percent", "About 20% of the troops are conscripts.", nil},
		{"percent word", "Some 30 percent of soldiers are reservists.", nil},
		{"ordinal", "The 82nd Airborne Division is on alert.", nil},
		{"calls", "Blinken held 12 calls with allies.", nil},
		{"age compound", "A 20-year-old soldier was detained.", nil},
		{"member bloc", "The 27-member bloc agreed on sanctions.", nil},
		{"time", "At 10:30 troops began to move.", nil},
		{"age range", "Men aged 18 to 60 may not leave.", nil},
		{"one soldier", "One soldier was detained at the checkpoint.", nil},
		{"one of the soldiers", "One of the soldiers spoke to reporters.", nil},
		{"list after other noun", "The US sent 3,000 troops and 200 tanks, 100 to Poland.",
			[]string{"3,000 troops|3000|exact"}},
		{"number increasing", "The number (of soldiers) is increasing, he said.", nil},
		{"people", "Some 2,000 people attended the rally.", nil},
		{"fraction", "Of the troops, two-thirds have already arrived.", nil},
		{"meetings", "There were 4 meetings between the two sides.", nil},
		{"kilometres", "The troops were 50 km from the border.", nil},
		{"model number", "Russia moved 20 Su-35 fighters to Belarus.", nil},
		{"bare number without context", "Moscow said 3,000 in a statement.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := troopsOf(p, tt.text)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("%q\n got: %q\nwant: %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestNumQty(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		text  string
		value int
		vague bool
		ok    bool
	}{
		{"8,500", 8500, false, true},
		{"1,00,000", 100000, false, true},
		{"3.5 million", 3500000, false, true},
		{"8.500", 8500, false, true},
		{"10k", 10000, false, true},
		{"two thousand", 2000, false, true},
		{"two hundred and fifty thousand", 250000, false, true},
		{"twenty-five", 25, false, true},
		{"a dozen", 12, false, true},
		{"two dozen", 24, false, true},
		{"tens of thousands", 10000, true, true},
		{"thousands", 1000, true, true},
		{"several thousand", 1000, true, true},
		{"hundreds", 100, true, true},
		{"two-thirds", 0, false, false},
		{"thousand", 0, false, false},
		{"soldiers", 0, false, false},
	}
	for _, tt := range tests {
		d := p.analyze(corpus.Document{Text: tt.text})
		q, ok := d.numQtyAt(0)
		if ok != tt.ok || ok && (q.value != tt.value || q.vague != tt.vague || q.end != len(d.toks)) {
			t.Errorf("%q: got %+v %v, want %d vague=%v ok=%v", tt.text, q, ok, tt.value, tt.vague, tt.ok)
		}
	}
}

func BenchmarkTroops(b *testing.B) {
	p := troopsPipeline(b)
	para := "On February 2, the Pentagon said it would send up to 3,000 additional soldiers to allied " +
		"countries: 1,000 to Romania, 1,700 to Poland and 300 to Germany. Russia has massed more than " +
		"100,000 troops near Ukraine, and tens of thousands of soldiers are in Belarus, where a " +
		"30,000-strong force numbered 40,000 last year. At least 250 military vehicles and 30 fighter " +
		"jets took part, and $3 billion in aid was approved in 2022.\n"
	doc := corpus.Document{ID: "bench", Text: strings.Repeat(para, 200)}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		d := p.analyze(doc)
		if len(p.troops(d)) == 0 {
			b.Fatal("no troops")
		}
	}
}

// TestTroopsAnaphoraAndCaptives covers elided counts that refer back to a
// troop count of the passage, and counted captives and defenders.
func TestTroopsAnaphoraAndCaptives(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"partitive with a present verb and a list", "Chile sent 4,000 soldiers north. Of those, 2,500 serve in the navy and 1,500 in the army.",
			[]string{"4,000 soldiers|4000|exact", "2,500|2500|exact", "1,500|1500|exact"}},
		{"after an opening prepositional phrase", "Britain keeps 2,000 troops in Cyprus. Under the new treaty, about 900 are to leave in May.",
			[]string{"2,000 troops|2000|exact", "about 900|900|approx"}},
		{"opening phrase, money after", "Britain keeps 2,000 troops in Cyprus. Under the new treaty, 900 euros of aid were paid.",
			[]string{"2,000 troops|2000|exact"}},
		{"the number of a force brought to N", "Peru sent more soldiers to the border. The move raises the number of army units in the region to about 7,000, officials said.",
			[]string{"about 7,000|7000|approx"}},
		{"the number of dead brought to N stays out", "The attack on the soldiers brought the number of dead to 120.",
			nil},
		{"officers of a country", "About 200 French officers will stay to train the army.",
			[]string{"About 200 French officers|200|approx"}},
		{"police officers stay out", "The city will hire 2,000 officers by March.",
			nil},
		{"demonstrative", "NATO put 8,500 troops on alert. Those 8,500 are on standby in the US.",
			[]string{"8,500 troops|8500|exact", "8,500|8500|exact"}},
		{"the remaining", "Of the 3,000 soldiers, 2,700 will go home. The remaining 300 will stay.",
			[]string{"3,000 soldiers|3000|exact", "2,700|2700|exact", "300|300|exact"}},
		{"partitive", "The brigade has 3,000 soldiers. Of the 3,000, most are paratroopers.",
			[]string{"3,000 soldiers|3000|exact", "3,000|3000|exact"}},
		{"all", "Russia sent 400 soldiers. All 400 returned safely.",
			[]string{"400 soldiers|400|exact", "400|400|exact"}},
		{"the other", "Some 5,000 troops crossed. The other 1,200 stayed behind in barracks.",
			[]string{"Some 5,000 troops|5000|approx", "1,200|1200|exact"}},
		{"vehicles break the passage", "The army lost 500 tanks. Those 500 were destroyed.", nil},
		{"money breaks the passage", "The fund paid $3,000 to the unit. Those 3,000 are gone.", nil},
		// a demonstrative with the same number refers back however far
		// (guide 39f, after dev10's gold); another number does not
		{"the same number far back", "Kyiv sent 900 soldiers.\n\nTalks went on.\n\nPrices rose.\n\nThose 900 are home.",
			[]string{"900 soldiers|900|exact", "900|900|exact"}},
		{"too far back", "Kyiv sent 900 soldiers.\n\nTalks went on.\n\nPrices rose.\n\nThose 700 are home.",
			[]string{"900 soldiers|900|exact"}},
		{"dead stay out", "The unit had 600 soldiers. Those 600 were killed in the assault.",
			[]string{"600 soldiers|600|exact"}},
		{"prisoners of war", "Ukraine and Russia exchanged 100 prisoners of war on Friday.",
			[]string{"100 prisoners of war|100|exact"}},
		{"released soldiers and defenders", "Russia released 210 of its soldiers, including 60 who defended the plant.",
			[]string{"210 of its soldiers|210|exact", "60|60|exact"}},
		{"defenders", "About 1,000 defenders remained in the steelworks.",
			[]string{"About 1,000 defenders|1000|approx"}},
		{"members of a named unit", "Kyiv said 50 members of the Azov regiment were freed.",
			[]string{"50 members|50|exact"}},
		{"members of something else", "The 300 members of the committee voted.", nil},
		// dev4 round: prisoners in a passage about prisoners of war
		{"prisoners beside prisoners of war", "Chad said about 400 prisoners were bused home on Monday. Libya freed 90 prisoners of war.",
			[]string{"about 400 prisoners|400|approx", "90 prisoners of war|90|exact"}},
		{"gapping after a troop count", "Chad keeps 3,000 soldiers in the north, and Niger about 1,200.",
			[]string{"3,000 soldiers|3000|exact", "about 1,200|1200|approx"}},
		{"gapping after a count of something else stays out", "Chad bought 300 tanks, and Niger about 120.", nil},
		{"prisoners without prisoners of war stay out", "The jail holds about 400 prisoners.", nil},
		{"vague partitive of prisoners stays out", "Both sides swap hundreds of prisoners.\n\nThey exchanged 80 POWs.",
			[]string{"80 POWs|80|exact"}},
		{"of the N, M were", "Mali freed 500 prisoners of war. Of the 500, at least 40 were sergeants.",
			[]string{"500 prisoners of war|500|exact", "500|500|exact", "at least 40|40|at_least"}},
		{"rise to N during", "The number of foreign soldiers in the region will rise to about 3,000 during the summer. Of those, about 900 will be sailors.",
			[]string{"about 3,000|3000|approx", "about 900|900|approx"}},
		// issue 15: more anaphora
		{"a present-tense verb after the demonstrative", "Denmark keeps 1,200 sailors in port. Those 1,200 remain aboard.",
			[]string{"1,200 sailors|1200|exact", "1,200|1200|exact"}},
		{"a participle after the determiner", "Spain ordered 600 marines west. The 600 heading to Cadiz are reservists.",
			[]string{"600 marines|600|exact", "600|600|exact"}},
		{"an adjective is no verb", "Spain sent 600 marines. Those 600 armoured vehicles stay.",
			[]string{"600 marines|600|exact"}},
		{"a sentence opened by the count", "Oslo will send 900 troops. About 600 will go to Tromso, and 300 will stay in Bodo.",
			[]string{"900 troops|900|exact", "About 600|600|approx", "300|300|exact"}},
		{"a sentence opened by a count of others", "Oslo sent 900 troops. More than 4,000 local families have left.",
			[]string{"900 troops|900|exact"}},
		{"of whom", "Italy has some 2,100 soldiers abroad, of whom about 400 are in Lebanon.",
			[]string{"some 2,100 soldiers|2100|approx", "about 400|400|approx"}},
		{"of those", "Some 9,000 sailors serve in the fleet. Of those, roughly 2,000 were drafted.",
			[]string{"Some 9,000 sailors|9000|approx", "roughly 2,000|2000|approx"}},
		{"a duration does not break the passage", "Rome will send 800 soldiers for six months. Of the 800, half are medics.",
			[]string{"800 soldiers|800|exact", "800|800|exact"}},
		{"the same number counted as others", "Lisbon took in 300 civilians and 120 soldiers. Of the 300, most were children.",
			[]string{"120 soldiers|120|exact"}},
		{"the same number two paragraphs back", "Madrid sends 700 troops\n\nThe talks went on.\n\nOf the 700, most are engineers.",
			[]string{"700 troops|700|exact", "700|700|exact"}},
		{"of us", "His fighters held the city. He said that \"4,000 of us\" would stay.",
			[]string{"4,000|4000|exact"}},
		{"a predicate noun", "Of the 90 freed, 70 are soldiers and the rest civilians.",
			[]string{"70|70|exact"}},
		{"put the number at", "The brigade crossed the river. Officials put the number who reached the town at about 1,500.",
			nil},
		{"put the number at, after a count", "Some 3,000 soldiers marched. Officials put the number who reached the town at about 1,500.",
			[]string{"Some 3,000 soldiers|3000|approx", "about 1,500|1500|approx"}},
		{"of them, with an -ed verb", "Oslo has 9,000 troops abroad. Of them, about 2,000 arrived in May.",
			[]string{"9,000 troops|9000|exact", "about 2,000|2000|approx"}},
		{"another and more", "Rome sent 800 soldiers, and another 400 will follow. The 800 landed, and 150 more will fly on Monday.",
			[]string{"800 soldiers|800|exact", "400|400|exact", "800|800|exact", "150|150|exact"}},
		{"a further", "Lisbon has 300 marines ready. A further 200 are on standby.",
			[]string{"300 marines|300|exact", "200|200|exact"}},
		{"of these", "Kyiv has about 40,000 troops in the north; 15,000 of these are reservists.",
			[]string{"about 40,000 troops|40000|approx", "15,000|15000|exact"}},
		{"counts of other things after troops", "NATO has 40,000 troops in the east. About 30 countries contributed. About 1,200 residents signed.",
			[]string{"40,000 troops|40000|exact"}},
		{"N more by", "Kyiv has trained 40,000 recruits this year; it wants 20,000 more by June.",
			[]string{"40,000 recruits|40000|exact", "20,000|20000|exact"}},
		{"N more of something else", "Kyiv has trained 40,000 recruits; it wants 20 more drones.",
			[]string{"40,000 recruits|40000|exact"}},
		{"a predicate of other people", "The brigade will have 4,800 troops. Of the 4,800, roughly 200 will be civilians.",
			[]string{"4,800 troops|4800|exact", "4,800|4800|exact"}},
		{"from about N to M soldiers", "Kyiv will grow its army from about 200,000 to 300,000 soldiers.",
			[]string{"about 200,000|200000|approx", "300,000 soldiers|300000|exact"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := troopsOf(p, tc.text); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTroopsUnusualCounts covers the bare and unusual counts of issue 15's
// fourth round, each with the rule that finds it and a case it must leave
// out.
func TestTroopsUnusualCounts(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// rule anaphor: a count opening a reported clause
		{"reported clause", "Chile had 6,000 troops on the coast. Officers say about 5,000 remain near Arica.",
			[]string{"6,000 troops|6000|exact", "about 5,000|5000|approx"}},
		{"reported clause after that", "Peru keeps 900 marines at sea. The navy believes that 700 stayed aboard.",
			[]string{"900 marines|900|exact", "700|700|exact"}},
		{"reported clause of others", "Peru keeps 900 marines at sea. Officials say 3,000 residents left.",
			[]string{"900 marines|900|exact"}},
		{"reported clause without troops", "Lima had 40,000 visitors. Officials say about 30,000 remain.", nil},
		// rule anaphor: "the N" inside a sentence, the same number counted as troops
		{"the same number mid-sentence", "Oslo sent 1,500 troops north. Critics asked when the 1,500 would return.",
			[]string{"1,500 troops|1500|exact", "1,500|1500|exact"}},
		{"the same number counted as money", "Oslo paid 1,500 euros. Critics asked when the 1,500 would return.", nil},
		// rule anaphor: a number in words after an explicit partitive
		{"number in words after Of the N,", "Kyiv said 300 fighters were freed. Of the 300, twelve are officers.",
			[]string{"300 fighters|300|exact", "300|300|exact", "twelve|12|exact"}},
		{"number in words without a partitive", "Kyiv freed 300 fighters. Twelve are officers.",
			[]string{"300 fighters|300|exact"}},
		// rule noun: coordinated premodifiers and -ing premodifiers
		{"coordinated demonyms", "Gen. Ortiz leads the 9,000 Chilean and Peruvian troops in the zone.",
			[]string{"9,000 Chilean and Peruvian troops|9000|exact"}},
		{"acronym and adjective", "Nearly 2,000 US and allied soldiers took part.",
			[]string{"Nearly 2,000 US and allied soldiers|2000|approx"}},
		{"plural name is its own noun", "Kyiv brought home 230 Ukrainians and Russian soldiers left.", nil},
		{"-ing premodifier", "The convoy carried about 400 engineering troops.",
			[]string{"about 400 engineering troops|400|approx"}},
		{"guard members", "The governor sent 2,000 Guard members to the coast.",
			[]string{"2,000 Guard members|2000|exact"}},
		{"crew members of a plane stay out", "The jet had 56 passengers and 10 crew members.", nil},
		// rule force-men: men counted after a force noun
		{"brigades totalling men", "Two brigades totalling 8,000 men crossed the river.",
			[]string{"8,000 men|8000|exact"}},
		{"a battalion of men", "A battalion of about 600 men held the pass.",
			[]string{"about 600 men|600|approx"}},
		{"men without a force stay out", "Police detained 30 men at the station.", nil},
		{"men lost stay out", "The regiment lost 300 men in the assault.", nil},
		// rules number-verb, force-of: a verb after the elided count
		{"noun numbering N", "Troops numbering 5,000 were flown to the coast.",
			[]string{"5,000|5000|exact"}},
		{"a force of N with a verb", "An army of 100,000 massed on the border.",
			[]string{"100,000|100000|exact"}},
		{"a garrison of N surrendered", "The garrison of about 2,000 surrendered on Friday.",
			[]string{"about 2,000|2000|approx"}},
		{"a force of N vehicles", "A convoy of 300 vehicles massed on the border.", nil},
		// rules change, tally: a tally noun after a troop count
		{"the figure could rise to", "Lisbon sent 800 troops, and the figure could rise to as many as 1,000 if talks fail.",
			[]string{"800 troops|800|exact", "as many as 1,000|1000|up_to"}},
		{"a peak of", "The US has about 2,500 troops in Iraq, down from a peak of 170,000.",
			[]string{"about 2,500 troops|2500|approx", "170,000|170000|exact"}},
		{"a peak of without troops", "Prices are at 2,500, down from a peak of 17,000.", nil},
		// rule shared-noun: numbers sharing one noun
		{"numbers sharing a noun", "Lima and Quito will send 500 and 300 soldiers respectively.",
			[]string{"500|500|exact", "300 soldiers|300|exact"}},
		{"numbers sharing a casualty noun", "Kyiv said 12 and 40 soldiers were killed.", nil},
		// dev8 round: ranges are two counts (guide rule 36), ages are none
		{"a clause after the count ends the casualty search", "The army was short of some 16,000 personnel and that recruiting had fallen to a low.",
			[]string{"some 16,000 personnel|16000|approx"}},
		{"gapping after a comma", "Chile is providing about 1,400 soldiers, Peru some 550 and Bolivia about 500.",
			[]string{"about 1,400 soldiers|1400|approx", "some 550|550|approx", "about 500|500|approx"}},
		{"gapping after a comma with another noun", "Chile sent 600 soldiers, Peru 40 tanks.",
			[]string{"600 soldiers|600|exact"}},
		{"a vague count after a number verb and a quote mark", "The rebel forces around the town number “several thousand,” an official said.",
			[]string{"several thousand|1000|vague"}},
		{"a vague count of others after a number verb", "The protesters number several thousand.", nil},
		{"between N and M", "The rebels are believed to have between 2,000 and 3,000 fighters.",
			[]string{"2,000|2000|exact", "3,000 fighters|3000|exact"}},
		{"ages after a troop count", "Kyiv has 250,000 troops and called up reservists aged 18 to 60 on Tuesday.",
			[]string{"250,000 troops|250000|exact"}},
		// dev7 round
		{"a list of counts ending in a casualty verb", "Britain sent 28,000 personnel, and 255 British servicemen, 649 Argentine soldiers and three islanders died.",
			[]string{"28,000 personnel|28000|exact"}},
		{"Of those N,", "Chile sent about 14,000 troops. Of those 14,000, roughly 8,000 arrived by sea.",
			[]string{"about 14,000 troops|14000|approx", "14,000|14000|exact", "roughly 8,000|8000|approx"}},
		{"the figure would climb to", "About 1,500 troops landed, and officials said the figure would climb to roughly 4,500 by Friday.",
			[]string{"About 1,500 troops|1500|approx", "roughly 4,500|4500|approx"}},
		{"a force expected to number N far from its noun", "The force, known as PERFOR, was authorised by the Security Council in Resolution 9 on Sept. 15 and is expected to number about 7,500.",
			[]string{"about 7,500|7500|approx"}},
		{"a contingent at N", "Peru's own contingent is the next biggest, at about 10,000.",
			[]string{"about 10,000|10000|approx"}},
		{"a contingent at a height", "Peru's own contingent waited at the pass, at 4,000 metres.", nil},
		{"the number of a force, to N from M", "In June, Chile agreed to double the number of marines stationed in the north on rotation, to 700 from 330.",
			[]string{"700|700|exact", "330|330|exact"}},
		{"whose N members", "The president relies on a new National Guard, whose 70,000 members come from the army.",
			[]string{"70,000 members|70000|exact"}},
		{"whose N members of a party", "The president relies on a new party, whose 70,000 members come from the cities.", nil},
		// dev5 round
		{"an age after a name", "Oslo sent 3,000 troops. Her uncle, Jon Berg, 64, said he was proud.",
			[]string{"3,000 troops|3000|exact"}},
		{"contribute after a troop count", "The force will grow to 30,000 troops, of whom Spain will contribute 4,000.",
			[]string{"30,000 troops|30000|exact", "4,000|4000|exact"}},
		{"contribute money", "The fund will grow to 30,000 euros, of which Spain will contribute 4,000.", nil},
		{"a relative clause on an operation", "The new mission replaces Operation Atlas, which the army began in 2019 and which at its peak numbered 6,500.",
			[]string{"6,500|6500|exact"}},
		{"a relative clause on something else", "The new law replaces the Atlas plan, which the city began in 2019 and which at its peak numbered 6,500.", nil},
		{"the figure of N, far from its count", "Chile to keep 2,000 troops in the north\n\nSANTIAGO - Talks went on.\n\nThe vote was close.\n\nAn aide said the figure of 2,000 was a ceiling.",
			[]string{"2,000 troops|2000|exact", "2,000|2000|exact"}},
		{"the N far from its count", "About 300 Chilean marines landed.\n\nTalks went on.\n\nThe vote was close.\n\nHours later, the minister said the 300 would stay.",
			[]string{"About 300 Chilean marines|300|approx", "300|300|exact"}},
		{"a parenthetical report", "Nato counts 40,000 Chilean troops in the zone. By Monday, the alliance said, about 9,000 had left.",
			[]string{"40,000 Chilean troops|40000|exact", "about 9,000|9000|approx"}},
		{"a parenthetical report of others", "Nato counts 40,000 Chilean troops in the zone. By Monday, the alliance said, about 9,000 refugees had left.",
			[]string{"40,000 Chilean troops|40000|exact"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := troopsOf(p, tc.text); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestJoinDash checks that the troops stage's joining dash and the quote
// stage's separating dash never claim the same dash (issue 10).
func TestJoinDash(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"glued en dash is a range", "Chile will send 3,000–5,000 troops.", []string{"3,000–5,000 troops|5000|up_to"}},
		{"glued hyphen is a range", "Chile will send 3,000-5,000 troops.", []string{"3,000-5,000 troops|5000|up_to"}},
		{"glued em dash is no range", "Chile will send 3,000—5,000 troops.", []string{"5,000 troops|5000|exact"}},
		{"em dash sets off a phrase", "About 8,500 troops—the number Kirby gave—are on alert.", []string{"About 8,500 troops|8500|approx"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := troopsOf(p, tc.text); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
	for _, dash := range []string{"-", "–", "—", "―", "‑"} {
		text := "a" + dash + "b a " + dash + " b"
		d := p.analyze(corpus.Document{ID: "t", Text: text})
		for k := range d.toks {
			if d.Text(k) != dash {
				continue
			}
			glued := !d.toks[k].Space && k+1 < len(d.toks) && !d.toks[k+1].Space
			if joinDash(dash) && glued && isDash(d, k) {
				t.Errorf("%q at %d is both a joiner and a separator", dash, k)
			}
		}
	}
}

// TestTroopsNounPhrases covers the noun phrases of issue 15's fifth round:
// coordinated premodifiers, personnel words that share a stem with other
// words or modify another noun, aircraft models, and lives given.
func TestTroopsNounPhrases(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// coordinated premodifiers, the first a noun
		{"noun and adjective premodifiers", "Chile flew about 600 radio and supply soldiers to Arica.",
			[]string{"about 600 radio and supply soldiers|600|approx"}},
		{"two adjectives coordinated", "Peru keeps 400 combat and support troops at sea.",
			[]string{"400 combat and support troops|400|exact"}},
		{"a plural is a noun of its own", "Peru moved 500 tanks and troops north.", nil},
		{"police are no premodifier", "Some 2,000 police and military personnel guarded the vote.", nil},
		{"words with a spelled-out number", "The ministry said some three thousand military policemen would stay.",
			[]string{"some three thousand military policemen|3000|approx"}},
		{"coordinated personnel nouns", "Roughly 6,000 sailors and Marines are aboard.",
			[]string{"Roughly 6,000 sailors|6000|approx"}}, // rule 39j (twelfth round)
		{"coordinated with civilians", "Some 2,000 soldiers and civilians fled.", []string{"Some 2,000 soldiers|2000|approx"}},
		{"reinforcements", "Lima sent 2,000 reinforcements to the border.",
			[]string{"2,000 reinforcements|2000|exact"}},
		// a personnel word that modifies another noun: no count of personnel
		{"units are no personnel", "The plan gives the brigade three combat battalions and two infantry brigades.", nil},
		{"a stem shared with combatant", "He served three combat tours in Iraq.", nil},
		{"a singular personnel word as modifier", "Four rebel groups signed the accord.", nil},
		{"a stem shared with medic", "The clinic hired 400 medical staff.", nil},
		{"plural heads still count", "Some 300 infantry and 200 paramilitaries arrived.",
			[]string{"Some 300 infantry|300|approx", "200 paramilitaries|200|exact"}},
		// aircraft models
		{"aircraft model before fighters", "Oslo sent six Rafale fighters and a frigate.", nil},
		{"fighters of a group", "About 300 Hamas fighters crossed the line.",
			[]string{"About 300 Hamas fighters|300|approx"}},
		// lives given or claimed are deaths
		{"claimed the lives of", "The conflict has claimed the lives of about 1,200 Chilean soldiers.", nil},
		{"gave their lives", "A plaque names the 310 sailors who gave their lives at sea.", nil},
		{"risked their lives", "The 310 sailors risked their lives at sea.", []string{"310 sailors|310|exact"}},
		{"put the lives of", "The order puts the lives of 800 marines at risk.", []string{"800 marines|800|exact"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := troopsOf(p, tc.text); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTroopsBareCountsFifthRound covers the bare counts of issue 15's fifth
// round: a change verb whose object is a force, parties of troops, members
// of the force just counted, vague counts with "more", members of a named
// unit behind a possessive or quotation marks, and a round number in words
// repeating a troop count.
func TestTroopsBareCountsFifthRound(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// rule change: a change verb, a force as its object, "to" and the count
		{"change verb with a force object", "The order will raise the Chilean garrison on the island to about 4,200, an aide said.",
			[]string{"about 4,200|4200|approx"}},
		{"change verb with another object", "The order will raise the price of bread in Lima to about 4,200, an aide said.", nil},
		{"change verb across a clause", "The troops left, which will raise the rent to 4,200.", nil},
		{"troop levels", "The plan will raise troop levels in Chile to 9,000, officials said.", []string{"9,000|9000|exact"}},
		{"from N to M", "The plan would cut the Chilean contingent in Peru from 7,000 to 5,000.",
			[]string{"7,000|7000|exact", "5,000|5000|exact"}},
		{"from N to M of things", "The plan would cut the price of tanks from 7,000 to 5,000.", nil},
		// rule force-of: a party of troops
		{"advance party", "An advance party of some 800 will reach Arica on Friday.",
			[]string{"some 800|800|approx"}},
		{"landing party", "A landing party of 120 went ashore.", []string{"120|120|exact"}},
		{"a political party", "A party of 120 guests arrived.", nil},
		// rule passage-members: members of the force the passage counted
		{"members of the force just counted", "The rebel army, which numbered about 9,000 in May, has broken up. About 2,500 members have surrendered.",
			[]string{"about 9,000|9000|approx", "About 2,500 members|2500|approx"}},
		{"members of an alliance after troops", "NATO sent 5,000 troops. About 28 members voted for it.",
			[]string{"5,000 troops|5000|exact"}},
		{"members without a force before", "The union has grown fast. About 2,500 members have joined.", nil},
		{"members far from the force", "The rebel army numbered about 9,000 in May.\n\nTalks went on.\n\nThe vote was close. About 2,500 members have joined the union.",
			[]string{"about 9,000|9000|approx"}},
		// vague and spelled-out counts with "more" after a troop count
		{"vague count with more", "About 300 soldiers have surrendered, and hundreds more have fled north.",
			[]string{"About 300 soldiers|300|approx", "hundreds|100|vague"}},
		{"small number in words with more", "Chile sent 300 troops. Two more will follow.", []string{"300 troops|300|exact"}},
		{"vague count with more, wounded", "About 300 soldiers have surrendered, and hundreds more were wounded.",
			[]string{"About 300 soldiers|300|approx"}},
		// rule unit-members behind a possessive and quotation marks
		{"members of a possessor's unit", "Several hundred members of Ortega's elite “Tiger Battalions” are still armed.",
			[]string{"Several hundred members|100|vague"}},
		{"members of a club", "Several hundred members of Ortega's “Tiger Club” are still armed.", nil},
		// more contexts of a bare count
		{"peaked at", "Troop numbers in Chad peaked at 9,000 in 2014.", []string{"9,000|9000|exact"}},
		{"sales peaked at", "Sales peaked at 9,000 in 2014.", nil},
		{"a unit has N men", "The battalion has 600 men and 40 vehicles.", []string{"600 men|600|exact"}},
		{"a company has N men", "The firm has 600 men on its payroll.", nil},
		{"a possessor's count after a troop count", "Chile keeps 3,500 troops there, the biggest contingent after Peru's 2,000.",
			[]string{"3,500 troops|3500|exact", "2,000|2000|exact"}},
		{"a possessor's count of things", "Chile keeps 3,500 troops there, more than Peru's 2,000 tanks.",
			[]string{"3,500 troops|3500|exact"}},
		// a round number in words repeating a troop count
		{"round number in words in a quote", "Lima will send 30,000 troops north.\n\nThe vote was close.\n\nSenators spoke.\n\n“Thirty thousand is too few,” a general said.",
			[]string{"30,000 troops|30000|exact", "Thirty thousand|30000|exact"}},
		{"hundreds in words repeating a count", "Kyiv said 500 soldiers held the plant. “Five hundred is a lot,” he said.",
			[]string{"500 soldiers|500|exact", "Five hundred|500|exact"}},
		{"round number in words, other count", "Lima will send 30,000 troops north.\n\nThe vote was close.\n\n“Forty thousand is too few,” a general said.",
			[]string{"30,000 troops|30000|exact"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := troopsOf(p, tc.text); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestTroopsDevNineTen covers the general classes behind dev9's and
// dev10's misses (issue 15, fifth round), on sentences of our own.
func TestTroopsDevNineTen(t *testing.T) {
	p := troopsPipeline(t)
	tests := []struct {
		name, text string
		want       []string
	}{
		// a smaller count of other things does not end the passage
		{"smaller count of things between", "Chile will send up to 900 troops aboard two ships. The admiral said the first 150 would sail on Friday.",
			[]string{"up to 900 troops|900|up_to", "150|150|exact"}},
		{"larger count of things between", "Chile will send up to 900 troops and 400 trucks. The admiral said the first 150 would sail on Friday.",
			[]string{"up to 900 troops|900|up_to"}},
		// the same number after a demonstrative, however far back
		{"those N far back", "Peru sent 450 engineers and 450 army medics.\n\nTalks went on.\n\nThe vote was close.\n\n“Those 450 will come home soon,” he said.",
			[]string{"450 army medics|450|exact", "450|450|exact"}},
		// a death toll between a troop count and a number
		{"death toll after a troop count", "About 800 Chilean soldiers landed as officials raised the death toll from the quake to more than 2,000.",
			[]string{"About 800 Chilean soldiers|800|approx"}},
		{"list after a troop count", "About 800 Chilean soldiers landed, and 300 more to Arica.",
			[]string{"About 800 Chilean soldiers|800|approx", "300|300|exact"}},
		// later objects of a casualty verb
		{"killed a name and N others", "The strike killed Ivan Petrov, the group's deputy leader, and at least 12 other fighters near the river.", nil},
		{"a new clause after a killing", "Rebels killed two farmers, and 500 soldiers were sent to the valley.",
			[]string{"500 soldiers|500|exact"}},
		// verbs of reinforcing and cutting before a bare count
		{"reinforcing N", "Peru sent 2,000 soldiers north. Those 2,000 are reinforcing some 6,000 already there.",
			[]string{"2,000 soldiers|2000|exact", "2,000|2000|exact", "some 6,000|6000|approx"}},
		{"planned loss, then down to", "The review said the army would lose 4,000 personnel by 2030, taking it down to about 70,000, and the navy would shed about 2,000.",
			[]string{"4,000 personnel|4000|exact", "about 70,000|70000|approx", "about 2,000|2000|approx"}},
		{"a loss that happened", "The army has lost 4,000 personnel in the war.", nil},
		// a subordinate clause after the count is not its predicate
		{"numbered N when the killing began", "The force numbered about 2,600 when the fighting and killing began.",
			[]string{"about 2,600|2600|approx"}},
		// a headline: a change verb and a capitalised force
		{"headline change", "Council Votes to Cut Haiti Force to 450\n\nThe vote was close.",
			[]string{"450|450|exact"}},
		// roles made military by their premodifier
		{"military engineers", "Korea has 350 military engineers in South Sudan and a team of 80 U.S. Army engineers.",
			[]string{"350 military engineers|350|exact", "80 U.S. Army engineers|80|exact"}},
		{"civil engineers", "The firm hired 350 civil engineers.", nil},
		// a count opening a new clause after ", and"; a count before "a year ago"
		{"count after comma and", "Lima will send 1,000 troops. Half will go to Arica, and about 300 will be based in Tacna.",
			[]string{"1,000 troops|1000|exact", "about 300|300|approx"}},
		{"things after comma and", "Lima will send 1,000 troops, and 300 tanks will follow.", []string{"1,000 troops|1000|exact"}},
		{"wounded after comma but", "The army has 1,000 troops there, but 300 were wounded.", []string{"1,000 troops|1000|exact"}},
		{"up from N a year ago", "Chile has 9,000 troops in the north, up from about 4,000 a year ago.",
			[]string{"9,000 troops|9000|exact", "about 4,000|4000|approx"}},
		// dev11's classes: men in a passage about a force, small units in
		// compounds, terms of service, reserves, number words after "the first"
		{"men after a force in the sentence", "Lima would reduce its armed forces by 50,000 men over two years.",
			[]string{"50,000 men|50000|exact"}},
		{"men repeating a troop count", "Lima will cut 50,000 troops. If they take out 50,000 men, we gain. The 50,000 would be a tenth.",
			[]string{"50,000 troops|50000|exact", "50,000 men|50000|exact", "50,000|50000|exact"}},
		{"few men after a troop count", "The army deployed 3,000 soldiers. Police detained 30 men.", []string{"3,000 soldiers|3000|exact"}},
		{"men at a firm", "The firm hired 500 men.", nil},
		{"strong company", "Fiji will lend a 120-strong company to fill the gap.", []string{"120-strong company|120|exact"}},
		{"company of employees", "The company of 5,000 employees grew.", nil},
		{"permanent personnel", "The defence force has about 60,000 permanent personnel.",
			[]string{"about 60,000 permanent personnel|60000|approx"}},
		{"reserves N strong", "He said the reserves, now about 20,000 strong, would grow.", []string{"about 20,000 strong|20000|approx"}},
		{"the first N in words", "Chile will train 5,000 troops next year, and the first two hundred will begin in January.",
			[]string{"5,000 troops|5000|exact", "two hundred|200|exact"}},
		// militias
		{"militia fighters", "About 300 militia fighters and 200 jihadist fighters arrived.",
			[]string{"About 300 militia fighters|300|approx", "200 jihadist fighters|200|exact"}},
		{"a militia of N", "A militia of 3,000 formed in the hills.", []string{"3,000|3000|exact"}},
		// more forms of a force's size
		{"men under arms", "The two factions have about 30,000 men under arms.", []string{"about 30,000 men|30000|approx"}},
		{"cut by N", "Lima plans to cut its troop presence in the north by 2,000.", []string{"2,000|2000|exact"}},
		{"cut spending by N", "Lima plans to cut spending on the army by 2,000 euros.", nil},
		{"reduce from N to M", "Chile will reduce its force in Peru from 5,200 to 3,000.",
			[]string{"5,200|5200|exact", "3,000|3000|exact"}},
		{"a mission numbered N", "At its height, the mission numbered 25,000.", []string{"25,000|25000|exact"}},
		{"an army of millions", "Chile has a standing army of 1.2 million.", []string{"1.2 million|1200000|exact"}},
		{"an army of N members", "Chile boasts an army of 1 million members.", []string{"1 million members|1000000|exact"}},
		{"a work force of millions", "The region has a total work force of 43 million.", nil},
		{"a police force of N", "The city has a police force of 20,000.", nil},
		// "N of them" after a plural noun and a comma
		{"appositive count of things", "Rebels fired rockets at the town. Residents counted the shells, more than 100 of them duds.", nil},
		{"appositive count after a troop count", "The force numbers about 1,800 soldiers from nine countries, roughly 900 of them Chilean.",
			[]string{"about 1,800 soldiers|1800|approx", "roughly 900|900|approx"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := troopsOf(p, tc.text); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
