package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Every command that writes -o refuses to write over one of its inputs
// (found by a black-box review: export and render replaced them), and an
// explicitly empty -o is a usage error, not standard output.
func TestOutputNeverAnInput(t *testing.T) {
	dir := sampleDocs(t)
	if r := cli(t, dir, "", "annotate", "in", "-o", "ann.jsonl"); r.code != exitOK {
		t.Fatalf("annotate: exit %d: %s", r.code, r.stderr)
	}
	write(t, filepath.Join(dir, "gold", "a.json"), `{"id":"a","annotations":[]}`)
	tests := []struct {
		name string
		args []string
		keep string // the input that must stay as it was
	}{
		{"export csv over its input", []string{"export", "--format", "csv", "ann.jsonl", "-o", "ann.jsonl"}, "ann.jsonl"},
		{"export over a docs file", []string{"export", "--format", "conll", "--docs", "in/a.txt", "ann.jsonl", "-o", "in/a.txt"}, "in/a.txt"},
		{"export brat into the docs folder", []string{"export", "--format", "brat", "--docs", "in", "ann.jsonl", "-o", "in"}, "in/a.txt"},
		{"render over an article", []string{"render", "in/a.txt", "-o", "in/a.txt"}, "in/a.txt"},
		{"render over --pred", []string{"render", "--pred", "ann.jsonl", "--docs", "in", "-o", "ann.jsonl"}, "ann.jsonl"},
		{"render over --gold", []string{"render", "--gold", "gold", "--pred", "ann.jsonl", "--docs", "in", "-o", "gold/a.json"}, "gold/a.json"},
		{"render over a file in a docs folder", []string{"render", "--pred", "ann.jsonl", "--docs", "in", "-o", "in/b.txt"}, "in/b.txt"},
		{"eval --docs-out over the gold", []string{"eval", "--gold", "gold", "--pred", "ann.jsonl", "--docs-out", "ann.jsonl"}, "ann.jsonl"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			before, err := os.ReadFile(filepath.Join(dir, tc.keep))
			if err != nil {
				t.Fatal(err)
			}
			r := cli(t, dir, "", tc.args...)
			if r.code != exitFatal || !strings.Contains(r.stderr, "input") {
				t.Errorf("exit %d, want 2 with a message naming the input:\n%s", r.code, r.stderr)
			}
			if after, _ := os.ReadFile(filepath.Join(dir, tc.keep)); string(after) != string(before) {
				t.Errorf("%s changed", tc.keep)
			}
		})
	}
	for _, args := range [][]string{
		{"annotate", "in", "-o", ""},
		{"export", "--format", "csv", "ann.jsonl", "--output="},
		{"render", "in", "-o", ""},
	} {
		if r := cli(t, dir, "", args...); r.code != exitFatal || r.stdout != "" {
			t.Errorf("%q: exit %d, %d bytes on stdout, want exit 2 and nothing", args, r.code, len(r.stdout))
		}
	}
}

// TestEvalDocsOutMessages: errors about --docs-out name that flag, not
// -o (which eval does not have).
func TestEvalDocsOutMessages(t *testing.T) {
	dir := sampleDocs(t)
	if r := cli(t, dir, "", "annotate", "in", "-o", "ann.jsonl"); r.code != exitOK {
		t.Fatalf("annotate: exit %d: %s", r.code, r.stderr)
	}
	write(t, filepath.Join(dir, "gold", "a.json"), `{"id":"a","annotations":[]}`)
	for _, tc := range []struct{ out, want string }{
		{"in", "--docs-out in: is a folder"},
		{"missing/d.jsonl", "--docs-out missing/d.jsonl: folder missing"},
		{"ann.jsonl", "--docs-out ann.jsonl is the input ann.jsonl"},
		{"d.jsonl", "--docs-out d.jsonl: gold a carries no text"},
	} {
		r := cli(t, dir, "", "eval", "--gold", "gold", "--pred", "ann.jsonl", "--docs-out", tc.out)
		if r.code != exitFatal || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stderr, "-o ") {
			t.Errorf("--docs-out %s: exit %d, want 2 and %q, no -o:\n%s", tc.out, r.code, tc.want, r.stderr)
		}
	}
}

// TestEvalNullAnnotations: a --pred record whose "annotations" is null is
// reported with its file and line and not scored as an empty prediction,
// as validate reports it.
func TestEvalNullAnnotations(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "gold", "a.json"), `{"id":"a","annotations":[]}`)
	write(t, filepath.Join(dir, "p.jsonl"), `{"id":"a","annotations":null}`+"\n"+`{"id":"b","annotations":[]}`+"\n")
	r := runArgs(t, "", "eval", "--gold", filepath.Join(dir, "gold"), "--pred", filepath.Join(dir, "p.jsonl"), "--bootstrap", "0")
	// the record is named by file and line, as every other bad record is
	if r.code != exitPartial || !strings.Contains(r.stderr, `p.jsonl:1: a: "annotations" is missing or null`) {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// TestExportGuardFormulas: with --guard-formulas a text cell a
// spreadsheet would run as a formula gets a leading apostrophe; without
// it the text stays the document's text.
func TestExportGuardFormulas(t *testing.T) {
	dir := t.TempDir()
	pred := filepath.Join(dir, "p.jsonl")
	write(t, pred, `{"id":"=HYPERLINK(1)","annotations":[{"type":"QUOTE","start":1,"end":8,"text":"=cmd|x","speaker":"@who","cue":"said"}]}`+"\n")
	r := runArgs(t, "", "export", "--format", "csv", "--guard-formulas", pred)
	for _, want := range []string{"'=HYPERLINK(1)", "'=cmd|x", "'@who"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("guarded: no %q in\n%s", want, r.stdout)
		}
	}
	if r := runArgs(t, "", "export", "--format", "tsv", pred); strings.Contains(r.stdout, "'=") {
		t.Errorf("unguarded output changed the text:\n%s", r.stdout)
	}
}
