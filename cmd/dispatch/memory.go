package main

import (
	"context"
	"fmt"
	"iter"
	"math"
	"os"
	"regexp"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/extract"
)

// defaultUnknownBudget is the memory budget when the machine's memory
// cannot be read (systems other than Linux).
const defaultUnknownBudget = 4 << 30

// memoryPlan is the memory budget of one annotate run (--memory): the
// documents annotated at the same time share it, each reserving
// extract.EstimateMemory of its size before it is annotated and giving
// it back once its record is written. A document whose estimate is more
// than the budget runs alone; one whose estimate is more than the whole
// machine (refuse) is refused, as it would crash the run (and a --resume
// after it would crash again on it).
type memoryPlan struct {
	budget *extract.MemoryBudget
	// refuse is the estimate above which a document is refused: the
	// larger of the machine's memory and the budget; 0 never refuses.
	refuse int64
	// about says where the budget comes from, for messages.
	about string
	// held counts the documents passed on by reserve and not yet given
	// back (release). With one worker the document whose result stops
	// the run (a failed write) is the one reserve is still handing over:
	// the run gives it back, and reserve, told to stop, would give it
	// back a second time (a panic of the budget, and the run's output
	// lost: red team 21); the count tells the second time from a
	// document never taken.
	held atomic.Int64

	// the soft memory limit (see softLimit)
	mu        sync.Mutex
	base      int64 // the process's memory before the first document
	prev      int64 // the limit before softLimit
	large     int   // documents of smallDocument bytes or more in flight
	following bool  // softLimit is in force
	docs      int   // documents counted in by follow
	liveFloor int64 // twice the live heap, read every liveEvery documents
	// lowered says how a --memory above the machine's memory was
	// lowered to it ("" when it was not), for a warning.
	lowered string
}

// memoryFlagSize reads a --memory size other than "auto": a size above 0,
// lowered to the machine's memory (limit, from source; 0 unknown) when it
// is more, for a budget the machine does not have protects nothing (the
// run would be killed for memory instead); lowered is then the warning.
func memoryFlagSize(flag string, limit int64, source string) (size int64, lowered string, err error) {
	v, err := parseSize(flag)
	if err != nil {
		return 0, "", usagef("--memory %q: %v", flag, err)
	}
	if v <= 0 {
		return 0, "", usagef("--memory %q: want auto or a size above 0 (4GiB, 512MB, 2000000000)", flag)
	}
	if limit > 0 && v > limit {
		return limit, fmt.Sprintf("--memory %s is more than the %s of the %s: using %s", flag, formatBytes(limit), source, formatBytes(limit)), nil
	}
	return v, "", nil
}

// newMemoryPlan reads --memory ("auto" or a size) against the machine's
// memory (limit, from source; 0 unknown).
func newMemoryPlan(flag string, limit int64, source string) (*memoryPlan, error) {
	m := &memoryPlan{}
	var size int64
	switch strings.ToLower(strings.TrimSpace(flag)) {
	case "auto":
		switch {
		case limit > 0:
			size = limit / 4 * 3
			m.about = fmt.Sprintf("3/4 of the %s, %s", source, formatBytes(limit))
		default:
			size = defaultUnknownBudget
			m.about = "the default for a machine whose memory is unknown"
		}
	default:
		v, lowered, err := memoryFlagSize(flag, limit, source)
		if err != nil {
			return nil, err
		}
		size, m.about, m.lowered = v, "--memory", lowered
		if lowered != "" {
			m.about = "--memory, lowered to the " + source
		}
	}
	m.budget = extract.NewMemoryBudget(size)
	if limit > 0 {
		m.refuse = limit
	}
	return m, nil
}

// reserve passes docs on once each has reserved its estimate, waiting
// while the budget is spent; the caller releases it (release) when the
// document's result is done. A wait ends as soon as ctx is done, and the
// documents stop. A document too large for the machine is passed on
// without its text, with an error naming it.
func (m *memoryPlan) reserve(ctx context.Context, docs iter.Seq2[corpus.Document, error], con *console) iter.Seq2[corpus.Document, error] {
	return func(yield func(corpus.Document, error) bool) {
		for d, err := range docs {
			n := extract.EstimateTextMemory(d.Text)
			if m.refuse > 0 && n > m.refuse {
				err = fmt.Errorf("%s: document %q: %s of text may need %s of memory (%d bytes per byte, %d per quotation mark), more than the %s this machine has; not annotated: split it, or annotate it on a machine with more memory",
					d.Source, d.ID, formatBytes(int64(len(d.Text))), formatBytes(n), extract.MemoryPerByte, extract.MemoryPerQuoteMark, formatBytes(m.refuse))
				d = corpus.Document{ID: d.ID, Source: d.Source}
				n = 0
			} else if n > m.budget.Size() {
				con.printKind("warning: documents over the memory budget, each annotated alone", "warning: %s: document %q: %s of text may need %s of memory, more than the budget of %s (%s): annotating it alone",
					d.Source, d.ID, formatBytes(int64(len(d.Text))), formatBytes(n), formatBytes(m.budget.Size()), m.about)
			}
			if rerr := m.budget.Reserve(ctx, n); rerr != nil {
				return // cancelled while waiting: the run stops
			}
			m.follow(d, 1)
			if !yield(d, err) {
				m.release(d)
				return
			}
		}
	}
}

// release gives back the reservation of a document passed on by reserve.
func (m *memoryPlan) release(d corpus.Document) {
	if m.held.Add(-1) < 0 { // given back already (see held)
		m.held.Add(1)
		return
	}
	m.budget.Release(extract.EstimateTextMemory(d.Text))
	m.follow(d, -1)
}

