package extract

import (
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// Token classes by word type. Most tokens classify marks start no entry
// of more than one word in the lists it matches: their classes follow
// from the word alone (its lower-cased form and stem). The vocabulary
// tells them once per word type (typeClass, kept with the word's other
// facts), and classify walks the lexicon's trie over the following tokens
// only for the lists whose entries starting with the word are longer than
// one word (state tsWalk). A match per list per token cost a fifth of
// the analysis before the stages, most of it missing the cache in the
// trie's edge table.

// classLists are the lists classify matches and the classes they give:
// the first nAlways at every word, the others (places and bodies, proper
// nouns: the pronoun "us" is not the US) at capitalised words only.
type classLists struct {
	lists                 [nAlways + nCapitalised]listClass
	givenNames, stopwords lexicon.ListSet
	stemmed               lexicon.ListSet
}

// nAlways and nCapitalised count the lists of classLists of each kind.
const (
	nAlways      = 5
	nCapitalised = 2
)

func newClassLists(lex *lexicon.Lexicon) *classLists {
	return &classLists{
		lists: [...]listClass{
			{lex.List(lexicon.Titles), cHead},
			{lex.List(lexicon.TitleWords), cTitleWord},
			{lex.List(lexicon.Ranks), cRank},
			{lex.List(lexicon.Calendar), cCalendar},
			{lex.List(lexicon.NonOfficial), cNonOfficial},
			{lex.List(lexicon.Bodies), cBody},
			{lex.List(lexicon.Places), cPlace},
		},
		givenNames: lex.List(lexicon.GivenNames).Bit(),
		stopwords:  lex.List(lexicon.Stopwords).Bit(),
		stemmed:    lex.Stemmed(),
	}
}

// typeClass is what a word type tells of the classes of its tokens (see
// classify), in two bytes a token (a document's arrays are bounded per
// byte of text): for each list of classLists.lists (by its index j), a
// state in bits 2j and 2j+1 (tsWalk, tsAlone, tsHonorific; 0 when no
// entry of the list starts with the word), and whether the word alone is
// a given name (tcGiven) or a stopword (tcStop).
type typeClass uint16

// The states of a list in a typeClass.
const (
	tsWalk      = 1 // an entry of more than one word starts with the word: walk the trie at the token
	tsAlone     = 2 // the word alone is an entry: the list's class (a title: cHead, unless the token is a short word not in capitals, see shortTitle)
	tsHonorific = 3 // the word alone is an entry of the ranks list of kind honorific: cHonorific
)

const (
	tcGiven typeClass = 1 << (2 * (nAlways + nCapitalised)) // a given name alone: cGiven at a capitalised token
	tcStop  typeClass = tcGiven << 1                        // a stopword alone: cStop at a capitalised token not in capitals
	// tcAlways are the states of the lists matched at every word
	tcAlways typeClass = 1<<(2*nAlways) - 1
	// tcLists are the states of all the lists
	tcLists typeClass = 1<<(2*(nAlways+nCapitalised)) - 1
)

// state returns the state of list j.
func (tc typeClass) state(j int) int { return int(tc>>(2*j)) & 3 }

// typeOf returns the typeClass of the lower-cased word w, whose lexicon
// ids are low and, of its stem, stm.
func (cl *classLists) typeOf(lex *lexicon.Lexicon, w string, low, stm lexicon.WordID) typeClass {
	var tc typeClass
	starts := lex.Starts(low)&^cl.stemmed | lex.Starts(stm)&cl.stemmed
	lows, stems := [1]lexicon.WordID{low}, [1]lexicon.WordID{stm}
	for j, lc := range cl.lists {
		if starts&lc.l.Bit() == 0 {
			continue
		}
		id := low
		if lc.l.Stemmed() {
			id = stm
		}
		if lc.l.Longer(id) {
			tc |= tsWalk << (2 * j)
			continue
		}
		e, n := lc.l.MatchIDs(lows[:], stems[:], 0)
		switch {
		case n == 0:
		case lc.c == cHead && stemSibling(lex, e, w):
			// see classifier.mark
		case lc.c == cRank && e.Field(0) == "honorific":
			tc |= tsHonorific << (2 * j)
		default:
			tc |= tsAlone << (2 * j)
		}
	}
	if tc&(3|3<<2|3<<4) == 0 && strings.Contains(w, "-") {
		tc |= hyphenedTitle(lex, w)
	}
	single := lex.Single(low)
	if single&cl.givenNames != 0 {
		tc |= tcGiven
	}
	if single&cl.stopwords != 0 {
		tc |= tcStop
	}
	return tc
}

// hyphenedTitle returns the state of a hyphened word no title, title word
// or rank entry starts, whose every part is a title, a title word or a
// rank and one part a rank (guide rule 21w): the word is a rank
// ("colonel-major", "under-secretary-general"), and the name after it
// starts after it: "Under-Secretary-General [Ana Mirel]",
// "Colonel-Major [Idris Kone]". 0 otherwise: a compound of common
// title words is no rank ("city-state", "head-to-head", "air-defence").
func hyphenedTitle(lex *lexicon.Lexicon, w string) typeClass {
	titles, words, ranks := lex.List(lexicon.Titles), lex.List(lexicon.TitleWords), lex.List(lexicon.Ranks)
	rank := false
	for part := range strings.SplitSeq(w, "-") {
		if part == "" {
			return 0
		}
		if e, ok := ranks.Lookup(part); ok && e.Phrase == part && e.Field(0) == "rank" {
			rank = true
		} else if !titles.Has(part) && !words.Has(part) {
			return 0
		}
	}
	if !rank {
		return 0
	}
	return tsAlone << 4 // ranks: list 2 of classLists
}
