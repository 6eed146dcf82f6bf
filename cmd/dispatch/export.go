package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/format"
	"github.com/spf13/cobra"
)

const exportLong = `Converts annotation files (JSON Lines from 'dispatch annotate', gold .json
files, folders of them; - for standard input) into the formats other tools
read:

  csv      one row per annotation: doc, doc_date, type, start, end, text,
           then one column per attribute (name, title, date_value,
           troops_value as an integer, troops_mod, speaker, speaker_start,
           speaker_end, cue, rule), empty where the type has no such
           attribute; RFC 4180 quoting (pandas.read_csv reads it)
  tsv      the same, separated by tabs (pandas.read_csv(sep="\t"));
           --bom puts a UTF-8 byte-order mark first, for Excel
  parquet  the same columns with a typed schema (INT64 offsets and
           troops_value, optional attributes null), Zstandard-compressed
  brat     brat standoff: ID.txt and ID.ann per document in the folder -o
           (a folder already holding .txt or .ann files is refused unless
           --force; a symbolic link to a folder always);
           attributes as AnnotatorNotes "field=value", the QUOTE speaker as
           a Speaker relation (read back by 'eval --gold-format brat');
           a document whose id cannot name a file (a path, "..", too
           long) or repeats an earlier id is skipped with a message;
           a full disk stops it (exit 2), saying how many were written
  conll    BIO columns for sequence taggers: token, start, end, one tag
           column per type (--types to choose); blank line between
           paragraphs

brat and conll need the documents' texts: give them with --docs. Offsets
are code points, as in the annotation files. A failed record (with
"error") has no annotations and exports none.

Exit codes: 0 written; 1 some documents could not be exported (the others
were); 2 usage error or nothing written.`

const exportExample = `  dispatch export --format csv out.jsonl -o out.csv
  dispatch export --format parquet out.jsonl -o out.parquet
  dispatch export --format brat --docs ../shared/corpus out.jsonl -o brat/
  dispatch export --format conll --types TROOPS --docs ../shared/corpus out.jsonl`

type exportOptions struct {
	format string
	docs   pathsFlag
	out    string
	types  string
	// outGiven: -o was given (an empty -o is an error)
	outGiven bool
	// guardFormulas: csv/tsv cells a spreadsheet would run get a '
	guardFormulas bool
	// bom: csv/tsv begin with a UTF-8 byte-order mark (for Excel)
	bom bool
	// force: brat may replace the .txt and .ann files already in -o DIR
	force bool
	// memory is --memory: the run's memory budget
	memory string
}

