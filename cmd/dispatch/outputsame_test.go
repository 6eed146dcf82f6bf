package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// cliStdinFile runs the binary in dir with standard input opened on the
// file stdin (a file, not a pipe: the child gets its descriptor).
func cliStdinFile(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	f, err := os.Open(filepath.Join(dir, stdin))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return cliReader(t, dir, f, args...)
}

// TestEveryWriterRefusesInputs: every flag that writes a file refuses,
// before anything is read, a target that is one of the command's inputs
// by device and inode: gold files of every format inside a --gold folder
// (eval --docs-out overwrote TimeML .tml and brat .ann gold: issue 8,
// C2), the lexicon, and standard input when it is the -o file (annotate
// - -o X < X replaced X: C3). The inputs are unchanged.
func TestEveryWriterRefusesInputs(t *testing.T) {
	files := map[string]string{
		"tml/b.tml":  `<TimeML><DOCID>b</DOCID><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2022-01-24">Monday</TIMEX3>.</TEXT></TimeML>`,
		"br/a.txt":   "Secretary Blinken said on Monday.\n",
		"br/a.ann":   "T1\tDATE 26 32\tMonday\n",
		"docs.jsonl": `{"id":"d","text":"Kirby said “no” on Monday."}` + "\n",
		"lex.txt":    "# titles\n",
	}
	tests := []struct {
		name   string
		stdin  string // a file given as standard input, or ""
		args   []string
		target string // the input that must stay as it was
	}{
		{"eval --docs-out a TimeML gold file in the gold folder", "",
			[]string{"eval", "--gold-format", "timeml", "--gold", "tml", "--docs-out", "tml/b.tml"}, "tml/b.tml"},
		{"eval --docs-out a TimeML gold file given by name", "",
			[]string{"eval", "--gold-format", "timeml", "--gold", "tml/b.tml", "--docs-out", "tml/b.tml"}, "tml/b.tml"},
		{"eval --docs-out a brat .ann in the gold folder", "",
			[]string{"eval", "--gold-format", "brat", "--gold", "br", "--docs-out", "br/a.ann"}, "br/a.ann"},
		{"eval --docs-out the --mapping file", "",
			[]string{"eval", "--gold-format", "brat", "--gold", "br", "--mapping", "lex.txt", "--docs-out", "lex.txt"}, "lex.txt"},
		{"annotate -o the lexicon", "",
			[]string{"annotate", "docs.jsonl", "--lexicon", "lex.txt", "-o", "lex.txt"}, "lex.txt"},
		{"annotate - -o standard input", "docs.jsonl",
			[]string{"annotate", "-q", "-", "-o", "docs.jsonl"}, "docs.jsonl"},
		{"export - -o standard input", "docs.jsonl",
			[]string{"export", "--format", "csv", "-", "-o", "docs.jsonl"}, "docs.jsonl"},
		{"render --pred - -o standard input", "docs.jsonl",
			[]string{"render", "--pred", "-", "--docs", "br", "-o", "docs.jsonl"}, "docs.jsonl"},
		// A descriptor name is the regular file behind it (red team 3, C1).
		{"annotate - -o /dev/stdin", "docs.jsonl",
			[]string{"annotate", "-q", "-", "-o", "/dev/stdin"}, "docs.jsonl"},
		{"annotate FILE -o /dev/stdin < FILE", "docs.jsonl",
			[]string{"annotate", "-q", "docs.jsonl", "-o", "/dev/stdin"}, "docs.jsonl"},
		{"annotate - -o /proc/self/fd/0", "docs.jsonl",
			[]string{"annotate", "-q", "-", "-o", "/proc/self/fd/0"}, "docs.jsonl"},
		{"export - -o /dev/stdin", "docs.jsonl",
			[]string{"export", "--format", "csv", "-", "-o", "/dev/stdin"}, "docs.jsonl"},
		{"render --pred - -o /dev/stdin", "docs.jsonl",
			[]string{"render", "--pred", "-", "--docs", "br", "-o", "/dev/stdin"}, "docs.jsonl"},
		{"eval --docs-out /dev/stdin < a brat .ann of the gold folder", "br/a.ann",
			[]string{"eval", "--gold-format", "brat", "--gold", "br", "--docs-out", "/dev/stdin"}, "br/a.ann"},
		{"eval --docs-out /dev/stdin < the TimeML gold file", "tml/b.tml",
			[]string{"eval", "--gold-format", "timeml", "--gold", "tml/b.tml", "--docs-out", "/dev/stdin"}, "tml/b.tml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, files)
			var r result
			if tt.stdin != "" {
				r = cliStdinFile(t, dir, tt.stdin, tt.args...)
			} else {
				r = cli(t, dir, "", tt.args...)
			}
			if r.code != exitFatal || !strings.Contains(r.stderr, "refusing to overwrite an input") {
				t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			if got := readFile(t, filepath.Join(dir, tt.target)); got != files[tt.target] {
				t.Errorf("%s changed:\n%s", tt.target, got)
			}
		})
	}
}

