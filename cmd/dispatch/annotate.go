package main

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
	"github.com/dispatch-nlp/dispatch/lexicon"
	"github.com/spf13/cobra"
)

const annotateLong = `Annotates .txt articles, JSON Lines files (.jsonl, .ndjson), .json
files named here (records with "text", one per line or pretty-printed;
never read as prose), folders (recursive, sorted; a link to a folder
named here is read as the folder, links to folders and dispatch
annotation files inside a folder are skipped with a warning naming them)
and '-' (JSON Lines on standard input), writing one
JSON object per document, in input order, after a first header record
{"dispatch": {...}} that says what produced the output (dispatch and
lexicon versions, types, options). Readers of JSON Lines can skip it: it
has no "id".

A document that cannot be read or annotated is reported on stderr and
skipped; the batch goes on (at most 20 messages of one kind, then one
line with how many more). A summary on stderr ends the run.

-o FILE never damages anything: a regular FILE is replaced only by a
complete run that wrote at least one document (through a temporary file
renamed into place); a run stopped early (Ctrl-C, SIGTERM, an error)
leaves FILE as it was and keeps its documents in FILE.partial, which
--resume continues (a run without --resume refuses to start while
FILE.partial exists). On the same inputs with texts unchanged, the
resumed output is the one an uninterrupted run writes, byte for byte; a
document whose text changed since is annotated again and its new record
written after the kept ones (out of input order); the record of a
document no longer among the inputs is kept. A second run on the same FILE while one runs is
refused, naming it (an flock on .FILE.lock, which ends with the process:
never stale; a file there that is not a dispatch run's record, or has
another name too, is refused and left). A device, FIFO or pipe is
written straight through;
a symbolic link is followed. An -o that names an input is refused,
and so is a standard output that is an input file (>> FILE).

Memory: the documents annotated at once share a budget (--memory; auto
is 3/4 of the machine's memory, or of its control group's limit if
lower; a --memory above the machine's memory or that limit is lowered to
it, with a warning). Each document reserves 32 bytes per byte of its text and 320
per quotation mark before it is annotated (above the most measured, on
text with a quote and its speaker every 17 bytes: 53 per byte) and
waits while the budget is spent; one larger than the budget runs alone,
with a warning; one larger than the machine's whole memory is refused
with an error naming it (exit 1), as it would crash the run.

Exit codes: 0 all documents written; 1 some documents failed; 2 usage or
fatal error, an interrupted run, or no document read at all.`

const annotateExample = `  dispatch annotate ../shared/corpus -o out.jsonl
  dispatch annotate --types DATE,TROOPS --workers 2 archive/ -o out.jsonl
  cat records.jsonl | dispatch annotate - > out.jsonl
  dispatch annotate --resume -o out.jsonl archive/
  dispatch annotate --date 2022-02-14 undated/ -o out.jsonl`

// annotateOptions are the flags of 'dispatch annotate'.
type annotateOptions struct {
	out      string
	outGiven bool // -o was given (an empty -o is an error)
	types    string
	workers  int
	resume   bool
	progress string
	maxBytes int
	maxSize  string // --max-bytes as given: bytes, or a size with a unit (parseSize)
	date     string
	quiet    bool
	lexFiles pathsFlag
	memory   string
	// machine reads the machine's memory (machineMemory; tests set
	// env.machineMemory)
	machine func() (int64, string)
}

func newAnnotateCmd(e *env) *cobra.Command {
	var o annotateOptions
	cmd := &cobra.Command{
		Use:     "annotate [flags] PATH ...",
		Short:   "annotate documents, writing JSON Lines",
		Long:    annotateLong,
		Example: annotateExample,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.outGiven = cmd.Flags().Changed("output")
			return annotate(e, &o, args)
		},
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	fs.StringVarP(&o.out, "output", "o", "", "write JSON Lines to `FILE` instead of standard output (- is standard output)")
	fs.StringVarP(&o.types, "types", "t", "OFFICIAL,DATE,TROOPS,QUOTE", "comma-separated annotation `TYPES` to extract")
	fs.IntVarP(&o.workers, "workers", "j", 0, fmt.Sprintf("annotate `N` documents in parallel (0: one per CPU; at most %d); output order never changes", maxWorkers()))
	fs.StringVar(&o.date, "date", "", "document date `YYYY-MM-DD` for documents without one (a header or record date wins)")
	fs.BoolVar(&o.resume, "resume", false, "with -o: continue FILE.partial (appending) or FILE (copied, replaced when complete), annotating only the documents not in it; a document whose text changed is annotated again, written after the kept ones (out of input order)")
	fs.StringVar(&o.progress, "progress", "auto", "progress bar on stderr: `WHEN` is auto (when stderr is a terminal), always or never")
	fs.StringVar(&o.maxSize, "max-bytes", strconv.Itoa(corpus.DefaultMaxBytes), "largest document to accept, in `BYTES` or with a unit (64MiB, 10MB)")
	fs.StringVar(&o.memory, "memory", "auto", "memory budget `SIZE` the documents annotated at once share (4GiB, 512MB, 1.5GiB or a whole number of bytes; KB…EB powers of 1000, KiB…EiB of 1024; auto: 3/4 of the machine's or control group's memory; a larger SIZE is lowered to that memory)")
	fs.Var(&o.lexFiles, "lexicon", "merge the word lists of `FILE` over the built-in ones (repeatable; see docs/lexicon.md)")
	fs.BoolVarP(&o.quiet, "quiet", "q", false, "no summary at the end (problems are still printed)")
	return cmd
}

