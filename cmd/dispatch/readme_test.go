package main

import (
	"bufio"
	"context"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// TestREADMECommands runs every command of the README's ```sh blocks, as
// printed, in order, from a copy of the repository with ../shared beside
// it, as a new user would from a fresh clone. Each must exit 0.
func TestREADMECommands(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the README: skipped with -short")
	}
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	shared := filepath.Join(root, "..", "shared")
	if _, err := os.Stat(filepath.Join(shared, "corpus")); err != nil {
		t.Skipf("no sample corpus beside the repository: %v", err)
	}
	tmp := t.TempDir()
	repo := filepath.Join(tmp, "dispatch")
	copyTree(t, root, repo)
	if err := os.Symlink(shared, filepath.Join(tmp, "shared")); err != nil {
		t.Fatal(err)
	}

	lines := shellLines(t, filepath.Join(root, "README.md"))
	if len(lines) < 10 {
		t.Fatalf("only %d commands found in the README", len(lines))
	}
	path := os.Getenv("PATH") + string(os.PathListSeparator) + filepath.Join(runtime.GOROOT(), "bin")
	for _, line := range lines {
		t.Run(line, func(t *testing.T) {
			switch {
			case strings.HasPrefix(line, "go test "):
				t.Skip("the test suite itself: this test is part of it")
			case strings.HasPrefix(line, "go run ./cmd/dispatch-bench") && os.Getenv("DISPATCH_README_BENCH") == "":
				t.Skip("the prose v2 benchmark takes minutes: set DISPATCH_README_BENCH=1 to run it")
			}
			ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, "bash", "-c", "set -eo pipefail\n"+line)
			cmd.Dir = repo
			cmd.Env = append(os.Environ(), "PATH="+path)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Errorf("%s\n%v\n%s", line, err, out)
			}
		})
	}
	// What the README promises of its commands.
	if ids := outputIDs(t, readFile(t, filepath.Join(repo, "out.jsonl"))); len(ids) != 5 {
		t.Errorf("out.jsonl holds %d documents, want the 5 of the sample corpus", len(ids))
	}
}

// shellLines returns the command lines of the ```sh blocks of a Markdown
// file, without blank and comment lines.
func shellLines(t *testing.T, path string) []string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	in := false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		switch {
		case strings.HasPrefix(l, "```"):
			in = !in && l == "```sh"
		case in && l != "" && !strings.HasPrefix(l, "#"):
			lines = append(lines, l)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return lines
}

// copyTree copies the files of the repository at src to dst, leaving out
// the .git folder and what the README's commands would write.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if d.IsDir() {
			if d.Name() == ".git" {
				return fs.SkipDir
			}
			return os.MkdirAll(filepath.Join(dst, rel), 0o755)
		}
		if rel == "dispatch" || strings.HasSuffix(rel, ".jsonl") && !strings.Contains(rel, string(filepath.Separator)) || !d.Type().IsRegular() {
			return nil
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(dst, rel), data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}
