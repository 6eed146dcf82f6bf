package lexicon

import (
	"flag"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/stems.tsv from the built-in lists")

// TestStemTable checks data/stems.tsv against the stemmer: every word the
// built-in lists stem, with its stem. Run with -update after changing a
// stemmed list.
func TestStemTable(t *testing.T) {
	want, err := builtinStems()
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		var b strings.Builder
		for _, w := range slices.Sorted(maps.Keys(want)) {
			b.WriteString(w + "\t" + want[w] + "\n")
		}
		if err := os.WriteFile("data/stems.tsv", []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got := stemTable()
	for w, s := range got {
		if Stem(w) != s {
			t.Errorf("data/stems.tsv: %q -> %q, the stemmer says %q (run go test ./lexicon -run TestStemTable -update)", w, s, Stem(w))
		}
	}
	missing := 0
	for w := range want {
		if _, ok := got[w]; !ok {
			missing++
		}
	}
	if missing > 0 {
		// not wrong, only slower to load: those words are stemmed at start-up
		t.Logf("data/stems.tsv lacks %d words the built-in lists stem; run go test ./lexicon -run TestStemTable -update", missing)
	}
}
