package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// dexpr is a DATE expression under construction over tokens [s, e).
type dexpr struct {
	s, e  int
	val   string
	day   time.Time // the day named, when isDay and the value is known
	isDay bool      // an absolute (explicit) single day: "Dec. 23", "6 December"
	wd    int       // a weekday expression (ISO 1-7), 0 otherwise
	month bool      // a month expression, which "and"/"to" may continue
	bs    int       // when > 0, the span starts at this byte inside token s
}

// dates finds DATE spans: every expression that places something on the
// calendar, normalised against the document date.
//
// Absolute dates are month-day ("Dec. 23", "January 28, 2022"), day-month
// ("6 December", "6th of December"), day ranges ("November 9-13",
// "9-13 November", "November 29-December 3"), month-year ("December 2021"),
// months licensed by a preposition or narrowing ("in December", "early
// February", "end of April"; a month name must be capitalised, so the
// modal "may" and the verb "march" never match) and years (four digits,
// not counts, measures or numbered things such as "Article 5"). Relative
// ones are weekdays (bare or "this": on or before the document date unless
// the clause speaks of the future, then on or after; "last"/"next"
// strictly before/after), yesterday/today/tomorrow, this/last/next
// week/month/year/weekend, "N days/weeks/months/years ago". A narrowing
// word (early, mid, late, end of) belongs to the span of a period longer
// than a day only; times of day stay outside. A weekday next to the date
// of the same day is one span ("Thursday, Dec. 23"). Year-less dates take
// the year nearest the document date; without a document date relative
// expressions get the value "".
func (p *Pipeline) dates(d *doc) []span {
	var xs []dexpr
	for i := 0; i < len(d.toks); {
		d.tick()
		x, ok := d.dateAt(i, xs)
		if !ok {
			i++
			continue
		}
		xs = append(xs, x)
		i = x.e
	}
	xs = d.mergeSameDay(xs)
	out := make([]span, 0, len(xs))
	for _, x := range xs {
		var sp span
		sp.Type = corpus.Date
		sp.Value = x.val
		sp.start, sp.end = d.toks[x.s].Start, d.toks[x.e-1].End
		if x.bs > 0 {
			sp.start = x.bs
		}
		out = append(out, sp)
	}
	return out
}

// dateAt returns the date expression starting at token i, if any. xs are
// the expressions found so far (for "March and May").
func (d *doc) dateAt(i int, xs []dexpr) (dexpr, bool) {
	t := &d.toks[i]
	switch t.Kind {
	case Number, Ordinal:
		if x, ok := d.dayFirst(i); ok {
			return x, true
		}
		if x, ok := d.numericDate(i); ok {
			return x, true
		}
		if x, ok := d.ago(i); ok {
			return x, true
		}
		if y, ok := d.year(i, false); ok {
			return dexpr{s: i, e: i + 1, val: yearValue(y)}, true
		}
		return dexpr{}, false
	case Word:
	default:
		return dexpr{}, false
	}
	lw := t.Lower
	switch {
	case lw == "yesterday" || lw == "today" || lw == "tomorrow":
		return d.deictic(i)
	case lw == "this" || lw == "last" || lw == "next":
		if x, ok := d.relative(i, true); ok {
			return x, true
		}
	case lw == "the":
		if d.lowerAt(i+1) == "weekend" && !d.weekendOf(i+2) {
			return d.weekend(i, i+2, 0), true
		}
	case narrowers[lw]:
		if x, ok := d.period(i+1, true); ok {
			x.s = i
			return x, true
		}
	case partOf[lw] && d.lowerAt(i+1) == "of":
		if x, ok := d.partOf(i); ok {
			return x, true
		}
	case strings.HasPrefix(lw, "mid-") || strings.HasPrefix(lw, "early-") || strings.HasPrefix(lw, "late-"):
		if x, ok := d.hyphenNarrowed(i); ok {
			return x, true
		}
	case lw == "a" || lw == "an":
		if x, ok := d.ago(i); ok {
			return x, true
		}
	}
	if k := strings.LastIndexByte(t.Text, '-'); k > 0 && len(t.Text)-k-1 == 4 && allDigits(t.Text[k+1:]) && t.Cap() {
		// a year inside a name: Zapad-2021
		if y, _ := strconv.Atoi(t.Text[k+1:]); y >= 1900 && y <= 2099 {
			return dexpr{s: i, e: i + 1, bs: t.Start + k + 1, val: yearValue(y)}, true
		}
	}
	switch c := d.cal(i); c.kind {
	case calMonth:
		licensed := monthPreps[d.lowerAt(i-1)]
		if !licensed && len(xs) > 0 {
			// "March and May", "March to May"
			last := xs[len(xs)-1]
			switch d.lowerAt(i - 1) {
			case "and", "or", "to", "-", "–", "through", "until":
				licensed = last.month && last.e == i-1
			}
		}
		return d.monthDate(i, licensed)
	case calWeekday:
		return d.weekday(i, i, "")
	}
	return d.ago(i)
}

