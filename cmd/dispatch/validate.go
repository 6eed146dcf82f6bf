package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/spf13/cobra"
)

const validateLong = `Checks annotation files (gold .json files, JSON Lines output, or folders
of them; - for standard input) against the annotation guidelines: known
types, offsets, sort order, no overlap within a type, DATE values, TROOPS
values and mods, QUOTE speaker spans, OFFICIAL names. With --docs it also
checks that every text equals its slice of the document, that nothing
is annotated in the date header and that a record's date is the
document's (a document without one, header or JSON "date", takes the
record's: annotate --date). Prints every problem, also every annotation
of a record that cannot be read (a TROOPS value that is no integer), as

  FILE:LINE: ID: annotation N (TYPE START-END): MESSAGE

(at most 50 a file, then "FILE: … and N more problems in this file"),
then "N files, M documents, K problems" (K counts them all).

Memory: validate holds the --docs documents and, for the duplicate-id
check, 128 bits and a place per document id (never the id itself). With
--memory SIZE (default: the machine's or control group's memory) --docs
estimated at more than SIZE are refused before they are read, and a run
that meets more ids than the rest of SIZE holds stops there, exit 2 (an
endless standard input stops too).

Exit codes: 0 no problem; 1 some problem; 2 usage error, no annotated
document found at all, more documents than --memory holds, standard
output that is one of the files read, or interrupted
(Ctrl-C, SIGTERM; no summary line).`

func newValidateCmd(e *env) *cobra.Command {
	var docs pathsFlag
	var memory string
	cmd := &cobra.Command{
		Use:     "validate [--docs PATH ...] PATH ...",
		Short:   "check annotation and gold files",
		Long:    validateLong,
		Example: "  dispatch validate --docs ../shared/corpus corpus/gold\n  dispatch validate out.jsonl",
		RunE: func(_ *cobra.Command, args []string) error {
			return status(runValidate(e, docs, memory, args))
		},
	}
	cmd.Flags().StringVar(&memory, "memory", "auto", "memory `SIZE` the run may take (4GiB, 512MB; auto: the machine's or control group's memory): --docs estimated to need more are refused, and reading stops, exit 2, at more document ids than the rest holds")
	cmd.Flags().Var(&docs, "docs", "documents (.txt, .jsonl or a folder) at `PATH` that the annotations refer to (repeatable)")
	return cmd
}

// Memory of a validate run: the --docs documents held, at
// validateMemoryPerByte per byte of their files (the text and its
// fields), and validateMemoryPerID per document id (a 128-bit hash and a
// place, 24 bytes, in a map: 53 bytes live per id at a million, twice
// that for the collector's headroom; 4 million ids peaked at 355 MB,
// 992 MB before). TestValidateMemoryPerID measures it.
const (
	validateMemoryPerByte = 4
	validateMemoryPerID   = 112
)

func runValidate(e *env, docs pathsFlag, memory string, args []string) int {
	e = e.safeMessages()
	// a standard output that is one of the files read would be written
	// over, or read back, as it is read (red team 18, 1: validate t.jsonl
	// 1<>t.jsonl wrote its summary over the header record)
	if err := stdoutIsInput(e, append(slices.Clone(args), docs...)); err != nil {
		fmt.Fprintf(e.stderr, "dispatch validate: %v\n", err)
		return exitFatal
	}
	// problem lines name files and ids; a write error (a full disk,
	// /dev/full, a closed pipe) is kept and said at the end (red team 16,
	// 11); a write the reader keeps waiting (validate ... | less, then
	// Ctrl-C) is given up a second after Ctrl-C or SIGTERM, as eval's
	stdout, stop := stoppableStdout(e)
	defer stop()
	out := &stickyWriter{w: safeWriter{stdout}}
	e.stdout = out
	defer func() {
		if outputBlocked(e.ctx, out.err) {
			fmt.Fprintf(e.stderr, "dispatch validate: %s\n", notReadNote("standard output", "the report"))
		}
	}()
	if len(args) == 0 {
		fmt.Fprintln(e.stderr, "dispatch validate: no annotation files given")
		fmt.Fprintln(e.stderr, "Run 'dispatch validate --help' for usage.")
		return exitFatal
	}

	mem, code := e.inputMemoryOf("validate", memory, validateMemoryPerByte, args, docs)
	if mem == nil {
		return code
	}
	v := validation{e: e, seen: corpus.NewSeenIDs(), mem: mem}
	if len(docs) > 0 {
		v.docs = make(map[string]corpus.Document)
		rd := &corpus.Reader{Stdin: e.stdin}
		for d, err := range rd.ReadContext(e.ctx, docs...) {
			if err != nil {
				v.report("%v", err)
				continue
			}
			v.docs[d.ID] = d
		}
		if e.ctx.Err() != nil {
			return v.interrupted()
		}
	}
	for _, path := range args {
		files, errs := annotationFiles(path)
		for _, err := range errs {
			v.report("%v", err)
		}
		for _, f := range files {
			if v.tooMany {
				break
			}
			v.file(f)
		}
		if e.ctx.Err() != nil {
			return v.interrupted()
		}
		if v.tooMany {
			fmt.Fprintf(e.stderr, "dispatch validate: more than %d document ids, which may need more than %s of memory at %d bytes per id with the documents (%s): stopped there, the check is incomplete (%d problems found before); give a larger --memory on a machine that has it, or split the input\n",
				v.seen.Len(), formatBytes(mem.budget), validateMemoryPerID, mem.about, v.problems)
			return exitFatal
		}
	}
	fmt.Fprintf(e.stdout, "%d files, %d documents, %d problems\n", v.files, v.documents, v.problems)
	if e.ctx.Err() != nil && out.err != nil {
		return v.interrupted() // the report's writing given up (outputBlocked)
	}
	if out.err != nil {
		fmt.Fprintf(e.stderr, "dispatch validate: writing the report: %v\n", out.err)
		return exitFatal
	}
	if v.documents == 0 {
		fmt.Fprintf(e.stderr, "dispatch validate: no annotated document found in %s (.json, .jsonl, .ndjson files)\n", strings.Join(args, " "))
		return exitFatal
	}
	if v.problems > 0 {
		return exitPartial
	}
	return exitOK
}

