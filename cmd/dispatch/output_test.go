package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// The output cases of issue 8 ("Data loss and corruption"), through the
// real binary, run as whoever runs the tests (root in CI).

// TestOutputDevNull: -o /dev/null writes through and leaves /dev/null a
// character device.
func TestOutputDevNull(t *testing.T) {
	dir := sampleDocs(t)
	r := cli(t, dir, "", "annotate", "in", "-o", "/dev/null")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	info, err := os.Stat("/dev/null")
	if err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is now %v (%v)", info.Mode(), err)
	}
	if m, _ := filepath.Glob("/dev/.null.tmp-*"); len(m) > 0 {
		t.Errorf("temporary files left in /dev: %v", m)
	}
}

// TestOutputFIFO: a FIFO receives the output and stays a FIFO.
func TestOutputFIFO(t *testing.T) {
	dir := sampleDocs(t)
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	got := make(chan string, 1)
	go func() {
		f, err := os.Open(fifo)
		if err != nil {
			got <- err.Error()
			return
		}
		data, _ := io.ReadAll(f)
		f.Close()
		got <- string(data)
	}()
	r := cli(t, dir, "", "annotate", "in", "-o", fifo)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	select {
	case out := <-got:
		if ids := outputIDs(t, out); !slices.Equal(ids, []string{"a", "b", "c"}) {
			t.Errorf("the FIFO carried %v", ids)
		}
	case <-time.After(time.Minute):
		t.Fatal("nothing came through the FIFO")
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the FIFO is now %v (%v)", info.Mode(), err)
	}
	assertOnly(t, dir, "fifo", "in")
}

// TestOutputPipe: /dev/stdout and -o - write to standard output, a pipe
// here.
func TestOutputPipe(t *testing.T) {
	dir := sampleDocs(t)
	for _, o := range []string{"-", "/dev/stdout"} {
		r := cli(t, dir, "", "annotate", "in", "-o", o)
		if ids := outputIDs(t, r.stdout); r.code != exitOK || !slices.Equal(ids, []string{"a", "b", "c"}) {
			t.Errorf("-o %s: exit %d, ids %v, stderr %s", o, r.code, ids, r.stderr)
		}
	}
}

// TestOutputSymlink: a symbolic link is followed: the file it names gets
// the output, the link stays a link; a link to a file not yet there works.
func TestOutputSymlink(t *testing.T) {
	dir := sampleDocs(t)
	write(t, filepath.Join(dir, "data", "real.jsonl"), "old\n")
	if err := os.Symlink(filepath.Join("data", "real.jsonl"), filepath.Join(dir, "link.jsonl")); err != nil {
		t.Skipf("no symlinks: %v", err)
	}
	os.Symlink(filepath.Join("data", "new.jsonl"), filepath.Join(dir, "dangling.jsonl"))
	for _, o := range []string{"link.jsonl", "dangling.jsonl"} {
		if r := cli(t, dir, "", "annotate", "in", "-o", o); r.code != exitOK {
			t.Fatalf("-o %s: exit %d: %s", o, r.code, r.stderr)
		}
		if info, err := os.Lstat(filepath.Join(dir, o)); err != nil || info.Mode()&os.ModeSymlink == 0 {
			t.Errorf("%s is no longer a link: %v", o, err)
		}
	}
	for _, f := range []string{"real.jsonl", "new.jsonl"} {
		if ids := outputIDs(t, readFile(t, filepath.Join(dir, "data", f))); !slices.Equal(ids, []string{"a", "b", "c"}) {
			t.Errorf("%s holds %v", f, ids)
		}
	}
}

// TestOutputIsInput: -o naming an input (by any name: the same path, a
// link, a hard link, a document inside an input folder) is refused before
// anything is read; the input is unchanged.
func TestOutputIsInput(t *testing.T) {
	dir := sampleDocs(t)
	write(t, filepath.Join(dir, "recs.jsonl"), `{"id":"r1","text":"Kirby said “no”."}`+"\n")
	os.Symlink("recs.jsonl", filepath.Join(dir, "alias.jsonl"))
	os.Link(filepath.Join(dir, "recs.jsonl"), filepath.Join(dir, "hard.jsonl"))
	before := readFile(t, filepath.Join(dir, "recs.jsonl"))
	beforeA := readFile(t, filepath.Join(dir, "in", "a.txt"))
	for _, args := range [][]string{
		{"annotate", "recs.jsonl", "-o", "recs.jsonl"},
		{"annotate", "recs.jsonl", "-o", "alias.jsonl"},
		{"annotate", "hard.jsonl", "-o", "recs.jsonl"},
		{"annotate", "--resume", "recs.jsonl", "-o", "./recs.jsonl"},
		{"annotate", "in", "-o", "in/a.txt"},
		{"annotate", ".", "-o", "in/a.txt"},
	} {
		r := cli(t, dir, "", args...)
		if r.code != exitFatal || !strings.Contains(r.stderr, "refusing to overwrite an input") {
			t.Errorf("%v: exit %d, stderr:\n%s", args, r.code, r.stderr)
		}
	}
	if readFile(t, filepath.Join(dir, "recs.jsonl")) != before || readFile(t, filepath.Join(dir, "in", "a.txt")) != beforeA {
		t.Error("an input changed")
	}
}

