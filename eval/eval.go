// Package eval scores annotations against gold files: it matches
// predicted annotations to gold ones, counts hits, false hits and misses,
// and reports precision, recall and F1 per type, per document and
// overall, the accuracy of secondary attributes, and a list of mistakes.
// It does no I/O: callers read the files (see corpus.ReadAnnotated).
//
// # Documents
//
// Documents are matched by id. A gold document without a prediction is
// scored as all misses and listed in [Report.MissingPred]; a predicted
// document without gold is not scored and is listed in
// [Report.MissingGold]. A prediction that records a failure (a non-empty
// Error) is scored with whatever annotations it has (normally none) and
// listed in [Report.Failed]. A prediction in which more than [MaxOverlapDepth]
// annotations of one type share a code point is not scored: it counts as
// a missing prediction (all misses) and is listed, with the reason, in
// [Report.Refused]; gold so piled up is an error.
//
// # Matching
//
// Annotations are matched within one document and one type, one to one,
// under three regimes:
//
//   - strict: same start and same end;
//   - lenient: overlapping spans (sharing at least one code point), paired
//     greedily, largest overlap first; ties go to the smaller distance
//     between starts, then between ends, then to a pair whose key
//     attribute agrees, then to the earlier gold span, then to the earlier
//     predicted span (earlier: by start, end, then input order). The
//     result does not depend on the order of the annotations in the input
//     beyond that last resort;
//   - full: lenient pairs whose key attribute agrees: OFFICIAL name, DATE
//     value, TROOPS value (the count) and QUOTE speaker. Names and
//     speakers are compared after [Normalize]; DATE and TROOPS values must
//     be equal.
//
// Under each regime, TP is the number of pairs, FP the predictions left
// unpaired and FN the gold annotations left unpaired. Precision is TP/pred
// and recall TP/gold; F1 is their harmonic mean (0 when both are 0). Where
// a denominator is zero the ratio is 1 if the other side is empty too
// (nothing to find and nothing found) and 0 otherwise. The micro average
// sums the counts of all types; the macro average is the mean of the
// per-type precisions, recalls and F1s over the types that have gold or
// predicted annotations (all 1 when there are none). Types outside
// corpus.Types that appear in the input are scored as types of their own,
// so nothing is dropped silently.
//
// # Attributes
//
// Secondary attributes are scored over lenient pairs as correct/total:
// OFFICIAL title and QUOTE cue (after [Normalize]), TROOPS mod (equal),
// and the QUOTE speaker span (speaker_start and speaker_end equal, over
// pairs whose gold quote has a speaker). An accuracy over no pairs is 1.
//
// # Normalisation
//
// Names, speakers, titles and cues are compared after [Normalize]:
// Unicode NFKD; nonspacing marks (accents) dropped; lower case; dashes and
// hyphens (category Pd) turned into a space and all other punctuation
// (category P: apostrophes straight and curly, periods, commas, quotation
// marks, brackets, slashes) dropped; white space collapsed to one space and
// trimmed. "Jean-Yves Le Drian" equals "jean yves le drián", "Lt. Gen."
// equals "Lt Gen".
//
// # Options, intervals, schemes
//
// [Options] can restrict scoring to some types, set ignore regions (where
// predictions are not scored) and choose how QUOTE speakers match.
// [Report.AddIntervals] adds bootstrap confidence intervals over
// documents; [CompareSystems] compares two systems with a paired
// bootstrap. Every report also holds nervaluate's schemes (strict, exact,
// partial, type) and type and value confusions. docs/eval.md has the
// details and a worked example.
//
// # Mistakes
//
// [Report.Mistakes] lists every gold annotation without a lenient pair
// ([Missed]), every prediction without one ([Spurious]), every lenient pair
// whose spans differ ([Boundary]) and, once per attribute, every lenient
// pair with a key or secondary attribute wrong ([Attribute]).
package eval

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Regime is a way of matching predicted annotations to gold ones.
type Regime string

