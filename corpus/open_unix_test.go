//go:build unix

package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// withHangGuard runs f, failing the test if it does not return in time
// (a blocked open never does).
func withHangGuard(t *testing.T, what string, f func()) {
	t.Helper()
	done := make(chan struct{})
	go func() { defer close(done); f() }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		t.Fatalf("%s blocked", what)
	}
}

// A FIFO swapped in for a file between the check and the open: the open
// must neither block (no writer ever comes) nor read the FIFO. openInput
// is given the stale check of a regular file, as a reader that stat'ed
// the file before the swap has (it blocked forever in open before).
func TestOpenFIFOSwappedInAfterCheck(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	if err := os.WriteFile(path, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	stale, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	os.Remove(path)
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	var nr *NotRegularError
	withHangGuard(t, "openInput of a swapped-in FIFO", func() {
		in, err := openInput(context.Background(), path, stale, plain)
		if err == nil {
			in.close()
		}
		if !errors.As(err, &nr) {
			t.Errorf("openInput: %v, want a NotRegularError", err)
		}
	})
	withHangGuard(t, "OpenRegular of a FIFO", func() {
		f, err := OpenRegular(path)
		if err == nil {
			f.Close()
		}
		if !errors.As(err, &nr) || nr.Kind != "a named pipe (FIFO)" {
			t.Errorf("OpenRegular: %v, want a NotRegularError naming a FIFO", err)
		}
	})
}

// OpenRegular leaves a regular file as a plain open does: blocking mode.
func TestOpenRegularIsBlocking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte("text"), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := OpenRegular(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rc, _ := f.SyscallConn()
	var flags int
	rc.Control(func(fd uintptr) {
		flags, _, _ = fcntlGetfl(fd)
	})
	if flags&syscall.O_NONBLOCK != 0 {
		t.Error("O_NONBLOCK still set")
	}
	b := make([]byte, 10)
	if n, _ := f.Read(b); string(b[:n]) != "text" {
		t.Errorf("read %q", b[:n])
	}
	if _, err := OpenRegular(filepath.Dir(path)); err == nil {
		t.Error("a folder opened as a regular file")
	}
}

func fcntlGetfl(fd uintptr) (int, uintptr, syscall.Errno) {
	r, r2, e := syscall.Syscall(syscall.SYS_FCNTL, fd, syscall.F_GETFL, 0)
	return int(r), r2, e
}
