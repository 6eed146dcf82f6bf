package format

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
)

func TestBratGolden(t *testing.T) {
	golden(t, "bratmapped.golden", dumpGold(t, "brat", GoldOptions{Mapping: "testdata/bratmapped/mapping.txt"}, "testdata/bratmapped"))
}

// readOne reads the single gold document at path.
func readOne(t *testing.T, format string, opts GoldOptions, path string) Gold {
	t.Helper()
	gf, _ := LookupGold(format)
	var out []Gold
	for g, err := range gf.Read(opts, path) {
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, g)
	}
	if len(out) != 1 {
		t.Fatalf("%d documents in %s, want 1", len(out), path)
	}
	return out[0]
}

// TestBratRoundTrip writes gold as brat, reads it back with the default
// mapping and checks that the annotations, and so every score, are the
// same. The written .ann is a golden file.
func TestBratRoundTrip(t *testing.T) {
	g := readOne(t, "brat", GoldOptions{Mapping: "testdata/bratmapped/mapping.txt"}, "testdata/bratmapped")
	var ann bytes.Buffer
	if err := WriteBrat(&ann, g.Annotated, g.Doc.Text); err != nil {
		t.Fatal(err)
	}
	golden(t, "brat/briefing.ann", ann.Bytes())
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "briefing.ann"), ann.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "briefing.txt"), []byte(g.Doc.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	back := readOne(t, "brat", GoldOptions{}, dir)
	if !reflect.DeepEqual(back.Annotated, g.Annotated) {
		t.Errorf("round trip changed the gold:\n got %+v\nwant %+v", back.Annotated, g.Annotated)
	}
	// Score one imperfect prediction against both: identical reports.
	pred := g.Annotated
	pred.Annotations = append([]corpus.Annotation(nil), g.Annotations[1:]...)
	pred.Annotations[0].Name = "Ortiz"
	report := func(gold corpus.Annotated) string {
		r, err := eval.Score([]corpus.Annotated{gold}, []corpus.Annotated{pred}, eval.Options{})
		if err != nil {
			t.Fatal(err)
		}
		b, _ := json.Marshal(r)
		return string(b)
	}
	if a, b := report(g.Annotated), report(back.Annotated); a != b {
		t.Errorf("scores differ after the round trip:\n%s\n%s", a, b)
	}
}

func TestBratParseErrors(t *testing.T) {
	tests := []struct{ name, ann, want string }{
		{"no tab", "T1 Person 0 3 Ana\n", ":1: not a brat annotation line"},
		{"no offsets", "T1\tPerson\tAna\n", ":1: textbound T1: no offsets"},
		{"bad offsets", "T1\tPerson 0 x\tAna\n", `:1: textbound T1: offsets "0 x" are not integers`},
		{"duplicate id", "T1\tPerson 0 3\tAna\nT1\tPerson 0 3\tAna\n", ":2: duplicate id T1"},
		{"event without type", "E1\tAttribution\n", ":1: event E1: want TYPE:ID"},
		{"bad argument", "R1\tSaidBy Arg1 Arg2:T2\n", `:1: relation R1: argument "Arg1": want ROLE:ID`},
		{"bad attribute", "A1\tmod\n", ":1: attribute A1: want NAME ID [VALUE]"},
		{"bad note", "#1\tAnnotatorNotes\tx\n", ":1: note #1: want TYPE ID<TAB>TEXT"},
		{"not UTF-8", "T1\tPerson 0 3\t\xff\n", ":1: not UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseBrat(strings.NewReader(tt.ann), "x.ann")
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one with %q", err, tt.want)
			}
		})
	}
}