// The matching regimes; see the package documentation.
const (
	Strict  Regime = "strict"
	Lenient Regime = "lenient"
	Full    Regime = "full"
)

// Regimes lists the regimes in report order.
var Regimes = []Regime{Strict, Lenient, Full}

// ParseRegime returns the regime named s.
func ParseRegime(s string) (Regime, error) {
	for _, r := range Regimes {
		if string(r) == s {
			return r, nil
		}
	}
	return "", fmt.Errorf("unknown regime %q: want strict, lenient or full", s)
}

// PRF is precision, recall and F1, with their confidence interval when
// [Report.AddIntervals] has computed one.
type PRF struct {
	Precision float64   `json:"precision"`
	Recall    float64   `json:"recall"`
	F1        float64   `json:"f1"`
	CI        *Interval `json:"ci,omitempty"`
}

// Counts is the outcome of one regime: true positives (pairs), false
// positives (unpaired predictions), false negatives (unpaired gold) and
// the ratios computed from them.
type Counts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
	PRF
}

func (c *Counts) add(o Counts) {
	c.TP += o.TP
	c.FP += o.FP
	c.FN += o.FN
}

// finish computes the ratios from the counts.
func (c *Counts) finish() {
	c.PRF.set(float64(c.TP), c.TP+c.FP, c.TP+c.FN)
}

// set computes precision (credit/actual), recall (credit/possible) and F1
// from the credit earned, the number of predictions (actual) and of gold
// annotations (possible). A ratio with nothing to divide by is 1 when
// both are 0 (nothing to find, nothing claimed), else 0. CI is kept.
func (p *PRF) set(credit float64, actual, possible int) {
	vacuous := actual == 0 && possible == 0
	p.Precision, p.Recall, p.F1 = 0, 0, 0
	switch {
	case actual > 0:
		p.Precision = credit / float64(actual)
	case vacuous:
		p.Precision = 1
	}
	switch {
	case possible > 0:
		p.Recall = credit / float64(possible)
	case vacuous:
		p.Recall = 1
	}
	if s := p.Precision + p.Recall; s > 0 {
		p.F1 = 2 * p.Precision * p.Recall / s
	}
}

// ratio is n/d; when d is 0 it is 1 if vacuous, else 0.
func ratio(n, d int, vacuous bool) float64 {
	if d == 0 {
		if vacuous {
			return 1
		}
		return 0
	}
	return float64(n) / float64(d)
}

// Scores holds the annotation counts and the outcome of each regime for
// one type, one document or all of them.
type Scores struct {
	Gold int `json:"gold"`
	Pred int `json:"pred"`
	// Ignored counts the predictions dropped in ignore regions (see
	// [Options.Ignore]); they are not in Pred.
	Ignored int    `json:"ignored,omitempty"`
	Strict  Counts `json:"strict"`
	Lenient Counts `json:"lenient"`
	Full    Counts `json:"full"`
}

// On returns the outcome of regime r.
func (s Scores) On(r Regime) Counts { return *s.counts(r) }

// counts returns the field of s that holds regime r.
func (s *Scores) counts(reg Regime) *Counts {
	switch reg {
	case Strict:
		return &s.Strict
	case Full:
		return &s.Full
	}
	return &s.Lenient
}

func (s *Scores) add(o Scores) {
	s.Gold += o.Gold
	s.Pred += o.Pred
	s.Ignored += o.Ignored
	s.Strict.add(o.Strict)
	s.Lenient.add(o.Lenient)
	s.Full.add(o.Full)
}

func (s *Scores) finish() {
	s.Strict.finish()
	s.Lenient.finish()
	s.Full.finish()
}

// TypeScores is the outcome for one annotation type.
type TypeScores struct {
	Type corpus.Type `json:"type"`
	Scores
}

