package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A record without an "annotations" list (the key missing, misspelt or
// null) is a gold problem named with file and line, nothing scored (exit
// 2); eval's predictions, render and export say so per record and skip
// it. A repeated id is a duplicate whichever copy is malformed; the same
// file given twice is named once (red team 16, 1, 9, 10 and messages).
func TestRecordsWithoutListAndDuplicates(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	good := `{"id":"a","annotations":[]}`
	goodB := `{"id":"b","annotations":[]}`
	files := map[string]string{
		"misspelt.jsonl":  `{"id":"a","annotation":[]}` + "\n" + goodB + "\n",
		"null.jsonl":      good + "\n" + `{"id":"b","annotations":null}` + "\n",
		"missing.json":    "{\n  \"id\": \"a\"\n}\n",
		"dupfirst.jsonl":  `{"id":"a"}` + "\n" + good + "\n",
		"dupsecond.jsonl": good + "\n" + `{"id":"a","annotations":null}` + "\n",
		"dupok.jsonl":     goodB + "\n" + good + "\n" + goodB + "\n",
		"failed.jsonl":    `{"id":"a","annotations":null,"error":"timeout"}` + "\n" + goodB + "\n",
	}
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
	p := func(name string) string { return filepath.Join(dir, name) }
	for _, tc := range []struct {
		name string
		args []string
		code int
		want []string
	}{
		{"gold misspelt key", []string{"eval", "--gold", p("misspelt.jsonl"), "--pred", gold}, exitFatal,
			[]string{`misspelt.jsonl:1: a: "annotations" is missing or null`, "not scoring"}},
		{"gold null list", []string{"eval", "--gold", p("null.jsonl"), "--pred", gold}, exitFatal,
			[]string{`null.jsonl:2: b: "annotations" is missing or null`, "not scoring"}},
		{"gold .json without the key", []string{"eval", "--gold", p("missing.json"), "--pred", gold}, exitFatal,
			[]string{`missing.json:1: a: "annotations" is missing or null`, "not scoring"}},
		{"a failed record's null is no problem", []string{"eval", "--gold", gold, "--pred", p("failed.jsonl")}, exitOK, nil},
		{"pred duplicate, first copy without list", []string{"eval", "--gold", gold, "--pred", p("dupfirst.jsonl")}, exitFatal,
			[]string{`dupfirst.jsonl:2: duplicate document id "a" (first read from ` + p("dupfirst.jsonl") + `:1)`, "1 duplicate document ids in --pred; not scoring"}},
		{"pred duplicate, second copy null", []string{"eval", "--gold", gold, "--pred", p("dupsecond.jsonl")}, exitFatal,
			[]string{`dupsecond.jsonl:2: duplicate document id "a"`, "not scoring"}},
		{"pred file given twice", []string{"eval", "--gold", gold, "--pred", p("dupok.jsonl"), "--pred", p("dupok.jsonl")}, exitFatal,
			[]string{`dupok.jsonl:3: duplicate document id "b" (first read from ` + p("dupok.jsonl") + `:1)`, `dupok.jsonl:1: duplicate document id "b": this record was read before (the same file given twice?)`}},
		{"render pred without list", []string{"render", "--docs", docs, "--pred", p("null.jsonl"), "-o", p("r1.html")}, exitPartial,
			[]string{`pred: ` + p("null.jsonl") + `:2: b: "annotations" is missing or null: want a list ([] when there are none); record skipped`}},
		{"render duplicate named with its line", []string{"render", "--docs", docs, "--pred", p("dupok.jsonl"), "-o", p("r2.html")}, exitFatal,
			[]string{`dupok.jsonl:3: duplicate document id "b" (first read from`, "nothing written"}},
		{"render missing pred with gold", []string{"render", "--docs", docs, "--gold", gold, "--pred", p("nosuch.jsonl"), "-o", p("r3.html")}, exitFatal,
			[]string{"nosuch.jsonl: no such file or directory", "no annotated documents in"}},
		{"export csv without list", []string{"export", "--format", "csv", p("misspelt.jsonl"), "-o", p("x.csv")}, exitPartial,
			[]string{`misspelt.jsonl:1: a: "annotations" is missing or null: want a list ([] when there are none); skipped`}},
		{"export brat duplicate named with its line", []string{"export", "--format", "brat", "--docs", docs, "-o", p("bb"), p("dupok.jsonl")}, exitPartial,
			[]string{`dupok.jsonl:3: duplicate document id "b" (first read from ` + p("dupok.jsonl") + `:1); skipped`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(t, "", tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d:\n%s", r.code, tc.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
	if _, err := os.Stat(p("r2.html")); err == nil {
		t.Errorf("render wrote a page despite a duplicate id")
	}
}

// failingWriter fails every write after the first n bytes.
type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		k := f.n
		f.n = 0
		return k, errors.New("no space left on device")
	}
	f.n -= len(p)
	return len(p), nil
}

// validate says when its report cannot be written, whether the first
// line or only the summary fails: exit 2 (red team 16, 11: exit 0 on
// /dev/full, no message).
func TestValidateReportWriteError(t *testing.T) {
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.jsonl")
	write(t, clean, `{"id":"a","annotations":[]}`+"\n")
	faulty := filepath.Join(dir, "faulty.jsonl")
	write(t, faulty, `{"id":"a"}`+"\n"+`{"id":"b","annotations":[]}`+"\n")
	for _, tc := range []struct {
		name  string
		file  string
		room  int
		code  int
		wants string
	}{
		{"clean file, nothing fits", clean, 0, exitFatal, "writing the report: no space left on device"},
		{"problems, nothing fits", faulty, 0, exitFatal, "writing the report: no space left on device"},
		{"problems, the summary does not fit", faulty, 100, exitFatal, "writing the report"},
		{"room for all", faulty, 1 << 20, exitPartial, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var errb bytes.Buffer
			e := &env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &failingWriter{n: tc.room}, stderr: &errb}
			if code := run(e, []string{"validate", tc.file}); code != tc.code {
				t.Errorf("exit %d, want %d: %s", code, tc.code, errb.String())
			}
			if tc.wants != "" && !strings.Contains(errb.String(), tc.wants) {
				t.Errorf("stderr lacks %q: %s", tc.wants, errb.String())
			}
		})
	}
}

// --memory bounds standard input too: past what the budget leaves, eval
// and render stop naming it, nothing scored or written; an input within
// it is read as before (red team 16, 4).
func TestMemoryBoundsStandardInput(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	var big strings.Builder
	for i := 0; big.Len() < 2<<20; i++ {
		fmt.Fprintf(&big, `{"id":"x%d","annotations":[]}`+"\n", i)
	}
	small := `{"id":"a","annotations":[]}` + "\n"
	for _, tc := range []struct {
		name  string
		stdin string
		args  []string
		code  int
		want  string
	}{
		{"eval, endless pred", big.String(), []string{"eval", "--gold", gold, "--pred", "-", "--memory", "40MB"}, exitFatal, "standard input is larger than"},
		{"eval, endless gold", big.String(), []string{"eval", "--gold", "-", "--pred", gold, "--memory", "40MB"}, exitFatal, "standard input is larger than"},
		{"render, endless pred", big.String(), []string{"render", "--docs", docs, "--pred", "-", "--memory", "40MB", "-o", filepath.Join(dir, "r.html")}, exitFatal, "nothing written"},
		{"eval, small pred", small, []string{"eval", "--gold", gold, "--pred", "-", "--memory", "40MB"}, exitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d:\n%s", r.code, tc.code, r.stderr)
			}
			if tc.want != "" && (!strings.Contains(r.stderr, tc.want) || !strings.Contains(r.stderr, "--memory 40MB")) {
				t.Errorf("stderr lacks %q and the budget:\n%s", tc.want, r.stderr)
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "r.html")); err == nil {
		t.Errorf("render wrote a page past the budget")
	}
}

// export --format brat holds a lock beside its folder for the whole run:
// a second run is refused while one holds it, whether the folder is new,
// empty or given with --force; none is left after (red team 16, 15).
func TestExportBratLocksItsFolder(t *testing.T) {
	if !canLock {
		t.Skip("no flock on this system")
	}
	docs, gold := fixtures(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name  string
		out   string
		force bool
	}{
		{"new folder", filepath.Join(dir, "new"), false},
		{"empty folder", empty, false},
		{"with --force", filepath.Join(dir, "forced"), true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lock, err := takeLock("-o "+tc.out, lockPath(filepath.Clean(tc.out)), "a test run")
			if err != nil {
				t.Fatal(err)
			}
			args := []string{"export", "--format", "brat", "--docs", docs, "-o", tc.out, gold}
			if tc.force {
				args = append(args, "--force")
			}
			r := runArgs(t, "", args...)
			if r.code != exitFatal || !strings.Contains(r.stderr, "is being written by another run (a test run") {
				t.Errorf("while locked: exit %d:\n%s", r.code, r.stderr)
			}
			lock.release()
			if r := runArgs(t, "", args...); r.code != exitOK {
				t.Errorf("after: exit %d:\n%s", r.code, r.stderr)
			}
			if _, err := os.Stat(lockPath(filepath.Clean(tc.out))); err == nil {
				t.Errorf("lock file left after the run")
			}
		})
	}
}

