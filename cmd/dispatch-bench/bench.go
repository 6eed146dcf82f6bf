package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
	"github.com/dispatch-nlp/dispatch/lexicon"
	"github.com/jdkato/prose/v2"
	"github.com/spf13/pflag"
)

const benchUsage = `Usage: dispatch-bench [flags] [PATH ...]

Measures annotation throughput in one process on one set of documents:
dispatch's full pipeline with 1 worker and with --workers workers, and
prose v2 (tokenizing, POS tagging and NER with one shared model, as the
peer does) with 1 worker, and dispatch's tokenizer alone (the bound the
pipeline's rate is compared with). PATH is read like 'dispatch annotate' reads
it; without PATH the sample corpus ../shared/corpus beside the module root
(found from the current folder upwards) is used.

The documents are repeated, with distinct ids, until they hold at least
--min-mb of text. After a warm-up pass, each run is repeated --runs times
(the runs take turns) and the median is reported. prose is about 20 times
slower or more, so it runs on the first --prose-mb of the same documents;
rates are per second and per MB, so the ratios compare like with like.
Tokens are counted once, with dispatch's tokenizer, for every run.

dispatch's in-process runs use the collector's target 'dispatch annotate'
sets for documents under 256 KB (GOGC 400) unless GOGC is set (prose's
use the process's own, as its users run it), and prose's
model is loaded before each of prose's turns and dropped after it (both
outside the timing), so that dispatch's runs are measured with dispatch's
heap alone, as in its own process.

Also printed: the time from process start to the first annotated document
(lexicon load, pipeline build, reading and annotating, as in 'dispatch
annotate'), the peak heap during each run (sampled every 5 ms), the peak
memory the Go runtime held from the OS, and the process's peak RSS.
MB means 10^6 bytes. Nothing here is a pass/fail check.

With --dispatch-bin and --peer-bin, the comparison the user sees is run
first: 'dispatch annotate --workers 1' and the prose v2 peer
(cmd/prose-peer) as whole processes on the same PATHs, start-up and JSON
output included, --process-runs times each, alternating; the median of the
per-pair ratios is reported, in wall time and in CPU time (user and system;
the steadier of the two on a shared machine). scripts/bench.sh builds both.

Flags:
`

