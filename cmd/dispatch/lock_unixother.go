//go:build unix && !linux

package main

import "os"

// publishLock makes the lock file path holding record, locked, without
// ever showing it empty (publishNamed: no file without a name here).
func publishLock(path string, record []byte, step func(string)) (f *os.File, unlock func(), named bool, err error) {
	return publishNamed(path, record, step)
}

// renameNoReplace renames old to new without replacing a file at new.
func renameNoReplace(old, new string) error { return linkThenRemove(old, new) }
