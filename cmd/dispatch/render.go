package main

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
	"github.com/dispatch-nlp/dispatch/render"
	"github.com/spf13/cobra"
)

const renderLong = `Draws annotations as HTML to look at: each document's text with its
annotations highlighted by type (attributes on hover or keyboard focus,
each quote linked to its speaker, filters by type), and a summary of the
corpus: counts per document, the officials with their titles, the quotes
by speaker.

Input is either articles to annotate first (PATH: .txt files, JSON Lines,
folders, - for standard input), or annotation files (--pred, or --gold)
with the documents they annotate (--docs, as in 'dispatch eval').

With both --gold and --pred (or --gold and articles to annotate), it
shows the evaluation instead: predictions as hits, false hits, wrong
boundaries and wrong attributes, gold annotations without a prediction as
misses, the scores per type and per document (as 'dispatch eval'), and
the list of mistakes linked to their places in the text.

The output is one self-contained HTML file (-o FILE, or standard output)
that needs no network and works from file://, or with --split DIR a
folder with an index page (1,000 documents a page, then index-0002.html,
...) and one page per document, for big corpora. Documents are drawn one
at a time: memory holds the inputs, not the pages. --memory bounds it:
inputs estimated at more are refused before they are read.
An existing --split folder must be empty or hold only files that an
earlier --split wrote (each carries render's mark; a hand-made index.html
is refused, never replaced). Ctrl-C or SIGTERM leaves -o and the folder
as they were; the temporary .DIR.tmp-N folder of a run killed outright is
removed by the next --split DIR when it is provably render's (its
manifest lists every file in it as render wrote it; without one, only
when it holds no page), else named. One run
at a time writes a folder: a second --split DIR is refused at once, naming
the run that holds the lock .DIR.lock beside it.
Everything from documents and annotation files is shown as text.

Exit codes: 0 written; 1 written, but some documents or annotations could
not be read or shown (listed on standard error); 2 usage or fatal error.`

const renderExample = `  dispatch render ../shared/corpus -o view.html
  dispatch render --pred out.jsonl --docs ../shared/corpus -o view.html
  dispatch render --gold corpus/gold --docs ../shared/corpus -o gold.html
  dispatch render --gold corpus/gold --pred out.jsonl --docs ../shared/corpus -o errors.html
  dispatch render --gold corpus/gold ../shared/corpus -o errors.html
  dispatch render --split view/ archive/`

// renderOptions are the flags of 'dispatch render'.
type renderOptions struct {
	gold, pred, docs pathsFlag
	out, split       string
	outGiven         bool // -o was given (an empty -o is an error)
	splitGiven       bool // --split was given (an empty one is an error)
	title            string
	types            string
	lexFiles         pathsFlag
	memory           string
}

func newRenderCmd(e *env) *cobra.Command {
	var o renderOptions
	cmd := &cobra.Command{
		Use:     "render [PATH ...] [flags]",
		Short:   "draw annotations, or evaluation errors, as HTML",
		Long:    renderLong,
		Example: renderExample,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.outGiven = cmd.Flags().Changed("output")
			o.splitGiven = cmd.Flags().Changed("split")
			return renderRun(e, &o, args)
		},
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	fs.StringVarP(&o.out, "output", "o", "", "write the page to `FILE` (replaced only when complete) instead of standard output")
	fs.StringVar(&o.split, "split", "", "write a folder `DIR` with an index page and one page per document instead of one page")
	fs.Var(&o.pred, "pred", "annotations to show: a `PATH` to a file or folder, - for standard input (repeatable)")
	fs.Var(&o.gold, "gold", "gold annotations: a `PATH` to a file or folder (repeatable); with --pred or PATHs, show the evaluation")
	fs.Var(&o.docs, "docs", "the documents that --pred and --gold annotate (.txt, .jsonl or a folder) at `PATH` (repeatable)")
	fs.StringVar(&o.title, "title", "", "the page `TITLE`")
	fs.StringVar(&o.types, "types", "OFFICIAL,DATE,TROOPS,QUOTE", "when annotating PATHs: comma-separated annotation `TYPES` to extract")
	fs.StringVar(&o.memory, "memory", "auto", "memory `SIZE` the run may take (4GiB, 512MB; auto: the machine's or control group's memory): inputs (and articles to annotate) estimated to need more are refused before they are read")
	fs.Var(&o.lexFiles, "lexicon", "when annotating PATHs: merge the word lists of `FILE` over the built-in ones (repeatable)")
	return cmd
}