// TestOutputInsideInputFolder: an output written into an input folder is
// not read back as input by the next run.
func TestOutputInsideInputFolder(t *testing.T) {
	dir := sampleDocs(t)
	for range 2 {
		r := cli(t, dir, "", "annotate", "in", "-o", "in/out.jsonl")
		if r.code != exitOK || problems(r.stderr) != "" {
			t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
		}
		if ids := outputIDs(t, readFile(t, filepath.Join(dir, "in", "out.jsonl"))); !slices.Equal(ids, []string{"a", "b", "c"}) {
			t.Errorf("wrote %v", ids)
		}
	}
}

// TestOutputPathCheckedFirst: -o naming a folder, a path in a missing
// folder or in a folder where nothing can be created fails before the
// run, with no file left behind.
func TestOutputPathCheckedFirst(t *testing.T) {
	dir := sampleDocs(t)
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o555)
	cases := []struct{ out, want string }{
		{"in", "is a folder"},
		{".", "is a folder"},
		{"missing/out.jsonl", "no such file or directory"},
		{"in/a.txt/out.jsonl", "not a directory"},
	}
	if os.Geteuid() != 0 {
		cases = append(cases, struct{ out, want string }{"ro/out.jsonl", "permission denied"})
	}
	for _, c := range cases {
		r := cli(t, dir, "", "annotate", "in", "-o", c.out)
		if r.code != exitFatal || !strings.Contains(r.stderr, c.want) || strings.Contains(r.stderr, "documents:") {
			t.Errorf("-o %s: exit %d, stderr:\n%s", c.out, r.code, r.stderr)
		}
	}
	assertOnly(t, dir, "in", "ro")
	assertOnly(t, filepath.Join(dir, "in"), "a.txt", "b.txt", "c.txt")
}

// bigInput writes n JSON Lines records of a sample article, for runs long
// enough to stop in the middle.
func bigInput(t *testing.T, dir string, n int) string {
	t.Helper()
	para := " date 2022-02-13 US Defense Secretary Lloyd Austin said on Monday that up to 8,500 troops were on “heightened alert”, Pentagon spokesman John Kirby told reporters. "
	text := strings.Repeat(para, 30)
	path := filepath.Join(dir, "big.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := range n {
		enc.Encode(map[string]string{"id": fmt.Sprintf("d%05d", i), "text": text})
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}

// startAndStop starts 'dispatch annotate big.jsonl -o out.jsonl' in dir,
// waits until its temporary output holds data, sends sig and returns
// the result. ok is false if the run ended before the signal.
func startAndStop(t *testing.T, dir string, sig syscall.Signal, extra ...string) (r result, ok bool) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, append([]string{"annotate", "big.jsonl", "-o", "out.jsonl", "-j", "1"}, extra...)...)
	cmd.Dir = dir
	var out, errb strings.Builder
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	partial := int64(0)
	if info, err := os.Stat(filepath.Join(dir, "out.jsonl.partial")); err == nil {
		partial = info.Size()
	}
	for !growing(dir, partial) {
		select {
		case <-done:
			return result{}, false
		case <-time.After(20 * time.Millisecond):
		}
	}
	cmd.Process.Signal(sig)
	err := <-done
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	return result{code, out.String(), errb.String()}, true
}

// growing reports whether a temporary output in dir, or out.jsonl.partial
// beyond its earlier size, holds some documents.
func growing(dir string, partial int64) bool {
	m, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
	for _, f := range m {
		if info, err := os.Stat(f); err == nil && info.Size() > 300<<10 {
			return true
		}
	}
	info, err := os.Stat(filepath.Join(dir, "out.jsonl.partial"))
	return err == nil && info.Size() > partial+300<<10
}

