package extract

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// hangGuard is how long a test waits for what must happen at once: a
// guard against a deadlock, not a timing.
const hangGuard = 30 * time.Second

// reserveAsync starts Reserve(n) in a goroutine; the channel gets its error.
func reserveAsync(ctx context.Context, b *MemoryBudget, n int64) <-chan error {
	c := make(chan error, 1)
	go func() { c <- b.Reserve(ctx, n) }()
	return c
}

// waitQueued waits until k reservations wait.
func waitQueued(t *testing.T, b *MemoryBudget, k int) {
	t.Helper()
	deadline := time.Now().Add(hangGuard)
	for {
		b.mu.Lock()
		n := len(b.waiters)
		b.mu.Unlock()
		if n == k {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d reservations waiting, want %d", n, k)
		}
		time.Sleep(time.Millisecond)
	}
}

func mustGet(t *testing.T, c <-chan error) error {
	t.Helper()
	select {
	case err := <-c:
		return err
	case <-time.After(hangGuard):
		t.Fatal("Reserve did not return (deadlock)")
		return nil
	}
}

func TestMemoryBudgetWaitsAndGrantsInOrder(t *testing.T) {
	ctx := context.Background()
	b := NewMemoryBudget(100)
	if err := b.Reserve(ctx, 60); err != nil {
		t.Fatal(err)
	}
	big := reserveAsync(ctx, b, 50) // does not fit: waits
	waitQueued(t, b, 1)
	small := reserveAsync(ctx, b, 10) // would fit, but queues behind big
	waitQueued(t, b, 2)
	b.Release(60)
	if err := mustGet(t, big); err != nil {
		t.Fatal(err)
	}
	if err := mustGet(t, small); err != nil {
		t.Fatal(err)
	}
	if got := b.Used(); got != 60 {
		t.Errorf("used %d, want 60", got)
	}
}

// A document larger than the whole budget runs alone: it waits for the
// others to finish, and holds the others back while it runs.
func TestMemoryBudgetOversizedRunsAlone(t *testing.T) {
	ctx := context.Background()
	b := NewMemoryBudget(100)
	if err := b.Reserve(ctx, 1); err != nil {
		t.Fatal(err)
	}
	huge := reserveAsync(ctx, b, 1000)
	waitQueued(t, b, 1)
	b.Release(1)
	if err := mustGet(t, huge); err != nil {
		t.Fatal(err)
	}
	if got := b.Used(); got != 100 {
		t.Errorf("used %d while the oversized document runs, want the whole budget 100", got)
	}
	next := reserveAsync(ctx, b, 1)
	waitQueued(t, b, 1)
	b.Release(1000)
	if err := mustGet(t, next); err != nil {
		t.Fatal(err)
	}
	// and alone it never waits
	b.Release(1)
	if err := b.Reserve(ctx, 1<<40); err != nil {
		t.Fatal(err)
	}
}

// Cancelling ends a wait at once, reserves nothing, and lets the next
// waiter through if it fits.
func TestMemoryBudgetCancelEndsWait(t *testing.T) {
	b := NewMemoryBudget(100)
	if err := b.Reserve(context.Background(), 90); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	blocked := reserveAsync(ctx, b, 50)
	waitQueued(t, b, 1)
	behind := reserveAsync(context.Background(), b, 10) // fits, but queued behind
	waitQueued(t, b, 2)
	cancel()
	if err := mustGet(t, blocked); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled Reserve: %v, want context.Canceled", err)
	}
	if err := mustGet(t, behind); err != nil {
		t.Fatal(err)
	}
	if got := b.Used(); got != 100 {
		t.Errorf("used %d, want 100", got)
	}
	// a done context is refused before it waits
	if err := b.Reserve(ctx, 50); !errors.Is(err, context.Canceled) {
		t.Errorf("Reserve on a done context: %v", err)
	}
}

