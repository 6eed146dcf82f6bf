package eval

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Interval is a confidence interval of a precision, recall and F1:
// [low, high] each.
type Interval struct {
	Precision [2]float64 `json:"precision"`
	Recall    [2]float64 `json:"recall"`
	F1        [2]float64 `json:"f1"`
}

// Bootstrap describes how confidence intervals were computed.
type Bootstrap struct {
	Resamples int     `json:"resamples"`
	Seed      uint64  `json:"seed"`
	Level     float64 `json:"level"`
}

// DefaultBootstrap is 1,000 resamples, seed 1, 95% intervals.
var DefaultBootstrap = Bootstrap{Resamples: 1000, Seed: 1, Level: 0.95}

// Check reports whether b is usable.
func (b Bootstrap) Check() error {
	switch {
	case b.Resamples < 0 || b.Resamples > 1_000_000:
		return fmt.Errorf("resamples %d: want 0 (no intervals) to 1000000", b.Resamples)
	case math.IsNaN(b.Level) || b.Level <= 0 || b.Level >= 1:
		return fmt.Errorf("level %v: want a number between 0 and 1", b.Level)
	}
	return nil
}

// docCounts returns, per document and per row of r.Types, the counts of
// each regime: the data that resampling draws from.
func (r *Report) docCounts() [][]Scores {
	out := make([][]Scores, len(r.Docs))
	for i, d := range r.Docs {
		row := make([]Scores, len(r.Types))
		for j, ts := range r.Types {
			for _, dt := range d.Types {
				if dt.Type == ts.Type {
					row[j] = dt.Scores
				}
			}
		}
		out[i] = row
	}
	return out
}

// resampled holds the ratios of one resample: per type, then micro,
// then macro; per regime.
type resampled [][]PRF // [row][regime]

// scoreSample sums the counts of the documents idx (with repetition) and
// computes every row's ratios as Report.finish does.
func scoreSample(counts [][]Scores, idx []int, ntypes int) resampled {
	sum := make([]Scores, ntypes)
	for _, d := range idx {
		for j := range ntypes {
			sum[j].add(counts[d][j])
		}
	}
	out := make(resampled, ntypes+2)
	var micro Scores
	var macro [3]PRF
	n := 0
	for j := range sum {
		micro.add(sum[j])
		sum[j].finish()
		out[j] = []PRF{sum[j].Strict.PRF, sum[j].Lenient.PRF, sum[j].Full.PRF}
		if sum[j].Gold+sum[j].Pred == 0 {
			continue
		}
		n++
		for k := range 3 {
			macro[k].Precision += out[j][k].Precision
			macro[k].Recall += out[j][k].Recall
			macro[k].F1 += out[j][k].F1
		}
	}
	micro.finish()
	out[ntypes] = []PRF{micro.Strict.PRF, micro.Lenient.PRF, micro.Full.PRF}
	mac := make([]PRF, 3)
	for k := range 3 {
		mac[k] = PRF{Precision: 1, Recall: 1, F1: 1}
		if n > 0 {
			mac[k] = PRF{Precision: macro[k].Precision / float64(n), Recall: macro[k].Recall / float64(n), F1: macro[k].F1 / float64(n)}
		}
	}
	out[ntypes+1] = mac
	return out
}

// resample draws b.Resamples samples of the document indices 0..n-1 with
// replacement, from a generator seeded with b.Seed, and calls fn with
// each. It stops with ctx's error when ctx is done (a million resamples
// of a large corpus take minutes: Ctrl-C must end them).
func (b Bootstrap) resample(ctx context.Context, n int, fn func(idx []int)) error {
	rng := rand.New(rand.NewPCG(b.Seed, 0x9e3779b97f4a7c15))
	idx := make([]int, n)
	for range b.Resamples {
		if err := ctx.Err(); err != nil {
			return err
		}
		for i := range idx {
			idx[i] = rng.IntN(n)
		}
		fn(idx)
	}
	return nil
}

// AddIntervals sets a bootstrap confidence interval on every precision,
// recall and F1 of the report (per type, micro and macro, each regime):
// the documents are resampled with replacement b.Resamples times, each
// resample scored as a whole, and the interval is the central b.Level
// share of the resampled values (percentile method). With no documents
// or no resamples it does nothing. It returns ctx's error, and leaves r
// without intervals, when ctx is done before the resampling ends.
func (r *Report) AddIntervals(ctx context.Context, b Bootstrap) error {
	if err := b.Check(); err != nil {
		return err
	}
	if b.Resamples == 0 || len(r.Docs) == 0 {
		return nil
	}
	counts := r.docCounts()
	nt := len(r.Types)
	// values[row][regime][measure] collects the resampled values.
	values := make([][3][3][]float64, nt+2)
	err := b.resample(ctx, len(r.Docs), func(idx []int) {
		s := scoreSample(counts, idx, nt)
		for row := range s {
			for k, p := range s[row] {
				values[row][k][0] = append(values[row][k][0], p.Precision)
				values[row][k][1] = append(values[row][k][1], p.Recall)
				values[row][k][2] = append(values[row][k][2], p.F1)
			}
		}
	})
	if err != nil {
		return err
	}
	lo, hi := (1-b.Level)/2, 1-(1-b.Level)/2
	interval := func(v [3][]float64) *Interval {
		var in Interval
		for m, xs := range v {
			slices.Sort(xs)
			pair := [2]float64{quantile(xs, lo), quantile(xs, hi)}
			switch m {
			case 0:
				in.Precision = pair
			case 1:
				in.Recall = pair
			case 2:
				in.F1 = pair
			}
		}
		return &in
	}
	for row := range nt + 2 {
		for k, reg := range Regimes {
			in := interval(values[row][k])
			switch {
			case row < nt:
				r.Types[row].counts(reg).CI = in
			case row == nt:
				r.Micro.counts(reg).CI = in
			default:
				r.Macro.on(reg).CI = in
			}
		}
	}
	bb := b
	r.Bootstrap = &bb
	return nil
}

// quantile returns the q-quantile of sorted xs, interpolating linearly
// between order statistics (type 7, as R's and NumPy's default).
func quantile(xs []float64, q float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	h := q * float64(len(xs)-1)
	i := int(math.Floor(h))
	if i+1 >= len(xs) {
		return xs[len(xs)-1]
	}
	return xs[i] + (h-float64(i))*(xs[i+1]-xs[i])
}
