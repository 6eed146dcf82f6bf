//go:build linux

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestWritersFullDisk: render, export and eval writing to a full disk
// (a small tmpfs; root only) fail with the system's reason, exit 2, and
// leave nothing behind: no temporary file or folder, no lock, no brat
// .ann without its .txt, and an earlier brat pair as it was.
func TestWritersFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	dir := t.TempDir()
	small := filepath.Join(dir, "small")
	mountTmpfs(t, small, "192k")
	// 256 KB of text (more than the disk) with one annotation: its .ann
	// fits, its .txt does not
	text := "Lloyd Austin said. " + strings.Repeat("x ", 128<<10)
	writeTree(t, dir, map[string]string{
		"docs/big.txt":      text,
		"a.jsonl":           `{"id":"big","annotations":[{"type":"OFFICIAL","start":0,"end":12,"text":"Lloyd Austin","name":"Lloyd Austin","title":""}]}` + "\n",
		"small/old/big.ann": "T1\tOFFICIAL 0 5\tLloyd\n",
		"small/old/big.txt": "Lloyd",
	})
	for _, args := range [][]string{
		{"render", "docs", "-o", "small/out.html"},
		{"render", "docs", "--split", "small/view"},
		{"export", "--format", "conll", "a.jsonl", "--docs", "docs", "-o", "small/out.conll"},
		{"export", "--format", "brat", "a.jsonl", "--docs", "docs", "-o", "small/brat"},
		{"export", "--format", "brat", "a.jsonl", "--docs", "docs", "-o", "small/old", "--force"},
		{"eval", "--gold", "a.jsonl", "--pred", "a.jsonl", "--docs", "docs", "--errors", "-o", "small/eval.txt"},
	} {
		if args[0] == "eval" && !hasFlag(t, "eval", "-o") {
			continue
		}
		r := cli(t, dir, "", args...)
		if r.code == exitOK || !strings.Contains(r.stderr, "no space left on device") {
			if args[0] == "eval" && r.code == exitOK { // a small report fits
				continue
			}
			t.Errorf("%s: exit %d, stderr:\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
		entries, _ := os.ReadDir(small)
		var names []string
		for _, en := range entries {
			names = append(names, en.Name())
		}
		if got := strings.Join(names, " "); got != "old" {
			t.Errorf("%s: left %s", strings.Join(args, " "), got)
		}
		if a, b := readFile(t, filepath.Join(small, "old", "big.ann")), readFile(t, filepath.Join(small, "old", "big.txt")); !strings.HasPrefix(a, "T1\tOFFICIAL 0 5") || b != "Lloyd" {
			t.Errorf("%s: the earlier pair changed: %q, %q", strings.Join(args, " "), a, b)
		}
	}
}

// hasFlag reports whether the subcommand sub has the flag name.
func hasFlag(t *testing.T, sub, name string) bool {
	r := cli(t, t.TempDir(), "", sub, "--help")
	return strings.Contains(r.stdout+r.stderr, name+",") || strings.Contains(r.stdout+r.stderr, ", "+name+" ")
}

// TestBratFullDiskStops: brat export stops at the first document that
// does not fit (ENOSPC), exit 2, saying how many were written whole,
// instead of skipping every later one with a message each and exit 1
// (red team 17, 7). The pairs written stay whole.
func TestBratFullDiskStops(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small")
	mountTmpfs(t, small, "192k")
	tree := map[string]string{}
	var recs strings.Builder
	for i := range 40 { // 40 documents of 16 KB: about 12 fit
		id := fmt.Sprintf("d%02d", i)
		tree["docs/"+id+".txt"] = "Lloyd Austin said. " + strings.Repeat("x ", 8<<10)
		fmt.Fprintf(&recs, `{"id":%q,"annotations":[{"type":"OFFICIAL","start":0,"end":12,"text":"Lloyd Austin","name":"Lloyd Austin","title":""}]}`+"\n", id)
	}
	tree["a.jsonl"] = recs.String()
	writeTree(t, dir, tree)
	r := cli(t, dir, "", "export", "--format", "brat", "a.jsonl", "--docs", "docs", "-o", "small/brat")
	if r.code != exitFatal || !strings.Contains(r.stderr, "no space left on device") || !strings.Contains(r.stderr, "stopped") {
		t.Fatalf("exit %d, want %d, stderr:\n%s", r.code, exitFatal, r.stderr)
	}
	if strings.Count(r.stderr, "skipped") > 0 {
		t.Errorf("documents skipped one by one after the disk was full:\n%s", r.stderr)
	}
	entries, _ := os.ReadDir(filepath.Join(small, "brat"))
	pairs := 0
	for _, en := range entries {
		if base, ok := strings.CutSuffix(en.Name(), ".txt"); ok {
			if _, err := os.Stat(filepath.Join(small, "brat", base+".ann")); err != nil {
				t.Errorf("%s without its .ann", en.Name())
			}
			pairs++
		} else if !strings.HasSuffix(en.Name(), ".ann") {
			t.Errorf("left %s", en.Name())
		}
	}
	if pairs == 0 || len(entries) != 2*pairs || !strings.Contains(r.stderr, fmt.Sprintf("%d documents written in small/brat", pairs)) {
		t.Errorf("%d pairs in %d files, not said:\n%s", pairs, len(entries), r.stderr)
	}
}
