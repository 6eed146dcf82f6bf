//go:build linux

package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// syncFolder makes the files written into the folder dir durable, and the
// folder itself: one syncfs(2) of the file system that holds it, however
// many files (an fsync per file made render --split spend most of its
// time waiting for the disk: 20,000 pages, 16 s). names are the files,
// for systems without syncfs.
func syncFolder(dir string, names []string) error {
	f, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer f.Close()
	return unix.Syncfs(int(f.Fd()))
}
