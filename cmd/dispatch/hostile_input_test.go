package main

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
)

// TestAnnotateHostileFolder: a FIFO named like an article in an input
// folder is skipped with a warning (it hung the run forever), other files
// are reported once, and a header look-alike warns.
func TestAnnotateHostileFolder(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "in", "a.txt"), " DATE 2022-01-24 Biden met Scholz on Monday.")
	write(t, filepath.Join(dir, "in", "2021", "b.txt"), " date 2022-01-24 Biden met Scholz on Monday.")
	write(t, filepath.Join(dir, "in", "notes.md"), "not an article")
	if err := syscall.Mkfifo(filepath.Join(dir, "in", "x.txt"), 0o644); err != nil {
		t.Skipf("no FIFOs: %v", err)
	}
	done := make(chan result, 1)
	go func() { done <- runArgs(t, "", "annotate", filepath.Join(dir, "in"), "--progress", "never") }()
	var r result
	select {
	case r = <-done:
	case <-time.After(time.Minute):
		t.Fatal("annotate hangs on a folder holding a FIFO")
	}
	for _, want := range []string{"x.txt: skipped: a named pipe (FIFO)", "skipped 1 file (1 .md)",
		`a.txt:1: " DATE 2022-01-24" looks like a date header`} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, `"id":"2021/b"`) || !strings.Contains(r.stdout, `"id":"a"`) {
		t.Errorf("exit %d, stdout:\n%s", r.code, r.stdout)
	}
	_ = os.Remove(filepath.Join(dir, "in", "x.txt"))
}

// TestDuplicateKeysCommands: validate and eval refuse a gold or
// prediction object with a key twice, naming file and line.
func TestDuplicateKeysCommands(t *testing.T) {
	dir := t.TempDir()
	gold := filepath.Join(dir, "g.json")
	write(t, gold, "{\n  \"id\": \"g\",\n  \"annotations\": [],\n  \"annotations\": [{\"type\": \"DATE\", \"start\": 0, \"end\": 1, \"text\": \"x\", \"value\": \"2022\"}]\n}\n")
	pred := filepath.Join(dir, "p.jsonl")
	write(t, pred, `{"id": "g", "annotations": []}`+"\n")
	for _, args := range [][]string{{"validate", gold}, {"eval", "--gold", gold, "--pred", pred}} {
		r := runArgs(t, "", args...)
		if r.code == exitOK || !strings.Contains(r.stdout+r.stderr, `g.json:4: malformed annotation file: duplicate key "annotations"`) {
			t.Errorf("%s: exit %d, output:\n%s%s", args[0], r.code, r.stdout, r.stderr)
		}
	}
}

// TestAnnotateInterruptedDocument: a document cut off by Ctrl-C or
// SIGTERM is counted as interrupted, not as failed, and the message
// names the .partial file that holds what was written.
func TestAnnotateInterruptedDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates a 4 MB document: skipped with -short")
	}
	para := "US Defense Secretary Lloyd Austin said on Monday that up to 8,500 troops were on “heightened alert”, Pentagon spokesman John Kirby told reporters. "
	big, _ := json.Marshal(map[string]string{"id": "b", "text": strings.Repeat(para, 4<<20/len(para))})
	// attempt cancels the run delay after the reader took all of b; it
	// reports whether b was in flight then (not yet yielded, or done)
	attempt := func(delay time.Duration) (out string, stderr *syncBuffer, code int, ok bool) {
		out = filepath.Join(t.TempDir(), "out.jsonl")
		pr, pw := io.Pipe()
		defer pw.Close()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var stdout syncBuffer
		stderr = &syncBuffer{}
		done := make(chan int, 1)
		go func() {
			done <- run(&env{ctx: ctx, stdin: pr, stdout: &stdout, stderr: stderr},
				[]string{"annotate", "-j", "1", "--progress", "never", "-o", out, "-"})
		}()
		pw.Write([]byte(`{"id":"a","text":"Kirby said on Monday."}` + "\n"))
		pw.Write(append(big, '\n')) // returns once the reader has taken all of b
		time.Sleep(delay)
		cancel()
		select {
		case code = <-done:
		case <-time.After(time.Minute):
			t.Fatal("the run did not end after cancellation")
		}
		s := stderr.String()
		return out, stderr, code, !strings.Contains(s, "2 annotated") && !strings.Contains(s, "1 documents:")
	}
	var out string
	var stderr *syncBuffer
	var code int
	ok := false
	for _, delay := range []time.Duration{200 * time.Millisecond, time.Second, 3 * time.Second, 8 * time.Second} {
		if out, stderr, code, ok = attempt(delay); ok {
			break
		}
		t.Logf("cancelled after %v, b was not in flight: %s", delay, stderr.String())
	}
	if !ok {
		t.Skip("b was never in flight at the cancellation")
	}
	for _, want := range []string{"interrupted after 1 documents", "2 documents: 1 annotated, 0 failed, 1 interrupted", "out.jsonl.partial"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	if strings.Contains(stderr.String(), "context canceled") {
		t.Errorf("the interrupted document is reported as an error:\n%s", stderr.String())
	}
	if code != exitFatal {
		t.Errorf("exit %d", code)
	}
	if ids := checkOutput(t, out+".partial"); !slices.Equal(ids, []string{"a"}) {
		t.Errorf("partial output holds %v", ids)
	}
}

