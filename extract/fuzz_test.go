package extract

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// Seed corpora live in testdata/fuzz/<FuzzName>/ (go test fuzz v1 files);
// plain `go test` runs them as regression cases. Fuzz one target at a time:
//
//	go test -run XXX -fuzz FuzzTokenize -fuzztime 75s ./extract
//	go test -run XXX -fuzz FuzzAnnotate -fuzztime 75s ./extract

// maxFuzzBytes bounds fuzz inputs: the invariants do not depend on size,
// and small inputs keep the fuzzer fast.
const maxFuzzBytes = 4 << 10

// hangAfter is how long one fuzz input may take before the test binary
// is stopped with a stack dump (a hang is a bug, and the fuzzer saves the
// input that caused it).
const hangAfter = hangScale * 20 * time.Second

// stagePipelines returns the full pipeline and one pipeline per stage,
// built once per test binary.
var stagePipelines = sync.OnceValues(func() (map[string]*Pipeline, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	ps := map[string]*Pipeline{}
	if ps["all"], err = New(lex); err != nil {
		return nil, err
	}
	for _, typ := range corpus.Types {
		if ps[string(typ)], err = New(lex, WithTypes(typ)); err != nil {
			return nil, err
		}
	}
	return ps, nil
})

func fuzzPipelines(tb testing.TB) map[string]*Pipeline {
	tb.Helper()
	ps, err := stagePipelines()
	if err != nil {
		tb.Fatal(err)
	}
	return ps
}

// watchdog stops the test binary, with every goroutine's stack, if the
// returned stop function is not called within hangAfter.
func watchdog(what string, input string) (stop func() bool) {
	timer := time.AfterFunc(hangAfter, func() {
		panic(fmt.Sprintf("hang: %s did not return within %v on %d bytes %.200q", what, hangAfter, len(input), input))
	})
	return timer.Stop
}

// scansProgress checks that the tokenizer's scan makes progress from
// every non-space rune of text. A scan that returns its own start makes
// tokenize loop forever, appending empty tokens until memory runs out,
// so this is checked (cheaply, one scan at a time) before tokenizing.
func scansProgress(t *testing.T, tz *tokenizer, text string) {
	t.Helper()
	for i, r := range text {
		if unicode.IsSpace(r) {
			continue
		}
		size := utf8.RuneLen(r)
		if r == utf8.RuneError {
			_, size = utf8.DecodeRuneInString(text[i:])
		}
		if end, kind, _ := tz.scan(text, i, r, size); end <= i {
			t.Fatalf("tokenizer: scan at byte %d (%q, U+%04X) returns end %d (kind %d): an empty token; "+
				"tokenize would loop forever on %q", i, r, r, end, kind, text)
		}
	}
}

// FuzzTokenize checks the tokenizer's invariants: tokens in order and
// non-overlapping, within bounds and after the body start, on rune
// boundaries, Text equal to its slice, only white space between tokens
// (nothing dropped), Space and Newline telling what precedes each token,
// and sentence and paragraph numbers that only grow, a paragraph per
// line break.
func FuzzTokenize(f *testing.F) {
	f.Add("Biden said: “No.”")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > maxFuzzBytes {
			return // the reader yields UTF-8 only
		}
		tz := &fuzzPipelines(t)["all"].tok
		scansProgress(t, tz, text)
		froms := []int{0}
		if doc, err := corpus.ParseText("f", "f.txt", []byte(text)); err == nil && doc.BodyStart > 0 {
			froms = append(froms, doc.BodyStart)
		}
		for _, from := range froms {
			stop := watchdog("tokenize", text)
			toks := tz.tokenize(text, from)
			stop()
			checkTokens(t, text, from, toks)
		}
	})
}

