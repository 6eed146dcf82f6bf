package extract

import (
	"context"
	"fmt"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// benchCorpus is the shared sample corpus, beside the module root.
var benchCorpus = filepath.Join("..", "..", "shared", "corpus")

// benchDocs reads the sample corpus, skipping the benchmark when it is absent.
func benchDocs(b *testing.B) []corpus.Document {
	b.Helper()
	var docs []corpus.Document
	for d, err := range new(corpus.Reader).Read(benchCorpus) {
		if err != nil {
			b.Skipf("sample corpus: %v", err)
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		b.Skipf("sample corpus %s: no documents", benchCorpus)
	}
	return docs
}

func benchPipeline(b *testing.B) *Pipeline {
	b.Helper()
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	return p
}

func textBytes(docs []corpus.Document) int64 {
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	return int64(n)
}

func BenchmarkTokenize(b *testing.B) {
	p, docs := benchPipeline(b), benchDocs(b)
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			if len(p.tok.tokenize(d.Text, d.BodyStart).toks) == 0 {
				b.Fatal("no tokens")
			}
		}
	}
}

// BenchmarkAnnotate runs the full pipeline (all four stages) over the
// sample corpus, one document after the other.
func BenchmarkAnnotate(b *testing.B) {
	p, docs := benchPipeline(b), benchDocs(b)
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, d := range docs {
			p.Annotate(d)
		}
	}
}

// BenchmarkAnnotateAll runs the ordered parallel batch over 20 copies of the
// sample corpus with one worker and with one worker per CPU.
func BenchmarkAnnotateAll(b *testing.B) {
	p, sample := benchPipeline(b), benchDocs(b)
	var docs []corpus.Document
	for k := range 20 {
		for _, d := range sample {
			d.ID = fmt.Sprintf("%s#%d", d.ID, k)
			docs = append(docs, d)
		}
	}
	seq := func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	for _, workers := range slices.Compact([]int{1, runtime.NumCPU()}) {
		b.Run(fmt.Sprintf("workers=%d", workers), func(b *testing.B) {
			b.SetBytes(textBytes(docs))
			b.ReportAllocs()
			for b.Loop() {
				n := 0
				for res := range p.AnnotateAll(context.Background(), seq, workers) {
					if res.Err != nil {
						b.Fatal(res.Err)
					}
					n++
				}
				if n != len(docs) {
					b.Fatalf("%d results for %d documents", n, len(docs))
				}
			}
		})
	}
}

// BenchmarkClassify measures the per-token lexicon classes (the lexicon
// matching shared by the officials and quotes stages) on tokenized documents.
func BenchmarkClassify(b *testing.B) {
	p, docs := benchPipeline(b), benchDocs(b)
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, cd := range docs {
			b.StopTimer()
			d := p.analyze(cd)
			b.StartTimer()
			d.classify()
		}
	}
}

// BenchmarkNew measures building a pipeline from a loaded lexicon.
func BenchmarkNew(b *testing.B) {
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(lex); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnnotateLong annotates one long document (the sample corpus
// joined 8 times, about 280 KB): its MB/s against BenchmarkAnnotate shows
// whether a stage's cost grows faster than the document.
func BenchmarkAnnotateLong(b *testing.B) {
	p, docs := benchPipeline(b), benchDocs(b)
	var text strings.Builder
	for range 8 {
		for _, d := range docs {
			text.WriteString(d.Text[d.BodyStart:])
			text.WriteString("\n\n")
		}
	}
	doc := corpus.Document{ID: "long", Date: "2022-01-24", Text: text.String()}
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	for b.Loop() {
		p.Annotate(doc)
	}
}
