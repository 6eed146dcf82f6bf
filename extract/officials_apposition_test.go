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
