package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func TestZZProbe(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	for _, txt := range []string{
		"Belgian Foreign Minister Joris van Dam left the meeting early, saying only: \"I have said what I had to say.\" He then drove home.",
		"Finnish Interior Minister Anna Koski said the unit was \"ready today\", and a spokesman for the General Staff added that 400 guards were on alert.",
		"A Western diplomat posted in Baku said the convoy included \"at least two artillery batteries\" and tanks.",
		"Iran has moved \"several missile batteries\" to the coast, according to a report by Israel's military intelligence directorate.",
		"Sipho Ndlovu, general secretary of the national teachers' union, warned of \"a long and bitter strike\" if pay was not raised.",
		"Dutch Defence Minister Pieter Ruys left early. He then drove back to The Hague.\n\nSenator Abigail Thorne's speech on the floor drew applause from both parties. \"We owe these soldiers more than a parade,\" she said.",
		"Baltic states press for NATO presence\n\n\"We cannot wait for the next summit,\" she said. The Latvian defence minister, Ilze Kalnina, spoke in Riga.",
		"\"Ask the generals, not me,\" Senator Tom Hale shrugged when asked about the plan.",
		"Estonian Foreign Minister Liisa Tamm, whom Moscow has called \"a provocateur\", said she would not be intimidated.",
		"Gen. Radu Marin ordered his units to hold the bridges \"whatever the cost\", according to officers at the front.",
	} {
		for _, a := range p.Annotate(corpus.Document{ID: "t", Text: txt}) {
			t.Logf("%s", quoteRow(txt, a)+"|"+a.Rule)
		}
	}
}
