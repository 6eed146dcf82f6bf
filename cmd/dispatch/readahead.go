package main

import (
	"context"
	"iter"
	"sync"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Read-ahead limits of cancellable: the documents its reader may hold
// that the run has not taken yet. A document is always taken when none is
// held, whatever its size. The run takes all that is held at once, so
// read and not yet passed on are at most twice these, and the document the
// reader is decoding meanwhile (or three documents of any size): all read
// before the memory budget, further on, reserves each.
const (
	readAheadDocs  = 64
	readAheadBytes = 1 << 20
)

// cancellable reads docs in a goroutine of its own and stops yielding as
// soon as ctx is cancelled, even while a read is blocked (a terminal or a
// silent pipe on stdin, a FIFO): the run then ends with what it has
// annotated, and the blocked read ends with the process.
//
// The reader reads ahead of the run, up to readAheadDocs documents or
// readAheadBytes of text, and the two goroutines wake each other only
// when one waits on the other: the run once the reader has a document
// for it (at once, so a document read from a slow pipe is annotated
// without waiting for the next), the reader once the run has taken all it
// held. Handing each document over an unbuffered channel woke one or the
// other at each document: half of the context switches of a run on 200
// short articles (862 against 424 with the documents read in place).
func cancellable(ctx context.Context, docs iter.Seq2[corpus.Document, error]) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		q := newReadAhead()
		defer q.stop()
		go q.fill(docs)
		var batch []readItem
		for {
			var ok bool
			if batch, ok = q.take(ctx, batch[:0]); !ok {
				return
			}
			for i := range batch {
				if ctx.Err() != nil || !yield(batch[i].d, batch[i].err) {
					return
				}
				batch[i] = readItem{} // the run may let go of it
			}
		}
	}
}

type readItem struct {
	d   corpus.Document
	err error
}

// readAhead is the queue between cancellable's reader and the run.
type readAhead struct {
	mu       sync.Mutex
	items    []readItem
	bytes    int  // text in items
	done     bool // the reader has read everything
	stopped  bool // the run has ended: the reader stops
	runWaits bool // the run waits for an item (wakes it: run)
	fullWait bool // the reader waits for room (wakes it: room)
	run      chan struct{}
	room     chan struct{}
}

func newReadAhead() *readAhead {
	return &readAhead{run: make(chan struct{}, 1), room: make(chan struct{}, 1)}
}

// wake wakes the goroutine waiting on c, if it has not been woken yet.
func wake(c chan struct{}) {
	select {
	case c <- struct{}{}:
	default:
	}
}

// fill reads docs into the queue until they end or the run stops.
func (q *readAhead) fill(docs iter.Seq2[corpus.Document, error]) {
	defer func() {
		q.mu.Lock()
		q.done = true
		if q.runWaits {
			q.runWaits = false
			wake(q.run)
		}
		q.mu.Unlock()
	}()
	for d, err := range docs {
		q.mu.Lock()
		for !q.stopped && len(q.items) > 0 && (len(q.items) >= readAheadDocs || q.bytes+len(d.Text) > readAheadBytes) {
			q.fullWait = true
			q.mu.Unlock()
			<-q.room
			q.mu.Lock()
		}
		if q.stopped {
			q.mu.Unlock()
			return
		}
		q.items = append(q.items, readItem{d, err})
		q.bytes += len(d.Text)
		if q.runWaits {
			q.runWaits = false
			wake(q.run)
		}
		q.mu.Unlock()
	}
}

// take moves the items read so far into batch (which it returns), waiting
// for one if there is none; ok is false when the reader is done and
// nothing is left, or ctx is done.
func (q *readAhead) take(ctx context.Context, batch []readItem) (_ []readItem, ok bool) {
	for {
		q.mu.Lock()
		if len(q.items) > 0 {
			batch, q.items = q.items, batch
			q.bytes = 0
			if q.fullWait {
				q.fullWait = false
				wake(q.room)
			}
			q.mu.Unlock()
			return batch, true
		}
		if q.done {
			q.mu.Unlock()
			return batch, false
		}
		q.runWaits = true
		q.mu.Unlock()
		select {
		case <-q.run:
		case <-ctx.Done():
			return batch, false
		}
	}
}

// stop ends the reader (after the read it may be blocked in).
func (q *readAhead) stop() {
	q.mu.Lock()
	q.stopped = true
	if q.fullWait {
		q.fullWait = false
		wake(q.room)
	}
	q.mu.Unlock()
}
