package main

import (
	"runtime/debug"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func TestGCTargetWhileHugeDocumentsInFlight(t *testing.T) {
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	huge := corpus.Document{ID: "huge", Text: strings.Repeat("a", hugeDocument)}
	small := corpus.Document{ID: "small", Text: "a"}
	docs := func(yield func(corpus.Document, error) bool) {
		for _, d := range []corpus.Document{small, huge, huge, small} {
			if !yield(d, nil) {
				return
			}
		}
	}
	g := &gcTarget{}
	percent := func() int { p := debug.SetGCPercent(-1); debug.SetGCPercent(p); return p }
	var read []corpus.Document
	for d := range g.read(docs) {
		read = append(read, d)
	}
	if got := percent(); got != hugeGCPercent {
		t.Fatalf("two huge documents in flight: GOGC %d, want %d", got, hugeGCPercent)
	}
	for i, d := range read {
		g.done(d)
		want := hugeGCPercent
		if i >= 2 {
			want = 100
		}
		if got := percent(); got != want {
			t.Errorf("after result %d: GOGC %d, want %d", i, got, want)
		}
	}
	off := &gcTarget{off: true}
	for range off.read(docs) {
	}
	if got := percent(); got != 100 {
		t.Errorf("GOGC set by the user: changed to %d", got)
	}
}
