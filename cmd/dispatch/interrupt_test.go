package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestInterruptedBeforeWorkSaysSo: a command cut off by Ctrl-C or SIGTERM
// before it reaches its own interruption message says "interrupted", not
// the raw "context canceled" with a pointer to --help (red team L2: eval
// and validate).
func TestInterruptedBeforeWorkSaysSo(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "docs", "a.txt"), "date 2022-01-24\nJoe Biden said so.\n")
	write(t, filepath.Join(dir, "gold", "a.json"), `{"id":"a","annotations":[]}`+"\n")
	write(t, filepath.Join(dir, "pred.jsonl"), `{"id":"a","annotations":[]}`+"\n")
	for _, args := range [][]string{
		{"validate", filepath.Join(dir, "pred.jsonl")},
		{"eval", "--gold", filepath.Join(dir, "gold"), "--pred", filepath.Join(dir, "pred.jsonl"), "--bootstrap", "1000"},
		{"annotate", "-q", filepath.Join(dir, "docs")},
	} {
		t.Run(args[0], func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			cancel()
			var out, errb bytes.Buffer
			code := run(&env{ctx: ctx, stdin: strings.NewReader(""), stdout: &out, stderr: &errb}, args)
			if code == exitOK {
				t.Errorf("exit 0 after an interruption")
			}
			if strings.Contains(errb.String(), "context canceled") || strings.Contains(errb.String(), "--help") {
				t.Errorf("raw message:\n%s", errb.String())
			}
			if !strings.Contains(errb.String(), "interrupted") {
				t.Errorf("no word of the interruption:\n%s", errb.String())
			}
		})
	}
}

// TestGoldProblemsCounted: the tail line counts the problems listed, not
// the files (red team: "1 problems in the gold" after four problems of one
// brat file).
func TestGoldProblemsCounted(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "bg", "d1.txt"), "date 2022-01-24\nPresident Joe Biden spoke.\n")
	write(t, filepath.Join(dir, "bg", "d1.ann"), "T1\tOFFICIAL 10\tJoe\nT2\tOFFICIAL x y\tz\nT3 bad\n")
	write(t, filepath.Join(dir, "pred.jsonl"), `{"id":"d1","annotations":[]}`+"\n")
	r := cli(t, dir, "", "eval", "--gold-format", "brat", "--gold", "bg", "--pred", "pred.jsonl")
	listed := strings.Count(r.stderr, "d1.ann:")
	if listed < 2 {
		t.Fatalf("want several problems listed:\n%s", r.stderr)
	}
	if want := fmt.Sprintf("%d problems in the gold", listed); !strings.Contains(r.stderr, want) {
		t.Errorf("want %q:\n%s", want, r.stderr)
	}
}

func TestProblemCount(t *testing.T) {
	parts := []error{errors.New("a"), errors.New("b")}
	for _, c := range []struct {
		err  error
		want int
	}{
		{errors.New("one"), 1},
		{errors.Join(parts...), 2},
		{fmt.Errorf("file: %w", errors.Join(parts...)), 2},
		{errors.Join(append(parts, moreOf(7))...), 9},
	} {
		if got := problemCount(c.err); got != c.want {
			t.Errorf("problemCount(%q) = %d, want %d", c.err, got, c.want)
		}
	}
}

// moreOf is an error that stands for n problems.
type moreOf int

func (m moreOf) Error() string { return fmt.Sprintf("… and %d more", int(m)) }
func (m moreOf) Problems() int { return int(m) }
