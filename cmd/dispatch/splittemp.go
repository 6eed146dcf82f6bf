package main

import (
	"bytes"
	"fmt"
	"io"

	"os"
	"path/filepath"
)

// splitLockName is the file that marks a temporary --split folder as
// render's own while it is written: it holds splitLockMark and is locked
// (flock) by the run writing the folder, so a free lock means the run is
// gone. It is removed just before the folder is renamed into place.
const (
	splitLockName = ".dispatch-render.lock"
	splitLockMark = "dispatch render --split: temporary folder of a running render\n"
)

// splitTempPattern is the os.MkdirTemp pattern of the temporary folder
// beside the --split folder dir.
func splitTempPattern(dir string) string { return "." + filepath.Base(dir) + ".tmp-*" }

// markSplitTemp writes the lock file into the new temporary folder tmp
// and locks it. release unlocks and closes it; remove also deletes it.
// Where files cannot be locked no mark is written, so no later run takes
// the folder for a stale one.
func markSplitTemp(tmp string) (remove func(), err error) {
	if !canLock {
		return func() {}, nil
	}
	name := filepath.Join(tmp, splitLockName)
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL|oNoFollow, 0o644)
	if err != nil {
		return nil, err
	}
	unlock, _ := lockFile(f)
	if _, err := f.WriteString(splitLockMark); err != nil {
		unlock()
		f.Close()
		return nil, err
	}
	return func() {
		os.Remove(name) // while still locked: never a free, marked lock
		unlock()
		f.Close()
	}, nil
}

// cleanStaleSplits removes the temporary folders that killed --split
// runs on dir left beside it. A folder is removed only when it is
// provably render's: a real folder (not a link) named by the temporary
// pattern, holding the lock file with render's mark, its lock free (the
// run that held it is gone), and nothing but regular files with the
// names --split writes. Anything else is left alone, and named. It
// returns what it did, for the user.
func cleanStaleSplits(dir string) []string {
	if !canLock {
		return nil
	}
	dir = filepath.Clean(dir)
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), globEscape(splitTempPattern(dir))))
	var notes []string
	for _, m := range matches {
		if info, err := os.Lstat(m); err != nil || !info.IsDir() {
			continue
		}
		lock := filepath.Join(m, splitLockName)
		if info, err := os.Lstat(lock); err != nil || !info.Mode().IsRegular() {
			continue // not marked: not provably ours (or an old .old folder)
		}
		f, err := os.OpenFile(lock, os.O_RDWR|oNoFollow, 0)
		if err != nil {
			continue
		}
		unlock, ok := lockFile(f)
		if !ok {
			f.Close() // a run in progress
			continue
		}
		head := make([]byte, len(splitLockMark)+1)
		n, _ := io.ReadFull(f, head)
		if !bytes.Equal(head[:n], []byte(splitLockMark)) {
			unlock()
			f.Close()
			continue
		}
		if foreign := foreignSplitEntry(m); foreign != "" {
			notes = append(notes, fmt.Sprintf("warning: left %s, a temporary folder of a killed render --split: it holds %s, which render does not write", m, foreign))
		} else if err := os.RemoveAll(m); err == nil {
			notes = append(notes, fmt.Sprintf("removed %s, left by a render --split that was killed", m))
		}
		unlock()
		f.Close()
	}
	return notes
}

// foreignSplitEntry returns the name of an entry of the temporary folder
// tmp that --split does not write there, or "" when there is none.
func foreignSplitEntry(tmp string) string {
	entries, err := os.ReadDir(tmp)
	if err != nil {
		return "an unreadable entry"
	}
	for _, en := range entries {
		if !en.Type().IsRegular() || (en.Name() != splitLockName && !isRenderFile(en.Name())) {
			return en.Name()
		}
	}
	return ""
}
