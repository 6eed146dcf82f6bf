package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
	"github.com/dispatch-nlp/dispatch/format"
	"github.com/spf13/cobra"
)

// pathsFlag is a repeatable flag collecting paths.
type pathsFlag []string

func (p *pathsFlag) String() string { return strings.Join(*p, " ") }

func (p *pathsFlag) Set(s string) error {
	if s == "" {
		return errors.New("empty path")
	}
	*p = append(*p, s)
	return nil
}

// minF1Flag collects --min-f1 thresholds: X (overall) or TYPE=X.
type minF1Flag []eval.Threshold

func (m *minF1Flag) String() string { return "" }

func (m *minF1Flag) Set(s string) error {
	var t eval.Threshold
	num := s
	if typ, x, ok := strings.Cut(s, "="); ok {
		t.Type, num = corpus.Type(strings.ToUpper(strings.TrimSpace(typ))), x
		if !t.Type.Known() {
			return fmt.Errorf("unknown type %q: want OFFICIAL, DATE, TROOPS or QUOTE", typ)
		}
	}
	v, err := strconv.ParseFloat(strings.TrimSpace(num), 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) || v < 0 || v > 1 {
		return fmt.Errorf("%q: want a number from 0 to 1, or TYPE=number", s)
	}
	t.Min = v
	*m = append(*m, t)
	return nil
}

const evalLong = `Scores predicted annotations against gold files and prints precision,
recall and F1 per type, micro and macro averaged, under three regimes:

  strict   same type, same start and end
  lenient  same type, overlapping spans, paired one to one, largest overlap first
  full     lenient pairs whose key attribute is right: OFFICIAL name,
           DATE value, TROOPS value, QUOTE speaker (names compared after
           folding accents, case, punctuation and spacing)

each with a 95%% bootstrap confidence interval over documents (--bootstrap
resamples, --seed); then the accuracy of OFFICIAL title, TROOPS mod, QUOTE
speaker span and QUOTE cue over lenient pairs; nervaluate's schemes
(strict, exact, partial, type: all types aligned at once); type and
attribute value confusions. Documents are matched by id. A gold document
without a prediction is scored as all misses; a predicted document without
gold is not scored; both are listed on standard error. docs/eval.md
explains every number.

--compare B scores a second system's predictions on the same gold and
shows, per type, the F1 differences (A − B) with a paired bootstrap
p-value, and the errors fixed (B's that A does not make) and introduced.

Annotation files are gold .json files (one object each), JSON Lines
(.jsonl, .ndjson; - for standard input) or folders of them. Other gold
formats are read with --gold-format:

  json     this project's format (the default)
  brat     brat standoff, .ann beside .txt; --mapping FILE maps brat types,
           attributes, notes and the speaker relation (docs/eval.md)
  polnear  PolNeAR attributions (data/dev, data/train): each quoted stretch
           of a Content is a QUOTE, its speaker the Source span; speakers
           are scored with --speaker-match span-or-name by default
  timeml   TimeML TIMEX3 (TimeBank): DATE gold of this project's value
           forms; other TIMEX3 are ignore regions, neither hits nor false hits

Gold is validated on load; every problem is reported with file and line
(at most 50 a file, then how many more) and nothing is scored; the last
line counts the problems and the files they are in. A predicted annotation with impossible offsets
(negative, start after end, end beyond the text when --docs or the gold
gives it) is reported with file and line and not scored (as if missing;
an impossible speaker span leaves the speaker scored by name); exit 1. Formats that carry the text (brat, polnear, timeml)
write it with --docs-out FILE, JSON Lines for 'dispatch annotate'.

A predicted document in which more than %[1]d annotations of one type
overlap is refused, named on standard error, and scored as a missing
prediction (all misses); exit 1.

Exit codes: 0 scored; 1 an F1 is below --min-f1, or some predictions were
unreadable or refused (they count as missing); 2 usage error, invalid or unreadable
gold, baseline or --compare, predictions without any record, a document
id read twice in --pred or --compare (named with file and line), or
interrupted (Ctrl-C, SIGTERM: "interrupted while ...; nothing written").`

