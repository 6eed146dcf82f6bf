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
// the outermost one. Time is linear in len(data) (an object of many keys
// is checked through a map: it was quadratic, 41 s for 40,000 keys).
func findDuplicateKey(data []byte, deep, fold bool) *dupKey {
	type frame struct {
		obj  bool
		keys []string          // the keys of an object, while few
		seen map[string]string // from their (folded) form, once many
	}
	var stack []frame
	expectKey := false
	for i := 0; i < len(data); {
		switch c := data[i]; c {
		case ' ', '\t', '\r', '\n', ':':
			i++
		case '{':
			stack = append(stack, frame{obj: true})
			expectKey = true
			i++
		case '[':
			stack = append(stack, frame{})
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
				if top.seen == nil {
					for _, k := range top.keys {
						if k == key || fold && strings.EqualFold(k, key) {
							return &dupKey{key: key, first: k, offset: i}
						}
					}
					top.keys = append(top.keys, key)
					if len(top.keys) > fewKeys {
						// an object of many keys: a map, or each key
						// costs a look at all the earlier ones
						top.seen = make(map[string]string, 2*len(top.keys))
						for _, k := range top.keys {
							top.seen[keyForm(k, fold)] = k
						}
						top.keys = nil
					}
				} else {
					form := keyForm(key, fold)
					if k, ok := top.seen[form]; ok {
						return &dupKey{key: key, first: k, offset: i}
					}
					top.seen[form] = key
				}
			}
			expectKey = false
			i = end
		default: // a number, true, false or null
			for i < len(data) && !bytes.ContainsRune([]byte(" \t\r\n,]}"), rune(data[i])) {
				i++
			}
		}
	}
	return nil
}

// fewKeys is the number of keys of an object compared one by one; past
// it they go into a map.
const fewKeys = 16

// keyForm is key itself, or with fold a form equal for two keys exactly
// when strings.EqualFold says they are equal: each rune replaced by the
// least of its simple case-folding orbit (an invalid byte decodes as
// U+FFFD, as in EqualFold).
func keyForm(key string, fold bool) string {
	if !fold {
		return key
	}
	var b strings.Builder
	b.Grow(len(key))
	for _, r := range key {
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
		k := bytes.IndexAny(data[j:], `"\`)
		if k < 0 {
			return -1
		}
		j += k
		if data[j] == '\\' {
			j += 2
			continue
		}
		return j + 1
	}
	return -1
}

// unquoteKey returns the string of a quoted JSON key.
func unquoteKey(q []byte) string {
	if bytes.IndexByte(q, '\\') < 0 {
		return string(q[1 : len(q)-1])
	}
	var s string
	if json.Unmarshal(q, &s) != nil {
		return string(q)
	}
	return s
}
