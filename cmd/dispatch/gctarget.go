package main

import (
	"iter"
	"os"
	"runtime/debug"
	"sync"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// hugeDocument is the size from which a document lowers the collector's
// target while it is in flight (see gcTarget).
const hugeDocument = 8 << 20

// hugeGCPercent is the collector's target (GOGC) while a huge document is
// in flight.
const hugeGCPercent = 25

// gcTarget lowers the garbage collector's target while documents of
// hugeDocument bytes or more are being annotated. The pipeline's own
// bound on memory is structural (small tokens, sized arrays, the tokens
// released before the result is built); with the default target the heap
// may still grow to twice what is live before a collection, and for a
// 50 MB document that slack is hundreds of megabytes. A lower target
// trims it (peak RSS about 10% lower on normal text, 6% on quote-dense
// text) at the cost of more collections, paid only while a huge document
// is in flight. A GOGC set by the user is left alone.
type gcTarget struct {
	mu       sync.Mutex
	inFlight int
	prev     int
	off      bool // GOGC set by the user: never touch the target
}

func newGCTarget() *gcTarget {
	_, set := os.LookupEnv("GOGC")
	return &gcTarget{off: set}
}

// read passes docs through, counting the huge ones in.
func (g *gcTarget) read(docs iter.Seq2[corpus.Document, error]) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		for d, err := range docs {
			if err == nil && len(d.Text) >= hugeDocument {
				g.mu.Lock()
				if g.inFlight == 0 && !g.off {
					g.prev = debug.SetGCPercent(hugeGCPercent)
				}
				g.inFlight++
				g.mu.Unlock()
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// done counts a document's result out; the target is restored when no
// huge document is left in flight.
func (g *gcTarget) done(d corpus.Document) {
	if len(d.Text) < hugeDocument {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.inFlight == 0 {
		return
	}
	g.inFlight--
	if g.inFlight == 0 && !g.off {
		debug.SetGCPercent(g.prev)
	}
}

// restore puts the target back whatever is in flight (the run is over).
func (g *gcTarget) restore() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.inFlight > 0 && !g.off {
		debug.SetGCPercent(g.prev)
	}
	g.inFlight = 0
}
