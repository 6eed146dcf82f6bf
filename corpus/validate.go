package corpus

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Problem is one way in which an annotated document breaks the format.
type Problem struct {
	ID string // document id
	// Index is the annotation's position in Annotated.Annotations, or -1
	// for a problem with the document as a whole. Type, Start and End
	// describe that annotation.
	Index int
	Type  Type
	Start int
	End   int
	// NoSpan tells that Start and End are unknown (an annotation whose
	// offsets cannot be read).
	NoSpan  bool
	Message string
}

// String formats p as "ID: annotation N (TYPE START-END): MESSAGE", or
// "ID: MESSAGE" for a document-level problem, the id made [Printable].
func (p Problem) String() string {
	id := Printable(p.ID)
	if p.Index < 0 {
		return fmt.Sprintf("%s: %s", id, p.Message)
	}
	if p.NoSpan {
		if p.Type != "" {
			return fmt.Sprintf("%s: annotation %d (%s): %s", id, p.Index, p.Type, p.Message)
		}
		return fmt.Sprintf("%s: annotation %d: %s", id, p.Index, p.Message)
	}
	return fmt.Sprintf("%s: annotation %d (%s %d-%d): %s", id, p.Index, p.Type, p.Start, p.End, p.Message)
}

// Validate checks a against the format of the annotation guidelines and
// returns every problem found, in annotation order (document-level
// problems first). doc is the annotated document, or nil when its text is
// unknown: the checks that need the text (offsets within it, each text
// equal to its slice, nothing inside the date header) are then skipped,
// and only the length of each text is checked against its offsets.
//
// The checks: a known type; 0 <= start < end <= the length in code
// points; text equal to the code-point slice; annotations sorted by start,
// then end; spans of one type not overlapping; a DATE value in the
// ISO subset of the guidelines ("" only in an undated document); a TROOPS
// value above zero and a mod among [Mods]; a QUOTE speaker span present
// exactly when the speaker is not empty, non-empty and within the
// document; an OFFICIAL name.
func Validate(a Annotated, doc *Document) []Problem {
	return validate(a, doc, nil)
}

// validate is Validate leaving out the annotations at the indices in
// skip (they could not be read).
func validate(a Annotated, doc *Document, skip map[int]bool) []Problem {
	v := validator{a: a, n: -1, docDate: a.Date, skip: skip}
	if doc != nil {
		if doc.Date != "" {
			// a document without a date of its own takes the one
			// the record states (annotate --date gave it)
			v.docDate = doc.Date
		}
		v.ix = NewIndex(doc.Text)
		v.text = doc.Text
		v.n = v.ix.Len()
		v.body = v.ix.Rune(doc.BodyStart)
	}
	v.document(doc)
	for i, an := range a.Annotations {
		if !skip[i] {
			v.annotation(i, an)
		}
	}
	v.order()
	slices.SortStableFunc(v.problems, func(x, y Problem) int { return x.Index - y.Index })
	return v.problems
}

type validator struct {
	a    Annotated
	ix   *Index // nil when the text is unknown
	text string
	n    int // length of the text in code points, -1 when unknown
	body int // code-point offset where the body starts
	// docDate is the document date: the document's own when it is known,
	// else the one the annotation file states.
	docDate  string
	skip     map[int]bool // annotations left out (unreadable)
	problems []Problem
}

func (v *validator) docf(format string, args ...any) {
	v.problems = append(v.problems, Problem{ID: v.a.ID, Index: -1, Message: fmt.Sprintf(format, args...)})
}

func (v *validator) annf(i int, format string, args ...any) {
	an := v.a.Annotations[i]
	v.problems = append(v.problems, Problem{ID: v.a.ID, Index: i, Type: an.Type, Start: an.Start, End: an.End,
		Message: fmt.Sprintf(format, args...)})
}

func (v *validator) document(doc *Document) {
	if v.a.ID == "" {
		v.docf("no document id")
	}
	if v.a.Annotations == nil && v.a.Error == "" {
		// JSON null or no key at all: a list is required ([] when empty)
		v.docf(`"annotations" is missing or null: want a list ([] when there are none)`)
	}
	if v.a.Date != "" {
		if !validDay(v.a.Date) {
			v.docf("date %q is not a calendar date YYYY-MM-DD", v.a.Date)
		} else if doc != nil && doc.Date != "" && doc.Date != v.a.Date {
			// a document without a date (no header, no "date" in its
			// JSON record) is dated by the record: annotate --date
			v.docf("date %q differs from the document date %q", v.a.Date, doc.Date)
		}
	}
	if v.a.Error != "" && len(v.a.Annotations) > 0 {
		v.docf("failed document (error %q) has %d annotations", v.a.Error, len(v.a.Annotations))
	}
}