// render -o and export -o name a file left beside their output that looks
// like a killed run's temporary file, and leave it: HTML and tables carry
// no mark that proves it dispatch's (red team 16, 7).
func TestStaleTempFilesNamed(t *testing.T) {
	docs, gold := fixtures(t)
	for _, tc := range []struct {
		name, out string
		args      []string
	}{
		{"render -o", "view.html", []string{"render", "--docs", docs, "--pred", gold}},
		{"export csv", "t.csv", []string{"export", "--format", "csv", gold}},
		{"export tsv", "t.tsv", []string{"export", "--format", "tsv", gold}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, tc.out)
			stale := filepath.Join(dir, "."+tc.out+".tmp-4242")
			write(t, stale, "half a file")
			r := runArgs(t, "", append(tc.args, "-o", out)...)
			if r.code != exitOK {
				t.Errorf("exit %d:\n%s", r.code, r.stderr)
			}
			if !strings.Contains(r.stderr, stale+" (11 B) looks like the temporary file of a run on") {
				t.Errorf("stale file not named:\n%s", r.stderr)
			}
			if _, err := os.Stat(stale); err != nil {
				t.Errorf("stale file removed: %v", err)
			}
			if _, err := os.Stat(out); err != nil {
				t.Errorf("no output: %v", err)
			}
		})
	}
}

