//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

// peakRSS is unknown on this system.
func peakRSS() (uint64, bool) { return 0, false }
