package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Robustness of the commands: bad inputs, partial failures, output files
// and exit codes. Helpers runArgs, write and fixtures are in eval_test.go.

// writeTree writes files (path relative to dir -> content) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		write(t, filepath.Join(dir, name), content)
	}
}

// outputIDs parses JSON Lines output, failing on anything but whole
// JSON lines, and returns the ids in order.
func outputIDs(t *testing.T, out string) []string {
	t.Helper()
	if out == "" {
		return nil
	}
	if !strings.HasSuffix(out, "\n") {
		t.Errorf("output does not end with a newline: %.80q", out[max(0, len(out)-80):])
	}
	var ids []string
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if i == 0 && corpus.IsHeaderRecord([]byte(line)) {
			continue
		}
		var a corpus.Annotated
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("output line %d is not a JSON record: %v\n%.200s", i+1, err, line)
		}
		ids = append(ids, a.ID)
	}
	return ids
}

// problems returns the lines of stderr other than the end-of-run summary.
func problems(stderr string) string {
	var b strings.Builder
	for _, l := range strings.SplitAfter(stderr, "\n") {
		if !summaryLine.MatchString(l) && l != "" {
			b.WriteString(l)
		}
	}
	return b.String()
}

var summaryLine = regexp.MustCompile(`^dispatch annotate: (\d+ documents: |annotations: )`)

// TestAnnotateBadInputs runs annotate on one bad input at a time, with a
// good document beside it: the bad one is reported on stderr, naming the
// file (and line), and the good one is still written.
func TestAnnotateBadInputs(t *testing.T) {
	tests := []struct {
		name   string
		files  map[string]string
		args   []string // extra flags
		code   int
		ids    []string // written, besides "good"
		stderr []string // substrings of stderr
	}{
		{"empty file", map[string]string{"bad.txt": ""}, nil, exitPartial, nil,
			[]string{"bad.txt: empty document: no text", "2 documents: 1 annotated, 1 failed"}},
		{"white space only", map[string]string{"bad.txt": "\n \t\r\n"}, nil, exitPartial, nil,
			[]string{"bad.txt: empty document: no text"}},
		{"no header", map[string]string{"plain.txt": "Pentagon spokesman John Kirby said up to 8,500 troops were on alert."}, nil, exitOK,
			[]string{"plain"}, nil},
		{"impossible header date", map[string]string{"bad.txt": " date 2022-13-45 Biden met Scholz."}, nil, exitPartial, nil,
			[]string{`bad.txt:1: header date "2022-13-45": no such day`}},
		{"not UTF-8", map[string]string{"bad.txt": "Biden said\n“caf\xe9”"}, nil, exitPartial, nil,
			[]string{"bad.txt:2: not UTF-8: invalid byte 0xe9"}},
		{"NUL bytes", map[string]string{"bad.txt": "Biden\x00\x00said"}, nil, exitPartial, nil,
			[]string{"bad.txt:1: binary data: NUL byte at byte offset 5"}},
		{"1 MB line without spaces", map[string]string{"long.txt": strings.Repeat("x", 1<<20)}, nil, exitOK,
			[]string{"long"}, nil},
		{"10,000 quotation marks", map[string]string{"quotes.txt": "Kirby said " + strings.Repeat("\"", 10000)}, nil, exitOK,
			[]string{"quotes"}, nil},
		{"unbalanced and nested quotes", map[string]string{"quotes.txt": " date 2022-01-24 “He told me ‘never,” Blinken said on Monday. \"Open\n\n“and 'nested \"deeper\" still' here,” he said. ’Odd‘ “"},
			nil, exitOK, []string{"quotes"}, nil},
		{"JSON Lines with broken lines", map[string]string{"x.jsonl": `{"id": "j1", "text": "About 8,500 troops."}` + "\n" +
			`{"id": "j2", "text": "to` + "\n" + "garbage\n" + `{"id": "j3", "text": "Kirby said “no”."}` + "\n"},
			nil, exitPartial, []string{"j1", "j3"}, []string{"x.jsonl:2: malformed JSON", "x.jsonl:3: malformed JSON", "5 documents: 3 annotated, 2 failed"}},
		{"record without text", map[string]string{"x.jsonl": `{"id": "j1"}` + "\n"}, nil, exitPartial, nil,
			[]string{`x.jsonl:1: record has no "text"`}},
		{"duplicate ids", map[string]string{"x.jsonl": `{"id": "good", "text": "Again."}` + "\n" + `{"id": "j", "text": "One."}` + "\n" + `{"id": "j", "text": "Two."}` + "\n"},
			nil, exitPartial, []string{"j"}, []string{`x.jsonl:1: duplicate document id "good"`, `x.jsonl:3: duplicate document id "j"`}},
		{"document over --max-bytes", map[string]string{"big.txt": strings.Repeat("Troops arrived. ", 100)}, []string{"--max-bytes", "1000"},
			exitPartial, nil, []string{"big.txt: document larger than 1000 bytes"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			writeTree(t, in, tt.files)
			write(t, filepath.Join(in, "good.txt"), " date 2022-01-24 Biden met Scholz on Monday.")
			args := append(append([]string{"annotate", "--workers", "2"}, tt.args...), in)
			r := runArgs(t, "", args...)
			if r.code != tt.code {
				t.Errorf("exit code %d, want %d; stderr:\n%s", r.code, tt.code, r.stderr)
			}
			want := append([]string{"good"}, tt.ids...)
			got := outputIDs(t, r.stdout)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Errorf("wrote %v, want %v; stderr:\n%s", got, want, r.stderr)
			}
			for _, s := range tt.stderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
			if p := problems(r.stderr); tt.code == exitOK && p != "" {
				t.Errorf("stderr on success:\n%s", p)
			}
		})
	}
}