// checkOutput checks that path is dispatch output with whole records of
// distinct documents and returns their ids.
func checkOutput(t *testing.T, path string) []string {
	t.Helper()
	data := readFile(t, path)
	if !corpus.IsHeaderRecord([]byte(strings.SplitN(data, "\n", 2)[0])) {
		t.Fatalf("%s does not start with a header record", path)
	}
	ids := outputIDs(t, data)
	seen := map[string]bool{}
	for _, id := range ids {
		if seen[id] {
			t.Errorf("%s: %s twice", path, id)
		}
		seen[id] = true
	}
	return ids
}

// TestOutputStopped: SIGTERM and SIGINT leave the previous output intact,
// keep the partial result in out.jsonl.partial and say so; --resume
// appends to it and completes the output; kill -9 leaves a temporary file
// that the next run recovers.
func TestOutputStopped(t *testing.T) {
	if testing.Short() {
		t.Skip("long runs: skipped with -short")
	}
	if binary == "" {
		t.Fatal(buildErr)
	}
	dir := t.TempDir()
	const n = 600
	bigInput(t, dir, n)
	write(t, filepath.Join(dir, "out.jsonl"), "previous\n")

	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		r, ok := startAndStop(t, dir, sig)
		if !ok {
			t.Skip("the run ended before the signal")
		}
		if r.code != exitFatal || !strings.Contains(r.stderr, "interrupted") || !strings.Contains(r.stderr, "out.jsonl.partial") {
			t.Errorf("%v: exit %d, stderr:\n%s", sig, r.code, r.stderr)
		}
		if got := readFile(t, filepath.Join(dir, "out.jsonl")); got != "previous\n" {
			t.Fatalf("%v: the previous output was replaced", sig)
		}
		if ids := checkOutput(t, filepath.Join(dir, "out.jsonl.partial")); len(ids) == 0 || len(ids) >= n {
			t.Errorf("%v: partial output holds %d documents", sig, len(ids))
		}
		assertOnly(t, dir, "big.jsonl", "out.jsonl", "out.jsonl.partial")
	}

	// --resume appends to the partial file (stopped again: it keeps
	// growing, nothing is lost).
	partialBefore := readFile(t, filepath.Join(dir, "out.jsonl.partial"))
	r, ok := startAndStop(t, dir, syscall.SIGTERM, "--resume")
	if ok {
		after := readFile(t, filepath.Join(dir, "out.jsonl.partial"))
		if !strings.HasPrefix(after, partialBefore) || len(after) <= len(partialBefore) {
			t.Errorf("--resume did not append to the partial output; stderr:\n%s", r.stderr)
		}
		checkOutput(t, filepath.Join(dir, "out.jsonl.partial"))
	}

	// kill -9: the temporary file stays; the next run recovers or removes it.
	os.Remove(filepath.Join(dir, "out.jsonl.partial"))
	if _, ok := startAndStop(t, dir, syscall.SIGKILL); ok {
		if m, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*")); len(m) != 1 {
			t.Fatalf("after kill -9: temporary files %v", m)
		}
	}
	r = cli(t, dir, "", "annotate", "big.jsonl", "-o", "out.jsonl", "--resume", "-q")
	if r.code != exitOK || !strings.Contains(r.stderr, "killed") {
		t.Errorf("resume after kill -9: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if ids := checkOutput(t, filepath.Join(dir, "out.jsonl")); len(ids) != n {
		t.Errorf("complete output holds %d documents, want %d", len(ids), n)
	}
	assertOnly(t, dir, "big.jsonl", "out.jsonl")
}

