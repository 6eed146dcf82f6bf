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
	dir := t.TempDir()
	out := filepath.Join(dir, "out.jsonl")
	para := "US Defense Secretary Lloyd Austin said on Monday that up to 8,500 troops were on “heightened alert”, Pentagon spokesman John Kirby told reporters. "
	big, _ := json.Marshal(map[string]string{"id": "b", "text": strings.Repeat(para, 4<<20/len(para))})
	pr, pw := io.Pipe()
	defer pw.Close()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stdout, stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(&env{ctx: ctx, stdin: pr, stdout: &stdout, stderr: &stderr},
			[]string{"annotate", "-j", "1", "--progress", "never", "-o", out, "-"})
	}()
	pw.Write([]byte(`{"id":"a","text":"Kirby said on Monday."}` + "\n"))
	pw.Write(append(big, '\n')) // returns once the reader has taken all of b
	// The reader has b's bytes; give it time to parse b and hand it to
	// the worker (seconds under load) before cancelling.
	time.Sleep(time.Second)
	cancel()
	var code int
	select {
	case code = <-done:
	case <-time.After(time.Minute):
		t.Fatal("the run did not end after cancellation")
	}
	if strings.Contains(stderr.String(), "2 annotated") {
		t.Skip("b was annotated before the cancellation")
	}
	if strings.Contains(stderr.String(), "1 documents: 1 annotated, 0 failed\n") {
		t.Skip("b was not yet read when the run was cancelled (a loaded machine)")
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
		{&corpus.Error{File: "a.txt", Err: errors.New("document larger than 1024 bytes")}, "", "document larger than N bytes"},
	} {
		if got := reason(tc.err, tc.source); got != tc.want {
			t.Errorf("%v: reason %q, want %q", tc.err, got, tc.want)
		}
	}
}

// TestCommandsCancelOnFIFO: every command named a FIFO that no one
// writes ends when cancelled (Ctrl-C, SIGTERM) with exit 2; eval, export,
// render and validate waited in the open until a second signal.
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
			if code != exitFatal {
				t.Errorf("%v: exit %d, stderr:\n%s", args, code, stderr.String())
			}
		case <-time.After(time.Minute):
			t.Fatalf("%v: does not end when cancelled", args)
		}
	}
}
