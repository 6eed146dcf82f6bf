package extract

import (
	"os"
	"runtime"
	"strings"
	"testing"
)

// stagedDoc is a document of DISPATCH_BENCH_CORPUS analysed, classified
// and with its roster built: what the DATE, TROOPS and QUOTE stages start
// from.
type stagedDoc struct {
	d *doc
	r *roster
}

// BenchmarkLateStagesCorpus runs the DATE, TROOPS and QUOTE stages alone
// on the documents of DISPATCH_BENCH_CORPUS (skipped when unset), each
// stage over every document before the next. DISPATCH_BENCH_STAGES names
// the stages to run ("dates,troops,quotes", the default; "none" runs
// none): callgrind's count of a run less that of a run of none is the
// instructions of the stages named. The documents are prepared again,
// untimed, for each pass. It reports the stages' CPU time per document
// (of this thread: the collector's background work is left out).
func BenchmarkLateStagesCorpus(b *testing.B) {
	docs := envCorpus(b)
	p := benchPipeline(b)
	for _, cd := range docs { // warm-up: the vocabulary cache fills
		p.Annotate(cd)
	}
	stages := os.Getenv("DISPATCH_BENCH_STAGES")
	if stages == "" {
		stages = "dates,troops,quotes"
	}
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var cpu int64
	n := 0
	for b.Loop() {
		b.StopTimer()
		ds := make([]stagedDoc, len(docs))
		for n, cd := range docs {
			d := p.analyze(cd)
			d.classify()
			ds[n] = stagedDoc{d, p.officials(d)}
		}
		growStack(stackRoom)
		b.StartTimer()
		t0 := threadCPU()
		if strings.Contains(stages, "dates") {
			lateDates(p, ds)
		}
		if strings.Contains(stages, "troops") {
			lateTroops(p, ds)
		}
		if strings.Contains(stages, "quotes") {
			lateQuotes(p, ds)
		}
		cpu += threadCPU() - t0
		n += len(ds)
	}
	b.ReportMetric(float64(cpu)/float64(n), "stages-ns/doc")
}

// lateDates runs the DATE stage on every document of ds.
//
//go:noinline
func lateDates(p *Pipeline, ds []stagedDoc) {
	for _, x := range ds {
		p.dates(x.d)
	}
}

// lateTroops runs the TROOPS stage on every document of ds.
//
//go:noinline
func lateTroops(p *Pipeline, ds []stagedDoc) {
	for _, x := range ds {
		p.troops(x.d)
	}
}

// lateQuotes runs the QUOTE stage on every document of ds.
//
//go:noinline
func lateQuotes(p *Pipeline, ds []stagedDoc) {
	for _, x := range ds {
		p.quotes(x.d, x.r)
	}
}

// stackRoom is the stack growStack makes room for before the stages run.
const stackRoom = 64

// growStack grows the goroutine's stack by about n KB, so that the stages
// then run without the runtime copying the stack (GOGC=off: it never
// shrinks): callgrind's --toggle-collect on lateDates, lateTroops and
// lateQuotes loses track of a function whose stack was moved.
//
//go:noinline
func growStack(n int) byte {
	var room [1024]byte
	room[n%len(room)] = byte(n)
	if n > 0 {
		return growStack(n-1) + room[0]
	}
	return room[0]
}
