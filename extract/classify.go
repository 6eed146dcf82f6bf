package extract

import (
	"unicode"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// class is a bit set of the lexicon lists a token belongs to (as part of a
// possibly multi-word entry).
type class uint16

const (
	cHead        class = 1 << iota // titles: spokesman, secretary, prime minister
	cTitleWord                     // title_words: deputy, foreign, affairs, of
	cRank                          // ranks: General, Lt. Gen.
	cHonorific                     // ranks (honorific): Sir, Mr.
	cBody                          // bodies: Pentagon, State Department, NATO
	cPlace                         // places: US, German, Europe, Kyiv
	cGiven                         // given_names: Antony, Wendy
	cStop                          // stopwords: The, In, However
	cCalendar                      // calendar: December, Monday
	cNonOfficial                   // nonofficial: analyst, opposition leader
	cConnector                     // of, for, to, at, in, the, and
)

// classify computes the classes of every token, once per document.
func (d *doc) classify() []class {
	if d.cls != nil {
		return d.cls
	}
	cls := make([]class, len(d.toks))
	mark := func(list string, c class, i int) {
		if e, n := d.match(list, i); n > 0 {
			if c == cRank && e.Field(0) == "honorific" {
				c = cHonorific
			}
			for k := i; k < i+n; k++ {
				cls[k] |= c
			}
		}
	}
	for i := range d.toks {
		d.tick()
		t := &d.toks[i]
		if t.Kind != Word {
			continue
		}
		switch t.Lower {
		case "of", "for", "to", "at", "in", "the", "and", "on":
			cls[i] |= cConnector | cStop
			continue
		}
		mark(lexicon.Titles, cHead, i)
		mark(lexicon.TitleWords, cTitleWord, i)
		mark(lexicon.Ranks, cRank, i)
		mark(lexicon.Calendar, cCalendar, i)
		mark(lexicon.NonOfficial, cNonOfficial, i)
		if !t.Cap() {
			continue
		}
		// proper nouns: places and bodies are capitalised (the pronoun
		// "us" is not the US)
		mark(lexicon.Bodies, cBody, i)
		mark(lexicon.Places, cPlace, i)
		if d.lex.List(lexicon.GivenNames).Has(t.Lower) {
			cls[i] |= cGiven
		}
		if !allCaps(t.Text) && d.lex.List(lexicon.Stopwords).Has(t.Lower) {
			cls[i] |= cStop
		}
	}
	d.cls = cls
	return cls
}

// titleish reports whether a class can be part of a title phrase.
func (c class) titleish() bool {
	return c&(cHead|cTitleWord|cRank|cBody|cPlace) != 0
}

// allCaps reports whether a word of two or more letters is written in
// capitals (an acronym: US, NATO).
func allCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n >= 2
}
