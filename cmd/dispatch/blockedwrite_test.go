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
	corpusDir, _ := filepath.Abs("../../../shared/corpus")
	texts, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(texts) == 0 {
		t.Skip("no sample corpus")
	}
	var lines strings.Builder
	for i := range 200 {
		text, err := os.ReadFile(texts[i%len(texts)])
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("d%d", i), "text": string(text)})
		lines.Write(append(rec, '\n'))
	}
	docs := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(docs, []byte(lines.String()), 0o644); err != nil {
		t.Fatal(err)
	}
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
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var stderr syncBuffer
			done := make(chan int, 1)
			go func() {
				done <- run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: stdout, stderr: &stderr}, args)
			}()
			select {
			case code := <-done:
				t.Fatalf("ended before the cancellation, with the pipe full: exit %d\n%s", code, stderr.String())
			case <-time.After(500 * time.Millisecond):
			}
			cancel()
			var code int
			select {
			case code = <-done:
			case <-time.After(60 * time.Second): // a hang guard, not a timing
				closeReader() // lets the run end, for the message
				code = <-done
				t.Fatalf("still running 60 s after the cancellation, until its reader went away: exit %d\n%s", code, stderr.String())
			}
			msg := stderr.String()
			if code != exitFatal || !strings.Contains(msg, "interrupted after") || !strings.Contains(msg, "was not being read") || strings.Contains(msg, "i/o timeout") {
				t.Errorf("exit %d, want %d, interrupted, and the output not being read:\n%s", code, exitFatal, msg)
			}
		})
	}
}
