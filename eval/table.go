package eval

import (
	"fmt"
	"io"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TableOptions choose what WriteTable shows besides the scores per type
// and the attribute accuracies.
type TableOptions struct {
	ByDoc    bool    // a table of scores per document
	Mistakes bool    // every mistake, with its context when known
	Baseline *Report // when set, each F1 is followed by its change from Baseline
}

// WriteTable writes r as aligned plain-text tables for a person to read.
func (r *Report) WriteTable(w io.Writer, opts TableOptions) error {
	ew := &errWriter{w: w}
	r.writeSummary(ew)
	r.writeTypes(ew, opts.Baseline)
	r.writeAttributes(ew)
	r.writeSchemes(ew)
	r.writeConfusion(ew)
	if opts.ByDoc {
		r.writeDocs(ew)
	}
	if opts.Mistakes {
		r.writeMistakes(ew)
	}
	if r.Comparison != nil {
		r.Comparison.write(ew)
	}
	return ew.err
}

// errWriter keeps the first write error and drops later writes.
type errWriter struct {
	w   io.Writer
	err error
}

func (ew *errWriter) Write(p []byte) (int, error) {
	if ew.err != nil {
		return 0, ew.err
	}
	n, err := ew.w.Write(p)
	ew.err = err
	return n, err
}

func newTab(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
}

func (r *Report) writeSummary(w io.Writer) {
	fmt.Fprintf(w, "%d gold documents scored", r.Documents)
	if n := len(r.MissingPred); n > 0 {
		fmt.Fprintf(w, "; %d without prediction (all misses)", n)
	}
	if n := len(r.Failed); n > 0 {
		fmt.Fprintf(w, "; %d failed in prediction", n)
	}
	if n := len(r.Refused); n > 0 {
		noun := "predictions"
		if n == 1 {
			noun = "prediction"
		}
		fmt.Fprintf(w, "; %d %s refused, overlapping too deep (all misses)", n, noun)
	}
	if n := len(r.MissingGold); n > 0 {
		fmt.Fprintf(w, "; %d predicted without gold (not scored)", n)
	}
	fmt.Fprint(w, "\n\n")
}

func (r *Report) writeTypes(w io.Writer, base *Report) {
	delta := make(map[string]float64)
	if base != nil {
		for _, c := range r.Compare(base) {
			delta[c.Row+"/"+string(c.Regime)] = c.Delta
		}
	}
	f1 := func(row string, reg Regime, v float64) string {
		s := fmt.Sprintf("%.3f", v)
		if d, ok := delta[row+"/"+string(reg)]; ok {
			s += fmt.Sprintf(" %+.3f", d)
		}
		return s
	}
	tw := newTab(w)
	fmt.Fprintln(tw, "type\tgold\tpred\tstrict P\tR\tF1\tlenient P\tR\tF1\tfull P\tR\tF1\t")
	row := func(name string, gold, pred string, prf func(Regime) PRF) {
		fmt.Fprintf(tw, "%s\t%s\t%s\t", name, gold, pred)
		for _, reg := range Regimes {
			p := prf(reg)
			fmt.Fprintf(tw, "%.3f\t%.3f\t%s\t", p.Precision, p.Recall, f1(name, reg, p.F1))
		}
		fmt.Fprintln(tw)
		if prf(Strict).CI == nil {
			return
		}
		// The interval of each number, on a line of its own below it.
		fmt.Fprint(tw, "\t\t\t")
		for _, reg := range Regimes {
			in := prf(reg).CI
			fmt.Fprintf(tw, "%s\t%s\t%s\t", span2(in.Precision), span2(in.Recall), span2(in.F1))
		}
		fmt.Fprintln(tw)
	}
	for _, ts := range r.Types {
		row(Safe(string(ts.Type)), fmt.Sprint(ts.Gold), fmt.Sprint(ts.Pred), func(g Regime) PRF { return ts.On(g).PRF })
	}
	row("micro", fmt.Sprint(r.Micro.Gold), fmt.Sprint(r.Micro.Pred), func(g Regime) PRF { return r.Micro.On(g).PRF })
	row("macro", "", "", r.Macro.On)
	tw.Flush()
	fmt.Fprintf(w, "micro: counts summed over types; macro: mean over the %d types with gold or predictions\n", r.Macro.Types)
	if b := r.Bootstrap; b != nil {
		fmt.Fprintf(w, "[low,high]: %.0f%% bootstrap interval over the %d documents (%d resamples, seed %d)\n", 100*b.Level, r.Documents, b.Resamples, b.Seed)
	}
	fmt.Fprintln(w)
}

func (r *Report) writeAttributes(w io.Writer) {
	if len(r.Attributes) == 0 {
		return
	}
	fmt.Fprintln(w, "attribute accuracy over lenient pairs:")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, a := range r.Attributes {
		acc := "-"
		if a.Total > 0 {
			acc = fmt.Sprintf("%.3f", a.Accuracy)
		}
		fmt.Fprintf(tw, "  %s %s\t%s\t%d/%d\n", a.Type, a.Attribute, acc, a.Correct, a.Total)
	}
	tw.Flush()
}

func (r *Report) writeSchemes(w io.Writer) {
	if len(r.Schemes) == 0 {
		return
	}
	fmt.Fprintln(w, "\nnervaluate schemes, all types aligned at once (partial: overlap counts half):")
	tw := newTab(w)
	fmt.Fprint(tw, "type\t")
	for _, s := range r.Schemes {
		fmt.Fprintf(tw, "%s P\tR\tF1\t", s.Scheme)
	}
	fmt.Fprintln(tw)
	row := func(name string, c func(SchemeScores) SchemeCounts) {
		fmt.Fprintf(tw, "%s\t", name)
		for _, s := range r.Schemes {
			x := c(s)
			fmt.Fprintf(tw, "%.3f\t%.3f\t%.3f\t", x.Precision, x.Recall, x.F1)
		}
		fmt.Fprintln(tw)
	}
	for i, ts := range r.Schemes[0].Types {
		row(Safe(string(ts.Type)), func(s SchemeScores) SchemeCounts { return s.Types[i].SchemeCounts })
	}
	row("micro", func(s SchemeScores) SchemeCounts { return s.Micro })
	tw.Flush()
}

// maxValueConfusions is how many value confusions the table shows.
const maxValueConfusions = 15

func (r *Report) writeConfusion(w io.Writer) {
	c := r.Confusion
	if len(c.Types) > 0 {
		fmt.Fprintln(w, "\ntype confusion (gold type → predicted type on the same or overlapping span):")
		for _, t := range c.Types {
			fmt.Fprintf(w, "  %-8s → %-8s %d\n", Safe(string(t.Gold)), Safe(string(t.Pred)), t.Count)
		}
	}
	if len(c.Values) > 0 {
		fmt.Fprintln(w, "\nattribute values confused (gold → predicted), most frequent first:")
		for i, v := range c.Values {
			if i == maxValueConfusions {
				fmt.Fprintf(w, "  … %d more in --json\n", len(c.Values)-i)
				break
			}
			fmt.Fprintf(w, "  %3d  %s %s: %q → %q\n", v.Count, Safe(string(v.Type)), v.Attribute, v.Gold, v.Pred)
		}
	}
}

func (r *Report) writeDocs(w io.Writer) {
	missing := make(map[string]string)
	for _, id := range r.MissingPred {
		missing[id] = "no prediction"
	}
	for _, id := range r.Failed {
		missing[id] = "failed"
	}
	for _, x := range r.Refused {
		missing[x.ID] = "refused"
	}
	fmt.Fprintln(w)
	tw := newTab(w)
	fmt.Fprintln(tw, "document\tgold\tpred\tstrict F1\tlenient F1\tfull F1\t\t")
	for _, d := range r.Docs {
		fmt.Fprintf(tw, "%s\t%d\t%d\t%.3f\t%.3f\t%.3f\t%s\t\n", Safe(d.ID), d.Gold, d.Pred,
			d.Strict.F1, d.Lenient.F1, d.Full.F1, missing[d.ID])
	}
	tw.Flush()
}

func (r *Report) writeMistakes(w io.Writer) {
	fmt.Fprintf(w, "\n%d mistakes:\n", len(r.Mistakes))
	writeMistakeList(w, r.Mistakes)
}

func writeMistakeList(w io.Writer, ms []Mistake) {
	for _, m := range ms {
		fmt.Fprintf(w, "%s %-8s %-9s %s\n", Safe(m.Doc), Safe(string(m.Type)), m.Kind, m.describe())
		if m.Context != "" {
			fmt.Fprintf(w, "    %s\n", m.Context)
		}
	}
}

func (c *Comparison) write(w io.Writer) {
	fmt.Fprintf(w, "\nA %s against B %s: F1 of A − B, paired bootstrap p (%d resamples, seed %d)\n",
		Safe(c.A), Safe(c.B), c.Bootstrap.Resamples, c.Bootstrap.Seed)
	tw := newTab(w)
	fmt.Fprint(tw, "row\t")
	for _, reg := range Regimes {
		fmt.Fprintf(tw, "%s A\tB\tA − B\tp\t", reg)
	}
	fmt.Fprintln(tw)
	for i := 0; i+len(Regimes) <= len(c.Deltas); i += len(Regimes) {
		fmt.Fprintf(tw, "%s\t", c.Deltas[i].Row)
		for _, d := range c.Deltas[i : i+len(Regimes)] {
			fmt.Fprintf(tw, "%.3f\t%.3f\t%+.3f\t%.3f\t", d.A, d.B, d.Delta, d.P)
		}
		fmt.Fprintln(tw)
	}
	tw.Flush()
	fmt.Fprintf(w, "\n%d errors fixed (made by B, not by A):\n", len(c.Fixed))
	writeMistakeList(w, c.Fixed)
	fmt.Fprintf(w, "\n%d errors introduced (made by A, not by B):\n", len(c.Introduced))
	writeMistakeList(w, c.Introduced)
}

// span2 formats an interval of ratios.
func span2(in [2]float64) string { return fmt.Sprintf("[%.2f,%.2f]", in[0], in[1]) }

// describe tells what the mistake is about, on one line, with the rule
// that produced the prediction when it records one.
func (m Mistake) describe() string {
	ann := func(a *corpus.Annotation) string {
		return fmt.Sprintf("%d-%d %q", a.Start, a.End, short(a.Text))
	}
	var d string
	switch {
	case m.Gold == nil:
		d = ann(m.Pred)
	case m.Pred == nil:
		d = ann(m.Gold)
	case m.Diff != nil:
		d = fmt.Sprintf("%s %s: gold %q, pred %q", ann(m.Gold), m.Diff.Attribute, m.Diff.Gold, m.Diff.Pred)
	default:
		d = fmt.Sprintf("gold %s, pred %s", ann(m.Gold), ann(m.Pred))
	}
	if m.Pred != nil && m.Pred.Rule != "" {
		d += fmt.Sprintf(" (rule %s)", Safe(m.Pred.Rule))
	}
	return d
}

// short puts s on one line and cuts it to at most 60 code points.
func short(s string) string {
	s = spaceRuns(s) // the caller quotes it with %q, which escapes
	n := 0
	for i := range s {
		if n == 59 && utf8.RuneCountInString(s[i:]) > 1 {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