// maxWorkers caps --workers: the stages are CPU-bound, so more workers
// than a few per CPU only cost memory.
func maxWorkers() int { return 4 * runtime.NumCPU() }

// settings are the checked options of one annotate run.
type settings struct {
	types   []corpus.Type
	workers int
	lex     *lexicon.Lexicon
	header  corpus.Header
	memory  *memoryPlan
}

// check validates the flags before anything is read or written.
func (o *annotateOptions) check(ctx context.Context, paths []string) (*settings, error) {
	if len(paths) == 0 {
		return nil, usagef("no input: give files, folders or - for standard input")
	}
	if o.resume && (o.out == "" || o.out == "-") {
		return nil, usagef("--resume needs -o FILE")
	}
	if o.workers < 0 {
		return nil, usagef("--workers %d: want 0 (one per CPU) or more", o.workers)
	}
	size, err := parseSize(o.maxSize)
	if err != nil {
		return nil, usagef("--max-bytes %s: %v", o.maxSize, err)
	}
	if size <= 0 {
		return nil, usagef("--max-bytes %s: want a size in bytes above 0", o.maxSize)
	}
	if size > extract.MaxDocumentBytes {
		return nil, usagef("--max-bytes %s: at most %d (token offsets are 32-bit)", o.maxSize, extract.MaxDocumentBytes)
	}
	o.maxBytes = int(size)
	switch o.progress {
	case "auto", "always", "never":
	default:
		return nil, usagef("--progress %q: want auto, always or never", o.progress)
	}
	if o.date != "" {
		if err := corpus.CheckDay("--date", o.date); err != nil {
			return nil, usagef("%v", err)
		}
	}
	types, err := parseTypes(o.types)
	if err != nil {
		return nil, usageError{err}
	}
	if o.outGiven && o.out == "" {
		return nil, usagef(`-o "": give a file name, or - for standard output`)
	}
	machine := machineMemory
	if o.machine != nil {
		machine = o.machine
	}
	limit, source := machine()
	mem, err := newMemoryPlan(o.memory, limit, source)
	if err != nil {
		return nil, err
	}
	lex, sums, err := loadLexicon(ctx, o.lexFiles)
	if err != nil {
		return nil, err
	}
	s := &settings{types: types, workers: min(o.workers, maxWorkers()), lex: lex, memory: mem}
	s.header = corpus.Header{Version: moduleVersion(), Lexicon: lex.Version(), Types: types, Options: map[string]string{}}
	if o.date != "" {
		s.header.Options["date"] = o.date
	}
	if len(sums) > 0 {
		s.header.Options["lexicon"] = strings.Join(sums, " ")
	}
	s.header.Inputs = corpus.InputsIdentity(paths)
	return s, nil
}