func newExportCmd(e *env) *cobra.Command {
	var o exportOptions
	cmd := &cobra.Command{
		Use:     "export --format csv|tsv|parquet|brat|conll [flags] PATH ...",
		Short:   "convert annotations to CSV, TSV, Parquet, brat or CoNLL",
		Long:    exportLong,
		Example: exportExample,
		RunE: func(cmd *cobra.Command, args []string) error {
			o.outGiven = cmd.Flags().Changed("output")
			return status(runExport(e, &o, args))
		},
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	fs.StringVar(&o.format, "format", "", "output `FORMAT`: csv, tsv, parquet, brat or conll (required)")
	fs.StringVarP(&o.out, "output", "o", "", "write to `FILE` (brat: a folder) instead of standard output; files are replaced only when complete")
	fs.Var(&o.docs, "docs", "documents (.txt, .jsonl or a folder) at `PATH`, for brat and conll (repeatable)")
	fs.BoolVar(&o.guardFormulas, "guard-formulas", false, "csv/tsv: put ' before text cells that start with = + - @ (a spreadsheet would run them as formulas); use it when untrusted documents go to a spreadsheet")
	fs.BoolVar(&o.bom, "bom", false, "csv, tsv: begin with a UTF-8 byte-order mark, for spreadsheets (Excel) that otherwise misread UTF-8")
	fs.BoolVar(&o.force, "force", false, "brat: replace the .txt and .ann files already in the folder -o (without it such a folder is refused: they may be hand-made gold)")
	fs.StringVar(&o.types, "types", "", "conll: the comma-separated `TYPES` that get a tag column (default all four)")
	fs.StringVar(&o.memory, "memory", "auto", "memory `SIZE` the run may take (4GiB, 512MB; auto: the machine's or control group's memory): inputs estimated to need more are refused before they are read")
	return cmd
}

// exporter writes documents in one format.
type exporter interface {
	write(a corpus.Annotated, doc corpus.Document) error
	close() error
}

type tableExporter struct{ *format.TableWriter }

func (t tableExporter) write(a corpus.Annotated, _ corpus.Document) error { return t.Write(a) }
func (t tableExporter) close() error                                      { return t.Close() }

type parquetExporter struct{ *format.ParquetWriter }

func (p parquetExporter) write(a corpus.Annotated, _ corpus.Document) error { return p.Write(a) }
func (p parquetExporter) close() error                                      { return p.Close() }

type conllExporter struct{ *format.CoNLLWriter }

func (c conllExporter) write(a corpus.Annotated, doc corpus.Document) error { return c.Write(a, doc) }
func (c conllExporter) close() error                                        { return c.Close() }

type bratExporter struct{ dir string }

func (b bratExporter) write(a corpus.Annotated, doc corpus.Document) error {
	return format.WriteBratDir(b.dir, a, doc.Text)
}
func (b bratExporter) close() error { return nil }

// checkBratDir accepts as the brat output folder a new one, or a real
// folder that holds no .txt or .ann file (export would replace them: hand
// gold, edited articles), or any real folder with force.
func checkBratDir(dir string, force bool) error {
	keep := func(en fs.DirEntry) bool {
		ext := strings.ToLower(filepath.Ext(en.Name()))
		return force || ext != ".txt" && ext != ".ann"
	}
	return checkOutputFolder("-o "+dir, dir, keep, "which export would replace; give a new or empty folder, or --force to replace its .txt and .ann files")
}

func runExport(e *env, o *exportOptions, args []string) int {
	e = e.safeMessages()
	usageErr := func(f string, a ...any) int {
		fmt.Fprintf(e.stderr, "dispatch export: "+f+"\n", a...)
		fmt.Fprintln(e.stderr, "Run 'dispatch export --help' for usage.")
		return exitFatal
	}
	needsText := o.format == "brat" || o.format == "conll"
	switch {
	case o.format == "":
		return usageErr("--format is required: csv, tsv, parquet, brat or conll")
	case !strings.Contains(" csv tsv parquet brat conll ", " "+o.format+" "):
		return usageErr("unknown --format %q: want csv, tsv, parquet, brat or conll", o.format)
	case len(args) == 0:
		return usageErr("no annotation files given")
	case needsText && len(o.docs) == 0:
		return usageErr("--format %s needs the documents' texts: give --docs", o.format)
	case o.format == "brat" && o.out == "":
		return usageErr("--format brat writes a folder: give -o DIR")
	case o.types != "" && o.format != "conll":
		return usageErr("--types applies to --format conll only")
	case o.bom && o.format != "csv" && o.format != "tsv":
		return usageErr("--bom applies to --format csv and tsv only")
	}
	// Where the output goes is settled before anything is read: never one
	// of the inputs, never a folder holding them.
	var plan *outputPlan
	if o.format == "brat" {
		err := refuseFolderOfInputs(o.out, args, o.docs)
		if err == nil && canLock {
			// one run at a time on a folder, for the whole run, taken
			// before the folder is checked: two runs on an empty folder
			// (or with --force) mixed their files (red team 16, 15)
			var lock *heldLock
			lock, err = takeLock("-o "+o.out, lockPath(filepath.Clean(o.out)), "dispatch export --format brat")
			if err == nil {
				defer lock.release()
			}
		}
		if err == nil {
			err = checkBratDir(o.out, o.force)
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "dispatch export: %v\n", err)
			return exitFatal
		}
	} else {
		var err error
		if plan, err = planOutputOf("-o", o.out, o.outGiven, e, args, o.docs); err != nil {
			fmt.Fprintf(e.stderr, "dispatch export: %v\n", err)
			return exitFatal
		}
	}
	var types []corpus.Type
	if o.types != "" {
		var err error
		if types, err = parseTypes(o.types); err != nil {
			return usageErr("%v", err)
		}
	}
	mem, code := e.inputMemory("export", o.memory, exportMemoryPerByte, args, o.docs)
	if mem == nil {
		return code
	}
	defer mem.softLimit()()
	var docs map[string]corpus.Document
	if needsText {
		docs = readDocs(e, "dispatch export: ", o.docs)
	}

	var recs []corpus.Annotated
	bad := 0
	con := &console{w: e.stderr, prefix: "dispatch export: "} // at most maxPerKind of a kind
	// read yields the records that can be exported; the others are said
	// and counted
	// a record without a list is said and skipped; for brat, whose
	// files one id names, a repeated id too, with file and line (red
	// team 16, 1 and messages)
	check := recordCheck{ids: o.format == "brat"}
	read := func(yield func(corpus.Annotated) bool) {
		for r, err := range corpus.ReadAnnotatedRecords(e.ctx, e.stdin, args...) {
			a := r.Annotated
			kind, msg := check.check(r, err)
			switch {
			case kind == kindDuplicate:
				con.printKind(kind, "%s; skipped (its brat files would replace the first's)", msg)
				bad++
				continue
			case err != nil:
				con.printKind(reason(err, ""), "%v", err)
				bad++
				continue
			case kind != "":
				con.printKind(kind, "%s; skipped", msg)
				bad++
				continue
			}
			if needsText {
				d, ok := docs[a.ID]
				if !ok {
					con.printKind("no document", "%s: no document with this id in --docs; skipped", a.ID)
					bad++
					continue
				}
				if probs := corpus.Validate(a, &d); len(probs) > 0 {
					for _, p := range probs {
						con.printKind("annotation problem", "%v", p)
					}
					con.printKind("annotations do not fit", "%s: annotations do not fit the document; skipped", a.ID)
					bad++
					continue
				}
			}
			if !yield(a) {
				return
			}
		}
	}
	bratWritten := 0
	exported := 0  // records passed to the exporter (written straight through to a stream)
	var werr error // the output's error, when it was interrupted
	interrupted := func() int {
		// say what became of the output, not "context canceled" (red team 19, 10)
		left := "nothing written"
		switch {
		case o.format == "brat" && bratWritten > 0:
			left = fmt.Sprintf("stopped after %d documents written in %s, each with both its files; the others not written", bratWritten, o.out)
		case o.format == "brat":
			left = "nothing written in " + o.out
		case plan != nil && plan.kind != toRegular && exported > 0:
			left = fmt.Sprintf("at most the first %d documents reached %s, which is incomplete (it may end in the middle of one)", exported, plan.name)
		case plan != nil && plan.kind != toRegular:
			left = "nothing written to " + plan.name
		case plan != nil && plan.exists != nil:
			left = "nothing written; " + plan.name + " left as it was"
		case plan != nil:
			left = "nothing written; " + plan.name + " not created"
		}
		fmt.Fprintf(e.stderr, "dispatch export: interrupted: %s\n", left)
		if plan != nil && outputBlocked(e.ctx, werr) {
			fmt.Fprintf(e.stderr, "dispatch export: %s\n", notReadNote(plan.where(), "the last record"))
		}
		return exitFatal
	}
	noRecords := func() int {
		fmt.Fprintf(e.stderr, "dispatch export: no annotation records to export in %s\n", strings.Join(args, " "))
		return exitFatal
	}
	if o.format == "brat" {
		// Every record first: brat writes two files a record, and a
		// folder is checked as a whole before any is written.
		for a := range read {
			recs = append(recs, a)
		}
		con.flushHidden()
		if e.ctx.Err() != nil {
			return interrupted()
		}
		if len(recs) == 0 {
			return noRecords()
		}
	}

	var err error
	switch {
	case o.format == "brat":
		_, serr := os.Lstat(o.out)
		made := errors.Is(serr, fs.ErrNotExist)
		if err = os.MkdirAll(o.out, 0o755); err == nil {
			var skipped int
			skipped, bratWritten, err = writeBrat(e, con, o.out, recs, docs)
			bad += skipped
			if err != nil && made {
				os.Remove(o.out) // the folder it made, if empty (a full disk)
			}
		}
	default:
		// Each record is written as it is read, and let go (issue 8: all
		// records held peaked at 12 bytes per byte of input). The output
		// is a temporary file until the end, so a bad input still never
		// leaves a half-written output: it starts with the first record
		// that can be exported, and a run with none replaces nothing.
		note := func(s string) { con.printf("%s", s) }
		err = writeOutput(e, plan, note, func(w io.Writer) error {
			w = ctxWriter{e.ctx, w} // Ctrl-C stops a long export
			var x exporter
			for a := range read {
				if x == nil {
					if o.bom {
						if _, err := io.WriteString(w, "\ufeff"); err != nil {
							return err
						}
					}
					x = newExporter(o, w, types)
				}
				if err := x.write(a, docs[a.ID]); err != nil {
					return err
				}
				exported++
			}
			con.flushHidden()
			if err := e.ctx.Err(); err != nil {
				return err // never replace -o after Ctrl-C
			}
			if x == nil {
				return errNoRecords
			}
			if err := x.close(); err != nil {
				return err
			}
			return e.ctx.Err() // never replace -o after Ctrl-C
		})
		if errors.Is(err, errNoRecords) {
			return noRecords()
		}
	}
	// An output written in full is in place even when Ctrl-C came after
	// (red team 10): only a failed or brat run was interrupted.
	if e.ctx.Err() != nil && (err != nil || o.format == "brat") {
		werr = err
		return interrupted()
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch export: %v\n", err)
		return exitFatal
	}
	if bad > 0 {
		return exitPartial
	}
	return exitOK
}

