package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialRankAndRole covers issue 15's fifth round on sentences of
// my own: a rank before the name and a role stated beside it (guide rules
// 16, 16a), unlisted names made known by a role, and the people of armed
// groups.
func TestOfficialRankAndRole(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a rank, then a role with an ordinal in its complement",
			"Brigadier Tom Reeve, the commander of the 4th Mechanised Brigade, said the town was quiet. Brigadier Reeve left.",
			[]string{"Tom Reeve=Tom Reeve/commander of the 4th Mechanised Brigade", "Reeve=Tom Reeve/commander of the 4th Mechanised Brigade"}},
		{"a role with a unit's number before a rank-name",
			"The commander of Task Force 62, Brigadier General Anna Holt, said the ships were ready. Holt left.",
			[]string{"Anna Holt=Anna Holt/commander of Task Force 62", "Holt=Anna Holt/commander of Task Force 62"}},
		{"a rank, then a role without determiner",
			"Lt. Gen. Ivan Sorokin, commander of the Soviet 14th Army, told reporters the pullout was over.",
			[]string{"Ivan Sorokin=Ivan Sorokin/commander of the Soviet 14th Army"}},
		{"a double rank, then an owned role",
			"Col. Maj. Idrissa Maiga, the junta's spokesman, later told reporters nothing.",
			[]string{"Idrissa Maiga=Idrissa Maiga/junta's spokesman"}},
		{"a rank and an initial, then a role with a place complement",
			"Gen. T. Walker Hines, the commander of allied forces in the region, spoke. Hines said the war was over.",
			[]string{"T. Walker Hines=T. Walker Hines/commander of allied forces in the region", "Hines=T. Walker Hines/commander of allied forces in the region"}},
		{"an initial before a listed given name",
			"Gen. R. Anna Berg spoke. Berg left.",
			[]string{"R. Anna Berg=R. Anna Berg/Gen.", "Berg=R. Anna Berg/Gen."}},
		{"a role in a party or a union is no public office",
			"Tom Hale, chairman of the 6th District GOP, said no. Ann Ruiz, president of Teamsters Local 12, said yes.", nil},
		{"a relation before the name yields to a role after it",
			"His Polish counterpart, Anna Nowak, Poland’s ombudsman for civil rights, said the exchange would go on. Nowak left.",
			[]string{"Anna Nowak=Anna Nowak/Poland’s ombudsman for civil rights", "Nowak=Anna Nowak/Poland’s ombudsman for civil rights"}},
		{"a relation yields to a description after an inserted phrase",
			"Talks ended. His Greek counterpart, Nikos Pappas, said the border would stay open. The Greek prime minister, under pressure at home over the deal, has set no date.",
			[]string{"Nikos Pappas=Nikos Pappas/Greek prime minister"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialUnlistedNames covers names no list knows made officials'
// by a role stated in an apposition, before them, or in the sentence
// before (issue 15, fifth round), on sentences of my own.
func TestOfficialUnlistedNames(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"an honorific abbreviation after a role apposition",
			"The papal envoy, Msgr. Aurelio Sanz Ibarra, has refused to comment. Sanz Ibarra told the radio little.",
			[]string{"Aurelio Sanz Ibarra=Aurelio Sanz Ibarra/papal envoy", "Sanz Ibarra=Aurelio Sanz Ibarra/papal envoy"}},
		{"a papal nuncio",
			"The papal nuncio, Msgr. Piet Donker, has refused to hand him over. Donker told the radio so.",
			[]string{"Piet Donker=Piet Donker/papal nuncio", "Donker=Piet Donker/papal nuncio"}},
		{"an apposition closed by a participle",
			"Officers believe that Omar Khalil al-Tikriti, the Iraqi general known as the butcher, is dead. Troops found al-Tikriti's car.",
			[]string{"Omar Khalil al-Tikriti=Omar Khalil al-Tikriti/Iraqi general", "al-Tikriti=Omar Khalil al-Tikriti/Iraqi general"}},
		{"an acronym before the head of an apposition, then a relative clause",
			"Dr. Tom Lindgren, the FDA director, who toured the plants last month, stood beside the president. Lindgren has warned of delays.",
			[]string{"Tom Lindgren=Tom Lindgren/FDA director", "Lindgren=Tom Lindgren/FDA director"}},
		{"an owned role with a place complement before an honorific",
			"In Mosul, the coalition’s regional coordinator in the north, Sir Alan Pryce, has complained of shortages. Pryce told the BBC so.",
			[]string{"Alan Pryce=Alan Pryce/coalition’s regional coordinator in the north", "Pryce=Alan Pryce/coalition’s regional coordinator in the north"}},
		{"a role first, taken up in the next sentence",
			"The talks resume. The secretary of state was due to brief the allies in Brussels on Wednesday. Warren Halvorsen said the alliance would approve the plan.",
			[]string{"Warren Halvorsen=Warren Halvorsen/secretary of state"}},
		{"a role's complement decides whom a description fits",
			"Defense Secretary Tom Perrin told a hearing. Perrin said so.\n\nThe secretary of state was due to brief the allies on Wednesday. Warren Halvorsen said the alliance would approve the plan.",
			[]string{"Tom Perrin=Tom Perrin/Defense Secretary", "Perrin=Tom Perrin/Defense Secretary", "Warren Halvorsen=Warren Halvorsen/secretary of state"}},
		{"a role first with an owner's possessive, taken up after a relative clause",
			"In Brussels, the alliance’s acting secretary general told reporters that planning was advanced. Sergio Montalbano, who has led the alliance since May, said the first units could deploy soon.",
			[]string{"Sergio Montalbano=Sergio Montalbano/alliance’s acting secretary general"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialNotPersons covers names that are no official's (issue 15,
// fifth round), on sentences of my own.
func TestOfficialNotPersons(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a headline verb spelt like a gazetteer surname",
			"Police Hunt for Gunmen After Raid\n\nPolice searched the city on Monday.", nil},
		{"a headline surname the body names",
			"Hunt Visits Kyiv\n\nForeign Secretary Jeremy Hunt arrived on Monday. Hunt said little.",
			[]string{"Hunt=Jeremy Hunt/Foreign Secretary", "Jeremy Hunt=Jeremy Hunt/Foreign Secretary", "Hunt=Jeremy Hunt/Foreign Secretary"}},
		{"a commander of a non-state armed group, and no name inside its name",
			"Khalil Daoud, the commander of the Syrian Democratic Forces, wrote on Monday. Daoud said more.", nil},
		{"a spokesman owned by an armed group named as subject before",
			"The rebel alliance based in the hills claims thousands of fighters. Its spokesman, Omar Sadiq, said they would not attack.", nil},
		{"a leader owned by rebels",
			"The rebels are believed to have 2,000 fighters. Ali Berisha, their political leader, said they would disarm.", nil},
		{"a leader owned through 'whose' by an armed group",
			"Fighters of the Wagner private military company, whose leader, Dmitri Volkov, was allowed to leave, arrived.", nil},
		{"a mayor owned through 'whose' by a city",
			"Troops reached the city of Kherson, whose mayor, Ivan Petrenko, stayed.",
			[]string{"Ivan Petrenko=Ivan Petrenko/mayor"}},
		{"a mayor owned by a town, rebels before",
			"The rebels attacked the town. Its mayor, Tom Hale, said the walls held.",
			[]string{"Tom Hale=Tom Hale/mayor"}},
		{"a demonym's name after of is the body's",
			"The chief of the Lebanese Armed Forces, Gen. Joseph Aoun, spoke.",
			[]string{"Joseph Aoun=Joseph Aoun/chief of the Lebanese Armed Forces"}},
	}
	runOfficialCases(t, p, tests)
}
