package extract

import (
	"math/bits"
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
// token takes the classes its word type gives alone (see typeClass, told
// by the vocabulary once per word type), and is matched against a list
// by walking the lexicon's trie over the ids of the tokens that follow
// only where an entry of more than one word of that list starts with its
// word. The loop reads the tokens' word flags alone (two bytes a token):
// most tokens start no entry of any list, are no connector and no
// context word, and cost one test.
func (d *doc) classify() []class {
	if d.cls != nil {
		return d.cls
	}
	n := len(d.toks)
	var cls []class
	if sc := d.scratch; sc != nil && cap(sc.cls) >= n {
		// a previous document's array (see scratch)
		cls, sc.cls = sc.cls[:n], nil
		clear(cls)
	} else {
		cls = make([]class, n)
	}
	c := classifier{d: d, cls: cls, lex: d.lex, lists: d.vocab.classes}
	flags, toks, tcls := d.wflags[:n], d.toks[:n], d.tcls[:n]
	// the flags that tell a connector, a word that starts an entry of a
	// list and a word of a kind: most words have none; tokens that are
	// no words have none of them
	const asked = fConnector | fClassed | fContext
	for i := 0; i < n; i++ {
		for i < n && flags[i]&asked == 0 { // a loop of one test a token, making no call
			i++
		}
		if i == n {
			break
		}
		f := flags[i]
		if toks[i].Kind != Word {
			continue
		}
		d.tick()
		switch {
		case f&fConnector != 0:
			cls[i] |= cConnector | cStop
		case f&fClassed != 0:
			tc, upper := tcls[i], toks[i].upper
			lists := tc & tcAlways
			if upper {
				lists = tc & tcLists
			}
			for lists != 0 {
				j := bits.TrailingZeros16(uint16(lists)) / 2
				lists &^= 3 << (2 * j)
				switch st := tc.state(j); {
				case st == tsWalk:
					c.mark(j, i)
				case st == tsHonorific:
					cls[i] |= cHonorific
				case j != 0:
					cls[i] |= c.lists.lists[j].c
				case !shortTitle(d.Text(i)): // a title alone
					cls[i] |= cHead
				}
			}
			if !upper {
				break
			}
			if tc&tcGiven != 0 {
				cls[i] |= cGiven
			}
			if tc&tcStop != 0 && !allCaps(d.Text(i)) {
				cls[i] |= cStop
			}
		}
		// the classes of tokens 0 to i are final here (an entry marks the
		// tokens from its start on): bodyHead reads them
		if f&fContext != 0 {
			off := d.setAt(i).off
			if off&wArmedGroup != 0 {
				d.armedAt = append(d.armedAt, int32(i)) // rare: read by armedName
			}
			if i > 0 && off&wBodyHead != 0 {
				d.bodyHeadOf(cls, i)
			}
		}
	}
	d.cls = cls
	d.armedOK = true
	return cls
}

// listClass is a list classify matches and the class it gives.
type listClass struct {
	l *lexicon.List
	c class
}

// classifier holds classify's lists and the classes it writes.
type classifier struct {
	d     *doc
	cls   []class
	lex   *lexicon.Lexicon
	lists *classLists
}

// mark gives the class of list j of c.lists to the tokens of the longest
// entry of that list at token i, if any.
func (c *classifier) mark(j, i int) {
	d, lc := c.d, c.lists.lists[j]
	if e, n := lc.l.MatchIDs(d.lowIDs, d.stemIDs, i); n > 0 {
		cl := lc.c
		if cl == cHead && n == 1 && stemSibling(c.lex, e, d.Lower(i)) {
			return // "administration" is a title word, not "administrator"
		}
		if cl == cHead && n == 1 && shortTitle(d.Text(i)) {
			return
		}
		if cl == cRank && e.Field(0) == "honorific" {
			cl = cHonorific
		}
		for k := i; k < i+n; k++ {
			c.cls[k] |= cl
		}
	}
}

// shortTitle reports whether a word matched as a title of one word is
// too short to be one unless in capitals: "AG", "MP" are abbreviated
// titles; "Ag" of "Moussa Ag Attaher" a name.
func shortTitle(text string) bool {
	return len(text) <= 2 && !allCaps(text)
}

// bodyHead marks word i as a title head when it is a role noun of
// official_words kind body_head ("director", "coordinator") that a
// government body or a place's or public body's possessive owns, perhaps
// over two modifiers: "the FDA director", "FBI Director", "the
// coalition’s regional coordinator"; not "the film director". The
// classes of tokens 0 to i are final. Only context words (see kindIs)
// are asked.
func (d *doc) bodyHead(cls []class, i int) {
	if d.offAt(i, wBodyHead) {
		d.bodyHeadOf(cls, i)
	}
}

// bodyHeadOf is bodyHead of a word of kind body_head (classify reads the
// kinds of each context word once, for this and armedName).
func (d *doc) bodyHeadOf(cls []class, i int) {
	if cls[i]&cHead != 0 {
		return
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
		(cls[k-1]&(cBody|cPlace) != 0 || !d.Cap(k-1) && d.offIs(k-1, wOwner)):
		cls[i] |= cHead
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
	if len(w) < len(e.Phrase) && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || len(e.Phrase) == len(w)+1 && strings.HasPrefix(e.Phrase, w)) ||
		strings.HasSuffix(w, "ing") {
		// the role less its last letter is another word too: "military
		// aid to San Salvador" names no aide
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