// Macro holds the macro averages: per-type ratios averaged over Types
// types (those with gold or predicted annotations).
type Macro struct {
	Types   int `json:"types"`
	Strict  PRF `json:"strict"`
	Lenient PRF `json:"lenient"`
	Full    PRF `json:"full"`
}

// On returns the averages of regime r.
func (m Macro) On(r Regime) PRF { return *m.on(r) }

// Accuracy is how often a secondary attribute is right over lenient
// pairs.
type Accuracy struct {
	Type      corpus.Type `json:"type"`
	Attribute string      `json:"attribute"`
	Correct   int         `json:"correct"`
	Total     int         `json:"total"`
	Accuracy  float64     `json:"accuracy"`
}

// DocScores is the outcome for one gold document: the sum over its types,
// and each type.
type DocScores struct {
	ID string `json:"id"`
	Scores
	Types []TypeScores `json:"types"`
}

// Kind classifies a mistake.
type Kind string

// The kinds of mistake.
const (
	Missed    Kind = "missed"    // gold annotation without a lenient pair
	Spurious  Kind = "spurious"  // prediction without a lenient pair
	Boundary  Kind = "boundary"  // lenient pair whose spans differ
	Attribute Kind = "attribute" // lenient pair with an attribute wrong
)

// Mistake is one difference between gold and prediction. Gold and Pred
// are the annotations concerned (one of them nil for a miss or a false
// hit); Diff names the attribute that differs.
type Mistake struct {
	Doc  string             `json:"doc"`
	Kind Kind               `json:"kind"`
	Type corpus.Type        `json:"type"`
	Gold *corpus.Annotation `json:"gold,omitempty"`
	Pred *corpus.Annotation `json:"pred,omitempty"`
	Diff *Diff              `json:"diff,omitempty"`
	// Context is the document text around the annotation, with the span
	// (gold and predicted together) in brackets, when the text is known.
	Context string `json:"context,omitempty"`
}

// Refusal is a predicted document that was not scored, and why.
type Refusal struct {
	ID     string `json:"id"`
	Reason string `json:"reason"`
}

// Diff is an attribute that differs, with its gold and predicted values.
type Diff struct {
	Attribute string `json:"attribute"`
	Gold      string `json:"gold"`
	Pred      string `json:"pred"`
}

// Report is the outcome of scoring. It marshals to JSON with the field
// names of its tags; those names are stable.
type Report struct {
	// Documents is the number of gold documents scored.
	Documents int `json:"documents"`
	// MissingPred lists gold documents without a prediction (scored as
	// all misses), MissingGold predicted documents without gold (not
	// scored), Failed predictions that record a failure. Ids are sorted.
	MissingPred []string `json:"missing_pred"`
	MissingGold []string `json:"missing_gold"`
	Failed      []string `json:"failed"`
	// Refused lists the gold documents whose prediction was not scored
	// because more than MaxOverlapDepth of its annotations of one type share a code
	// point (pairing such piles costs time quadratic in their size):
	// each is scored as a missing prediction, all misses. Sorted by id.
	Refused []Refusal `json:"refused"`
	// Types holds one entry per type: corpus.Types in order, then any
	// other type seen, sorted.
	Types      []TypeScores `json:"types"`
	Micro      Scores       `json:"micro"`
	Macro      Macro        `json:"macro"`
	Attributes []Accuracy   `json:"attributes"`
	// Schemes holds the nervaluate schemes (strict, exact, partial,
	// type), which align predictions with gold of every type at once.
	Schemes []SchemeScores `json:"schemes"`
	// Confusion holds type and attribute value confusions.
	Confusion Confusion `json:"confusion"`
	// Docs holds one entry per gold document, sorted by id.
	Docs []DocScores `json:"docs"`
	// Mistakes lists every mistake by document, then position.
	Mistakes []Mistake `json:"mistakes"`
	// Changes holds the differences from a baseline, when the caller sets
	// it from Compare; Score leaves it empty.
	Changes []Change `json:"changes,omitempty"`
	// Bootstrap says how the confidence intervals (the "ci" of each
	// precision, recall and F1) were computed, when AddIntervals ran.
	Bootstrap *Bootstrap `json:"bootstrap,omitempty"`
	// Comparison holds the comparison with another system, when the
	// caller sets it from CompareSystems.
	Comparison *Comparison `json:"comparison,omitempty"`
}

