package extract

import (
	"strings"
	"time"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The DATE resolver. The recognisers in dates.go only say what an
// expression names (a unit and the calendar parts the text states) and
// how it counts (an anchor, an offset, a direction); resolveOne is the
// one place that reads the document date and decides values, applying
// the tense policy:
//
//   - a year-less day, range, month or holiday, a bare or "this" weekday
//     and "the weekend" are placed by the tense of their clause: past →
//     the latest such day on or before the document date (even when
//     another year would be nearer: "was signed on Oct. 23" in a May
//     article is last October); future ("will", "would", "is expected
//     to", "plans to", "next") → the nearest on or after it; no tense →
//     the year nearest the document date (the contract's rule) and, for
//     weekdays, on or before it;
//   - "last"/"next" are strictly before/after; "this December" is the
//     document year's;
//   - deictic and relative expressions (yesterday, last week, three days
//     ago) count from the document date;
//   - anaphoric ones ("that day", "the next day", "later that year", "a
//     year earlier") count from the last date of the text fine enough for
//     their unit, else from the document date ("that day" alone, with no
//     date before it, is dropped).
//
// Each expression's rule records the recogniser and the policy that
// placed it ("month-day/past", "weekday/future", "anaphoric").

// dunit is the calendar unit a DATE expression names.
type dunit uint8

const (
	uNone    dunit = iota
	uDay           // a day
	uRange         // a span of days
	uWeekend       // a Saturday-Sunday span
	uWeek          // an ISO week
	uMonth         // a month
	uYear          // a year
)

// danchor is what a relative expression counts from.
type danchor uint8

const (
	aNone danchor = iota // absolute, or placed by its year (tense policy)
	aDoc                 // the document date: yesterday, last week, ago
	aText                // the last date of the text: that day, a year earlier
	aDrop                // an anaphor with nothing to count from: not a DATE
)

// Tense of a clause.
const (
	tenseNone   = 0
	tensePast   = -1
	tenseFuture = 1
)

// maxRequestReach bounds how far (in tokens) after a request verb with an
// object and an infinitive a date may lie and still be the act asked for
// ("urged residents to stay home on Saturday").
const maxRequestReach = 16

// maxTenseReach bounds how far (in tokens) the tense of a clause is
// looked for on each side of a date: the search stays linear however many
// dates a sentence holds.
const maxTenseReach = 40

// anchors remembers the last resolved date of the text at each
// granularity (a day also sets the month and the year).
type anchors struct {
	day      time.Time
	month    [2]int // year, month
	year     int
	hasDay   bool
	hasMonth bool
	hasYear  bool
}

func (a *anchors) set(x *dexpr) {
	switch x.unit {
	case uDay, uRange, uWeekend:
		if x.day.IsZero() {
			return
		}
		a.day, a.hasDay = x.day, true
		a.month, a.hasMonth = [2]int{x.day.Year(), int(x.day.Month())}, true
		a.year, a.hasYear = x.day.Year(), true
	case uMonth:
		if x.y == 0 {
			return
		}
		a.month, a.hasMonth = [2]int{x.y, x.m}, true
		a.year, a.hasYear = x.y, true
	case uYear:
		if x.y == 0 {
			return
		}
		a.year, a.hasYear = x.y, true
	}
}

// resolveOne computes the value of x, the next expression in text order,
// and makes it an anchor when it is an absolute date: a stated or
// year-less one, a holiday, or a named day (weekday, yesterday); never an
// anaphor nor a period counted from the document date.
func (d *doc) resolveOne(x *dexpr, an *anchors) {
	d.resolve(x, an)
	if x.anchor == aNone || x.anchor == aDoc && x.unit == uDay {
		an.set(x)
	}
}

// resolve computes x.val (and x.day for a single day), filling x.y/x.m
// for the anchors; it leaves the value "" when it needs the document date
// and there is none.
func (d *doc) resolve(x *dexpr, an *anchors) {
	switch {
	case x.anchor == aText:
		d.resolveAnaphor(x, an)
	case x.anchor == aDoc:
		d.resolveRelative(x)
	case x.hol != nil:
		d.resolveHoliday(x)
	case x.y > 0:
		d.resolveAbsolute(x)
	default:
		d.resolveYearless(x)
	}
}

// resolveAbsolute formats a date whose year the text states.
func (d *doc) resolveAbsolute(x *dexpr) {
	switch x.unit {
	case uYear:
		x.val = yearValue(x.y)
	case uMonth:
		x.val = monthValue(x.y, x.m)
	case uDay:
		x.day = time.Date(x.y, time.Month(x.m), x.dd, 0, 0, 0, 0, time.UTC)
		x.val = dayValue(x.day)
	case uRange:
		end := time.Date(x.y, time.Month(x.m2), x.dd2, 0, 0, 0, 0, time.UTC)
		start := time.Date(x.y, time.Month(x.m), x.dd, 0, 0, 0, 0, time.UTC)
		if x.m2 < x.m {
			start = start.AddDate(-1, 0, 0) // "December 29-January 2, 2022": the year is the end's
		}
		x.day = start
		x.val = rangeValue(start, end)
	}
}

// resolveYearless places a day, range or month whose year the text
// omits, by "last"/"next"/"this" or by the tense of its clause.
func (d *doc) resolveYearless(x *dexpr) {
	if !d.hasDate {
		return
	}
	policy := ""
	switch {
	case x.dir != 0:
		policy = map[int]string{-1: "last", 1: "next"}[x.dir]
	case x.this && x.unit == uMonth:
		policy = "this"
	default:
		policy = tenseName(d.clauseTense(x.s, x.e, true))
	}
	x.rule += "/" + policy
	doc := d.date
	if policy == "past" || policy == "future" {
		// a date close to the document date is the near one whatever the
		// tense: "will continue, as after the talks of January 10-13"
		// in a late-January article
		if near(doc, x) {
			policy = "nearest"
			x.rule += "-near"
		}
	}
	switch x.unit {
	case uMonth:
		cur := doc.Year()*12 + int(doc.Month()) - 1
		y := nearestMonthYear(doc, x.m)
		switch policy {
		case "this":
			y = doc.Year()
		case "last", "past":
			y = doc.Year()
			if idx := y*12 + x.m - 1; idx > cur || policy == "last" && idx == cur {
				y--
			}
		case "next", "future":
			y = doc.Year()
			if idx := y*12 + x.m - 1; idx < cur || policy == "next" && idx == cur {
				y++
			}
		}
		x.y = y
		x.val = monthValue(y, x.m)
	case uDay, uRange:
		start, ok := yearlessDay(doc, x.m, x.dd, policy)
		if !ok {
			x.anchor = aDrop
			return
		}
		x.y = start.Year()
		x.day = start
		if x.unit == uDay {
			x.val = dayValue(start)
			return
		}
		ey := start.Year()
		if x.m2 < x.m {
			ey++
		}
		x.val = rangeValue(start, time.Date(ey, time.Month(x.m2), x.dd2, 0, 0, 0, 0, time.UTC))
	}
}

// nearDoc reports whether the holiday falls within nearWindow of the
// document date (in its year or the one before or after).
func (h holiday) nearDoc(doc time.Time) bool {
	for y := doc.Year() - 1; y <= doc.Year()+1; y++ {
		if t, ok := h.in(y); ok && absDays(t.Sub(doc)) <= nearWindow {
			return true
		}
	}
	return false
}

// nearWindow is how close to the document date a year-less date is taken
// to be the near occurrence whatever its clause's tense.
const nearWindow = 45 * 24 * time.Hour

// near reports whether the nearest occurrence of the year-less x lies
// within nearWindow (a day) or one month (a month) of the document date.
func near(doc time.Time, x *dexpr) bool {
	if x.unit == uMonth {
		cur := doc.Year()*12 + int(doc.Month()) - 1
		idx := nearestMonthYear(doc, x.m)*12 + x.m - 1
		return idx-cur <= 1 && cur-idx <= 1
	}
	t, ok := nearestDay(doc, x.m, x.dd)
	return ok && absDays(t.Sub(doc)) <= nearWindow
}

// yearlessDay places month m, day dd by policy: "past"/"last" the latest
// on or before ref (strictly before for "last"), "future"/"next" the
// earliest on or after it, otherwise the nearest.
func yearlessDay(ref time.Time, m, dd int, policy string) (time.Time, bool) {
	switch policy {
	case "past", "last", "future", "next":
	default:
		return nearestDay(ref, m, dd)
	}
	back := policy == "past" || policy == "last"
	strict := policy == "last" || policy == "next"
	for k := 0; k <= 8; k++ { // February 29 may be up to 8 years off
		y := ref.Year() + k
		if back {
			y = ref.Year() - k
		}
		if !validDay(y, m, dd) {
			continue
		}
		t := time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC)
		switch {
		case back && (t.Before(ref) || !strict && t.Equal(ref)):
			return t, true
		case !back && (t.After(ref) || !strict && t.Equal(ref)):
			return t, true
		}
	}
	return time.Time{}, false
}

