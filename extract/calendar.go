package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// Calendar arithmetic and the small closed word classes of the DATE stage.

// calKind is the kind of a calendar word.
type calKind uint8

const (
	calNone calKind = iota
	calMonth
	calWeekday
)

// calWord is a month or weekday word of the calendar list.
type calWord struct {
	kind   calKind
	num    int  // month 1-12 or ISO weekday 1-7
	abbrev bool // an abbreviation (Dec., Thu), not the full name
	known  bool // computed (the per-token memo of cal)
}

// monthNames and weekdayNames are the lower-cased names of the months (by
// number, 1 January) and the weekdays (by time.Weekday, 0 Sunday): an
// entry of the calendar list spelled otherwise is an abbreviation.
var (
	monthNames = [...]string{1: "january", 2: "february", 3: "march", 4: "april", 5: "may", 6: "june",
		7: "july", 8: "august", 9: "september", 10: "october", 11: "november", 12: "december"}
	weekdayNames = [...]string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}
)

// calEntry decodes a calendar list entry.
func calEntry(e lexicon.Entry) calWord {
	num, err := strconv.Atoi(e.Field(1))
	if err != nil {
		return calWord{}
	}
	switch e.Field(0) {
	case "month":
		if num < 1 || num > 12 {
			return calWord{}
		}
		return calWord{kind: calMonth, num: num, abbrev: e.Phrase != monthNames[num]}
	case "weekday":
		if num < 1 || num > 7 {
			return calWord{}
		}
		return calWord{kind: calWeekday, num: num, abbrev: e.Phrase != weekdayNames[num%7]}
	}
	return calWord{}
}

// cal returns the calendar word at token i, which must be capitalised
// (months and weekdays are proper nouns; "may" and "march" in lower case
// are a modal and a verb).
func (d *doc) cal(i int) calWord {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != Word || !d.Cap(i) {
		return calWord{}
	}
	// memoised per token: the stages ask about the same word many times
	if d.cals == nil {
		d.cals = make([]calMemo, len(d.toks))
	}
	if m := d.cals[i]; m&calKnown != 0 {
		return m.word()
	}
	c := calWord{}
	if e, n := d.match(lexicon.Calendar, i); n == 1 {
		c = calEntry(e)
	}
	c.known = true
	d.cals[i] = memoOf(c)
	return c
}

// calMemo is a calWord packed in two bytes, for the per-token memo of
// cal (a calWord is 24 bytes, and a document has a token for every 3
// to 6 bytes of text): num in the low byte, then kind, abbrev and known.
type calMemo uint16

const (
	calAbbrev calMemo = 1 << 14
	calKnown  calMemo = 1 << 15
)

func memoOf(c calWord) calMemo {
	m := calMemo(uint8(c.num)) | calMemo(c.kind&3)<<8
	if c.abbrev {
		m |= calAbbrev
	}
	if c.known {
		m |= calKnown
	}
	return m
}

func (m calMemo) word() calWord {
	return calWord{kind: calKind(m>>8) & 3, num: int(uint8(m)), abbrev: m&calAbbrev != 0, known: m&calKnown != 0}
}

// calPhrase looks a single word up in the calendar list (for the part
// after "mid-" in one hyphenated token).
func (d *doc) calPhrase(w string) calWord {
	e, ok := d.lex.List(lexicon.Calendar).Lookup(w)
	if !ok {
		return calWord{}
	}
	return calEntry(e)
}

// isoWeekday is the ISO weekday of t: 1 = Monday .. 7 = Sunday.
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// weekdayFrom returns the weekday wd relative to day: dir < 0 the most
// recent on or before it, dir > 0 the nearest on or after it; strict
// excludes day itself.
func weekdayFrom(day time.Time, wd, dir int, strict bool) time.Time {
	if dir < 0 {
		delta := (isoWeekday(day) - wd + 7) % 7
		if delta == 0 && strict {
			delta = 7
		}
		return day.AddDate(0, 0, -delta)
	}
	delta := (wd - isoWeekday(day) + 7) % 7
	if delta == 0 && strict {
		delta = 7
	}
	return day.AddDate(0, 0, delta)
}

