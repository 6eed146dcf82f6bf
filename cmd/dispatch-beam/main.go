// Command dispatch-beam runs dispatch annotate as an Apache Beam pipeline,
// so that an archive too big for one machine is annotated on Google Cloud
// Dataflow, Apache Flink or Apache Spark, or locally on Beam's Prism
// runner (the default).
//
// Usage:
//
//	dispatch-beam --input PATTERN [--input PATTERN ...] --output PREFIX [flags] [Beam flags]
//
// It reads the files matching each pattern (local globs, gs://, s3://):
// a .jsonl or .ndjson file holds one JSON record per line, any other file
// is one article, and a .gz file is decompressed first. Each document is
// annotated as dispatch annotate does it and written, one JSON object per
// line, to PREFIX-SSSSS-of-NNNNN.jsonl: the same records as dispatch
// annotate writes for the same files, in no particular order. A document
// that cannot be read or annotated, or repeats an id, goes to the dead
// letters (--dead-letter) with the reason; it never fails the job.
// Counters of documents, failures and annotations by type are printed at
// the end.
//
// Exit codes: 0 all documents written; 1 some documents failed (see the
// dead letters); 2 usage or fatal error.
//
// This is a module of its own, so that the dispatch module and its users
// never download Beam's dependencies.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"
	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

const (
	exitOK      = 0
	exitPartial = 1
	exitFatal   = 2
)

func main() {
	cfg, err := parseFlags(flag.CommandLine, os.Args[1:])
	if err != nil {
		if err == flag.ErrHelp {
			os.Exit(exitOK)
		}
		fmt.Fprintf(os.Stderr, "dispatch-beam: %v\n", err)
		os.Exit(exitFatal)
	}
	beam.Init() // on a worker, this runs the worker and never returns
	os.Exit(run(context.Background(), cfg, os.Stdout, os.Stderr))
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, s); return nil }

// parseFlags reads dispatch-beam's flags and Beam's (registered on fs by
// Beam's packages) and checks them.
func parseFlags(fs *flag.FlagSet, args []string) (config, error) {
	var inputs, lexicons listFlag
	fs.Var(&inputs, "input", "read the files matching `PATTERN` (local glob, gs://…, s3://…; repeatable)")
	output := fs.String("output", "", "write the records to `PREFIX`-SSSSS-of-NNNNN.jsonl")
	deadLetter := fs.String("dead-letter", "", "write the documents that failed to `PREFIX`-00000-of-00001.jsonl (default: the output prefix + \"-deadletter\")")
	shards := fs.Int("shards", 8, "number of output `FILES`")
	types := fs.String("types", "OFFICIAL,DATE,TROOPS,QUOTE", "comma-separated annotation `TYPES` to extract")
	fs.Var(&lexicons, "lexicon", "merge the word lists of `FILE` over the built-in ones (repeatable; read at launch and shipped to the workers)")
	date := fs.String("date", "", "document date `YYYY-MM-DD` for undated documents (a header or record date still wins)")
	maxBytes := fs.Int("max-bytes", corpus.DefaultMaxBytes, "largest document to accept, in `bytes`")
	fs.Usage = func() {
		w := fs.Output()
		fmt.Fprintln(w, "Usage: dispatch-beam --input PATTERN --output PREFIX [flags] [Beam flags]")
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Annotates documents as dispatch annotate does, on an Apache Beam runner")
		fmt.Fprintln(w, "(--runner=prism, the default, in this process; dataflow, flink, spark).")
		fmt.Fprintln(w, "Example: dispatch-beam --input '../shared/corpus/*.txt' --output out/annotations")
		fmt.Fprintln(w)
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q: give inputs with --input", fs.Arg(0))
	}
	cfg := config{Inputs: inputs, Output: *output, DeadLetter: *deadLetter, Shards: *shards, Date: *date, MaxBytes: *maxBytes}
	if len(cfg.Inputs) == 0 {
		return config{}, fmt.Errorf("no input: give --input PATTERN")
	}
	if cfg.Output == "" {
		return config{}, fmt.Errorf("no output: give --output PREFIX")
	}
	if cfg.DeadLetter == "" {
		cfg.DeadLetter = cfg.Output + "-deadletter"
	}
	if cfg.Shards < 1 {
		return config{}, fmt.Errorf("--shards: want at least 1, got %d", cfg.Shards)
	}
	if cfg.MaxBytes < 1 {
		return config{}, fmt.Errorf("--max-bytes: want at least 1, got %d", cfg.MaxBytes)
	}
	if cfg.Date != "" {
		if _, err := time.Parse(corpus.DateLayout, cfg.Date); err != nil || len(cfg.Date) != len(corpus.DateLayout) {
			return config{}, fmt.Errorf("--date: malformed date %q: want YYYY-MM-DD", cfg.Date)
		}
	}
	ts, err := corpus.ParseTypes(*types)
	if err != nil {
		return config{}, fmt.Errorf("--types: %w", err)
	}
	for _, t := range ts { // in the order dispatch annotate records them
		cfg.Types = append(cfg.Types, string(t))
	}
	for _, name := range lexicons {
		// as dispatch annotate reads it: bounded (/dev/zero or an
		// endless pipe is refused, not read to the end of memory), a
		// FIFO swapped in for a file is refused without blocking
		data, err := corpus.ReadFileLimit(context.Background(), name, lexicon.MaxFileBytes)
		if err != nil {
			return config{}, fmt.Errorf("--lexicon: %w", err)
		}
		cfg.Lexicons = append(cfg.Lexicons, lexiconFile{Name: name, Text: string(data)})
	}
	// Fail at launch, not on every worker, when the lexicon is bad.
	if _, err := newPipeline(cfg.Types, cfg.Lexicons); err != nil {
		return config{}, err
	}
	h, err := header(cfg)
	if err != nil {
		return config{}, err
	}
	cfg.Header = h
	return cfg, nil
}

