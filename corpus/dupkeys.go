package corpus

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"unicode"
)

// Duplicate keys in JSON objects. encoding/json keeps the last of two
// equal keys without a word (and matches struct fields in any case, so
// "id" and "ID" are the same key to it): a record with two "text" keys
// would be annotated with one text while a reader that keeps the first
// sees another. Such records are refused.

// dupKey is a key that an object holds twice.
type dupKey struct {
	key, first string
	offset     int // byte offset of the second key in the scanned data
}

func (d *dupKey) Error() string {
	if d.key == d.first {
		return fmt.Sprintf("duplicate key %q: a key may appear once in an object", d.key)
	}
	return fmt.Sprintf("duplicate key %q (also %q: keys that differ only in case are the same field)", d.key, d.first)
}

// findDuplicateKey scans the JSON value data, which the caller has
// already decoded (it is valid JSON), and returns the first key that one
// object holds twice, or nil. Keys compare after unescaping; with fold,
// keys that differ only in case count as the same (as struct fields
// decode). With deep, objects at every depth are checked, otherwise only
// the outermost one. Time is linear in len(data).
func findDuplicateKey(data []byte, deep, fold bool) *dupKey {
	type frame struct {
		obj  bool
		keys [][]byte          // the first keys, compared one by one
		seen map[string]string // past 16 keys: comparison form -> key
	}
	form := func(k []byte) string {
		if fold {
			return foldForm(k)
		}
		return string(k)
	}
	var stack []frame
	expectKey := false
	for i := 0; i < len(data); {
		switch c := data[i]; c {
		case ' ', '\t', '\r', '\n', ':':
			i++
		case '{':
			// frames are reused, with their key lists: no allocation
			// per object
			if len(stack) < cap(stack) {
				stack = stack[:len(stack)+1]
				f := &stack[len(stack)-1]
				f.obj, f.keys, f.seen = true, f.keys[:0], nil
			} else {
				stack = append(stack, frame{obj: true})
			}
			expectKey = true
			i++
		case '[':
			if len(stack) < cap(stack) {
				stack = stack[:len(stack)+1]
				f := &stack[len(stack)-1]
				f.obj, f.keys, f.seen = false, f.keys[:0], nil
			} else {
				stack = append(stack, frame{})
			}
			expectKey = false
			i++
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
			expectKey = false
			i++
		case ',':
			expectKey = len(stack) > 0 && stack[len(stack)-1].obj
			i++
		case '"':
			end := stringEnd(data, i)
			if end < 0 {
				return nil // not valid JSON: the decoder has said so
			}
			if expectKey && (deep || len(stack) == 1) {
				top := &stack[len(stack)-1]
				key := unquoteKey(data[i:end])
				for _, k := range top.keys {
					if bytes.Equal(k, key) || fold && bytes.EqualFold(k, key) {
						return &dupKey{key: string(key), first: string(k), offset: i}
					}
				}
				if top.seen != nil {
					// many keys: a map, not a quadratic comparison
					if k, ok := top.seen[form(key)]; ok {
						return &dupKey{key: string(key), first: k, offset: i}
					}
					top.seen[form(key)] = string(key)
				} else if top.keys = append(top.keys, key); len(top.keys) == 16 {
					top.seen = make(map[string]string)
					for _, k := range top.keys {
						top.seen[form(k)] = string(k)
					}
					top.keys = top.keys[:0]
				}
			}
			expectKey = false
			i = end
		default: // a number, true, false or null
		literal:
			for ; i < len(data); i++ {
				switch data[i] {
				case ' ', '\t', '\r', '\n', ',', ']', '}':
					break literal
				}
			}
		}
	}
	return nil
}

// foldForm is a form of key equal for two keys exactly when
// bytes.EqualFold says they are equal (as encoding/json matches struct
// fields): each rune replaced by the least of its simple case-folding
// orbit, an invalid byte by U+FFFD as EqualFold decodes it. bytes.ToLower
// is not that: "ſtart" (long s) is EqualFold to "start" and to "START",
// and encoding/json decodes it into Start, but its lower case is itself.
func foldForm(key []byte) string {
	var b strings.Builder
	b.Grow(len(key))
	for _, r := range string(key) {
		least := r
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			least = min(least, f)
		}
		b.WriteRune(least)
	}
	return b.String()
}

// stringEnd returns the offset after the closing quote of the JSON string
// starting at data[i] ('"'), or -1.
func stringEnd(data []byte, i int) int {
	for j := i + 1; j < len(data); {
		k := bytes.IndexByte(data[j:], '"')
		if k < 0 {
			return -1
		}
		j += k
		// escaped when an odd number of backslashes comes before it
		n := 0
		for b := j - 1; b > i && data[b] == '\\'; b-- {
			n++
		}
		if n%2 == 0 {
			return j + 1
		}
		j++
	}
	return -1
}

// unquoteKey returns the bytes of a quoted JSON key: a slice of q unless
// the key holds escapes.
func unquoteKey(q []byte) []byte {
	if bytes.IndexByte(q, '\\') < 0 {
		return q[1 : len(q)-1]
	}
	var s string
	if json.Unmarshal(q, &s) != nil {
		return q
	}
	return []byte(s)
}
