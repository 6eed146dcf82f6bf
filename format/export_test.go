package format

import (
	"bytes"
	"encoding/csv"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/parquet-go/parquet-go"
)

// exportInput is the gold of testdata/bratmapped, with a rule and a
// second, tricky document: a text with a quotation mark, a comma, a tab
// and a line break in one span, and a failed record.
func exportInput(t *testing.T) ([]corpus.Annotated, map[string]corpus.Document) {
	t.Helper()
	g := readOne(t, "brat", GoldOptions{Mapping: "testdata/bratmapped/mapping.txt"}, "testdata/bratmapped")
	g.Annotations[1].Rule = "weekday"
	text := "Ruiz said \"we stay,\tall\nof us\" on 2024-03-01."
	rs := []rune(text)
	q := corpus.Annotation{Type: corpus.Quote, Start: 11, End: 29, Speaker: "Ruiz", Cue: "said", SpeakerStart: 0, SpeakerEnd: 4}
	q.Text = string(rs[q.Start:q.End])
	d := corpus.Annotation{Type: corpus.Date, Start: 34, End: 44, Value: "2024-03-01", SpeakerStart: -1, SpeakerEnd: -1}
	d.Text = string(rs[d.Start:d.End])
	tricky := corpus.Annotated{ID: "tricky", Annotations: []corpus.Annotation{q, d}}
	failed := corpus.Annotated{ID: "failed", Error: "too large"}
	docs := map[string]corpus.Document{
		g.ID:     *g.Doc,
		"tricky": {ID: "tricky", Text: text},
		"failed": {ID: "failed", Text: "x"},
	}
	return []corpus.Annotated{g.Annotated, tricky, failed}, docs
}

func writeTable(t *testing.T, tw *TableWriter, recs []corpus.Annotated) {
	t.Helper()
	for _, a := range recs {
		if err := tw.Write(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
}

func allRows(recs []corpus.Annotated) []Row {
	var rows []Row
	for _, a := range recs {
		rows = append(rows, Rows(a)...)
	}
	return rows
}

func TestCSVAndTSV(t *testing.T) {
	recs, _ := exportInput(t)
	for _, tc := range []struct {
		name string
		new  func(w *bytes.Buffer) *TableWriter
		sep  rune
	}{
		{"export.csv", func(w *bytes.Buffer) *TableWriter { return NewCSVWriter(w) }, ','},
		{"export.tsv", func(w *bytes.Buffer) *TableWriter { return NewTSVWriter(w) }, '\t'},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			writeTable(t, tc.new(&b), recs)
			golden(t, tc.name, b.Bytes())
			// Round trip through Go's reader: the same cells.
			r := csv.NewReader(bytes.NewReader(b.Bytes()))
			r.Comma = tc.sep
			got, err := r.ReadAll()
			if err != nil {
				t.Fatal(err)
			}
			want := [][]string{Columns}
			for _, row := range allRows(recs) {
				want = append(want, row.record())
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("read back:\n%q\nwant\n%q", got, want)
			}
			pythonReads(t, b.Bytes(), tc.sep, len(want)-1)
		})
	}
}

// pythonReads checks the table with Python's csv module and, when it is
// installed, pandas: the row count, the tricky text and troops_value as an
// integer column.
func pythonReads(t *testing.T, table []byte, sep rune, rows int) {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Log("python3 not found: Python check skipped")
		return
	}
	path := filepath.Join(t.TempDir(), "t.csv")
	if err := os.WriteFile(path, table, 0o644); err != nil {
		t.Fatal(err)
	}
	script := `
import csv, sys
path, sep, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(path, newline="", encoding="utf-8") as f:
    rows = list(csv.DictReader(f, delimiter=sep))
assert len(rows) == n, (len(rows), n)
q = [r for r in rows if r["doc"] == "tricky" and r["type"] == "QUOTE"][0]
assert q["text"] == 'we stay,\tall\nof us', repr(q["text"])
assert int(q["speaker_start"]) == 0 and q["troops_value"] == ""
t = [r for r in rows if r["type"] == "TROOPS"][0]
assert int(t["troops_value"]) == 1200 and t["troops_mod"] == "up_to"
try:
    import pandas as pd
except ImportError:
    print("csv ok; pandas not installed")
    sys.exit(0)
df = pd.read_csv(path, sep=sep, keep_default_na=False, na_values={"troops_value": [""], "speaker_start": [""], "speaker_end": [""]})
assert len(df) == n
assert str(df["start"].dtype) == "int64", df.dtypes
assert df.loc[df.type == "TROOPS", "troops_value"].iloc[0] == 1200
assert df.loc[(df.doc == "tricky") & (df.type == "QUOTE"), "text"].iloc[0] == 'we stay,\tall\nof us'
print("csv ok; pandas ok")
`
	out, err := exec.Command(py, "-c", script, path, string(sep), strconv.Itoa(rows)).CombinedOutput()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, out)
	}
	t.Log(strings.TrimSpace(string(out)))
}