// Type returns the scores of type t, and false when the report has no
// such type.
func (r *Report) Type(t corpus.Type) (TypeScores, bool) {
	for _, ts := range r.Types {
		if ts.Type == t {
			return ts, true
		}
	}
	return TypeScores{}, false
}

// Options adjust scoring.
type Options struct {
	// Texts maps document ids to document texts. When a text is known,
	// mistakes in that document carry a context snippet.
	Texts map[string]string
	// Context is the number of code points of context on each side of a
	// mistake; 0 means 40.
	Context int
	// Ignore maps document ids to regions where gold is not annotated
	// for a type (in TimeML: the TIMEX3 that are not DATE gold). A
	// prediction of that type which overlaps an ignore region and no
	// gold annotation of its type is neither a hit nor a false hit: it is
	// dropped before matching and counted in [Scores.Ignored].
	Ignore map[string][]Region
	// Speaker decides when a QUOTE speaker is right; "" means
	// [SpeakerName].
	Speaker SpeakerMatch
	// Types, when not empty, restricts scoring to these types: gold and
	// predicted annotations of other types are left out, for gold that
	// annotates only some types (PolNeAR only QUOTE, TimeML only DATE).
	Types []corpus.Type
}

// Region is a span of one type in which predictions are not scored.
type Region struct {
	Type  corpus.Type `json:"type"`
	Start int         `json:"start"`
	End   int         `json:"end"`
}

// SpeakerMatch is a way of deciding that a QUOTE speaker is right.
type SpeakerMatch string

// The speaker matches.
const (
	// SpeakerName: the speakers are equal after [Normalize].
	SpeakerName SpeakerMatch = "name"
	// SpeakerSpanOrName: the speakers are equal after [Normalize], or the
	// predicted speaker mention (speaker_start-speaker_end) overlaps the
	// gold one. For gold that marks the source mention but not a
	// canonical name, such as PolNeAR's Source spans.
	SpeakerSpanOrName SpeakerMatch = "span-or-name"
)

// ParseSpeakerMatch returns the speaker match named s.
func ParseSpeakerMatch(s string) (SpeakerMatch, error) {
	switch m := SpeakerMatch(s); m {
	case SpeakerName, SpeakerSpanOrName:
		return m, nil
	}
	return "", fmt.Errorf("unknown speaker match %q: want name or span-or-name", s)
}

// attribute is an annotation attribute that is compared across a pair.
type attribute struct {
	typ  corpus.Type
	name string
	key  bool // decides the full regime; otherwise secondary
	// value formats the attribute; normalized values go through Normalize.
	value      func(corpus.Annotation) string
	normalized bool
	// same, when set, decides equality instead of comparing values.
	same func(g, p corpus.Annotation) bool
	// applies reports whether a pair with this gold annotation is scored;
	// nil means always.
	applies func(gold corpus.Annotation) bool
}

func (at attribute) diff(g, p corpus.Annotation) *Diff {
	return &Diff{Attribute: at.name, Gold: at.value(g), Pred: at.value(p)}
}

func (at attribute) equal(g, p corpus.Annotation) bool {
	if at.same != nil {
		return at.same(g, p)
	}
	gv, pv := at.value(g), at.value(p)
	if at.normalized {
		return Normalize(gv) == Normalize(pv)
	}
	return gv == pv
}