// deictic handles yesterday, today and tomorrow ("earlier yesterday" gives
// "yesterday": narrowing words stay outside a day).
func (d *doc) deictic(i int) (dexpr, bool) {
	t := &d.toks[i]
	if t.Cap() && t.Lower == "today" && i > 0 && d.toks[i-1].Sent == t.Sent &&
		d.toks[i-1].Kind == Word && d.toks[i-1].Cap() && !d.allCaps(i) {
		return dexpr{}, false // Russia Today, USA Today
	}
	x := dexpr{s: i, e: i + 1}
	if d.hasDate {
		off := 0
		switch t.Lower {
		case "yesterday":
			off = -1
		case "tomorrow":
			off = 1
		}
		x.val = dayValue(d.date.AddDate(0, 0, off))
	}
	return x, true
}

// allCaps reports whether token i is written in capitals (a headline).
func (d *doc) allCaps(i int) bool {
	s := d.toks[i].Text
	return len(s) > 1 && strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// relative handles this/last/next + weekday, week, weekend, month, year or
// month name, starting at token i. days reports whether weekdays are
// allowed (not after a narrowing word).
func (d *doc) relative(i int, days bool) (dexpr, bool) {
	if d.lowerAt(i-1) == "the" {
		return dexpr{}, false // "the last week", "the next year": durations
	}
	rel := d.lowerAt(i)
	j := i + 1
	if rel == "this" && (d.lowerAt(j) == "coming" || d.lowerAt(j) == "past") {
		rel = "next"
		if d.lowerAt(j) == "past" {
			rel = "last"
		}
		j++
	}
	if c := d.cal(j); c.kind != calNone && !c.abbrev {
		if c.kind == calWeekday {
			if !days {
				return dexpr{}, false
			}
			return d.weekday(i, j, rel)
		}
		x := dexpr{s: i, e: j + 1, month: true}
		if d.hasDate {
			y := nearestMonthYear(d.date, c.num)
			cur := d.date.Year()*12 + int(d.date.Month())
			switch rel {
			case "last":
				y = d.date.Year()
				if y*12+c.num >= cur {
					y--
				}
			case "next":
				y = d.date.Year()
				if y*12+c.num <= cur {
					y++
				}
			}
			x.val = monthValue(y, c.num)
		}
		return x, true
	}
	n := 0
	switch rel {
	case "last":
		n = -1
	case "next":
		n = 1
	}
	x := dexpr{s: i, e: j + 1}
	switch d.lowerAt(j) {
	case "week":
		if d.hasDate {
			x.val = weekValue(d.date.AddDate(0, 0, 7*n))
		}
	case "month":
		if d.hasDate {
			x.val = monthValue(addMonths(d.date, n))
		}
	case "year":
		if d.hasDate {
			x.val = yearValue(d.date.Year() + n)
		}
	case "weekend":
		return d.weekend(i, j+1, n), true
	default:
		return dexpr{}, false
	}
	return x, true
}

// weekendOf reports whether token i starts "of <date>" ("the weekend of
// December 11" is left to the date).
func (d *doc) weekendOf(i int) bool { return d.lowerAt(i) == "of" }

// weekend returns the Saturday-Sunday span of tokens [s, e): n < 0 the
// weekend before the document date's, n > 0 the one after, n = 0 the
// current one (when the document date is on a weekend) or else by tense.
func (d *doc) weekend(s, e, n int) dexpr {
	x := dexpr{s: s, e: e}
	if !d.hasDate {
		return x
	}
	doc := d.date
	wd := isoWeekday(doc)
	var sat time.Time
	switch {
	case n < 0:
		sat = weekdayFrom(doc, 6, -1, true)
		if wd == 7 {
			sat = sat.AddDate(0, 0, -7)
		}
	case n > 0:
		sat = weekdayFrom(doc, 6, 1, true)
	case wd >= 6:
		sat = weekdayFrom(doc, 6, -1, false)
	case d.future(s, e):
		sat = weekdayFrom(doc, 6, 1, false)
	default:
		sat = weekdayFrom(doc, 6, -1, false)
	}
	x.val = rangeValue(sat, sat.AddDate(0, 0, 1))
	return x
}

// weekday returns the weekday at token j, the expression starting at s
// (the "this"/"last"/"next" at s when rel is set).
func (d *doc) weekday(s, j int, rel string) (dexpr, bool) {
	c := d.cal(j)
	if c.kind != calWeekday {
		return dexpr{}, false
	}
	if c.abbrev && !d.dateFollows(j+1) {
		return dexpr{}, false // "Sun", "Sat" only in "Thu, Dec. 23"
	}
	if rel == "" {
		prev := d.lowerAt(j - 1)
		if d.wordIs(prev, wWeekdayNot) || prev == "on" && d.lowerAt(j-2) == "mail" {
			return dexpr{}, false // every Friday, Good Friday, Mail on Sunday
		}
	}
	if j+1 < len(d.toks) && d.toks[j+1].Cap() && d.wordIs(d.toks[j+1].Lower, wWeekdayName) && !d.allCaps(j+1) {
		return dexpr{}, false // Sunday Times
	}
	x := dexpr{s: s, e: j + 1, wd: c.num}
	if !d.hasDate {
		return x, true
	}
	var day time.Time
	switch rel {
	case "last":
		day = weekdayFrom(d.date, c.num, -1, true)
	case "next":
		day = weekdayFrom(d.date, c.num, 1, true)
	default:
		if d.future(s, j+1) {
			day = weekdayFrom(d.date, c.num, 1, false)
		} else {
			day = weekdayFrom(d.date, c.num, -1, false)
		}
	}
	x.val = dayValue(day)
	return x, true
}

// dateFollows reports whether a day-month or month-day date starts at
// token i, or after a comma or parenthesis there.
func (d *doc) dateFollows(i int) bool {
	if t := d.lowerAt(i); t == "," || t == "(" {
		i++
	}
	if d.cal(i).kind == calMonth {
		_, ok := d.dayNumber(i + 1)
		return ok
	}
	if _, ok := d.dayNumber(i); ok {
		return d.cal(i+1).kind == calMonth
	}
	return false
}

// period parses a period longer than a day at token i for a narrowing
// word before it: this/last/next week/month/year, a month (with or
// without its year) or a year. "early Friday" is not one.
func (d *doc) period(i int, licensed bool) (dexpr, bool) {
	switch d.lowerAt(i) {
	case "this", "last", "next":
		x, ok := d.relative(i, false)
		if ok && strings.HasSuffix(d.toks[x.e-1].Lower, "weekend") {
			return dexpr{}, false
		}
		return x, ok
	}
	if i >= len(d.toks) {
		return dexpr{}, false
	}
	if c := d.cal(i); c.kind == calMonth {
		if _, isDay := d.dayNumber(i + 1); isDay {
			return dexpr{}, false // "late December 23": the narrowing stays out
		}
		return d.monthDate(i, licensed)
	}
	if y, ok := d.year(i, true); ok {
		return dexpr{s: i, e: i + 1, val: yearValue(y)}, true
	}
	return dexpr{}, false
}

// partOf handles "end of April", "beginning of next year", "end of the
// month" (span from the noun; "the" before it stays out).
func (d *doc) partOf(i int) (dexpr, bool) {
	k := i + 2
	if d.lowerAt(k) == "the" {
		x := dexpr{s: i, e: k + 2}
		switch d.lowerAt(k + 1) {
		case "week":
			if d.hasDate {
				x.val = weekValue(d.date)
			}
		case "month":
			if d.hasDate {
				x.val = monthValue(d.date.Year(), int(d.date.Month()))
			}
		case "year":
			if d.hasDate {
				x.val = yearValue(d.date.Year())
			}
		default:
			return dexpr{}, false
		}
		return x, true
	}
	x, ok := d.period(k, true)
	if !ok {
		return dexpr{}, false
	}
	x.s = i
	return x, true
}

// hyphenNarrowed handles one hyphenated token "mid-January", "mid-2021"
// (and a year after it: "mid-December 2021").
func (d *doc) hyphenNarrowed(i int) (dexpr, bool) {
	t := &d.toks[i]
	k := strings.IndexByte(t.Text, '-')
	rest := t.Text[k+1:]
	x := dexpr{s: i, e: i + 1}
	if len(rest) == 4 && allDigits(rest) {
		y, _ := strconv.Atoi(rest)
		if y < 1900 || y > 2099 {
			return dexpr{}, false
		}
		x.val = yearValue(y)
		return x, true
	}
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return dexpr{}, false
	}
	c := d.calPhrase(rest)
	if c.kind != calMonth || c.abbrev {
		return dexpr{}, false
	}
	x.month = true
	if y, ok := d.year(i+1, true); ok {
		x.e = i + 2
		x.val = monthValue(y, c.num)
	} else if d.hasDate {
		x.val = monthValue(nearestMonthYear(d.date, c.num), c.num)
	}
	return x, true
}

