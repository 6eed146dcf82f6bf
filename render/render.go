// Package render draws annotated documents as HTML pages for people to
// check: each document's text with its annotations highlighted by type,
// their attributes on hover or keyboard focus, each quote linked to its
// speaker mention, filters by type, a summary of the corpus, and an
// evaluation view that shows gold and predicted annotations together as
// hits, misses, false hits and wrong attributes.
//
// A page is self-contained: its style sheet, script and data are inline,
// it loads nothing from the network and works from file://. Its Content
// Security Policy allows only that script and style sheet (by hash), so
// markup that slipped into a document could not run. The page is made
// with html/template, except the bulk of each document (its drawn text
// and data block), written directly with html/template's own escaping
// and encoding/json's; every text, id and attribute from documents and
// annotation files is escaped for its context. Control characters (other
// than tab and line breaks) and bidirectional formatting characters are
// shown as visible labels (ESC, U+202E).
//
// Annotations are drawn as nested elements: where spans cross, the inner
// one is cut into fragments at the boundary, so that a troop count inside
// a quote, or an official who is also a quote's speaker, stays readable.
//
// A view is drawn one document at a time: a document's markup is built
// when its page (or its section of the one page) is written and dropped
// right after, so memory holds the inputs and a small record per
// document, never the markup of the whole corpus.
package render

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Options adjust a view.
type Options struct {
	// Title is the page title; "" gives a title naming the view.
	Title string
}

// View is a set of documents ready to be written as HTML: one page with
// [View.WriteHTML], or a folder of pages with [View.Pages].
type View struct {
	ctx      context.Context // stops building and writing
	title    string
	docs     []*docView
	summary  *articleSummary // article view
	eval     *evalSummary    // evaluation view
	warnings []string
}

// Warnings lists what the view could not show as given: documents
// without text, annotations outside their text or whose text differs
// from it, quotes whose speaker has no span. Each names the document.
// The pages show them too, with facts that are no problem of the input
// (a document whose annotation failed, a gold document without a
// prediction). A document's problems are found when its markup is built:
// after the view is written, Warnings is complete at once; before, it
// builds (and drops) the markup of every document not yet written.
func (v *View) Warnings() []string {
	for _, d := range v.docs {
		if !d.checked {
			if v.build(d) != nil {
				break // cancelled
			}
			d.release()
		}
	}
	return v.warnings
}

// docView is one document of a view: a small record kept for the whole
// run (its id, counts, scores and page) and its markup, built by
// View.build when the document is written and dropped by release.
type docView struct {
	n      int // position in the view, for element ids
	ID     string
	Date   string
	doc    *corpus.Document // nil when the text is unknown
	Counts []int            // per type of typeOrder
	Scores *docScoreRow     // evaluation view
	// page is the file of the document in a split view.
	page string
	// facts are the notes known from the start (no text, annotating
	// failed), factProblems those of them that are problems of the input.
	facts, factProblems []string
	// fill adds the document's annotations (add, addJudged) to its
	// markup being built.
	fill func(d *docView)
	// checked: its problems are in the view's warnings.
	checked bool
	// drawn is how many annotations fill adds, speakers how many
	// speaker mentions they may add at most, to size the markup.
	drawn, speakers int

	// The markup, between build and release.
	ix       *corpus.Index
	marks    []mark
	Tokens   []token    // the drawn text
	tips     []keyedTip // unique keys, in the order added (sorted when written)
	notes    []string   // found while building, shown after facts
	problems []string   // the notes that are problems with the input
	speaker  map[string]*speakerMention
	Errors   []errorRow // evaluation view
}

// Notes are what the page says about the document: its facts, then what
// building its markup found.
func (d *docView) Notes() []string { return append(slices.Clip(d.facts), d.notes...) }

// Tips are the hover texts of the document's highlights, for its data
// block, by key.
func (d *docView) Tips() map[string]tip {
	m := make(map[string]tip, len(d.tips))
	for _, kt := range d.tips {
		m[kt.key] = kt.tip
	}
	return m
}

