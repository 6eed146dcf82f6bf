//go:build unix

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"syscall"
	"time"
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

// lockRetries and lockRetryPause bound lockFileWaiting: about 200 ms.
const (
	lockRetries    = 20
	lockRetryPause = 10 * time.Millisecond
)

// lockFileWaiting is lockFile tried again for about 200 ms before it
// reports false: a process just killed (kill -9) holds its flock until
// the kernel has finished its exit, a zombie meanwhile, so a run started
// right after it was refused, naming a process that was gone (red team
// 20, D). It is for the places where a held lock refuses the run; where
// it only tells a live run's file from a stale one, lockFile is enough.
func lockFileWaiting(f *os.File) (unlock func(), ok bool) {
	return lockFileRetrying(f, lockRetries, func() { time.Sleep(lockRetryPause) })
}

// lockFileRetrying is lockFile tried retries more times, calling pause
// before each.
func lockFileRetrying(f *os.File, retries int, pause func()) (unlock func(), ok bool) {
	for range retries {
		if unlock, ok = lockFile(f); ok {
			return unlock, true
		}
		pause()
	}
	return lockFile(f)
}

// oNoFollow makes an open fail on a symbolic link (a --resume .partial
// must be the file itself, never a link to another).
const oNoFollow = syscall.O_NOFOLLOW

// oNonBlock makes an open of a FIFO return at once (a lock name that is
// one is refused, never waited on); regular files are read as ever.
const oNonBlock = syscall.O_NONBLOCK

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

// publishNamed makes the lock file path holding record where a file
// cannot be made without a name: the record goes into a new file of a
// temporary name (.NAME.lock.new-PID-N, lockTempPattern), locked first,
// which is then renamed to path without replacing anything
// (renameNoReplace). A kill before the rename leaves that temporary
// file, never an empty lock file; one holding a whole record of a dead
// process is removed by a later run (removeKilledLockTemps). It returns
// the file, locked, its offset after the record; fs.ErrExist when path
// is there. named is true.
func publishNamed(path string, record []byte, step func(string)) (f *os.File, unlock func(), named bool, err error) {
	var tmp string
	for i := range 100 {
		tmp = fmt.Sprintf("%s.new-%d-%d", path, os.Getpid(), rand.Uint32())
		f, err = os.OpenFile(tmp, os.O_RDWR|os.O_CREATE|os.O_EXCL|oNoFollow, 0o644)
		if !errors.Is(err, fs.ErrExist) || i == 99 {
			break
		}
	}
	if err != nil {
		return nil, nil, true, &fs.PathError{Op: "create", Path: path, Err: unwrapPath(err)}
	}
	if step != nil {
		step("made the temporary lock file")
	}
	unlock, _ = lockFile(f) // a new file: nobody else holds it
	if _, err = f.Write(record); err == nil {
		if step != nil {
			step("wrote the record")
		}
		err = renameNoReplace(tmp, path)
	}
	if err != nil {
		os.Remove(tmp) // ours, just made, not renamed
		unlock()
		f.Close()
		return nil, nil, true, err
	}
	if step != nil {
		step("linked the lock file")
	}
	return f, unlock, true, nil
}

// linkThenRemove renames old to new without replacing a file at new:
// link(2) fails when new exists; the old name is then removed. A kill
// between the two leaves both names (removeKilledLockTemps removes the
// temporary one).
func linkThenRemove(old, new string) error {
	if err := os.Link(old, new); err != nil {
		return err
	}
	return os.Remove(old)
}
