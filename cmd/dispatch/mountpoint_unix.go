//go:build unix

package main

import (
	"os"
	"path/filepath"
	"syscall"
)

// isMountPoint reports whether the folder dir is a mount point: its
// device differs from its parent's. (A bind mount of a folder of the same
// file system is not seen here: its rename fails with EBUSY, told by
// splitPathError.)
func isMountPoint(dir string) bool {
	dir = filepath.Clean(dir)
	a, err1 := os.Lstat(dir)
	b, err2 := os.Stat(filepath.Dir(dir))
	if err1 != nil || err2 != nil {
		return false
	}
	sa, ok1 := a.Sys().(*syscall.Stat_t)
	sb, ok2 := b.Sys().(*syscall.Stat_t)
	return ok1 && ok2 && a.IsDir() && sa.Dev != sb.Dev
}
