package format

import (
	"unicode"
)

// span is a code-point span.
type span struct{ start, end int }

// quoteStretches returns the stretches of text inside quotation marks,
// marks excluded, as code-point spans in text order. The marks are those
// of the contract: “…”, "…", “…”, ”…” and ‘…’ (a ‘ that begins a word,
// closed by a ’ that no letter follows, so that apostrophes are not taken
// for marks). Only outermost quotes count: marks inside a quote are part
// of it. A quote ends at the end of its line when its closing mark is
// missing (every line is a paragraph). Stretches of white space only are
// dropped.
func quoteStretches(text string) []span {
	rs := []rune(text)
	var out []span
	open := -1      // code-point offset after the opening mark, -1 outside
	var closer rune // closing mark: '”', '"', '\'' (for '' pairs) or '’'
	emit := func(start, end int) {
		s, e := start, end
		for s < e && unicode.IsSpace(rs[s]) {
			s++
		}
		for e > s && unicode.IsSpace(rs[e-1]) {
			e--
		}
		if s < e {
			out = append(out, span{start, end})
		}
	}
	at := func(i int) rune {
		if i < 0 || i >= len(rs) {
			return 0
		}
		return rs[i]
	}
	wordStart := func(i int) bool { // rs[i] is preceded by a non-letter
		r := at(i - 1)
		return r == 0 || !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if r == '\n' {
			if open >= 0 {
				emit(open, i)
				open = -1
			}
			continue
		}
		if open < 0 {
			switch {
			case r == '“':
				open, closer = i+1, '”'
			case r == '"':
				open, closer = i+1, '"'
			case r == '`' && at(i+1) == '`':
				open, closer = i+2, '\''
				i++
			case r == '\'' && at(i+1) == '\'' && wordStart(i):
				open, closer = i+2, '\''
				i++
			case r == '‘' && wordStart(i) && unicode.IsLetter(at(i+1)) || r == '‘' && wordStart(i) && unicode.IsDigit(at(i+1)):
				open, closer = i+1, '’'
			}
			continue
		}
		switch {
		case closer == '”' && r == '”', closer == '"' && r == '"':
			emit(open, i)
			open = -1
		case closer == '\'' && r == '\'' && at(i+1) == '\'':
			emit(open, i)
			open = -1
			i++
		case closer == '’' && r == '’' && !unicode.IsLetter(at(i+1)):
			emit(open, i)
			open = -1
		}
	}
	if open >= 0 {
		emit(open, len(rs))
	}
	return out
}
