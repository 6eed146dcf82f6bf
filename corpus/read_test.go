package corpus

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// outcome is what one step of Reader.Read is expected to yield: a
// document with this id, or an error whose message contains err (which
// names the file, relative to the test folder, and the line).
type outcome struct {
	id  string
	err string
}

func (o outcome) String() string {
	if o.err != "" {
		return "error " + o.err
	}
	return "doc " + o.id
}

// writeFiles writes files (relative path -> content) under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// readAll reads paths (relative to dir) and describes what Read yields,
// with dir cut from error messages.
func readAll(t *testing.T, r *Reader, dir string, paths ...string) ([]outcome, []Document) {
	t.Helper()
	var full []string
	for _, p := range paths {
		full = append(full, filepath.Join(dir, p))
	}
	var got []outcome
	var docs []Document
	for doc, err := range r.Read(full...) {
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Errorf("error %v is a %T, want *corpus.Error", err, err)
			}
			got = append(got, outcome{err: strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")})
			continue
		}
		got = append(got, outcome{id: doc.ID})
		docs = append(docs, doc)
	}
	return got, docs
}

func TestReadBadInputs(t *testing.T) {
	long := strings.Repeat("x", 1<<20)
	tests := []struct {
		name  string
		files map[string]string
		paths []string // default: every file, sorted
		max   int
		want  []outcome
	}{
		{"empty file", map[string]string{"e.txt": ""}, nil, 0,
			[]outcome{{err: "e.txt: empty document: no text"}}},
		{"white space only", map[string]string{"w.txt": " \n\t\r\n \u00a0"}, nil, 0,
			[]outcome{{err: "w.txt: empty document: no text"}}},
		{"header only", map[string]string{"h.txt": " date 2022-01-24 \n"}, nil, 0,
			[]outcome{{err: "h.txt: empty document: no text"}}},
		{"no header", map[string]string{"plain.txt": "Biden met Scholz on Monday."}, nil, 0,
			[]outcome{{id: "plain"}}},
		{"impossible header date", map[string]string{"d.txt": " date 2022-13-45 Biden met Scholz."}, nil, 0,
			[]outcome{{err: `d.txt:1: header date "2022-13-45": no such day (the form YYYY-MM-DD is right)`}}},
		{"header date glued to the body", map[string]string{"d.txt": " date 2022-01-24Biden"}, nil, 0,
			[]outcome{{err: `d.txt:1: malformed header date "2022-01-24B": want YYYY-MM-DD followed by a space`}}},
		{"header with CRLF", map[string]string{"crlf.txt": "date 2022-01-24\r\nBiden said:\r\n“No.”\r\n"}, nil, 0,
			[]outcome{{id: "crlf"}}},
		{"not UTF-8", map[string]string{"latin1.txt": "Biden\nsaid caf\xe9"}, nil, 0,
			[]outcome{{err: "latin1.txt:2: not UTF-8: invalid byte 0xe9 at byte offset 14"}}},
		{"NUL byte", map[string]string{"bin.txt": "line one\nline\x00two"}, nil, 0,
			[]outcome{{err: "bin.txt:2: binary data: NUL byte at byte offset 13"}}},
		{"1 MB line without spaces", map[string]string{"long.txt": long}, nil, 0,
			[]outcome{{id: "long"}}},
		{"10,000 quotation marks", map[string]string{"q.txt": strings.Repeat("\"", 5000) + strings.Repeat("“", 5000)}, nil, 0,
			[]outcome{{id: "q"}}},
		{"unbalanced and nested quotes", map[string]string{"u.txt": "“He said ‘no \"never' ” and “then\n\n”"}, nil, 0,
			[]outcome{{id: "u"}}},
		{"document too large", map[string]string{"big.txt": strings.Repeat("word ", 30)}, nil, 100,
			[]outcome{{err: "big.txt: document larger than 100 bytes"}}},
		{"JSON Lines with broken lines", map[string]string{"x.jsonl": `{"id": "a", "text": "fine"}` + "\n" +
			`{"id": "b", "text": "torn` + "\n" + "not json\n\n" + `{"id": "c", "text": "fine too"}` + "\n" + `{"id": "d", "te`},
			nil, 0, []outcome{{id: "a"}, {err: "x.jsonl:2: malformed JSON"}, {err: "x.jsonl:3: malformed JSON"},
				{id: "c"}, {err: "x.jsonl:6: malformed JSON"}}},
		{"JSON Lines record without text", map[string]string{"x.jsonl": `{"id": "a"}` + "\n" + `{"id": "b", "text": null}` + "\n" + `{"id": "c", "text": 7}` + "\n"},
			nil, 0, []outcome{{err: `x.jsonl:1: record has no "text"`}, {err: `x.jsonl:2: record has no "text"`},
				{err: "x.jsonl:3: malformed JSON"}}},
		// annotate's output given as documents: each line says what it is
		{"annotation file given as documents", map[string]string{"x.jsonl": `{"dispatch":{"version":"1","lexicon":"2"}}` + "\n" +
			`{"id": "a", "annotations": []}` + "\n"},
			nil, 0, []outcome{{err: `x.jsonl:1: record has no "text": this is the header of a dispatch annotation file`},
				{err: `x.jsonl:2: record has no "text": it has "annotations", a record of an annotation file`}}},
		{"JSON Lines bad records", map[string]string{"x.jsonl": `{"id": "", "text": "x"}` + "\n" +
			`{"date": "2022-13-45", "text": "x"}` + "\n" + `{"text": "a\u0000b"}` + "\n" + `{"text": " "}` + "\n" +
			"{\"text\": \"caf\xe9\"}\n" + "\r\n" + `{"text": "ok"}` + "\r\n"},
			nil, 0, []outcome{{err: `x.jsonl:1: record has an empty "id"`}, {err: `x.jsonl:2: date "2022-13-45": no such day`},
				{err: "x.jsonl:3: binary data: NUL in text"}, {err: "x.jsonl:4: empty document"},
				{err: "x.jsonl:5: not UTF-8"}, {id: "x-7"}}},
		{"JSON Lines record too large", map[string]string{"x.jsonl": `{"text": "` + strings.Repeat("y", 200) + `"}` + "\n" + `{"text": "ok"}`},
			nil, 100, []outcome{{err: "x.jsonl:1: record larger than 100 bytes"}, {id: "x-2"}}},
		{"duplicate ids in JSON Lines", map[string]string{"x.jsonl": `{"id": "a", "text": "one"}` + "\n" + `{"id": "a", "text": "two"}` + "\n"},
			nil, 0, []outcome{{id: "a"}, {err: `x.jsonl:2: duplicate document id "a" (first seen in`}}},
		{"duplicate ids across files", map[string]string{"one/doc.txt": "first", "two/doc.txt": "second", "x.jsonl": `{"id": "doc", "text": "third"}`},
			[]string{"one", "two", "x.jsonl"}, 0,
			[]outcome{{id: "doc"}, {err: `two/doc.txt: duplicate document id "doc" (first seen in`},
				{err: `x.jsonl:1: duplicate document id "doc"`}}},
		{"path that does not exist", nil, []string{"missing.txt", "missing-dir"}, 0,
			[]outcome{{err: "missing.txt: no such file or directory"}, {err: "missing-dir: no such file or directory"}}},
		{"folder mixing good and bad files", map[string]string{
			"mix/a.txt":          "Good one.",
			"mix/b.txt":          "caf\xe9",
			"mix/c.md":           "not a document",
			"mix/d.jsonl":        `{"id": "d1", "text": "good"}` + "\n" + `{broken`,
			"mix/e.txt":          "",
			"mix/sub/f.ndjson":   `{"id": "f1", "text": "good"}`,
			"mix/.hidden/g.txt":  "skipped",
			"mix/z.TXT":          "Upper-case extension.",
			"mix/sub/deep/h.txt": " date 2022-02-30 impossible",
		}, []string{"mix"}, 0, []outcome{
			{id: "a"}, {err: "mix/b.txt:1: not UTF-8"}, {id: "d1"}, {err: "mix/d.jsonl:2: malformed JSON"},
			{err: "mix/e.txt: empty document"}, {err: `mix/sub/deep/h.txt:1: header date "2022-02-30": no such day`},
			{id: "f1"}, {id: "z"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, tt.files)
			paths := tt.paths
			if paths == nil {
				for name := range tt.files {
					paths = append(paths, name)
				}
			}
			got, _ := readAll(t, &Reader{MaxBytes: tt.max}, dir, paths...)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for i, w := range tt.want {
				if w.err == "" && got[i] != w || w.err != "" && !strings.Contains(got[i].err, w.err) {
					t.Errorf("step %d: got %v, want %v", i, got[i], w)
				}
			}
		})
	}
}

