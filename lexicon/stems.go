package lexicon

import "strings"

// Stemming the entries of the stemmed lists and their inflections is most
// of the cost of loading the lexicon. data/stems.tsv holds, for every word
// the built-in lists stem, its Snowball stem ("word TAB stem", one a
// line), generated from the lists (go test ./lexicon -run TestStemTable
// -update) and checked by that test against the stemmer: loading reads
// the table instead of stemming. A word it lacks (a user file's, or one
// added to a list without regenerating) is stemmed as before.

// stemTable reads data/stems.tsv into a new map.
func stemTable() map[string]string {
	text := stemsText
	memo := make(map[string]string, strings.Count(text, "\n")+256)
	for len(text) > 0 {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if w, s, ok := strings.Cut(line, "\t"); ok && w != "" {
			memo[w] = s
		}
	}
	return memo
}

// builtinStems returns the stem of every word the built-in lists stem,
// computed by the stemmer.
func builtinStems() (map[string]string, error) {
	memo := make(map[string]string, 4096)
	if _, err := load(func() map[string]string { return memo }, false); err != nil {
		return nil, err
	}
	return memo, nil
}
