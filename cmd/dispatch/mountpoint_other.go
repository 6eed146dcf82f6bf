//go:build !unix

package main

// isMountPoint cannot tell a mount point here: a rename's EBUSY is told
// by splitPathError instead.
func isMountPoint(dir string) bool { return false }
