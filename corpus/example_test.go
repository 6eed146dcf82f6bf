package corpus_test

import (
	"fmt"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func ExampleIndex() {
	text := "Zoë met Kirby"
	ix := corpus.NewIndex(text)
	// "Kirby" starts at byte 9 but at code point 8: ë takes two bytes.
	fmt.Println(ix.Rune(9), ix.Byte(8), ix.Len())
	// Output: 8 9 13
}

func ExampleParseText() {
	doc, err := corpus.ParseText("a1", "a1.txt", []byte(" date 2022-01-24 Biden spoke."))
	fmt.Println(doc.ID, doc.Date, doc.Text[doc.BodyStart:], err)
	_, err = corpus.ParseText("a2", "a2.txt", []byte(" date 2022-13-45 Biden spoke."))
	fmt.Println(err)
	// Output:
	// a1 2022-01-24 Biden spoke. <nil>
	// a2.txt:1: header date "2022-13-45": no such day (the form YYYY-MM-DD is right)
}