// TestFailureReason: the summary's reasons never name the file (an
// annotator error begins with the document's source).
func TestFailureReason(t *testing.T) {
	for _, tc := range []struct {
		err    error
		source string
		want   string
	}{
		{&corpus.Error{File: "x.jsonl", Line: 3, Err: errors.New(`malformed JSON: duplicate key "text"`)}, "", "malformed JSON"},
		{errors.New(`/data/in/a.txt: annotating document "a": internal error: index out of range [3]`), "/data/in/a.txt", "annotating document"},
		{errors.New(`<stdin>:2: annotating document "b": internal error`), "<stdin>:2", "annotating document"},
		{&corpus.Error{File: "a.txt", Err: errors.New("document larger than 1024 bytes")}, "", "document larger than 1024 bytes"},                 // a limit, the same for the kind
		{&corpus.Error{File: "a.jsonl", Line: 2, Err: errors.New(`lone surrogate escape \ud800 at byte 40`)}, "", `lone surrogate escape \ud800`}, // no "at byte N"
		{&corpus.Error{File: "a.txt", Err: errors.New("not UTF-8: invalid byte 0xff at byte offset 10")}, "", "not UTF-8"},
		{&extract.InternalError{Msg: `a.txt: internal error annotating document "a": index out of range [-1]`, Stack: []byte("goroutine 1\n")}, "a.txt", "internal error annotating document"},
	} {
		if got := reason(tc.err, tc.source); got != tc.want {
			t.Errorf("%v: reason %q, want %q", tc.err, got, tc.want)
		}
	}
}

// TestCommandsCancelOnFIFO: every command named a FIFO that no one
// writes ends when cancelled (Ctrl-C, SIGTERM) with exit 2; eval, export,
// render and validate (and annotate --lexicon, eval --baseline) waited in
// the open until a second signal.
func TestCommandsCancelOnFIFO(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"f.txt", "f.jsonl", "f.json"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("no FIFOs: %v", err)
		}
	}
	docs, gold := fixtures(t)
	pred := filepath.Join(dir, "pred.jsonl")
	write(t, pred, `{"id": "a", "annotations": []}`+"\n")
	fifo := func(name string) string { return filepath.Join(dir, name) }
	for _, args := range [][]string{
		{"eval", "--gold", gold, "--pred", fifo("f.jsonl")},
		{"eval", "--gold", fifo("f.json"), "--pred", pred},
		{"eval", "--gold", gold, "--pred", pred, "--docs", fifo("f.txt")},
		{"validate", fifo("f.jsonl")},
		{"validate", "--docs", fifo("f.txt"), pred},
		{"export", "--format", "csv", fifo("f.jsonl")},
		{"export", "--format", "conll", "--docs", fifo("f.txt"), pred},
		{"render", fifo("f.txt")},
		{"render", "--gold", fifo("f.json"), "--pred", pred, "--docs", docs},
		// read before the run: waited in the open for a second signal
		{"annotate", "--progress", "never", "--lexicon", fifo("f.txt"), docs},
		{"eval", "--gold", gold, "--pred", pred, "--baseline", fifo("f.json")},
	} {
		ctx, cancel := context.WithCancel(context.Background())
		var stdout, stderr syncBuffer
		done := make(chan int, 1)
		go func() {
			done <- run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}, args)
		}()
		time.Sleep(100 * time.Millisecond)
		cancel()
		select {
		case code := <-done:
			if code != exitFatal || strings.Contains(stderr.String(), "for usage") {
				t.Errorf("%v: exit %d, stderr:\n%s", args, code, stderr.String())
			}
		case <-time.After(time.Minute):
			t.Fatalf("%v: does not end when cancelled", args)
		}
	}
}

