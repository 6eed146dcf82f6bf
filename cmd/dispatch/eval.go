package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
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
	if err != nil || v < 0 || v > 1 {
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

then the accuracy of OFFICIAL title, TROOPS mod, QUOTE speaker span and
QUOTE cue over lenient pairs. Documents are matched by id. A gold document
without a prediction is scored as all misses; a predicted document without
gold is not scored; both are listed on standard error.

Annotation files are gold .json files (one object each), JSON Lines
(.jsonl, .ndjson; - for standard input) or folders of them.

Exit codes: 0 scored; 1 an F1 is below --min-f1, or some predictions were
unreadable (they count as missing); 2 usage error, unreadable gold or
baseline.`

const evalExample = `  dispatch eval --gold corpus/gold --pred out.jsonl
  dispatch eval --gold corpus/gold --pred out.jsonl --docs ../shared/corpus --errors --by-doc
  dispatch eval --gold corpus/gold --pred out.jsonl --json > report.json
  dispatch eval --gold corpus/gold --pred new.jsonl --baseline report.json --min-f1 0.9 --min-f1 QUOTE=0.8`

// evalOptions are the flags of 'dispatch eval'.
type evalOptions struct {
	gold, pred, docs pathsFlag
	mins             minF1Flag
	byDoc            bool
	listErrors       bool
	asJSON           bool
	on               string
	baseline         string
}

func newEvalCmd(e *env) *cobra.Command {
	var o evalOptions
	cmd := &cobra.Command{
		Use:     "eval --gold PATH --pred PATH [flags]",
		Short:   "score annotations against gold files",
		Long:    evalLong,
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
	return cmd
}

func runEval(e *env, o *evalOptions, args []string) int {
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
	case len(gold) == 0 || len(pred) == 0:
		return usageErr("--gold and --pred are required")
	case slices.Contains(gold, "-") && slices.Contains(pred, "-"):
		return usageErr("only one of --gold and --pred may read standard input")
	case err != nil:
		return usageErr("--on: %v", err)
	}

	var base *eval.Report
	if o.baseline != "" {
		if base, err = readReport(o.baseline); err != nil {
			fmt.Fprintf(e.stderr, "dispatch eval: --baseline: %v\n", err)
			return exitFatal
		}
	}
	golds, bad := readAll(e, "gold", gold)
	if bad > 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: %d unreadable gold inputs; not scoring\n", bad)
		return exitFatal
	}
	if len(golds) == 0 {
		fmt.Fprintf(e.stderr, "dispatch eval: no gold documents in %s\n", strings.Join(gold, ", "))
		return exitFatal
	}
	preds, badPred := readAll(e, "pred", pred)
	texts := readTexts(e, docs)
	if err := e.ctx.Err(); err != nil {
		fmt.Fprintf(e.stderr, "dispatch eval: %v\n", err)
		return exitFatal
	}

	r, err := eval.Score(golds, preds, eval.Options{Texts: texts})
	if err != nil {
		fmt.Fprintf(e.stderr, "dispatch eval: %v\n", err)
		return exitFatal
	}
	listIDs(e.stderr, r.MissingPred, "gold documents without a prediction (scored as all misses)")
	listIDs(e.stderr, r.Failed, "documents whose prediction failed (scored with what they have)")
	listIDs(e.stderr, r.MissingGold, "predicted documents without gold (not scored)")
	if base != nil && base.Documents != r.Documents {
		fmt.Fprintf(e.stderr, "dispatch eval: warning: the baseline scored %d documents, this run %d\n", base.Documents, r.Documents)
	}

	if o.asJSON {
		if base != nil {
			r.Changes = r.Compare(base)
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		err = enc.Encode(r)
	} else {
		err = r.WriteTable(e.stdout, eval.TableOptions{ByDoc: o.byDoc, Mistakes: o.listErrors, Baseline: base})
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
	for _, f := range r.Check(regime, mins) {
		fmt.Fprintf(e.stderr, "dispatch eval: --min-f1: %v\n", f)
		code = exitPartial
	}
	return code
}

// readAll reads the annotated documents at paths, printing each problem
// on stderr, and returns them with the number of problems.
func readAll(e *env, side string, paths []string) ([]corpus.Annotated, int) {
	var docs []corpus.Annotated
	bad := 0
	for a, err := range corpus.ReadAnnotated(e.stdin, paths...) {
		if err != nil {
			fmt.Fprintf(e.stderr, "dispatch eval: %s: %v\n", side, err)
			bad++
			continue
		}
		docs = append(docs, a)
	}
	return docs, bad
}

// readTexts reads the documents at paths into a map from id to text.
// Problems are warnings: documents only add context to mistakes.
func readTexts(e *env, paths []string) map[string]string {
	if len(paths) == 0 {
		return nil
	}
	texts := make(map[string]string)
	rd := &corpus.Reader{Stdin: e.stdin}
	for d, err := range rd.Read(paths...) {
		if err != nil {
			fmt.Fprintf(e.stderr, "dispatch eval: warning: --docs: %v\n", err)
			continue
		}
		texts[d.ID] = d.Text
	}
	return texts
}

func readReport(path string) (*eval.Report, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r eval.Report
	dec := json.NewDecoder(f)
	if err := dec.Decode(&r); err != nil {
		return nil, fmt.Errorf("%s: not a report written by --json: %w", path, err)
	}
	if len(r.Types) == 0 {
		return nil, fmt.Errorf("%s: not a report written by --json: no types", path)
	}
	return &r, nil
}

// listIDs prints ids under a heading on w, if there are any.
func listIDs(w io.Writer, ids []string, what string) {
	if len(ids) > 0 {
		fmt.Fprintf(w, "dispatch eval: %d %s: %s\n", len(ids), what, strings.Join(ids, ", "))
	}
}
