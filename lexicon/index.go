package lexicon

import (
	"math/bits"
	"strings"
)

// WordID names a word of the lexicon's vocabulary: a word (lower-cased, or
// stemmed for stemmed lists) that appears in some entry. 0 names every
// other word: no entry of any list contains it.
type WordID uint32

// ListSet is a bit set of lists: see [List.Bit].
type ListSet uint64

// index is the lexicon's vocabulary and its trie over word ids, built once
// when the lexicon is loaded. Every list has a root node; an edge leads
// from a node and a word id to the next node; a node where an entry's key
// ends holds that entry. A phrase is matched by walking the trie over the
// ids of its words: no key string is built, no word is hashed twice.
type index struct {
	vocab  strTable  // word -> WordID
	starts []ListSet // by WordID: lists having an entry whose key starts with the word
	single []ListSet // by WordID: lists having the word alone as an entry
	edges  edgeTable // node<<32 | word id -> child node
	ends   []*Entry  // by node: the entry whose key ends there, or nil
	inner  []uint64  // by node, a bit each: the node has children (a walk from a leaf stops without a probe)
}

// maxLists is the number of lists a ListSet holds.
const maxLists = 64

// buildIndex indexes the lists of lx; canonical: in the order of their
// keys (see load).
func buildIndex(lx *Lexicon, canonical bool) *index {
	n := 0
	for _, l := range lx.lists {
		n += len(l.entries)
	}
	ix := &index{vocab: newStrTable(n), edges: newEdgeTable(n + n/4)}
	ix.starts = make([]ListSet, 1, n) // WordID 0: no word
	ix.single = make([]ListSet, 1, n)
	ix.ends = make([]*Entry, 0, n+n/4)
	id := func(w string) WordID {
		if v, ok := ix.vocab.get(w); ok {
			return WordID(v)
		}
		v := WordID(len(ix.starts))
		ix.vocab.put(w, int32(v))
		ix.starts = append(ix.starts, 0)
		ix.single = append(ix.single, 0)
		return v
	}
	newNode := func() int32 {
		ix.ends = append(ix.ends, nil)
		return int32(len(ix.ends) - 1)
	}
	// built-in lists in their order first, so that their bits are stable
	names := Names()
	for name := range lx.lists {
		if !isBuiltin(name) {
			names = append(names, name)
		}
	}
	for n, name := range names {
		l := lx.lists[name]
		if n < maxLists {
			l.bit = 1 << n
		}
		l.root = newNode()
		l.ix = ix
		for key := range keysOf(l.entries, canonical) {
			item := l.entries[key]
			entry := &l.items[item] // items no longer grow: the lexicon is loaded
			node := l.root
			for k, rest := 0, key; rest != ""; k++ {
				var w string
				w, rest, _ = strings.Cut(rest, " ")
				wid := id(w)
				if k == 0 {
					ix.starts[wid] |= l.bit
					if rest == "" {
						ix.single[wid] |= l.bit
					}
				}
				edge := uint64(node)<<32 | uint64(wid)
				child, ok := ix.edges.get(edge)
				if !ok {
					child = newNode()
					ix.edges.put(edge, child)
				}
				node = child
			}
			ix.ends[node] = entry
		}
	}
	ix.inner = make([]uint64, (len(ix.ends)+63)/64)
	for _, k := range ix.edges.keys {
		if k != 0 {
			parent := k >> 32
			ix.inner[parent/64] |= 1 << (parent % 64)
		}
	}
	return ix
}

// hasChildren reports whether the trie node has children.
func (ix *index) hasChildren(node int32) bool {
	return ix.inner[node/64]&(1<<(node%64)) != 0
}

func isBuiltin(name string) bool {
	for _, n := range Names() {
		if n == name {
			return true
		}
	}
	return false
}

// WordID returns the id of a word (lower-cased, or a stem) in the
// lexicon's vocabulary, 0 when no entry contains it.
func (lx *Lexicon) WordID(w string) WordID { return lx.ix.wordID(w) }

// wordID returns the id of a word, 0 when no entry contains it.
func (ix *index) wordID(w string) WordID {
	v, _ := ix.vocab.get(w)
	return WordID(v)
}

// Starts returns the lists that have an entry starting with the word id.
func (lx *Lexicon) Starts(id WordID) ListSet {
	if int(id) < len(lx.ix.starts) {
		return lx.ix.starts[id]
	}
	return 0
}

// Single returns the lists that have the word id alone as an entry.
func (lx *Lexicon) Single(id WordID) ListSet {
	if int(id) < len(lx.ix.single) {
		return lx.ix.single[id]
	}
	return 0
}

// Stemmed returns the lists matched by stems.
func (lx *Lexicon) Stemmed() ListSet {
	var s ListSet
	for _, l := range lx.lists {
		if l.stemmed {
			s |= l.bit
		}
	}
	return s
}

// Bit returns the list's bit in a ListSet (0 for a list not in the lexicon).
func (l *List) Bit() ListSet { return l.bit }

// Stemmed reports whether the list is matched by stems.
func (l *List) Stemmed() bool { return l.stemmed }

// Has reports whether s holds list l.
func (s ListSet) Has(l *List) bool { return s&l.bit != 0 }

