package extract

import (
	"strings"
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

// classify computes the classes of every token, once per document. A
// token is tested only against the lists that have an entry starting with
// it (one bit test on its word ids), and an entry is matched by walking
// the lexicon's trie over the ids of the tokens that follow.
func (d *doc) classify() []class {
	if d.cls != nil {
		return d.cls
	}
	cls := make([]class, len(d.toks))
	lex := d.lex
	type listClass struct {
		l *lexicon.List
		c class
	}
	always := [...]listClass{
		{lex.List(lexicon.Titles), cHead},
		{lex.List(lexicon.TitleWords), cTitleWord},
		{lex.List(lexicon.Ranks), cRank},
		{lex.List(lexicon.Calendar), cCalendar},
		{lex.List(lexicon.NonOfficial), cNonOfficial},
	}
	// proper nouns: places and bodies are capitalised (the pronoun "us"
	// is not the US)
	capitalised := [...]listClass{
		{lex.List(lexicon.Bodies), cBody},
		{lex.List(lexicon.Places), cPlace},
	}
	var alwaysBits, capitalisedBits lexicon.ListSet
	for _, lc := range always {
		alwaysBits |= lc.l.Bit()
	}
	for _, lc := range capitalised {
		capitalisedBits |= lc.l.Bit()
	}
	givenNames, stopwords := lex.List(lexicon.GivenNames), lex.List(lexicon.Stopwords)
	stemmed := d.stemmed
	mark := func(lc listClass, i int) {
		if e, n := lc.l.MatchIDs(d.lowIDs, d.stemIDs, i); n > 0 {
			c := lc.c
			if c == cHead && n == 1 && stemSibling(lex, e, d.Lower(i)) {
				return // "administration" is a title word, not "administrator"
			}
			if c == cHead && n == 1 && len(d.Text(i)) <= 2 && !allCaps(d.Text(i)) {
				return // "AG", "MP" are abbreviated titles; "Ag" of "Moussa Ag Attaher" a name
			}
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
		// the word's flags tell a connector, and a word that starts no
		// entry of any list (most words), without reading its text or
		// the lexicon's tables
		f := d.wflags[i]
		if f&fConnector != 0 {
			cls[i] |= cConnector | cStop
			continue
		}
		if f&fClassed == 0 {
			continue
		}
		low, stem := d.lowIDs[i], d.stemIDs[i]
		starts := lex.Starts(low)&^stemmed | lex.Starts(stem)&stemmed
		if starts&alwaysBits != 0 { // the lists' bits, not their pointers, asked first
			for _, lc := range always {
				if starts.Has(lc.l) {
					mark(lc, i)
				}
			}
		}
		if !d.capOf(t) {
			continue
		}
		if starts&capitalisedBits != 0 {
			for _, lc := range capitalised {
				if starts.Has(lc.l) {
					mark(lc, i)
				}
			}
		}
		single := lex.Single(low)
		if single.Has(givenNames) {
			cls[i] |= cGiven
		}
		if single.Has(stopwords) && !allCaps(d.textOf(t)) {
			cls[i] |= cStop
		}
	}
	d.bodyHeads(cls)
	d.cls = cls
	return cls
}

// bodyHeads marks as a title head each role noun of official_words kind
// body_head ("director", "coordinator") that a government body or a
// place's or public body's possessive owns, perhaps over two modifiers:
// "the FDA director", "FBI Director", "the coalition’s regional
// coordinator"; not "the film director".
func (d *doc) bodyHeads(cls []class) {
	for i := 1; i < len(d.toks); i++ {
		// a word of a kind is a context word (see kindIs): its flag, one
		// byte a token, is read first
		if d.wflags[i]&fContext == 0 || d.toks[i].Kind != Word || cls[i]&cHead != 0 || !d.kindAt(i, wBodyHead) {
			continue
		}
		k := i - 1
		for k > 0 && k >= i-2 && d.toks[k].Kind == Word && !d.Cap(k) && cls[k]&(cStop|cNonOfficial) == 0 && adjectival(d.Lower(k)) {
			k-- // "regional", "acting"
		}
		switch t := &d.toks[k]; {
		case t.Sent != d.toks[i].Sent:
		case t.Kind == Word && cls[k]&cBody != 0 && d.Cap(k):
			cls[i] |= cHead
		case t.Kind == Possessive && k > 0 && d.toks[k-1].Kind == Word &&
			(cls[k-1]&(cBody|cPlace) != 0 || !d.Cap(k-1) && d.kindIs(k-1, wOwner)):
			cls[i] |= cHead
		}
	}
}

// titleish reports whether a class can be part of a title phrase.
func (c class) titleish() bool {
	return c&(cHead|cTitleWord|cRank|cBody|cPlace) != 0
}

// allCaps reports whether a word of two or more letters is written in
// capitals (an acronym: US, NATO; not G7). See also doc.upperWord, for a
// token in a headline.
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

// stemSibling reports whether the word w matched the title entry e only
// through a shared stem while being another word: an inflected verb
// shorter than the role ("represents", "representative"), or listed itself among the title
// words (the stemmer joins "administration" to "administrator").
func stemSibling(lex *lexicon.Lexicon, e lexicon.Entry, w string) bool {
	if e.Phrase == w {
		return false
	}
	if len(w) < len(e.Phrase) && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed")) || strings.HasSuffix(w, "ing") {
		// an inflected verb shorter than the role it shares a stem with
		// is no form of the role ("represents", "represented" are no
		// "representative"; "directs" no "director"), nor is an -ing
		// form of any length ("advising" is no "adviser"), unless it is a
		// listed role itself or a role's plural
		titles := lex.List(lexicon.Titles)
		for _, f := range []string{w, strings.TrimSuffix(w, "s")} {
			if te, ok := titles.Lookup(f); ok && te.Phrase == f {
				return false
			}
		}
		return true
	}
	tw, ok := lex.List(lexicon.TitleWords).Lookup(w)
	return ok && tw.Phrase == w
}
