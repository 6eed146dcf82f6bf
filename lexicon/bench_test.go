package lexicon

import (
	"strings"
	"testing"
)

// words is a sentence to match against, stemming lazily like the extractor.
type words struct {
	lower, stems []string
}

func newWords(text string) *words {
	f := strings.Fields(strings.ToLower(text))
	return &words{lower: f, stems: make([]string, len(f))}
}

func (w *words) Len() int           { return len(w.lower) }
func (w *words) Lower(i int) string { return w.lower[i] }
func (w *words) Stem(i int) string {
	if w.stems[i] == "" {
		w.stems[i] = Stem(w.lower[i])
	}
	return w.stems[i]
}

const benchSentence = "the deputy foreign minister of ukraine and the state department spokesman said " +
	"on monday that some 8,500 soldiers and a prime minister were in kyiv , according to analysts"

// BenchmarkLoad loads the built-in lexicon: from its snapshot.
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadLists loads the built-in lists from their texts, as Load
// does with a user file or a stale snapshot.
func BenchmarkLoadLists(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := load(stemTable, false); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMatch matches every word of a sentence against a stemmed and an
// unstemmed list, stems computed once per word as the extractor does.
func BenchmarkMatch(b *testing.B) {
	lx, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	titles, places := lx.List(Titles), lx.List(Places)
	found := 0
	b.ReportAllocs()
	for b.Loop() {
		w := newWords(benchSentence)
		for i := range w.Len() {
			_, n1 := titles.Match(w, i)
			_, n2 := places.Match(w, i)
			found += n1 + n2
		}
	}
	if found == 0 {
		b.Fatal("nothing matched")
	}
}

// BenchmarkStem measures the Snowball stemmer on its own.
func BenchmarkStem(b *testing.B) {
	w := strings.Fields(benchSentence)
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range w {
			Stem(s)
		}
	}
}

// TestMatchLongest keeps BenchmarkMatch honest: the longest entry wins.
func TestMatchLongest(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	w := newWords("the prime minister said")
	if _, n := lx.List(Titles).Match(w, 1); n != 2 {
		t.Errorf("titles match at %q: %d words, want 2 (prime minister)", w.lower[1], n)
	}
}
