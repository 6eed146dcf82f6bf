package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"iter"
	"strconv"
	"unicode/utf8"
)

// The annotation writer. Records are written with hand-written appenders:
// no reflection, no allocation per field; a caller that keeps its buffer
// (see [Annotated.AppendJSON]) writes a document's record with none at
// all. The bytes are those encoding/json writes (WriteAnnotated used a
// json.Encoder without HTML escaping; Annotation.MarshalJSON escapes HTML
// in its strings): TestAppendJSONMatchesEncoder guards it.

// AppendJSON appends the annotation as JSON, with the fields of its type
// in the order of the guidelines, and returns the extended buffer.
func (a *Annotation) AppendJSON(b []byte) []byte {
	b = append(b, `{"type":`...)
	b = appendString(b, string(a.Type), true)
	b = append(b, `,"start":`...)
	b = strconv.AppendInt(b, int64(a.Start), 10)
	b = append(b, `,"end":`...)
	b = strconv.AppendInt(b, int64(a.End), 10)
	b = append(b, `,"text":`...)
	b = appendString(b, a.Text, true)
	switch a.Type {
	case Official:
		b = append(b, `,"name":`...)
		b = appendString(b, a.Name, true)
		b = append(b, `,"title":`...)
		b = appendString(b, a.Title, true)
	case Date:
		b = append(b, `,"value":`...)
		b = appendString(b, a.Value, true)
	case Troops:
		b = append(b, `,"value":`...)
		b = strconv.AppendInt(b, int64(a.Count), 10)
		b = append(b, `,"mod":`...)
		b = appendString(b, a.Mod, true)
	case Quote:
		b = append(b, `,"speaker":`...)
		b = appendString(b, a.Speaker, true)
		b = append(b, `,"cue":`...)
		b = appendString(b, a.Cue, true)
		if a.Speaker != "" {
			b = append(b, `,"speaker_start":`...)
			b = strconv.AppendInt(b, int64(a.SpeakerStart), 10)
			b = append(b, `,"speaker_end":`...)
			b = strconv.AppendInt(b, int64(a.SpeakerEnd), 10)
		}
	}
	if a.Rule != "" {
		b = append(b, `,"rule":`...)
		b = appendString(b, a.Rule, true)
	}
	return append(b, '}')
}

// AppendJSON appends the record as one line of JSON Lines (newline
// included), as [WriteAnnotated] writes it, and returns the extended
// buffer.
func (a *Annotated) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendString(b, a.ID, false)
	if a.Date != "" {
		b = append(b, `,"date":`...)
		b = appendString(b, a.Date, false)
	}
	if a.TextSHA256 != "" {
		b = append(b, `,"text_sha256":`...)
		b = appendString(b, a.TextSHA256, false)
	}
	b = append(b, `,"annotations":`...)
	switch {
	case a.Annotations != nil:
		b = append(b, '[')
		for i := range a.Annotations {
			if i > 0 {
				b = append(b, ',')
			}
			b = a.Annotations[i].AppendJSON(b)
		}
		b = append(b, ']')
	case a.Error == "":
		b = append(b, "[]"...)
	default:
		b = append(b, "null"...)
	}
	if a.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, a.Error, false)
	}
	return append(b, "}\n"...)
}

// chunkBytes is how much of a record [Annotated.WriteJSON] collects
// before it writes.
const chunkBytes = 64 << 10

// WriteJSON writes the record to w as [Annotated.AppendJSON] would append
// it, in chunks of about 64 KB made in buf (which may be nil), and returns
// buf for the next record. The record is never whole in memory: a
// document with millions of annotations costs no buffer of their size.
func (a *Annotated) WriteJSON(w io.Writer, buf []byte) ([]byte, error) {
	if len(a.Annotations) < 64 {
		buf = a.AppendJSON(buf[:0])
		_, err := w.Write(buf)
		return buf, err
	}
	return a.WriteJSONEach(w, buf, func(yield func(*Annotation) bool) {
		for i := range a.Annotations {
			if !yield(&a.Annotations[i]) {
				return
			}
		}
	})
}

// WriteJSONEach is WriteJSON with the annotations yielded by each in place
// of a.Annotations, which it ignores: a caller that makes annotations one
// at a time (extract.Spans) never holds them all. The list is written
// even when empty ("[]"), as for a record without Error.
func (a *Annotated) WriteJSONEach(w io.Writer, buf []byte, each iter.Seq[*Annotation]) ([]byte, error) {
	b := append(buf[:0], `{"id":`...)
	b = appendString(b, a.ID, false)
	if a.Date != "" {
		b = append(b, `,"date":`...)
		b = appendString(b, a.Date, false)
	}
	if a.TextSHA256 != "" {
		b = append(b, `,"text_sha256":`...)
		b = appendString(b, a.TextSHA256, false)
	}
	b = append(b, `,"annotations":[`...)
	first := true
	var err error
	for x := range each {
		if !first {
			b = append(b, ',')
		}
		first = false
		b = x.AppendJSON(b)
		if len(b) >= chunkBytes {
			if _, err = w.Write(b); err != nil {
				break
			}
			b = b[:0]
		}
	}
	if err != nil {
		return b[:0], err
	}
	b = append(b, ']')
	if a.Error != "" {
		b = append(b, `,"error":`...)
		b = appendString(b, a.Error, false)
	}
	b = append(b, "}\n"...)
	_, err = w.Write(b)
	return b, err
}

// WriteAnnotated writes a as one line of JSON (JSON Lines).
func WriteAnnotated(w io.Writer, a Annotated) error {
	_, err := w.Write(a.AppendJSON(make([]byte, 0, 256+160*len(a.Annotations))))
	return err
}

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string exactly as encoding/json does:
// control characters, quotes and backslashes escaped (and <, > and & when
// html is set), invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendString(b []byte, s string, html bool) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) && plainWord(load64(s, i), html) {
			i += 8 // eight bytes to copy as they are, told at once
			continue
		}
		if c := s[i]; c < utf8.RuneSelf {
			if c >= ' ' && c != '"' && c != '\\' && (!html || c != '<' && c != '>' && c != '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

// load64 reads the 8 bytes of s from i as a little-endian word (one load).
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

const (
	ones  = 0x0101010101010101
	highs = 0x8080808080808080
)

// plainWord reports whether the 8 bytes of v are ASCII that appendString
// copies as they are: no control character, quote or backslash (nor < > &
// when html). A byte of zero in v XOR c*ones marks a byte c (a false
// alarm only after a true one, or beside a byte of 0x80 or more, which
// fails anyway).
func plainWord(v uint64, html bool) bool {
	q, b := v^('"'*ones), v^('\\'*ones)
	m := v | (q-ones)&^q | (b-ones)&^b | (v-0x20*ones)&^v
	if html {
		lt, gt, amp := v^('<'*ones), v^('>'*ones), v^('&'*ones)
		m |= (lt-ones)&^lt | (gt-ones)&^gt | (amp-ones)&^amp
	}
	return m&highs == 0
}

// TextHash is the hex SHA-256 of a document's text, as Annotated.TextSHA256
// holds it. It hashes in chunks: a huge text is never copied whole.
func TextHash(text string) string {
	h := sha256.New()
	var buf [64 << 10]byte
	for len(text) > 0 {
		n := copy(buf[:], text)
		h.Write(buf[:n])
		text = text[n:]
	}
	return hex.EncodeToString(h.Sum(nil))
}
