package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestStdoutIsInput: standard output that is a regular file which is one
// of the inputs (appended to, or opened read-write at it; an input read
// through standard input; a file in an input folder) is refused before
// anything is read, exit 2, naming both, and the input stays as it was,
// for every command that writes to standard output (validate too) (red team 17, 3:
// annotate d.jsonl >> d.jsonl read its own output back; 1<>t.jsonl
// overwrote the input while it was read, exit 0).
func TestStdoutIsInput(t *testing.T) {
	if binary == "" {
		t.Fatal(buildErr)
	}
	dir := sampleDocs(t)
	pred := cli(t, dir, "", "annotate", "in")
	if pred.code != exitOK {
		t.Fatalf("annotate: %d %s", pred.code, pred.stderr)
	}
	cases := []struct {
		name   string
		args   []string
		stdout string // the file standard output is, in dir
		stdin  string // the file standard input is, or ""
		flag   int    // how standard output is opened
	}{
		{"annotate >>", []string{"annotate", "p.jsonl"}, "p.jsonl", "", os.O_WRONLY | os.O_APPEND},
		{"annotate -o - 1<>", []string{"annotate", "p.jsonl", "-o", "-"}, "p.jsonl", "", os.O_RDWR},
		{"annotate -o /dev/stdout 1<>", []string{"annotate", "p.jsonl", "-o", "/dev/stdout"}, "p.jsonl", "", os.O_RDWR},
		{"annotate - < p >> p", []string{"annotate", "-"}, "p.jsonl", "p.jsonl", os.O_WRONLY | os.O_APPEND},
		{"annotate a folder >> a file in it", []string{"annotate", "in"}, "in/a.txt", "", os.O_WRONLY | os.O_APPEND},
		{"export csv 1<>", []string{"export", "--format", "csv", "p.jsonl"}, "p.jsonl", "", os.O_RDWR},
		{"render >>", []string{"render", "--pred", "p.jsonl", "--docs", "in"}, "p.jsonl", "", os.O_WRONLY | os.O_APPEND},
		{"eval >> pred", []string{"eval", "--gold", "p.jsonl", "--pred", "p.jsonl"}, "p.jsonl", "", os.O_WRONLY | os.O_APPEND},
		// red team 18, 1: validate wrote its summary over the header
		{"validate 1<>", []string{"validate", "p.jsonl"}, "p.jsonl", "", os.O_RDWR},
		{"validate >>", []string{"validate", "p.jsonl"}, "p.jsonl", "", os.O_WRONLY | os.O_APPEND},
		{"validate >> a --docs file", []string{"validate", "--docs", "in", "p.jsonl"}, "in/a.txt", "", os.O_WRONLY | os.O_APPEND},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			write(t, filepath.Join(dir, "p.jsonl"), pred.stdout)
			target := filepath.Join(dir, c.stdout)
			before := readFile(t, target)
			out, err := os.OpenFile(target, c.flag, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer out.Close()
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, binary, c.args...)
			cmd.Dir, cmd.Stdout = dir, out
			if c.stdin != "" {
				in, err := os.Open(filepath.Join(dir, c.stdin))
				if err != nil {
					t.Fatal(err)
				}
				defer in.Close()
				cmd.Stdin = in
			}
			var errb bytes.Buffer
			cmd.Stderr = &errb
			err = cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != exitFatal || !strings.Contains(errb.String(), "standard output (the file ") || !strings.Contains(errb.String(), "refusing to write over an input") {
				t.Errorf("exit %d, want %d and a refusal naming both: %s", code, exitFatal, errb.String())
			}
			if got := readFile(t, target); got != before {
				t.Errorf("the input changed (%d bytes, was %d)", len(got), len(before))
			}
		})
	}
	// standard output a file that is no input: written, exit 0
	out, err := os.Create(filepath.Join(dir, "other.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	cmd := exec.Command(binary, "annotate", "in")
	var errb bytes.Buffer
	cmd.Dir, cmd.Stdout, cmd.Stderr = dir, out, &errb
	if err := cmd.Run(); err != nil || !strings.Contains(readFile(t, filepath.Join(dir, "other.jsonl")), "Biden") {
		t.Errorf("annotate > other.jsonl: %v %s", err, errb.String())
	}
}
