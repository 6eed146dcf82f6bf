//go:build unix

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLockNeverEmpty: at every step of taking an output's lock, the
// lock name is either absent or a whole dispatch record: a run killed
// (kill -9) at any of these moments leaves nothing that refuses later
// runs. Before, the lock file was created empty and its record written
// after: a kill in between left an empty .NAME.lock, and every later run
// was refused ("is empty ... remove it") until the user removed it
// (red team 18). Each case is the state at the start (nothing there, a
// killed run's record); the check runs at each step.
func TestLockNeverEmpty(t *testing.T) {
	killed := "dispatch annotate, process 999999, started 2026-12-01 06:00:00 UTC\n"
	cases := []struct {
		name   string
		before string // the lock file's text at the start; "" none
	}{
		{"no lock file", ""},
		{"a killed run's record", killed},
		{"a killed run's record naming its temporary file", killed + "temporary file .o.jsonl.tmp-12 2049:5527\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, ".o.jsonl.lock")
			if c.before != "" {
				write(t, path, c.before)
			}
			var steps []string
			l, err := takeLockSteps("-o o.jsonl", path, "dispatch annotate", func(step string) {
				steps = append(steps, step)
				data, err := os.ReadFile(path)
				if err != nil && !os.IsNotExist(err) {
					t.Errorf("step %s: %v", step, err)
				} else if err == nil && !isLockRecord(data) {
					t.Errorf("step %s: a kill now would leave the lock file %q", step, data)
				}
			})
			if err != nil {
				t.Fatal(err)
			}
			defer l.release()
			if len(steps) == 0 {
				t.Fatal("no step seen")
			}
			if got := readFile(t, path); !isLockRecord([]byte(got)) {
				t.Errorf("the lock file holds %q", got)
			}
			if l.previous != c.before {
				t.Errorf("previous %q, want %q", l.previous, c.before)
			}
		})
	}
}

// TestPublishNamedNeverEmpty: where a file cannot be made without a name
// (publishNamed, the fallback of publishLock), the lock name is likewise
// absent or a whole record at every step, and an existing file there is
// never replaced.
func TestPublishNamedNeverEmpty(t *testing.T) {
	record := "dispatch annotate, process 123, started 2026-12-01 06:00:00 UTC\n"
	for _, there := range []string{"", "my notes\n"} {
		t.Run(fmt.Sprintf("there %q", there), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, ".o.jsonl.lock")
			if there != "" {
				write(t, path, there)
			}
			f, unlock, _, err := publishNamed(path, []byte(record), func(step string) {
				if data, err := os.ReadFile(path); err == nil && !isLockRecord(data) && string(data) != there {
					t.Errorf("step %s: the lock name holds %q", step, data)
				}
			})
			if there != "" {
				if !errors.Is(err, fs.ErrExist) {
					t.Errorf("err %v, want it exists", err)
				}
				if got := readFile(t, path); got != there {
					t.Errorf("the file there became %q", got)
				}
			} else if err != nil {
				t.Fatal(err)
			} else {
				unlock()
				f.Close()
				if got := readFile(t, path); got != record {
					t.Errorf("lock file %q", got)
				}
			}
			if left, _ := filepath.Glob(lockTempPattern(path)); len(left) != 0 {
				t.Errorf("left %v", left)
			}
		})
	}
}

