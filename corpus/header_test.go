package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"
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