// softLimit makes the collector's soft memory limit follow the documents
// in flight, unless the user set GOMEMLIMIT. While a document of
// smallDocument bytes or more is in flight the limit is the memory the
// process held before the first document (its base) plus the estimates
// the documents in flight have reserved; otherwise, and never more than
// it, the machine's memory. Near the limit the collector works harder
// rather than let the heap grow: a document's peak stays near its
// estimate whatever its size (with GOGC's default of 100, a 1 MB document
// took twice its live heap). While only small documents are in flight the
// collector keeps its high target (see smallGCPercent). It returns the
// function that puts the previous limit back.
func (m *memoryPlan) softLimit() (restore func()) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return func() {}
	}
	base := mappedNotReleased()
	m.mu.Lock()
	m.base = base
	m.prev = debug.SetMemoryLimit(m.limit())
	m.following = true
	m.mu.Unlock()
	return func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		m.following = false
		debug.SetMemoryLimit(m.prev)
	}
}

// mappedNotReleased is the memory the runtime holds from the system:
// MemStats.Sys less HeapReleased, read without runtime.ReadMemStats,
// which stops the world and flushes every P's cached spans (the next
// allocations then refill them: about 200 page faults of a 200-article
// run, and a stop while the reader runs).
func mappedNotReleased() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 || s[1].Value.Kind() != metrics.KindUint64 {
		var ms runtime.MemStats // a runtime without these metrics
		runtime.ReadMemStats(&ms)
		return int64(ms.Sys - ms.HeapReleased)
	}
	return int64(s[0].Value.Uint64() - s[1].Value.Uint64())
}

// limit is the soft memory limit for the documents in flight now. m.mu is
// held.
func (m *memoryPlan) limit() int64 {
	l := m.refuse
	if l <= 0 {
		l = m.prev
	}
	// Not above the budget: with only small documents in flight the
	// collector's high target (smallGCPercent) let the heap grow to five
	// times what is live, and what is live grows with the record of the
	// ids seen (red team 19, 7: 338 MB with --memory 50MB at 1.4 M ids).
	// Yet never below twice the live heap (liveFloor): a limit under what
	// is live makes the collector run without end (3 times the wall time
	// at 1.6 M ids and --memory 50MB).
	l = min(l, max(m.base+m.budget.Size(), m.liveFloor))
	if m.large > 0 {
		l = min(l, m.base+m.budget.Used())
	}
	return l
}

// follow counts a document in (add 1) or out (add -1) and sets the soft
// memory limit for the documents in flight (see softLimit).
func (m *memoryPlan) follow(d corpus.Document, add int) {
	if add > 0 {
		m.held.Add(1) // passed on (see held); release counts it out
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if len(d.Text) >= smallDocument {
		m.large += add
	}
	if add > 0 {
		if m.docs++; m.docs%liveEvery == 0 {
			m.liveFloor = 2 * liveHeap()
		}
	}
	if m.following {
		debug.SetMemoryLimit(m.limit())
	}
}

// liveEvery is how often (in documents) follow reads the live heap: what
// grows from one document to the next is the record of the ids seen,
// about 40 bytes each, so reading it every 4096 documents misses at most
// 160 KB of growth, for a read that costs next to nothing per document.
const liveEvery = 4096

// liveHeap is the heap the last collection found live, in bytes.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}

// sizeUnits are the suffixes parseSize knows, longest first where one is
// the end of another.
var sizeUnits = []struct {
	suffix string
	mult   float64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30}, {"tib", 1 << 40}, {"pib", 1 << 50}, {"eib", 1 << 60},
	{"kb", 1e3}, {"mb", 1e6}, {"gb", 1e9}, {"tb", 1e12}, {"pb", 1e15}, {"eb", 1e18},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30}, {"t", 1 << 40}, {"p", 1 << 50}, {"e", 1 << 60},
	{"b", 1},
}

// sizeNumber is the number of a size: digits, with a decimal fraction.
var sizeNumber = regexp.MustCompile(`^[0-9]+(\.[0-9]+)?$`)

// parseSize reads a size in bytes: a number, optionally with a unit (B;
// KB, MB, GB, TB, PB, EB are powers of 1000; KiB … EiB and K … E powers of
// 1024), any case. A size too large for an int64 is the largest int64
// (the caller lowers it to the machine's memory); a number of bytes is
// whole ("1.5" is refused, "1.5KiB" is not).
func parseSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "" {
		return 0, fmt.Errorf("empty: want auto or a size such as 4GiB, 512MB or 2000000000")
	}
	mult, unit := 1.0, false
	for _, u := range sizeUnits {
		if strings.HasSuffix(t, u.suffix) {
			t, mult, unit = strings.TrimSpace(strings.TrimSuffix(t, u.suffix)), u.mult, u.suffix != "b"
			break
		}
	}
	if !sizeNumber.MatchString(t) {
		return 0, fmt.Errorf("want a size such as 4GiB, 512MB or 2000000000")
	}
	if !unit && strings.Contains(t, ".") {
		return 0, fmt.Errorf("a number of bytes is whole: want 2 or a unit (1.5GiB)")
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil {
		return 0, fmt.Errorf("want a size such as 4GiB, 512MB or 2000000000")
	}
	if !unit {
		// a byte count is exact: no float rounding below 2^63
		n, err := strconv.ParseInt(t, 10, 64)
		if err != nil {
			return math.MaxInt64, nil // too large: saturate
		}
		return n, nil
	}
	v *= mult
	if v >= math.MaxInt64 {
		return math.MaxInt64, nil
	}
	return int64(v), nil
}

// formatBytes writes a size for people: 1.5 GiB, 300.0 MiB, 12.0 KiB,
// 5 B (corpus.FormatSize, which the reader's own notes use).
func formatBytes(n int64) string { return corpus.FormatSize(n) }
