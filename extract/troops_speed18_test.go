package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// troopShapes are sentences of our own making with modifiers, personnel
// nouns (single words, phrases, plurals) and "men" and "members" after
// counts, for the look-ups the TROOPS stage passes over by the index's
// bits.
var troopShapes = []string{
	"About 3,000 US soldiers and some 200 military personnel left; more than 40 Royal Marines stayed.",
	"The brigade's 4,000 members and a battalion of 600 men moved; up to 1,000 militiamen and nearly 90 medics too.",
	"An estimated 60,000 troops, at least 12 Air Force personnel, roughly 500 Irish and 400 Finnish soldiers.",
	"Members of the Azov regiment, 30 members of parliament, some 8 men in a boat, 1,200 combatants.",
}

// personnelAtPlain is personnelAt as it was before the index's bits ruled
// out most words: the list asked of the lexicon by name and matched.
func (d *doc) personnelAtPlain(k int) int {
	e, m := d.match(lexicon.Personnel, k)
	if m == 0 {
		return 0
	}
	i := 0
	for w := range strings.FieldsSeq(e.Phrase) {
		if k+i >= len(d.toks) || !nounForm(d.Lower(k+i), w) {
			return 0
		}
		i++
	}
	return m
}

// troopModifierPlain is troopModifier as it was: every start matched.
func (d *doc) troopModifierPlain(i int) (int, string, bool) {
	for s := max(0, i-4); s < i; s++ {
		if d.toks[s].Sent != d.toks[i].Sent {
			continue
		}
		e, n := d.match(lexicon.Modifiers, s)
		if n > 0 && s+n == i {
			return s, e.Field(0), true
		}
	}
	return 0, "", false
}

// TestTroopLookupsAnswerAsPlain checks that personnelAt and troopModifier
// answer as their plain versions at every token of our sentences and of
// every development set.
func TestTroopLookupsAnswerAsPlain(t *testing.T) {
	p := testPipeline(t, corpus.Troops)
	var docs []corpus.Document
	for n, text := range troopShapes {
		docs = append(docs, corpus.Document{ID: string(rune('a' + n)), Date: "2022-05-10", Text: text})
	}
	for d := range everyTestDoc(t) {
		docs = append(docs, d)
	}
	nouns, mods := 0, 0
	for _, cd := range docs {
		d := p.analyze(cd)
		for k := range d.toks {
			got, want := d.personnelAt(k), d.personnelAtPlain(k)
			if got != want {
				t.Errorf("%s: personnelAt of %q = %d, plain %d", cd.ID, d.Text(k), got, want)
			} else if got > 0 {
				nouns++
			}
			s, m, ok := d.troopModifier(k)
			s2, m2, ok2 := d.troopModifierPlain(k)
			if s != s2 || m != m2 || ok != ok2 {
				t.Errorf("%s: troopModifier before %q = %d %q %v, plain %d %q %v", cd.ID, d.Text(k), s, m, ok, s2, m2, ok2)
			} else if ok {
				mods++
			}
		}
	}
	if nouns == 0 || mods == 0 {
		t.Errorf("%d personnel nouns, %d modifiers: the test reads nothing", nouns, mods)
	}
}