// keyedTip is a tip and the key of its highlight. A document's tips are
// a slice, not a map by key: every key is made once (an annotation's
// index, a speaker mention's span) and only the writing reads them, in
// key order; a map of them took twice the memory (a 41 MB page of one
// document: 41 MB of map against ~20 MB of slice).
type keyedTip struct {
	key string
	tip
}

type speakerMention struct {
	start, end int
	quotes     []string
}

// tip is what a highlight shows on hover or focus. The script reads it
// from the page's JSON data block and builds the tip with textContent.
type tip struct {
	Type    string      `json:"type"`
	Text    string      `json:"text"`
	Fields  [][2]string `json:"fields,omitempty"`
	Outcome string      `json:"outcome,omitempty"`
	// Speaker holds the keys of the speaker mentions a quote is linked to,
	// Quotes the keys of the quotes a speaker mention is linked to.
	Speaker []string `json:"speaker,omitempty"`
	Quotes  []string `json:"quotes,omitempty"`
}

// typeOrder is the order of types in legends, tables and filters; types
// outside it (invalid input) are drawn as "other".
var typeOrder = corpus.Types

// typeClass returns the CSS class suffix of type t.
func typeClass(t corpus.Type) string {
	if t.Known() {
		return string(t)
	}
	return "other"
}

// markClass returns the classes of an annotation's mark: constants, not
// a string built per annotation.
func markClass(t corpus.Type) string {
	switch t {
	case corpus.Official:
		return "a t-OFFICIAL"
	case corpus.Date:
		return "a t-DATE"
	case corpus.Troops:
		return "a t-TROOPS"
	case corpus.Quote:
		return "a t-QUOTE"
	}
	return "a t-other"
}

// rank orders marks with equal spans: outer first.
func rank(t corpus.Type) int {
	switch t {
	case corpus.Quote:
		return 1
	case corpus.Official:
		return 2
	case corpus.Date:
		return 3
	case corpus.Troops:
		return 4
	}
	return 5
}

const (
	rankHeader  = 0
	rankSpeaker = 9
)

// Articles returns the view of the annotated documents anns, in their
// order, with the texts of docs (matched by id; other documents are left
// out). Ids must be unique in anns.
//
// The markup of each document is built when the view is written; ctx
// stops that, and this, when it is done (the writing methods then return
// its error).
func Articles(ctx context.Context, docs []corpus.Document, anns []corpus.Annotated, opts Options) (*View, error) {
	v := &View{ctx: ctx, title: cmp.Or(opts.Title, "dispatch: annotations")}
	texts := textsByID(docs)
	seen := make(map[string]bool, len(anns))
	for i := range anns {
		a := &anns[i]
		if i%1024 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if seen[a.ID] {
			return nil, fmt.Errorf("duplicate document id %q in the annotations", a.ID)
		}
		seen[a.ID] = true
		d := v.newDoc(a.ID, a.Date, texts)
		if a.Error != "" {
			d.info("annotating failed: " + a.Error)
		}
		for _, an := range a.Annotations {
			d.count(an)
		}
		d.drawn = len(a.Annotations)
		d.fill = func(d *docView) {
			for i, an := range a.Annotations {
				if i%4096 == 4095 && v.ctx.Err() != nil {
					return // build says so
				}
				d.add(fmt.Sprintf("d%d-a%d", d.n, i), an, tip{})
			}
		}
	}
	v.summary = summarize(v.docs, anns)
	return v, nil
}

func textsByID(docs []corpus.Document) map[string]*corpus.Document {
	m := make(map[string]*corpus.Document, len(docs))
	for i := range docs {
		if _, dup := m[docs[i].ID]; !dup {
			m[docs[i].ID] = &docs[i]
		}
	}
	return m
}

func (v *View) newDoc(id, date string, texts map[string]*corpus.Document) *docView {
	n := len(v.docs)
	d := &docView{n: n, ID: id, Date: date, page: pageName(n, id), Counts: make([]int, len(typeOrder))}
	if doc, ok := texts[id]; ok {
		d.doc = doc
		if d.Date == "" {
			d.Date = doc.Date
		}
	} else {
		d.factProblem("no text for this document: give its file or folder with --docs")
	}
	v.docs = append(v.docs, d)
	return d
}

