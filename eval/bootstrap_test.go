package eval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// mixedDocs returns n gold and predicted documents: every third
// prediction misses its quote, the others find it.
func mixedDocs(n int) (gold, pred []corpus.Annotated) {
	for i := range n {
		id := fmt.Sprintf("d%02d", i)
		gold = append(gold, doc(id, quote(0, 9, "Ruiz", "said", 20, 24), date(30, 36, "2022")))
		p := doc(id, date(30, 36, "2022"))
		if i%3 != 0 {
			p.Annotations = append(p.Annotations, quote(0, 9, "Ruiz", "said", 20, 24))
		}
		pred = append(pred, p)
	}
	return gold, pred
}

func TestAddIntervals(t *testing.T) {
	gold, pred := mixedDocs(12)
	r := score(t, gold, pred)
	if err := r.AddIntervals(context.Background(), DefaultBootstrap); err != nil {
		t.Fatal(err)
	}
	q, _ := r.Type(corpus.Quote)
	in := q.Lenient.CI
	if in == nil {
		t.Fatal("no interval on QUOTE lenient")
	}
	// Recall is 8/12; its interval must hold it and be neither empty nor
	// everything.
	if !(in.Recall[0] < q.Lenient.Recall && q.Lenient.Recall < in.Recall[1]) || in.Recall[0] <= 0 || in.Recall[1] >= 1 {
		t.Errorf("QUOTE recall %.3f, interval %v", q.Lenient.Recall, in.Recall)
	}
	// Precision is 1 in every resample.
	if in.Precision != [2]float64{1, 1} {
		t.Errorf("QUOTE precision interval %v, want [1 1]", in.Precision)
	}
	d, _ := r.Type(corpus.Date)
	if d.Full.CI.F1 != [2]float64{1, 1} {
		t.Errorf("DATE F1 interval %v, want [1 1]", d.Full.CI.F1)
	}
	if r.Micro.Strict.CI == nil || r.Macro.Full.CI == nil || r.Bootstrap == nil {
		t.Error("micro, macro or bootstrap settings missing")
	}
	// Seeded: the same seed gives the same intervals, another seed others.
	again := score(t, gold, pred)
	again.AddIntervals(context.Background(), DefaultBootstrap)
	if !reflect.DeepEqual(r.Types, again.Types) {
		t.Error("same seed, different intervals")
	}
	other := score(t, gold, pred)
	other.AddIntervals(context.Background(), Bootstrap{Resamples: 1000, Seed: 2, Level: 0.95})
	if reflect.DeepEqual(r.Types, other.Types) {
		t.Error("another seed, same intervals")
	}
	var b strings.Builder
	r.WriteTable(&b, TableOptions{})
	if !strings.Contains(b.String(), "95% bootstrap interval over the 12 documents (1000 resamples, seed 1)") ||
		!strings.Contains(b.String(), "[1.00,1.00]") {
		t.Errorf("table without intervals:\n%s", b.String())
	}
}

func TestBootstrapCheck(t *testing.T) {
	for _, b := range []Bootstrap{
		{Resamples: -1, Level: 0.95}, {Resamples: 10, Level: 0}, {Resamples: 10, Level: 1},
		{Resamples: 10, Level: math.NaN()}, {Resamples: 2_000_000, Level: 0.95},
	} {
		if b.Check() == nil {
			t.Errorf("%+v accepted", b)
		}
	}
	r := score(t, nil, nil)
	if err := r.AddIntervals(context.Background(), Bootstrap{Resamples: 0, Level: 0.95}); err != nil || r.Bootstrap != nil {
		t.Errorf("no resamples: err %v, bootstrap %v", err, r.Bootstrap)
	}
}

func TestQuantile(t *testing.T) {
	xs := []float64{1, 2, 3, 4, 5}
	for _, tt := range []struct{ q, want float64 }{{0, 1}, {0.5, 3}, {0.25, 2}, {1, 5}, {0.1, 1.4}} {
		if got := quantile(xs, tt.q); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("quantile(%v) = %v, want %v", tt.q, got, tt.want)
		}
	}
}

func BenchmarkAddIntervals(b *testing.B) {
	gold, pred := mixedDocs(200)
	r, _ := Score(gold, pred, Options{})
	for b.Loop() {
		r.AddIntervals(context.Background(), DefaultBootstrap)
	}
}

// TestAddIntervalsCancelled: a done context ends the resampling (a
// million resamples of a large corpus take minutes) and leaves the report
// without intervals; so does CompareSystems.
func TestAddIntervalsCancelled(t *testing.T) {
	gold, pred := mixedDocs(50)
	r := score(t, gold, pred)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := r.AddIntervals(ctx, Bootstrap{Resamples: 1_000_000, Seed: 1, Level: 0.95}); !errors.Is(err, context.Canceled) {
		t.Fatalf("AddIntervals after cancel: %v, want context.Canceled", err)
	}
	if r.Bootstrap != nil {
		t.Error("a cancelled run left intervals on the report")
	}
	if _, err := CompareSystems(ctx, r, r, Bootstrap{Resamples: 1_000_000, Seed: 1, Level: 0.95}); !errors.Is(err, context.Canceled) {
		t.Fatalf("CompareSystems after cancel: %v, want context.Canceled", err)
	}
}
