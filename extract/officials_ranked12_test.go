package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// TestOfficialRankedApposition covers rule 21w: a role phrase in
// apposition to a ranked name is the officer's title whoever owns it
// (title_ranked.go), in forms of our own making.
func TestOfficialRankedApposition(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a unit's possessive owns the role after the name",
			"Brig. Gen. Tomas Ferro, the battalion's commander, told reporters the road was open.",
			[]string{"Tomas Ferro=Tomas Ferro/battalion's commander"}},
		{"a common noun before a director after the name",
			"Col. Marta Lind, the range director, said the firing would resume.",
			[]string{"Marta Lind=Marta Lind/range director"}},
		{"a capitalised office of a lord after the name",
			"Vice Admiral Sir Keith Munro, the Second Sea Lord, spoke at the dock.",
			[]string{"Keith Munro=Keith Munro/Second Sea Lord"}},
		{"a role participle joins the complement",
			"Major-General Ana Sousa, the officer commanding the northern sector, said so.",
			[]string{"Ana Sousa=Ana Sousa/officer commanding the northern sector"}},
		{"no determiner and a numbered unit",
			"Lieutenant-Colonel Dan Reyes, commanding officer of the 3rd Battalion, said the men were ready.",
			[]string{"Dan Reyes=Dan Reyes/commanding officer of the 3rd Battalion"}},
		{"a role with a complement before the rank",
			"Norway's commander in the Arctic, Maj. Gen. Lars Dahl, inspected the troops.",
			[]string{"Lars Dahl=Lars Dahl/Norway's commander in the Arctic"}},
		{"a service word between the comma and the rank",
			"The Dutch commander, Marine Colonel Pieter Smit, said the patrols would go on.",
			[]string{"Pieter Smit=Pieter Smit/Dutch commander"}},
		// no role phrase: the rank stays the title
		{"a relative clause states no role",
			"Col. Ana Sousa, who commands the brigade, said so.",
			[]string{"Ana Sousa=Ana Sousa/Col."}},
		{"a role noun followed by a verb is a clause",
			"Col. Ann Park, the commander said, was absent.",
			[]string{"Ann Park=Ann Park/Col."}},
		{"a list of ranked names",
			"Gen. Tom Lee, Col. Ann Park and Maj. Bo Kim met on Monday.",
			[]string{"Tom Lee=Tom Lee/Gen.", "Ann Park=Ann Park/Col.", "Bo Kim=Bo Kim/Maj."}},
		{"a place phrase before the rank is no role",
			"After the talks in Kabul, Gen. Ann Park flew home.",
			[]string{"Ann Park=Ann Park/Gen."}},
	})
}

// TestOfficialTitledPossessorAndVerbRole covers rule 21w's other
// mechanisms: a titled person's possessive opening an apposition (the
// owner dropped, rule 21d), an office verb in a perfect tense, and a
// role phrase closed by a preposition that opens no complement.
func TestOfficialTitledPossessorAndVerbRole(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a minister's chief of staff",
			"Marta Quist, Defence Minister Ivo Berg's chief of staff, said the talks would go on.",
			[]string{"Marta Quist=Marta Quist/chief of staff", "Ivo Berg=Ivo Berg/Defence Minister"}},
		{"a ranked officer's aide",
			"Paul Anand, Gen. Tom Hale's aide, told reporters the convoy was late.",
			[]string{"Paul Anand=Paul Anand/aide", "Tom Hale=Tom Hale/Gen."}},
		{"a mayor's spokeswoman with a curly apostrophe",
			"Lena Ode, Mayor Rita Sousa’s spokeswoman, said the roads were closed.",
			[]string{"Lena Ode=Lena Ode/spokeswoman", "Rita Sousa=Rita Sousa/Mayor"}},
		{"a pluperfect office verb",
			"Sir Ivo Hart had resigned as home secretary, officials said.",
			[]string{"Ivo Hart=Ivo Hart/home secretary"}},
		{"a perfect office verb",
			"Ana Ruiz has served as ambassador to Chile since 2019.",
			[]string{"Ana Ruiz=Ana Ruiz/ambassador to Chile"}},
		{"a role closed by over",
			"Tom Berg resigned as defence minister over the scandal on Friday.",
			[]string{"Tom Berg=Tom Berg/defence minister"}},
		{"a perfect verb with no role states nothing",
			"Ana Ruiz had served the party for years.",
			nil},
	})
}

// TestOfficialRankedOpenings covers where a role phrase before a rank may
// open (rule 21w) and capitalised portfolios no list knows.
func TestOfficialRankedOpenings(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a role phrase after a dateline's dash",
			"OSLO (AP) _ Norway's commander in the north, Maj. Gen. Lars Dahl, said the drill went well.",
			[]string{"Lars Dahl=Lars Dahl/Norway's commander in the north"}},
		{"a role phrase after a possessive pronoun",
			"The force had 900 troops. Its Danish commander, Colonel Mette Holm, said they would stay.",
			[]string{"Mette Holm=Mette Holm/Danish commander"}},
		{"a capitalised portfolio no list knows after the name",
			"Tom Hale, the Rural Roads Minister, said the bridge would reopen.",
			[]string{"Tom Hale=Tom Hale/Rural Roads Minister"}},
		{"a capitalised portfolio after a demonym",
			"Ana Ruiz, the Chilean Civil Defence Minister, toured the coast.",
			[]string{"Ana Ruiz=Ana Ruiz/Chilean Civil Defence Minister"}},
		{"a company's capitalised role is no office",
			"Tom Hale, the Ford Motor Company President, said the plant would close.",
			nil},
	})
}