// TestRemoveKilledLockTemps: a temporary lock name (.NAME.lock.new-PID-N,
// publishNamed) is removed only when proven a killed run's: a whole
// record naming the process of its name, its lock free. A run killed
// between link(2) and the removal of the temporary name left the lock
// file with two names: the next run removes the temporary one and goes
// on; any other second name is still refused.
func TestRemoveKilledLockTemps(t *testing.T) {
	rec := func(pid int) string {
		return fmt.Sprintf("dispatch annotate, process %d, started 2026-12-01 06:00:00 UTC\n", pid)
	}
	cases := []struct {
		name    string
		temp    string // the temporary name (beside .o.jsonl.lock)
		content string
		held    bool // a live run holds its lock
		removed bool
	}{
		{"a killed run's record", ".o.jsonl.lock.new-123-7", rec(123), false, true},
		{"a record naming another process", ".o.jsonl.lock.new-123-7", rec(124), false, false},
		{"empty", ".o.jsonl.lock.new-123-7", "", false, false},
		{"a user's text", ".o.jsonl.lock.new-123-7", "my notes\n", false, false},
		{"held by a live run", ".o.jsonl.lock.new-123-7", rec(123), true, false},
		{"another name", ".o.jsonl.lock.old-123-7", rec(123), false, false},
		{"a FIFO (never waited on)", ".o.jsonl.lock.new-123-7", "fifo", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, ".o.jsonl.lock")
			temp := filepath.Join(dir, c.temp)
			if c.content == "fifo" {
				if err := syscall.Mkfifo(temp, 0o644); err != nil {
					t.Fatal(err)
				}
			} else {
				write(t, temp, c.content)
			}
			if c.held {
				f, err := os.Open(temp)
				if err != nil {
					t.Fatal(err)
				}
				defer f.Close()
				unlock, ok := lockFile(f)
				if !ok {
					t.Fatal("cannot lock")
				}
				defer unlock()
			}
			removeKilledLockTemps(path, nil)
			if _, err := os.Lstat(temp); (err != nil) != c.removed {
				t.Errorf("removed: %v, want %v", err != nil, c.removed)
			}
		})
	}
	t.Run("a FIFO at the lock name", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), ".o.jsonl.lock")
		if err := syscall.Mkfifo(path, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := takeLock("-o o.jsonl", path, "dispatch annotate"); err == nil || !strings.Contains(err.Error(), "not a regular file") {
			t.Errorf("err %v", err)
		}
	})
	t.Run("killed between link and removal", func(t *testing.T) {
		for _, c := range []struct {
			other string
			ok    bool
		}{
			{".o.jsonl.lock.new-123-7", true},
			{"victim", false},
		} {
			dir := t.TempDir()
			path := filepath.Join(dir, ".o.jsonl.lock")
			other := filepath.Join(dir, c.other)
			write(t, other, rec(123))
			if err := os.Link(other, path); err != nil {
				t.Fatal(err)
			}
			l, err := takeLock("-o o.jsonl", path, "dispatch annotate")
			if c.ok {
				if err != nil {
					t.Fatalf("%s: %v", c.other, err)
				}
				if _, err := os.Lstat(other); err == nil {
					t.Errorf("%s stays", c.other)
				}
				if l.previous != rec(123) {
					t.Errorf("previous %q", l.previous)
				}
				l.release()
				continue
			}
			if err == nil || !strings.Contains(err.Error(), "has more than one name") {
				t.Errorf("%s: err %v", c.other, err)
			}
			if readFile(t, other) != rec(123) || readFile(t, path) != rec(123) {
				t.Errorf("%s: changed", c.other)
			}
		}
	})
}

// TestLockRace: runs taking one lock at once, with no lock file there or
// a killed run's: exactly one wins, the others are refused naming a run.
func TestLockRace(t *testing.T) {
	killed := "dispatch annotate, process 999999, started 2026-12-01 06:00:00 UTC\n"
	for _, before := range []string{"", killed} {
		for round := range 20 {
			dir := t.TempDir()
			path := filepath.Join(dir, ".o.jsonl.lock")
			if before != "" {
				write(t, path, before)
			}
			const runs = 8
			errs := make(chan error, runs)
			locks := make(chan *heldLock, runs)
			start := make(chan struct{})
			for range runs {
				go func() {
					<-start
					l, err := takeLock("-o o.jsonl", path, "dispatch annotate")
					if err == nil {
						locks <- l
					}
					errs <- err
				}()
			}
			close(start)
			won := 0
			for range runs {
				if err := <-errs; err == nil {
					won++
				} else if !strings.Contains(err.Error(), "is being written by another run") {
					t.Errorf("before %q, round %d: %v", before, round, err)
				}
			}
			if won != 1 {
				t.Fatalf("before %q, round %d: %d runs won", before, round, won)
			}
			(<-locks).release()
			if left, _ := os.ReadDir(dir); len(left) != 0 {
				t.Errorf("left %v", left)
			}
		}
	}
}
