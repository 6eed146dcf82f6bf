package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// A --split view is written into a temporary folder .DIR.tmp-N beside
// DIR, then swapped for DIR. Each view holds a manifest,
// .dispatch-render.manifest: created first in the temporary folder, with
// the process that writes it, locked (flock) by that process, and one
// line per page once the page is written (its CRC-32C, size and name).
// It goes with the view into DIR. A run killed outright leaves a
// temporary folder (or the previous view, moved aside by the swap) that
// the next run on DIR recognises by its exact name and its manifest, and
// removes only when every file in it is one that render wrote as it
// stands: listed with the same size and checksum (or, the page being
// written when the run was killed, unlisted but carrying render's mark).
// A folder without a manifest is removed only when it holds nothing but
// what render writes before any page (its lock file of an earlier
// version, an empty manifest): nothing shows its pages unedited.
// Anything else is left and named. A view is removed manifest last
// (removeView), so that a kill meanwhile leaves it provably render's. The whole run holds a lock beside DIR
// (.DIR.lock, as annotate's -o), so a second render --split DIR is
// refused at once, and the temporary folders it sees are of dead runs.
const (
	splitManifestName = ".dispatch-render.manifest"
	splitManifestMark = "dispatch render --split: the files of this view, as written\n"
	// The lock file that marked a temporary folder before the manifest
	// (a run of an earlier version may have left one).
	legacyLockName = ".dispatch-render.lock"
	legacyLockMark = "dispatch render --split: temporary folder of a running render\n"
)

// errNoExchange says that exchangeFolders cannot swap folders here.
var errNoExchange = errors.New("folders cannot be exchanged here")

// castagnoli is the CRC-32C table of the manifest's checksums.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// splitTempPattern is the os.MkdirTemp pattern of the temporary folder
// beside the --split folder dir.
func splitTempPattern(dir string) string { return "." + filepath.Base(dir) + ".tmp-*" }

// splitTempName reports whether name is one that render gives the
// temporary folders of dir: os.MkdirTemp's number (a 32-bit one, in the
// decimal form it writes: no leading zero, red team 9, 1d), and .old for
// the previous view moved aside where folders cannot be exchanged.
func splitTempName(dir string) func(name string) bool {
	re := regexp.MustCompile(`^\.` + regexp.QuoteMeta(filepath.Base(dir)) + `\.tmp-([0-9]+)(?:\.old)?$`)
	return func(name string) bool {
		m := re.FindStringSubmatch(name)
		if m == nil {
			return false
		}
		n, err := strconv.ParseUint(m[1], 10, 32)
		return err == nil && strconv.FormatUint(n, 10) == m[1]
	}
}

// splitManifest is the manifest of a view being written.
type splitManifest struct {
	f      *os.File
	unlock func()
}

// createSplitManifest creates the manifest in the new temporary folder
// tmp, locks it and writes its head.
func createSplitManifest(tmp string) (*splitManifest, error) {
	f, err := os.OpenFile(filepath.Join(tmp, splitManifestName), os.O_RDWR|os.O_CREATE|os.O_EXCL|oNoFollow, 0o644)
	if err != nil {
		return nil, err
	}
	unlock, _ := lockFile(f)
	m := &splitManifest{f: f, unlock: unlock}
	head := fmt.Sprintf("%sprocess %d, started %s\n", splitManifestMark, os.Getpid(), time.Now().UTC().Format("2006-01-02 15:04:05 UTC"))
	if _, err := f.WriteString(head); err != nil {
		m.close()
		return nil, err
	}
	return m, nil
}

// add records a page written whole.
func (m *splitManifest) add(name string, size int64, sum uint32) error {
	_, err := fmt.Fprintf(m.f, "%08x %d %s\n", sum, size, name)
	return err
}

func (m *splitManifest) close() {
	m.unlock()
	m.f.Close()
}

// isSplitManifest reports whether the entry en of dir is a view's
// manifest: a regular file of that name that starts with its mark.
func isSplitManifest(dir string, name string, regular bool) bool {
	if name != splitManifestName || !regular {
		return false
	}
	f, err := corpus.OpenRegularFile(filepath.Join(dir, name), os.O_RDONLY|oNoFollow)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, len(splitManifestMark))
	_, err = io.ReadFull(f, head)
	return err == nil && string(head) == splitManifestMark
}

