package extract

import (
	"unicode"
	"unicode/utf8"
)

// strayMark reports whether token k is a symbol that stands outside the
// grammar of its sentence: a footnote or rating mark (* † ‡ # § ¶), a
// symbol such as © ★ or an emoji (Unicode categories So and Sk). Between a
// speaker and a verb it is passed over: `Lloyd Austin * said “…”` is
// attributed as `Lloyd Austin said “…”` (red team 22, 3: the QUOTE was
// lost). Marks with a grammar of their own (& % @ / + =) are none.
func strayMark(d *doc, k int) bool {
	t := &d.toks[k]
	if t.Kind != Punct {
		return false
	}
	w := d.textOf(t)
	switch w {
	case "*", "†", "‡", "#", "§", "¶":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return r >= utf8.RuneSelf && unicode.In(r, unicode.So, unicode.Sk)
}

// skipStrayMarksRight returns the first token from k, in sentence sent,
// that is no stray mark (see strayMark).
func skipStrayMarksRight(d *doc, k, sent int) int {
	for k < len(d.toks) && int(d.toks[k].Sent) == sent && strayMark(d, k) {
		k++
	}
	return k
}