// annotate refuses an -o named as compressed (it wrote plain JSON under
// it, which readers took for gzip): nothing written, exit 2; the
// annotation readers read such files (red team 16, 13).
func TestAnnotateRefusesCompressedOutputName(t *testing.T) {
	docs, _ := fixtures(t)
	dir := t.TempDir()
	for _, tc := range []struct {
		out, tool string
	}{
		{"a.jsonl.gz", "gzip"},
		{"b.jsonl.zst", "zstd"},
		{"C.JSONL.GZ", "gzip"},
	} {
		out := filepath.Join(dir, tc.out)
		r := runArgs(t, "", "annotate", docs, "-o", out)
		if r.code != exitFatal || !strings.Contains(r.stderr, "annotate writes plain JSON Lines, not "+tc.tool) {
			t.Errorf("%s: exit %d:\n%s", tc.out, r.code, r.stderr)
		}
		if _, err := os.Stat(out); err == nil {
			t.Errorf("%s written", tc.out)
		}
	}
}

// "-o=" with nothing after is refused, never a file named "=" (red team
// 16, messages).
func TestOutputEqualsAloneRefused(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	t.Chdir(dir)
	for _, args := range [][]string{
		{"annotate", docs, "-o="},
		{"export", "--format", "csv", gold, "-o="},
		{"render", "--docs", docs, "--pred", gold, "-o="},
	} {
		r := runArgs(t, "", args...)
		if r.code != exitFatal || !strings.Contains(r.stderr, "no file name after the =") {
			t.Errorf("%s: exit %d:\n%s", args[0], r.code, r.stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "=")); err == nil {
			t.Errorf("%s wrote a file named =", args[0])
		}
	}
}
