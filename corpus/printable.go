package corpus

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Printable returns s fit to print in a message of one line on a
// terminal: control characters (C0 with line breaks and tabs, C1, DEL and
// so the ESC of terminal escape sequences) and invisible format characters
// (bidirectional overrides, zero-width marks) are written as Go escapes
// (\x0a, \x1b, \u202e), bytes that are not UTF-8 as \ufffd, a backslash as
// \\; everything else, accented and non-Latin letters included, is kept.
// Ids go through it in every message, so that a record cannot fake lines
// of a program's output (red team 19, 5).
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if unprintable(r) || r == '\\' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == utf8.RuneError:
			b.WriteString(`\ufffd`)
		case unprintable(r) && r < 0x100:
			fmt.Fprintf(&b, `\x%02x`, r)
		case unprintable(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func unprintable(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) || r == utf8.RuneError
}