// annotate runs 'dispatch annotate'.
func annotate(e *env, o *annotateOptions, paths []string) error {
	start := time.Now()
	con := &console{w: e.stderr, prefix: "dispatch annotate: "}
	o.machine = e.machineMemory
	// the small documents' target from the start: loading the lexicon
	// and building the pipeline make a heap of about 5 MB, and with the
	// default target the collector ran twice on the way, each time
	// scanning all of it (2.4% of the instructions of a run on 200 short
	// articles)
	gc := newGCTarget()
	gc.begin()
	defer gc.restore()
	s, err := o.check(e.ctx, paths)
	if err != nil && e.ctx.Err() != nil {
		// stopped while reading a --lexicon pipe: no usage error
		con.printf("interrupted before the run started; nothing written")
		return exitCode(exitFatal)
	}
	if err != nil {
		return err
	}
	if o.workers > s.workers {
		con.printf("--workers %d: using %d (4 per CPU)", o.workers, s.workers)
	}
	if s.memory.lowered != "" {
		con.printf("warning: %s", s.memory.lowered)
	}
	pipe, err := extract.New(s.lex, extract.WithTypes(s.types...))
	if err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	}
	plan, err := planOutput(o.out)
	if err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	}
	if ext := strings.ToLower(filepath.Ext(o.out)); plan.kind == toRegular && (ext == ".gz" || ext == ".zst") {
		// it wrote plain JSON under a compressed name, which every
		// reader then took for a compressed file (red team 16, 13)
		tool := map[string]string{".gz": "gzip", ".zst": "zstd"}[ext]
		return usagef("-o %s: annotate writes plain JSON Lines, not %s; give -o %s and compress it after, or pipe standard output: dispatch annotate ... | %s > %s",
			o.out, tool, strings.TrimSuffix(o.out, filepath.Ext(o.out)), tool, o.out)
	}
	if o.resume && plan.kind != toRegular {
		return usagef("--resume: -o %s is not a regular file", o.out)
	}
	// one run at a time on an output, from before its temporary files
	// are looked at to after the rename
	lock, err := lockOutput(plan, "dispatch annotate")
	if err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	}
	defer lock.release()
	exclude, err := sameFileInputs(plan, e, append(slices.Clip(paths), o.lexFiles...))
	if err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	}

	out, err := openOutput(e, con, plan, o.resume, s.header)
	if err != nil {
		if e.ctx.Err() != nil { // a FIFO -o that no one reads, then Ctrl-C
			con.printf("interrupted before anything was written")
		} else {
			con.printf("%v", err)
		}
		return exitCode(exitFatal)
	}
	defer out.abandon()

	exclude = append(exclude, out.files()...) // its temporary and .partial files
	st := &stats{failed: map[string]int{}, annotations: map[corpus.Type]int{}}
	// warnings (special files and other files skipped in folders, header
	// look-alikes) print above the bar; reading stops on Ctrl-C, also
	// while waiting on a FIFO or standard input
	reader := &corpus.Reader{MaxBytes: o.maxBytes, Stdin: e.stdin, Exclude: exclude,
		Warn: func(err *corpus.Error) { con.printKind("warning: "+reason(err, ""), "warning: %v", err) }}
	docs := countRead(cancellable(e.ctx, reader.ReadContext(e.ctx, paths...)), o.date, out.alreadyDone, st, con)
	// each document waits for its share of the memory budget before it
	// is annotated, and gives it back once its record is written
	docs = s.memory.reserve(e.ctx, docs, con)
	defer s.memory.softLimit()()
	docs = gc.read(docs)
	if o.progress == "always" || o.progress == "auto" && e.stderrIsTerminal {
		con.startBar(e.ctx, paths)
	}

	var werr error
	for res := range pipe.AnnotateAllSpans(e.ctx, docs, s.workers) {
		gc.done(res.Doc)
		con.doc(len(res.Doc.Text))
		werr = o.take(e, out, st, con, res)
		// the record is written: the document's memory is free
		s.memory.release(res.Doc)
		if werr != nil {
			break
		}
	}
	con.finish()
	con.flushHidden()
	st.elapsed = time.Since(start)

	interrupted := e.ctx.Err() != nil
	if !interrupted {
		st.skippedFiles = reader.Skipped() // the reader is done
	}
	// Ctrl-C while the reader read nothing: an interruption, not a
	// failed output (red team 19: "write p7: i/o timeout")
	blocked := outputBlocked(e.ctx, werr)
	if blocked {
		werr = nil
	}
	switch {
	case werr != nil:
		con.printf("writing %s: %v", plan.name, werr)
		out.stop(con, st)
		return exitCode(exitFatal)
	case interrupted:
		con.printf("interrupted after %d documents", st.written)
		if blocked {
			con.printf("%s", notReadNote(plan.where(), "the last record"))
		}
		out.stop(con, st)
		o.summary(con, st, out)
		return exitCode(exitFatal)
	case st.read.Load() == 0:
		if st.skippedFiles.Total() > 0 {
			con.printf("no document read from %s (skipped %v in folders)", strings.Join(paths, " "), st.skippedFiles)
		} else {
			con.printf("no document read from %s", strings.Join(paths, " "))
		}
		switch {
		case out.name() == "":
		case out.plan.kind == toRegular && out.plan.exists == nil:
			con.printf("%s not created", out.name())
		default:
			con.printf("%s left as it was", out.name())
		}
		return exitCode(exitFatal)
	}
	if err := out.finish(con, st); err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	}
	o.summary(con, st, out)
	if len(st.failed) > 0 {
		return exitCode(exitPartial)
	}
	return nil
}