func renderRun(e *env, o *renderOptions, paths []string) error {
	con := &console{w: e.stderr, prefix: "dispatch render: "}
	switch {
	case len(paths) > 0 && len(o.pred) > 0:
		return usagef("give articles to annotate or --pred annotations, not both")
	case len(paths) == 0 && len(o.pred) == 0 && len(o.gold) == 0:
		return usagef("no input: give articles to annotate, or --pred (or --gold) annotations with --docs")
	case len(paths) == 0 && len(o.docs) == 0:
		return usagef("--docs is needed: annotation files hold offsets, not the text")
	case o.splitGiven && o.split == "":
		// not the page on standard output (red team 9, 2a)
		return usagef(`--split "": give a folder name`)
	case (o.out != "" || o.outGiven) && (o.split != "" || o.splitGiven):
		return usagef("give -o FILE or --split DIR, not both")
	case countStdin(paths, o.pred, o.gold, o.docs) > 1:
		return usagef("only one input may read standard input")
	}
	var plan *outputPlan
	if o.split == "" {
		var err error
		if plan, err = planOutputOf("-o", o.out, o.outGiven, e, paths, o.pred, o.gold, o.docs, o.lexFiles); err != nil {
			con.printf("%v", err)
			return exitCode(exitFatal)
		}
	} else if err := checkSplitDir(o.split); err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	} else {
		// one run at a time on a folder: a second is refused at once
		release, err := lockSplit(o.split)
		if err != nil {
			con.printf("%v", err)
			return exitCode(exitFatal)
		}
		defer release()
		for _, note := range cleanStaleSplits(e.ctx, o.split) {
			con.printf("%s", note)
		}
	}
	// articles to annotate are counted with what annotating them and
	// showing their annotations takes (red team 7, 2a), by their bytes
	// and quotation marks here, by the annotations made after
	mem, merr := planInputMemoryOf("dispatch render", o.memory, renderMemoryPerByte, paths, e.stdin, o.pred, o.gold, o.docs)
	if err := merr; err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			return ue
		}
		fmt.Fprintf(e.stderr, "%v\n", err)
		return exitCode(exitFatal)
	}
	if mem.lowered != "" {
		con.printf("warning: %s", mem.lowered)
	}
	defer mem.softLimit()()
	bounded := *e // the caller's env unchanged
	bounded.stdin = mem.boundStdin(e.stdin)
	bounded.ctx = mem.boundContext(e.ctx)
	e = &bounded

	bad := 0
	readDocs := func(in []string) []corpus.Document {
		var docs []corpus.Document
		// a file skipped in a folder (a FIFO, a device, a link to a
		// folder) is said, never passed over in silence
		rd := &corpus.Reader{Stdin: e.stdin, Warn: func(err *corpus.Error) {
			con.printKind("warning: "+reason(err, ""), "warning: %v", err)
		}}
		for d, err := range rd.ReadContext(e.ctx, in...) {
			if err != nil {
				con.printKind(reason(err, ""), "%v", err)
				bad++
				continue
			}
			docs = append(docs, d)
		}
		return docs
	}
	docs, articles := readDocs(o.docs), readDocs(paths)
	docs = append(docs, articles...)
	dups := 0
	readAnns := func(side string, in []string) []corpus.Annotated {
		var as []corpus.Annotated
		// a record without a list skipped, a repeated id named with
		// file and line (red team 16, 1 and messages)
		check := recordCheck{ids: true}
		for r, err := range corpus.ReadAnnotatedRecords(e.ctx, e.stdin, in...) {
			kind, msg := check.check(r, err)
			switch {
			case kind == kindDuplicate:
				con.printKind(side+": "+kind, "%s: %s", side, msg)
				dups++
				continue
			case err != nil:
				con.printKind(side+": "+reason(err, ""), "%s: %v", side, err)
				bad++
				continue
			case kind != "":
				con.printKind(side+": "+kind, "%s: %s; record skipped", side, msg)
				bad++
				continue
			}
			as = append(as, r.Annotated)
		}
		return as
	}
	gold, pred := readAnns("gold", o.gold), readAnns("pred", o.pred)
	con.flushHidden()
	if err := mem.over(); err != nil {
		con.printf("%v; nothing written", err)
		return exitCode(exitFatal)
	}
	if dups > 0 && e.ctx.Err() == nil {
		con.printf("%d duplicate document ids in the annotations; nothing written", dups)
		return exitCode(exitFatal)
	}
	if err := e.ctx.Err(); err != nil { // Ctrl-C while reading (a FIFO without a writer)
		con.printf("interrupted; nothing written")
		return exitCode(exitFatal)
	}
	if len(paths) > 0 {
		var err error
		if len(articles) == 0 {
			con.printf("no document read from %s", strings.Join(paths, " "))
			return exitCode(exitFatal)
		}
		if pred, err = annotateDocs(e, con, o, articles, &bad); err != nil {
			return err
		}
		if e.ctx.Err() == nil {
			all, most, speakers := annotationCounts(pred)
			if err := mem.viewMemory("dispatch render", all, most, speakers); err != nil {
				fmt.Fprintf(e.stderr, "%v\n", err) // prefixed as the first count's (red team 9, 1a: it was doubled)
				return exitCode(exitFatal)
			}
		}
	}
	if err := e.ctx.Err(); err != nil {
		con.printf("interrupted; nothing written")
		return exitCode(exitFatal)
	}

	switch {
	case len(o.gold) > 0 && len(gold) == 0:
		con.printf("no gold documents in %s", strings.Join(o.gold, ", "))
		return exitCode(exitFatal)
	case len(o.pred) > 0 && len(pred) == 0:
		// with --gold too: never a page of all misses (red team 16, 10)
		con.printf("no annotated documents in %s", strings.Join(o.pred, ", "))
		return exitCode(exitFatal)
	}

	opts := render.Options{Title: o.title}
	var v *render.View
	var err error
	switch {
	case len(o.gold) > 0 && (len(o.pred) > 0 || len(paths) > 0):
		v, err = render.Evaluation(e.ctx, docs, gold, pred, opts)
	case len(o.gold) > 0:
		v, err = render.Articles(e.ctx, docs, gold, opts)
	default:
		v, err = render.Articles(e.ctx, docs, pred, opts)
	}
	if e.ctx.Err() != nil {
		con.printf("interrupted; nothing written")
		return exitCode(exitFatal)
	}
	if err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	}
	// Each document's markup is built as it is written, its problems
	// found then: the warnings come after the writing.
	if o.split != "" {
		err = writeSplit(e.ctx, o.split, v)
	} else {
		note := func(s string) { con.printf("%s", s) }
		err = writeOutput(e, plan, note, func(w io.Writer) error {
			if err := v.WriteHTML(ctxWriter{e.ctx, w}); err != nil {
				return err
			}
			return e.ctx.Err() // never replace -o after Ctrl-C
		})
	}
	// writeSplit and writeOutput return nil only when the new output is
	// in place: a Ctrl-C after that changes nothing (red team 10: the
	// message said "nothing written" over a view already swapped in)
	if err != nil && e.ctx.Err() != nil {
		if o.split == "" && outputBlocked(e.ctx, err) {
			// some of the page may have gone out before the reader stopped reading
			con.printf("interrupted; %s", notReadNote(plan.where(), "the page"))
			return exitCode(exitFatal)
		}
		if o.split == "" && plan.reached > 0 {
			// standard output or a stream keeps what went out (red team:
			// it said "nothing written" after part of the page)
			con.printf("interrupted; the first %s of the page went to %s, which holds it cut short", formatBytes(plan.reached), plan.where())
			return exitCode(exitFatal)
		}
		con.printf("interrupted; nothing written")
		return exitCode(exitFatal)
	}
	if err != nil {
		con.printf("%v", err)
		return exitCode(exitFatal)
	}
	if e.ctx.Err() != nil {
		con.printf("interrupted after the output was complete: %s holds the new view", renderTarget(o))
	}
	for _, w := range v.Warnings() {
		con.printKind("warning", "warning: %s", w)
	}
	con.flushHidden()
	if bad > 0 || len(v.Warnings()) > 0 {
		return exitCode(exitPartial)
	}
	return nil
}