// resolveRelative counts from the document date: weekdays, weekends,
// yesterday, this/last/next week, month and year, "ago".
func (d *doc) resolveRelative(x *dexpr) {
	if !d.hasDate {
		return
	}
	doc := d.date
	if x.unit == uMonth && x.m > 0 { // "June last year"
		x.y = doc.Year() + x.off
		x.val = monthValue(x.y, x.m)
		return
	}
	if (x.unit == uDay || x.unit == uRange) && x.m > 0 { // "Feb. 24 last year"
		x.y = doc.Year() + x.off
		if !validDay(x.y, x.m, x.dd) {
			x.anchor = aDrop
			return
		}
		d.resolveAbsolute(x)
		return
	}
	switch {
	case x.wd > 0:
		var day time.Time
		switch {
		case x.dir < 0:
			day = weekdayFrom(doc, x.wd, -1, true)
			x.rule += "/last"
		case x.dir > 0:
			day = weekdayFrom(doc, x.wd, 1, true)
			x.rule += "/next"
		case d.weekdayAhead(x.s, x.e):
			day = weekdayFrom(doc, x.wd, 1, false)
			x.rule += "/ahead"
		case d.clauseTense(x.s, x.e, false) == tenseFuture:
			day = weekdayFrom(doc, x.wd, 1, false)
			x.rule += "/future"
		default:
			day = weekdayFrom(doc, x.wd, -1, false)
			x.rule += "/past"
		}
		x.day, x.val = day, dayValue(day)
	case x.unit == uWeekend:
		wd := isoWeekday(doc)
		var sat time.Time
		switch {
		case x.dir < 0:
			sat = weekdayFrom(doc, 6, -1, true)
			if wd == 7 {
				sat = sat.AddDate(0, 0, -7)
			}
		case x.dir > 0:
			sat = weekdayFrom(doc, 6, 1, true)
		case wd >= 6:
			sat = weekdayFrom(doc, 6, -1, false)
		case x.this && d.clauseTense(x.s, x.e, false) != tensePast:
			// "this weekend" on a weekday: the document week's, ahead,
			// unless a past verb places it ("marched this weekend" in a
			// Monday article)
			sat = weekdayFrom(doc, 6, 1, false)
			x.rule += "/this"
		case d.clauseTense(x.s, x.e, false) == tenseFuture:
			sat = weekdayFrom(doc, 6, 1, false)
		default:
			sat = weekdayFrom(doc, 6, -1, false)
		}
		x.day, x.val = sat, rangeValue(sat, sat.AddDate(0, 0, 1))
	default:
		x.val = unitValue(x, doc.Year(), int(doc.Month()), doc)
		if x.unit == uDay {
			x.day = doc.AddDate(0, 0, x.off)
		}
	}
}

