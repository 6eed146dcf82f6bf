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
// The table of frequent words' facts that extract derives from the lists
// (extract/data/words.bin, see extract/vocab_frequent.go) names the
// snapshot's checksum: it is rewritten next.
//
//go:generate go test -run ^TestSnapshot$ -update
//go:generate go test ../extract -run ^TestFrequentWords$ -update

//go:embed data/index.bin
var snapshotText string

// snapshotMagic opens data/index.bin: the format's name and version.
// Version 2 ends the file with a CRC-32 of all that comes before it.
const snapshotMagic = "dispatch lexicon index 2\n"

// snapshotDerivation names the way the lists are turned into keys, stems
// and the trie. Change it with any change to that code (the stemmer, key
// forms, the index's layout): a snapshot written by other code then no
// longer matches and the lists are read instead, as when a list changes.
const snapshotDerivation = "keys 1"

// listsChecksum is the CRC-32 of the built-in lists (each list's name,
// length and text, in the order of Names) and of snapshotDerivation: bytes
// moved from one list to the next change it too.
func listsChecksum() uint32 {
	var buf [4 << 10]byte
	sum := crcString(0, snapshotDerivation, buf[:])
	for _, name := range Names() {
		text, _ := builtinText(name)
		sum = crc32.Update(sum, crc32.IEEETable, fmt.Appendf(buf[:0], "%s\x00%d\x00", name, len(text)))
		sum = crcString(sum, text, buf[:])
	}
	return sum
}

// crcString is crc32.Update (IEEE) of s, copied through buf a piece at a
// time: []byte(s) copied the whole text into new memory first (the 0.8 MB
// snapshot and 0.3 MB of lists at each start, as many fresh pages faulted
// in).
func crcString(sum uint32, s string, buf []byte) uint32 {
	for len(s) > 0 {
		n := copy(buf, s)
		sum = crc32.Update(sum, crc32.IEEETable, buf[:n])
		s = s[n:]
	}
	return sum
}

// snapshotSum returns the checksum a snapshot ends with (see
// Lexicon.Snapshot); 0 for a text too short to hold one.
func snapshotSum(text string) uint32 {
	if len(text) < 4 {
		return 0
	}
	return binary.LittleEndian.Uint32([]byte(text[len(text)-4:]))
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
	w.uint(len(ix.edges.keys))
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
		order := l.entriesOrder()
		w.uint(len(order))
		for _, i := range order {
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
	slot := make([]int, len(ix.ends)) // of the edge to the node in ix.edges
	for i, k := range ix.edges.keys {
		if k != 0 {
			child := ix.edges.vals[i]
			parent[child], word[child], slot[child] = int(k>>32)+1, int(uint32(k)), i
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
			w.uint(slot[node])
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
	w.b = binary.LittleEndian.AppendUint32(w.b, crc32.ChecksumIEEE(w.b))
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

// place puts key with value v in slot of t, where the encoder's table
// had it: no key is hashed. False when the slot is taken or out of t.
func (t *strTable) place(slot int, key string, v int32) bool {
	// at most half full, as the tables buildIndex makes: a full table
	// would make a look-up of an absent key probe for ever
	if slot >= len(t.keys) || t.vals[slot] != 0 || v < 0 || 2*(t.n+1) > len(t.keys) {
		return false
	}
	t.keys[slot], t.vals[slot] = key, v+1
	t.n++
	return true
}

// hashedAt reports whether the key in slot is found there by its hash:
// checked for one key of each table read, so that a snapshot written with
// another hash function is no snapshot.
func (t *strTable) hashedAt(slot int) bool { return slot < 0 || slotOf(t, t.keys[slot]) == slot }

// loadSnapshot decodes a snapshot of the built-in lists whose texts have
// the checksum sum into a Lexicon of version ver; false when text is no
// such snapshot (another checksum, another format, damaged).
func loadSnapshot(text string, sum uint32, ver string) (*Lexicon, bool) {
	// the body's checksum first: a damaged file is no snapshot, whatever
	// it would decode to (the checks below keep a hostile one that has a
	// right checksum from reading out of bounds or filling a table)
	if len(text) < 4 {
		return nil, false
	}
	body := text[:len(text)-4]
	var buf [4 << 10]byte
	if crcString(0, body, buf[:]) != binary.LittleEndian.Uint32([]byte(text[len(body):])) {
		return nil, false
	}
	text = body
	r := &snapshotReader{s: strings.TrimPrefix(text, snapshotMagic)}
	if len(r.s) == len(text) || r.uint() != int(sum) {
		return nil, false
	}
	arena := make([]string, r.bound())
	nkeys := r.bound()
	ix := &index{}
	nwords := r.bound()
	nodes := r.bound()
	edgeSlots := r.uint()
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
		first := -1
		for range n {
			slot, v := r.uint(), r.uint()
			i := v >> 1
			if i >= len(l.items) {
				return nil, false
			}
			key := l.items[i].Phrase
			if v&1 != 0 {
				key = r.str()
			}
			if !l.keys.place(slot, key, int32(i)) {
				return nil, false
			}
			if first < 0 {
				first = slot
			}
		}
		if !l.keys.hashedAt(first) {
			return nil, false
		}
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
	first := -1
	for range nwords {
		slot := r.uint()
		word := r.str()
		if id := r.uint(); id == 0 || id > nwords || !ix.vocab.place(slot, word, int32(id)) {
			return nil, false
		}
		if first < 0 {
			first = slot
		}
	}
	if !ix.vocab.hashedAt(first) {
		return nil, false
	}
	ix.starts = make([]ListSet, nwords+1)
	ix.single = make([]ListSet, nwords+1)
	ix.ends = make([]*Entry, nodes)
	ix.inner = make([]uint64, (nodes+63)/64)
	if ix.edges = newEdgeTable(nkeys + nkeys/4); edgeSlots != len(ix.edges.keys) { // as buildIndex makes it
		return nil, false
	}
	var firstEdge uint64
	var firstChild int32
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
			key, slot := uint64(parent)<<32|uint64(id), r.uint()
			if slot >= len(ix.edges.keys) || ix.edges.keys[slot] != 0 || 2*(ix.edges.n+1) > len(ix.edges.keys) {
				return nil, false // at most half full, as put keeps it: see strTable.place
			}
			ix.edges.keys[slot], ix.edges.vals[slot] = key, int32(node) // where put placed it
			ix.edges.n++
			if firstEdge == 0 {
				firstEdge, firstChild = key, int32(node)
			}
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
	// the first edge is found by its hash (edgeTable.slot unchanged)
	if child, ok := ix.edges.get(firstEdge); firstEdge != 0 && (!ok || child != firstChild) {
		return nil, false
	}
	if r.at != len(r.s) || roots != len(names) {
		return nil, false
	}
	return lx, true
}