// TestReadErrorLines checks that errors name the file and the line apart
// (File, Line), so callers can point at them.
func TestReadErrorLines(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"x.jsonl": `{"id": "a", "text": "one"}` + "\n" + "broken\n" + `{"id": "a", "text": "two"}` + "\n",
		"y.txt":   "one\ntwo\nth\x00ree",
	})
	var got []string
	for _, err := range (&Reader{}).Read(filepath.Join(dir, "x.jsonl"), filepath.Join(dir, "y.txt")) {
		var e *Error
		if errors.As(err, &e) {
			got = append(got, fmt.Sprintf("%s:%d", filepath.Base(e.File), e.Line))
		}
	}
	want := "x.jsonl:2 x.jsonl:3 y.txt:3"
	if g := strings.Join(got, " "); g != want {
		t.Errorf("error positions %q, want %q", g, want)
	}
}

// TestReadUnreadable checks files and folders that cannot be read: each
// is one error naming it, and reading goes on with the next input.
func TestReadUnreadable(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"ok.txt":           "Fine.",
		"locked.txt":       "Locked.",
		"locked-dir/a.txt": "Behind a locked folder.",
		"links/z.txt":      "After the links.",
	})
	// A dangling symlink, inside a folder and named directly.
	if err := os.Symlink(filepath.Join(dir, "gone.txt"), filepath.Join(dir, "links", "dangling.txt")); err != nil {
		t.Skipf("no symlinks here: %v", err)
	}
	want := []outcome{{err: "links/dangling.txt: no such file or directory"}, {id: "z"},
		{err: "links/dangling.txt: no such file or directory"}}
	paths := []string{"links", "links/dangling.txt"}
	if os.Geteuid() == 0 {
		t.Log("running as root: chmod 000 does not stop reading; testing dangling symlinks and missing paths only")
		paths = append(paths, "nothing-here", "ok.txt")
		want = append(want, outcome{err: "nothing-here: no such file or directory"}, outcome{id: "ok"})
	} else {
		for _, p := range []string{"locked.txt", "locked-dir"} {
			if err := os.Chmod(filepath.Join(dir, p), 0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { os.Chmod(filepath.Join(dir, p), 0o755) })
		}
		paths = append(paths, "locked.txt", "locked-dir", "ok.txt")
		want = append(want, outcome{err: "locked.txt: permission denied"},
			outcome{err: "locked-dir: permission denied"}, outcome{id: "ok"})
	}
	got, _ := readAll(t, &Reader{}, dir, paths...)
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i, w := range want {
		if w.err == "" && got[i] != w || w.err != "" && !strings.Contains(got[i].err, w.err) {
			t.Errorf("step %d: got %v, want %v", i, got[i], w)
		}
	}
}

