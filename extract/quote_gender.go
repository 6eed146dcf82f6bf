package extract

import (
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// genderOf returns a person's grammatical gender where the document shows
// it: a gendered role noun in the title (spokeswoman, congressman), a given
// name of the name_genders list, or an honorific (Mr., Ms.) before a
// mention. It is told per person when first asked and remembered (the
// quote stage asks about the people mentioned before a pronoun, a few of
// the document's); 0 for a person the roster has no mention of.
func (s *quoteStage) genderOf(pe *person) byte {
	if g, ok := s.gender[pe]; ok {
		return g
	}
	g := s.personGender(pe)
	if s.gender == nil {
		s.gender = make(map[*person]byte)
	}
	s.gender[pe] = g
	return g
}

// personGender is genderOf without the memory: the gender the officials
// stage told (honorifics, gendered titles), else the first gendered title
// among the person's titles, else the given name's gender
// (name_genders), else guessedF for a given name in -a the list lacks;
// then, where that leaves 0 or guessedF, the first honorific of a
// mention in text order (pe.at holds the person's mentions of the
// roster, in order).
func (s *quoteStage) personGender(pe *person) byte {
	if len(pe.at) == 0 {
		return 0
	}
	d := s.d
	g := pe.gender
	if g == 0 {
		g = d.titleGender(pe.title)
	}
	for _, t := range pe.titles {
		if g != 0 {
			break
		}
		g = d.titleGender(t) // a private role: "a mother of five"
	}
	if g == 0 && pe.first != "" {
		if e, ok := d.lex.List(lexicon.NameGenders).Lookup(pe.first); ok {
			g = e.Field(0)[0]
		} else if len(pe.first) > 2 && strings.HasSuffix(pe.first, "a") {
			g = guessedF // a given name in -a the list lacks (its men in -a are listed)
		}
	} else if g == 'm' && pe.first != "" && !s.honorificSays(pe, 'm') {
		// "A spokesman for the mission, Maj. Karen Holt": a role in
		// -man is written of women too; a woman's given name decides
		if e, ok := d.lex.List(lexicon.NameGenders).Lookup(pe.first); ok && e.Field(0)[0] == 'f' {
			g = 'f'
		}
	}
	for _, i := range pe.at {
		if g != 0 && g != guessedF {
			break
		}
		if h := d.genderOf(int(i)); h != 0 {
			g = h
		}
	}
	return g
}

// honorificSays reports whether an honorific before one of pe's mentions
// gives the gender g ("Mr.", "Mrs.").
func (s *quoteStage) honorificSays(pe *person, g byte) bool {
	for _, i := range pe.at {
		if s.d.genderOf(int(i)) == g {
			return true
		}
	}
	return false
}