// TestBratReportsEveryProblem: a file with several faults reports each of
// them with its line, so that one run is enough to fix the gold; a bad
// textbound followed by a continuation line does not panic.
func TestBratReportsEveryProblem(t *testing.T) {
	ann := "T1\tPerson 0 x\tAna\nmore text\nT2\tPerson 0 3\tAna\nT2\tPerson 4 7\tBob\nR1\tSaidBy Arg1 Arg2:T2\n#1\tAnnotatorNotes\tx\n"
	_, err := ParseBrat(strings.NewReader(ann), "x.ann")
	if err == nil {
		t.Fatal("no error")
	}
	for _, want := range []string{"x.ann:1: textbound T1", "x.ann:4: duplicate id T2", "x.ann:5: relation R1", "x.ann:6: note #1"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	many := strings.Repeat("not brat\n", 500)
	_, err = ParseBrat(strings.NewReader(many), "y.ann")
	if err == nil || strings.Count(err.Error(), "\n") > maxReported || !strings.Contains(err.Error(), "and 450 more problems") {
		t.Errorf("500 bad lines: %d lines of error, want at most %d and a count of the rest", strings.Count(fmt.Sprint(err), "\n")+1, maxReported+1)
	}
}

func TestBratMappingErrors(t *testing.T) {
	tests := []struct{ name, mapping, ann, want string }{
		{"unknown type in mapping", "type Person PERSON\n", "", "mapping.txt:1: unknown type \"PERSON\""},
		{"unknown field", "attribute Val colour\n", "", "mapping.txt:1: unknown field \"colour\""},
		{"bad rule", "map Person OFFICIAL\n", "", "mapping.txt:1: want 'type BRAT TYPE'"},
		{"unmapped type", "", "T1\tPerson 34 44\tLena Ortiz\n", "briefing.ann:1: textbound T1: brat type \"Person\" is not in the mapping"},
		{"troops value not a number", "", "T1\tTROOPS 67 87\tup to 1,200 soldiers\n#1\tAnnotatorNotes T1\tvalue=many\n", "briefing.ann:2: TROOPS value \"many\" of T1 is not an integer"},
		{"attribute on a missing textbound", "", "A1\tmod T9 exact\n", "briefing.ann:1: mod of T9: no such textbound"},
		{"speaker relation without a quote", "", "T1\tOFFICIAL 34 44\tLena Ortiz\nR1\tSpeaker Arg1:T1 Arg2:T1\n", "briefing.ann:2: speaker relation R1: neither argument is a QUOTE"},
		// issue 8, H3: the fragments were merged into one span, the text
		// between them included, without a word
		{"discontinuous span", "", "T1\tTROOPS 67 72;79 87\tup to soldiers\n", "briefing.ann:1: textbound T1: discontinuous span (2 fragments) is not supported"},
		// issue 8, H4: the stray line became part of the name
		{"stray line after a note", "", "T1\tOFFICIAL 34 44\tLena Ortiz\n#1\tAnnotatorNotes T1\tname=Lena Ortiz\ngarbage line\n", "briefing.ann:3: note #1: not a brat annotation line after a key=value note: \"garbage line\""},
		{"invalid gold: TROOPS without mod", "", "T1\tTROOPS 67 87\tup to 1,200 soldiers\n#1\tAnnotatorNotes T1\tvalue=1200\n", "briefing.ann:1: briefing: annotation 0 (TROOPS 67-87): TROOPS mod \"\""},
	}
	text, err := os.ReadFile("testdata/bratmapped/briefing.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "briefing.txt"), text, 0o644)
			os.WriteFile(filepath.Join(dir, "briefing.ann"), []byte(tt.ann), 0o644)
			mapping := ""
			if tt.mapping != "" {
				mapping = filepath.Join(dir, "mapping.txt")
				os.WriteFile(mapping, []byte(tt.mapping), 0o644)
			}
			gf, _ := LookupGold("brat")
			var errs []string
			for _, err := range gf.Read(GoldOptions{Mapping: mapping}, dir) {
				if err != nil {
					errs = append(errs, err.Error())
				}
			}
			if all := strings.Join(errs, "\n"); !strings.Contains(all, tt.want) {
				t.Errorf("errors %q, want one with %q", all, tt.want)
			}
		})
	}
}

// TestShort: messages cut texts to 60 code points, and only look at that
// much of them.
func TestShort(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{strings.Repeat("é", 60), strings.Repeat("é", 60)},
		{strings.Repeat("é", 61), strings.Repeat("é", 59) + "…"},
		{strings.Repeat("a", 1<<20), strings.Repeat("a", 59) + "…"},
	} {
		if got := short(tc.in); got != tc.want {
			t.Errorf("short(%d bytes) = %q, want %q", len(tc.in), got, tc.want)
		}
	}
}