// TestAnnotateProgressInProcess draws the bar (--progress always) with
// errors among the documents, in-process, for the race detector.
func TestAnnotateProgressInProcess(t *testing.T) {
	dir := t.TempDir()
	for i := range 20 {
		write(t, filepath.Join(dir, fmt.Sprintf("d%02d.txt", i)), "Kirby said on Monday that 300 troops arrived.")
	}
	write(t, filepath.Join(dir, "d05-bad.txt"), "")
	r := runArgs(t, "", "annotate", "--progress", "always", "-j", "4", dir)
	if r.code != exitPartial || len(outputIDs(t, r.stdout)) != 20 || !strings.Contains(r.stderr, "d05-bad.txt: empty document") {
		t.Errorf("exit %d, stderr:\n%q", r.code, r.stderr)
	}
}

// syncBuffer is a bytes.Buffer safe for one writer and one reader.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestAnnotateCancelBlockedRead cancels a run whose standard input never
// ends nor sends anything: the run ends at once with exit 2, and the
// documents already annotated are written.
func TestAnnotateCancelBlockedRead(t *testing.T) {
	pr, pw := io.Pipe()
	defer pw.Close()
	go pw.Write([]byte(`{"id":"a","text":"Kirby said on Monday."}` + "\n"))
	ctx, cancel := context.WithCancel(context.Background())
	var stdout syncBuffer
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		done <- run(&env{ctx: ctx, stdin: pr, stdout: &stdout, stderr: &stderr}, []string{"annotate", "-j", "1", "-"})
	}()
	for deadline := time.Now().Add(time.Minute); !strings.Contains(stdout.String(), `"id":"a"`) && time.Now().Before(deadline); {
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	select {
	case code := <-done:
		if code != exitFatal || !strings.Contains(stderr.String(), "interrupted") {
			t.Errorf("exit %d, stderr:\n%s", code, stderr.String())
		}
		if ids := outputIDs(t, stdout.String()); !slices.Equal(ids, []string{"a"}) {
			t.Errorf("wrote %v, want [a]", ids)
		}
	case <-time.After(time.Minute):
		t.Fatal("the run did not end after cancellation")
	}
}

// TestAnnotateLargeDocument feeds a 50 MB document: it is refused with a
// clear error under a smaller --max-bytes, and the rest of the batch goes
// on. (Annotating 50 MB in full takes far too long for a unit test.)
func TestAnnotateLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB document: skipped with -short")
	}
	dir := t.TempDir()
	para := "US Defense Secretary Lloyd Austin said on Monday that up to 8,500 troops were on “heightened alert”.\n\n"
	write(t, filepath.Join(dir, "a-big.txt"), strings.Repeat(para, 50<<20/len(para)+1))
	write(t, filepath.Join(dir, "b-small.txt"), para)
	r := runArgs(t, "", "annotate", "--max-bytes", "1000000", dir)
	if r.code != exitPartial || !strings.Contains(r.stderr, "a-big.txt: document larger than 1000000 bytes") {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if ids := outputIDs(t, r.stdout); !slices.Equal(ids, []string{"b-small"}) {
		t.Errorf("wrote %v, want [b-small]", ids)
	}
}