// TestOfficialRoleRunsNoNames covers capitalised runs that name an
// office or a body, no person (rule 21w): role words alone, a body's name
// ending in a public body's noun, and a police office before the name.
func TestOfficialRoleRunsNoNames(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a mission's name in a role's complement",
			"Brig. Tom Reed, the commander of the EU Training Mission in Mali, said so.",
			[]string{"Tom Reed=Tom Reed/commander of the EU Training Mission in Mali"}},
		{"a capitalised run of role words before a ranked name",
			"The General Officer Commanding, Major General Tom Lund, inspected the troops.",
			[]string{"Tom Lund=Tom Lund/General Officer Commanding"}},
		{"a chief constable before the name",
			"The Assistant Chief Constable, Ann Lee, said the roads were closed.",
			[]string{"Ann Lee=Ann Lee/Assistant Chief Constable"}},
		{"a constable before the name",
			"Constable Tom Reed said the road was shut.",
			[]string{"Tom Reed=Tom Reed/Constable"}},
	})
}

// TestOfficialNamedWordInComplement covers a capitalised word of a
// place's name in a role's complement that has a verb's form ("the
// United States"): it is no verb (rule 21w), whichever reader reads the
// role.
func TestOfficialNamedWordInComplement(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"an appointment's role",
			"Rania Kader was sworn in as ambassador to the United States on Tuesday.",
			[]string{"Rania Kader=Rania Kader/ambassador to the United States"}},
		{"an office verb's role",
			"Tom Hale became ambassador to the United States in 2019.",
			[]string{"Tom Hale=Tom Hale/ambassador to the United States"}},
		{"an apposition after the name",
			"Tom Hale, the ambassador to the United States, said so.",
			[]string{"Tom Hale=Tom Hale/ambassador to the United States"}},
		{"a plural place in an apposition",
			"Tom Hale, the envoy to the Marshall Islands, said so.",
			[]string{"Tom Hale=Tom Hale/envoy to the Marshall Islands"}},
	})
}

// TestOfficialMonthGivenParticle covers a given name that is also a
// month's abbreviation before a particle (rule 21w): "Jan de Wilde".
func TestOfficialMonthGivenParticle(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"after a title",
			"Belgian Interior Minister Jan de Wilde spoke on Monday.",
			[]string{"Jan de Wilde=Jan de Wilde/Belgian Interior Minister"}},
		{"with an apposition after it",
			"Jan van Dijk, the Dutch defence minister, said so.",
			[]string{"Jan van Dijk=Jan van Dijk/Dutch defence minister"}},
		{"with another particle",
			"Ambassador Jan de Vries said so.",
			[]string{"Jan de Vries=Jan de Vries/Ambassador"}},
		{"a month before a particle and a number is no name",
			"On Jan van 5 it rained.",
			nil},
	})
}

// TestHyphenedTitle covers the class of a hyphened word no list has whose
// every part is a title, title word or rank (rule 21w).
func TestHyphenedTitle(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		word string
		want typeClass
	}{
		{"colonel-major", tsAlone << 4},           // a rank
		{"under-secretary-general", tsAlone << 4}, // a rank among its parts
		{"deputy-minister", 0},                    // no rank among its parts
		{"city-state", 0},
		{"head-to-head", 0},
		{"jean-pierre", 0}, // a given name
		{"al-assad", 0},
		{"major-", 0},
	} {
		if got := hyphenedTitle(lex, tc.word); got != tc.want {
			t.Errorf("hyphenedTitle(%q) = %b, want %b", tc.word, got, tc.want)
		}
	}
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a hyphened UN grade before the name",
			"Under-Secretary-General Tom Hale told the conference.",
			[]string{"Tom Hale=Tom Hale/Under-Secretary-General"}},
		{"a hyphened rank before the name",
			"Colonel-Major Ali Sow said the border would stay shut.",
			[]string{"Ali Sow=Ali Sow/Colonel-Major"}},
		{"a hyphened rank after a role: the role wins",
			"The junta's spokesman, Colonel-Major Ali Sow, said so.",
			[]string{"Ali Sow=Ali Sow/junta's spokesman"}},
		{"a hyphened given name stays in the name",
			"Jean-Luc Moreau, the envoy to Mali, said so.",
			[]string{"Jean-Luc Moreau=Jean-Luc Moreau/envoy to Mali"}},
	})
}

// TestOfficialAppointedInApposition covers an appointment whose subject is
// a name in apposition, and the appointment's precedence (rule 21w).
func TestOfficialAppointedInApposition(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"the office sworn into beats the one before the name",
			"The Fisheries Minister, Mrs Ruth Ahern, was sworn in as interim premier on Tuesday.",
			[]string{"Ruth Ahern=Ruth Ahern/interim premier"}},
		{"a role owned by its is replaced by the appointment",
			"Its envoy, Ana Lind, was named ambassador to France early on Monday.",
			[]string{"Ana Lind=Ana Lind/ambassador to France"}},
		{"an appointment beats a former office stated later",
			"Ana Lind was named ambassador to France. The former defence minister, Ana Lind, said so.",
			[]string{"Ana Lind=Ana Lind/ambassador to France", "Ana Lind=Ana Lind/ambassador to France"}},
	})
}
