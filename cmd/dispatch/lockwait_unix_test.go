//go:build unix

package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestLockFileWaiting: a lock released shortly after the first try (as
// the kernel releases a killed process's flock when its exit is done) is
// taken, not refused (red team 20, D); one held throughout is refused.
func TestLockFileWaiting(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	if err := os.WriteFile(path, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	open := func() *os.File {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	holder, waiter := open(), open()
	unlockHolder, ok := lockFile(holder)
	if !ok {
		t.Fatal("the first lock was not taken")
	}
	if _, ok := lockFile(waiter); ok {
		t.Fatal("lockFile took a held lock")
	}
	if _, ok := lockFileWaiting(waiter); ok {
		t.Fatal("lockFileWaiting took a lock held throughout")
	}
	// released between two tries, as a killed process's lock is
	pauses := 0
	unlock, ok := lockFileRetrying(waiter, lockRetries, func() {
		if pauses++; pauses == 3 {
			unlockHolder()
		}
	})
	if !ok || pauses != 3 {
		t.Fatalf("lock released after the third try: taken %v after %d pauses, want true after 3", ok, pauses)
	}
	unlock()
}
