package corpus

import (
	"bytes"
	"unicode/utf8"
)

// fastAnnotated decodes the common JSON Lines annotation record (what
// 'dispatch annotate' writes) in one pass, without encoding/json's
// reflection, its per-annotation copies and pointer fields: an object
// with the keys "id", "date", "text_sha256", "error" (strings) and
// "annotations" (a list of objects with the keys of the guidelines, each
// once, exact case, values of the expected kind). ok is false for
// anything else (another key, null, a duplicate key, an escape it does
// not take, a number that is not a plain integer, a value of the wrong
// kind, malformed JSON), and the caller then reads the record with
// encoding/json as before, which words the errors: where ok is true the
// record is what that path gives. raw is valid UTF-8 without lone
// surrogate escapes (checkAnnotatedLine first). Short strings repeated
// across annotations (types, rules, names, cues, texts) are shared
// through in: a 58 MB record of 1.5 M annotations held a new copy of
// each (issue 8).
func fastAnnotated(raw []byte, in *interner) (a Annotated, ok bool) {
	i := skipSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return a, false
	}
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return a, skipSpace(raw, i+1) == len(raw)
	}
	var seen uint8
	for {
		key, next, ok := fastKey(raw, i)
		if !ok {
			return a, false
		}
		var bit uint8
		switch string(key) {
		case "id":
			bit = 1
		case "date":
			bit = 2
		case "text_sha256":
			bit = 4
		case "error":
			bit = 8
		case "annotations":
			bit = 16
		default:
			return a, false
		}
		if seen&bit != 0 {
			return a, false
		}
		seen |= bit
		i = next
		if bit == 16 {
			as, next, ok := fastAnnotations(raw, i, in)
			if !ok {
				return a, false
			}
			a.Annotations, i = as, next
		} else {
			s, next, ok := fastString(raw, i)
			if !ok {
				return a, false
			}
			switch bit {
			case 1:
				a.ID = s
			case 2:
				a.Date = s
			case 4:
				a.TextSHA256 = s
			case 8:
				a.Error = s
			}
			i = next
		}
		i = skipSpace(raw, i)
		if i >= len(raw) {
			return a, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case '}':
			return a, skipSpace(raw, i+1) == len(raw)
		default:
			return a, false
		}
	}
}

// fastKey reads a key free of escapes and control characters at raw[i]
// and the colon after it; next is the index of the value.
func fastKey(raw []byte, i int) (key []byte, next int, ok bool) {
	if i >= len(raw) || raw[i] != '"' {
		return nil, 0, false
	}
	k := i + 1
	for k < len(raw) && raw[k] != '"' && raw[k] != '\\' && raw[k] >= 0x20 {
		k++
	}
	if k >= len(raw) || raw[k] != '"' {
		return nil, 0, false
	}
	key = raw[i+1 : k]
	i = skipSpace(raw, k+1)
	if i >= len(raw) || raw[i] != ':' {
		return nil, 0, false
	}
	return key, skipSpace(raw, i+1), true
}

// fastAnnotations reads the list of annotations at raw[i].
func fastAnnotations(raw []byte, i int, in *interner) (as []Annotation, next int, ok bool) {
	if i >= len(raw) || raw[i] != '[' {
		return nil, 0, false
	}
	// an upper bound of the count, for one allocation of the right size:
	// the key "type" appears once in each annotation (within a string a
	// quote is escaped, so the five bytes never occur there)
	as = make([]Annotation, 0, bytes.Count(raw[i:], []byte(`"type"`)))
	i = skipSpace(raw, i+1)
	if i < len(raw) && raw[i] == ']' {
		return as, i + 1, true
	}
	for {
		a, next, ok := fastAnnotation(raw, i, in)
		if !ok {
			return nil, 0, false
		}
		as = append(as, a)
		i = skipSpace(raw, next)
		if i >= len(raw) {
			return nil, 0, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
		case ']':
			return as, i + 1, true
		default:
			return nil, 0, false
		}
	}
}

// The keys of an annotation, as bits of a set.
const (
	akType = 1 << iota
	akStart
	akEnd
	akText
	akName
	akTitle
	akValue
	akMod
	akSpeaker
	akCue
	akSpeakerStart
	akSpeakerEnd
	akRule
)