// take writes one document's result, or counts its failure; the error is
// the output's.
//
// The output is always a prefix of the input order: once a document was
// cut off by Ctrl-C or SIGTERM, no later one is written, even if another
// worker finished it (it would leave a hole that --resume fills at the
// end, out of order).
func (o *annotateOptions) take(e *env, out *sink, st *stats, con *console, res extract.Result) error {
	if st.interrupted > 0 {
		st.interrupted++
		return nil
	}
	if res.Err != nil {
		if e.ctx.Err() != nil && errors.Is(res.Err, e.ctx.Err()) {
			// cut off by Ctrl-C or SIGTERM: not a failure of the
			// document; --resume annotates it
			st.interrupted++
			return nil
		}
		st.fail(res.Err, res.Doc.Source)
		con.printKind(reason(res.Err, res.Doc.Source), "%v", res.Err)
		if ie := (*extract.InternalError)(nil); errors.As(res.Err, &ie) && os.Getenv("DISPATCH_DEBUG") != "" {
			os.Stderr.Write(ie.Stack) // its own lines, for a developer only
		}
		return nil
	}
	rec := corpus.Annotated{ID: res.Doc.ID, Date: res.Doc.Date, TextSHA256: corpus.TextHash(res.Doc.Text)}
	if err := out.write(rec, res.Spans); err != nil {
		return err
	}
	st.written++
	for _, t := range corpus.Types {
		st.annotations[t] += res.Spans.Count(t)
	}
	return nil
}

