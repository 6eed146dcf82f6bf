package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialCapitalPortfolioHead covers the capitalised portfolio no
// list knows in an apposition (rule 21w): only the head of a government
// portfolio (official_words kind portfolio_head) takes one; a company's
// capitalised role is no office.
func TestOfficialCapitalPortfolioHead(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a minister's portfolio",
			"Hana Kral, the Inland Waterways Minister, opened the lock.",
			[]string{"Hana Kral=Hana Kral/Inland Waterways Minister"}},
		{"a secretary's portfolio",
			"Omar Diallo, the Veterans Affairs Secretary, visited the hospital.",
			[]string{"Omar Diallo=Omar Diallo/Veterans Affairs Secretary"}},
		{"a commissioner's portfolio",
			"Ines Duarte, the Ocean Fisheries Commissioner, met the trawler crews.",
			[]string{"Ines Duarte=Ines Duarte/Ocean Fisheries Commissioner"}},
		// a company's capitalised role
		{"a company's vice president",
			"Jin Park, the Samsung Vice President, said the chips would ship in May.",
			nil},
		{"a company's chairman",
			"Ruth Okafor, the Acme Widgets Chairman, said profits rose.",
			nil},
		{"a company's managing director",
			"Carla Mendes, the Globex Managing Director, announced the merger.",
			nil},
		{"a company's president",
			"Piet Smit, the Halvard Steel President, said the mill would close.",
			nil},
	})
}

// TestOfficialRoleEndWords covers the words of official_words kind
// role_end (rule 21w): after an office verb's role they end the role
// phrase, as "after" does.
func TestOfficialRoleEndWords(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"amid",
			"Rosa Vidal quit as labour minister amid the strikes.",
			[]string{"Rosa Vidal=Rosa Vidal/labour minister"}},
		{"following",
			"Ken Mori stepped down as finance minister following the vote.",
			[]string{"Ken Mori=Ken Mori/finance minister"}},
		{"despite",
			"Ada Nwosu was sworn in as health minister despite the protests.",
			[]string{"Ada Nwosu=Ada Nwosu/health minister"}},
		{"because",
			"Lars Eng resigned as transport minister because of the crash.",
			[]string{"Lars Eng=Lars Eng/transport minister"}},
		{"over",
			"Mia Holm resigned as trade minister over the leak.",
			[]string{"Mia Holm=Mia Holm/trade minister"}},
	})
}
