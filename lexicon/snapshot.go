package lexicon

import (
	_ "embed" // the snapshot as a string
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"maps"
	"slices"
	"strings"
)

// The built-in lexicon, loaded: data/index.bin is the state Load reaches
// from the built-in lists (their entries, match keys and stems, the
// vocabulary and the trie), written once from the lists (go generate
// ./lexicon, which runs go test ./lexicon -run TestSnapshot -update) and
// checked by that test. Load without user files reads it instead of
// parsing, checking, stemming and indexing 10,000 lines: a run over one
// file was mostly that. The lists stay the source of truth: the snapshot
// records a checksum of their texts, and a snapshot that does not match
// them (a list edited without regenerating) is not used; the lists are
// then loaded as before, and TestSnapshot fails until it is regenerated.
//
//go:generate go test -run ^TestSnapshot$ -update

//go:embed data/index.bin
var snapshotText string

// snapshotMagic opens data/index.bin: the format's name and version.
const snapshotMagic = "dispatch lexicon index 1\n"

// listsChecksum is the CRC-32 of the built-in lists' texts, in the order
// of Names.
func listsChecksum() uint32 {
	var sum uint32
	for _, name := range Names() {
		text, _ := builtinText(name)
		sum = crc32.Update(sum, crc32.IEEETable, []byte(text))
	}
	return sum
}

// snapshotWriter encodes a snapshot: numbers as 4 bytes, little-endian
// (a load reads each in a few instructions; varints of slots and node
// numbers took a loop each), and strings (the length, then the bytes).
type snapshotWriter struct{ b []byte }

func (w *snapshotWriter) uint(v int) { w.b = binary.LittleEndian.AppendUint32(w.b, uint32(v)) }

func (w *snapshotWriter) str(s string) {
	w.uint(len(s))
	w.b = append(w.b, s...)
}

// encodeSnapshot writes lx (the built-in lists, loaded from their texts
// with no user file) as a snapshot whose lists' texts have the checksum sum.
func encodeSnapshot(lx *Lexicon, sum uint32) ([]byte, error) {
	names := Names()
	if len(lx.lists) != len(names) || len(lx.byIndex) != len(names) {
		return nil, errors.New("lexicon snapshot: only the built-in lists are written")
	}
	w := &snapshotWriter{b: []byte(snapshotMagic)}
	w.uint(int(sum))
	fields, keys := 0, 0
	for _, l := range lx.byIndex {
		for _, e := range l.items {
			fields += len(e.Fields)
		}
		keys += l.keys.n
	}
	ix := lx.ix
	w.uint(fields)
	w.uint(keys)
	w.uint(len(ix.starts) - 1)
	w.uint(len(ix.ends))
	item := map[*Entry]int{} // an entry's position in its list's items
	for _, l := range lx.byIndex {
		w.uint(len(l.items))
		for i := range l.items {
			e := &l.items[i]
			item[e] = i
			w.str(e.Phrase)
			w.uint(len(e.Fields))
			for _, f := range e.Fields {
				w.str(f)
			}
		}
		w.uint(l.keys.n)
		w.uint(len(l.keys.keys))
		for slot, v := range l.keys.vals {
			if v == 0 {
				continue
			}
			key, i := l.keys.keys[slot], int(v-1)
			w.uint(slot)
			if key == l.items[i].Phrase {
				w.uint(i << 1)
				continue
			}
			w.uint(i<<1 | 1)
			w.str(key)
		}
		w.uint(len(l.order))
		for _, i := range l.order {
			w.uint(int(i))
		}
		w.uint(len(l.shared))
		for _, phrase := range slices.Sorted(maps.Keys(l.shared)) {
			w.str(phrase)
			w.uint(int(l.shared[phrase]))
		}
	}
	w.uint(len(ix.vocab.keys))
	for slot, id := range ix.vocab.vals {
		if id != 0 {
			w.uint(slot)
			w.str(ix.vocab.keys[slot])
			w.uint(int(id - 1))
		}
	}
	// the trie, node by node: its parent and word (a root: none), and the
	// entry ending there
	parent := make([]int, len(ix.ends))
	word := make([]int, len(ix.ends))
	for i, k := range ix.edges.keys {
		if k != 0 {
			child := ix.edges.vals[i]
			parent[child], word[child] = int(k>>32)+1, int(uint32(k))
		}
	}
	roots := 0
	for node, end := range ix.ends {
		if parent[node] == 0 {
			if roots >= len(lx.byIndex) || lx.byIndex[roots].root != int32(node) {
				return nil, fmt.Errorf("lexicon snapshot: node %d is a root out of the lists' order", node)
			}
			roots++
		}
		w.uint(parent[node])
		if parent[node] != 0 {
			w.uint(word[node])
		}
		if end == nil {
			w.uint(0)
			continue
		}
		i, ok := item[end]
		if !ok {
			return nil, fmt.Errorf("lexicon snapshot: node %d ends in an entry of no list", node)
		}
		w.uint(i + 1)
	}
	return w.b, nil
}

// snapshotReader decodes a snapshot; strings are slices of its text.
// A read past the end makes at -1: every later read gives 0 or "", and
// the decoder rejects the snapshot at its end.
type snapshotReader struct {
	s  string
	at int // the next byte
}

func (r *snapshotReader) uint() int {
	at := r.at
	if at < 0 || at > len(r.s)-4 {
		r.at = -1
		return 0
	}
	r.at = at + 4
	return int(uint32(r.s[at]) | uint32(r.s[at+1])<<8 | uint32(r.s[at+2])<<16 | uint32(r.s[at+3])<<24)
}

