package extract

import (
	"fmt"
	"github.com/dispatch-nlp/dispatch/corpus"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The quote, date and troop stages' shortcuts (speed14) must answer as the
// plain computations they replace, at every candidate of every testdata
// document and the sample corpus.

// gendersPlain is the quote stage's table of genders as it was built
// before genderOf told each person on first use: every mention of the
// roster in text order, the person's gender from the officials stage,
// its titles and given name at its first mention, then an honorific at
// any mention while the gender is unknown or guessed; a woman's given
// name turns a male title's gender when no mention has a male honorific.
func (s *quoteStage) gendersPlain() map[*person]byte {
	gender := make(map[*person]byte)
	womanNamed, mister := make(map[*person]bool), make(map[*person]bool)
	d := s.d
	names := d.lex.List(lexicon.NameGenders)
	for _, m := range s.r.all {
		if _, ok := gender[m.p]; !ok {
			g := m.p.gender
			if g == 0 {
				g = d.titleGender(m.p.title)
			}
			for _, t := range m.p.titles {
				if g != 0 {
					break
				}
				g = d.titleGender(t)
			}
			if e, ok := names.Lookup(m.p.first); g == 0 && ok && m.p.first != "" {
				g = e.Field(0)[0]
			} else if g == 0 && len(m.p.first) > 2 && strings.HasSuffix(m.p.first, "a") && !ok {
				g = guessedF
			} else if g == 'm' && ok && m.p.first != "" && e.Field(0)[0] == 'f' {
				womanNamed[m.p] = true // a role in -man, a woman's given name
			}
			gender[m.p] = g
		}
		if g := d.genderOf(m.i); g != 0 && (gender[m.p] == 0 || gender[m.p] == guessedF) {
			gender[m.p] = g
		}
		if d.genderOf(m.i) == 'm' {
			mister[m.p] = true
		}
	}
	for pe := range womanNamed {
		if !mister[pe] {
			gender[pe] = 'f'
		}
	}
	return gender
}

func TestQuoteSharedFactsAnswerAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	people, gendered, skipped := 0, 0, 0
	for cd := range everyTestDoc(t) {
		d := p.analyze(cd)
		d.classify()
		r := p.officials(d)
		qs := findQuotes(d)
		s := p.newQuoteStage(d, r, qs)
		for k := range d.toks {
			// stemIs answers by ids: a token's stem id is the lexicon's id
			// of its stem
			if got, want := d.stemIDs[k], d.lex.WordID(d.Stem(k)); got != want {
				t.Errorf("%s: stem id of %d %q = %d, of its stem %q %d", cd.ID, k, d.Text(k), got, d.Stem(k), want)
			}
			for n, w := range quoteStemWords {
				if got, want := d.stemIs(k, n), d.Stem(k) == w; got != want {
					t.Errorf("%s: stemIs(%d %q, %q) = %v, plain %v", cd.ID, k, d.Text(k), w, got, want)
				}
			}
			if d.toks[k].Kind == Word && !s.mayCue(k) {
				if cue, ce := s.findCue(k); ce != 0 {
					t.Errorf("%s: mayCue(%d) %q false, findCue %q", cd.ID, k, d.Text(k), cue)
				}
				skipped++
			}
		}
		plain := s.gendersPlain()
		for _, pe := range r.people {
			people++
			if got, want := s.genderOf(pe), plain[pe]; got != want {
				t.Errorf("%s: genderOf(%q) = %q, plain %q", cd.ID, pe.name, got, want)
			} else if got != 0 {
				gendered++
			}
		}
	}
	t.Logf("%d people, %d with a gender; %d words no cue starts", people, gendered, skipped)
}

