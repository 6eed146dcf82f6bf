package extract

import (
	"strings"
	"sync"
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
// The cache is safe for concurrent use (sharded, each shard under a
// read-write lock) and bounded: each shard keeps two generations of at
// most vocabShardCap words; when the current one is full it becomes the
// old one and the old one is dropped. A word found only in the old
// generation moves to the current one, so the frequent words stay and
// memory stays flat however many documents pass.

const (
	vocabShards   = 16   // a power of two
	vocabShardCap = 4096 // words per shard and generation: at most 2*16*4096 words in all
)

// wordInfo is what the lexicon says of one lower-cased word. It is
// immutable once made.
type wordInfo struct {
	word string         // the lower-cased word (a copy: never a slice of a document)
	stem string         // its Snowball stem
	low  lexicon.WordID // id of word
	stm  lexicon.WordID // id of stem
}

// vocab is a Pipeline's cache of word information.
type vocab struct {
	lex    *lexicon.Lexicon
	shards [vocabShards]vocabShard
}

type vocabShard struct {
	mu       sync.RWMutex
	cur, old map[string]*wordInfo
	_        [40]byte // keep shards on separate cache lines
}

func newVocab(lex *lexicon.Lexicon) *vocab {
	v := &vocab{lex: lex}
	for i := range v.shards {
		v.shards[i].cur = make(map[string]*wordInfo)
	}
	return v
}

// shardOf spreads words over the shards by their length and end bytes.
func shardOf(w string) int {
	if w == "" {
		return 0
	}
	return (len(w) + int(w[0])*7 + int(w[len(w)-1])*31) & (vocabShards - 1)
}

// info returns the information on the word w: a lower-cased word, or a
// word as written (then its lower-cased form is looked up in turn, and
// both forms lead to the same information).
func (v *vocab) info(w string) *wordInfo {
	sh := &v.shards[shardOf(w)]
	sh.mu.RLock()
	wi, ok := sh.cur[w]
	if !ok && sh.old != nil {
		wi = sh.old[w]
	}
	sh.mu.RUnlock()
	if ok {
		return wi
	}
	if wi == nil {
		if l := strings.ToLower(w); l != w {
			wi = v.info(l)
		} else {
			wi = v.compute(w)
		}
	}
	key := wi.word
	if len(key) != len(w) || key != w {
		key = strings.Clone(w)
	}
	sh.mu.Lock()
	if len(sh.cur) >= vocabShardCap {
		sh.old, sh.cur = sh.cur, make(map[string]*wordInfo, vocabShardCap/2)
	}
	sh.cur[key] = wi
	sh.mu.Unlock()
	return wi
}

func (v *vocab) compute(w string) *wordInfo {
	w = strings.Clone(w)
	stem := lexicon.Stem(w)
	return &wordInfo{word: w, stem: stem, low: v.lex.WordID(w), stm: v.lex.WordID(stem)}
}

// lower returns the lower-cased form of a token's text: for a word with
// capitals, the one copy the cache holds (no string made per token).
func (tz *tokenizer) lower(s string, k Kind) string {
	if tz.words == nil || k != Word {
		return lower(s)
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			return tz.words.info(s).word
		}
	}
	return s
}

// len is the number of words cached (for tests).
func (v *vocab) len() int {
	n := 0
	for i := range v.shards {
		sh := &v.shards[i]
		sh.mu.RLock()
		n += len(sh.cur) + len(sh.old)
		sh.mu.RUnlock()
	}
	return n
}

// wordIDs gives every token its ids: of its lower-cased form and of its
// stem (a token that is no word is its own stem).
func (d *doc) wordIDs(v *vocab) {
	d.lowIDs = make([]lexicon.WordID, 2*len(d.toks))
	d.stemIDs = d.lowIDs[len(d.toks):]
	d.lowIDs = d.lowIDs[:len(d.toks)]
	for i := range d.toks {
		t := &d.toks[i]
		if t.Kind != Word {
			id := d.lex.WordID(t.Lower)
			d.lowIDs[i], d.stemIDs[i] = id, id
			continue
		}
		wi := v.info(t.Lower)
		d.lowIDs[i], d.stemIDs[i] = wi.low, wi.stm
	}
}

// Stem returns the stem of token i: its Snowball stem for a word, its
// lower-cased text otherwise.
func (d *doc) Stem(i int) string {
	t := &d.toks[i]
	if t.Kind != Word {
		return t.Lower
	}
	return d.vocab.info(t.Lower).stem
}

// Len and Lower, with Stem, make a doc a lexicon.Words.
func (d *doc) Len() int           { return len(d.toks) }
func (d *doc) Lower(i int) string { return d.toks[i].Lower }

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