const evalExample = `  dispatch eval --gold corpus/gold --pred out.jsonl
  dispatch eval --gold corpus/gold --pred out.jsonl --docs ../shared/corpus --errors --by-doc
  dispatch eval --gold corpus/gold --pred out.jsonl --json > report.json
  dispatch eval --gold corpus/gold --pred new.jsonl --baseline report.json --min-f1 0.9 --min-f1 QUOTE=0.8
  dispatch eval --gold corpus/gold --pred new.jsonl --compare old.jsonl --docs ../shared/corpus
  dispatch eval --gold-format timeml --gold TimeBank --docs-out tb.jsonl
  dispatch eval --gold-format polnear --gold PolNeAR/data/dev --pred dev.pred.jsonl`

// evalOptions are the flags of 'dispatch eval'.
type evalOptions struct {
	gold, pred, docs pathsFlag
	mins             minF1Flag
	byDoc            bool
	listErrors       bool
	asJSON           bool
	on               string
	baseline         string
	compare          string
	goldFormat       string
	mapping          string
	speakerMatch     string
	types            string
	docsOut          string
	memory           string
	resamples        int
	seed             uint64
}

func newEvalCmd(e *env) *cobra.Command {
	var o evalOptions
	cmd := &cobra.Command{
		Use:     "eval --gold PATH --pred PATH [flags]",
		Short:   "score annotations against gold files",
		Long:    fmt.Sprintf(evalLong, eval.MaxOverlapDepth),
		Example: evalExample,
		RunE: func(_ *cobra.Command, args []string) error {
			return status(runEval(e, &o, args))
		},
	}
	fs := cmd.Flags()
	fs.SortFlags = false
	fs.Var(&o.gold, "gold", "gold annotations: a `PATH` to a file or folder (repeatable; required)")
	fs.Var(&o.pred, "pred", "predicted annotations: a `PATH` to a file or folder, - for standard input (repeatable; required)")
	fs.Var(&o.docs, "docs", "documents (.txt, .jsonl or a folder) at `PATH`, to show context in --errors (repeatable)")
	fs.BoolVar(&o.byDoc, "by-doc", false, "add a table of scores per document")
	fs.BoolVar(&o.listErrors, "errors", false, "list every mistake: misses, false hits, boundary and attribute differences")
	fs.BoolVar(&o.asJSON, "json", false, "write the full report as JSON instead of tables")
	fs.Var(&o.mins, "min-f1", "exit 1 when the overall (micro) F1 is below `X`, or with TYPE=X the F1 of one type (repeatable)")
	fs.StringVar(&o.on, "on", string(eval.Lenient), "`REGIME` whose F1 --min-f1 checks: strict, lenient or full")
	fs.StringVar(&o.baseline, "baseline", "", "an earlier --json report `FILE`; show the change in each F1 against it")
	fs.StringVar(&o.compare, "compare", "", "another system's predictions at `PATH`: F1 differences with a paired bootstrap p-value, errors fixed and introduced")
	fs.IntVar(&o.resamples, "bootstrap", eval.DefaultBootstrap.Resamples, "bootstrap resamples of the documents for intervals and p-values (`N`; 0: none)")
	fs.Uint64Var(&o.seed, "seed", eval.DefaultBootstrap.Seed, "random `SEED` of the bootstrap")
	fs.StringVar(&o.goldFormat, "gold-format", "json", "`FORMAT` of the gold files: json, brat, polnear or timeml")
	fs.StringVar(&o.mapping, "mapping", "", "brat mapping `FILE` (--gold-format brat; docs/eval.md)")
	fs.StringVar(&o.speakerMatch, "speaker-match", "", "when a QUOTE speaker is right: `name`, or span-or-name (the mention overlaps the gold one); default by gold format")
	fs.StringVar(&o.types, "types", "", "score only these comma-separated `TYPES` (default: all; polnear QUOTE, timeml DATE)")
	fs.StringVar(&o.memory, "memory", "auto", "memory `SIZE` the run may take (4GiB, 512MB; auto: the machine's or control group's memory): inputs estimated to need more are refused before they are read")
	fs.StringVar(&o.docsOut, "docs-out", "", "write the gold documents' texts as JSON Lines to `FILE` for 'dispatch annotate'; without --pred, only that")
	return cmd
}

