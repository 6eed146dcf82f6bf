package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialTitles10 covers the tenth round's title mechanisms on
// sentences of my own: a possessive owner no list knows before a title
// right before the name is kept, as an apposition's is; a temporal
// qualifier ("then", "at the time") opens no title, wherever it stands.
func TestOfficialTitles10(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"an unlisted place owns a title before the name",
			"Ruritania's President Odo Varga left the capital on Friday. Varga said he would return.",
			[]string{"Odo Varga=Odo Varga/Ruritania's President", "Varga=Odo Varga/Ruritania's President"}},
		{"an unlisted town owns a title before the name",
			"Gutersloh's mayor Maria Unger opened the bridge.",
			[]string{"Maria Unger=Maria Unger/Gutersloh's mayor"}},
		{"a known place's title is unchanged",
			"Kenya's President Odo Varga left.",
			[]string{"Odo Varga=Odo Varga/Kenya's President"}},
		{"a person of the document owns no title",
			"Senator Alma Ruiz met reporters. Ruiz's spokesman Tom Hale said the vote would pass.",
			[]string{"Alma Ruiz=Alma Ruiz/Senator", "Ruiz=Alma Ruiz/Senator", "Tom Hale=Tom Hale/spokesman"}},
		{"then in an apposition after a later mention",
			"The cabinet of Tomas Brandt sent two ships. Brandt, then prime minister, called it a duty.",
			[]string{"Tomas Brandt=Tomas Brandt/prime minister", "Brandt=Tomas Brandt/prime minister"}},
		{"at the time in an apposition after the name",
			"Anna Lind, at the time foreign minister, said the talks had failed.",
			[]string{"Anna Lind=Anna Lind/foreign minister"}},
		{"then after the determiner of an apposition before the name",
			"The vote came before the then Secretary-General, Odo Varga, stepped down.",
			[]string{"Odo Varga=Odo Varga/Secretary-General"}},
		{"a rank and the first word take up the person named in full with that rank",
			"Ruritania's defence minister, General Odo Varga, spoke on Sunday. General Odo said the army was ready.",
			[]string{"Odo Varga=Odo Varga/Ruritania's defence minister", "Odo=Odo Varga/Ruritania's defence minister"}},
		{"a listed given name as family name with a rank",
			"China's defence minister, General Wei Fenghe, spoke. General Wei told the forum the army was ready.",
			[]string{"Wei Fenghe=Wei Fenghe/China's defence minister", "Wei=Wei Fenghe/China's defence minister"}},
		{"another rank is another person",
			"Colonel Wei Dong spoke. General Wei said the army was ready.",
			[]string{"Wei Dong=Wei Dong/Colonel", "Wei=Wei/General"}},
		{"a role first across a paragraph, the person named in the headline",
			"Varga in Lisbon as talks resume\n\nThe Polish foreign minister arrived in the capital on Friday.\n\nOdo Varga laid a wreath at the station. Varga said the talks would go on.",
			[]string{"Varga=Odo Varga/Polish foreign minister", "Odo Varga=Odo Varga/Polish foreign minister", "Varga=Odo Varga/Polish foreign minister"}},
		{"a role first across a paragraph, nobody named in the headline",
			"Storm hits coast\n\nThe Polish foreign minister arrived in the city on Friday.\n\nSenator Odo Varga laid a wreath at the station.",
			[]string{"Odo Varga=Odo Varga/Senator"}},
		{"a role first taken up by an inverted reporting verb after a quote",
			"The mayor of Bexley, the town next to the base, said the decision came without warning. \"They have decided,\" said Arni Sigfusson, who has led the town since 2002.",
			[]string{"Arni Sigfusson=Arni Sigfusson/mayor of Bexley"}},
		{"a role first taken up by the subject after a quote",
			"The mayor of Bexley said the decision came without warning. \"They have decided,\" Arni Sigfusson said.",
			[]string{"Arni Sigfusson=Arni Sigfusson/mayor of Bexley"}},
		{"a quote's speaker after a paragraph break is no role first",
			"The senator said the offer was dead.\n\n\"Nobody expected anything else,\" said Paul Engel of the Centre for Labour Studies.",
			nil},
		{"a quote's speaker two sentences on is no role first",
			"The mayor of Bexley said the decision came without warning. The base will close in May. \"They have decided,\" said Arni Sigfusson.",
			nil},
		{"a public role's complement of one bare word",
			"Marta Lindholm, the European commissioner for competition, fined the chipmaker.",
			[]string{"Marta Lindholm=Marta Lindholm/European commissioner for competition"}},
		{"a private role's complement of one bare word names no office",
			"Tom Berg, the director of marketing, said sales had doubled.",
			nil},
		{"a party-and-state tag is no name",
			"Rep. Martha Cole, D-Ohio, the ranking member of the House Armed Services Committee, said the plan was sound.",
			[]string{"Martha Cole=Martha Cole/ranking member of the House Armed Services Committee"}},
		{"the Kalenjin particle arap inside a name",
			"Kenya's president, Daniel arap Moi, said Kenya would not allow it. Moi was expected to receive an envoy.",
			[]string{"Daniel arap Moi=Daniel arap Moi/Kenya's president", "Moi=Daniel arap Moi/Kenya's president"}},
		{"a former rank alone is stated with former",
			"Former general Viktor Ramm, who commanded the peacekeepers, said the plan was flawed.",
			[]string{"Viktor Ramm=Viktor Ramm/Former general"}},
		{"a role beats a former rank",
			"Former general Viktor Ramm, the defence minister, said the plan was flawed.",
			[]string{"Viktor Ramm=Viktor Ramm/defence minister"}},
		{"a president of a polity no list knows before the name",
			"The president of Republika Srpska, Milorad Dodik, called the verdict a slap. On Sunday, Dodik opened a dormitory.",
			[]string{"Milorad Dodik=Milorad Dodik/president of Republika Srpska", "Dodik=Milorad Dodik/president of Republika Srpska"}},
		{"aid is no aide",
			"Senator Tom Dodd, a critic of military aid to San Salvador, called the accord a triumph. An aide to the senator, Ann Lee, said so.",
			[]string{"Tom Dodd=Tom Dodd/Senator", "Ann Lee=Ann Lee/aide to the senator"}},
		{"then before a verb is no apposition",
			"He met Senator Tom Kirk, then flew to Paris.",
			[]string{"Tom Kirk=Tom Kirk/Senator"}},
	}
	runOfficialCases(t, p, tests)
}
