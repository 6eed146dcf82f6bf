package main

import "io"

// jsonTextMarks counts the quotation marks (as countQuoteMarks: ", “, ”,
// ‘, «, ») of the document texts in JSON records: in the value of each
// record's "text" key as decoded (\" and \u201c count, the quotation
// marks of the JSON syntax do not), not in other values or keys. Before,
// every " of a JSON Lines file was counted, keys and string delimiters
// included, and render refused ordinary JSON Lines files for memory.
//
// It reads r a block at a time in one pass, in linear time and constant
// memory, whatever the length of a line. With lines (JSON Lines) each
// line is a record of its own: a malformed line does not change how the
// next is read. Otherwise (a .json file) records may span lines. It is
// an estimate's count, not a parser: what the readers refuse is counted
// as it comes.
func jsonTextMarks(r io.Reader, lines bool) (int64, error) {
	var c jsonMarkCounter
	c.lines = lines
	buf := make([]byte, 256<<10)
	for {
		k, err := r.Read(buf)
		c.scan(buf[:k])
		if err == io.EOF {
			return c.n, nil
		}
		if err != nil {
			return c.n, err
		}
	}
}

// jsonMarkCounter is the state of jsonTextMarks between blocks.
type jsonMarkCounter struct {
	lines bool
	n     int64 // the marks counted

	depth    int  // of objects and arrays
	inString bool // in a string
	key      bool // the string is a key of a record (depth 1)
	inText   bool // the string is the value of a record's "text"
	wantKey  bool // at depth 1, the next string is a key
	textKey  bool // the last key at depth 1 may be "text"
	keyLen   int  // bytes of the key so far
	keyMatch bool // the key's bytes so far are those of "text"
	keyEsc   bool // the key has an escape (it may decode to "text")

	esc int  // in a string: 1 after \, 2 to 5 in the hex digits of \u
	hex rune // the \u escape's code so far
	// the two bytes before, in a text value: marks cut by a block's end
	p1, p2 byte
}

// scan counts the marks of b, after what was scanned before.
func (c *jsonMarkCounter) scan(b []byte) {
	for i := 0; i < len(b); i++ {
		ch := b[i]
		if !c.inString {
			c.structural(ch)
			continue
		}
		if c.inText && c.esc == 0 {
			// the text value's bytes, the bulk of the input: skip to the
			// next byte that matters
			j := i
			for j < len(b) && !textStop[b[j]] {
				j++
			}
			if j > i {
				if j-i == 1 {
					c.p2, c.p1 = c.p1, b[i]
				} else {
					c.p2, c.p1 = b[j-2], b[j-1]
				}
				if i = j; i == len(b) {
					return
				}
				ch = b[i]
			}
		}
		c.stringByte(ch)
	}
}

// textStop marks the bytes of a text value that the fast loop of scan
// stops at: the string's end, an escape, a line break, and the last
// bytes of the UTF-8 forms of “ ” ‘ (E2 80 9C/9D/98) and « » (C2 AB/BB).
var textStop = func() (t [256]bool) {
	for _, b := range []byte{'"', '\\', '\n', 0x9C, 0x9D, 0x98, 0xAB, 0xBB} {
		t[b] = true
	}
	return t
}()

// structural reads a byte outside strings.
func (c *jsonMarkCounter) structural(ch byte) {
	switch ch {
	case '"':
		c.inString, c.esc, c.p1, c.p2 = true, 0, 0, 0
		c.key = c.depth == 1 && c.wantKey
		c.inText = c.depth == 1 && !c.wantKey && c.textKey
		if c.key {
			c.keyLen, c.keyMatch, c.keyEsc = 0, true, false
		}
	case '{', '[':
		c.depth++
		if c.depth == 1 {
			c.wantKey, c.textKey = ch == '{', false
		}
	case '}', ']':
		if c.depth > 0 {
			c.depth--
		}
	case ',':
		if c.depth == 1 {
			c.wantKey, c.textKey = true, false
		}
	case ':':
		if c.depth == 1 {
			c.wantKey = false
		}
	case '\n':
		if c.lines {
			c.newLine()
		}
	}
}

// newLine starts a new record (JSON Lines).
func (c *jsonMarkCounter) newLine() {
	lines, n := c.lines, c.n
	*c = jsonMarkCounter{lines: lines, n: n}
}

// stringByte reads a byte inside a string.
func (c *jsonMarkCounter) stringByte(ch byte) {
	switch {
	case c.esc == 1:
		c.esc = 0
		c.keyEsc = c.keyEsc || c.key
		switch ch {
		case 'u':
			c.esc, c.hex = 2, 0
		case '"':
			if c.inText {
				c.n++
			}
		case '\n':
			c.lineInString()
		}
		c.p1, c.p2 = 0, 0
		return
	case c.esc >= 2:
		c.hex = c.hex<<4 | hexValue(ch)
		if c.esc++; c.esc == 6 {
			c.esc = 0
			if c.inText && isQuoteMark(c.hex) {
				c.n++
			}
		}
		if ch == '\n' {
			c.lineInString()
		}
		return
	}
	switch ch {
	case '\\':
		c.esc = 1
		return
	case '"':
		c.inString = false
		if c.key {
			c.textKey = c.keyEsc || c.keyMatch && c.keyLen == len("text")
		}
		return
	case '\n':
		c.lineInString()
		return
	}
	if c.key {
		c.keyMatch = c.keyMatch && c.keyLen < len("text") && "text"[c.keyLen] == ch
		c.keyLen++
	}
	if c.inText {
		switch ch {
		case 0x9C, 0x9D, 0x98:
			if c.p2 == 0xE2 && c.p1 == 0x80 {
				c.n++
			}
		case 0xAB, 0xBB:
			if c.p1 == 0xC2 {
				c.n++
			}
		}
	}
	c.p2, c.p1 = c.p1, ch
}

// lineInString is a line break inside a string, which JSON does not
// allow: the string ends there (a record of JSON Lines ends with it).
func (c *jsonMarkCounter) lineInString() {
	c.inString, c.esc = false, 0
	if c.lines {
		c.newLine()
	}
}

// hexValue is the value of a hex digit, 0 for another byte.
func hexValue(ch byte) rune {
	switch {
	case '0' <= ch && ch <= '9':
		return rune(ch - '0')
	case 'a' <= ch && ch <= 'f':
		return rune(ch - 'a' + 10)
	case 'A' <= ch && ch <= 'F':
		return rune(ch - 'A' + 10)
	}
	return 0
}

// isQuoteMark reports whether r is one of the quotation marks counted.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '«', '»':
		return true
	}
	return false
}
