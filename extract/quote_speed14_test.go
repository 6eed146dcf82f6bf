package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The quote, date and troop stages' shortcuts (speed14) must answer as the
// plain computations they replace, at every candidate of every testdata
// document and the sample corpus.

// gendersPlain is the quote stage's table of genders as it was built
// before genderOf told each person on first use: every mention of the
// roster in text order, the person's gender from the officials stage,
// its titles and given name at its first mention, then an honorific at
// any mention while the gender is unknown or guessed.
func (s *quoteStage) gendersPlain() map[*person]byte {
	gender := make(map[*person]byte)
	d := s.d
	names := d.lex.List(lexicon.NameGenders)
	for _, m := range s.r.all {
		if _, ok := gender[m.p]; !ok {
			g := m.p.gender
			if g == 0 {
				g = d.titleGender(m.p.title)
			}
			for _, t := range m.p.titles {
				if g != 0 {
					break
				}
				g = d.titleGender(t)
			}
			if e, ok := names.Lookup(m.p.first); g == 0 && ok && m.p.first != "" {
				g = e.Field(0)[0]
			} else if g == 0 && len(m.p.first) > 2 && strings.HasSuffix(m.p.first, "a") && !ok {
				g = guessedF
			}
			gender[m.p] = g
		}
		if g := d.genderOf(m.i); g != 0 && (gender[m.p] == 0 || gender[m.p] == guessedF) {
			gender[m.p] = g
		}
	}
	return gender
}

func TestQuoteSharedFactsAnswerAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	people, gendered, skipped := 0, 0, 0
	for cd := range everyTestDoc(t) {
		d := p.analyze(cd)
		d.classify()
		r := p.officials(d)
		qs := findQuotes(d)
		s := p.newQuoteStage(d, r, qs)
		for k := range d.toks {
			if d.toks[k].Kind == Word && !s.mayCue(k) {
				if cue, ce := s.findCue(k); ce != 0 {
					t.Errorf("%s: mayCue(%d) %q false, findCue %q", cd.ID, k, d.Text(k), cue)
				}
				skipped++
			}
		}
		plain := s.gendersPlain()
		for _, pe := range r.people {
			people++
			if got, want := s.genderOf(pe), plain[pe]; got != want {
				t.Errorf("%s: genderOf(%q) = %q, plain %q", cd.ID, pe.name, got, want)
			} else if got != 0 {
				gendered++
			}
		}
	}
	t.Logf("%d people, %d with a gender; %d words no cue starts", people, gendered, skipped)
}