// TestBratGoldReportsAllStagesAtOnce: every problem of a brat file comes
// in one run, whichever stage finds it (the lines, the text, the
// mapping, the contract), in line order; before, a problem of an early
// stage hid those of the later ones (a note on a missing textbound hid a
// dangling relation; a duplicate id, everything else), so fixing the
// gold took one run per stage.
func TestBratGoldReportsAllStagesAtOnce(t *testing.T) {
	text := "Joe Biden said on Monday: \"We will send 3,000 troops.\""
	tests := []struct {
		name string
		ann  string
		want []string // in order
	}{
		{"note hides a dangling relation (red team 4)",
			"T1\tOFFICIAL 0 9\tJoe Biden\n#2\tAnnotatorNotes T1\tname=Joe Biden\nR1\tSpeaker Arg1:T99 Arg2:T1\n#1\tAnnotatorNotes T77\tname=x\n",
			[]string{"d1.ann:3: speaker relation R1: no textbound T99", "d1.ann:4: name of T77: no such textbound"}},
		{"six faults (red team 3)",
			"T1\tOFFICIAL 0 9\tJoe Bidex\nT1\tDATE 18 24\tMonday\nT3\tOFFICIAL 999 1005\tfoo\nT4\tOFFICIAL -1 3\tfoo\nT5 OFFICIAL 1 2 x\n#1\tAnnotatorNotes T9\tname=x\nR1\tSpeaker Arg1:T77 Arg2:T1\n",
			[]string{`d1.ann:1: textbound T1: text "Joe Bidex" differs`, "d1.ann:1: d1: annotation 0 (OFFICIAL 0-9): OFFICIAL without a name",
				"d1.ann:2: duplicate id T1", "d1.ann:3: textbound T3: end 1005 is beyond", "d1.ann:4: textbound T4: offsets",
				"d1.ann:5: not a brat annotation line: \"T5 OFFICIAL 1 2 x\" (spaces instead of a tab", "d1.ann:6: name of T9: no such textbound",
				"d1.ann:7: speaker relation R1: no textbound T77"}},
		{"unmapped type and bad values",
			"T1\tPerson 0 9\tJoe Biden\nT2\tTROOPS 40 52\t3,000 troops\n#1\tAnnotatorNotes T2\tvalue=lots\nT3\tDATE 18 24\tMonday\n#2\tAnnotatorNotes T3\tvalue=2022-02-30\n",
			[]string{`d1.ann:1: textbound T1: brat type "Person" is not in the mapping`, `d1.ann:2: d1: annotation 1 (TROOPS 40-52): TROOPS value 0`,
				`d1.ann:2: d1: annotation 1 (TROOPS 40-52): TROOPS mod ""`,
				`d1.ann:3: TROOPS value "lots" of T2 is not an integer`, `d1.ann:4: d1: annotation 0 (DATE 18-24): DATE value "2022-02-30"`}},
		{"spaces for a tab after a good textbound (red team 4)",
			"T1\tOFFICIAL 0 9\tJoe Biden\nT6 OFFICIAL 0 9 Joe Biden\n#1\tAnnotatorNotes T1\tname=Joe Biden\n",
			[]string{`d1.ann:1: textbound T1: text "Joe Biden\nT6 OFFICIAL 0 9 Joe Biden" differs from the document's text "Joe Biden" (line 2`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			os.WriteFile(filepath.Join(dir, "d1.txt"), []byte(text), 0o644)
			os.WriteFile(filepath.Join(dir, "d1.ann"), []byte(tt.ann), 0o644)
			gf, _ := LookupGold("brat")
			var lines []string
			for g, err := range gf.Read(GoldOptions{}, dir) {
				if err == nil {
					t.Fatalf("gold %s read without an error", g.ID)
				}
				lines = append(lines, strings.Split(err.Error(), "\n")...)
			}
			if len(lines) != len(tt.want) {
				t.Fatalf("%d problems, want %d:\n%s", len(lines), len(tt.want), strings.Join(lines, "\n"))
			}
			for i, w := range tt.want {
				if !strings.Contains(lines[i], w) {
					t.Errorf("problem %d = %q, want %q", i+1, lines[i], w)
				}
			}
		})
	}
}

