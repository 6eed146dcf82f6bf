//go:build !unix

package main

import (
	"errors"
	"os"
)

// lockFile cannot lock on this system. It reports false, so that no run
// takes another's temporary file for a stale one (stale files stay).
func lockFile(f *os.File) (unlock func(), ok bool) { return func() {}, false }

// lockFileWaiting is lockFile: nothing to wait for here.
func lockFileWaiting(f *os.File) (unlock func(), ok bool) { return lockFile(f) }

// oNoFollow is 0 where opens cannot refuse links; readResume's Lstat
// still refuses a .partial that is a link.
const oNoFollow = 0

// oNonBlock is 0 here (outputs take no lock).
const oNonBlock = 0

// hardLinked cannot tell link counts on this system.
func hardLinked(os.FileInfo) bool { return false }

// canLock tells that lockFile cannot lock here: outputs take no lock.
const canLock = false

// fileKey cannot tell a file's inode on this system: no temporary file
// is recorded (outputs take no lock here anyway).
func fileKey(os.FileInfo) (string, bool) { return "", false }

// publishLock cannot lock here (outputs take no lock).
func publishLock(path string, record []byte, step func(string)) (*os.File, func(), bool, error) {
	return nil, nil, false, errors.ErrUnsupported
}