// weekdayAhead reports whether the bare weekday at tokens [s, e) is set
// ahead by the word right before it (or before "on" and it), whatever the
// verb of its clause (date_words weekday_ahead): a deadline ("closed the
// schools until Monday"), a day an event is set for ("has called a
// session for Thursday"), a guess ("possibly on Saturday", "maybe
// Monday"). A weekday lies within a week of the document date, so a past
// act with a deadline names the coming day. Not before a possessive
// ("arrested for Thursday's attack": the day is the attack's), nor after
// a past verb of lasting ("stayed closed until Monday", date_words
// lasting_past) or an opening "Until Monday," (a past narrative's turn).
func (d *doc) weekdayAhead(s, e int) bool {
	j := s - 1
	if j >= 1 && d.Lower(j) == "on" && d.toks[j-1].Sent == d.toks[s].Sent {
		j--
	}
	if j < 0 || d.toks[j].Sent != d.toks[s].Sent || !d.kindIs(j, wWeekdayAhead) {
		return false
	}
	if j < s-1 && (d.Lower(j) == "for" || d.Lower(j) == "until" || d.Lower(j) == "till") {
		return false // "for on", "until on": only a guess takes "on"
	}
	if e < len(d.toks) && (d.Text(e) == "'s" || d.Text(e) == "’s" || d.Text(e) == "'" || d.Text(e) == "’") {
		return false
	}
	if j == 0 || d.toks[j-1].Sent != d.toks[s].Sent {
		return false // "Until Monday, the border was open": the sentence opens on it
	}
	if d.Lower(j) == "until" || d.Lower(j) == "till" {
		for k := j - 1; k >= 0 && k >= j-4 && d.toks[k].Sent == d.toks[s].Sent && d.toks[k].Kind == Word; k-- {
			if d.kindIs(k, wLastingPast) {
				return false
			}
		}
	}
	return true
}

// unitValue is the value of the unit x.off units from a reference (day
// ref, month y-m, year y).
func unitValue(x *dexpr, y, m int, ref time.Time) string {
	switch x.unit {
	case uDay:
		return dayValue(ref.AddDate(0, 0, x.off))
	case uWeek:
		return weekValue(ref.AddDate(0, 0, 7*x.off))
	case uMonth:
		idx := y*12 + m - 1 + x.off
		x.y, x.m = idx/12, idx%12+1
		return monthValue(x.y, x.m)
	case uYear:
		x.y = y + x.off
		return yearValue(x.y)
	}
	return ""
}

// resolveAnaphor counts from the last date of the text fine enough for
// the unit, or else from the document date.
func (d *doc) resolveAnaphor(x *dexpr, an *anchors) {
	var ref time.Time
	y, m := 0, 0
	ok := false
	switch x.unit {
	case uDay, uWeek:
		if an.hasDay {
			ref, y, m, ok = an.day, an.day.Year(), int(an.day.Month()), true
		}
	case uMonth:
		if an.hasMonth {
			y, m, ok = an.month[0], an.month[1], true
		}
	case uYear:
		if an.hasYear {
			y, ok = an.year, true
		}
	}
	if !ok {
		if x.off == 0 && x.rule == "anaphoric" || x.wd > 0 && !d.hasDate {
			x.anchor = aDrop // "that day" with no date before it
			return
		}
		if !d.hasDate {
			return
		}
		ref, y, m = d.date, d.date.Year(), int(d.date.Month())
		x.rule += "/document"
	} else {
		x.rule += "/text"
	}
	if x.wd > 0 {
		x.day = weekdayFrom(ref, x.wd, x.dir, true)
		x.val = dayValue(x.day)
		return
	}
	if x.unit == uMonth && x.m > 0 {
		// "the following June": strictly after (before) the month in focus
		yy := y
		if x.dir > 0 && x.m <= m {
			yy++
		} else if x.dir < 0 && x.m >= m {
			yy--
		}
		x.y = yy
		x.val = monthValue(yy, x.m)
		return
	}
	x.val = unitValue(x, y, m, ref)
	if x.unit == uDay {
		x.day = ref.AddDate(0, 0, x.off)
	}
}

// resolveHoliday places a holiday: a stated year, "last"/"next"/"this",
// or the tense of the clause (no tense: the nearest occurrence).
func (d *doc) resolveHoliday(x *dexpr) {
	if x.y > 0 {
		day, ok := x.hol.in(x.y)
		if !ok {
			x.anchor = aDrop
			return
		}
		x.day, x.val = day, dayValue(day)
		return
	}
	if !d.hasDate {
		return
	}
	policy := ""
	switch {
	case x.dir < 0:
		policy = "last"
	case x.dir > 0:
		policy = "next"
	case x.this:
		policy = "this"
	default:
		policy = tenseName(d.clauseTense(x.s, x.e, true))
	}
	x.rule += "/" + policy
	if (policy == "past" || policy == "future") && x.hol.nearDoc(d.date) {
		policy = "nearest" // "in a Labor Day interview" three days after it
		x.rule += "-near"
	}
	doc := d.date
	var best time.Time
	for y := doc.Year() - 1; y <= doc.Year()+1; y++ {
		t, ok := x.hol.in(y)
		if !ok {
			continue
		}
		take := false
		switch policy {
		case "this":
			take = y == doc.Year()
		case "past":
			take = !t.After(doc)
		case "last":
			take = t.Before(doc)
		case "future":
			take = !t.Before(doc) && best.IsZero()
		case "next":
			take = t.After(doc) && best.IsZero()
		default:
			take = best.IsZero() || absDays(t.Sub(doc)) < absDays(best.Sub(doc))
		}
		if take {
			best = t
		}
	}
	if best.IsZero() {
		x.anchor = aDrop
		return
	}
	x.y, x.day, x.val = best.Year(), best, dayValue(best)
}

