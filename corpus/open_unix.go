//go:build unix

package corpus

import (
	"os"
	"syscall"
)

// openNonBlocking opens path with O_NONBLOCK, so that a FIFO without a
// writer (or a device that waits for a carrier) does not block the open.
func openNonBlocking(path string, flag int) (*os.File, error) {
	return os.OpenFile(path, flag|syscall.O_NONBLOCK|syscall.O_NOCTTY, 0)
}

// setBlocking clears O_NONBLOCK on a regular file opened by
// openNonBlocking, so that it reads as a file opened plainly.
func setBlocking(f *os.File) error {
	rc, err := f.SyscallConn()
	if err != nil {
		return err
	}
	var serr error
	if err := rc.Control(func(fd uintptr) { serr = syscall.SetNonblock(int(fd), false) }); err != nil {
		return err
	}
	return serr
}
