package extract

import (
	"context"
	"fmt"
	"strings"
	"sync"
)

// MemoryPerByte is how many bytes of memory annotating a document may take
// per byte of its text, its text included: the peak resident memory of
// `dispatch annotate` on one document, measured on the text kinds that need
// the most, with a margin. Bytes per byte at 10 MB: normal text 14.1, text
// dense with dates 17.0, text dense with quotes 24.3 (see docs/design.md,
// Memory). EstimateMemory uses it; annotate's soft memory limit follows
// the estimates of the documents in flight.
const MemoryPerByte = 24

// MemoryPerQuoteMark is what each quotation mark of a text adds to
// MemoryPerByte: quotes with a named speaker every 15-19 bytes
// (`"x," Kirby said. `, `"Yes," said Biden. `, `Biden said "x" `: a QUOTE
// and an OFFICIAL each, their spans, attributions and roster entries)
// peak at 34-39 bytes per byte at 10 MB and 46-49 at 4 MB, the process's
// base included (issue 8, H5: --memory was exceeded by 13% when the
// estimate was 32 per byte and nothing per mark). 24 per byte and 192 per
// mark cover them with a margin of 10-20%, and leave the estimate of
// ordinary text (a mark every few hundred bytes) near 25 per byte.
// TestMemoryEstimateCoversPeak in cmd/dispatch checks it.
const MemoryPerQuoteMark = 192

// documentOverhead is the memory a document takes whatever its size (the
// per-document tables and the stages' small arrays).
const documentOverhead = 64 << 10

// EstimateMemory is the memory that annotating a text of n bytes may take
// at its peak, the text included (see MemoryPerByte). It is an upper
// bound for the text kinds measured, not a prediction: ordinary text takes
// about half of it.
func EstimateMemory(n int) int64 {
	if n <= 0 {
		return 0
	}
	return MemoryPerByte*int64(n) + documentOverhead
}

// EstimateTextMemory is EstimateMemory for the text itself: it adds
// MemoryPerQuoteMark for each quotation mark (", “, ”, ‘, «, »; not ’,
// mostly an apostrophe; see quoteMarks).
func EstimateTextMemory(text string) int64 {
	if len(text) == 0 {
		return 0
	}
	return EstimateMemory(len(text)) + MemoryPerQuoteMark*int64(quoteMarks(text))
}

// quoteMarks counts the quotation marks of text that EstimateTextMemory
// adds for: ", and the UTF-8 forms of “ ” ‘ (E2 80 9C/9D/98) and « »
// (C2 AB/BB), found from their lead bytes by three vector scans. Six
// strings.Count calls, five of them of multi-byte marks (a search each),
// were 2.3% of a whole 'annotate' run: it is called twice per document,
// as its memory is reserved and released. The counts are the same: no
// mark's bytes hold another mark's lead byte, so marks never overlap.
func quoteMarks(text string) int {
	n := strings.Count(text, `"`)
	for s := text; ; {
		i := strings.IndexByte(s, 0xE2)
		if i < 0 || i+2 >= len(s) {
			break
		}
		if s[i+1] == 0x80 && (s[i+2] == 0x9C || s[i+2] == 0x9D || s[i+2] == 0x98) {
			n++
		}
		s = s[i+1:]
	}
	for s := text; ; {
		i := strings.IndexByte(s, 0xC2)
		if i < 0 || i+1 >= len(s) {
			break
		}
		if s[i+1] == 0xAB || s[i+1] == 0xBB {
			n++
		}
		s = s[i+1:]
	}
	return n
}

// MemoryBudget is memory shared by the documents annotated at the same
// time: each reserves its estimate (EstimateMemory) before it is annotated
// and gives it back after its result is written, and a reservation waits
// while the budget is spent. A reservation larger than the whole budget is
// granted when nothing else is reserved and holds the whole budget, so
// such a document runs alone and is never starved. Waiters are served in
// the order they came (a large document is not overtaken forever by
// small ones). A MemoryBudget is safe for concurrent use.
type MemoryBudget struct {
	size int64

	mu      sync.Mutex
	used    int64
	waiters []*budgetWaiter // in arrival order
}

type budgetWaiter struct {
	n     int64
	ready chan struct{} // closed when the reservation is granted
}

// NewMemoryBudget returns a budget of size bytes (at least 1).
func NewMemoryBudget(size int64) *MemoryBudget {
	return &MemoryBudget{size: max(size, 1)}
}

// Size is the budget's size in bytes.
func (b *MemoryBudget) Size() int64 { return b.size }

// Used is the memory reserved now.
func (b *MemoryBudget) Used() int64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.used
}

// clamp is what a reservation of n bytes holds: at most the whole budget.
func (b *MemoryBudget) clamp(n int64) int64 {
	return min(max(n, 0), b.size)
}

// Reserve waits until n bytes of the budget are free and reserves them. It
// returns ctx's error, having reserved nothing, as soon as ctx is done. A
// reservation of more than the budget's size waits until nothing is
// reserved and then takes the whole budget. A reservation of 0 bytes never
// waits. Every successful Reserve is matched by a Release of the same n.
func (b *MemoryBudget) Reserve(ctx context.Context, n int64) error {
	n = b.clamp(n)
	if n == 0 {
		return ctx.Err()
	}
	b.mu.Lock()
	if len(b.waiters) == 0 && b.used+n <= b.size {
		b.used += n
		b.mu.Unlock()
		return nil
	}
	if err := ctx.Err(); err != nil {
		b.mu.Unlock()
		return err
	}
	w := &budgetWaiter{n: n, ready: make(chan struct{})}
	b.waiters = append(b.waiters, w)
	b.mu.Unlock()

	select {
	case <-w.ready:
		return nil
	case <-ctx.Done():
		b.mu.Lock()
		defer b.mu.Unlock()
		select {
		case <-w.ready:
			// granted just as ctx ended: give it back
			b.used -= n
			b.grant()
		default:
			for i, x := range b.waiters {
				if x == w {
					b.waiters = append(b.waiters[:i], b.waiters[i+1:]...)
					break
				}
			}
			// the first waiter may fit now that w no longer queues
			// before it
			b.grant()
		}
		return ctx.Err()
	}
}

// Release gives back a reservation of n bytes made by Reserve. Releasing
// more than is reserved is a bug and panics.
func (b *MemoryBudget) Release(n int64) {
	n = b.clamp(n)
	if n == 0 {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if n > b.used {
		panic(fmt.Sprintf("extract: MemoryBudget.Release(%d) with %d reserved", n, b.used))
	}
	b.used -= n
	b.grant()
}

// grant wakes the waiters that fit now, in order. b.mu is held.
func (b *MemoryBudget) grant() {
	for len(b.waiters) > 0 {
		w := b.waiters[0]
		if b.used+w.n > b.size {
			return
		}
		b.used += w.n
		close(w.ready)
		b.waiters[0] = nil
		b.waiters = b.waiters[1:]
	}
}
