package extract

import (
	"context"
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDocumentBytes is the longest text a Pipeline annotates: token
// offsets are 32-bit. Annotate panics on a longer one; AnnotateContext
// returns an error.
const MaxDocumentBytes = math.MaxInt32

// Kind classifies a token.
type Kind uint8

// Token kinds.
const (
	Word       Kind = iota // letters, with inner hyphens and apostrophes: Kyiv-Moscow, O'Brien
	Number                 // digits with inner separators: 8,500 1,00,000 3.5
	Ordinal                // 23rd, 1st
	Punct                  // one punctuation or symbol rune: , . ( “
	URL                    // https://t.co/x, www.example.com
	Handle                 // @DeputySecState
	Possessive             // ’s or 's after a word
)

// Token is one token of a document: its text is the document's
// text[Start:End] (offsets are bytes; they become code points only when an
// annotation is written). A token holds no string and no pointer, so that
// a document's tokens are one flat array the garbage collector never
// scans: its text, lower-cased form and capitalisation are asked of the
// tokens it belongs to (see tokens.Text, Lower and Cap).
//
// Offsets and sentence and paragraph numbers are int32 (a document is at
// most MaxDocumentBytes long): a token is 24 bytes, and a document holds
// one for every 3 to 6 bytes of its text.
type Token struct {
	Start, End int32
	Sent       int32 // sentence number
	Para       int32 // paragraph number
	// low is where the token's lower-cased form is: 0 when it is its
	// text, sharedLow|k for tokens.shared[k], 1 + k for tokens.lows[k]
	low     uint32
	Kind    Kind
	Space   bool // white space (or the start of text) precedes the token
	Newline bool // a line break precedes the token: a new paragraph
	// upper: the token starts with an upper-case letter (see tokens.Cap),
	// told once by the tokenizer
	upper bool
}

// tokens are the tokens of a text, with the lower-cased forms of those
// whose text is not lower case.
type tokens struct {
	text string
	toks []Token
	lows []string // see Token.low
	// invisible: the text holds an invisible mark (isInvisible) between
	// words or inside one, told by the tokenizer where it meets them
	invisible bool
	// shared are lower-cased words shared by all documents: the
	// vocabulary's, by index in its table (see Token.low)
	shared []string
}

// sharedLow marks a Token.low that indexes tokens.shared.
const sharedLow = 1 << 31

// Text returns the text of token i.
func (ts *tokens) Text(i int) string { return ts.textOf(&ts.toks[i]) }

// Lower returns the lower-cased text of token i.
func (ts *tokens) Lower(i int) string { return ts.lowerOf(&ts.toks[i]) }

// Cap reports whether token i starts with an upper-case letter.
func (ts *tokens) Cap(i int) bool { return ts.capOf(&ts.toks[i]) }

// textOf returns the text of t, one of ts's tokens.
func (ts *tokens) textOf(t *Token) string { return ts.text[t.Start:t.End] }

// lowerOf returns the lower-cased text of t, one of ts's tokens.
func (ts *tokens) lowerOf(t *Token) string {
	switch {
	case t.low == 0:
		return ts.text[t.Start:t.End]
	case t.low&sharedLow != 0:
		return ts.shared[t.low&^sharedLow]
	}
	return ts.lows[t.low-1]
}

// setLower records l as the lower-cased form of t, one of ts's tokens.
func (ts *tokens) setLower(t *Token, l string) {
	ts.lows = append(ts.lows, l)
	t.low = uint32(len(ts.lows))
}

// capOf reports whether t, one of ts's tokens, starts with an upper-case
// letter.
func (ts *tokens) capOf(t *Token) bool { return t.upper }

// tokenizer splits text into tokens and sentences. It keeps exact offsets,
// never rewrites the text (curly quotes stay curly) and knows the
// abbreviations that keep their period (Dec., Gen., U.S.).
type tokenizer struct {
	abbrev map[string]bool // lower-case, with the final period: "dec.", "gen."
	// abbrevMay filters the ASCII words before a period that may be
	// abbreviations (see newAbbrevFilter); nil: every word may be one.
	abbrevMay *wordFilter
	// wordsLater leaves Word tokens' lower-cased form unset: the pipeline sets it
	// from its vocabulary in the same look-up that gives the word its ids
	// (doc.wordIDs), so that no string is made per token.
	wordsLater bool
}

// tokenize returns the tokens of text[from:].
func (tz *tokenizer) tokenize(text string, from int) tokens {
	return tz.tokenizeContext(context.Background(), text, from)
}

// tokenizeContext is tokenize that stops, panicking with cancelled (see
// AnnotateContext), when ctx is done; ctx may be nil.
func (tz *tokenizer) tokenizeContext(ctx context.Context, text string, from int) tokens {
	return tz.tokenizeInto(ctx, nil, text, from)
}

// tokenizeInto is tokenizeContext that makes the tokens in buf when it is
// large enough (a previous document's tokens: see scratch). It numbers
// sentences and paragraphs as it goes: a paragraph ends at a line break;
// a sentence at a line break, or after . ! ? (and any closing quotes or
// brackets) when the next token starts a new sentence, which the tokens
// before it and itself tell. It takes the common
// cases without a call: ASCII white space, and words of ASCII letters
// and digits, whose end is found by a table (scanWord is asked only when
// such a run stops at a byte that may continue the word).
func (tz *tokenizer) tokenizeInto(ctx context.Context, buf []Token, text string, from int) tokens {
	n := len(text)/5 + 1
	if len(text)-from >= countFrom {
		n = tz.count(ctx, text, from)
	}
	toks := buf[:0]
	if cap(toks) < n {
		toks = make([]Token, 0, n)
	}
	ts := tokens{text: text}
	space, newline := true, false
	sent, para := int32(0), int32(0)
	// last is the last token that is not a closing mark (a straight mark
	// that starts a sentence opens it: the words after it are in the
	// same sentence); lastEnds tells that it is . ! ? or …, after which
	// the next token may start a sentence
	last, lastEnds := -1, false
	i := from
	for check := i; i < len(text); {
		if i >= check {
			if ctx != nil && ctx.Err() != nil {
				panic(cancelled{ctx.Err()})
			}
			check = i + checkBytes
		}
		if tz.wordsLater {
			// The fast path: white space, words of ASCII letters and
			// digits that end at a byte no rule reads, one-byte
			// punctuation marks no rule reads, while no sentence
			// boundary is to be decided. It makes no call (so that the
			// loop's variables stay in registers), and leaves the
			// others, untouched, to the general step below.
			stop := min(len(text), check)
			for i < stop {
				c := text[i]
				cl := asciiClass[c]
				if cl&aSpace != 0 {
					space = true
					if c == '\n' || c == '\r' {
						newline = true
					}
					i++
					continue
				}
				k := len(toks)
				if k == cap(toks) || lastEnds && !newline {
					break
				}
				var t Token
				if cl&aPunct != 0 {
					t = Token{Start: int32(i), End: int32(i + 1), Kind: Punct, Space: space, Newline: newline}
					if cl&aCloser == 0 || newline && k > 0 { // a straight mark starting a sentence opens it
						last, lastEnds = k, cl&aEnds != 0
					}
				} else if cl&aWordStart != 0 || cl&aAlnum != 0 && c > '9' && (i+1 == len(text) || asciiClass[text[i+1]]&aURL2 == 0) {
					// a letter (h or w starting no URL: the second byte is
					// not t or w)
					j := i + 1
					for j+8 <= len(text) { // eight bytes at a time
						m := nonAlnum(le64(text[j:]))
						if m != 0 {
							j += bits.TrailingZeros64(m) / 8
							break
						}
						j += 8
					}
					for j < len(text) && asciiClass[text[j]]&aAlnum != 0 {
						j++
					}
					if j < len(text) && asciiClass[text[j]]&aStop == 0 {
						break // a hyphen, an apostrophe, a period or a non-ASCII rune: scanWord
					}
					t = Token{Start: int32(i), End: int32(j), Kind: Word, Space: space, Newline: newline, upper: cl&aUpper != 0}
					last, lastEnds = k, false
				} else {
					break
				}
				if k > 0 && newline {
					para++
					sent++
				}
				t.Sent, t.Para = sent, para
				toks = toks[:k+1]
				toks[k] = t
				space, newline = false, false
				i = int(t.End)
				if i < stop && text[i] == ' ' { // the space after most tokens, in the same step
					space = true
					i++
				}
			}
			if i >= stop {
				continue
			}
		}
		// the general step: white space or one token
		c := text[i]
		var end int
		var kind Kind
		var upper bool
		if cl := asciiClass[c]; cl&aSpace != 0 {
			space = true
			if c == '\n' || c == '\r' {
				newline = true
			}
			i++
			continue
		} else if cl&aWordStart != 0 {
			// an ASCII letter that starts no URL (h, w): a word
			j := i + 1
			for j < len(text) && asciiClass[text[j]]&aAlnum != 0 {
				j++
			}
			if j < len(text) && asciiClass[text[j]]&aStop == 0 {
				var marked bool
				j, marked = tz.scanWordFrom(text, i, j) // a hyphen, an apostrophe, a period or a non-ASCII rune
				ts.invisible = ts.invisible || marked
			}
			end, kind, upper = j, Word, cl&aUpper != 0
		} else {
			r, size := rune(c), 1
			if r >= utf8.RuneSelf {
				r, size = utf8.DecodeRuneInString(text[i:])
				if firstMarks <= r && r <= lastMarks {
					// dashes, quotation marks, bullets, …: no space, letter or
					// digit, not upper case (scan's tables not searched)
					end, kind = i+size, Punct
					if isApostrophe(r) && possessiveAt(text, i, size) {
						end, kind = i+size+1, Possessive
					}
					goto made
				}
				if unicode.IsSpace(r) {
					space = true
					if r == '\u2029' || r == '\u2028' {
						newline = true
					}
					i += size
					continue
				}
				if isInvisible(r) {
					// invisible: no token, and no space either ("Jose\u200f
					// Garcia" is one name; annotation guide, decision 12a)
					ts.invisible = true
					i += size
					continue
				}
			}
			var marked bool
			end, kind, marked = tz.scan(text, i, r, size)
			ts.invisible = ts.invisible || marked
			upper = 'A' <= r && r <= 'Z' || r >= utf8.RuneSelf && unicode.IsUpper(r)
		}
	made:
		toks = append(toks, Token{Start: int32(i), End: int32(end), Kind: kind, Space: space, Newline: newline, upper: upper})
		k := len(toks) - 1
		t := &toks[k]
		if !tz.wordsLater || kind != Word {
			// (a one-byte ASCII punctuation mark or digit is its own lower case)
			if w := text[i:end]; (kind == Word || end-i > 1 || c >= utf8.RuneSelf) && lower(w) != w {
				ts.setLower(t, strings.ToLower(w))
			}
		}
		// the sentence and paragraph
		starts := false
		if k > 0 {
			if newline {
				para++
				sent++
				starts = true
			} else if lastEnds {
				ts.toks = toks
				if ts.endsSentence(k, last) {
					sent++
					starts = true
				}
			}
		}
		t.Sent, t.Para = sent, para
		if starts || !(kind == Punct && isCloser(text[i:end])) {
			last = k
			lastEnds = false
			if kind == Punct {
				switch text[i:end] {
				case ".", "!", "?", "…":
					lastEnds = true
				}
			}
		}
		space, newline = false, false
		i = end
	}
	ts.toks = toks
	return ts
}

// nonAlnum returns the high bit of each byte of x (eight bytes of text,
// the first the lowest) that is no ASCII letter or digit.
func nonAlnum(x uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	x7 := x &^ high // the bytes from 0x80 are no letters: told by x's high bits
	// per byte b < 0x80: b+0x80-lo has its high bit set when b >= lo,
	// b+0x7f-hi when b > hi (no carry crosses a byte)
	l := x7 | 0x20*ones // letters in lower case
	alnum := (l+(0x80-'a')*ones)&^(l+(0x7f-'z')*ones) | (x7+(0x80-'0')*ones)&^(x7+(0x7f-'9')*ones)
	return high&^alnum | x&high
}

// checkBytes is the number of bytes of text the tokenizer reads between
// two looks at its context.
const checkBytes = 1 << 14

// Classes of ASCII bytes for the tokenizer's fast paths.
const (
	aSpace     = 1 << iota // white space: ' ', \t to \r
	aAlnum                 // a letter or digit
	aWordStart             // a letter other than h and w (which may start a URL)
	aUpper                 // an upper-case letter
	aStop                  // a byte that ends a word in every case: none of - ' . and no letter, digit or non-ASCII byte
	aPunct                 // a one-byte Punct token in every case: no letter, digit, space, ' or @
	aCloser                // a closing mark (see isCloser)
	aEnds                  // . ! ? (see endsSentence)
	aURL2                  // t, w: the second byte of a URL (see urlPrefix)
)

// asciiClass holds the classes of each byte (0 for bytes from 0x80).
var asciiClass = func() (cl [256]uint16) {
	for c := 0; c < utf8.RuneSelf; c++ {
		switch {
		case c == ' ' || '\t' <= c && c <= '\r':
			cl[c] = aSpace | aStop
		case 'a' <= c|0x20 && c|0x20 <= 'z':
			cl[c] = aAlnum
			if c|0x20 != 'h' && c|0x20 != 'w' {
				cl[c] |= aWordStart
			}
			if c <= 'Z' {
				cl[c] |= aUpper
			}
			if c|0x20 == 't' || c|0x20 == 'w' {
				cl[c] |= aURL2
			}
		case '0' <= c && c <= '9':
			cl[c] = aAlnum
		case c != '-' && c != '\'' && c != '.':
			cl[c] = aStop
		}
		if cl[c]&(aSpace|aAlnum) == 0 && c != '\'' && c != '@' {
			cl[c] |= aPunct
			if isCloser(string(rune(c))) {
				cl[c] |= aCloser
			}
			if c == '.' || c == '!' || c == '?' {
				cl[c] |= aEnds
			}
		}
	}
	return cl
}()

// countFrom is the text size from which the tokenizer counts the tokens
// before it makes them: the tokens of a large text are a large array,
// and grown by appending it would be copied and reallocated many times
// (a peak of twice its size). Counting costs a scan without tokens.
const countFrom = 1 << 20

// count returns the number of tokens of text[from:].
func (tz *tokenizer) count(ctx context.Context, text string, from int) int {
	n := 0
	for i, steps := from, 1; i < len(text); steps++ {
		if steps%checkEvery == 0 && ctx != nil && ctx.Err() != nil {
			panic(cancelled{ctx.Err()})
		}
		if c := text[i]; c == ' ' || c == '\n' {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if unicode.IsSpace(r) || isInvisible(r) {
			i += size
			continue
		}
		i, _, _ = tz.scan(text, i, r, size)
		n++
	}
	return n
}

// lower lower-cases s, without allocating when s has no upper-case letter.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

// scan returns the end of the token starting at i with first rune r, and
// whether it is a word with an invisible mark inside (see scanWordFrom).
func (tz *tokenizer) scan(text string, i int, r rune, size int) (int, Kind, bool) {
	switch {
	case r == '@' && i+1 < len(text) && isHandleByte(text[i+1]):
		j := i + 1
		for j < len(text) && isHandleByte(text[j]) {
			j++
		}
		return j, Handle, false
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
		return j, URL, false
	case '0' <= r && r <= '9':
		j, kind := scanNumber(text, i)
		return j, kind, false
	case unicode.IsLetter(r) || unicode.IsDigit(r):
		// other scripts' digits (١٠٠٠, ２０２２) are word characters
		j, marked := tz.scanWord(text, i)
		return j, Word, marked
	case isApostrophe(r) && possessiveAt(text, i, size):
		return i + size + 1, Possessive, false
	}
	return i + size, Punct, false
}

// possessiveAt reports whether the apostrophe at text[i:i+size] and an s
// after it are a possessive: after a word, before no letter or digit.
func possessiveAt(text string, i, size int) bool {
	return i+size < len(text) && (text[i+size] == 's' || text[i+size] == 'S') &&
		(i+size+1 == len(text) || !isWordByte(text, i+size+1)) && i > 0 && isWordEnd(text, i)
}

// isBidiMark reports whether r is an invisible control of writing
// direction: the marks (U+200E LRM, U+200F RLM, U+061C ALM), embeddings
// and overrides (U+202A to U+202E) and isolates (U+2066 to U+2069).
// Text pasted from right-to-left pages carries them beside names; they
// are no token and break no word sequence.
func isBidiMark(r rune) bool {
	return r == '\u200e' || r == '\u200f' || r == '\u061c' || '\u202a' <= r && r <= '\u202e' || '\u2066' <= r && r <= '\u2069'
}

// isInvisible reports whether r is a mark that is not seen and makes no
// word: Unicode's default-ignorable code points (Default_Ignorable_Code_
// Point): the controls of writing direction (isBidiMark), the soft hyphen
// (U+00AD), the combining grapheme joiner (U+034F), the zero-width space,
// non-joiner and joiner (U+200B to U+200D), the word joiner and invisible
// operators (U+2060 to U+206F), the variation selectors (U+180B to
// U+180F, U+FE00 to U+FE0F, U+E0100 to U+E01EF), the byte order mark
// (U+FEFF), the Hangul compatibility fillers (U+3164, U+FFA0) and the tag
// characters (U+E0000 to U+E0FFF), among others. The conjoining Hangul
// fillers U+115F and U+1160 are left out: they spell old Hangul syllables.
// Between words they are no token; inside a word (a letter or digit on
// both sides) they are part of its token: "Rez\u200enikov" is one word,
// and its name drops them (annotation guide, decision 12a).
func isInvisible(r rune) bool {
	if r < '\u00ad' {
		return false // ASCII and Latin-1's first letters: one comparison
	}
	switch {
	case r == '\u00ad', r == '\u034f', r == '\u061c':
		return true
	case r < '\u17b4':
		return false
	case r <= '\u17b5', '\u180b' <= r && r <= '\u180f',
		'\u200b' <= r && r <= '\u200f', '\u202a' <= r && r <= '\u202e', '\u2060' <= r && r <= '\u206f',
		r == '\u3164', '\ufe00' <= r && r <= '\ufe0f', r == '\ufeff', r == '\uffa0', '\ufff0' <= r && r <= '\ufff8',
		'\U0001bca0' <= r && r <= '\U0001bca3', '\U0001d173' <= r && r <= '\U0001d17a', '\U000e0000' <= r && r <= '\U000e0fff':
		return true
	}
	return false
}

// firstMarks and lastMarks bound the runes of General Punctuation from
// the hyphen to the hyphenation point (‐ – — ‘ ’ “ ” † • … ‧): no white
// space, letter or digit among them.
const firstMarks, lastMarks = '\u2010', '\u2027'

func isHandleByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

func isURLStart(s string) bool {
	// small enough to be inlined: it is asked at every token
	return s != "" && (s[0]|0x20 == 'h' || s[0]|0x20 == 'w') && urlPrefix(s)
}

func urlPrefix(s string) bool {
	// the first two bytes first: every word starting with h or w is asked
	if len(s) < len("www.") || s[1]|0x20 != 't' && s[1]|0x20 != 'w' {
		return false
	}
	return hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// isWordByte reports whether a letter or digit starts at text[j].
func isWordByte(text string, j int) bool {
	r, _ := utf8.DecodeRuneInString(text[j:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWordEnd reports whether a letter or digit ends just before text[i].
func isWordEnd(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// scanNumber scans 8,500 1,00,000 3.5 2022 and ordinals 23rd.
func scanNumber(text string, i int) (int, Kind) {
	j := i
	for j < len(text) {
		c := text[j]
		switch {
		case '0' <= c && c <= '9':
			j++
		case (c == ',' || c == '.') && j+1 < len(text) && '0' <= text[j+1] && text[j+1] <= '9':
			j++
		default:
			goto done
		}
	}
done:
	for _, suf := range [...]string{"st", "nd", "rd", "th"} {
		if hasPrefixFold(text[j:], suf) && (j+2 == len(text) || !isWordByte(text, j+2)) {
			return j + 2, Ordinal
		}
	}
	return j, Number
}

// scanWord scans a word: letters, digits and marks, inner hyphens and
// apostrophes (not a final possessive 's), and a final period for known
// abbreviations, initials (R.) and dotted acronyms (U.S.).
// firstMn is the first non-spacing mark (unicode.Mn): no rune below it is
// one.
const firstMn = 0x300

func (tz *tokenizer) scanWord(text string, i int) (int, bool) { return tz.scanWordFrom(text, i, i) }

// scanWordFrom is scanWord for the word at i whose bytes up to j are
// known to be ASCII letters and digits. It also reports whether the word
// holds an invisible mark (see isInvisible).
func (tz *tokenizer) scanWordFrom(text string, i, j int) (end int, marked bool) {
	for j < len(text) {
		if c := text[j]; 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' {
			j++ // an ASCII letter or digit: no rune decoded, no table searched
			continue
		} else if c < utf8.RuneSelf && c != '-' && c != '\'' && c != '.' {
			break // another ASCII byte (a space, a comma): none of the cases below
		}
		r, size := utf8.DecodeRuneInString(text[j:])
		switch {
		case (unicode.IsLetter(r) || unicode.IsDigit(r) || r >= firstMn && unicode.Is(unicode.Mn, r)) && !isInvisible(r):
			j += size
			continue
		case (r == '-' || r == '‑') && j+size < len(text) && isWordByte(text, j+size):
			j += size
			continue
		case isApostrophe(r) && j+size < len(text) && isWordByte(text, j+size):
			// keep O'Brien and don't; leave a final 's to the Possessive token
			k := j + size
			if (text[k] == 's' || text[k] == 'S') && (k+1 == len(text) || !isWordByte(text, k+1)) {
				return j, marked
			}
			j += size
			continue
		case isInvisible(r):
			// inside the word when a letter or digit follows the marks
			// ("Rez\u200enikov", "Ukrai\u00adnian"), else its end
			k := j + size
			for k < len(text) {
				r2, s2 := utf8.DecodeRuneInString(text[k:])
				if !isInvisible(r2) {
					break
				}
				k += s2
			}
			if k < len(text) && isWordByte(text, k) {
				j, marked = k, true
				continue
			}
		case r == '.':
			if end, ok := tz.dotted(text, i, j); ok {
				return end, marked
			}
		}
		break
	}
	return j, marked
}

// dotted decides whether the period at text[j] belongs to the word
// text[i:j], returning the end of the word including it.
func (tz *tokenizer) dotted(text string, i, j int) (int, bool) {
	word := text[i:j]
	// dotted acronym: single letters separated by periods (U.S., e.g.)
	k := j
	n := utf8.RuneCountInString(word)
	if n == 1 {
		for k+2 < len(text) && isLetterAt(text, k+1) && text[k+2] == '.' {
			k += 2
		}
		if k > j {
			return k + 1, true
		}
		r, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(r) {
			return j + 1, true // an initial: Wendy R. Sherman
		}
	}
	if tz.isAbbrev(word) {
		return j + 1, true
	}
	return 0, false
}

func isLetterAt(text string, k int) bool {
	r, size := utf8.DecodeRuneInString(text[k:])
	return size == 1 && unicode.IsLetter(r)
}

// endsSentence reports whether a sentence boundary falls before toks[k];
// j is the last token before k that is not a closing quote or bracket
// (-1 if none), tracked by the caller so that a run of closers is walked
// once, not once per token (quadratic on ") ” ’" repeated).
func (ts *tokens) endsSentence(k, j int) bool {
	toks := ts.toks
	if j < 0 || toks[j].Kind != Punct {
		return false
	}
	switch ts.Text(j) {
	case ".", "!", "?", "…":
	default:
		return false
	}
	t := &toks[k]
	if t.Kind == Punct {
		return isOpener(ts.textOf(t)) || ts.textOf(t) == "`" // `` opens a quote in wire copy
	}
	if t.Kind == Word {
		if !t.Space && len(ts.textOf(t)) <= 3 && j > 0 && !toks[j].Space && ts.initialEnd(j-1) {
			return false // "(R-N.C.)": capitals glued on both sides of the period are one abbreviation
		}
		return ts.capOf(t)
	}
	return t.Space && (t.Kind == Number || t.Kind == URL || t.Kind == Handle)
}

// initialEnd reports whether word token k ends with one or two capital
// letters after a hyphen or alone: "R-N" of "R-N.C.", "D-N" of "D-N.Y.".
func (ts *tokens) initialEnd(k int) bool {
	if ts.toks[k].Kind != Word {
		return false
	}
	w := ts.textOf(&ts.toks[k])
	if i := strings.LastIndexByte(w, '-'); i >= 0 {
		w = w[i+1:]
	}
	if len(w) < 1 || len(w) > 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

func isCloser(s string) bool {
	switch s {
	case "”", "’", "\"", "'", ")", "]", "»":
		return true
	}
	return false
}

func isOpener(s string) bool {
	switch s {
	case "“", "‘", "\"", "'", "(", "[", "«":
		return true
	}
	return false
}