// validDay reports whether day exists in month m of year y (y = 0: of
// some year, so February 29 is valid).
func validDay(y, m, day int) bool {
	if m < 1 || m > 12 || day < 1 {
		return false
	}
	n := monthDays[m-1]
	if m == 2 && (y == 0 || y%4 == 0 && (y%100 != 0 || y%400 == 0)) {
		n = 29
	}
	return day <= n
}

var monthDays = [12]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}

// nearestDay returns month m, day d in the year that puts it nearest ref
// (the earlier on a tie).
func nearestDay(ref time.Time, m, day int) (time.Time, bool) {
	var best time.Time
	found := false
	var bestDist time.Duration
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		if !validDay(y, m, day) {
			continue
		}
		t := time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
		dist := t.Sub(ref)
		if dist < 0 {
			dist = -dist
		}
		if !found || dist < bestDist {
			best, bestDist, found = t, dist, true
		}
	}
	return best, found
}

// nearestMonthYear returns the year that puts month m nearest the month of
// ref (the earlier on a tie).
func nearestMonthYear(ref time.Time, m int) int {
	cur := ref.Year()*12 + int(ref.Month()) - 1
	best, bestDist := 0, 1<<30
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		dist := y*12 + m - 1 - cur
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}

func dayValue(t time.Time) string {
	y, m, d := t.Date()
	if y < 0 || y > 9999 {
		return t.Format("2006-01-02")
	}
	var b [10]byte
	putDigits(b[:4], y)
	b[4] = '-'
	putDigits(b[5:7], int(m))
	b[7] = '-'
	putDigits(b[8:10], d)
	return string(b[:])
}

func monthValue(y, m int) string {
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d-%02d", y, m)
	}
	var b [7]byte
	putDigits(b[:4], y)
	b[4] = '-'
	putDigits(b[5:7], m)
	return string(b[:])
}

func yearValue(y int) string {
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d", y)
	}
	var b [4]byte
	putDigits(b[:], y)
	return string(b[:])
}

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	if y < 0 || y > 9999 {
		return fmt.Sprintf("%04d-W%02d", y, w)
	}
	var b [8]byte
	putDigits(b[:4], y)
	b[4], b[5] = '-', 'W'
	putDigits(b[6:8], w)
	return string(b[:])
}

// putDigits writes n zero-padded into b (n fits: 0 <= n < 10^len(b)).
func putDigits(b []byte, n int) {
	for i := len(b) - 1; i >= 0; i-- {
		b[i] = byte('0' + n%10)
		n /= 10
	}
}

func rangeValue(a, b time.Time) string { return dayValue(a) + "/" + dayValue(b) }

// dayNumber returns the day of month of token i: plain digits "9" or an
// ordinal "23rd", 1-31.
func (d *doc) dayNumber(i int) (int, bool) {
	if i < 0 || i >= len(d.toks) {
		return 0, false
	}
	t := &d.toks[i]
	s := d.textOf(t)
	switch t.Kind {
	case Ordinal:
		s = s[:len(s)-2]
	case Number:
	default:
		return 0, false
	}
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0, false
	}
	n, _ := strconv.Atoi(s)
	if n < 1 || n > 31 {
		return 0, false
	}
	return n, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// Year bands, the one place the stages take them from.
const (
	// firstYear and lastYear bound a four-digit number read as a year on
	// its own ("in 2022", "Zapad-2021", "mid-1990"); earlier years from
	// firstOldYear need a preposition before them ("in 1812") or a month.
	firstYear    = 1900
	lastYear     = 2099
	firstOldYear = 1000
	// firstYearLike and lastYearLike bound a bare number that the TROOPS
	// stage takes for a year, never a count, unless a modifier makes it
	// one ("2000 troops" is none, "about 2000 troops" is): wider than the
	// DATE band, because there a number is dropped, not given a value.
	firstYearLike = 1800
	lastYearLike  = 2100
)