// validation is the state of one validate run.
type validation struct {
	e    *env
	docs map[string]corpus.Document // nil without --docs
	seen *corpus.SeenIDs            // document ids -> file:line of their first record
	mem  *inputMemory               // the budget (--memory)
	// tooMany is set when more ids came than the budget holds: the read
	// stops there
	tooMany bool

	files, documents, problems int
	// shown counts the problems printed for the file being read: at most
	// maxFileProblems a file, then one line with the number left out.
	shown, hidden int
}

// maxIDs is how many document ids the budget holds once the documents
// are counted.
func (v *validation) maxIDs() int {
	return int(max(0, v.mem.budget-v.mem.estimate) / validateMemoryPerID)
}

// interrupted ends a run stopped by Ctrl-C or SIGTERM: said as such
// (never a raw "context canceled"), without the summary of a whole run.
func (v *validation) interrupted() int {
	fmt.Fprintf(v.e.stderr, "dispatch validate: interrupted; the check is incomplete (%d problems found before)\n", v.problems)
	return exitFatal
}

// maxFileProblems bounds the problems printed for one file: a file that
// is not annotations at all would otherwise print one line per line.
const maxFileProblems = 50

// report prints a problem and counts it.
func (v *validation) report(format string, args ...any) {
	v.problems++
	if v.shown >= maxFileProblems {
		v.hidden++
		return
	}
	v.shown++
	fmt.Fprintf(v.e.stdout, format+"\n", args...)
}

// file validates every document in one annotation file.
func (v *validation) file(path string) {
	v.files++
	v.shown, v.hidden = 0, 0
	name := path
	if path == "-" {
		name = "<stdin>"
	}
	// the first id and how many: nothing kept per record
	var firstID string
	ids := 0
	for r, err := range corpus.ReadAnnotatedRecords(v.e.ctx, v.e.stdin, path) {
		if v.seen.Len() >= v.maxIDs() {
			v.tooMany = true
			break
		}
		var bad *corpus.AnnotationsError
		switch {
		case errors.As(err, &bad):
			// the record's other problems too, not only the unreadable
			// annotations
			r = bad.Record
		case err != nil:
			v.report("%v", err)
			continue
		}
		if ids == 0 {
			firstID = r.ID
		}
		ids++
		v.document(name, r, bad)
	}
	// A gold file holds one document, named after the file.
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if strings.EqualFold(filepath.Ext(path), ".json") && ids == 1 && firstID != base {
		v.report("%s: %s: id differs from the file name %q", name, corpus.Printable(firstID), base)
	}
	if v.hidden > 0 {
		fmt.Fprintf(v.e.stdout, "%s: … and %d more problems in this file\n", name, v.hidden)
	}
}

// document validates one annotated document read from file name; bad,
// when not nil, holds the record's annotations that cannot be read.
func (v *validation) document(name string, r corpus.Record, bad *corpus.AnnotationsError) {
	a := r.Annotated
	v.documents++
	where := func(p corpus.Problem) string {
		line := r.Line
		if p.Index >= 0 && p.Index < len(r.AnnotationLines) {
			line = r.AnnotationLines[p.Index]
		}
		if line > 0 {
			return fmt.Sprintf("%s:%d", name, line)
		}
		return name
	}
	if first, dup := v.seen.Add(a.ID, name, r.Line); dup {
		v.report("%s: %s: duplicate document id (first in %s)", where(corpus.Problem{Index: -1}), corpus.Printable(a.ID), first)
	}
	var doc *corpus.Document
	if v.docs != nil {
		d, ok := v.docs[a.ID]
		if !ok {
			v.report("%s: %s: no document with this id in --docs; text not checked", where(corpus.Problem{Index: -1}), corpus.Printable(a.ID))
		} else {
			doc = &d
		}
	}
	probs := corpus.Validate(a, doc)
	if bad != nil {
		probs = bad.Problems(doc)
	}
	for _, p := range probs {
		v.report("%s: %v", where(p), p)
	}
}

// annotationFiles expands path: a folder into its .json, .jsonl and
// .ndjson files, recursively in lexical order; anything else is itself
// (the reader reports it if it is unreadable). Unreadable folders, and
// files in a folder that are not regular files (a FIFO, a device, a link
// to a folder), are returned as errors.
func annotationFiles(path string) (files []string, errs []error) {
	if path == "-" {
		return []string{path}, nil
	}
	path = corpus.WalkRoot(path)
	filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
		switch {
		case err != nil && p == path && d == nil:
			files = append(files, path)
		case err != nil:
			errs = append(errs, err)
		case p == path && !d.IsDir():
			files = append(files, p)
		case !d.IsDir():
			switch corpus.AnnotationExt(p) { // also .jsonl.gz, .json.zst
			case ".json", ".jsonl", ".ndjson":
				// a FIFO in a folder would block the run forever, a
				// device never end: skipped, as every reader does
				if info, err := os.Stat(p); err == nil && !info.Mode().IsRegular() {
					what := corpus.FileKind(info.Mode())
					if info.IsDir() {
						what = "a link to a folder"
					}
					errs = append(errs, &corpus.Error{File: p, Err: fmt.Errorf("skipped: %s, not a regular file", what)})
					return nil
				}
				files = append(files, p)
			}
		}
		return nil
	})
	return files, errs
}
