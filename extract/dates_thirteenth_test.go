package extract

import (
	"strings"
	"testing"
)

// TestDateThirteenthRound holds the classes of the thirteenth round, on
// sentences of my own: a present verb of state before an -ed adjective
// (date_words state_verb), a national day named by its country ("Kenya's
// Independence Day" is no July 4), a national day in a paragraph
// datelined in a country that keeps it on another date, a date in
// apposition to the holiday it is; "promised to" and "ready to" look
// ahead, "had decided to" tells a past act, and "called up" is no
// reporting verb; a bare month after "into", "until at least" or "most
// of" is a date.
func TestDateThirteenthRound(t *testing.T) {
	p := datePipeline(t)
	const thu = "2011-05-12" // a Thursday
	const fri = "2011-05-13"
	const head = "Headline\n\n"
	tests := []struct {
		name, date, text string
		want             []string
	}{
		// a verb of state: the -ed word after it is no past tense
		{"stays closed until", thu, head + "The port stays closed until Monday.",
			[]string{"Monday=2011-05-16"}},
		{"remain blocked until", thu, head + "Both airports remain blocked until Friday.",
			[]string{"Friday=2011-05-13"}},
		{"remains locked through", thu, head + "The archive remains locked through Sunday.",
			[]string{"Sunday=2011-05-15"}},
		{"a past verb of state still marks the past", thu, head + "The port stayed closed until Monday.",
			[]string{"Monday=2011-05-09"}},
		// a promise and readiness look ahead like a pledge
		{"have promised to", thu, head + "The unions have promised to strike again on Monday.",
			[]string{"Monday=2011-05-16"}},
		{"promised to in the past", thu, head + "Farmers promised to block the highway on Saturday, the police said.",
			[]string{"Saturday=2011-05-14"}},
		{"were ready to by the weekend", fri, head + "Officials said two more ferries were ready to sail by the weekend.",
			[]string{"the weekend=2011-05-14/2011-05-15"}},
		{"is ready to sign", thu, head + "The minister is ready to sign the accord on Tuesday.",
			[]string{"Tuesday=2011-05-17"}},
		// a past perfect of intent tells a past act
		{"had decided to", thu, head + "Aides said the general had decided to attack late Sunday, after the talks failed.",
			[]string{"Sunday=2011-05-08"}},
		{"had agreed to", thu, head + "The rebels had agreed to withdraw on Monday, the mediator said.",
			[]string{"Monday=2011-05-09"}},
		{"has agreed to stays ahead", thu, head + "The rebels have agreed to withdraw on Monday, the mediator said.",
			[]string{"Monday=2011-05-16"}},
		// a phrasal verb is no reporting verb
		{"called up at the weekend would join", thu, head + "She said 800 conscripts called up in the south at the weekend would join the border units.",
			[]string{"the weekend=2011-05-07/2011-05-08"}},
		{"called off on Tuesday", thu, head + "Officials said the strike called off on Tuesday would not resume.",
			[]string{"Tuesday=2011-05-10"}},
		{"a reporting verb still yields to the reported clause", thu, head + "The mayor said the market on Saturday would open early.",
			[]string{"Saturday=2011-05-14"}},
		// "takes place": a present of the calendar
		{"takes place on", thu, head + "Postal voting for soldiers abroad takes place on Monday.",
			[]string{"Monday=2011-05-16"}},
		{"takes place after a date opening the clause", thu, head + "On Saturday, the handover of the base takes place at noon.",
			[]string{"Saturday=2011-05-14"}},
		{"took place stays past", thu, head + "Postal voting for soldiers abroad took place on Monday.",
			[]string{"Monday=2011-05-09"}},
		// a bare month after "into", "until at least", "most of"
		{"into a month", thu, head + "The garrison will stay into September.",
			[]string{"September=2011-09"}},
		{"until at least a month", thu, head + "Fighting is expected to go on until at least October.",
			[]string{"October=2011-10"}},
		{"most of a month", thu, head + "The envoy spent most of March shuttling between the capitals.",
			[]string{"March=2011-03"}},
		{"the rest of a month", thu, head + "Schools will stay shut for the rest of July.",
			[]string{"July=2011-07"}},
		{"into May's is a name", thu, head + "The inquiry into May's cabinet went on.", nil},
		{"most of a month that is a name", thu, head + "Most of April Ryan's reports were read.", nil},
		// a national day owned by its country
		{"a country's Independence Day", "2011-08-02", head + "Parades are planned for Pakistan's Independence Day.",
			[]string{"Pakistan's Independence Day=2011-08-14"}},
		{"a country's Independence Day with a curly apostrophe", "2011-08-30", head + "Crowds gathered in Kyiv on Ukraine’s Independence Day.",
			[]string{"Ukraine’s Independence Day=2011-08-24"}},
		{"a country's Labour Day", "2011-04-20", head + "Unions will march on Kenya's Labour Day.",
			[]string{"Kenya's Labour Day=2011-05-01"}},
		{"a date in apposition to its holiday", "2011-08-20", head + "On Aug. 17, Indonesia's Independence Day, the president pardoned 40 prisoners.",
			[]string{"Aug. 17, Indonesia's Independence Day=2011-08-17"}},
		// a national day in a paragraph with a dateline
		{"a dateline's country", "2011-09-01", head + "MEXICO CITY — The president will speak on Independence Day.",
			[]string{"Independence Day=2011-09-16"}},
		{"a dateline with a country after the city", "2011-09-20", head + "WELLINGTON, New Zealand (AP) — Shops will close on Labour Day.",
			[]string{"Labour Day=2011-10-24"}},
		{"another paragraph keeps the US date", "2011-06-20", head + "ACCRA — The ship left port on Monday.\n\nCongress will debate the bill after Independence Day.",
			[]string{"Monday=2011-06-20", "Independence Day=2011-07-04"}},
		{"a Canadian dateline keeps the North American Labour Day", "2011-08-20", head + "OTTAWA — Parliament returns after Labour Day.",
			[]string{"Labour Day=2011-09-05"}},
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