// findQuotesPlain is findQuotes as it walked every token (before the
// marks of lateStartsOf).
func findQuotesPlain(d *doc) quoteList {
	var qs quoteList
	var fam byte
	open, openW := -1, 0
	nested := byte(0)
	closeAt := func(end, closeTok, closeW int) {
		i, j := open+openW, end
		// a single mark left open is an apostrophe more often than a quote
		if j > i && (closeTok >= 0 || fam == 'd') {
			after := j
			if closeTok >= 0 {
				after = closeTok + closeW
			}
			qs = append(qs, packQuote(quote{open: open, close: closeTok, after: after, i: i, j: j,
				start: int(d.toks[i-1].End), end: contentEnd(d, j, closeTok)}))
		}
		open, fam, nested = -1, 0, 0
	}
	toks := d.toks
	for k := 0; k < len(toks); k++ {
		// most tokens are no quotation mark (see markByte) and open no
		// paragraph (a paragraph opens at a line break, see segment):
		// passed over here
		from := k
		if open < 0 {
			for k < len(toks) && (toks[k].Kind != Punct || !markByte(d.text[toks[k].Start])) {
				k++
			}
		} else {
			for k < len(toks) && (toks[k].Kind != Punct || !markByte(d.text[toks[k].Start])) && !toks[k].Newline {
				k++
			}
		}
		d.ticks(k - from + 1)
		if k == len(toks) {
			break
		}
		t := &toks[k]
		if open >= 0 && t.Para != toks[open].Para {
			closeAt(k, -1, 0) // unclosed: the quote ends with its paragraph
		}
		if t.Kind != Punct || !markByte(d.text[t.Start]) {
			continue // no mark (see markAt): most tokens, without a call
		}
		m := markAt(d, k)
		if m.family == 0 {
			continue
		}
		switch {
		case open < 0:
			if m.canOpen && k+m.width < len(d.toks) && d.toks[k+m.width].Para == d.toks[k].Para {
				open, openW, fam = k, m.width, m.family
			}
		case m.family == fam && nested == 0 && m.canClose:
			closeAt(k, k, m.width)
		case m.family == fam && nested == 0 && m.canOpen && d.Text(k) != "’":
			// a new opening mark of the same family: the last quote was left open
			closeAt(k, -1, 0)
			open, openW, fam = k, m.width, m.family
		case m.family != fam && nested == 0 && m.canOpen && d.toks[k].Space:
			nested = m.family
		case m.family == nested && m.canClose:
			nested = 0
		}
		k += m.width - 1
	}
	if open >= 0 {
		closeAt(len(d.toks), -1, 0)
	}
	return qs
}

// The plain tests lateStartsOf's flags stand for: the DATE and TROOPS
// stages' loops before it, told by each token's kind.

// dateStart reports whether token i is one of lateStarts.dates: a token
// the DATE stage's flags stop at and mayStartDate lets through.
func (d *doc) dateStart(i int) bool {
	return i < len(d.wflags) && d.wflags[i]&dateStartFlags != 0 && d.mayStartDate(i, d.dateLists())
}

// troopStart reports whether token i is one of lateStarts.troops: a token
// the TROOPS stage's flags stop at that is a number or may start number
// words (mayStartNumberWord).
func (d *doc) troopStart(i int) bool {
	if i >= len(d.wflags) || d.wflags[i]&troopStartFlags == 0 {
		return false
	}
	return d.toks[i].Kind == Number || d.toks[i].Kind == Word && d.mayStartNumberWord(i)
}

func TestLateStartsAnswerAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, quotes, compounds := 0, 0, 0
	for cd := range everyTestDoc(t) {
		d := p.analyze(cd)
		d.classify()
		ls := d.lateStartsOf()
		var dates, troops, marks []int32
		for i := range d.toks {
			n++
			if d.dateStart(i) {
				dates = append(dates, int32(i))
			}
			if d.troopStart(i) {
				troops = append(troops, int32(i))
			}
			if d.toks[i].Kind == Punct && markByte(d.text[d.toks[i].Start]) {
				marks = append(marks, int32(i))
			}
		}
		for k := range d.toks {
			if d.toks[k].Kind != Word {
				continue
			}
			_, want := numberCompound(d.numbers, d.Lower(k))
			if got := d.wflags[k]&fNumberCompound != 0; got != want {
				t.Errorf("%s: fNumberCompound of %q = %v, numberCompound %v", cd.ID, d.Text(k), got, want)
			} else if got {
				compounds++
			}
		}
		if !slices.Equal(ls.dates, dates) || !slices.Equal(ls.troops, troops) || !slices.Equal(ls.marks, marks) {
			t.Errorf("%s: late starts differ from the plain tests", cd.ID)
		}
		got, want := findQuotes(d), findQuotesPlain(d)
		if !slices.Equal(got, want) {
			t.Errorf("%s: findQuotes %v, plain %v", cd.ID, got, want)
		}
		quotes += len(got)
	}
	t.Logf("%d tokens, %d quotes, %d number compounds", n, quotes, compounds)
}

