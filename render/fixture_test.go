package render

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Fixtures: articles written for these tests, with nested, crossing and
// attributed spans, non-ASCII text and hostile content.

const briefingText = " date 2024-03-05 Defence Minister Anna Kowalczyk said on Tuesday: “We will send up to 1,200 soldiers to the border.” She added that the plan was “final”.\n\nThe ministry’s spokesman, Piotr Nowak, said nothing about Łódź."

// hostileText carries markup, a script URL and control characters that
// must all be shown as text.
const hostileText = "Agent </script><script>window.pwned=1</script> met <img src=x onerror=\"window.pwned=2\"> at javascript:alert(1) \x1b[31m red \u202e evil \x07 bell.\n“<b>not bold</b>” said Eve."

// hostileID is an id that would break out of attributes and file names
// if it were not escaped.
const hostileID = `x"><script>window.pwned=3</script>/../../etc`

// at returns the code-point span of the n-th (from 0) occurrence of sub
// in text.
func at(t testing.TB, text, sub string, n int) (int, int) {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], sub)
		if i < 0 {
			t.Fatalf("%q: occurrence %d not found", sub, n)
		}
		if n == 0 {
			s := utf8.RuneCountInString(text[:from+i])
			return s, s + utf8.RuneCountInString(sub)
		}
		n--
		from += i + len(sub)
	}
}

func ann(t testing.TB, text string, typ corpus.Type, sub string, n int) corpus.Annotation {
	s, e := at(t, text, sub, n)
	return corpus.Annotation{Type: typ, Start: s, End: e, Text: sub, SpeakerStart: -1, SpeakerEnd: -1}
}

func official(t testing.TB, text, sub, name, title string) corpus.Annotation {
	a := ann(t, text, corpus.Official, sub, 0)
	a.Name, a.Title = name, title
	return a
}

func quote(t testing.TB, text, sub, speaker, mention, cue, rule string) corpus.Annotation {
	a := ann(t, text, corpus.Quote, sub, 0)
	a.Speaker, a.Cue, a.Rule = speaker, cue, rule
	if speaker != "" {
		a.SpeakerStart, a.SpeakerEnd = at(t, text, mention, 0)
	}
	return a
}

func fixtureDocs(t testing.TB) []corpus.Document {
	d, err := corpus.ParseText("briefing", "briefing.txt", []byte(briefingText))
	if err != nil {
		t.Fatal(err)
	}
	h, err := corpus.ParseText(hostileID, "hostile.txt", []byte(hostileText))
	if err != nil {
		t.Fatal(err)
	}
	return []corpus.Document{d, h}
}

// fixtureGold is the right annotation of the fixtures.
func fixtureGold(t testing.TB) []corpus.Annotated {
	b := briefingText
	troops := ann(t, b, corpus.Troops, "up to 1,200 soldiers", 0)
	troops.Count, troops.Mod = 1200, corpus.ModUpTo
	date := ann(t, b, corpus.Date, "Tuesday", 0)
	date.Value = "2024-03-05"
	h := hostileText
	return []corpus.Annotated{
		{ID: "briefing", Date: "2024-03-05", Annotations: []corpus.Annotation{
			official(t, b, "Anna Kowalczyk", "Anna Kowalczyk", "Defence Minister"),
			date,
			quote(t, b, "We will send up to 1,200 soldiers to the border.", "Anna Kowalczyk", "Anna Kowalczyk", "said", "colon-after-cue"),
			troops,
			quote(t, b, "final", "Anna Kowalczyk", "She", "added", "pronoun-to-last-speaker"),
			official(t, b, "Piotr Nowak", "Piotr Nowak", "ministry’s spokesman"),
		}},
		{ID: hostileID, Annotations: []corpus.Annotation{
			official(t, h, "Agent </script><script>window.pwned=1</script>", `"><svg onload=window.pwned=4>`, "</title><script>window.pwned=5</script>"),
			quote(t, h, "<b>not bold</b>", "Eve", "Eve", "said", ""),
			// Crosses the quote's start: drawn in two fragments.
			official(t, h, "bell.\n“<b>", "bell", ""),
		}},
	}
}

// fixturePred is a prediction with one mistake of each kind.
func fixturePred(t testing.TB) []corpus.Annotated {
	g := fixtureGold(t)
	b := briefingText
	as := g[0].Annotations
	troops := ann(t, b, corpus.Troops, "1,200 soldiers", 0) // wrong boundary and mod
	troops.Count, troops.Mod = 1200, corpus.ModExact
	final := as[4]
	final.Speaker, final.SpeakerStart, final.SpeakerEnd = "Piotr Nowak", 0, 0 // wrong speaker
	final.SpeakerStart, final.SpeakerEnd = at(t, b, "Piotr Nowak", 0)
	spurious := official(t, b, "Łódź", "Łódź", "")
	pred := []corpus.Annotation{as[0], as[2], troops, final, as[5], spurious} // the DATE is missed
	corpus.SortAnnotations(pred)
	return []corpus.Annotated{{ID: "briefing", Date: "2024-03-05", Annotations: pred}, g[1]}
}
