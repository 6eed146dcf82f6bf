package render

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Fatalf("%s differs at line %d:\n got: %.300s\nwant: %.300s\n(run go test ./render -update if the change is intended)", path, i+1, gl[i], wl[i])
			}
		}
		t.Fatalf("%s: %d lines, want %d (run go test ./render -update if the change is intended)", path, len(gl), len(wl))
	}
}

func articlesPage(t testing.TB) []byte {
	v, err := Articles(context.Background(), fixtureDocs(t), fixtureGold(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := v.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func evalPage(t testing.TB) []byte {
	v, err := Evaluation(context.Background(), fixtureDocs(t), fixtureGold(t), fixturePred(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := v.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestGolden(t *testing.T) {
	golden(t, "articles.html", articlesPage(t))
	golden(t, "eval.html", evalPage(t))
}

func TestTokens(t *testing.T) {
	// draw shows tokens as [key text] with fragments of one mark sharing
	// its key, and control symbols as {name}.
	draw := func(toks []token) string {
		var b strings.Builder
		for _, tk := range toks {
			switch {
			case tk.Open:
				fmt.Fprintf(&b, "[%s%d:", tk.Key(), tk.Level)
			case tk.Close:
				b.WriteString("]")
			case tk.Control() != "":
				fmt.Fprintf(&b, "{%s}", tk.Text())
			default:
				b.WriteString(tk.Text())
			}
		}
		return b.String()
	}
	m := func(start, end int, key string, rank int) mark {
		return mark{start: start, end: end, key: key, rank: rank}
	}
	for _, tc := range []struct {
		name     string
		text     string
		marks    []mark
		want     string
		problems int
	}{
		{"none", "plain", nil, "plain", 0},
		{"one", "say hello", []mark{m(4, 9, "a", 1)}, "say [a1:hello]", 0},
		{"nested", "up to 8,500 troops now", []mark{m(6, 18, "t", 4), m(0, 22, "q", 1)},
			"[q2:up to [t1:8,500 troops] now]", 0},
		{"equal spans by rank", "Kirby", []mark{m(0, 5, "sp", 9), m(0, 5, "o", 2)}, "[o2:[sp1:Kirby]]", 0},
		{"crossing", "abcdef", []mark{m(0, 4, "x", 1), m(2, 6, "y", 2)}, "[x2:ab[y1:cd]][y1:ef]", 0},
		{"three deep crossing", "abcdefgh", []mark{m(0, 8, "q", 1), m(1, 4, "o", 2), m(3, 6, "d", 3)},
			"[q3:a[o2:bc[d1:d]][d1:ef]gh]", 0},
		{"code points", "Łódź said", []mark{m(0, 4, "p", 2)}, "[p1:Łódź] said", 0},
		{"controls", "a\x1bb\u202ec\td", nil, "a{U+001B}b{U+202E}c\td", 0},
		{"outside and empty", "abc", []mark{m(1, 9, "x", 1), m(2, 2, "y", 1), m(-1, 2, "z", 1)}, "abc", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			toks, problems, _ := tokens(context.Background(), tc.text, tc.marks)
			if got := draw(toks); got != tc.want {
				t.Errorf("got  %s\nwant %s", got, tc.want)
			}
			if len(problems) != tc.problems {
				t.Errorf("problems %q, want %d", problems, tc.problems)
			}
		})
	}
}

func TestDepthLimit(t *testing.T) {
	text := strings.Repeat("x", 100)
	var marks []mark
	for i := range 50 { // fifty nested spans of one (invalid) type
		marks = append(marks, mark{start: i, end: 100 - i, key: fmt.Sprint(i)})
	}
	toks, problems, _ := tokens(context.Background(), text, marks)
	opens := 0
	for _, tk := range toks {
		if tk.Open {
			opens++
		}
	}
	if opens != maxDepth || len(problems) != 1 {
		t.Errorf("%d elements, problems %q; want %d and one problem", opens, problems, maxDepth)
	}
}

// TestEscaping checks that nothing from documents or annotations reaches
// the page as markup: the only elements are the view's own.
func TestEscaping(t *testing.T) {
	for name, page := range map[string][]byte{"articles": articlesPage(t), "eval": evalPage(t)} {
		t.Run(name, func(t *testing.T) {
			s := string(page)
			// a data block per document (two) and the view's script
			if n, data := strings.Count(s, "<script"), strings.Count(s, `<script type="application/json" class="dispatch-data">`); n != 3 || data != 2 {
				t.Errorf("%d <script elements, %d data blocks; want 3 and 2 (data per document and the view's script)", n, data)
			}
			for _, bad := range []string{"<img", "<b>", "<svg", "window.pwned=1</script>", "</title><script", "\x1b", "\u202e", "\x07"} {
				if strings.Contains(s, bad) {
					t.Errorf("page contains %q", bad)
				}
			}
			if !strings.Contains(s, "&lt;img src=x onerror=&#34;window.pwned=2&#34;&gt;") {
				t.Error("the <img> of the text is not shown as text")
			}
			if !strings.Contains(s, `title="U&#43;001B">ESC</span>`) {
				t.Error("ESC is not shown as a symbol")
			}
			// Only ids the view makes reach id and href attributes.
			for _, m := range regexp.MustCompile(`(?:id|href)="([^"]*)"`).FindAllStringSubmatch(s, -1) {
				if !regexp.MustCompile(`^#?(d\d+(-[apgs][\d-]+|-h)?|tip|dispatch-data|scores|summary|data:,)$`).MatchString(m[1]) {
					t.Errorf("unexpected attribute %s", m[0])
				}
			}
		})
	}
}

func TestArticlesSummary(t *testing.T) {
	v, err := Articles(context.Background(), fixtureDocs(t), fixtureGold(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := v.summary
	if got := fmt.Sprint(s.Totals, s.Total); got != "[4 1 1 3] 9" {
		t.Errorf("totals %s", got)
	}
	var officials []string
	for _, o := range s.Officials {
		officials = append(officials, fmt.Sprintf("%s %q %d", o.Name, o.Titles, o.Mentions))
	}
	want := []string{`Anna Kowalczyk ["Defence Minister"] 1`, `Piotr Nowak ["ministry’s spokesman"] 1`,
		`"><svg onload=window.pwned=4> ["</title><script>window.pwned=5</script>"] 1`, `bell [] 1`}
	if strings.Join(officials, "\n") != strings.Join(want, "\n") {
		t.Errorf("officials:\n%s\nwant:\n%s", strings.Join(officials, "\n"), strings.Join(want, "\n"))
	}
	if len(s.Speakers) != 2 || s.Speakers[0].Speaker != "Anna Kowalczyk" || len(s.Speakers[0].Quotes) != 2 {
		t.Errorf("speakers %+v", s.Speakers)
	}
	if len(v.Warnings()) != 0 {
		t.Errorf("warnings %q", v.Warnings())
	}
}

func TestEvaluationOutcomes(t *testing.T) {
	v, err := Evaluation(context.Background(), fixtureDocs(t), fixtureGold(t), fixturePred(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range v.docs {
		if err := v.build(d); err != nil { // the markup is built when written
			t.Fatal(err)
		}
		for k, tp := range d.Tips() {
			if tp.Outcome != "" {
				got[d.ID+" "+tp.Type+" "+tp.Text] = tp.Outcome + " " + k
			}
		}
	}
	for key, want := range map[string]string{
		"briefing OFFICIAL Anna Kowalczyk": "hit d0-p0",
		"briefing DATE Tuesday":            "miss d0-g1",
		"briefing TROOPS 1,200 soldiers":   "wrong d0-p2",
		"briefing QUOTE final":             "wrong d0-p3",
		"briefing OFFICIAL Łódź":           "false d0-p5",
	} {
		if got[key] != want {
			t.Errorf("%s: %q, want %q", key, got[key], want)
		}
	}
	d := v.docs[0]
	// The quote with the wrong speaker links to the predicted speaker and
	// to the gold one.
	if sp := d.Tips()["d0-p3"].Speaker; len(sp) != 2 {
		t.Errorf("speaker links %q, want the predicted and the gold mention", sp)
	}
	var kinds []string
	for _, e := range d.Errors {
		kinds = append(kinds, e.Kind+" "+e.Link.Href(false))
	}
	want := "miss #d0-g1,wrong boundary #d0-p2,wrong attribute #d0-p2,wrong attribute #d0-p3,wrong attribute #d0-p3,false hit #d0-p5"
	if strings.Join(kinds, ",") != want {
		t.Errorf("errors %q\nwant %q", strings.Join(kinds, ","), want)
	}
}

func TestWarnings(t *testing.T) {
	docs := fixtureDocs(t)[:1]
	anns := []corpus.Annotated{
		{ID: "briefing", Annotations: []corpus.Annotation{
			{Type: corpus.Official, Start: 17, End: 33, Text: "not the text", Name: "x"},
			{Type: corpus.Date, Start: 5, End: 9999, Text: "far", Value: "2024"},
		}},
		{ID: "quiet", Annotations: []corpus.Annotation{{Type: corpus.Quote, Start: 0, End: 3, Text: "abc", Speaker: "X", SpeakerStart: -1, SpeakerEnd: -1}}},
		{ID: "lost", Annotations: []corpus.Annotation{{Type: corpus.Date, Start: 0, End: 3, Text: "abc"}}},
		{ID: "failed", Error: "too large"},
	}
	v, err := Articles(context.Background(), docs, anns, Options{})
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(v.Warnings(), "\n")
	for _, want := range []string{"briefing: OFFICIAL 17-33: the annotation's text", "briefing: DATE 5-9999 is outside the text",
		"lost: no text for this document", `quiet: QUOTE 0-3: the speaker "X" has no speaker span`} {
		if !strings.Contains(got, want) {
			t.Errorf("warnings lack %q:\n%s", want, got)
		}
	}
	if _, err := Articles(context.Background(), docs, append(anns, anns[0]), Options{}); err == nil {
		t.Error("duplicate ids: no error")
	}
}

func TestPages(t *testing.T) {
	v, err := Articles(context.Background(), fixtureDocs(t), fixtureGold(t), Options{Title: "Fixtures"})
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]string{}
	for _, p := range v.Pages() {
		var b bytes.Buffer
		if err := p.Write(&b); err != nil {
			t.Fatal(err)
		}
		if _, dup := files[p.Name]; dup || strings.ContainsAny(p.Name, `/\"<>`) {
			t.Errorf("bad or repeated file name %q", p.Name)
		}
		files[p.Name] = b.String()
	}
	want := []string{CSSFile, JSFile, IndexFile, "doc-0001-briefing.html", "doc-0002-x___script_window.pwned_3__script__.._.._etc.html"}
	if len(files) != len(want) {
		t.Errorf("files %d, want %d", len(files), len(want))
	}
	for _, name := range want {
		if _, ok := files[name]; !ok {
			t.Errorf("no file %s", name)
		}
	}
	index := files[IndexFile]
	if !strings.Contains(index, `href="doc-0001-briefing.html#d0-a2"`) || strings.Contains(index, `class="text"`) {
		t.Error("the index does not link to the document pages, or shows texts")
	}
	doc := files["doc-0001-briefing.html"]
	if !strings.Contains(doc, `<script src="dispatch.js">`) || !strings.Contains(doc, "Kowalczyk</span>") ||
		!strings.Contains(doc, `rel="next"`) || strings.Contains(doc, `rel="prev"`) {
		t.Error("the document page lacks its script, text or links")
	}
}

func TestEvaluationMissingDocuments(t *testing.T) {
	gold := fixtureGold(t)
	pred := []corpus.Annotated{{ID: "elsewhere"}, {ID: hostileID, Error: "too large"}}
	v, err := Evaluation(context.Background(), fixtureDocs(t), gold, pred, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Warnings()) > 0 {
		t.Errorf("warnings %q", v.Warnings())
	}
	var notes []string
	for _, d := range v.docs {
		notes = append(notes, d.Notes()...)
	}
	if got := strings.Join(notes, "\n"); got != "no prediction for this document: every gold annotation is a miss\nannotating failed: too large" {
		t.Errorf("notes %q", got)
	}
	if fmt.Sprint(v.eval.MissingGold, v.eval.Failed) != "[elsewhere] ["+hostileID+"]" {
		t.Errorf("missing gold %q, failed %q", v.eval.MissingGold, v.eval.Failed)
	}
	for _, d := range v.docs {
		if d.Scores.TP != 0 || d.Scores.FN != len(gold[d.n].Annotations) {
			t.Errorf("%s: %+v, want all misses", d.ID, d.Scores.scoreRow)
		}
	}
	if _, err := Evaluation(context.Background(), nil, append(gold, gold[0]), pred, Options{}); err == nil {
		t.Error("duplicate gold ids: no error")
	}
}

// builtTips builds the markup of document i of v (dropped once written)
// and returns its tips.
func builtTips(t testing.TB, v *View, i int) map[string]tip {
	t.Helper()
	if err := v.build(v.docs[i]); err != nil {
		t.Fatal(err)
	}
	return v.docs[i].Tips()
}

// TestTipKeysUnique: a document's tips are a slice written in key order
// (keyedTip), which relies on every key being made once: an annotation's
// index or a speaker mention's span. Both views, every fixture document.
func TestTipKeysUnique(t *testing.T) {
	ctx := context.Background()
	articles, err := Articles(ctx, fixtureDocs(t), fixtureGold(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	evaluation, err := Evaluation(ctx, fixtureDocs(t), fixtureGold(t), fixturePred(t), Options{})
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, v := range []*View{articles, evaluation} {
		for _, d := range v.docs {
			if err := v.build(d); err != nil {
				t.Fatal(err)
			}
			seen := map[string]bool{}
			for _, kt := range d.tips {
				if seen[kt.key] {
					t.Errorf("%s: tip key %s made twice", d.ID, kt.key)
				}
				seen[kt.key] = true
				n++
			}
			d.release()
		}
	}
	if n == 0 {
		t.Fatal("no tips built")
	}
}