func checkTokens(t *testing.T, text string, from int, ts tokens) {
	t.Helper()
	toks := ts.toks
	prev := from
	for k, tk := range toks {
		fail := func(format string, args ...any) {
			t.Helper()
			t.Fatalf("from %d, token %d %q [%d:%d]: %s\ntext %q", from, k, ts.textOf(&tk), tk.Start, tk.End, fmt.Sprintf(format, args...), text)
		}
		switch {
		case int(tk.Start) < prev:
			fail("starts before the end of the previous token (%d)", prev)
		case tk.Start >= tk.End:
			fail("empty or inverted")
		case int(tk.End) > len(text):
			fail("ends beyond the text (%d bytes)", len(text))
		case !utf8.RuneStart(text[tk.Start]) || int(tk.End) < len(text) && !utf8.RuneStart(text[tk.End]):
			fail("not on rune boundaries")
		case ts.textOf(&tk) != text[tk.Start:tk.End]:
			fail("Text differs from text[Start:End] %q", text[tk.Start:tk.End])
		}
		// invisible marks between tokens are in none (isInvisible) and
		// are no space
		gap := withoutInvisible(text[prev:tk.Start])
		if strings.TrimSpace(gap) != "" {
			fail("text %q before it is in no token", gap)
		}
		if want := k == 0 || gap != ""; tk.Space != want {
			fail("Space is %v after %q", tk.Space, gap)
		}
		if want := strings.ContainsAny(gap, "\n\r\u2028\u2029"); tk.Newline != want {
			fail("Newline is %v after %q", tk.Newline, gap)
		}
		if r, _ := utf8.DecodeRuneInString(ts.textOf(&tk)); ts.capOf(&tk) != unicode.IsUpper(r) {
			fail("Cap is %v", ts.capOf(&tk))
		}
		if tk.Kind == Punct && utf8.RuneCountInString(ts.textOf(&tk)) != 1 {
			fail("punctuation token of %d runes", utf8.RuneCountInString(ts.textOf(&tk)))
		}
		if k > 0 {
			p := toks[k-1]
			dp, ds := tk.Para-p.Para, tk.Sent-p.Sent
			if tk.Newline && (dp != 1 || ds != 1) || !tk.Newline && (dp != 0 || ds < 0 || ds > 1) {
				fail("paragraph %d->%d, sentence %d->%d, newline %v", p.Para, tk.Para, p.Sent, tk.Sent, tk.Newline)
			}
		} else if tk.Para != 0 || tk.Sent != 0 {
			fail("first token in paragraph %d, sentence %d", tk.Para, tk.Sent)
		}
		prev = int(tk.End)
	}
	if rest := text[prev:]; strings.TrimSpace(rest) != "" {
		t.Fatalf("from %d: text %q after the last token is in no token\ntext %q", from, rest, text)
	}
}

// FuzzAnnotate runs the whole pipeline and each stage alone (through
// WithTypes) on a document read from arbitrary text, and checks every
// output against the annotation format (see checkAnnotations). Each
// stage alone gives exactly the full pipeline's annotations of its type.
func FuzzAnnotate(f *testing.F) {
	f.Add(" date 2022-01-24 Biden said: “No.”")
	// A participle after a tail clause that opens the text (index -1 once):
	f.Add("A senior aide said on Monday, adding that “we will go”.")
	f.Add("Aides said, adding that “z”.")
	f.Add("Officials on Monday said, adding that “z”.")
	f.Add("The ministry’s statement said aide on Monday said, adding that “z”")
	// A pronoun, a participle or "and" + verb, then a quote as the
	// document's first words (clause subject asked of token -1; red team 12):
	f.Add("he adding: “We will.”")
	f.Add(`she adding: "We will."`)
	f.Add("he and threatened “serious consequences”")
	f.Add("it and said “no”")
	f.Add("he, adding “no”")
	// A number then "of" as the document's last words (token past the end):
	f.Add("30 of")
	f.Add("They sent 8,500 of")
	f.Add("Up to 30 of")
	// unbalanced marks in one paragraph (issue 8, C1)
	f.Add(strings.Repeat(`said "`, 50))
	f.Add(strings.Repeat(`"word `, 50))
	f.Add("“Officials arrive today in the capital city”\n" + strings.Repeat("“We will act,” Biden said. ", 20))
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > maxFuzzBytes {
			return
		}
		doc, err := corpus.ParseText("f", "f.txt", []byte(text))
		if err != nil {
			return // not a document: the reader reports it
		}
		ps := fuzzPipelines(t)
		scansProgress(t, &ps["all"].tok, doc.Text)
		stop := watchdog("Annotate", text)
		all := ps["all"].Annotate(doc)
		stop()
		checkAnnotations(t, doc, all, corpus.Types...)
		for _, typ := range corpus.Types {
			stop := watchdog("Annotate "+string(typ), text)
			got := ps[string(typ)].Annotate(doc)
			stop()
			checkAnnotations(t, doc, got, typ)
			var want []corpus.Annotation
			for _, a := range all {
				if a.Type == typ {
					want = append(want, a)
				}
			}
			if g, w := renderAnns(got), renderAnns(want); g != w {
				t.Fatalf("%s alone differs from the full pipeline:\nalone %s\nfull  %s\ntext %q", typ, g, w, text)
			}
		}
	})
}

