package render

import (
	"cmp"
	"fmt"
	"slices"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
)

// articleSummary is the corpus overview of the article view.
type articleSummary struct {
	Totals    []int
	Total     int
	Officials []officialRow
	Speakers  []speakerGroup
}

// officialRow is one person: the annotations whose names are equal after
// eval.Normalize.
type officialRow struct {
	Name     string
	Titles   []string
	Mentions int
	Docs     int
	First    link
}

// speakerGroup is the quotes of one speaker (names equal after
// eval.Normalize), or of none.
type speakerGroup struct {
	Speaker string
	Quotes  []quoteRow
}

type quoteRow struct {
	Text string
	Doc  string
	Link link
}

// link is a place in the view: a document's page (in a split view) and
// the element id there.
type link struct {
	doc *docView
	key string
}

// Href returns the link from a page of the view: a fragment in one page,
// the document's page and the fragment in a split view.
func (l link) Href(split bool) string {
	if l.doc == nil {
		return ""
	}
	if split {
		return l.doc.page + "#" + l.key
	}
	return "#" + l.key
}

// summarize counts the annotations of the article view.
func summarize(docs []*docView, anns []corpus.Annotated) *articleSummary {
	s := &articleSummary{Totals: make([]int, len(typeOrder))}
	type person struct {
		row   *officialRow
		names map[string]int
		docs  map[string]bool
	}
	people := map[string]*person{}
	var order []string
	speakers := map[string]*speakerGroup{}
	var speakerOrder []string
	for i, a := range anns {
		d := docs[i]
		for j, c := range d.Counts {
			s.Totals[j] += c
			s.Total += c
		}
		for k, an := range a.Annotations {
			at := link{doc: d, key: fmt.Sprintf("d%d-a%d", d.n, k)}
			switch an.Type {
			case corpus.Official:
				name := cmp.Or(an.Name, an.Text)
				norm := eval.Normalize(name)
				p := people[norm]
				if p == nil {
					p = &person{row: &officialRow{First: at}, names: map[string]int{}, docs: map[string]bool{}}
					people[norm] = p
					order = append(order, norm)
				}
				p.row.Mentions++
				p.names[name]++
				p.docs[d.ID] = true
				if an.Title != "" && !slices.Contains(p.row.Titles, an.Title) {
					p.row.Titles = append(p.row.Titles, an.Title)
				}
			case corpus.Quote:
				norm := eval.Normalize(an.Speaker)
				g := speakers[norm]
				if g == nil {
					g = &speakerGroup{Speaker: an.Speaker}
					speakers[norm] = g
					speakerOrder = append(speakerOrder, norm)
				}
				g.Quotes = append(g.Quotes, quoteRow{Text: short(an.Text), Doc: d.ID, Link: at})
			}
		}
	}
	for _, norm := range order {
		p := people[norm]
		p.row.Name = mostUsed(p.names)
		p.row.Docs = len(p.docs)
		s.Officials = append(s.Officials, *p.row)
	}
	slices.SortStableFunc(s.Officials, func(a, b officialRow) int { return cmp.Compare(b.Mentions, a.Mentions) })
	for _, norm := range speakerOrder {
		s.Speakers = append(s.Speakers, *speakers[norm])
	}
	slices.SortStableFunc(s.Speakers, func(a, b speakerGroup) int {
		if (a.Speaker == "") != (b.Speaker == "") { // quotes without a speaker last
			return boolLast(a.Speaker == "", b.Speaker == "")
		}
		return cmp.Compare(len(b.Quotes), len(a.Quotes))
	})
	return s
}

// mostUsed returns the most frequent name, the longest on a tie, then the
// first in sort order.
func mostUsed(names map[string]int) string {
	best := ""
	for n, c := range names {
		bc := names[best]
		if best == "" || c > bc || c == bc && (len(n) > len(best) || len(n) == len(best) && n < best) {
			best = n
		}
	}
	return best
}

// boolLast orders false before true.
func boolLast(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