// TestExportInterruptedSays: an export stopped by Ctrl-C or SIGTERM says
// what became of its output (issue 8, L7: only "context canceled").
func TestExportInterruptedSays(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"ann.jsonl": `{"id":"a","annotations":[]}` + "\n",
		"out.csv":   "earlier output\n",
	})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stderr strings.Builder
	e := &env{ctx: ctx, stdin: strings.NewReader(""), stdout: &strings.Builder{}, stderr: &stderr}
	code := run(e, []string{"export", "--format", "csv", filepath.Join(dir, "ann.jsonl"), "-o", filepath.Join(dir, "out.csv")})
	if code != exitFatal || !strings.Contains(stderr.String(), "interrupted") || !strings.Contains(stderr.String(), "out.csv left as it was") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr.String())
	}
	if got := readFile(t, filepath.Join(dir, "out.csv")); got != "earlier output\n" {
		t.Errorf("out.csv changed: %q", got)
	}
}

// TestMessagesOneLine: a line break in a file name is written escaped in
// annotate's messages, so that an input cannot forge a line of the log
// (issue 8, L6: "esc/nl⏎name.txt:1: not UTF-8").
func TestMessagesOneLine(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"in/nl\nforged: all good.txt": "bad \xff byte",
		"in/ok.txt":                   "Kirby said “no” on Monday.",
	})
	r := cli(t, dir, "", "annotate", "-q", "in", "-o", "out.jsonl")
	if r.code != exitPartial || !strings.Contains(r.stderr, `nl\nforged: all good.txt`) {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	for _, l := range strings.Split(r.stderr, "\n") {
		if strings.HasPrefix(l, "forged") {
			t.Errorf("a file name forged a line: %q", l)
		}
	}
}

// TestWritersRefuseLinkIntoFolder: a -o that is a hard link to (or the
// file a link names of) a document inside an input folder is that
// document: every writer refuses it before reading anything, exit 2, as
// it refuses a hard link to an input file named on the command line.
// Before, annotate and render renamed their output over it (red team 6,
// 8a). An earlier dispatch output in the folder is not an input: a link
// to it is accepted.
func TestWritersRefuseLinkIntoFolder(t *testing.T) {
	files := map[string]string{
		"docs/a.txt":     "Secretary Blinken said on Monday.\n",
		"docs/sub/b.txt": "Kirby said “no” on Monday.\n",
		"ann/a.jsonl":    `{"id":"a","annotations":[]}` + "\n",
		"gold/a.ann":     "T1\tDATE 26 32\tMonday\n",
		"gold/a.txt":     "Secretary Blinken said on Monday.\n",
	}
	tests := []struct {
		name string
		link string // the input the -o file is a hard link to
		args []string
	}{
		{"annotate", "docs/sub/b.txt", []string{"annotate", "-q", "docs", "-o", "out"}},
		{"render", "docs/a.txt", []string{"render", "docs", "-o", "out"}},
		{"render --docs", "docs/sub/b.txt", []string{"render", "--pred", "ann", "--docs", "docs", "-o", "out"}},
		{"render --pred", "ann/a.jsonl", []string{"render", "--pred", "ann", "--docs", "docs", "-o", "out"}},
		{"export", "ann/a.jsonl", []string{"export", "--format", "csv", "ann", "-o", "out"}},
		{"eval --docs-out", "gold/a.ann", []string{"eval", "--gold-format", "brat", "--gold", "gold", "--docs-out", "out"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, files)
			if err := os.Link(filepath.Join(dir, tt.link), filepath.Join(dir, "out")); err != nil {
				t.Fatal(err)
			}
			r := cli(t, dir, "", tt.args...)
			if r.code != exitFatal || !strings.Contains(r.stderr, "refusing to overwrite an input") || !strings.Contains(r.stderr, tt.link) {
				t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			if got := readFile(t, filepath.Join(dir, tt.link)); got != files[tt.link] {
				t.Errorf("%s changed:\n%s", tt.link, got)
			}
			if a, _ := os.Stat(filepath.Join(dir, tt.link)); a != nil {
				if o, _ := os.Stat(filepath.Join(dir, "out")); o == nil || !os.SameFile(a, o) {
					t.Error("the link was replaced")
				}
			}
		})
	}
	t.Run("a link to the folder's own output", func(t *testing.T) {
		dir := t.TempDir()
		writeTree(t, dir, files)
		if r := cli(t, dir, "", "annotate", "-q", "docs", "-o", "docs/out.jsonl"); r.code != exitOK {
			t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
		}
		if err := os.Link(filepath.Join(dir, "docs/out.jsonl"), filepath.Join(dir, "out.jsonl")); err != nil {
			t.Fatal(err)
		}
		if r := cli(t, dir, "", "annotate", "-q", "docs", "-o", "out.jsonl"); r.code != exitOK || strings.Contains(r.stdout+r.stderr, "\"id\":\"out\"") {
			t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
		}
	})
}
