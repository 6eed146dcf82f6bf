package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/dispatch-nlp/dispatch/corpus"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// sharedCorpus finds the sample corpus: ../shared/corpus beside the root
// of the dispatch module, found by walking up from this module.
func sharedCorpus(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	for {
		if data, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil &&
			bytes.HasPrefix(data, []byte("module github.com/dispatch-nlp/dispatch\n")) {
			c := filepath.Join(dir, "..", "shared", "corpus")
			if _, err := os.Stat(c); err != nil {
				t.Fatalf("sample corpus: %v", err)
			}
			return c
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("sample corpus: no dispatch module above this one")
		}
		dir = parent
	}
}

// outcome is what a run produced: the records by id (one JSON line each),
// the dead letters' errors, and the counters.
type outcome struct {
	records  map[string]string
	dead     []string
	counters map[string]int64
}

// runBeam runs the pipeline on Prism, in this process, and reads back
// every shard it wrote.
func runBeam(t *testing.T, cfg config) outcome {
	t.Helper()
	out := t.TempDir()
	cfg.Output = filepath.Join(out, "annotations")
	cfg.DeadLetter = filepath.Join(out, "dead")
	if cfg.Shards == 0 {
		cfg.Shards = 4
	}
	if len(cfg.Types) == 0 {
		for _, t := range corpus.Types {
			cfg.Types = append(cfg.Types, string(t))
		}
	}
	h, err := header(cfg)
	if err != nil {
		t.Fatal(err)
	}
	cfg.Header = h
	p, s := beam.NewPipelineWithRoot()
	build(s, cfg)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute) // a hang guard
	defer cancel()
	res, err := prism.Execute(ctx, p)
	if err != nil {
		t.Fatalf("pipeline: %v", err)
	}
	o := outcome{records: map[string]string{}, counters: countersOf(res)}
	for i := range cfg.Shards {
		lines := readLines(t, shardName(cfg.Output, i, cfg.Shards))
		if len(lines) == 0 || lines[0] != cfg.Header {
			t.Fatalf("shard %d does not start with the header %s", i, cfg.Header)
		}
		for _, line := range lines[1:] {
			var a corpus.Annotated
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				t.Fatalf("output record %s: %v", line, err)
			}
			if _, dup := o.records[a.ID]; dup {
				t.Errorf("id %q written twice", a.ID)
			}
			o.records[a.ID] = line
		}
	}
	for _, line := range readLines(t, shardName(cfg.DeadLetter, 0, 1)) {
		var d deadLetter
		if err := json.Unmarshal([]byte(line), &d); err != nil {
			t.Fatalf("dead letter %s: %v", line, err)
		}
		o.dead = append(o.dead, d.Error)
	}
	slices.Sort(o.dead)
	return o
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err) // every shard is written, empty or not
	}
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

// reference is dispatch annotate's output for paths, made as it makes it:
// corpus.Reader, Pipeline.AnnotateAll, corpus.WriteAnnotated.
func reference(t *testing.T, cfg config, paths []string) outcome {
	t.Helper()
	pipe, err := newPipeline(cfg.Types, cfg.Lexicons)
	if err != nil {
		t.Fatal(err)
	}
	o := outcome{records: map[string]string{}}
	docs := func(yield func(corpus.Document, error) bool) {
		for d, err := range (&corpus.Reader{}).Read(paths...) {
			if err == nil && d.Date == "" {
				d.Date = cfg.Date // as dispatch annotate --date does
			}
			if !yield(d, err) {
				return
			}
		}
	}
	for res := range pipe.AnnotateAll(context.Background(), docs, 0) {
		if res.Err != nil {
			o.dead = append(o.dead, res.Err.Error())
			continue
		}
		var buf bytes.Buffer
		if err := corpus.WriteAnnotated(&buf, corpus.Annotated{ID: res.Doc.ID, Date: res.Doc.Date, Annotations: res.Annotations}); err != nil {
			t.Fatal(err)
		}
		o.records[res.Doc.ID] = strings.TrimSuffix(buf.String(), "\n")
	}
	slices.Sort(o.dead)
	return o
}

