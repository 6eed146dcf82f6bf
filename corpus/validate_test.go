package corpus

import (
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	// Code points: "é" is one code point of two bytes, so byte and
	// code-point offsets differ after it.
	text := " date 2022-01-24 Blinken met Lavrov on Monday. “We are ready,” he said. 8,500 troops é Austin."
	doc, err := ParseText("d", "d.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	at := func(s string) (int, int) {
		b := strings.Index(text, s)
		ix := NewIndex(text)
		return ix.Rune(b), ix.Rune(b + len(s))
	}
	ann := func(typ Type, s string) Annotation {
		start, end := at(s)
		a := Annotation{Type: typ, Start: start, End: end, Text: s, SpeakerStart: -1, SpeakerEnd: -1}
		switch typ {
		case Official:
			a.Name = s
		case Date:
			a.Value = "2022-01-24"
		case Troops:
			a.Count, a.Mod = 8500, ModExact
		case Quote:
			a.Speaker = "Antony Blinken"
			a.SpeakerStart, a.SpeakerEnd = at("he said")
			a.SpeakerEnd = a.SpeakerStart + 2
		}
		return a
	}
	valid := func() []Annotation {
		return []Annotation{
			ann(Official, "Blinken"), ann(Official, "Lavrov"), ann(Date, "Monday"),
			ann(Quote, "We are ready,"), ann(Troops, "8,500 troops"), ann(Official, "Austin"),
		}
	}
	tests := []struct {
		name   string
		edit   func(as []Annotation) []Annotation
		noDoc  bool
		date   string
		want   []string // substrings of the problems, in order
		wantIx []int
	}{
		{name: "valid", edit: func(as []Annotation) []Annotation { return as }},
		{name: "valid without document", noDoc: true, date: "2022-01-24", edit: func(as []Annotation) []Annotation { return as }},
		{name: "after a wide rune", edit: func(as []Annotation) []Annotation {
			as[5].Start++ // "ustin"
			return as
		}, want: []string{`text "Austin" differs from the document's text "ustin"`}, wantIx: []int{5}},
		{name: "unknown type and bad offsets", edit: func(as []Annotation) []Annotation {
			as[0].Type = "PERSON"
			as[2].Start, as[2].End = 50, 40
			return as
		}, want: []string{`unknown type "PERSON"`, "start 50 is not before end 40", "out of order"}, wantIx: []int{0, 2, 3}},
		{name: "beyond the end and in the header", edit: func(as []Annotation) []Annotation {
			as[5].End = 1000
			as[0].Start, as[0].End, as[0].Text = 1, 5, "date"
			return as
		}, want: []string{"inside the date header", "end 1000 is beyond the end"}, wantIx: []int{0, 5}},
		{name: "same-type overlap, other types may overlap", edit: func(as []Annotation) []Annotation {
			b := ann(Official, "Blinken met")
			d := ann(Date, "on Monday")
			d.Start = as[2].Start
			d.End = d.Start + 3
			d.Text = "Mon"
			return []Annotation{as[0], b, as[1], as[2], d}
		}, want: []string{"overlaps annotation 0", "overlaps annotation 4", "out of order"}, wantIx: []int{1, 3, 4}},
		{name: "attributes", edit: func(as []Annotation) []Annotation {
			as[0].Name = " "
			as[2].Value = "2022-02-30"
			as[3].SpeakerEnd = -1
			as[4].Count, as[4].Mod = 0, "many"
			return as
		}, want: []string{"without a name", `"2022-02-30": no such day`, "lacks speaker_start", "value 0", `mod "many"`},
			wantIx: []int{0, 2, 3, 4, 4}},
		{name: "speaker span", edit: func(as []Annotation) []Annotation {
			as[3].SpeakerStart, as[3].SpeakerEnd = 2, 6
			return as
		}, want: []string{"speaker span 2-6 is inside the date header"}, wantIx: []int{3}},
		{name: "offsets without a speaker", edit: func(as []Annotation) []Annotation {
			as[3].Speaker = ""
			return as
		}, want: []string{"QUOTE without a speaker has speaker_start"}, wantIx: []int{3}},
		{name: "empty value in a dated document", edit: func(as []Annotation) []Annotation {
			as[2].Value = ""
			return as
		}, want: []string{"empty value in a document dated 2022-01-24"}, wantIx: []int{2}},
		{name: "document date differs", date: "2022-01-25", edit: func(as []Annotation) []Annotation { return as },
			want: []string{`date "2022-01-25" differs`}, wantIx: []int{-1}},
		{name: "text length without document", noDoc: true, edit: func(as []Annotation) []Annotation {
			as[1].Text = "Lavrov!"
			return as
		}, want: []string{`text "Lavrov!" has 7 code points, but the span has 6`}, wantIx: []int{1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := Annotated{ID: "d", Date: tt.date, Annotations: tt.edit(valid())}
			d := &doc
			if tt.noDoc {
				d = nil
			}
			got := Validate(a, d)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d problems, want %d:\n%s", len(got), len(tt.want), join(got))
			}
			for i, p := range got {
				if !strings.Contains(p.Message, tt.want[i]) || p.Index != tt.wantIx[i] {
					t.Errorf("problem %d = %v, want annotation %d with %q", i, p, tt.wantIx[i], tt.want[i])
				}
			}
		})
	}
}

