//go:build unix

package main

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestLockPermissionDenied: an output in a folder the user cannot write
// is refused with the real error (permission denied), with or without
// another user's lock file there. Before, the lock file's creation failed
// with EACCES, the fallback (open another user's lock file read-only)
// failed with ENOENT, and the message said "no such file or directory"
// (red team 16, 12). Run as root, the binary runs as nobody.
func TestLockPermissionDenied(t *testing.T) {
	if binary == "" {
		t.Fatal(buildErr)
	}
	// a folder everyone can enter (t.TempDir's parents are 0700)
	base, err := os.MkdirTemp("", "dispatch-lockperm-")
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(base)
	data, err := os.ReadFile(binary)
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(base, "dispatch")
	write(t, bin, string(data))
	write(t, filepath.Join(base, "in.txt"), "Defense Secretary Lloyd Austin said on Monday that 8,500 troops were on alert.")
	for _, p := range []string{base, bin} {
		if err := os.Chmod(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	os.Chmod(filepath.Join(base, "in.txt"), 0o644)
	var cred *syscall.Credential
	if os.Getuid() == 0 {
		cred = &syscall.Credential{Uid: 65534, Gid: 65534}
	}
	cases := []struct {
		name     string
		lockFile bool // another user's lock file is there
	}{
		{"no lock file", false},
		{"another user's lock file", true},
	}
	for i, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ro := filepath.Join(base, "ro"+string(rune('a'+i)))
			if err := os.Mkdir(ro, 0o755); err != nil {
				t.Fatal(err)
			}
			if c.lockFile {
				write(t, filepath.Join(ro, ".out.jsonl.lock"), "dispatch annotate, process 1, started 2026-12-01 06:00:00 UTC\n") // a killed run's
				os.Chmod(filepath.Join(ro, ".out.jsonl.lock"), 0o444)
			}
			if err := os.Chmod(ro, 0o555); err != nil {
				t.Fatal(err)
			}
			defer os.Chmod(ro, 0o755)
			if cred == nil {
				// not root: is the folder really closed to us?
				if f, err := os.Create(filepath.Join(ro, "probe")); err == nil {
					f.Close()
					t.Skip("the folder stays writable (a file system without permissions)")
				}
			}
			ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, bin, "annotate", "in.txt", "-o", filepath.Join(ro, "out.jsonl"))
			cmd.Dir = base
			cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
			var errb bytes.Buffer
			cmd.Stderr = &errb
			err := cmd.Run()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			stderr := errb.String()
			if code != exitFatal || !strings.Contains(stderr, "permission denied") || strings.Contains(stderr, "no such file") {
				t.Errorf("exit %d, stderr:\n%s\nwant exit %d and permission denied", code, stderr, exitFatal)
			}
		})
	}
}