func renderAnns(as []corpus.Annotation) string {
	if len(as) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(as)
	return string(b)
}

// checkAnnotations checks the invariants every output must hold: only the
// given types; 0 <= start < end <= length in code points; text equal to the
// code-point slice; sorted by start, then end; no two spans of one type
// overlapping; QUOTE speaker spans inside the document; and the JSON
// written for the document read back and accepted by corpus.Validate
// with zero problems.
func checkAnnotations(t testing.TB, doc corpus.Document, as []corpus.Annotation, types ...corpus.Type) {
	t.Helper()
	runes := []rune(doc.Text)
	n := len(runes)
	fail := func(i int, format string, args ...any) {
		t.Helper()
		t.Fatalf("annotation %d %+v: %s\ntext %q", i, as[i], fmt.Sprintf(format, args...), doc.Text)
	}
	lastEnd := map[corpus.Type]int{}
	for i, a := range as {
		if !hasType(types, a.Type) {
			fail(i, "type %q not asked for (%v)", a.Type, types)
		}
		if a.Start < 0 || a.Start >= a.End || a.End > n {
			fail(i, "span %d-%d outside 0 <= start < end <= %d", a.Start, a.End, n)
		}
		if got := string(runes[a.Start:a.End]); got != a.Text {
			fail(i, "text %q differs from the code-point slice %q", a.Text, got)
		}
		if i > 0 && (a.Start < as[i-1].Start || a.Start == as[i-1].Start && a.End < as[i-1].End) {
			fail(i, "out of order after %d-%d", as[i-1].Start, as[i-1].End)
		}
		if end, ok := lastEnd[a.Type]; ok && a.Start < end {
			fail(i, "overlaps an earlier %s span ending at %d", a.Type, end)
		}
		lastEnd[a.Type] = max(lastEnd[a.Type], a.End)
		if a.Type == corpus.Quote && a.Speaker != "" &&
			(a.SpeakerStart < 0 || a.SpeakerStart >= a.SpeakerEnd || a.SpeakerEnd > n) {
			fail(i, "speaker span %d-%d outside the document (%d code points)", a.SpeakerStart, a.SpeakerEnd, n)
		}
	}
	var buf bytes.Buffer
	if err := corpus.WriteAnnotated(&buf, corpus.Annotated{ID: doc.ID, Date: doc.Date, Annotations: as}); err != nil {
		t.Fatalf("WriteAnnotated: %v", err)
	}
	var back corpus.Annotated
	if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
		t.Fatalf("output does not read back: %v\n%s", err, buf.Bytes())
	}
	if ps := corpus.Validate(back, &doc); len(ps) > 0 {
		var msgs []string
		for _, p := range ps {
			msgs = append(msgs, p.String())
		}
		t.Fatalf("corpus.Validate: %d problems:\n%s\ntext %q", len(ps), strings.Join(msgs, "\n"), doc.Text)
	}
}

func hasType(types []corpus.Type, t corpus.Type) bool {
	for _, x := range types {
		if x == t {
			return true
		}
	}
	return false
}
