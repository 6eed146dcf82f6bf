package corpus

import (
	"strings"
	"testing"
)

// TestSeenIDs: a second document of an id is a duplicate named with where
// the first was (file:line for JSON Lines, the file for a .txt file);
// ids that differ only late in a long id, by case or by a byte are not
// duplicates.
func TestSeenIDs(t *testing.T) {
	long := strings.Repeat("x", 1000)
	steps := []struct {
		id, file string
		line     int
		first    string // "" when not a duplicate
	}{
		{"a", "in/a.txt", 0, ""},
		{"b", "recs.jsonl", 1, ""},
		{"c", "recs.jsonl", 2, ""},
		{"a", "recs.jsonl", 3, "in/a.txt"},
		{"c", "more.jsonl", 7, "recs.jsonl:2"},
		{"A", "more.jsonl", 8, ""},
		{long + "1", "more.jsonl", 9, ""},
		{long + "2", "more.jsonl", 10, ""},
		{long + "1", "<stdin>", 4, "more.jsonl:9"},
		{"", "<stdin>", 5, ""},
		{"a ", "<stdin>", 6, ""},
		{"b", "in/b.txt", 0, "recs.jsonl:1"},
	}
	s := newSeenIDs()
	for i, st := range steps {
		first, dup := s.add(st.id, st.file, st.line)
		if dup != (st.first != "") || first != st.first {
			t.Errorf("step %d (%.12q in %s:%d): duplicate %v of %q, want %q", i, st.id, st.file, st.line, dup, first, st.first)
		}
	}
	if len(s.files) != 4 { // a duplicate adds no file
		t.Errorf("files %v: each file once in a row", s.files)
	}
}
