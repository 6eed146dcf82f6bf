package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// dexpr is a DATE expression over tokens [s, e) as a recogniser found
// it: what it names (unit and the calendar parts the text states) and how
// it is placed on the calendar (an anchor, an offset and a direction). It
// holds no value: resolveOne alone reads the document date and computes
// the values (date_resolve.go).
type dexpr struct {
	s, e int
	bs   int    // when > 0, the span starts at this byte inside token s
	rule string // the recogniser that found it

	unit dunit
	// calendar parts the text states (0: not stated): a day y-m-dd, a
	// range to m2-dd2 (of y or the year after), a month y-m, a year y
	y, m, dd int
	m2, dd2  int
	wd       int       // a weekday (ISO 1-7)
	hol      *holiday  // a holiday or named day, nil for none
	anchor   danchor   // what a relative expression counts from
	off      int       // offset in units from the anchor (yesterday -1)
	dir      int       // -1 "last" (strictly before), +1 "next" (strictly after), 0 by tense
	this     bool      // "this December": the document year's
	month    bool      // a month expression, which "and"/"to" may continue
	isDay    bool      // an explicit single day ("Dec. 23"), for same-day merging
	day      time.Time // resolved day (isDay or weekday), set by resolveOne
	val      string    // resolved value, set by resolveOne
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
//
// The spans come as compact records (see dateSpan) in chunks of at most
// dateChunk: a text dense with dates has one every 14 bytes, and one array
// grown by appending would be copied many times (a peak of twice its size).
func (p *Pipeline) dates(d *doc) [][]dateSpan {
	var chunks [][]dateSpan
	emit := func(x dfound) {
		if x.drop {
			return
		}
		if n := len(chunks); n == 0 || len(chunks[n-1]) == cap(chunks[n-1]) {
			// chunks double from 16 spans up to dateChunk: a short
			// document allocates for the dates it has
			size := 16
			if n > 0 {
				size = min(2*cap(chunks[n-1]), dateChunk)
			}
			chunks = append(chunks, make([]dateSpan, 0, size))
		}
		sp := dateSpan{val: x.val, rule: x.rule, start: d.toks[x.s].Start, end: d.toks[x.e-1].End}
		if x.bs > 0 {
			sp.start = int32(x.bs)
		}
		c := &chunks[len(chunks)-1]
		*c = append(*c, sp)
	}
	var held dfound // the expression before, not yet emitted (held.e == 0: none)
	var an anchors
	prev := dprev{end: -1}
	lists := d.dateLists()
	// most tokens: passed over by their flags alone (no 200-byte dexpr
	// made and returned): the stage visits the tokens whose flags and
	// kind let an expression start (see lateStartsOf)
	i := 0
	for _, c := range d.lateStartsOf().dates {
		if int(c) < i {
			continue // inside the expression found before
		}
		i = int(c)
		d.tick()
		if d.wflags[i]&(fDateList|fNumberTok|fOrdinalTok) == 0 && !d.articleMayDate(i) { // a number is no article
			i++
			continue
		}
		x, ok := d.dateAt(i, prev, lists)
		r := d
		if ok && x.e-x.s > 1 {
			// no DATE crosses a paragraph break ("March 11\n\n2022 was
			// a hard year" is March 11, not 2022-03-11): read again in a
			// view of the text that ends at the break (red team 22, 2)
			if b := d.blankLineIn(x.s, x.e); b > i {
				r = d.endingAt(b)
				x, ok = r.dateAt(i, prev, lists)
			} else if b > 0 {
				ok = false // a word before i reached across: none here
			}
		}
		if !ok {
			i++
			continue
		}
		r.resolveOne(&x, &an)
		y := dfound{s: x.s, e: x.e, bs: x.bs, wd: x.wd, rule: x.rule, val: x.val, day: x.day,
			isDay: x.isDay, drop: x.anchor == aDrop, hol: x.hol}
		prev = dprev{month: x.month, end: x.e}
		i = x.e
		if held.e == 0 {
			held = y
			continue
		}
		if m, ok := d.sameDay(held, y); ok {
			emit(m)
			held = dfound{}
			continue
		}
		if !d.loneAbbrevWeekday(held) {
			emit(held)
		}
		held = y
	}
	if held.e != 0 && !d.loneAbbrevWeekday(held) {
		emit(held)
	}
	return chunks
}

// blankLineIn returns the first token of tokens (s, e) that follows a
// blank line, 0 when none does. A single line break inside a date is
// wrapped text ("March\n11, 2022"); a blank line ends a paragraph
// (annotation guide, DATE).
func (d *doc) blankLineIn(s, e int) int {
	for k := s + 1; k < e; k++ {
		if d.toks[k].Newline && blankLine(d.text[d.toks[k-1].End:d.toks[k].Start]) {
			return k
		}
	}
	return 0
}

// blankLine reports whether the white space gap between two tokens holds
// a blank line: two line breaks (\n, \r, \r\n and U+2028 count one each,
// white space between them allowed) or a paragraph separator U+2029.
func blankLine(gap string) bool {
	n := 0
	for i := 0; i < len(gap); i++ {
		switch {
		case gap[i] == '\n', gap[i] == '\r' && (i+1 == len(gap) || gap[i+1] != '\n'):
			n++
		case strings.HasPrefix(gap[i:], "\u2028"):
			n++
		case strings.HasPrefix(gap[i:], "\u2029"):
			return true
		}
	}
	return n >= 2
}

// endingAt returns a view of d whose tokens end before token b, a token
// that starts a line: the recognisers read nothing from b on. The view is
// a shallow copy: the memos allocated before are shared, and what it
// notes in them of a token before b is what it saw; a line is cut whole,
// so no sentence or paragraph changes. Memos it allocates are its own.
// The tables by token (word ids, flags, classes) end at b too: the
// lexicon's match reads the ids, not the tokens, and read past the cut
// ("Christmas\n\nEve" was one holiday).
func (d *doc) endingAt(b int) *doc {
	v := *d
	v.toks = d.toks[:b:b]
	v.lowIDs = cutAt(d.lowIDs, b)
	v.stemIDs = cutAt(d.stemIDs, b)
	v.wflags = cutAt(d.wflags, b)
	v.tcls = cutAt(d.tcls, b)
	v.cls = cutAt(d.cls, b)
	v.inQ = cutAt(d.inQ, b)
	return &v
}

// cutAt returns s without its elements from b on (s itself when shorter),
// its capacity cut too, so that an append copies.
func cutAt[T any](s []T, b int) []T {
	if len(s) <= b {
		return s
	}
	return s[:b:b]
}

// dateChunk is the number of spans in one chunk of the DATE stage.
const dateChunk = 4096

// dateSpan is a DATE span as the stage keeps it while the tokens are alive:
// 40 bytes where a corpus.Annotation takes 184. It becomes one after the
// tokens are released (see stageResults), so that the two never add up at
// the peak: on text dense with dates, a fifth less memory.
type dateSpan struct {
	start, end int32 // byte offsets
	rule, val  string
}

// dfound is a resolved DATE expression, as the stage keeps it for merging.
type dfound struct {
	s, e, bs  int
	wd        int
	rule, val string
	day       time.Time
	isDay     bool
	drop      bool     // an anaphor with nothing to count from
	hol       *holiday // the holiday it names, nil for none
}

// dprev is what dateAt needs to know of the expression before it.
type dprev struct {
	month bool // a month expression ("March and May")
	end   int  // its end token, -1 for none
}

// dateLists returns the lists dateAt looks words up in (holidays,
// calendar words, numbers): a word no entry of them starts with is asked
// none of the three (most words; the three look-ups were a third of the
// stage). All lists when one of them has no bit.
func (d *doc) dateLists() lexicon.ListSet { return dateLists(d.lex) }

// dateLists is doc.dateLists of the lexicon lex.
func dateLists(lex *lexicon.Lexicon) lexicon.ListSet {
	h, c, n := lex.List(lexicon.Holidays).Bit(), lex.List(lexicon.Calendar).Bit(), lex.List(lexicon.Numbers).Bit()
	if h == 0 || c == 0 || n == 0 {
		return ^lexicon.ListSet(0)
	}
	return h | c | n
}

// mayStartDate reports whether dateAt could find an expression at token i:
// false only when it cannot (a punctuation mark; a word that opens none of
// dateAt's cases, has no hyphen and starts no entry of lists).
func (d *doc) mayStartDate(i int, lists lexicon.ListSet) bool {
	t := &d.toks[i]
	switch t.Kind {
	case Number, Ordinal:
		return true
	case Word:
	default:
		return false
	}
	// the word's flags, told once per word type: it starts an entry of
	// lists (they are dateLists), opens a date (see dateOpener) or has a
	// hyphen
	return i >= len(d.wflags) || d.wflags[i]&(fDateList|fDateOpener|fHyphen) != 0
}

// articleMayDate reports whether dateAt could find an expression at token
// i, a word that starts no entry of the date lists: false only for "the",
// "that", "a" and "an" (a tenth of all tokens) when the words after them
// open none of the expressions dateAt asks of them (the weekend,
// ordinalOfMonth and anaphoric after "the", anaphoric after "that", ago
// after "a" and "an"), each told by the recogniser's own first test.
func (d *doc) articleMayDate(i int) bool {
	switch d.lowerOf(&d.toks[i]) {
	case "a", "an":
		return agoWord(d.lowerAt(i+2)) || agoWord(d.lowerAt(i+3)) || agoWord(d.lowerAt(i+4))
	case "that":
		if !d.afterTheAt(i + 1) {
			return false // the words "that" opens are some of those "the" opens
		}
		next := d.lowerAt(i + 1)
		_, unit := unitWord(next)
		return unit || next == "same"
	case "the":
		return d.afterTheAt(i + 1)
	}
	return true
}

// afterTheAt reports afterTheDate of the word at token k, by the word's
// flags (told once per word type) when it has them: no word is, past
// the end.
func (d *doc) afterTheAt(k int) bool {
	if k < len(d.wflags) && k < len(d.toks) {
		return d.wflags[k]&fAfterThe != 0 // a token that is no word has none of the words, nor the flag
	}
	return afterTheDate(d.lowerAt(k))
}

// afterTheDate reports whether the lower-cased word w may open one of the
// expressions dateAt asks of "the" before it: the weekend, an ordinal day
// of a month (ordinalOfMonth), an anaphoric date (anaphoric: "the next
// day", "the same week", "the twentieth").
func afterTheDate(w string) bool {
	switch w {
	case "weekend", "twenty", "thirty", "previous", "preceding", "following", "next", "same":
		return true
	}
	_, unit := unitWord(w)
	return unit || ordinalWord(w) != 0
}

// dateOpener reports whether the lower-cased word w may open a date
// expression though it starts no entry of the date lists.
func dateOpener(w string) bool {
	switch w {
	case "yesterday", "today", "tomorrow", "this", "last", "next", "year",
		"current", "nineteen", "two", "twenty", "the", "that", "a", "an":
		return true
	}
	return isNarrower(w) || isPartOf(w)
}

// dateAt returns the date expression starting at token i, if any. prev
// describes the expression before it (for "March and May"); lists is
// dateLists.
func (d *doc) dateAt(i int, prev dprev, lists lexicon.ListSet) (dexpr, bool) {
	t := &d.toks[i]
	switch t.Kind {
	case Number, Ordinal:
		// the number's shape, read once, tells which rules may take it:
		// a day has one or two digits (dayNumber), a numeric date two
		// dots or four digits, ago a numeral of at most three digits, a
		// year four digits; an ordinal only a day
		w := d.textOf(t)
		digits := t.Kind == Number && allDigits(w)
		if t.Kind == Ordinal || len(w) <= 2 {
			if x, ok := d.dayFirst(i); ok {
				return x, true
			}
		}
		if digits && len(w) == 4 || t.Kind == Number && strings.IndexByte(w, '.') >= 0 {
			if x, ok := d.numericDate(i); ok {
				return x, true
			}
		}
		if digits && len(w) <= 3 {
			if x, ok := d.ago(i); ok {
				return x, true
			}
		}
		if digits && len(w) == 4 {
			if y, ok := d.year(i, false); ok {
				return dexpr{s: i, e: i + 1, rule: "year", unit: uYear, y: y}, true
			}
		}
		return dexpr{}, false
	case Word:
	default:
		return dexpr{}, false
	}
	lw := d.lowerOf(t)
	// anaphoric and ago are pure: the one asked in the switch below is
	// not asked again after it ("the", "a": a tenth of all tokens)
	triedAnaphoric, triedAgo := false, false
	// one switch on the word (a search by length and bytes, where a chain
	// of comparisons tested every case in turn: "a", the most frequent
	// word here, was the last); a case whose further test fails goes on
	// as the chain did, to the narrowing words for "earlier" and "later"
	switch lw {
	case "yesterday", "today", "tomorrow":
		return d.deictic(i)
	case "this", "last", "next":
		if x, ok := d.relative(i, true); ok {
			return x, true
		}
	case "year":
		// "by year end", "at year's end": the end of the document's year
		j := i + 1
		if j < len(d.toks) && d.toks[j].Kind == Possessive {
			j++
		}
		if d.lowerAt(j) == "end" && d.lowerAt(i-1) != "fiscal" && (i == 0 || d.toks[i-1].Kind != Number) {
			return dexpr{s: i, e: j + 1, rule: "year-end", unit: uYear, anchor: aDoc}, true
		}
	case "earlier", "later":
		if d.lowerAt(i+1) == "in" && d.lowerAt(i+2) == "the" {
			// "earlier in the year": the year in focus, else the document's
			if u, ok := unitWord(d.lowerAt(i + 3)); ok && u != uDay && d.lowerAt(i+3) == strings.TrimSuffix(d.lowerAt(i+3), "s") {
				return dexpr{s: i, e: i + 4, rule: "anaphoric-in", unit: u, anchor: aText}, true
			}
			break
		}
		if x, ok := d.narrowedPeriod(i); ok { // a narrowing word (isNarrower)
			return x, true
		}
	case "current":
		if d.lowerAt(i-1) == "the" && d.lowerAt(i+1) == "fiscal" && d.lowerAt(i+2) == "year" {
			return dexpr{s: i, e: i + 3, rule: "relative", unit: uYear, anchor: aDoc}, true
		}
	case "nineteen", "two", "twenty":
		if x, ok := d.spelledYear(i); ok {
			return x, true
		}
	case "the":
		if d.lowerAt(i+1) == "weekend" && !d.weekendOf(i+2) {
			return d.weekend(i, i+2, 0), true
		}
		if x, ok := d.ordinalOfMonth(i); ok {
			return x, true
		}
		if x, ok := d.anaphoric(i); ok {
			return x, true
		}
		triedAnaphoric = true
	case "that":
		if x, ok := d.anaphoric(i); ok {
			return x, true
		}
		triedAnaphoric = true
	case "early", "mid", "late": // the other narrowing words (isNarrower)
		if x, ok := d.narrowedPeriod(i); ok {
			return x, true
		}
	case "end", "beginning", "start", "middle": // isPartOf
		if d.lowerAt(i+1) == "of" {
			if x, ok := d.partOf(i); ok {
				if d.lowerAt(i-1) == "the" && d.toks[i-1].Sent == t.Sent {
					x.s = i - 1 // guide rule 24: "by [the end of June]"
				}
				return x, true
			}
		}
	case "a", "an":
		if x, ok := d.ago(i); ok {
			return x, true
		}
		triedAgo = true
	default:
		if strings.HasPrefix(lw, "mid-") || strings.HasPrefix(lw, "early-") || strings.HasPrefix(lw, "late-") {
			if x, ok := d.hyphenNarrowed(i); ok {
				return x, true
			}
		}
	}
	// the rules below that ask a capitalised word (a year inside a name,
	// holidayAt, cal) are passed over as a group by a lower-case one: most
	// words that reach here ("a", number words)
	capd := d.capOf(t)
	if capd && (i >= len(d.wflags) || d.wflags[i]&fHyphen != 0) {
		if x, ok := d.yearInName(i); ok {
			return x, true
		}
	}
	if i < len(d.wflags) && d.wflags[i]&fDateList == 0 { // no entry of lists (dateLists) starts here: see mayStartDate
		// no holiday, calendar word or number starts here: of what
		// follows, only "a", "an" (ago) and "the", "that" (anaphoric)
		if (lw == "a" || lw == "an") && !triedAgo {
			if x, ok := d.ago(i); ok {
				return x, true
			}
		}
		if (lw == "the" || lw == "that") && !triedAnaphoric {
			return d.anaphoric(i)
		}
		return dexpr{}, false
	}
	if capd {
		if x, ok := d.holidayAt(i); ok {
			return x, true
		}
		switch c := d.cal(i); c.kind {
		case calMonth:
			licensed := monthPreps[d.lowerAt(i-1)] || d.monthLicense(i)
			if !licensed && prev.end >= 0 {
				// "March and May", "March to May"
				switch d.lowerAt(i - 1) {
				case "and", "or", "to", "-", "–", "through", "until":
					licensed = prev.month && prev.end == i-1
				}
			}
			return d.monthDate(i, licensed)
		case calWeekday:
			return d.weekday(i, i, "")
		}
	}
	// ago takes a word only when it is "a", "an" or a number word: ask
	// the list first, not the three words after every word (and neither
	// when the switch above asked ago already)
	if !triedAgo {
		if _, n := d.matchNumbers(i); n > 0 || lw == "a" || lw == "an" {
			if x, ok := d.ago(i); ok {
				return x, true
			}
		}
	}
	if (lw == "the" || lw == "that") && !triedAnaphoric { // anaphoric's only openers: no 200-byte dexpr made for the other words
		return d.anaphoric(i)
	}
	return dexpr{}, false
}

// narrowedPeriod reads a narrowing word at token i and the period after
// it ("early March", "later this year"), the span from the word.
func (d *doc) narrowedPeriod(i int) (dexpr, bool) {
	x, ok := d.period(i+1, true)
	if ok {
		x.s = i
	}
	return x, ok
}

// yearInName reads a year inside a name at token i, a capitalised word
// with a hyphen: "Zapad-2021" (the span is the year's bytes).
func (d *doc) yearInName(i int) (dexpr, bool) {
	t := &d.toks[i]
	w := d.textOf(t)
	if k := strings.LastIndexByte(w, '-'); k > 0 && len(w)-k-1 == 4 && allDigits(w[k+1:]) {
		if y, _ := strconv.Atoi(w[k+1:]); y >= firstYear && y <= lastYear {
			return dexpr{s: i, e: i + 1, bs: int(t.Start) + k + 1, rule: "year-in-name", unit: uYear, y: y}, true
		}
	}
	return dexpr{}, false
}

// deictic handles yesterday, today and tomorrow ("earlier yesterday" gives
// "yesterday": narrowing words stay outside a day).
func (d *doc) deictic(i int) (dexpr, bool) {
	t := &d.toks[i]
	if d.capOf(t) && d.lowerOf(t) == "today" && i > 0 && d.toks[i-1].Sent == t.Sent &&
		d.toks[i-1].Kind == Word && d.Cap(i-1) && !d.upperWord(i) {
		return dexpr{}, false // Russia Today, USA Today
	}
	if d.lowerAt(i-1) == "of" && d.lowerOf(t) != "yesterday" && d.lowerAt(i-2) != "as" {
		return dexpr{}, false // "the world of tomorrow", "the leaders of today"
	}
	x := dexpr{s: i, e: i + 1, rule: "deictic", unit: uDay, anchor: aDoc}
	switch d.lowerOf(t) {
	case "yesterday":
		x.off = -1
	case "tomorrow":
		x.off = 1
	}
	return x, true
}

// upperWord reports whether token i is written in capitals, as in a
// headline: two bytes or more, no letter that upper-casing would change,
// at least one that lower-casing would ("G7" is, like "NATO"). Not to be
// confused with allCaps, which asks for two letters (an acronym: "G7" is
// not one). It allocates nothing (it compared strings.ToUpper and
// strings.ToLower of the token).
func (d *doc) upperWord(i int) bool {
	s := d.Text(i)
	if len(s) <= 1 {
		return false
	}
	lowerable := false
	for _, r := range s {
		if r == utf8.RuneError {
			return strings.ToUpper(s) == s && strings.ToLower(s) != s // invalid UTF-8: as the strings package sees it
		}
		if unicode.ToUpper(r) != r {
			return false
		}
		if unicode.ToLower(r) != r {
			lowerable = true
		}
	}
	return lowerable
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
	if t := &d.toks[i]; d.capOf(t) && j < len(d.toks) && d.Cap(j) && !d.upperWord(i) && i > 0 && d.toks[i-1].Sent == t.Sent &&
		!(d.quoteOpens(i-1) && d.cal(j).kind != calNone) {
		return dexpr{}, false // "This Week", a programme's name; not "“This Sunday we celebrate"
	}
	if rel == "this" && (d.lowerAt(j) == "coming" || d.lowerAt(j) == "past") {
		rel = "next"
		if d.lowerAt(j) == "past" {
			rel = "last"
		}
		j++
	}
	n := 0
	switch rel {
	case "last":
		n = -1
	case "next":
		n = 1
	}
	if c := d.cal(j); c.kind != calNone && !c.abbrev {
		if c.kind == calWeekday {
			if !days {
				return dexpr{}, false
			}
			return d.weekday(i, j, rel)
		}
		return dexpr{s: i, e: j + 1, rule: "relative-month", unit: uMonth, m: c.num, month: true, dir: n, this: n == 0}, true
	}
	if x, ok := d.holidayAt(j); ok {
		x.s, x.dir, x.this, x.rule = i, n, n == 0, "relative-holiday"
		return x, true
	}
	x := dexpr{s: i, e: j + 1, rule: "relative", anchor: aDoc, off: n}
	switch d.lowerAt(j) {
	case "week":
		x.unit = uWeek
	case "month":
		x.unit = uMonth
	case "year":
		x.unit = uYear
	case "weekend":
		w := d.weekend(i, j+1, n)
		w.this = rel == "this"
		return w, true
	default:
		return dexpr{}, false
	}
	return x, true
}

// quoteOpens reports whether token k is a quotation mark that opens a
// quote: a word follows it glued, and no word precedes it glued.
func (d *doc) quoteOpens(k int) bool {
	t := &d.toks[k]
	if t.Kind != Punct {
		return false
	}
	switch d.textOf(t) {
	case "“", "‘", "«", "`":
		return true
	case "\"", "'":
		return k+1 < len(d.toks) && !d.toks[k+1].Space && (k == 0 || t.Space || d.toks[k-1].Kind == Punct)
	}
	return false
}

// weekendOf reports whether token i starts "of <date>" ("the weekend of
// December 11" is left to the date).
func (d *doc) weekendOf(i int) bool { return d.lowerAt(i) == "of" }

// weekend returns the Saturday-Sunday span of tokens [s, e): n < 0 the
// weekend before the document date's, n > 0 the one after, n = 0 the
// current one (when the document date is on a weekend) or else by tense
// ("this weekend" on a weekday: the coming one unless its clause is past).
func (d *doc) weekend(s, e, n int) dexpr {
	return dexpr{s: s, e: e, rule: "weekend", unit: uWeekend, anchor: aDoc, dir: n}
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
	if j+1 < len(d.toks) && d.Cap(j+1) && d.kindIs(j+1, wWeekdayName) && !d.upperWord(j+1) {
		return dexpr{}, false // Sunday Times
	}
	x := dexpr{s: s, e: j + 1, rule: "weekday", unit: uDay, wd: c.num, anchor: aDoc}
	switch rel {
	case "last":
		x.dir = -1
	case "next":
		x.dir = 1
	case "this":
		x.this = true
	}
	return x, true
}

// holidayAt parses a holiday or named day at token i ("Christmas",
// "New Year's Day", "Thanksgiving", "Election Day"), with its year when
// one follows ("Easter 2021"). A holiday before a noun it names ("Good
// Friday agreement", "Christmas tree") or written in lower case is none.
func (d *doc) holidayAt(i int) (dexpr, bool) {
	if i < 0 || i >= len(d.toks) || d.toks[i].Kind != Word || !d.Cap(i) {
		return dexpr{}, false
	}
	e, n := d.match(lexicon.Holidays, i)
	if n == 0 {
		return dexpr{}, false
	}
	if i > 0 && d.toks[i-1].Sent == d.toks[i].Sent && d.kindIs(i-1, wWeekdayNot) {
		return dexpr{}, false // a greeting or a recurrence: "Happy Easter", "every Christmas"
	}
	rule := "holiday"
	if !strings.Contains(e.Phrase, " 's ") && !strings.Contains(e.Phrase, " ’s ") {
		// a national day that differs between countries takes the date of
		// the country of the article's dateline ("KYIV — … Independence
		// Day"): the list's entry "ukraine 's independence day"
		if c := d.datelineCountry(i); c != "" {
			if ce, ok := d.lex.List(lexicon.Holidays).Lookup(c + " 's " + e.Phrase); ok {
				e, rule = ce, "holiday-dateline"
			}
		}
	}
	h, err := parseHoliday(e)
	if err != nil {
		return dexpr{}, false
	}
	j := i + n
	if j < len(d.toks) && d.toks[j].Kind == Word && (d.kindIs(j, wHolidayNoun) || d.Cap(j) && d.toks[j].Sent == d.toks[i].Sent && !d.upperWord(j)) {
		return dexpr{}, false
	}
	x := dexpr{s: i, e: j, rule: rule, unit: uDay, hol: &h, isDay: true}
	if y, ok := d.year(j, true); ok {
		x.y, x.e = y, j+1
	} else if d.lowerAt(j) == "," {
		if y, ok := d.year(j+1, true); ok {
			x.y, x.e = y, j+2
		}
	}
	return x, true
}

// monthLicense reports whether the words before the month at token i
// license it as a date beyond monthPreps: "into" ("stay into June"), a
// preposition before "at least" or "at the earliest" ("until at least
// December"), and "of" after a part of a time ("most of July", "much of
// June", "the rest of August"). Not before a possessive or a capital,
// where the month is a name ("an inquiry into May's cabinet", "most of
// April Ryan's reports").
func (d *doc) monthLicense(i int) bool {
	if n := i + 1; n < len(d.toks) && d.toks[n].Sent == d.toks[i].Sent &&
		(d.toks[n].Kind == Possessive || d.toks[n].Kind == Word && d.Cap(n)) {
		return false
	}
	switch d.lowerAt(i - 1) {
	case "into":
		return true
	case "least":
		return d.lowerAt(i-2) == "at" && monthPreps[d.lowerAt(i-3)]
	case "of":
		switch d.lowerAt(i - 2) {
		case "most", "much", "rest", "part", "half", "all":
			return true
		}
	}
	return false
}

// datelineCountry returns the country (places list) of the dateline that
// opens token i's paragraph ("KYIV —", "NEW DELHI, India (AP) —",
// "WINDHOEK, Namibia (AP) _"); "" when there is none or its place is not
// listed. Only the paragraph's own dateline counts: a story datelined
// abroad speaks of the home country's days as well ("ships back well
// before Independence Day, Pentagon officials said" in a Chittagong story).
func (d *doc) datelineCountry(i int) string {
	return d.datelineAt(d.paraFirst(i))
}

// paraFirst returns the first token of token i's paragraph. The table of
// each paragraph's first token is built on first use, in one pass over
// the tokens: walking back from each mention cost a paragraph's length
// per mention (quadratic in one long paragraph of holidays).
func (d *doc) paraFirst(i int) int {
	if d.paraFirsts == nil {
		d.paraFirsts = make([]int32, 0, d.toks[len(d.toks)-1].Para+1)
		for k := range d.toks {
			for int(d.toks[k].Para) >= len(d.paraFirsts) {
				d.paraFirsts = append(d.paraFirsts, int32(k))
			}
		}
	}
	return int(d.paraFirsts[d.toks[i].Para])
}

// datelineAt returns the country of a dateline opening a paragraph at
// token first: a place in capitals ended by a dash or a comma, or, when
// that place is not listed, a listed country after the comma.
func (d *doc) datelineAt(first int) string {
	end := afterDateline(d, first, min(len(d.toks), first+10))
	if end == first {
		return ""
	}
	places := d.lex.List(lexicon.Places)
	k := first
	for k < end && d.toks[k].Kind == Word && isAllCaps(d.Text(k)) {
		k++
	}
	words := make([]string, 0, k-first)
	for j := first; j < k; j++ {
		words = append(words, d.Lower(j))
	}
	if e, ok := places.Lookup(strings.Join(words, " ")); ok && e.Field(1) != "" {
		return e.Field(1)
	}
	if k+1 < end && d.Text(k) == "," {
		if e, n := d.match(lexicon.Places, k+1); n > 0 && e.Field(0) == "country" {
			return e.Field(1)
		}
	}
	return ""
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
		if ok && (x.unit == uWeekend || x.hol != nil) {
			return dexpr{}, false
		}
		return x, ok
	case "that":
		if x, ok := d.anaphoric(i); ok && x.unit != uDay {
			return x, true
		}
		return dexpr{}, false
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
		return dexpr{s: i, e: i + 1, rule: "year", unit: uYear, y: y}, true
	}
	return dexpr{}, false
}

