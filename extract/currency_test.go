package extract

import (
	"slices"
	"testing"
)

// TestCurrencyIsNoYear: a four-digit number after any currency symbol is
// an amount, not a year (the list of symbols once lacked ₽, ₹ and ₩).
func TestCurrencyIsNoYear(t *testing.T) {
	p := datePipeline(t)
	tests := []struct{ text, notWant string }{
		{"The fine was ₽2021 on Monday.", "2021=2021"},
		{"He paid ₹2021 for the ticket.", "2021=2021"},
		{"It cost ₩2021 in all.", "2021=2021"},
		{"The bill came to $2021 last week.", "2021=2021"},
		{"The bill came to ₽ 2021 last week.", "2021=2021"},
	}
	for _, tc := range tests {
		if got := dateSpans(p, "2022-01-24", tc.text); slices.Contains(got, tc.notWant) {
			t.Errorf("%q: dates %q, want no %q", tc.text, got, tc.notWant)
		}
	}
	// a year is still a year
	if got := dateSpans(p, "2022-01-24", "The war began in 2014, officials said."); !slices.Contains(got, "2014=2014") {
		t.Errorf("a year after a preposition: dates %q", got)
	}
}