func (r *snapshotReader) str() string {
	n := r.uint()
	at := r.at
	if at < 0 || n > len(r.s)-at {
		r.at = -1
		return ""
	}
	r.at = at + n
	return r.s[at : at+n]
}

// bound is a count read from the snapshot, checked against the bytes left
// (each counted thing takes at least one byte) so that a damaged snapshot
// makes no huge allocation.
func (r *snapshotReader) bound() int {
	n := r.uint()
	if r.at < 0 || n > len(r.s)-r.at {
		r.at = -1
		return 0
	}
	return n
}

// table reads the n keys of t, a table made by newStrTable of the
// encoder's size: each key's slot, then the key (key()) and its value
// (value()). The keys go to the slots the encoder's table had them in, no
// key hashed; the first is looked up by its hash (a snapshot of another
// hash function is no snapshot).
func (r *snapshotReader) table(t *strTable, n int, key func() string, value func() int32) {
	first := -1
	for range n {
		slot := r.uint()
		word := key()
		v := value()
		if slot >= len(t.keys) || t.vals[slot] != 0 || v < 0 {
			r.at = -1
			return
		}
		t.keys[slot], t.vals[slot] = word, v+1
		t.n++
		if first < 0 {
			first = slot
		}
	}
	if first >= 0 && slotOf(t, t.keys[first]) != first {
		r.at = -1 // keys out of their hash's slots
	}
}

// loadSnapshot decodes a snapshot of the built-in lists whose texts have
// the checksum sum into a Lexicon of version ver; false when text is no
// such snapshot (another checksum, another format, damaged).
func loadSnapshot(text string, sum uint32, ver string) (*Lexicon, bool) {
	r := &snapshotReader{s: strings.TrimPrefix(text, snapshotMagic)}
	if len(r.s) == len(text) || r.uint() != int(sum) {
		return nil, false
	}
	arena := make([]string, r.bound())
	nkeys := r.uint()
	ix := &index{}
	nwords := r.bound()
	nodes := r.bound()
	names := Names()
	lx := &Lexicon{version: ver, lists: make(map[string]*List, len(names)), byIndex: make([]*List, len(names)), ix: ix}
	for k, name := range names {
		l := newList(name)
		l.entries = nil
		l.bit, l.ix = 1<<k, ix
		l.items = make([]Entry, r.bound())
		for i := range l.items {
			e := &l.items[i]
			e.Phrase = r.str()
			n := r.bound()
			if n == 0 {
				e.Fields = noFields
				continue
			}
			if n > len(arena) {
				return nil, false
			}
			e.Fields, arena = arena[:n:n], arena[n:]
			for j := range e.Fields {
				e.Fields[j] = r.str()
			}
		}
		n := r.bound()
		if l.keys = newStrTable(n); r.uint() != len(l.keys.keys) {
			return nil, false // another table size
		}
		var item int
		r.table(&l.keys, n, func() string {
			v := r.uint()
			if item = v >> 1; item >= len(l.items) {
				r.at = -1
				return ""
			}
			if v&1 != 0 {
				return r.str()
			}
			return l.items[item].Phrase
		}, func() int32 { return int32(item) })
		l.order = make([]int32, r.bound())
		for k := range l.order {
			i := r.uint()
			if i >= len(l.items) {
				return nil, false
			}
			l.order[k] = int32(i)
		}
		if n := r.bound(); n > 0 {
			l.shared = make(map[string]int32, n)
			for range n {
				phrase := r.str()
				i := r.uint()
				if i >= len(l.items) {
					return nil, false
				}
				l.shared[phrase] = int32(i)
			}
		}
		lx.lists[name], lx.byIndex[k] = l, l
	}
	if ix.vocab = newStrTable(nkeys); r.uint() != len(ix.vocab.keys) { // as buildIndex makes it
		return nil, false
	}
	r.table(&ix.vocab, nwords, r.str, func() int32 {
		id := r.uint()
		if id == 0 || id > nwords {
			r.at = -1
		}
		return int32(id)
	})
	ix.starts = make([]ListSet, nwords+1)
	ix.single = make([]ListSet, nwords+1)
	ix.ends = make([]*Entry, nodes)
	ix.inner = make([]uint64, (nodes+63)/64)
	ix.edges = newEdgeTable(nkeys + nkeys/4)
	list := make([]int8, nodes) // the list of each node
	roots := 0
	for node := range nodes {
		parent := r.uint() - 1
		var l *List
		id := 0
		if parent < 0 {
			if roots >= len(names) {
				return nil, false
			}
			l = lx.byIndex[roots]
			l.root = int32(node)
			list[node] = int8(roots)
			roots++
		} else {
			id = r.uint()
			if parent >= node || id == 0 || id > nwords {
				return nil, false
			}
			list[node] = list[parent]
			l = lx.byIndex[list[node]]
			ix.edges.put(uint64(parent)<<32|uint64(id), int32(node))
			ix.inner[parent/64] |= 1 << (parent % 64)
			if int32(parent) == l.root {
				ix.starts[id] |= l.bit
			}
		}
		if i := r.uint(); i > 0 {
			if i > len(l.items) {
				return nil, false
			}
			ix.ends[node] = &l.items[i-1]
			if parent >= 0 && int32(parent) == l.root {
				ix.single[id] |= l.bit
			}
		}
	}
	if r.at != len(r.s) || roots != len(names) {
		return nil, false
	}
	return lx, true
}
