package extract

import (
	"syscall"
	"unsafe"
)

// threadCPU is the CPU time of the calling thread in nanoseconds
// (CLOCK_THREAD_CPUTIME_ID); pin the goroutine with runtime.LockOSThread.
func threadCPU() int64 {
	var ts syscall.Timespec
	const clockThreadCPUTime = 3
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return ts.Nano()
}
