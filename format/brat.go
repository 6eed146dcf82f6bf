package format

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Brat holds the annotations of one brat standoff .ann file, in file order
// within each kind. Every element records the line it starts on.
type Brat struct {
	Source     string // file name, for messages
	Textbounds []Textbound
	Relations  []Relation // R lines
	Events     []Event    // E lines
	Attributes []BratAttribute
	Notes      []Note
	byID       map[string]int // textbound id -> index
}

// Fragment is one continuous piece of a textbound, in code points.
type Fragment struct{ Start, End int }

// Textbound is a T line: a typed span, possibly in several fragments.
type Textbound struct {
	ID        string
	Type      string
	Fragments []Fragment
	Text      string // the text field as written
	Line      int
}

// Start is the smallest start of its fragments (brat keeps fragments in
// the order they were selected, not always in text order).
func (t Textbound) Start() int {
	s := t.Fragments[0].Start
	for _, f := range t.Fragments[1:] {
		s = min(s, f.Start)
	}
	return s
}

// End is the largest end of its fragments.
func (t Textbound) End() int {
	e := t.Fragments[0].End
	for _, f := range t.Fragments[1:] {
		e = max(e, f.End)
	}
	return e
}

// Arg is a role and the id it points to.
type Arg struct{ Role, ID string }

// Relation is an R line: "R1\tType Arg1:T1 Arg2:T2".
type Relation struct {
	ID   string
	Type string
	Args []Arg
	Line int
}

// Event is an E line: "E1\tType:T4 Role:T3 ...". Trigger is the
// textbound of the event type.
type Event struct {
	ID      string
	Type    string
	Trigger string
	Args    []Arg
	Line    int
}

// BratAttribute is an A (or M) line: "A1\tName T1 [Value]". A binary
// attribute has Value "".
type BratAttribute struct {
	ID     string
	Name   string
	Target string
	Value  string
	Line   int
}

// Note is a # line: "#1\tAnnotatorNotes T1\ttext".
type Note struct {
	ID     string
	Type   string
	Target string
	Text   string
	Line   int
}

// Textbound returns the textbound with id, and false when there is none.
func (b *Brat) Textbound(id string) (Textbound, bool) {
	i, ok := b.byID[id]
	if !ok {
		return Textbound{}, false
	}
	return b.Textbounds[i], true
}

