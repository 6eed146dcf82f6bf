package lexicon

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/kljensen/snowball/english"
)

// TestStemASCII compares stemASCII with the library it mirrors on the
// words of every built-in list, of the sample corpus, on every root of
// a set combined with every suffix Porter2 knows, and on random words.
func TestStemASCII(t *testing.T) {
	words := map[string]bool{}
	addText := func(s string) {
		for _, f := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			words[f] = true
		}
	}
	fs.WalkDir(data, "data", func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			b, _ := data.ReadFile(path)
			addText(string(b))
		}
		return nil
	})
	if files, _ := filepath.Glob(filepath.Join("..", "..", "shared", "corpus", "*.txt")); len(files) > 0 {
		for _, f := range files {
			b, _ := os.ReadFile(f)
			addText(string(b))
		}
	}
	roots := []string{"", "a", "y", "ay", "gener", "commun", "arsen", "hop", "happ", "cr", "t", "fl", "sk", "bl", "at",
		"rel", "nation", "condition", "organ", "activ", "ab", "possib", "capab", "valen", "creat", "de", "re", "xy", "yy",
		"eye", "sayy", "troll", "fal", "fil", "abat", "spe", "agre", "'", "''", "o'", "'y", "y'", "luxur", "hear", "nois"}
	suffixes := []string{"", "s", "es", "ies", "ied", "sses", "us", "ss", "'s", "'s'", "'", "ed", "ing", "eed", "eedly",
		"ingly", "edly", "ly", "y", "ying", "ation", "ational", "tional", "ization", "izer", "iveness", "fulness",
		"ousness", "biliti", "bility", "lessli", "lessly", "alism", "aliti", "ality", "entli", "ently", "fulli",
		"fully", "iviti", "ivity", "ousli", "ously", "anci", "ancy", "abli", "ably", "alli", "ally", "ator", "enci",
		"ency", "bli", "bly", "ogi", "logy", "logi", "li", "cli", "dli", "alize", "icate", "ative", "iciti", "icity",
		"ical", "ful", "ness", "ement", "ance", "ence", "able", "ible", "ment", "ent", "ant", "ism", "ate", "iti",
		"ous", "ive", "ize", "ion", "sion", "tion", "al", "er", "ic", "e", "le", "ll", "at", "bl", "iz", "bb", "dd",
		"ff", "gg", "mm", "nn", "pp", "rr", "tt", "ying", "yed", "ys", "yly"}
	for _, r := range roots {
		for _, s := range suffixes {
			words[r+s] = true
			for _, s2 := range []string{"s", "ed", "ing", "ly", "ness", "al"} {
				words[r+s+s2] = true
			}
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "aeiouyyybcdglmnrstwxz'"
	for range 200000 {
		b := make([]byte, 1+rng.IntN(12))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		words[string(b)] = true
	}
	// words of other ASCII characters and curly apostrophes, which the
	// library takes for consonants and straight apostrophes
	const others = "aeiouybcdlnst'-1.’‘‛"
	otherRunes := []rune(others)
	for range 100000 {
		b := make([]rune, 1+rng.IntN(10))
		for i := range b {
			b[i] = otherRunes[rng.IntN(len(otherRunes))]
		}
		words[string(b)] = true
	}
	for _, w := range []string{"x-ray", "ab1", "covid-19", "u.s", "twenty-five", "don’t", "kyiv’s", "’s", "a’", "‘y",
		"o’brien’s", "1990s", "g7", "‛tis", "self-employed", "well-being", "so-called", "re-election", "’", "’’", "-"} {
		words[w] = true
	}
	n := 0
	for w := range words {
		got, ok := stemASCII(w)
		if !ok {
			continue
		}
		n++
		if want := english.Stem(w, true); got != want {
			t.Errorf("stemASCII(%q) = %q, the library says %q", w, got, want)
		}
	}
	if n < 100000 {
		t.Errorf("only %d words compared", n)
	}
	for _, w := range []string{"Soldiers", "café", "naïve", "a b", "x\ty", "‚s", "“quote", "X-ray", strings.Repeat("a", 64)} {
		if _, ok := stemASCII(w); ok {
			t.Errorf("stemASCII(%q): ok, want left to the library", w)
		}
	}
}
