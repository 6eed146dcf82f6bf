package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

func TestNameID(t *testing.T) {
	for _, c := range []struct{ name, want string }{
		{"story", "story"},
		{"2021/12/story", "2021/12/story"},
		{"Zürich ☃", "Zürich ☃"},
		{"a\xff", `a\xff`},
		{"a\xfe", `a\xfe`},
		{`a\b`, `a\b`},   // backslashes kept: an id written as a name reads back the same
		{"\xc3", `\xc3`}, // a cut UTF-8 sequence
		{"\xc3\xa9\xe9", `é\xe9`},
	} {
		if got := NameID(c.name); got != c.want {
			t.Errorf("NameID(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}

// TestReadNonUTF8Names: files whose names are not UTF-8 keep distinct ids
// (red team 19, 4: a\xff.txt and a\xfe.txt were both "a\ufffd" in the
// output, which validate and eval then refused as a duplicate).
func TestReadNonUTF8Names(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a\xff.txt", "a\xfe.txt", "b\xff.jsonl"} {
		body := "Lloyd Austin said on Monday."
		if filepath.Ext(name) == ".jsonl" {
			body = `{"text": "Austin said."}`
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Skipf("the file system refuses a name that is not UTF-8: %v", err)
		}
	}
	got := map[string]bool{}
	for doc, err := range (&Reader{}).Read(dir) {
		if err != nil {
			t.Fatal(err)
		}
		got[doc.ID] = true
	}
	for _, id := range []string{`a\xff`, `a\xfe`, `b\xff-1`} {
		if !got[id] {
			t.Errorf("no id %q in %v", id, got)
		}
	}
	if len(got) != 3 {
		t.Errorf("ids %v", got)
	}
}