func absDays(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func tenseName(t int) string {
	switch t {
	case tensePast:
		return "past"
	case tenseFuture:
		return "future"
	}
	return "nearest"
}

// clauseTense returns the tense of the clause around tokens [s, e): the
// nearest tense marker before the date in its clause decides, or failing
// one the nearest after it (not crossing into a relative clause ",
// which will ..."). A reporting verb before the date ("said the talks on
// March 3 would ...") yields to a future marker after the date before
// any "that" or comma: the date belongs to the reported clause. For a
// year-less date (yearless) a future marker beyond a comma does not count,
// on either side, unless the date opens its clause; a past one does (the
// narrative goes on: "who stepped down as chairman, president and chief
// executive in March"). "since" right before the date makes it past.
func (d *doc) clauseTense(s, e int, yearless bool) int {
	sent := int(d.toks[s].Sent)
	// a date opening its clause ("On Friday, ...", "that on Election
	// Day, I will ...") takes the verb after a comma
	p := s - 1
	if p >= 0 && int(d.toks[p].Sent) == sent && d.toks[p].Kind == Word && isDatePrep(d.Lower(p)) {
		p--
	}
	initial := p < 0 || int(d.toks[p].Sent) != sent || d.Lower(p) == "that"
	if s > 0 && (d.Lower(s-1) == "until" || d.Lower(s-1) == "till") && d.lowerAt(e) == "to" && e+1 < len(d.toks) && d.infinitiveAt(e+1) &&
		!(s > 1 && d.kindIs(s-2, wLastingPast)) { // not "waited until Tuesday to publish"
		return tenseFuture // a deadline for an act: "had until Saturday to act", "has until June to decide"
	}
	if c := s - 1; c > 0 && int(d.toks[c].Sent) == sent && (d.Lower(c) == "on" || d.Lower(c) == "in") {
		s1 := c
		if c = s1 - 1; c >= 0 && int(d.toks[c].Sent) == sent && (d.Lower(c) == "is" || d.Lower(c) == "are") && d.copulaSubject(c) {
			return tenseFuture // "the vote is on Nov. 5"
		}
	} else if c > 0 && int(d.toks[c].Sent) == sent && (d.Lower(c) == "is" || d.Lower(c) == "are") && d.copulaSubject(c) {
		return tenseFuture // "The general election is Nov. 5": a day set, still ahead (past: "was")
	}
	before, report := tenseNone, false
	weak := tenseNone // "until" right before the date: only when no verb decides
	crossed := false  // a comma lies between the marker and the date
	for k := s - 1; k >= 0 && k >= s-maxTenseReach && int(d.toks[k].Sent) == sent; k-- {
		if d.Text(k) == ";" || d.quoteBound(k, false) {
			break
		}
		if d.Text(k) == "," {
			crossed = true
		}
		if k == s-1 && deadlinePrep(d.Lower(k)) {
			weak = tenseFuture
			continue
		}
		if weak == tenseFuture && k >= 1 {
			// "has extended the loans through January": a present
			// perfect lasts up to a deadline still ahead
			if w := d.Lower(k - 1); (w == "has" || w == "have") && strings.HasSuffix(d.Lower(k), "ed") {
				return tenseFuture
			}
		}
		if d.Lower(k) == "since" && (k == s-1 || !crossed && k+1 < s && d.Lower(k+1) != "then") {
			return tensePast // "since Jan. 13", "Since taking office in December"
		}
		if !crossed && !yearless && d.Lower(k) == "ahead" && d.lowerAt(k+1) == "of" {
			return tenseFuture // "in a tight race ahead of the Iowa caucuses on Monday": the event is still to come
		}
		f, ok := d.tenseOf(k)
		if ok && f && s-k > maxRequestReach && d.wordIs(d.Lower(k), wRequest) && !d.wordIs(d.Lower(k), wFuture|wFutureTo) &&
			(d.wordIs(d.Lower(k), wPast) || strings.HasSuffix(d.Lower(k), "ed")) {
			// "called for a special prosecutor to oversee an inquiry into
			// … at a rally in Ohio on Monday": far from a past request,
			// the date is the asking's, past like its verb (a present
			// one, "the accord calls for … by Oct. 31", stays ahead)
			f = false
		}
		if !ok && !crossed && d.presentFuture(k) {
			f, ok = true, true // "Baker, who flies to Paris on Saturday"
		}
		if !ok && d.presentPerfect(k) {
			f, ok = false, true // "the tone you have set, in the House on Tuesday,"
		}
		if ok && !f && d.futureVerbBefore(k) {
			f = true // "will brief allied ambassadors on Monday": an -ed modifier inside a future verb phrase
		}
		if ok {
			if f && yearless && crossed {
				break // "will grow, less than forecast in July": not the date's verb
			}
			before = tensePast
			if f {
				before = tenseFuture
			} else if k == s-1 && d.isReporting(k) && e < len(d.toks) && (d.kindIs(e, wFuture) || d.Lower(e) == "is") {
				report = true // "said Wednesday would be a holiday": the date is the reported clause's subject
			} else if k == s-1 || k == s-2 && d.toks[s-1].Kind == Word && isDatePrep(d.Lower(s-1)) {
				report = false // "said on Monday": the date is the verb's
			} else {
				// "said the vote on Jan. 20 would ...", "decided that on
				// Election Day, I will ...": the date is the reported
				// clause's
				report = d.isReporting(k) || d.lowerAt(k+1) == "that"
			}
			break
		}
	}
	if before == tenseFuture || before == tensePast && !report {
		return before
	}
	for k := e; k < len(d.toks) && k < e+maxTenseReach && int(d.toks[k].Sent) == sent; k++ {
		t := &d.toks[k]
		if d.textOf(t) == ";" || d.textOf(t) == "," && relPronouns[d.lowerAt(k+1)] || d.quoteBound(k, true) {
			break
		}
		if (report || yearless) && d.lowerOf(t) == "that" || (report || yearless) && d.textOf(t) == "," && !(initial && k == e) {
			break
		}
		if report && d.lowerOf(t) == "and" && k+1 < len(d.toks) {
			// "declared three days of mourning on Saturday and ordered the
			// army to deploy": a second verb of the reporting subject, past
			// like the first; the date was no reported clause's
			if n := d.Lower(k + 1); d.wordIs(n, wPast) || len(n) >= 5 && strings.HasSuffix(n, "ed") && !d.wordIs(n, wNotPast) {
				break
			}
		}
		if f, ok := d.tenseOf(k); ok {
			if f && initial && d.lowerAt(k+1) == "to" && (d.wordIs(d.lowerOf(t), wPast) || strings.HasSuffix(d.lowerOf(t), "ed")) {
				return tensePast // "In June, Norway agreed to double ...": the agreeing is the date's
			}
			if f && d.wordIs(d.lowerOf(t), wRequest) && (d.wordIs(d.lowerOf(t), wPast) || strings.HasSuffix(d.lowerOf(t), "ed")) {
				// "NATO leaders on Thursday invited seven countries to
				// join", "speaking in Ottawa on Monday, called on both
				// sides to show": the asking after the date is the
				// date's, not the act asked for
				return tensePast
			}
			if f {
				return tenseFuture
			}
			if report {
				break
			}
			return tensePast
		}
	}
	if before == tenseNone {
		return weak
	}
	return before
}

// copulaSubject reports whether the "is"/"are" at token c follows a noun
// subject (a lower-case word that is no pronoun, "there" or "it", which
// open clauses of other kinds: "it is Monday", "there are June
// figures").
func (d *doc) copulaSubject(c int) bool {
	if c < 1 || d.toks[c-1].Sent != d.toks[c].Sent || d.toks[c-1].Kind != Word {
		return false
	}
	w := d.Lower(c - 1)
	return !isPronoun(w) && w != "there" && w != "this" && w != "that" && w != "what" && w != "today"
}

// quoteBound reports whether token k bounds a quoted clause, beyond which
// the verbs are the reporter's, not the date's: an opening quote mark
// after ":" or "," or at the start of the sentence (looking back, closes
// false), or a closing one after ",", ".", "?" or "!" (looking ahead).
// A quote mark inside a clause ("the so-called “operation” on Monday")
// bounds nothing.
func (d *doc) quoteBound(k int, closes bool) bool {
	t := &d.toks[k]
	if t.Kind != Punct {
		return false
	}
	switch m := d.textOf(t); {
	case m == "\"":
		// a straight mark closes when glued to the word before it, opens
		// when glued to the word after it
		if closes != (k > 0 && !t.Space) {
			return false
		}
	case closes && m != "”" && m != "»", !closes && m != "“" && m != "«":
		return false
	}
	if k == 0 {
		return !closes
	}
	p := d.textOf(&d.toks[k-1])
	if closes {
		return p == "," || p == "." || p == "?" || p == "!"
	}
	return d.toks[k-1].Sent != t.Sent || p == ":" || p == ","
}

// futureVerbBefore reports whether the regular -ed word at token k is a
// participle modifying the object of a future verb phrase, no past tense:
// a future marker at most three lower-case words before it ("will brief
// allied ambassadors", "would visit injured people"), with no punctuation
// or clause word between.
func (d *doc) futureVerbBefore(k int) bool {
	w := d.Lower(k)
	if d.wordIs(w, wPast) || !strings.HasSuffix(w, "ed") || k+1 >= len(d.toks) || d.toks[k+1].Kind != Word || d.Cap(k+1) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && d.toks[j].Sent == d.toks[k].Sent; j-- {
		t := &d.toks[j]
		if t.Kind != Word || d.capOf(t) {
			return false
		}
		switch l := d.lowerOf(t); l {
		case "and", "or", "but", "that", "who", "which", "when", "after", "before", "as", "be", "been", "being", "have", "has", "had", "you":
			return false
		default:
			if isPronoun(l) {
				return false // "will say it deployed troops": a clause of its own
			}
		}
		if j == k-1 {
			continue // the verb itself: "brief", "visit"
		}
		if f, ok := d.tenseOf(j); ok {
			return f
		}
	}
	return false
}

// presentPerfect reports whether token k is "have" or "has" opening a
// present perfect ("you have set", "has signed"): a past for the date
// after it; not "have to", "has been", nor a possession ("has a").
func (d *doc) presentPerfect(k int) bool {
	if l := d.Lower(k); l != "have" && l != "has" {
		return false
	}
	if k+1 >= len(d.toks) || d.toks[k+1].Sent != d.toks[k].Sent || d.toks[k+1].Kind != Word || d.Cap(k+1) {
		return false
	}
	n := d.Lower(k + 1)
	if p := d.lowerAt(k - 1); p == "will" || p == "shall" || p == "to" || strings.HasSuffix(p, "'ll") || strings.HasSuffix(p, "’ll") {
		return false // "it will have close to 12,000 troops in the field by the weekend": a future (or a possession)
	}
	return n != "to" && n != "been" && !determiner(n) && d.classify()[k+1]&cStop == 0 && d.perfectParticiple(n, d.lowerAt(k+2))
}

// perfectParticiple reports whether w, after "have" or "has", is a past
// participle, so that the two make a present perfect: a past form of the
// lists that is also the participle ("held", "brought"; date_words
// past), a participle of its own (date_words participle: "taken",
// "shown", "set", "come"), or a regular -ed form ("signed"). An -ed word
// the lists call no past tense (not_past: "armed", "limited", "need") is
// one only before an object (next, the word after it): "have armed the
// villagers", but "have armed guards", "have limited time", "have need
// of" are possessions. Nouns that merely end like a participle ("have
// snow", "have children", "have someone", "have fun") are none.
func (d *doc) perfectParticiple(w, next string) bool {
	if d.wordIs(w, wPast|wParticiple) {
		return true
	}
	if !strings.HasSuffix(w, "ed") {
		return false
	}
	if !d.wordIs(w, wNotPast) {
		return true
	}
	switch next {
	case "him", "them", "us", "me", "you", "it": // object pronouns
		return true
	}
	return determiner(next)
}

// presentFuture reports whether token k is a present-tense verb of the
// date's own clause, which places a scheduled event ahead ("Biden leaves
// office on Monday", "Baker, who flies to Paris on Saturday", "the summit
// opens on Thursday", "the minister is flying to Kyiv on Saturday"): a
// lower-case -s word after a subject (he, she, it, who, which, or a name
// that is no place or body) that no list calls a noun, or an -ing word after "is" or "are". Not in the first
// paragraph: headlines tell past events in the present.
func (d *doc) presentFuture(k int) bool {
	toks := d.toks
	t := &toks[k]
	if t.Kind != Word || d.capOf(t) || k < 1 || toks[k].Para == 0 || toks[k-1].Sent != t.Sent {
		return false
	}
	w := d.lowerOf(t)
	prev := d.Lower(k - 1)
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		if (prev == "not" || prev == "n't" || prev == "n’t") && k >= 2 {
			prev = d.Lower(k - 2) // "is not running in the October election"
		}
		return prev == "is" || prev == "are" || prev == "isn't" || prev == "aren't" || prev == "isn’t" || prev == "aren’t"
	}
	if d.wordIs(w, wSchedule) && strings.HasSuffix(w, "s") && d.commonSubject(k) {
		return true // "the anniversary falls on Tuesday", "the party congress opens on Saturday"
	}
	if d.wordIs(w, wSchedule) && !strings.HasSuffix(w, "s") && d.pluralSubject(k) {
		return true // "Talks resume in Geneva on Tuesday", "when envoys meet in Vienna on Friday"
	}
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") ||
		strings.HasSuffix(w, "is") || strings.ContainsAny(w, "-'’") {
		return false
	}
	if d.wordIs(w, wMeasure|wNonPerson|wForce|wExtent|wCasualty|wHolidayNoun) || d.classify()[k]&(cStop|cCalendar|cHead|cTitleWord) != 0 {
		return false
	}
	if _, m := d.match(lexicon.Personnel, k); m > 0 {
		return false
	}
	switch prev {
	case "he", "she", "it", "who", "which":
		return true
	}
	p := &toks[k-1]
	if p.Kind != Word {
		return false
	}
	if !d.capOf(p) || d.classify()[k-1]&(cPlace|cBody|cStop|cCalendar|cHead|cTitleWord) != 0 {
		return false
	}
	// The name is the subject, not a modifier inside a noun phrase after a
	// preposition or "and" ("stormed by Rutskoi supporters on Sunday", "in
	// the Maule and Biobío regions by Monday"): the -s word is then a
	// plural noun. After an article it is one when it ends like a noun of
	// persons or things ("the Democratic contenders on Saturday
	// presented"; not "The Silver State holds its caucuses on Saturday").
	j := k - 1
	for j > 0 && j > k-6 && toks[j-1].Sent == t.Sent && toks[j-1].Kind == Word && d.capOf(&toks[j-1]) {
		j-- // a name of at most five words (bounded: linear time on runs of capitals)
	}
	if j > 0 && toks[j-1].Sent == t.Sent {
		switch b := d.Lower(j - 1); {
		case b == "and", b == "or", nounPhrasePrep[b]:
			return false
		case determiner(b):
			return !pluralNounEnding(w)
		}
	}
	return true
}