func runEval(e *env, o *evalOptions, args []string) int {
	e = e.safeMessages()
	gold, pred, docs, mins := o.gold, o.pred, o.docs, o.mins
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(e.stderr, "dispatch eval: "+format+"\n", a...)
		fmt.Fprintln(e.stderr, "Run 'dispatch eval --help' for usage.")
		return exitFatal
	}
	regime, err := eval.ParseRegime(o.on)
	switch {
	case len(args) > 0:
		return usageErr("unexpected argument %q", args[0])
	case len(gold) == 0:
		return usageErr("--gold is required")
	case len(pred) == 0 && o.docsOut == "":
		return usageErr("--pred is required (or --docs-out alone)")
	case slices.Contains(gold, "-") && slices.Contains(pred, "-"):
		return usageErr("only one of --gold and --pred may read standard input")
	case err != nil:
		return usageErr("--on: %v", err)
	}
	gf, err := format.LookupGold(o.goldFormat)
	if err != nil {
		return usageErr("--gold-format: %v", err)
	}
	match := gf.Speaker
	if o.speakerMatch != "" {
		if match, err = eval.ParseSpeakerMatch(o.speakerMatch); err != nil {
			return usageErr("--speaker-match: %v", err)
		}
	}
	scored := gf.Types
	if o.types != "" {
		if scored, err = parseTypes(o.types); err != nil {
			return usageErr("%v", err)
		}
	}
	boot := eval.Bootstrap{Resamples: o.resamples, Seed: o.seed, Level: eval.DefaultBootstrap.Level}
	if err := boot.Check(); err != nil {
		return usageErr("--bootstrap: %v", err)
	}
	if o.mapping != "" && gf.Name != "brat" {
		return usageErr("--mapping applies to --gold-format brat only")
	}

	// the report goes to standard output: never one of the inputs
	if err := stdoutIsInput(e, slices.Concat(gold, pred, docs, nonEmpty(o.mapping, o.baseline, o.compare))); err != nil {
		fmt.Fprintf(e.stderr, "dispatch eval: %v\n", err)
		return exitFatal
	}
	var docsOut *outputPlan
	if o.docsOut != "" {
		// settled before anything is read: never one of the inputs
		if docsOut, err = planOutputOf("--docs-out", o.docsOut, true, e, gold, pred, docs, nonEmpty(o.mapping, o.baseline, o.compare)); err != nil {
			fmt.Fprintf(e.stderr, "dispatch eval: %v\n", err)
			return exitFatal
		}
	}
	mem, memCode := e.inputMemory("eval", o.memory, evalMemoryPerByte, gold, pred, docs, nonEmpty(o.compare))
	if mem == nil {
		return memCode
	}
	defer mem.softLimit()()
	e.stdin = mem.boundStdin(e.stdin)
	e.ctx = mem.boundContext(e.ctx)
	// Ctrl-C or SIGTERM: said as such, never as a raw "context
	// canceled", and nothing written
	interrupted := func(while string) int {
		fmt.Fprintf(e.stderr, "dispatch eval: interrupted while %s; nothing written\n", while)
		return exitFatal
	}
	var base *eval.Report
	if o.baseline != "" {
		if base, err = readReport(e.ctx, o.baseline); err != nil {
			if e.ctx.Err() != nil {
				return interrupted("reading --baseline")
			}
			fmt.Fprintf(e.stderr, "dispatch eval: --baseline: %v\n", err)
			return exitFatal
		}
	}
	docSet := readDocs(e, "dispatch eval: ", docs)
	gset, probs := readGold(e, gf, format.GoldOptions{Stdin: e.stdin, Mapping: o.mapping, Docs: docSet, Context: e.ctx}, gold)
	if e.ctx.Err() != nil {
		// the gold read in part: never written to --docs-out, never scored
		return interrupted("reading the gold and the documents")
	}
	if err := mem.over(); err != nil {
		fmt.Fprintf(e.stderr, "dispatch eval: %v; not scoring\n", err)
		return exitFatal
	}
	if probs.total > 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: %s of the gold; not scoring\n", probs.summary())
		return exitFatal
	}
	if len(gset) == 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: no gold documents in %s\n", strings.Join(gold, ", "))
		return exitFatal
	}
	if docsOut != nil {
		if err := writeGoldDocs(e, docsOut, gset); err != nil {
			if outputBlocked(e.ctx, err) {
				fmt.Fprintf(e.stderr, "dispatch eval: interrupted while writing %s\n", docsOut.arg())
				fmt.Fprintf(e.stderr, "dispatch eval: %s\n", notReadNote(docsOut.where(), "the last record"))
				return exitFatal
			}
			fmt.Fprintf(e.stderr, "dispatch eval: %v\n", err)
			return exitFatal
		}
		if len(pred) == 0 {
			return exitOK
		}
	}
	opts := eval.Options{Texts: map[string]string{}, Ignore: map[string][]eval.Region{}, Speaker: match, Types: scored}
	for id, d := range docSet {
		opts.Texts[id] = d.Text
	}
	golds := make([]corpus.Annotated, len(gset))
	for i, g := range gset {
		golds[i] = g.Annotated
		if g.Doc != nil {
			opts.Texts[g.ID] = g.Doc.Text
		}
		if len(g.Ignore) > 0 {
			opts.Ignore[g.ID] = g.Ignore
		}
	}
	preds, badPred, impossible, dupPred := readAll(e, "pred", pred, opts.Texts)
	if e.ctx.Err() != nil {
		return interrupted("reading the predictions")
	}
	if err := mem.over(); err != nil {
		fmt.Fprintf(e.stderr, "dispatch eval: %v; not scoring\n", err)
		return exitFatal
	}
	if dupPred > 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: %d duplicate document ids in --pred; not scoring\n", dupPred)
		return exitFatal
	}
	if len(preds) == 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: no annotation records in --pred %s; not scoring (want JSON Lines from 'dispatch annotate' or .json annotation files)\n", strings.Join(pred, ", "))
		return exitFatal
	}

	r, err := eval.ScoreContext(e.ctx, golds, preds, opts)
	if e.ctx.Err() != nil {
		return interrupted("scoring")
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch eval: %v\n", err)
		return exitFatal
	}
	if err := r.AddIntervals(e.ctx, boot); err != nil {
		if e.ctx.Err() != nil {
			return interrupted("computing the bootstrap intervals")
		}
		fmt.Fprintf(e.stderr, "dispatch eval: %v\n", err)
		return exitFatal
	}
	if o.compare != "" {
		others, badOther, impossibleOther, dupOther := readAll(e, "compare", []string{o.compare}, opts.Texts)
		if e.ctx.Err() != nil {
			return interrupted("reading --compare")
		}
		if dupOther > 0 {
			fmt.Fprintf(e.stderr, "dispatch eval: %d duplicate document ids in --compare; not scoring\n", dupOther)
			return exitFatal
		}
		if impossibleOther.spans > 0 {
			fmt.Fprintf(e.stderr, "dispatch eval: --compare: %d annotations with impossible offsets, not scored\n", impossibleOther.spans)
		}
		if impossibleOther.speakers > 0 {
			fmt.Fprintf(e.stderr, "dispatch eval: --compare: %d QUOTE speaker spans with impossible offsets (those speakers scored by name only)\n", impossibleOther.speakers)
		}
		if badOther > 0 || len(others) == 0 {
			fmt.Fprintf(e.stderr, "dispatch eval: --compare: no readable annotation records in %s\n", o.compare)
			return exitFatal
		}
		rb, err := eval.ScoreContext(e.ctx, golds, others, opts)
		if err == nil {
			for _, x := range rb.Refused {
				fmt.Fprintf(e.stderr, "dispatch eval: --compare: %s; not scored: as a missing prediction (all misses)\n", x.Reason)
			}
			r.Comparison, err = eval.CompareSystems(e.ctx, r, rb, boot)
		}
		if err != nil && e.ctx.Err() != nil {
			return interrupted("comparing the systems")
		}
		if err != nil {
			fmt.Fprintf(e.stderr, "dispatch eval: --compare: %v\n", err)
			return exitFatal
		}
		r.Comparison.A, r.Comparison.B = strings.Join(pred, ","), o.compare
	}
	listIDs(e.stderr, r.MissingPred, "gold documents without a prediction (scored as all misses)")
	listIDs(e.stderr, r.Failed, "documents whose prediction failed (scored with what they have)")
	for _, x := range r.Refused {
		fmt.Fprintf(e.stderr, "dispatch eval: %s; not scored: as a missing prediction (all misses)\n", x.Reason)
	}
	listIDs(e.stderr, r.MissingGold, "predicted documents without gold (not scored)")
	if base != nil && base.Documents != r.Documents {
		fmt.Fprintf(e.stderr, "dispatch eval: warning: the baseline scored %d documents, this run %d\n", base.Documents, r.Documents)
	}

	// a write the reader keeps waiting (eval ... | less, then Ctrl-C) is
	// given up after Ctrl-C or SIGTERM (red team 20)
	stdout, stop := stoppableStdout(e)
	out := bufio.NewWriterSize(stdout, 64<<10)
	if o.asJSON {
		if base != nil {
			r.Changes = r.Compare(base)
		}
		enc := json.NewEncoder(out)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(r)
	} else {
		err = r.WriteTable(out, eval.TableOptions{ByDoc: o.byDoc, Mistakes: o.listErrors, Baseline: base})
	}
	if err == nil {
		err = out.Flush()
	}
	stop()
	if outputBlocked(e.ctx, err) {
		fmt.Fprintf(e.stderr, "dispatch eval: interrupted while writing the report\n")
		fmt.Fprintf(e.stderr, "dispatch eval: %s\n", notReadNote("standard output", "the report"))
		return exitFatal
	}
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch eval: writing the report: %v\n", err)
		return exitFatal
	}

	code := exitOK
	if badPred > 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: %d unreadable prediction inputs (their documents count as missing)\n", badPred)
		code = exitPartial
	}
	if impossible.spans > 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: %d predicted annotations with impossible offsets (not scored: as if missing)\n", impossible.spans)
		code = exitPartial
	}
	if impossible.speakers > 0 {
		// the QUOTEs themselves are scored: counted apart
		fmt.Fprintf(e.stderr, "dispatch eval: %d predicted QUOTE speaker spans with impossible offsets (the QUOTEs scored, their speakers by name only)\n", impossible.speakers)
		code = exitPartial
	}
	if n := len(r.Refused); n > 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: %d predicted %s refused (more than %d annotations of one type overlap; scored as missing)\n",
			n, plural(n, "document", "documents"), eval.MaxOverlapDepth)
		code = exitPartial
	}
	for _, f := range r.Check(regime, mins) {
		fmt.Fprintf(e.stderr, "dispatch eval: --min-f1: %v\n", f)
		code = exitPartial
	}
	return code
}

