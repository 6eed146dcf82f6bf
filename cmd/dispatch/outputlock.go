package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Two runs writing the same output would each rename a complete file
// over the other's, or append to one file at once: the second one to
// start is refused. Each run that writes a regular file holds an
// exclusive lock (flock) on a lock file beside it, .NAME.lock, for the
// whole run; the lock dies with the process however it ends (kill -9
// included), so it is never stale. The file says which run holds it,
// for the message of the one refused, and is removed at the end.

// lockPath is the lock file of the output at path.
func lockPath(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".lock")
}

// lockOutput takes the lock of the regular-file output plan names (what
// names this run, for another run's message); another run holding it is
// an error naming that run. Outputs written straight through (standard
// output, devices, pipes) take no lock, and nor does a system without
// flock: the lock is then nil, whose release does nothing. A folder's
// output (render --split, export --format brat) takes its lock with
// takeLock.
func lockOutput(plan *outputPlan, what string) (*heldLock, error) {
	if plan.kind != toRegular || !canLock {
		return nil, nil
	}
	return takeLock(plan.arg(), lockPath(plan.path), what)
}

// heldLock is an output's lock file, held by this run. Its first line
// names the run (the command, its process id and start time); a writer
// that makes a temporary file adds a line naming it (recordTemp). A run
// killed outright leaves the file with those lines: the next run to take
// the lock reads them (previous) and so knows the temporary file that
// run left, for certain (see removeKilledTemp).
type heldLock struct {
	f        *os.File
	path     string
	unlock   func()
	previous string // the lock file's text when this run took it (a killed run's record), else ""
}

// release removes the lock file and unlocks it. A nil lock is none.
func (l *heldLock) release() {
	if l == nil {
		return
	}
	// removed while still locked: a run that opened it meanwhile finds
	// it gone after its lock and tries again. Only when the name is
	// still this file: one put in its place by hand is not ours.
	if fi, err := l.f.Stat(); err == nil {
		if pi, err := os.Lstat(l.path); err == nil && os.SameFile(fi, pi) {
			os.Remove(l.path)
		}
	}
	l.unlock()
	l.f.Close()
}

// tempLinePrefix opens the line of a lock file that names the temporary
// file of the run holding it.
const tempLinePrefix = "temporary file "

// recordTemp adds to the lock file the line naming the temporary file f
// this run writes: its name in the output's folder and its device and
// inode ("temporary file .out.csv.tmp-123 2049:5527"). A nil lock, or a
// system that gives no inode, records nothing.
func (l *heldLock) recordTemp(f *os.File) { l.recordTempLine(f, "") }

// recordTempLine adds the line naming the temporary file f, with the
// field extra (ending in a space; "" for none) before its device and
// inode. A nil lock, or a system that gives no inode, records nothing.
func (l *heldLock) recordTempLine(f *os.File, extra string) {
	if l == nil {
		return
	}
	info, err := f.Stat()
	if err != nil {
		return
	}
	if key, ok := fileKey(info); ok {
		fmt.Fprintf(l.f, "%s%s %s%s\n", tempLinePrefix, filepath.Base(f.Name()), extra, key)
	}
}

// tempStartField opens the field of a lock file's line that says how a
// temporary file begins: "temporary file .out.html.tmp-123
// begins-512-3f9c0a1b2c3d4e5f 2049:5527" (recordTempStart). The line has
// a temporary file line's shape (its "name" holds a space), so an older
// dispatch reading it still takes the file for a record.
const tempStartField = "begins-"

// recordTempStart adds to the lock file the line saying how the
// temporary file f this run writes begins: head, its first bytes (see
// tempStart). A nil lock, or a system that gives no inode, records
// nothing.
func (l *heldLock) recordTempStart(f *os.File, head []byte) {
	if l == nil {
		return
	}
	l.recordTempLine(f, tempStartField+tempStart(head)+" ")
}

// takeLock takes the lock file path of the output arg names (held by the
// run what says, for another run's message).
func takeLock(arg, path, what string) (*heldLock, error) {
	return takeLockSteps(arg, path, what, nil)
}