// pluralSubject reports whether the word before token k, a base-form verb
// of the calendar, is a plural subject opening its clause: "they", "we",
// or a plural noun ("talks", "ministers", "Protesters") after at most
// three words of its noun phrase, the phrase opening the sentence or
// following a clause word ("when", "as", "that", "and", ...), a comma or
// a reporting verb. Not after a preposition: "talks with the rebels
// resume" has its subject further back, "in the regions meet" none.
func (d *doc) pluralSubject(k int) bool {
	toks := d.toks
	sent := toks[k].Sent
	if k < 1 || toks[k-1].Sent != sent || toks[k-1].Kind != Word {
		return false
	}
	n := d.Lower(k - 1)
	if n != "they" && n != "we" {
		if len(n) < 4 || !strings.HasSuffix(n, "s") || strings.HasSuffix(n, "ss") || strings.HasSuffix(n, "us") ||
			strings.HasSuffix(n, "is") || strings.HasSuffix(n, "'s") || strings.HasSuffix(n, "’s") || isPronoun(n) {
			return false
		}
		if _, ok := d.tenseOf(k - 1); ok || d.classify()[k-1]&(cStop|cCalendar) != 0 {
			return false
		}
	}
	for j := k - 2; j >= k-5; j-- {
		if j < 0 || toks[j].Sent != sent {
			return true // the sentence opens on the subject
		}
		t := &toks[j]
		w := d.lowerOf(t)
		switch {
		case t.Kind == Punct:
			return d.textOf(t) == "," || d.textOf(t) == "—" || d.textOf(t) == "–"
		case t.Kind != Word:
			continue // "the 27 ministers"
		case subjectOpener[w] || d.isReporting(j):
			return true
		case nounPhrasePrep[w], isPronoun(w):
			return false
		}
		if _, ok := d.tenseOf(j); ok {
			return false
		}
	}
	return false
}