// Len is the number of lists in s.
func (s ListSet) Len() int { return bits.OnesCount64(uint64(s)) }

// MatchIDs returns the longest entry starting at word i and its length in
// words (0 when none matches), the words given by the ids of their
// lower-cased forms and of their stems (both of length n, the number of
// words). It is [List.Match] without strings: for callers that give each
// word its ids once (see [Lexicon.WordID]).
func (l *List) MatchIDs(lower, stems []WordID, i int) (Entry, int) {
	ids := lower
	if l.stemmed {
		ids = stems
	}
	if l.ix == nil || i >= len(ids) {
		return Entry{}, 0
	}
	id := ids[i]
	if int(id) >= len(l.ix.starts) || l.ix.starts[id]&l.bit == 0 {
		return Entry{}, 0
	}
	// the walk over ids, written out: walk's id func was an indirect call
	// per word, and most entries are one word (a leaf: no probe for the
	// word after it)
	ix := l.ix
	node, ok := ix.edges.get(uint64(l.root)<<32 | uint64(id))
	if !ok {
		return Entry{}, 0
	}
	var best *Entry
	length := 0
	if e := ix.ends[node]; e != nil {
		best, length = e, 1
	}
	for j := i + 1; j < len(ids) && ix.hasChildren(node); j++ {
		w := ids[j]
		if w == 0 {
			break
		}
		child, ok := ix.edges.get(uint64(node)<<32 | uint64(w))
		if !ok {
			break
		}
		node = child
		if e := ix.ends[node]; e != nil {
			best, length = e, j-i+1
		}
	}
	if best == nil {
		return Entry{}, 0
	}
	return *best, length
}

// Longer reports whether an entry of l of more than one word starts with
// the word id (of a lower-cased word, or of a stem for a stemmed list): a
// caller that matches the word alone at a token needs no walk over the
// tokens after it when Longer is false (see [List.MatchIDs]).
func (l *List) Longer(id WordID) bool {
	if l.ix == nil || id == 0 || int(id) >= len(l.ix.starts) || l.ix.starts[id]&l.bit == 0 {
		return false
	}
	node, ok := l.ix.edges.get(uint64(l.root)<<32 | uint64(id))
	return ok && l.ix.hasChildren(node)
}

// walk follows the trie from the list's root over the ids of words i, i+1,
// ... n-1 and returns the longest entry on the way.
func (l *List) walk(i, n int, id func(int) WordID) (Entry, int) {
	var best *Entry
	length := 0
	node := l.root
	for j := i; j < n; j++ {
		w := id(j)
		if w == 0 {
			break
		}
		child, ok := l.ix.edges.get(uint64(node)<<32 | uint64(w))
		if !ok {
			break
		}
		node = child
		if e := l.ix.ends[node]; e != nil {
			best, length = e, j-i+1
		}
	}
	if best == nil {
		return Entry{}, 0
	}
	return *best, length
}

// edgeTable maps the trie's edges (node<<32 | word id: never 0, word ids
// start at 1) to child nodes: open addressing with linear probing, at
// most half full. A match takes a step per word at every token the
// stages try, and a map[uint64]int32 cost a hash call and a group probe
// per step. The keys come from the lexicon's entries; a document's words
// are only looked up.
type edgeTable struct {
	keys  []uint64 // 0: an empty slot
	vals  []int32
	shift uint // 64 - log2(len(keys))
	n     int  // edges held
}

// newEdgeTable returns a table sized for n edges.
func newEdgeTable(n int) edgeTable {
	size, shift := tableSize(n)
	return edgeTable{keys: make([]uint64, size), vals: make([]int32, size), shift: shift}
}

// tableSize returns the slots of an open-addressing table for n keys (a
// power of two, at least 16, at least twice n: at most half full) and the
// shift that turns a 64-bit hash into a slot (64 - log2 of the size).
func tableSize(n int) (int, uint) {
	size := 16
	for size < 2*n {
		size *= 2
	}
	return size, uint(64 - bits.TrailingZeros(uint(size)))
}

// slot is where key's probe starts (Fibonacci hashing: the top bits of
// the key times 2^64/φ).
func (t *edgeTable) slot(key uint64) uint64 { return key * 0x9e3779b97f4a7c15 >> t.shift }

// get returns the child of an edge.
func (t *edgeTable) get(key uint64) (int32, bool) {
	mask := uint64(len(t.keys) - 1)
	for i := t.slot(key); ; i = (i + 1) & mask {
		switch t.keys[i] {
		case key:
			return t.vals[i], true
		case 0:
			return 0, false
		}
	}
}

// put adds an edge that is not in the table (key != 0).
func (t *edgeTable) put(key uint64, child int32) {
	if 2*(t.n+1) > len(t.keys) {
		old := *t
		*t = newEdgeTable(len(old.keys)) // twice the size: n < len/2
		for i, k := range old.keys {
			if k != 0 {
				t.put(k, old.vals[i])
			}
		}
	}
	mask := uint64(len(t.keys) - 1)
	i := t.slot(key)
	for t.keys[i] != 0 {
		i = (i + 1) & mask
	}
	t.keys[i], t.vals[i] = key, child
	t.n++
}