// fastAnnotation reads one annotation object at raw[i] as
// Annotation.UnmarshalJSON would.
func fastAnnotation(raw []byte, i int, in *interner) (a Annotation, next int, ok bool) {
	if i >= len(raw) || raw[i] != '{' {
		return a, 0, false
	}
	a.SpeakerStart, a.SpeakerEnd = -1, -1
	i = skipSpace(raw, i+1)
	var seen uint16
	var valueStr []byte
	var valueInt int
	valueIsStr := false
	if i < len(raw) && raw[i] == '}' {
		return a, 0, false // no start, end or text: refused with its message
	}
	for {
		key, next, ok := fastKey(raw, i)
		if !ok {
			return a, 0, false
		}
		var bit uint16
		switch string(key) {
		case "type":
			bit = akType
		case "start":
			bit = akStart
		case "end":
			bit = akEnd
		case "text":
			bit = akText
		case "name":
			bit = akName
		case "title":
			bit = akTitle
		case "value":
			bit = akValue
		case "mod":
			bit = akMod
		case "speaker":
			bit = akSpeaker
		case "cue":
			bit = akCue
		case "speaker_start":
			bit = akSpeakerStart
		case "speaker_end":
			bit = akSpeakerEnd
		case "rule":
			bit = akRule
		default:
			return a, 0, false
		}
		if seen&bit != 0 {
			return a, 0, false
		}
		seen |= bit
		i = next
		switch bit {
		case akStart, akEnd, akSpeakerStart, akSpeakerEnd:
			n, next, ok := fastInt(raw, i)
			if !ok {
				return a, 0, false
			}
			switch bit {
			case akStart:
				a.Start = n
			case akEnd:
				a.End = n
			case akSpeakerStart:
				a.SpeakerStart = n
			case akSpeakerEnd:
				a.SpeakerEnd = n
			}
			i = next
		case akValue:
			if i < len(raw) && raw[i] == '"' {
				b, next, ok := fastStringBytes(raw, i)
				if !ok {
					return a, 0, false
				}
				valueStr, valueIsStr, i = b, true, next
			} else {
				n, next, ok := fastInt(raw, i)
				if !ok {
					return a, 0, false
				}
				valueInt, i = n, next
			}
		default:
			b, next, ok := fastStringBytes(raw, i)
			if !ok {
				return a, 0, false
			}
			s := in.intern(b)
			switch bit {
			case akType:
				a.Type = Type(s)
			case akText:
				a.Text = s
			case akName:
				a.Name = s
			case akTitle:
				a.Title = s
			case akMod:
				a.Mod = s
			case akSpeaker:
				a.Speaker = s
			case akCue:
				a.Cue = s
			case akRule:
				a.Rule = s
			}
			i = next
		}
		i = skipSpace(raw, i)
		if i >= len(raw) {
			return a, 0, false
		}
		switch raw[i] {
		case ',':
			i = skipSpace(raw, i+1)
			continue
		case '}':
			i++
		default:
			return a, 0, false
		}
		break
	}
	if seen&(akStart|akEnd|akText) != akStart|akEnd|akText {
		return a, 0, false
	}
	if seen&akValue != 0 {
		switch {
		case a.Type == Date && valueIsStr:
			a.Value = in.intern(valueStr)
		case a.Type == Troops && !valueIsStr:
			a.Count = valueInt
		case a.Type == Date || a.Type == Troops:
			return a, 0, false // the wrong kind: refused with its message
		}
	}
	return a, i, true
}

// fastInt reads a plain JSON integer (an optional minus, no fraction, no
// exponent, at most 18 digits: no overflow) at raw[i].
func fastInt(raw []byte, i int) (n int, next int, ok bool) {
	neg := false
	if i < len(raw) && raw[i] == '-' {
		neg = true
		i++
	}
	start := i
	for i < len(raw) && '0' <= raw[i] && raw[i] <= '9' {
		n = n*10 + int(raw[i]-'0')
		i++
	}
	digits := i - start
	if digits == 0 || digits > 18 || digits > 1 && raw[start] == '0' {
		return 0, 0, false
	}
	if i < len(raw) && (raw[i] == '.' || raw[i] == 'e' || raw[i] == 'E') {
		return 0, 0, false
	}
	if neg {
		n = -n
	}
	return n, i, true
}

// fastStringBytes is fastString that returns the string's bytes: a slice
// of raw when it has no escape (no copy), else a new buffer.
func fastStringBytes(raw []byte, i int) (b []byte, next int, ok bool) {
	if i >= len(raw) || raw[i] != '"' {
		return nil, 0, false
	}
	start := i + 1
	j := plainRun(raw, start)
	for j < len(raw) && raw[j] != '"' && raw[j] != '\\' {
		if raw[j] < 0x20 {
			return nil, 0, false
		}
		j++
	}
	if j < len(raw) && raw[j] == '"' {
		return raw[start:j], j + 1, true
	}
	s, next, ok := fastString(raw, i)
	return []byte(s), next, ok
}

// interner shares the strings of an annotation file: the same short
// string read again is the first copy. It holds at most maxEntries
// strings of at most maxLen bytes, so that unique texts do not grow it
// without bound; past that, strings are copied as usual.
type interner struct {
	m map[string]string
}

const (
	internMaxLen     = 128
	internMaxEntries = 1 << 16
)

func (in *interner) intern(b []byte) string {
	if in == nil || len(b) > internMaxLen {
		return string(b)
	}
	if s, ok := in.m[string(b)]; ok {
		return s
	}
	s := string(b)
	if in.m == nil {
		in.m = make(map[string]string)
	}
	if len(in.m) < internMaxEntries && utf8.ValidString(s) {
		in.m[s] = s
	}
	return s
}