func countStdin(lists ...[]string) int {
	n := 0
	for _, l := range lists {
		for _, p := range l {
			if p == "-" {
				n++
			}
		}
	}
	return n
}

// annotateDocs annotates the documents, as 'dispatch annotate' does. A
// document that fails is shown with its error and counted in failed.
func annotateDocs(e *env, con *console, o *renderOptions, docs []corpus.Document, failed *int) ([]corpus.Annotated, error) {
	types, err := parseTypes(o.types)
	if err != nil {
		return nil, usageError{err}
	}
	lex, _, err := loadLexicon(e.ctx, o.lexFiles)
	if err != nil {
		con.printf("%v", err)
		return nil, exitCode(exitFatal)
	}
	pipe, err := extract.New(lex, extract.WithTypes(types...))
	if err != nil {
		con.printf("%v", err)
		return nil, exitCode(exitFatal)
	}
	seq := func(yield func(corpus.Document, error) bool) {
		for _, d := range docs {
			if !yield(d, nil) {
				return
			}
		}
	}
	var out []corpus.Annotated
	for res := range pipe.AnnotateAll(e.ctx, seq, 0) {
		rec := corpus.Annotated{ID: res.Doc.ID, Date: res.Doc.Date, Annotations: res.Annotations}
		if res.Err != nil {
			if e.ctx.Err() != nil && errors.Is(res.Err, e.ctx.Err()) {
				continue // cut off by Ctrl-C: the run says it was interrupted
			}
			con.printf("%v", res.Err)
			rec.Error = res.Err.Error()
			*failed++
		}
		out = append(out, rec)
	}
	return out, nil
}