// impossibleCounts counts what readAll set aside for impossible offsets
// (see impossibleSpan).
type impossibleCounts struct {
	spans    int // annotations dropped: not scored, as if missing
	speakers int // QUOTE speaker spans dropped: the QUOTE scored, its speaker by name only
}

// readAll reads the annotated documents at paths, printing each problem
// on stderr, and returns them with the number of unreadable inputs, what
// was set aside for impossible offsets (texts are the documents' texts
// where known) and the number of records whose document id was read
// before (each named with file and line, and the first's).
func readAll(e *env, side string, paths []string, texts map[string]string) ([]corpus.Annotated, int, impossibleCounts, int) {
	var docs []corpus.Annotated
	bad, dups := 0, 0
	var impossible impossibleCounts
	check := recordCheck{ids: true}
	// at most maxPerKind messages of a kind: a million bad records must
	// not print a million lines
	var flood floodGuard
	say := func(kind, format string, a ...any) {
		if flood.allow(kind) {
			fmt.Fprintf(e.stderr, format, a...)
		}
	}
	defer func() {
		for _, l := range flood.notShown() {
			fmt.Fprintf(e.stderr, "dispatch eval: %s: %s\n", side, l)
		}
	}()
	for r, err := range corpus.ReadAnnotatedRecords(e.ctx, e.stdin, paths...) {
		a := r.Annotated
		// a duplicate whichever copy is malformed (red team 16, 9)
		kind, msg := check.check(r, err)
		switch {
		case kind == kindDuplicate:
			say(kind, "dispatch eval: %s: %s\n", side, msg)
			dups++
			continue
		case err != nil:
			say(reason(err, ""), "dispatch eval: %s: %v\n", side, err)
			bad++
			continue
		case kind != "":
			// as validate says: a list is required, [] when there are none
			say(kind, "dispatch eval: %s: %s; record not scored\n", side, msg)
			bad++
			continue
		}
		n := -1 // the text's length in code points, when known
		if text, ok := texts[a.ID]; ok {
			n = utf8.RuneCountInString(text)
		}
		// a copy only from the first annotation dropped or changed, and
		// messages made only when said: made for every annotation, they
		// were a sixth of eval's peak on a dense document
		var kept []corpus.Annotation
		for i, an := range a.Annotations {
			where := func() string {
				return fmt.Sprintf("dispatch eval: %s: %s:%d: %s: annotation %d (%s %d-%d)", side, r.File, r.AnnotationLines[i], corpus.Printable(a.ID), i, an.Type, an.Start, an.End)
			}
			change := func() {
				if kept == nil {
					kept = append(make([]corpus.Annotation, 0, len(a.Annotations)), a.Annotations[:i]...)
				}
			}
			if why := impossibleSpan(an.Start, an.End, n); why != "" {
				say("impossible offsets", "%s: %s; not scored\n", where(), why)
				impossible.spans++
				change()
				continue
			}
			if an.Type == corpus.Quote && an.Speaker != "" && (an.SpeakerStart >= 0 || an.SpeakerEnd >= 0) {
				if why := impossibleSpan(an.SpeakerStart, an.SpeakerEnd, n); why != "" {
					say("impossible speaker offsets", "%s: speaker span %d-%d: %s; the speaker is scored by name only\n", where(), an.SpeakerStart, an.SpeakerEnd, why)
					an.SpeakerStart, an.SpeakerEnd = -1, -1
					impossible.speakers++
					change()
				}
			}
			if kept != nil {
				kept = append(kept, an)
			}
		}
		if kept != nil {
			a.Annotations = kept
		}
		docs = append(docs, a)
	}
	return docs, bad, impossible, dups
}