// TestBratMappingNamedAsMapping: a --mapping that cannot be read is named
// as the mapping file, not as gold (red team 3 L3: "gold: /dev/zero").
func TestBratMappingNamedAsMapping(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "d1.txt"), []byte("Joe Biden spoke."), 0o644)
	os.WriteFile(filepath.Join(dir, "d1.ann"), []byte("T1\tOFFICIAL 0 9\tJoe Biden\n"), 0o644)
	for _, mapping := range []string{"/dev/zero", filepath.Join(dir, "missing.txt"), dir} {
		gf, _ := LookupGold("brat")
		var msgs []string
		for _, err := range gf.Read(GoldOptions{Mapping: mapping}, dir) {
			if err != nil {
				msgs = append(msgs, err.Error())
			}
		}
		if len(msgs) != 1 || !strings.HasPrefix(msgs[0], "mapping file "+mapping+": ") {
			t.Errorf("--mapping %s: %q", mapping, msgs)
		}
	}
}

// TestBratGoldWarnings: lines that are read and not used are warnings
// with file and line, in line order, and change no annotation: a note on
// a textbound that does not exist, a key=value note or an attribute the
// mapping does not name (red team 22, 5: passed over in silence). Free
// text notes, and notes on a relation or an attribute, are no warning.
func TestBratGoldWarnings(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "d1.txt"), []byte("Joe Biden said on Monday."), 0o644)
	os.WriteFile(filepath.Join(dir, "d1.ann"), []byte("T1\tOFFICIAL 0 9\tJoe Biden\n#1\tAnnotatorNotes T1\tname=Joe Biden\n#2\tAnnotatorNotes T1\ttitle=\n"+
		"A1\tNegated T1\n#3\tAnnotatorNotes T77\tfree text\n#4\tAnnotatorNotes T1\tcolour=red\n#5\tAnnotatorNotes T1\tsee x = y\n#6\tAnnotatorNotes A1\ta note\n"), 0o644)
	gf, _ := LookupGold("brat")
	var golds []Gold
	for g, err := range gf.Read(GoldOptions{}, dir) {
		if err != nil {
			t.Fatal(err)
		}
		golds = append(golds, g)
	}
	if len(golds) != 1 || len(golds[0].Annotations) != 1 || golds[0].Annotations[0].Name != "Joe Biden" {
		t.Fatalf("gold %+v", golds)
	}
	var got []string
	for _, w := range golds[0].Warnings {
		got = append(got, strings.TrimPrefix(w.Error(), dir+string(filepath.Separator)))
	}
	want := []string{
		`d1.ann:4: attribute A1: "Negated" is not in the mapping (add 'attribute Negated FIELD' to --mapping); skipped`,
		"d1.ann:5: note #3: AnnotatorNotes of T77: no such annotation; skipped",
		`d1.ann:6: note #4: key "colour" is not in the mapping (add 'attribute colour FIELD' to --mapping); skipped`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("warnings\n%q\nwant\n%q", got, want)
	}
}

// TestBratFlattened: the attribute values WriteBrat writes with spaces
// for line breaks and tabs are listed, to be said (red team 22, 5).
func TestBratFlattened(t *testing.T) {
	a := corpus.Annotated{ID: "d", Annotations: []corpus.Annotation{
		{Type: corpus.Official, Start: 0, End: 9, Name: "Joe\nBiden", Title: "US President"},
		{Type: corpus.Quote, Start: 10, End: 20, Speaker: "Joe Biden", Cue: "said\tso"},
		{Type: corpus.Date, Start: 21, End: 27, Value: "2022-02-14"},
		// U+001C–U+001E: line breaks to Python's splitlines (mend12c)
		{Type: corpus.Quote, Start: 28, End: 30, Speaker: "Joe\x1cBiden", Cue: "said\x1d\x1eso"},
	}}
	got := BratFlattened(a)
	want := []string{
		`annotation 0 (OFFICIAL 0-9): name "Joe\nBiden" has a line break or tab, written as a space (a brat note is one line)`,
		`annotation 1 (QUOTE 10-20): cue "said\tso" has a line break or tab, written as a space (a brat note is one line)`,
		`annotation 3 (QUOTE 28-30): speaker "Joe\x1cBiden" has a line break or tab, written as a space (a brat note is one line)`,
		`annotation 3 (QUOTE 28-30): cue "said\x1d\x1eso" has a line break or tab, written as a space (a brat note is one line)`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got\n%q\nwant\n%q", got, want)
	}
	if got, want := flatten("said\x1c\x1d\x1eso"), "said   so"; got != want {
		t.Errorf("flatten: got %q, want %q", got, want)
	}
}
