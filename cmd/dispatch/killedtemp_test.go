//go:build unix

package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// killedExport starts "dispatch export --format FORMAT - -o out" in dir,
// reading standard input that the test holds open, waits until its lock
// file records the temporary file it writes, kills it outright (kill -9)
// and returns that file's path.
func killedExport(t *testing.T, dir, out, format, first string) string {
	t.Helper()
	if binary == "" {
		t.Fatal(buildErr)
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	cmd := exec.Command(binary, "export", "--format", format, "-", "-o", out)
	var errb bytes.Buffer
	cmd.Dir, cmd.Stdin, cmd.Stderr = dir, r, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r.Close()
	fmt.Fprintln(w, first)
	lock := filepath.Join(dir, "."+out+".lock")
	var temp string
	for deadline := time.Now().Add(time.Minute); temp == ""; time.Sleep(10 * time.Millisecond) {
		data, _ := os.ReadFile(lock)
		for line := range strings.Lines(string(data)) {
			if name, ok := strings.CutPrefix(line, tempLinePrefix); ok && strings.HasSuffix(line, "\n") {
				temp = filepath.Join(dir, strings.Fields(name)[0])
			}
		}
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the run recorded no temporary file in %s: %s", lock, errb.String())
		}
	}
	if !strings.Contains(readFile(t, lock), fmt.Sprintf("process %d,", cmd.Process.Pid)) {
		t.Errorf("the lock file does not name the process %d: %q", cmd.Process.Pid, readFile(t, lock))
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	if _, err := os.Stat(temp); err != nil {
		t.Fatalf("the killed run left no temporary file: %v", err)
	}
	return temp
}

// TestKilledRunTempRemoved: the temporary file of an export (render and
// eval --docs-out write the same way) killed outright is removed by the
// next run on the same output, which names it; the lock file it left
// records the file, its inode and the killed run's process. A file only
// named like one, or the recorded name holding another file now, is
// left and named (red team 16, 7: such files were only named).
func TestKilledRunTempRemoved(t *testing.T) {
	rec := jsonl(t, same, goldA)
	for _, format := range []string{"csv", "tsv"} {
		t.Run(format, func(t *testing.T) {
			dir := t.TempDir()
			out := "t." + format
			temp := killedExport(t, dir, out, format, strings.TrimSpace(rec))
			look := filepath.Join(dir, "."+out+".tmp-77") // the user's file of a temporary file's name
			write(t, look, "mine")
			r := cli(t, dir, rec, "export", "--format", format, "-", "-o", out)
			if r.code != exitOK {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			if _, err := os.Stat(temp); err == nil {
				t.Errorf("the killed run's temporary file %s is left:\n%s", temp, r.stderr)
			}
			if !strings.Contains(r.stderr, "removed "+filepath.Base(temp)+" (") || !strings.Contains(r.stderr, "killed before it ended (dispatch, process ") {
				t.Errorf("the removal is not named:\n%s", r.stderr)
			}
			if readFile(t, look) != "mine" || !strings.Contains(r.stderr, filepath.Base(look)+" (4 B) looks like the temporary file") {
				t.Errorf("a file only named like a temporary file was not left and named:\n%s", r.stderr)
			}
			if _, err := os.Stat(filepath.Join(dir, "."+out+".lock")); err == nil {
				t.Errorf("lock file left after a complete run")
			}
			if !strings.Contains(readFile(t, filepath.Join(dir, out)), "Biden") {
				t.Errorf("no output")
			}
		})
	}
	t.Run("the recorded name holds another file now", func(t *testing.T) {
		dir := t.TempDir()
		temp := killedExport(t, dir, "t.csv", "csv", strings.TrimSpace(rec))
		// the run's file moved away, another made under its name: a new
		// inode (the old one still exists)
		if err := os.Rename(temp, filepath.Join(dir, "kept")); err != nil {
			t.Fatal(err)
		}
		write(t, temp, "another file")
		r := cli(t, dir, rec, "export", "--format", "csv", "-", "-o", "t.csv")
		if r.code != exitOK {
			t.Fatalf("exit %d:\n%s", r.code, r.stderr)
		}
		if readFile(t, temp) != "another file" || strings.Contains(r.stderr, "removed") || !strings.Contains(r.stderr, filepath.Base(temp)+" (12 B) looks like") {
			t.Errorf("a file that is not the recorded one was removed or not named:\n%s", r.stderr)
		}
	})
}

// TestRemoveKilledTempRecord: removeKilledTemp removes only a file the
// record names that is a temporary file of this output, in its folder,
// with the recorded inode; a record of another output's file, of a path
// outside the folder, of a folder, or with no inode removes nothing.
func TestRemoveKilledTempRecord(t *testing.T) {
	dir := t.TempDir()
	plan, err := planOutput(filepath.Join(dir, "view.html"))
	if err != nil {
		t.Fatal(err)
	}
	key := func(p string) string {
		info, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		k, _ := fileKey(info)
		return k
	}
	ours := filepath.Join(dir, ".view.html.tmp-5")
	other := filepath.Join(dir, ".other.html.tmp-5")
	outside := filepath.Join(filepath.Dir(dir), ".view.html.tmp-outside")
	folder := filepath.Join(dir, ".view.html.tmp-6")
	for _, p := range []string{ours, other, outside} {
		write(t, p, "x")
	}
	defer os.Remove(outside)
	os.Mkdir(folder, 0o755)
	who := "dispatch, process 4242, started 2026-12-01 05:00:00 UTC\n"
	for _, c := range []struct {
		name, record, gone string
	}{
		{"another output's file", tempLinePrefix + ".other.html.tmp-5 " + key(other) + "\n", ""},
		{"outside the folder", tempLinePrefix + "../.view.html.tmp-outside " + key(outside) + "\n", ""},
		{"a folder", tempLinePrefix + ".view.html.tmp-6 " + key(folder) + "\n", ""},
		{"no inode", tempLinePrefix + ".view.html.tmp-5\n", ""},
		{"a wrong inode", tempLinePrefix + ".view.html.tmp-5 1:1\n", ""},
		{"no record line", "", ""},
		{"ours", tempLinePrefix + ".view.html.tmp-5 " + key(ours) + "\n" +
			tempLinePrefix + ".view.html.tmp-5 " + tempStartField + tempStart([]byte("x")) + " " + key(ours) + "\n", ours},
	} {
		notes := removeKilledTemp(plan, who+c.record)
		for _, p := range []string{ours, other, outside, folder} {
			_, err := os.Lstat(p)
			if gone := p == c.gone; gone != (err != nil) {
				t.Errorf("%s: %s gone = %v, want %v (notes %q)", c.name, p, err != nil, gone, notes)
			}
		}
		if (c.gone != "") != (len(notes) == 1) {
			t.Errorf("%s: notes %q", c.name, notes)
		}
	}
}

// TestRemoveKilledTempContent: the recorded temporary file (its name and
// inode) is removed only when it still holds what the killed run wrote:
// its first bytes as recorded after the run's first write, or, with no
// such record (killed before it wrote), nothing at all. A file the user
// overwrote in place since (same inode, new content) is left and named
// (red team 18: it was removed).
func TestRemoveKilledTempContent(t *testing.T) {
	page := "<!DOCTYPE html>\n<html lang=\"en\"><head><title>dispatch view</title>"
	cases := []struct {
		name    string
		wrote   string // what the killed run wrote ("" nothing: no start line)
		now     string // the file's content when the next run looks
		removed bool
	}{
		{"as the run left it", page, page, true},
		{"the run's, grown no further", page[:20], page[:20], true},
		{"killed before it wrote: empty", "", "", true},
		{"overwritten in place", page, "my own notes, typed into this file\n", false},
		{"overwritten in place with the same length", page, strings.Repeat("z", len(page)), false},
		{"cut shorter in place", page, page[:10], false},
		{"killed before it wrote, then written by the user", "", "mine\n", false},
		{"overwritten in place, keeping the run's first bytes", page, page + " and more of mine", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			plan, err := planOutput(filepath.Join(dir, "view.html"))
			if err != nil {
				t.Fatal(err)
			}
			temp := filepath.Join(dir, ".view.html.tmp-9")
			write(t, temp, c.wrote)
			info, err := os.Lstat(temp)
			if err != nil {
				t.Fatal(err)
			}
			key, _ := fileKey(info)
			record := "dispatch, process 4242, started 2026-12-01 05:00:00 UTC\n" + tempLinePrefix + ".view.html.tmp-9 " + key + "\n"
			if c.wrote != "" {
				record += tempLinePrefix + ".view.html.tmp-9 " + tempStartField + tempStart([]byte(c.wrote)) + " " + key + "\n"
			}
			if !isLockRecord([]byte(record)) {
				t.Fatalf("not a lock record: %q", record)
			}
			// the same file (inode), its content replaced in place
			f, err := os.OpenFile(temp, os.O_WRONLY|os.O_TRUNC, 0)
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString(c.now)
			f.Close()
			notes := removeKilledTemp(plan, record)
			_, err = os.Lstat(temp)
			if removed := err != nil; removed != c.removed {
				t.Errorf("removed %v, want %v (notes %q)", removed, c.removed, notes)
			}
			if !c.removed && (len(notes) != 1 || !strings.Contains(notes[0], "no longer holds what that run wrote")) {
				t.Errorf("the file left is not named: %q", notes)
			}
		})
	}
}
