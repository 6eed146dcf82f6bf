//go:build unix

package main

import (
	"fmt"
	"os"
	"syscall"
)

// lockFile takes an exclusive advisory lock on f without waiting. It
// reports false when another process holds it. The lock ends with the
// process, however it ends, so a free lock on a temporary file means its
// run is gone.
func lockFile(f *os.File) (unlock func(), ok bool) {
	fd := int(f.Fd())
	if err := syscall.Flock(fd, syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		return func() {}, false
	}
	return func() { syscall.Flock(fd, syscall.LOCK_UN) }, true
}

// oNoFollow makes an open fail on a symbolic link (a --resume .partial
// must be the file itself, never a link to another).
const oNoFollow = syscall.O_NOFOLLOW

// hardLinked reports whether the file info describes has more than one
// name: a .partial linked to another file would change that file too.
func hardLinked(info os.FileInfo) bool {
	st, ok := info.Sys().(*syscall.Stat_t)
	return ok && st.Nlink > 1
}

// canLock tells that lockFile works here.
const canLock = true

// fileKey is the device and inode of the file info describes, as text
// ("2049:5527"), for a lock file's record of a temporary file.
func fileKey(info os.FileInfo) (string, bool) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return "", false
	}
	return fmt.Sprintf("%d:%d", st.Dev, st.Ino), true
}
