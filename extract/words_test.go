package extract

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// userPipeline builds a pipeline over the built-in lists and a user file.
func userPipeline(t *testing.T, user string, types ...corpus.Type) (*Pipeline, error) {
	t.Helper()
	lex, err := lexicon.Load(lexicon.NamedReader{Name: "my.txt", R: strings.NewReader(user)})
	if err != nil {
		t.Fatal(err)
	}
	return New(lex, WithTypes(types...))
}

// TestContextWordsUserFile checks that the context words of the DATE and
// TROOPS stages come from the lexicon: a user file changes what they do.
func TestContextWordsUserFile(t *testing.T) {
	const day = "2022-01-27" // a Thursday; troopsOf dates documents 2022-02-13
	tests := []struct {
		name, user, text string
		types            corpus.Type
		before, after    []string
	}{
		{"newspaper after a weekday", "[date_words]\nstandard\tweekday_name\n", "The Sunday Standard reported it.",
			corpus.Date, []string{"Sunday=2022-01-23"}, nil},
		{"recurrence word removed", "[date_words]\n-every\n", "Talks end every Friday.",
			corpus.Date, nil, []string{"Friday=2022-01-21"}},
		{"label before a number", "[counted_nouns]\nexercise\ttroop_label\n", "They staged exercise 3000 troops.",
			corpus.Troops, []string{"3000 troops|3000|exact"}, nil},
		{"casualty word", "[casualty_words]\nmissing\tcasualty\n", "Officials said 300 soldiers were missing.",
			corpus.Troops, []string{"300 soldiers|300|exact"}, nil},
		{"compound head", "[troop_words]\nsailor\tcompound\n", "The navy sent a 400-sailor force.",
			corpus.Troops, nil, []string{"400-sailor force|400|exact"}},
		{"lives taken", "[casualty_words]\nended\ttake_lives\n", "The war has ended the lives of 300 soldiers.",
			corpus.Troops, []string{"300 soldiers|300|exact"}, nil},
		{"lives given", "[casualty_words]\nlaid\tgive_lives\n", "They honoured the 255 servicemen who laid their lives on the line.",
			corpus.Troops, []string{"255 servicemen|255|exact"}, nil},
	}
	render := func(p *Pipeline, typ corpus.Type, text string) []string {
		if typ == corpus.Date {
			return dateSpans(p, day, text)
		}
		return troopsOf(p, text)
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := render(testPipeline(t, tc.types), tc.types, tc.text); !slices.Equal(got, tc.before) {
				t.Errorf("built-in lists: got %q, want %q", got, tc.before)
			}
			p, err := userPipeline(t, tc.user, tc.types)
			if err != nil {
				t.Fatal(err)
			}
			if got := render(p, tc.types, tc.text); !slices.Equal(got, tc.after) {
				t.Errorf("with %q: got %q, want %q", tc.user, got, tc.after)
			}
		})
	}
}

