//go:build unix

package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestInterruptedWhileStdoutBlocked: Ctrl-C or SIGTERM ends export,
// render and eval while their standard output is a pipe that its reader
// keeps open but does not read (`dispatch eval ... | less`, then Ctrl-C):
// exit 2, and a line saying standard output was not being read. Before,
// each went on until the reader went away (red team 20; annotate's is
// TestAnnotateInterruptedWhileOutputBlocked).
func TestInterruptedWhileStdoutBlocked(t *testing.T) {
	corpusDir, _ := filepath.Abs("../../../shared/corpus")
	texts, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	if len(texts) == 0 {
		t.Skip("no sample corpus")
	}
	// 200 copies of the sample corpus's documents, and their
	// annotations: every command's output is far larger than a pipe holds
	dir := t.TempDir()
	var lines strings.Builder
	for i := range 200 {
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
	ann := filepath.Join(dir, "ann.jsonl")
	var stderr syncBuffer
	if code := run(&env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: new(syncBuffer), stderr: &stderr},
		[]string{"annotate", "-q", "-o", ann, docs}); code != exitOK {
		t.Fatalf("annotate: exit %d\n%s", code, stderr.String())
	}
	// predictions with no annotations: every gold annotation is a miss,
	// listed by eval --errors
	data, err := os.ReadFile(ann)
	if err != nil {
		t.Fatal(err)
	}
	var none strings.Builder
	for _, line := range strings.SplitAfter(strings.TrimSpace(string(data)), "\n") {
		var rec map[string]any
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatal(err)
		}
		if _, ok := rec["annotations"]; ok {
			rec["annotations"] = []any{}
		}
		out, _ := json.Marshal(rec)
		none.Write(append(out, '\n'))
	}
	pred := filepath.Join(dir, "none.jsonl")
	if err := os.WriteFile(pred, []byte(none.String()), 0o644); err != nil {
		t.Fatal(err)
	}

	for _, c := range []struct {
		name string
		args []string
	}{
		{"export", []string{"export", "--format", "csv", ann}},
		{"export -o -", []string{"export", "--format", "csv", "-o", "-", ann}},
		{"render", []string{"render", "--pred", ann, "--docs", docs}},
		{"eval", []string{"eval", "--gold", ann, "--pred", pred, "--bootstrap", "0", "--errors"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r, w, err := os.Pipe()
			if err != nil {
				t.Fatal(err)
			}
			defer w.Close()
			// the reader stays open, reading nothing, until the end
			closeReader := sync.OnceFunc(func() { r.Close() })
			defer closeReader()
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var stderr syncBuffer
			done := make(chan int, 1)
			go func() {
				done <- run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: w, stderr: &stderr}, c.args)
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
			if code != exitFatal || !strings.Contains(msg, "interrupted") || !strings.Contains(msg, "standard output was not being read") {
				t.Errorf("exit %d, want %d, interrupted, and standard output not being read:\n%s", code, exitFatal, msg)
			}
		})
	}
}
