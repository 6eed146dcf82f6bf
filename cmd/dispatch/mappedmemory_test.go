package main

import (
	"runtime"
	"testing"
)

// TestMappedNotReleased: the figure read from runtime/metrics is the one
// runtime.ReadMemStats gives (Sys less HeapReleased), within what a few
// allocations between the two reads may change.
func TestMappedNotReleased(t *testing.T) {
	got := mappedNotReleased()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	want := int64(ms.Sys - ms.HeapReleased)
	if d := got - want; d < -1<<20 || d > 1<<20 {
		t.Errorf("mappedNotReleased() = %d, ReadMemStats: %d", got, want)
	}
}
