package extract

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"flag"
	"fmt"
	"hash/crc32"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

var updateWords = flag.Bool("words", false, "rewrite lexicon/data/frequent_words.tsv from the testdata articles")

// updating reports whether the tests run with -update (the flag of the
// external tests' accuracy_test.go, in the same test binary): then
// TestFrequentWords rewrites data/words.bin.
func updating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// frequentList is the list of frequent words the table is made of.
var frequentList = filepath.Join("..", "lexicon", "data", "frequent_words.tsv")

// frequentSeed is the fixed hash seed of the table of frequent words (see
// frequentWords): any number does.
const frequentSeed uint64 = 0x9e3779b97f4a7c15

// frequentMinDocs is the number of articles a word of frequentList is in
// at least. Every word form of the articles (17,600 words and forms) made
// a run over one article 8% slower (decoding the table) and one over 200
// PolNeAR articles 4.0% faster (callgrind); the forms of two articles or
// more (5,700) leave the first as it was and make the second 3.6% faster;
// of four or more (3,000) 3% faster and 2.4% faster.
const frequentMinDocs = 2

// readFrequentList returns the words of frequentList, as written.
func readFrequentList(t testing.TB) []string {
	f, err := os.Open(frequentList)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var words []string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		w, _, _ := strings.Cut(line, "\t")
		words = append(words, w)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return words
}

// encodeFrequent writes the table of the words, their facts computed by a
// vocabulary of p's, for the lexicon snapshot of checksum sum.
func encodeFrequent(t testing.TB, p *Pipeline, sum uint32, words []string) []byte {
	v := newVocab(p.lex)
	v.descHeads, v.kinds = p.descHeads, p.kinds
	for _, w := range words {
		v.info(w)
	}
	all := map[string]*wordInfo{}
	tab := v.tab.Load()
	for k, key := range tab.keys {
		all[key] = tab.infos[k]
	}
	maps.Copy(all, v.fresh)
	var types, forms []string
	for key, wi := range all {
		if wi.word == key {
			types = append(types, key)
		} else {
			forms = append(forms, key)
		}
	}
	slices.Sort(types)
	slices.Sort(forms)
	typeOf := make(map[string]int, len(types))
	keys := append(types, forms...)
	infos := make([]*wordInfo, len(keys))
	for k, key := range keys {
		infos[k] = all[key]
		if k < len(types) {
			typeOf[key] = k
		}
	}
	ft := growWordTable(nil, keys, infos, frequentSeed)
	slot := make([]int, len(keys))
	for i, s := range ft.slots {
		if s.n != 0 {
			slot[s.info] = i
		}
	}
	var recs, formRecs, blob []byte
	offs := map[string]int{}
	ref := func(s string, in string) uint32 {
		if len(s) > 255 {
			t.Fatalf("%q: longer than 255 bytes", s)
		}
		if strings.HasPrefix(in, s) && s != in { // a stem inside its word: no bytes of its own
			return uint32(offs[in]<<8 | len(s))
		}
		at, ok := offs[s]
		if !ok {
			at, offs[s] = len(blob), len(blob)
			blob = append(blob, s...)
		}
		return uint32(at<<8 | len(s))
	}
	u := func(b *[]byte, n uint32) { *b = binary.LittleEndian.AppendUint32(*b, n) }
	for k, key := range keys {
		wi := infos[k]
		if k < len(types) {
			u(&recs, ref(key, ""))
			u(&recs, ref(wi.stem, key))
			u(&recs, uint32(wi.low))
			u(&recs, uint32(wi.stm))
			u(&recs, uint32(wi.flags)|uint32(wi.tc)<<16)
			u(&recs, uint32(slot[k]))
			continue
		}
		i, ok := typeOf[wi.word]
		if !ok {
			t.Fatalf("%q: its word %q is no key of the table", key, wi.word)
		}
		u(&formRecs, ref(key, ""))
		u(&formRecs, uint32(i))
		u(&formRecs, uint32(slot[k]))
	}
	b := []byte(frequentMagic)
	for _, n := range []uint32{sum, uint32(frequentSeed & 0xffffffff), uint32(frequentSeed >> 32), uint32(len(ft.slots)), uint32(len(types)), uint32(len(keys)), uint32(len(blob))} {
		u(&b, n)
	}
	b = append(append(append(b, recs...), formRecs...), blob...)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
}

