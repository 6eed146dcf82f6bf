package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestCleanStaleTempsByContent: a file named like annotate's temporary
// file is annotate's only if it starts with the header record annotate
// writes first: such a file becomes out.jsonl.partial (the first) or is
// removed (the others); any other file of that name (a user's data,
// empty, a JSON record without the header) is left and named. Before, it
// was removed on its name alone (red team 16, 8: `echo data >
// .o.jsonl.tmp-999` deleted).
func TestCleanStaleTempsByContent(t *testing.T) {
	var hdr bytes.Buffer
	if err := corpus.WriteHeader(&hdr, corpus.Header{Version: "test", Types: corpus.Types}); err != nil {
		t.Fatal(err)
	}
	header := hdr.String()
	cases := []struct {
		name, content string
		partialBefore bool   // out.jsonl.partial exists already
		want          string // "partial", "removed" or "left"
	}{
		{"ours, no partial yet", header + `{"id":"a","annotations":[]}` + "\n", false, "partial"},
		{"ours, header only", header, false, "partial"},
		{"ours, partial exists", header + `{"id":"a","annotations":[]}` + "\n", true, "removed"},
		{"a user's data", "data\n", false, "left"},
		{"a user's data, partial exists", "data\n", true, "left"},
		{"empty", "", false, "left"},
		{"a record without the header", `{"id":"a","text":"Kirby said."}` + "\n", false, "left"},
		{"header after a first line", "notes\n" + header, false, "left"},
		{"a header look-alike with another key", `{"dispatch":{},"id":"x"}` + "\n", false, "left"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			temp := filepath.Join(dir, ".out.jsonl.tmp-999")
			write(t, temp, c.content)
			partial := filepath.Join(dir, "out.jsonl.partial")
			if c.partialBefore {
				write(t, partial, header)
			}
			plan, err := planOutput(filepath.Join(dir, "out.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			notes := strings.Join(cleanStaleTemps(plan), "\n")
			_, terr := os.Stat(temp)
			switch c.want {
			case "partial":
				if terr == nil || readFile(t, partial) != c.content || !strings.Contains(notes, "kept the output") {
					t.Errorf("not kept as out.jsonl.partial; notes: %s", notes)
				}
			case "removed":
				if terr == nil || !strings.Contains(notes, "removed "+temp) {
					t.Errorf("not removed; notes: %s", notes)
				}
			case "left":
				if terr != nil || readFile(t, temp) != c.content || !strings.Contains(notes, "left "+temp) {
					t.Errorf("not left as it was, or not named; notes: %q", notes)
				}
				if !c.partialBefore {
					if _, err := os.Stat(partial); err == nil {
						t.Errorf("out.jsonl.partial made from a file that is not annotate's")
					}
				}
			}
		})
	}
}

// TestAnnotateTempStartsWithHeader: the temporary file of a run starts
// with the header record before any document is written (a run killed
// before its first document leaves a file the next run recognises as
// its own).
func TestAnnotateTempStartsWithHeader(t *testing.T) {
	dir := t.TempDir()
	plan, err := planOutput(filepath.Join(dir, "out.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	e := &env{ctx: t.Context(), stdout: &stdout, stderr: &stderr}
	s, err := openOutput(e, &console{w: &stderr}, plan, false, corpus.Header{Version: "test", Types: corpus.Types})
	if err != nil {
		t.Fatal(err)
	}
	defer s.abandon()
	m, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
	if len(m) != 1 {
		t.Fatalf("temporary files %v", m)
	}
	line, _, _ := strings.Cut(readFile(t, m[0]), "\n")
	if !corpus.IsHeaderRecord([]byte(line)) {
		t.Errorf("temporary file starts with %q, not a header record", line)
	}
}
