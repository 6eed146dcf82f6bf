package extract

import (
	"encoding/binary"
	"fmt"
	mbits "math/bits"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"unsafe"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

func TestVocabInfo(t *testing.T) {
	p := testPipelineForVocab(t)
	v := newVocab(p.lex)
	tests := []struct{ in, word, stem string }{
		{"soldiers", "soldiers", lexicon.Stem("soldiers")},
		{"Soldiers", "soldiers", lexicon.Stem("soldiers")},
		{"KYIV’S", "kyiv’s", lexicon.Stem("kyiv’s")},
		{"said", "said", lexicon.Stem("said")},
	}
	for _, tc := range tests {
		wi := v.info(tc.in)
		if wi.word != tc.word || wi.stem != tc.stem {
			t.Errorf("info(%q) = %q, %q; want %q, %q", tc.in, wi.word, wi.stem, tc.word, tc.stem)
		}
		if wi.low != p.lex.WordID(tc.word) || wi.stm != p.lex.WordID(tc.stem) {
			t.Errorf("info(%q): ids %d, %d; want %d, %d", tc.in, wi.low, wi.stm, p.lex.WordID(tc.word), p.lex.WordID(tc.stem))
		}
	}
	if v.info("Soldiers") != v.info("soldiers") {
		t.Error("a word as written and lower-cased lead to different information")
	}
}

// TestVocabBounded feeds the cache far more distinct words than it keeps:
// it must stay bounded, and still answer right.
func TestVocabBounded(t *testing.T) {
	p := testPipelineForVocab(t)
	v := newVocab(p.lex)
	for i := range 3 * vocabCap {
		w := fmt.Sprintf("w%dx", i)
		if got := v.info(w).word; got != w {
			t.Fatalf("info(%q).word = %q", w, got)
		}
	}
	if n := v.len(); n > vocabCap+vocabCap/8+vocabMinMerge {
		t.Errorf("cache holds %d words after %d distinct ones; bound %d", n, 3*vocabCap, vocabCap+vocabCap/8+vocabMinMerge)
	}
}

// TestVocabConcurrent looks the same words up from several goroutines
// (run with -race).
func TestVocabConcurrent(t *testing.T) {
	p := testPipelineForVocab(t)
	v := newVocab(p.lex)
	words := strings.Fields(strings.Repeat("The Pentagon spokesman said soldiers were deployed to Kyiv on Monday ", 3))
	for i := range 2000 {
		words = append(words, fmt.Sprintf("Word%d", i%700))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range words {
				w := words[(k+g*17)%len(words)]
				if wi := v.info(w); wi.word != strings.ToLower(w) || wi.stem != lexicon.Stem(strings.ToLower(w)) {
					t.Errorf("info(%q) = %+v", w, wi)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func testPipelineForVocab(t *testing.T) *Pipeline {
	t.Helper()
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestWordTable checks that the table finds every short word of the
// snapshot with its ids, and nothing else.
func TestWordTable(t *testing.T) {
	if size := unsafe.Sizeof(wordSlot{}); size != 32 {
		t.Errorf("a wordSlot is %d bytes, want 32 (two to a cache line)", size)
	}
	snap := map[string]*wordInfo{}
	for i := range 5000 {
		w := fmt.Sprintf("w%dx", i*7919)
		snap[w] = &wordInfo{word: w, low: lexicon.WordID(i), stm: lexicon.WordID(i + 1)}
		snap[strings.ToUpper(w)] = snap[w]
	}
	snap["abcdefghijklmnop"] = &wordInfo{word: "abcdefghijklmnop", low: 9}
	snap["abcdefghijklmnopq"] = &wordInfo{word: "abcdefghijklmnopq", low: 10} // longer than a slot's bytes
	snap["abcdefghijklmnopr"] = &wordInfo{word: "abcdefghijklmnopr", low: 11} // the same first bytes and length
	long := strings.Repeat("x", 300)
	snap[long] = &wordInfo{word: long, low: 12}
	snap[long+"y"] = &wordInfo{word: long + "y", low: 13} // both of the longest length a slot records
	tab := newWordTable(snap)
	for w, wi := range snap {
		s := tab.find(w)
		if s == nil || s.low != wi.low || s.stm != wi.stm || s.lower != (wi.word == w) || tab.infos[s.info] != wi {
			t.Fatalf("find(%q) = %+v, want the slot of %+v", w, s, wi)
		}
	}
	for _, w := range []string{"", "w", "w1x ", "abcdefghijklmno", "W0", "abcdefghijklmnops", long + "z"} {
		if s := tab.find(w); s != nil {
			t.Errorf("find(%q) = %+v, want none", w, s)
		}
	}
}

// TestWordTableGrown: a table grown from an older one (growWordTable, as
// a merge does) finds every word, its information and its lower-cased
// form's key as a table built from all the words at once does.
func TestWordTableGrown(t *testing.T) {
	var keys []string
	var infos []*wordInfo
	var tab *wordTable
	long := strings.Repeat("y", 300)
	for step := range 6 {
		for i := range 700 * (step + 1) {
			w := fmt.Sprintf("g%d-%dq", step, i*104729)
			if i%97 == 0 {
				w = long + w // longer than a slot's bytes and than the length it records
			}
			wi := &wordInfo{word: w, low: lexicon.WordID(len(keys)), stm: lexicon.WordID(len(keys) + 1), tc: typeClass(i)}
			keys, infos = append(keys, w), append(infos, wi)
			if i%3 == 0 {
				keys, infos = append(keys, strings.ToUpper(w)), append(infos, wi)
			}
		}
		tab = growWordTable(tab, append([]string(nil), keys...), append([]*wordInfo(nil), infos...), rand.Uint64())
		all := buildWordTable(keys, infos)
		for k, w := range keys {
			s, a := tab.find(w), all.find(w)
			if s == nil || a == nil || *s != *a || tab.infos[s.info] != infos[k] || tab.lowers[s.info] != infos[k].word || tab.tcls[s.info] != infos[k].tc {
				t.Fatalf("step %d: find(%q) = %+v, built at once %+v", step, w, s, a)
			}
			if tab.lowKey[k] != all.lowKey[k] {
				t.Fatalf("step %d: lowKey of %q = %d, built at once %d", step, w, tab.lowKey[k], all.lowKey[k])
			}
		}
		if s := tab.find("g0-1q"); s != nil {
			t.Fatalf("find of a word never added = %+v", s)
		}
	}
}

// TestWordTableCollisions: words chosen offline to share a slot under an
// unkeyed hash must not pile up in one run of the table. The hash was
// fixed, so a document of such words (found by a few billion cheap
// trials) made one cluster covering half the table: the merge that built
// it probed quadratically, and every later look-up in a long batch
// landing in it walked tens of thousands of slots. The words below
// collide under that old hash; with a keyed hash they spread out.
func TestWordTableCollisions(t *testing.T) {
	const n, bits = 2000, 12 // a table of 4096 slots
	oldHome := func(w string) uint64 {
		k0, k1 := wordKey(w)
		h := (k0 ^ mbits.RotateLeft64(k1, 29) ^ uint64(len(w))) * 0x9e3779b97f4a7c15
		return (h ^ h>>29) >> (64 - bits)
	}
	rng := rand.New(rand.NewPCG(3, 4))
	snap := map[string]*wordInfo{}
	var b [8]byte
	for len(snap) < n {
		for i := range b {
			b[i] = 'a' + byte(rng.IntN(26))
		}
		if w := string(b[:]); oldHome(w) == 0 {
			snap[w] = &wordInfo{word: w}
		}
	}
	tab := newWordTable(snap)
	if len(tab.slots) != 1<<bits {
		t.Fatalf("table of %d slots, want %d", len(tab.slots), 1<<bits)
	}
	longest, run := 0, 0
	for i := range 2 * len(tab.slots) { // twice round: a run may wrap
		if tab.slots[i%len(tab.slots)].n != 0 {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	if longest > 200 {
		t.Errorf("%d colliding words make a run of %d occupied slots (a look-up may probe them all)", n, longest)
	}
	for w := range snap {
		if tab.find(w) == nil {
			t.Fatalf("find(%q): not found", w)
		}
	}
}

// TestDescHeadFlag checks that the fDescHead flag the vocabulary gives a
// word type tells the same as the descHeads map, for every token.
func TestDescHeadFlag(t *testing.T) {
	p := testPipelineForVocab(t)
	for _, text := range []string{
		"The opposition leader met his Russian counterpart and the Leaders of the LEADER party.",
		"A spokesman, the minister's deputy and two leaders said 3 officials left; Counterparts met.",
	} {
		d := p.analyze(corpus.Document{ID: "x", Text: text})
		some := false
		for i := range d.toks {
			want := d.stemIDs[i] != 0 && d.descHeads[d.Lower(i)]
			some = some || want
			if got := d.descHead(i); got != want {
				t.Errorf("%q: descHead(%d %q) = %v, want %v", text, i, d.Text(i), got, want)
			}
		}
		if !some {
			t.Errorf("%q: no description head found: the test tells nothing", text)
		}
	}
}

// TestWordKey checks wordKey against packing the word zero-padded into 16
// bytes, at every length around the loads' sizes.
func TestWordKey(t *testing.T) {
	const text = "abcdefghijklmnopqrstuvwxyzé’ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	for start := 0; start < 4; start++ {
		for n := 0; n <= 40 && start+n <= len(text); n++ {
			w := text[start : start+n]
			var b [16]byte
			copy(b[:], w)
			want0, want1 := binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])
			if k0, k1 := wordKey(w); k0 != want0 || k1 != want1 {
				t.Errorf("wordKey(%q) = %#x, %#x; want %#x, %#x", w, k0, k1, want0, want1)
			}
		}
	}
}

// TestScratchReuse annotates documents of growing and shrinking sizes
// with one pipeline, which reuses each document's arrays for the next,
// and checks every result against a pipeline that reuses nothing.
func TestScratchReuse(t *testing.T) {
	p := testPipelineForVocab(t)
	fresh := *p
	fresh.scratches = nil // nothing given back, nothing reused
	base := "Defense Secretary Lloyd Austin said on Monday that 3,000 additional troops would deploy. " +
		"“We are ready,” said Gen. Mark Milley, the chairman, on March 3, 2022.\n"
	var docs []corpus.Document
	for i, n := range []int{40, 1, 3, 0, 25, 2, 60, 1} {
		docs = append(docs, corpus.Document{ID: fmt.Sprint(i), Date: "2022-03-07", Text: strings.Repeat(base, n)})
	}
	// words with flags everywhere, then numbers and marks where they were:
	// no flag may be left over
	p.Annotate(corpus.Document{ID: "w", Text: strings.Repeat("twenty-five self-made ", 200)})
	d := p.analyze(corpus.Document{ID: "n", Text: strings.Repeat("25 , 31 . ", 50)})
	for i := range d.toks {
		var want wordFlags // a token that is no word carries only its kind's flag
		switch d.toks[i].Kind {
		case Number:
			want = fNumberTok
		case Ordinal:
			want = fOrdinalTok
		}
		if d.toks[i].Kind != Word && d.wflags[i] != want {
			t.Fatalf("token %d %q: flags %b left from the previous document", i, d.Text(i), d.wflags[i])
		}
	}
	for round := range 2 {
		for _, d := range docs {
			got, want := p.Annotate(d), fresh.Annotate(d)
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("round %d, document %s (%d bytes): reusing arrays gives\n%v\nwant\n%v", round, d.ID, len(d.Text), got, want)
			}
		}
	}
}

// TestLowerWordNewWords checks lowerWord on words the vocabulary meets
// for the first time, fewer and more than lowersHint of them (kept in a
// slice, then moved into the map).
func TestLowerWordNewWords(t *testing.T) {
	for _, n := range []int{3, lowersHint + 10} {
		p, err := New(testPipelineForVocab(t).lex)
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for k := range n {
			fmt.Fprintf(&b, "zq%dx ", k)
		}
		b.WriteString("Zq1x Zqcapx.")
		d := p.analyze(corpus.Document{ID: "x", Text: b.String()})
		for w, want := range map[string]bool{"zq1x": true, "zq0x": true, fmt.Sprintf("zq%dx", n-1): true, "zqcapx": false, "zqnonex": false} {
			if got := d.lowerWord(w); got != want {
				t.Errorf("%d new words: lowerWord(%q) = %v, want %v", n, w, got, want)
			}
		}
	}
}

// TestHomesKeys checks that wordTable.homes, which writes wordKey out,
// packs every word as wordKey does and gives it its home slot, for words
// of every length up to past a slot's bytes, and skips tokens that are
// no words.
func TestHomesKeys(t *testing.T) {
	tab := buildWordTable(nil, nil)
	var text strings.Builder
	var run []Token
	for n := 1; n <= 40; n++ {
		start := text.Len()
		for k := range n {
			text.WriteByte(byte('a' + (n*7+k*3)%26))
		}
		run = append(run, Token{Start: int32(start), End: int32(text.Len()), Kind: Word})
		text.WriteString(", ")
		run = append(run, Token{Start: int32(text.Len() - 2), End: int32(text.Len() - 1), Kind: Punct})
	}
	for lo := 0; lo < len(run); lo += idRun {
		var probes [idRun]wordProbe
		tab.homes(text.String(), run[lo:min(lo+idRun, len(run))], &probes)
		for k, tk := range run[lo:min(lo+idRun, len(run))] {
			if tk.Kind != Word {
				continue
			}
			w := text.String()[tk.Start:tk.End]
			k0, k1 := wordKey(w)
			if p := probes[k]; p.k0 != k0 || p.k1 != k1 || p.home != tab.home(k0, k1, len(w)) {
				t.Errorf("homes(%q) = %+v, want %x %x home %d", w, p, k0, k1, tab.home(k0, k1, len(w)))
			}
		}
	}
}
