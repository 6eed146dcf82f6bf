package extract

import (
	"os"
	"runtime"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// perDoc reports a benchmark's costs per document: process CPU time
// (user and system, all threads: the garbage collector's work included;
// on a shared machine steadier than wall time), allocations and bytes.
// Call start before the loop and the returned func after it.
func perDoc(b *testing.B, docsPerOp int) func() {
	b.Helper()
	var m0 runtime.MemStats
	runtime.ReadMemStats(&m0)
	cpu0 := processCPU()
	return func() {
		cpu := processCPU() - cpu0
		var m1 runtime.MemStats
		runtime.ReadMemStats(&m1)
		n := float64(b.N * docsPerOp)
		if cpu > 0 {
			b.ReportMetric(float64(cpu.Nanoseconds())/n, "cpu-ns/doc")
		}
		b.ReportMetric(float64(m1.Mallocs-m0.Mallocs)/n, "allocs/doc")
		b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/n, "B/doc")
	}
}

// envCorpus reads the documents of the folder DISPATCH_BENCH_CORPUS,
// skipping the benchmark when it is unset.
func envCorpus(b *testing.B) []corpus.Document {
	b.Helper()
	dir := os.Getenv("DISPATCH_BENCH_CORPUS")
	if dir == "" {
		b.Skip("DISPATCH_BENCH_CORPUS not set")
	}
	var docs []corpus.Document
	for d, err := range new(corpus.Reader).Read(dir) {
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// BenchmarkAnnotateCorpus runs the full pipeline over the documents of the
// folder DISPATCH_BENCH_CORPUS (skipped when unset), one after the other:
// for measuring on more than the five sample articles (scripts/bench.sh
// sets it).
func BenchmarkAnnotateCorpus(b *testing.B) {
	docs := envCorpus(b)
	p := benchPipeline(b)
	for _, d := range docs { // warm-up: the vocabulary cache fills
		p.Annotate(d)
	}
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	done := perDoc(b, len(docs))
	for b.Loop() {
		for _, d := range docs {
			p.Annotate(d)
		}
	}
	done()
}

// BenchmarkTokenizeCorpus is BenchmarkTokenize on DISPATCH_BENCH_CORPUS:
// the bound the pipeline's throughput is compared with.
func BenchmarkTokenizeCorpus(b *testing.B) {
	docs := envCorpus(b)
	p := benchPipeline(b)
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	done := perDoc(b, len(docs))
	for b.Loop() {
		for _, d := range docs {
			p.CountTokens(d)
		}
	}
	done()
}

// BenchmarkAnnotateCorpusCold is BenchmarkAnnotateCorpus with a new
// Pipeline (of a lexicon loaded once) for each pass: its vocabulary starts
// empty, as in a process annotating the folder once, so every word type is
// new the first time it is seen. Against BenchmarkAnnotateCorpus it shows
// the cost of new words (stems, list flags, the table's merges).
func BenchmarkAnnotateCorpusCold(b *testing.B) {
	docs := envCorpus(b)
	lex, err := lexicon.Default()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	done := perDoc(b, len(docs))
	for b.Loop() {
		p, err := New(lex)
		if err != nil {
			b.Fatal(err)
		}
		for _, d := range docs {
			p.Annotate(d)
		}
	}
	done()
}