// ParseBrat reads a brat standoff .ann file. A line that does not start
// with an annotation id continues the text field of the line before (some
// corpora, PolNeAR among them, write text fields with newlines). source
// names the file in errors, which are *corpus.Error with the line. A bad
// line is left out and reading goes on: with problems, ParseBrat returns
// the lines it could read and an error joining every problem (at most
// maxReported, then a [MoreProblems]).
func ParseBrat(r io.Reader, source string) (*Brat, error) {
	b := &Brat{Source: source, byID: make(map[string]int)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), corpus.DefaultMaxBytes)
	var errs []error // every problem, not only the first
	last := byte(0)  // kind of the previous record, for continuation lines
	fail := func(line int, format string, args ...any) {
		errs = append(errs, &corpus.Error{File: source, Line: line, Err: fmt.Errorf(format, args...)})
		// a line after a bad one is not more of the good one before
		last = 0
	}
	for line := 1; sc.Scan(); line++ {
		s := strings.TrimSuffix(sc.Text(), "\r")
		if !utf8.ValidString(s) {
			fail(line, "not UTF-8")
			continue
		}
		id, rest, ok := strings.Cut(s, "\t")
		if !ok || !isBratID(id) {
			switch {
			case last == 'T' && len(b.Textbounds) > 0:
				t := &b.Textbounds[len(b.Textbounds)-1]
				t.Text += "\n" + s
				continue
			case last == '#' && len(b.Notes) > 0:
				n := &b.Notes[len(b.Notes)-1]
				n.Text += "\n" + s
				continue
			case strings.TrimSpace(s) == "":
				continue
			}
			if f := strings.Fields(s); len(f) >= 2 && isBratID(f[0]) {
				fail(line, "not a brat annotation line: %q (spaces instead of a tab after the id?)", short(s))
				continue
			}
			fail(line, "not a brat annotation line: %q", short(s))
			continue
		}
		last = id[0]
		switch id[0] {
		case 'T':
			t, err := parseTextbound(id, rest)
			if err != nil {
				fail(line, "%v", err)
				continue
			}
			t.Line = line
			if _, dup := b.byID[id]; dup {
				fail(line, "duplicate id %s", id)
				continue
			}
			b.byID[id] = len(b.Textbounds)
			b.Textbounds = append(b.Textbounds, t)
		case 'R':
			fields := strings.Fields(rest)
			if len(fields) < 2 {
				fail(line, "relation %s: want TYPE Arg1:ID Arg2:ID", id)
				continue
			}
			args, err := parseArgs(fields[1:])
			if err != nil {
				fail(line, "relation %s: %v", id, err)
				continue
			}
			b.Relations = append(b.Relations, Relation{ID: id, Type: fields[0], Args: args, Line: line})
		case 'E':
			fields := strings.Fields(rest)
			if len(fields) < 1 {
				fail(line, "event %s: want TYPE:ID [ROLE:ID ...]", id)
				continue
			}
			typ, trigger, ok := strings.Cut(fields[0], ":")
			if !ok {
				fail(line, "event %s: want TYPE:ID, got %q", id, fields[0])
				continue
			}
			args, err := parseArgs(fields[1:])
			if err != nil {
				fail(line, "event %s: %v", id, err)
				continue
			}
			b.Events = append(b.Events, Event{ID: id, Type: typ, Trigger: trigger, Args: args, Line: line})
		case 'A', 'M':
			fields := strings.Fields(rest)
			if len(fields) < 2 || len(fields) > 3 {
				fail(line, "attribute %s: want NAME ID [VALUE]", id)
				continue
			}
			a := BratAttribute{ID: id, Name: fields[0], Target: fields[1], Line: line}
			if len(fields) == 3 {
				a.Value = fields[2]
			}
			b.Attributes = append(b.Attributes, a)
		case '#':
			head, text, _ := strings.Cut(rest, "\t")
			fields := strings.Fields(head)
			if len(fields) != 2 {
				fail(line, "note %s: want TYPE ID<TAB>TEXT", id)
				continue
			}
			b.Notes = append(b.Notes, Note{ID: id, Type: fields[0], Target: fields[1], Text: text, Line: line})
		default:
			// N (normalisation) and * (equivalence) lines carry nothing
			// that the formats here use.
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, &corpus.Error{File: source, Err: err})
	}
	if len(errs) > 0 {
		return b, joinCapped(source, errs)
	}
	return b, nil
}

// maxReported bounds the problems one file reports: a file that is not
// brat at all would otherwise print one message per line.
const maxReported = 50

// joinCapped joins errs of the file source, at most maxReported of them
// and a [MoreProblems] with the number of the rest.
func joinCapped(source string, errs []error) error {
	if len(errs) > maxReported {
		more := &MoreProblems{File: source, N: len(errs) - maxReported}
		errs = append(errs[:maxReported:maxReported], more)
	}
	return errors.Join(errs...)
}

// MoreProblems stands for the problems of a file left out of an error
// that lists at most so many: N more in File.
type MoreProblems struct {
	File string
	N    int
}

func (m *MoreProblems) Error() string {
	return fmt.Sprintf("%s: … and %d more problems in this file", m.File, m.N)
}

