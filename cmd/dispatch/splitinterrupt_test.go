package main

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRenderSplitInterruptTellsTruth cancels render --split over an
// existing view at many moments: whatever the moment, a run that says
// "nothing written" must leave the previous view, and a run that does
// not must leave the new one (red team 10: a Ctrl-C after the swap said
// "nothing written" over the new view). The property holds at any
// timing, so a loaded machine cannot make it fail; it only shifts which
// moments the runs hit.
func TestRenderSplitInterruptTellsTruth(t *testing.T) {
	dir := sampleDocs(t)
	in, view := filepath.Join(dir, "in"), filepath.Join(dir, "view")
	render := func(ctx context.Context, title string) (int, string) {
		var out, errb syncBuffer
		code := run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: &out, stderr: &errb},
			[]string{"render", in, "--title", title, "--split", view})
		return code, errb.String()
	}
	titleOf := func() string {
		data, err := os.ReadFile(filepath.Join(view, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		for _, title := range []string{"view-A", "view-B"} {
			if strings.Contains(string(data), title) {
				return title
			}
		}
		t.Fatalf("index.html holds neither title")
		return ""
	}
	if code, stderr := render(context.Background(), "view-A"); code != exitOK {
		t.Fatalf("first render: exit %d: %s", code, stderr)
	}
	start := time.Now() // the second run: the lexicon is loaded by then
	if code, stderr := render(context.Background(), "view-B"); code != exitOK {
		t.Fatalf("second render: exit %d: %s", code, stderr)
	}
	full := time.Since(start)
	rng := rand.New(rand.NewPCG(10, 10))
	before, after := 0, 0
	for i := range 40 {
		old := titleOf()
		next := map[string]string{"view-A": "view-B", "view-B": "view-A"}[old]
		ctx, cancel := context.WithCancel(context.Background())
		delay := time.Duration(rng.Int64N(int64(2*full) + 1))
		timer := time.AfterFunc(delay, cancel)
		code, stderr := render(ctx, next)
		timer.Stop()
		cancel()
		now := titleOf()
		switch {
		case strings.Contains(stderr, "nothing written"):
			before++
			if now != old || code != exitFatal {
				t.Errorf("run %d (cancelled after %v): exit %d, %q, but the folder holds %s (was %s)", i, delay, code, stderr, now, old)
			}
		case code == exitOK:
			after++
			if now != next {
				t.Errorf("run %d (cancelled after %v): exit 0, but the folder holds %s, not the new %s", i, delay, now, next)
			}
		default:
			t.Errorf("run %d (cancelled after %v): exit %d: %s", i, delay, code, stderr)
		}
		if entries, _ := filepath.Glob(filepath.Join(dir, ".view.tmp-*")); len(entries) > 0 {
			t.Errorf("run %d: left %v", i, entries)
		}
	}
	t.Logf("one run %v; %d runs stopped before the swap, %d after or not at all", full, before, after)
}
