package eval

import (
	"context"
	"encoding/binary"
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

// countFields is the number of counts per document and type that
// resampling sums: Gold, Pred, then TP, FP and FN of each regime
// (Strict, Lenient, Full).
const countFields = 11

// sampleCounts holds the counts that resampling draws from, in flat
// arrays: documents with the same counts on every type share one row, so
// a resample costs one pass over the documents (adding up how often each
// row was drawn) and one over the distinct rows, with no allocation.
type sampleCounts struct {
	nt     int
	class  []int32 // per document, its row
	rows   []int32 // per row, nt*countFields counts
	weight []int64 // per row, the times its documents were drawn
	sum    []Scores
	out    resampled
}

// newSampleCounts gathers, per document and per row of r.Types, the
// counts of each regime.
func (r *Report) newSampleCounts() *sampleCounts {
	nt := len(r.Types)
	c := &sampleCounts{nt: nt, class: make([]int32, len(r.Docs)), sum: make([]Scores, nt)}
	seen := make(map[string]int32)
	row := make([]int32, nt*countFields)
	key := make([]byte, 0, 4*len(row))
	for i, d := range r.Docs {
		clear(row)
		for j, ts := range r.Types {
			for _, dt := range d.Types {
				if dt.Type == ts.Type {
					putCounts(row[j*countFields:(j+1)*countFields], dt.Scores)
				}
			}
		}
		key = key[:0]
		for _, v := range row {
			key = binary.LittleEndian.AppendUint32(key, uint32(v))
		}
		k, ok := seen[string(key)]
		if !ok {
			k = int32(len(seen))
			seen[string(key)] = k
			c.rows = append(c.rows, row...)
		}
		c.class[i] = k
	}
	c.weight = make([]int64, len(seen))
	c.out = make(resampled, nt+2)
	for j := range c.out {
		c.out[j] = make([]PRF, 3)
	}
	return c
}

// putCounts writes the counts of s into dst (countFields long).
func putCounts(dst []int32, s Scores) {
	dst[0], dst[1] = int32(s.Gold), int32(s.Pred)
	dst[2], dst[3], dst[4] = int32(s.Strict.TP), int32(s.Strict.FP), int32(s.Strict.FN)
	dst[5], dst[6], dst[7] = int32(s.Lenient.TP), int32(s.Lenient.FP), int32(s.Lenient.FN)
	dst[8], dst[9], dst[10] = int32(s.Full.TP), int32(s.Full.FP), int32(s.Full.FN)
}

// resampled holds the ratios of one resample: per type, then micro,
// then macro; per regime.
type resampled [][]PRF // [row][regime]

// score sums the counts of the documents, each taken drawn[d] times, and
// computes every row's ratios as Report.finish does. The result is
// reused by the next call.
func (c *sampleCounts) score(drawn []int32) resampled {
	clear(c.weight)
	for d, w := range drawn {
		c.weight[c.class[d]] += int64(w)
	}
	nt := c.nt
	for j := range c.sum {
		c.sum[j] = Scores{}
	}
	for g, w := range c.weight {
		if w == 0 {
			continue
		}
		row := c.rows[g*nt*countFields : (g+1)*nt*countFields]
		for j := range nt {
			f := row[j*countFields : (j+1)*countFields]
			s := &c.sum[j]
			s.Gold += int(w * int64(f[0]))
			s.Pred += int(w * int64(f[1]))
			s.Strict.TP += int(w * int64(f[2]))
			s.Strict.FP += int(w * int64(f[3]))
			s.Strict.FN += int(w * int64(f[4]))
			s.Lenient.TP += int(w * int64(f[5]))
			s.Lenient.FP += int(w * int64(f[6]))
			s.Lenient.FN += int(w * int64(f[7]))
			s.Full.TP += int(w * int64(f[8]))
			s.Full.FP += int(w * int64(f[9]))
			s.Full.FN += int(w * int64(f[10]))
		}
	}
	out := c.out
	var micro Scores
	var macro [3]PRF
	n := 0
	for j := range c.sum {
		sum := &c.sum[j]
		micro.add(*sum)
		sum.finish()
		out[j][0], out[j][1], out[j][2] = sum.Strict.PRF, sum.Lenient.PRF, sum.Full.PRF
		if sum.Gold+sum.Pred == 0 {
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
	out[nt][0], out[nt][1], out[nt][2] = micro.Strict.PRF, micro.Lenient.PRF, micro.Full.PRF
	for k := range 3 {
		out[nt+1][k] = PRF{Precision: 1, Recall: 1, F1: 1}
		if n > 0 {
			out[nt+1][k] = PRF{Precision: macro[k].Precision / float64(n), Recall: macro[k].Recall / float64(n), F1: macro[k].F1 / float64(n)}
		}
	}
	return out
}

// resample draws b.Resamples samples of the document indices 0..n-1 with
// replacement, from a generator seeded with b.Seed, and calls fn with
// each, as the number of times each document was drawn. It stops with
// ctx's error when ctx is done (a million resamples of a large corpus
// take minutes: Ctrl-C must end them).
func (b Bootstrap) resample(ctx context.Context, n int, fn func(drawn []int32)) error {
	rng := rand.New(rand.NewPCG(b.Seed, 0x9e3779b97f4a7c15))
	drawn := make([]int32, n)
	for range b.Resamples {
		if err := ctx.Err(); err != nil {
			return err
		}
		clear(drawn)
		for range n {
			drawn[rng.IntN(n)]++
		}
		fn(drawn)
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
	counts := r.newSampleCounts()
	nt := len(r.Types)
	// values[row][regime][measure] collects the resampled values.
	values := make([][3][3][]float64, nt+2)
	for row := range values {
		for k := range 3 {
			for m := range 3 {
				values[row][k][m] = make([]float64, 0, b.Resamples)
			}
		}
	}
	err := b.resample(ctx, len(r.Docs), func(drawn []int32) {
		s := counts.score(drawn)
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
