package extract

import (
	"slices"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestDateCalendarEdges: near the ends of the calendar (a document dated
// 9999-12-31 or 0001-01-01, the latest and earliest that --date and a
// header take), each DATE whose value stays within years 0001-9999 is
// written, and one whose value leaves them (10000-01-01, 0000-12-31, a
// range with an end beyond) is dropped alone, never its neighbours (red
// team 17, 9: "leave tomorrow and return next year, on January 3" at
// 9999-12-31 has three dates, all in year 10000).
func TestDateCalendarEdges(t *testing.T) {
	p := datePipeline(t)
	const top, bottom = "9999-12-31", "0001-01-01"
	tests := []struct {
		date, text string
		want       []string
	}{
		{top, "Austin will leave tomorrow and return next year, on January 3.", nil},
		{top, "Austin left on Monday and will return tomorrow.", []string{"Monday=9999-12-27"}},
		{top, "The envoy spoke yesterday and leaves next week.", []string{"yesterday=9999-12-30"}},
		{top, "Talks ran from December 28 to January 2, and Lavrov spoke today.", []string{"today=9999-12-31"}},
		{top, "Shoigu arrived last month and stays until next month.", []string{"last month=9999-11"}},
		{top, "The minister met him last year and meets him again this year.", []string{"last year=9998", "this year=9999"}},
		{top, "The summit opened on December 3.", []string{"December 3=9999-12-03"}},
		{bottom, "He left yesterday and returns tomorrow.", []string{"tomorrow=0001-01-02"}},
		{bottom, "Talks ran from December 28 to January 2, and Lavrov spoke today.", []string{"today=0001-01-01"}},
		{bottom, "The minister met him last year and meets him again this year.", []string{"this year=0001"}},
	}
	for _, tc := range tests {
		t.Run(tc.date+" "+tc.text, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "d", Date: tc.date, Text: tc.text}) {
				if a.Type == corpus.Date {
					got = append(got, a.Text+"="+a.Value)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