// monthDate parses a date starting with the month at token i: "Dec. 23",
// "January 28, 2022", "November 9-13", "November 29-December 3",
// "December 2021", and the bare month when licensed ("in December").
func (d *doc) monthDate(i int, licensed bool) (dexpr, bool) {
	c := d.cal(i)
	if c.kind != calMonth {
		return dexpr{}, false
	}
	if day, ok := d.dayNumber(i + 1); ok && !d.countAfter(i+1) {
		j := i + 2
		m2, day2 := c.num, 0
		if d.isRangeSep(j) {
			if n, ok := d.dayNumber(j + 1); ok && n > day && !d.countAfter(j+1) && d.cal(j+1).kind == calNone {
				day2, j = n, j+2
			} else if c2 := d.cal(j + 1); c2.kind == calMonth {
				if n, ok := d.dayNumber(j + 2); ok && !d.countAfter(j+2) {
					m2, day2, j = c2.num, n, j+3
				}
			}
		}
		return d.finishDay(i, j, c.num, day, m2, day2)
	}
	x := dexpr{s: i, e: i + 1, month: true}
	j := i + 1
	if d.lowerAt(j) == "of" || d.lowerAt(j) == "," {
		j++
	}
	if y, ok := d.year(j, true); ok && (j == i+1 || d.lowerAt(i+1) == "of") {
		x.e = j + 1
		x.val = monthValue(y, c.num)
		return x, true
	}
	if c.abbrev {
		return dexpr{}, false
	}
	if !licensed {
		// "December's talks" (not "May's", a surname)
		if !(c.num != 5 && i+1 < len(d.toks) && d.toks[i+1].Kind == Possessive) {
			return dexpr{}, false
		}
	}
	if d.hasDate {
		x.val = monthValue(nearestMonthYear(d.date, c.num), c.num)
	}
	return x, true
}

