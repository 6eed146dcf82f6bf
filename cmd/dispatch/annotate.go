package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
	"github.com/dispatch-nlp/dispatch/lexicon"
	"github.com/schollz/progressbar/v3"
	"github.com/spf13/cobra"
)

const annotateLong = `Annotates .txt articles, JSON Lines files (.jsonl, .ndjson), folders
(recursive, sorted) and '-' (JSON Lines on standard input), writing one
JSON object per document, in input order.

A document that cannot be read or annotated is reported on stderr and
skipped; the batch goes on.

Exit codes: 0 all documents written; 1 some documents failed; 2 usage or
fatal error.`

const annotateExample = `  dispatch annotate ../shared/corpus -o out.jsonl
  dispatch annotate --types DATE,TROOPS --workers 2 archive/ -o out.jsonl
  cat records.jsonl | dispatch annotate - > out.jsonl
  dispatch annotate --resume -o out.jsonl archive/`

// annotateOptions are the flags of 'dispatch annotate'.
type annotateOptions struct {
	out      string
	types    string
	workers  int
	resume   bool
	progress string
	maxBytes int
	lexFiles pathsFlag
}

func newAnnotateCmd(e *env) *cobra.Command {
	var o annotateOptions
	cmd := &cobra.Command{
		Use:     "annotate [flags] PATH ...",
		Short:   "annotate documents, writing JSON Lines",
		Long:    annotateLong,
		Example: annotateExample,
		RunE: func(_ *cobra.Command, args []string) error {
			return status(runAnnotate(e, &o, args))
		},
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	fs.StringVarP(&o.out, "output", "o", "", "write JSON Lines to `FILE` (atomically: a temporary file renamed when done) instead of stdout")
	fs.StringVarP(&o.types, "types", "t", "OFFICIAL,DATE,TROOPS,QUOTE", "comma-separated annotation `TYPES` to extract")
	fs.IntVarP(&o.workers, "workers", "j", 0, "annotate `N` documents in parallel (0: one per CPU); output order never changes")
	fs.BoolVar(&o.resume, "resume", false, "with -o: keep the documents already in FILE and annotate only the others")
	fs.StringVar(&o.progress, "progress", "auto", "progress bar on stderr: auto (when stderr is a terminal), always or never")
	fs.IntVar(&o.maxBytes, "max-bytes", corpus.DefaultMaxBytes, "largest document to accept, in `bytes`")
	fs.Var(&o.lexFiles, "lexicon", "merge the word lists of `FILE` over the built-in ones (repeatable; see docs/lexicon.md)")
	return cmd
}

func runAnnotate(e *env, o *annotateOptions, paths []string) int {
	out, types, workers, resume, progress, maxBytes, lexFiles := &o.out, &o.types, &o.workers, &o.resume, &o.progress, &o.maxBytes, o.lexFiles
	if len(paths) == 0 {
		fmt.Fprintln(e.stderr, "dispatch annotate: no input: give files, folders or - for stdin")
		fmt.Fprintln(e.stderr, "Run 'dispatch annotate --help' for usage.")
		return exitFatal
	}
	if *resume && *out == "" {
		fmt.Fprintln(e.stderr, "dispatch annotate: --resume needs -o FILE")
		return exitFatal
	}
	var opts []extract.Option
	ts, err := parseTypes(*types)
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch annotate: %v\n", err)
		return exitFatal
	}
	opts = append(opts, extract.WithTypes(ts...))
	lex, err := loadLexicon(lexFiles)
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch annotate: %v\n", err)
		return exitFatal
	}
	pipe, err := extract.New(lex, opts...)
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch annotate: %v\n", err)
		return exitFatal
	}

	var w io.Writer = e.stdout
	var sink *atomicFile
	done := map[string]bool{}
	if *out != "" {
		sink, err = createAtomic(*out)
		if err != nil {
			fmt.Fprintf(e.stderr, "dispatch annotate: %v\n", err)
			return exitFatal
		}
		defer sink.abort()
		if *resume {
			if done, err = copyDone(*out, sink); err != nil {
				fmt.Fprintf(e.stderr, "dispatch annotate: --resume: %v\n", err)
				return exitFatal
			}
		}
		w = sink
	}
	bw := bufio.NewWriterSize(w, 256<<10)

	reader := &corpus.Reader{MaxBytes: *maxBytes, Stdin: e.stdin}
	docs := reader.Read(paths...)
	if len(done) > 0 {
		docs = skipDone(docs, done)
	}
	var bar *progressbar.ProgressBar
	if *progress == "always" || *progress == "auto" && e.stderrIsTerminal && manyDocs(paths) {
		bar = progressbar.NewOptions(-1, progressbar.OptionSetWriter(e.stderr),
			progressbar.OptionSetDescription("annotating"), progressbar.OptionShowCount(),
			progressbar.OptionShowIts(), progressbar.OptionSetItsString("docs"),
			progressbar.OptionClearOnFinish())
	}

	written, failed := 0, 0
	for res := range pipe.AnnotateAll(e.ctx, docs, *workers) {
		if bar != nil {
			bar.Add(1)
		}
		if res.Err != nil {
			failed++
			fmt.Fprintf(e.stderr, "dispatch annotate: %v\n", res.Err)
			continue
		}
		rec := corpus.Annotated{ID: res.Doc.ID, Date: res.Doc.Date, Annotations: res.Annotations}
		if err := corpus.WriteAnnotated(bw, rec); err != nil {
			fmt.Fprintf(e.stderr, "dispatch annotate: writing output: %v\n", err)
			return exitFatal
		}
		written++
	}
	if bar != nil {
		bar.Finish()
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(e.stderr, "dispatch annotate: writing output: %v\n", err)
		return exitFatal
	}
	if sink != nil {
		if err := sink.commit(); err != nil {
			fmt.Fprintf(e.stderr, "dispatch annotate: %v\n", err)
			return exitFatal
		}
	}
	if e.ctx.Err() != nil {
		fmt.Fprintf(e.stderr, "dispatch annotate: interrupted after %d documents; the output holds only whole documents (continue with --resume)\n", written)
		return exitFatal
	}
	if failed > 0 {
		fmt.Fprintf(e.stderr, "dispatch annotate: %d documents written, %d failed\n", written, failed)
		return exitPartial
	}
	return exitOK
}