// TestMessagesEscapeControls: ids and file names with terminal escapes
// (ESC, BEL, a bidirectional override) are escaped in every message, not
// sent to the terminal.
func TestMessagesEscapeControls(t *testing.T) {
	dir := t.TempDir()
	evil := filepath.Join(dir, "evil\x1b[2J\u202e.jsonl")
	write(t, evil, `{"id":"x\u001b]0;pwned\u0007","annotations":[{"type":"BOGUS","start":0,"end":1,"text":"x"}]}`+"\n"+
		`{"id":"x\u001b]0;pwned\u0007","text":"dup"}`+"\n")
	docs := filepath.Join(dir, "docs.jsonl")
	write(t, docs, `{"id":"d\u001b[31m","text":"Biden said."}`+"\n"+`{"id":"d\u001b[31m","text":"Biden said."}`+"\n")
	for _, args := range [][]string{
		{"validate", evil},
		{"eval", "--gold", evil, "--pred", evil},
		{"export", "--format", "csv", evil, filepath.Join(dir, "missing\x1b[1m.jsonl")},
		{"export", "--format", "conll", "--docs", docs, evil},
		{"annotate", "--progress", "never", evil, docs},
		{"render", docs, "-o", filepath.Join(dir, "r.html")},
	} {
		r := runArgs(t, "", args...)
		out := r.stderr
		if args[0] == "validate" {
			out += r.stdout
		}
		if strings.ContainsAny(out, "\x1b\x07\u202e") {
			t.Errorf("%s: raw control characters in messages:\n%q", args[0], out)
		}
		if !strings.Contains(out, `\x1b`) {
			t.Errorf("%s: no escaped ESC in messages:\n%s", args[0], out)
		}
	}
}

// TestOutputFolderTraps: a FIFO named like a stale temporary file or like
// FILE.partial beside the output is never opened (the run blocked on it),
// and a symbolic link named like a temporary file is not followed.
func TestOutputFolderTraps(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "a.txt")
	write(t, in, "Biden said on Monday.")
	out := filepath.Join(dir, "out.jsonl")
	if err := syscall.Mkfifo(filepath.Join(dir, ".out.jsonl.tmp-123"), 0o644); err != nil {
		t.Skipf("no FIFOs: %v", err)
	}
	secret := filepath.Join(dir, "secret")
	write(t, secret, "not ours\n")
	os.Symlink(secret, filepath.Join(dir, ".out.jsonl.tmp-456"))
	runWithin := func(args ...string) result {
		done := make(chan result, 1)
		go func() { done <- runArgs(t, "", args...) }()
		select {
		case r := <-done:
			return r
		case <-time.After(time.Minute):
			t.Fatalf("%v hangs", args)
		}
		return result{}
	}
	if r := runWithin("annotate", "--progress", "never", in, "-o", out); r.code != exitOK {
		t.Errorf("stale FIFO: exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if got := readFile(t, secret); got != "not ours\n" {
		t.Errorf("the file a link points at changed: %q", got)
	}
	if err := syscall.Mkfifo(out+".partial", 0o644); err != nil {
		t.Fatal(err)
	}
	if r := runWithin("annotate", "--progress", "never", "--resume", in, "-o", out); r.code != exitFatal || !strings.Contains(r.stderr, "out.jsonl.partial is not a regular file") {
		t.Errorf("FIFO as .partial: exit %d, stderr:\n%s", r.code, r.stderr)
	}
}

