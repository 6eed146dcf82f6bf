package format

import (
	"slices"
	"testing"
)

func TestQuoteStretches(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"curly", `He said “we will go,” and left.`, []string{"we will go,"}},
		{"straight", `He said "we will go," and "stay".`, []string{"we will go,", "stay"}},
		{"backticks", "He said ``we will go,'' and left.", []string{"we will go,"}},
		{"two apostrophes", "He said ''we will go,'' and left.", []string{"we will go,"}},
		{"single curly", "Russia ‘ready to talk’, Kremlin’s aide says", []string{"ready to talk"}},
		{"apostrophes are not marks", "Clinton’s team and the voters’ views", nil},
		{"nested single inside double", `“I said ‘no’ twice,” he said.`, []string{"I said ‘no’ twice,"}},
		{"unclosed ends at the line", "“We will go\nHe left.", []string{"We will go"}},
		{"reopened each paragraph", "“One.\n\n“Two.”", []string{"One.", "Two."}},
		{"empty", `a “ ” b`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := []rune(tt.text)
			var got []string
			for _, s := range quoteStretches(tt.text) {
				got = append(got, string(rs[s.start:s.end]))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
