package eval_test

import (
	"fmt"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
)

func ExampleScore() {
	text := "Lloyd Austin said on Monday that 8,500 troops were ready."
	gold := []corpus.Annotated{{ID: "doc", Annotations: []corpus.Annotation{
		{Type: corpus.Official, Start: 0, End: 12, Text: "Lloyd Austin", Name: "Lloyd Austin", Title: "US Defense Secretary"},
		{Type: corpus.Date, Start: 21, End: 27, Text: "Monday", Value: "2022-01-24"},
		{Type: corpus.Troops, Start: 33, End: 45, Text: "8,500 troops", Count: 8500, Mod: corpus.ModExact},
	}}}
	pred := []corpus.Annotated{{ID: "doc", Annotations: []corpus.Annotation{
		{Type: corpus.Official, Start: 6, End: 12, Text: "Austin", Name: "Austin", Title: "US Defense Secretary"},
		{Type: corpus.Date, Start: 21, End: 27, Text: "Monday", Value: "2022-01-24"},
	}}}
	r, err := eval.Score(gold, pred, eval.Options{Texts: map[string]string{"doc": text}, Context: 10})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, reg := range eval.Regimes {
		c := r.Micro.On(reg)
		fmt.Printf("%-7s TP %d FP %d FN %d  P %.2f R %.2f F1 %.2f\n", reg, c.TP, c.FP, c.FN, c.Precision, c.Recall, c.F1)
	}
	for _, m := range r.Mistakes {
		fmt.Printf("%s %s %s\n", m.Type, m.Kind, m.Context)
	}
	// Output:
	// strict  TP 1 FP 1 FN 2  P 0.50 R 0.33 F1 0.40
	// lenient TP 2 FP 0 FN 1  P 1.00 R 0.67 F1 0.80
	// full    TP 1 FP 1 FN 2  P 0.50 R 0.33 F1 0.40
	// OFFICIAL boundary [Lloyd Austin] said on M…
	// OFFICIAL attribute [Lloyd Austin] said on M…
	// TROOPS missed …nday that [8,500 troops] were read…
}
