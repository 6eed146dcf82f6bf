package extract

import (
	"math/bits"
	"math/rand/v2"
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
// look words up in an immutable snapshot, a wordTable loaded atomically.
// A word not in it is looked up, or added, in a small map of new words
// under a mutex; when that map has grown by half the snapshot, or when
// words found in it have cost a quarter as many look-ups as the snapshot
// has words (a merge moves the snapshot's slots, rehashing their packed
// words, a few instructions a word: see growWordTable), the two are merged into a new snapshot (a copy: amortised constant time
// per word and per look-up; growing by an eighth copied each word nine
// times, a fifth of a cold run's time). The snapshot is the table alone,
// not a map besides: building a map of every word at each merge was a
// twentieth of a whole run on 200 articles.
// Memory is bounded: a snapshot never holds more than vocabCap words;
// when a merge would pass that, the new words alone start the next one
// (the frequent words come back at once), so however many documents
// pass, the cache stays under about 2*vocabCap words.

const (
	vocabCap      = 1 << 16 // words in a snapshot at most
	vocabMinMerge = 256     // new words merged at the least
	// freshHitsPerMerge: the new words are merged when look-ups have
	// found them a 1/freshHitsPerMerge of the snapshot's words times
	// (whole process on pn200, instructions: 1/1 481.3 M, 1/4 479.3 M,
	// 1/8 480.2 M)
	freshHitsPerMerge = 4
)

// wordInfo is what the lexicon says of one word. It is immutable once made.
type wordInfo struct {
	word  string         // the lower-cased word (a copy: never a slice of a document)
	stem  string         // its Snowball stem
	low   lexicon.WordID // id of word
	stm   lexicon.WordID // id of stem
	flags wordFlags
	tc    typeClass // the word's classes (see classify), for a word with fClassed
}

// wordFlags are facts of a word's form that stages ask at every token,
// told once per word type (see flagsOf) and kept per token in doc.wflags.
type wordFlags uint16

const (
	fHyphen      wordFlags = 1 << iota // the word has a hyphen-minus ("twenty-five")
	fDateOpener                        // dateOpener
	fDescHead                          // the last word of a person description (see doc.descHead)
	fClassed                           // an entry of a list classify reads may start with the word (see classStarts)
	fConnector                         // a connector of titles: of, for, to, at, in, the, and, on (see classify)
	fContext                           // a context word of some kind (see kindIs)
	fNumberStart                       // an entry of the numbers list starts with the word (see mayStartNumberWord)
	fDateList                          // an entry of a date list starts with the word or its stem (see mayStartDate)
	// set by wordIDs on tokens that are no words, so that the stages'
	// loops tell the tokens they skip by one dense byte pair
	fNumberTok  // the token is a Number
	fOrdinalTok // the token is an Ordinal
	fMarkTok    // the token is punctuation whose first byte may open a quotation mark (see markByte)
	// a hyphenated compound of two number words ("twenty-five", see
	// numberCompound): told once per word type
	fNumberCompound
	fAfterThe // the word may open a date after "the" (see afterTheDate)
)

// connectors are the words classify marks cConnector (and cStop).
var connectors = [...]string{"of", "for", "to", "at", "in", "the", "and", "on"}

// listFlags returns the flags of a word told by the lexicon: the word w,
// its id low and its stem's id stm.
func (v *vocab) listFlags(w string, low, stm lexicon.WordID) wordFlags {
	var f wordFlags
	if v.lex.Starts(low)&^v.stemmed|v.lex.Starts(stm)&v.stemmed != 0 || v.lex.Single(low) != 0 {
		f |= fClassed
	}
	if v.lex.Starts(low)&v.numbers != 0 {
		f |= fNumberStart
	}
	if _, ok := numberCompound(v.lex.List(lexicon.Numbers), w); ok {
		f |= fNumberCompound
	}
	if (v.lex.Starts(low)|v.lex.Starts(stm))&v.dateLists != 0 {
		f |= fDateList
	}
	if len(w) <= 3 { // the longest connector: a loop of compares for no other word
		for _, c := range connectors {
			if w == c {
				f |= fConnector
			}
		}
	}
	if v.kinds != nil && v.kinds.of(w, low) != (kindSet{}) {
		f |= fContext
	}
	return f
}

// flagsOf returns the flags of the lower-cased word w.
func flagsOf(w string) wordFlags {
	var f wordFlags
	if strings.IndexByte(w, '-') >= 0 {
		f |= fHyphen
	}
	if dateOpener(w) {
		f |= fDateOpener
	}
	if afterTheDate(w) {
		f |= fAfterThe
	}
	return f
}

// vocab is a Pipeline's cache of word information.
type vocab struct {
	lex *lexicon.Lexicon
	tab atomic.Pointer[wordTable] // the snapshot: read without a lock; never written
	mu  sync.Mutex                // guards fresh and the publication of tab
	// fresh holds the words added since tab was made; freshHits counts
	// the look-ups that found a word there.
	fresh     map[string]*wordInfo
	freshHits int
	ascii     [utf8.RuneSelf]lexicon.WordID // the id of each one-byte token (lower-cased)
	// descHeads are the Pipeline's (see Pipeline.descHeads): a word's
	// fDescHead flag. Set before the first look-up, then only read.
	descHeads map[string]bool
	// kinds are the Pipeline's context words (see kindIs): a word's
	// fContext flag. Set before the first look-up, then only read.
	kinds *kindTable
	// stemmed are the lists matched by stems, numbers the numbers list's
	// bit, dateLists the DATE stage's lists (see doc.dateLists).
	stemmed, numbers, dateLists lexicon.ListSet
	// classes are the lists classify matches (see typeClass)
	classes *classLists
	// base is the table of frequent words made ahead of time (see
	// frequentWords), the first snapshot and the start of each one made
	// anew; nil for none
	base *wordTable
}

func newVocab(lex *lexicon.Lexicon) *vocab {
	v := &vocab{lex: lex, fresh: make(map[string]*wordInfo, vocabMinMerge),
		stemmed: lex.Stemmed(), numbers: lex.List(lexicon.Numbers).Bit(), dateLists: dateLists(lex),
		classes: newClassLists(lex)}
	for c := range v.ascii {
		v.ascii[c] = lex.WordID(strings.ToLower(string(rune(c))))
	}
	v.tab.Store(buildWordTable(nil, nil))
	return v
}

// wordTable is a snapshot's words in an open-addressing hash table whose
// 32-byte slots hold a word's first 16 bytes, its length and its two ids:
// finding a token's ids reads one slot (and, for a word of more than 16
// bytes, its key), where a map[string]*wordInfo reads a control word, a
// slot, the key's bytes and the information (most of them cache misses in
// a vocabulary of tens of thousands of words; the look-up was a fifth of
// the pipeline). It is immutable.
type wordTable struct {
	slots  []wordSlot
	keys   []string    // by wordSlot.info: the word as written or lower-cased
	infos  []*wordInfo // by wordSlot.info
	lowers []string    // by wordSlot.info: infos[i].word (tokens.shared)
	tcls   []typeClass // by wordSlot.info: infos[i].tc
	// lowKey is, by wordSlot.info, the index of the key that is the
	// word's lower-cased form (infos[i].word), -1 when no key is: a
	// capitalised token finds its lower-cased word's bit (see
	// doc.lowerWordAt) with no string hashed
	lowKey []int32
	shift  uint   // 64 - log2(len(slots))
	seed   uint64 // keys wordHash: random per table
}

// wordSlot is one word of a wordTable: its first bytes (zero-padded),
// length (maxSlotLen for any longer word), ids, whether it is its own
// lower-cased form and its key's index.
type wordSlot struct {
	k0, k1   uint64
	low, stm lexicon.WordID
	info     uint32
	n        uint8 // length; 0: an empty slot
	lower    bool
	flags    wordFlags
}

// maxTableWord is the number of a word's bytes a slot holds; a longer
// word is told from others of the same start by its key.
const maxTableWord = 16

// maxSlotLen is the longest length a slot records.
const maxSlotLen = 255

// wordKey packs the first maxTableWord bytes of a word into two words,
// little-endian and zero-padded, by whole loads (a copy into a padded
// array cost a call to memmove per look-up).
func wordKey(w string) (k0, k1 uint64) {
	switch n := len(w); {
	case n >= 16:
		return le64(w), le64(w[8:])
	case n >= 8:
		// the last 8 bytes, shifted down over the ones k0 holds
		return le64(w), le64(w[n-8:]) >> (8 * (16 - n))
	case n >= 4:
		// the first and last 4 bytes: where they overlap, they agree
		return uint64(le32(w)) | uint64(le32(w[n-4:]))<<(8*(n-4)), 0
	case n >= 1:
		// bytes 0, n/2 and n-1: all of them, some twice
		return uint64(w[0]) | uint64(w[n>>1])<<(8*(n>>1)) | uint64(w[n-1])<<(8*(n-1)), 0
	}
	return 0, 0
}

// le64 and le32 read the first 8 and 4 bytes of s as a little-endian
// number (one load each).
func le64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

func le32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// wordHash hashes a packed word with the table's random seed (wyhash's
// multiply-and-fold): with a fixed hash, words found offline to share a
// slot make one long run of the open-addressing table, which every
// look-up landing in it walks (the text is not trusted).
func wordHash(k0, k1 uint64, n int, seed uint64) uint64 {
	hi, lo := bits.Mul64(k0^seed^0xa0761d6478bd642f, k1^uint64(n)^bits.RotateLeft64(seed, 32)^0xe7037ed1a0b428db)
	return hi ^ lo
}

// newWordTable makes the table of the words of snap.
func newWordTable(snap map[string]*wordInfo) *wordTable {
	keys := make([]string, 0, len(snap))
	infos := make([]*wordInfo, 0, len(snap))
	for w, wi := range snap {
		keys, infos = append(keys, w), append(infos, wi)
	}
	return buildWordTable(keys, infos)
}

// buildWordTable makes the table of the words keys[i] with the
// information infos[i]; it keeps both slices. Empty keys are left out.
func buildWordTable(keys []string, infos []*wordInfo) *wordTable {
	return growWordTable(nil, keys, infos, rand.Uint64())
}

// growWordTable is buildWordTable when the first words of keys and infos,
// if old is not nil, are old's, in its order: their slots are moved from
// old's (hashed again from the words' packed forms they hold, with the
// new table's seed) and their lowKey copied, not made again from the
// words' strings (reading each key's bytes, anywhere in the heap, and
// looking up its lower-cased form was most of a merge's time).
//
// seed is the new table's (random for any table that may hold words of
// the text, see wordHash).
func growWordTable(old *wordTable, keys []string, infos []*wordInfo, seed uint64) *wordTable {
	size := 16
	for size < len(keys)+len(keys)/3 { // load at most 3/4
		size *= 2
	}
	t := &wordTable{slots: make([]wordSlot, size), keys: keys, infos: infos, lowers: make([]string, len(infos)),
		tcls: make([]typeClass, len(infos)), shift: uint(64 - bits.TrailingZeros(uint(size))), seed: seed}
	from := 0
	if old != nil {
		from = len(old.keys)
		copy(t.lowers, old.lowers)
		copy(t.tcls, old.tcls)
	}
	for k := from; k < len(infos); k++ {
		t.lowers[k], t.tcls[k] = infos[k].word, infos[k].tc
	}
	mask := uint64(size - 1)
	if old != nil {
		for _, s := range old.slots {
			if s.n == 0 {
				continue
			}
			i := wordHash(s.k0, s.k1, int(s.n), t.seed) >> t.shift
			for t.slots[i].n != 0 {
				i = (i + 1) & mask
			}
			t.slots[i] = s
		}
	}
	for k := from; k < len(keys); k++ {
		w := keys[k]
		if w == "" {
			continue
		}
		k0, k1 := wordKey(w)
		n := min(len(w), maxSlotLen)
		i := wordHash(k0, k1, n, t.seed) >> t.shift
		for t.slots[i].n != 0 {
			i = (i + 1) & mask
		}
		wi := infos[k]
		t.slots[i] = wordSlot{k0: k0, k1: k1, n: uint8(n), low: wi.low, stm: wi.stm, lower: wi.word == w, info: uint32(k), flags: wi.flags}
	}
	t.lowKey = make([]int32, len(keys))
	if old != nil {
		copy(t.lowKey, old.lowKey)
	}
	for k := from; k < len(keys); k++ {
		w := keys[k]
		t.lowKey[k] = -1
		if w == "" {
			continue
		}
		if l := infos[k].word; l == w {
			t.lowKey[k] = int32(k)
		} else if s := t.find(l); s != nil && s.lower {
			t.lowKey[k] = int32(s.info)
		}
	}
	return t
}

// find returns the slot of w, nil when the table does not hold it.
func (t *wordTable) find(w string) *wordSlot {
	if len(w) == 0 {
		return nil
	}
	k0, k1 := wordKey(w)
	return t.probe(w, k0, k1, t.home(k0, k1, len(w)))
}

// home returns the first slot to probe for the packed word k0, k1 of
// length n.
func (t *wordTable) home(k0, k1 uint64, n int) uint64 {
	return wordHash(k0, k1, min(n, maxSlotLen), t.seed) >> t.shift
}

// probe returns the slot of the non-empty word w, packed as k0, k1, from
// its home slot i on; nil when the table does not hold it.
func (t *wordTable) probe(w string, k0, k1, i uint64) *wordSlot {
	n := min(len(w), maxSlotLen)
	mask := uint64(len(t.slots) - 1)
	for ; ; i = (i + 1) & mask {
		s := &t.slots[i]
		if s.n == 0 {
			return nil
		}
		if s.k0 == k0 && s.k1 == k1 && int(s.n) == n && (n <= maxTableWord || t.keys[s.info] == w) {
			return s
		}
	}
}

// info returns the information on the word w: a lower-cased word, or a
// word as written (then its lower-cased form is looked up in turn, and
// both forms lead to the same information).
func (v *vocab) info(w string) *wordInfo { return v.infoOf(w, false, nil) }

// infoOf is info; owned tells that w is a string of its own (not a slice of
// a document's text), which the cache may keep without a copy; probed is
// a table the caller found no w in (nil for none), where w is not looked
// up again (a third of a new word's look-ups).
func (v *vocab) infoOf(w string, owned bool, probed *wordTable) *wordInfo {
	tab := v.tab.Load()
	if tab != probed {
		if s := tab.find(w); s != nil {
			return tab.infos[s.info]
		}
	}
	v.mu.Lock()
	wi, ok := v.fresh[w]
	if ok {
		// a word found among the new ones costs a lock and two
		// look-ups: once they have cost about as much as a merge, merge
		v.freshHits++
		if n := len(v.tab.Load().keys); v.freshHits >= n/freshHitsPerMerge+vocabMinMerge && n+len(v.fresh) <= vocabCap {
			v.merge()
		}
	}
	v.mu.Unlock()
	if ok {
		return wi
	}
	if l := lowerVisible(w); l != w {
		wi = v.infoOf(l, true, nil) // l was made by lowerVisible: kept as it is (a second copy was 4,400 allocations in 200 articles)
	} else {
		wi = v.compute(w, owned)
	}
	key := wi.word
	if key != w {
		key = strings.Clone(w)
	}
	v.mu.Lock()
	if old, ok := v.fresh[key]; ok {
		wi = old // another goroutine was first
	} else if cur := v.tab.Load(); cur != tab && cur.find(key) != nil {
		wi = cur.infos[cur.find(key).info] // merged meanwhile: no key twice in a table (tab holds no w)
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
	if len(v.fresh) < max(vocabMinMerge, len(v.tab.Load().keys)/2) {
		return
	}
	v.merge()
}

// merge makes the snapshot of the words known and new. v.mu is held.
func (v *vocab) merge() {
	old := v.tab.Load()
	if n := len(old.keys) + len(v.fresh); n > vocabCap {
		// start over: bounded memory; from the frequent words when
		// there are some (they are back at once anyway)
		old = nil
		if v.base != nil && len(v.base.keys)+len(v.fresh) <= vocabCap {
			old = v.base
		}
	}
	var keys []string
	var infos []*wordInfo
	if old != nil {
		n := len(old.keys) + len(v.fresh)
		keys = append(make([]string, 0, n), old.keys...)
		infos = append(make([]*wordInfo, 0, n), old.infos...)
	} else {
		keys, infos = make([]string, 0, len(v.fresh)), make([]*wordInfo, 0, len(v.fresh))
	}
	for k, wi := range v.fresh {
		keys, infos = append(keys, k), append(infos, wi)
	}
	// a random seed: the words of the text join the table here (the
	// frequent words' table has a fixed one, see frequentWords)
	v.tab.Store(growWordTable(old, keys, infos, rand.Uint64()))
	// sized for the words publish lets it gather: grown from empty, the
	// map was rehashed at every doubling (half of a new word's insertion)
	v.fresh = make(map[string]*wordInfo, max(vocabMinMerge, len(keys)/2))
	v.freshHits = 0
}

func (v *vocab) compute(w string, owned bool) *wordInfo {
	if !owned {
		w = strings.Clone(w) // never a slice of a document: the cache outlives it
	}
	stem := lexicon.Stem(w)
	wi := &wordInfo{word: w, stem: stem, low: v.lex.WordID(w), flags: flagsOf(w)}
	wi.stm = wi.low
	if stem != w { // a word its own stem ("the", "war"): one look-up
		wi.stm = v.lex.WordID(stem)
	}
	wi.flags |= v.listFlags(w, wi.low, wi.stm)
	if wi.flags&fClassed != 0 {
		wi.tc = v.classes.typeOf(v.lex, w, wi.low, wi.stm)
	} else if strings.IndexByte(w, '-') > 0 {
		if tc := hyphenedTitle(v.lex, w); tc != 0 { // "colonel-major" (typeclass.go)
			wi.tc, wi.flags = tc, wi.flags|fClassed
		}
	}
	if wi.stm != 0 && v.descHeads[w] {
		wi.flags |= fDescHead
	}
	return wi
}

// len is the number of words cached (for tests).
func (v *vocab) len() int {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.tab.Load().keys) + len(v.fresh)
}

// isAbbrev reports whether word followed by a period is a known
// abbreviation ("Gen.", "dec."), lower-casing an ASCII word on the stack.
func (tz *tokenizer) isAbbrev(word string) bool {
	if tz.abbrevMay != nil && isASCII(word) && !tz.abbrevMay.may(word) {
		return false // most sentences end in no abbreviation: no map look-up
	}
	var buf [32]byte
	if len(word) >= len(buf) {
		return tz.abbrev[lower(withoutInvisible(word))+"."]
	}
	for i := 0; i < len(word); i++ {
		c := word[i]
		if c >= utf8.RuneSelf {
			// "Lieu\u00adt." is "Lieut." (decision 12b)
			return tz.abbrev[lower(withoutInvisible(word))+"."]
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	buf[len(word)] = '.'
	return tz.abbrev[string(buf[:len(word)+1])] // no string made for a map look-up
}

// newAbbrevFilter makes the filter of the abbreviations abbrev (keys
// with their final period) without the period. filterBit reads a word's
// length and its first and last bytes' low five bits, which an ASCII
// word shares with its lower-cased form: the filter is asked with the
// word as written.
func newAbbrevFilter(abbrev map[string]bool) *wordFilter {
	words := make(map[string]bool, len(abbrev))
	for a := range abbrev {
		words[strings.TrimSuffix(a, ".")] = true
	}
	return newWordFilter(words)
}

// lowerVisible is lower without the invisible marks (isInvisible): a
// word with a mark inside ("Gen\u00aderal", "spokes\u200bman") is the
// word without it for every list (annotation guide, decision 12b). An
// ASCII word costs what lower does: one pass over its bytes.
func lowerVisible(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return strings.ToLower(withoutInvisible(s))
		}
		if 'A' <= c && c <= 'Z' {
			return lower(s) // ASCII up to here; lower goes on from the start
		}
	}
	return s
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// wordIDs gives every token its ids: of its lower-cased form and of its
// stem (a token that is no word is its own stem); a word gets its
// lower-cased form here too, in the same look-up.
func (d *doc) wordIDs(v *vocab) {
	n := len(d.toks)
	// a previous document's arrays when they are large enough (see
	// scratch): every id is written below, the flags only for words
	if ids := d.scratch.ids; cap(ids) >= 2*n {
		d.lowIDs = ids[:2*n]
	} else {
		d.lowIDs = make([]lexicon.WordID, 2*n)
	}
	d.stemIDs = d.lowIDs[n : 2*n]
	d.lowIDs = d.lowIDs[:n] // its capacity the whole array (see release)
	if f := d.scratch.flags; cap(f) >= n {
		d.wflags = f[:n]
		clear(d.wflags)
	} else {
		d.wflags = make([]wordFlags, n)
	}
	// the classes of word types (see typeClass), written at the tokens
	// with fClassed only: no clearing
	if tc := d.scratch.tcls; cap(tc) >= n {
		d.tcls = tc[:n]
	} else {
		d.tcls = make([]typeClass, n)
	}
	d.scratch.ids, d.scratch.flags, d.scratch.tcls = nil, nil, nil
	tab := v.tab.Load()
	// the words written in lower case, for lowerWord: a bit per word of
	// the table, a map for the others (new words, long words)
	d.lowerTab, d.shared = tab, tab.lowers
	if nb, b := (len(tab.infos)+63)/64, d.scratch.bits; cap(b) >= nb {
		d.lowerBits = b[:nb]
		clear(d.lowerBits)
	} else {
		d.lowerBits = make([]uint64, nb)
	}
	d.scratch.bits = nil
	// The table is large (32 bytes a slot; a megabyte for 13,000 words)
	// and a word's slot is anywhere in it: nearly every look-up missed
	// the cache. So the words of a run of tokens are hashed first and
	// their home slots touched in a short loop whose loads do not depend
	// on each other (the processor overlaps their misses), and only then
	// looked up, from the hashes kept, in slots now cached.
	var probes [idRun]wordProbe
	var touched uint8
	for lo := 0; lo < n; lo += idRun {
		hi := min(lo+idRun, n)
		touched |= tab.homes(d.text, d.toks[lo:hi], &probes)
		d.idsOf(v, tab, lo, hi, &probes)
	}
	d.touched = touched
}

// idRun is the number of tokens whose home slots wordIDs touches before
// it looks them up (a power of two).
const idRun = 32

// wordProbe is a word's packed form and home slot in a wordTable.
type wordProbe struct{ k0, k1, home uint64 }

// homes gives each word of run (at most idRun tokens of text) its packed
// form and home slot in probes, by index in run, and reads the slot: the
// loop makes no call (wordKey is written out), so that its loads, which
// do not depend on each other, are in flight together. It returns what
// it read, for the caller to keep.
func (t *wordTable) homes(text string, run []Token, probes *[idRun]wordProbe) uint8 {
	var touched uint8
	slots, shift, seed := t.slots, t.shift, t.seed
	for k := range run {
		tk := &run[k]
		if tk.Kind != Word {
			continue
		}
		w := text[tk.Start:tk.End]
		var k0, k1 uint64
		// wordKey (a word is never empty)
		switch n := len(w); {
		case n >= 16:
			k0, k1 = le64(w), le64(w[8:])
		case n >= 8:
			k0, k1 = le64(w), le64(w[n-8:])>>(8*(16-n))
		case n >= 4:
			k0 = uint64(le32(w)) | uint64(le32(w[n-4:]))<<(8*(n-4))
		default:
			k0 = uint64(w[0]) | uint64(w[n>>1])<<(8*(n>>1)) | uint64(w[n-1])<<(8*(n-1))
		}
		home := wordHash(k0, k1, min(len(w), maxSlotLen), seed) >> shift
		probes[k&(idRun-1)] = wordProbe{k0, k1, home}
		touched |= slots[home].n
	}
	return touched
}

// idsOf gives the tokens lo to hi (at most idRun of them) their ids (see
// wordIDs); probes are their words' look-ups, by token - lo. A word
// found in its home slot (most words) takes a loop that makes no call;
// the others idOf.
func (d *doc) idsOf(v *vocab, tab *wordTable, lo, hi int, probes *[idRun]wordProbe) {
	toks, bits, slots, tcls := d.toks[lo:hi], d.lowerBits, tab.slots, d.tcls[lo:hi]
	lowIDs, stemIDs, wflags := d.lowIDs[lo:hi], d.stemIDs[lo:hi], d.wflags[lo:hi]
	for k := range toks {
		t := &toks[k]
		if t.Kind == Word {
			p := &probes[k&(idRun-1)]
			if s := &slots[p.home]; s.k0 == p.k0 && s.k1 == p.k1 && int32(s.n) == t.End-t.Start && s.n <= maxTableWord {
				if s.lower {
					bits[s.info/64] |= 1 << (s.info % 64)
				} else {
					t.low = sharedLow | s.info // nothing stored per token
				}
				lowIDs[k], stemIDs[k], wflags[k] = s.low, s.stm, s.flags
				if s.flags&fClassed != 0 {
					tcls[k] = tab.tcls[s.info]
				}
				continue
			}
		}
		d.idOf(v, tab, lo+k, &probes[k&(idRun-1)])
	}
}

// idOf gives token i its ids (see idsOf); p is its word's look-up.
func (d *doc) idOf(v *vocab, tab *wordTable, i int, p *wordProbe) {
	t := &d.toks[i]
	if t.Kind != Word {
		var id lexicon.WordID
		if c := d.text[t.Start]; t.End-t.Start == 1 && c < utf8.RuneSelf {
			id = v.ascii[c] // punctuation, a digit: no string hashed
		} else {
			id = d.lex.WordID(d.lowerOf(t))
		}
		d.lowIDs[i], d.stemIDs[i] = id, id
		switch t.Kind {
		case Number:
			d.wflags[i] = fNumberTok
		case Ordinal:
			d.wflags[i] = fOrdinalTok
		case Punct:
			if markByte(d.text[t.Start]) {
				d.wflags[i] = fMarkTok
			}
		}
		return
	}
	w := d.textOf(t)
	if s := tab.probe(w, p.k0, p.k1, p.home); s != nil {
		if s.lower {
			d.lowerBits[s.info/64] |= 1 << (s.info % 64)
		} else {
			t.low = sharedLow | s.info // nothing stored per token
		}
		d.lowIDs[i], d.stemIDs[i], d.wflags[i] = s.low, s.stm, s.flags
		if s.flags&fClassed != 0 {
			d.tcls[i] = tab.tcls[s.info]
		}
		return
	}
	wi := v.infoOf(w, false, tab)
	if wi.word != w {
		d.setLower(t, wi.word) // the cached word's own string: nothing made
	} else {
		d.addLower(wi.word)
	}
	d.lowIDs[i], d.stemIDs[i], d.wflags[i] = wi.low, wi.stm, wi.flags
	d.tcls[i] = wi.tc
}

// Stem returns the stem of token i: its Snowball stem for a word, its
// lower-cased text otherwise.
func (d *doc) Stem(i int) string {
	t := &d.toks[i]
	if t.Kind != Word {
		return d.lowerOf(t)
	}
	if d.lowerTab != nil { // the word table wordIDs used: one slot read, no string hashed
		if s := d.lowerTab.find(d.lowerOf(t)); s != nil {
			return d.lowerTab.infos[s.info].stem
		}
	}
	return d.vocab.info(d.lowerOf(t)).stem
}

// descHead reports whether token i is the last word of a person
// description (see Pipeline.descHeads). Such a word's stem is a word of
// the lexicon (the descriptions list is matched by stems). A word is told
// by its flags (the vocabulary asked once per word type); another token
// whose stem is none without a map look-up.
func (d *doc) descHead(i int) bool {
	if d.toks[i].Kind == Word {
		return d.wflags[i]&fDescHead != 0
	}
	return d.stemIDs[i] != 0 && d.descHeads[d.Lower(i)]
}

// Len and Lower (of tokens), with Stem, make a doc a lexicon.Words.
func (d *doc) Len() int { return len(d.toks) }

// match returns the longest entry of list at token i and its length in
// tokens (0 when none).
func (d *doc) match(list string, i int) (lexicon.Entry, int) {
	if i >= len(d.lowIDs) || d.lex.Starts(d.lowIDs[i])|d.lex.Starts(d.stemIDs[i]) == 0 {
		return lexicon.Entry{}, 0 // no entry of any list starts here
	}
	l := d.lex.List(list)
	if !d.mayStart(l, i) {
		// most questions, as most words start an entry of some list but
		// not of the one asked
		return lexicon.Entry{}, 0
	}
	return l.MatchIDs(d.lowIDs, d.stemIDs, i)
}

// mayStart reports whether an entry of l may start at token i, by the
// lexicon index's start bit of the word's id (its stem's for a stemmed
// list): MatchIDs' first test, told without the call. A token without
// ids (none past the document's words) may start one: the match decides.
func (d *doc) mayStart(l *lexicon.List, i int) bool {
	if i >= len(d.lowIDs) {
		return true
	}
	id := d.lowIDs[i]
	if l.Stemmed() {
		id = d.stemIDs[i]
	}
	return d.lex.Starts(id)&l.Bit() != 0
}

// is reports whether token i alone is an entry of list.
func (d *doc) is(list string, i int) bool {
	_, n := d.match(list, i)
	return n == 1
}
