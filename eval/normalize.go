package eval

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Normalize returns the form in which names, speakers, titles and cues
// are compared. The rule, in order:
//
//  1. Unicode NFKD (compatibility decomposition: "ﬁ" becomes "fi", "é"
//     becomes "e" and a combining acute accent);
//  2. nonspacing combining marks (category Mn: the accents) are dropped;
//  3. letters are lower-cased;
//  4. dash punctuation (category Pd: hyphens, en and em dashes) becomes a
//     space, and all other punctuation (category P: straight and curly
//     apostrophes and quotation marks, periods, commas, colons, slashes,
//     brackets) is dropped;
//  5. runs of white space become one space, and leading and trailing
//     space is trimmed.
//
// So "Jean-Yves Le Drian" and "jean yves le drian" are equal, as are
// "Zelenskyy’s" and "Zelenskyys", "Lt. Gen." and "Lt Gen", "Sergei Lavrov"
// and "Sergeï Lavrov". Symbols and digits are kept as they are.
func Normalize(s string) string {
	var b strings.Builder
	space := false // a space is pending before the next kept rune
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r):
			continue
		case unicode.Is(unicode.Pd, r), unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsPunct(r):
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}