// summingWriter counts and checksums what goes through it.
type summingWriter struct {
	w   io.Writer
	n   int64
	sum uint32
}

func (s *summingWriter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	s.n += int64(n)
	s.sum = crc32.Update(s.sum, castagnoli, p[:n])
	return n, err
}

// cleanStaleSplits removes the temporary folders that killed --split
// runs on dir left beside it, when they are provably render's (see
// splitManifest; the caller holds dir's lock, so no run on dir is
// going). Folders of the pattern that are not are left, and named. It
// returns what it did, for the user.
func cleanStaleSplits(ctx context.Context, dir string) []string {
	if !canLock {
		return nil
	}
	dir = filepath.Clean(dir)
	matches, _ := filepath.Glob(filepath.Join(filepath.Dir(dir), globEscape(splitTempPattern(dir))))
	ours := splitTempName(dir)
	var notes []string
	left := func(m, why string) {
		notes = append(notes, fmt.Sprintf("warning: left %s, which looks like a temporary folder of render --split %s: %s", m, dir, why))
	}
	for _, m := range matches {
		if ctx.Err() != nil {
			break // Ctrl-C: the rest is for the next run
		}
		if !ours(filepath.Base(m)) {
			left(m, "render names its temporary folders with a number after .tmp- (no leading zero, and .old), so it is not render's; remove it yourself if you do not need it")
			continue
		}
		info, err := os.Lstat(m)
		switch {
		case err != nil:
			continue
		case info.Mode()&os.ModeSymlink != 0:
			left(m, "it is a symbolic link")
			continue
		case !info.IsDir():
			left(m, "it is not a folder")
			continue
		}
		files, why, busy := staleSplitFiles(ctx, m)
		if busy {
			continue // a run of an earlier version, still writing
		}
		if why != "" {
			left(m, why)
			continue
		}
		if err := removeFiles(ctx, m, files); err != nil {
			if ctx.Err() != nil {
				break // Ctrl-C: the rest is for the next run
			}
			left(m, err.Error())
			continue
		}
		notes = append(notes, fmt.Sprintf("removed %s, left by a render --split that was killed", m))
	}
	return notes
}

// removeView removes the folder p of a view, its manifest (or legacy lock
// file) last: a kill meanwhile leaves a folder that the next run still
// recognises as render's.
func removeView(p string) {
	entries, _ := os.ReadDir(p)
	for _, en := range entries {
		if n := en.Name(); n != splitManifestName && n != legacyLockName {
			os.RemoveAll(filepath.Join(p, n))
		}
	}
	os.RemoveAll(p)
}

// removeFiles removes the files of folder m, then m: anything that came
// in meanwhile makes m stay. Its mark goes last (files lists it last), so
// that what Ctrl-C leaves is still provably render's.
func removeFiles(ctx context.Context, m string, files []string) error {
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := os.Remove(filepath.Join(m, f)); err != nil && !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("cannot remove %s: %v", f, unwrapPath(err))
		}
	}
	if err := os.Remove(m); err != nil {
		return fmt.Errorf("cannot remove it: %v", unwrapPath(err))
	}
	return nil
}