// takeLockSteps is takeLock; step, when not nil, is called at each step
// that changes a file (for the test that a kill at any of them leaves a
// lock name that is absent or a whole record, never an empty file).
//
// The lock file never appears without its record: the record is written
// into a file that is already locked and has no name yet (or a
// temporary name), which is then linked at the lock name without
// replacing anything (publishLock). A lock file already there is judged,
// never written: held by a run, it refuses this one; a killed run's
// record is read (previous), removed while locked, and replaced by ours
// the same way; anything else is the user's and left alone.
func takeLockSteps(arg, path, what string, step func(string)) (*heldLock, error) {
	empty := 0          // times the file was found empty, unlocked
	var previous []byte // the record of a killed run whose lock file this run removed
	var killed *os.File // that file, locked until ours is in place
	var killedUnlock func()
	defer func() {
		if killed != nil {
			killedUnlock()
			killed.Close()
		}
	}()
	record := fmt.Appendf(nil, "%s, process %d, started %s\n", what, os.Getpid(), time.Now().UTC().Format("2006-01-02 15:04:05 UTC"))
	for range 100 {
		f, unlock, named, createErr := publishLock(path, record, step)
		if createErr == nil {
			if named {
				removeKilledLockTemps(path, nil)
			}
			return &heldLock{f: f, path: path, unlock: unlock, previous: string(previous)}, nil
		}
		if errors.Is(createErr, fs.ErrExist) {
			createErr = nil
		}
		// one is there (or none could be made): judge it. It is never
		// written, so read access is enough (another user's lock file);
		// without waiting (a FIFO there would wait for a writer).
		f, err := os.OpenFile(path, os.O_RDONLY|oNoFollow|oNonBlock, 0)
		if errors.Is(err, fs.ErrNotExist) {
			if createErr == nil {
				continue // removed meanwhile by the run that held it
			}
			// a folder not writable: the error to report is the first
			// (EACCES, not ENOENT)
			err = createErr
		}
		if err != nil {
			if li, lerr := os.Lstat(path); lerr == nil && li.Mode()&fs.ModeSymlink != 0 {
				// O_NOFOLLOW says only "too many levels of symbolic links"
				return nil, fmt.Errorf("%s: the lock file %s is a symbolic link, which dispatch never makes nor follows (writing through it could change another file): remove it (rm %s) and run again",
					arg, path, path)
			}
			return nil, fmt.Errorf("%s: cannot create the lock file %s: %w", arg, path, unwrapPath(err))
		}
		info, err := f.Stat()
		if err != nil || !info.Mode().IsRegular() {
			f.Close()
			return nil, fmt.Errorf("%s: the lock file %s is not a regular file", arg, path)
		}
		unlock, ok := lockFileWaiting(f)
		if !ok {
			holder, _ := io.ReadAll(io.LimitReader(f, 512))
			f.Close()
			who := strings.TrimSpace(string(holder))
			if who == "" {
				who = "a run that has just started"
			}
			return nil, fmt.Errorf("%s is being written by another run (%s, which holds %s); wait for it to end, or give another output",
				arg, safeLine(who), path)
		}
		if hardLinked(info) {
			// a run killed between linking its lock and removing the
			// temporary name leaves two names: that one is removed
			removeKilledLockTemps(path, info)
			if info, err = f.Stat(); err != nil || hardLinked(info) {
				// writing it, or removing it at the end, would change or
				// remove a file of another name (red team 17, 1)
				unlock()
				f.Close()
				return nil, fmt.Errorf("%s: the lock file %s has more than one name (a hard link to another file), which dispatch never makes: writing it could change that file; remove it (rm %s) and run again",
					arg, path, path)
			}
		}
		// the file may have been removed by the run that held it, between
		// our open and our lock: then the lock is on a file nobody else
		// will find, and we try again
		if pi, err := os.Lstat(path); err != nil || !os.SameFile(info, pi) {
			unlock()
			f.Close()
			continue
		}
		// a run killed while holding it left its record (a complete run
		// removes the file); anything else is not ours to write or remove
		prev, _ := io.ReadAll(io.LimitReader(f, maxLockSize+1))
		if len(prev) == 0 && empty < 20 {
			// a run of an earlier version that has just created it and
			// not yet locked it: let it, and look again
			empty++
			unlock()
			f.Close()
			time.Sleep(10 * time.Millisecond)
			continue
		}
		if !isLockRecord(prev) {
			unlock()
			f.Close()
			what := "does not hold a dispatch run's record"
			if len(prev) == 0 {
				what = "is empty (no dispatch run's record)"
			}
			return nil, fmt.Errorf("%s: the lock file %s %s, so it may be a file of yours: dispatch neither writes nor removes it; if it is not needed, remove it (rm %s) and run again, or give another output",
				arg, path, what, path)
		}
		// a killed run's: removed while locked (a run that opened it
		// meanwhile finds it gone after its lock, and tries again), and
		// kept locked until ours is in place. A kill right now leaves no
		// lock file, which refuses nobody.
		if err := os.Remove(path); err != nil {
			unlock()
			f.Close()
			return nil, fmt.Errorf("%s: cannot replace the lock file %s left by a run that was killed: %w", arg, path, unwrapPath(err))
		}
		if step != nil {
			step("removed the killed run's lock file")
		}
		if killed != nil {
			killedUnlock()
			killed.Close()
		}
		killed, killedUnlock = f, unlock
		previous = append(previous, prev...)
	}
	return nil, fmt.Errorf("%s: cannot take the lock %s (it keeps being replaced)", arg, path)
}

