package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

func init() {
	beam.RegisterType(reflect.TypeOf((*inputFile)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*document)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*record)(nil)).Elem())
	beam.RegisterType(reflect.TypeOf((*deadLetter)(nil)).Elem())
	register.DoFn1x1[fileio.ReadableFile, inputFile](&tagInputFn{})
	register.DoFn4x0[context.Context, inputFile, func(document), func(deadLetter)](&readFn{})
	register.DoFn4x0[context.Context, document, func(string, record), func(deadLetter)](&annotateFn{})
	register.DoFn5x0[context.Context, string, func(*record) bool, func(int, string), func(deadLetter)](&dedupFn{})
	register.DoFn2x0[deadLetter, func(int, string)](&deadLetterLineFn{})
	register.Function1x2(emptyShard)
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeShardFn{})
	register.Emitter1[document]()
	register.Emitter1[deadLetter]()
	register.Emitter2[string, record]()
	register.Emitter2[int, string]()
	register.Iter1[record]()
	register.Iter1[string]()
}

// Counters, in the namespace "dispatch". Each annotation type counts as
// "annotations.TYPE" in the records written.
var (
	documentsCounter = beam.NewCounter("dispatch", "documents")
	writtenCounter   = beam.NewCounter("dispatch", "written")
	failedCounter    = beam.NewCounter("dispatch", "failed")
)

func annotationCounter(t string) beam.Counter {
	return beam.NewCounter("dispatch", "annotations."+t)
}

// config is what a run needs beyond Beam's own flags.
type config struct {
	// Inputs are file patterns (local globs, gs://, s3://), read in order.
	Inputs []string
	// Output is the prefix of the sharded JSON Lines output:
	// PREFIX-SSSSS-of-NNNNN.jsonl.
	Output string
	// DeadLetter is the prefix of the dead-letter output, one JSON object
	// per document that failed, with the reason.
	DeadLetter string
	// Shards is the number of output files.
	Shards int
	// Types are the annotation types to extract (all when empty).
	Types []string
	// Lexicons are user word lists, read at launch and shipped inside the
	// pipeline, so that workers need no access to the launcher's files.
	Lexicons []lexiconFile
	// Date is the document date given to undated documents ("" for none).
	Date string
	// MaxBytes caps one document (corpus.DefaultMaxBytes when 0).
	MaxBytes int
	// Header is the header record that starts every output shard, as it
	// starts dispatch annotate's output ("" for none).
	Header string
}

// lexiconFile is one --lexicon file's name and content.
type lexiconFile struct {
	Name, Text string
}

// build adds the pipeline to s: match the input patterns, read and parse
// the documents, annotate them, drop duplicate ids, and write the records
// and the dead letters.
func build(s beam.Scope, cfg config) {
	var files []beam.PCollection
	for i, pattern := range cfg.Inputs {
		is := s.Scope(fmt.Sprintf("input%d", i))
		// corpus decompresses .gz files itself, as dispatch annotate does
		matched := fileio.MatchFiles(is, pattern, fileio.MatchEmptyAllow())
		readable := fileio.ReadMatches(is, matched, fileio.ReadUncompressed(), fileio.ReadDirectorySkip())
		files = append(files, beam.ParDo(is, &tagInputFn{Input: i}, readable))
	}
	// Spread the files over the workers: without it the runner would fuse
	// everything after the match into the one bundle that matched.
	all := beam.Reshuffle(s, beam.Flatten(s, files...))

	docs, readDead := beam.ParDo2(s.Scope("read"), &readFn{MaxBytes: cfg.MaxBytes}, all)
	// Spread the documents of big JSON Lines files too.
	docs = beam.Reshuffle(s, docs)

	byID, annotateDead := beam.ParDo2(s.Scope("annotate"), &annotateFn{
		Types: cfg.Types, Lexicons: cfg.Lexicons, Date: cfg.Date}, docs)
	lines, dupDead := beam.ParDo2(s.Scope("dedup"), &dedupFn{Shards: cfg.Shards}, beam.GroupByKey(s, byID))
	writeSharded(s.Scope("write"), cfg.Output, cfg.Header, cfg.Shards, lines)

	dead := beam.Flatten(s, readDead, annotateDead, dupDead)
	writeSharded(s.Scope("deadletter"), cfg.DeadLetter, "", 1, beam.ParDo(s, &deadLetterLineFn{}, dead))
}

