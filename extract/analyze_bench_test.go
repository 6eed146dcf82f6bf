package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// BenchmarkAnalyzeCorpus measures the work every document pays before the
// stages: tokens, word ids and flags (the vocabulary's look-ups) and the
// token classes, on DISPATCH_BENCH_CORPUS (skipped when unset), with the
// vocabulary warm as in a long run. Against BenchmarkAnnotateCorpus it
// shows the share of the shared analysis; against BenchmarkTokenizeCorpus
// the cost of the vocabulary and the classes.
func BenchmarkAnalyzeCorpus(b *testing.B) {
	docs := envCorpus(b)
	p := benchPipeline(b)
	analyzeAll(p, docs) // warm-up: the vocabulary cache fills
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	done := perDoc(b, len(docs))
	for b.Loop() {
		analyzePass(p, docs)
	}
	done()
}

// analyzeAll and analyzePass analyze and classify every document of docs;
// they are two functions so that a profiler told to count one function
// (callgrind's --toggle-collect=*analyzePass) leaves the warm-up out.
func analyzeAll(p *Pipeline, docs []corpus.Document) {
	for _, cd := range docs {
		d := p.analyze(cd)
		d.classify()
		d.release()
	}
}

//go:noinline
func analyzePass(p *Pipeline, docs []corpus.Document) {
	for _, cd := range docs {
		d := p.analyze(cd)
		d.classify()
		d.release()
	}
}
