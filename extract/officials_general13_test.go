package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialsGeneral13 covers title and mention rules that held only in
// the form first seen (generality, probe19), in forms of our own making.
func TestOfficialsGeneral13(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a party and state tag before an apposition is no name",
			"Sen. Ruth Hale, D-Iowa, the chair of the farm panel, said the bill was dead.",
			[]string{"Ruth Hale=Ruth Hale/chair of the farm panel"}},
		{"a party and state tag with dots before an apposition",
			"Rep. Lisa Moreno, R-Ariz., the ranking member of the House budget committee, spoke first.",
			[]string{"Lisa Moreno=Lisa Moreno/ranking member of the House budget committee"}},
		// a company's name of a brand and a company word (rule 9e)
		{"a company spokesman in apposition before the name",
			"A Maersk Line spokesman, Jens Holm, said the ship would sail within days.",
			nil},
		{"a company spokeswoman in apposition before the name",
			"A Volvo Cars spokeswoman, Eva Berg, said the plant would reopen.",
			nil},
		{"a place before a company word is an office",
			"US Energy Secretary Jennifer Holm visited the plant.",
			[]string{"Jennifer Holm=Jennifer Holm/US Energy Secretary"}},
		{"a company word opening a title is an office",
			"Energy Minister Tom Brandt visited the plant.",
			[]string{"Tom Brandt=Tom Brandt/Energy Minister"}},
		// "its" takes up a thing or a private venture: no office (rule 9e)
		{"the director of a festival named in the sentence before",
			"The festival opened in Leeds on Friday. Its director, Tom Hale, said it had sold out.",
			nil},
		{"the director of a play named with its title in marks",
			"The play “Dry Season” premiered on Friday. Its director, Ana Ruiz, told reporters it was about her mother.",
			nil},
		{"the director of a ministry keeps the office",
			"The interior ministry issued new rules on Friday. Its director, Tom Hale, said they were final.",
			[]string{"Tom Hale=Tom Hale/director"}},
		{"a company word inside the role's complement is no company",
			"The commander of the Truce Monitoring Group, Brigadier Tom Hale of New Zealand, handed over on Monday.",
			[]string{"Tom Hale=Tom Hale/commander of the Truce Monitoring Group"}},
		{"its after a country with a public head keeps the office",
			"New Zealand is sending 600 personnel. Its defence minister, Judith Kerr, toured the base.",
			[]string{"Judith Kerr=Judith Kerr/defence minister"}},
		{"its after a country with a body head keeps the office",
			"New Zealand is sending 600 personnel. Its operations director, Judith Kerr, toured the base.",
			[]string{"Judith Kerr=Judith Kerr/operations director"}},
		// a military officer is an official (contract §4); the role beats
		// the rank (rule 16a)
		{"an army officer in apposition beats the rank",
			"Major Ivan Petrov, a Bulgarian army officer, said the bridge held.",
			[]string{"Ivan Petrov=Ivan Petrov/Bulgarian army officer"}},
		{"a navy officer in apposition with no rank",
			"Sara Holm, a senior Swedish navy officer, said the ship was ready.",
			[]string{"Sara Holm=Sara Holm/senior Swedish navy officer"}},
		// a name no list knows taken up by a role description in the next
		// sentence, past places and dates of its own (rule 21a)
		{"an unknown name, a place and a day, then the description",
			"Mateus Cardoso arrived in Luanda late on Sunday. The Angolan defence minister is expected to sign the accord on Friday.",
			[]string{"Mateus Cardoso=Mateus Cardoso/Angolan defence minister"}},
		{"an unknown name, then a description whose modifier is a head elsewhere",
			"Kwabla Mensah flew to Lome on Monday. The Ghanaian foreign minister will meet his Togolese host on Tuesday.",
			[]string{"Kwabla Mensah=Kwabla Mensah/Ghanaian foreign minister"}},
		{"an unknown name with a person named after it: the description is the last one's",
			"Joaquim Tavares met Ana Ruiz on Sunday. The Mozambican defence minister is expected to sign the accord on Friday.",
			[]string{"Ana Ruiz=Ana Ruiz/Mozambican defence minister"}},
	})
}
