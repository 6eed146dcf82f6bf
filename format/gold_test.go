package format

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from what was read; run go test -update and review the diff\ngot:\n%s", path, got)
	}
}

// dumpGold renders what a gold reader yields, one JSON object per
// document and one line per error.
func dumpGold(t *testing.T, format string, opts GoldOptions, paths ...string) []byte {
	t.Helper()
	gf, err := LookupGold(format)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	for g, err := range gf.Read(opts, paths...) {
		if err != nil {
			b.WriteString("error: " + filepath.ToSlash(err.Error()) + "\n")
			continue
		}
		out := struct {
			ID          string              `json:"id"`
			Date        string              `json:"date"`
			Source      string              `json:"source"`
			Annotations []corpus.Annotation `json:"annotations"`
			Lines       []int               `json:"lines"`
			Ignore      any                 `json:"ignore,omitempty"`
			TextRunes   int                 `json:"text_code_points"`
		}{g.ID, g.Date, filepath.ToSlash(g.Source), g.Annotations, g.Lines, nil, 0}
		if len(g.Ignore) > 0 {
			out.Ignore = g.Ignore
		}
		if g.Doc != nil {
			out.TextRunes = len([]rune(g.Doc.Text))
		}
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", " ")
		if err := enc.Encode(out); err != nil {
			t.Fatal(err)
		}
	}
	return b.Bytes()
}

func TestPolNeARGolden(t *testing.T) {
	golden(t, "polnear.golden", dumpGold(t, "polnear", GoldOptions{}, "testdata/polnear/data/dev"))
}

func TestTimeMLGolden(t *testing.T) {
	golden(t, "timeml.golden", dumpGold(t, "timeml", GoldOptions{}, "testdata/timeml"))
}

// TestGoldErrors checks that bad gold is reported with file and line,
// and not yielded.
func TestGoldErrors(t *testing.T) {
	tests := []struct {
		name   string
		format string
		files  map[string]string // relative path -> content
		want   []string          // substrings of the errors, in order
	}{
		{name: "brat line without tab", format: "polnear",
			files: map[string]string{"a/attributions/d_0000.ann": "T1 Source 0 3 Ana\n", "a/text/d.txt": "Ana said “hi.”\n"},
			want:  []string{"d_0000.ann:1: not a brat annotation line"}},
		{name: "brat reversed offsets", format: "polnear",
			files: map[string]string{"a/attributions/d_0000.ann": "T1\tSource 0 3\tAna\nT2\tCue 8 4\tsaid\n", "a/text/d.txt": "Ana said “hi.”\n"},
			want:  []string{"d_0000.ann:2: textbound T2: offsets 8-4 are reversed or negative"}},
		{name: "brat text mismatch", format: "polnear",
			files: map[string]string{"a/attributions/d_0000.ann": "T1\tSource 0 3\tBob\n", "a/text/d.txt": "Ana said “hi.”\n"},
			want:  []string{`d_0000.ann:1: textbound T1: text "Bob" differs from the document's text "Ana"`}},
		{name: "brat offsets beyond the text", format: "polnear",
			files: map[string]string{"a/attributions/d_0000.ann": "T1\tSource 0 99\tAna\n", "a/text/d.txt": "Ana said “hi.”\n"},
			want:  []string{"d_0000.ann:1: textbound T1: end 99 is beyond the end of the text (15 code points)"}},
		{name: "polnear missing text", format: "polnear",
			files: map[string]string{"a/attributions/d_0000.ann": "T1\tSource 0 3\tAna\n"},
			want:  []string{"text of", "d_0000.ann", "no such file"}},
		{name: "polnear event to a missing textbound", format: "polnear",
			files: map[string]string{"a/attributions/d_0000.ann": "E1\tAttribution:T4 Content:T3\n", "a/text/d.txt": "Ana said “hi.”\n"},
			want:  []string{"d_0000.ann:1: event E1: no textbound T3"}},
		{name: "timeml malformed", format: "timeml",
			files: map[string]string{"d.tml": "<TimeML>\n<TEXT>\nAna <TIMEX3 type=\"DATE\" value=\"1998\">1998</TEXT>\n</TimeML>\n"},
			want:  []string{"d.tml:3: malformed TimeML"}},
		{name: "timeml DATE not on the calendar", format: "timeml",
			files: map[string]string{"d.tml": "<TimeML>\n<TEXT>\nOn\n<TIMEX3 type=\"DATE\" value=\"1998-02-30\">Feb 30</TIMEX3>.\n</TEXT>\n</TimeML>\n"},
			want:  []string{`d.tml:4: d: annotation 0 (DATE 4-10): DATE value "1998-02-30": no such day`}},
		{name: "timeml empty DATE", format: "timeml",
			files: map[string]string{"d.tml": "<TimeML>\n<TEXT>\nOn <TIMEX3 type=\"DATE\" value=\"1998\"></TIMEX3> it rained.\n</TEXT>\n</TimeML>\n"},
			want:  []string{"d.tml:3: d: annotation 0 (DATE 4-4): start 4 is not before end 4"}},
		{name: "timeml without text", format: "timeml",
			files: map[string]string{"d.tml": "<TimeML><DOCID>d</DOCID></TimeML>"},
			want:  []string{"d.tml: no TEXT element"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for p, content := range tt.files {
				full := filepath.Join(dir, p)
				if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			gf, _ := LookupGold(tt.format)
			var errs []string
			for g, err := range gf.Read(GoldOptions{}, dir) {
				if err == nil {
					t.Errorf("yielded document %s with %d annotations; want only errors", g.ID, len(g.Annotations))
					continue
				}
				errs = append(errs, err.Error())
			}
			all := strings.Join(errs, "\n")
			if len(errs) == 0 {
				t.Fatalf("no error; want %q", tt.want)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("errors %q lack %q", all, w)
				}
			}
		})
	}
}

