package extract

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The vocabulary. Matching a token against the lexicon needs its stem and
// the ids of its lower-cased form and stem in the lexicon's vocabulary
// (see lexicon.WordID). Snowball stemming is the costly part, and words
// recur across documents, so each Pipeline keeps a cache from a
// lower-cased word to what the lexicon says of it, shared by all the
// documents it annotates: a word is stemmed once per process, not once
// per document. A document then holds two ids per token and matches
// entries by walking the lexicon's trie over them, building no strings.
//
// The cache is safe for concurrent use and reads take no lock: readers
// look words up in an immutable snapshot map, loaded atomically. A word
// not in it is looked up, or added, in a small map of new words under a
// mutex; when that map has grown by half the snapshot, the two are merged
// into a new snapshot (a copy: amortised constant time per word, each word
// copied about three times; growing by an eighth copied it nine times, a
// fifth of a cold run's time).
// Memory is bounded: a snapshot never holds more than vocabCap words;
// when a merge would pass that, the new words alone start the next one
// (the frequent words come back at once), so however many documents
// pass, the cache stays under about 2*vocabCap words.

const (
	vocabCap      = 1 << 16 // words in a snapshot at most
	vocabMinMerge = 256     // new words merged at the least
)

// wordInfo is what the lexicon says of one word. It is immutable once made.
type wordInfo struct {
	word string         // the lower-cased word (a copy: never a slice of a document)
	stem string         // its Snowball stem
	low  lexicon.WordID // id of word
	stm  lexicon.WordID // id of stem
}

// vocab is a Pipeline's cache of word information.
type vocab struct {
	lex  *lexicon.Lexicon
	snap atomic.Pointer[map[string]*wordInfo] // read without a lock; never written
	mu   sync.Mutex                           // guards fresh and the publication of snap
	// fresh holds the words added since snap was made.
	fresh map[string]*wordInfo
}

func newVocab(lex *lexicon.Lexicon) *vocab {
	v := &vocab{lex: lex, fresh: make(map[string]*wordInfo)}
	empty := make(map[string]*wordInfo)
	v.snap.Store(&empty)
	return v
}

// info returns the information on the word w: a lower-cased word, or a
// word as written (then its lower-cased form is looked up in turn, and
// both forms lead to the same information).
func (v *vocab) info(w string) *wordInfo {
	if wi, ok := (*v.snap.Load())[w]; ok {
		return wi
	}
	v.mu.Lock()
	wi, ok := v.fresh[w]
	v.mu.Unlock()
	if ok {
		return wi
	}
	if l := strings.ToLower(w); l != w {
		wi = v.info(l)
	} else {
		wi = v.compute(w)
	}
	key := wi.word
	if key != w {
		key = strings.Clone(w)
	}
	v.mu.Lock()
	if old, ok := v.fresh[key]; ok {
		wi = old // another goroutine was first
	} else {
		v.fresh[key] = wi
		v.publish()
	}
	v.mu.Unlock()
	return wi
}

// publish merges the new words into a new snapshot when they are many
// enough. v.mu is held.
func (v *vocab) publish() {
	snap := *v.snap.Load()
	if len(v.fresh) < max(vocabMinMerge, len(snap)/2) {
		return
	}
	var next map[string]*wordInfo
	if len(snap)+len(v.fresh) > vocabCap {
		next = v.fresh // start over: bounded memory
	} else {
		next = make(map[string]*wordInfo, len(snap)+len(v.fresh))
		for k, wi := range snap {
			next[k] = wi
		}
		for k, wi := range v.fresh {
			next[k] = wi
		}
	}
	v.snap.Store(&next)
	v.fresh = make(map[string]*wordInfo)
}

func (v *vocab) compute(w string) *wordInfo {
	w = strings.Clone(w)
	stem := lexicon.Stem(w)
	return &wordInfo{word: w, stem: stem, low: v.lex.WordID(w), stm: v.lex.WordID(stem)}
}

// len is the number of words cached (for tests).
func (v *vocab) len() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(*v.snap.Load()) + len(v.fresh)
}

// isAbbrev reports whether word followed by a period is a known
// abbreviation ("Gen.", "dec."), lower-casing an ASCII word on the stack.
func (tz *tokenizer) isAbbrev(word string) bool {
	var buf [32]byte
	if len(word) >= len(buf) {
		return tz.abbrev[lower(word)+"."]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			return tz.abbrev[lower(word)+"."]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	buf[len(word)] = '.'
	return tz.abbrev[string(buf[:len(word)+1])] // no string made for a map look-up
}

// wordIDs gives every token its ids: of its lower-cased form and of its
// stem (a token that is no word is its own stem); a word gets its
// lower-cased form here too, in the same look-up.
func (d *doc) wordIDs(v *vocab) {
	d.lowIDs = make([]lexicon.WordID, 2*len(d.toks))
	d.stemIDs = d.lowIDs[len(d.toks):]
	d.lowIDs = d.lowIDs[:len(d.toks)]
	for i := range d.toks {
		t := &d.toks[i]
		if t.Kind != Word {
			id := d.lex.WordID(t.Lower())
			d.lowIDs[i], d.stemIDs[i] = id, id
			continue
		}
		wi := v.info(t.Text)
		if wi.word != t.Text {
			t.low = &wi.word // the cached word's own string: nothing made
		}
		d.lowIDs[i], d.stemIDs[i] = wi.low, wi.stm
	}
}

// Stem returns the stem of token i: its Snowball stem for a word, its
// lower-cased text otherwise.
func (d *doc) Stem(i int) string {
	t := &d.toks[i]
	if t.Kind != Word {
		return t.Lower()
	}
	return d.vocab.info(t.Lower()).stem
}

// Len and Lower, with Stem, make a doc a lexicon.Words.
func (d *doc) Len() int           { return len(d.toks) }
func (d *doc) Lower(i int) string { return d.toks[i].Lower() }

// match returns the longest entry of list at token i and its length in
// tokens (0 when none).
func (d *doc) match(list string, i int) (lexicon.Entry, int) {
	if i >= len(d.lowIDs) || d.lex.Starts(d.lowIDs[i])|d.lex.Starts(d.stemIDs[i]) == 0 {
		return lexicon.Entry{}, 0 // no entry of any list starts here
	}
	return d.lex.List(list).MatchIDs(d.lowIDs, d.stemIDs, i)
}

// is reports whether token i alone is an entry of list.
func (d *doc) is(list string, i int) bool {
	_, n := d.match(list, i)
	return n == 1
}
