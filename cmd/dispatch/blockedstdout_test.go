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
)

// TestInterruptedWhileStdoutBlocked: Ctrl-C or SIGTERM ends export,
// render, eval and validate while their standard output is a pipe that its reader
// keeps open but does not read (`dispatch eval ... | less`, then Ctrl-C):
// exit 2, and a line saying standard output was not being read. Before,
// each went on until the reader went away (red team 20; annotate's is
// TestAnnotateInterruptedWhileOutputBlocked).
func TestInterruptedWhileStdoutBlocked(t *testing.T) {
	// 200 copies of the sample corpus's documents, and their
	// annotations: every command's output is far larger than a pipe holds
	dir := t.TempDir()
	docs := corpusCopies(t, dir, 200)
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

	// annotation files with a problem on every line: validate's report
	// (at most 50 lines a file) of 40 of them
	bad := filepath.Join(dir, "bad")
	if err := os.Mkdir(bad, 0o755); err != nil {
		t.Fatal(err)
	}
	var lines strings.Builder
	for i := range 60 {
		fmt.Fprintf(&lines, `{"id":"d%d","annotations":[{"type":"NOT-A-TYPE","start":5,"end":1,"text":"x"}]}`+"\n", i)
	}
	for i := range 40 {
		if err := os.WriteFile(filepath.Join(bad, fmt.Sprintf("bad%02d.jsonl", i)), []byte(lines.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	for _, c := range []struct {
		name string
		args []string
	}{
		{"validate", []string{"validate", bad}},
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
			code, msg := cancelWhileBlocked(t, w, r, closeReader, c.args)
			if code != exitFatal || !strings.Contains(msg, "interrupted") || !strings.Contains(msg, "standard output was not being read") {
				t.Errorf("exit %d, want %d, interrupted, and standard output not being read:\n%s", code, exitFatal, msg)
			}
		})
	}
}
