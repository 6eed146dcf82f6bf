package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestResumeChangedDocument: --resume keeps a record only when its
// document's text is the one annotated (text_sha256): a document edited
// since is annotated again and its old record dropped, whether the
// resumed file is appended to or rewritten (issue 8, H1: records were
// matched by id alone, and offsets pointed at the wrong text, exit 0).
func TestResumeChangedDocument(t *testing.T) {
	tests := []struct {
		name    string
		damage  string // appended to out.jsonl before resuming ("" none)
		edit    bool   // edit a.txt before resuming
		changed bool   // the message about changed documents is expected
	}{
		{name: "nothing changed"},
		{name: "a document edited", edit: true, changed: true},
		{name: "a document edited, a corrupt line dropped (rewrite)", damage: "{not json\n", edit: true, changed: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := sampleDocs(t)
			if r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl"); r.code != exitOK {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			out := filepath.Join(dir, "out.jsonl")
			if tt.damage != "" {
				f, err := os.OpenFile(out, os.O_APPEND|os.O_WRONLY, 0)
				if err != nil {
					t.Fatal(err)
				}
				f.WriteString(tt.damage)
				f.Close()
			}
			if tt.edit {
				write(t, filepath.Join(dir, "in", "a.txt"), " date 2022-01-24 A prefix. Defense Secretary Lloyd Austin met Scholz on Monday.")
			}
			r := cli(t, dir, "", "annotate", "--resume", "in", "-o", "out.jsonl")
			if r.code != exitOK {
				t.Fatalf("resume: exit %d:\n%s", r.code, r.stderr)
			}
			if got := strings.Contains(r.stderr, "changed since they were annotated"); got != tt.changed {
				t.Errorf("message about changed documents: %v, want %v:\n%s", got, tt.changed, r.stderr)
			}
			ids := outputIDs(t, readFile(t, out))
			slices.Sort(ids)
			if !slices.Equal(ids, []string{"a", "b", "c"}) {
				t.Errorf("records %v, want a, b, c once each", ids)
			}
			if v := cli(t, dir, "", "validate", "--docs", "in", "out.jsonl"); v.code != exitOK {
				t.Errorf("validate --docs: exit %d:\n%s", v.code, v.stderr)
			}
		})
	}
}

// TestPartialNeverDiscarded: a run without --resume on an output whose
// FILE.partial holds an interrupted run's documents refuses to start,
// says how to continue or discard it, and leaves it as it was (issue 8,
// H2: the run removed it, or replaced it when interrupted in turn).
func TestPartialNeverDiscarded(t *testing.T) {
	dir := sampleDocs(t)
	if r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl.partial"); r.code != exitOK {
		t.Fatalf("exit %d:\n%s", r.code, r.stderr)
	}
	before := readFile(t, filepath.Join(dir, "out.jsonl.partial"))
	for _, args := range [][]string{
		{"annotate", "in", "-o", "out.jsonl"},
		{"annotate", "in/a.txt", "-o", "out.jsonl"},
	} {
		r := cli(t, dir, "", args...)
		if r.code != exitFatal || !strings.Contains(r.stderr, "--resume -o out.jsonl, or remove out.jsonl.partial") {
			t.Errorf("%v: exit %d, stderr:\n%s", args, r.code, r.stderr)
		}
		if readFile(t, filepath.Join(dir, "out.jsonl.partial")) != before {
			t.Fatalf("%v: out.jsonl.partial changed", args)
		}
	}
	if r := cli(t, dir, "", "annotate", "--resume", "in", "-o", "out.jsonl"); r.code != exitOK || !slices.Equal(outputIDs(t, readFile(t, filepath.Join(dir, "out.jsonl"))), []string{"a", "b", "c"}) {
		t.Errorf("--resume afterwards: exit %d, stderr:\n%s", r.code, r.stderr)
	}
}
