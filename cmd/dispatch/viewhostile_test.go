//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestViewCommandsHostileInputs: every reader of render, export and eval
// given something hostile (an endless device, a FIFO or a device in a
// folder, a dangling link, a line longer than the limit, JSON nested a
// million deep, malformed JSON, bytes that are not UTF-8) says what is
// wrong naming the file (and the line, for a record), never hangs (cli's
// deadline), and never writes -o over what was there when nothing could
// be read (issue 8, item 5).
func TestViewCommandsHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("a 300 MB line: skipped in -short mode")
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"docs/a.txt":      "Secretary Blinken said on Monday.\n",
		"pred.jsonl":      `{"id":"a","annotations":[{"type":"DATE","start":26,"end":32,"text":"Monday","value":"2022-01-24"}]}` + "\n",
		"malformed.jsonl": `{"id":"a","annotations":[]}` + "\n" + `{"id":"b","annotations":[}` + "\n",
		"notutf8.jsonl":   `{"id":"a","annotations":[]}` + "\n" + "{\"id\":\"b\xff\",\"annotations\":[]}\n",
		"deep.jsonl":      `{"id":"a","annotations":` + strings.Repeat("[", 1<<20) + "\n",
		"out":             "KEEP",
	})
	// a line over the 256 MB limit
	f, err := os.Create(filepath.Join(dir, "long.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"id":"a","annotations":[],"x":"`)
	chunk := []byte(strings.Repeat("x", 1<<20))
	for range 300 {
		if _, err := f.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	f.Close()
	hostile := filepath.Join(dir, "hostile")
	write(t, filepath.Join(hostile, "a.txt"), "Secretary Blinken said on Monday.\n")
	if err := syscall.Mkfifo(filepath.Join(hostile, "fifo.jsonl"), 0o644); err != nil {
		t.Skipf("no FIFOs: %v", err)
	}
	for name, target := range map[string]string{"zero.txt": "/dev/zero", "dangling.jsonl": "nowhere", "self": "."} {
		if err := os.Symlink(target, filepath.Join(hostile, name)); err != nil {
			t.Fatal(err)
		}
	}

	tests := []struct {
		name string
		args []string
		code int
		want []string // in the messages
	}{
		{"render --pred /dev/zero", []string{"render", "--pred", "/dev/zero", "--docs", "docs", "-o", "out"},
			exitFatal, []string{"/dev/zero:1: binary data"}},
		{"render --docs /dev/zero", []string{"render", "--pred", "pred.jsonl", "--docs", "/dev/zero", "-o", "out"},
			exitPartial, []string{"/dev/zero:1: binary data", "no text for this document"}},
		{"export --docs /dev/zero", []string{"export", "--format", "conll", "pred.jsonl", "--docs", "/dev/zero", "-o", "out"},
			exitFatal, []string{"/dev/zero:1: binary data"}},
		{"eval --pred /dev/zero", []string{"eval", "--gold", "pred.jsonl", "--pred", "/dev/zero", "--docs", "docs"},
			exitFatal, []string{"/dev/zero:1: binary data"}},
		{"render, a folder of traps", []string{"render", "hostile", "-o", "out"},
			exitPartial, []string{"hostile/fifo.jsonl: skipped: a named pipe", "hostile/zero.txt: skipped: a character device", "hostile/dangling.jsonl: no such file"}},
		{"render --docs, a folder of traps", []string{"render", "--pred", "pred.jsonl", "--docs", "hostile", "-o", "out"},
			exitPartial, []string{"hostile/fifo.jsonl: skipped: a named pipe", "hostile/zero.txt: skipped: a character device"}},
		{"render --pred, a folder of traps", []string{"render", "--pred", "hostile", "--docs", "docs", "-o", "out"},
			exitFatal, []string{"hostile/fifo.jsonl: skipped: a named pipe", "hostile/dangling.jsonl: no such file"}},
		// the documents needed are there: the skipped files are warnings
		{"export --docs, a folder of traps", []string{"export", "--format", "conll", "pred.jsonl", "--docs", "hostile", "-o", "out"},
			exitOK, []string{"hostile/fifo.jsonl: skipped: a named pipe", "hostile/zero.txt: skipped: a character device"}},
		{"eval --gold, a folder of traps", []string{"eval", "--gold", "hostile", "--pred", "pred.jsonl"},
			exitFatal, []string{"hostile/fifo.jsonl: skipped: a named pipe", "hostile/dangling.jsonl: no such file"}},
		{"render --pred, a line over the limit", []string{"render", "--pred", "long.jsonl", "--docs", "docs", "-o", "out"},
			exitFatal, []string{"long.jsonl:1: line larger than"}},
		{"export, a line over the limit", []string{"export", "--format", "csv", "long.jsonl", "-o", "out"},
			exitFatal, []string{"long.jsonl:1: line larger than"}},
		{"eval --pred, a line over the limit", []string{"eval", "--gold", "pred.jsonl", "--pred", "long.jsonl"},
			exitFatal, []string{"long.jsonl:1: line larger than"}},
		{"render --pred, nested a million deep", []string{"render", "--pred", "deep.jsonl", "--docs", "docs", "-o", "out"},
			exitFatal, []string{"deep.jsonl:1: malformed JSON"}},
		{"export, nested a million deep", []string{"export", "--format", "csv", "deep.jsonl", "-o", "out"},
			exitFatal, []string{"deep.jsonl:1: malformed JSON"}},
		{"eval --gold, nested a million deep", []string{"eval", "--gold", "deep.jsonl", "--pred", "pred.jsonl"},
			exitFatal, []string{"deep.jsonl:1: malformed JSON"}},
		{"render --pred, malformed JSON", []string{"render", "--pred", "malformed.jsonl", "--docs", "docs", "-o", "out.html"},
			exitPartial, []string{"malformed.jsonl:2: malformed JSON"}},
		{"export, malformed JSON", []string{"export", "--format", "csv", "malformed.jsonl", "-o", "out.csv"},
			exitPartial, []string{"malformed.jsonl:2: malformed JSON"}},
		{"eval --pred, malformed JSON", []string{"eval", "--gold", "pred.jsonl", "--pred", "malformed.jsonl"},
			exitPartial, []string{"malformed.jsonl:2: malformed JSON"}},
		{"render --pred, not UTF-8", []string{"render", "--pred", "notutf8.jsonl", "--docs", "docs", "-o", "out.html"},
			exitPartial, []string{"notutf8.jsonl:2: not UTF-8"}},
		{"export, not UTF-8", []string{"export", "--format", "csv", "notutf8.jsonl", "-o", "out.csv"},
			exitPartial, []string{"notutf8.jsonl:2: not UTF-8"}},
		{"eval --gold, not UTF-8", []string{"eval", "--gold", "notutf8.jsonl", "--pred", "pred.jsonl"},
			exitFatal, []string{"notutf8.jsonl:2: not UTF-8"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			write(t, filepath.Join(dir, "out"), "KEEP")
			r := cli(t, dir, "", tt.args...)
			if r.code != tt.code {
				t.Errorf("exit %d, want %d; stderr:\n%.1500s", r.code, tt.code, r.stderr)
			}
			for _, w := range tt.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%.1500s", w, r.stderr)
				}
			}
			if tt.code == exitFatal {
				if got := readFile(t, filepath.Join(dir, "out")); got != "KEEP" {
					t.Errorf("out replaced by a run that failed: %.100q", got)
				}
			}
		})
	}
}
