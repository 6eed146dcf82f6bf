package render

import (
	"context"
	"fmt"
	"io"
	"runtime"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// tinyCorpus is n one-sentence documents with three annotations each,
// the shape of the corpus that made render --split slow (issue 8:
// 200,000 of them took 502 s and 1.8 GB).
func tinyCorpus(n int) ([]corpus.Document, []corpus.Annotated) {
	const text = "Lloyd Austin said on Monday that up to 8,500 troops were ready."
	docs := make([]corpus.Document, n)
	anns := make([]corpus.Annotated, n)
	for i := range n {
		id := fmt.Sprintf("d%d", i)
		docs[i] = corpus.Document{ID: id, Text: text}
		anns[i] = corpus.Annotated{ID: id, Annotations: []corpus.Annotation{
			{Type: corpus.Official, Start: 0, End: 12, Text: "Lloyd Austin", Name: "Lloyd Austin"},
			{Type: corpus.Date, Start: 21, End: 27, Text: "Monday", Value: "2022-01-24"},
			{Type: corpus.Troops, Start: 33, End: 55, Text: "up to 8,500 troops", Count: 8500, Mod: "up_to"},
		}}
	}
	return docs, anns
}

// splitCost builds the split view of n tiny documents and writes every
// page to io.Discard. It returns the bytes allocated per document and
// the bytes per document the view holds once written (beyond its
// inputs), and the number of pages.
func splitCost(t *testing.T, n int) (alloc, held float64, pages int) {
	docs, anns := tinyCorpus(n)
	var before, after, written runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	v, err := Articles(context.Background(), docs, anns, Options{})
	if err != nil {
		t.Fatal(err)
	}
	ps := v.Pages()
	for _, p := range ps {
		if err := p.Write(io.Discard); err != nil {
			t.Fatal(err)
		}
	}
	runtime.ReadMemStats(&after)
	runtime.GC()
	runtime.ReadMemStats(&written)
	runtime.KeepAlive(v)
	runtime.KeepAlive(docs)
	runtime.KeepAlive(anns)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(n),
		float64(int64(written.HeapAlloc)-int64(before.HeapAlloc)) / float64(n), len(ps)
}

// TestSplitScalesLinearly: a split view of many small documents costs
// the same per document at 1,000 and at 8,000 documents (allocation and
// the memory held), holds no document's markup once written, and pages
// its index. Operation counts, not time, are compared; a generous
// deadline guards against a hang.
func TestSplitScalesLinearly(t *testing.T) {
	// a hang guard, not a speed test
	guard := time.AfterFunc(5*time.Minute, func() { panic("a split view of 9,000 small documents took over 5 minutes") })
	defer guard.Stop()
	{
		a1, h1, p1 := splitCost(t, 1000)
		a8, h8, p8 := splitCost(t, 8000)
		t.Logf("per document: 1,000 docs %.0f B allocated, %.0f B held; 8,000 docs %.0f B allocated, %.0f B held", a1, h1, a8, h8)
		if p1 != 3+1000 || p8 != 2+8+8000 { // style, script, index pages, documents
			t.Errorf("pages %d and %d, want %d and %d", p1, p8, 3+1000, 2+8+8000)
		}
		if a8 > 1.25*a1 {
			t.Errorf("allocation per document grows with the corpus: %.0f B at 1,000 documents, %.0f B at 8,000", a1, a8)
		}
		// The view keeps a small record per document (id, counts, page
		// name, the summary's entries), not the markup (several KB).
		const maxHeld = 1024
		if h1 > maxHeld || h8 > maxHeld {
			t.Errorf("the written view holds %.0f B per document at 1,000 documents and %.0f B at 8,000, want at most %d", h1, h8, maxHeld)
		}
	}
}
