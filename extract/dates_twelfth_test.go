package extract

import (
	"strings"
	"testing"
)

// TestDateTwelfthRound holds the tense and anchor classes of the twelfth
// round (dev17, dev18), on sentences of my own: "this weekend" in a
// quote, a weekend ahead of a future verb, "due" before any place phrase,
// "set for" a date, a negated present progressive, a bare "be", a verb
// of falling due after a common-noun subject, "the day before that" +
// clause, a delay "until" a month, "no earlier than" a year.
func TestDateTwelfthRound(t *testing.T) {
	p := datePipeline(t)
	const thu = "2011-05-12" // a Thursday
	const fri = "2011-05-13"
	const mon = "2011-05-16"
	const head = "Headline\n\n"
	tests := []struct {
		name, date, text string
		want             []string
	}{
		// the weekend
		{"this weekend in a quote", thu, head + "“The roads stay closed this weekend,” the mayor said.",
			[]string{"this weekend=2011-05-14/2011-05-15"}},
		{"this weekend in a quote after said:", fri, head + "The coach said: “My players have nothing to prove this weekend.”",
			[]string{"this weekend=2011-05-14/2011-05-15"}},
		{"by the weekend after will", thu, head + "The army said it will have the bridge open by the weekend.",
			[]string{"the weekend=2011-05-14/2011-05-15"}},
		{"by the weekend after would", thu, head + "The ministry said on Thursday that the border would reopen by the weekend.",
			[]string{"Thursday=2011-05-12", "the weekend=2011-05-14/2011-05-15"}},
		{"this weekend past on a Monday", mon, head + "Thousands of people marched through the capital this weekend.",
			[]string{"this weekend=2011-05-14/2011-05-15"}},
		{"a closing quote mark looking back bounds nothing", mon, head + "The spot, titled “Relentless,” cites a poll from over the weekend.",
			[]string{"the weekend=2011-05-14/2011-05-15"}},
		{"have + a participle is a present perfect", thu, head + "The rebels have sworn loyalty to the new commander on Friday, and more will follow.",
			[]string{"Friday=2011-05-06"}},
		{"will have + a noun is ahead", thu, head + "The navy will have two frigates in the gulf by Sunday.",
			[]string{"Sunday=2011-05-15"}},
		// a request with "on" + its object
		{"called on residents to", thu, head + "The mayor called on residents to hang flags on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"called on Sunday for stays past", thu, head + "The mayor called on Sunday for calm.",
			[]string{"Sunday=2011-05-08"}},
		{"a request after the date and a comma is the date's", thu, head + "Speaking in Geneva on Monday, the envoy called on both sides to stop firing.",
			[]string{"Monday=2011-05-09"}},
		{"a request far before the date is the asking's", thu, head + "Rivera called for an independent prosecutor to look into the contracts signed by the ministry during the last two years of the old government at a rally in Lima on Monday.",
			[]string{"Monday=2011-05-09"}},
		{"a present request far before the date stays ahead", "2011-01-17", head + "The accord calls for a truce to take effect on Feb. 1 and for the rebels to hand in their rifles in stages by Oct. 31.",
			[]string{"Feb. 1=2011-02-01", "Oct. 31=2011-10-31"}},
		{"wanted talks to begin before", "2011-10-06", head + "Opposition leaders wanted talks on reform to begin before Christmas.",
			[]string{"Christmas=2011-12-25"}},
		// an adverb between "be" and its participle
		{"would be fully loaded", fri, head + "The captain said the ferry would be fully loaded on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"will be completely renovated by the weekend", thu, head + "The hall will be completely renovated by the weekend.",
			[]string{"the weekend=2011-05-14/2011-05-15"}},
		// a deadline for an act
		{"had until Monday to", fri, head + "The rebels had until Monday to hand over their weapons.",
			[]string{"Monday=2011-05-16"}},
		{"lasted until Monday stays past", fri, head + "The talks lasted until Monday, officials said.",
			[]string{"Monday=2011-05-09"}},
		// more verbs of the calendar
		{"the convoy arrives on", thu, head + "The relief convoy arrives on Saturday.",
			[]string{"Saturday=2011-05-14"}},
		{"whether the bonus comes on", thu, head + "Nobody knows whether the bonus comes on Friday.",
			[]string{"Friday=2011-05-13"}},
		{"the 30-day review period runs past", "2011-07-14", head + "Congress must vote, and the 30-day review period runs past Labor Day.",
			[]string{"Labor Day=2011-09-05"}},
		{"the day before that both", thu, head + "Envoys reached Kabul on May 2. They had said the day before that both sides would attend.",
			[]string{"May 2=2011-05-02", "the day before=2011-05-01"}},
		{"an 1878 treaty", thu, head + "Its claim rests on an 1878 treaty with the sultan.",
			[]string{"1878=1878"}},
		{"Labour Day", "2011-08-01", head + "The union wants a vote before Labour Day.",
			[]string{"Labour Day=2011-09-05"}},
		// due + a place phrase
		{"due off the coast", fri, head + "A Spanish frigate is due off the coast of Libya on Monday.",
			[]string{"Monday=2011-05-16"}},
		{"due into a port", fri, head + "The aid convoy is due into Misrata on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"due out of", fri, head + "The relief flight was due out of Nairobi on Wednesday.",
			[]string{"Wednesday=2011-05-18"}},
		{"due to a cause stays past", fri, head + "Delays due to the storm closed the port on Monday.",
			[]string{"Monday=2011-05-09"}},
		// set for a date
		{"has set for", fri, head + "The runoff, which the commission has set for Nov. 6, pits two former allies.",
			[]string{"Nov. 6=2011-11-06"}},
		{"have timed for", fri, head + "It is a vote that lawmakers have timed for March 3.",
			[]string{"March 3=2012-03-03"}},
		{"set for dinner stays past", fri, head + "The table was set for dinner on Monday.",
			[]string{"Monday=2011-05-09"}},
		// negated present progressive
		{"is not standing in the November election", "2011-03-10", head + "The senator is not standing in the November election.",
			[]string{"November=2011-11"}},
		{"is not attending on Friday", thu, head + "The minister is not attending the summit on Friday.",
			[]string{"Friday=2011-05-13"}},
		// a bare "be" continues a modal
		{"and be home by Christmas", "2011-07-06", head + "Jung said the engineers would stay until the end of September, as agreed, and be home by Christmas.",
			[]string{"the end of September=2011-09", "Christmas=2011-12-25"}},
		{"and be open by Easter", "2011-07-06", head + "Officials hope the bridge will be repaired, and be open to traffic by Easter.",
			[]string{"Easter=2012-04-08"}},
		{"said to be stays past", fri, head + "He was said to be in Kyiv on Monday.",
			[]string{"Monday=2011-05-09"}},
		// a verb of falling due after a common noun
		{"anniversary falls on", thu, head + "The tenth anniversary of the massacre falls on Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"congress opens on", thu, head + "The party congress opens on Saturday in the capital.",
			[]string{"Saturday=2011-05-14"}},
		{"ceasefire ends on", thu, head + "Diplomats fear fighting will resume because the ceasefire ends on Tuesday.",
			[]string{"Tuesday=2011-05-17"}},
		{"heavy falls stay a noun", thu, head + "Two heavy falls on Monday left climbers hurt.",
			[]string{"Monday=2011-05-09"}},
		// the day before + a clause
		{"the day before that + clause", thu, head + "Rebels seized the airport on March 3. The army had warned the day before that an attack was coming.",
			[]string{"March 3=2011-03-03", "the day before=2011-03-02"}},
		{"the day before that + name", thu, head + "Troops left the town on April 9. Officials had said the day before that Hassan would stay.",
			[]string{"April 9=2011-04-09", "the day before=2011-04-08"}},
		// a delay until a month
		{"a postponement until October", fri, head + "Ministers said privately that a postponement until October was now certain.",
			[]string{"October=2011-10"}},
		{"a delay until March", fri, head + "Analysts said a delay until March looked unavoidable.",
			[]string{"March=2012-03"}},
		// no earlier than a year
		{"no earlier than", fri, head + "The minister said the new tax would apply no earlier than 2014.",
			[]string{"2014=2014"}},
		{"not before", fri, head + "The plant will open not earlier than 2015, the company said.",
			[]string{"2015=2015"}},
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
