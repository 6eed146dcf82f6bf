package main

import (
	"iter"
	"runtime/debug"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func TestGCTargetByDocumentsInFlight(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	huge := corpus.Document{ID: "huge", Text: strings.Repeat("a", hugeDocument)}
	mid := corpus.Document{ID: "mid", Text: strings.Repeat("a", smallDocument)}
	small := corpus.Document{ID: "small", Text: "a"}
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	seq := func(docs ...corpus.Document) func(yield func(corpus.Document, error) bool) {
		return func(yield func(corpus.Document, error) bool) {
			for _, d := range docs {
				if !yield(d, nil) {
					return
				}
			}
		}
	}

	g := newGCTarget()
	g.off = false
	var read []corpus.Document
	for d := range g.read(seq(small, huge, mid, huge, small)) {
		read = append(read, d)
	}
	if got := percent(); got != hugeGCPercent {
		t.Fatalf("two huge documents in flight: GOGC %d, want %d", got, hugeGCPercent)
	}
	// results in order: small, huge, mid, huge, small
	for i, want := range []int{hugeGCPercent, hugeGCPercent, hugeGCPercent, smallGCPercent, smallGCPercent} {
		g.done(read[i])
		if got := percent(); got != want {
			t.Errorf("after result %d (%s): GOGC %d, want %d", i, read[i].ID, got, want)
		}
	}
	for range g.read(seq(mid)) {
	}
	if got := percent(); got != 100 {
		t.Errorf("a mid-sized document in flight: GOGC %d, want the process's own 100", got)
	}
	g.restore()
	if got := percent(); got != 100 {
		t.Errorf("after the run: GOGC %d, want 100 restored", got)
	}

	off := &gcTarget{off: true}
	for range off.read(seq(small, huge)) {
	}
	if got := percent(); got != 100 {
		t.Errorf("GOGC set by the user: changed to %d", got)
	}
	off.restore()
}

// TestGCTargetAfterRestore: the reader goroutine of AnnotateAll may still
// be reading when annotate returns (a consumer that stopped early, Ctrl-C);
// a huge document it reads then must not set a target that outlives the
// run.
func TestGCTargetAfterRestore(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	huge := corpus.Document{ID: "huge", Text: strings.Repeat("a", hugeDocument)}
	late := make(chan struct{})
	docs := func(yield func(corpus.Document, error) bool) {
		<-late // read after the run is over
		yield(huge, nil)
	}
	g := newGCTarget()
	g.off = false
	next, stop := iter.Pull2(g.read(docs))
	defer stop()
	g.mu.Lock()
	g.apply() // the run starts
	g.mu.Unlock()
	g.restore() // and ends
	close(late)
	next()
	if got := percent(); got != 100 {
		t.Errorf("a document read after the run: GOGC %d, want 100 left as restored", got)
	}
}