// attributes lists the compared attributes, key attributes first, then
// secondary ones in report order.
func attributes(opts Options) []attribute {
	var sameSpeaker func(g, p corpus.Annotation) bool
	if opts.Speaker == SpeakerSpanOrName {
		sameSpeaker = func(g, p corpus.Annotation) bool {
			if Normalize(g.Speaker) == Normalize(p.Speaker) {
				return true
			}
			return g.Speaker != "" && p.Speaker != "" &&
				g.SpeakerStart < p.SpeakerEnd && p.SpeakerStart < g.SpeakerEnd
		}
	}
	return []attribute{
		{typ: corpus.Official, name: "name", key: true, normalized: true,
			value: func(a corpus.Annotation) string { return a.Name }},
		{typ: corpus.Date, name: "value", key: true,
			value: func(a corpus.Annotation) string { return a.Value }},
		{typ: corpus.Troops, name: "value", key: true,
			value: func(a corpus.Annotation) string { return strconv.Itoa(a.Count) }},
		{typ: corpus.Quote, name: "speaker", key: true, normalized: true, same: sameSpeaker,
			value: func(a corpus.Annotation) string { return a.Speaker }},
		{typ: corpus.Official, name: "title", normalized: true,
			value: func(a corpus.Annotation) string { return a.Title }},
		{typ: corpus.Troops, name: "mod",
			value: func(a corpus.Annotation) string { return a.Mod }},
		{typ: corpus.Quote, name: "speaker_span",
			value:   speakerSpan,
			applies: func(g corpus.Annotation) bool { return g.Speaker != "" }},
		{typ: corpus.Quote, name: "cue", normalized: true,
			value: func(a corpus.Annotation) string { return a.Cue }},
	}
}

func speakerSpan(a corpus.Annotation) string {
	if a.SpeakerStart < 0 && a.SpeakerEnd < 0 {
		return "none"
	}
	return fmt.Sprintf("%d-%d", a.SpeakerStart, a.SpeakerEnd)
}

// Score scores the predicted documents pred against the gold documents
// gold. Ids must be unique on each side.
func Score(gold, pred []corpus.Annotated, opts Options) (*Report, error) {
	golds, err := byID(gold, "gold")
	if err != nil {
		return nil, err
	}
	preds, err := byID(pred, "predicted")
	if err != nil {
		return nil, err
	}
	s := scorer{opts: opts, attrs: attributes(opts), types: typesOf(gold, pred)}
	if len(opts.Types) > 0 {
		s.types = slices.DeleteFunc(s.types, func(t corpus.Type) bool { return !slices.Contains(opts.Types, t) })
	}
	if s.opts.Context <= 0 {
		s.opts.Context = 40
	}
	r := &Report{MissingPred: []string{}, MissingGold: []string{}, Failed: []string{}, Refused: []Refusal{}, Mistakes: []Mistake{}}
	r.Types = make([]TypeScores, len(s.types))
	for i, t := range s.types {
		r.Types[i].Type = t
	}
	s.acc = make([]Accuracy, len(s.attrs))
	s.tally = newSchemeTally(s.types)
	// spans of one type piled up deeper than MaxOverlapDepth would make
	// the pairing quadratic: gold so piled is an error (gold is held to
	// the contract), a prediction so piled is not scored (red team 22,
	// 1: one such document aborted the whole run)
	for _, id := range sortedKeys(golds) {
		if err := checkOverlapDepth("gold", id, golds[id].Annotations); err != nil {
			return nil, fmt.Errorf("%w; not scored", err)
		}
	}
	ids := sortedKeys(golds)
	r.Docs = make([]DocScores, 0, len(ids))
	for _, id := range ids {
		p, ok := preds[id]
		if !ok {
			r.MissingPred = append(r.MissingPred, id)
		} else if p.Error != "" {
			r.Failed = append(r.Failed, id)
		}
		if err := checkOverlapDepth("predicted", id, p.Annotations); err != nil {
			r.Refused = append(r.Refused, Refusal{ID: id, Reason: err.Error()})
			p.Annotations = nil
		}
		d := s.document(r, id, golds[id].Annotations, p.Annotations)
		r.Docs = append(r.Docs, d)
	}
	for _, id := range sortedKeys(preds) {
		if _, ok := golds[id]; !ok {
			r.MissingGold = append(r.MissingGold, id)
		}
	}
	r.Documents = len(ids)
	r.Attributes = []Accuracy{}
	for j, at := range s.attrs {
		if !at.key && slices.Contains(s.types, at.typ) {
			a := s.acc[j]
			a.Type, a.Attribute = at.typ, at.name
			r.Attributes = append(r.Attributes, a)
		}
	}
	r.finish()
	r.Schemes, r.Confusion.Types = s.tally.scores()
	r.Confusion.Values = valueConfusions(r.Mistakes)
	return r, nil
}

