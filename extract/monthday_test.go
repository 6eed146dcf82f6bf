package extract

import (
	"fmt"
	"testing"
)

// TestMonthDay: monthDay reads every form as fmt.Sscanf(s, "%d-%d") does.
func TestMonthDay(t *testing.T) {
	for _, s := range []string{
		"01-01", "12-25", "1-1", "7-04", "0012-0031", "12345-1", "1-12345",
		"12-25 x", "12--25", "-12-25", "+12-25", "12-+25", "12- 25", " 12-25",
		"12/25", "12-", "-25", "", "-", "a-b", "1a-2", "12-2a", "١٢-٢٥",
	} {
		var wm, wd int
		_, werr := fmt.Sscanf(s, "%d-%d", &wm, &wd)
		m, d, err := monthDay(s)
		if (err == nil) != (werr == nil) || err == nil && (m != wm || d != wd) {
			t.Errorf("monthDay(%q) = %d, %d, %v; Sscanf: %d, %d, %v", s, m, d, err, wm, wd, werr)
		}
	}
}
