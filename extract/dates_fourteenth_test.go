package extract

import (
	"strings"
	"testing"
)

// TestDateWeekdayAhead holds the weekday classes of the fourteenth round
// (guide 31m), on sentences of my own: a word right before a bare
// weekday that sets it ahead whatever the verb (a deadline after "until",
// a day set after "for", a guess after "possibly", "maybe"), with the
// cases it leaves alone; and a plural present of the calendar ("Talks
// resume on Tuesday").
func TestDateWeekdayAhead(t *testing.T) {
	p := datePipeline(t)
	const thu = "2011-05-12" // a Thursday
	const head = "Headline\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		// a deadline after a past act
		{"closed until", head + "The governor closed every school in the province until Monday.",
			[]string{"Monday=2011-05-16"}},
		{"moved until", head + "The airline moved its flights to the northern airport until Saturday, officials said.",
			[]string{"Saturday=2011-05-14"}},
		{"a past verb of lasting keeps the past", head + "The port stayed closed until Monday.",
			[]string{"Monday=2011-05-09"}},
		{"waited until stays past", head + "The council waited until Tuesday to publish the figures.",
			[]string{"Tuesday=2011-05-10"}},
		{"an opening Until stays with its clause", head + "Until Monday, the border crossing was open to trucks.",
			[]string{"Monday=2011-05-09"}},
		{"a month waited for stays past", head + "The minister had waited until March to brief the committee.",
			[]string{"March=2011-03"}},
		{"a month deadline still ahead", head + "The ministry has until March to brief the committee.",
			[]string{"March=2012-03"}},
		// a day an event is set for
		{"called a session for", head + "The premier has called an emergency cabinet meeting for Saturday.",
			[]string{"Saturday=2011-05-14"}},
		{"a possessive is the day's own", head + "Police arrested two men for Monday's bombing of the depot.",
			[]string{"Monday=2011-05-09"}},
		// a guess
		{"possibly on", head + "The envoy said the first convoy would leave once the road was cleared, possibly on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"maybe in a quote", head + "“Nobody tells us anything,” a driver said. “Maybe Saturday.”",
			[]string{"Saturday=2011-05-14"}},
		{"perhaps after a past verb", head + "The mayor said the water was cut, perhaps on Friday.",
			[]string{"Friday=2011-05-13"}},
		// the plural present of the calendar
		{"talks resume", head + "Talks resume in Geneva on Tuesday.",
			[]string{"Tuesday=2011-05-17"}},
		{"when ministers meet", head + "The plan is likely to be approved when finance ministers meet in Lisbon on Monday.",
			[]string{"Monday=2011-05-16"}},
		{"farmers plan a march", head + "Farmers plan a march on the capital on Saturday, their union said.",
			[]string{"Saturday=2011-05-14"}},
		{"they convene", head + "The deputies are divided, and they convene again on Friday.",
			[]string{"Friday=2011-05-13"}},
		{"the past stays past", head + "Talks resumed in Geneva on Tuesday.",
			[]string{"Tuesday=2011-05-10"}},
		{"a plural after a preposition is no subject", head + "Delegates from the provinces met in Geneva on Tuesday.",
			[]string{"Tuesday=2011-05-10"}},
		// an -ed adjective after a preposition is no past tense
		{"for stranded families", head + "The board said polling will be held in shelters for stranded families on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"of injured soldiers", head + "The minister will visit the families of injured soldiers on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"an -ed verb after a preposition's object stays past", head + "Troops in the north clashed with rebels on Sunday.",
			[]string{"Sunday=2011-05-08"}},
		// a parade or a dinner held on a holiday dates it (date_words
		// holiday_noun no longer lists them); plural parades still do not
		{"a holiday parade", head + "Tanks rolled through the capital in the Victory Day parade.",
			[]string{"Victory Day=2011-05-09"}},
		{"a holiday dinner", head + "The sailors ate Christmas dinner on the carrier.",
			[]string{"Christmas=2010-12-25"}},
		{"a holiday before parades stays out", head + "The crews want to be back before the Memorial Day parades.", nil},
		{"a holiday recess stays out", head + "Congress left for the Easter recess.", nil},
		{"a headline tells the past in the present", "Rebels meet in Geneva on Tuesday\n\nThe rebels met envoys.",
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
