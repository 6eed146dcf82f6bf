//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly)

package main

import (
	"os"
	"time"
)

// peakRSS is unknown on this system.
func peakRSS() (uint64, bool) { return 0, false }

// childRSS is unknown on this system.
func childRSS(*os.ProcessState) (uint64, bool) { return 0, false }

// processCPU is unknown on this system.
func processCPU() time.Duration { return 0 }
