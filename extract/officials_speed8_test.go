package extract

import (
	"iter"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The officials stage's pre-filters must answer as the plain forms they
// guard: each check below runs the guarded function and its plain form
// (the code before the guard) at every token of the development sets.

// memberOfPlain is memberOf without the memberNear guard.
func (d *doc) memberOfPlain(cls []class, i int) string {
	m := i
	for m < len(d.toks) && m < i+3 && d.Lower(m) != "member" {
		if d.toks[m].Kind == Possessive || d.toks[m].Kind == Word && (d.Cap(m) && cls[m]&(cStop|cCalendar|cGiven) == 0 || adjectival(d.Lower(m)) || d.offIs(m, wSeatMod|wOwner) || strings.Contains(d.Lower(m), "voting") ||
			m+1 < len(d.toks) && d.Lower(m+1) == "member" && !d.Cap(m) && cls[m]&(cStop|cNonOfficial) == 0 && !d.verbLike(m)) {
			m++
			continue
		}
		return ""
	}
	if m+2 < len(d.toks) && d.Lower(m) == "member" && d.Lower(m+1) == "for" {
		return d.memberForSeat(cls, i, m)
	}
	if m+2 >= len(d.toks) || d.Lower(m) != "member" || d.Lower(m+1) != "of" {
		return ""
	}
	t := d.complementApposition(cls, m, m+1)
	if t == "" {
		return ""
	}
	if m > i {
		t = d.text[d.toks[i].Start:d.toks[m].Start] + t
	}
	for k := m + 2; k < len(d.toks) && k <= m+12 && !d.closesApposition(k); k++ {
		if cls[k]&cBody != 0 && d.Cap(k) || d.toks[k].Kind == Word && d.offIs(k, wSeatBody) && (d.Cap(k) || d.seatBodyModifier(k-1)) {
			return t
		}
	}
	return ""
}

// privateAppositionPlain is privateApposition without the
// nonOfficialNear guard.
func (d *doc) privateAppositionPlain(cls []class, i int) string {
	for k := i; k < len(d.toks) && k < i+4 && d.toks[k].Kind == Word; k++ {
		if cls[k]&cNonOfficial != 0 {
			_, n := d.match(lexicon.NonOfficial, k)
			if n > 0 && (d.closesApposition(k+n) || d.plainComplement(k+n)) && d.validTitle(cls, i, k+n) {
				return d.span(i, k+n)
			}
		}
		if e, n := d.match(lexicon.Reporting, k); n > 0 && e.Field(0) == "verb" || d.kindIs(k, wPast|wFuture) {
			return ""
		}
	}
	return ""
}

// unlistedGivenStartPlain is unlistedGivenStart without the guard on
// the word before the given name.
func (d *doc) unlistedGivenStartPlain(cls []class, a, s int) int {
	if cls[s]&cGiven == 0 {
		return s
	}
	if d.headline(s) || d.titleCased(s) {
		return s
	}
	k := s
	for k > a && k > s-2 && cls[k-1] == 0 && capWord(d, k-1) && d.toks[k-1].Kind == Word {
		w := d.Lower(k - 1)
		if d.lowerWord(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ward") || strings.HasSuffix(w, "wards") ||
			len(w) < 3 || strings.HasSuffix(w, ".") || d.quoteWord(k-1, "party") || d.quoteWord(k-1, "connective") {
			break
		}
		k--
	}
	return k
}

// nameWordPlain is nameWord with its tests in their former order.
func nameWordPlain(d *doc, cls []class, i int) bool {
	if t := &d.toks[i]; t.Kind != Word || !d.capOf(t) && d.wflags[i]&fHyphen == 0 {
		// as nameWord: a surname with an elided particle continues a run
		return t.Kind == Word && i > 0 && d.toks[i-1].Sent == t.Sent && capWord(d, i-1) && elidedParticleName(d.textOf(t))
	}
	articled := i > 0 && capWord(d, i-1) && d.articled(&d.toks[i])
	return capWord(d, i) && cls[i]&(cStop|cCalendar) == 0 || articled || givenJan(d, cls, i) || monthSurname(d, cls, i) || stopwordGiven(d, cls, i)
}

// everyDocsFolder lists the docs folders of every testdata set and the
// sample corpus.
func everyDocsFolder() []string {
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "docs"))
	more, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*", "docs"))
	return append(append(dirs, more...), benchCorpus)
}

// everyTestDoc yields every document of everyDocsFolder, failing t on a
// read error: the inputs of the tests that compare a shortcut with its
// plain form at every token.
func everyTestDoc(t testing.TB) iter.Seq[corpus.Document] {
	return func(yield func(corpus.Document) bool) {
		for _, dir := range everyDocsFolder() {
			for cd, err := range new(corpus.Reader).Read(dir) {
				if err != nil {
					t.Fatal(err)
				}
				if !yield(cd) {
					return
				}
			}
		}
	}
}

func TestOfficialsGuardsAnswerAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, found := 0, 0
	for cd := range everyTestDoc(t) {
		d := p.analyze(cd)
		cls := d.classify()
		for i := range d.toks {
			n++
			if got, want := d.memberOf(cls, i), d.memberOfPlain(cls, i); got != want {
				t.Errorf("%s: memberOf at %d (%q) = %q, plain %q", cd.ID, i, d.Text(i), got, want)
			} else if got != "" {
				found++
			}
			for a := max(0, i-3); a <= i; a++ {
				if got, want := d.unlistedGivenStart(cls, a, i), d.unlistedGivenStartPlain(cls, a, i); got != want {
					t.Errorf("%s: unlistedGivenStart(%d, %d) = %d, plain %d", cd.ID, a, i, got, want)
				} else if got < i {
					found++
				}
			}
			if got, want := nameWord(d, cls, i), nameWordPlain(d, cls, i); got != want {
				t.Errorf("%s: nameWord at %d (%q) = %v, plain %v", cd.ID, i, d.Text(i), got, want)
			}
			if got, want := d.privateApposition(cls, i), d.privateAppositionPlain(cls, i); got != want {
				t.Errorf("%s: privateApposition at %d (%q) = %q, plain %q", cd.ID, i, d.Text(i), got, want)
			} else if got != "" {
				found++
			}
		}
	}
	if n == 0 || found == 0 {
		t.Fatalf("%d positions, %d found: the check compared nothing", n, found)
	}
	t.Logf("%d positions, %d roles found", n, found)
}

// TestNonOfficialMarkEnds checks what titleBefore and appositionBefore
// rely on to skip look-ups: a non-official entry that matches as written
// from a word that is no connector ends at a word classify marked
// cNonOfficial.
func TestNonOfficialMarkEnds(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for cd := range everyTestDoc(t) {
		d := p.analyze(cd)
		cls := d.classify()
		for k := range d.toks {
			if d.toks[k].Kind != Word || d.wflags[k]&fConnector != 0 {
				continue
			}
			ent, m := d.match(lexicon.NonOfficial, k)
			if m == 0 || ent.Phrase != strings.ToLower(d.span(k, k+m)) {
				continue
			}
			n++
			if cls[k+m-1]&cNonOfficial == 0 {
				t.Errorf("%s: %q at %d matches as written, its last word unmarked", cd.ID, d.span(k, k+m), k)
			}
		}
	}
	if n == 0 {
		t.Fatal("no entry matched: the check compared nothing")
	}
	t.Logf("%d entries matched as written", n)
}