// countRead passes the documents on, giving undated ones the --date,
// leaving out those already done (--resume) and counting what was read.
func countRead(docs iter.Seq2[corpus.Document, error], date string, done func(corpus.Document) bool, st *stats, con *console) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		for d, err := range docs {
			if err == nil {
				st.read.Add(1)
				st.bytes.Add(int64(len(d.Text)))
				if done(d) {
					st.skipped.Add(1)
					con.doc(len(d.Text))
					continue
				}
				if d.Date == "" {
					d.Date = date
				}
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// stats are the counts of one run, for the summary.
type stats struct {
	read, skipped, bytes atomic.Int64 // counted as the reader goes
	written              int
	interrupted          int            // documents cut off by Ctrl-C or SIGTERM
	failed               map[string]int // by reason
	annotations          map[corpus.Type]int
	elapsed              time.Duration
	skippedFiles         corpus.Skipped // files that folder walks passed over
}

// fail counts a document's error; source is the document's, which an
// error of the annotator begins with ("a.txt: annotating document ...").
func (st *stats) fail(err error, source string) {
	st.failed[reason(err, source)]++
}

// reason names the kind of a document's error: its message without the
// file, line, quoted values and numbers (a quoted field name stays, so
// that the label reads whole: "record has no text").
func reason(err error, source string) string {
	var ce *corpus.Error
	if errors.As(err, &ce) {
		err = ce.Err
	}
	msg := err.Error()
	if source != "" {
		msg = strings.TrimPrefix(msg, source+": ")
	}
	if i := strings.IndexAny(msg, ":(\n"); i > 0 {
		msg = msg[:i]
	}
	var words []string
	inQuote, prev := false, ""
	for _, f := range strings.Fields(msg) {
		after := prev
		prev = f
		switch {
		case recordField[f]:
			// a field's name says what is wrong ("record has no
			// "text""): it stays, without its quotes
			f = strings.Trim(f, `"`)
		case strings.HasPrefix(f, `"`):
			inQuote = !strings.HasSuffix(f, `"`) || len(f) == 1
			continue
		case inQuote:
			inQuote = !strings.HasSuffix(f, `"`)
			continue
		}
		// a number varies between messages of one kind, except a limit
		// ("larger than 1000000 bytes"), the same for every one
		// (a position "at byte 40" is left out with the words that lead to it)
		if _, err := strconv.Atoi(strings.Trim(f, ",.")); err == nil && after != "than" {
			for len(words) > 0 && positionWord[words[len(words)-1]] {
				words = words[:len(words)-1]
			}
			continue
		}
		words = append(words, f)
	}
	if len(words) == 0 {
		return "other"
	}
	return strings.Join(words, " ")
}

// positionWord are the words that lead to a position in an error
// message ("at byte offset 10", "on line 3"): reason leaves them out with
// the number.
var positionWord = map[string]bool{"at": true, "on": true, "in": true, "byte": true, "offset": true, "line": true, "column": true}

// recordField are the names of a JSON Lines record's fields, quoted as
// error messages quote them: reason keeps them, as they name what is
// wrong, where it leaves out quoted values.
var recordField = map[string]bool{`"id"`: true, `"text"`: true, `"date"`: true}

// summary prints the end-of-run counts on stderr.
func (o *annotateOptions) summary(con *console, st *stats, out *sink) {
	if o.quiet {
		return
	}
	failed := 0
	var reasons []string
	for r, n := range st.failed {
		failed += n
		reasons = append(reasons, fmt.Sprintf("%d %s", n, r))
	}
	sort.Strings(reasons)
	line := fmt.Sprintf("%d documents: %d annotated, %d failed", st.written+failed+st.interrupted, st.written, failed)
	if failed > 0 {
		line += " (" + strings.Join(reasons, "; ") + ")"
	}
	if st.interrupted > 0 {
		line += fmt.Sprintf(", %d interrupted (not written; --resume annotates them)", st.interrupted)
	}
	if n := st.skipped.Load(); n > 0 {
		line += fmt.Sprintf(", %d already in the output (--resume, not counted above)", n)
		out.staleMu.Lock()
		if out.unhashed > 0 {
			line += fmt.Sprintf(" (%d of them kept by id alone: their records, from an older dispatch, have no text_sha256 to tell whether the text changed)", out.unhashed)
		}
		out.staleMu.Unlock()
	}
	if st.skippedFiles.Total() > 0 {
		line += fmt.Sprintf("; skipped %v in folders", st.skippedFiles)
	}
	con.printf("%s", line)
	var anns []string
	for _, t := range corpus.Types {
		if n, ok := st.annotations[t]; ok {
			anns = append(anns, fmt.Sprintf("%d %s", n, t))
		}
	}
	if len(anns) == 0 {
		anns = []string{"none"}
	}
	where := out.where()
	if st.written == 0 && out.resume == nil {
		where = "nothing written"
	}
	secs := st.elapsed.Seconds()
	con.printf("annotations: %s; %.2f s, %.1f documents/s, %.2f MB/s; output: %s",
		strings.Join(anns, ", "), secs, float64(st.written+failed+st.interrupted)/secs, float64(st.bytes.Load())/1e6/secs, where)
}

// parseTypes reads --types (see corpus.ParseTypes).
func parseTypes(s string) ([]corpus.Type, error) {
	ts, err := corpus.ParseTypes(s)
	if err != nil {
		return nil, fmt.Errorf("--types: %w", err)
	}
	return ts, nil
}

// loadLexicon loads the built-in lexicon with the user files merged on
// top, and returns each file's name with the start of its SHA-256, which
// the header records (a file changed between runs is another setting).
// A FIFO or pipe given as a file is given up when ctx is done.
func loadLexicon(ctx context.Context, files []string) (*lexicon.Lexicon, []string, error) {
	var user []lexicon.NamedReader
	var sums []string
	for _, f := range files {
		data, err := readSmallFile(ctx, f, maxLexiconBytes)
		if err != nil {
			return nil, nil, fmt.Errorf("--lexicon: %w", err)
		}
		sums = append(sums, lexicon.FileID(f, data))
		user = append(user, lexicon.NamedReader{Name: f, R: strings.NewReader(string(data))})
	}
	lex, err := lexicon.Load(user...)
	return lex, sums, err
}

// maxLexiconBytes bounds a --lexicon file (lexicon.MaxFileBytes).
const maxLexiconBytes = lexicon.MaxFileBytes

// readSmallFile reads the file at path (a pipe too: <(...)), failing as
// soon as more than max bytes come (corpus.ReadFileLimit, which
// dispatch-beam uses too).
func readSmallFile(ctx context.Context, path string, max int64) ([]byte, error) {
	return corpus.ReadFileLimit(ctx, path, max)
}

// sink is the output of one annotate run: standard output, a stream, a
// temporary file for a regular file, or a resumed FILE.partial appended to.
type sink struct {
	plan   *outputPlan
	header corpus.Header
	w      *bufio.Writer
	raw    io.Writer
	stream *os.File // toStream: the opened device, FIFO or pipe
	// stoppable writes to standard output or the stream: a write the
	// reader keeps waiting is given up after Ctrl-C or SIGTERM
	stoppable *stoppableWriter
	temp      *regularFile // toRegular without append
	app       *os.File     // --resume appending to FILE.partial (resume.path)
	unlock    func()
	resume    *resumeState
	kept      string          // where a stopped run's documents are, if elsewhere than the output
	done      map[string]bool // documents already in the output
	// stale are the byte ranges of kept records whose document's text
	// changed since (--resume): dropped from the output when it is
	// finished or stopped. staleMu guards them (the reader adds).
	staleMu  sync.Mutex
	stale    [][2]int64
	unhashed int    // documents kept by id alone (records without text_sha256)
	headed   bool   // the header is written
	buf      []byte // the record being written, reused
}

// openOutput opens the output named by plan, after cleaning stale
// temporary files and reading the file that --resume continues.
func openOutput(e *env, con *console, plan *outputPlan, resume bool, h corpus.Header) (*sink, error) {
	s := &sink{plan: plan, header: h, done: map[string]bool{}, unlock: func() {}}
	switch plan.kind {
	case toStdout:
		s.raw = e.stdout
		if _, ok := e.stdout.(*os.File); ok {
			s.stoppable = newStoppableWriter(e.ctx, e.stdout)
			s.raw = s.stoppable
		}
	case toStream:
		f, stop, err := openStream(e.ctx, plan)
		if err != nil {
			return nil, err
		}
		_ = stop // watches e.ctx until the process ends
		s.stream = f
		s.stoppable = newStoppableWriter(e.ctx, f)
		s.raw = s.stoppable
	case toRegular:
		for _, note := range cleanStaleTemps(plan) {
			con.printf("%s", note)
		}
		// an earlier interrupted run's documents are never thrown away
		// (a run without --resume removed them, or replaced them with
		// its own when interrupted too)
		if _, err := os.Lstat(plan.partialPath()); err == nil && !resume {
			return nil, fmt.Errorf("%s holds the documents of an earlier interrupted run: continue it with --resume -o %s, or remove %s to start afresh",
				plan.partialPath(), plan.name, plan.partialPath())
		}
		if resume {
			st, err := readResume(plan, h)
			if err != nil {
				return nil, err
			}
			if st != nil && st.path == plan.path {
				// FILE itself, a finished output, is never appended
				// to: a full disk or a kill during the append left it
				// ending in a cut-off record (red team 19). Its
				// records are copied to a temporary file, which
				// replaces it only when the run completes; a stopped
				// run leaves FILE as it was and its work in
				// FILE.partial, as any other run.
				st.rewrite = true
				var hb bytes.Buffer // this run's header, naming its inputs
				if err := corpus.WriteHeader(&hb, h); err != nil {
					return nil, fmt.Errorf("%s: %w", plan.arg(), err)
				}
				st.header = hb.Bytes()
			}
			if st != nil {
				for _, d := range st.dropped {
					con.printKind("--resume: dropped", "--resume: dropped %s", d)
				}
				con.flushHidden()
				s.resume, s.done = st, st.done
			}
		}
		if st := s.resume; st != nil && !st.rewrite {
			flag := os.O_RDWR
			if st.path == plan.partialPath() {
				flag |= oNoFollow // never append through a link
			}
			f, err := corpus.OpenRegularFile(st.path, flag)
			if err != nil {
				return nil, fmt.Errorf("--resume: %w", err)
			}
			unlock, ok := lockFileWaiting(f)
			if !ok && runtime.GOOS != "windows" {
				f.Close()
				return nil, fmt.Errorf("--resume: %s is being written by another run", st.path)
			}
			err = f.Truncate(st.end)
			if err == nil {
				_, err = f.Seek(st.end, io.SeekStart)
			}
			if err != nil {
				unlock()
				f.Close()
				return nil, fmt.Errorf("--resume: %s: %w", st.path, err)
			}
			s.app, s.raw, s.unlock, s.headed = f, f, unlock, true
			break
		}
		t, err := createTemp(plan)
		if err != nil {
			return nil, err
		}
		s.temp, s.raw = t, t.f
		if st := s.resume; st != nil {
			if err := st.copyKept(t.f); err != nil {
				t.discard()
				return nil, fmt.Errorf("--resume: copying %s: %w", st.path, err)
			}
			s.headed = true
		} else {
			// the header first, in one write: every temporary file of
			// annotate starts with it, and cleanStaleTemps removes no
			// file that does not
			if err := corpus.WriteHeader(t.f, h); err != nil {
				t.discard()
				return nil, fmt.Errorf("%s: %w", plan.arg(), err)
			}
			s.headed = true
		}
	}
	s.w = bufio.NewWriterSize(s.raw, 256<<10)
	return s, nil
}

// alreadyDone reports whether --resume keeps the record of d: one of the
// same id whose text hash is d's. A record of a document whose text has
// changed is marked stale (dropped when the output is finished) and the
// document annotated again; a record without a hash (older dispatch) is
// kept by its id alone, and counted.
func (s *sink) alreadyDone(d corpus.Document) bool {
	if !s.done[d.ID] {
		return false
	}
	want := s.resume.hashes[d.ID]
	s.staleMu.Lock()
	defer s.staleMu.Unlock()
	if want == "" {
		s.unhashed++
		return true
	}
	if want == corpus.TextHash(d.Text) {
		return true
	}
	if r, ok := s.resume.outputRange(d.ID); ok {
		s.stale = append(s.stale, r)
	}
	delete(s.done, d.ID) // a second document of that id is annotated as well
	return false
}

// dropStale drops from the file at path the records of documents that
// changed since (see alreadyDone), with a message.
func (s *sink) dropStale(con *console, path string) error {
	s.staleMu.Lock()
	stale := slices.Clone(s.stale)
	s.staleMu.Unlock()
	if len(stale) == 0 {
		return nil
	}
	slices.SortFunc(stale, func(a, b [2]int64) int { return cmp.Compare(a[0], b[0]) })
	if err := dropRanges(path, stale); err != nil {
		return fmt.Errorf("--resume: dropping the records of changed documents from %s: %w", path, err)
	}
	con.printf("--resume: %d documents changed since they were annotated (text_sha256 differs): their old records are dropped and they were annotated again, their new records written after the kept ones, out of input order (a run without --resume keeps input order)", len(stale))
	return nil
}

// files returns the files of this output that an input folder may hold
// besides the output itself: the temporary file and FILE.partial.
func (s *sink) files() []os.FileInfo {
	var fs []os.FileInfo
	if s.temp != nil {
		if info, err := s.temp.f.Stat(); err == nil {
			fs = append(fs, info)
		}
	}
	if s.plan.kind == toRegular {
		if info, err := os.Stat(s.plan.partialPath()); err == nil {
			fs = append(fs, info)
		}
	}
	return fs
}

// name is the output file's name for messages, "" for standard output.
func (s *sink) name() string {
	if s.plan.kind == toStdout {
		return ""
	}
	return s.plan.name
}

// where says where the output is, for the summary.
func (s *sink) where() string {
	switch {
	case s.kept != "":
		return s.kept
	case s.plan.kind == toStdout:
		return "standard output"
	}
	return s.plan.name
}

// write writes one record, after the header if it is the first, with the
// annotations of spans (rec.Annotations is not read).
func (s *sink) write(rec corpus.Annotated, spans *extract.Spans) error {
	if !s.headed {
		if err := corpus.WriteHeader(s.w, s.header); err != nil {
			return err
		}
		s.headed = true
	}
	// in chunks: a huge document's record is never whole in memory
	var err error
	if s.buf, err = rec.WriteJSONEach(s.w, s.buf, spans.All()); err != nil {
		return err
	}
	if s.plan.kind != toRegular {
		return s.w.Flush() // a reader downstream sees each document
	}
	return nil
}

// finish ends a complete run: the output is put in place, unless the run
// wrote nothing new, which never replaces an existing output.
func (s *sink) finish(con *console, st *stats) error {
	err := s.w.Flush()
	if s.stoppable != nil {
		s.stoppable.close()
	}
	switch {
	case s.stream != nil:
		if cerr := s.stream.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("writing %s: %w", s.plan.name, err)
		}
	case s.app != nil:
		if err == nil {
			err = s.app.Sync()
		}
		if err != nil {
			// the last flush failed (a full disk): cut the file back to
			// its last whole record and say where the documents are,
			// as an interrupted run does
			s.stop(con, st)
			return fmt.Errorf("writing %s: %w", s.resume.path, err)
		}
		s.unlock()
		err = s.app.Close()
		s.app = nil
		if err != nil {
			return fmt.Errorf("writing %s: %w", s.resume.path, err)
		}
		if err := s.dropStale(con, s.resume.path); err != nil {
			return err
		}
		if s.resume.path != s.plan.path {
			if err := os.Rename(s.resume.path, s.plan.path); err != nil {
				return fmt.Errorf("renaming %s to %s: %w; the output is complete in %s", s.resume.path, s.plan.path, err, s.resume.path)
			}
		}
	case s.temp != nil:
		if err != nil {
			s.stop(con, st)
			return fmt.Errorf("writing %s: %w", s.plan.name, err)
		}
		if st.written == 0 && s.resume == nil {
			s.temp.discard()
			if s.plan.exists != nil {
				con.printf("no document written; %s left as it was", s.plan.name)
			}
			return nil
		}
		if err := s.dropStaleTemp(con); err != nil {
			s.stop(con, st)
			return err
		}
		if err := s.temp.commitTo(s.plan.path); err != nil {
			s.stop(con, st)
			return fmt.Errorf("renaming the output into place: %w", err)
		}
		if s.resume != nil && s.resume.path != s.plan.path {
			os.Remove(s.resume.path)
		}
	default:
		if err != nil {
			return fmt.Errorf("writing %s: %w", s.plan.name, err)
		}
	}
	return nil
}

// stop ends a run that did not complete: whatever whole documents were
// written are kept where --resume finds them, and the message says where.
// The existing output is never replaced.
func (s *sink) stop(con *console, st *stats) {
	failed := s.w.Flush() != nil
	if s.stoppable != nil {
		s.stoppable.close()
	}
	switch {
	case s.app != nil:
		if failed {
			s.cutBack(con, s.app, s.resume.path)
		}
		s.app.Sync()
		s.unlock()
		s.app.Close()
		s.app = nil
		s.kept = s.resume.path
		if err := s.dropStale(con, s.resume.path); err != nil {
			con.printf("%v", err)
		}
		con.printf("%s holds the documents written so far; continue with --resume -o %s", s.resume.path, s.plan.name)
	case s.temp != nil:
		if st.written == 0 && (s.resume == nil || s.resume.path == s.plan.path) {
			// nothing new: no FILE.partial that only copies FILE
			s.temp.discard()
			if s.resume != nil {
				s.kept = s.plan.name
				con.printf("no document written; %s left as it was", s.plan.name)
			}
			return
		}
		if failed {
			s.cutBack(con, s.temp.f, s.plan.partialPath())
		}
		if err := s.dropStaleTemp(con); err != nil {
			con.printf("%v", err)
		}
		if err := s.temp.commitTo(s.plan.partialPath()); err != nil {
			// Keep the temporary file: the next run on this output
			// recovers it as the .partial file.
			s.temp.done = true
			con.printf("could not rename the partial output to %s (%v); the documents written so far are in %s, which the next run with -o %s recovers",
				s.plan.partialPath(), err, s.temp.f.Name(), s.plan.name)
			s.kept = s.temp.f.Name()
			return
		}
		s.kept = s.plan.partialPath()
		left := "was not created"
		if s.plan.exists != nil {
			left = "is left as it was"
		}
		con.printf("the documents written so far are in %s (%s %s); continue with --resume -o %s",
			s.plan.partialPath(), s.plan.name, left, s.plan.name)
	case s.stream != nil:
		s.stream.Close()
		s.stream = nil
	}
}

// cutBack cuts f, which a failed write (a full disk) may have left
// ending in part of a record, back to its last whole record, saying so;
// name is what the file is called once the run ends.
func (s *sink) cutBack(con *console, f *os.File, name string) {
	cut, err := cutToLastRecord(f, 0)
	switch {
	case err != nil:
		con.printf("could not cut %s back to its last whole record (%v): its last line may be cut short; --resume drops it", name, err)
	case cut > 0:
		con.printf("%s cut back to its last whole record (%d bytes of a record whose write failed dropped)", name, cut)
	}
}

// dropStaleTemp is dropStale on the temporary file (flushed first).
func (s *sink) dropStaleTemp(con *console) error {
	if s.temp == nil || s.temp.closed {
		return nil
	}
	s.staleMu.Lock()
	n := len(s.stale)
	s.staleMu.Unlock()
	if n == 0 {
		return nil
	}
	if err := s.w.Flush(); err != nil {
		return err
	}
	return s.dropStale(con, s.temp.f.Name())
}

// abandon releases whatever is still open (a run ended by an early
// return): a temporary file is removed.
func (s *sink) abandon() {
	if s.stoppable != nil {
		s.stoppable.close()
	}
	if s.temp != nil {
		s.temp.discard()
	}
	if s.app != nil {
		s.unlock()
		s.app.Close()
	}
	if s.stream != nil {
		s.stream.Close()
	}
}
