//go:build unix

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestResumeFinishedFileKilled: --resume on a finished output (no
// FILE.partial) never writes into FILE: killed (kill -9) in the middle,
// FILE is still byte for byte what it was, and a later --resume completes
// it. Before, it appended to FILE in place, and a kill left it ending in
// a cut-off record (red team 19, issue 2).
func TestResumeFinishedFileKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("long runs: skipped with -short")
	}
	if binary == "" {
		t.Fatal(buildErr)
	}
	dir := t.TempDir()
	bigInput(t, dir, 100)
	out := filepath.Join(dir, "out.jsonl")
	if r := cli(t, dir, "", "annotate", "-q", "big.jsonl", "-o", "out.jsonl"); r.code != exitOK {
		t.Fatalf("first run: exit %d\n%s", r.code, r.stderr)
	}
	before := readFile(t, out)
	const n = 1500
	bigInput(t, dir, n) // the same 100 documents first, then more

	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "annotate", "--resume", "-j", "1", "big.jsonl", "-o", "out.jsonl")
	cmd.Dir = dir
	var errb strings.Builder
	cmd.Stderr = &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	// killed once FILE, or the file that stands for it, has grown by
	// 300 KB: new records are being written
	grown := func() bool {
		m, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
		for _, f := range append(m, out) {
			if info, err := os.Stat(f); err == nil && info.Size() > int64(len(before))+300<<10 {
				return true
			}
		}
		return false
	}
	for !grown() {
		select {
		case <-done:
			t.Skipf("the run ended before the kill\n%s", errb.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	<-done
	if got := readFile(t, out); got != before {
		t.Fatalf("killed --resume changed %s (%d bytes, was %d; ends %q)", out, len(got), len(before), got[max(0, len(got)-40):])
	}

	r := cli(t, dir, "", "annotate", "-q", "--resume", "big.jsonl", "-o", "out.jsonl")
	if r.code != exitOK {
		t.Fatalf("--resume after the kill: exit %d\n%s", r.code, r.stderr)
	}
	if ids := checkOutput(t, out); len(ids) != n {
		t.Errorf("complete output holds %d documents, want %d", len(ids), n)
	}
}

// TestCutToLastRecord: a file whose last write failed half-way is cut back
// to its last whole line, never before min.
func TestCutToLastRecord(t *testing.T) {
	long := strings.Repeat("x", 100<<10) // longer than one read back
	for _, tt := range []struct {
		in   string
		min  int64
		want string
	}{
		{"h\na\nb\n", 0, "h\na\nb\n"},
		{"h\na\nb", 0, "h\na\n"},
		{"h\na\n" + long, 0, "h\na\n"},
		{"h\n" + long + "\n" + long, 0, "h\n" + long + "\n"},
		{"h\nabc", 3, "h\na"},
		{"", 0, ""},
		{"abc", 0, ""},
	} {
		path := filepath.Join(t.TempDir(), "f")
		write(t, path, tt.in)
		f, err := os.OpenFile(path, os.O_RDWR, 0)
		if err != nil {
			t.Fatal(err)
		}
		cut, err := cutToLastRecord(f, tt.min)
		f.Close()
		got := readFile(t, path)
		if err != nil || got != tt.want || cut != int64(len(tt.in)-len(tt.want)) {
			t.Errorf("%.20q (min %d): %.20q, cut %d, %v; want %.20q", tt.in, tt.min, got, cut, err, tt.want)
		}
	}
}