// TestAnnotateUnreadable checks inputs that cannot be read. As root,
// chmod 000 does not stop reading, so a missing path and a dangling
// symlink stand in for unreadable files.
func TestAnnotateUnreadable(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	write(t, filepath.Join(in, "good.txt"), "Kirby said “no” on Monday.")
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(in, "dangling.txt")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	args := []string{"annotate", in, filepath.Join(dir, "missing.txt")}
	want := []string{"dangling.txt: no such file or directory", "missing.txt: no such file or directory", "3 documents: 1 annotated, 2 failed"}
	if os.Geteuid() != 0 {
		write(t, filepath.Join(dir, "locked", "x.txt"), "Locked.")
		write(t, filepath.Join(dir, "locked.txt"), "Locked.")
		for _, p := range []string{"locked", "locked.txt"} {
			p := filepath.Join(dir, p)
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(p, 0o755) })
		}
		args = append(args, filepath.Join(dir, "locked"), filepath.Join(dir, "locked.txt"))
		want = append(want[:2], "locked: permission denied", "locked.txt: permission denied", "5 documents: 1 annotated, 4 failed")
	}
	r := runArgs(t, "", args...)
	if r.code != exitPartial {
		t.Errorf("exit code %d, want %d", r.code, exitPartial)
	}
	for _, s := range want {
		if !strings.Contains(r.stderr, s) {
			t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
		}
	}
	if ids := outputIDs(t, r.stdout); !slices.Equal(ids, []string{"good"}) {
		t.Errorf("wrote %v, want [good]", ids)
	}
}

