package render

import (
	"bytes"
	"context"
	"errors"
	"sync/atomic"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// countdownCtx is a context that is done after its Err has been asked n
// times: a Ctrl-C that comes at a chosen point of the work.
type countdownCtx struct {
	context.Context
	n atomic.Int64
}

func (c *countdownCtx) Err() error {
	if c.n.Add(-1) < 0 {
		return context.Canceled
	}
	return nil
}

// TestBuildNoticesCancellation: a cancellation while one big document's
// markup is built (a few checks into its 50,000 boundaries) stops
// the view there, with the context's error, before any of the document
// is written. Before, the view was built whole, unchecked, before
// anything was written (red team 6, 15a: a 6.4 MB document ran 14 s on
// after SIGINT and replaced -o).
func TestBuildNoticesCancellation(t *testing.T) {
	doc, a := bigDoc(5000)
	for _, view := range []string{"articles", "evaluation"} {
		t.Run(view, func(t *testing.T) {
			ctx := &countdownCtx{Context: context.Background()}
			ctx.n.Store(5)
			var v *View
			var err error
			if view == "articles" {
				v, err = Articles(ctx, []corpus.Document{doc}, []corpus.Annotated{a}, Options{})
			} else {
				v, err = Evaluation(ctx, []corpus.Document{doc}, []corpus.Annotated{a}, []corpus.Annotated{a}, Options{})
			}
			if err != nil {
				t.Fatal(err)
			}
			var page bytes.Buffer
			err = v.WriteHTML(&page)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("WriteHTML: %v, want context.Canceled", err)
			}
			if bytes.Contains(page.Bytes(), []byte(`class="text"`)) {
				t.Error("the document was written after the cancellation")
			}
			if left := ctx.n.Load(); left > -1 || left < -3 {
				t.Errorf("context asked %d times after the cancellation, want once", -left)
			}
		})
	}
}
