//go:build linux

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"golang.org/x/sys/unix"
)

// publishLock makes the lock file path holding record, locked, without
// ever showing it empty: the record is written into a file that has no
// name yet (O_TMPFILE), already locked, which is then linked at path
// (linkat(2), which never replaces a file). A kill at any moment leaves
// either no lock file or a whole one, and no other file. Where the file
// system cannot make a file without a name, publishNamed. It returns
// the file, its offset after the record; fs.ErrExist when path is
// there; named tells publishNamed made it.
func publishLock(path string, record []byte, step func(string)) (f *os.File, unlock func(), named bool, err error) {
	fd, err := unix.Open(filepath.Dir(path), unix.O_TMPFILE|unix.O_RDWR|unix.O_CLOEXEC, 0o644)
	if err != nil {
		if errors.Is(err, unix.EOPNOTSUPP) || errors.Is(err, unix.EISDIR) || errors.Is(err, unix.EINVAL) {
			return publishNamed(path, record, step)
		}
		return nil, nil, false, &fs.PathError{Op: "create", Path: path, Err: err}
	}
	f = os.NewFile(uintptr(fd), path)
	if step != nil {
		step("made the lock file without a name")
	}
	unlock, _ = lockFile(f) // a file nobody else can open
	if _, err = f.Write(record); err != nil {
		unlock()
		f.Close()
		return nil, nil, false, &fs.PathError{Op: "write", Path: path, Err: unwrapPath(err)}
	}
	if step != nil {
		step("wrote the record")
	}
	// AT_EMPTY_PATH needs CAP_DAC_READ_SEARCH; /proc/self/fd works for all
	err = unix.Linkat(fd, "", unix.AT_FDCWD, path, unix.AT_EMPTY_PATH)
	if errors.Is(err, unix.ENOENT) || errors.Is(err, unix.EPERM) {
		err = unix.Linkat(unix.AT_FDCWD, fmt.Sprintf("/proc/self/fd/%d", fd), unix.AT_FDCWD, path, unix.AT_SYMLINK_FOLLOW)
		if errors.Is(err, unix.ENOENT) {
			if _, serr := os.Stat("/proc/self/fd"); serr != nil {
				unlock()
				f.Close()
				return publishNamed(path, record, step) // no /proc
			}
		}
	}
	if err != nil {
		unlock()
		f.Close()
		if errors.Is(err, unix.EEXIST) {
			err = fs.ErrExist
		}
		return nil, nil, false, &fs.PathError{Op: "link", Path: path, Err: err}
	}
	if step != nil {
		step("linked the lock file")
	}
	return f, unlock, false, nil
}

// renameNoReplace renames old to new in one step, failing when new
// exists (renameat2(2) RENAME_NOREPLACE); where the kernel or file
// system cannot, by link(2) then removal of old.
func renameNoReplace(old, new string) error {
	err := unix.Renameat2(unix.AT_FDCWD, old, unix.AT_FDCWD, new, unix.RENAME_NOREPLACE)
	if errors.Is(err, unix.ENOSYS) || errors.Is(err, unix.EINVAL) || errors.Is(err, unix.EOPNOTSUPP) {
		return linkThenRemove(old, new)
	}
	if err != nil {
		return &os.LinkError{Op: "rename", Old: old, New: new, Err: err}
	}
	return nil
}
