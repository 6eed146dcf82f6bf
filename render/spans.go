package render

import (
	"cmp"
	"container/heap"
	"context"
	"fmt"
	"slices"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// maxDepth is the most marks that may cover one character. Valid
// annotations nest a few deep at most (a TROOPS count inside an OFFICIAL's
// title inside a QUOTE); the bound keeps invalid input (many overlapping
// spans of one type) from making the page quadratic.
const maxDepth = 12

// mark is one highlighted span of a document: an annotation, a speaker
// mention or the date header. Offsets are code points.
type mark struct {
	start, end int
	key        string // element id of the first fragment and key of its tip; "" for none
	class      string
	// rank orders marks with equal spans: the lower rank is outside.
	rank int
	// what names the mark in problems ("DATE", "speaker mention").
	what string
}

// token is one piece of a document's markup: an element opening, an
// element closing or a run of text. 40 bytes: a big document has some
// three tokens per annotation (they were 80, with a field for each use).
type token struct {
	Open  bool
	Close bool
	First bool  // of an opening: the first fragment carries the id and takes the focus
	Last  bool  // of an opening: the last fragment carries the outcome marker
	Level int32 // of an opening: nesting height, 1 for a mark with no mark inside
	// s is an opening's key or a text's text (or a control character's
	// name), t an opening's classes (the writer adds the level, lv1…lv5,
	// and "last") or a control character's symbol.
	s, t string
}

// Key is an opening's key: the mark's key, "" for none.
func (t token) Key() string { return t.when(t.Open, t.s) }

// Class is an opening's classes.
func (t token) Class() string { return t.when(t.Open, t.t) }

// Text is a text's text, or the name of the control character it shows.
func (t token) Text() string { return t.when(!t.Open && !t.Close, t.s) }

// Control is the symbol of a control character shown, "" for other text.
func (t token) Control() string { return t.when(!t.Open && !t.Close, t.t) }

func (token) when(ok bool, s string) string {
	if ok {
		return s
	}
	return ""
}

// tokens splits text at the boundaries of the marks and returns the
// markup: marks that nest become nested elements, and a mark that crosses
// the end of another is cut into fragments, so that each element is well
// formed. marks is reordered and overwritten (sorted and filtered in
// place: a copy was a tenth of a big document's markup). Marks outside
// the text, empty ones and those beyond maxDepth are left out and
// described in the returned problems. It stops with ctx's error when ctx
// is done.
func tokens(ctx context.Context, text string, marks []mark) ([]token, []string, error) {
	ix := corpus.NewIndex(text)
	n := ix.Len()
	var problems []string
	kept := marks[:0]
	for _, m := range marks {
		if m.start < 0 || m.end > n || m.start >= m.end {
			problems = append(problems, fmt.Sprintf("%s %d-%d is outside the text (%d code points) or empty", cmp.Or(m.what, "span"), m.start, m.end, n))
			continue
		}
		kept = append(kept, m)
	}
	slices.SortStableFunc(kept, func(a, b mark) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end), cmp.Compare(a.rank, b.rank))
	})
	kept, dropped := limitDepth(kept)
	if dropped > 0 {
		problems = append(problems, fmt.Sprintf("%d spans not shown: more than %d overlap", dropped, maxDepth))
	}

	// Boundaries in code points, each with the marks starting there.
	bounds := make([]int, 0, 2*len(kept)+2)
	bounds = append(bounds, 0, n)
	for _, m := range kept {
		bounds = append(bounds, m.start, m.end)
	}
	slices.Sort(bounds)
	bounds = slices.Compact(bounds)

	type open struct {
		m        *mark
		mi       int // its index in kept
		tok      int // index of its opening token
		childMax int
	}
	var (
		// an opening and a closing per mark and a text per boundary:
		// exact unless marks cross (fragments) or the text holds
		// control characters (grown by doubling, the tokens left as
		// much garbage as markup)
		out    = make([]token, 0, 2*len(kept)+len(bounds))
		stack  []open
		lastOf = make([]int, len(kept)) // the opening token of each mark's last fragment
		next   = 0                      // next mark of kept to open
	)
	openMark := func(mi int, first bool) {
		m := &kept[mi]
		out = append(out, token{Open: true, s: m.key, t: m.class, First: first})
		stack = append(stack, open{m: m, mi: mi, tok: len(out) - 1})
		lastOf[mi] = len(out) - 1
	}
	closeTop := func() {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		h := top.childMax + 1
		out[top.tok].Level = int32(h)
		if len(stack) > 0 {
			stack[len(stack)-1].childMax = max(stack[len(stack)-1].childMax, h)
		}
		out = append(out, token{Close: true})
	}
	for bi, p := range bounds {
		if bi%4096 == 4095 && ctx.Err() != nil {
			return nil, nil, ctx.Err()
		}
		// Close the marks ending here; reopen those above them that go on.
		if i := slices.IndexFunc(stack, func(o open) bool { return o.m.end == p }); i >= 0 {
			var reopen []int
			for len(stack) > i {
				top := stack[len(stack)-1]
				if top.m.end != p {
					reopen = append(reopen, top.mi)
				}
				closeTop()
			}
			for j := len(reopen) - 1; j >= 0; j-- {
				openMark(reopen[j], false)
			}
		}
		for next < len(kept) && kept[next].start == p {
			openMark(next, true)
			next++
		}
		if bi+1 < len(bounds) {
			out = appendText(out, text[ix.Byte(p):ix.Byte(bounds[bi+1])])
		}
	}
	for len(stack) > 0 { // only marks ending at n remain, closed above
		closeTop()
	}
	for _, t := range lastOf[:next] {
		out[t].Last = true
	}
	return out, problems, nil
}

// limitDepth drops the marks that would make more than maxDepth cover one
// character, keeping the earlier (outer) ones. marks are sorted.
func limitDepth(marks []mark) ([]mark, int) {
	var ends intHeap
	kept := marks[:0]
	dropped := 0
	for _, m := range marks {
		for len(ends) > 0 && ends[0] <= m.start {
			heap.Pop(&ends)
		}
		if len(ends) >= maxDepth {
			dropped++
			continue
		}
		heap.Push(&ends, m.end)
		kept = append(kept, m)
	}
	return kept, dropped
}

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// appendText appends s as text tokens, with each control character (other
// than tab, line feed and carriage return) and each bidirectional
// formatting character as a token of its own, shown as a visible symbol.
func appendText(out []token, s string) []token {
	from := 0
	for i, r := range s {
		sym, ok := controlSymbol(r)
		if !ok {
			continue
		}
		if from < i {
			out = append(out, token{s: s[from:i]})
		}
		out = append(out, token{s: fmt.Sprintf("U+%04X", r), t: sym})
		_, size := utf8.DecodeRuneInString(s[i:])
		from = i + size
	}
	if from < len(s) {
		out = append(out, token{s: s[from:]})
	}
	return out
}

// c0Names are the abbreviations of the C0 control characters; fonts
// often lack their Control Pictures (␛).
var c0Names = [...]string{"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR", "SO", "SI",
	"DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC", "FS", "GS", "RS", "US"}

// controlSymbol returns the visible stand-in of a control or
// bidirectional formatting character, and false for other characters.
func controlSymbol(r rune) (string, bool) {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return "", false
	case r < 0x20:
		return c0Names[r], true
	case r == 0x7f:
		return "DEL", true
	case r >= 0x80 && r <= 0x9f,
		r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069,
		r == 0x200e || r == 0x200f || r == 0x061c:
		return fmt.Sprintf("U+%04X", r), true
	}
	return "", false
}
