package format

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestDocsRoundTrip: for every reader that carries the text, the
// documents written by WriteDocs read back through corpus.Reader (as
// 'dispatch annotate' reads them) with the same text and date, and the
// gold validates against them, so predictions on them line up with the
// gold's offsets.
func TestDocsRoundTrip(t *testing.T) {
	for _, tc := range []struct{ format, mapping, path string }{
		{"polnear", "", "testdata/polnear/data/dev"},
		{"timeml", "", "testdata/timeml"},
		{"brat", "testdata/bratmapped/mapping.txt", "testdata/bratmapped"},
	} {
		t.Run(tc.format, func(t *testing.T) {
			g := readOne(t, tc.format, GoldOptions{Mapping: tc.mapping}, tc.path)
			var b bytes.Buffer
			if err := WriteDocs(&b, []corpus.Document{*g.Doc}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), "docs.jsonl")
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			var docs []corpus.Document
			for d, err := range new(corpus.Reader).Read(path) {
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			}
			if len(docs) != 1 || docs[0].ID != g.ID || docs[0].Text != g.Doc.Text || docs[0].Date != g.Date {
				t.Fatalf("read back %+v", docs)
			}
			if probs := corpus.Validate(g.Annotated, &docs[0]); len(probs) > 0 {
				t.Errorf("gold does not fit the written document: %v", probs)
			}
		})
	}
}

// TestJSONGoldRoundTrip: json gold written with corpus.WriteAnnotated and
// read again is the same.
func TestJSONGoldRoundTrip(t *testing.T) {
	g := readOne(t, "brat", GoldOptions{Mapping: "testdata/bratmapped/mapping.txt"}, "testdata/bratmapped")
	var b bytes.Buffer
	if err := corpus.WriteAnnotated(&b, g.Annotated); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "gold.jsonl")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	back := readOne(t, "json", GoldOptions{Docs: map[string]corpus.Document{g.ID: *g.Doc}}, path)
	if !reflect.DeepEqual(back.Annotated, g.Annotated) {
		t.Errorf("json round trip:\n got %+v\nwant %+v", back.Annotated, g.Annotated)
	}
}
