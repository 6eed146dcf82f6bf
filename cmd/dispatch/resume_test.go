package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestResumeLongLine: a line of the resumed file longer than the largest
// record is a corrupt record, dropped and named, and never held whole in
// memory (it was read to its end, whatever its length); over-long as the
// first line, the file is no dispatch output; cut short at the end, it is
// the cut-short last line.
func TestResumeLongLine(t *testing.T) {
	h := corpus.Header{Version: "test", Types: []corpus.Type{corpus.Date}}
	var head bytes.Buffer
	if err := corpus.WriteHeader(&head, h); err != nil {
		t.Fatal(err)
	}
	rec := `{"id":"a","text":"x","annotations":[]}` + "\n"
	long := `{"id":"b","text":"` + strings.Repeat("x", 4000) + `","annotations":[]}` + "\n"
	const max = 1000
	for _, tc := range []struct {
		name, file string
		keep       int
		dropped    string
		err        string
	}{
		{"middle", head.String() + long + rec, 2, "f:2: corrupt record: line of 4038 bytes, larger than 1000", ""},
		{"last, whole", head.String() + rec + long, 2, "f:3: corrupt record: line of 4038 bytes", ""},
		{"last, cut short", head.String() + rec + long[:3000], 2, "f:3: the last line, cut short (3000 bytes)", ""},
		{"first", long + rec, 0, "", "not dispatch output (its first line is longer than 1000 bytes)"},
		{"at the limit", head.String() + `{"id":"c","text":"` + strings.Repeat("x", max-37) + `","annotations":[]}` + "\n", 2, "", ""},
	} {
		st, err := scanResume(strings.NewReader(tc.file), "f", h, max)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got := strings.Join(st.dropped, "\n")
		if len(st.keep) != tc.keep || !strings.Contains(got, tc.dropped) || (tc.dropped == "") != (got == "") {
			t.Errorf("%s: kept %d lines, dropped %q; want %d, %q", tc.name, len(st.keep), got, tc.keep, tc.dropped)
		}
	}
}

// TestResumeRefusesPartialLink: a FILE.partial that is not a regular file
// (a link to another file, to a folder, or a dangling link) is refused
// with a message; the file it names is not appended to and the link is
// not renamed into FILE (red team 3, C3).
func TestResumeRefusesPartialLink(t *testing.T) {
	tests := []struct {
		name   string
		target string // what out.jsonl.partial links to
	}{
		{"a link to dispatch output", "precious.jsonl"},
		{"a link to a folder", "in"},
		{"a dangling link", "nothing.jsonl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := sampleDocs(t)
			if r := cli(t, dir, "", "annotate", "-q", "in", "-o", "precious.jsonl"); r.code != exitOK {
				t.Fatal(r.stderr)
			}
			// keep only the header: a resume would append every document
			lines := strings.SplitAfter(readFile(t, filepath.Join(dir, "precious.jsonl")), "\n")
			write(t, filepath.Join(dir, "precious.jsonl"), lines[0])
			if err := os.Symlink(tt.target, filepath.Join(dir, "out.jsonl.partial")); err != nil {
				t.Fatal(err)
			}
			r := cli(t, dir, "", "annotate", "-q", "--resume", "in", "-o", "out.jsonl")
			if r.code != exitFatal || !strings.Contains(r.stderr, "not a regular file") {
				t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
			}
			if got := readFile(t, filepath.Join(dir, "precious.jsonl")); got != lines[0] {
				t.Errorf("the link's target changed:\n%s", got)
			}
			if info, err := os.Lstat(filepath.Join(dir, "out.jsonl.partial")); err != nil || info.Mode()&os.ModeSymlink == 0 {
				t.Errorf("the link was moved or replaced: %v", err)
			}
			if _, err := os.Lstat(filepath.Join(dir, "out.jsonl")); err == nil {
				t.Error("out.jsonl was made")
			}
		})
	}
}

// TestResumeRefusesHardLinkedPartial: a FILE.partial that is a hard link
// to another file of dispatch output is refused, and that file is not
// appended to (found by the last code-blind recheck).
func TestResumeRefusesHardLinkedPartial(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("link counts are not read on this system")
	}
	dir := sampleDocs(t)
	if r := cli(t, dir, "", "annotate", "-q", "in", "-o", "keep.jsonl"); r.code != exitOK {
		t.Fatal(r.stderr)
	}
	lines := strings.SplitAfter(readFile(t, filepath.Join(dir, "keep.jsonl")), "\n")
	write(t, filepath.Join(dir, "keep.jsonl"), lines[0])
	if err := os.Link(filepath.Join(dir, "keep.jsonl"), filepath.Join(dir, "out.jsonl.partial")); err != nil {
		t.Fatal(err)
	}
	r := cli(t, dir, "", "annotate", "-q", "--resume", "in", "-o", "out.jsonl")
	if r.code != exitFatal || !strings.Contains(r.stderr, "hard link") {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if got := readFile(t, filepath.Join(dir, "keep.jsonl")); got != lines[0] {
		t.Errorf("the other name's file changed:\n%s", got)
	}
}
