package extract

import (
	"strings"
	"testing"
)

// TestDateParagraphBreak: no DATE crosses a blank line (red team 22, 2:
// "March 11\n\n2022 was a hard year" was 2022-03-11, the next
// paragraph's year); a single line break inside a date is wrapped text
// and stays inside it.
func TestDateParagraphBreak(t *testing.T) {
	p := datePipeline(t)
	const may = "2019-05-01"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the next paragraph's year", "He arrived on March 11\n\n2022 was a hard year.",
			[]string{"March 11=2019-03-11", "2022=2022"}},
		{"spaces around the blank line", "It ended on 11 \n\n Dec. Nobody came.", nil},
		{"CRLF blank line", "It ended on 23 \r\n\r\n Dec. Nobody came.", nil},
		{"CR blank line", "He arrived on March 11\r\r2022 was a hard year.",
			[]string{"March 11=2019-03-11", "2022=2022"}},
		{"paragraph separator", "He arrived on March 11\u20292022 was a hard year.",
			[]string{"March 11=2019-03-11", "2022=2022"}},
		{"relative", "They will meet next\n\nyear round tables were set.", nil},
		{"month and year", "It was cold in January\n\n2022 began badly.",
			[]string{"January=2019-01", "2022=2022"}},
		// holidays of two words: the lexicon's match read past the cut
		// (review 12: "Christmas\n\nEve" was one DATE)
		{"holiday's last word", "They met on Christmas\n\nEve came quietly.",
			[]string{"Christmas=2018-12-25"}},
		{"Memorial Day", "They met on Memorial\n\nDay came quietly.", nil},
		// the lone weekday after the break is lost too: read from "Good"
		// the holiday reaches across, and no view starts at the break
		{"Good Friday", "They met on Good\n\nFriday came quietly.", nil},
		// wrapped text: one line break is no paragraph break
		{"wrapped month-day-year", "He arrived on March\n11, 2022 and left.",
			[]string{"March\n11, 2022=2022-03-11"}},
		{"wrapped CRLF", "He arrived on 23 \r\n Dec. and left.",
			[]string{"23 \r\n Dec.=2018-12-23"}},
		{"wrapped relative", "They will meet next\n year.",
			[]string{"next\n year=2020"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dateSpans(p, may, tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q\n got  %q\n want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestBlankLine(t *testing.T) {
	for gap, want := range map[string]bool{
		"\n": false, " \n ": false, "\r\n": false, "\r": false, "\u2028": false,
		"\n\n": true, "\n \t\n": true, "\r\n\r\n": true, "\r\r": true, "\n\u2028": true, "\u2029": true,
	} {
		if got := blankLine(gap); got != want {
			t.Errorf("blankLine(%q) = %v, want %v", gap, got, want)
		}
	}
}
