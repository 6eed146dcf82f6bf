package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCLIRenderSplitStaleTemp: the temporary folders that a killed
// render --split left beside DIR are removed by the next run on DIR, but
// only those provably render's (marked, lock free, only render's files);
// a folder of a run still going, an unmarked one, one with a foreign
// file and a link are left as they were.
func TestCLIRenderSplitStaleTemp(t *testing.T) {
	if !canLock {
		t.Skip("no file locks here: stale folders are never removed")
	}
	dir := sampleDocs(t)
	mk := func(name, mark string, files ...string) string {
		p := filepath.Join(dir, name)
		if err := os.Mkdir(p, 0o755); err != nil {
			t.Fatal(err)
		}
		if mark != "" {
			writeTestFile(t, filepath.Join(p, splitLockName), mark)
		}
		for _, f := range files {
			writeTestFile(t, filepath.Join(p, f), "<!DOCTYPE html>")
		}
		return p
	}
	killed := mk(".view.tmp-111", splitLockMark, "index.html", "doc-0001-a.html", "dispatch.css")
	empty := mk(".view.tmp-112", splitLockMark)
	running := mk(".view.tmp-222", splitLockMark, "index.html")
	unmarked := mk(".view.tmp-333", "", "index.html")
	otherMark := mk(".view.tmp-444", "something else\n", "index.html")
	foreign := mk(".view.tmp-555", splitLockMark, "index.html", "notes.txt")
	otherDir := mk(".other.tmp-666", splitLockMark, "index.html")
	target := mk("target", splitLockMark, "index.html")
	link := filepath.Join(dir, ".view.tmp-777")
	if err := os.Symlink("target", link); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(running, splitLockName))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	unlock, ok := lockFile(f) // the run still writing it
	if !ok {
		t.Fatal("cannot lock")
	}
	defer unlock()

	r := cli(t, dir, "", "render", "in", "--split", "view")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, gone := range []string{killed, empty} {
		if _, err := os.Lstat(gone); !os.IsNotExist(err) {
			t.Errorf("%s: still there (%v)", gone, err)
		}
		if !strings.Contains(r.stderr, "removed "+filepath.Base(gone)) {
			t.Errorf("stderr does not say %s was removed:\n%s", gone, r.stderr)
		}
	}
	for _, kept := range []string{running, unmarked, otherMark, foreign, otherDir, target} {
		if _, err := os.Stat(filepath.Join(kept, "index.html")); err != nil {
			t.Errorf("%s: touched: %v", kept, err)
		}
	}
	if _, err := os.Lstat(link); err != nil {
		t.Errorf("the link was removed: %v", err)
	}
	if !strings.Contains(r.stderr, "left "+filepath.Base(foreign)) || !strings.Contains(r.stderr, "notes.txt") {
		t.Errorf("stderr does not name the foreign file:\n%s", r.stderr)
	}
	if _, err := os.Lstat(filepath.Join(dir, "view", splitLockName)); !os.IsNotExist(err) {
		t.Errorf("the view holds the lock file: %v", err)
	}
}

func writeTestFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}
