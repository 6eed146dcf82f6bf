//go:build unix

package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestWritersCancelOnFIFO: an -o (or --docs-out) that is a FIFO no one
// reads, or one whose reader reads nothing, never hangs a run: Ctrl-C or
// SIGTERM ends it, exit 2, saying it was interrupted. Before, render,
// export and annotate waited in the open (or in a write) through any
// number of SIGTERMs (found attacking render's writers, issue 8 item 5).
func TestWritersCancelOnFIFO(t *testing.T) {
	// the sample corpus: each output is larger than a pipe holds
	docs, _ := filepath.Abs("../../../shared/corpus")
	gold, _ := filepath.Abs("../../corpus/gold")
	if _, err := os.Stat(docs); err != nil {
		t.Skipf("no sample corpus: %v", err)
	}
	dir := t.TempDir()
	pred := filepath.Join(dir, "pred.jsonl")
	if r := cli(t, dir, "", "annotate", "-q", docs, "-o", pred); r.code != exitOK {
		t.Fatalf("annotate: exit %d\n%s", r.code, r.stderr)
	}
	for _, reader := range []string{"no reader", "a reader that reads nothing"} {
		for _, args := range [][]string{
			{"render", "--pred", pred, "--docs", docs, "-o"},
			{"render", "--gold", gold, "--pred", pred, "--docs", docs, "-o"},
			{"export", "--format", "conll", pred, "--docs", docs, "-o"},
			{"annotate", "-q", docs, "-o"},
		} {
			t.Run(reader+"/"+strings.Join(args[:2], " "), func(t *testing.T) {
				fifo := filepath.Join(t.TempDir(), "out")
				if err := syscall.Mkfifo(fifo, 0o644); err != nil {
					t.Skipf("no FIFOs: %v", err)
				}
				// opened for reading without blocking: the writer's open
				// then succeeds, and its writes stall once the pipe is full
				r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0)
				if err != nil {
					t.Fatal(err)
				}
				if reader == "no reader" {
					r.Close()
					// afterwards, let an open still waiting end
					t.Cleanup(func() {
						if r, err := os.OpenFile(fifo, os.O_RDONLY|syscall.O_NONBLOCK, 0); err == nil {
							time.Sleep(10 * time.Millisecond)
							r.Close()
						}
					})
				} else {
					defer r.Close()
				}
				ctx, cancel := context.WithCancel(context.Background())
				defer cancel()
				var stdout, stderr syncBuffer
				done := make(chan int, 1)
				go func() {
					done <- run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}, append(args, fifo))
				}()
				select {
				case code := <-done:
					if reader == "no reader" || args[0] != "annotate" {
						t.Fatalf("ended before the cancellation: exit %d\n%s", code, stderr.String())
					}
					return // its whole output fitted in the pipe
				case <-time.After(300 * time.Millisecond):
				}
				cancel()
				select {
				case code := <-done:
					if code != exitFatal || !strings.Contains(stderr.String(), "interrupted") || strings.Contains(stderr.String(), "context canceled\n") {
						t.Errorf("exit %d, stderr:\n%s", code, stderr.String())
					}
				case <-time.After(time.Minute): // a hang guard
					t.Fatal("does not end when cancelled")
				}
			})
		}
	}
}