// TestFrequentWords checks that data/words.bin holds the facts the
// vocabulary computes for the words of frequentList, over the built-in
// lexicon; run with -update (or go generate ./extract, ./lexicon) after
// changing the lists or the code that computes a word's facts.
func TestFrequentWords(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	sum, ok := lex.Snapshot()
	if !ok {
		t.Fatal("the lexicon's snapshot is stale: run go generate ./lexicon")
	}
	p, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	want := encodeFrequent(t, p, sum, readFrequentList(t))
	if updating() {
		if err := os.WriteFile(filepath.Join("data", "words.bin"), want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if string(want) != frequentText {
		t.Fatal("data/words.bin is not the table of the frequent words' facts as computed now: run go generate ./extract (go test ./extract -run ^TestFrequentWords$ -update)")
	}
	base := frequentWords(frequentText, lex)
	if base == nil || p.vocab.base == nil {
		t.Fatal("the built-in pipeline does not start from the table of frequent words")
	}
	// the seed is fixed, so a look-up of any word walks at most the
	// table's longest run of full slots: short at this load
	longest, run := 0, 0
	for i := range 2 * len(base.slots) { // around the end too
		if base.slots[i%len(base.slots)].n == 0 {
			run = 0
			continue
		}
		run++
		longest = max(longest, run)
	}
	if longest > 64 {
		t.Errorf("the table's longest run of full slots is %d", longest)
	}
	t.Logf("%d words, %d slots, longest run %d", len(base.keys), len(base.slots), longest)
	// every word of the table is found, with the facts computed now
	v := newVocab(lex)
	v.descHeads, v.kinds = p.descHeads, p.kinds
	for k, key := range base.keys {
		s := base.find(key)
		if s == nil || s.info != uint32(k) {
			t.Fatalf("%q: not found in its slot", key)
		}
		got, want := base.infos[k], v.info(key)
		if *got != *want || s.low != want.low || s.stm != want.stm || s.flags != want.flags || s.lower != (key == want.word) ||
			base.lowers[k] != want.word || base.tcls[k] != want.tc || base.keys[base.lowKey[k]] != want.word {
			t.Fatalf("%q: table %+v, computed %+v", key, *got, *want)
		}
	}
}

// TestFrequentWordsOnlyTheirLexicon checks that the table is used only
// with the lexicon it was made for, and that a damaged one is not.
func TestFrequentWordsOnlyTheirLexicon(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	if frequentWords(frequentText, lex) == nil {
		t.Fatal("no table of frequent words for the built-in lexicon")
	}
	user, err := lexicon.Load(lexicon.NamedReader{Name: "mine.txt", R: strings.NewReader("[personnel]\nvoter\n")})
	if err != nil {
		t.Fatal(err)
	}
	if frequentWords(frequentText, user) != nil {
		t.Error("table of frequent words used with a user's lexicon file")
	}
	p, err := New(user)
	if err != nil {
		t.Fatal(err)
	}
	if p.vocab.base != nil || p.vocab.len() != 0 {
		t.Error("a user's lexicon's pipeline starts from the table of frequent words")
	}
	// the user's entry is matched: the word was computed with its lists
	if id := p.vocab.info("voters").stm; id == 0 || user.Starts(id)&user.List(lexicon.Personnel).Bit() == 0 {
		t.Error(`"voters" is no personnel word with the user's file`)
	}
	body := frequentText[:len(frequentText)-4]
	for name, text := range map[string]string{
		"empty":     "",
		"truncated": frequentText[:len(frequentText)/2],
		"flipped":   body[:len(body)/2] + string(body[len(body)/2]^1) + body[len(body)/2+1:] + frequentText[len(body):],
		"no crc":    body,
	} {
		if frequentWords(text, lex) != nil {
			t.Errorf("%s table read", name)
		}
	}
	// a table whose checksum was mended: each count still checked
	for _, at := range []int{len(frequentMagic), len(frequentMagic) + 12, len(frequentMagic) + 16, len(frequentMagic) + 20, len(frequentMagic) + 24, len(frequentMagic) + frequentHead + 20} {
		b := []byte(body)
		b[at] ^= 0x40
		b = binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b))
		if frequentWords(string(b), lex) != nil {
			t.Errorf("a table with byte %d changed (checksum mended) read", at)
		}
	}
}

