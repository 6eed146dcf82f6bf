package main

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/dispatch-nlp/dispatch/extract"
)

// TestMemoryEstimateCoversPeak: the memory a document reserves
// (extract.EstimateTextMemory) covers the peak resident memory of annotating
// it, on the densest kinds of text measured: quotes with a named speaker
// every 17 bytes (issue 8, H5: 47-51 bytes per byte measured against an
// estimate of 32, so --memory was exceeded). processBase is the resident
// memory of the process before any document (the lexicon, the runtime).
func TestMemoryEstimateCoversPeak(t *testing.T) {
	if testing.Short() {
		t.Skip("4 MB documents: skipped in -short mode")
	}
	if binary == "" {
		t.Fatal(buildErr)
	}
	const size = 4 << 20
	const processBase = 32 << 20
	for _, unit := range []string{
		`"x," Kirby said. `,
		`"Yes," said Biden. `,
		`Biden said "x" `,
	} {
		t.Run(unit, func(t *testing.T) {
			dir := t.TempDir()
			text := "date 2022-01-24 " + strings.Repeat(unit, size/len(unit))
			rec, _ := json.Marshal(map[string]string{"id": "m", "text": text})
			write(t, filepath.Join(dir, "m.jsonl"), string(rec)+"\n")
			cmd := exec.Command(binary, "annotate", "-q", "-j1", "m.jsonl", "-o", "out.jsonl")
			cmd.Dir = dir
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%v:\n%s", err, out)
			}
			peak := cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
			est := extract.EstimateTextMemory(text)
			// The child starts as a vfork of this process, and Linux counts
			// the parent's high-water mark into the child's maxrss at exec:
			// when this test process is itself bigger than the bound (as
			// under the race detector), the figure says nothing.
			var self syscall.Rusage
			if err := syscall.Getrusage(syscall.RUSAGE_SELF, &self); err == nil && self.Maxrss<<10 >= est+processBase {
				t.Skipf("the test process peaked at %d MB, over the bound it would check: the child's maxrss includes it", self.Maxrss>>10)
			}
			t.Logf("%d bytes: peak %d MB (%.1f bytes per byte), estimate %d MB", len(text), peak>>20, float64(peak)/float64(len(text)), est>>20)
			if peak > est+processBase {
				t.Errorf("peak resident memory %d MB is over the estimate %d MB (+%d MB for the process)", peak>>20, est>>20, processBase>>20)
			}
		})
	}
}
