package extract_test

import (
	"context"
	"fmt"
	"log"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
)

func ExampleAnnotate() {
	doc, err := corpus.ParseText("kirby", "kirby.txt", []byte(
		" date 2022-01-24 Pentagon spokesman John Kirby said on Monday that up to 8,500 troops were on alert. “No decision has been taken,” he added."))
	if err != nil {
		log.Fatal(err)
	}
	anns, err := extract.Annotate(doc)
	if err != nil {
		log.Fatal(err)
	}
	for _, a := range anns {
		switch a.Type {
		case corpus.Official:
			fmt.Printf("%s %q name=%q title=%q\n", a.Type, a.Text, a.Name, a.Title)
		case corpus.Date:
			fmt.Printf("%s %q value=%s\n", a.Type, a.Text, a.Value)
		case corpus.Troops:
			fmt.Printf("%s %q value=%d mod=%s\n", a.Type, a.Text, a.Count, a.Mod)
		case corpus.Quote:
			fmt.Printf("%s %q speaker=%q cue=%q\n", a.Type, a.Text, a.Speaker, a.Cue)
		}
	}
	// Output:
	// OFFICIAL "John Kirby" name="John Kirby" title="Pentagon spokesman"
	// DATE "Monday" value=2022-01-24
	// TROOPS "up to 8,500 troops" value=8500 mod=up_to
	// QUOTE "No decision has been taken," speaker="John Kirby" cue="added"
}

func ExamplePipeline_AnnotateAll() {
	p, err := extract.Default()
	if err != nil {
		log.Fatal(err)
	}
	docs := func(yield func(corpus.Document, error) bool) {
		for i, text := range []string{"NATO said on Friday.", "", "Russia massed 100,000 troops."} {
			id := fmt.Sprint("d", i)
			if text == "" {
				if !yield(corpus.Document{ID: id}, fmt.Errorf("%s: empty document", id)) {
					return
				}
				continue
			}
			if !yield(corpus.Document{ID: id, Text: text, Date: "2022-01-24"}, nil) {
				return
			}
		}
	}
	// results come in input order whatever the number of workers
	for res := range p.AnnotateAll(context.Background(), docs, 2) {
		if res.Err != nil {
			fmt.Println("error:", res.Err)
			continue
		}
		fmt.Println(res.Doc.ID, len(res.Annotations), "annotations")
	}
	// Output:
	// d0 1 annotations
	// error: d1: empty document
	// d2 1 annotations
}
