package extract

import "github.com/dispatch-nlp/dispatch/lexicon"

// Token classes by word type. Most tokens classify marks start no entry
// of more than one word in the lists it matches: their classes follow
// from the word alone (its lower-cased form and stem). The vocabulary
// tells them once per word type (typeClass, kept with the word's other
// facts), and classify walks the lexicon's trie over the following tokens
// only for the lists whose entries starting with the word are longer than
// one word (typeClass.walk). A match per list per token cost a fifth of
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
// classify), packed in one word (copied per token with one move): the
// classes of the entries of one word (always, for every token; capital,
// for capitalised ones), the lists to walk at the token (walk: a bit per
// index in classLists.lists) and the classes whose checks read the
// token's text as written (checks).
type typeClass uint64

// The fields of a typeClass: their shifts.
const (
	tcAlways  = 0
	tcCapital = 16
	tcWalk    = 32
	tcChecks  = 40
)

const (
	tHead uint8 = 1 << iota // a title of one word: cHead unless the token is a short word not in capitals ("Ag", see classifier.mark)
	tStop                   // a stopword alone: cStop at a capitalised token not in capitals
)

func (tc typeClass) always() class  { return class(tc >> tcAlways) }
func (tc typeClass) capital() class { return class(tc >> tcCapital) }
func (tc typeClass) walk() uint8    { return uint8(tc >> tcWalk) }
func (tc typeClass) checks() uint8  { return uint8(tc >> tcChecks) }

// makeTypeClass packs the fields of a typeClass.
func makeTypeClass(always, capital class, walk, checks uint8) typeClass {
	return typeClass(always)<<tcAlways | typeClass(capital)<<tcCapital | typeClass(walk)<<tcWalk | typeClass(checks)<<tcChecks
}

// typeOf returns the typeClass of the lower-cased word w, whose lexicon
// ids are low and, of its stem, stm.
func (cl *classLists) typeOf(lex *lexicon.Lexicon, w string, low, stm lexicon.WordID) typeClass {
	var always, capital class
	var walk, checks uint8
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
			walk |= 1 << j
			continue
		}
		e, n := lc.l.MatchIDs(lows[:], stems[:], 0)
		if n == 0 {
			continue
		}
		c := lc.c
		switch {
		case c == cHead && stemSibling(lex, e, w):
			continue // see classifier.mark
		case c == cHead:
			checks |= tHead
			continue
		case c == cRank && e.Field(0) == "honorific":
			c = cHonorific
		}
		if j < nAlways {
			always |= c
		} else {
			capital |= c
		}
	}
	single := lex.Single(low)
	if single&cl.givenNames != 0 {
		capital |= cGiven
	}
	if single&cl.stopwords != 0 {
		checks |= tStop
	}
	return makeTypeClass(always, capital, walk, checks)
}