// TestAnnotateFolderWithBadFile is the end-to-end case: a folder with
// one bad file among good ones, written to -o FILE. The good documents
// are in FILE, whole; the bad file is named on stderr; the exit code is 1;
// no temporary file is left.
func TestAnnotateFolderWithBadFile(t *testing.T) {
	for _, workers := range []string{"1", "4"} {
		t.Run("workers="+workers, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			writeTree(t, in, map[string]string{
				"a.txt":     " date 2022-01-24 Biden met Scholz on Monday.",
				"b.txt":     "caf\xe9 au lait",
				"c.txt":     "About 8,500 troops were put on alert, Kirby said.",
				"d/e.jsonl": `{"id": "e1", "text": "“No,” Price said."}` + "\n",
			})
			out := filepath.Join(dir, "out", "result.jsonl")
			write(t, filepath.Join(dir, "out", "keep.txt"), "unrelated")
			r := runArgs(t, "", "annotate", "--workers", workers, "-o", out, in)
			if r.code != exitPartial {
				t.Errorf("exit code %d, want 1; stderr:\n%s", r.code, r.stderr)
			}
			if !strings.Contains(r.stderr, filepath.Join(in, "b.txt")+":1: not UTF-8") {
				t.Errorf("stderr does not name b.txt:\n%s", r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("stdout with -o: %q", r.stdout)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if ids := outputIDs(t, string(data)); !slices.Equal(ids, []string{"a", "c", "e1"}) {
				t.Errorf("wrote %v, want [a c e1]", ids)
			}
			assertOnly(t, filepath.Join(dir, "out"), "keep.txt", "result.jsonl")
		})
	}
}

// assertOnly checks that dir holds exactly the named entries (no
// temporary files left behind).
func assertOnly(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if !slices.Equal(got, names) {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}

// TestAnnotateOutputFile checks -o FILE: whole JSON lines, no temporary
// file left behind whether the run succeeds, fails or is interrupted, an
// earlier FILE untouched by a run that stops before writing, and the
// file's permissions.
func TestAnnotateOutputFile(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "in")
	writeTree(t, in, map[string]string{"a.txt": "Kirby said “no”.", "b.txt": "About 8,500 troops."})
	outDir := filepath.Join(dir, "out")
	out := filepath.Join(outDir, "o.jsonl")

	// Usage errors leave no file at all.
	for _, args := range [][]string{{"--types", "NOPE"}, {"--lexicon", filepath.Join(dir, "missing.lex")}} {
		r := runArgs(t, "", append(append([]string{"annotate", "-o", out}, args...), in)...)
		if r.code != exitFatal {
			t.Errorf("%v: exit code %d, want 2", args, r.code)
		}
	}
	if _, err := os.Stat(outDir); !os.IsNotExist(err) {
		t.Errorf("usage errors created %s: %v", outDir, err)
	}
	// A folder that does not exist cannot take the output.
	if r := runArgs(t, "", "annotate", "-o", out, in); r.code != exitFatal || !strings.Contains(r.stderr, "no such file or directory") {
		t.Errorf("missing output folder: exit %d, stderr %s", r.code, r.stderr)
	}

	if err := os.MkdirAll(outDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if r := runArgs(t, "", "annotate", "-o", out, in); r.code != exitOK {
		t.Fatalf("exit code %d; stderr:\n%s", r.code, r.stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if ids := outputIDs(t, string(data)); !slices.Equal(ids, []string{"a", "b"}) {
		t.Errorf("wrote %v", ids)
	}
	assertOnly(t, outDir, "o.jsonl")
	if info, err := os.Stat(out); err != nil || info.Mode().Perm() != 0o644 {
		t.Errorf("output mode %v (%v), want -rw-r--r--", info.Mode(), err)
	}

	// An interrupted run writes only whole documents and leaves no
	// temporary file; exit code 2.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var stdout, stderr bytes.Buffer
	code := run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}, []string{"annotate", "-o", out, in})
	if code != exitFatal || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("interrupted: exit %d, stderr %s", code, stderr.String())
	}
	data, _ = os.ReadFile(out)
	outputIDs(t, string(data))
	assertOnly(t, outDir, "o.jsonl")
}

// TestAnnotateResume checks --resume: ids already in FILE are kept as
// they are and not annotated again, a torn last line is dropped and its
// document annotated again, and every id appears once.
func TestAnnotateResume(t *testing.T) {
	for _, name := range []string{"o.jsonl", "o.json", "o.out"} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			writeTree(t, in, map[string]string{
				"a.txt": " date 2022-01-24 Biden met Scholz on Monday.",
				"b.txt": "About 8,500 troops arrived.",
				"c.txt": "“No,” Kirby said.",
			})
			out := filepath.Join(dir, name)
			// An earlier run wrote a (marked, to tell it from a fresh
			// annotation) and was cut in the middle of b.
			marked := `{"id":"a","date":"2022-01-24","annotations":[],"note":"from the first run"}` + "\n"
			// (its header names the inputs of this run: see
			// TestResumeOtherInputs for other inputs)
			head := headerLineFor(t, in)
			write(t, out, head+marked+`{"id":"b","annotations":[{"type":"TRO`)
			r := runArgs(t, "", "annotate", "--resume", "-o", out, in)
			if r.code != exitOK {
				t.Fatalf("exit code %d; stderr:\n%s", r.code, r.stderr)
			}
			data, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if ids := outputIDs(t, string(data)); !slices.Equal(ids, []string{"a", "b", "c"}) {
				t.Errorf("wrote %v, want [a b c]", ids)
			}
			if !strings.HasPrefix(string(data), head+marked) {
				t.Errorf("document a was annotated again:\n%s", data)
			}
			assertOnly(t, dir, "in", name)

			// Resuming a complete file changes nothing.
			r = runArgs(t, "", "annotate", "--resume", "-o", out, in)
			again, _ := os.ReadFile(out)
			if r.code != exitOK || !bytes.Equal(again, data) {
				t.Errorf("second resume: exit %d, output changed:\n%s", r.code, again)
			}
		})
	}
}

// headerLine is the header record of a run with the default settings.
func headerLine(t *testing.T) string {
	t.Helper()
	r := runArgs(t, "", "annotate", "-", "--quiet")
	if r.code != exitFatal {
		t.Fatalf("empty stdin: exit %d", r.code)
	}
	r = runArgs(t, `{"id":"x","text":"Hello."}`+"\n", "annotate", "-")
	head, _, _ := strings.Cut(r.stdout, "\n")
	if !corpus.IsHeaderRecord([]byte(head)) {
		t.Fatalf("no header record: %q", r.stdout)
	}
	return head + "\n"
}

