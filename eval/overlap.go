package eval

import (
	"cmp"
	"container/heap"
	"fmt"
	"slices"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Pairing gold and predicted spans in time and memory linear in their
// number. Every scorer step pairs overlapping spans; trying every gold
// span against every prediction cost G×P (10^10 steps for a long
// document), and listing every overlapping pair could be quadratic too
// when predictions nest: a 170 KB prediction file of nested spans took
// 2 GB. Spans of one type may not overlap (annotation guidelines), which
// bounds the pairs: a gold document whose spans of one type pile up
// deeper than MaxOverlapDepth is refused, a predicted one is scored as
// missing (Report.Refused).

// MaxOverlapDepth is the most annotations of one type of one document
// that may share a code point. The guidelines allow 1; more is a broken
// file, tolerated up to this depth so that a system's sloppy output is
// still scored.
const MaxOverlapDepth = 64

// checkOverlapDepth returns an error when more than MaxOverlapDepth
// annotations of one type in as share a code point.
func checkOverlapDepth(side, id string, as []corpus.Annotation) error {
	// the spans alone, by type: a copy of each annotation (200 bytes,
	// grown by doubling) was a fifth of eval's peak on a dense document
	type span struct {
		t          corpus.Type
		start, end int
	}
	spans := make([]span, 0, len(as))
	for _, a := range as {
		if a.End > a.Start {
			spans = append(spans, span{a.Type, a.Start, a.End})
		}
	}
	slices.SortFunc(spans, func(a, b span) int { return cmp.Or(cmp.Compare(a.t, b.t), cmp.Compare(a.start, b.start)) })
	var ends endHeap
	for i, a := range spans {
		if i > 0 && spans[i-1].t != a.t {
			ends.v = ends.v[:0]
		}
		for len(ends.v) > 0 && ends.v[0] <= a.start {
			heap.Pop(&ends)
		}
		heap.Push(&ends, a.end)
		if len(ends.v) > MaxOverlapDepth {
			return fmt.Errorf("%s document %q: more than %d %s annotations overlap at code point %d: spans of one type must not overlap (annotation guidelines)",
				side, id, MaxOverlapDepth, Safe(string(a.t)), a.start)
		}
	}
	return nil
}

// endHeap is a min-heap of span ends.
type endHeap struct{ v []int }

func (h *endHeap) Len() int           { return len(h.v) }
func (h *endHeap) Less(i, j int) bool { return h.v[i] < h.v[j] }
func (h *endHeap) Swap(i, j int)      { h.v[i], h.v[j] = h.v[j], h.v[i] }
func (h *endHeap) Push(x any)         { h.v = append(h.v, x.(int)) }
func (h *endHeap) Pop() any {
	x := h.v[len(h.v)-1]
	h.v = h.v[:len(h.v)-1]
	return x
}

// activeHeap is a min-heap of prediction indices by the end of their span.
type activeHeap struct {
	idx  []int
	pred []corpus.Annotation
}

func (h *activeHeap) Len() int           { return len(h.idx) }
func (h *activeHeap) Less(i, j int) bool { return h.pred[h.idx[i]].End < h.pred[h.idx[j]].End }
func (h *activeHeap) Swap(i, j int)      { h.idx[i], h.idx[j] = h.idx[j], h.idx[i] }
func (h *activeHeap) Push(x any)         { h.idx = append(h.idx, x.(int)) }
func (h *activeHeap) Pop() any {
	x := h.idx[len(h.idx)-1]
	h.idx = h.idx[:len(h.idx)-1]
	return x
}

// forOverlaps calls fn(i, j, overlap) for every gold[i] and pred[j] whose
// spans share at least one code point, in no particular order. It sweeps
// both sides by start: time O((G+P) log(G+P) + pairs), not G×P.
func forOverlaps(gold, pred []corpus.Annotation, fn func(i, j, overlap int)) {
	byStart := func(as []corpus.Annotation) []int {
		idx := make([]int, len(as))
		for i := range idx {
			idx[i] = i
		}
		slices.SortFunc(idx, func(a, b int) int { return cmp.Compare(as[a].Start, as[b].Start) })
		return idx
	}
	gi, pj := byStart(gold), byStart(pred)
	// active: the predictions starting before the current gold span and
	// ending after its start
	active := &activeHeap{pred: pred}
	next := 0
	for _, i := range gi {
		g := gold[i]
		if g.End <= g.Start {
			continue // an empty span overlaps nothing
		}
		for next < len(pj) && pred[pj[next]].Start < g.Start {
			heap.Push(active, pj[next])
			next++
		}
		for active.Len() > 0 && pred[active.idx[0]].End <= g.Start {
			heap.Pop(active)
		}
		for _, j := range active.idx {
			if o := min(g.End, pred[j].End) - max(g.Start, pred[j].Start); o > 0 {
				fn(i, j, o)
			}
		}
		for k := next; k < len(pj) && pred[pj[k]].Start < g.End; k++ {
			j := pj[k]
			if o := min(g.End, pred[j].End) - max(g.Start, pred[j].Start); o > 0 {
				fn(i, j, o)
			}
		}
	}
}

// points are the sorted offsets of empty spans.
type points []int

// emptyPoints returns the offsets of the empty spans of as.
func emptyPoints(as []corpus.Annotation) points {
	var ps points
	for _, a := range as {
		if a.Start == a.End {
			ps = append(ps, a.Start)
		}
	}
	slices.Sort(ps)
	return ps
}

// mark sets marked[j] for every span of as that holds one of the points
// strictly inside (start < point < end).
func (ps points) mark(as []corpus.Annotation, marked []bool) {
	if len(ps) == 0 {
		return
	}
	for j, a := range as {
		k, _ := slices.BinarySearch(ps, a.Start+1)
		if k < len(ps) && ps[k] < a.End {
			marked[j] = true
		}
	}
}

// strictlyInside returns a test of whether a point lies strictly inside
// (start < x < end) one of the spans of as: a binary search over the
// spans sorted by start with the largest end so far.
func strictlyInside(as []corpus.Annotation) func(x int) bool {
	spans := slices.Clone(as)
	slices.SortFunc(spans, func(a, b corpus.Annotation) int { return cmp.Compare(a.Start, b.Start) })
	starts := make([]int, len(spans))
	maxEnd := make([]int, len(spans))
	for i, a := range spans {
		starts[i] = a.Start
		maxEnd[i] = a.End
		if i > 0 {
			maxEnd[i] = max(maxEnd[i], maxEnd[i-1])
		}
	}
	return func(x int) bool {
		k, _ := slices.BinarySearch(starts, x) // spans before k start before x
		return k > 0 && maxEnd[k-1] > x
	}
}
