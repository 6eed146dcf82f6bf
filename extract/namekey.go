package extract

import (
	"strings"

	"golang.org/x/text/unicode/norm"
)

// nameKey is name spelled as the lexicon spells names, for a look-up:
// composed (NFC: "Franc\u0327ois", a letter and a combining accent, is
// "François") and without its invisible marks (isInvisible: writing
// direction, soft hyphen, zero-width characters). The text and offsets of annotations are not changed: only
// the key looked up (annotation guide, decision 12a). An ASCII name is
// returned as it is, without a look at each rune.
func nameKey(name string) string {
	if isASCII(name) {
		return name
	}
	return norm.NFC.String(withoutInvisible(name))
}

// withoutInvisible is s without its invisible marks (isInvisible): the
// name or speaker of an annotation whose span holds one ("Jose\u200f
// Garcia" is named "Jose Garcia", "Rez\u00adnikov" "Reznikov"; its text
// keeps the mark).
func withoutInvisible(s string) string {
	if isASCII(s) {
		return s
	}
	// strings.Map returns s itself when it drops no rune
	return strings.Map(func(r rune) rune {
		if isInvisible(r) {
			return -1
		}
		return r
	}, s)
}
