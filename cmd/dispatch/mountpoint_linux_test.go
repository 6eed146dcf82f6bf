//go:build linux

package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestCLIRenderSplitMountPoint: a --split DIR that is a mount point is
// refused up front with a clear message, before anything is read or
// written (red team 9, 2b: the raw "device or resource busy" came after
// building the whole view); a folder inside it is written.
func TestCLIRenderSplitMountPoint(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	dir := sampleDocs(t)
	mountTmpfs(t, filepath.Join(dir, "mnt"), "1m")
	r := cli(t, dir, "", "render", "in", "--split", "mnt")
	if r.code != exitFatal || !strings.Contains(r.stderr, "is a mount point") || strings.Contains(r.stderr, "busy") {
		t.Errorf("exit %d: %s", r.code, r.stderr)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".mnt*")); len(m) != 0 {
		t.Errorf("left %v", m)
	}
	if r := cli(t, dir, "", "render", "in", "--split", "mnt/view"); r.code != exitOK {
		t.Errorf("a folder inside the mount: exit %d: %s", r.code, r.stderr)
	}
}

// TestSplitSwapError: a rename's EBUSY (a bind mount of the same file
// system, which the device number does not show) says mount point.
func TestSplitSwapError(t *testing.T) {
	err := splitSwapError("v", &os.LinkError{Op: "rename", Old: ".v.tmp-1", New: "v", Err: syscall.EBUSY})
	if !strings.Contains(err.Error(), "--split v: is a mount point") {
		t.Errorf("EBUSY: %v", err)
	}
	if err := splitSwapError("v", &os.LinkError{Op: "rename", Old: ".v.tmp-1", New: "v", Err: syscall.EXDEV}); !errors.Is(err, syscall.EXDEV) && !strings.Contains(err.Error(), "cross-device") {
		t.Errorf("EXDEV: %v", err)
	}
}

// mountTmpfs makes the folder path and mounts a tmpfs of size there
// (root only: the test is skipped when it cannot), unmounted when the
// test ends.
func mountTmpfs(t *testing.T, path, size string) {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	if err := os.Mkdir(path, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mount("tmpfs", path, "tmpfs", 0, "size="+size); err != nil {
		t.Skipf("cannot mount a tmpfs: %v", err)
	}
	t.Cleanup(func() { syscall.Unmount(path, 0) })
}
