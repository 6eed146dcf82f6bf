//go:build !linux

package main

import (
	"os"
	"path/filepath"
)

// syncFolder makes the files names written into the folder dir durable,
// and the folder itself: each file is synced once, all of them written
// first (Linux syncs the whole file system in one call instead).
func syncFolder(dir string, names []string) error {
	for _, n := range names {
		f, err := os.Open(filepath.Join(dir, n))
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	d.Sync() // not supported on every system: best effort
	return nil
}
