package eval

import (
	"context"
	"errors"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestScoreContextCancelled: a cancelled context ends ScoreContext with
// its error, without waiting for the scoring.
func TestScoreContextCancelled(t *testing.T) {
	gold := []corpus.Annotated{{ID: "a", Annotations: []corpus.Annotation{{Type: corpus.Date, Start: 0, End: 3, Text: "Mon", Value: "2022-01-24"}}}}
	ctx, cancel := context.WithCancel(context.Background())
	r, err := ScoreContext(ctx, gold, gold, Options{})
	if err != nil || r.Micro.Lenient.F1 != 1 {
		t.Fatalf("ScoreContext: %v, F1 %v", err, r)
	}
	cancel()
	if _, err := ScoreContext(ctx, gold, gold, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v, want context.Canceled", err)
	}
}
