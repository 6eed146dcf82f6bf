package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestExport(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	pred := filepath.Join(dir, "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB)+`{"id":"c","error":"failed"}`+"\n")

	r := runArgs(t, "", "export", "--format", "csv", pred)
	if r.code != exitOK || !strings.HasPrefix(r.stdout, "doc,doc_date,type,start,end,text,") ||
		!strings.Contains(r.stdout, "b,,TROOPS,0,18,\"About 8,500 troops\",,,,8500,approx,,,,,\n") {
		t.Errorf("csv: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
	out := filepath.Join(dir, "out.tsv")
	if r := runArgs(t, "", "export", "--format", "tsv", pred, "-o", out); r.code != exitOK {
		t.Fatalf("tsv: exit %d %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(out); !strings.Contains(string(b), "a\t2022-01-24\tDATE\t37\t43\tMonday\t\t\t2022-01-24\t") {
		t.Errorf("tsv:\n%s", b)
	}
	pq := filepath.Join(dir, "out.parquet")
	if r := runArgs(t, "", "export", "--format", "parquet", pred, "-o", pq); r.code != exitOK {
		t.Fatalf("parquet: exit %d %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(pq); !strings.HasPrefix(string(b), "PAR1") {
		t.Errorf("parquet file does not start with PAR1")
	}
	r = runArgs(t, "", "export", "--format", "conll", "--types", "OFFICIAL", "--docs", docs, gold)
	if r.code != exitOK || !strings.Contains(r.stdout, "Biden\t17\t22\tB-OFFICIAL\n") || strings.Contains(r.stdout, "2022-01-24\t") {
		t.Errorf("conll: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	// brat: gold exported and read back scores exactly as the gold.
	bratDir := filepath.Join(dir, "brat")
	if r := runArgs(t, "", "export", "--format", "brat", "--docs", docs, gold, "-o", bratDir); r.code != exitOK {
		t.Fatalf("brat: exit %d %s", r.code, r.stderr)
	}
	want := runArgs(t, "", "eval", "--gold", gold, "--docs", docs, "--pred", pred, "--json")
	got := runArgs(t, "", "eval", "--gold-format", "brat", "--gold", bratDir, "--pred", pred, "--json")
	if got.code != exitOK || got.stdout != want.stdout {
		t.Errorf("brat round trip: exit %d, stderr %q; reports differ: %v", got.code, got.stderr, got.stdout != want.stdout)
	}

	if r := runArgs(t, "", "export", "--format", "csv", "--bom", pred); r.code != exitOK || !strings.HasPrefix(r.stdout, "\ufeffdoc,") {
		t.Errorf("--bom: exit %d, %q", r.code, r.stdout[:min(len(r.stdout), 20)])
	}
	bomOut := filepath.Join(dir, "bom.tsv")
	if r := runArgs(t, "", "export", "--format", "tsv", "--bom", pred, "-o", bomOut); r.code != exitOK || !strings.HasPrefix(readFile(t, bomOut), "\ufeffdoc\t") {
		t.Errorf("--bom -o: exit %d, %s", r.code, r.stderr)
	}
	for _, args := range [][]string{
		{"--format", "parquet", "--bom", pred},
		{"--format", "conll", "--bom", "--docs", docs, pred},
		{pred},
		{"--format", "xml", pred},
		{"--format", "csv"},
		{"--format", "brat", pred},
		{"--format", "brat", "--docs", docs, pred},
		{"--format", "conll", pred},
		{"--format", "csv", "--types", "DATE", pred},
		{"--format", "csv", filepath.Join(dir, "none.jsonl")},
	} {
		if r := runArgs(t, "", append([]string{"export"}, args...)...); r.code != exitFatal {
			t.Errorf("%q: exit %d, want %d", args, r.code, exitFatal)
		}
	}
	// A document whose annotations do not fit its text is skipped (exit 1).
	bad := filepath.Join(dir, "bad.jsonl")
	write(t, bad, strings.Replace(jsonl(t, same, goldA, goldB), `"text":"Scholz"`, `"text":"Scholtz"`, 1))
	r = runArgs(t, "", "export", "--format", "conll", "--docs", docs, bad)
	if r.code != exitPartial || !strings.Contains(r.stderr, "a: annotations do not fit the document; skipped") || !strings.Contains(r.stdout, "# doc = b") {
		t.Errorf("bad document: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

// TestREADMEPandas runs the README's Python block (load the CSV export
// into pandas) on an export of corpus/gold, when python3 has pandas.
func TestREADMEPandas(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil || exec.Command(py, "-c", "import pandas").Run() != nil {
		t.Skip("python3 with pandas not installed")
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```python\n")
	block, _, ok2 := strings.Cut(rest, "```")
	if !ok || !ok2 {
		t.Fatal("no ```python block in the README")
	}
	dir := t.TempDir()
	if r := runArgs(t, "", "export", "--format", "csv", filepath.Join("..", "..", "corpus", "gold"), "-o", filepath.Join(dir, "new.csv")); r.code != exitOK {
		t.Fatalf("export: exit %d %s", r.code, r.stderr)
	}
	cmd := exec.Command(py, "-c", block)
	cmd.Dir = dir
	out, err := cmd.CombinedOutput()
	if err != nil || !strings.Contains(string(out), "TROOPS") || !strings.Contains(string(out), "up_to") {
		t.Errorf("the README's pandas block: %v\n%s", err, out)
	}
}

// One id that cannot name a file (a path, "..", too long for the file
// system) or that repeats an earlier one skips that document with a
// message naming it; the others are exported; exit 1 (it exported
// nothing after the first such id, exit 2).
func TestExportBratSkipsBadIDs(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("x", 300)
	ids := []string{"ok1", "a/b", "..", long, "ok2", "ok1"}
	var docs, pred strings.Builder
	for i, id := range ids {
		if i < len(ids)-1 {
			fmt.Fprintf(&docs, `{"id":%q,"text":"Biden said."}`+"\n", id)
		}
		fmt.Fprintf(&pred, `{"id":%q,"annotations":[{"type":"OFFICIAL","start":0,"end":5,"text":"Biden","name":"Biden","title":""}]}`+"\n", id)
	}
	write(t, filepath.Join(dir, "docs.jsonl"), docs.String())
	write(t, filepath.Join(dir, "pred.jsonl"), pred.String())
	out := filepath.Join(dir, "brat")
	r := runArgs(t, "", "export", "--format", "brat", "--docs", filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "pred.jsonl"), "-o", out)
	if r.code != exitPartial {
		t.Errorf("exit %d, want 1: %s", r.code, r.stderr)
	}
	if testing.Verbose() {
		t.Log(r.stderr)
	}
	for _, f := range []string{"ok1.ann", "ok1.txt", "ok2.ann", "ok2.txt"} {
		if _, err := os.Stat(filepath.Join(out, f)); err != nil {
			t.Errorf("%s not exported: %v", f, err)
		}
	}
	for _, want := range []string{`"a/b"`, `".."`, long[:40], `duplicate document id "ok1" (first read from`} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("no message naming %s:\n%s", want, r.stderr)
		}
	}
	if entries, _ := os.ReadDir(out); len(entries) != 4 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v, want the 4 files of ok1 and ok2", names)
	}
	if _, err := os.Stat(filepath.Join(dir, "b.ann")); err == nil {
		t.Error("a file written outside the folder")
	}
}

// TestExportBratRefusesFolder: export --format brat does not replace the
// .txt and .ann files already in -o DIR (hand-made gold, an edited
// article) unless --force, and never writes through a symbolic link to a
// folder, --force or not (red team 3, C2).
func TestExportBratRefusesFolder(t *testing.T) {
	files := map[string]string{
		"docs.jsonl": `{"id":"a","text":"Secretary Blinken said on Monday."}` + "\n",
		"pred.jsonl": `{"id":"a","annotations":[]}` + "\n",
	}
	tests := []struct {
		name   string
		setup  map[string]string // files in the work folder before the run
		link   bool              // out is a link to the folder real
		force  bool
		suffix string // written after -o's folder: "/", "/."
		refuse bool
		kept   string // a file that must stay as it was, when refused
	}{
		{"hand-made .ann", map[string]string{"out/a.ann": "T1\tOFFICIAL 0 9\tSecretary\n"}, false, false, "", true, "out/a.ann"},
		{"edited .txt", map[string]string{"out/a.txt": "EDITED\n"}, false, false, "", true, "out/a.txt"},
		{"other .ann, not one export writes", map[string]string{"out/z.ann": "T1\tDATE 0 1\tx\n"}, false, false, "", true, "out/z.ann"},
		{"a link to a folder", map[string]string{"real/a.txt": "keep\n"}, true, false, "", true, "real/a.txt"},
		{"a link to a folder, --force", map[string]string{"real/a.txt": "keep\n"}, true, true, "", true, "real/a.txt"},
		{"a link to a folder with a slash, --force", map[string]string{"real/a.txt": "keep\n"}, true, true, "/", true, "real/a.txt"},
		{"a link to a folder with /., --force", map[string]string{"real/a.txt": "keep\n"}, true, true, "/.", true, "real/a.txt"},
		{"a link to an empty folder", map[string]string{"real/annotation.conf": "[entities]\n"}, true, false, "", true, "real/annotation.conf"},
		{"other files only", map[string]string{"out/annotation.conf": "[entities]\n"}, false, false, "", false, ""},
		{"--force replaces", map[string]string{"out/a.ann": "old\n"}, false, true, "", false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeTree(t, dir, files)
			writeTree(t, dir, tt.setup)
			if tt.link {
				if err := os.Symlink("real", filepath.Join(dir, "out")); err != nil {
					t.Fatal(err)
				}
			}
			args := []string{"export", "--format", "brat", "--docs", filepath.Join(dir, "docs.jsonl"), filepath.Join(dir, "pred.jsonl"), "-o", filepath.Join(dir, "out") + tt.suffix}
			if tt.force {
				args = append(args, "--force")
			}
			r := runArgs(t, "", args...)
			if tt.refuse {
				if r.code != exitFatal || !strings.Contains(r.stderr, "refusing") && !strings.Contains(r.stderr, "would replace") {
					t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
				}
				if got := readFile(t, filepath.Join(dir, tt.kept)); got != tt.setup[tt.kept] {
					t.Errorf("%s changed: %q", tt.kept, got)
				}
				return
			}
			if r.code != exitOK || readFile(t, filepath.Join(dir, "out", "a.txt")) != "Secretary Blinken said on Monday." {
				t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
		})
	}
}

// TestCLIExportBratSkippedCapped: documents skipped by a brat export are
// named up to maxPerKind of a kind, then counted in one line (red team 9,
// 2c: a full disk printed one line per document left, 380 lines).
func TestCLIExportBratSkippedCapped(t *testing.T) {
	dir := t.TempDir()
	var pred, docs strings.Builder
	for i := range maxPerKind + 15 {
		id := fmt.Sprintf("dir/d%03d", i) // a path: cannot name a brat file
		fmt.Fprintf(&docs, `{"id":%q,"text":"Lloyd Austin said."}`+"\n", id)
		fmt.Fprintf(&pred, `{"id":%q,"annotations":[]}`+"\n", id)
	}
	docs.WriteString(`{"id":"ok","text":"Lloyd Austin said."}` + "\n")
	pred.WriteString(`{"id":"ok","annotations":[]}` + "\n")
	writeTree(t, dir, map[string]string{"docs.jsonl": docs.String(), "pred.jsonl": pred.String()})
	r := cli(t, dir, "", "export", "--format", "brat", "--docs", "docs.jsonl", "pred.jsonl", "-o", "b")
	if r.code != exitPartial {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if n := strings.Count(r.stderr, "; skipped\n"); n != maxPerKind {
		t.Errorf("%d skipped lines, want %d:\n%s", n, maxPerKind, r.stderr)
	}
	if !strings.Contains(r.stderr, "… and 15 more messages of this kind not shown (35 in all)") {
		t.Errorf("no count of the rest:\n%s", r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "b", "ok.ann")); err != nil {
		t.Error(err)
	}
}

// A value brat cannot hold as it is (a line break in a name) is said when
// exported, and a brat line eval does not use is said with file and line;
// neither changes the exit code (red team 22, 5: both were silent).
func TestBratSaysWhatItDrops(t *testing.T) {
	dir := t.TempDir()
	docs, pred := filepath.Join(dir, "d.jsonl"), filepath.Join(dir, "p.jsonl")
	write(t, docs, `{"id":"d","text":"Joe Biden said on Monday."}`+"\n")
	write(t, pred, `{"id":"d","annotations":[{"type":"OFFICIAL","start":0,"end":9,"text":"Joe Biden","name":"Joe\nBiden","title":""}]}`+"\n")
	out := filepath.Join(dir, "brat")
	r := runArgs(t, "", "export", "--format", "brat", "--docs", docs, pred, "-o", out)
	if r.code != exitOK || !strings.Contains(r.stderr, `warning: document "d": annotation 0 (OFFICIAL 0-9): name "Joe\nBiden" has a line break or tab, written as a space`) {
		t.Errorf("export: exit %d: %s", r.code, r.stderr)
	}
	ann := filepath.Join(out, "d.ann")
	write(t, ann, readFile(t, ann)+"#9\tAnnotatorNotes T7\tnote on nothing\nA1\tNegated T1\n")
	r = runArgs(t, "", "eval", "--gold-format", "brat", "--gold", out, "--pred", pred, "--bootstrap", "0")
	for _, want := range []string{
		"dispatch eval: gold: warning: " + ann + ":4: note #9: AnnotatorNotes of T7: no such annotation; skipped",
		"dispatch eval: gold: warning: " + ann + `:5: attribute A1: "Negated" is not in the mapping`,
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("eval: stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if r.code != exitOK {
		t.Errorf("eval: exit %d", r.code)
	}
}