func run(e *env, args []string) int {
	fs := pflag.NewFlagSet("dispatch-bench", pflag.ContinueOnError)
	fs.SetOutput(e.stderr)
	workers := fs.Int("workers", runtime.NumCPU(), "workers for the parallel dispatch run (`N` >= 1)")
	runs := fs.Int("runs", 3, "repeat each run `N` times and report the median")
	minMB := fs.Float64("min-mb", 5, "repeat the documents until they hold at least `MB` of text")
	proseMB := fs.Float64("prose-mb", 0.5, "run prose on the first `MB` of the documents (0: skip prose)")
	asJSON := fs.Bool("json", false, "write the results as JSON on stdout instead of a table")
	dispatchBin := fs.String("dispatch-bin", "", "with --peer-bin: also run this dispatch `binary` as a whole process")
	peerBin := fs.String("peer-bin", "", "with --dispatch-bin: the prose v2 peer `binary` (go build ./cmd/prose-peer)")
	processRuns := fs.Int("process-runs", 3, "whole-process runs of each program (`N`, alternating)")
	inProcess := fs.Bool("in-process", true, "run the in-process comparison (false: whole processes only)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), benchUsage)
		fs.PrintDefaults()
		fmt.Fprint(fs.Output(), "\nExit codes: 0 measured; 2 usage error or no readable document.\n")
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return exitFatal
	}
	if *workers < 1 || *runs < 1 || *processRuns < 1 || *minMB < 0 || *proseMB < 0 {
		fmt.Fprintln(e.stderr, "dispatch-bench: --workers, --runs and --process-runs must be at least 1, --min-mb and --prose-mb not negative")
		return exitFatal
	}
	if (*dispatchBin == "") != (*peerBin == "") {
		fmt.Fprintln(e.stderr, "dispatch-bench: --dispatch-bin and --peer-bin go together")
		return exitFatal
	}
	if !*inProcess && *dispatchBin == "" {
		fmt.Fprintln(e.stderr, "dispatch-bench: --in-process=false needs --dispatch-bin and --peer-bin")
		return exitFatal
	}
	paths := fs.Args()
	if len(paths) == 0 {
		dir, ok := sampleCorpus()
		if !ok {
			fmt.Fprintln(e.stderr, "dispatch-bench: no input: give files or folders (the sample corpus ../shared/corpus beside the module root was not found)")
			return exitFatal
		}
		paths = []string{dir}
	}

	var procs *processBench
	if *dispatchBin != "" {
		pb, err := runProcesses(e.ctx, *dispatchBin, *peerBin, paths, *processRuns)
		if err != nil {
			fmt.Fprintf(e.stderr, "dispatch-bench: %v\n", err)
			return exitFatal
		}
		procs = pb
		if !*inProcess {
			if *asJSON {
				return writeJSON(e, procs)
			}
			procs.print(e.stdout)
			return exitOK
		}
	}

	// dispatch's runs use the collector's target 'dispatch annotate' sets
	// for documents under 256 KB (cmd/dispatch's smallGCPercent), unless
	// GOGC is set: at the default 100 a run collected every 8 MB or so,
	// each collection marking the lexicon, a cost the command does not
	// pay. prose runs with the process's own target, as its users run it.
	ownGC := debug.SetGCPercent(-1)
	debug.SetGCPercent(ownGC)
	gcPercent := ownGC
	if _, set := os.LookupEnv("GOGC"); !set {
		gcPercent = annotateGCPercent
		debug.SetGCPercent(gcPercent)
		defer debug.SetGCPercent(ownGC)
	}
	mem := startSampler()
	defer mem.stop()
	rep := benchReport{GCPercent: gcPercent, Processes: procs, Input: paths, CPUs: runtime.NumCPU(), GOMAXPROCS: runtime.GOMAXPROCS(0), Runs: *runs,
		MinMB: *minMB, ProseMB: *proseMB}

	// Start-up as 'dispatch annotate' does it; the pass over the input is
	// the warm-up, and its first result is the first document out (timed
	// from here when the whole-process runs came first).
	started := processStart
	if procs != nil {
		started = time.Now()
	}
	t := time.Now()
	lex, err := lexicon.Load()
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch-bench: %v\n", err)
		return exitFatal
	}
	rep.LexiconMS = ms(time.Since(t))
	t = time.Now()
	pipe, err := extract.New(lex)
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch-bench: %v\n", err)
		return exitFatal
	}
	rep.PipelineMS = ms(time.Since(t))
	var base []corpus.Document
	reader := &corpus.Reader{Stdin: e.stdin}
	for res := range pipe.AnnotateAll(e.ctx, reader.Read(paths...), *workers) {
		if rep.FirstDocMS == 0 {
			rep.FirstDocMS = ms(time.Since(started))
		}
		if res.Err != nil {
			fmt.Fprintf(e.stderr, "dispatch-bench: skipped: %v\n", res.Err)
			continue
		}
		base = append(base, res.Doc)
	}
	if len(base) == 0 {
		fmt.Fprintln(e.stderr, "dispatch-bench: no readable document")
		return exitFatal
	}

	docs := repeatDocs(base, int(*minMB*1e6))
	tokens := make([]int, len(docs))
	for i, d := range docs {
		tokens[i] = pipe.CountTokens(d)
	}
	rep.DistinctDocs, rep.Docs = len(base), len(docs)
	proseN := 0
	if *proseMB > 0 {
		proseN = prefixOf(docs, int(*proseMB*1e6))
	}

	var model *prose.Model
	type config struct {
		name    string
		workers int
		docs    []corpus.Document
		run     func([]corpus.Document)
		// setup, when set, runs before each of the config's turns and
		// its result after the turn, both outside the timing
		setup func() (teardown func())
	}
	annotate := func(w int) func([]corpus.Document) {
		return func(docs []corpus.Document) {
			for res := range pipe.AnnotateAll(e.ctx, docSeq(docs), w) {
				_ = res
			}
		}
	}
	tokenize := func(docs []corpus.Document) {
		for _, d := range docs {
			pipe.CountTokens(d)
		}
	}
	configs := []config{{"dispatch", 1, docs, annotate(1), nil}}
	if *workers > 1 {
		configs = append(configs, config{"dispatch", *workers, docs, annotate(*workers), nil})
	}
	if proseN > 0 {
		t = time.Now()
		model = prose.ModelFromData("en-v2.0.0") // the built-in model, loaded once a turn (see setup)
		rep.ProseModelMS = ms(time.Since(t))
		runProse := func(docs []corpus.Document) {
			for _, d := range docs {
				pd, err := prose.NewDocument(d.Text, prose.UsingModel(model), prose.WithSegmentation(false))
				if err != nil {
					fmt.Fprintf(e.stderr, "dispatch-bench: prose: %s: %v\n", d.ID, err)
					continue
				}
				_ = pd.Entities()
			}
		}
		runProse(docs[:1]) // warm-up
		// The model is resident only during prose's turns: dispatch's runs
		// are measured with dispatch's own heap, as in its own process.
		// With the model's ~50 MB resident, each collection during a
		// dispatch run marked it (35-130 ms of CPU, about one a run): a
		// cost of this bench, not of dispatch, which one worker hid on
		// the idle core and two workers paid in wall time.
		model = nil
		loadModel := func() func() {
			model = prose.ModelFromData("en-v2.0.0")
			debug.SetGCPercent(ownGC)
			return func() {
				model = nil
				debug.SetGCPercent(gcPercent)
			}
		}
		configs = append(configs, config{"prose v2", 1, docs[:proseN], runProse, loadModel})
	}
	// the tokenizer alone: the bound the pipeline is compared with (not a
	// result row)
	configs = append(configs, config{"tokenizer", 1, docs, tokenize, nil})

	times := make([][]time.Duration, len(configs))
	cpus := make([][]time.Duration, len(configs))
	heaps := make([]uint64, len(configs))
	for range *runs {
		for c, cf := range configs {
			if e.ctx.Err() != nil {
				fmt.Fprintln(e.stderr, "dispatch-bench: interrupted")
				return exitFatal
			}
			teardown := func() {}
			if cf.setup != nil {
				teardown = cf.setup()
			}
			runtime.GC()
			mem.resetRun()
			t, cpu := time.Now(), processCPU()
			cf.run(cf.docs)
			times[c] = append(times[c], time.Since(t))
			cpus[c] = append(cpus[c], processCPU()-cpu)
			heaps[c] = max(heaps[c], mem.runPeak())
			teardown()
		}
	}

	for c, cf := range configs {
		if cf.name == "tokenizer" {
			var bytes int64
			for _, d := range cf.docs {
				bytes += int64(len(d.Text))
			}
			var secs []float64
			for _, d := range times[c] {
				secs = append(secs, d.Seconds())
			}
			if m := median(secs); m > 0 {
				rep.TokenizerMBPerSec = float64(bytes) / 1e6 / m
			}
			var cpu []float64
			for _, d := range cpus[c] {
				cpu = append(cpu, d.Seconds())
			}
			if m := median(cpu); m > 0 {
				rep.TokenizerCPUMBPerSec = float64(bytes) / 1e6 / m
			}
			continue
		}
		r := benchRun{Name: cf.name, Workers: cf.workers, Docs: len(cf.docs), PeakHeapMB: mb(heaps[c])}
		for i, d := range cf.docs {
			r.Bytes += int64(len(d.Text))
			r.Tokens += int64(tokens[i])
		}
		for _, d := range times[c] {
			r.Seconds = append(r.Seconds, d.Seconds())
		}
		r.MedianSeconds = median(r.Seconds)
		var cpu []float64
		for _, d := range cpus[c] {
			cpu = append(cpu, d.Seconds())
		}
		r.MedianCPUSeconds = median(cpu)
		if r.MedianSeconds > 0 {
			r.DocsPerSec = float64(r.Docs) / r.MedianSeconds
			r.MBPerSec = float64(r.Bytes) / 1e6 / r.MedianSeconds
			r.TokensPerSec = float64(r.Tokens) / r.MedianSeconds
		}
		rep.Results = append(rep.Results, r)
	}
	rep.ratios()
	heap, sys := mem.peaks()
	rep.PeakHeapMB, rep.PeakGoSysMB = mb(heap), mb(sys)
	if rss, ok := peakRSS(); ok {
		rep.PeakRSSMB = mb(rss)
	}
	if *asJSON {
		return writeJSON(e, rep)
	}
	rep.print(e.stdout)
	return exitOK
}

