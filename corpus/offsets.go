package corpus

import (
	"sort"
	"unicode/utf8"
)

// Index converts between byte offsets and code-point offsets of one text.
// It is the only such conversion in the project. For ASCII text it costs
// nothing; otherwise it stores the byte offset of every non-ASCII rune.
type Index struct {
	n int // length in bytes
	// wide holds, for every rune wider than one byte, its byte offset and
	// how many extra bytes precede the following rune; cumulative.
	wideAt  []int32 // byte offset of each multi-byte rune
	extraTo []int32 // total extra bytes up to and including that rune
	runes   int
}

// NewIndex builds the index of text.
func NewIndex(text string) *Index {
	ix := &Index{n: len(text)}
	extra := 0
	for i := 0; i < len(text); {
		if i+8 <= len(text) && load64(text, i)&highs == 0 {
			i += 8 // eight ASCII bytes at once
			continue
		}
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		extra += size - 1
		ix.wideAt = append(ix.wideAt, int32(i))
		ix.extraTo = append(ix.extraTo, int32(extra))
		i += size
	}
	ix.runes = len(text) - extra
	return ix
}

// Len is the length of the text in code points.
func (ix *Index) Len() int { return ix.runes }

// Rune returns the code-point offset of byte offset b. b must be at a rune
// boundary or len(text).
func (ix *Index) Rune(b int) int {
	if len(ix.wideAt) == 0 {
		return b
	}
	// number of wide runes starting strictly before b
	k := sort.Search(len(ix.wideAt), func(i int) bool { return int(ix.wideAt[i]) >= b })
	if k == 0 {
		return b
	}
	return b - int(ix.extraTo[k-1])
}

// Byte returns the byte offset of code-point offset r (0 <= r <= Len()).
func (ix *Index) Byte(r int) int {
	if len(ix.wideAt) == 0 {
		return r
	}
	// find the number k of wide runes whose code-point offset is < r.
	// code-point offset of wide rune i is wideAt[i] - extraBefore(i).
	k := sort.Search(len(ix.wideAt), func(i int) bool {
		before := int32(0)
		if i > 0 {
			before = ix.extraTo[i-1]
		}
		return int(ix.wideAt[i]-before) >= r
	})
	if k == 0 {
		return r
	}
	return r + int(ix.extraTo[k-1])
}
