package main

import (
	"strings"
	"testing"
)

// TestIDsCannotFakeLines: a record's id with line breaks and an escape
// sequence is printed escaped by validate and eval, as annotate, export and
// render do: it cannot fake lines of their output (red team 19, 5).
func TestIDsCannotFakeLines(t *testing.T) {
	dir := t.TempDir()
	fake := `a\n1 files, 1 documents, 0 problems\n\u001b[2Jx`
	writeTree(t, dir, map[string]string{
		"bad.jsonl":  `{"id":"` + fake + `","annotations":[{"type":"BOGUS","start":0,"end":3,"text":"Aus"}]}` + "\n",
		"dup.jsonl":  `{"id":"` + fake + `","annotations":[]}` + "\n" + `{"id":"` + fake + `","annotations":[]}` + "\n",
		"gold.jsonl": `{"id":"g\nFAKE LINE","annotations":[]}` + "\n",
		"pred.jsonl": `{"id":"p\nFAKE LINE","annotations":[]}` + "\n" + `{"id":"n\nFAKE"}` + "\n",
	})
	for _, c := range []struct {
		name string
		args []string
		want string
	}{
		{"validate, a problem", []string{"validate", "bad.jsonl"}, `a\x0a1 files, 1 documents, 0 problems\x0a\x1b[2Jx: annotation 0 (BOGUS 0-3)`},
		{"validate, a duplicate", []string{"validate", "dup.jsonl"}, `a\x0a1 files, 1 documents, 0 problems\x0a\x1b[2Jx: duplicate document id`},
		{"eval, a problem of the gold", []string{"eval", "--gold", "bad.jsonl", "--pred", "pred.jsonl"}, `a\x0a1 files, 1 documents, 0 problems\x0a\x1b[2Jx: annotation 0`},
		{"eval, missing documents", []string{"eval", "--gold", "gold.jsonl", "--pred", "pred.jsonl"}, `without a prediction (scored as all misses): g\x0aFAKE LINE`},
		{"eval, predicted without gold", []string{"eval", "--gold", "gold.jsonl", "--pred", "pred.jsonl"}, `without gold (not scored): p\x0aFAKE LINE`},
		{"eval, no list", []string{"eval", "--gold", "gold.jsonl", "--pred", "pred.jsonl"}, `n\x0aFAKE: "annotations" is missing`},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := cli(t, dir, "", c.args...)
			out := r.stdout + r.stderr
			if !strings.Contains(out, c.want) {
				t.Errorf("output lacks %q:\n%s", c.want, out)
			}
			for _, line := range strings.Split(out, "\n") {
				if strings.HasPrefix(line, "1 files, 1 documents, 0 problems") || strings.HasPrefix(line, "FAKE") || strings.Contains(line, "\x1b") {
					t.Errorf("a faked line: %q", line)
				}
			}
		})
	}
}
