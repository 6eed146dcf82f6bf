package eval

import (
	"strings"
	"unicode"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// contexter cuts context snippets out of one document text.
type contexter struct {
	text  string
	ix    *corpus.Index
	width int // code points on each side
}

func newContexter(text string, width int) *contexter {
	return &contexter{text: text, ix: corpus.NewIndex(text), width: width}
}

// around returns the text around the annotations g and p (either may be
// nil) on one line, the span covering both in brackets, with "…" where
// the text goes on. Of a span longer than three widths, only the first
// and last width are shown, joined by " … ". It returns "" when the offsets do not fit the text.
func (c *contexter) around(g, p *corpus.Annotation) string {
	start, end := -1, -1
	for _, a := range []*corpus.Annotation{g, p} {
		if a == nil {
			continue
		}
		if start < 0 || a.Start < start {
			start = a.Start
		}
		end = max(end, a.End)
	}
	n := c.ix.Len()
	if start < 0 || start > end || end > n {
		return ""
	}
	from, to := max(0, start-c.width), min(n, end+c.width)
	cut := func(i, j int) string { return oneLine(c.text[c.ix.Byte(i):c.ix.Byte(j)]) }
	var b strings.Builder
	if from > 0 {
		b.WriteString("…")
	}
	b.WriteString(cut(from, start))
	b.WriteString("[")
	if end-start > 3*c.width {
		// A long span (a quote): its beginning and end are enough.
		b.WriteString(cut(start, start+c.width))
		b.WriteString(" … ")
		b.WriteString(cut(end-c.width, end))
	} else {
		b.WriteString(cut(start, end))
	}
	b.WriteString("]")
	b.WriteString(cut(end, to))
	if to < n {
		b.WriteString("…")
	}
	return b.String()
}

// Safe returns s fit to print on a terminal: control characters (C0 and
// C1, DEL and so the ESC of terminal escape sequences) and invisible
// format characters (bidirectional overrides, zero-width marks) are
// written as Go escapes (\x1b, \u202e), a backslash as \\; everything
// else, accented and non-Latin letters included, is kept. It is
// [corpus.Printable].
func Safe(s string) string { return corpus.Printable(s) }

// oneLine replaces each run of white space in s with one space and makes
// the result [Safe].
func oneLine(s string) string { return Safe(spaceRuns(s)) }

// spaceRuns replaces each run of white space in s with one space.
func spaceRuns(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}
