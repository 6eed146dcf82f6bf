package extract

import (
	"cmp"
	"iter"
	"slices"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Spans are one document's annotations in the stages' compact records,
// sorted and without same-type overlaps, made into corpus.Annotations one
// at a time as they are read (see All). A corpus.Annotation is 184 bytes,
// the records 40 to 64: text with a named speaker every 17 bytes (a QUOTE
// and an OFFICIAL each) takes 22 bytes per byte as a []corpus.Annotation
// and 6 as Spans, so that a writer that streams them (annotate does) never
// holds the whole result. Spans are read-only and safe for concurrent
// reads.
type Spans struct {
	text string
	ix   *corpus.Index
	// invisible: the text holds an invisible mark, which titles and cues
	// are given without (as names and speakers always are)
	invisible bool
	// each type's records sorted by byte offsets (stably: in the stage's
	// order when equal), same-type overlaps dropped
	dates     []dateSpan
	officials []officialSpan
	names     []officialName // by officialSpan.who
	quotes    []quoteSpan
	troops    []span
}

// Len is the number of annotations.
func (s *Spans) Len() int {
	if s == nil {
		return 0
	}
	return len(s.dates) + len(s.officials) + len(s.quotes) + len(s.troops)
}

// Count is the number of annotations of type t.
func (s *Spans) Count(t corpus.Type) int {
	if s == nil {
		return 0
	}
	switch t {
	case corpus.Date:
		return len(s.dates)
	case corpus.Official:
		return len(s.officials)
	case corpus.Quote:
		return len(s.quotes)
	case corpus.Troops:
		return len(s.troops)
	}
	return 0
}

// All yields the annotations sorted by start, then end, then type (as
// corpus.SortAnnotations sorts them), with code-point offsets. The
// annotation yielded is reused for the next: copy it to keep it.
func (s *Spans) All() iter.Seq[*corpus.Annotation] {
	return func(yield func(*corpus.Annotation) bool) {
		if s == nil {
			return
		}
		var a corpus.Annotation
		// the next record of each type; types in corpus.SortAnnotations's
		// order (DATE < OFFICIAL < QUOTE < TROOPS) break ties
		var d, o, q, t int
		for {
			best, bs, be := -1, 0, 0
			consider := func(k, start, end int) {
				if best < 0 || start < bs || start == bs && end < be {
					best, bs, be = k, start, end
				}
			}
			if d < len(s.dates) {
				consider(0, int(s.dates[d].start), int(s.dates[d].end))
			}
			if o < len(s.officials) {
				consider(1, int(s.officials[o].start), int(s.officials[o].end))
			}
			if q < len(s.quotes) {
				consider(2, int(s.quotes[q].start), int(s.quotes[q].end))
			}
			if t < len(s.troops) {
				consider(3, s.troops[t].Start, s.troops[t].End)
			}
			switch best {
			case -1:
				return
			case 0:
				x := &s.dates[d]
				a = span{Type: corpus.Date, Value: x.val, Rule: x.rule}
				d++
			case 1:
				x := &s.names[s.officials[o].who]
				a = span{Type: corpus.Official, Name: withoutInvisible(x.name), Title: x.title, Rule: x.rule}
				if s.invisible {
					a.Title = withoutInvisible(a.Title)
				}
				o++
			case 2:
				x := &s.quotes[q]
				a = span{Type: corpus.Quote, Speaker: withoutInvisible(x.speaker), Cue: x.cue, Rule: x.rule}
				if s.invisible {
					a.Cue = withoutInvisible(a.Cue)
				}
				if x.speaker != "" {
					a.SpeakerStart, a.SpeakerEnd = s.ix.Rune(int(x.speakerStart)), s.ix.Rune(int(x.speakerEnd))
				} else {
					a.SpeakerStart, a.SpeakerEnd = int(x.speakerStart), int(x.speakerEnd)
				}
				q++
			case 3:
				a = s.troops[t]
				t++
			}
			a.Text = s.text[bs:be]
			a.Start, a.End = s.ix.Rune(bs), s.ix.Rune(be)
			if !yield(&a) {
				return
			}
		}
	}
}

// Slice returns the annotations as All yields them, in one new slice.
func (s *Spans) Slice() []corpus.Annotation {
	out := make([]corpus.Annotation, 0, s.Len())
	for a := range s.All() {
		out = append(out, *a)
	}
	return out
}

// spans sorts the stages' records into Spans, dropping each record from
// res as it is moved: the records are not copied, except the DATE chunks
// into one array.
func (d *doc) spans(res *stageResults) *Spans {
	s := &Spans{text: d.text, ix: corpus.NewIndex(d.text), invisible: d.invisible}
	n := 0
	for _, c := range res.dates {
		for _, x := range c {
			if representable(x.val) {
				n++
			}
		}
	}
	if n > 0 {
		s.dates = make([]dateSpan, 0, n)
		for k, c := range res.dates {
			for _, x := range c {
				if representable(x.val) {
					s.dates = append(s.dates, x)
				}
			}
			res.dates[k] = nil
		}
	}
	s.officials, s.names, s.quotes = res.officials, res.officialNames, res.quotes
	for _, ss := range res.spans {
		s.troops = append(s.troops, ss...)
	}
	*res = stageResults{}

	s.dates = sortSpans(s.dates, func(x *dateSpan) (int, int) { return int(x.start), int(x.end) })
	s.officials = sortSpans(s.officials, func(x *officialSpan) (int, int) { return int(x.start), int(x.end) })
	s.quotes = sortSpans(s.quotes, func(x *quoteSpan) (int, int) { return int(x.start), int(x.end) })
	s.troops = sortSpans(s.troops, func(x *span) (int, int) { return x.Start, x.End })
	return s
}

// sortSpans sorts one type's records stably by their byte offsets (at
// returns them) and drops each that overlaps the last one kept: the
// earlier, then longer, span wins. It sorts in place.
func sortSpans[T any](xs []T, at func(*T) (start, end int)) []T {
	sorted := slices.IsSortedFunc(xs, func(a, b T) int { return compareAt(at, &a, &b) })
	if !sorted {
		slices.SortStableFunc(xs, func(a, b T) int { return compareAt(at, &a, &b) })
	}
	kept := xs[:0]
	lastEnd := -1
	for i := range xs {
		start, end := at(&xs[i])
		if lastEnd >= 0 && start < lastEnd {
			continue
		}
		lastEnd = end
		kept = append(kept, xs[i])
	}
	clear(xs[len(kept):]) // the dropped records' strings
	return kept
}

func compareAt[T any](at func(*T) (int, int), a, b *T) int {
	as, ae := at(a)
	bs, be := at(b)
	if c := cmp.Compare(as, bs); c != 0 {
		return c
	}
	return cmp.Compare(ae, be)
}