// annotationCounts counts the annotations of as: all of them, the most
// that one document has, and that document's quotes with a speaker (each
// adds a speaker mention to the view).
func annotationCounts(as []corpus.Annotated) (all, most, speakers int) {
	for _, a := range as {
		all += len(a.Annotations)
		if len(a.Annotations) < most {
			continue
		}
		s := 0
		for _, an := range a.Annotations {
			if an.Type == corpus.Quote && an.Speaker != "" {
				s++
			}
		}
		if len(a.Annotations) > most || s > speakers {
			most, speakers = len(a.Annotations), s
		}
	}
	return all, most, speakers
}

// isRenderFile reports whether a file name is one that --split writes.
func isRenderFile(name string) bool {
	return name == render.IndexFile || name == render.CSSFile || name == render.JSFile ||
		(strings.HasPrefix(name, "doc-") || strings.HasPrefix(name, "index-")) && strings.HasSuffix(name, ".html")
}

// renderMarks are the marks that --split writes at the start of its files:
// the generator meta tag of its pages, the first comment of its style
// sheet and script.
var renderMarks = map[string]string{
	".html": `<meta name="generator" content="dispatch render">`,
	".css":  "/* dispatch render",
	".js":   "// dispatch render",
}

// writtenByRender reports whether the file dir/name is one that --split
// wrote: a regular file with a --split name that carries render's mark in
// its first kilobyte. A hand-made index.html or doc-0009-foo.html does
// not, and is never replaced nor deleted.
func writtenByRender(dir string, en fs.DirEntry) bool {
	if !en.Type().IsRegular() || !isRenderFile(en.Name()) {
		return false
	}
	f, err := os.Open(filepath.Join(dir, en.Name()))
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 1024)
	n, _ := io.ReadFull(f, head)
	mark := renderMarks[filepath.Ext(en.Name())]
	return mark != "" && bytes.Contains(head[:n], []byte(mark))
}

// checkSplitDir accepts a folder that does not exist yet, an empty one or
// one that holds only files that --split wrote (an earlier view, told by
// the mark in each file, not by its name, and its manifest).
func checkSplitDir(dir string) error {
	// the folder is replaced as a whole, by a new one beside it: it needs
	// a name of its own in its parent
	switch filepath.Base(filepath.Clean(dir)) {
	case ".", "..", string(filepath.Separator):
		return fmt.Errorf("--split %s: give the folder by its name (it is replaced as a whole by a new folder beside it), not as . or .. or the root", dir)
	}
	if err := checkOutputFolder("--split "+dir, dir, keepInSplit(dir), "which render did not write (it lacks render's mark); give a new or empty folder"); err != nil {
		return err
	}
	if isMountPoint(dir) { // before any work (red team 9, 2b)
		return errMountPoint(dir)
	}
	return nil
}

// errMountPoint is the refusal of a --split folder that is a mount point.
func errMountPoint(dir string) error {
	return fmt.Errorf("--split %s: is a mount point, which cannot be replaced: render writes a new folder beside it and swaps the two; give a folder inside it (--split %s)", dir, filepath.Join(dir, "view"))
}

// splitSwapError is the error of a rename (or exchange) of the --split
// folder dir: EBUSY says that dir is a mount point (a bind mount of its
// own file system, which isMountPoint does not see).
func splitSwapError(dir string, err error) error {
	if errors.Is(err, syscall.EBUSY) {
		return errMountPoint(dir)
	}
	return fmt.Errorf("--split %s: %w", dir, unwrapPath(err))
}