// compare checks that the pipeline wrote exactly the reference's records,
// byte for byte, and its dead letters, and that the counters add up.
func compare(t *testing.T, got, want outcome) {
	t.Helper()
	for id, line := range want.records {
		if got.records[id] != line {
			t.Errorf("record %q:\n got %s\nwant %s", id, got.records[id], line)
		}
	}
	for id := range got.records {
		if _, ok := want.records[id]; !ok {
			t.Errorf("record %q written, not in dispatch annotate's output", id)
		}
	}
	if !slices.Equal(got.dead, want.dead) {
		t.Errorf("dead letters:\n got %q\nwant %q", got.dead, want.dead)
	}
	c := got.counters
	t.Logf("counters %v", c)
	if c["written"] != int64(len(got.records)) || c["failed"] != int64(len(got.dead)) ||
		c["documents"] != c["written"]+c["failed"] {
		t.Errorf("counters %v: want written %d + failed %d = documents", c, len(got.records), len(got.dead))
	}
	byType := map[string]int64{}
	for _, line := range got.records {
		var a corpus.Annotated
		json.Unmarshal([]byte(line), &a)
		for _, ann := range a.Annotations {
			byType["annotations."+string(ann.Type)]++
		}
	}
	for k, n := range byType {
		if c[k] != n {
			t.Errorf("counter %s = %d, want %d", k, c[k], n)
		}
	}
	for k, n := range c {
		if strings.HasPrefix(k, "annotations.") && byType[k] != n {
			t.Errorf("counter %s = %d, want %d", k, n, byType[k])
		}
	}
}

func TestSampleCorpus(t *testing.T) {
	dir := sharedCorpus(t)
	cfg := config{Inputs: []string{filepath.Join(dir, "*.txt")}}
	paths, _ := filepath.Glob(cfg.Inputs[0])
	got, want := runBeam(t, cfg), reference(t, cfg, paths)
	if len(want.records) != len(paths) {
		t.Fatalf("reference has %d records for %d files", len(want.records), len(paths))
	}
	compare(t, got, want)
}

// TestDateAndTypes runs undated articles with --date and --types.
func TestDateAndTypes(t *testing.T) {
	dir := t.TempDir()
	paths, _ := filepath.Glob(filepath.Join(sharedCorpus(t), "*.txt"))
	for _, p := range paths[:3] {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := corpus.ParseText("x", p, data)
		if err != nil {
			t.Fatal(err)
		}
		// drop the date header: the document is undated
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(p)), data[doc.BodyStart:], 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfg := config{Inputs: []string{filepath.Join(dir, "*.txt")}, Date: "2022-02-14", Types: []string{"DATE", "QUOTE"}, Shards: 2}
	inputs, _ := filepath.Glob(cfg.Inputs[0])
	got, want := runBeam(t, cfg), reference(t, cfg, inputs)
	compare(t, got, want)
	for id, line := range got.records {
		if !strings.Contains(line, `"date":"2022-02-14"`) || strings.Contains(line, `"OFFICIAL"`) {
			t.Errorf("record %s: want the --date and no OFFICIAL: %.200s", id, line)
		}
	}
}

func TestGeneratedCorpus(t *testing.T) {
	dir, plainDir := generate(t, sharedCorpus(t), 2500)
	cfg := config{Inputs: []string{filepath.Join(dir, "*")}, Shards: 5}
	// dispatch annotate given the same files by a shell glob reads them in
	// the same (sorted) order, so the same duplicate is the later one; it
	// reads the .gz files decompressed, from another folder, and its
	// errors name that folder.
	plain, _ := filepath.Glob(filepath.Join(plainDir, "*"))
	got, want := runBeam(t, cfg), reference(t, cfg, plain)
	for i, d := range want.dead {
		want.dead[i] = strings.ReplaceAll(d, plainDir, dir)
	}
	if len(want.records) < 2400 || len(want.dead) != len(badDocuments) {
		t.Fatalf("reference: %d records, %d errors %q: want about 2500 and the %d bad documents",
			len(want.records), len(want.dead), want.dead, len(badDocuments))
	}
	compare(t, got, want)
}