func TestContextWordsErrors(t *testing.T) {
	tests := []struct{ name, user, want string }{
		{"unknown kind", "[unit_nouns]\nsquad\tteam\n", `my.txt:2: [unit_nouns] "squad": unknown kind "team" (want force, nonperson, org, aircraft)`},
		{"no kind", "[date_words]\nsoon\n", `my.txt:2: [date_words] "soon": missing the kind field after a TAB`},
		{"several words", "[counted_nouns]\nper cent\tmeasure\n", `counted_nouns: "per cent": one word per entry`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// Values are checked when the file is loaded; what only the
			// stage can check is checked when the pipeline is built.
			lex, err := lexicon.Load(lexicon.NamedReader{Name: "my.txt", R: strings.NewReader(tc.user)})
			if err == nil {
				_, err = New(lex)
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func TestLastApostrophe(t *testing.T) {
	for _, w := range []string{
		"", "a", "'", "’", "don't", "don’t", "O’Brien’s", "it's’", "D'Alema’", "I’ve", "we'll",
		"l’’", "x'y’z'", "naïve", "€", "\xe2\x80", "a\x99", "’'", "''", "émigré’s",
	} {
		want := strings.LastIndexAny(w, "'’")
		wantSize := 0
		if want >= 0 {
			_, wantSize = utf8.DecodeRuneInString(w[want:])
		}
		if k, size := lastApostrophe(w); k != want || size != wantSize {
			t.Errorf("lastApostrophe(%q) = %d, %d; want %d, %d", w, k, size, want, wantSize)
		}
	}
}

func BenchmarkLastApostrophe(b *testing.B) {
	words := []string{"Washington", "O’Brien", "don't", "Secretary", "Kyiv"}
	for b.Loop() {
		for _, w := range words {
			lastApostrophe(w)
		}
	}
}

func TestLowerASCII(t *testing.T) {
	var buf [8]byte
	for _, tc := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"", "", true},
		{"Joe Biden", "joe bide", false}, // longer than the buffer
		{"Biden", "biden", true},
		{"O'BRIEN", "o'brien", true},
		{"Zelenskyy", "", false},
		{"Müller", "", false},
		{"A-Z [@]", "a-z [@]", true},
	} {
		got, ok := lowerASCII(buf[:0], tc.in)
		if ok != tc.ok || ok && string(got) != tc.want || !ok && len(got) != 0 {
			t.Errorf("lowerASCII(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
		if ok && string(got) != strings.ToLower(tc.in) {
			t.Errorf("lowerASCII(%q) = %q, strings.ToLower says %q", tc.in, got, strings.ToLower(tc.in))
		}
	}
}

// TestAfterPartyTag compares afterPartyTag with a reference that builds
// the tag's string, at every token of sentences with and without tags, and
// checks that the quote stage's partyTagBefore finds the same tags from
// their closing comma (one reader for both stages: partyTagEnd).
func TestAfterPartyTag(t *testing.T) {
	p := testPipelineForVocab(t)
	byConcat := func(d *doc, e int) int {
		if d.lowerAt(e) != "," || e+2 >= len(d.toks) || d.toks[e+1].Sent != d.toks[e].Sent {
			return e
		}
		k := e + 1
		tag := ""
		for ; k < len(d.toks) && k < e+7 && d.Text(k) != ","; k++ {
			if w := d.Text(k); d.toks[k].Kind == Word && strings.ToUpper(w[:1]) != w[:1] {
				return e
			}
			tag += d.Text(k)
		}
		if k >= len(d.toks) || d.Text(k) != "," || len(tag) < 3 || len(tag) > maxPartyTagBytes {
			return e
		}
		if (tag[0] == 'R' || tag[0] == 'D' || tag[0] == 'I') && (tag[1] == '-' || tag[1] == '.') {
			return k
		}
		return e
	}
	for _, text := range []string{
		"Sen. Ted Cruz, R-Texas, said. Rep. Jo Smith, D-N.Y., said. Sen. Al Green, I-Vt., said.",
		"Sen. Ann Lee, R - Ohio, said; Rep. Bo Kim, D.-Calif., said; Mr. X, Ra-Ra, said, R, D-, I-, ,",
		"a, R-Texas and more, D., ,R-Vt, R-Vermont-State, said, D-Md, Rep. Jo Hale, D-Oregon, said",
	} {
		d := p.analyze(corpus.Document{ID: "x", Text: text})
		tags := 0
		for e := range d.toks {
			got, want := d.afterPartyTag(e), byConcat(d, e)
			if got != want {
				t.Errorf("%q: afterPartyTag(%d) = %d, want %d", text, e, got, want)
			}
			if got != e {
				tags++
				if b := d.partyTagBefore(got); b != e {
					t.Errorf("%q: partyTagBefore(%d) = %d, want %d", text, got, b, e)
				}
			}
		}
		if tags == 0 {
			t.Errorf("%q: no party tag found: the test tells nothing", text)
		}
	}
	for _, tc := range []struct {
		text string
		tag  bool
	}{
		{"Sen. Ann Dole (D-Ore.), the ranking Democrat, spoke.", true},
		{"Rep. Tom Wills (R), the top Republican, spoke.", true},
		{"Sen. Ann Dole (Idaho), the ranking Democrat, spoke.", false},
		{"Sen. Ann Dole (D Smith), the ranking Democrat, spoke.", false},
		{"Sen. Ann Dole (D-Ore.) spoke.", false},
	} {
		d := p.analyze(corpus.Document{ID: "x", Text: tc.text})
		found := false
		for e := range d.toks {
			if d.Text(e) == "(" && d.afterPartyTag(e) != e {
				found = true
			}
		}
		if found != tc.tag {
			t.Errorf("%q: bracketed tag found %v, want %v", tc.text, found, tc.tag)
		}
	}
}

// TestWordFilter checks that the filter keeps every word of its set and
// tells most other words apart.
func TestWordFilter(t *testing.T) {
	set := map[string]bool{"troops": true, "said": true, "a": true, "": true, "internationally-deployed": true, "ʼs": true}
	f := newWordFilter(set)
	for w := range set {
		if !f.may(w) {
			t.Errorf("may(%q) = false for a word of the set", w)
		}
	}
	for _, w := range []string{"troop", "sad", "b", "soldiers", "troopx"} {
		if f.may(w) {
			t.Errorf("may(%q) = true: the filter should tell it from the set's words", w)
		}
	}
	p := testPipelineForVocab(t)
	other := 0
	for _, w := range strings.Fields("the of and to in a is that for on with as by at from it his be was are this an which") {
		if !p.wordsMay.may(w) {
			other++
		}
	}
	for w := range p.words {
		if !p.wordsMay.may(w) {
			t.Errorf("may(%q) = false for a context word", w)
		}
	}
	if other < 10 {
		t.Errorf("the filter rules out only %d of 23 common words", other)
	}
}

func BenchmarkWordIs(b *testing.B) {
	p, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	d := p.analyze(corpus.Document{ID: "x", Text: "The Pentagon said 3,000 additional troops were deployed to Kyiv on Monday."})
	for b.Loop() {
		for i := range d.toks {
			d.wordIs(d.Lower(i), wForce|wPast)
		}
	}
}

// TestKindIsAgreesWithWordIs checks that a token's kinds read by its word
// id are those of its lower-cased word, for every token of sentences of
// our own making and every kind bit, and for a context word that has no
// lexicon id (user lists may add one).
func TestKindIsAgreesWithWordIs(t *testing.T) {
	p := testPipelineForVocab(t)
	text := "The Pentagon said 3,000 additional troops were deployed to Kyiv on Monday. " +
		"Ursula von der Leyen, the FDA director, told the junta's spokesman that 40 soldiers had been killed. " +
		"Those 8,500 remain; the rebels' leader named him as prime minister of the Wagner Group in June. " +
		"FIGHTER JETS and ARMED GROUPS numbered 4,500 at the Sixth Fleet, officials say."
	d := p.analyze(corpus.Document{ID: "x", Text: text})
	for i := range d.toks {
		for b := 0; b < 64; b++ {
			k := wordKind(1) << b
			if got, want := d.kindIs(i, k), d.wordIs(d.Lower(i), k); got != want {
				t.Errorf("token %d %q, kind bit %d: kindIs = %v, wordIs = %v", i, d.Text(i), b, got, want)
			}
			o := offKind(1) << b
			if got, want := d.offIs(i, o), d.offWordIs(d.Lower(i), o); got != want {
				t.Errorf("token %d %q, official kind bit %d: offIs = %v, offWordIs = %v", i, d.Text(i), b, got, want)
			}
		}
	}
	// a context word no entry key holds: told by its string
	force := kindSet{ctx: wForce}
	kt := newKindTable(p.lex, map[string]kindSet{"zzyzxian": force, "troops": force})
	if len(kt.other) != 1 || kt.other["zzyzxian"] != force {
		t.Fatalf("other = %v, want only zzyzxian", kt.other)
	}
	if got := kt.of("zzyzxian", 0); got != force {
		t.Errorf("of(zzyzxian) = %v, want wForce", got)
	}
	if got := kt.of("troops", p.lex.WordID("troops")); got != force {
		t.Errorf("of(troops) = %v, want wForce", got)
	}
}

// TestListFlagsAgree checks the word flags the vocabulary tells once per
// word type against the lexicon's tables they stand for, at every word
// token of sentences of our own making.
func TestListFlagsAgree(t *testing.T) {
	p := testPipelineForVocab(t)
	text := "The Prime Minister of Canada and the foreign secretary met on Monday, " +
		"twenty-five thousand troops at the border; Gen. Mark Milley told reporters in Kyiv for an hour. " +
		"THE OF Of AND Hundreds of soldiers, dozens of officers and three million people were there " +
		"on Christmas Eve, in March and on Tuesdays, a dozen weeks ago."
	d := p.analyze(corpus.Document{ID: "x", Text: text})
	lex, stemmed := p.lex, p.lex.Stemmed()
	for i, tok := range d.toks {
		if tok.Kind != Word {
			continue
		}
		low, stem, f := d.lowIDs[i], d.stemIDs[i], d.wflags[i]
		classed := lex.Starts(low)&^stemmed|lex.Starts(stem)&stemmed != 0 || lex.Single(low) != 0
		number := lex.Starts(low)&lex.List(lexicon.Numbers).Bit() != 0
		connector := false
		switch d.Lower(i) {
		case "of", "for", "to", "at", "in", "the", "and", "on":
			connector = true
		}
		context := p.words[d.Lower(i)] != (kindSet{})
		date := (lex.Starts(low)|lex.Starts(stem))&d.dateLists() != 0
		for _, c := range []struct {
			name string
			flag wordFlags
			want bool
		}{{"fClassed", fClassed, classed}, {"fNumberStart", fNumberStart, number}, {"fConnector", fConnector, connector}, {"fContext", fContext, context}, {"fDateList", fDateList, date}} {
			if got := f&c.flag != 0; got != c.want {
				t.Errorf("token %d %q: %s = %v, want %v", i, d.Text(i), c.name, got, c.want)
			}
		}
	}
}

// TestRelationWordsUserFile checks that the words making a title a
// relation to another official (official_words relation) come from the
// lexicon: without "counterpart" the relation is kept as the title.
func TestRelationWordsUserFile(t *testing.T) {
	const text = "Foreign Minister Anna Berg met her Egyptian counterpart, Ali Nour, in Cairo on Monday. " +
		"The Egyptian foreign minister said talks went well."
	runOfficialCases(t, testPipeline(t, corpus.Official), []officialCase{{"built-in lists", text,
		[]string{"Anna Berg=Anna Berg/Foreign Minister", "Ali Nour=Ali Nour/Egyptian foreign minister"}}})
	p, err := userPipeline(t, "[official_words]\n-counterpart\n", corpus.Official)
	if err != nil {
		t.Fatal(err)
	}
	runOfficialCases(t, p, []officialCase{{"counterpart removed", text,
		[]string{"Anna Berg=Anna Berg/Foreign Minister", "Ali Nour=Ali Nour/Egyptian counterpart"}}})
}

// TestTitleGenderWords checks that the role nouns of one gender come from
// the lexicon (official_words female and male) beside the -woman and
// -man compounds.
func TestTitleGenderWords(t *testing.T) {
	user, err := userPipeline(t, "[official_words]\n-widow\nabbess\tfemale\n", corpus.Quote)
	if err != nil {
		t.Fatal(err)
	}
	builtin := testPipeline(t, corpus.Quote)
	tests := []struct {
		title         string
		builtin, mine byte
	}{
		{"widow of the late senator", 'f', 0},
		{"abbess", 0, 'f'},
		{"king", 'm', 'm'},
		{"spokeswoman", 'f', 'f'},
		{"congressman", 'm', 'm'},
		{"human rights lawyer", 0, 0},
	}
	for _, tc := range tests {
		for _, c := range []struct {
			p    *Pipeline
			want byte
		}{{builtin, tc.builtin}, {user, tc.mine}} {
			d := c.p.analyze(corpus.Document{ID: "t", Text: "x"})
			if got := d.titleGender(tc.title); got != c.want {
				t.Errorf("titleGender(%q) = %q, want %q", tc.title, got, c.want)
			}
		}
	}
}

// TestSourceModifierWordsUserFile checks that the words opening an
// unnamed source's modifier (quote_words source_modifier) come from the
// lexicon: without "based" the source ends before it. (A source that opens
// its sentence keeps a participle by its form: modifiedSource.)
func TestSourceModifierWordsUserFile(t *testing.T) {
	const text = "Talks stalled.\n\nOn Monday, an aid worker based in Kyiv said: “We are running out.”"
	speakerOf := func(p *Pipeline) string {
		for _, a := range p.Annotate(corpus.Document{ID: "t", Text: text, Date: "2022-01-24"}) {
			if a.Type == corpus.Quote {
				return a.Speaker
			}
		}
		return ""
	}
	if got := speakerOf(testPipeline(t, corpus.Quote)); got != "an aid worker based in Kyiv" {
		t.Errorf("built-in lists: got %q", got)
	}
	p, err := userPipeline(t, "[quote_words]\n-based\n", corpus.Quote)
	if err != nil {
		t.Fatal(err)
	}
	if got := speakerOf(p); got != "an aid worker" {
		t.Errorf("without based: got %q, want %q", got, "an aid worker")
	}
}

// TestQuoteLeadWordsUserFile checks that the verbs handing their subject
// to an infinitive cue (quote_words lead) come from the lexicon: without
// "wanted" the cue "stress" is not read through it.
func TestQuoteLeadWordsUserFile(t *testing.T) {
	const text = "Foreign Minister Ana Ruiz arrived on Monday. Ruiz wanted to stress: “We will not back down from this.”"
	cueOf := func(p *Pipeline) string {
		for _, a := range p.Annotate(corpus.Document{ID: "t", Text: text, Date: "2022-01-24"}) {
			if a.Type == corpus.Quote {
				return a.Speaker + "/" + a.Cue
			}
		}
		return ""
	}
	if got := cueOf(testPipeline(t, corpus.Official, corpus.Quote)); got != "Ana Ruiz/stress" {
		t.Errorf("built-in lists: got %q, want the cue stress", got)
	}
	p, err := userPipeline(t, "[quote_words]\n-wanted\n", corpus.Official, corpus.Quote)
	if err != nil {
		t.Fatal(err)
	}
	if got := cueOf(p); got != "Ana Ruiz/" {
		t.Errorf("without wanted: got %q, want no cue", got)
	}
}