// recordPlace is where r was read: file:line, or the file alone when the
// line is unknown.
func recordPlace(r corpus.Record) string {
	if r.Line > 0 {
		return fmt.Sprintf("%s:%d", r.File, r.Line)
	}
	return r.File
}

// impossibleSpan says what is impossible about the span start-end in a
// text of n code points (n < 0: unknown), "" if nothing: a negative
// offset, a start after the end, an end beyond the text.
func impossibleSpan(start, end, n int) string {
	switch {
	case start < 0 || end < 0:
		return "negative offset"
	case start > end:
		return "start after end"
	case n >= 0 && end > n:
		return fmt.Sprintf("end beyond the text (%d code points)", n)
	}
	return ""
}

// readGold reads the gold documents at paths in format gf, printing each
// problem on stderr (at most maxFileProblems a file), and returns them
// with the problems counted.
func readGold(e *env, gf format.GoldFormat, opts format.GoldOptions, paths []string) ([]format.Gold, *problemReport) {
	var golds []format.Gold
	probs := &problemReport{w: e.stderr, prefix: "dispatch eval: gold: "}
	for g, err := range gf.Read(opts, paths...) {
		if err != nil {
			probs.add(err)
			continue
		}
		for _, w := range g.Warnings {
			// lines read and not used: said, the gold still scored (red team 22, 5)
			fmt.Fprintf(e.stderr, "dispatch eval: gold: warning: %s\n", safeLine(w.Error()))
		}
		golds = append(golds, g)
	}
	probs.finish()
	return golds, probs
}

