package render

import (
	"context"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// bigDoc is a document of n sentences, each with an official, a date, a
// quote with a troop count inside it and a speaker.
func bigDoc(n int) (corpus.Document, corpus.Annotated) {
	const s = "Minister Anna Nowak said on Monday: “We send 1,200 soldiers.” "
	text := strings.Repeat(s, n)
	a := corpus.Annotated{ID: "big"}
	rs := len([]rune(s))
	for i := range n {
		o := i * rs
		a.Annotations = append(a.Annotations,
			corpus.Annotation{Type: corpus.Official, Start: o + 9, End: o + 19, Text: "Anna Nowak", Name: "Anna Nowak", Title: "Minister"},
			corpus.Annotation{Type: corpus.Date, Start: o + 28, End: o + 34, Text: "Monday", Value: "2024-03-04"},
			corpus.Annotation{Type: corpus.Quote, Start: o + 37, End: o + 60, Text: "We send 1,200 soldiers.", Speaker: "Anna Nowak", Cue: "said", SpeakerStart: o + 9, SpeakerEnd: o + 19},
			corpus.Annotation{Type: corpus.Troops, Start: o + 45, End: o + 59, Text: "1,200 soldiers", Count: 1200, Mod: corpus.ModExact})
	}
	return corpus.Document{ID: "big", Text: text}, a
}

func BenchmarkWriteHTML(b *testing.B) {
	for _, n := range []int{100, 10000} {
		doc, a := bigDoc(n)
		b.Run(fmt.Sprint(n, "sentences"), func(b *testing.B) {
			b.SetBytes(int64(len(doc.Text)))
			for b.Loop() {
				v, err := Articles(context.Background(), []corpus.Document{doc}, []corpus.Annotated{a}, Options{})
				if err != nil {
					b.Fatal(err)
				}
				if err := v.WriteHTML(io.Discard); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestBigDocLinear checks that a big document is drawn whole: every
// annotation present, no warnings.
func TestBigDocLinear(t *testing.T) {
	doc, a := bigDoc(2000)
	v, err := Articles(context.Background(), []corpus.Document{doc}, []corpus.Annotated{a}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(v.Warnings()) != 0 {
		t.Fatalf("warnings: %q", v.Warnings()[:1])
	}
	var b strings.Builder
	if err := v.WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	if got := strings.Count(b.String(), `tabindex="0"`); got != 5*2000 { // four annotations and a speaker each
		t.Errorf("%d focusable highlights, want %d", got, 5*2000)
	}
}