// isBratID reports whether s is an annotation id: a kind letter (or #, *)
// followed by digits, or a lone * for equivalences.
func isBratID(s string) bool {
	if s == "*" {
		return true
	}
	if len(s) < 2 || !strings.ContainsRune("TRAEMN#", rune(s[0])) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func parseTextbound(id, rest string) (Textbound, error) {
	head, text, ok := strings.Cut(rest, "\t")
	if !ok {
		return Textbound{}, fmt.Errorf("textbound %s: want TYPE START END<TAB>TEXT", id)
	}
	typ, offsets, ok := strings.Cut(head, " ")
	if !ok {
		return Textbound{}, fmt.Errorf("textbound %s: no offsets", id)
	}
	t := Textbound{ID: id, Type: typ, Text: text}
	for _, frag := range strings.Split(offsets, ";") {
		f := strings.Fields(frag)
		if len(f) != 2 {
			return Textbound{}, fmt.Errorf("textbound %s: fragment %q: want START END", id, frag)
		}
		s, err1 := strconv.Atoi(f[0])
		e, err2 := strconv.Atoi(f[1])
		switch {
		case err1 != nil || err2 != nil:
			return Textbound{}, fmt.Errorf("textbound %s: offsets %q are not integers", id, frag)
		case s < 0 || e < s:
			return Textbound{}, fmt.Errorf("textbound %s: offsets %d-%d are reversed or negative", id, s, e)
		}
		t.Fragments = append(t.Fragments, Fragment{s, e})
	}
	return t, nil
}

func parseArgs(fields []string) ([]Arg, error) {
	args := make([]Arg, 0, len(fields))
	for _, f := range fields {
		role, id, ok := strings.Cut(f, ":")
		if !ok || role == "" || id == "" {
			return nil, fmt.Errorf("argument %q: want ROLE:ID", f)
		}
		args = append(args, Arg{Role: role, ID: id})
	}
	return args, nil
}

// checkText checks every textbound of b against the document text: the
// fragments within it and the text field equal to the fragments joined by
// one space (brat's convention), line breaks counting as spaces.
// It returns one error per bad textbound, and the ids of those that end
// beyond the text (no annotation can be made of them).
func (b *Brat) checkText(ix *corpus.Index, text string) (errs []error, beyond map[string]bool) {
	n := ix.Len()
textbounds:
	for _, t := range b.Textbounds {
		var parts []string
		for _, f := range t.Fragments {
			if f.End > n {
				errs = append(errs, &corpus.Error{File: b.Source, Line: t.Line,
					Err: fmt.Errorf("textbound %s: end %d is beyond the end of the text (%d code points)", t.ID, f.End, n)})
				if beyond == nil {
					beyond = make(map[string]bool)
				}
				beyond[t.ID] = true
				continue textbounds
			}
			parts = append(parts, text[ix.Byte(f.Start):ix.Byte(f.End)])
		}
		// Line breaks compare equal to spaces: some writers keep them in
		// the text field (PolNeAR), others flatten it (WriteBrat).
		if got := strings.Join(parts, " "); got != t.Text && flatten(got) != flatten(t.Text) {
			errs = append(errs, &corpus.Error{File: b.Source, Line: t.Line,
				Err: fmt.Errorf("textbound %s: text %q differs from the document's text %q%s", t.ID, short(t.Text), short(got), foldedLine(t))})
		}
	}
	return errs, beyond
}

// foldedLine says which line of t's text field looks like an annotation
// line written with spaces for its tab ("T6 OFFICIAL 0 9 Ana"): brat
// reads it as more text of t. "" when none does.
func foldedLine(t Textbound) string {
	lines := strings.Split(t.Text, "\n")
	for k, l := range lines[1:] {
		f := strings.Fields(l)
		if len(f) >= 2 && isBratID(f[0]) && f[0] != "*" {
			return fmt.Sprintf(" (line %d, %q, looks like an annotation line with spaces instead of a tab after its id, and was read as more of this text)", t.Line+k+1, short(l))
		}
	}
	return ""
}

// short cuts s to at most 60 code points for a message, looking at no
// more of s than that (a span of the document may be long).
func short(s string) string {
	n := 0
	for i := range s {
		if n == 60 {
			return trimLastRune(s[:i]) + "…"
		}
		n++
	}
	return s
}

// trimLastRune drops the last code point of s.
func trimLastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-size]
}