// Closed-class word sets of the DATE stage: prepositions, determiners,
// degree words and symbols that are part of the grammar of a date (the
// "mid-", "early-" and "late-" prefixes in dateAt mirror isNarrower). The
// open-class words (counted nouns, tense words, newspaper names) are
// lexicon data, see words.go.
var (
	// prepositions that make a bare month a date: "in December"
	monthPreps = map[string]bool{
		"in": true, "since": true, "by": true, "until": true, "till": true, "through": true,
		"throughout": true, "during": true, "from": true, "before": true, "after": true,
		"for": true, "between": true,
	}
	// prepositions and articles that license a year below 1900: "in
	// 1812", "the 1949 conventions", "an 1890 convention"
	yearPreps = map[string]bool{
		"in": true, "since": true, "of": true, "from": true, "year": true, "until": true,
		"by": true, "before": true, "after": true, "the": true, "an": true, "during": true, "fiscal": true,
	}
	// modifiers before a number that make it a count, and every currency
	// symbol (Unicode category Sc: "₽2021" is an amount, not a year)
	countBefore = withCurrencySymbols(map[string]bool{
		"about": true, "some": true, "nearly": true, "over": true, "around": true,
		"approximately": true, "almost": true, "roughly": true, "than": true, "least": true,
		"only": true, "just": true, "another": true, "additional": true, "estimated": true,
		"extra": true, "further": true, "#": true, "№": true, "+": true,
	})
	// words that open a relative clause after a comma
	relPronouns = map[string]bool{
		"which": true, "who": true, "whom": true, "whose": true, "where": true, "when": true,
	}
)

// isNarrower reports whether w is a narrowing word that belongs to the
// span of a period longer than a day. (A switch: the DATE stage asks it of
// every word, and a map look-up hashes the word.)
func isNarrower(w string) bool {
	switch w {
	case "early", "earlier", "mid", "late", "later":
		return true
	}
	return false
}

// isPartOf reports whether w is a noun of "the end of ..." that narrows a
// period.
func isPartOf(w string) bool {
	switch w {
	case "end", "beginning", "start", "middle":
		return true
	}
	return false
}

// isDash reports whether token i is a hyphen or dash.
func (d *doc) isDash(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	switch d.Text(i) {
	case "-", "–", "—", "‑":
		return true
	}
	return false
}

// lowerAt is the lower-case form of token i, "" outside the document.
func (d *doc) lowerAt(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.Lower(i)
}

// withCurrencySymbols adds every currency symbol of Unicode (category Sc)
// to the set m and returns it; called once, when the package initialises.
func withCurrencySymbols(m map[string]bool) map[string]bool {
	for _, rg := range unicode.Sc.R16 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			m[string(r)] = true
		}
	}
	for _, rg := range unicode.Sc.R32 {
		for r := rune(rg.Lo); r <= rune(rg.Hi); r += rune(rg.Stride) {
			m[string(r)] = true
		}
	}
	return m
}

// holiday is a rule of the holidays list: how a holiday falls in a year.
type holiday struct {
	kind   byte // 'f' fixed, 'e' Western Easter, 'o' Orthodox Easter, 'n' n-th weekday; 0 none
	m, day int  // fixed: month and day
	wd, n  int  // n-th weekday: ISO weekday and N (-1: the last)
	off    int  // days added (Easter offsets, "Tuesday after the first Monday")
}

// monthDay reads a fixed holiday's "MM-DD" as fmt.Sscanf(s, "%d-%d")
// does. Digits, a hyphen and digits are read directly: Sscanf took about
// 6,000 instructions an entry, and New checks all 316 of the built-in
// list's at every start of the program. Any other form goes to Sscanf.
func monthDay(s string) (m, d int, err error) {
	if h := strings.IndexByte(s, '-'); h > 0 && h <= 4 && len(s)-h-1 >= 1 && len(s)-h-1 <= 4 {
		if m, ok := digitsValue(s[:h]); ok {
			if d, ok := digitsValue(s[h+1:]); ok {
				return m, d, nil
			}
		}
	}
	_, err = fmt.Sscanf(s, "%d-%d", &m, &d)
	return m, d, err
}

