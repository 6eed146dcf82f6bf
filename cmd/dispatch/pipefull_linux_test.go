package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// bytesWaiting is how many bytes wait in the pipe or FIFO whose read end
// is f.
func bytesWaiting(f *os.File) (int, error) {
	return unix.IoctlGetInt(int(f.Fd()), unix.TIOCINQ)
}

// pipeFull is how many bytes waiting in the pipe f (its read end) tell
// that a writer of more is blocked: half its size. A pipe keeps its
// bytes in pages and a write that does not fit the last page's room
// starts a new one, so a full pipe may hold little more than half its
// size (writes of just over half a page), never less.
func pipeFull(f *os.File) int {
	size, err := unix.FcntlInt(f.Fd(), unix.F_GETPIPE_SZ, 0)
	if err != nil || size <= 0 {
		return 1
	}
	return max(size/2, 1)
}