func (v *validator) annotation(i int, an Annotation) {
	if !an.Type.Known() {
		v.annf(i, "unknown type %q (want one of %s)", an.Type, typeList())
	}
	if v.span(i, "", an.Start, an.End) {
		v.checkText(i, an)
	}
	switch an.Type {
	case Official:
		if strings.TrimSpace(an.Name) == "" {
			v.annf(i, "OFFICIAL without a name")
		}
	case Date:
		v.dateValue(i, an.Value)
	case Troops:
		if an.Count <= 0 {
			v.annf(i, "TROOPS value %d: want a positive integer", an.Count)
		}
		if !slices.Contains(Mods, an.Mod) {
			v.annf(i, "TROOPS mod %q: want one of %s", an.Mod, strings.Join(Mods, ", "))
		}
	case Quote:
		v.speaker(i, an)
	}
}

// span checks the offsets start-end, named by what ("" for the
// annotation's own span), and reports whether they are usable.
func (v *validator) span(i int, what string, start, end int) bool {
	ok := true
	switch {
	case start < 0:
		v.annf(i, "%sstart %d is negative", what, start)
		ok = false
	case start >= end:
		v.annf(i, "%sstart %d is not before end %d", what, start, end)
		ok = false
	}
	if v.n >= 0 && end > v.n {
		v.annf(i, "%send %d is beyond the end of the document (%d code points)", what, end, v.n)
		ok = false
	}
	if ok && v.ix != nil && start < v.body {
		v.annf(i, "%sspan %d-%d is inside the date header (the body starts at %d)", what, start, end, v.body)
	}
	return ok
}

// checkText compares an annotation's text with its span of the document
// (located through the index built once) in time linear in the shorter
// of the two; messages quote at most msgRunes code points of either, so
// that many long spans with a short text cost no more than their number.
func (v *validator) checkText(i int, an Annotation) {
	if v.ix == nil {
		if n := utf8.RuneCountInString(an.Text); n != an.End-an.Start {
			v.annf(i, "text %s has %d code points, but the span has %d", quoteClipped(an.Text), n, an.End-an.Start)
		}
		return
	}
	if got := v.text[v.ix.Byte(an.Start):v.ix.Byte(an.End)]; got != an.Text {
		v.annf(i, "text %s differs from the document's text %s", quoteClipped(an.Text), quoteClipped(got))
	}
}

// msgRunes is how many code points of a text a message quotes.
const msgRunes = 60

// quoteClipped quotes s (%q) cut to msgRunes code points, saying so
// when it is cut; it looks at no more of s than it quotes.
func quoteClipped(s string) string {
	n := 0
	for i := range s {
		if n == msgRunes {
			return fmt.Sprintf("%q… (cut)", s[:i])
		}
		n++
	}
	return fmt.Sprintf("%q", s)
}

func (v *validator) dateValue(i int, value string) {
	if value == "" {
		if v.docDate != "" {
			v.annf(i, "DATE with an empty value in a document dated %s (only undated documents leave values empty)", v.docDate)
		}
		return
	}
	if err := checkDateValue(value); err != nil {
		v.annf(i, "DATE value %q: %v", value, err)
	}
}

func (v *validator) speaker(i int, an Annotation) {
	has := an.SpeakerStart >= 0 || an.SpeakerEnd >= 0
	switch {
	case an.Speaker == "" && has:
		v.annf(i, "QUOTE without a speaker has speaker_start/speaker_end %d-%d", an.SpeakerStart, an.SpeakerEnd)
	case an.Speaker != "" && (an.SpeakerStart < -1 || an.SpeakerEnd < -1):
		// given but negative: said as such (red team 16, messages); -1
		// is what a missing key reads as
		v.annf(i, "QUOTE with speaker %q has a negative speaker span %d-%d", an.Speaker, an.SpeakerStart, an.SpeakerEnd)
	case an.Speaker != "" && (an.SpeakerStart < 0 || an.SpeakerEnd < 0):
		v.annf(i, "QUOTE with speaker %q lacks speaker_start/speaker_end", an.Speaker)
	case an.Speaker != "":
		v.span(i, "speaker ", an.SpeakerStart, an.SpeakerEnd)
	}
}