// digitsValue is the value of s when s is only ASCII digits.
func digitsValue(s string) (int, bool) {
	v := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

// parseHoliday decodes a holidays list entry.
func parseHoliday(e lexicon.Entry) (holiday, error) {
	args := strings.Fields(e.Field(1))
	num := func(k int) (int, error) {
		if k >= len(args) {
			return 0, fmt.Errorf("missing argument %d", k+1)
		}
		return strconv.Atoi(args[k])
	}
	var h holiday
	var err error
	switch e.Field(0) {
	case "fixed":
		var m, dd int
		if m, dd, err = monthDay(e.Field(1)); err != nil || !validDay(0, m, dd) {
			return h, fmt.Errorf("fixed: want MM-DD, got %q", e.Field(1))
		}
		h = holiday{kind: 'f', m: m, day: dd}
	case "easter", "orthodox":
		h.kind = 'e'
		if e.Field(0) == "orthodox" {
			h.kind = 'o'
		}
		if h.off, err = num(0); err != nil {
			return h, fmt.Errorf("%s: %w", e.Field(0), err)
		}
	case "nth":
		h.kind = 'n'
		if h.m, err = num(0); err == nil {
			if h.wd, err = num(1); err == nil {
				h.n, err = num(2)
			}
		}
		if err != nil || h.m < 1 || h.m > 12 || h.wd < 1 || h.wd > 7 || h.n == 0 || h.n > 5 || h.n < -1 {
			return h, fmt.Errorf("nth: want MONTH WEEKDAY N [OFFSET], got %q", e.Field(1))
		}
		if len(args) > 3 {
			if h.off, err = num(3); err != nil {
				return h, fmt.Errorf("nth: %w", err)
			}
		}
	default:
		return h, fmt.Errorf("unknown rule %q (known: fixed, easter, orthodox, nth)", e.Field(0))
	}
	return h, nil
}

// in returns the day the holiday falls on in year y.
func (h holiday) in(y int) (time.Time, bool) {
	var t time.Time
	switch h.kind {
	case 'f':
		if !validDay(y, h.m, h.day) {
			return time.Time{}, false
		}
		t = time.Date(y, time.Month(h.m), h.day, 0, 0, 0, 0, time.UTC)
	case 'e':
		t = easter(y)
	case 'o':
		t = orthodoxEaster(y)
	case 'n':
		if h.n > 0 {
			first := time.Date(y, time.Month(h.m), 1, 0, 0, 0, 0, time.UTC)
			t = weekdayFrom(first, h.wd, 1, false).AddDate(0, 0, 7*(h.n-1))
			if int(t.Month()) != h.m {
				return time.Time{}, false
			}
		} else {
			last := time.Date(y, time.Month(h.m)+1, 0, 0, 0, 0, 0, time.UTC)
			t = weekdayFrom(last, h.wd, -1, false)
		}
	default:
		return time.Time{}, false
	}
	return t.AddDate(0, 0, h.off), true
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// computus, Meeus/Jones/Butcher).
func easter(y int) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// orthodoxEaster returns Orthodox Easter Sunday of year y: the Julian
// computus (Meeus) moved to the Gregorian calendar.
func orthodoxEaster(y int) time.Time {
	a, b, c := y%4, y%7, y%19
	d := (19*c + 15) % 30
	e := (2*a + 4*b - d + 34) % 7
	month := (d + e + 114) / 31
	day := (d+e+114)%31 + 1
	julian := time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	// the Julian calendar runs y/100 - y/400 - 2 days behind
	return julian.AddDate(0, 0, y/100-y/400-2)
}
