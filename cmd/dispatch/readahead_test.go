package main

import (
	"context"
	"errors"
	"fmt"
	"iter"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// numbered yields n documents of size bytes of text each (an error in
// place of every seventh), counting the documents it has yielded in read.
func numbered(n, size int, read *atomic.Int64) iter.Seq2[corpus.Document, error] {
	text := strings.Repeat("x", size) // one text for all: no allocation per document
	return func(yield func(corpus.Document, error) bool) {
		for i := range n {
			read.Add(1)
			var err error
			if i%7 == 6 {
				err = fmt.Errorf("error %d", i)
			}
			if !yield(corpus.Document{ID: fmt.Sprint(i), Text: text}, err) {
				return
			}
		}
	}
}

// TestCancellableOrder: every document and error comes through, in order,
// whatever the sizes (documents over the read-ahead's bytes included).
func TestCancellableOrder(t *testing.T) {
	for _, c := range []struct{ n, size int }{{0, 1}, {1, 1}, {500, 10}, {20, readAheadBytes/3 + 1}, {5, 2 * readAheadBytes}} {
		var read atomic.Int64
		i := 0
		for d, err := range cancellable(context.Background(), numbered(c.n, c.size, &read)) {
			if d.ID != fmt.Sprint(i) || len(d.Text) != c.size || (err != nil) != (i%7 == 6) {
				t.Fatalf("%d documents of %d bytes: item %d is %q (%d bytes, error %v)", c.n, c.size, i, d.ID, len(d.Text), err)
			}
			i++
		}
		if i != c.n {
			t.Errorf("%d documents of %d bytes: %d came through", c.n, c.size, i)
		}
	}
}

// TestCancellableReadAhead: at most twice readAheadDocs documents, or
// twice readAheadBytes of text, are read and not yet yielded (the batch
// the run took and the queue behind it; one more may be in the reader's
// hands, read and waiting for room).
func TestCancellableReadAhead(t *testing.T) {
	for _, c := range []struct{ size, most int }{{10, 2 * readAheadDocs}, {readAheadBytes / 4, 2 * 4}, {2 * readAheadBytes, 2 * 1}} {
		var read atomic.Int64
		taken := 0
		for range cancellable(context.Background(), numbered(1000, c.size, &read)) {
			if taken++; taken%25 != 0 {
				continue
			}
			// give the reader time to fill the queue: a bound that does
			// not hold shows as a count over it, never as a flaky failure
			deadline := time.Now().Add(20 * time.Millisecond)
			for time.Now().Before(deadline) && read.Load() < int64(taken+c.most+1) {
				runtime.Gosched()
			}
			if ahead := read.Load() - int64(taken); ahead > int64(c.most)+1 {
				t.Fatalf("documents of %d bytes: %d read ahead of the run, want at most %d+1", c.size, ahead, c.most)
			}
			if taken == 200 {
				break
			}
		}
	}
}

// TestCancellableStops: leaving the loop early, or cancelling while the
// reader is blocked, ends the run at once, and the reader with it once
// its read returns.
func TestCancellableStops(t *testing.T) {
	before := runtime.NumGoroutine()
	var read atomic.Int64
	n := 0
	for range cancellable(context.Background(), numbered(100000, 100, &read)) {
		if n++; n == 10 {
			break
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	release := make(chan struct{})
	blocked := func(yield func(corpus.Document, error) bool) {
		if !yield(corpus.Document{ID: "first"}, nil) {
			return
		}
		<-release // a read that blocks (a silent pipe)
		yield(corpus.Document{ID: "late"}, nil)
	}
	var got []string
	done := make(chan struct{})
	go func() {
		defer close(done)
		for d, err := range cancellable(ctx, blocked) {
			if err != nil {
				t.Error(err)
			}
			got = append(got, d.ID)
			cancel()
		}
	}()
	select {
	case <-done:
	case <-time.After(30 * time.Second): // a guard against a hang, not a timing
		t.Fatal("the run did not end when its context was cancelled while the reader was blocked")
	}
	if len(got) != 1 || got[0] != "first" {
		t.Errorf("documents %q, want only the first", got)
	}
	close(release)
	deadline := time.Now().Add(30 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if g := runtime.NumGoroutine(); g > before {
		t.Errorf("%d goroutines left running (%d before)", g, before)
	}
	if errors.Is(ctx.Err(), context.Canceled) != true {
		t.Error("context not cancelled")
	}
}

// TestCancellableSlowReader: a document is handed over as soon as it is
// read, not when the next one comes (a slow pipe is annotated as it
// arrives).
func TestCancellableSlowReader(t *testing.T) {
	next := make(chan struct{})
	docs := func(yield func(corpus.Document, error) bool) {
		for i := range 3 {
			if !yield(corpus.Document{ID: fmt.Sprint(i)}, nil) {
				return
			}
			<-next // the next document arrives only once this one is out
		}
	}
	i := 0
	for d := range cancellable(context.Background(), docs) {
		if d.ID != fmt.Sprint(i) {
			t.Fatalf("document %q, want %d", d.ID, i)
		}
		i++
		next <- struct{}{}
	}
	if i != 3 {
		t.Errorf("%d documents, want 3", i)
	}
}
