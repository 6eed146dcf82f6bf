package format

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// CoNLLWriter writes annotations as CoNLL-style BIO columns for training
// sequence taggers: one token a line, TAB-separated, as
//
//	token  start  end  TAG_1 ... TAG_n
//
// with start and end in code points (end exclusive) and one BIO tag
// column per type of Types (B-TYPE, I-TYPE or O), so that annotations of
// different types that nest (a TROOPS inside a QUOTE) are all kept. A
// document begins with the comment lines "# doc = ID" and "# columns =
// ..."; a blank line ends each paragraph (a line break in the text) and
// each document; a span that goes on after such a blank line goes on
// with I- (conlleval starts a chunk at an I- after O; a reader that joins
// such an I- to the span before gets the annotations back). In the id, a backslash, a tab and every line break are
// written as escapes (\\, \t, \n, \r, \u2028 ...), so that no id can
// forge a line and two ids never look alike; in a token, a backslash, a
// control character and a leading # (see writeToken).
//
// Tokens are runs of letters, digits and marks, joined across an
// apostrophe, period, comma or hyphen between two of them ("8,500",
// "U.S", "Zelenskyy’s"); any other character that is not a space is a
// token of its own. Tokens are also cut at every annotation boundary, so
// that every span is a whole number of tokens.
type CoNLLWriter struct {
	w     *bufio.Writer
	Types []corpus.Type
}

// NewCoNLLWriter returns a CoNLLWriter with one tag column per type of
// types (all four when types is empty).
func NewCoNLLWriter(w io.Writer, types []corpus.Type) *CoNLLWriter {
	if len(types) == 0 {
		types = corpus.Types
	}
	return &CoNLLWriter{w: bufio.NewWriter(w), Types: types}
}

// Write writes the annotations a of the document doc. The date header of
// a .txt document is not tokenized (it is never annotated).
func (c *CoNLLWriter) Write(a corpus.Annotated, doc corpus.Document) error {
	rs := []rune(doc.Text)
	n := len(rs)
	body := len([]rune(doc.Text[:min(max(doc.BodyStart, 0), len(doc.Text))]))
	var spans []corpus.Annotation
	// cuts[i]: an annotation starts or ends at code point i. A set of
	// bits, and tags of a byte a code point (not a string of 16 bytes
	// a column, new for each): a dense document took about 60 bytes a
	// code point (issue 8).
	cuts := newBits(n + 1)
	for _, an := range a.Annotations {
		if !slices.Contains(c.Types, an.Type) {
			continue
		}
		if an.Start < 0 || an.End > n || an.Start >= an.End {
			return fmt.Errorf("document %s: %s span %d-%d does not fit the text (%d code points)", a.ID, an.Type, an.Start, an.End, n)
		}
		spans = append(spans, an)
		cuts.set(an.Start)
		cuts.set(an.End)
	}
	// tags[t][i] is the tag of code point i in column t: tagO, tagB or tagI.
	tags := make([][]uint8, len(c.Types))
	names := make([][3]string, len(c.Types))
	for t, typ := range c.Types {
		names[t] = [3]string{"O", "B-" + string(typ), "I-" + string(typ)}
		col := make([]uint8, n)
		for _, an := range spans {
			if an.Type != typ {
				continue
			}
			for i := an.Start; i < an.End; i++ {
				col[i] = tagI
			}
			col[an.Start] = tagB
		}
		tags[t] = col
	}
	fmt.Fprintf(c.w, "# doc = %s\n# columns = token start end", conllID(a.ID))
	for _, t := range c.Types {
		fmt.Fprintf(c.w, " %s", t)
	}
	c.w.WriteString("\n")
	lastEnd, any := 0, false
	for _, tok := range tokens(rs, cuts) {
		if tok[0] < body {
			continue
		}
		// a span that goes on after the blank line goes on with I-: B-
		// there would make it two spans, never told from two that meet
		// at the break (red team 22, 4: documented)
		if any && slices.Contains(rs[lastEnd:tok[0]], '\n') {
			c.w.WriteString("\n")
		}
		writeToken(c.w, rs[tok[0]:tok[1]])
		fmt.Fprintf(c.w, "\t%d\t%d", tok[0], tok[1])
		for t := range c.Types {
			c.w.WriteByte('\t')
			c.w.WriteString(names[t][tags[t][tok[0]]])
		}
		c.w.WriteString("\n")
		lastEnd, any = tok[1], true
	}
	c.w.WriteString("\n")
	return nil
}

// Close flushes the output.
func (c *CoNLLWriter) Close() error { return c.w.Flush() }

// tokens splits rs into tokens (see CoNLLWriter), cutting also at every
// offset in cuts.
func tokens(rs []rune, cuts bits) [][2]int {
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }
	joiner := func(r rune) bool { return r == '\'' || r == '’' || r == '.' || r == ',' || r == '-' || r == '‑' }
	var out [][2]int
	for i := 0; i < len(rs); {
		r := rs[i]
		if unicode.IsSpace(r) {
			i++
			continue
		}
		j := i + 1
		if word(r) {
			for j < len(rs) && !cuts.has(j) {
				if word(rs[j]) {
					j++
					continue
				}
				if joiner(rs[j]) && j+1 < len(rs) && word(rs[j+1]) && !cuts.has(j+1) {
					j += 2
					continue
				}
				break
			}
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// The tags of a CoNLL column, as indexes of its names.
const (
	tagO = iota
	tagB
	tagI
)

// bits is a set of small non-negative integers.
type bits []uint64

func newBits(n int) bits { return make(bits, (n+63)/64) }

func (b bits) set(i int) { b[i/64] |= 1 << (i % 64) }

func (b bits) has(i int) bool { return i/64 < len(b) && b[i/64]&(1<<(i%64)) != 0 }

// writeToken writes a token's text so that line readers read it as one
// token of one line: a backslash as \\, a control character (the
// separators \x1c to \x1f among them, which Python's splitlines breaks
// lines at) as \uXXXX, and a # that opens the line (a comment to CoNLL
// readers, as the "# doc =" lines are) as \# (red team 22, 4). Columns 2
// and 3 give the token's offsets in the text, whatever its escape.
func writeToken(w *bufio.Writer, rs []rune) {
	for i, r := range rs {
		switch {
		case r == '\\':
			w.WriteString(`\\`)
		case r == '#' && i == 0:
			w.WriteString(`\#`)
		case unicode.IsControl(r):
			fmt.Fprintf(w, `\u%04x`, r)
		default:
			w.WriteRune(r)
		}
	}
}

// conllID writes id on one line, escaping a backslash and every
// character that would break or split the line, so that two ids never
// come out alike.
func conllID(id string) string {
	var b strings.Builder
	for _, r := range id {
		switch r {
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		case '\t':
			b.WriteString(`\t`)
		case '\v', '\f', '\u0085', '\u2028', '\u2029':
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
