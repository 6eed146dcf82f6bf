package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// headline-body looks up at most maxHeadlineQuotes headline quotes in the
// body: a first paragraph of thousands of quotes (a document on one line)
// made the look-up quadratic. Here the first paragraph holds more
// candidates than the bound, each repeated in the body with a speaker;
// only the first maxHeadlineQuotes take it (all did before).
func TestHeadlineFromBodyBounded(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	const n = maxHeadlineQuotes + 3
	var head, body strings.Builder
	head.WriteString("Harbour news:")
	for i := range n {
		fmt.Fprintf(&head, " ‘We are island number %d now’", i)
		fmt.Fprintf(&body, "“We are island number %d now,” Mayor Lina Voss told reporters. ", i)
	}
	text := head.String() + "\n\n" + body.String()
	got := 0
	for _, a := range p.Annotate(corpus.Document{ID: "t", Text: text}) {
		if a.Type == corpus.Quote && a.Rule == "headline-body" {
			got++
		}
	}
	if got != maxHeadlineQuotes {
		t.Errorf("%d headline quotes attributed from the body, want the first %d", got, maxHeadlineQuotes)
	}
}
