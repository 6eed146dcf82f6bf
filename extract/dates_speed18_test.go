package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// shapeDates are sentences of our own making with numbers of every shape
// dateAt tells apart (days, ordinals, years, numeric dates, numerals before
// ago) and lower-case words the capitalised rules would take if they were
// capitalised.
var shapeDates = []string{
	"On 3 March 2021 and the 21st of June, 12.05.2022 and 2022-05-14, 300 troops left 5 days ago.",
	"Some 1,500 soldiers arrived 2 weeks later; 45 years earlier, in 1999, 7 people met on 31st May.",
	"A may day in march, a good friday, a christmas tree; 3.5 million, 2,000-strong, 10:30, 4th place.",
	"Zapad-2021 began; zapad-2021 too. The 2020s, the 1990 election, 12 months before.",
}

// TestAfterTheFlag checks that the fAfterThe flag of every token is what
// afterTheDate says of its lower-cased word (a token that is no word has
// none).
func TestAfterTheFlag(t *testing.T) {
	p := datePipeline(t)
	var docs []corpus.Document
	for n, text := range append(append([]string{}, articleDates...), shapeDates...) {
		docs = append(docs, corpus.Document{ID: string(rune('a' + n)), Date: "2022-05-10", Text: text})
	}
	for d := range everyTestDoc(t) {
		docs = append(docs, d)
	}
	flagged := 0
	for _, cd := range docs {
		d := p.analyze(cd)
		for k := range d.toks {
			want := afterTheDate(d.Lower(k))
			if got := d.afterTheAt(k); got != want {
				t.Errorf("%s: afterTheAt of %q = %v, afterTheDate %v", cd.ID, d.Text(k), got, want)
			} else if got {
				flagged++
			}
		}
		if d.afterTheAt(len(d.toks)) {
			t.Errorf("%s: afterTheAt past the end", cd.ID)
		}
	}
	if flagged == 0 {
		t.Error("no token flagged: the test reads nothing")
	}
}

// dateAtNumberPlain is dateAt's chain for a number as it was before the
// number's shape chose the rules: every rule asked in turn.
func (d *doc) dateAtNumberPlain(i int) (dexpr, bool) {
	if x, ok := d.dayFirst(i); ok {
		return x, true
	}
	if x, ok := d.numericDate(i); ok {
		return x, true
	}
	if x, ok := d.ago(i); ok {
		return x, true
	}
	if y, ok := d.year(i, false); ok {
		return dexpr{s: i, e: i + 1, rule: "year", unit: uYear, y: y}, true
	}
	return dexpr{}, false
}

// TestDateAtRuleGroups checks that the rules dateAt passes over as a
// group find nothing there: for a number, the rules its shape rules out
// (dateAt answers as every rule asked in turn); for a lower-case word,
// holidayAt and cal.
func TestDateAtRuleGroups(t *testing.T) {
	p := datePipeline(t)
	var docs []corpus.Document
	for n, text := range append(append([]string{}, articleDates...), shapeDates...) {
		docs = append(docs, corpus.Document{ID: string(rune('a' + n)), Date: "2022-05-10", Text: text})
	}
	for d := range everyTestDoc(t) {
		docs = append(docs, d)
	}
	numbers, found := 0, 0
	for _, cd := range docs {
		d := p.analyze(cd)
		lists := d.dateLists()
		for i := range d.toks {
			switch d.toks[i].Kind {
			case Number, Ordinal:
				numbers++
				got, gok := d.dateAt(i, dprev{end: -1}, lists)
				want, wok := d.dateAtNumberPlain(i)
				if gok != wok || gok && (got.s != want.s || got.e != want.e || got.rule != want.rule) {
					t.Errorf("%s: dateAt of number %q = %v %+v, every rule in turn %v %+v", cd.ID, d.Text(i), gok, got, wok, want)
				}
				if gok {
					found++
				}
			case Word:
				if d.Cap(i) {
					continue
				}
				if _, ok := d.holidayAt(i); ok {
					t.Errorf("%s: holidayAt takes the lower-case %q", cd.ID, d.Text(i))
				}
				if c := d.cal(i); c.kind != calNone {
					t.Errorf("%s: cal takes the lower-case %q", cd.ID, d.Text(i))
				}
			}
		}
	}
	if numbers == 0 || found == 0 {
		t.Errorf("%d numbers, %d dates found: the test reads nothing", numbers, found)
	}
}