func TestParquetRoundTrip(t *testing.T) {
	recs, _ := exportInput(t)
	var b bytes.Buffer
	pw := NewParquetWriter(&b)
	for _, a := range recs {
		if err := pw.Write(a); err != nil {
			t.Fatal(err)
		}
	}
	if err := pw.Close(); err != nil {
		t.Fatal(err)
	}
	got, err := ReadParquet(bytes.NewReader(b.Bytes()), int64(b.Len()))
	if err != nil {
		t.Fatal(err)
	}
	if want := allRows(recs); !reflect.DeepEqual(got, want) {
		t.Errorf("read back %d rows:\n%+v\nwant %d:\n%+v", len(got), got, len(want), want)
	}
	// The typed schema is a golden file (the bytes depend on the library
	// version; the schema must not).
	golden(t, "export.parquet-schema", []byte(parquet.SchemaOf(Row{}).String()+"\n"))
}

func TestCoNLL(t *testing.T) {
	recs, docs := exportInput(t)
	var b bytes.Buffer
	cw := NewCoNLLWriter(&b, nil)
	for _, a := range recs {
		if err := cw.Write(a, docs[a.ID]); err != nil {
			t.Fatal(err)
		}
	}
	if err := cw.Close(); err != nil {
		t.Fatal(err)
	}
	golden(t, "export.conll", b.Bytes())
	// Round trip: the spans read back from the tags are the annotations'.
	type span struct {
		doc  string
		typ  corpus.Type
		s, e int
	}
	var want, got []span
	for _, a := range recs {
		for _, an := range a.Annotations {
			want = append(want, span{a.ID, an.Type, an.Start, an.End})
		}
	}
	doc := ""
	open := make([]*span, len(corpus.Types))
	flush := func(i int) {
		if open[i] != nil {
			got = append(got, *open[i])
			open[i] = nil
		}
	}
	for _, line := range strings.Split(b.String(), "\n") {
		if d, ok := strings.CutPrefix(line, "# doc = "); ok {
			doc = d
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3+len(corpus.Types) {
			continue
		}
		s, _ := strconv.Atoi(f[1])
		e, _ := strconv.Atoi(f[2])
		for i, tag := range f[3:] {
			switch {
			case strings.HasPrefix(tag, "B-"):
				flush(i)
				open[i] = &span{doc, corpus.Type(tag[2:]), s, e}
			case strings.HasPrefix(tag, "I-"):
				if open[i] == nil {
					t.Fatalf("I- without B- at %q", line)
				}
				open[i].e = e
			default:
				flush(i)
			}
		}
	}
	for i := range open {
		flush(i)
	}
	key := func(s span) string { return s.doc + string(s.typ) + strconv.Itoa(s.s) }
	sortSpans := func(ss []span) {
		for i := range ss {
			for j := i + 1; j < len(ss); j++ {
				if key(ss[j]) < key(ss[i]) {
					ss[i], ss[j] = ss[j], ss[i]
				}
			}
		}
	}
	sortSpans(want)
	sortSpans(got)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("spans from the tags:\n%v\nwant\n%v", got, want)
	}
	// A span outside the text is an error, not a silent cut.
	bad := corpus.Annotated{ID: "x", Annotations: []corpus.Annotation{{Type: corpus.Date, Start: 0, End: 99}}}
	if err := NewCoNLLWriter(&b, nil).Write(bad, corpus.Document{Text: "short"}); err == nil {
		t.Error("span beyond the text accepted")
	}
}

func TestTokens(t *testing.T) {
	text := "U.S. sent 8,500 troops; Zelenskyy’s aide (Kyiv) said—no. Sherman's"
	rs := []rune(text)
	cut := strings.Index(text, "'s")
	var got []string
	cuts := newBits(len(rs) + 1)
	cuts.set(len([]rune(text[:cut])))
	for _, tk := range tokens(rs, cuts) {
		got = append(got, string(rs[tk[0]:tk[1]]))
	}
	want := []string{"U.S", ".", "sent", "8,500", "troops", ";", "Zelenskyy’s", "aide", "(", "Kyiv", ")", "said", "—", "no", ".", "Sherman", "'", "s"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("tokens %q\nwant   %q", got, want)
	}
}