// inputFile is one matched file and the position of its pattern among the
// inputs, which orders duplicates as dispatch annotate does.
type inputFile struct {
	Input int
	File  fileio.ReadableFile
}

type tagInputFn struct {
	Input int
}

func (f *tagInputFn) ProcessElement(file fileio.ReadableFile) inputFile {
	return inputFile{Input: f.Input, File: file}
}

// order is where a document comes in a run of dispatch annotate over the
// same inputs: the pattern, the file, the line.
type order struct {
	Input int
	Path  string
	Line  int
}

func (a order) compare(b order) int {
	if a.Input != b.Input {
		return a.Input - b.Input
	}
	if c := strings.Compare(a.Path, b.Path); c != 0 {
		return c
	}
	return a.Line - b.Line
}

// document is a corpus.Document on its way between workers.
type document struct {
	ID, Date, Text, Source string
	BodyStart              int
	Order                  order
}

// record is one annotated document: its JSON line as dispatch annotate
// writes it, with what the dedup and the counters need.
type record struct {
	JSON   string
	Source string
	Order  order
	Counts map[string]int
}

// deadLetter is a document (or a whole input file) that failed.
type deadLetter struct {
	Source string `json:"source"`
	Line   int    `json:"line,omitempty"`
	ID     string `json:"id,omitempty"`
	Error  string `json:"error"`
}

func deadLetterOf(id string, o order, err error) deadLetter {
	d := deadLetter{Source: o.Path, Line: o.Line, ID: id, Error: err.Error()}
	var ce *corpus.Error
	if errors.As(err, &ce) {
		d.Source, d.Line = ce.File, ce.Line
	}
	return d
}

// readFn reads one file as dispatch annotate reads a file named
// explicitly (corpus.Reader.ReadStream): a .jsonl or .ndjson file holds
// one document per line, any other file is one document, a .gz file is
// decompressed. A file that cannot be opened is one dead letter.
type readFn struct {
	MaxBytes int
}

func (f *readFn) ProcessElement(ctx context.Context, in inputFile, emit func(document), dead func(deadLetter)) {
	p := in.File.Metadata.Path
	rc, err := in.File.Open(ctx)
	if err != nil {
		documentsCounter.Inc(ctx, 1)
		failedCounter.Inc(ctx, 1)
		dead(deadLetterOf("", order{Input: in.Input, Path: p}, &corpus.Error{File: p, Err: err}))
		return
	}
	defer rc.Close()
	reader := &corpus.Reader{MaxBytes: f.MaxBytes}
	for d, err := range reader.ReadStream(ctx, rc, p) {
		documentsCounter.Inc(ctx, 1)
		o := order{Input: in.Input, Path: p, Line: d.Line()}
		if err != nil {
			failedCounter.Inc(ctx, 1)
			dead(deadLetterOf(d.ID, o, err))
			continue
		}
		emit(document{ID: d.ID, Date: d.Date, Text: d.Text, Source: d.Source, BodyStart: d.BodyStart, Order: o})
	}
}

// annotateFn annotates documents with one extract.Pipeline, built in Setup
// and shared by all the bundles this instance processes.
type annotateFn struct {
	Types    []string
	Lexicons []lexiconFile
	Date     string

	pipe *extract.Pipeline
}

func (f *annotateFn) Setup() error {
	pipe, err := newPipeline(f.Types, f.Lexicons)
	if err != nil {
		return err
	}
	f.pipe = pipe
	return nil
}