// errNoRecords ends an export that found no record to write.
var errNoRecords = errors.New("no annotation records")

// writeBrat writes each record's .ann and .txt files into dir. A record
// whose files cannot be written (an id that cannot name a file: a path,
// "..", a control character, too long for the file system; an id that
// repeats an earlier one, whose files it would replace; a name taken by
// something other than a regular file) is skipped with a message naming
// it, and the others are written. It returns how many were skipped, and
// an error only when the folder itself cannot be written (nothing could
// be exported, or the device is full or failing: ENOSPC, EDQUOT or EIO
// stop it at the first, naming what was written). Ctrl-C stops it
// between two records. The messages are at most maxPerKind of a kind
// (red team 9, 2c printed 380 lines), then one line saying how many more.
func writeBrat(e *env, con *console, dir string, recs []corpus.Annotated, docs map[string]corpus.Document) (skipped, written int, err error) {
	var last error
	defer con.flushHidden()
	for _, a := range recs {
		if e.ctx.Err() != nil {
			// Ctrl-C: the pairs written stay whole, the run says it
			// was interrupted
			return skipped, written, nil
		}
		if err := format.WriteBratDir(dir, a, docs[a.ID].Text); err != nil {
			msg := strings.TrimPrefix(unwrapPath(err).Error(), fmt.Sprintf("document id %q ", a.ID))
			if deviceFull(err) {
				// every document after would fail the same way: stop at
				// the first, as the other formats do (red team 17, 7)
				left := "nothing written in " + dir
				if written > 0 {
					left = fmt.Sprintf("%d documents written in %s before it, each with both its files; the other %d not written", written, dir, len(recs)-written-skipped)
				}
				return skipped, written, fmt.Errorf("-o %s: document %q: %s: stopped (%s)", dir, a.ID, msg, left)
			}
			con.printKind(bratErrorKind(err), "document %q: %s; skipped", a.ID, msg)
			skipped++
			last = err
			continue
		}
		// said, never changed in silence (red team 22, 5)
		for _, f := range format.BratFlattened(a) {
			con.printKind("warning: flattened value", "warning: document %q: %s", a.ID, f)
		}
		written++
	}
	if written == 0 && last != nil {
		return skipped, 0, fmt.Errorf("nothing exported to %s", dir)
	}
	return skipped, written, nil
}

// deviceFull reports whether err says that the device cannot take more
// (full, over quota) or fails (EIO): no later file would be written.
func deviceFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EIO)
}

// bratErrorKind is the kind of a brat write error, for printKind: the
// system's reason (no space left on device), or the error itself.
func bratErrorKind(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		return "documents whose brat files cannot be written (" + errno.Error() + "), skipped"
	}
	return "documents whose brat files cannot be written, skipped"
}

func newExporter(o *exportOptions, w io.Writer, types []corpus.Type) exporter {
	switch o.format {
	case "csv", "tsv":
		t := format.NewCSVWriter(w)
		if o.format == "tsv" {
			t = format.NewTSVWriter(w)
		}
		t.GuardFormulas = o.guardFormulas
		return tableExporter{t}
	case "parquet":
		return parquetExporter{format.NewParquetWriter(w)}
	}
	return conllExporter{format.NewCoNLLWriter(w, types)}
}
