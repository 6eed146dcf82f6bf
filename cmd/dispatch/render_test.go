package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/render"
)

func TestCLIRender(t *testing.T) {
	dir := sampleDocs(t)
	if r := cli(t, dir, "", "annotate", "in", "-o", "out.jsonl"); r.code != exitOK {
		t.Fatalf("annotate: %+v", r)
	}
	gold := `{"id":"c","annotations":[{"type":"QUOTE","start":1,"end":4,"text":"No,","speaker":"Kirby","cue":"said","speaker_start":6,"speaker_end":11}]}` + "\n"
	write(t, filepath.Join(dir, "gold.jsonl"), gold)

	for _, tc := range []struct {
		name string
		args []string
		want []string // in the page
	}{
		{"articles", []string{"render", "in", "-o", "view.html"}, []string{"dispatch: annotations", "Kirby", "Quotes by speaker"}},
		{"annotations and docs", []string{"render", "--pred", "out.jsonl", "--docs", "in", "-o", "view.html"}, []string{"Officials"}},
		{"evaluation", []string{"render", "--gold", "gold.jsonl", "--pred", "out.jsonl", "--docs", "in", "-o", "view.html"}, []string{"dispatch: evaluation", "Mistakes", "o-hit"}},
		{"evaluation of articles", []string{"render", "--gold", "gold.jsonl", "in", "--title", "<Mine>", "-o", "view.html"}, []string{"&lt;Mine&gt;", "Scores"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := cli(t, dir, "", tc.args...)
			if r.code != exitOK || r.stdout != "" {
				t.Fatalf("exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
			}
			page := readFile(t, filepath.Join(dir, "view.html"))
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("the page lacks %q", w)
				}
			}
		})
	}

	// Standard output, when there is no -o.
	if r := cli(t, dir, "", "render", "in"); r.code != exitOK || !strings.HasPrefix(r.stdout, "<!DOCTYPE html>") {
		t.Errorf("to stdout: exit %d, stdout %.40q", r.code, r.stdout)
	}
}

func TestCLIRenderSplit(t *testing.T) {
	dir := sampleDocs(t)
	for range 2 { // the second run replaces the first one's folder
		if r := cli(t, dir, "", "render", "in", "--split", "view"); r.code != exitOK {
			t.Fatalf("exit %d: %s", r.code, r.stderr)
		}
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
	for _, name := range []string{"index.html", "dispatch.js", "dispatch.css", "doc-0001-a.html", "doc-0003-c.html"} {
		if _, err := os.Stat(filepath.Join(dir, "view", name)); err != nil {
			t.Error(err)
		}
	}
	// A folder with other files is never replaced.
	write(t, filepath.Join(dir, "mine", "notes.txt"), "keep me")
	r := cli(t, dir, "", "render", "in", "--split", "mine")
	if r.code != exitFatal || !strings.Contains(r.stderr, "notes.txt") {
		t.Errorf("into a folder of other files: exit %d, %q", r.code, r.stderr)
	}
	if readFile(t, filepath.Join(dir, "mine", "notes.txt")) != "keep me" {
		t.Error("notes.txt changed")
	}
	// Nor one whose files have --split's names but not its mark: they are
	// the user's own pages (issue 8, 10a).
	for _, name := range []string{"index.html", "doc-0009-foo.html", "dispatch.css"} {
		own := filepath.Join(dir, "own-"+name)
		write(t, filepath.Join(own, name), "MINE")
		r := cli(t, dir, "", "render", "in", "--split", "own-"+name)
		if r.code != exitFatal || !strings.Contains(r.stderr, name) {
			t.Errorf("into a folder with a hand-made %s: exit %d, %q", name, r.code, r.stderr)
		}
		if readFile(t, filepath.Join(own, name)) != "MINE" {
			t.Errorf("the hand-made %s changed or was deleted", name)
		}
	}
}

func TestCLIRenderErrors(t *testing.T) {
	dir := sampleDocs(t)
	write(t, filepath.Join(dir, "view.html"), "old")
	write(t, filepath.Join(dir, "bad.jsonl"), `{"id":"a","annotations":[{"type":"DATE","start":30,"end":999,"text":"x","value":"2022"}]}`+"\n")
	for _, tc := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"no input", []string{"render"}, exitFatal, "no input"},
		{"no docs", []string{"render", "--pred", "bad.jsonl"}, exitFatal, "--docs is needed"},
		{"both outputs", []string{"render", "in", "-o", "x.html", "--split", "d"}, exitFatal, "not both"},
		{"articles and pred", []string{"render", "in", "--pred", "bad.jsonl"}, exitFatal, "not both"},
		{"missing folder", []string{"render", "in", "-o", "nowhere/x.html"}, exitFatal, "nowhere"},
		{"no documents", []string{"render", "empty"}, exitFatal, "no document"},
		{"no annotations", []string{"render", "--pred", "empty", "--docs", "in"}, exitFatal, "no annotated documents"},
		{"bad offsets", []string{"render", "--pred", "bad.jsonl", "--docs", "in", "-o", "ok.html"}, exitPartial, "outside the text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			os.MkdirAll(filepath.Join(dir, "empty"), 0o755)
			r := cli(t, dir, "", tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", r.code, r.stderr, tc.code, tc.want)
			}
		})
	}
	if got := readFile(t, filepath.Join(dir, "view.html")); got != "old" {
		t.Errorf("a failed run changed view.html: %q", got)
	}
}

