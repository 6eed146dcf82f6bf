package main

import (
	"iter"
	"os"
	"runtime/debug"
	"sync"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// hugeDocument is the size from which a document lowers the collector's
// target while it is in flight (see gcTarget). From 1 MiB, so that peak
// memory per byte of text is about the same at 1 MB as at 10 MB (issue 8:
// with the default target a 1 MB document peaked at 1.4-1.7 times the
// bytes per byte of a 10 MB one): about 13% more CPU time on such
// documents, none on ordinary articles.
const hugeDocument = 1 << 20

// hugeGCPercent is the collector's target (GOGC) while a huge document is
// in flight.
const hugeGCPercent = 25

// smallDocument is the size below which documents let the collector run
// with a high target (smallGCPercent); from it to hugeDocument the target
// is the process's own (GOGC's default, 100).
const smallDocument = 256 << 10

// smallGCPercent is the collector's target while only small documents are
// in flight. The live heap is then the lexicon and the word cache (about
// 5 MB) and a few small documents; with the default target a batch of
// short articles collects every 2-3 MB of allocation and each collection
// rescans the lexicon: about a fifth of the CPU time of a run. At 400 the
// heap may grow to five times what is live (about 40 MB of RSS, was 27),
// a bound that does not depend on the corpus or a document's size.
const smallGCPercent = 400

// gcTarget sets the garbage collector's target by the documents in flight:
// smallGCPercent while all are small, the process's own target while one
// of smallDocument bytes or more is, hugeGCPercent while one of
// hugeDocument bytes or more is. The pipeline's own bound on memory is
// structural (small tokens, sized arrays, the tokens released before the
// result is built); with the default target the heap may still grow to
// twice what is live before a collection, and for a 50 MB document that
// slack is hundreds of megabytes. A lower target trims it (peak RSS at 1 MB
// 18% lower on normal text, 15% on the densest quotes) at the cost of more
// collections, paid only while a huge document is in flight. A GOGC set by
// the user is left alone.
type gcTarget struct {
	mu      sync.Mutex
	mid     int  // documents in flight of smallDocument bytes or more, huge ones included
	huge    int  // documents in flight of hugeDocument bytes or more
	prev    int  // the target before, restored at the end and while mid > 0
	cur     int  // the target set
	off     bool // GOGC set by the user: never touch the target
	started bool
	over    bool // restored: a document read late (the reader outlives the run) changes nothing
}

func newGCTarget() *gcTarget {
	_, set := os.LookupEnv("GOGC")
	return &gcTarget{off: set}
}

// apply sets the target the documents in flight call for. g.mu is held.
func (g *gcTarget) apply() {
	if g.off || g.over {
		return
	}
	if !g.started {
		g.prev = debug.SetGCPercent(smallGCPercent)
		g.cur, g.started = smallGCPercent, true
	}
	want := smallGCPercent
	switch {
	case g.huge > 0:
		want = hugeGCPercent
	case g.mid > 0:
		want = g.prev
	}
	if want != g.cur {
		debug.SetGCPercent(want)
		g.cur = want
	}
}

// begin sets the target for no document in flight (smallGCPercent), as
// the run starts.
func (g *gcTarget) begin() {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.apply()
}

// read passes docs through, counting the large ones in.
func (g *gcTarget) read(docs iter.Seq2[corpus.Document, error]) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		g.mu.Lock()
		g.apply()
		g.mu.Unlock()
		for d, err := range docs {
			if err == nil && len(d.Text) >= smallDocument {
				g.mu.Lock()
				g.mid++
				if len(d.Text) >= hugeDocument {
					g.huge++
				}
				g.apply()
				g.mu.Unlock()
			}
			if !yield(d, err) {
				return
			}
		}
	}
}

// done counts a document's result out.
func (g *gcTarget) done(d corpus.Document) {
	if len(d.Text) < smallDocument {
		return
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.mid == 0 {
		return
	}
	g.mid--
	if len(d.Text) >= hugeDocument && g.huge > 0 {
		g.huge--
	}
	g.apply()
}

// restore puts the target back whatever is in flight (the run is over)
// and for good: AnnotateAll's reader goroutine may still be reading when
// annotate returns, and a huge document it reads then must not set a
// target that outlives the run.
func (g *gcTarget) restore() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.started && !g.off && g.cur != g.prev {
		debug.SetGCPercent(g.prev)
	}
	g.mid, g.huge, g.started, g.over = 0, 0, false, true
}