// TestResumeChecks: --resume refuses files that are not dispatch output
// or were made with other settings, and names the records it drops.
func TestResumeChecks(t *testing.T) {
	dir := sampleDocs(t)
	write(t, filepath.Join(dir, "recs.jsonl"), `{"id":"a","text":"Kirby said “no”."}`+"\n")
	recs := readFile(t, filepath.Join(dir, "recs.jsonl"))
	// Not dispatch output: refused, unchanged.
	r := cli(t, dir, "", "annotate", "--resume", "-o", "recs.jsonl", "in")
	if r.code != exitFatal || !strings.Contains(r.stderr, "not dispatch output") || readFile(t, filepath.Join(dir, "recs.jsonl")) != recs {
		t.Errorf("foreign file: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	// Other settings: refused.
	if r := cli(t, dir, "", "annotate", "-o", "out.jsonl", "in"); r.code != exitOK {
		t.Fatal(r.stderr)
	}
	for _, extra := range [][]string{{"--types", "DATE"}, {"--date", "2020-01-01"}} {
		r := cli(t, dir, "", append([]string{"annotate", "--resume", "-o", "out.jsonl", "in"}, extra...)...)
		if r.code != exitFatal || !strings.Contains(r.stderr, "other settings") {
			t.Errorf("%v: exit %d, stderr:\n%s", extra, r.code, r.stderr)
		}
	}
	// Damaged records: dropped, named, annotated again.
	lines := strings.SplitAfter(readFile(t, filepath.Join(dir, "out.jsonl")), "\n")
	bad := lines[0] + `{"id":"a","annotations":[{"type":"DATE","start":9,"end":3,"text":"x","value":"2022-01-24"}]}` + "\n" +
		"garbage\n" + lines[2] + lines[2] + `{"id":"ghost","text_sha256":"00","annotations":[]}` + "\n" + lines[3][:10]
	write(t, filepath.Join(dir, "out.jsonl"), bad)
	r = cli(t, dir, "", "annotate", "--resume", "-o", "out.jsonl", "in")
	for _, want := range []string{"out.jsonl:2: invalid record", "out.jsonl:3: malformed record",
		`out.jsonl:5: document "b" a second time (its first record is kept)` + "\n",
		// red team 3 L11: a record dispatch never wrote was kept
		`out.jsonl:6: record of "ghost": text_sha256 "00" is no SHA-256 (64 hex digits); its document is annotated again`,
		"out.jsonl:7: the last line, cut short"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if ids := checkOutput(t, filepath.Join(dir, "out.jsonl")); r.code != exitOK || !slices.Equal(ids, []string{"b", "a", "c"}) {
		t.Errorf("exit %d, ids %v", r.code, ids)
	}
	assertOnly(t, dir, "in", "out.jsonl", "recs.jsonl")
	// Nothing left to do: the file is unchanged.
	before := readFile(t, filepath.Join(dir, "out.jsonl"))
	if r := cli(t, dir, "", "annotate", "--resume", "-o", "out.jsonl", "in"); r.code != exitOK || readFile(t, filepath.Join(dir, "out.jsonl")) != before {
		t.Errorf("complete resume: exit %d, changed output", r.code)
	}
}

// TestOutputFailedRename: when the final rename fails (here the target
// became a folder during the run), the documents are kept in
// FILE.partial, the message says so, and the exit code is 2.
func TestOutputFailedRename(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	plan, err := planOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	con := &console{w: &stderr}
	e := &env{ctx: context.Background(), stdout: io.Discard, stderr: &stderr}
	s, err := openOutput(e, con, plan, false, corpus.Header{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.write(corpus.Annotated{ID: "a"}, nil); err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(out, "blocker"), "a folder now stands where the output goes")
	st := &stats{written: 1}
	if err := s.finish(con, st); err == nil {
		t.Fatal("finish succeeded over a folder")
	}
	if ids := checkOutput(t, out+".partial"); !slices.Equal(ids, []string{"a"}) {
		t.Errorf("partial output holds %v", ids)
	}
	if !strings.Contains(stderr.String(), "out.jsonl.partial") {
		t.Errorf("the message does not name the partial file:\n%s", stderr.String())
	}
	assertOnly(t, dir, "out.jsonl", "out.jsonl.partial")
}

// TestExportOutput: dispatch export follows the same -o rules: /dev/null
// stays a device, a symlink is followed, an input is refused.
func TestExportOutput(t *testing.T) {
	dir := sampleDocs(t)
	if r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl"); r.code != exitOK {
		t.Fatal(r.stderr)
	}
	if r := cli(t, dir, "", "export", "--format", "csv", "out.jsonl", "-o", "/dev/null"); r.code != exitOK {
		t.Errorf("-o /dev/null: exit %d: %s", r.code, r.stderr)
	}
	if info, err := os.Stat("/dev/null"); err != nil || info.Mode()&os.ModeCharDevice == 0 {
		t.Fatalf("/dev/null is now %v (%v)", info.Mode(), err)
	}
	before := readFile(t, filepath.Join(dir, "out.jsonl"))
	r := cli(t, dir, "", "export", "--format", "csv", "out.jsonl", "-o", "out.jsonl")
	if r.code != exitFatal || readFile(t, filepath.Join(dir, "out.jsonl")) != before {
		t.Errorf("-o the input: exit %d, stderr %s", r.code, r.stderr)
	}
	os.Symlink("real.csv", filepath.Join(dir, "link.csv"))
	if r := cli(t, dir, "", "export", "--format", "csv", "out.jsonl", "-o", "link.csv"); r.code != exitOK {
		t.Errorf("-o link: exit %d: %s", r.code, r.stderr)
	}
	if info, err := os.Lstat(filepath.Join(dir, "link.csv")); err != nil || info.Mode()&os.ModeSymlink == 0 || !strings.Contains(readFile(t, filepath.Join(dir, "real.csv")), "OFFICIAL") {
		t.Errorf("the link was replaced or its file not written: %v", err)
	}
}