// loadLexicon loads the built-in lexicon with the user's files merged on top.
func loadLexicon(lexicons []lexiconFile) (*lexicon.Lexicon, error) {
	var user []lexicon.NamedReader
	for _, l := range lexicons {
		user = append(user, lexicon.NamedReader{Name: l.Name, R: strings.NewReader(l.Text)})
	}
	return lexicon.Load(user...)
}

// newPipeline builds the extractor over the built-in lexicon merged with
// the user's files.
func newPipeline(types []string, lexicons []lexiconFile) (*extract.Pipeline, error) {
	lex, err := loadLexicon(lexicons)
	if err != nil {
		return nil, err
	}
	var opts []extract.Option
	if len(types) > 0 {
		ts := make([]corpus.Type, len(types))
		for i, t := range types {
			ts[i] = corpus.Type(t)
		}
		opts = append(opts, extract.WithTypes(ts...))
	}
	return extract.New(lex, opts...)
}

func (f *annotateFn) ProcessElement(ctx context.Context, d document, emit func(string, record), dead func(deadLetter)) {
	doc := corpus.Document{ID: d.ID, Date: d.Date, Text: d.Text, Source: d.Source, BodyStart: d.BodyStart}
	if doc.Date == "" {
		doc.Date = f.Date
	}
	// AnnotateAll, as dispatch annotate calls it: a panic on one document
	// becomes that document's error.
	one := func(yield func(corpus.Document, error) bool) { yield(doc, nil) }
	for res := range f.pipe.AnnotateAll(ctx, one, 1) {
		if res.Err != nil {
			failedCounter.Inc(ctx, 1)
			dead(deadLetterOf(d.ID, d.Order, res.Err))
			continue
		}
		var buf bytes.Buffer
		rec := corpus.Annotated{ID: res.Doc.ID, Date: res.Doc.Date, Annotations: res.Annotations}
		if err := corpus.WriteAnnotated(&buf, rec); err != nil {
			failedCounter.Inc(ctx, 1)
			dead(deadLetterOf(d.ID, d.Order, fmt.Errorf("%s: encoding: %w", d.Source, err)))
			continue
		}
		counts := map[string]int{}
		for _, a := range res.Annotations {
			counts[string(a.Type)]++
		}
		emit(d.ID, record{JSON: strings.TrimSuffix(buf.String(), "\n"), Source: d.Source, Order: d.Order, Counts: counts})
	}
}

// dedupFn keeps, of the documents sharing an id, the one dispatch annotate
// would read first, and sends the others to the dead letters with the
// error dispatch annotate gives them. It keys the records it keeps by
// output shard.
type dedupFn struct {
	Shards int
}

func (f *dedupFn) ProcessElement(ctx context.Context, id string, recs func(*record) bool, emit func(int, string), dead func(deadLetter)) {
	var all []record
	var r record
	for recs(&r) {
		all = append(all, r)
		r = record{}
	}
	slices.SortFunc(all, func(a, b record) int { return a.Order.compare(b.Order) })
	first := all[0]
	for _, later := range all[1:] {
		failedCounter.Inc(ctx, 1)
		err := &corpus.Error{File: later.Order.Path, Line: later.Order.Line,
			Err: fmt.Errorf("duplicate document id %q (first seen in %s)", id, first.Source)}
		dead(deadLetterOf(id, later.Order, err))
	}
	writtenCounter.Inc(ctx, 1)
	for t, n := range first.Counts {
		annotationCounter(t).Inc(ctx, int64(n))
	}
	emit(shardOf(id, f.Shards), first.JSON)
}

// shardOf spreads ids evenly over n shards.
func shardOf(id string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(id))
	return int(h.Sum32() % uint32(n))
}

type deadLetterLineFn struct{}

func (deadLetterLineFn) ProcessElement(d deadLetter, emit func(int, string)) {
	var buf bytes.Buffer
	enc := jsonEncoder(&buf)
	if err := enc.Encode(d); err != nil {
		panic(err) // strings and ints always encode
	}
	emit(0, strings.TrimSuffix(buf.String(), "\n"))
}
