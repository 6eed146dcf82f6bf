package corpus

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// testHeaderLine is a header record line for these tests.
func testHeaderLine(t *testing.T) string {
	t.Helper()
	var b bytes.Buffer
	if err := WriteHeader(&b, Header{Version: "test", Types: Types}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestFolderSkipsAnnotationFiles: a dispatch annotation file (JSON Lines
// whose first line is a header record) inside a folder is skipped with a
// warning naming it and counted among the skipped files; before, it was
// dropped without a word and a folder holding only one said "no document
// read" (red team 16, 5). A JSON Lines file without the header is read.
func TestFolderSkipsAnnotationFiles(t *testing.T) {
	hdr := testHeaderLine(t)
	cases := []struct {
		name    string
		files   map[string]string
		ids     []string
		skipped int
		warned  []string
	}{
		{"only an annotation file", map[string]string{"h.jsonl": hdr + `{"id":"a","text":"Kirby spoke."}` + "\n"}, nil, 1, []string{"h.jsonl"}},
		{"beside articles", map[string]string{"a.txt": "Austin spoke.", "out.jsonl": hdr + `{"id":"a","annotations":[]}` + "\n"}, []string{"a"}, 1, []string{"out.jsonl"}},
		{"two, in sub-folders", map[string]string{"x/o.jsonl": hdr, "y/p.ndjson": hdr, "c.txt": "Milley spoke."}, []string{"c"}, 2, []string{"o.jsonl", "p.ndjson"}},
		{"records without a header are read", map[string]string{"r.jsonl": `{"id":"r1","text":"Kirby spoke."}` + "\n"}, []string{"r1"}, 0, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, c.files)
			var warnings []string
			r := &Reader{Warn: func(e *Error) { warnings = append(warnings, e.Error()) }}
			var ids []string
			for d, err := range r.Read(dir) {
				if err != nil {
					t.Errorf("error: %v", err)
					continue
				}
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, ",") != strings.Join(c.ids, ",") {
				t.Errorf("ids %v, want %v", ids, c.ids)
			}
			if got := r.Skipped(); got.Annotations != c.skipped || got.Total() != c.skipped {
				t.Errorf("skipped %+v, want %d annotation files", got, c.skipped)
			}
			all := strings.Join(warnings, "\n")
			for _, w := range c.warned {
				if !strings.Contains(all, w+": skipped: a dispatch annotation file") {
					t.Errorf("no warning naming %s: %q", w, all)
				}
			}
			if c.skipped > 0 && !strings.Contains(r.Skipped().String(), "dispatch annotation files") {
				t.Errorf("Skipped().String() = %q", r.Skipped().String())
			}
		})
	}
}

// TestJSONFileNamedIsRecords: a .json file named on the command line is
// the project's JSON, a stream of records with "text" (one per line or
// pretty-printed), never prose: before, an annotation file copied to
// o.json was annotated as text (red team 16, 6). An annotation file is
// refused at its header; prose or an array is refused at its line.
func TestJSONFileNamedIsRecords(t *testing.T) {
	hdr := testHeaderLine(t)
	cases := []struct {
		name    string
		content string
		ids     []string
		errs    []string // each error's text, in order
	}{
		{"one record per line", `{"id":"a","text":"Austin spoke."}` + "\n" + `{"id":"b","text":"Kirby spoke."}` + "\n", []string{"a", "b"}, nil},
		{"pretty-printed, no id", "{\n  \"text\": \"Austin spoke.\",\n  \"date\": \"2022-01-24\"\n}\n\n{\"text\": \"Kirby spoke.\"}", []string{"d-1", "d-6"}, nil},
		{"byte-order mark first", "\uFEFF" + `{"id":"m","text":"Milley spoke."}`, []string{"m"}, nil},
		{"an annotation file", hdr + `{"id":"a","annotations":[]}` + "\n", nil, []string{"d.json:1: a dispatch annotation file"}},
		{"annotation records without header", `{"id":"a","annotations":[]}` + "\n", nil, []string{`d.json:1: record has no "text": it has "annotations"`}},
		{"prose", "Biden met Scholz on Monday.\n", nil, []string{"d.json:1: not a JSON record"}},
		{"an array", `[{"text":"Austin spoke."}]`, nil, []string{"d.json:1: not a JSON record"}},
		{"a record, then prose", `{"id":"a","text":"Austin spoke."}` + "\nthen prose\n", []string{"a"}, []string{"d.json:2: not a JSON record"}},
		{"empty", "", nil, []string{"no JSON object in file"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"d.json": c.content})
			var ids, errs []string
			for d, err := range (&Reader{}).Read(filepath.Join(dir, "d.json")) {
				if err != nil {
					errs = append(errs, err.Error())
					continue
				}
				ids = append(ids, d.ID)
			}
			if strings.Join(ids, ",") != strings.Join(c.ids, ",") {
				t.Errorf("ids %v, want %v", ids, c.ids)
			}
			if len(errs) != len(c.errs) {
				t.Fatalf("errors %q, want %q", errs, c.errs)
			}
			for i, e := range c.errs {
				if !strings.Contains(errs[i], e) {
					t.Errorf("error %q lacks %q", errs[i], e)
				}
			}
		})
	}
}
