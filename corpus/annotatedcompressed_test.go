package corpus

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// The annotation readers read .gz and .zst annotation files as annotate
// reads its inputs, named or in a folder; a .json file's id defaults to
// its name without the extensions (red team 16, 13).
func TestReadAnnotatedCompressed(t *testing.T) {
	gz := func(b []byte) []byte {
		var buf bytes.Buffer
		w := gzip.NewWriter(&buf)
		w.Write(b)
		w.Close()
		return buf.Bytes()
	}
	zst := func(b []byte) []byte {
		w, _ := zstd.NewWriter(nil)
		return w.EncodeAll(b, nil)
	}
	lines := []byte(`{"id":"a","annotations":[]}` + "\n" + `{"id":"b","annotations":[]}` + "\n")
	object := []byte(`{"annotations":[]}`)
	for _, tc := range []struct {
		name    string
		file    string
		content []byte
		folder  bool
		want    []string
	}{
		{"jsonl.gz named", "p.jsonl.gz", gz(lines), false, []string{"a", "b"}},
		{"ndjson.zst named", "p.ndjson.zst", zst(lines), false, []string{"a", "b"}},
		{"json.gz id from its stem", "story-7.json.gz", gz(object), false, []string{"story-7"}},
		{"JSONL.GZ in a folder", "q.JSONL.GZ", gz(lines), true, []string{"a", "b"}},
		{"json.zst in a folder", "r.json.zst", zst(object), true, []string{"r"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, tc.file)
			if err := os.WriteFile(p, tc.content, 0o644); err != nil {
				t.Fatal(err)
			}
			arg := p
			if tc.folder {
				arg = dir
			}
			var ids []string
			for a, err := range ReadAnnotated(nil, arg) {
				if err != nil {
					t.Fatalf("error: %v", err)
				}
				ids = append(ids, a.ID)
			}
			if !slices.Equal(ids, tc.want) {
				t.Errorf("ids %q, want %q", ids, tc.want)
			}
		})
	}
}