// lockTempPattern matches the temporary names of the lock file path
// while it is made where a file cannot be made without a name
// (publishNamed): ".NAME.lock.new-PID-N".
func lockTempPattern(path string) string {
	return globEscape(path) + ".new-*"
}

// removeKilledLockTemps removes the temporary names of the lock file
// path that runs killed while making it left (where files are made
// named, publishNamed), only those proven a run's: a regular file
// holding a whole lock record that names the process in its temporary
// name, whose lock is free (that process is gone). An empty one, or any
// other, is left. held, when not nil, is a file whose lock this run
// holds (a lock file with two names): a temporary name of it is free.
func removeKilledLockTemps(path string, held os.FileInfo) {
	matches, _ := filepath.Glob(lockTempPattern(path))
	for _, m := range matches {
		pid, _, _ := strings.Cut(strings.TrimPrefix(m, path+".new-"), "-")
		f, err := os.OpenFile(m, os.O_RDONLY|oNoFollow|oNonBlock, 0)
		if err != nil {
			continue
		}
		info, err := f.Stat()
		unlock, free := lockFile(f)
		if !free && err == nil && held != nil && os.SameFile(info, held) {
			free = true // this run holds it
		}
		if free {
			data, _ := io.ReadAll(io.LimitReader(f, maxLockSize+1))
			if err == nil && info.Mode().IsRegular() && isLockRecord(data) && lockRecordPID(data) == pid {
				if mi, err := os.Lstat(m); err == nil && os.SameFile(info, mi) {
					os.Remove(m)
				}
			}
			unlock()
		}
		f.Close()
	}
}

// lockRecordPID is the process id a lock record's head line names.
func lockRecordPID(record []byte) string {
	head, _, _ := strings.Cut(string(record), "\n")
	i := strings.LastIndex(head, ", process ")
	if i < 0 {
		return ""
	}
	pid, _, _ := strings.Cut(head[i+len(", process "):], ",")
	return pid
}

// maxLockSize bounds a lock file's record: its head line and one line
// per temporary file, a few hundred bytes.
const maxLockSize = 4096

// A lock file's first line names the run ("dispatch annotate, process
// 123, started 2026-12-01 06:00:00 UTC", isLockHead); any other line a
// temporary file ("temporary file .out.csv.tmp-123 2049:5527",
// isLockTempLine). Read by hand, not by regular expressions compiled at
// every start of the program for a file most runs never find.

// isLockHead reports whether l is the head line of a dispatch lock file.
func isLockHead(l string) bool {
	const process, started = ", process ", ", started "
	i := strings.LastIndex(l, process)
	if !strings.HasPrefix(l, "dispatch") || i < len("dispatch") || strings.Contains(l, "\n") {
		return false
	}
	pid, when, ok := strings.Cut(l[i+len(process):], started)
	return ok && allDigits(pid) && shapeOf(when) == "0000-00-00 00:00:00 UTC"
}

// isLockTempLine reports whether l names a temporary file: the prefix, a
// name without a slash, a space, and a device:inode key.
func isLockTempLine(l string) bool {
	rest, ok := strings.CutPrefix(l, tempLinePrefix)
	sp := strings.LastIndexByte(rest, ' ')
	if !ok || sp <= 0 || strings.ContainsAny(rest[:sp], "/\n") {
		return false
	}
	dev, ino, ok := strings.Cut(rest[sp+1:], ":")
	return ok && allDigits(dev) && allDigits(ino)
}

// allDigits reports whether s is one or more ASCII digits.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// shapeOf writes each ASCII digit of s as 0: "2026-12-01" → "0000-00-00".
func shapeOf(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= '0' && c <= '9' {
			b[i] = '0'
		}
	}
	return string(b)
}

// isLockRecord reports whether b is what a dispatch run writes into its
// lock file: the head line naming the run, then only lines naming its
// temporary files, each ended by a newline, and no more than
// maxLockSize bytes. A lock file left by a run killed outright is that;
// a file of the user's that happens to have the lock's name is not, and
// is left alone.
func isLockRecord(b []byte) bool {
	if len(b) == 0 || len(b) > maxLockSize || b[len(b)-1] != '\n' {
		return false
	}
	lines := strings.Split(string(b[:len(b)-1]), "\n")
	if !isLockHead(lines[0]) {
		return false
	}
	for _, l := range lines[1:] {
		if !isLockTempLine(l) {
			return false
		}
	}
	return true
}

// safeLine keeps one line of printable text of s, for a message.
func safeLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return '?'
		}
		return r
	}, s)
}