// badDocuments are the generated corpus's bad documents: a file name (a
// .jsonl name is one line of records.jsonl) and its bytes.
var badDocuments = []struct{ name, data string }{
	{"bad-latin1.txt", "Caf\xe9 owners said on Monday that 300 troops left."},
	{"bad-binary.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"},
	{"bad-header.txt", " date 2021-13-45 Officials said so."},
	{"bad-empty.txt", " \n\t\n"},
	{".jsonl", `{"id":"cut","text":"The minister said`},
	{".jsonl", `{"id":"latin1","text":"Caf` + "\xe9" + `"}`},
	{".jsonl", `{"id":"nul","text":"a\u0000b"}`},
	{".jsonl", `{"id":"notext"}`},
	{".jsonl", `[1,2,3]`},
	{".jsonl", `{"id":"g0001","text":"A duplicate of a .txt file's id."}`},
}

// generate writes n documents made of the sample articles' paragraphs,
// shuffled, under a temporary folder: .txt files (some with a date header),
// records.jsonl, and .gz copies of both kinds; plus the bad documents. It
// returns the folder and the paths dispatch annotate reads for the same
// documents, where the .gz files are decompressed.
func generate(t *testing.T, sample string, n int) (dir, plainDir string) {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(sample, "*.txt"))
	var paras []string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := corpus.ParseText("x", p, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, para := range strings.Split(doc.Text[doc.BodyStart:], "\n\n") {
			if strings.TrimSpace(para) != "" {
				paras = append(paras, strings.TrimSpace(para))
			}
		}
	}
	r := rand.New(rand.NewPCG(14, 2026))
	text := func() string {
		k := 2 + r.IntN(5)
		parts := make([]string, k)
		for i := range parts {
			parts[i] = paras[r.IntN(len(paras))]
		}
		return strings.Join(parts, "\n\n") + "\n"
	}
	date := func() string {
		if r.IntN(3) == 0 {
			return ""
		}
		return fmt.Sprintf("20%02d-%02d-%02d", 10+r.IntN(15), 1+r.IntN(12), 1+r.IntN(28))
	}
	dir, plainDir = t.TempDir(), t.TempDir()
	write := func(name string, data []byte, gz bool) {
		plain := filepath.Join(plainDir, name)
		if err := os.WriteFile(plain, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if gz {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			data, name = buf.Bytes(), name+".gz"
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var jsonl, jsonlGz bytes.Buffer
	for i := range n {
		id := fmt.Sprintf("g%04d", i)
		switch i % 5 {
		case 0, 1: // a .txt file
			body := text()
			if d := date(); d != "" {
				body = " date " + d + " " + body
			}
			write(id+".txt", []byte(body), i%25 == 0)
		case 2, 3: // a record of records.jsonl, some without id (then records-LINE)
			rec := map[string]string{"text": text()}
			if i%7 != 0 {
				rec["id"] = id
			}
			if d := date(); d != "" {
				rec["date"] = d
			}
			line, _ := json.Marshal(rec)
			jsonl.Write(append(line, '\n'))
		default: // a record of archive.jsonl.gz
			line, _ := json.Marshal(map[string]string{"id": id, "text": text(), "date": date()})
			jsonlGz.Write(append(line, '\n'))
		}
	}
	for _, b := range badDocuments {
		if b.name == ".jsonl" {
			jsonl.WriteString(b.data + "\n")
			continue
		}
		write(b.name, []byte(b.data), false)
	}
	write("records.jsonl", jsonl.Bytes(), false)
	write("archive.jsonl", jsonlGz.Bytes(), true)
	return dir, plainDir
}