// writeGoldDocs writes the texts of the gold documents as JSON Lines
// records {"id", "date", "text"} where plan says.
func writeGoldDocs(e *env, plan *outputPlan, golds []format.Gold) error {
	var docs []corpus.Document
	for _, g := range golds {
		if g.Doc == nil {
			return fmt.Errorf("%s: gold %s carries no text (json gold: the documents are already files)", plan.arg(), corpus.Printable(g.ID))
		}
		docs = append(docs, *g.Doc)
	}
	note := func(s string) { fmt.Fprintf(e.stderr, "dispatch eval: %s\n", safeLine(s)) }
	return writeOutput(e, plan, note, func(w io.Writer) error { return format.WriteDocs(w, docs) })
}

// readDocs reads the documents at paths into a map from id to document.
// Problems are warnings, printed after the prefix of the command
// ("dispatch eval: "): documents add context to mistakes and let json gold
// be checked against its text.
func readDocs(e *env, prefix string, paths []string) map[string]corpus.Document {
	if len(paths) == 0 {
		return nil
	}
	docs := make(map[string]corpus.Document)
	con := &console{w: e.stderr, prefix: prefix} // at most maxPerKind of a kind
	// a file skipped in a folder (a FIFO, a device, a link to a folder)
	// is said, never passed over in silence
	rd := &corpus.Reader{Stdin: e.stdin, Warn: func(err *corpus.Error) {
		con.printKind("warning: "+reason(err, ""), "warning: --docs: %v", err)
	}}
	for d, err := range rd.ReadContext(e.ctx, paths...) {
		if err != nil {
			con.printKind(reason(err, ""), "warning: --docs: %v", err)
			continue
		}
		docs[d.ID] = d
	}
	con.flushHidden()
	return docs
}