func TestLookupGold(t *testing.T) {
	for _, f := range GoldFormats() {
		if g, err := LookupGold(f.Name); err != nil || g.Name != f.Name {
			t.Errorf("LookupGold(%q) = %v, %v", f.Name, g.Name, err)
		}
	}
	if _, err := LookupGold("conll"); err == nil {
		t.Error("LookupGold accepted an unknown format")
	}
}

// TestGoldSpecialFiles: gold readers never open a FIFO or a device (it
// hung the walk, or never ended) nor read a file over
// corpus.DefaultMaxBytes: each is an error naming the file, and the
// other files are read.
func TestGoldSpecialFiles(t *testing.T) {
	dir := t.TempDir()
	fifo := func(name string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := syscallMkfifo(p); err != nil {
			t.Skipf("no FIFO: %v", err)
		}
		return p
	}
	writeFile := func(name, content string) string {
		p := filepath.Join(dir, name)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tml := `<TimeML><DOCID>ok</DOCID><TEXT>On <TIMEX3 tid="t1" type="DATE" value="2022-01-24">Monday</TIMEX3>.</TEXT></TimeML>`
	writeFile("tml/a.tml", tml)
	fifo("tml/x.tml")
	huge := writeFile("huge.tml", "")
	if err := os.Truncate(huge, corpus.DefaultMaxBytes+1); err != nil {
		t.Fatal(err)
	}
	writeFile("brat/a.ann", "")
	writeFile("brat/a.txt", "Biden said.")
	writeFile("brat/b.ann", "")
	fifo("brat/b.txt")
	fifo("brat/c.ann")
	mapping := fifo("mapping.conf")
	tests := []struct {
		format string
		opts   GoldOptions
		paths  []string
		want   []string // errors, in order (substrings, dir cut)
		ids    string
	}{
		{"timeml", GoldOptions{}, []string{filepath.Join(dir, "tml"), filepath.Join(dir, "tml", "x.tml"), huge, "/dev/zero"},
			[]string{"tml/x.tml: skipped: a named pipe (FIFO), not a regular file", "tml/x.tml: a named pipe (FIFO), not a regular file",
				"huge.tml: file of 268435457 bytes, larger than 268435456", "/dev/zero: a character device, not a regular file"}, "ok"},
		{"brat", GoldOptions{}, []string{filepath.Join(dir, "brat")},
			[]string{"brat/b.txt: a named pipe (FIFO), not a regular file", "brat/c.ann: skipped: a named pipe (FIFO), not a regular file"}, "a"},
		{"brat", GoldOptions{Mapping: mapping}, []string{filepath.Join(dir, "brat")},
			[]string{"mapping.conf: a named pipe (FIFO), not a regular file"}, ""},
	}
	for _, tc := range tests {
		gf, err := LookupGold(tc.format)
		if err != nil {
			t.Fatal(err)
		}
		var errs, ids []string
		done := make(chan struct{})
		go func() {
			defer close(done)
			for g, err := range gf.Read(tc.opts, tc.paths...) {
				if err != nil {
					errs = append(errs, strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
					continue
				}
				ids = append(ids, g.ID)
			}
		}()
		select {
		case <-done:
		case <-time.After(time.Minute):
			t.Fatalf("%s %v: reading hangs", tc.format, tc.paths)
		}
		if strings.Join(ids, " ") != tc.ids || len(errs) != len(tc.want) {
			t.Errorf("%s: ids %q, errors %q", tc.format, ids, errs)
			continue
		}
		for i, w := range tc.want {
			if !strings.Contains(errs[i], w) {
				t.Errorf("%s: error %q, want %q", tc.format, errs[i], w)
			}
		}
	}
}

// TestPolNeARLongMetadataLine: a metadata.tsv line over the limit is
// reported with file and line, and the dates after it are still read
// (the scanner stopped there and every later date was dropped silently).
func TestPolNeARLongMetadataLine(t *testing.T) {
	dir := t.TempDir()
	meta := filepath.Join(dir, "a", "metadata.tsv")
	for p, content := range map[string]string{
		"a/attributions/d_0000.ann": "T1\tSource 0 3\tAna\n",
		"a/text/d.txt":              "Ana said “hi.”\n",
		"a/metadata.tsv": "compartment\tfilename\tlevel\tpublication_date\ttitle\n" +
			"dev\tx\tNone\t2016-01-01\t" + strings.Repeat("t", maxMetadataLine) + "\n" +
			"dev\td\tNone\t2016-09-13\tA title\n",
	} {
		full := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(full), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(full, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	gf, err := LookupGold("polnear")
	if err != nil {
		t.Fatal(err)
	}
	var errs []string
	var dates []string
	for g, err := range gf.Read(GoldOptions{}, filepath.Join(dir, "a")) {
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		dates = append(dates, g.Doc.Date)
	}
	if len(errs) != 1 || !strings.HasPrefix(errs[0], meta+":2: line of ") || !strings.Contains(errs[0], "skipped") {
		t.Errorf("errors %q, want one naming %s:2", errs, meta)
	}
	if len(dates) != 1 || dates[0] != "2016-09-13" {
		t.Errorf("dates %q, want [2016-09-13]", dates)
	}
	// a line of exactly the limit is read
	line := "dev\td\tNone\t2016-09-13\t"
	line += strings.Repeat("t", maxMetadataLine-len(line))
	if err := os.WriteFile(meta, []byte("filename\tpublication_date\n"+"d\t2016-09-13\n"+line+"\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, problems := readMetadata(meta); len(problems) != 0 {
		t.Errorf("a line of %d bytes: %v", maxMetadataLine, problems)
	}
}
