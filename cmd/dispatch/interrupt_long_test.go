//go:build unix

package main

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestInterruptInsideOneDocument: SIGTERM or SIGINT while one huge
// (16 MB) pathological document is being annotated stops the run with the
// interrupted message, and the documents already annotated are kept in
// the partial output. Before, `timeout 60 dispatch annotate` on 400 KB
// of "the spokesman said Austin said" printed "interrupted" only 43 s
// after the signal, and a 1.6 MB news-like mix ran on for 7 minutes (red
// team 5, 7b). The document takes about ten seconds uncancelled (it took
// minutes before the officials stage was made linear); the deadline is a
// hang guard.
func TestInterruptInsideOneDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("16 MB document: skipped in -short mode")
	}
	if binary == "" {
		t.Fatal(buildErr)
	}
	for _, sig := range []syscall.Signal{syscall.SIGTERM, syscall.SIGINT} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			in := filepath.Join(dir, "in")
			write(t, filepath.Join(in, "a.txt"), " date 2022-01-24 Defense Secretary Lloyd Austin said on Monday that 8,500 troops were on alert.")
			write(t, filepath.Join(in, "z.txt"), strings.Repeat("the spokesman said Austin said ", 16<<20/31))
			ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary, "annotate", "-j", "1", "in", "-o", "out.jsonl")
			cmd.Dir = dir
			var errb strings.Builder
			cmd.Stderr = &errb
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			// a.txt is annotated in milliseconds; z.txt takes about ten
			// seconds (it took minutes while the officials' descriptions
			// were quadratic)
			select {
			case <-done:
				t.Skipf("the run ended before the signal: %s", errb.String())
			case <-time.After(2 * time.Second):
			}
			cmd.Process.Signal(sig)
			var err error
			select {
			case err = <-done:
			case <-time.After(time.Minute):
				cmd.Process.Kill()
				<-done
				t.Fatalf("still running a minute after %v; stderr:\n%s", sig, errb.String())
			}
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			}
			if code != exitFatal || !strings.Contains(errb.String(), "interrupted") {
				t.Errorf("exit %d, stderr:\n%s", code, errb.String())
			}
			if _, err := os.Stat(filepath.Join(dir, "out.jsonl")); err == nil {
				t.Errorf("out.jsonl written by an interrupted run")
			}
			ids := checkOutput(t, filepath.Join(dir, "out.jsonl.partial"))
			if len(ids) != 1 || ids[0] != "a" {
				t.Errorf("partial output holds %v, want [a]; stderr:\n%s", ids, errb.String())
			}
		})
	}
}
