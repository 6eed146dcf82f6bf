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

// snapshotWriter encodes a snapshot: unsigned varints and strings (a
// varint length, then the bytes).
type snapshotWriter struct{ b []byte }

func (w *snapshotWriter) uint(v int) { w.b = binary.AppendUvarint(w.b, uint64(v)) }

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
		keys += len(l.entries)
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
		w.uint(len(l.entries))
		for _, key := range slices.Sorted(maps.Keys(l.entries)) {
			i := int(l.entries[key])
			if key == l.items[i].Phrase {
				w.uint(i << 1)
				continue
			}
			w.uint(i<<1 | 1)
			w.str(key)
		}
		w.uint(len(l.shared))
		for _, phrase := range slices.Sorted(maps.Keys(l.shared)) {
			w.str(phrase)
			w.uint(int(l.shared[phrase]))
		}
	}
	words := make([]string, len(ix.starts))
	for word, id := range ix.vocab {
		words[id] = word
	}
	for _, word := range words[1:] {
		w.str(word)
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
type snapshotReader struct {
	s   string
	err error
}

func (r *snapshotReader) uint() int {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		if r.s == "" {
			break
		}
		c := r.s[0]
		r.s = r.s[1:]
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if v > 1<<31 {
				break
			}
			return int(v)
		}
	}
	if r.err == nil {
		r.err = errors.New("lexicon snapshot: bad number")
	}
	r.s = ""
	return 0
}

func (r *snapshotReader) str() string {
	n := r.uint()
	if n > len(r.s) {
		if r.err == nil {
			r.err = errors.New("lexicon snapshot: string past the end")
		}
		r.s = ""
		return ""
	}
	s := r.s[:n]
	r.s = r.s[n:]
	return s
}

// bound is a count read from the snapshot, checked against the bytes left
// (each counted thing takes at least one byte) so that a damaged snapshot
// makes no huge allocation.
func (r *snapshotReader) bound() int {
	n := r.uint()
	if n > len(r.s) {
		if r.err == nil {
			r.err = errors.New("lexicon snapshot: count past the end")
		}
		r.s = ""
		return 0
	}
	return n
}

// loadSnapshot decodes a snapshot of the built-in lists whose texts have
// the checksum sum into a Lexicon of version ver; false when text is no
// such snapshot (another checksum, another format, damaged).
func loadSnapshot(text string, sum uint32, ver string) (*Lexicon, bool) {
	r := &snapshotReader{s: strings.TrimPrefix(text, snapshotMagic)}
	if len(r.s) == len(text) || r.uint() != int(sum) || r.err != nil {
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
		l.entries = make(map[string]int32, n)
		for range n {
			v := r.uint()
			i := v >> 1
			if i >= len(l.items) {
				return nil, false
			}
			key := l.items[i].Phrase
			if v&1 != 0 {
				key = r.str()
			}
			l.entries[key] = int32(i)
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
	ix.vocab = make(map[string]WordID, nwords)
	for id := 1; id <= nwords; id++ {
		ix.vocab[r.str()] = WordID(id)
	}
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
	if r.err != nil || r.s != "" || roots != len(names) {
		return nil, false
	}
	return lx, true
}
