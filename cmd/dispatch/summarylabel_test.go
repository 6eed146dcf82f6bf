package main

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestSummaryLabels: the summary names every kind of failure in words
// that read whole: a label never ends on a word that wants the value
// left out ("record has no"), and the field it is about stays.
func TestSummaryLabels(t *testing.T) {
	tests := []struct {
		name, file, content, label string
	}{
		{"record without text", "x.jsonl", `{"id": "a"}` + "\n", "1 record has no text"},
		{"empty id", "x.jsonl", `{"id": "", "text": "Biden met Scholz."}` + "\n", "1 record has an empty id"},
		{"text not a string", "x.jsonl", `{"id": "a", "text": 5}` + "\n", "1 malformed JSON"},
		{"key in the wrong case", "x.jsonl", `{"id": "a", "TEXT": "Biden met Scholz."}` + "\n", "1 malformed JSON"},
		{"malformed JSON", "x.jsonl", `{"id": "a", "text": ` + "\n", "1 malformed JSON"},
		{"JSON not an object", "x.jsonl", `[1, 2]` + "\n", "1 malformed JSON"},
		{"not UTF-8 record", "x.jsonl", "{\"id\": \"a\", \"text\": \"caf\xe9\"}\n", "1 not UTF-8"},
		{"NUL in a record", "x.jsonl", `{"id": "a", "text": "a\u0000b"}` + "\n", "1 binary data"},
		{"empty record text", "x.jsonl", `{"id": "a", "text": ""}` + "\n", "1 empty document"},
		{"lone surrogate", "x.jsonl", `{"id": "a", "text": "a\ud800b"}` + "\n", "1 lone surrogate escape"},
		{"empty file", "e.txt", "", "1 empty document"},
		{"NUL in a file", "n.txt", "a\x00b", "1 binary data"},
		{"not UTF-8 file", "u.txt", "caf\xe9", "1 not UTF-8"},
		{"bad header date", "d.txt", " date 2022-13-45 Biden met Scholz.", "1 header date"},
	}
	failed := regexp.MustCompile(`failed \(([^)]*)\)`)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, tt.file), tt.content)
			write(t, filepath.Join(dir, "good.txt"), "Biden met Scholz.")
			r := runArgs(t, "", "annotate", dir)
			m := failed.FindStringSubmatch(r.stderr)
			if m == nil {
				t.Fatalf("no failure summary; stderr:\n%s", r.stderr)
			}
			if !strings.Contains(m[1], tt.label) {
				t.Errorf("summary says %q, want %q; stderr:\n%s", m[1], tt.label, r.stderr)
			}
			for _, l := range strings.Split(m[1], "; ") {
				if f := strings.Fields(l); len(f) > 0 && danglingWord[f[len(f)-1]] {
					t.Errorf("label %q ends on %q: a word is missing", l, f[len(f)-1])
				}
			}
		})
	}
}

// danglingWord are words a label cannot end on.
var danglingWord = map[string]bool{"no": true, "an": true, "a": true, "the": true, "of": true, "empty": true}
