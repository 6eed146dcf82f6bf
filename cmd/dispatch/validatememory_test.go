package main

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// validate keeps a fixed-size hash and place per document id, whatever
// the id's length, and --memory bounds how many it keeps: past them the
// run stops, exit 2, on standard input as on files; long ids and a run
// within the budget are checked as before (red team 17, 4: 4,000-byte
// ids took 547 MB for 100,000 records, and an endless pipe grew without
// bound).
func TestValidateMemory(t *testing.T) {
	dir := t.TempDir()
	records := func(n int, id func(i int) string) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, `{"id":%q,"annotations":[]}`+"\n", id(i))
		}
		return b.String()
	}
	short := func(i int) string { return fmt.Sprintf("p%d", i) }
	long := func(i int) string { return fmt.Sprintf("%d-%s", i, strings.Repeat("x", 4000)) }
	many := records(120_000, short) // more than (40 MB - 32 MiB) / 112 ids
	manyFile := filepath.Join(dir, "many.jsonl")
	longFile := filepath.Join(dir, "long.jsonl")
	dupFile := filepath.Join(dir, "dup.jsonl")
	write(t, manyFile, many)
	write(t, longFile, records(5_000, long)) // 20 MB of ids
	write(t, dupFile, records(3, short)+records(1, long)+records(2, short))
	for _, tc := range []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
		stdout string
	}{
		{"stdin past the budget", many, []string{"validate", "--memory", "40MB", "-"}, exitFatal, "stopped there", ""},
		{"file past the budget", "", []string{"validate", "--memory", "40MB", manyFile}, exitFatal, "--memory 40MB", ""},
		{"long ids within it", "", []string{"validate", "--memory", "40MB", longFile}, exitOK, "", "1 files, 5000 documents, 0 problems"},
		{"duplicates said with their first place", "", []string{"validate", "--memory", "40MB", dupFile}, exitPartial, "", "duplicate document id (first in " + dupFile + ":1)"},
		{"many within the default", many, []string{"validate", "-"}, exitOK, "", "1 files, 120000 documents, 0 problems"},
		{"bad --memory", "", []string{"validate", "--memory", "lots", dupFile}, exitFatal, "--memory", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d:\n%s", r.code, tc.code, r.stderr)
			}
			if !strings.Contains(r.stderr, tc.stderr) || !strings.Contains(r.stdout, tc.stdout) {
				t.Errorf("stderr lacks %q or stdout %q:\n%s\n%s", tc.stderr, tc.stdout, r.stderr, r.stdout)
			}
		})
	}
}

// validateMemoryPerID covers what an id costs in corpus.SeenIDs: the
// live heap per id, twice over for the collector's headroom (GOGC=100).
func TestValidateMemoryPerID(t *testing.T) {
	if testing.Short() {
		t.Skip("measures memory")
	}
	const n = 1 << 20
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	s := corpus.NewSeenIDs()
	for i := range n {
		s.Add(fmt.Sprintf("%d-%s", i, "an id of some length"), "f.jsonl", i+1)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	per := float64(after.HeapAlloc-before.HeapAlloc) / n
	t.Logf("%.1f bytes per id live", per)
	if 2*per > validateMemoryPerID {
		t.Errorf("%.1f bytes per id live, twice that over validateMemoryPerID %d", per, validateMemoryPerID)
	}
	runtime.KeepAlive(s)
}

// TestMemoryMessageStdin: the refusal of inputs too large for --memory
// names standard input as such, and what is known of it before it is
// read (a pipe's size is not; a file's is), beside the files' bytes.
// Before, it said "the inputs (0 B)" (red team 18).
func TestMemoryMessageStdin(t *testing.T) {
	dir := t.TempDir()
	recs := `{"id":"a","annotations":[]}` + "\n"
	file := filepath.Join(dir, "p.jsonl")
	write(t, file, recs)
	cases := []struct {
		name      string
		stdinFile bool // standard input is the file (else a pipe)
		args      []string
		want      string
	}{
		// validate counts the documents' texts (--docs) by their bytes,
		// the annotation files by their ids as it reads them
		{"annotations on standard input", false, []string{"-"}, "validate: standard input (nothing of it read yet; its records are counted as they are read) may need"},
		{"annotations on standard input, documents in a file", false, []string{"-", "--docs", file}, "validate: the inputs (28 B, and standard input (nothing of it read yet; its records are counted as they are read)) may need"},
		{"documents on standard input, a pipe", false, []string{file, "--docs", "-"}, "validate: standard input (a pipe, whose size is not known before it is read: counted as 0 B)" + ", with " + file + " (28 B, counted by its ids as it is read) may need"},
		{"documents on standard input, a file", true, []string{file, "--docs", "-"}, "validate: standard input (a file of 28 B)" + ", with " + file + " (28 B, counted by its ids as it is read) may need"},
		{"files only", false, []string{file, "--docs", file}, "validate: the inputs (28 B)" + ", with " + file + " (28 B, counted by its ids as it is read) may need"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var stdin io.Reader = strings.NewReader(recs)
			if c.stdinFile {
				f, err := os.Open(file)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				stdin = f
			}
			var out, errb bytes.Buffer
			e := &env{ctx: context.Background(), stdin: stdin, stdout: &out, stderr: &errb}
			code := run(e, append([]string{"validate", "--memory", "1B"}, c.args...))
			if code != exitFatal || !strings.Contains(errb.String(), c.want) {
				t.Errorf("exit %d, want %d and %q:\n%s", code, exitFatal, c.want, errb.String())
			}
		})
	}
}

// TestMemoryMessageNamesSizes: a refusal names the annotation file with
// its real size (it said "the inputs (0 B)") and the process's own
// memory, and a budget below that is said to be too small for any input
// (red team 20, C).
func TestMemoryMessageNamesSizes(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "one.jsonl")
	write(t, file, `{"id":"a","annotations":[]}`+"\n")
	r := cli(t, dir, "", "validate", "--memory", "32MB", file)
	for _, want := range []string{
		file + " (28 B, counted by its ids as it is read) may need 32.0 MiB of memory (32.0 MiB for the process itself, inputs aside,",
		"a budget below the process's own 32.0 MiB is too small for any input: give --memory 33MiB or more",
	} {
		if r.code != exitFatal || !strings.Contains(r.stderr, want) {
			t.Errorf("exit %d, want %d and %q:\n%s", r.code, exitFatal, want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "(0 B)") {
		t.Errorf("a size of 0 B named:\n%s", r.stderr)
	}
	if r := cli(t, dir, "", "validate", "--memory", "33MiB", file); r.code != exitOK {
		t.Errorf("--memory 33MiB: exit %d:\n%s", r.code, r.stderr)
	}
}