// order checks that annotations are sorted and that spans of one type do
// not overlap.
func (v *validator) order() {
	as := v.a.Annotations
	prev := -1 // the last annotation checked
	for i := range as {
		if v.skip[i] {
			continue
		}
		if prev >= 0 {
			p, c := as[prev], as[i]
			if c.Start < p.Start || c.Start == p.Start && c.End < p.End {
				v.annf(i, "out of order: sorts before annotation %d (%s %d-%d); annotations are sorted by start, then end",
					prev, p.Type, p.Start, p.End)
			}
		}
		prev = i
	}
	// Per type, in span order, compare each span with the one reaching
	// furthest among those before it.
	byType := make(map[Type][]int)
	for i, an := range as {
		if !v.skip[i] {
			byType[an.Type] = append(byType[an.Type], i)
		}
	}
	for _, idx := range byType {
		slices.SortStableFunc(idx, func(x, y int) int {
			if c := as[x].Start - as[y].Start; c != 0 {
				return c
			}
			return as[x].End - as[y].End
		})
		far := -1
		for _, i := range idx {
			if far >= 0 && as[i].Start < as[far].End {
				o := as[far]
				v.annf(i, "overlaps annotation %d (%s %d-%d) of the same type", far, o.Type, o.Start, o.End)
			}
			if far < 0 || as[i].End > as[far].End {
				far = i
			}
		}
	}
}

func typeList() string {
	s := make([]string, len(Types))
	for i, t := range Types {
		s[i] = string(t)
	}
	return strings.Join(s, ", ")
}

// checkDateValue checks a non-empty DATE value: YYYY, YYYY-MM, YYYY-MM-DD,
// YYYY-Www or a range of days YYYY-MM-DD/YYYY-MM-DD, all on the calendar.
func checkDateValue(s string) error {
	switch {
	case shape(s, "dddd"):
		return nil
	case shape(s, "dddd-dd"):
		if _, err := time.Parse("2006-01", s); err != nil {
			return fmt.Errorf("no such month")
		}
		return nil
	case shape(s, "dddd-dd-dd"):
		if !validDay(s) {
			return fmt.Errorf("no such day")
		}
		return nil
	case shape(s, "dddd-Wdd"):
		year, _ := strconv.Atoi(s[:4])
		week, _ := strconv.Atoi(s[6:])
		// 28 December always falls in the last ISO week of its year.
		_, last := time.Date(year, time.December, 28, 0, 0, 0, 0, time.UTC).ISOWeek()
		if week < 1 || week > last {
			return fmt.Errorf("no such week: %d has weeks 01 to %d", year, last)
		}
		return nil
	case shape(s, "dddd-dd-dd/dddd-dd-dd"):
		from, to := s[:10], s[11:]
		if !validDay(from) || !validDay(to) {
			return fmt.Errorf("no such day")
		}
		if to < from {
			return fmt.Errorf("range ends before it starts")
		}
		return nil
	}
	return fmt.Errorf("want YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www or YYYY-MM-DD/YYYY-MM-DD")
}

// CheckDay checks a document date, named what in the message ("date",
// "header date"): a calendar day YYYY-MM-DD from year 0001. The error
// says what is wrong: the form, a day that does not exist (2022-02-30),
// or year 0000.
func CheckDay(what, s string) error {
	switch {
	case !shape(s, "dddd-dd-dd"):
		return fmt.Errorf("malformed %s %q: want YYYY-MM-DD", what, s)
	case s[:4] == "0000":
		return fmt.Errorf("%s %q: year 0000 is no document date (want 0001 or later)", what, s)
	case !validDay(s):
		return fmt.Errorf("%s %q: no such day (the form YYYY-MM-DD is right)", what, s)
	}
	return nil
}

// validDay reports whether s is a calendar day YYYY-MM-DD.
func validDay(s string) bool {
	if !shape(s, "dddd-dd-dd") {
		return false
	}
	_, err := time.Parse(DateLayout, s)
	return err == nil
}

// shape reports whether s matches pattern, where 'd' stands for an ASCII
// digit and any other byte for itself.
func shape(s, pattern string) bool {
	if len(s) != len(pattern) {
		return false
	}
	for i := range len(s) {
		if pattern[i] == 'd' {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		} else if s[i] != pattern[i] {
			return false
		}
	}
	return true
}