// TestEndlessSideFiles: --lexicon /dev/zero and a --baseline report that
// never ends are refused after a bounded read (they were read forever).
func TestEndlessSideFiles(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	if _, err := readSmallFile(context.Background(), "/dev/zero", 1<<20); err == nil || !strings.Contains(err.Error(), "/dev/zero: larger than 1048576 bytes") {
		t.Errorf("readSmallFile(/dev/zero): %v", err)
	}
	done := make(chan result, 1)
	go func() { done <- runArgs(t, "", "annotate", "--lexicon", "/dev/zero", "-") }()
	select {
	case r := <-done:
		if r.code != exitFatal || !strings.Contains(r.stderr, "--lexicon: /dev/zero: larger than") {
			t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("--lexicon /dev/zero is read forever")
	}
}

// TestBarEndsBeforeItsSize: a run that ends before the size of its input
// folder is counted (an empty folder, a run that fails at once) does not
// crash when the count comes in after the bar is gone (it panicked on a
// nil bar).
func TestBarEndsBeforeItsSize(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.txt"), "Biden said.")
	for range 50 {
		c := &console{w: io.Discard}
		c.startBar(context.Background(), []string{dir})
		c.finish()
	}
	time.Sleep(200 * time.Millisecond) // let the counting goroutines end
}

// TestRenderInterrupted: a render cut off while a document is annotated
// says it was interrupted, without a "context canceled" error for the
// document.
func TestRenderInterrupted(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates a 4 MB document: skipped with -short")
	}
	dir := t.TempDir()
	para := "US Defense Secretary Lloyd Austin said on Monday that up to 8,500 troops were on “heightened alert”, Pentagon spokesman John Kirby told reporters. "
	in := filepath.Join(dir, "big.txt")
	write(t, in, strings.Repeat(para, 4<<20/len(para)))
	code, _, stderr := runCancelledAfter(t, 300*time.Millisecond, "render", in, "-o", filepath.Join(dir, "r.html"))
	if code == exitOK {
		t.Skip("the document was annotated before the cancellation")
	}
	if code != exitFatal || !strings.Contains(stderr, "interrupted") || strings.Contains(stderr, "context canceled") {
		t.Errorf("exit %d, stderr:\n%s", code, stderr)
	}
}

// TestValidateFolderSkipsFIFO: validate DIR skips a FIFO (or a link to a
// folder) named like an annotation file, with a message naming it, and
// validates the rest; it blocked in open() forever (red team 3, H4).
func TestValidateFolderSkipsFIFO(t *testing.T) {
	tests := []struct {
		name, file string
		fifo       bool // else a link to a folder
		want       string
	}{
		{"FIFO .jsonl", "b.jsonl", true, "b.jsonl: skipped: a named pipe (FIFO)"},
		{"FIFO .json", "b.json", true, "b.json: skipped: a named pipe (FIFO)"},
		{"link to a folder .jsonl", "b.jsonl", false, "b.jsonl: skipped: a link to a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "vf", "a.jsonl"), `{"id":"a","annotations":[]}`+"\n")
			p := filepath.Join(dir, "vf", tt.file)
			var err error
			if tt.fifo {
				err = syscall.Mkfifo(p, 0o644)
			} else {
				err = os.Symlink(dir, p)
			}
			if err != nil {
				t.Skipf("cannot make %s: %v", tt.file, err)
			}
			r := cli(t, dir, "", "validate", "vf") // cli's hang guard ends a blocked run
			if !strings.Contains(r.stderr+r.stdout, tt.want) || !strings.Contains(r.stdout, "1 documents") {
				t.Errorf("exit %d, stdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
			}
		})
	}
}

// runCancelledAfter runs the command in process with an empty standard
// input and cancels its context (as Ctrl-C or SIGTERM do) after delay; it
// fails the test when the run has not ended a minute later.
func runCancelledAfter(t *testing.T, delay time.Duration, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var out, errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, args)
	}()
	time.Sleep(delay)
	cancel()
	select {
	case code = <-done:
	case <-time.After(time.Minute):
		t.Fatalf("%s did not end after cancellation", args[0])
	}
	return code, out.String(), errb.String()
}
