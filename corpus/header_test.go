package corpus

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
)

func TestHeaderRecord(t *testing.T) {
	var b bytes.Buffer
	h := Header{Version: "v1.2.3", Lexicon: "2+my.txt", Types: []Type{Date, Troops}, Options: map[string]string{"date": "2022-01-24"}}
	if err := WriteHeader(&b, h); err != nil {
		t.Fatal(err)
	}
	line := b.Bytes()
	if !IsHeaderRecord(line) {
		t.Fatalf("IsHeaderRecord(%s) = false", line)
	}
	got, err := ParseHeaderRecord(line)
	if err != nil || got.Version != h.Version || !slices.Equal(got.Types, h.Types) {
		t.Errorf("ParseHeaderRecord = %+v, %v", got, err)
	}
	if ok, _ := h.SameSettings(got); !ok {
		t.Error("a header differs from itself")
	}
	other := got
	other.Options = map[string]string{}
	if ok, why := h.SameSettings(other); ok || why == "" {
		t.Error("a header without --date has the same settings")
	}
	for _, s := range []string{
		`{"id":"a","annotations":[]}`,
		`{"dispatch":{"version":"x"},"id":"a"}`,
		`{"dispatch":`,
		`["dispatch"]`,
	} {
		if IsHeaderRecord([]byte(s)) {
			t.Errorf("IsHeaderRecord(%s) = true", s)
		}
	}
	// ReadAnnotated skips it; a folder walk skips files that start with it.
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	os.WriteFile(out, append(line, `{"id":"a","annotations":[]}`+"\n"...), 0o644)
	var ids []string
	for a, err := range ReadAnnotated(nil, out) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, a.ID)
	}
	if !slices.Equal(ids, []string{"a"}) {
		t.Errorf("ReadAnnotated read %v", ids)
	}
	os.WriteFile(filepath.Join(dir, "doc.txt"), []byte("Kirby said."), 0o644)
	var docs []string
	for d, err := range new(Reader).Read(dir) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d.ID)
	}
	if !slices.Equal(docs, []string{"doc"}) || !IsOutputFile(out) {
		t.Errorf("the walk read %v", docs)
	}
}

// An annotation file in a folder of documents is recognised through the
// decoding the readers use: compressed, a byte-order mark (also after
// white space), blank lines or a CRLF line before the header; the walk
// skips it and counts it, never reading its records as documents (red
// team 17, 5).
func TestIsOutputFileDecodes(t *testing.T) {
	header := `{"dispatch":{"version":"t","lexicon":"1","types":["DATE"]}}`
	rec := `{"id":"d","annotations":[]}`
	gz := func(s string) []byte {
		var b bytes.Buffer
		w := gzip.NewWriter(&b)
		w.Write([]byte(s))
		w.Close()
		return b.Bytes()
	}
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	zst := func(s string) []byte { return enc.EncodeAll([]byte(s), nil) }
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"a.jsonl", []byte(header + "\n" + rec + "\n"), true},
		{"b.jsonl.gz", gz(header + "\n" + rec + "\n"), true},
		{"c.ndjson.zst", zst(header + "\n" + rec + "\n"), true},
		{"d.jsonl", []byte("\ufeff" + header + "\n" + rec + "\n"), true},
		{"e.jsonl", []byte("  \ufeff" + header + "\n"), true},
		{"f.jsonl", []byte("\n\n" + header + "\n" + rec + "\n"), true},
		{"g.jsonl", []byte("\r\n" + header + "\r\n" + rec + "\r\n"), true},
		{"h.JSONL.GZ", gz("\ufeff\r\n \n" + header + "\n"), true},
		// documents stay documents
		{"i.jsonl", []byte(`{"id":"x","text":"Austin spoke."}` + "\n" + header + "\n"), false},
		{"j.jsonl.gz", gz("\n" + `{"id":"x","text":"Austin spoke."}` + "\n"), false},
		{"k.jsonl.gz", []byte(header + "\n"), false}, // not gzip data
		{"l.txt", []byte(header + "\n"), false},
		{"m.jsonl", []byte(strings.Repeat(" ", 70<<10) + header + "\n"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			p := filepath.Join(dir, tc.name)
			if err := os.WriteFile(p, tc.data, 0o644); err != nil {
				t.Fatal(err)
			}
			if got := IsOutputFile(p); got != tc.want {
				t.Fatalf("IsOutputFile = %v, want %v", got, tc.want)
			}
			if !tc.want {
				return
			}
			// the walk skips and counts it: no record read as a document
			if err := os.WriteFile(filepath.Join(dir, "doc.txt"), []byte("Austin spoke on Monday."), 0o644); err != nil {
				t.Fatal(err)
			}
			rd := &Reader{Warn: func(*Error) {}}
			var ids []string
			for d, err := range rd.Read(dir) {
				if err != nil {
					t.Errorf("read error: %v", err)
					continue
				}
				ids = append(ids, d.ID)
			}
			if !slices.Equal(ids, []string{"doc"}) || rd.Skipped().Annotations != 1 {
				t.Errorf("documents %v, skipped %v; want [doc] and 1 annotation file", ids, rd.Skipped())
			}
		})
	}
}