// headerLineFor is headerLine of a run on the inputs paths (its
// "inputs" theirs, not standard input's).
func headerLineFor(t *testing.T, paths ...string) string {
	t.Helper()
	head := headerLine(t)
	stdin := fmt.Sprintf(`"inputs":%q`, corpus.InputsIdentity([]string{"-"}))
	if !strings.Contains(head, stdin) {
		t.Fatalf("no %s in the header %s", stdin, head)
	}
	return strings.Replace(head, stdin, fmt.Sprintf(`"inputs":%q`, corpus.InputsIdentity(paths)), 1)
}

// TestExitCodes checks the exit codes documented in main.go for each
// command: 0 all done, 1 some documents failed or a check failed, 2 usage
// or fatal error.
func TestExitCodes(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	mixed := filepath.Join(dir, "mixed")
	writeTree(t, mixed, map[string]string{"ok.txt": "Kirby said “no”.", "bad.txt": ""})
	badGold := filepath.Join(dir, "bad-gold.jsonl")
	write(t, badGold, `{"id":"a","annotations":[{"type":"DATE","start":5,"end":2,"text":"x","value":"2022-13-01"}]}`+"\n")
	torn := filepath.Join(dir, "torn.jsonl")
	write(t, torn, `{"id":"a","annotations":[]}`+"\n"+`{"id":"b","annot`)
	missing := filepath.Join(dir, "missing")
	tests := []struct {
		name string
		args []string
		code int
	}{
		{"no command", nil, exitFatal},
		{"unknown command", []string{"frobnicate"}, exitFatal},
		{"help", []string{"help"}, exitOK},

		{"annotate all good", []string{"annotate", docs}, exitOK},
		{"annotate some failed", []string{"annotate", mixed}, exitPartial},
		{"annotate missing input", []string{"annotate", missing}, exitFatal},
		{"annotate no input", []string{"annotate"}, exitFatal},
		{"annotate bad flag", []string{"annotate", "--frob", docs}, exitFatal},
		{"annotate bad types", []string{"annotate", "--types", "PEOPLE", docs}, exitFatal},
		{"annotate resume without -o", []string{"annotate", "--resume", docs}, exitFatal},
		{"annotate help", []string{"annotate", "--help"}, exitOK},

		{"validate good", []string{"validate", "--docs", docs, gold}, exitOK},
		{"validate problems", []string{"validate", badGold}, exitPartial},
		{"validate torn file", []string{"validate", torn}, exitPartial},
		{"validate missing file", []string{"validate", missing}, exitFatal},
		{"validate empty folder", []string{"validate", t.TempDir()}, exitFatal},
		{"validate no file", []string{"validate"}, exitFatal},
		{"validate bad flag", []string{"validate", "--frob", gold}, exitFatal},

		{"eval perfect", []string{"eval", "--gold", gold, "--pred", gold}, exitOK},
		{"eval below min-f1", []string{"eval", "--gold", gold, "--pred", torn, "--min-f1", "0.9"}, exitPartial},
		{"eval unreadable prediction", []string{"eval", "--gold", gold, "--pred", torn}, exitPartial},
		{"eval missing prediction", []string{"eval", "--gold", gold, "--pred", missing}, exitFatal},
		{"eval empty prediction", []string{"eval", "--gold", gold, "--pred", t.TempDir()}, exitFatal},
		{"eval unreadable gold", []string{"eval", "--gold", torn, "--pred", gold}, exitFatal},
		{"eval missing gold", []string{"eval", "--gold", missing, "--pred", gold}, exitFatal},
		{"eval no gold", []string{"eval", "--pred", gold}, exitFatal},
		{"eval bad regime", []string{"eval", "--gold", gold, "--pred", gold, "--on", "fuzzy"}, exitFatal},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := runArgs(t, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("dispatch %s: exit code %d, want %d; stderr:\n%s", strings.Join(tt.args, " "), r.code, tt.code, r.stderr)
			}
		})
	}
}
