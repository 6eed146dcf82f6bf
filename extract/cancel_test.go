package extract

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// bigDoc is about size bytes of the sample articles' kind of text.
func bigDoc(size int) corpus.Document {
	unit := "On Monday, US Defense Secretary Lloyd Austin said 8,500 troops were on alert. " +
		"“We will not back down,” Kirby told reporters in Washington. " +
		"Russian President Vladimir Putin met German Chancellor Olaf Scholz last week.\n"
	return corpus.Document{ID: "big", Date: "2022-01-24", Text: hostileText(unit, size)}
}

// TestAnnotateContextCancel cancels a long document while it is being
// annotated: AnnotateContext must give up with the context's error instead
// of finishing the document (42 s measured on a 50 MB article before).
func TestAnnotateContextCancel(t *testing.T) {
	if testing.Short() {
		t.Skip("8 MB document: skipped in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := bigDoc(8 << 20)
	for _, after := range []time.Duration{0, 30 * time.Millisecond, 300 * time.Millisecond} {
		ctx, cancel := context.WithCancel(context.Background())
		timer := time.AfterFunc(after, cancel)
		as, err := p.AnnotateContext(ctx, doc)
		timer.Stop()
		cancel()
		if !errors.Is(err, context.Canceled) || as != nil {
			t.Errorf("cancelled after %v: got %d annotations, error %v; want none and context.Canceled", after, len(as), err)
		}
	}
}

// TestAnnotateContextSame checks that AnnotateContext without cancellation
// gives exactly Annotate's annotations.
func TestAnnotateContextSame(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := bigDoc(64 << 10)
	got, err := p.AnnotateContext(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	if want := p.Annotate(doc); !slices.Equal(got, want) || len(got) == 0 {
		t.Errorf("AnnotateContext gives %d annotations, Annotate %d", len(got), len(want))
	}
}

// TestAnnotateAllCancelInFlight: cancelling a batch stops the document in
// progress; its result carries an error wrapping context.Canceled.
func TestAnnotateAllCancelInFlight(t *testing.T) {
	if testing.Short() {
		t.Skip("8 MB document: skipped in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	doc := bigDoc(8 << 20)
	for _, workers := range []int{1, 2} {
		ctx, cancel := context.WithCancel(context.Background())
		// the clock starts when the document is handed over, not before:
		// on a loaded machine the batch may not have read it in 50 ms, and
		// a document cancelled before it is read is rightly not yielded
		var timer *time.Timer
		docs := func(yield func(corpus.Document, error) bool) {
			timer = time.AfterFunc(50*time.Millisecond, cancel)
			yield(doc, nil)
		}
		var errs []error
		for res := range p.AnnotateAll(ctx, docs, workers) {
			errs = append(errs, res.Err)
		}
		timer.Stop()
		cancel()
		if len(errs) != 1 || !errors.Is(errs[0], context.Canceled) || !strings.Contains(errs[0].Error(), `"big"`) {
			t.Errorf("%d workers: results %v, want one error naming the document and wrapping context.Canceled", workers, errs)
		}
	}
}

// TestQuotePassesCancel: the quote stage's document-wide passes notice a
// cancelled context (Ctrl-C was ignored for minutes while the headline
// pass scanned the quotes of a hostile document: issue 8, C4). Each pass
// runs on a document with many quotes after its context is cancelled and
// must stop with the cancelled panic that AnnotateContext turns into ctx's
// error. No timing is involved.
func TestQuotePassesCancel(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	text := "“Officials arrive today in the capital city”\n" + strings.Repeat("“We will act,” Biden said. ", 3*checkEvery)
	tests := []struct {
		name string
		run  func(s *quoteStage)
	}{
		{"headline-body", (*quoteStage).headlineFromBody},
		{"chains", (*quoteStage).chains},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := p.analyze(corpus.Document{ID: "c", Text: text})
			s := p.newQuoteStage(d, p.officials(d), findQuotes(d))
			for n := range s.atts {
				s.atts[n].ok = n > 0 // the body's quotes attributed, the headline's not
			}
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			d.ctx = ctx
			defer func() {
				if _, ok := recover().(cancelled); !ok {
					t.Errorf("%s went on after its context was cancelled", tt.name)
				}
			}()
			tt.run(s)
		})
	}
}

// TestAnnotateContextCancelHostile: every hostile generator at 1 MB (see
// hostileInputs), cancelled while it is being annotated, returns the
// context's error within a generous deadline (a hang guard): every long
// loop of every stage looks at the context. Before, a 400 KB run of
// "the spokesman said Austin said" went on for 43 s after SIGTERM, and a
// news-like mix for minutes (red team 5, 7b).
func TestAnnotateContextCancelHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB inputs: skipped in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	type run struct {
		h     hostileInput
		after time.Duration
	}
	var runs []run
	for _, h := range hostileInputs {
		runs = append(runs, run{h, 200 * time.Millisecond})
		if h.name == "description and name chain" || h.name == "news-like mix" {
			// later too: past the tokenizer, in the stages
			runs = append(runs, run{h, time.Second})
		}
	}
	for _, r := range runs {
		h := r.h
		t.Run(fmt.Sprintf("%s after %v", h.name, r.after), func(t *testing.T) {
			doc := h.doc(*hostileSize)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			done := make(chan error, 1)
			go func() {
				_, err := p.AnnotateContext(ctx, doc)
				done <- err
			}()
			time.Sleep(r.after)
			cancel()
			select {
			case err := <-done:
				if err != nil && !errors.Is(err, context.Canceled) {
					t.Errorf("error %v, want context.Canceled or none (finished first)", err)
				}
			case <-time.After(*hostileDeadline / 6):
				buf := make([]byte, 1<<20)
				panic(fmt.Sprintf("hang: %s: AnnotateContext went on for %v after its context was cancelled:\n%s",
					h.name, *hostileDeadline/6, buf[:runtime.Stack(buf, true)]))
			}
		})
	}
}
