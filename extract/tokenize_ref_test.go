package extract

// The tokenizer as it was before its fast paths (session 7, speed10): a
// plain copy kept as the reference the fast tokenizer must equal token
// for token (TestTokenizerMatchesReference, FuzzTokenizerMatchesReference).

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

func (tz *tokenizer) refTokenizeInto(ctx context.Context, buf []Token, text string, from int) tokens {
	n := len(text)/5 + 1
	if len(text)-from >= countFrom {
		n = tz.count(ctx, text, from)
	}
	toks := buf[:0]
	if cap(toks) < n {
		toks = make([]Token, 0, n)
	}
	space, newline := true, false
	i := from
	for steps := 1; i < len(text); steps++ {
		if steps%checkEvery == 0 && ctx != nil && ctx.Err() != nil {
			panic(cancelled{ctx.Err()})
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if r == ' ' || '\t' <= r && r <= '\r' || r >= utf8.RuneSelf && unicode.IsSpace(r) { // ASCII space without the table
			space = true
			if r == '\n' || r == '\r' || r == '\u2029' || r == '\u2028' {
				newline = true
			}
			i += size
			continue
		}
		if isInvisible(r) { // no token, no space (annotation guide, 12a)
			i += size
			continue
		}
		var end int
		var kind Kind
		if c := r | 0x20; 'a' <= c && c <= 'z' && c != 'h' && c != 'w' {
			end, kind = tz.refScanWord(text, i), Word // an ASCII letter that starts no URL: what scan would find
		} else {
			end, kind = tz.refScan(text, i, r, size)
		}
		upper := 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		toks = append(toks, Token{Start: int32(i), End: int32(end), Kind: kind, Space: space, Newline: newline, upper: upper})
		space, newline = false, false
		i = end
	}
	ts := tokens{text: text, toks: toks}
	for k := range toks {
		t := &toks[k]
		if tz.wordsLater && t.Kind == Word {
			continue // see wordsLater
		}
		if w := ts.textOf(t); lower(w) != w {
			ts.setLower(t, strings.ToLower(w))
		}
	}
	ts.refSegment()
	return ts
}

func (tz *tokenizer) refScan(text string, i int, r rune, size int) (int, Kind) {
	switch {
	case r == '@' && i+1 < len(text) && isHandleByte(text[i+1]):
		j := i + 1
		for j < len(text) && isHandleByte(text[j]) {
			j++
		}
		return j, Handle
	case isURLStart(text[i:]):
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) || r2 == '"' || r2 == '“' || r2 == '”' || r2 == '<' || r2 == '>' {
				break
			}
			j += s2
		}
		for j > i+1 && strings.ContainsRune(".,;:!?)]'’", rune(text[j-1])) {
			j--
		}
		return j, URL
	case '0' <= r && r <= '9':
		return scanNumber(text, i)
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		// other scripts' digits (١٠٠٠, ２０２２) are word characters
		return tz.refScanWord(text, i), Word
	case isApostrophe(r) && i+size < len(text) && (text[i+size] == 's' || text[i+size] == 'S') &&
		(i+size+1 == len(text) || !isWordByte(text, i+size+1)) && i > 0 && isWordEnd(text, i):
		return i + size + 1, Possessive
	}
	return i + size, Punct
}

func (tz *tokenizer) refScanWord(text string, i int) int {
	j := i
	for j < len(text) {
		if c := text[j]; 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
			j++ // an ASCII letter or digit: no rune decoded, no table searched
			continue
		} else if c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
			break // another ASCII byte (a space, a comma): none of the cases below
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r >= firstMn && unicode.Is(unicode.Mn, r):
			j += size
			continue
		case (r == '-' || r == '‑') && j+size < len(text) && isWordByte(text, j+size):
			j += size
			continue
		case isApostrophe(r) && j+size < len(text) && isWordByte(text, j+size):
			// keep O'Brien and don't; leave a final 's to the Possessive token
			k := j + size
			if (text[k] == 's' || text[k] == 'S') && (k+1 == len(text) || !isWordByte(text, k+1)) {
				return j
			}
			j += size
			continue
		case isInvisible(r):
			// part of the word when a letter or digit follows the marks
			k := j + size
			for k < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[k:])
				if !isInvisible(r2) {
					break
				}
				k += s2
			}
			if k < len(text) && isWordByte(text, k) {
				j = k
				continue
			}
		case r == '.':
			if end, ok := tz.dotted(text, i, j); ok {
				return end
			}
		}
		break
	}
	return j
}

func (ts *tokens) refSegment() {
	toks := ts.toks
	sent, para := 0, 0
	last := -1 // the last token before k that is not a closing mark
	for k := range toks {
		t := &toks[k]
		starts := false
		if k > 0 {
			if t.Newline {
				para++
				sent++
				starts = true
			} else if last >= 0 && toks[last].Kind == Punct && ts.endsSentence(k, last) { // endsSentence's first test without a call: most tokens follow a word
				sent++
				starts = true
			}
		}
		t.Sent, t.Para = int32(sent), int32(para)
		// a straight mark that starts a sentence opens it: the words after
		// it are in the same sentence
		if starts || !(t.Kind == Punct && isCloser(ts.textOf(t))) {
			last = k
		}
	}
}
