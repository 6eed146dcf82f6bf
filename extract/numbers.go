package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// numQty is a cardinal quantity found in the tokens: a numeral ("8,500",
// "1,00,000", "3.5 million", "10k"), number words ("two thousand",
// "twenty-five", "a dozen") or a vague plural ("tens of thousands",
// "several thousand", "hundreds").
type numQty struct {
	start, end int // token range [start, end)
	value      int
	vague      bool // a vague plural from the numbers list
	digits     bool // written with digits
	raw        bool // one bare digit token with no separator and no scale word ("2022")
}

// numQtyAt parses the quantity starting at token i; none when i is past
// either end of the document ("30 of" as its last words).
func (d *doc) numQtyAt(i int) (numQty, bool) {
	if i < 0 || i >= len(d.toks) {
		return numQty{}, false
	}
	t := &d.toks[i]
	switch t.Kind {
	case Number:
		return d.numeralAt(i)
	case Word:
		if d.mayStartNumberWord(i) { // most words: no numQty made and returned
			return d.numberWordsAt(i)
		}
	}
	return numQty{}, false
}

// numeralAt parses a digit token and the scale words that follow it.
func (d *doc) numeralAt(i int) (numQty, bool) {
	t := &d.toks[i]
	j := i + 1
	text := d.textOf(t)
	// Groups split by a no-break or thin space: "8 500" (U+00A0, U+202F, U+2009).
	if len(text) <= 3 && numDigits(text) {
		for j < len(d.toks) && d.toks[j].Kind == Number && len(d.Text(j)) == 3 &&
			numDigits(d.Text(j)) && troopGroupGap(d.text[d.toks[j-1].End:d.toks[j].Start]) {
			text += d.Text(j)
			j++
		}
	}
	scale := 1.0
	scaled := false
	for j < len(d.toks) && d.toks[j].Kind == Word {
		nt := &d.toks[j]
		if !nt.Space {
			if d.lowerOf(nt) == "k" && !scaled {
				scale, scaled = 1000, true
				j++
			}
			break
		}
		e, n := d.matchNumbers(j)
		if n != 1 || e.Field(1) == "vague" {
			break
		}
		v, err := strconv.Atoi(e.Field(0))
		if err != nil || v < 100 || d.lowerOf(nt) == "k" {
			break
		}
		scale *= float64(v)
		scaled = true
		j++
	}
	f, ok := parseNumeral(text, scaled)
	if !ok {
		return numQty{}, false
	}
	f *= scale
	// "8 thousand 500": a smaller numeral after a scale word.
	if scaled && j < len(d.toks) && d.toks[j].Kind == Number && d.toks[j].Space {
		if g, ok := parseNumeral(d.Text(j), false); ok && g >= 1 && g < scale && g == math.Trunc(g) {
			f += g
			j++
		}
	}
	if f > math.MaxInt32 || f < 0 {
		return numQty{}, false
	}
	raw := !scaled && j == i+1 && strings.IndexByte(d.textOf(t), ',') < 0 && strings.IndexByte(d.textOf(t), '.') < 0 // no separator (ContainsAny built its set at every call)
	return numQty{start: i, end: j, value: int(math.Round(f)), digits: true, raw: raw}, true
}

// maxExactDigits is the most digits groupedInteger reads: every integer
// of up to 15 digits is a float64 exactly.
const maxExactDigits = 15

// groupedInteger reads a numeral of digits and commas ("8,500",
// "1,00,000", "2022") as strconv.ParseFloat reads it without the commas,
// without making a string; ok is false for any other numeral (a period,
// a sign, more than maxExactDigits digits, no digit).
func groupedInteger(s string) (float64, bool) {
	v, n := int64(0), 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			v = 10*v + int64(c-'0')
			n++
		case c == ',':
		default:
			return 0, false
		}
	}
	if n == 0 || n > maxExactDigits {
		return 0, false
	}
	return float64(v), true
}

