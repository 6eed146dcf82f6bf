package corpus

import (
	"bytes"
	"encoding/binary"
	"strings"
)

// fastRecord decodes the common JSON Lines record in one pass: an object
// whose values are all strings, with distinct keys free of escapes, none
// a near-miss of "id", "date" or "text". ok is false for anything else
// (another value, a nested object, an escape it does not take, a
// surrogate escape, malformed JSON), and decodeRecord then reads the
// record with encoding/json, which also words the errors. Where ok is
// true the record is what that path gives. raw is valid UTF-8 (parseRecord
// checks first). encoding/json scanned the text four times (validity,
// the object, validity again and unquoting the value): a tenth of
// 'dispatch annotate'.
func fastRecord(raw []byte) (rec record, ok bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return rec, false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return rec, skipSpace(raw, i+1) == len(raw)
	}
	var seenKeys [8][]byte
	seen := seenKeys[:0]
	for {
		// a key: no escape, no control character
		if i >= len(raw) || raw[i] != '"' {
			return rec, false
		}
		k := i + 1
		for k < len(raw) && raw[k] != '"' && raw[k] != '\\' && raw[k] >= 0x20 {
			k++
		}
		if k >= len(raw) || raw[k] != '"' {
			return rec, false
		}
		key := raw[i+1 : k]
		for _, s := range seen {
			if bytes.Equal(s, key) {
				return rec, false // a duplicate: refused with its message
			}
		}
		seen = append(seen, key)
		i = skipSpace(raw, k+1)
		if i >= len(raw) || raw[i] != ':' {
			return rec, false
		}
		i = skipSpace(raw, i+1)
		val, next, ok := fastString(raw, i)
		if !ok {
			return rec, false
		}
		switch string(key) {
		case "id":
			rec.ID = &val
		case "date":
			rec.Date = &val
		case "text":
			rec.Text = &val
		default:
			if bytes.EqualFold(key, []byte("id")) || bytes.EqualFold(key, []byte("date")) || bytes.EqualFold(key, []byte("text")) {
				return rec, false // a near miss: refused with its message
			}
		}
		i = skipSpace(raw, next)
		if i >= len(raw) {
			return rec, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return rec, skipSpace(raw, i+1) == len(raw)
		default:
			return rec, false
		}
	}
}

// skipSpace returns the index of the first byte at or after i that is no
// JSON white space.
func skipSpace(raw []byte, i int) int {
	for i < len(raw) && (raw[i] == ' ' || raw[i] == '\t' || raw[i] == '\r' || raw[i] == '\n') {
		i++
	}
	return i
}

// fastString decodes the JSON string at raw[i] and returns it and the
// index after it; ok is false when raw[i] starts no string, or the string
// is malformed or escapes a surrogate (left to encoding/json).
func fastString(raw []byte, i int) (s string, next int, ok bool) {
	if i >= len(raw) || raw[i] != '"' {
		return "", 0, false
	}
	start := i + 1
	j := plainRun(raw, start)
	for j < len(raw) && raw[j] != '"' && raw[j] != '\\' {
		if raw[j] < 0x20 {
			return "", 0, false
		}
		j++
	}
	if j >= len(raw) {
		return "", 0, false
	}
	if raw[j] == '"' {
		return string(raw[start:j]), j + 1, true // no escape: one copy
	}
	// a strings.Builder: its memory is not zeroed first, and String
	// makes no second copy (a []byte and string(buf) wrote each text with
	// an escape twice, in fresh memory: a fifth of a run's page faults
	// are the reader's)
	var buf strings.Builder
	buf.Grow(len(raw) - start)
	buf.Write(raw[start:j])
	for j < len(raw) {
		c := raw[j]
		switch {
		case c == '"':
			return builtString(&buf), j + 1, true
		case c < 0x20:
			return "", 0, false
		case c != '\\':
			k := plainRun(raw, j+1) // c and the plain words after it
			buf.Write(raw[j:k])
			j = k
			continue
		}
		if j+1 >= len(raw) {
			return "", 0, false
		}
		switch raw[j+1] {
		case '"', '\\', '/':
			buf.WriteByte(raw[j+1])
		case 'b':
			buf.WriteByte('\b')
		case 'f':
			buf.WriteByte('\f')
		case 'n':
			buf.WriteByte('\n')
		case 'r':
			buf.WriteByte('\r')
		case 't':
			buf.WriteByte('\t')
		case 'u':
			r, ok := hex4(raw[j+2:])
			if !ok || 0xD800 <= r && r < 0xE000 {
				return "", 0, false
			}
			buf.WriteRune(r)
			j += 6
			continue
		default:
			return "", 0, false
		}
		j += 2
	}
	return "", 0, false
}

// builtString is the string of b, which was grown to the rest of the
// record: as it is when little of that room is left unused (a text is
// mostly the rest of its record), else copied, so that a short value with
// an escape ("id" before the text) does not keep a record's worth of
// memory alive with its document (\u escapes of a text written as ASCII
// also halve it).
func builtString(b *strings.Builder) string {
	s := b.String()
	if b.Cap()-len(s) > len(s)/8+64 {
		return strings.Clone(s)
	}
	return s
}

// plainRun returns the index of the first 8-byte word at or after i that
// may hold a quote, a backslash or a control character (or where fewer
// than 8 bytes are left): the bytes before it need no look one by one.
func plainRun(raw []byte, i int) int {
	for ; i+8 <= len(raw); i += 8 {
		v := binary.LittleEndian.Uint64(raw[i:])
		q := v ^ ('"' * ones)
		b := v ^ ('\\' * ones)
		// a byte of zero in q or b, or a byte below 0x20 in v (a false
		// alarm only after a true one in the same word)
		if ((q-ones)&^q|(b-ones)&^b|(v-0x20*ones)&^v)&highs != 0 {
			return i
		}
	}
	return i
}