// TestFindQuotesAnswersAsPlainGenerated compares findQuotes with its plain
// form on generated texts of quotation marks of every kind, doubled marks,
// line breaks and words.
func TestFindQuotesAnswersAsPlainGenerated(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	pieces := []string{`"`, `'`, `''`, "``", "“", "”", "‘", "’", "„", "«", "»", "\n", "\n\n", " ", " word", "Word",
		"—", ", ", ". ", "it’s", " 's", "(", ")"}
	rng := rand.New(rand.NewPCG(14, 14))
	quotes := 0
	for n := range 3000 {
		var b strings.Builder
		for range 1 + rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		d := p.analyze(corpus.Document{ID: fmt.Sprint(n), Text: b.String()})
		if got, want := findQuotes(d), findQuotesPlain(d); !slices.Equal(got, want) {
			t.Fatalf("%q: findQuotes %v, plain %v", b.String(), got, want)
		} else {
			quotes += len(got)
		}
	}
	t.Logf("%d quotes", quotes)
}

// TestLateStartsInputsFinish annotates 1 MB inputs made of the late
// stages' candidates alone (marks, numbers, date openers) and of
// paragraphs of unclosed quotes (a quote left open ends at its paragraph's
// end, found by a search). A hang guard: it asserts no timing.
func TestLateStartsInputsFinish(t *testing.T) {
	fill := fillMB
	tests := []hangCase{
		{"marks", fill(`" ' '' ` + "``“ ” ‘ ’ „ « » ")},
		{"unclosed quotes by paragraph", fill("“ a b c d e f g\n")},
		{"one unclosed quote", "“ " + fill("a b c d e f g ")},
		{"numbers and openers", fill("a 2 the 3rd that 4,000 twenty-five several hundred last ")},
	}
	annotateFinishes(t, tests)
}

func TestCalendarNamesAreTimeNames(t *testing.T) {
	for m := time.January; m <= time.December; m++ {
		if got, want := monthNames[m], strings.ToLower(m.String()); got != want {
			t.Errorf("monthNames[%d] = %q, want %q", m, got, want)
		}
	}
	for wd := time.Sunday; wd <= time.Saturday; wd++ {
		if got, want := weekdayNames[wd], strings.ToLower(wd.String()); got != want {
			t.Errorf("weekdayNames[%d] = %q, want %q", wd, got, want)
		}
	}
}

func TestGroupedIntegerAnswersAsParseFloat(t *testing.T) {
	for _, s := range []string{"0", "7", "2022", "8,500", "1,00,000", ",5", "5,", ",,", ",", "", "3.5", "8.500", "-3",
		"+4", "1e5", "0x10", "007", "123456789012345", "1234567890123456", "99,999,999,999,999", "1_000", "٣"} {
		got, ok := groupedInteger(s)
		want, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if ok && (err != nil || got != want) {
			t.Errorf("groupedInteger(%q) = %v, ParseFloat %v, %v", s, got, want, err)
		}
	}
	rng := rand.New(rand.NewPCG(1, 4))
	for range 100000 {
		b := make([]byte, 1+rng.IntN(18))
		for i := range b {
			b[i] = "0123456789,,"[rng.IntN(12)]
		}
		s := string(b)
		got, ok := groupedInteger(s)
		want, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if ok != (err == nil && len(strings.ReplaceAll(s, ",", "")) <= maxExactDigits) || ok && got != want {
			t.Fatalf("groupedInteger(%q) = %v, %v; ParseFloat %v, %v", s, got, ok, want, err)
		}
	}
}
