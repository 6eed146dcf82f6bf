//go:build linux

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestResumeFinishedFileFullDisk: --resume on a finished output on a disk
// that fills up (a small tmpfs; root only) leaves FILE as it was and the
// new documents in FILE.partial, cut back to its last whole record.
// Before, --resume appended to FILE in place, and the full disk left FILE
// ending in a cut-off record that 'dispatch validate' reported as
// malformed (red team 19, issue 2). That a later --resume completes the
// output: TestResumeFinishedFileKilled.
func TestResumeFinishedFileFullDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("long runs: skipped with -short")
	}
	dir := t.TempDir()
	small := filepath.Join(dir, "small")
	mountTmpfs(t, small, "2m")
	bigInput(t, dir, 20)
	if r := cli(t, dir, "", "annotate", "-q", "big.jsonl", "-o", "small/out.jsonl"); r.code != exitOK {
		t.Fatalf("first run: exit %d\n%s", r.code, r.stderr)
	}
	out := filepath.Join(small, "out.jsonl")
	before := readFile(t, out)
	if len(before) > 700<<10 {
		t.Fatalf("the first output (%d bytes) leaves no room to copy it", len(before))
	}
	const n = 200 // their output is larger than the disk
	bigInput(t, dir, n)
	r := cli(t, dir, "", "annotate", "-q", "--resume", "big.jsonl", "-o", "small/out.jsonl")
	if r.code != exitFatal || !strings.Contains(r.stderr, "no space left on device") || !strings.Contains(r.stderr, "cut back to its last whole record") {
		t.Errorf("--resume on a full disk: exit %d\n%s", r.code, r.stderr)
	}
	if got := readFile(t, out); got != before {
		t.Fatalf("--resume on a full disk changed %s (%d bytes, was %d; ends %q)", out, len(got), len(before), got[max(0, len(got)-40):])
	}
	partial := checkOutput(t, out+".partial") // whole records only
	if len(partial) <= 20 {
		t.Errorf("%s.partial holds %d documents, want the 20 and more", out, len(partial))
	}
	assertOnly(t, small, "out.jsonl", "out.jsonl.partial")

}

// TestResumePartialFullDiskAtFinish: --resume appending to FILE.partial
// whose new records all fit in the output buffer, on a disk with room for
// only part of them, fails at the run's last flush; the partial file is
// cut back to its last whole record there too, and the message says where
// the documents are (review of the eleventh session, 1: the last flush's
// failure closed the file as it was, ending in a cut-off record).
func TestResumePartialFullDiskAtFinish(t *testing.T) {
	if testing.Short() {
		t.Skip("long runs: skipped with -short")
	}
	dir := t.TempDir()
	small := filepath.Join(dir, "small")
	mountTmpfs(t, small, "1m")
	bigInput(t, dir, 3)
	if r := cli(t, dir, "", "annotate", "-q", "big.jsonl", "-o", "small/out.jsonl"); r.code != exitOK {
		t.Fatalf("first run: exit %d\n%s", r.code, r.stderr)
	}
	out := filepath.Join(small, "out.jsonl")
	if err := os.Rename(out, out+".partial"); err != nil { // as an interrupted run leaves it
		t.Fatal(err)
	}
	var fs syscall.Statfs_t
	if err := syscall.Statfs(small, &fs); err != nil {
		t.Fatal(err)
	}
	free := int64(fs.Bavail) * int64(fs.Bsize)
	if err := os.WriteFile(filepath.Join(small, "filler"), make([]byte, max(0, free-24<<10)), 0o644); err != nil {
		t.Fatal(err)
	}
	bigInput(t, dir, 10) // its 7 new records (~150 KB) fit in the 256 KiB buffer, not on the disk
	r := cli(t, dir, "", "annotate", "-q", "--resume", "big.jsonl", "-o", "small/out.jsonl")
	if r.code != exitFatal || !strings.Contains(r.stderr, "no space left on device") || !strings.Contains(r.stderr, "cut back to its last whole record") {
		t.Errorf("--resume of a partial on a full disk: exit %d\n%s", r.code, r.stderr)
	}
	if docs := checkOutput(t, out+".partial"); len(docs) < 3 { // whole records only
		t.Errorf("%s.partial holds %d documents, want the 3 and more", out, len(docs))
	}
}

// TestAnnotateFullDiskWorkers: a full disk ends a run of one worker as it
// does a run of several: exit 2, the documents written so far kept in
// FILE.partial, cut back to its last whole record. With one worker the
// budget of the document whose write failed was given back twice, a panic
// that lost the whole output (red team 21, 1).
func TestAnnotateFullDiskWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("long runs: skipped with -short")
	}
	for _, j := range []string{"1", "2"} {
		t.Run("-j"+j, func(t *testing.T) {
			dir := t.TempDir()
			small := filepath.Join(dir, "small")
			mountTmpfs(t, small, "1m")
			bigInput(t, dir, 200) // its output is larger than the disk
			r := cli(t, dir, "", "annotate", "-q", "-j", j, "big.jsonl", "-o", "small/out.jsonl")
			if r.code != exitFatal || strings.Contains(r.stderr, "panic") || !strings.Contains(r.stderr, "no space left on device") {
				t.Fatalf("exit %d\n%s", r.code, r.stderr)
			}
			if docs := checkOutput(t, filepath.Join(small, "out.jsonl.partial")); len(docs) == 0 {
				t.Errorf("out.jsonl.partial holds no document")
			}
		})
	}
}
