package extract

import (
	"os"
	"runtime"
	"testing"
)

// BenchmarkOfficialsCorpus measures the officials stage alone on the
// documents of DISPATCH_BENCH_CORPUS (skipped when unset): each document is
// tokenized and classified untimed, then its officials are found. It
// reports the stage's CPU time per document (of this thread: the
// collector's background work is left out) beside the stage's allocations.
// DISPATCH_BENCH_OFFICIALS=none prepares the documents and runs no
// stage: callgrind's count of a run less that of a run of none is the
// instructions of one pass of the stage.
func BenchmarkOfficialsCorpus(b *testing.B) {
	docs := envCorpus(b)
	p := benchPipeline(b)
	none := os.Getenv("DISPATCH_BENCH_OFFICIALS") == "none"
	for _, cd := range docs { // warm-up: the vocabulary cache fills
		p.Annotate(cd)
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu int64
	var mallocs uint64
	var m0, m1 runtime.MemStats
	n := 0
	for b.Loop() {
		for _, cd := range docs {
			d := p.analyze(cd)
			d.classify()
			runtime.ReadMemStats(&m0)
			t0 := threadCPU()
			if !none {
				p.officials(d)
			}
			cpu += threadCPU() - t0
			runtime.ReadMemStats(&m1)
			mallocs += m1.Mallocs - m0.Mallocs
			d.release()
			n++
		}
	}
	b.ReportMetric(float64(cpu)/float64(n), "officials-ns/doc")
	b.ReportMetric(float64(mallocs)/float64(n), "officials-allocs/doc")
}
