//go:build !linux

package extract

import "time"

var threadStart = time.Now()

// threadCPU falls back to wall time where the thread's CPU clock is not read.
func threadCPU() int64 { return int64(time.Since(threadStart)) }