// annotateGCPercent is the collector's target 'dispatch annotate' sets
// while only documents under 256 KB are in flight (smallGCPercent in
// cmd/dispatch/gctarget.go): the in-process runs use it too.
const annotateGCPercent = 400

func writeJSON(e *env, v any) int {
	enc := json.NewEncoder(e.stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		fmt.Fprintf(e.stderr, "dispatch-bench: %v\n", err)
		return exitFatal
	}
	return exitOK
}

// benchReport is the outcome of dispatch-bench, as printed and as JSON.
type benchReport struct {
	Input        []string   `json:"input"`
	CPUs         int        `json:"cpus"`
	GOMAXPROCS   int        `json:"gomaxprocs"`
	GCPercent    int        `json:"gc_percent"` // the collector's target in dispatch's in-process runs (-1: off)
	Runs         int        `json:"runs"`
	MinMB        float64    `json:"min_mb"`
	ProseMB      float64    `json:"prose_mb"`
	DistinctDocs int        `json:"distinct_docs"`
	Docs         int        `json:"docs"`
	LexiconMS    float64    `json:"lexicon_load_ms"`
	PipelineMS   float64    `json:"pipeline_build_ms"`
	FirstDocMS   float64    `json:"first_document_out_ms"`
	ProseModelMS float64    `json:"prose_model_load_ms,omitempty"`
	Results      []benchRun `json:"results"`
	PeakHeapMB   float64    `json:"peak_heap_mb"`
	PeakGoSysMB  float64    `json:"peak_go_sys_mb"`
	PeakRSSMB    float64    `json:"peak_rss_mb,omitempty"`
	// TokenizerMBPerSec is dispatch's tokenizer alone on the same
	// documents; PipelineFraction is the 1-worker pipeline's rate over it.
	TokenizerMBPerSec float64 `json:"tokenizer_mb_per_s"`
	PipelineFraction  float64 `json:"pipeline_fraction_of_tokenizer"`
	// TokenizerCPUMBPerSec and PipelineFractionCPU are the same by CPU
	// time (MB per CPU second): on a loaded machine the steadier pair.
	TokenizerCPUMBPerSec float64       `json:"tokenizer_mb_per_cpu_s"`
	PipelineFractionCPU  float64       `json:"pipeline_fraction_of_tokenizer_cpu"`
	Processes            *processBench `json:"processes,omitempty"`
}

