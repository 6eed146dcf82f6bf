package render

import (
	"cmp"
	"context"
	"fmt"
	"strconv"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
)

// Outcomes of an annotation in the evaluation view, as CSS class suffixes.
const (
	outHit      = "hit"      // a predicted annotation paired with gold, all attributes right
	outBoundary = "boundary" // paired, attributes right, spans differ
	outWrong    = "wrong"    // paired, some attribute wrong
	outFalse    = "false"    // a predicted annotation without gold
	outMiss     = "miss"     // a gold annotation without a prediction
)

// outcomeNames labels the outcomes in legends and tips.
var outcomeNames = []struct{ Class, Name, Mark string }{
	{outHit, "hit", "✓"},
	{outWrong, "wrong attribute", "≠"},
	{outBoundary, "wrong boundary", "↔"},
	{outMiss, "miss", "✗"},
	{outFalse, "false hit", "+"},
}

// evalSummary is the overview of the evaluation view.
type evalSummary struct {
	Types       []scoreRow
	Attributes  []eval.Accuracy
	Errors      int
	MissingPred []string
	MissingGold []string
	Failed      []string
}

// scoreRow is the scores of one type, or of all (micro average).
type scoreRow struct {
	Name             string
	Gold, Pred       int
	TP, FP, FN       int
	P, R, F1         string // lenient
	StrictF1, FullF1 string
	F1Width          int // lenient F1 in percent, for a bar
}

type docScoreRow struct {
	Doc link
	ID  string
	scoreRow
}

// errorRow is one mistake of the error list.
type errorRow struct {
	Kind  string
	Class string // outcome class of the highlight it links to
	Type  string
	Text  string
	Diff  string
	Link  link
}

func newScoreRow(name string, s eval.Scores) scoreRow {
	l := s.Lenient
	return scoreRow{Name: name, Gold: s.Gold, Pred: s.Pred, TP: l.TP, FP: l.FP, FN: l.FN,
		P: ratio3(l.Precision), R: ratio3(l.Recall), F1: ratio3(l.F1),
		StrictF1: ratio3(s.Strict.F1), FullF1: ratio3(s.Full.F1), F1Width: int(l.F1*100 + 0.5)}
}

// judgement is what the scorer's mistakes say about the annotations of
// one document. Annotations are compared as values: identical
// annotations are judged alike, except that a count of misses and false
// hits is kept.
type judgement struct {
	missed, spurious map[corpus.Annotation]int
	diffs            map[corpus.Annotation][]eval.Diff
	gold             map[corpus.Annotation]corpus.Annotation // a prediction's lenient pair, where it differs
	boundary         map[corpus.Annotation]bool
	mistakes         []eval.Mistake
}

func judge(ms []eval.Mistake) map[string]*judgement {
	js := map[string]*judgement{}
	for _, m := range ms {
		j := js[m.Doc]
		if j == nil {
			j = &judgement{missed: map[corpus.Annotation]int{}, spurious: map[corpus.Annotation]int{},
				diffs: map[corpus.Annotation][]eval.Diff{}, gold: map[corpus.Annotation]corpus.Annotation{},
				boundary: map[corpus.Annotation]bool{}}
			js[m.Doc] = j
		}
		j.mistakes = append(j.mistakes, m)
		switch m.Kind {
		case eval.Missed:
			j.missed[*m.Gold]++
		case eval.Spurious:
			j.spurious[*m.Pred]++
		case eval.Boundary:
			j.boundary[*m.Pred] = true
			j.gold[*m.Pred] = *m.Gold
		case eval.Attribute:
			j.diffs[*m.Pred] = append(j.diffs[*m.Pred], *m.Diff)
			j.gold[*m.Pred] = *m.Gold
		}
	}
	return js
}

// Evaluation returns the view of predicted annotations pred scored
// against gold annotations gold with eval.Score, over the texts of docs
// (matched by id). It shows the gold documents, sorted by id: each
// prediction as a hit, a false hit, a wrong boundary or a wrong
// attribute, and each gold annotation without a prediction as a miss;
// then the scores per type and per document, and the list of mistakes,
// each linked to its place in the text.
//
// As for Articles, ctx stops the building and writing of the view.
func Evaluation(ctx context.Context, docs []corpus.Document, gold, pred []corpus.Annotated, opts Options) (*View, error) {
	texts := textsByID(docs)
	textOf := make(map[string]string, len(texts))
	for id, d := range texts {
		textOf[id] = d.Text
	}
	r, err := eval.ScoreContext(ctx, gold, pred, eval.Options{Texts: textOf})
	if err != nil {
		return nil, err
	}
	golds, preds := annotatedByID(gold), annotatedByID(pred)
	refused := make(map[string]string, len(r.Refused))
	for _, x := range r.Refused {
		refused[x.ID] = x.Reason
	}
	v := &View{ctx: ctx, title: cmp.Or(opts.Title, "dispatch: evaluation")}
	es := &evalSummary{MissingPred: r.MissingPred, MissingGold: r.MissingGold, Failed: r.Failed,
		Attributes: r.Attributes, Errors: len(r.Mistakes)}
	for _, ts := range r.Types {
		if ts.Gold+ts.Pred > 0 || ts.Type.Known() {
			es.Types = append(es.Types, newScoreRow(string(ts.Type), ts.Scores))
		}
	}
	es.Types = append(es.Types, newScoreRow("all (micro)", r.Micro))
	js := judge(r.Mistakes)
	for i, ds := range r.Docs {
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		g := golds[ds.ID]
		p, hasPred := preds[ds.ID]
		d := v.newDoc(ds.ID, cmp.Or(g.Date, p.Date), texts)
		switch {
		case !hasPred:
			d.info("no prediction for this document: every gold annotation is a miss")
		case p.Error != "":
			d.info("annotating failed: " + p.Error)
		}
		if why, ok := refused[ds.ID]; ok {
			// scored as missing, and drawn so (red team 22, 1)
			d.factProblem(why + "; not scored: every gold annotation is a miss")
			p.Annotations = nil
		}
		j := js[ds.ID]
		if j == nil {
			j = &judgement{}
		}
		d.countJudged(p.Annotations, g.Annotations, j)
		d.fill = func(d *docView) { d.addJudged(v.ctx, p.Annotations, g.Annotations, j) }
		d.Scores = &docScoreRow{Doc: d.Link(), ID: ds.ID, scoreRow: newScoreRow(ds.ID, ds.Scores)}
	}
	v.eval = es
	return v, nil
}