func (r *Report) finish() {
	r.Micro = Scores{}
	var sum Macro
	for i := range r.Types {
		ts := &r.Types[i]
		ts.finish()
		r.Micro.add(ts.Scores)
		if ts.Gold+ts.Pred == 0 {
			continue
		}
		sum.Types++
		for _, reg := range Regimes {
			m := sum.on(reg)
			c := ts.On(reg)
			m.Precision += c.Precision
			m.Recall += c.Recall
			m.F1 += c.F1
		}
	}
	r.Micro.finish()
	r.Macro = Macro{Types: sum.Types, Strict: PRF{Precision: 1, Recall: 1, F1: 1}, Lenient: PRF{Precision: 1, Recall: 1, F1: 1}, Full: PRF{Precision: 1, Recall: 1, F1: 1}}
	if n := float64(sum.Types); n > 0 {
		for _, reg := range Regimes {
			m, s := r.Macro.on(reg), sum.on(reg)
			*m = PRF{Precision: s.Precision / n, Recall: s.Recall / n, F1: s.F1 / n}
		}
	}
	for i := range r.Attributes {
		a := &r.Attributes[i]
		a.Accuracy = ratio(a.Correct, a.Total, true)
	}
}

// on returns the field of m that holds regime r.
func (m *Macro) on(r Regime) *PRF {
	switch r {
	case Strict:
		return &m.Strict
	case Full:
		return &m.Full
	}
	return &m.Lenient
}

func byID(docs []corpus.Annotated, side string) (map[string]corpus.Annotated, error) {
	m := make(map[string]corpus.Annotated, len(docs))
	for _, d := range docs {
		if _, dup := m[d.ID]; dup {
			return nil, fmt.Errorf("duplicate %s document id %q", side, d.ID)
		}
		m[d.ID] = d
	}
	return m, nil
}

