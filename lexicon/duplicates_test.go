package lexicon

import (
	"strings"
	"testing"
)

// TestBuiltinNoPhraseTwice checks that no built-in list states a phrase
// twice with different fields: the later line replaces the earlier one,
// so a word given two kinds on two lines silently loses the first
// ("total" as a number verb and a tally noun must be one line,
// "total<TAB>number,tally"). A line repeated as it is (or another
// spelling of the same key, "İbrahim" and "Ibrahim") loses nothing.
func TestBuiltinNoPhraseTwice(t *testing.T) {
	for _, name := range Names() {
		b, err := data.ReadFile("data/" + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		type first struct {
			line   int
			fields string
		}
		seen := map[string]first{}
		for n, line := range strings.Split(string(b), "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			phrase, fields, _ := strings.Cut(line, "\t")
			key := strings.Join(strings.Fields(strings.ToLower(phrase)), " ")
			if f, ok := seen[key]; ok {
				if f.fields != fields {
					t.Errorf("data/%s.txt:%d: %q again with other fields (first on line %d): the later line replaces the earlier; join their kinds on one line",
						name, n+1, phrase, f.line)
				}
				continue
			}
			seen[key] = first{n + 1, fields}
		}
	}
}
