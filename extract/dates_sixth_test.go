package extract

import (
	"strings"
	"testing"
)

// TestDateSixthRound holds the tense classes that fresh articles (dev10,
// dev13, heldout5) and PolNeAR still resolved the wrong way after the
// fifth round, on sentences of our own (guide rule 31g).
func TestDateSixthRound(t *testing.T) {
	p := datePipeline(t)
	const tue = "2003-04-08" // a Tuesday
	const head = "Headline\n\n"
	tests := []struct {
		name, date, text string
		want             []string
	}{
		// a name inside a noun phrase makes its -s word a plural noun, no
		// present tense of a scheduled event
		{"by Name supporters", tue, head + "The mayor, whose offices were stormed by Rutskov supporters on Sunday, said crews would begin work on Wednesday.",
			[]string{"Sunday=2003-04-06", "Wednesday=2003-04-09"}},
		{"Name and Name regions", tue, head + "About 5,000 troops were deployed in the Tarn and Aveyron regions by Monday, and officials said the number would rise.",
			[]string{"Monday=2003-04-07"}},
		{"the Name contenders", tue, head + "The Labour contenders on Saturday presented their plans.",
			[]string{"Saturday=2003-04-05"}},
		{"a name as the subject", tue, head + "Kozyrev flies to Paris on Saturday for talks.",
			[]string{"Saturday=2003-04-12"}},
		// a second past verb of a reporting subject ends its clause
		{"declared and ordered", tue, head + "The king declared three days of mourning on Saturday and ordered the army to deploy search teams.",
			[]string{"Saturday=2003-04-05"}},
		{"said the talks would", tue, head + "The minister said the talks on Friday would decide.",
			[]string{"Friday=2003-04-11"}},
		// an -ed modifier inside a future verb phrase
		{"will brief allied ambassadors", tue, head + "He flew to Brussels on Wednesday and will brief allied ambassadors there on Monday.",
			[]string{"Wednesday=2003-04-02", "Monday=2003-04-14"}},
		{"would visit injured people", tue, head + "The court said the king would visit injured people at a hospital on Thursday.",
			[]string{"Thursday=2003-04-10"}},
		{"will say it deployed", tue, head + "The army will say it deployed troops on Monday.",
			[]string{"Monday=2003-04-07"}},
		// "ahead of" an event: still to come
		{"ahead of the caucuses on a day", tue, head + "The candidates campaigned hard ahead of the caucuses on Monday.",
			[]string{"Monday=2003-04-14"}},
		{"ahead of a day's vote", tue, head + "Rivals traded barbs ahead of Monday's vote.",
			[]string{"Monday=2003-04-14"}},
		// a bare month modifying an event noun after a determiner
		{"the April election", tue, head + "His coalition won the April election.", []string{"April=2003-04"}},
		{"their October session", "2003-09-02", head + "Ministers will gather for their October session in Brussels.",
			[]string{"October=2003-10"}},
		{"the May elections", tue, head + "The May elections were close.", nil},
		{"the March of Dimes", tue, head + "The March of Dimes raised money.", nil},
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