// benchRun is one configuration's measurements.
type benchRun struct {
	Name          string    `json:"name"`
	Workers       int       `json:"workers"`
	Docs          int       `json:"docs"`
	Bytes         int64     `json:"bytes"`
	Tokens        int64     `json:"tokens"`
	Seconds       []float64 `json:"seconds"`
	MedianSeconds float64   `json:"median_seconds"`
	// MedianCPUSeconds is the process's CPU time during the run (all
	// threads, the garbage collector's included).
	MedianCPUSeconds float64 `json:"median_cpu_seconds"`
	DocsPerSec       float64 `json:"docs_per_s"`
	MBPerSec         float64 `json:"mb_per_s"`
	TokensPerSec     float64 `json:"tokens_per_s"`
	// VsProse is MBPerSec over prose's (0 for prose itself, or without prose).
	VsProse float64 `json:"x_prose,omitempty"`
	// VsOneWorker is MBPerSec over dispatch's with one worker (dispatch runs only).
	VsOneWorker float64 `json:"x_one_worker,omitempty"`
	PeakHeapMB  float64 `json:"peak_heap_mb"`
}

func (rep *benchReport) ratios() {
	var proseRate, oneRate, oneCPURate float64
	for _, r := range rep.Results {
		switch {
		case r.Name == "prose v2":
			proseRate = r.MBPerSec
		case r.Workers == 1:
			oneRate = r.MBPerSec
			if r.MedianCPUSeconds > 0 {
				oneCPURate = float64(r.Bytes) / 1e6 / r.MedianCPUSeconds
			}
		}
	}
	if rep.TokenizerMBPerSec > 0 {
		rep.PipelineFraction = oneRate / rep.TokenizerMBPerSec
	}
	if rep.TokenizerCPUMBPerSec > 0 {
		rep.PipelineFractionCPU = oneCPURate / rep.TokenizerCPUMBPerSec
	}
	for i := range rep.Results {
		r := &rep.Results[i]
		if r.Name == "prose v2" {
			continue
		}
		if proseRate > 0 {
			r.VsProse = r.MBPerSec / proseRate
		}
		if oneRate > 0 {
			r.VsOneWorker = r.MBPerSec / oneRate
		}
	}
}

