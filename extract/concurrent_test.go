package extract

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// sharedCorpusDir is the folder of sample articles shared by the project.
const sharedCorpusDir = "/work/shared/corpus"

// sampleDocs reads the sample articles, skipping the test without them.
func sampleDocs(t *testing.T) []corpus.Document {
	t.Helper()
	if _, err := os.Stat(sharedCorpusDir); err != nil {
		t.Skipf("no sample corpus: %v", err)
	}
	var docs []corpus.Document
	for doc, err := range (&corpus.Reader{}).Read(sharedCorpusDir) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc)
	}
	if len(docs) == 0 {
		t.Skipf("no documents in %s", sharedCorpusDir)
	}
	return docs
}

// jsonLine is the JSON Lines record written for one result.
func jsonLine(t testing.TB, id, date string, as []corpus.Annotation) string {
	t.Helper()
	var b bytes.Buffer
	if err := corpus.WriteAnnotated(&b, corpus.Annotated{ID: id, Date: date, Annotations: as}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// TestConcurrentAnnotate annotates the sample articles from many
// goroutines at once, through extract.Annotate (the default pipeline) and
// through one shared Pipeline, each goroutine in its own order: every
// goroutine must get the output of a lone sequential run. Run it with
// -race.
func TestConcurrentAnnotate(t *testing.T) {
	docs := sampleDocs(t)
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		as := p.Annotate(d)
		checkAnnotations(t, d, as, corpus.Types...)
		want[i] = jsonLine(t, d.ID, d.Date, as)
	}
	const goroutines = 16
	var wg sync.WaitGroup
	for g := range goroutines {
		wg.Go(func() {
			for k := range docs {
				i := (k + g) % len(docs) // each goroutine starts elsewhere
				d := docs[i]
				as, err := Annotate(d)
				if err != nil {
					t.Errorf("goroutine %d: Annotate(%s): %v", g, d.ID, err)
					return
				}
				if got := jsonLine(t, d.ID, d.Date, as); got != want[i] {
					t.Errorf("goroutine %d: extract.Annotate(%s) differs from a sequential run:\n got %s\nwant %s", g, d.ID, got, want[i])
				}
				if got := jsonLine(t, d.ID, d.Date, p.Annotate(d)); got != want[i] {
					t.Errorf("goroutine %d: Pipeline.Annotate(%s) differs from a sequential run:\n got %s\nwant %s", g, d.ID, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

// batchOutput renders AnnotateAll's results as the annotate command
// does: a JSON line per document, an "error" line per failure.
func batchOutput(t *testing.T, p *Pipeline, docs func(func(corpus.Document, error) bool), workers int) string {
	t.Helper()
	var b strings.Builder
	for res := range p.AnnotateAll(context.Background(), docs, workers) {
		if res.Err != nil {
			fmt.Fprintf(&b, "error: %v\n", firstLine(res.Err.Error()))
			continue
		}
		b.WriteString(jsonLine(t, res.Doc.ID, res.Doc.Date, res.Annotations))
	}
	return b.String()
}

// firstLine cuts a recovered panic's stack trace, which differs between
// goroutines.
func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// TestAnnotateAllWorkers checks that 1, 2 and 8 workers write
// byte-identical JSON Lines, reading errors included, in input order.
func TestAnnotateAllWorkers(t *testing.T) {
	sampleDocs(t) // skip without the corpus
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(t.TempDir(), "missing.txt")
	read := func() func(func(corpus.Document, error) bool) {
		// Each article twice, under a second name, so there are more
		// documents than workers; and a path that does not exist.
		return func(yield func(corpus.Document, error) bool) {
			for _, pass := range []string{"", "-again"} {
				for d, err := range (&corpus.Reader{}).Read(sharedCorpusDir, missing) {
					d.ID += pass
					if !yield(d, err) {
						return
					}
				}
			}
		}
	}
	want := batchOutput(t, p, read(), 1)
	if n := strings.Count(want, "\n"); n < 4 || !strings.Contains(want, "error: ") {
		t.Fatalf("sequential output has %d lines:\n%s", n, want)
	}
	for _, workers := range []int{2, 8, 0} {
		if got := batchOutput(t, p, read(), workers); got != want {
			t.Errorf("%d workers: output differs from one worker:\n got %s\nwant %s", workers, got, want)
		}
	}
}

// TestAnnotateAllPanic makes the pipeline panic on one document (a
// BodyStart outside the text, which no reader produces) and checks that
// the panic becomes that document's error, naming it, while the
// documents around it are annotated as usual, whatever the number of
// workers. No test hook is needed: a Document is plain data.
func TestAnnotateAllPanic(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	docs := []corpus.Document{
		{ID: "before", Source: "before.txt", Date: "2022-01-24", Text: "Biden met Scholz on Monday."},
		{ID: "boom", Source: "boom.txt", Text: "Up to 8,500 troops.", BodyStart: -1},
		{ID: "after", Source: "after.txt", Text: "“No,” Kirby said."},
	}
	seq := func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	for _, workers := range []int{1, 2, 8} {
		var got []Result
		for res := range p.AnnotateAll(context.Background(), seq, workers) {
			got = append(got, res)
		}
		if len(got) != len(docs) {
			t.Fatalf("%d workers: %d results, want %d", workers, len(got), len(docs))
		}
		for i, res := range got {
			if res.Doc.ID != docs[i].ID {
				t.Errorf("%d workers: result %d is %q, want %q", workers, i, res.Doc.ID, docs[i].ID)
			}
		}
		if e := got[1].Err; e == nil || !strings.Contains(e.Error(), `boom.txt: internal error annotating document "boom"`) {
			t.Errorf("%d workers: panic reported as %v", workers, e)
		}
		if got[1].Annotations != nil {
			t.Errorf("%d workers: failed document has annotations %v", workers, got[1].Annotations)
		}
		for _, i := range []int{0, 2} {
			if got[i].Err != nil || len(got[i].Annotations) == 0 {
				t.Errorf("%d workers: %s: err %v, %d annotations", workers, docs[i].ID, got[i].Err, len(got[i].Annotations))
			}
		}
	}
}

// TestAnnotateAllStops checks that leaving the loop early, or cancelling
// the context, ends AnnotateAll's goroutines.
func TestAnnotateAllStops(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	endless := func(yield func(corpus.Document, error) bool) {
		for i := 0; ; i++ {
			if !yield(corpus.Document{ID: fmt.Sprint(i), Text: "About 8,500 troops arrived on Monday."}, nil) {
				return
			}
		}
	}
	before := runtime.NumGoroutine()
	for _, workers := range []int{1, 2, 8} {
		n := 0
		for range p.AnnotateAll(context.Background(), endless, workers) {
			if n++; n == 20 {
				break
			}
		}
		ctx, cancel := context.WithCancel(context.Background())
		n = 0
		for range p.AnnotateAll(ctx, endless, workers) {
			if n++; n == 20 {
				cancel()
			}
			if n > 20+(aheadPerWorker+2)*workers+4 {
				t.Fatalf("%d workers: %d results after cancelling at 20", workers, n)
			}
		}
		cancel()
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		t.Errorf("%d goroutines left running (%d before)", n, before)
	}
}
