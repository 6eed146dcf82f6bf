package render

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// FuzzTokens draws marks made from the fuzzer's bytes over its text and
// checks the markup: elements balanced, the text kept whole, and each
// mark's fragments joined equal to its slice of the text.
func FuzzTokens(f *testing.F) {
	f.Add("Minister Anna Nowak said “We send 1,200 soldiers.”", []byte{9, 19, 0, 62, 45, 59, 0, 5})
	f.Add("abcdef", []byte{0, 4, 2, 6, 1, 3, 3, 5})
	f.Add("Łódź\x1b\u202e", []byte{0, 2, 1, 5})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		if !utf8.ValidString(text) {
			return
		}
		n := utf8.RuneCountInString(text)
		var marks []mark
		for i := 0; i+1 < len(spans) && len(marks) < 40; i += 2 {
			marks = append(marks, mark{start: int(spans[i]), end: int(spans[i+1]), key: string(rune('a' + len(marks))), rank: i % 5})
		}
		toks, _, _ := tokens(context.Background(), text, marks)
		depth := 0
		var plain strings.Builder
		got := map[string]*strings.Builder{}
		var open []string
		for _, tk := range toks {
			switch {
			case tk.Open:
				depth++
				open = append(open, tk.Key())
				if got[tk.Key()] == nil {
					got[tk.Key()] = &strings.Builder{}
				}
			case tk.Close:
				depth--
				if depth < 0 {
					t.Fatal("a close without an open")
				}
				open = open[:len(open)-1]
			default:
				s := tk.Text()
				if tk.Control() != "" {
					s = "\x00" // one code point, whatever it was
				}
				plain.WriteString(s)
				for _, k := range open {
					got[k].WriteString(s)
				}
			}
		}
		if depth != 0 {
			t.Fatalf("%d elements left open", depth)
		}
		runes := []rune(text)
		for i, r := range runes {
			if _, ok := controlSymbol(r); ok {
				runes[i] = 0
			}
		}
		if plain.String() != string(runes) {
			t.Fatalf("text %q drawn as %q", string(runes), plain.String())
		}
		for _, m := range marks {
			if m.start < 0 || m.end > n || m.start >= m.end {
				continue
			}
			b := got[m.key]
			if b == nil {
				if len(marks) <= maxDepth {
					t.Fatalf("mark %s %d-%d not drawn", m.key, m.start, m.end)
				}
				continue // may be beyond maxDepth
			}
			if want := string(runes[m.start:m.end]); b.String() != want {
				t.Fatalf("mark %s %d-%d drawn as %q, want %q", m.key, m.start, m.end, b.String(), want)
			}
		}
	})
}

// FuzzWriteHTML renders a document whose id, text and annotation
// attributes are all the fuzzer's, and checks that the page holds only the
// view's own elements: nothing from the input becomes markup.
func FuzzWriteHTML(f *testing.F) {
	f.Add(hostileText, 0, 20)
	f.Add("</script><script>alert(1)</script>", 2, 9)
	f.Add("<img src=x onerror=alert(1)>&lt;<!-- x -->]]>", 0, 5)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if !utf8.ValidString(text) || strings.ContainsRune(text, 0) {
			return
		}
		n := utf8.RuneCountInString(text)
		start, end = clamp(start, n), clamp(end, n)
		doc := corpus.Document{ID: text, Text: text}
		an := corpus.Annotation{Type: corpus.Quote, Start: start, End: end, Text: text, Speaker: text, Cue: text, Rule: text,
			SpeakerStart: start, SpeakerEnd: end}
		v, err := Articles(context.Background(), []corpus.Document{doc}, []corpus.Annotated{{ID: text, Annotations: []corpus.Annotation{an}}}, Options{Title: text})
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		if err := v.WriteHTML(&b); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if c := strings.Count(page, "<script"); c != 2 {
			t.Fatalf("%d <script elements", c)
		}
		for _, m := range tagName.FindAllStringSubmatch(page, -1) {
			if !allowedTags[strings.ToLower(m[1])] {
				t.Fatalf("element <%s> in the page", m[1])
			}
		}
	})
}

func clamp(x, n int) int {
	if n == 0 {
		return 0
	}
	if x < 0 {
		x = -x
	}
	return x % (n + 1)
}

var tagName = regexp.MustCompile(`</?([A-Za-z!][A-Za-z0-9-]*)`)

var allowedTags = map[string]bool{}

func init() {
	for _, t := range strings.Fields("!doctype html head meta title link style body header h1 h2 h3 div span label input p main section table thead tbody tfoot tr th td meter details summary ol li a script nav") {
		allowedTags[t] = true
	}
}
