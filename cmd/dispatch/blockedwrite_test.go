//go:build unix

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestAnnotateInterruptedWhileOutputBlocked: Ctrl-C or SIGTERM ends an
// annotate run whose output is a pipe (standard output) or FIFO (-o)
// that its reader keeps open but does not read: exit 2, "interrupted
// after N documents", and a line saying the output was not being read.
// Before, with standard output the run went on until the reader went
// away, and with a FIFO it ended "writing out: write out: i/o timeout"
// (red team 19, issue 1).
func TestAnnotateInterruptedWhileOutputBlocked(t *testing.T) {
	// 200 copies of the sample corpus's documents: their output is
	// far larger than a pipe holds
	docs := corpusCopies(t, t.TempDir(), 200)
	for _, to := range []string{"standard output", "fifo"} {
		t.Run(to, func(t *testing.T) {
			var stdout io.Writer = new(syncBuffer)
			args := []string{"annotate", "-q", docs}
			var reader *os.File
			if to == "standard output" {
				r, w, err := os.Pipe()
				if err != nil {
					t.Fatal(err)
				}
				defer w.Close()
				stdout, reader = w, r
			} else {
				fifo := filepath.Join(t.TempDir(), "out")
				if err := syscall.Mkfifo(fifo, 0o644); err != nil {
					t.Skipf("no FIFOs: %v", err)
				}
				r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
				if err != nil {
					t.Fatal(err)
				}
				reader = r
				args = append(args, "-o", fifo)
			}
			// the reader stays open, reading nothing, until the end
			closeReader := sync.OnceFunc(func() { reader.Close() })
			defer closeReader()
			code, msg := cancelWhileBlocked(t, stdout, reader, closeReader, args)
			if code != exitFatal || !strings.Contains(msg, "interrupted after") || !strings.Contains(msg, "was not being read") || strings.Contains(msg, "i/o timeout") {
				t.Errorf("exit %d, want %d, interrupted, and the output not being read:\n%s", code, exitFatal, msg)
			}
		})
	}
}

// corpusCopies writes n copies of the sample corpus's documents as JSON
// Lines records (ids d0, d1, …) to dir/docs.jsonl and returns its path;
// the test is skipped without the corpus.
func corpusCopies(t *testing.T, dir string, n int) string {
	t.Helper()
	corpusDir, _ := filepath.Abs("../../../shared/corpus")
	texts, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(texts) == 0 {
		t.Skip("no sample corpus")
	}
	var lines strings.Builder
	for i := range n {
		text, err := os.ReadFile(texts[i%len(texts)])
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%d", i), "text": string(text)})
		lines.Write(append(rec, '\n'))
	}
	docs := filepath.Join(dir, "docs.jsonl")
	if err := os.WriteFile(docs, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return docs
}

// cancelWhileBlocked runs dispatch with args and standard output stdout,
// whose reader reads nothing, cancels it once its output is blocked
// (failing the test if it ended before), and returns its exit code and
// standard error. Blocked is observed, not assumed after a pause: the
// bytes waiting in reader's pipe or FIFO have stopped growing, with at
// least as many waiting as a pipe holds where the system tells its size
// (a run slowed down by the race detector may need seconds to fill it;
// CI once cancelled render after half a second, before it had written).
// A run still going 60 s after the cancellation, or not blocked within
// 60 s (hang guards, not timings), fails the test, after closeReader has
// let it end.
func cancelWhileBlocked(t *testing.T, stdout io.Writer, reader *os.File, closeReader func(), args []string) (int, string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: stdout, stderr: &stderr}, args)
	}()
	if code, ended := waitBlocked(t, reader, done); ended {
		t.Fatalf("ended before the cancellation, with the pipe full: exit %d\n%s", code, stderr.String())
	}
	cancel()
	select {
	case code := <-done:
		return code, stderr.String()
	case <-time.After(60 * time.Second):
		closeReader() // lets the run end, for the message
		code := <-done
		t.Fatalf("still running 60 s after the cancellation, until its reader went away: exit %d\n%s", code, stderr.String())
		return code, ""
	}
}

// waitBlocked waits until the bytes waiting in reader (a pipe or FIFO's
// read end) have been the same for half a second, and at least
// pipeFull(reader) of them: the writer is blocked. It returns the run's
// exit code and true if the run ended first; it fails the test after
// 60 s with the writer never blocked.
func waitBlocked(t *testing.T, reader *os.File, done <-chan int) (int, bool) {
	t.Helper()
	full := pipeFull(reader)
	deadline := time.Now().Add(60 * time.Second)
	last, since := -1, time.Now()
	for time.Now().Before(deadline) {
		select {
		case code := <-done:
			return code, true
		case <-time.After(10 * time.Millisecond):
		}
		n, err := bytesWaiting(reader)
		if err != nil {
			t.Fatalf("bytes waiting in the pipe: %v", err)
		}
		if n != last {
			last, since = n, time.Now()
			continue
		}
		if n > 0 && n >= full && time.Since(since) >= 500*time.Millisecond {
			return 0, false
		}
	}
	t.Fatalf("the output was not blocked within 60 s (%d bytes waiting)", last)
	return 0, false
}