func sortedKeys(m map[string]corpus.Annotated) []string {
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// typesOf returns corpus.Types followed by any other type in the input,
// sorted.
func typesOf(gold, pred []corpus.Annotated) []corpus.Type {
	types := slices.Clone(corpus.Types)
	var extra []corpus.Type
	for _, side := range [][]corpus.Annotated{gold, pred} {
		for _, d := range side {
			for _, a := range d.Annotations {
				if !slices.Contains(types, a.Type) && !slices.Contains(extra, a.Type) {
					extra = append(extra, a.Type)
				}
			}
		}
	}
	slices.Sort(extra)
	return append(types, extra...)
}

type scorer struct {
	tally *schemeTally
	opts  Options
	types []corpus.Type
	attrs []attribute
	acc   []Accuracy // parallel to attrs
}

// document scores one gold document against its prediction, adding to
// r's per-type scores and mistakes and to s's attribute accuracies.
func (s *scorer) document(r *Report, id string, gold, pred []corpus.Annotation) DocScores {
	d := DocScores{ID: id, Types: make([]TypeScores, len(s.types))}
	var ctx *contexter
	if text, ok := s.opts.Texts[id]; ok {
		ctx = newContexter(text, s.opts.Context)
	}
	var mistakes []Mistake
	var allGold, allPred []corpus.Annotation // of the scored types, for the schemes
	for i, t := range s.types {
		gs, ps := ofType(gold, t), ofType(pred, t)
		ps, ignored := dropIgnored(gs, ps, s.opts.Ignore[id], t)
		allGold, allPred = append(allGold, gs...), append(allPred, ps...)
		sc, ms := s.compare(gs, ps, t)
		sc.Ignored = ignored
		for j := range ms {
			ms[j].Doc = id
			if ctx != nil {
				ms[j].Context = ctx.around(ms[j].Gold, ms[j].Pred)
			}
		}
		mistakes = append(mistakes, ms...)
		d.Types[i] = TypeScores{Type: t, Scores: sc}
		d.Types[i].finish()
		d.add(sc)
		r.Types[i].add(sc)
	}
	d.finish()
	s.tally.document(allGold, allPred)
	slices.SortStableFunc(mistakes, func(a, b Mistake) int {
		as, ae := a.span()
		bs, be := b.span()
		return cmp.Or(cmp.Compare(as, bs), cmp.Compare(ae, be))
	})
	r.Mistakes = append(r.Mistakes, mistakes...)
	return d
}

// compare scores the gold and predicted annotations of type t in one
// document (each sorted by position) and lists the mistakes, without
// their document.
func (s *scorer) compare(gs, ps []corpus.Annotation, t corpus.Type) (Scores, []Mistake) {
	var key *attribute
	var secondary []int // indices into s.attrs
	for j, at := range s.attrs {
		switch {
		case at.typ != t:
		case at.key:
			key = &s.attrs[j]
		default:
			secondary = append(secondary, j)
		}
	}
	var ms []Mistake
	add := func(k Kind, g, p *corpus.Annotation, diff *Diff) {
		ms = append(ms, Mistake{Kind: k, Type: t, Gold: g, Pred: p, Diff: diff})
	}
	sc := Scores{Gold: len(gs), Pred: len(ps)}
	sc.Strict.TP = strictPairs(gs, ps)
	pairs := lenientPairs(gs, ps, key)
	sc.Lenient.TP = len(pairs)
	gPaired := make([]bool, len(gs))
	pPaired := make([]bool, len(ps))
	for _, pr := range pairs {
		g, p := &gs[pr.g], &ps[pr.p]
		gPaired[pr.g], pPaired[pr.p] = true, true
		if g.Start != p.Start || g.End != p.End {
			add(Boundary, g, p, nil)
		}
		if key == nil || key.equal(*g, *p) {
			sc.Full.TP++
		} else {
			add(Attribute, g, p, key.diff(*g, *p))
		}
		for _, j := range secondary {
			at := s.attrs[j]
			if at.applies != nil && !at.applies(*g) {
				continue
			}
			s.acc[j].Total++
			if at.equal(*g, *p) {
				s.acc[j].Correct++
			} else {
				add(Attribute, g, p, at.diff(*g, *p))
			}
		}
	}
	for j := range gs {
		if !gPaired[j] {
			add(Missed, &gs[j], nil, nil)
		}
	}
	for j := range ps {
		if !pPaired[j] {
			add(Spurious, nil, &ps[j], nil)
		}
	}
	for _, c := range []*Counts{&sc.Strict, &sc.Lenient, &sc.Full} {
		c.FP = sc.Pred - c.TP
		c.FN = sc.Gold - c.TP
	}
	return sc, ms
}

// span returns the span of the mistake's gold annotation, or of the
// predicted one when there is no gold.
func (m Mistake) span() (start, end int) {
	if m.Gold != nil {
		return m.Gold.Start, m.Gold.End
	}
	return m.Pred.Start, m.Pred.End
}

// ofType returns the annotations of type t sorted by start and end,
// otherwise in input order.
func ofType(as []corpus.Annotation, t corpus.Type) []corpus.Annotation {
	n := 0
	for _, a := range as {
		if a.Type == t {
			n++
		}
	}
	out := make([]corpus.Annotation, 0, n) // not grown by doubling
	for _, a := range as {
		if a.Type == t {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b corpus.Annotation) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End))
	})
	return out
}

