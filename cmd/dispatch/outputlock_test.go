//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestOutputLockTwoProcesses: while one annotate run writes -o FILE, a
// second run on the same FILE (by another name too: a symbolic link) is
// refused, exit 2, naming the first; the first finishes unharmed, and
// then, or after the first was killed outright (kill -9), a new run
// takes the lock: it is never stale. Before, both runs ended with exit
// 0 and the later rename silently discarded the other's output (red
// team 3 L10).
func TestOutputLockTwoProcesses(t *testing.T) {
	if binary == "" {
		t.Fatal(buildErr)
	}
	dir := sampleDocs(t)
	os.Symlink("out.jsonl", filepath.Join(dir, "link.jsonl"))
	lock := filepath.Join(dir, ".out.jsonl.lock")

	// first: reads standard input, which the test holds open
	start := func() (*exec.Cmd, *os.File, *bytes.Buffer) {
		t.Helper()
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command(binary, "annotate", "-", "-o", "out.jsonl")
		var errb bytes.Buffer
		cmd.Dir, cmd.Stdin, cmd.Stderr = dir, r, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		r.Close()
		// hang guard: wait until it holds the lock (the file names it)
		want := fmt.Sprintf("process %d,", cmd.Process.Pid)
		for deadline := time.Now().Add(time.Minute); ; time.Sleep(10 * time.Millisecond) {
			if data, _ := os.ReadFile(lock); strings.Contains(string(data), want) {
				break
			}
			if time.Now().After(deadline) {
				cmd.Process.Kill()
				t.Fatalf("the first run did not take the lock: %s", errb.String())
			}
		}
		return cmd, w, &errb
	}
	wait := func(cmd *exec.Cmd) int {
		t.Helper()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
		case <-time.After(time.Minute):
			cmd.Process.Kill()
			t.Fatal("the first run did not end")
		}
		return cmd.ProcessState.ExitCode()
	}

	first, stdin, firstErr := start()
	for _, out := range []string{"out.jsonl", "link.jsonl"} {
		r := cli(t, dir, "", "annotate", "in", "-o", out)
		want := fmt.Sprintf("is being written by another run (dispatch annotate, process %d,", first.Process.Pid)
		if r.code != exitFatal || !strings.Contains(r.stderr, want) {
			t.Errorf("second run -o %s: exit %d, stderr %q; want %d and %q", out, r.code, r.stderr, exitFatal, want)
		}
	}
	fmt.Fprintln(stdin, `{"id":"s1","text":"Pentagon spokesman John Kirby said on Monday."}`)
	stdin.Close()
	if code := wait(first); code != exitOK {
		t.Fatalf("first run: exit %d: %s", code, firstErr.String())
	}
	if ids := outputIDs(t, readFile(t, filepath.Join(dir, "out.jsonl"))); strings.Join(ids, " ") != "s1" {
		t.Errorf("output of the first run: %v", ids)
	}
	if _, err := os.Lstat(lock); err == nil {
		t.Errorf("the lock file is left after a complete run")
	}

	// killed outright while holding the lock: the next run goes ahead
	first, stdin, _ = start()
	first.Process.Signal(syscall.SIGKILL)
	wait(first)
	stdin.Close()
	// (its temporary file is another matter: the next run would keep it
	// as out.jsonl.partial and ask for --resume)
	temps, _ := filepath.Glob(filepath.Join(dir, ".out.jsonl.tmp-*"))
	for _, f := range temps {
		os.Remove(f)
	}
	r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl")
	if r.code != exitOK || len(outputIDs(t, readFile(t, filepath.Join(dir, "out.jsonl")))) != 3 {
		t.Errorf("after kill -9: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestOutputLockWriters: export, render and eval --docs-out refuse an
// output another run holds, and leave it as it was.
func TestOutputLockWriters(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	pred := filepath.Join(dir, "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB))
	out := filepath.Join(dir, "out")
	write(t, out, "keep")
	plan, err := planOutput(out)
	if err != nil {
		t.Fatal(err)
	}
	lock, err := lockOutput(plan, "another run")
	if err != nil {
		t.Fatal(err)
	}
	defer lock.release()
	for _, args := range [][]string{
		{"export", "--format", "csv", pred, "-o", out},
		{"render", "--pred", pred, "--docs", docs, "-o", out},
		{"eval", "--gold-format", "json", "--gold", gold, "--docs", docs, "--pred", pred, "--docs-out", out},
	} {
		r := runArgs(t, "", args...)
		if r.code == exitOK || !strings.Contains(r.stderr, "is being written by another run (another run, process") {
			t.Errorf("%s: exit %d, stderr %q", args[0], r.code, r.stderr)
		}
		if got := readFile(t, out); got != "keep" {
			t.Errorf("%s wrote %q", args[0], got)
		}
	}
}

// TestOutputLockSymlink: a lock file that is a symbolic link (to a file,
// to nothing, to itself) is refused with a message that says what it is
// and what to do, and what it points to is left as it was. Before, the
// message was only "too many levels of symbolic links" (red team 5).
func TestOutputLockSymlink(t *testing.T) {
	for _, target := range []string{"victim", "missing", ".out.jsonl.lock"} {
		t.Run(target, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "in.txt"), "Biden met Scholz.")
			write(t, filepath.Join(dir, "victim"), "keep")
			if err := os.Symlink(target, filepath.Join(dir, ".out.jsonl.lock")); err != nil {
				t.Fatal(err)
			}
			r := runArgs(t, "", "annotate", filepath.Join(dir, "in.txt"), "-o", filepath.Join(dir, "out.jsonl"))
			if r.code != exitFatal {
				t.Errorf("exit %d, want %d", r.code, exitFatal)
			}
			for _, want := range []string{"is a symbolic link", "remove it"} {
				if !strings.Contains(r.stderr, want) {
					t.Errorf("stderr lacks %q: %s", want, r.stderr)
				}
			}
			if strings.Contains(r.stderr, "too many levels") {
				t.Errorf("cryptic message: %s", r.stderr)
			}
			if got := readFile(t, filepath.Join(dir, "victim")); got != "keep" {
				t.Errorf("victim is %q", got)
			}
			if _, err := os.Lstat(filepath.Join(dir, "missing")); err == nil {
				t.Errorf("the link's target was created")
			}
		})
	}
}
