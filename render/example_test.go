package render_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/render"
)

// Articles draws documents with their annotations; WriteHTML writes one
// self-contained page.
func ExampleArticles() {
	doc, _ := corpus.ParseText("a1", "a1.txt", []byte("Spokesman John Kirby said “no”."))
	anns := []corpus.Annotated{{ID: "a1", Annotations: []corpus.Annotation{
		{Type: corpus.Official, Start: 10, End: 20, Text: "John Kirby", Name: "John Kirby", Title: "Spokesman"},
		{Type: corpus.Quote, Start: 27, End: 29, Text: "no", Speaker: "John Kirby", Cue: "said", SpeakerStart: 10, SpeakerEnd: 20},
	}}}
	v, err := render.Articles(context.Background(), []corpus.Document{doc}, anns, render.Options{Title: "Kirby"})
	if err != nil {
		panic(err)
	}
	var page strings.Builder
	if err := v.WriteHTML(&page); err != nil {
		panic(err)
	}
	html := page.String()
	i := strings.Index(html, `<div class="text">`)
	fmt.Println(html[i : i+strings.Index(html[i:], "</div>")+6])
	fmt.Println(len(v.Warnings()), "warnings")
	// Output:
	// <div class="text">Spokesman <span id="d0-a0" tabindex="0" data-k="d0-a0" class="a t-OFFICIAL lv2 last"><span id="d0-s10-20" tabindex="0" data-k="d0-s10-20" class="sp lv1 last">John Kirby</span></span> said “<span id="d0-a1" tabindex="0" data-k="d0-a1" class="a t-QUOTE lv1 last">no</span>”.</div>
	// 0 warnings
}
