package extract

import "github.com/dispatch-nlp/dispatch/lexicon"

// The stems the quote stage compares tokens' stems with, by index into
// quoteStemWords.
const (
	stemCall = iota
	stemDescrib
	stemTerm
	stemLabel
	stemDub
	stemBrand
	stemTold
	stemTell
	stemContinu
	nQuoteStems
)

// quoteStemWords are the stems of quoteStems' indexes: naming cues
// ("called", "described as", "termed", "labelled", "dubbed", "branded"),
// "told"/"tell" (a cue with an audience) and "continued".
var quoteStemWords = [nQuoteStems]string{"call", "describ", "term", "label", "dub", "brand", "told", "tell", "continu"}

// quoteStemIDs are the lexicon ids of quoteStemWords (0 for a stem the
// lexicon lacks), told once per Pipeline.
type quoteStemIDs [nQuoteStems]lexicon.WordID

func newQuoteStemIDs(lex *lexicon.Lexicon) *quoteStemIDs {
	var ids quoteStemIDs
	for n, w := range quoteStemWords {
		ids[n] = lex.WordID(w)
	}
	return &ids
}

// stemIs reports whether the stem of token k is quoteStemWords[n]: by the
// token's stem id alone when it or the stem has one (a word of the
// lexicon has one id, other words none), without the word table's
// look-up of the stem's text; by the text when neither has.
func (d *doc) stemIs(k, n int) bool {
	id := d.quoteStems[n]
	if sid := d.stemIDs[k]; sid != 0 || id != 0 {
		return sid == id
	}
	return d.Stem(k) == quoteStemWords[n]
}

// namingStem reports whether the stem of token k is that of a naming cue
// ("called", "described", "termed", "labelled", "dubbed", "branded").
func (d *doc) namingStem(k int) bool {
	for n := stemCall; n <= stemBrand; n++ {
		if d.stemIs(k, n) {
			return true
		}
	}
	return false
}
