package main

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestResumeOtherInputs: --resume continues a .partial only with the
// inputs of the run that wrote it, as given (paths cleaned, in order;
// the header's "inputs"); other inputs are refused, exit 2, saying how
// to start over, and the .partial is left as it was. Before, the killed
// run's documents silently stayed in the output of other inputs (red
// team 18). A .partial of an older dispatch (no "inputs") is continued
// by any inputs, as before.
func TestResumeOtherInputs(t *testing.T) {
	first := []string{"in/a.txt", "in/b.txt"} // the interrupted run's inputs
	cases := []struct {
		name   string
		inputs []string
		old    bool     // the .partial has no "inputs" (an older dispatch)
		want   []string // ids of the output; nil: refused
	}{
		{"the same inputs", []string{"in/a.txt", "in/b.txt"}, false, []string{"a", "b"}},
		{"the same inputs, written otherwise", []string{"./in/a.txt", "in//b.txt"}, false, []string{"a", "b"}},
		{"other inputs", []string{"in/c.txt"}, false, nil},
		{"one more input", []string{"in/a.txt", "in/b.txt", "in/c.txt"}, false, nil},
		{"the folder holding them", []string{"in"}, false, nil},
		{"the same inputs in another order", []string{"in/b.txt", "in/a.txt"}, false, nil},
		{"standard input", []string{"-"}, false, nil},
		{"an older .partial", []string{"in/c.txt"}, true, []string{"a", "b", "c"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := sampleDocs(t)
			partial := filepath.Join(dir, "out.jsonl.partial")
			if r := cli(t, dir, "", append([]string{"annotate", "-o", "out.jsonl.partial"}, first...)...); r.code != exitOK {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			if c.old {
				text := regexp.MustCompile(`,"inputs":"[^"]*"`).ReplaceAllString(readFile(t, partial), "")
				write(t, partial, text)
			}
			before := readFile(t, partial)
			r := cli(t, dir, "", append([]string{"annotate", "--resume", "-o", "out.jsonl"}, c.inputs...)...)
			if c.want != nil {
				if r.code != exitOK {
					t.Fatalf("exit %d:\n%s", r.code, r.stderr)
				}
				if ids := outputIDs(t, readFile(t, filepath.Join(dir, "out.jsonl"))); !slices.Equal(ids, c.want) {
					t.Errorf("records %v, want %v", ids, c.want)
				}
				return
			}
			if r.code != exitFatal || !strings.Contains(r.stderr, "was made from other inputs") || !strings.Contains(r.stderr, "rm "+"out.jsonl.partial") {
				t.Errorf("exit %d, want %d and a refusal saying how to start over:\n%s", r.code, exitFatal, r.stderr)
			}
			if readFile(t, partial) != before {
				t.Errorf("out.jsonl.partial changed")
			}
		})
	}
}

// TestResumeFinishedOtherInputs: a finished output may be continued with
// more or other inputs (annotating only the documents not in it, as
// --resume always did); only an interrupted run's .partial must be
// resumed from its own inputs. The continued output takes this run's
// header, which names the inputs, so that a later --resume of it, or of
// its .partial, compares with them (review of the eleventh session, 3:
// such runs were refused, with advice to remove the finished output).
func TestResumeFinishedOtherInputs(t *testing.T) {
	cases := []struct {
		name   string
		inputs []string
		want   []string
	}{
		{"one more input", []string{"in/a.txt", "in/b.txt", "in/c.txt"}, []string{"a", "b", "c"}},
		{"the folder holding them", []string{"in"}, []string{"a", "b", "c"}},
		{"other inputs", []string{"in/c.txt"}, []string{"a", "b", "c"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := sampleDocs(t)
			if r := cli(t, dir, "", "annotate", "-o", "out.jsonl", "in/a.txt", "in/b.txt"); r.code != exitOK {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			r := cli(t, dir, "", append([]string{"annotate", "--resume", "-o", "out.jsonl"}, c.inputs...)...)
			if r.code != exitOK {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			got := readFile(t, filepath.Join(dir, "out.jsonl"))
			if ids := outputIDs(t, got); !slices.Equal(ids, c.want) {
				t.Errorf("records %v, want %v", ids, c.want)
			}
			if r := cli(t, dir, "", append([]string{"annotate", "-o", "fresh.jsonl"}, c.inputs...)...); r.code != exitOK {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			head := func(s string) string { return strings.SplitN(s, "\n", 2)[0] }
			if h, want := head(got), head(readFile(t, filepath.Join(dir, "fresh.jsonl"))); h != want {
				t.Errorf("header %s, want this run's %s", h, want)
			}
		})
	}
}