// header makes the header record dispatch annotate would write for the
// same settings: dispatch version, lexicon version, types, options.
func header(cfg config) (string, error) {
	lex, err := loadLexicon(cfg.Lexicons)
	if err != nil {
		return "", err
	}
	h := corpus.Header{Version: dispatchVersion(), Lexicon: lex.Version(), Options: map[string]string{}}
	for _, t := range cfg.Types {
		h.Types = append(h.Types, corpus.Type(t))
	}
	if cfg.Date != "" {
		h.Options["date"] = cfg.Date
	}
	var sums []string
	for _, l := range cfg.Lexicons {
		sums = append(sums, lexicon.FileID(l.Name, []byte(l.Text)))
	}
	if len(sums) > 0 {
		h.Options["lexicon"] = strings.Join(sums, " ")
	}
	var b strings.Builder
	if err := corpus.WriteHeader(&b, h); err != nil {
		return "", err
	}
	return strings.TrimSuffix(b.String(), "\n"), nil
}

// dispatchVersion is the version of the dispatch module built in, as
// dispatch --version says it: "(devel)" when built from a work tree.
func dispatchVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := "(devel)"
	for _, d := range bi.Deps {
		if d.Path == "github.com/dispatch-nlp/dispatch" && d.Replace == nil && d.Version != "" {
			v = d.Version
		}
	}
	for _, s := range bi.Settings {
		if s.Key == "vcs.revision" && v == "(devel)" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// run checks that the inputs match files, runs the pipeline on the runner
// of --runner and prints its counters.
func run(ctx context.Context, cfg config, stdout, stderr io.Writer) int {
	n, err := countMatches(ctx, cfg.Inputs)
	if err != nil {
		fmt.Fprintf(stderr, "dispatch-beam: %v\n", err)
		return exitFatal
	}
	if n == 0 {
		fmt.Fprintf(stderr, "dispatch-beam: no file matches %s\n", strings.Join(cfg.Inputs, " "))
		return exitFatal
	}
	p, s := beam.NewPipelineWithRoot()
	build(s, cfg)
	start := time.Now()
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(stderr, "dispatch-beam: %v\n", err)
		return exitFatal
	}
	c := countersOf(res)
	printCounters(stdout, c, cfg, time.Since(start))
	if c["failed"] > 0 {
		return exitPartial
	}
	return exitOK
}

// countMatches counts the files the patterns match, at launch, so that a
// mistyped pattern is an error rather than an empty output.
func countMatches(ctx context.Context, patterns []string) (int, error) {
	n := 0
	for _, p := range patterns {
		fs, err := filesystem.New(ctx, p)
		if err != nil {
			return 0, fmt.Errorf("--input %s: %w", p, err)
		}
		files, err := fs.List(ctx, p)
		fs.Close()
		if err != nil {
			return 0, fmt.Errorf("--input %s: %w", p, err)
		}
		n += len(files)
	}
	return n, nil
}

// countersOf sums the "dispatch" counters of a run over the steps that
// incremented them.
func countersOf(res beam.PipelineResult) map[string]int64 {
	c := map[string]int64{}
	if res == nil {
		return c
	}
	for _, r := range res.Metrics().AllMetrics().Counters() {
		if r.Namespace() == "dispatch" {
			c[r.Name()] += r.Result()
		}
	}
	return c
}

func printCounters(w io.Writer, c map[string]int64, cfg config, took time.Duration) {
	fmt.Fprintf(w, "dispatch-beam: %d documents, %d written, %d failed in %.1fs\n",
		c["documents"], c["written"], c["failed"], took.Seconds())
	var types []string
	for k := range c {
		if t, ok := strings.CutPrefix(k, "annotations."); ok {
			types = append(types, t)
		}
	}
	sort.Strings(types)
	var parts []string
	for _, t := range types {
		parts = append(parts, fmt.Sprintf("%s %d", t, c["annotations."+t]))
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "annotations: %s\n", strings.Join(parts, ", "))
	}
	fmt.Fprintf(w, "output: %s\n", shardName(cfg.Output, 0, cfg.Shards)+" …")
	fmt.Fprintf(w, "dead letters: %s\n", shardName(cfg.DeadLetter, 0, 1))
}