// dropIgnored removes from ps (sorted by position) the predictions of
// type t that overlap an ignore region and no gold annotation in gs, and
// returns the rest with the number removed.
func dropIgnored(gs, ps []corpus.Annotation, regions []Region, t corpus.Type) ([]corpus.Annotation, int) {
	if len(regions) == 0 {
		return ps, 0
	}
	// by sweeps, not every prediction against every region and gold span
	var rs []corpus.Annotation
	for _, r := range regions {
		if r.Type == t {
			rs = append(rs, corpus.Annotation{Start: r.Start, End: r.End})
		}
	}
	inRegion, onGold := make([]bool, len(ps)), make([]bool, len(ps))
	forOverlaps(rs, ps, func(_, j, _ int) { inRegion[j] = true })
	forOverlaps(gs, ps, func(_, j, _ int) { onGold[j] = true })
	// an empty span (a non-consuming TIMEX3) overlaps a prediction that
	// holds its point strictly inside
	emptyPoints(rs).mark(ps, inRegion)
	emptyPoints(gs).mark(ps, onGold)
	// and an empty prediction one that holds it strictly inside
	inRs, inGs := strictlyInside(rs), strictlyInside(gs)
	for j, p := range ps {
		if p.Start == p.End {
			inRegion[j], onGold[j] = inRs(p.Start), inGs(p.Start)
		}
	}
	kept := ps[:0:0]
	for j, p := range ps {
		if inRegion[j] && !onGold[j] {
			continue
		}
		kept = append(kept, p)
	}
	return kept, len(ps) - len(kept)
}

// strictPairs counts the one-to-one pairs with equal spans.
func strictPairs(gold, pred []corpus.Annotation) int {
	type span struct{ start, end int }
	left := make(map[span]int)
	for _, g := range gold {
		left[span{g.Start, g.End}]++
	}
	n := 0
	for _, p := range pred {
		k := span{p.Start, p.End}
		if left[k] > 0 {
			left[k]--
			n++
		}
	}
	return n
}

type pair struct{ g, p int }

// lenientPairs pairs overlapping spans one to one, greedily, as the
// package documentation describes. gold and pred are sorted by position.
func lenientPairs(gold, pred []corpus.Annotation, key *attribute) []pair {
	type candidate struct {
		pair
		overlap, startDist, endDist int
		agree                       bool
	}
	var cs []candidate
	forOverlaps(gold, pred, func(i, j, o int) {
		g, p := gold[i], pred[j]
		cs = append(cs, candidate{pair: pair{i, j}, overlap: o,
			startDist: abs(g.Start - p.Start), endDist: abs(g.End - p.End),
			agree: key == nil || key.equal(g, p)})
	})
	slices.SortFunc(cs, func(a, b candidate) int {
		return cmp.Or(
			cmp.Compare(b.overlap, a.overlap),
			cmp.Compare(a.startDist, b.startDist),
			cmp.Compare(a.endDist, b.endDist),
			boolFirst(a.agree, b.agree),
			cmp.Compare(a.g, b.g),
			cmp.Compare(a.p, b.p),
		)
	})
	gUsed := make([]bool, len(gold))
	pUsed := make([]bool, len(pred))
	var pairs []pair
	for _, c := range cs {
		if gUsed[c.g] || pUsed[c.p] {
			continue
		}
		gUsed[c.g], pUsed[c.p] = true, true
		pairs = append(pairs, c.pair)
	}
	slices.SortFunc(pairs, func(a, b pair) int { return cmp.Compare(a.g, b.g) })
	return pairs
}

// boolFirst orders true before false.
func boolFirst(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return -1
	}
	return 1
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
