package extract

import (
	"strings"
	"testing"
)

// TestPresentPerfectNeedsParticiple: "have" or "has" makes a present
// perfect (a past for the date after it) only before a past participle
// (date_words past or participle, or a regular -ed form), not before a
// noun that merely ends like one ("have snow", "have someone", "have
// fun", "have children"), nor before an -ed adjective the lists call no
// past ("have armed guards"; "have armed the villagers" is a perfect).
func TestPresentPerfectNeedsParticiple(t *testing.T) {
	p := datePipeline(t)
	const thu = "2011-05-12" // a Thursday
	const head = "Headline\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		// nouns after a modal's have: the modal decides (ahead)
		{"snow", head + "Forecasters said the north could have snow on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"someone", head + "The rebels may have someone at the talks in Geneva on Friday.",
			[]string{"Friday=2011-05-13"}},
		{"fun", head + "The coach said the players might have fun at the final on Saturday.",
			[]string{"Saturday=2011-05-14"}},
		{"children", head + "The camp would have children in every tent by Monday.",
			[]string{"Monday=2011-05-16"}},
		{"an -ed adjective before a noun", head + "The army would have armed guards at every station on Monday.",
			[]string{"Monday=2011-05-16"}},
		// participles: a present perfect (past)
		{"irregular participle", head + "The rebels may have taken the town on Sunday.",
			[]string{"Sunday=2011-05-08"}},
		{"participle like its present", head + "The ministry could have cut the budget on Monday.",
			[]string{"Monday=2011-05-09"}},
		{"-ed adjective before an object", head + "The militia could have armed the villagers on Sunday.",
			[]string{"Sunday=2011-05-08"}},
		{"participle in -wn", head + "Officials might have shown the film to donors on Tuesday.",
			[]string{"Tuesday=2011-05-10"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dateSpans(p, thu, tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q (%s)\n got  %q\n want %q", tc.text, thu, got, tc.want)
			}
		})
	}
}

// TestStateVerbBeforeParticiple: a present verb of state (date_words
// state_verb) makes the -ed word after it an adjective, no past: a
// future word before the verb decides (else the -ed word would date the
// weekday last week).
func TestStateVerbBeforeParticiple(t *testing.T) {
	p := datePipeline(t)
	const thu = "2011-05-12" // a Thursday
	const head = "Headline\n\n"
	for _, tc := range []struct {
		name, text string
		want       []string
	}{
		{"remain", head + "The mountain passes will remain blocked on Saturday, the police say.",
			[]string{"Saturday=2011-05-14"}},
		{"seem", head + "Without the traders, the old market would seem deserted on Saturday.",
			[]string{"Saturday=2011-05-14"}},
		{"stay", head + "The bridge is expected to stay guarded on Saturday, the army says.",
			[]string{"Saturday=2011-05-14"}},
		{"a past verb of state", head + "The mountain passes were blocked on Saturday.",
			[]string{"Saturday=2011-05-07"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := dateSpans(p, thu, tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q (%s)\n got  %q\n want %q", tc.text, thu, got, tc.want)
			}
		})
	}
}