func TestMemoryBudgetReleaseTooMuchPanics(t *testing.T) {
	b := NewMemoryBudget(100)
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	b.Release(10)
}

// Many goroutines reserving and releasing at random never exceed the
// budget (an oversized reservation counts as the whole budget), never
// deadlock, and cancellation racing with grants leaks nothing (run with
// -race).
func TestMemoryBudgetConcurrent(t *testing.T) {
	const size = 1000
	b := NewMemoryBudget(size)
	var inUse, maxInUse atomic.Int64
	var wg sync.WaitGroup
	for g := range 16 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 200 {
				n := int64((g*37 + i*11) % 1300) // some over the budget
				ctx, cancel := context.WithCancel(context.Background())
				if i%7 == 0 {
					cancel() // some give up while waiting
				}
				if err := b.Reserve(ctx, n); err != nil {
					cancel()
					continue
				}
				held := min(n, size)
				now := inUse.Add(held)
				for {
					m := maxInUse.Load()
					if now <= m || maxInUse.CompareAndSwap(m, now) {
						break
					}
				}
				inUse.Add(-held)
				b.Release(n)
				cancel()
			}
		}()
	}
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(hangGuard):
		t.Fatal("deadlock")
	}
	if m := maxInUse.Load(); m > size {
		t.Errorf("%d reserved at once, budget %d", m, size)
	}
	if u := b.Used(); u != 0 {
		t.Errorf("%d still reserved after every release", u)
	}
}

func TestEstimateMemory(t *testing.T) {
	for _, c := range []struct {
		n    int
		want int64
	}{{0, 0}, {-1, 0}, {1, MemoryPerByte + documentOverhead}, {50 << 20, MemoryPerByte*(50<<20) + documentOverhead}} {
		if got := EstimateMemory(c.n); got != c.want {
			t.Errorf("EstimateMemory(%d) = %d, want %d", c.n, got, c.want)
		}
	}
}

// TestEstimateTextMemory: quotation marks add to the estimate (H5 of
// issue 8), apostrophes do not.
func TestEstimateTextMemory(t *testing.T) {
	for _, tt := range []struct {
		text  string
		marks int64
	}{
		{"", -1},
		{"Biden’s plan", 0},
		{`"x," Kirby said.`, 2},
		{"“x,” ‘y’ «z»", 5},
	} {
		want := EstimateMemory(len(tt.text)) + MemoryPerQuoteMark*tt.marks
		if tt.marks < 0 {
			want = 0
		}
		if got := EstimateTextMemory(tt.text); got != want {
			t.Errorf("EstimateTextMemory(%q) = %d, want %d", tt.text, got, want)
		}
	}
}

// TestQuoteMarksCount: quoteMarks counts what strings.Count of each mark
// counted, on marks at the ends of the text, cut off, next to each other,
// after stray lead bytes and in invalid UTF-8.
func TestQuoteMarksCount(t *testing.T) {
	byCount := func(s string) int {
		n := 0
		for _, m := range []string{`"`, "“", "”", "‘", "«", "»"} {
			n += strings.Count(s, m)
		}
		return n
	}
	texts := []string{"", `"`, "“", "»", "\xe2\x80", "\xe2\x80\x9c\xe2", "\xc2", "a«", "«»“”‘’\"",
		"\xe2\xe2\x80\x9d", "\xc2\xc2\xbb", "\xe2\x80\x99 it’s", "Kirby said “x” and ‘y’ «z» \"w\""}
	// and every cut of a text dense with marks and their lead bytes
	dense := "“a” \xe2‘b’ «c»\xc2 \"d\" ’\xe2\x80\x9d"
	for i := range len(dense) + 1 {
		texts = append(texts, dense[:i], dense[i:])
	}
	for _, s := range texts {
		if got, want := quoteMarks(s), byCount(s); got != want {
			t.Errorf("quoteMarks(%q) = %d, want %d", s, got, want)
		}
	}
}
