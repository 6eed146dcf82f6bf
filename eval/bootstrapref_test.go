package eval

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// docCounts returns, per document and per row of r.Types, the counts of
// each regime: the data that resampling draws from.
func refDocCounts(r *Report) [][]Scores {
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

// scoreSample sums the counts of the documents idx (with repetition) and
// computes every row's ratios as Report.finish does.
func refScoreSample(counts [][]Scores, idx []int, ntypes int) resampled {
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
func refResample(ctx context.Context, b Bootstrap, n int, fn func(idx []int)) error {
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

// refAddIntervals is AddIntervals as it was before the flat counts (a
// sum over the drawn documents per resample), kept as the reference the
// fast one must match exactly. It sets a bootstrap confidence interval on every precision,
// recall and F1 of the report (per type, micro and macro, each regime):
// the documents are resampled with replacement b.Resamples times, each
// resample scored as a whole, and the interval is the central b.Level
// share of the resampled values (percentile method). With no documents
// or no resamples it does nothing. It returns ctx's error, and leaves r
// without intervals, when ctx is done before the resampling ends.
func refAddIntervals(ctx context.Context, r *Report, b Bootstrap) error {
	if err := b.Check(); err != nil {
		return err
	}
	if b.Resamples == 0 || len(r.Docs) == 0 {
		return nil
	}
	counts := refDocCounts(r)
	nt := len(r.Types)
	// values[row][regime][measure] collects the resampled values.
	values := make([][3][3][]float64, nt+2)
	err := refResample(ctx, b, len(r.Docs), func(idx []int) {
		s := refScoreSample(counts, idx, nt)
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

// randomReport returns a report of n documents with random counts on
// the four types (some documents without some types), as Score makes.
func randomReport(n int, seed uint64) *Report {
	rng := rand.New(rand.NewPCG(seed, 7))
	types := []corpus.Type{corpus.Official, corpus.Date, corpus.Troops, corpus.Quote}
	r := &Report{}
	for _, ty := range types {
		r.Types = append(r.Types, TypeScores{Type: ty})
	}
	counts := func() Scores {
		c := func() Counts { return Counts{TP: rng.IntN(4), FP: rng.IntN(3), FN: rng.IntN(3)} }
		s := Scores{Strict: c(), Lenient: c(), Full: c()}
		s.Gold, s.Pred = s.Lenient.TP+s.Lenient.FN, s.Lenient.TP+s.Lenient.FP
		return s
	}
	for i := range n {
		d := DocScores{ID: fmt.Sprintf("d%05d", i)}
		for _, ty := range types {
			if rng.IntN(4) > 0 {
				d.Types = append(d.Types, TypeScores{Type: ty, Scores: counts()})
			}
		}
		r.Docs = append(r.Docs, d)
	}
	return r
}

// TestAddIntervalsMatchesReference: the flat-array bootstrap gives the
// very intervals (bit for bit) of the per-document sum it replaced, for
// the same seed, and CompareSystems the same p-values.
func TestAddIntervalsMatchesReference(t *testing.T) {
	for _, n := range []int{1, 2, 7, 300} {
		b := Bootstrap{Resamples: 200, Seed: uint64(n), Level: 0.9}
		got, want := randomReport(n, uint64(n)), randomReport(n, uint64(n))
		if err := got.AddIntervals(context.Background(), b); err != nil {
			t.Fatal(err)
		}
		if err := refAddIntervals(context.Background(), want, b); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%d documents: intervals differ from the reference\n got %+v\nwant %+v", n, got.Micro, want.Micro)
		}
	}
}

// TestBootstrapFlat is the hang guard of the bootstrap: a resample
// allocates nothing, and the whole run allocates the same whatever the
// number of resamples (beyond the values it keeps), so its work is the
// draws plus one pass over flat arrays: linear in documents.
func TestBootstrapFlat(t *testing.T) {
	r := randomReport(2000, 1)
	c := r.newSampleCounts()
	if len(c.rows) > 2000*len(r.Types)*countFields {
		t.Fatalf("%d counts for 2000 documents", len(c.rows))
	}
	drawn := make([]int32, len(r.Docs))
	for i := range drawn {
		drawn[i] = int32(i % 3)
	}
	if a := testing.AllocsPerRun(20, func() { c.score(drawn) }); a != 0 {
		t.Errorf("a resample allocates %v times, want 0", a)
	}
	allocs := func(resamples int) float64 {
		return testing.AllocsPerRun(2, func() {
			randomReport(0, 1) // warm
			rr := randomReport(500, 2)
			rr.AddIntervals(context.Background(), Bootstrap{Resamples: resamples, Seed: 1, Level: 0.95})
		})
	}
	// an allocation per resample would add 990; the race detector's
	// sync.Pool drops items at random, which adds a few dozen (CI: 21)
	if few, many := allocs(10), allocs(1000); many > few+100 {
		t.Errorf("allocations grow with resamples: %v for 10, %v for 1000", few, many)
	}
}

func TestCompareSystemsMatchesReference(t *testing.T) {
	a, b := randomReport(120, 1), randomReport(120, 2)
	for i := range b.Docs {
		b.Docs[i].ID = a.Docs[i].ID
	}
	boot := Bootstrap{Resamples: 300, Seed: 3, Level: 0.95}
	c, err := CompareSystems(context.Background(), a, b, boot)
	if err != nil {
		t.Fatal(err)
	}
	// the reference: p from the per-document sums
	ca, cb := refDocCounts(a), refDocCounts(b)
	nt := len(a.Types)
	all := make([]int, len(a.Docs))
	for i := range all {
		all[i] = i
	}
	fa, fb := refScoreSample(ca, all, nt), refScoreSample(cb, all, nt)
	far := make([][3]int, nt+2)
	refResample(context.Background(), boot, len(a.Docs), func(idx []int) {
		sa, sb := refScoreSample(ca, idx, nt), refScoreSample(cb, idx, nt)
		for row := range sa {
			for k := range 3 {
				obs := fa[row][k].F1 - fb[row][k].F1
				d := sa[row][k].F1 - sb[row][k].F1
				if math.Abs(d-obs) >= math.Abs(obs) {
					far[row][k]++
				}
			}
		}
	})
	i := 0
	for row := range nt + 2 {
		for k := range 3 {
			d := c.Deltas[i]
			i++
			if d.A != fa[row][k].F1 || d.B != fb[row][k].F1 {
				t.Errorf("row %d regime %d: F1 %v %v, want %v %v", row, k, d.A, d.B, fa[row][k].F1, fb[row][k].F1)
			}
			if d.Delta != 0 {
				if want := float64(far[row][k]+1) / float64(boot.Resamples+1); d.P != want {
					t.Errorf("row %d regime %d: p %v, want %v", row, k, d.P, want)
				}
			}
		}
	}
}

func BenchmarkAddIntervalsDistinct(b *testing.B) {
	for _, n := range []int{10000, 40000} {
		r := randomReport(n, 1)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for b.Loop() {
				r.AddIntervals(context.Background(), Bootstrap{Resamples: 100, Seed: 1, Level: 0.95})
			}
		})
	}
}