// TestFrequentWordsBounded checks that a vocabulary started from the
// frequent words stays bounded however many words pass.
func TestFrequentWordsBounded(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	v := newVocab(p.lex)
	base := frequentWords(frequentText, p.lex)
	if base == nil {
		t.Skip("no table of frequent words")
	}
	v.base = base
	v.tab.Store(base)
	for i := range 3 * vocabCap {
		v.info(fmt.Sprintf("w%dx", i))
	}
	if n, bound := v.len(), vocabCap+vocabCap/2+vocabMinMerge; n > bound {
		t.Errorf("cache holds %d words after %d distinct ones; bound %d", n, 3*vocabCap, bound)
	}
	if wi := v.info("the"); wi.word != "the" || v.tab.Load().find("the") == nil {
		t.Error(`"the" lost after the vocabulary started over`)
	}
}

// TestFrequentWordList checks that frequentList is made as -words makes
// it (from the testdata articles, held-out sets left out); -words
// rewrites it.
func TestFrequentWordList(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	dirs, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "docs"))
	more, _ := filepath.Glob(filepath.Join("..", "testdata", "*", "*", "docs"))
	df := map[string]int{}
	docs := 0
	for _, dir := range append(dirs, more...) {
		if strings.Contains(dir, "heldout") {
			continue // never read to tune anything
		}
		for cd, err := range new(corpus.Reader).Read(dir) {
			if err != nil {
				t.Fatal(err)
			}
			docs++
			ts := p.tok.tokenize(cd.Text, 0)
			seen := map[string]bool{}
			for i := range ts.toks {
				if ts.toks[i].Kind == Word {
					seen[ts.Text(i)] = true
				}
			}
			for w := range seen {
				df[w]++
			}
		}
	}
	for w, n := range df {
		if n < frequentMinDocs {
			delete(df, w)
		}
	}
	words := slices.SortedFunc(maps.Keys(df), func(a, b string) int {
		return cmp.Or(cmp.Compare(df[b], df[a]), cmp.Compare(a, b))
	})
	var b strings.Builder
	fmt.Fprintf(&b, `# frequent_words: word forms of the project's own articles, for speed only
# version: 1
# format: word<TAB>documents (the number of articles it is in)
# Every word form (as written) in %d or more of the %d articles under testdata/
# that are not held out (dev*, probe*), written for this project and committed
# with it.
# dispatch looks these words up ahead of time (extract/data/words.bin, see
# extract/vocab_frequent.go): the list changes how fast a run is, never
# what it finds. go test ./extract -run ^TestFrequentWordList$ -words rewrites it.
`, frequentMinDocs, docs)
	for _, w := range words {
		fmt.Fprintf(&b, "%s\t%d\n", w, df[w])
	}
	if *updateWords {
		if err := os.WriteFile(frequentList, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile(frequentList)
	if err != nil {
		t.Fatal(err)
	}
	if string(old) != b.String() {
		t.Skip("lexicon/data/frequent_words.tsv is not made from the testdata articles as they are now (rewrite it with -words if wanted: it only changes speed)")
	}
}

// TestFrequentAgrees: a table whose facts the code no longer computes (a
// flag, a class, a stem changed in the code without go generate) is not
// used: the Pipeline starts from an empty table, as with another lexicon
// (review of the eleventh session, 2: removing "and" from the connectors
// left every output unchanged, the table's stale facts in use).
func TestFrequentAgrees(t *testing.T) {
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(lex)
	if err != nil {
		t.Fatal(err)
	}
	base := p.vocab.base
	if base == nil {
		t.Fatal("the built-in table is not used (stale? run go generate ./extract)")
	}
	if !frequentAgrees(base, p.vocab) {
		t.Fatal("the built-in table disagrees with the code")
	}
	for _, c := range []struct {
		word   string
		change func(*wordInfo)
	}{
		{"and", func(wi *wordInfo) { wi.flags &^= fConnector }}, // a probe word
		{"minister", func(wi *wordInfo) { wi.tc ^= 1 }},
		{"said", func(wi *wordInfo) { wi.stem += "x" }},
		{base.infos[frequentStride].word, func(wi *wordInfo) { wi.flags ^= fHyphen }}, // a sampled type
	} {
		t.Run(c.word, func(t *testing.T) {
			s := base.find(c.word)
			if s == nil {
				t.Fatalf("%q is not in the table", c.word)
			}
			stale := *base
			stale.infos = slices.Clone(base.infos)
			wi := *stale.infos[s.info]
			c.change(&wi)
			stale.infos[s.info] = &wi
			if frequentAgrees(&stale, p.vocab) {
				t.Errorf("a table with %q changed is taken as the code's", c.word)
			}
		})
	}
}
