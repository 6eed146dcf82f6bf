package extract

import (
	"strings"
	"testing"
)

// TestDateTenthRound holds the tense classes of the tenth round (dev17),
// on sentences of my own: a request verb right after the date is the
// date's, past, while the act it asks for is ahead; two days in a row
// joined by "and" are one span.
func TestDateTenthRound(t *testing.T) {
	p := datePipeline(t)
	const tue = "2003-04-08" // a Tuesday
	const head = "Headline\n\n"
	tests := []struct {
		name, date, text string
		want             []string
	}{
		{"on Thursday invited … to join", tue, head + "The leaders on Thursday invited seven countries to join the alliance and agreed to create a force that could deploy.",
			[]string{"Thursday=2003-04-03"}},
		{"urged … to stay home on Saturday", tue, head + "The mayor urged residents to stay home on Saturday.",
			[]string{"Saturday=2003-04-12"}},
		{"two days in a row joined by and", tue, head + "The minister will travel to Washington for talks on April 23 and 24.",
			[]string{"April 23 and 24=2003-04-23/2003-04-24"}},
		{"two days apart are no span", tue, head + "Votes were held on April 3 and 10.",
			[]string{"April 3=2003-04-03"}},
		{"a count after the second number", tue, head + "Between April 3 and 4 others joined.",
			[]string{"April 3=2003-04-03"}},
		{"on Monday asked … to leave", tue, head + "The police on Monday asked reporters to leave the square.",
			[]string{"Monday=2003-04-07"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dateSpans(p, tc.date, tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q (%s)\n got  %q\n want %q", tc.text, tc.date, got, tc.want)
			}
		})
	}
}