func (rep *benchReport) print(w io.Writer) {
	var total int64
	for _, r := range rep.Results {
		if r.Name != "prose v2" {
			total = r.Bytes
		}
	}
	fmt.Fprintf(w, "input: %d documents from %v, repeated to %d documents, %.2f MB\n",
		rep.DistinctDocs, rep.Input, rep.Docs, float64(total)/1e6)
	fmt.Fprintf(w, "cpus: %d (GOMAXPROCS %d, dispatch's GC target %d); median of %d runs after a warm-up; MB = 10^6 bytes; tokens by dispatch's tokenizer\n",
		rep.CPUs, rep.GOMAXPROCS, rep.GCPercent, rep.Runs)
	for _, r := range rep.Results {
		if r.Name == "prose v2" {
			fmt.Fprintf(w, "prose v2: on the first %d documents (%.2f MB) only, one shared model (loaded in %.0f ms); compare rates, not times\n",
				r.Docs, float64(r.Bytes)/1e6, rep.ProseModelMS)
		}
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "run\tworkers\tdocs\tMB\tmedian s\tCPU s\tdocs/s\tMB/s\ttokens/s\t× prose\t× 1 worker\tpeak heap MB\t")
	for _, r := range rep.Results {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.3f\t%.3f\t%.1f\t%.3f\t%.0f\t%s\t%s\t%.1f\t\n",
			r.Name, r.Workers, r.Docs, float64(r.Bytes)/1e6, r.MedianSeconds, r.MedianCPUSeconds, r.DocsPerSec, r.MBPerSec,
			r.TokensPerSec, ratio(r.VsProse), ratio(r.VsOneWorker), r.PeakHeapMB)
	}
	tw.Flush()
	fmt.Fprintln(w)
	for _, r := range rep.Results {
		if r.Name == "dispatch" && r.Workers > 1 && r.VsOneWorker > 0 {
			fmt.Fprintf(w, "scaling: %d workers run at %.2f× the throughput of 1 worker (wall time; meaningful on a quiet machine)\n",
				r.Workers, r.VsOneWorker)
		}
	}
	if rep.TokenizerMBPerSec > 0 {
		fmt.Fprintf(w, "tokenizer alone: %.2f MB/s; the 1-worker pipeline runs at %.2f of it (1/%.1f)\n",
			rep.TokenizerMBPerSec, rep.PipelineFraction, 1/rep.PipelineFraction)
	}
	if rep.TokenizerCPUMBPerSec > 0 && rep.PipelineFractionCPU > 0 {
		fmt.Fprintf(w, "by CPU time: tokenizer %.2f MB per CPU second; the 1-worker pipeline runs at %.2f of it (1/%.1f)\n",
			rep.TokenizerCPUMBPerSec, rep.PipelineFractionCPU, 1/rep.PipelineFractionCPU)
	}
	fmt.Fprintf(w, "first document out: %.1f ms after process start (lexicon load %.1f ms, pipeline build %.1f ms)\n",
		rep.FirstDocMS, rep.LexiconMS, rep.PipelineMS)
	fmt.Fprintf(w, "peak memory: heap %.1f MB, Go runtime from the OS %.1f MB (sampled)", rep.PeakHeapMB, rep.PeakGoSysMB)
	if rep.PeakRSSMB > 0 {
		fmt.Fprintf(w, ", peak RSS %.1f MB (whole process", rep.PeakRSSMB)
		if rep.ProseModelMS > 0 {
			fmt.Fprint(w, ", prose model included")
		}
		fmt.Fprint(w, ")")
	}
	fmt.Fprintln(w)
	if rep.Processes != nil {
		fmt.Fprintln(w)
		rep.Processes.print(w)
	}
}

