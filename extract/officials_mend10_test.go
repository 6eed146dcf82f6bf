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