func join(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

func TestProblemString(t *testing.T) {
	p := Problem{ID: "doc", Index: 3, Type: Date, Start: 10, End: 16, Message: "bad"}
	if got, want := p.String(), "doc: annotation 3 (DATE 10-16): bad"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	p = Problem{ID: "doc", Index: -1, Message: "bad"}
	if got, want := p.String(), "doc: bad"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestCheckDateValue(t *testing.T) {
	for _, s := range []string{"1997", "2021-12", "2022-01-24", "2024-02-29", "2022-W02", "2020-W53",
		"2021-11-09/2021-11-13", "2021-11-09/2021-11-09"} {
		if err := checkDateValue(s); err != nil {
			t.Errorf("%q: %v", s, err)
		}
	}
	for _, s := range []string{"97", "2021-13", "2022-02-29", "2022-W00", "2021-W53", "2022-W1",
		"2021-11-13/2021-11-09", "2021-11-09/2021-11-31", "2022-1-5", "2022-01-24T10:00", " 2022", "next week"} {
		if err := checkDateValue(s); err == nil {
			t.Errorf("%q: no error", s)
		}
	}
}

// TestValidateLongSpans: many nested long spans whose text is wrong cost
// messages of bounded length, not the length of every span (2,000 spans
// of 8,000 code points made 16 MB of messages from a 150 KB record).
func TestValidateLongSpans(t *testing.T) {
	doc := &Document{ID: "d", Text: strings.Repeat("é", 10000)}
	noText := Annotated{ID: "d"}
	for i := range 2000 {
		an := Annotation{Type: Quote, Start: i, End: 8000 + i, Text: "x", SpeakerStart: -1, SpeakerEnd: -1}
		noText.Annotations = append(noText.Annotations, an)
	}
	for _, d := range []*Document{doc, nil} {
		ps := Validate(noText, d)
		texts := 0
		for _, p := range ps {
			if m := p.String(); len(m) > 400 {
				t.Fatalf("a message of %d bytes: %.200s…", len(m), m)
			}
			if strings.Contains(p.Message, "text ") {
				texts++
			}
		}
		if texts != 2000 {
			t.Errorf("doc %v: %d text problems, want 2000", d != nil, texts)
		}
	}
	if got := quoteClipped(strings.Repeat("é", 61)); got != `"`+strings.Repeat("é", 60)+`"… (cut)` {
		t.Errorf("quoteClipped: %s", got)
	}
	if got := quoteClipped("a\x1bb"); got != `"a\x1bb"` {
		t.Errorf("quoteClipped: %s", got)
	}
}

// TestCheckDay: a document date that has the right form but is not on
// the calendar says so, instead of "malformed ... want YYYY-MM-DD" (red
// team 3 L5), and year 0000 is refused.
func TestCheckDay(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2022-02-28", ""},
		{"2024-02-29", ""},
		{"0001-01-01", ""},
		{"2022-02-30", `date "2022-02-30": no such day (the form YYYY-MM-DD is right)`},
		{"2023-02-29", `date "2023-02-29": no such day`},
		{"2022-13-01", `date "2022-13-01": no such day`},
		{"0000-01-01", `date "0000-01-01": year 0000 is no document date`},
		{"2022-2-3", `malformed date "2022-2-3": want YYYY-MM-DD`},
		{"22-02-03xx", `malformed date "22-02-03xx": want YYYY-MM-DD`},
		{"", `malformed date "": want YYYY-MM-DD`},
	} {
		err := CheckDay("date", c.in)
		if (err == nil) != (c.want == "") || err != nil && !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("CheckDay(%q) = %v, want %q", c.in, err, c.want)
		}
	}
}
