package extract

import (
	_ "embed" // the table of frequent words as a string
	"hash/crc32"
	"math/bits"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The frequent words. A run meets most of its word types for the first
// time (a cold run of 200 articles computed 11,000 of them: stemmed,
// looked up in the lexicon, flagged and classified, a sixth of the run),
// though most are words every article has. So, as NLP tools ship a table
// of lexemes, the words of the project's own articles (the list
// lexicon/data/frequent_words.tsv) are looked up ahead of time, by the
// code that looks them up in a run (vocab.compute), and their facts are
// kept in data/words.bin as a wordTable's slots: the vocabulary's first
// snapshot, read with no word stemmed, hashed or looked up.
//
// The facts hold for the lexicon they were computed from only: the table
// names the checksum of the lexicon's snapshot (lexicon.Lexicon.Snapshot),
// and a Pipeline of another lexicon (a user's file, a stale snapshot)
// starts from an empty table, as before. They hold for the code that
// computed them only as well: TestFrequentWords computes them again and
// fails while data/words.bin differs (go generate ./lexicon or
// ./extract rewrites it), and New computes a sample of them again
// (frequentAgrees) and starts from an empty table when one differs. A damaged table (its last four bytes are a
// CRC-32 of the rest) is not used.
//
// The table's hash seed is fixed (written in the file): it holds trusted
// words only and is never written, so however the text's words fall, a
// look-up walks at most its longest run of slots. The words of the text
// join the vocabulary in tables of random seeds (see vocab.merge).
//
//go:generate go test -run ^TestFrequentWords$ -update

//go:embed data/words.bin
var frequentText string

// frequentMagic opens data/words.bin: the format's name and version.
const frequentMagic = "dispatch word table 2\n"

// maxFrequentSlots bounds a table's slots (a damaged count makes no huge
// allocation).
const maxFrequentSlots = 1 << 20

// The parts of data/words.bin, after frequentMagic: numbers of 4 bytes,
// little-endian, in records of fixed sizes (read with no loop and few
// checks: decoding the table is paid by every run, even of one short
// article), strings as references into the part of text that holds
// their bytes: offset<<8 | length.
const (
	frequentHead = 7 * 4 // the lexicon's checksum, the seed (2), slots, word types, words, bytes of text
	frequentType = 6 * 4 // a word type: its word, stem, ids (2), flags | classes<<16, slot
	frequentForm = 3 * 4 // another form of one: the form, the type's index, slot
)

// frequentWords decodes text (data/words.bin) into the table of frequent
// words of lex; nil when text was made for another lexicon (or lex is not
// a built-in snapshot) or is no such table.
//
// The table's words are first every word type's lower-cased form, with
// its facts, then the other forms ("The"), each of the same information
// as its type's.
func frequentWords(text string, lex *lexicon.Lexicon) *wordTable {
	sum, ok := lex.Snapshot()
	if !ok || len(text) < len(frequentMagic)+frequentHead+4 || text[:len(frequentMagic)] != frequentMagic {
		return nil
	}
	body := text[:len(text)-4]
	var buf [4 << 10]byte
	crc := uint32(0)
	for s := body; len(s) > 0; {
		n := copy(buf[:], s)
		crc = crc32.Update(crc, crc32.IEEETable, buf[:n])
		s = s[n:]
	}
	if crc != le32(text[len(body):]) {
		return nil
	}
	head := body[len(frequentMagic):]
	rest := head[frequentHead:]
	seed := uint64(le32(head[4:])) | uint64(le32(head[8:]))<<32
	size, ntypes, nkeys, nbytes := int(le32(head[12:])), int(le32(head[16:])), int(le32(head[20:])), int(le32(head[24:]))
	if le32(head) != sum || size < 16 || size > maxFrequentSlots || size&(size-1) != 0 || ntypes > nkeys || 4*nkeys > 3*size ||
		len(rest) != ntypes*frequentType+(nkeys-ntypes)*frequentForm+nbytes {
		return nil // at most 3/4 full, as growWordTable makes a table: no probe runs for ever
	}
	blob := rest[len(rest)-nbytes:]
	str := func(ref uint32) (string, bool) {
		at, n := int(ref>>8), int(ref&0xff)
		if at > len(blob)-n {
			return "", false
		}
		return blob[at : at+n], true
	}
	t := &wordTable{slots: make([]wordSlot, size), keys: make([]string, nkeys), infos: make([]*wordInfo, nkeys),
		lowers: make([]string, nkeys), tcls: make([]typeClass, nkeys), lowKey: make([]int32, nkeys),
		shift: uint(64 - bits.TrailingZeros(uint(size))), seed: seed}
	types := make([]wordInfo, ntypes)
	for k := range types {
		r := rest[k*frequentType : (k+1)*frequentType]
		key, ok1 := str(le32(r))
		stem, ok2 := str(le32(r[4:]))
		ft := le32(r[16:])
		wi := &types[k]
		*wi = wordInfo{word: key, stem: stem, low: lexicon.WordID(le32(r[8:])), stm: lexicon.WordID(le32(r[12:])),
			flags: wordFlags(ft), tc: typeClass(ft >> 16)}
		t.lowKey[k] = int32(k)
		if !ok1 || !ok2 || !t.place(k, key, wi, int(le32(r[20:])), true) {
			return nil
		}
	}
	forms := rest[ntypes*frequentType:]
	for k := ntypes; k < nkeys; k++ {
		r := forms[(k-ntypes)*frequentForm : (k-ntypes+1)*frequentForm]
		key, ok := str(le32(r))
		i := le32(r[4:])
		if !ok || int(i) >= ntypes || types[i].word == key || !t.place(k, key, &types[i], int(le32(r[8:])), false) {
			return nil
		}
		t.lowKey[k] = int32(i)
	}
	// the first word is found where it was put: the file was written
	// with this hash function
	if nkeys > 0 && t.find(t.keys[0]) != &t.slots[int(le32(rest[20:]))] {
		return nil
	}
	return t
}

// place puts the word key, of index k and information wi, in slot of t
// (see frequentWords); lower: it is its own lower-cased form. False when
// the slot is taken or out of t.
func (t *wordTable) place(k int, key string, wi *wordInfo, slot int, lower bool) bool {
	if key == "" || slot >= len(t.slots) || t.slots[slot].n != 0 {
		return false
	}
	k0, k1 := wordKey(key)
	t.slots[slot] = wordSlot{k0: k0, k1: k1, n: uint8(len(key)), low: wi.low, stm: wi.stm, lower: lower, info: uint32(k), flags: wi.flags}
	t.keys[k], t.infos[k], t.lowers[k], t.tcls[k] = key, wi, wi.word, wi.tc
	return true
}

// frequentProbes are words whose facts frequentAgrees computes again at
// every start, besides every frequentStride-th word type of the table:
// words of every flag and class the stages ask (connectors, reporting
// verbs, roles, ranks, calendar words, number words, a hyphenated number).
var frequentProbes = [...]string{
	"of", "for", "to", "at", "in", "the", "and", "on", "said", "says", "told", "according",
	"minister", "president", "spokesman", "general", "colonel", "ministry", "army", "troops",
	"soldiers", "monday", "january", "yesterday", "week", "year", "last", "next", "hundred",
	"thousand", "twenty-five", "about", "more", "mr", "former", "defence", "defense",
}

// frequentStride spaces the word types frequentAgrees samples.
const frequentStride = 211

// frequentAgrees reports whether the facts t holds for a sample of its
// words (frequentProbes and every frequentStride-th word type) are the
// ones v computes now. The table names the lexicon it was made from, not
// the code: a change to how words are flagged or classified without
// go generate would otherwise leave the stale facts in use, silently
// (TestFrequentWords fails on it too; this check is for a build that
// runs before the tests do). About 60 words: a few hundred thousand
// instructions at start-up.
func frequentAgrees(t *wordTable, v *vocab) bool {
	same := func(k int) bool {
		old := t.infos[k]
		now := v.compute(old.word, true)
		return now.word == old.word && now.stem == old.stem && now.low == old.low && now.stm == old.stm &&
			now.flags == old.flags && now.tc == old.tc
	}
	for _, w := range frequentProbes {
		if s := t.find(w); s != nil && !same(int(s.info)) {
			return false
		}
	}
	for k := 0; k < len(t.keys); k += frequentStride {
		if !same(k) {
			return false
		}
	}
	return true
}
