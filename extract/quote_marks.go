package extract

import "sort"

// mark is a quotation mark: one token (“ ” " ' ‘ ’) or the doubled ASCII
// marks of wire archives, two glued tokens (“ “ ” and “ ” ”).
type mark struct {
	family            byte // 'd' double, 's' single, 0 none
	canOpen, canClose bool
	width             int // tokens the mark takes
}

// markAt classifies the quotation mark starting at token k.
func markAt(d *doc, k int) mark {
	t := &d.toks[k]
	if t.Kind != Punct {
		return mark{}
	}
	if (d.textOf(t) == "'" || d.textOf(t) == "`") && k+1 < len(d.toks) && d.Text(k+1) == d.textOf(t) && d.toks[k+1].Start == t.End {
		// `` opens; '' opens before a word and closes after one
		prevGlued := !t.Space && !t.Newline && k > 0
		nextGlued := k+2 < len(d.toks) && !d.toks[k+2].Space && !d.toks[k+2].Newline
		if d.textOf(t) == "`" {
			return mark{family: 'd', canOpen: true, width: 2}
		}
		return mark{family: 'd', canOpen: !prevGlued, canClose: prevGlued || !nextGlued, width: 2}
	}
	f, o, c := markKind(d, k)
	return mark{family: f, canOpen: o, canClose: c, width: 1}
}

// markByte reports whether b can be the first byte of a quotation mark
// (see markAt): ' " ` and the lead bytes of “ ” „ ‘ ’ (E2) and « » (C2).
// Most punctuation (commas, full stops) fails it, and markAt is not asked.
func markByte(b byte) bool {
	switch b {
	case '"', '\'', '`', 0xE2, 0xC2:
		return true
	}
	return false
}

// markKind classifies a one-token quotation mark: family 'd' (double) or
// 's' (single), and whether it can open or close.
func markKind(d *doc, k int) (family byte, canOpen, canClose bool) {
	t := &d.toks[k]
	nextGlued := k+1 < len(d.toks) && !d.toks[k+1].Space && !d.toks[k+1].Newline
	prevGlued := !t.Space && !t.Newline && k > 0
	if w := d.textOf(t); (w == "'" || w == "‘" || w == "’") && nextGlued && elidedDigits(d.Text(k+1)) {
		return 0, false, false // "the '70s", "in the ‘80s", "class of '16": an apostrophe (guide rule 51o)
	}
	switch d.textOf(t) {
	case "“", "„", "«":
		return 'd', true, false
	case "”", "»":
		return 'd', false, true
	case "‘":
		return 's', true, false
	case "’":
		return 's', false, prevGlued
	case "\"":
		return 'd', !prevGlued, prevGlued || !nextGlued
	case "'":
		return 's', !prevGlued && nextGlued, prevGlued && !nextGlued || prevGlued && k+1 < len(d.toks) && d.toks[k+1].Kind == Punct
	}
	return 0, false, false
}

// findQuotes pairs quotation marks paragraph by paragraph. A quote's open
// and close are the first tokens of its marks; its content starts after
// the opening mark's last token.
func findQuotes(d *doc) quoteList {
	var qs quoteList
	var fam byte
	open, openW := -1, 0
	nested := byte(0)
	closeAt := func(end, closeTok, closeW int) {
		i, j := open+openW, end
		// a single mark left open is an apostrophe more often than a quote
		if j > i && (closeTok >= 0 || fam == 'd') {
			after := j
			if closeTok >= 0 {
				after = closeTok + closeW
			}
			qs = append(qs, packQuote(quote{open: open, close: closeTok, after: after, i: i, j: j,
				start: int(d.toks[i-1].End), end: contentEnd(d, j, closeTok)}))
		}
		open, fam, nested = -1, 0, 0
	}
	toks := d.toks
	// paraEnd is the first token after open in another paragraph (one
	// starting after a line break), len(toks) when none: where a quote
	// left open ends
	paraEnd := func() int {
		p := toks[open].Para
		return open + 1 + sort.Search(len(toks)-open-1, func(x int) bool { return toks[open+1+x].Para != p })
	}
	// most tokens are no quotation mark (see markByte): the loop visits
	// the punctuation tokens that may be one (see lateStartsOf)
	next := 0 // the tokens before it are read
	for _, c := range d.lateStartsOf().marks {
		k := int(c)
		if k < next {
			continue // the second token of a doubled mark
		}
		d.tick()
		if open >= 0 && toks[k].Para != toks[open].Para {
			closeAt(paraEnd(), -1, 0) // unclosed: the quote ends with its paragraph
		}
		next = k + 1
		m := markAt(d, k)
		if m.family == 0 {
			continue
		}
		switch {
		case open < 0:
			if m.canOpen && k+m.width < len(d.toks) && d.toks[k+m.width].Para == d.toks[k].Para {
				open, openW, fam = k, m.width, m.family
			}
		case m.family == fam && nested == 0 && m.canClose:
			closeAt(k, k, m.width)
		case m.family == fam && nested == 0 && m.canOpen && d.Text(k) != "’":
			// a new opening mark of the same family: the last quote was left open
			closeAt(k, -1, 0)
			open, openW, fam = k, m.width, m.family
		case m.family != fam && nested == 0 && m.canOpen && d.toks[k].Space:
			nested = m.family
		case m.family == nested && m.canClose:
			nested = 0
		}
		next = k + m.width
	}
	if open >= 0 {
		closeAt(paraEnd(), -1, 0)
	}
	return qs
}

// contentEnd is the byte end of a quote's content: the closing mark's start,
// or the end of the last content token of an unclosed quote.
func contentEnd(d *doc, j, closeTok int) int {
	if closeTok >= 0 {
		return int(d.toks[closeTok].Start)
	}
	return int(d.toks[j-1].End)
}

// elidedDigits reports whether w, right after an apostrophe, is what
// remains of a year or a decade whose century is elided: two digits,
// perhaps with a plural s ("70s", "80s", "16").
func elidedDigits(w string) bool {
	if len(w) < 2 || w[0] < '0' || w[0] > '9' || w[1] < '0' || w[1] > '9' {
		return false
	}
	return len(w) == 2 || len(w) == 3 && w[2] == 's'
}
