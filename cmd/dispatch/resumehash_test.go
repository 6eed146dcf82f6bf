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

// TestResumeOrderDocumented pins what the README and --resume's help say
// of the resumed output's order (red team 20, A): on the same inputs with
// texts unchanged it is a fresh run's, byte for byte; a document whose
// text changed is annotated again and written after the kept records (out
// of input order); the record of a document no longer among the inputs is
// kept.
func TestResumeOrderDocumented(t *testing.T) {
	tests := []struct {
		name   string
		change func(t *testing.T, in string)
		want   []string // record ids, in output order
		fresh  bool     // byte for byte a fresh run's output
	}{
		{name: "unchanged", change: func(*testing.T, string) {}, want: []string{"a", "b", "c"}, fresh: true},
		{name: "middle document changed", change: func(t *testing.T, in string) {
			write(t, filepath.Join(in, "b.txt"), "About 8,500 troops arrived, Pentagon spokesman John Kirby said. Changed.")
		}, want: []string{"a", "c", "b"}},
		{name: "document removed", change: func(t *testing.T, in string) {
			if err := os.Remove(filepath.Join(in, "b.txt")); err != nil {
				t.Fatal(err)
			}
		}, want: []string{"a", "b", "c"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := sampleDocs(t)
			if r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl"); r.code != exitOK {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			tt.change(t, filepath.Join(dir, "in"))
			r := cli(t, dir, "", "annotate", "--resume", "in", "-o", "out.jsonl")
			if r.code != exitOK {
				t.Fatalf("resume: exit %d:\n%s", r.code, r.stderr)
			}
			// the run says so when the order is not input order
			if said := strings.Contains(r.stderr, "out of input order"); said != (tt.name == "middle document changed") {
				t.Errorf("stderr says \"out of input order\": %v, want %v:\n%s", said, !said, r.stderr)
			}
			got := readFile(t, filepath.Join(dir, "out.jsonl"))
			if ids := outputIDs(t, got); !slices.Equal(ids, tt.want) {
				t.Errorf("records %v, want %v", ids, tt.want)
			}
			if r := cli(t, dir, "", "annotate", "in", "-o", "fresh.jsonl"); r.code != exitOK {
				t.Fatalf("fresh: exit %d:\n%s", r.code, r.stderr)
			}
			if same := got == readFile(t, filepath.Join(dir, "fresh.jsonl")); same != tt.fresh {
				t.Errorf("resumed output byte for byte a fresh run's: %v, want %v", same, tt.fresh)
			}
		})
	}
}
