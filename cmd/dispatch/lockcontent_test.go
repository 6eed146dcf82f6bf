package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLockFileJudgedByContent: a file already at an output's lock name
// (.NAME.lock) is written and removed only when it is a dispatch run's
// record (a run killed outright left it); a hard link to another file,
// a file of the user's, or an empty one is refused, exit 2, naming it,
// and left as it was, for every command that takes a lock (red team 17,
// 1: each was overwritten, then removed, exit 0).
func TestLockFileJudgedByContent(t *testing.T) {
	if !canLock {
		t.Skip("no file locks here")
	}
	killed := "dispatch annotate, process 999999, started 2026-12-01 06:00:00 UTC\n"
	commands := []struct {
		name string
		out  string // the output, in the run's folder
		args []string
	}{
		{"annotate", "o.jsonl", []string{"annotate", "in", "-q", "-o", "o.jsonl"}},
		{"export csv", "o.csv", []string{"export", "--format", "csv", "p.jsonl", "-o", "o.csv"}},
		{"export brat", "bb", []string{"export", "--format", "brat", "--docs", "in", "p.jsonl", "-o", "bb"}},
		{"render", "o.html", []string{"render", "--pred", "p.jsonl", "--docs", "in", "-o", "o.html"}},
		{"render --split", "spv", []string{"render", "--pred", "p.jsonl", "--docs", "in", "--split", "spv"}},
	}
	lockCases := []struct {
		name    string
		content string
		link    bool // the lock name is a second name of the file victim
		ok      bool // the run goes on (and removes the lock)
		want    string
	}{
		{"a hard link", killed, true, false, "has more than one name"},
		{"a user's file", "my notes\n", false, false, "does not hold a dispatch run's record"},
		{"a record then other text", killed + "my notes\n", false, false, "does not hold a dispatch run's record"},
		{"an empty file", "", false, false, "is empty"},
		{"a killed run's record", killed + "temporary file .o.csv.tmp-12 2049:5527\n", false, true, ""},
	}
	for _, c := range commands {
		for _, lc := range lockCases {
			t.Run(c.name+"/"+lc.name, func(t *testing.T) {
				dir := sampleDocs(t)
				pred := runArgs(t, "", "annotate", filepath.Join(dir, "in"))
				if pred.code != exitOK {
					t.Fatalf("annotate: %d %s", pred.code, pred.stderr)
				}
				write(t, filepath.Join(dir, "p.jsonl"), pred.stdout)
				lock := filepath.Join(dir, "."+c.out+".lock")
				victim := filepath.Join(dir, "victim")
				write(t, victim, lc.content)
				if lc.link {
					if err := os.Link(victim, lock); err != nil {
						t.Fatal(err)
					}
				} else if err := os.Rename(victim, lock); err != nil {
					t.Fatal(err)
				}
				r := cli(t, dir, "", c.args...)
				if lc.ok {
					if r.code != exitOK {
						t.Fatalf("exit %d: %s", r.code, r.stderr)
					}
					if _, err := os.Lstat(lock); err == nil {
						t.Errorf("the killed run's lock file stays")
					}
					return
				}
				if r.code != exitFatal || !strings.Contains(r.stderr, lc.want) || !strings.Contains(r.stderr, "."+c.out+".lock") {
					t.Errorf("exit %d, want %d and %q naming the lock file: %s", r.code, exitFatal, lc.want, r.stderr)
				}
				if got, err := os.ReadFile(lock); err != nil || string(got) != lc.content {
					t.Errorf("the file at the lock name was changed or removed: %q %v", got, err)
				}
				if lc.link {
					if got := readFile(t, victim); got != lc.content {
						t.Errorf("the other name's file is %q", got)
					}
				}
				if _, err := os.Lstat(filepath.Join(dir, c.out)); err == nil {
					t.Errorf("%s was written", c.out)
				}
			})
		}
	}
}
