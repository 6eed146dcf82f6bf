package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// cliStdinFile runs the binary in dir with standard input opened on the
// file stdin (a file, not a pipe: the child gets its descriptor).
func cliStdinFile(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	if binary == "" {
		t.Fatal(buildErr)
	}
	f, err := os.Open(filepath.Join(dir, stdin))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Dir, cmd.Stdin = dir, f
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err = cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running dispatch %v: %v", args, err)
	}
	return result{code, out.String(), errb.String()}
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