func TestWriteBratDirRefusesBadIDs(t *testing.T) {
	dir := t.TempDir()
	for _, id := range []string{"", ".", "..", "../x", "a/b", `a\b`, "a\x00b"} {
		if err := WriteBratDir(dir, corpus.Annotated{ID: id}, "text"); err == nil {
			t.Errorf("id %q accepted", id)
		}
	}
	if err := WriteBratDir(dir, corpus.Annotated{ID: "ok"}, "text"); err != nil {
		t.Error(err)
	}
}

// TestCoNLLIDsEscaped: an id with a line break cannot forge a token
// line, and ids that differ only in such characters stay apart (red team
// 3 L6: "a\nB-OFFICIAL\t0\t1" became "# doc = a B-OFFICIAL 0 1").
func TestCoNLLIDsEscaped(t *testing.T) {
	ids := []struct{ id, want string }{
		{"a\nB-OFFICIAL\t0\t1", `# doc = a\nB-OFFICIAL\t0\t1`},
		{"a B-OFFICIAL 0 1", `# doc = a B-OFFICIAL 0 1`},
		{`a\nb`, `# doc = a\\nb`},
		{"a\u2028b\rc", `# doc = a\u2028b\rc`},
		{"plain/id-1", "# doc = plain/id-1"},
	}
	seen := map[string]bool{}
	for _, c := range ids {
		var b strings.Builder
		w := NewCoNLLWriter(&b, nil)
		if err := w.Write(corpus.Annotated{ID: c.id}, corpus.Document{ID: c.id, Text: "x"}); err != nil {
			t.Fatal(err)
		}
		w.Close()
		first, _, _ := strings.Cut(b.String(), "\n")
		if first != c.want || seen[first] {
			t.Errorf("id %q: first line %q, want %q (once)", c.id, first, c.want)
		}
		seen[first] = true
	}
}

// TestWriteBratDirNoHalfPair: when one file of a document's pair is a
// symbolic link (or anything but a regular file), neither is written,
// and the message says what it is in words (red team 4: d1.ann was
// written beside a skipped d1.txt, and the mode read "L---------").
func TestWriteBratDirNoHalfPair(t *testing.T) {
	for _, link := range []string{"d1.txt", "d1.ann"} {
		dir := t.TempDir()
		target := filepath.Join(t.TempDir(), "keep")
		os.WriteFile(target, []byte("keep"), 0o644)
		if err := os.Symlink(target, filepath.Join(dir, link)); err != nil {
			t.Skip(err)
		}
		err := WriteBratDir(dir, corpus.Annotated{ID: "d1"}, "text")
		if err == nil || !strings.Contains(err.Error(), "is a symbolic link, not a regular file") {
			t.Errorf("%s a link: error %v", link, err)
		}
		entries, _ := os.ReadDir(dir)
		if len(entries) != 1 {
			t.Errorf("%s a link: the folder holds %d entries, want the link alone", link, len(entries))
		}
		if data, _ := os.ReadFile(target); string(data) != "keep" {
			t.Errorf("%s a link: its target changed", link)
		}
	}
}

// TestCoNLLTokensEscaped: a token line is one line to line readers and
// no comment: a leading # is written \#, a backslash \\, a control
// character (\x1c to \x1e split Python's splitlines) \uXXXX; the offsets
// stay the text's (red team 22, 4).
func TestCoNLLTokensEscaped(t *testing.T) {
	text := "# 5 a\\b \x1c\x1d\x1e x\x00y #tag"
	var b strings.Builder
	w := NewCoNLLWriter(&b, []corpus.Type{corpus.Date})
	if err := w.Write(corpus.Annotated{ID: "d"}, corpus.Document{ID: "d", Text: text}); err != nil {
		t.Fatal(err)
	}
	w.Close()
	want := "# doc = d\n# columns = token start end DATE\n" +
		"\\#\t0\t1\tO\n5\t2\t3\tO\na\t4\t5\tO\n\\\\\t5\t6\tO\nb\t6\t7\tO\n" +
		"\\u001c\t8\t9\tO\n\\u001d\t9\t10\tO\n\\u001e\t10\t11\tO\n" +
		"x\t12\t13\tO\n\\u0000\t13\t14\tO\ny\t14\t15\tO\n\\#\t16\t17\tO\ntag\t17\t20\tO\n\n"
	if b.String() != want {
		t.Errorf("got\n%q\nwant\n%q", b.String(), want)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n\n"), "\n")
	for _, l := range lines[2:] {
		if strings.HasPrefix(l, "#") || strings.Count(l, "\t") != 3 || strings.ContainsAny(l, "\x1c\x1d\x1e\x00") {
			t.Errorf("token line %q is no plain token line", l)
		}
	}
}