func annotatedByID(as []corpus.Annotated) map[string]corpus.Annotated {
	m := make(map[string]corpus.Annotated, len(as))
	for _, a := range as {
		m[a.ID] = a
	}
	return m
}

// countJudged counts what addJudged draws: the predictions and the
// missed gold annotations.
func (d *docView) countJudged(pred, gold []corpus.Annotation, j *judgement) {
	d.drawn = len(pred)
	for _, p := range pred {
		d.count(p)
	}
	missed := cloneCounts(j.missed)
	for _, g := range gold {
		if missed[g] > 0 {
			missed[g]--
			d.count(g)
			d.drawn++
		}
	}
}

// addJudged adds the predictions and the missed gold annotations of one
// document with their outcomes, and the document's error list.
func (d *docView) addJudged(ctx context.Context, pred, gold []corpus.Annotation, j *judgement) {
	predKey := map[corpus.Annotation]string{}
	goldKey := map[corpus.Annotation]string{}
	spurious := cloneCounts(j.spurious)
	for i, p := range pred {
		if i%4096 == 4095 && ctx.Err() != nil {
			return // build says so
		}
		key := fmt.Sprintf("d%d-p%d", d.n, i)
		if _, ok := predKey[p]; !ok {
			predKey[p] = key
		}
		t := tip{Outcome: outHit}
		g, paired := j.gold[p]
		switch {
		case spurious[p] > 0:
			spurious[p]--
			t.Outcome = outFalse
		case len(j.diffs[p]) > 0:
			t.Outcome = outWrong
			for _, df := range j.diffs[p] {
				t.Fields = append(t.Fields, [2]string{"gold " + df.Attribute, df.Gold})
			}
		case j.boundary[p]:
			t.Outcome = outBoundary
		}
		if paired && (g.Start != p.Start || g.End != p.End) {
			t.Fields = append(t.Fields, [2]string{"gold span", fmt.Sprintf("%s “%s”", span(g.Start, g.End), short(g.Text))})
		}
		if paired && g.Type == corpus.Quote && g.Speaker != "" && g.SpeakerStart >= 0 && g.SpeakerStart < g.SpeakerEnd &&
			(g.SpeakerStart != p.SpeakerStart || g.SpeakerEnd != p.SpeakerEnd || p.Speaker == "") {
			t.Speaker = append(t.Speaker, d.speakerKey(g.SpeakerStart, g.SpeakerEnd, key))
		}
		d.add(key, p, t)
	}
	missed := cloneCounts(j.missed)
	for i, g := range gold {
		if missed[g] == 0 {
			continue
		}
		missed[g]--
		key := fmt.Sprintf("d%d-g%d", d.n, i)
		if _, ok := goldKey[g]; !ok {
			goldKey[g] = key
		}
		d.add(key, g, tip{Outcome: outMiss})
	}
	for _, m := range j.mistakes {
		e := errorRow{Type: string(m.Type)}
		var an corpus.Annotation
		switch {
		case m.Kind == eval.Missed:
			an, e.Class = *m.Gold, outMiss
			e.Link = link{doc: d, key: goldKey[an]}
		default:
			an = *m.Pred
			e.Link = link{doc: d, key: predKey[an]}
			e.Class = map[eval.Kind]string{eval.Spurious: outFalse, eval.Boundary: outBoundary, eval.Attribute: outWrong}[m.Kind]
		}
		e.Kind = outcomeName(e.Class)
		e.Text = short(an.Text)
		switch {
		case m.Diff != nil:
			e.Diff = fmt.Sprintf("%s: gold %s, predicted %s", m.Diff.Attribute, orNone(m.Diff.Gold), orNone(m.Diff.Pred))
		case m.Kind == eval.Boundary:
			e.Diff = fmt.Sprintf("gold %s “%s”, predicted %s", span(m.Gold.Start, m.Gold.End), short(m.Gold.Text), span(m.Pred.Start, m.Pred.End))
		}
		d.Errors = append(d.Errors, e)
	}
}

func outcomeName(class string) string {
	for _, o := range outcomeNames {
		if o.Class == class {
			return o.Name
		}
	}
	return class
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return strconv.Quote(s)
}

func cloneCounts(m map[corpus.Annotation]int) map[corpus.Annotation]int {
	c := make(map[corpus.Annotation]int, len(m))
	for k, v := range m {
		c[k] = v
	}
	return c
}
