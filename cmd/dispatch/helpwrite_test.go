package main

import (
	"context"
	"strings"
	"syscall"
	"testing"
)

// fullWriter fails every write as a full device does.
type fullWriter struct{}

func (fullWriter) Write([]byte) (int, error) { return 0, syscall.ENOSPC }

// TestHelpWriteError: help that cannot be written (a full device, a
// closed pipe) is exit 2 with a message, in every form that prints it;
// before, help, help COMMAND and COMMAND --help exited 0 silently (red
// team 17, 8), while --version said so.
func TestHelpWriteError(t *testing.T) {
	for _, args := range [][]string{
		{"help"},
		{"help", "annotate"},
		{"--help"},
		{"annotate", "--help"},
		{"eval", "-h"},
		{"render", "--help"},
		{"--version"},
	} {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			var stderr strings.Builder
			code := run(&env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: fullWriter{}, stderr: &stderr}, args)
			if code != exitFatal || !strings.Contains(stderr.String(), "no space left on device") {
				t.Errorf("exit %d, stderr %q; want %d and the write error", code, stderr.String(), exitFatal)
			}
		})
	}
	// written whole: exit 0, as before
	var stdout, stderr strings.Builder
	if code := run(&env{ctx: context.Background(), stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr}, []string{"help", "annotate"}); code != exitOK || !strings.Contains(stdout.String(), "annotate") || stderr.Len() != 0 {
		t.Errorf("help annotate: exit %d, stderr %q", code, stderr.String())
	}
}