// countAfter reports whether the number at token i is followed by
// something that makes it a count or measure rather than a day
// ("March 15,000" never reaches here; "May 5 troops" does).
func (d *doc) countAfter(i int) bool {
	if i+1 >= len(d.toks) {
		return false
	}
	nx := &d.toks[i+1]
	if !nx.Space && (nx.Kind == Word || nx.Kind == Number) {
		return true // 5km
	}
	if nx.Text == "%" {
		return true
	}
	if nx.Kind == Word && !nx.Cap() {
		if d.wordIs(nx.Lower, wMeasure) {
			return true
		}
		// "2000 troops", "2000 military personnel"; not "2021 troop build-up"
		if _, n := d.match(lexicon.Personnel, i+1); n > 0 {
			if w := d.toks[i+n].Lower; plural(w) || w == "personnel" {
				return true
			}
		}
	}
	return false
}

// isRangeSep reports whether token i joins the two ends of a range.
func (d *doc) isRangeSep(i int) bool {
	if d.isDash(i) {
		return true
	}
	switch d.lowerAt(i) {
	case "to", "through":
		return true
	}
	return false
}

// finishDay completes a day or day range over tokens [s, j): month m, day
// dd, and for a range the end m2/dd2 (dd2 = 0: a single day); a year may
// follow ("January 28, 2022").
func (d *doc) finishDay(s, j, m, dd, m2, dd2 int) (dexpr, bool) {
	if !validDay(0, m, dd) || dd2 > 0 && !validDay(0, m2, dd2) {
		return dexpr{}, false
	}
	x := dexpr{s: s, e: j, isDay: dd2 == 0}
	year := 0
	if y, ok := d.year(j, true); ok {
		year, x.e = y, j+1
	} else if d.lowerAt(j) == "," {
		if y, ok := d.year(j+1, true); ok {
			year, x.e = y, j+2
		}
	}
	var start time.Time
	switch {
	case year > 0:
		if !validDay(year, m, dd) {
			return dexpr{}, false
		}
		start = time.Date(year, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	case d.hasDate:
		var ok bool
		if start, ok = nearestDay(d.date, m, dd); !ok {
			return dexpr{}, false
		}
	default:
		return x, true // a year-less date and no document date
	}
	if dd2 == 0 {
		x.day, x.val = start, dayValue(start)
		return x, true
	}
	ey := start.Year()
	if m2 < m {
		ey++
	}
	if year > 0 && m2 < m {
		ey = year // "December 29-January 2, 2022": the year is the end's
		start = start.AddDate(-1, 0, 0)
	}
	end := time.Date(ey, time.Month(m2), dd2, 0, 0, 0, 0, time.UTC)
	x.val = rangeValue(start, end)
	return x, true
}

// dayFirst parses "6 December", "6th of December", "9-13 November",
// "9 to 13 November", "29 November-3 December" (with a year after).
func (d *doc) dayFirst(i int) (dexpr, bool) {
	day, ok := d.dayNumber(i)
	if !ok || d.wordIs(d.lowerAt(i-1), wDateLabel) {
		return dexpr{}, false // Article 5 May ...
	}
	j := i + 1
	day2 := 0
	if d.isRangeSep(j) {
		if n, ok := d.dayNumber(j + 1); ok && n > day {
			day2, j = n, j+2
		}
	}
	if d.lowerAt(j) == "of" && d.toks[i].Kind == Ordinal {
		j++
	}
	c := d.cal(j)
	if c.kind != calMonth {
		return dexpr{}, false
	}
	j++
	m2 := c.num
	if day2 == 0 && d.isRangeSep(j) {
		if n, ok := d.dayNumber(j + 1); ok {
			if c2 := d.cal(j + 2); c2.kind == calMonth {
				m2, day2, j = c2.num, n, j+3
			}
		}
	}
	return d.finishDay(i, j, c.num, day, m2, day2)
}

// numericDate parses ISO "2022-01-24" and day-first dotted "24.01.2022".
func (d *doc) numericDate(i int) (dexpr, bool) {
	t := &d.toks[i]
	if t.Kind != Number {
		return dexpr{}, false
	}
	var y, m, dd int
	if strings.Count(t.Text, ".") == 2 {
		parts := strings.Split(t.Text, ".")
		if len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
			return dexpr{}, false
		}
		dd, _ = strconv.Atoi(parts[0])
		m, _ = strconv.Atoi(parts[1])
		y, _ = strconv.Atoi(parts[2])
		if !validDay(y, m, dd) || y < 1900 || y > 2099 {
			return dexpr{}, false
		}
		day := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		return dexpr{s: i, e: i + 1, isDay: true, day: day, val: dayValue(day)}, true
	}
	if len(t.Text) != 4 || !allDigits(t.Text) || i+4 >= len(d.toks) {
		return dexpr{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if d.toks[k].Space {
			return dexpr{}, false
		}
	}
	mt, dt := &d.toks[i+2], &d.toks[i+4]
	if d.toks[i+1].Text != "-" || d.toks[i+3].Text != "-" || len(mt.Text) != 2 || len(dt.Text) != 2 ||
		mt.Kind != Number || dt.Kind != Number {
		return dexpr{}, false
	}
	y, _ = strconv.Atoi(t.Text)
	m, _ = strconv.Atoi(mt.Text)
	dd, _ = strconv.Atoi(dt.Text)
	if !validDay(y, m, dd) || y < 1900 || y > 2099 {
		return dexpr{}, false
	}
	day := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
	return dexpr{s: i, e: i + 5, isDay: true, day: day, val: dayValue(day)}, true
}

// ago parses "three days ago", "two weeks ago", "a year ago".
func (d *doc) ago(i int) (dexpr, bool) {
	if d.lowerAt(i+2) != "ago" && d.lowerAt(i+3) != "ago" && d.lowerAt(i+4) != "ago" {
		return dexpr{}, false
	}
	n, k := 0, 0
	t := &d.toks[i]
	switch {
	case t.Kind == Number && allDigits(t.Text) && len(t.Text) <= 3:
		n, _ = strconv.Atoi(t.Text)
		k = 1
	case t.Lower == "a" || t.Lower == "an":
		n, k = 1, 1
	case t.Kind == Word:
		e, m := d.match(lexicon.Numbers, i)
		if m == 0 || e.Field(1) == "vague" {
			return dexpr{}, false
		}
		v, err := strconv.Atoi(e.Field(0))
		if err != nil {
			return dexpr{}, false
		}
		n, k = v, m
	default:
		return dexpr{}, false
	}
	unit := d.lowerAt(i + k)
	if d.lowerAt(i+k+1) != "ago" || n < 1 {
		return dexpr{}, false
	}
	x := dexpr{s: i, e: i + k + 2}
	switch strings.TrimSuffix(unit, "s") {
	case "day":
		if d.hasDate {
			x.val = dayValue(d.date.AddDate(0, 0, -n))
		}
	case "week":
		if d.hasDate {
			x.val = weekValue(d.date.AddDate(0, 0, -7*n))
		}
	case "month":
		if d.hasDate {
			x.val = monthValue(addMonths(d.date, -n))
		}
	case "year":
		if d.hasDate {
			x.val = yearValue(d.date.Year() - n)
		}
	default:
		return dexpr{}, false
	}
	return x, true
}

// year reports whether token i is a year: four digits, 1900-2099 (or from
// 1000 after "in", "since" ...), not a count, measure or numbered thing.
// inDate: the year follows a month or a narrowing, which licenses it.
func (d *doc) year(i int, inDate bool) (int, bool) {
	if i < 0 || i >= len(d.toks) {
		return 0, false
	}
	t := &d.toks[i]
	if t.Kind != Number || len(t.Text) != 4 || !allDigits(t.Text) {
		return 0, false
	}
	y, _ := strconv.Atoi(t.Text)
	if y < 1000 || y > 2099 {
		return 0, false
	}
	if d.countAfter(i) {
		return 0, false
	}
	if i+2 < len(d.toks) && !d.toks[i+1].Space && d.isDash(i+1) && d.toks[i+2].Kind == Word {
		return 0, false // 2000-strong
	}
	if inDate {
		return y, true
	}
	prev := d.lowerAt(i - 1)
	if y < 1900 && !yearPreps[prev] {
		return 0, false
	}
	if d.wordIs(prev, wDateLabel) || countBefore[prev] || prev == "to" && d.lowerAt(i-2) == "up" {
		return 0, false
	}
	if i > 0 {
		p := &d.toks[i-1]
		if p.Kind == Number || p.Kind == Ordinal {
			return 0, false
		}
		if !t.Space && d.isDash(i-1) && i > 1 && d.toks[i-2].Kind == Word && !d.toks[i-1].Space {
			return 0, false // Su-2000
		}
		if !t.Space && p.Kind == Word {
			return 0, false
		}
	}
	if i+1 < len(d.toks) {
		nx := &d.toks[i+1]
		if nx.Kind == Number {
			return 0, false
		}
		// "and 2000 vehicles": a plural noun makes the number a count
		// unless a determiner or preposition makes it a year ("the 2014
		// elections", "in 2014 protests").
		if nx.Kind == Word && !nx.Cap() && plural(nx.Lower) && !yearPreps[prev] && prev != "'s" && prev != "’s" &&
			(i == 0 || d.toks[i-1].Kind != Possessive) {
			return 0, false
		}
	}
	return y, true
}

// plural reports whether a lower-case noun looks plural.
func plural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// future reports whether the clause around tokens [s, e) speaks of the
// future: the nearest tense marker before the date in its clause decides,
// or failing one the nearest after it (not crossing into a relative clause
// ", which will ...").
func (d *doc) future(s, e int) bool {
	if f, ok := d.tenseLeft(s); ok {
		return f
	}
	if e < len(d.toks) && d.toks[e].Sent == d.toks[s].Sent {
		f, _ := d.tenseRight(e)
		return f
	}
	return false
}

// Tense scan results, memoised per token: many dates in one long sentence
// would otherwise each walk the whole sentence (quadratic).
const (
	tenseUnknown int8 = iota
	tenseNone
	tensePast
	tenseFuture
)

func tenseResult(f, ok bool) int8 {
	switch {
	case !ok:
		return tenseNone
	case f:
		return tenseFuture
	}
	return tensePast
}

// tenseLeft returns the nearest tense marker before token s in its clause
// (not crossing a semicolon or the sentence start).
func (d *doc) tenseLeft(s int) (future, ok bool) {
	if d.tenseL == nil {
		d.tenseL = make([]int8, len(d.toks))
	}
	// walk left to a decided token, then fill the path back in
	k := s
	for d.tenseL[k] == tenseUnknown {
		j := k - 1
		if j < 0 || d.toks[j].Sent != d.toks[k].Sent || d.toks[j].Text == ";" {
			d.tenseL[k] = tenseNone
			break
		}
		if f, ok := d.tense(j); ok {
			d.tenseL[k] = tenseResult(f, true)
			break
		}
		k = j
	}
	v := d.tenseL[k]
	for x := s; x > k; x-- {
		d.tenseL[x] = v
	}
	return v == tenseFuture, v != tenseNone
}

// tenseRight returns the nearest tense marker at or after token e in its
// sentence, not crossing a semicolon or a relative clause (", which").
func (d *doc) tenseRight(e int) (future, ok bool) {
	if d.tenseR == nil {
		d.tenseR = make([]int8, len(d.toks))
	}
	k := e
	for d.tenseR[k] == tenseUnknown {
		t := &d.toks[k]
		if t.Text == ";" || t.Text == "," && relPronouns[d.lowerAt(k+1)] {
			d.tenseR[k] = tenseNone
			break
		}
		if f, ok := d.tense(k); ok {
			d.tenseR[k] = tenseResult(f, true)
			break
		}
		if k+1 >= len(d.toks) || d.toks[k+1].Sent != t.Sent {
			d.tenseR[k] = tenseNone
			break
		}
		k++
	}
	v := d.tenseR[k]
	for x := e; x < k; x++ {
		d.tenseR[x] = v
	}
	return v == tenseFuture, v != tenseNone
}

// tense reports whether token k marks the future (true) or the past
// (false); ok is false for other words.
func (d *doc) tense(k int) (future, ok bool) {
	t := &d.toks[k]
	if t.Kind != Word {
		return false, false
	}
	w := t.Lower
	if d.wordIs(w, wFuture) {
		if w == "may" && t.Cap() && !d.allCaps(k) {
			return false, false // the month
		}
		return true, true
	}
	if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
		return true, true
	}
	if d.lowerAt(k+1) == "to" && d.wordIs(w, wFutureTo) {
		if w == "due" || w == "is" || w == "are" {
			// "is due to", "is to meet"; not "due to the war", "is to blame"
			if w == "due" && !(d.lowerAt(k+2) == "be" || d.lowerAt(k-1) == "is" || d.lowerAt(k-1) == "are") {
				return false, false
			}
		}
		return true, true
	}
	past := d.wordIs(w, wPast) || len(w) >= 5 && strings.HasSuffix(w, "ed") && !d.wordIs(w, wNotPast) &&
		!strings.ContainsRune(w, '-') && (!t.Cap() || d.allCaps(k))
	if past {
		if p := d.lowerAt(k - 1); p == "be" || p == "being" {
			return false, false // "will be held", "to be announced"
		}
		return false, true
	}
	return false, false
}