// subjectOpener are words after which a subject opens a clause.
var subjectOpener = map[string]bool{
	"when": true, "as": true, "after": true, "before": true, "while": true, "once": true, "where": true,
	"and": true, "but": true, "that": true, "if": true, "unless": true, "until": true,
}

// commonSubject reports whether the words before token k, a present verb
// of the calendar, are a common-noun subject: up to four lower-case words
// (none a tense word or preposition) after a determiner ("the tenth
// anniversary of the massacre" counts its "of" phrase: up to seven).
func (d *doc) commonSubject(k int) bool {
	toks := d.toks
	for j := k - 1; j >= 0 && j >= k-8 && toks[j].Sent == toks[k].Sent; j-- {
		t := &toks[j]
		if t.Kind == Number || t.Kind == Punct && joinDash(d.textOf(t)) && !t.Space {
			continue // "the 45-day review period"
		}
		if t.Kind != Word && t.Kind != Ordinal {
			return false
		}
		w := d.lowerOf(t)
		if determiner(w) || w == "whose" {
			return j < k-1
		}
		if j == k-1 && (d.capOf(t) || nounPhrasePrep[w]) {
			return false
		}
		if _, ok := d.tenseOf(j); ok || isPronoun(w) || w == "and" || w == "or" {
			return false
		}
	}
	return false
}

