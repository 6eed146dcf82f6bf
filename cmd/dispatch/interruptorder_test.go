package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// cutReader hands out its text at most 256 bytes at a time and cancels
// the run once the reader has taken the first cut bytes: Ctrl-C at a
// chosen point of the input, with the documents before it in flight on
// the workers, whatever the machine's speed.
type cutReader struct {
	mu     sync.Mutex
	text   string
	pos    int
	cut    int
	cancel context.CancelFunc
}

func (r *cutReader) Read(p []byte) (int, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.pos >= r.cut {
		r.cancel()
	}
	if r.pos >= len(r.text) {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 256)], r.text[r.pos:])
	r.pos += n
	return n, nil
}

// TestInterruptKeepsInputOrder: a run with two workers stopped at many
// points of its input writes a prefix of the input order, without a hole
// (on standard output and in FILE.partial), and --resume then makes a
// file byte-identical to an uninterrupted run's. Before, a document cut
// off on one worker was left out while the later ones another worker had
// finished were written (red team 16, 2: d00699 missing between d00698
// and d00700, and appended at the end by --resume). Documents of very
// different lengths make a later one finish before an earlier one.
func TestInterruptKeepsInputOrder(t *testing.T) {
	var in strings.Builder
	var ids []string
	var ends []int // where each record ends in the input
	for i := range 48 {
		n := 2
		if i%4 == 1 {
			n = 120 // a long one beside short ones
		}
		id := fmt.Sprintf("d%03d", i)
		text := strings.Repeat(fmt.Sprintf("Defense Secretary Lloyd Austin said on Monday that %d troops were on alert. ", 100+i), n)
		rec, err := json.Marshal(map[string]string{"id": id, "date": "2022-01-24", "text": text})
		if err != nil {
			t.Fatal(err)
		}
		in.Write(rec)
		in.WriteByte('\n')
		ids = append(ids, id)
		ends = append(ends, in.Len())
	}
	input := in.String()
	runOnce := func(t *testing.T, cut int, args ...string) (int, string, string) {
		t.Helper()
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		r := &cutReader{text: input, cut: cut, cancel: cancel}
		var out, errb syncBuffer
		done := make(chan int, 1)
		go func() {
			done <- run(&env{ctx: ctx, stdin: r, stdout: &out, stderr: &errb}, append([]string{"annotate", "-j", "2", "--progress", "never"}, args...))
		}()
		select {
		case code := <-done:
			return code, out.String(), errb.String()
		case <-time.After(2 * time.Minute):
			t.Fatalf("annotate %v cut at byte %d did not end", args, cut)
		}
		return 0, "", ""
	}
	// prefix checks that got is ids[:len(got)]
	prefix := func(t *testing.T, where string, got []string) {
		t.Helper()
		for i, id := range got {
			if i >= len(ids) || id != ids[i] {
				t.Fatalf("%s: documents %v are not a prefix of the input order (at %d: %s)", where, got, i, id)
			}
		}
	}
	dir := t.TempDir()
	whole := filepath.Join(dir, "whole.jsonl")
	if code, _, stderr := runOnce(t, len(input)+1, "-o", whole, "-"); code != 0 {
		t.Fatalf("uninterrupted run: exit %d\n%s", code, stderr)
	}
	want := readFile(t, whole)
	for k := 2; k < len(ends); k += 3 {
		cut := ends[k] - 10 // inside document k: the reader is ahead of the workers
		t.Run(fmt.Sprintf("stdout cut in %s", ids[k]), func(t *testing.T) {
			code, out, stderr := runOnce(t, cut, "-")
			if code != exitFatal || !strings.Contains(stderr, "interrupted") {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			prefix(t, "standard output", outputIDs(t, out))
		})
		t.Run(fmt.Sprintf("-o cut in %s, then --resume", ids[k]), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "out.jsonl")
			code, _, stderr := runOnce(t, cut, "-o", out, "-")
			if code != exitFatal {
				t.Fatalf("exit %d, stderr:\n%s", code, stderr)
			}
			if _, err := os.Stat(out + ".partial"); err == nil {
				prefix(t, "out.jsonl.partial", checkOutput(t, out+".partial"))
			}
			if code, _, stderr := runOnce(t, len(input)+1, "--resume", "-o", out, "-"); code != 0 {
				t.Fatalf("--resume: exit %d\n%s", code, stderr)
			}
			if got := readFile(t, out); got != want {
				t.Errorf("--resume after a cut in %s: the output differs from an uninterrupted run's\ngot  %v\nwant %v", ids[k], outputIDs(t, got), outputIDs(t, want))
			}
		})
	}
}
