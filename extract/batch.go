package extract

import (
	"context"
	"fmt"
	"iter"
	"runtime"
	"runtime/debug"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Result is one document's outcome in a batch: its annotations, or the
// error that stopped it (a reading error, or a recovered panic).
// AnnotateAll sets Annotations, AnnotateAllSpans Spans.
type Result struct {
	Doc         corpus.Document
	Annotations []corpus.Annotation
	Spans       *Spans
	Err         error
}

// AnnotateAll annotates docs with up to workers goroutines (0 means one per
// CPU) and yields the results in input order, whatever the number of
// workers. Reading errors pass through as results in their place. A panic
// while annotating one document becomes that document's error. Memory
// stays bounded by the number of documents: at most
// aheadPerWorker×workers+2 documents are held at once, waiting, being
// annotated or annotated and waiting to be yielded, each with its whole
// text (Result.Doc carries it) and, once annotated, its annotations. A
// caller that must bound bytes reserves each text's memory before
// handing it over and gives it back once its result is written
// (MemoryBudget). Cancelling ctx stops reading; documents already read
// are still yielded.
// A nil ctx means context.Background().
func (p *Pipeline) AnnotateAll(ctx context.Context, docs iter.Seq2[corpus.Document, error], workers int) iter.Seq[Result] {
	return p.annotateAll(ctx, docs, workers, false)
}

// AnnotateAllSpans is AnnotateAll with each result's annotations as Spans
// (Result.Spans): a writer that streams them holds a fraction of the
// memory of a []corpus.Annotation (see Spans).
func (p *Pipeline) AnnotateAllSpans(ctx context.Context, docs iter.Seq2[corpus.Document, error], workers int) iter.Seq[Result] {
	return p.annotateAll(ctx, docs, workers, true)
}

// aheadPerWorker is how many documents per worker may be handed out
// beyond the oldest one whose result the caller still waits for: results
// are yielded in input order, so while one worker annotates a long
// document the others go on with the documents after it only up to this
// window, then wait. At 2 (the window before) a worker idled after a few
// short documents each time a long one came: on 200 PolNeAR articles
// (median 2.5 KB, the longest 34 KB; repeated to 5 MB as dispatch-bench
// does), a replay of the hand-out order with each document's cost taken
// as its length plus 300 bytes gives 2 workers 1.95 times the throughput
// of 1 at 2 and 2.00 from 3 on. 8 leaves room for longer
// documents among short ones. The cost is memory: each document handed
// out is held with its text until it is yielded (Result.Doc carries the
// text), so up to aheadPerWorker×workers+2 texts and their annotations
// are held (about 9 per worker; about 3 at 2), not only small spans. A
// caller's memory budget (MemoryBudget, dispatch annotate --memory)
// reserves each text until its result is written, so it still bounds
// the bytes.
const aheadPerWorker = 8

func (p *Pipeline) annotateAll(ctx context.Context, docs iter.Seq2[corpus.Document, error], workers int, spans bool) iter.Seq[Result] {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	if ctx == nil {
		ctx = context.Background()
	}
	return func(yield func(Result) bool) {
		if workers == 1 {
			for doc, err := range docs {
				if ctx.Err() != nil {
					return
				}
				if !yield(p.result(ctx, doc, err, spans)) {
					return
				}
			}
			return
		}
		type job struct {
			doc corpus.Document
			err error
			out chan Result
		}
		jobs := make(chan job, workers)
		order := make(chan chan Result, aheadPerWorker*workers)
		stop := make(chan struct{})
		defer close(stop)

		go func() { // reader: hands out jobs and records their order
			defer close(jobs)
			defer close(order)
			hand := func(j job) bool {
				select {
				case order <- j.out:
				case <-stop:
					return false
				}
				select {
				case jobs <- j:
				case <-stop:
					return false
				}
				return true
			}
			defer func() {
				// a panic in the caller's iterator ends the batch as an
				// error result, as it would reach the caller with one worker
				if v := recover(); v != nil {
					hand(job{err: fmt.Errorf("reading documents: internal error: %v", v), out: make(chan Result, 1)})
				}
			}()
			for doc, err := range docs {
				if ctx.Err() != nil {
					return
				}
				if !hand(job{doc: doc, err: err, out: make(chan Result, 1)}) {
					return
				}
			}
		}()
		for range workers {
			go func() {
				for j := range jobs {
					j.out <- p.result(ctx, j.doc, j.err, spans)
				}
			}()
		}
		for out := range order {
			if !yield(<-out) {
				return
			}
		}
	}
}

// InternalError is a panic of the annotator, caught for one document:
// Error is one line; Stack, the goroutine's stack, is for a debug print.
type InternalError struct {
	Msg   string
	Stack []byte
}

func (e *InternalError) Error() string { return e.Msg }

// result annotates one document, turning a panic into its error. A
// document interrupted by cancelling ctx gets an error that wraps ctx's
// (errors.Is(err, context.Canceled)). With spans set it fills Result.Spans,
// else Result.Annotations.
func (p *Pipeline) result(ctx context.Context, doc corpus.Document, err error, spans bool) (res Result) {
	res.Doc = doc
	if err != nil {
		res.Err = err
		return res
	}
	defer func() {
		if v := recover(); v != nil {
			res.Annotations, res.Spans = nil, nil
			res.Err = &InternalError{Msg: fmt.Sprintf("%s: internal error annotating document %q: %v", doc.Source, doc.ID, v), Stack: debug.Stack()}
		}
	}()
	if spans {
		res.Spans, err = p.AnnotateSpans(ctx, doc)
	} else {
		res.Annotations, err = p.AnnotateContext(ctx, doc)
	}
	if err != nil {
		res.Err = fmt.Errorf("%s: annotating document %q: %w", doc.Source, doc.ID, err)
	}
	return res
}
