package format_test

import (
	"fmt"
	"os"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/format"
)

func ExampleGoldFormat_Read() {
	gf, err := format.LookupGold("timeml")
	if err != nil {
		fmt.Println(err)
		return
	}
	for g, err := range gf.Read(format.GoldOptions{}, "testdata/timeml") {
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Println(g.ID, g.Date, len(g.Ignore), "ignore regions")
		for _, a := range g.Annotations {
			fmt.Println(a.Type, a.Start, a.End, a.Text, a.Value)
		}
	}
	// Output:
	// wire-1 1998-02-13 4 ignore regions
	// DATE 31 39 Thursday 1998-02-12
	// DATE 126 135 last year 1997
	// DATE 152 161 next week 1998-W08
	// DATE 168 173 March 1998-03
}

func ExampleTableWriter() {
	w := format.NewCSVWriter(os.Stdout)
	w.Write(corpus.Annotated{ID: "a1", Date: "2022-01-24", Annotations: []corpus.Annotation{
		{Type: corpus.Troops, Start: 0, End: 18, Text: "about 8,500 troops", Count: 8500, Mod: corpus.ModApprox},
		{Type: corpus.Date, Start: 22, End: 28, Text: "Monday", Value: "2022-01-24"},
	}})
	w.Close()
	// Output:
	// doc,doc_date,type,start,end,text,name,title,date_value,troops_value,troops_mod,speaker,speaker_start,speaker_end,cue,rule
	// a1,2022-01-24,TROOPS,0,18,"about 8,500 troops",,,,8500,approx,,,,,
	// a1,2022-01-24,DATE,22,28,Monday,,,2022-01-24,,,,,,,
}
