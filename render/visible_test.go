package render

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// rawControl reports the first control or bidirectional formatting
// character of s that controlSymbol names (tab and line breaks aside).
func rawControl(s string) (rune, bool) {
	for _, r := range s {
		if _, ok := controlSymbol(r); ok {
			return r, true
		}
	}
	return 0, false
}

func TestVisibleHTML(t *testing.T) {
	for _, tc := range []struct{ in, html, text string }{
		{"plain <b>", "plain &lt;b&gt;", "plain <b>"},
		{"id\u202eabc.txt", `id<span class="ctl" title="U+202E">U+202E</span>abc.txt`, "id[U+202E]abc.txt"},
		{"x\u2067y\u200e", `x<span class="ctl" title="U+2067">U+2067</span>y<span class="ctl" title="U+200E">U+200E</span>`, "x[U+2067]y[U+200E]"},
		{"a\x1b[31m&", `a<span class="ctl" title="U+001B">ESC</span>[31m&amp;`, "a[ESC][31m&"},
		{"tab\tkept", "tab\tkept", "tab\tkept"},
	} {
		if got := string(visibleHTML(tc.in)); got != tc.html {
			t.Errorf("visibleHTML(%q) = %q, want %q", tc.in, got, tc.html)
		}
		if got := visibleText(tc.in); got != tc.text {
			t.Errorf("visibleText(%q) = %q, want %q", tc.in, got, tc.text)
		}
	}
}

// TestNoRawBidiControls: a bidirectional override or isolate in a
// document id, date, official's name or title, quote, speaker or
// predicted type reaches no page raw (redteam14 F5: the counts table,
// the quotes-by-speaker list and the document headings wrote them as
// they came, so an unclosed U+202E reversed the document id after a
// quote). Each is drawn as a labelled span, as in the document text.
func TestNoRawBidiControls(t *testing.T) {
	const rlo, rli = "\u202e", "\u2067"
	text := "Minister Ab" + rlo + "CD said \"x" + rlo + "y" + rli + "z\" on Monday."
	// code points: "Minister " 0-9, name 9-14, quote text 24-29
	docs := []corpus.Document{{ID: "id" + rlo + "abc.txt", Date: "2022" + rlo + "-01-24", Text: text}}
	anns := []corpus.Annotation{
		{Type: corpus.Official, Start: 9, End: 14, Text: "Ab" + rlo + "CD", Name: "Ab" + rlo + "CD", Title: "Mini" + rli + "ster"},
		{Type: corpus.Quote, Start: 24, End: 29, Text: "x" + rlo + "y" + rli + "z", Speaker: "Ab" + rlo + "CD", Cue: "said", SpeakerStart: 9, SpeakerEnd: 14},
	}
	gold := []corpus.Annotated{{ID: docs[0].ID, Annotations: anns}}
	pred := []corpus.Annotated{{ID: docs[0].ID, Annotations: append([]corpus.Annotation{
		{Type: corpus.Type("PER" + rlo + "SON"), Start: 0, End: 8, Text: "Minister"}}, anns[1:]...)}}
	for _, tc := range []struct {
		name string
		view func() (*View, error)
		want []string // markers the page must show
	}{
		{"articles", func() (*View, error) {
			return Articles(context.Background(), docs, gold, Options{Title: "t" + rlo + "itle"})
		}, []string{
			`<a href="#d0">id<span class="ctl" title="U+202E">U+202E</span>abc.txt</a>`,
			`<span class="doc-id">id<span class="ctl" title="U+202E">U+202E</span>abc.txt</span>`,
			`<h2 id="d0-h">id<span class="ctl" title="U+202E">U+202E</span>abc.txt`,
			`<title>t[U&#43;202E]itle</title>`, // + escaped in the title (RCDATA)
		}},
		{"evaluation", func() (*View, error) {
			return Evaluation(context.Background(), docs, gold, pred, Options{})
		}, []string{`<h2 id="d0-h">id<span class="ctl"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := tc.view()
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			if err := v.WriteHTML(&b); err != nil {
				t.Fatal(err)
			}
			pages := map[string]string{"single page": b.String()}
			for _, p := range v.Pages() {
				var pb bytes.Buffer
				if err := p.Write(&pb); err != nil {
					t.Fatal(err)
				}
				pages[p.Name] = pb.String()
			}
			for name, s := range pages {
				if r, ok := rawControl(s); ok {
					i := strings.IndexRune(s, r)
					t.Errorf("%s: raw U+%04X in %q", name, r, s[max(i-80, 0):min(i+40, len(s))])
				}
			}
			for _, w := range tc.want {
				if !strings.Contains(pages["single page"], w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}