// mergeSameDay joins a weekday and the date of the same day next to it
// ("Dec. 23, Thursday", "Thursday, Dec. 23", "Thursday (Dec. 23)") into
// one expression with the date's value.
func (d *doc) mergeSameDay(xs []dexpr) []dexpr {
	out := xs[:0]
	for k := 0; k < len(xs); k++ {
		x := xs[k]
		if k+1 < len(xs) {
			y := xs[k+1]
			gap := y.s - x.e
			paren := gap == 1 && d.toks[x.e].Text == "("
			if (gap == 0 || gap == 1 && (d.toks[x.e].Text == "," || paren)) && d.toks[x.s].Sent == d.toks[y.s].Sent {
				wd, date := x, y
				if y.wd > 0 {
					wd, date = y, x
				}
				if wd.wd > 0 && date.isDay && (date.val == "" || date.day.IsZero() || isoWeekday(date.day) == wd.wd) {
					m := dexpr{s: x.s, e: y.e, val: date.val, day: date.day, isDay: true}
					if paren && m.e < len(d.toks) && d.toks[m.e].Text == ")" {
						m.e++
					}
					out = append(out, m)
					k++
					continue
				}
			}
		}
		if x.wd > 0 && d.cal(x.e-1).abbrev {
			continue // an abbreviated weekday alone
		}
		out = append(out, x)
	}
	return out
}