func readReport(ctx context.Context, path string) (*eval.Report, error) {
	f, err := corpus.OpenContext(ctx, path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r eval.Report
	// bounded: an endless stream (of spaces) must not be read forever
	dec := json.NewDecoder(io.LimitReader(f, corpus.DefaultMaxBytes))
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: not a report written by --json: %w", path, err)
	}
	if len(r.Types) == 0 {
		return nil, fmt.Errorf("%s: not a report written by --json: no types", path)
	}
	return &r, nil
}

// maxListedIDs caps how many ids listIDs names, so a run with millions
// of unmatched documents still writes one short line (as annotate caps
// its messages).
const maxListedIDs = 20

// listIDs prints ids under a heading on w, if there are any: the first
// maxListedIDs of them, then "… and N more".
func listIDs(w io.Writer, ids []string, what string) {
	if len(ids) == 0 {
		return
	}
	shown, more := ids, ""
	if len(ids) > maxListedIDs {
		shown = ids[:maxListedIDs]
		more = fmt.Sprintf(", … and %d more", len(ids)-maxListedIDs)
	}
	shown = slices.Clone(shown)
	for i, id := range shown {
		shown[i] = corpus.Printable(id) // a line break in an id cannot fake a line
	}
	fmt.Fprintf(w, "dispatch eval: %d %s: %s%s\n", len(ids), what, strings.Join(shown, ", "), more)
}
