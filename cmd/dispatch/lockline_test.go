package main

import (
	"regexp"
	"testing"
)

// TestLockLinesAsPatterns: isLockHead and isLockTempLine accept exactly
// what the regular expressions they replaced accepted.
func TestLockLinesAsPatterns(t *testing.T) {
	head := regexp.MustCompile(`^dispatch[^\n]*, process [0-9]+, started [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2} UTC$`)
	temp := regexp.MustCompile(`^` + tempLinePrefix + `[^/\n]+ [0-9]+:[0-9]+$`)
	lines := []string{
		"dispatch annotate, process 123, started 2026-12-01 06:00:00 UTC",
		"dispatch render --split, process 9, started 2026-12-01 06:00:00 UTC",
		"dispatch, process 1, started 2026-12-01 06:00:00 UTC",
		"dispatch x, process , started 2026-12-01 06:00:00 UTC",
		"dispatch x, process 12a, started 2026-12-01 06:00:00 UTC",
		"dispatch x, process 12, started 2026-12-01 06:00:00",
		"dispatch x, process 12, started 2026-12-01 06:00:00 UTC ",
		"dispatch a, process 1, b, process 2, started 2026-12-01 06:00:00 UTC",
		"my notes, process 1, started 2026-12-01 06:00:00 UTC",
		"dispatch x, process 1, started 26-12-01 06:00:00 UTC",
		"temporary file .out.csv.tmp-123 2049:5527",
		"temporary file .out csv 2049:5527",
		"temporary file ../x 1:2",
		"temporary file  1:2",
		"temporary file x 1:",
		"temporary file x :2",
		"temporary file x 1:2:3",
		"temporary file x12",
		"",
	}
	for _, l := range lines {
		if got, want := isLockHead(l), head.MatchString(l); got != want {
			t.Errorf("isLockHead(%q) = %v, the pattern says %v", l, got, want)
		}
		if got, want := isLockTempLine(l), temp.MatchString(l); got != want {
			t.Errorf("isLockTempLine(%q) = %v, the pattern says %v", l, got, want)
		}
	}
}