// build makes the markup of document d: its highlights, tips and drawn
// text. The first build of a document adds its problems to the view's
// warnings. It returns the view's context error when that is done.
func (v *View) build(d *docView) error {
	if err := v.ctx.Err(); err != nil {
		return err
	}
	d.release()
	// sized up front: grown by doubling, they left as much garbage as
	// markup on a big document
	d.tips, d.speaker = make([]keyedTip, 0, d.drawn+d.speakers), make(map[string]*speakerMention, d.speakers)
	d.marks = make([]mark, 0, d.drawn+d.speakers+1)
	if d.doc != nil {
		d.ix = corpus.NewIndex(d.doc.Text)
		if d.doc.BodyStart > 0 {
			d.marks = append(d.marks, mark{start: 0, end: d.ix.Rune(d.doc.BodyStart), class: "hdr", rank: rankHeader})
		}
	}
	if d.fill != nil {
		d.fill(d)
	}
	if err := v.ctx.Err(); err != nil { // perhaps cut short
		d.release()
		return err
	}
	return v.finishDoc(d)
}

// release drops the markup of d, built by build.
func (d *docView) release() {
	d.ix, d.marks, d.Tokens, d.tips, d.speaker, d.Errors = nil, nil, nil, nil, nil, nil
	d.notes, d.problems = nil, nil
}

// count counts annotation an in the document's totals, and the speaker
// mention it may add.
func (d *docView) count(an corpus.Annotation) {
	if i := slices.Index(typeOrder, an.Type); i >= 0 {
		d.Counts[i]++
	}
	if an.Type == corpus.Quote && an.Speaker != "" {
		d.speakers++
	}
}

// Key returns the element id of the document's section.
func (d *docView) Key() string { return fmt.Sprintf("d%d", d.n) }

// Link returns the place of the document's section.
func (d *docView) Link() link { return link{doc: d, key: d.Key()} }

// Total returns the number of annotations of known types.
func (d *docView) Total() int {
	n := 0
	for _, c := range d.Counts {
		n += c
	}
	return n
}

// note records a problem with the input found while building the
// markup: shown on the page and listed by View.Warnings.
func (d *docView) note(s string) {
	d.notes = append(d.notes, s)
	d.problems = append(d.problems, s)
}

// info records a fact about the document, shown on the page only.
func (d *docView) info(s string) { d.facts = append(d.facts, s) }

// factProblem records a fact about the document that is a problem of
// the input: shown on the page and listed by View.Warnings.
func (d *docView) factProblem(s string) {
	d.facts = append(d.facts, s)
	d.factProblems = append(d.factProblems, s)
}

// add adds annotation an under key with tip t's outcome, classes and
// extra fields.
func (d *docView) add(key string, an corpus.Annotation, t tip) {
	d.checkText(an)
	t.Type, t.Text = string(an.Type), an.Text
	t.Fields = append(fields(an), t.Fields...)
	if an.Type == corpus.Quote && an.Speaker != "" {
		if an.SpeakerStart >= 0 && an.SpeakerStart < an.SpeakerEnd {
			t.Speaker = append([]string{d.speakerKey(an.SpeakerStart, an.SpeakerEnd, key)}, t.Speaker...)
		} else {
			d.note(fmt.Sprintf("QUOTE %d-%d: the speaker %q has no speaker span", an.Start, an.End, short(an.Speaker)))
		}
	}
	class := markClass(an.Type)
	if t.Outcome != "" {
		class += " o-" + t.Outcome
	}
	d.marks = append(d.marks, mark{start: an.Start, end: an.End, key: key, class: class, rank: rank(an.Type), what: string(an.Type)})
	d.tips = append(d.tips, keyedTip{key, t})
}