func parseTypes(s string) ([]corpus.Type, error) {
	var ts []corpus.Type
	for _, f := range strings.Split(s, ",") {
		t := corpus.Type(strings.ToUpper(strings.TrimSpace(f)))
		if t == "" {
			continue
		}
		if !t.Known() {
			return nil, fmt.Errorf("--types: unknown type %q (known: OFFICIAL, DATE, TROOPS, QUOTE)", f)
		}
		ts = append(ts, t)
	}
	if len(ts) == 0 {
		return nil, fmt.Errorf("--types: no type given")
	}
	return ts, nil
}

func loadLexicon(files []string) (*lexicon.Lexicon, error) {
	var user []lexicon.NamedReader
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			return nil, fmt.Errorf("--lexicon: %w", err)
		}
		defer fh.Close()
		user = append(user, lexicon.NamedReader{Name: f, R: fh})
	}
	return lexicon.Load(user...)
}

// manyDocs guesses whether a run has more than one document.
func manyDocs(paths []string) bool {
	if len(paths) != 1 {
		return true
	}
	info, err := os.Stat(paths[0])
	return paths[0] == "-" || err == nil && (info.IsDir() || !strings.EqualFold(filepath.Ext(paths[0]), ".txt"))
}

func skipDone(docs func(func(corpus.Document, error) bool), done map[string]bool) func(func(corpus.Document, error) bool) {
	return func(yield func(corpus.Document, error) bool) {
		for d, err := range docs {
			if err == nil && done[d.ID] {
				continue
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// copyDone copies the whole records of an earlier output into w and returns
// their ids. A last line cut short by a crash is dropped.
func copyDone(path string, w io.Writer) (map[string]bool, error) {
	done := map[string]bool{}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return done, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	for a, err := range corpus.ReadAnnotated(nil, path) {
		if err != nil {
			continue // a torn or foreign line: annotate that document again
		}
		if done[a.ID] {
			continue
		}
		done[a.ID] = true
		if err := corpus.WriteAnnotated(w, a); err != nil {
			return nil, err
		}
	}
	return done, nil
}

// atomicFile is an output written to a temporary file in the same folder
// and renamed over the target only when complete.
type atomicFile struct {
	*os.File
	target string
	closed bool
}

func createAtomic(target string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return nil, fmt.Errorf("creating output: %w", err)
	}
	// Fix (robustness): os.CreateTemp makes the file 0600, and the rename
	// would hand that mode to FILE. Keep the mode of an existing FILE,
	// else make it 0644 like a file that the shell creates.
	mode := os.FileMode(0o644)
	if info, err := os.Stat(target); err == nil {
		mode = info.Mode().Perm()
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, fmt.Errorf("creating output: %w", err)
	}
	return &atomicFile{File: f, target: target}, nil
}

func (a *atomicFile) commit() error {
	if err := a.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	if err := a.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	a.closed = true
	if err := os.Rename(a.Name(), a.target); err != nil {
		return fmt.Errorf("writing %s: %w", a.target, err)
	}
	return nil
}

// abort removes the temporary file unless it was committed.
func (a *atomicFile) abort() {
	if !a.closed {
		a.Close()
		os.Remove(a.Name())
	}
}
