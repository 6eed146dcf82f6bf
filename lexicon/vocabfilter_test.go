package lexicon

import (
	"fmt"
	"testing"
)

// TestWordIDFilter: the filter in front of the vocabulary never hides one
// of its words, and words of no entry get 0.
func TestWordIDFilter(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, id := range lx.ix.vocab {
		if got := lx.WordID(w); got != id {
			t.Fatalf("WordID(%q) = %d, want %d", w, got, id)
		}
	}
	passed := 0
	const tries = 20000
	for i := range tries {
		w := fmt.Sprintf("zq%dxw", i)
		if got := lx.WordID(w); got != 0 {
			t.Fatalf("WordID(%q) = %d, want 0", w, got)
		}
		if lx.ix.absent.may(w) {
			passed++
		}
	}
	if passed > tries/20 {
		t.Errorf("%d of %d words not in the vocabulary pass its filter, want at most 5%%", passed, tries)
	}
}

// BenchmarkWordIDNew looks up words of no entry, as a document's new
// words and numbers are.
func BenchmarkWordIDNew(b *testing.B) {
	lx, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	words := make([]string, 4096)
	for i := range words {
		words[i] = fmt.Sprintf("new%dword", i*7919)
	}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		lx.WordID(words[i%len(words)])
	}
}