// speakerKey returns the key of the speaker mention start-end and links
// the quote quoteKey to it.
func (d *docView) speakerKey(start, end int, quoteKey string) string {
	key := fmt.Sprintf("d%d-s%d-%d", d.n, start, end)
	sm := d.speaker[key]
	if sm == nil {
		sm = &speakerMention{start: start, end: end}
		d.speaker[key] = sm
	}
	sm.quotes = append(sm.quotes, quoteKey)
	return key
}

// checkText notes an annotation whose text is not its slice of the
// document. Spans outside the text are noted when the marks are drawn.
func (d *docView) checkText(an corpus.Annotation) {
	if d.doc == nil || an.Start < 0 || an.End > d.ix.Len() || an.Start >= an.End {
		return
	}
	if got := d.doc.Text[d.ix.Byte(an.Start):d.ix.Byte(an.End)]; got != an.Text {
		d.note(fmt.Sprintf("%s %d-%d: the annotation's text %q differs from the document's %q", an.Type, an.Start, an.End, short(an.Text), short(got)))
	}
}

// finishDoc adds the speaker mentions as marks and draws the text.
func (v *View) finishDoc(d *docView) error {
	keys := make([]string, 0, len(d.speaker))
	for k := range d.speaker {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		sm := d.speaker[k]
		text := ""
		if d.doc != nil && sm.start >= 0 && sm.end <= d.ix.Len() && sm.start < sm.end {
			text = d.doc.Text[d.ix.Byte(sm.start):d.ix.Byte(sm.end)]
		}
		d.marks = append(d.marks, mark{start: sm.start, end: sm.end, key: k, class: "sp", rank: rankSpeaker, what: "speaker mention"})
		d.tips = append(d.tips, keyedTip{k, tip{Type: "speaker", Text: text, Quotes: sm.quotes,
			Fields: [][2]string{{"quotes", strconv.Itoa(len(sm.quotes))}, {"span", span(sm.start, sm.end)}}}})
	}
	if d.doc != nil {
		var problems []string
		var err error
		d.Tokens, problems, err = tokens(v.ctx, d.doc.Text, d.marks)
		if err != nil {
			d.release()
			return err
		}
		d.marks = nil
		for _, p := range problems {
			d.note(p)
		}
	}
	if !d.checked {
		d.checked = true
		for _, p := range slices.Concat(d.factProblems, d.problems) {
			v.warnings = append(v.warnings, d.ID+": "+p)
		}
	}
	return nil
}

// fields lists the attributes of an annotation for its tip.
func fields(a corpus.Annotation) [][2]string {
	f := make([][2]string, 0, 5) // the most a type has, with rule and span
	orNone := func(s string) string { return cmp.Or(s, "(none)") }
	switch a.Type {
	case corpus.Official:
		f = append(f, [2]string{"name", orNone(a.Name)}, [2]string{"title", orNone(a.Title)})
	case corpus.Date:
		f = append(f, [2]string{"value", cmp.Or(a.Value, "(unresolved)")})
	case corpus.Troops:
		f = append(f, [2]string{"value", strconv.Itoa(a.Count)}, [2]string{"mod", orNone(a.Mod)})
	case corpus.Quote:
		f = append(f, [2]string{"speaker", orNone(a.Speaker)}, [2]string{"cue", orNone(a.Cue)})
	}
	if a.Rule != "" {
		f = append(f, [2]string{"rule", a.Rule})
	}
	return append(f, [2]string{"span", span(a.Start, a.End)})
}

func span(start, end int) string { return fmt.Sprintf("%d–%d", start, end) }

// short cuts s to 80 code points.
func short(s string) string {
	const max = 80
	if n := 0; len(s) > max {
		for i := range s {
			if n == max {
				return s[:i] + "…"
			}
			n++
		}
	}
	return s
}

// pageName returns the file name of document n with id id in a split view:
// its position, then the id reduced to safe characters.
func pageName(n int, id string) string {
	var b strings.Builder
	for _, r := range id {
		if b.Len() >= 60 {
			break
		}
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return fmt.Sprintf("doc-%04d-%s.html", n+1, strings.Trim(b.String(), "."))
}

// ratio3 formats a ratio for a table.
func ratio3(x float64) string { return strconv.FormatFloat(x, 'f', 3, 64) }