func ratio(x float64) string {
	if x == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f", x)
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func mb(b uint64) float64 { return float64(b) / 1e6 }

func median(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Sorted(slices.Values(xs))
	if n := len(s); n%2 == 0 {
		return (s[n/2-1] + s[n/2]) / 2
	}
	return s[len(s)/2]
}

// sampleCorpus finds ../shared/corpus beside the module root, looking for
// go.mod from the current folder upwards.
func sampleCorpus() (string, bool) {
	dir, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			c := filepath.Join(dir, "..", "shared", "corpus")
			info, err := os.Stat(c)
			return filepath.Clean(c), err == nil && info.IsDir()
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// repeatDocs repeats docs, giving the copies distinct ids, until they hold
// at least minBytes of text (always at least docs once).
func repeatDocs(docs []corpus.Document, minBytes int) []corpus.Document {
	out := slices.Clone(docs)
	n := 0
	for _, d := range docs {
		n += len(d.Text)
	}
	for k := 1; n < minBytes; k++ {
		for _, d := range docs {
			if n >= minBytes {
				break
			}
			d.ID = fmt.Sprintf("%s~%d", d.ID, k)
			out = append(out, d)
			n += len(d.Text)
		}
	}
	return out
}

// prefixOf returns how many leading documents hold at least minBytes of
// text (all of them if they hold less).
func prefixOf(docs []corpus.Document, minBytes int) int {
	n := 0
	for i, d := range docs {
		n += len(d.Text)
		if n >= minBytes {
			return i + 1
		}
	}
	return len(docs)
}

// sampler records the peak heap in use (overall and since the last
// resetRun) and the peak memory the Go runtime holds from the OS, every
// 5 ms. Short spikes between samples go unseen.
type sampler struct {
	mu                sync.Mutex
	heap, sys, runMax uint64
	cancel            context.CancelFunc
	done              chan struct{}
}

func startSampler() *sampler {
	ctx, cancel := context.WithCancel(context.Background())
	s := &sampler{cancel: cancel, done: make(chan struct{})}
	samples := []metrics.Sample{
		{Name: "/memory/classes/heap/objects:bytes"},
		{Name: "/memory/classes/heap/unused:bytes"},
		{Name: "/memory/classes/total:bytes"},
		{Name: "/memory/classes/heap/released:bytes"},
	}
	read := func() {
		metrics.Read(samples)
		heap := samples[0].Value.Uint64() + samples[1].Value.Uint64()
		sys := samples[2].Value.Uint64() - samples[3].Value.Uint64()
		s.mu.Lock()
		s.heap, s.sys, s.runMax = max(s.heap, heap), max(s.sys, sys), max(s.runMax, heap)
		s.mu.Unlock()
	}
	go func() {
		defer close(s.done)
		tick := time.NewTicker(5 * time.Millisecond)
		defer tick.Stop()
		for {
			read()
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	}()
	return s
}

func (s *sampler) stop() { s.cancel(); <-s.done }

func (s *sampler) resetRun() {
	s.mu.Lock()
	s.runMax = 0
	s.mu.Unlock()
}

func (s *sampler) runPeak() uint64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.runMax
}

func (s *sampler) peaks() (heap, sys uint64) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heap, s.sys
}

// docSeq yields docs as a corpus.Reader would.
func docSeq(docs []corpus.Document) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
}
