package extract

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// nameKey is name spelled as the lexicon spells names, for a look-up:
// composed (NFC: "Franc\u0327ois", a letter and a combining accent, is
// "François") and without the invisible marks of writing direction
// (isBidiMark). The text and offsets of annotations are not changed: only
// the key looked up (annotation guide, decision 12a). An ASCII name is
// returned as it is, without a look at each rune.
func nameKey(name string) string {
	if isASCII(name) {
		return name
	}
	return norm.NFC.String(withoutBidiMarks(name))
}

// withoutBidiMarks is s without its invisible marks of writing direction
// (isBidiMark): the name or speaker of an annotation whose span holds one
// ("Jose\u200f Garcia" is named "Jose Garcia"; its text keeps the mark).
func withoutBidiMarks(s string) string {
	if isASCII(s) || !strings.ContainsFunc(s, isBidiMark) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isBidiMark(r) {
			return -1
		}
		return r
	}, s)
}