// lockSplit takes the lock beside the --split folder dir (.DIR.lock, as
// annotate's -o) for the whole run: another run holding it is an error
// naming that run.
func lockSplit(dir string) (release func(), err error) {
	if !canLock {
		return func() {}, nil
	}
	lock, err := takeLock("--split "+dir, lockPath(filepath.Clean(dir)), "dispatch render --split")
	if err != nil {
		return nil, err
	}
	return lock.release, nil
}

// writeSplit writes the view's pages into a new folder beside dir, with
// their manifest, then swaps it for dir: an interrupted or failed run
// leaves dir as it was, and a killed one a folder that the next run
// recognises (see splitManifest). The caller holds dir's lock.
func writeSplit(ctx context.Context, dir string, v *render.View) error {
	dir = filepath.Clean(dir)
	tmp, err := os.MkdirTemp(filepath.Dir(dir), splitTempPattern(dir))
	if err != nil {
		return fmt.Errorf("--split %s: %w", dir, unwrapPath(err))
	}
	committed := false
	var man *splitManifest
	defer func() {
		if man != nil {
			man.close()
		}
		if !committed {
			removeView(tmp)
		}
	}()
	if man, err = createSplitManifest(tmp); err != nil {
		return fmt.Errorf("--split %s: %w", dir, unwrapPath(err))
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return fmt.Errorf("--split %s: %w", dir, err)
	}
	// Each page is built as it is written and dropped after; the pages
	// are made durable together at the end, not one by one.
	names := []string{splitManifestName}
	for _, p := range v.Pages() {
		write := func(w io.Writer) error { return p.Write(ctxWriter{ctx, w}) }
		size, sum, err := writeFile(filepath.Join(tmp, p.Name), write)
		if err == nil {
			err = man.add(p.Name, size, sum)
		}
		if err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return fmt.Errorf("--split %s: %s: %w", dir, p.Name, err)
		}
		names = append(names, p.Name)
	}
	if err := ctx.Err(); err != nil { // Ctrl-C: dir stays as it was
		return err
	}
	if err := syncFolder(tmp, names); err != nil {
		return fmt.Errorf("--split %s: %w", dir, err)
	}
	if err := checkSplitDir(dir); err != nil { // changed by hand while we wrote
		return err
	}
	if _, err := os.Lstat(dir); err != nil {
		if err := os.Rename(tmp, dir); err != nil {
			return splitSwapError(dir, err)
		}
		committed = true
		syncDir(filepath.Dir(dir))
		return nil
	}
	// One step where the system can: tmp then holds the previous view.
	old := tmp
	switch err := exchangeFolders(tmp, dir); {
	case errors.Is(err, errNoExchange):
		old = tmp + ".old"
		if err := os.Rename(dir, old); err != nil {
			return splitSwapError(dir, err)
		}
		if err := os.Rename(tmp, dir); err != nil {
			os.Rename(old, dir)
			return splitSwapError(dir, err)
		}
	case err != nil:
		return splitSwapError(dir, err)
	}
	committed = true
	syncDir(filepath.Dir(dir)) // the swap
	// It held only files that render writes (checked above); a kill
	// while it is removed leaves it to the next run.
	removeView(old)
	return nil
}

// syncDir makes the entries of the folder dir durable, where the system
// allows it (best effort: the files in it are already).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// ctxWriter fails every write once ctx is cancelled, so that a long page
// stops at Ctrl-C or SIGTERM instead of being written to the end.
type ctxWriter struct {
	ctx context.Context
	w   io.Writer
}

func (c ctxWriter) Write(p []byte) (int, error) {
	if err := c.ctx.Err(); err != nil {
		return 0, err
	}
	return c.w.Write(p)
}

// writeFile writes a new file at path and returns its size and CRC-32C.
func writeFile(path string, write func(io.Writer) error) (size int64, sum uint32, err error) {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL|oNoFollow, 0o644)
	if err != nil {
		return 0, 0, err
	}
	s := &summingWriter{w: f}
	bw := bufio.NewWriterSize(s, 64<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return s.n, s.sum, err
}

// renderTarget names where render wrote: the --split folder, the -o
// file, or standard output.
func renderTarget(o *renderOptions) string {
	switch {
	case o.split != "":
		return o.split
	case o.out != "" && o.out != "-":
		return o.out
	}
	return "standard output"
}
