package corpus

import (
	"strings"
	"unicode/utf8"
)

// NameID is the document id made of a file name (or of its path below the
// folder given, without extension). A name in UTF-8 is its own id. In one
// that is not, each byte that is not part of a UTF-8 character is written
// \xhh (two lower-case hex digits), so that distinct names keep distinct
// ids: a\xff.txt and a\xfe.txt are "a\\xff" and "a\\xfe" in JSON, not both
// "a\ufffd" as encoding the raw name would make them. Backslashes are left
// as they are, so an id written back as a file name (brat export) reads
// back as the same id; a UTF-8 name that spells the escape itself (a file
// literally named a\xff.txt beside a\xff.txt) gets the same id, which the
// readers refuse as a duplicate, never silently.
func NameID(name string) string {
	if utf8.ValidString(name) {
		return name
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(name) + 8)
	for i := 0; i < len(name); {
		r, size := utf8.DecodeRuneInString(name[i:])
		if r == utf8.RuneError && size == 1 {
			b.WriteString(`\x`)
			b.WriteByte(hex[name[i]>>4])
			b.WriteByte(hex[name[i]&0xf])
		} else {
			b.WriteString(name[i : i+size])
		}
		i += size
	}
	return b.String()
}