// TestCLIRenderSplitLink: --split naming a symbolic link (to a folder of
// other files, to an earlier view, or dangling) is refused with a
// message; the link stays a link and its target is untouched (red team
// 3, H2: the link was replaced by a new folder).
func TestCLIRenderSplitLink(t *testing.T) {
	tests := []struct {
		name   string
		target string            // what the link sl names
		files  map[string]string // files made first, under the work folder
	}{
		{"a folder of other files", "victim", map[string]string{"victim/index.html": "keep"}},
		{"an empty folder", "empty", map[string]string{"empty/.keep": ""}},
		{"nothing", "gone", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := sampleDocs(t)
			writeTree(t, dir, tt.files)
			if tt.target == "empty" {
				os.Remove(filepath.Join(dir, "empty", ".keep"))
			}
			if err := os.Symlink(tt.target, filepath.Join(dir, "sl")); err != nil {
				t.Fatal(err)
			}
			r := cli(t, dir, "", "render", "in", "--split", "sl")
			if r.code != exitFatal || !strings.Contains(r.stderr, "symbolic link") {
				t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			if info, err := os.Lstat(filepath.Join(dir, "sl")); err != nil || info.Mode()&os.ModeSymlink == 0 {
				t.Errorf("the link was replaced: %v", err)
			}
			for name, content := range tt.files {
				if got, err := os.ReadFile(filepath.Join(dir, name)); err == nil && string(got) != content {
					t.Errorf("%s changed: %q", name, got)
				}
			}
		})
	}
}

// TestCLIRenderSplitIndexPages: a corpus of more than IndexRows documents
// gets several index pages, each linking to the next; a later, smaller
// view replaces the folder whole (its extra index pages are render's own,
// told by their mark), and a hand-made index-0002.html is refused.
func TestCLIRenderSplitIndexPages(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 2*render.IndexRows + 1 {
		fmt.Fprintf(&b, `{"id":"d%d","text":"Kirby said on Monday that 500 troops left."}`+"\n", i)
	}
	write(t, filepath.Join(dir, "many.jsonl"), b.String())
	write(t, filepath.Join(dir, "few.jsonl"), `{"id":"x","text":"Kirby said on Monday."}`+"\n")
	if r := cli(t, dir, "", "render", "many.jsonl", "--split", "view"); r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	index := readFile(t, filepath.Join(dir, "view", "index.html"))
	third := readFile(t, filepath.Join(dir, "view", "index-0003.html"))
	if !strings.Contains(index, `href="index-0002.html" rel="next"`) || !strings.Contains(third, `href="index-0002.html" rel="prev"`) ||
		!strings.Contains(third, "documents 2001–2001 of 2001") || !strings.Contains(third, `href="doc-2001-d2000.html#d2000"`) {
		t.Error("the index pages do not page the documents")
	}
	if doc := readFile(t, filepath.Join(dir, "view", "doc-1500-d1499.html")); !strings.Contains(doc, `<a href="index-0002.html">index</a>`) {
		t.Error("a document's page does not link to its index page")
	}
	if r := cli(t, dir, "", "render", "few.jsonl", "--split", "view"); r.code != exitOK {
		t.Fatalf("again: exit %d: %s", r.code, r.stderr)
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "view")); len(entries) != 5 { // 4 and the manifest
		t.Errorf("%d files after the smaller view, want 5", len(entries))
	}
	write(t, filepath.Join(dir, "own", "index-0002.html"), "MINE")
	if r := cli(t, dir, "", "render", "few.jsonl", "--split", "own"); r.code != exitFatal || readFile(t, filepath.Join(dir, "own", "index-0002.html")) != "MINE" {
		t.Errorf("into a folder with a hand-made index-0002.html: exit %d, %s", r.code, r.stderr)
	}
}
