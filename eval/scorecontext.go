package eval

import (
	"context"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// ScoreContext is Score that returns as soon as ctx is done, with ctx's
// error: scoring one big document takes seconds that Ctrl-C or SIGTERM
// must not wait for. A scoring cut off runs to its end in the
// background, its result dropped.
func ScoreContext(ctx context.Context, gold, pred []corpus.Annotated, opts Options) (*Report, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	type scored struct {
		r   *Report
		err error
	}
	ch := make(chan scored, 1)
	go func() {
		r, err := Score(gold, pred, opts)
		ch <- scored{r, err}
	}()
	select {
	case s := <-ch:
		return s.r, s.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
