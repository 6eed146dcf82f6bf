package corpus

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestReadStream checks that ReadStream yields what Read yields for the
// same file, named explicitly, save for the duplicate check.
func TestReadStream(t *testing.T) {
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(`{"id":"z","text":"Zipped."}` + "\n"))
	zw.Close()
	files := map[string]string{
		"a.txt":      " date 2022-01-24 Officials said on Monday.",
		"b.md":       "Read as text, id with its extension.",
		"bad.txt":    "Caf\xe9",
		"r.jsonl":    `{"id":"x","text":"One."}` + "\n\n" + `{"text":"Two."}` + "\n" + `{"text":` + "\n",
		"r2.jsonl":   `{"id":"x","text":"Same id: no error here, unlike Read."}` + "\n",
		"z.jsonl.gz": gz.String(),
		"notgz.gz":   "plain",
	}
	dir := t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name := range files {
		p := filepath.Join(dir, name)
		want := collect((&Reader{}).Read(p))
		got := collect((&Reader{}).ReadStream(context.Background(), bytes.NewReader([]byte(files[name])), p))
		if got != want {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
	}
}

func collect(docs func(func(Document, error) bool)) string {
	var b bytes.Buffer
	for d, err := range docs {
		if err != nil {
			b.WriteString("error " + err.Error() + "\n")
			continue
		}
		b.WriteString(d.ID + " " + d.Date + " " + d.Source + " " + d.Text[d.BodyStart:] + "\n")
	}
	return b.String()
}
