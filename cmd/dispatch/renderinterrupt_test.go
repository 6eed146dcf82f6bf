package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/render"
)

// cancelOnWrite cancels the run's context at its first write: a Ctrl-C
// that comes while render writes its page.
type cancelOnWrite struct {
	cancel context.CancelFunc
	n      int
}

func (c *cancelOnWrite) Write(p []byte) (int, error) {
	c.cancel()
	c.n += len(p)
	return len(p), nil
}

// TestRenderInterruptedWhileWriting: a cancellation after the reading
// phase stops render: exit 2, "interrupted", not a complete page, and
// how much of it went to standard output.
func TestRenderInterruptedWhileWriting(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	out := &cancelOnWrite{cancel: cancel}
	var errb syncBuffer
	done := make(chan int, 1)
	go func() {
		done <- run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: out, stderr: &errb},
			[]string{"render", "--gold", "../../corpus/gold", "--docs", "../../../shared/corpus"})
	}()
	var code int
	select {
	case code = <-done:
	case <-time.After(time.Minute):
		t.Fatal("did not end after cancellation")
	}
	if code != exitFatal || !strings.Contains(errb.String(), "interrupted") || strings.Contains(errb.String(), "context canceled") {
		t.Errorf("exit %d, stderr %q; want exit %d and \"interrupted\"", code, errb.String(), exitFatal)
	}
	if out.n > 64<<10 {
		t.Errorf("%d bytes written after the cancellation; want at most one buffer", out.n)
	}
	// what went out is said, not "nothing written" (before: it was)
	want := "the first " + formatBytes(int64(out.n)) + " of the page went to standard output, which holds it cut short"
	if out.n == 0 || !strings.Contains(errb.String(), want) || strings.Contains(errb.String(), "nothing written") {
		t.Errorf("%d bytes written; stderr %q, want %q", out.n, errb.String(), want)
	}
}

// TestWriteSplitCancelled: a cancelled --split run leaves the folder (an
// earlier view) exactly as it was and leaves no temporary folder behind.
func TestWriteSplitCancelled(t *testing.T) {
	v, err := render.Articles(context.Background(), []corpus.Document{{ID: "a", Text: "Some text."}}, []corpus.Annotated{{ID: "a"}}, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	parent := t.TempDir()
	dir := filepath.Join(parent, "view")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, render.IndexFile), []byte("EARLIER"), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := writeSplit(ctx, dir, v); err == nil {
		t.Error("writeSplit with a cancelled context: no error")
	}
	if b, err := os.ReadFile(filepath.Join(dir, render.IndexFile)); err != nil || string(b) != "EARLIER" {
		t.Errorf("index.html = %q, %v; want it as it was", b, err)
	}
	if ents, _ := os.ReadDir(parent); len(ents) != 1 {
		t.Errorf("%d entries beside the folder; want only the folder", len(ents))
	}
}