// partOf handles "end of April", "beginning of next year", "end of the
// month" (span from the noun; the caller adds a "the" before it, guide
// rule 24).
func (d *doc) partOf(i int) (dexpr, bool) {
	k := i + 2
	if d.lowerAt(k) == "the" {
		x := dexpr{s: i, e: k + 2, rule: "part-of", anchor: aDoc}
		switch d.lowerAt(k + 1) {
		case "week":
			x.unit = uWeek
		case "month":
			x.unit = uMonth
		case "year":
			x.unit = uYear
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
	w := d.textOf(t)
	if d.invisible {
		w = withoutInvisible(w) // "mid-Feb\u00adruary" (decision 12b)
	}
	rest := w[strings.IndexByte(w, '-')+1:]
	x := dexpr{s: i, e: i + 1, rule: "narrowed"}
	if len(rest) == 4 && allDigits(rest) {
		y, _ := strconv.Atoi(rest)
		if y < firstYear || y > lastYear {
			return dexpr{}, false
		}
		x.unit, x.y = uYear, y
		return x, true
	}
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return dexpr{}, false
	}
	c := d.calPhrase(rest)
	if c.kind != calMonth || c.abbrev {
		return dexpr{}, false
	}
	x.month, x.unit, x.m = true, uMonth, c.num
	if y, ok := d.year(i+1, true); ok {
		x.e, x.y = i+2, y
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
		// two days in a row joined by "and" are one span too: "talks on
		// April 3 and 4"
		sep := d.isRangeSep(j)
		if and := !sep && d.lowerAt(j) == "and"; sep || and {
			if n, ok := d.dayNumber(j + 1); ok && n > day && (!and || n == day+1 && !d.wordAfter(j+1)) && !d.countAfter(j+1) && d.cal(j+1).kind == calNone {
				day2, j = n, j+2
			} else if c2 := d.cal(j + 1); sep && c2.kind == calMonth {
				if n, ok := d.dayNumber(j + 2); ok && !d.countAfter(j+2) {
					m2, day2, j = c2.num, n, j+3
				}
			}
		}
		return d.finishDay(i, j, c.num, day, m2, day2)
	}
	x := dexpr{s: i, e: i + 1, rule: "month", unit: uMonth, m: c.num, month: true}
	j := i + 1
	if d.lowerAt(j) == "of" || d.lowerAt(j) == "," {
		j++
	}
	if y, ok := d.year(j, true); ok && (j == i+1 || d.lowerAt(i+1) == "of") {
		x.e, x.y, x.rule = j+1, y, "month-year"
		return x, true
	}
	if y, ok := d.spelledYear(i + 1); ok {
		x.e, x.y, x.rule = y.e, y.y, "month-year"
		return x, true
	}
	// "June last year", "March this year": the year relative to the
	// document date
	if r := d.lowerAt(i + 1); (r == "last" || r == "this" || r == "next") && d.lowerAt(i+2) == "year" {
		x.e, x.rule = i+3, "month-relative-year"
		x.anchor, x.off = aDoc, map[string]int{"last": -1, "this": 0, "next": 1}[r]
		return x, true
	}
	if c.abbrev {
		return dexpr{}, false
	}
	if !licensed {
		// "December's talks" (not "May's", a surname); a month as the
		// subject of a modal or copula: "thinks January will be easy"
		// (not the months that are also given names: "June will sing")
		if !(c.num != 5 && i+1 < len(d.toks) && d.toks[i+1].Kind == Possessive) && !d.monthSubject(i, c.num) && !d.monthModifier(i, c.num) {
			return dexpr{}, false
		}
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
	if d.textOf(nx) == "%" {
		return true
	}
	if nx.Kind == Word && !d.capOf(nx) {
		if d.wordIs(d.lowerOf(nx), wMeasure) {
			return true
		}
		// "2000 troops", "2000 military personnel"; not "2021 troop build-up"
		if _, n := d.match(lexicon.Personnel, i+1); n > 0 {
			if w := d.Lower(i + n); plural(w) || w == "personnel" {
				return true
			}
		}
	}
	return false
}

// wordAfter reports whether a lower-case word follows token i in its
// sentence: "April 3 and [4 others]" counts something.
func (d *doc) wordAfter(i int) bool {
	if i+1 >= len(d.toks) || d.toks[i+1].Sent != d.toks[i].Sent {
		return false
	}
	t := &d.toks[i+1]
	return t.Kind == Word && !d.capOf(t) && !isDatePrep(d.lowerOf(t))
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
	x := dexpr{s: s, e: j, rule: "month-day", unit: uDay, m: m, dd: dd, isDay: dd2 == 0}
	if dd2 > 0 {
		x.unit, x.m2, x.dd2, x.rule = uRange, m2, dd2, "day-range"
	}
	if y, ok := d.year(j, true); ok {
		x.y, x.e = y, j+1
	} else if d.lowerAt(j) == "," {
		if y, ok := d.year(j+1, true); ok {
			x.y, x.e = y, j+2
		}
	}
	if x.y > 0 && !validDay(x.y, m, dd) {
		return dexpr{}, false
	}
	// "Feb. 24 last year", "June 28 this year": the year relative to the
	// document date, one span (like "June last year")
	if r := d.lowerAt(x.e); x.y == 0 && (r == "last" || r == "this" || r == "next") && d.lowerAt(x.e+1) == "year" {
		x.e, x.rule = x.e+2, x.rule+"-relative-year"
		x.anchor, x.off = aDoc, map[string]int{"last": -1, "this": 0, "next": 1}[r]
	}
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

// ordinalOfMonth parses a day written as an ordinal word after "the":
// "the first of January", "the twenty-third of May" (a year may follow).
// The span opens at "the", which the words need to read as a date.
func (d *doc) ordinalOfMonth(i int) (dexpr, bool) {
	j := i + 1
	dd := ordinalWord(d.lowerAt(j))
	if tens := d.lowerAt(j); dd == 0 && (tens == "twenty" || tens == "thirty") && d.isDash(j+1) {
		if t := ordinalWord(d.lowerAt(j + 2)); t > 0 && t < 10 {
			dd, j = 20+t, j+2 // "twenty - first"
			if tens == "thirty" {
				dd += 10
			}
		}
	}
	if dd == 0 || d.lowerAt(j+1) != "of" {
		return dexpr{}, false
	}
	c := d.cal(j + 2)
	if c.kind != calMonth || !d.Cap(j+2) {
		return dexpr{}, false
	}
	x, ok := d.finishDay(i, j+3, c.num, dd, 0, 0)
	if k := x.e; ok && k < len(d.toks) && d.toks[k].Kind == Word && d.kindIs(k, wHolidayNoun) {
		return dexpr{}, false // "the Labor Day parades": a holiday's name before a noun
	}
	if ok {
		x.rule = "ordinal-of-month"
	}
	return x, ok
}

// ordinalWord returns the day an ordinal word names ("first" 1,
// "twenty-third" 23), 0 for none.
func ordinalWord(w string) int {
	// a switch, not a loop over the words: asked of the word after every
	// "the" (ordinalOfMonth)
	switch w {
	case "first":
		return 1
	case "second":
		return 2
	case "third":
		return 3
	case "fourth":
		return 4
	case "fifth":
		return 5
	case "sixth":
		return 6
	case "seventh":
		return 7
	case "eighth":
		return 8
	case "ninth":
		return 9
	case "tenth":
		return 10
	case "eleventh":
		return 11
	case "twelfth":
		return 12
	case "thirteenth":
		return 13
	case "fourteenth":
		return 14
	case "fifteenth":
		return 15
	case "sixteenth":
		return 16
	case "seventeenth":
		return 17
	case "eighteenth":
		return 18
	case "nineteenth":
		return 19
	case "twentieth":
		return 20
	case "thirtieth":
		return 30
	}
	if len(w) < len("twenty-first") || w[0] != 't' {
		return 0 // no "twenty-" or "thirty-" compound
	}
	for _, tens := range [...]struct {
		p string
		n int
	}{{"twenty-", 20}, {"thirty-", 30}} {
		if rest, ok := strings.CutPrefix(w, tens.p); ok {
			if n := ordinalWord(rest); n > 0 && n < 10 && tens.n+n <= 31 {
				return tens.n + n
			}
		}
	}
	return 0
}

// spelledYear parses a year in words, as broadcast transcripts write
// it: "nineteen ninety-six", "nineteen seventy-nine", "nineteen hundred",
// "two thousand", "twenty twenty-two", "two thousand and one". A bare
// "two thousand" is a year only after "the year" or "in".
func (d *doc) spelledYear(i int) (dexpr, bool) {
	if i < 0 || i+1 >= len(d.toks) {
		return dexpr{}, false
	}
	century := 0
	j := i + 1
	switch d.Lower(i) {
	case "nineteen":
		century = 1900
	case "twenty":
		century = 2000
	case "two":
		if d.lowerAt(j) != "thousand" {
			return dexpr{}, false
		}
		if p := d.lowerAt(i - 1); p != "year" && p != "in" && p != "since" && p != "by" && p != "until" {
			return dexpr{}, false
		}
		y, k := 2000, j+1
		if d.lowerAt(k) == "and" {
			if n, m := d.smallNumber(k + 1); m > 0 && n < 20 {
				y, k = 2000+n, k+1+m
			}
		}
		return dexpr{s: i, e: k, rule: "spelled-year", unit: uYear, y: y}, true
	default:
		return dexpr{}, false
	}
	if century == 1900 && d.lowerAt(j) == "hundred" {
		return dexpr{s: i, e: j + 1, rule: "spelled-year", unit: uYear, y: 1900}, true
	}
	n, m := d.smallNumber(j)
	if m == 0 || n < 10 {
		return dexpr{}, false
	}
	return dexpr{s: i, e: j + m, rule: "spelled-year", unit: uYear, y: century + n}, true
}

// smallNumber reads a number from 1 to 99 written in words at token k
// ("ninety-six" as one token, "ninety - six", "seventy"), returning it and
// its length in tokens.
func (d *doc) smallNumber(k int) (int, int) {
	if k >= len(d.toks) || d.toks[k].Kind != Word {
		return 0, 0
	}
	w := d.Lower(k)
	if a, b, ok := strings.Cut(w, "-"); ok {
		t, u := wordValue(d, a), wordValue(d, b)
		if t >= 20 && t%10 == 0 && t < 100 && u > 0 && u < 10 {
			return t + u, 1
		}
		return 0, 0
	}
	t := wordValue(d, w)
	if t <= 0 || t >= 100 {
		return 0, 0
	}
	if t >= 20 && t%10 == 0 && d.isDash(k+1) {
		if u := wordValue(d, d.lowerAt(k+2)); u > 0 && u < 10 {
			return t + u, 3
		}
	}
	return t, 1
}

// wordValue is the value of one number word of the numbers list, or -1.
func wordValue(d *doc, w string) int {
	e, ok := d.lex.List(lexicon.Numbers).Lookup(w)
	if !ok {
		return -1
	}
	v, err := strconv.Atoi(e.Field(0))
	if err != nil {
		return -1
	}
	return v
}

// numericDate parses ISO "2022-01-24" and day-first dotted "24.01.2022".
func (d *doc) numericDate(i int) (dexpr, bool) {
	t := &d.toks[i]
	if t.Kind != Number {
		return dexpr{}, false
	}
	var y, m, dd int
	if strings.Count(d.textOf(t), ".") == 2 {
		parts := strings.Split(d.textOf(t), ".")
		if len(parts[0]) > 2 || len(parts[1]) > 2 || len(parts[2]) != 4 {
			return dexpr{}, false
		}
		dd, _ = strconv.Atoi(parts[0])
		m, _ = strconv.Atoi(parts[1])
		y, _ = strconv.Atoi(parts[2])
		if !validDay(y, m, dd) || y < firstYear || y > lastYear {
			return dexpr{}, false
		}
		return dexpr{s: i, e: i + 1, rule: "numeric", unit: uDay, y: y, m: m, dd: dd, isDay: true}, true
	}
	if len(d.textOf(t)) != 4 || !allDigits(d.textOf(t)) || i+4 >= len(d.toks) {
		return dexpr{}, false
	}
	for k := i + 1; k <= i+4; k++ {
		if d.toks[k].Space {
			return dexpr{}, false
		}
	}
	mt, dt := &d.toks[i+2], &d.toks[i+4]
	if d.Text(i+1) != "-" || d.Text(i+3) != "-" || len(d.textOf(mt)) != 2 || len(d.textOf(dt)) != 2 ||
		mt.Kind != Number || dt.Kind != Number {
		return dexpr{}, false
	}
	y, _ = strconv.Atoi(d.textOf(t))
	m, _ = strconv.Atoi(d.textOf(mt))
	dd, _ = strconv.Atoi(d.textOf(dt))
	if !validDay(y, m, dd) || y < firstYear || y > lastYear {
		return dexpr{}, false
	}
	return dexpr{s: i, e: i + 5, rule: "iso", unit: uDay, y: y, m: m, dd: dd, isDay: true}, true
}

// ago parses "three days ago", "two weeks ago", "a year ago" (from the
// document date) and their anaphoric kin "two days later", "a year
// earlier", "a week before." (from the last date of the text).
func (d *doc) ago(i int) (dexpr, bool) {
	// a numeral, "a" and "an" take their unit right after them: the one
	// word that rules most of them out ("a new", "3 of"), asked before the
	// three words where a number word's ago may come
	if t := &d.toks[i]; t.Kind == Number || t.Kind == Word && (d.lowerOf(t) == "a" || d.lowerOf(t) == "an") {
		if _, ok := unitWord(d.lowerAt(i + 1)); !ok {
			return dexpr{}, false
		}
	}
	if !agoWord(d.lowerAt(i+2)) && !agoWord(d.lowerAt(i+3)) && !agoWord(d.lowerAt(i+4)) {
		return dexpr{}, false
	}
	n, k := 0, 0
	t := &d.toks[i]
	switch {
	case t.Kind == Number && allDigits(d.textOf(t)) && len(d.textOf(t)) <= 3:
		n, _ = strconv.Atoi(d.textOf(t))
		k = 1
	case d.lowerOf(t) == "a" || d.lowerOf(t) == "an":
		n, k = 1, 1
	case t.Kind == Word:
		e, m := d.matchNumbers(i)
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
	u, ok := unitWord(d.lowerAt(i + k))
	if !ok || n < 1 {
		return dexpr{}, false
	}
	if d.lowerAt(i-1) == "than" && d.lowerAt(i-2) == "less" {
		// a bound, no day: "took office less than two weeks ago" (not
		// "more than": "$74 million more than a year ago" compares)
		return dexpr{}, false
	}
	x := dexpr{s: i, e: i + k + 2, unit: u, off: -n}
	switch w := d.lowerAt(i + k + 1); w {
	case "ago":
		x.rule, x.anchor = "ago", aDoc
	case "earlier", "later", "before", "after":
		if (w == "before" || w == "after") && !d.closesPhrase(i+k+2) {
			return dexpr{}, false // "two days after the attack": an event, not a date
		}
		if d.lowerAt(i-1) == "for" || d.lowerAt(i-1) == "within" {
			return dexpr{}, false
		}
		x.rule, x.anchor = "anaphoric-offset", aText
		if w == "later" || w == "after" {
			x.off = n
		}
	default:
		return dexpr{}, false
	}
	return x, true
}

func agoWord(w string) bool {
	return w == "ago" || w == "earlier" || w == "later" || w == "before" || w == "after"
}

// closesPhrase reports whether token k ends a phrase: punctuation, the
// end of the sentence or of the text.
func (d *doc) closesPhrase(k int) bool {
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[k-1].Sent {
		return true
	}
	return d.toks[k].Kind == Punct
}

// anaphoric parses dates that count from the last date of the text: "that
// day", "that same week", "the next day", "the following month", "the
// previous year", "the day before.", "the same day". "later that year"
// comes through the narrowing words (period).
func (d *doc) anaphoric(i int) (dexpr, bool) {
	x := dexpr{s: i, rule: "anaphoric", anchor: aText}
	j := i + 1
	switch d.lowerAt(i) {
	case "that":
		if d.lowerAt(j) == "same" {
			j++
		}
	case "the":
		switch d.lowerAt(j) {
		case "previous", "preceding", "following":
			if c := d.cal(j + 1); c.kind == calWeekday && !c.abbrev {
				// "the previous Friday": the Friday before the last date of the text
				x.rule, x.unit, x.wd, x.e = "anaphoric-weekday", uDay, c.num, j+2
				x.dir = -1
				if d.lowerAt(j) == "following" {
					x.dir = 1
				}
				return x, true
			} else if c.kind == calMonth && !c.abbrev && d.Cap(j+1) && d.year0(j+2) {
				// "the following June": the first June after the last month of the text
				x.rule, x.unit, x.m, x.month, x.e = "anaphoric-month", uMonth, c.num, true, j+2
				x.dir = -1
				if d.lowerAt(j) == "following" {
					x.dir = 1
				}
				return x, true
			}
		}
		switch d.lowerAt(j) {
		case "next", "following":
			x.off = 1
			if p := d.lowerAt(i - 1); p == "over" || p == "within" || p == "for" || p == "during" || p == "throughout" ||
				d.lowerAt(j) == "next" && d.lowerAt(j+1) != "day" {
				return dexpr{}, false // "over the following weeks", "the next year": durations
			}
			j++
		case "previous", "preceding":
			x.off = -1
			if p := d.lowerAt(i - 1); p == "over" || p == "within" || p == "for" || p == "during" || p == "throughout" {
				return dexpr{}, false
			}
			j++
		case "same":
			j++
		default:
			// "the day before.", "the week after,"
			u, ok := unitWord(d.lowerAt(j))
			if !ok || u == uYear && d.lowerAt(j+1) == "before" {
				return dexpr{}, false
			}
			switch d.lowerAt(j + 1) {
			case "before":
				x.off = -1
			case "after":
				x.off = 1
			default:
				return dexpr{}, false
			}
			if !d.closesPhrase(j+2) && d.opensNounPhrase(j+2) {
				return dexpr{}, false // "the day after the vote": an event
			}
			x.unit, x.e = u, j+2
			return x, true
		}
	default:
		return dexpr{}, false
	}
	u, ok := unitWord(d.lowerAt(j))
	if !ok || d.Lower(j) != strings.TrimSuffix(d.Lower(j), "s") {
		return dexpr{}, false
	}
	x.unit, x.e = u, j+1
	return x, true
}

// opensClause reports whether token k, after "that", opens a clause's
// subject, so that "that" is a conjunction, no demonstrative: a
// determiner, a pronoun, a capitalised word or a number ("that the ship
// would sail", "that Hassan would stay", "that it"; not "that vote").
func (d *doc) opensClause(k int) bool {
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[k-1].Sent {
		return false
	}
	t := &d.toks[k]
	if t.Kind == Number {
		return true
	}
	if t.Kind != Word {
		return false
	}
	w := d.lowerOf(t)
	return determiner(w) || isPronoun(w) || w == "you" || w == "both" || d.capOf(t)
}

// year0 reports whether no year follows at token k (then "the following
// June 2017" is the month of a stated year, read by monthDate).
func (d *doc) year0(k int) bool {
	_, ok := d.year(k, true)
	return !ok
}

// opensNounPhrase reports whether token k opens a noun phrase that a
// preposition could take: a determiner, a possessive, a number or a
// capitalised word ("the day before the vote", "the day after Christmas",
// "the week after his visit"). A verb, an infinitive or a conjunction
// does not ("flew there the day before to congratulate them", "spoke the
// day before and agreed").
func (d *doc) opensNounPhrase(k int) bool {
	if k >= len(d.toks) {
		return false
	}
	t := &d.toks[k]
	if t.Kind == Number || t.Kind == Ordinal {
		return true
	}
	if t.Kind != Word {
		return false
	}
	switch w := d.lowerOf(t); {
	case w == "to" || w == "and" || w == "or" || w == "but" || w == "when" || w == "as" || w == "in" || w == "at" || w == "on":
		return false
	case w == "that" && d.opensClause(k+1):
		return false // "had said the day before that the ship would sail": a conjunction
	case determiner(w) || d.capOf(t):
		return true
	case strings.HasSuffix(w, "ed") || d.wordIs(w, wPast|wFuture):
		return false
	}
	return true
}

// unitWord returns the calendar unit a noun names: day(s), week(s),
// month(s), year(s).
func unitWord(w string) (dunit, bool) {
	switch strings.TrimSuffix(w, "s") {
	case "day":
		return uDay, true
	case "week":
		return uWeek, true
	case "month":
		return uMonth, true
	case "year":
		return uYear, true
	}
	return 0, false
}

// timeComparison reports whether prev, after before, compares times, not
// counts: "no earlier than 2024", "not later than 2030", "sooner than
// 2026" name a year ("more than 2024" stays a count).
func timeComparison(prev, before string) bool {
	if prev != "than" {
		return false
	}
	switch before {
	case "earlier", "later", "sooner":
		return true
	}
	return false
}

// year reports whether token i is a year: four digits, 1900-2099 (or from
// 1000 after "in", "since" ...), not a count, measure or numbered thing.
// inDate: the year follows a month or a narrowing, which licenses it.
func (d *doc) year(i int, inDate bool) (int, bool) {
	if i < 0 || i >= len(d.toks) {
		return 0, false
	}
	t := &d.toks[i]
	if t.Kind != Number || len(d.textOf(t)) != 4 || !allDigits(d.textOf(t)) {
		return 0, false
	}
	y, _ := strconv.Atoi(d.textOf(t))
	if y < firstOldYear || y > lastYear {
		return 0, false
	}
	if d.countAfter(i) {
		return 0, false
	}
	if y%10 == 0 && d.lowerAt(i-1) == "the" && i+1 < len(d.toks) && !d.toks[i+1].Space && (d.Text(i+1) == "'s" || d.Text(i+1) == "’s") {
		return 0, false // a decade written with an apostrophe, like "the 1980s": "throughout the 1980's"
	}
	if i+2 < len(d.toks) && !d.toks[i+1].Space && d.isDash(i+1) && d.toks[i+2].Kind == Word {
		return 0, false // 2000-strong
	}
	if inDate {
		return y, true
	}
	// a year opening a paragraph has no word before it: the paragraph
	// before ("March 11\n\n2022 was a hard year") is no context
	first := i == 0 || d.blankLineIn(i-1, i+1) > 0
	prev := ""
	if !first {
		prev = d.lowerAt(i - 1)
	}
	if y < firstYear && !yearPreps[prev] {
		return 0, false
	}
	if d.wordIs(prev, wDateLabel) || countBefore[prev] && !timeComparison(prev, d.lowerAt(i-2)) || prev == "to" && d.lowerAt(i-2) == "up" {
		return 0, false
	}
	if !first {
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
		if nx.Kind == Word && !d.capOf(nx) && plural(d.lowerOf(nx)) && !yearPreps[prev] && prev != "'s" && prev != "’s" &&
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

// sameDay joins a weekday and the date of the same day next to it
// ("Dec. 23, Thursday", "Thursday, Dec. 23", "Thursday (Dec. 23)") into
// one expression with the date's value; x comes before y.
func (d *doc) sameDay(x, y dfound) (dfound, bool) {
	gap := y.s - x.e
	paren := gap == 1 && d.Text(x.e) == "("
	if (gap == 0 || gap == 1 && (d.Text(x.e) == "," || paren)) && d.toks[x.s].Sent == d.toks[y.s].Sent {
		wd, date := x, y
		if y.wd > 0 {
			wd, date = y, x
		}
		if wd.wd > 0 && date.isDay && (date.val == "" || date.day.IsZero() || isoWeekday(date.day) == wd.wd) {
			m := dfound{s: x.s, e: y.e, val: date.val, day: date.day, isDay: true, rule: date.rule + "+weekday", drop: date.drop}
			if paren && m.e < len(d.toks) && d.Text(m.e) == ")" {
				m.e++
			}
			return m, true
		}
		// "Easter Sunday, April 4", "Election Day, Nov. 6, 2012": a holiday
		// and the date it falls on in that year
		if x.hol != nil && y.isDay && !y.day.IsZero() && gap == 1 && d.Text(x.e) == "," {
			if t, ok := x.hol.in(y.day.Year()); ok && t.Equal(y.day) {
				return dfound{s: x.s, e: y.e, val: y.val, day: y.day, isDay: true, rule: y.rule + "+holiday", drop: y.drop}, true
			}
		}
		// "Aug. 15, India's Independence Day": a date and the holiday it is
		if y.hol != nil && x.isDay && !x.day.IsZero() && gap == 1 && d.Text(x.e) == "," {
			if t, ok := y.hol.in(x.day.Year()); ok && t.Equal(x.day) {
				return dfound{s: x.s, e: y.e, val: x.val, day: x.day, isDay: true, rule: x.rule + "+holiday", drop: x.drop}, true
			}
		}
	}
	return dfound{}, false
}

// loneAbbrevWeekday reports whether x is an abbreviated weekday alone
// ("Thu"), which is no DATE.
func (d *doc) loneAbbrevWeekday(x dfound) bool {
	return x.wd > 0 && d.cal(x.e-1).abbrev
}

// monthModifier reports whether the bare month at token i modifies the
// noun of an event after a determiner: "won the April election", "gather
// for their December session", "the March vote". Not May (a surname
// before "government" as often as a month), and not before "of" or a
// capitalised word ("the April Fools").
func (d *doc) monthModifier(i, month int) bool {
	if month == 5 || i == 0 || i+1 >= len(d.toks) || d.toks[i+1].Sent != d.toks[i].Sent || d.toks[i-1].Sent != d.toks[i].Sent {
		return false
	}
	switch d.Lower(i - 1) {
	case "the", "their", "its", "his", "her", "our", "this", "that":
	default:
		return false
	}
	n := &d.toks[i+1]
	if n.Kind != Word || d.capOf(n) || d.classify()[i+1]&(cStop|cCalendar) != 0 {
		return false
	}
	l := d.lowerOf(n)
	return l != "of" && !d.wordIs(l, wPast|wFuture) && len(l) > 2
}

// monthSubject reports whether the bare month at token i is the subject of
// a modal or copula after it ("January will be hard", "March was
// quiet"), with no capitalised word before it that would make the month
// part of a name. April, May, June and August are also given names and
// stay out.
func (d *doc) monthSubject(i, month int) bool {
	switch month {
	case 4, 5, 6, 8:
		return false
	}
	if i+1 >= len(d.toks) || d.toks[i+1].Sent != d.toks[i].Sent {
		return false
	}
	if i > 0 && d.toks[i-1].Sent == d.toks[i].Sent && d.toks[i-1].Kind == Word && d.Cap(i-1) {
		return false
	}
	switch d.Lower(i + 1) {
	case "will", "would", "could", "should", "might", "is", "was":
		return true
	}
	return false
}
