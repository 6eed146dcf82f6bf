package lexicon_test

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// TestEveryEntryMatches: every entry of every built-in list is found, at
// its full length, by Match and by MatchIDs, from its own phrase.
func TestEveryEntryMatches(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range lexicon.Names() {
		l := lx.List(name)
		for _, e := range l.Entries() {
			w := words(strings.Fields(e.Phrase))
			if _, n := l.Match(w, 0); n != len(w) {
				t.Errorf("%s: %q: Match found %d words, want %d", name, e.Phrase, n, len(w))
			}
			lower := make([]lexicon.WordID, len(w))
			stems := make([]lexicon.WordID, len(w))
			for i := range w {
				lower[i], stems[i] = lx.WordID(w.Lower(i)), lx.WordID(w.Stem(i))
			}
			if got, n := l.MatchIDs(lower, stems, 0); n != len(w) || got.Phrase == "" {
				t.Errorf("%s: %q: MatchIDs found %d words (%q), want %d", name, e.Phrase, n, got.Phrase, len(w))
			}
			if len(w) == 1 && !lx.Single(lower[0]).Has(l) && !l.Stemmed() {
				t.Errorf("%s: %q: not in the single-word set of its id", name, e.Phrase)
			}
		}
	}
}

// TestMatchIDsUnknown: words outside the vocabulary match nothing.
func TestMatchIDsUnknown(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	ids := []lexicon.WordID{lx.WordID("zzqx"), 0}
	if ids[0] != 0 {
		t.Fatalf("WordID of an unknown word: %d", ids[0])
	}
	if _, n := lx.List(lexicon.Titles).MatchIDs(ids, ids, 0); n != 0 {
		t.Errorf("matched %d words", n)
	}
	if _, n := lx.List("no such list").MatchIDs(ids, ids, 0); n != 0 {
		t.Errorf("unknown list matched %d words", n)
	}
}
