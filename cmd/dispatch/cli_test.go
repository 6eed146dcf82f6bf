package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Tests through the real binary, built once by TestMain: the command
// line as users type it, output files, signals.

// binary is the dispatch binary built for these tests ("" if the build
// failed; buildErr says why).
var binary, buildErr = "", error(nil)

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "dispatch-cli-test-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	binary = filepath.Join(dir, "dispatch")
	out, err := exec.Command(goTool(), "build", "-o", binary, ".").CombinedOutput()
	if err != nil {
		buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		binary = ""
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// goTool finds the go command: on PATH, else in GOROOT.
func goTool() string {
	if p, err := exec.LookPath("go"); err == nil {
		return p
	}
	return filepath.Join(runtime.GOROOT(), "bin", "go")
}

// cli runs the binary in dir with args and stdin, with a hang guard.
func cli(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	return cliReader(t, dir, strings.NewReader(stdin), args...)
}

// cliReader runs the binary in dir with args, reading stdin (an *os.File
// is handed to the child as its descriptor), with a hang guard.
func cliReader(t *testing.T, dir string, stdin io.Reader, args ...string) result {
	t.Helper()
	if binary == "" {
		t.Fatal(buildErr)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Dir, cmd.Stdin = dir, stdin
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("running dispatch %v: %v", args, err)
	}
	return result{code, out.String(), errb.String()}
}

// sampleDocs writes three small documents into dir/in and returns dir.
func sampleDocs(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	writeTree(t, filepath.Join(dir, "in"), map[string]string{
		"a.txt": " date 2022-01-24 Biden met Scholz on Monday.",
		"b.txt": "About 8,500 troops arrived, Pentagon spokesman John Kirby said.",
		"c.txt": "“No,” Kirby said on Tuesday.",
	})
	return dir
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// TestCLIFlagsAnywhere: flags after paths, -o=FILE, --output FILE, "--"
// before a path that starts with a dash, short forms.
func TestCLIFlagsAnywhere(t *testing.T) {
	dir := sampleDocs(t)
	write(t, filepath.Join(dir, "-dash.txt"), "Kirby said “yes”.")
	for _, args := range [][]string{
		{"annotate", "in", "-o", "out.jsonl"},
		{"annotate", "in", "-o=out.jsonl", "--workers", "2"},
		{"annotate", "--output", "out.jsonl", "in", "-j2", "-t", "DATE,OFFICIAL,TROOPS,QUOTE"},
		{"annotate", "-q", "in", "--output=out.jsonl"},
	} {
		os.Remove(filepath.Join(dir, "out.jsonl"))
		r := cli(t, dir, "", args...)
		if r.code != exitOK || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr:\n%s", args, r.code, r.stdout, r.stderr)
			continue
		}
		if ids := outputIDs(t, readFile(t, filepath.Join(dir, "out.jsonl"))); !slices.Equal(ids, []string{"a", "b", "c"}) {
			t.Errorf("%v: wrote %v", args, ids)
		}
	}
	r := cli(t, dir, "", "annotate", "-q", "--", "-dash.txt")
	if ids := outputIDs(t, r.stdout); r.code != exitOK || !slices.Equal(ids, []string{"-dash"}) {
		t.Errorf("-- -dash.txt: exit %d, ids %v, stderr:\n%s", r.code, ids, r.stderr)
	}
}

// TestCLIHelpVersionCompletion: --version, help COMMAND with an example
// for every command, shell completion scripts.
func TestCLIHelpVersionCompletion(t *testing.T) {
	dir := t.TempDir()
	r := cli(t, dir, "", "--version")
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "dispatch ") || !strings.Contains(r.stdout, "lexicon ") {
		t.Errorf("--version: exit %d, %q", r.code, r.stdout)
	}
	for _, c := range []string{"annotate", "eval", "validate"} {
		r := cli(t, dir, "", "help", c)
		if r.code != exitOK || !strings.Contains(r.stdout, "Examples:\n  dispatch "+c) || !strings.Contains(r.stdout, "Usage:\n  dispatch "+c) {
			t.Errorf("help %s: exit %d\n%s", c, r.code, r.stdout)
		}
	}
	for _, sh := range []string{"bash", "zsh", "fish"} {
		r := cli(t, dir, "", "completion", sh)
		if r.code != exitOK || !strings.Contains(r.stdout, "dispatch") {
			t.Errorf("completion %s: exit %d", sh, r.code)
		}
	}
	if r := cli(t, dir, ""); r.code != exitFatal || !strings.Contains(r.stderr, "annotate") {
		t.Errorf("no command: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestCLIHeaderRecord: the first line says what produced the output;
// eval and validate read the output with it.
func TestCLIHeaderRecord(t *testing.T) {
	dir := sampleDocs(t)
	r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl", "--types", "troops,date", "--date", "2022-02-01")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	head, _, _ := strings.Cut(readFile(t, filepath.Join(dir, "out.jsonl")), "\n")
	h, err := corpus.ParseHeaderRecord([]byte(head))
	if err != nil {
		t.Fatalf("first line %q: %v", head, err)
	}
	if h.Version == "" || h.Lexicon == "" || !slices.Equal(h.Types, []corpus.Type{corpus.Date, corpus.Troops}) || h.Options["date"] != "2022-02-01" {
		t.Errorf("header %+v", h)
	}
	var m map[string]any
	if err := json.Unmarshal([]byte(head), &m); err != nil || m["id"] != nil {
		t.Errorf("header %q has an id or is not JSON", head)
	}
	if r := cli(t, dir, "", "validate", "out.jsonl"); r.code != exitOK || !strings.Contains(r.stdout, "1 files, 3 documents, 0 problems") {
		t.Errorf("validate: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	if r := cli(t, dir, "", "eval", "--gold", "out.jsonl", "--pred", "out.jsonl"); r.code != exitOK || strings.Contains(r.stderr, "unreadable") {
		t.Errorf("eval: exit %d\n%s", r.code, r.stderr)
	}
}

// TestCLIDate: --date dates undated documents only.
func TestCLIDate(t *testing.T) {
	dir := sampleDocs(t)
	r := cli(t, dir, `{"id":"r","date":"2021-05-05","text":"On Monday, Kirby said."}`+"\n", "annotate", "-q", "--date", "2022-02-01", "in", "-")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	dates := map[string]string{}
	for _, line := range strings.Split(strings.TrimSpace(r.stdout), "\n")[1:] {
		var a corpus.Annotated
		json.Unmarshal([]byte(line), &a)
		dates[a.ID] = a.Date
	}
	want := map[string]string{"a": "2022-01-24", "b": "2022-02-01", "c": "2022-02-01", "r": "2021-05-05"}
	if fmt.Sprint(dates) != fmt.Sprint(want) {
		t.Errorf("dates %v, want %v", dates, want)
	}
	if r := cli(t, dir, "", "annotate", "--date", "2022-02-30", "in"); r.code != exitFatal {
		t.Errorf("--date 2022-02-30: exit %d", r.code)
	}
}

// TestCLIFlagChecks: values that used to be accepted silently.
func TestCLIFlagChecks(t *testing.T) {
	dir := sampleDocs(t)
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"--workers", "-1"}, exitFatal, "--workers -1"},
		{[]string{"--workers", "9223372036854775807"}, exitOK, "using"},
		{[]string{"--workers", "100000000"}, exitOK, "using"},
		{[]string{"--max-bytes", "0"}, exitFatal, "--max-bytes 0"},
		{[]string{"--max-bytes", "-1"}, exitFatal, "--max-bytes -1"},
		// a size with a unit, as --memory takes (red team 10: a raw
		// strconv error for 1MB)
		{[]string{"--max-bytes", "1MB"}, exitOK, ""},
		{[]string{"--max-bytes", "junk"}, exitFatal, "--max-bytes junk: want a size such as 4GiB"},
		{[]string{"--max-bytes", "3GB"}, exitFatal, "--max-bytes 3GB: at most 2147483647"},
		{[]string{"--progress", "junk"}, exitFatal, `--progress "junk"`},
		{[]string{"--types", "PEOPLE"}, exitFatal, `unknown type "PEOPLE"`},
		{[]string{"--frob"}, exitFatal, "unknown flag: --frob"},
		// the form is right, the day is not; year 0000 (red team 3 L5)
		{[]string{"--date", "2022-02-30"}, exitFatal, `--date "2022-02-30": no such day`},
		{[]string{"--date", "0000-01-01"}, exitFatal, `--date "0000-01-01": year 0000`},
		{[]string{"--date", "2022-2-3"}, exitFatal, `malformed --date "2022-2-3": want YYYY-MM-DD`},
		// -o= with nothing after it: not a file named "=" (red team 16)
		{[]string{"-o="}, exitFatal, "-o=: no file name after the ="},
		{[]string{"-o=", "--resume"}, exitFatal, "-o=: no file name after the ="},
	} {
		r := cli(t, dir, "", append([]string{"annotate", "in", "-o", "out.jsonl"}, tt.args...)...)
		if r.code != tt.code || !strings.Contains(r.stderr, tt.want) {
			t.Errorf("%v: exit %d (want %d), stderr lacks %q:\n%s", tt.args, r.code, tt.code, tt.want, r.stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "=")); err == nil {
		t.Errorf("a file named = was written")
	}
}

// TestCLILexiconErrors: a bad --lexicon file is refused with file and line.
func TestCLILexiconErrors(t *testing.T) {
	dir := sampleDocs(t)
	write(t, filepath.Join(dir, "my.txt"), "[modifiers]\nroughly\tapprx\n")
	r := cli(t, dir, "", "annotate", "in", "--lexicon", "my.txt")
	if r.code != exitFatal || !strings.Contains(r.stderr, "my.txt:2:") || !strings.Contains(r.stderr, `unknown mod "apprx"`) {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// TestCLINoDocument: a run that reads nothing exits 2, and never
// replaces an existing output.
func TestCLINoDocument(t *testing.T) {
	dir := sampleDocs(t)
	os.Mkdir(filepath.Join(dir, "empty"), 0o755)
	write(t, filepath.Join(dir, "out.jsonl"), "precious\n")
	for _, args := range [][]string{
		{"annotate", "typo", "-o", "out.jsonl"},
		{"annotate", "empty", "-o", "out.jsonl"},
		{"annotate", "typo", "empty", "-o", "out.jsonl"},
	} {
		r := cli(t, dir, "", args...)
		if r.code != exitFatal || !strings.Contains(r.stderr, "no document read") || !strings.Contains(r.stderr, "out.jsonl left as it was") {
			t.Errorf("%v: exit %d, stderr:\n%s", args, r.code, r.stderr)
		}
		if got := readFile(t, filepath.Join(dir, "out.jsonl")); got != "precious\n" {
			t.Errorf("%v: output replaced by %q", args, got)
		}
	}
	// no output before: the message does not pretend one was kept
	if r := cli(t, dir, "", "annotate", "typo", "-o", "new.jsonl"); r.code != exitFatal || !strings.Contains(r.stderr, "new.jsonl not created") {
		t.Errorf("new output: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	assertOnly(t, dir, "empty", "in", "out.jsonl")
	if r := cli(t, dir, "", "validate", "empty"); r.code != exitFatal {
		t.Errorf("validate of an empty folder: exit %d", r.code)
	}
}

// TestCLISummary: the end-of-run summary on stderr.
func TestCLISummary(t *testing.T) {
	dir := sampleDocs(t)
	write(t, filepath.Join(dir, "in", "bad1.txt"), "")
	write(t, filepath.Join(dir, "in", "bad2.txt"), "caf\xe9")
	write(t, filepath.Join(dir, "in", "bad3.txt"), "\n")
	r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl")
	for _, want := range []string{
		"dispatch annotate: 6 documents: 3 annotated, 3 failed (1 not UTF-8; 2 empty document)",
		"documents/s", "MB/s", "output: out.jsonl",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("summary lacks %q:\n%s", want, r.stderr)
		}
	}
	if !regexp.MustCompile(`annotations: \d+ OFFICIAL, \d+ DATE, 1 TROOPS, 1 QUOTE; `).MatchString(r.stderr) {
		t.Errorf("summary lacks the annotations by type:\n%s", r.stderr)
	}
	if r.code != exitPartial {
		t.Errorf("exit %d", r.code)
	}
}

// TestCLIProgress: with --progress always (stderr is no terminal here)
// the bar is drawn, and every error line starts on a line of its own.
func TestCLIProgress(t *testing.T) {
	dir := sampleDocs(t)
	args := []string{"annotate", "--progress", "always", "-j", "1", "-o", "out.jsonl"}
	for i := range 200 {
		name := fmt.Sprintf("m%03d.txt", i)
		write(t, filepath.Join(dir, "in", name), strings.Repeat("Kirby said on Monday that 300 troops arrived. ", 50))
		args = append(args, filepath.Join("in", name))
	}
	write(t, filepath.Join(dir, "in", "m20-bad.txt"), "")
	args = append(args[:107], append([]string{filepath.Join("in", "m20-bad.txt")}, args[107:]...)...)
	r := cli(t, dir, "", args...)
	if !strings.Contains(r.stderr, "%") {
		t.Errorf("no bar with a percentage:\n%q", r.stderr)
	}
	found := false
	for _, line := range strings.Split(r.stderr, "\n") {
		if !strings.Contains(line, "m20-bad.txt") {
			continue
		}
		found = true
		// What stays on screen after the last carriage return.
		shown := line[strings.LastIndex(line, "\r")+1:]
		if !strings.HasPrefix(shown, "dispatch annotate: ") {
			t.Errorf("error line shares its line with the bar: %q", line)
		}
	}
	if !found {
		t.Errorf("no error line:\n%q", r.stderr)
	}
	r = cli(t, dir, "", "annotate", "in", "-o", "out.jsonl")
	if strings.Contains(r.stderr, "\r") {
		t.Errorf("bar drawn on a stderr that is no terminal:\n%q", r.stderr)
	}
}