// dateStartAt reports whether token k may open a date: a calendar word,
// a number or "next".
func (d *doc) dateStartAt(k int) bool {
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[k-1].Sent {
		return false
	}
	return d.classify()[k]&cCalendar != 0 || d.toks[k].Kind == Number || d.Lower(k) == "next"
}

// pluralNounEnding reports whether the -s word w ends like a plural noun
// of persons or things rather than a verb: contenders, governors,
// officials, candidates, Democrats, caucuses, regions, authorities.
func pluralNounEnding(w string) bool {
	for _, suf := range []string{"ers", "ors", "ists", "ians", "ants", "ents", "ates", "ats", "uses", "ions", "ities", "als"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// nounPhrasePrep are prepositions after which a name opens a noun phrase,
// never a clause's subject.
var nounPhrasePrep = map[string]bool{
	"by": true, "of": true, "in": true, "on": true, "at": true, "for": true, "with": true, "from": true,
	"to": true, "into": true, "against": true, "among": true, "between": true, "about": true, "under": true,
	"over": true, "near": true, "across": true, "through": true, "without": true,
}

// deadlinePrep reports whether w, right before a date, makes it a
// deadline or an end ("until Friday", "by May", "through January"):
// future when no verb of the clause decides.
func deadlinePrep(w string) bool {
	switch w {
	case "until", "till", "through", "by":
		return true
	}
	return false
}

// isDatePrep reports whether w is a preposition that introduces a date.
func isDatePrep(w string) bool {
	switch w {
	case "on", "in", "at", "by", "since", "from", "of", "last", "this":
		return true
	}
	return false
}

// isReporting reports whether token k is a reporting verb ("said"). A
// directive ("ordered", "instructed") is none here: "the soldiers ordered
// to Poland on Friday would arrive" dates the order, not a reported
// clause. Nor is a phrasal verb, the verb before a particle (date_words
// phrasal_particle: "conscripts called up at the weekend would join
// the units"); a particle before "to" is none ("announced up to 300
// police", a quantity).
func (d *doc) isReporting(k int) bool {
	if k+1 < len(d.toks) && d.kindIs(k+1, wPhrasal) && d.lowerAt(k+2) != "to" {
		return false
	}
	e, n := d.match(lexicon.Reporting, k)
	return n == 1 && e.Field(0) == "verb" && e.Field(1) != "directive"
}

// tense reports whether token k marks the future (true) or the past
// (false); ok is false for other words.
func (d *doc) tense(k int) (future, ok bool) {
	t := &d.toks[k]
	if t.Kind != Word {
		return false, false
	}
	w := d.lowerOf(t)
	// the word's kinds read once by its id (kindIs of token k: wordIs of
	// w, no string hashed), none for a word that is no context word
	var kinds wordKind
	if d.wflags[k]&fContext != 0 {
		kinds = d.setAt(k).ctx
	}
	if kinds&wFuture != 0 {
		if w == "may" && d.capOf(t) && !d.upperWord(k) {
			return false, false // the month
		}
		return true, true
	}
	if strings.HasSuffix(w, "'ll") || strings.HasSuffix(w, "’ll") {
		return true, true
	}
	if kinds&wPostpone != 0 {
		// "postponed until Friday", "pushed back to March", "a delay
		// until June": ahead; "tanks pushed into the city on Sunday": a
		// past like any other; a noun ("without delay") is no tense word
		if d.postponedTo(k) {
			return true, true
		}
		return false, strings.HasSuffix(w, "ed") || kinds&wPast != 0
	}
	if w == "must" || w == "should" {
		// "must be cleared before Independence Day"; not "must have known"
		return true, d.lowerAt(k+1) != "have" && d.lowerAt(k+2) != "have"
	}
	if w == "due" && (d.lowerAt(k-1) == "is" || d.lowerAt(k-1) == "are" || d.lowerAt(k-1) == "was" || d.lowerAt(k-1) == "were") {
		switch d.lowerAt(k + 1) {
		case "in", "at", "back", "on", "for", "here", "there", "off", "out", "into", "onto", "home", "ashore", "aboard", "from":
			return true, true // "Pistorius is due in Vilnius on Tuesday", "a ship is due off the coast on Saturday"
		}
	}
	if d.lowerAt(k+1) == "to" && kinds&wFutureTo != 0 && d.infinitiveAt(k+2) && d.lowerAt(k-1) != "had" {
		if w == "due" || w == "is" || w == "are" {
			// "is due to", "is to meet"; not "due to the war", "is to blame"
			if w == "due" && !(d.lowerAt(k+2) == "be" || d.lowerAt(k-1) == "is" || d.lowerAt(k-1) == "are" ||
				d.lowerAt(k-1) == "was" || d.lowerAt(k-1) == "were" || d.lowerAt(k-1) == "been") {
				return false, false
			}
		}
		return true, true
	}
	if w == "takes" && d.lowerAt(k+1) == "place" && t.Para > 0 {
		// "Special voting takes place on Tuesday": a present of the
		// calendar, set ahead (not in the headline paragraph, rule 31e)
		return true, true
	}
	if kinds&wSchedule != 0 && d.lowerAt(k+1) == "for" && d.dateStartAt(k+2) {
		return true, true // "a runoff the commission has set for Oct. 29"
	}
	if w == "be" && d.lowerAt(k-1) != "to" {
		// a bare "be" is a modal's or an imperative's: "would remain until
		// November, as agreed, and be home by Christmas"
		return true, true
	}
	if kinds&wRequest != 0 && d.requestTo(k) {
		return true, true // "urged residents to stay home on [Saturday]": the act asked for is ahead
	}
	past := kinds&wPast != 0 || len(w) >= 5 && strings.HasSuffix(w, "ed") && kinds&wNotPast == 0 &&
		!strings.ContainsRune(w, '-') && (!d.capOf(t) || d.upperWord(k))
	if past {
		p := k - 1
		if strings.HasSuffix(d.lowerAt(p), "ly") && len(d.lowerAt(p)) > 4 {
			p-- // "would be fully booked"
		}
		if l := d.lowerAt(p); l == "be" || l == "being" || l == "is" || l == "are" {
			return false, false // "will be held", "to be announced", "is barred from a third term"
		}
		if kinds&wPast == 0 && d.adjectiveBefore(k-1) {
			return false, false // "the reduced dividend", "a still unspecified date"
		}
		if kinds&wPast == 0 && k > 0 && nounPhrasePrep[d.lowerAt(k-1)] && d.lowerAt(k-1) != "to" && d.lowerAt(k-1) != "by" &&
			k+1 < len(d.toks) && d.toks[k+1].Sent == t.Sent && d.toks[k+1].Kind == Word && !d.Cap(k+1) && d.classify()[k+1]&cStop == 0 {
			return false, false // "shelters for stranded families", "clashes with armed men": an adjective after a preposition
		}
		return false, true
	}
	return false, false
}

// infinitiveAt reports whether token k, after "to", may be a verb: a
// lower-case word that opens no noun phrase ("agreed to meet", not
// "agreed to a truce", "agreed to Friday's plan").
func (d *doc) infinitiveAt(k int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != Word || d.toks[k].Sent != d.toks[k-1].Sent {
		return false
	}
	return !d.Cap(k) && !determiner(d.Lower(k))
}

// postponedTo reports whether the verb of putting off at token k names a
// new date: "until", "till" or "back", or "to" or "for" before a calendar
// word, a number or "next"/"later", within six words in its sentence
// ("postponed the vote until Friday", "delayed to next week", "pushed
// back to March").
func (d *doc) postponedTo(k int) bool {
	for j := k + 1; j < len(d.toks) && j <= k+6 && d.toks[j].Sent == d.toks[k].Sent; j++ {
		switch d.Lower(j) {
		case "until", "till", "back", "indefinitely":
			return true
		case "to", "for":
			if n := j + 1; n < len(d.toks) && d.toks[n].Sent == d.toks[k].Sent &&
				(d.classify()[n]&cCalendar != 0 || d.toks[n].Kind == Number || d.Lower(n) == "next" || d.Lower(n) == "later") {
				return true
			}
		}
		if d.toks[j].Kind == Punct {
			return false
		}
	}
	return false
}

// determiner reports whether w opens a noun phrase: an article, a
// possessive or a demonstrative.
func determiner(w string) bool {
	if isDeterminer(w) || isPossessiveDeterminer(w) {
		return true
	}
	switch w {
	case "our", "my", "your", "this", "that", "these", "those":
		return true
	}
	return false
}

// adjectiveBefore reports whether the word at token k, before an -ed
// word, makes it an adjective, no past tense: a determiner, a degree
// adverb or a present verb of state (date_words state_verb: "the roads
// stay closed").
func (d *doc) adjectiveBefore(k int) bool {
	if k < 0 {
		return false
	}
	switch d.Lower(k) {
	case "the", "a", "an", "its", "his", "her", "their", "our", "this", "these", "those", "still", "newly", "very", "so", "too":
		return true
	}
	return d.kindIs(k, wStateVerb)
}

// Per-token memo of the tense scan (tmKnown set once computed): each token
// is classified once however many dates look at it.
const (
	tmKnown  uint8 = 1 << iota
	tmMarker       // a tense marker
	tmFuture       // ... of the future
)

func (d *doc) tenseMemo(k int) uint8 {
	if d.tmemo == nil {
		d.tmemo = make([]uint8, len(d.toks))
	}
	m := d.tmemo[k]
	if m&tmKnown == 0 {
		m = tmKnown
		if f, ok := d.tense(k); ok {
			m |= tmMarker
			if f {
				m |= tmFuture
			}
		}
		d.tmemo[k] = m
	}
	return m
}

// tenseOf is tense(k), memoised.
func (d *doc) tenseOf(k int) (future, ok bool) {
	m := d.tenseMemo(k)
	return m&tmFuture != 0, m&tmMarker != 0
}

// requestTo reports whether the request verb at token k has an object and
// an infinitive: "urged residents to", "asked the public to", "ordered all
// units to", "expect much of the British contingent to" (at most six
// object words, same sentence).
func (d *doc) requestTo(k int) bool {
	for j := k + 2; j <= k+7 && j < len(d.toks); j++ {
		if d.toks[j].Sent != d.toks[k].Sent || d.toks[j-1].Kind != Word {
			return false
		}
		if _, ok := d.tenseOf(j - 1); ok || isDatePrep(d.lowerAt(j-1)) && j-1 == k+1 && d.dateStartAt(j) || d.classify()[j-1]&cCalendar != 0 {
			return false // "told Ukraine it would be invited to", "promised on Tuesday to"
		}
		if w := d.lowerAt(j - 1); isPronoun(w) || w == "you" || w == "that" {
			return false // a clause, not an object
		}
		if d.lowerAt(j) == "to" {
			// an infinitive, not a destination: "ordered the first forces to the gulf"
			return j+1 < len(d.toks) && d.toks[j+1].Kind == Word && !d.Cap(j+1) && !determiner(d.lowerAt(j+1))
		}
		if d.wordIs(d.Lower(k), wFutureTo) && d.toks[j].Kind == Word && !d.Cap(j) && strings.HasSuffix(d.Lower(j), "ed") {
			// a verb of wanting with an object and a participle: "want
			// the bills signed into law before Independence Day"
			return true
		}
	}
	return false
}
