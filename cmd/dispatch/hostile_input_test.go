package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
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