// TestReadStopsEarly checks that a caller may stop in the middle of a
// folder or a JSON Lines file.
func TestReadStopsEarly(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"a.txt": "A.", "b.txt": "B.", "c.jsonl": "{\"text\": \"1\"}\n{\"text\": \"2\"}\n"})
	for stopAt := 1; stopAt <= 4; stopAt++ {
		n := 0
		for range (&Reader{}).Read(dir) {
			n++
			if n == stopAt {
				break
			}
		}
		if n != stopAt {
			t.Errorf("stopping at %d: read %d", stopAt, n)
		}
	}
}

// TestReadLargeDocument reads a 50 MB document, with and without a size
// limit below it.
func TestReadLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB document: skipped with -short")
	}
	dir := t.TempDir()
	para := " date 2022-01-24 US Defense Secretary Lloyd Austin said on Monday that up to 8,500 troops were on “heightened alert”.\n\n"
	body := strings.Repeat(para[17:], 50<<20/len(para[17:])+1)
	text := para[:17] + body
	path := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	got, docs := readAll(t, &Reader{}, dir, "big.txt")
	if len(docs) != 1 || len(docs[0].Text) != len(text) || docs[0].Date != "2022-01-24" || docs[0].BodyStart != 17 {
		t.Fatalf("got %v", got)
	}
	ix := NewIndex(docs[0].Text)
	if n := ix.Len(); n != len([]rune(text)) || ix.Byte(n) != len(text) {
		t.Errorf("Index of 50 MB: Len %d, Byte(Len) %d", n, ix.Byte(n))
	}
	t.Logf("read and indexed %d MB in %v", len(text)>>20, time.Since(start))
	got, _ = readAll(t, &Reader{MaxBytes: 10 << 20}, dir, "big.txt")
	if want := fmt.Sprintf("big.txt: document larger than %d bytes", 10<<20); len(got) != 1 || got[0].err != want {
		t.Errorf("with a 10 MB limit: got %v, want %q", got, want)
	}
}

// TestReadStdin reads JSON Lines on standard input, ids numbered by line.
func TestReadStdin(t *testing.T) {
	r := &Reader{Stdin: strings.NewReader("{\"text\": \"a\"}\n\n{\"text\": \"b\", \"id\": \"B\"}\n{\"text\"")}
	var got []string
	for doc, err := range r.Read("-") {
		if err != nil {
			got = append(got, err.Error())
			continue
		}
		got = append(got, doc.ID+" "+doc.Source)
	}
	want := "stdin-1 <stdin>:1|B <stdin>:3|<stdin>:4: malformed JSON: unexpected end of JSON input"
	if g := strings.Join(got, "|"); g != want {
		t.Errorf("got %q,\nwant %q", g, want)
	}
}