// parseNumeral reads "8,500", Indian "1,00,000", "3.5", and the European
// "8.500" (a single period before exactly three digits, with no scale word
// after it, groups thousands).
func parseNumeral(s string, scaled bool) (float64, bool) {
	if v, ok := groupedInteger(s); ok {
		return v, true // most numerals: digits, perhaps grouped by commas
	}
	s = strings.ReplaceAll(s, ",", "")
	if k := strings.IndexByte(s, '.'); k >= 0 {
		if strings.Count(s, ".") > 1 || (!scaled && len(s)-k-1 == 3 && k > 0 && s[0] != '0') {
			s = strings.ReplaceAll(s, ".", "")
		}
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// numberWordsAt parses number words: a vague plural from the numbers list
// ("tens of thousands") or a sequence of number words composed as English
// does ("two hundred and fifty thousand", "twenty-five", "a dozen").
func (d *doc) numberWordsAt(i int) (numQty, bool) {
	if !d.mayStartNumberWord(i) {
		return numQty{}, false // most words: one bit test
	}
	e, n := d.matchNumbers(i)
	if n > 0 && e.Field(1) == "vague" {
		v, err := strconv.Atoi(e.Field(0))
		if err != nil {
			return numQty{}, false
		}
		return numQty{start: i, end: i + n, value: v, vague: true}, true
	}
	total, cur := 0, 0
	j := i
	for j < len(d.toks) {
		if j > i && d.toks[j].Sent != d.toks[i].Sent {
			break
		}
		if j > i && d.Lower(j) == "and" && cur >= 100 && j+1 < len(d.toks) {
			if _, m := d.numberWord(j + 1); m > 0 {
				j++
				continue
			}
			break
		}
		var v, m int
		if j == i {
			v, m = d.numberWordOf(j, e, n) // the match above: not asked again
		} else {
			v, m = d.numberWord(j)
		}
		if m == 0 {
			break
		}
		if j == i {
			switch d.Lower(j) {
			case "k", "mn", "bn", "dozen", "hundred", "thousand", "million", "billion":
				return numQty{}, false // a scale word does not start a number
			}
		}
		switch {
		case v == 12 && strings.HasSuffix(d.Lower(j+m-1), "dozen") && cur > 0:
			cur *= 12
		case v == 100:
			cur = max(cur, 1) * v
		case v >= 1000:
			total += max(cur, 1) * v
			cur = 0
		default:
			cur += v
		}
		j += m
	}
	if j == i {
		return numQty{}, false
	}
	return numQty{start: i, end: j, value: total + cur}, true
}

// mayStartNumberWord reports whether token i may start number words: it
// is a word that starts an entry of the numbers list (matched by
// lower-cased words) or has a hyphen ("twenty-five"). numberWordsAt
// finds none at any other token.
func (d *doc) mayStartNumberWord(i int) bool {
	return d.toks[i].Kind == Word && d.wflags[i]&(fNumberStart|fHyphen) != 0
}

// numberWord returns the value and length of the number word (or
// hyphenated compound "twenty-five") at token j; 0 length when none.
func (d *doc) numberWord(j int) (int, int) {
	if d.toks[j].Kind != Word {
		return 0, 0
	}
	e, n := d.matchNumbers(j)
	return d.numberWordOf(j, e, n)
}

// numberWordOf is numberWord of the word token j whose match of the
// numbers list is e, n.
func (d *doc) numberWordOf(j int, e lexicon.Entry, n int) (int, int) {
	if n > 0 {
		if e.Field(1) == "vague" {
			return 0, 0
		}
		v, err := strconv.Atoi(e.Field(0))
		if err != nil {
			return 0, 0
		}
		return v, n
	}
	if d.wflags[j]&fNumberCompound == 0 {
		return 0, 0 // most words: told once per word type
	}
	if v, ok := numberCompound(d.numbers, d.Lower(j)); ok {
		return v, 1
	}
	return 0, 0
}

// numberCompound returns the value of the lower-cased word lw when it is a
// hyphenated compound of a tens word and a unit of the numbers list
// ("twenty-five" 25).
func numberCompound(list *lexicon.List, lw string) (int, bool) {
	a, b, ok := strings.Cut(lw, "-")
	if !ok {
		return 0, false
	}
	ea, oka := list.Lookup(a)
	eb, okb := list.Lookup(b)
	if !oka || !okb || ea.Field(1) != "" || eb.Field(1) != "" {
		return 0, false
	}
	va, err1 := strconv.Atoi(ea.Field(0))
	vb, err2 := strconv.Atoi(eb.Field(0))
	if err1 != nil || err2 != nil || va < 20 || va > 90 || va%10 != 0 || vb < 1 || vb > 9 {
		return 0, false
	}
	return va + vb, true
}

// troopGroupGap reports whether the text between two digit groups is a
// no-break or thin space, the thousands separator of some languages.
func troopGroupGap(gap string) bool {
	return gap == "\u00a0" || gap == "\u202f" || gap == "\u2009"
}

// numDigits reports whether s is all ASCII digits.
func numDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// matchNumbers is match of the numbers list: the list the doc holds, not
// asked of the lexicon by name at every number word.
func (d *doc) matchNumbers(i int) (lexicon.Entry, int) { return d.matchList(d.numbers, i) }

// matchList is match of the list l, held by the caller: the lexicon is
// not asked for it by name.
func (d *doc) matchList(l *lexicon.List, i int) (lexicon.Entry, int) {
	if i >= len(d.lowIDs) || d.lex.Starts(d.lowIDs[i])|d.lex.Starts(d.stemIDs[i]) == 0 {
		return lexicon.Entry{}, 0 // no entry of any list starts here
	}
	return l.MatchIDs(d.lowIDs, d.stemIDs, i)
}
