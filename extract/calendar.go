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
}

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
		return calWord{calMonth, num, e.Phrase != strings.ToLower(time.Month(num).String())}
	case "weekday":
		if num < 1 || num > 7 {
			return calWord{}
		}
		return calWord{calWeekday, num, e.Phrase != strings.ToLower(time.Weekday(num%7).String())}
	}
	return calWord{}
}

// cal returns the calendar word at token i, which must be capitalised
// (months and weekdays are proper nouns; "may" and "march" in lower case
// are a modal and a verb).
func (d *doc) cal(i int) calWord {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != Word || !d.toks[i].Cap() {
		return calWord{}
	}
	e, n := d.match(lexicon.Calendar, i)
	if n != 1 {
		return calWord{}
	}
	return calEntry(e)
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
	if y == 0 {
		y = 2000
	}
	return day <= time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

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

// addMonths returns the year and month n months after ref's month.
func addMonths(ref time.Time, n int) (int, int) {
	idx := ref.Year()*12 + int(ref.Month()) - 1 + n
	return idx / 12, idx%12 + 1
}

func dayValue(t time.Time) string { return t.Format("2006-01-02") }

func monthValue(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func yearValue(y int) string { return fmt.Sprintf("%04d", y) }

func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func rangeValue(a, b time.Time) string { return dayValue(a) + "/" + dayValue(b) }

// dayNumber returns the day of month of token i: plain digits "9" or an
// ordinal "23rd", 1-31.
func (d *doc) dayNumber(i int) (int, bool) {
	if i < 0 || i >= len(d.toks) {
		return 0, false
	}
	t := &d.toks[i]
	s := t.Text
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

// Closed-class word sets of the DATE stage: prepositions, determiners,
// degree words and symbols that are part of the grammar of a date (the
// "mid-", "early-" and "late-" prefixes in dateAt mirror narrowers). The
// open-class words (counted nouns, tense words, newspaper names) are
// lexicon data, see words.go.
var (
	// prepositions that make a bare month a date: "in December"
	monthPreps = map[string]bool{
		"in": true, "since": true, "by": true, "until": true, "till": true, "through": true,
		"throughout": true, "during": true, "from": true, "before": true, "after": true,
		"for": true, "between": true,
	}
	// prepositions that license a year below 1900: "in 1812"
	yearPreps = map[string]bool{
		"in": true, "since": true, "of": true, "from": true, "year": true, "until": true,
		"by": true, "before": true, "after": true, "the": true, "during": true,
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
	// narrowing words that belong to the span of a period longer than a day
	narrowers = map[string]bool{
		"early": true, "earlier": true, "mid": true, "late": true, "later": true,
	}
	// nouns of "the end of ..." that narrow a period
	partOf = map[string]bool{
		"end": true, "beginning": true, "start": true, "middle": true,
	}
)

// isDash reports whether token i is a hyphen or dash.
func (d *doc) isDash(i int) bool {
	if i < 0 || i >= len(d.toks) {
		return false
	}
	switch d.toks[i].Text {
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
	return d.toks[i].Lower
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