// staleSplitFiles judges the folder m left by a killed run: it returns
// its files when each is one that render wrote, or why not. busy is true
// when a live run holds its lock.
func staleSplitFiles(ctx context.Context, m string) (files []string, why string, busy bool) {
	entries, err := os.ReadDir(m)
	if err != nil {
		return nil, "it cannot be read: " + unwrapPath(err).Error(), false
	}
	var (
		listed   map[string]manifestEntry
		manifest bool     // a manifest of this version: pages are checked against it
		marks    []string // the manifest or legacy lock file, removed last
	)
	for _, en := range entries {
		name := en.Name()
		if name != splitManifestName && name != legacyLockName {
			continue
		}
		if !en.Type().IsRegular() {
			return nil, "its " + name + " is not a regular file", false
		}
		f, err := corpus.OpenRegularFile(filepath.Join(m, name), os.O_RDONLY|oNoFollow)
		if err != nil {
			return nil, "its " + name + " cannot be read", false
		}
		unlock, ok := lockFile(f)
		if !ok {
			f.Close()
			return nil, "", true
		}
		l, valid := readSplitMark(f, name, len(entries))
		unlock()
		f.Close()
		if !valid {
			return nil, "its " + name + " is not render's", false
		}
		if name == splitManifestName {
			listed, manifest = l, true
		}
		marks = append(marks, name)
	}
	unlisted := 0
	for _, en := range entries {
		if ctx.Err() != nil {
			return nil, "", true // Ctrl-C: judged by the next run
		}
		name := en.Name()
		if name == splitManifestName || name == legacyLockName {
			continue
		}
		if !en.Type().IsRegular() || !isRenderFile(name) {
			return nil, "it holds " + name + ", which render does not write", false
		}
		e, ok := listed[name]
		switch {
		case ok:
			if !samePage(filepath.Join(m, name), e) {
				return nil, name + " is not as render wrote it", false
			}
		case !manifest:
			// nothing proves that the file is as render wrote it: a
			// page with render's mark may hold hand edits (red team 9,
			// 1d). Only what render writes before any page (its lock,
			// an empty manifest) is removed without a manifest.
			return nil, "it has no manifest of render's, so nothing shows that " + name + " is as render wrote it; look at it, and remove the folder yourself if nothing in it is yours", false
		case unlisted > 0:
			return nil, "it holds " + name + ", which render's manifest does not list", false
		default:
			// the page being written when the run was killed: render's
			// mark at its start
			if !writtenByRender(m, en) && !emptyFile(filepath.Join(m, name)) {
				return nil, name + " lacks render's mark", false
			}
			unlisted++
		}
		files = append(files, name)
	}
	return append(files, marks...), "", false
}

// manifestEntry is a page that a manifest lists.
type manifestEntry struct {
	sum  uint32
	size int64
}

// readSplitMark reads the manifest or legacy lock file f of a temporary
// folder of n entries: valid when it starts with its mark (or is empty,
// alone in the folder: the run was killed as it made it), with the pages
// a manifest lists.
func readSplitMark(f *os.File, name string, n int) (map[string]manifestEntry, bool) {
	br := bufio.NewReader(f)
	head, err := br.ReadString('\n')
	if head == "" && err == io.EOF {
		return nil, n == 1
	}
	if name == legacyLockName {
		rest, _ := br.Peek(1)
		return nil, head == legacyLockMark && len(rest) == 0
	}
	if head != splitManifestMark {
		return nil, false
	}
	listed := map[string]manifestEntry{}
	if _, err := br.ReadString('\n'); err != nil { // the process line
		return listed, err == io.EOF
	}
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			return listed, true // a line cut by the kill is no page
		}
		f := strings.SplitN(strings.TrimSuffix(line, "\n"), " ", 3)
		if len(f) != 3 {
			return nil, false
		}
		sum, err1 := strconv.ParseUint(f[0], 16, 32)
		size, err2 := strconv.ParseInt(f[1], 10, 64)
		if err1 != nil || err2 != nil || !isRenderFile(f[2]) {
			return nil, false
		}
		listed[f[2]] = manifestEntry{uint32(sum), size}
	}
}

// samePage reports whether the file at path is the page e lists: a
// regular file of its size and checksum.
func samePage(path string, e manifestEntry) bool {
	f, err := corpus.OpenRegularFile(path, os.O_RDONLY|oNoFollow)
	if err != nil {
		return false
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || info.Size() != e.size {
		return false
	}
	s := &summingWriter{w: io.Discard}
	if _, err := io.Copy(s, f); err != nil {
		return false
	}
	return s.n == e.size && s.sum == e.sum
}

func emptyFile(path string) bool {
	info, err := os.Lstat(path)
	return err == nil && info.Mode().IsRegular() && info.Size() == 0
}

// keepInSplit is what an existing --split folder may hold: pages that
// render wrote (its mark) and the view's manifest.
func keepInSplit(dir string) func(en os.DirEntry) bool {
	return func(en os.DirEntry) bool {
		return writtenByRender(dir, en) || isSplitManifest(dir, en.Name(), en.Type().IsRegular())
	}
}
