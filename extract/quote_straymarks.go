package extract

import (
	"unicode"
	"unicode/utf8"
)

// strayMark reports whether token k is a symbol that stands outside the
// grammar of its sentence: a footnote or rating mark (* † ‡ # § ¶), a
// bullet (•), a symbol such as © ★ or an emoji (Unicode categories So and
// Sk, skin tones included), and the rest of an emoji sequence: the
// keycap U+20E3 with the digit, # or * it caps (1️⃣). The variation
// selectors (❤️ ⚠️), the zero width joiner of 👩‍⚕️ and a flag's tag
// characters are invisible marks, no token (isInvisible); emojiPart
// still takes them for marks, should a tokenizer write them as tokens. Between a speaker
// and a verb it is passed over: `Lloyd Austin * said “…”` is attributed as
// `Lloyd Austin said “…”` (red team 22, 3: the QUOTE was lost). Marks with
// a grammar of their own (& % @ / + =) are none, and so are dashes: `—`
// opens an insert or an apposition ("Kovalenko — who … — said"), which
// the quote stage reads as such (guide 55a).
func strayMark(d *doc, k int) bool {
	t := &d.toks[k]
	if t.Kind != Punct {
		if t.Kind == Number && t.End-t.Start == 1 {
			return keycapAfter(d, k) // "1️⃣"
		}
		return false
	}
	w := d.textOf(t)
	switch w {
	case "*", "†", "‡", "#", "§", "¶", "•":
		return true
	}
	r, _ := utf8.DecodeRuneInString(w)
	return r >= utf8.RuneSelf && (unicode.In(r, unicode.So, unicode.Sk) || emojiPart(r))
}

// emojiPart reports whether r continues an emoji sequence: a variation
// selector, the combining keycap or a tag character.
func emojiPart(r rune) bool {
	return r == '\ufe0e' || r == '\ufe0f' || r == '\u20e3' || '\U000e0020' <= r && r <= '\U000e007f'
}

// keycapAfter reports whether the one-character token k is written
// right against a variation selector or the combining keycap: the digit
// of a keycap emoji (the selector itself is an invisible mark, no token).
func keycapAfter(d *doc, k int) bool {
	r, _ := utf8.DecodeRuneInString(d.text[d.toks[k].End:])
	return r == '\ufe0f' || r == '\u20e3'
}

// skipStrayMarksRight returns the first token from k, in sentence sent,
// that is no stray mark (see strayMark).
func skipStrayMarksRight(d *doc, k, sent int) int {
	for k < len(d.toks) && int(d.toks[k].Sent) == sent && strayMark(d, k) {
		k++
	}
	return k
}
