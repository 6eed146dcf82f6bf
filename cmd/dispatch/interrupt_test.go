package main

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestEvalValidateInterrupted: eval, validate and export stopped by Ctrl-C or
// SIGTERM (a cancelled context) say "interrupted", never a raw "context
// canceled" or a misleading "no gold documents", exit 2 as documented,
// and write nothing (--docs-out stays absent). Cases: cancelled before
// the run, and cancelled while the command waits on standard input.
func TestEvalValidateInterrupted(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	pred := filepath.Join(dir, "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB))
	brat := filepath.Join(dir, "brat")
	write(t, filepath.Join(brat, "d1.txt"), "Joe Biden spoke.")
	write(t, filepath.Join(brat, "d1.ann"), "T1\tOFFICIAL 0 9\tJoe Biden\n#1\tAnnotatorNotes T1\tname=Joe Biden\n")
	docsOut := filepath.Join(dir, "docs-out.jsonl")
	cases := []struct {
		name  string
		stdin bool // wait on a pipe nobody writes to, then cancel
		args  []string
		want  string
	}{
		{"eval, before the gold", false, []string{"eval", "--gold", gold, "--pred", pred, "--docs", docs}, "dispatch eval: interrupted while reading the gold"},
		{"eval, waiting for predictions", true, []string{"eval", "--gold", gold, "--pred", "-"}, "dispatch eval: interrupted while reading the predictions; nothing written"},
		{"eval, waiting for gold", true, []string{"eval", "--gold", "-", "--pred", pred}, "dispatch eval: interrupted while reading the gold"},
		{"eval --docs-out", false, []string{"eval", "--gold-format", "brat", "--gold", brat, "--docs-out", docsOut}, "dispatch eval: interrupted"},
		{"validate, before", false, []string{"validate", gold}, "dispatch validate: interrupted; the check is incomplete"},
		{"validate --docs", false, []string{"validate", "--docs", docs, gold}, "dispatch validate: interrupted"},
		{"validate, waiting on stdin", true, []string{"validate", "-"}, "dispatch validate: interrupted; the check is incomplete"},
		// export says what became of its output (red team 19, 10: it said
		// "interrupted (context canceled)")
		{"export, before", false, []string{"export", "--format", "csv", pred, "-o", filepath.Join(dir, "out.csv")}, "dispatch export: interrupted: nothing written; " + filepath.Join(dir, "out.csv") + " not created"},
		{"export, waiting on stdin", true, []string{"export", "--format", "csv", "-"}, "dispatch export: interrupted: nothing written to standard output"},
	}
	// attempt runs one case, cancelling after delay when it waits on
	// stdin, and returns the exit code and the output
	attempt := func(t *testing.T, stdinWait bool, args []string, delay time.Duration) (int, string, string) {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		var stdin io.Reader = strings.NewReader("")
		if stdinWait {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			defer w.Close()
			stdin = r
		} else {
			cancel()
		}
		var out, errb syncBuffer
		done := make(chan int, 1)
		go func() { done <- run(&env{ctx: ctx, stdin: stdin, stdout: &out, stderr: &errb}, args) }()
		if stdinWait {
			// cancelled whenever it comes: before or during the wait
			time.Sleep(delay)
			cancel()
		}
		select {
		case code := <-done:
			return code, out.String(), errb.String()
		case <-time.After(time.Minute):
			t.Fatal("did not end after cancellation")
		}
		return 0, "", ""
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			// on a loaded machine the cancellation may come while an
			// earlier input is still read (its own message): wait longer
			delay := 50 * time.Millisecond
			code, out, stderr := attempt(t, c.stdin, c.args, delay)
			for c.stdin && !strings.Contains(stderr, c.want) && strings.Contains(stderr, "interrupted while reading the gold") && delay < 5*time.Second {
				delay *= 4
				code, out, stderr = attempt(t, c.stdin, c.args, delay)
			}
			if code != exitFatal || !strings.Contains(stderr, c.want) || strings.Contains(stderr, "context canceled") ||
				strings.Contains(stderr, "no gold documents") || strings.Contains(out, "documents, ") {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit %d and %q", code, out, stderr, exitFatal, c.want)
			}
			if _, err := os.Stat(docsOut); err == nil {
				t.Errorf("--docs-out written by an interrupted run")
			}
		})
	}
}
