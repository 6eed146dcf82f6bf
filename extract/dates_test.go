package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

func datePipeline(t testing.TB) *Pipeline { return testPipeline(t, corpus.Date) }

// dateSpans renders the DATE annotations of text as "span=value".
func dateSpans(p *Pipeline, date, text string) []string {
	var out []string
	for _, a := range p.Annotate(corpus.Document{ID: "t", Date: date, Text: text}) {
		if a.Type == corpus.Date {
			out = append(out, a.Text+"="+a.Value)
		}
	}
	return out
}

func TestDates(t *testing.T) {
	p := datePipeline(t)
	// 2022-01-24 is a Monday; 2022-02-13 a Sunday; 2022-01-29 a Saturday.
	tests := []struct {
		name, date, text string
		want             []string
	}{
		// future in the past and requests (guide rule 27)
		{"was due to", "2022-01-29", "The envoy was due to brief ministers on Monday.", []string{"Monday=2022-01-31"}},
		{"request with object and infinitive", "2022-01-29", "The mayor urged residents to stay indoors on Tuesday.", []string{"Tuesday=2022-02-01"}},
		{"request verb without infinitive stays past", "2022-01-29", "The mayor told reporters on Tuesday that the roads were clear.", []string{"Tuesday=2022-01-25"}},
		// month-day and day-month
		{"month-day", "2022-02-13", "Talks resume on February 2 in Geneva.", []string{"February 2=2022-02-02"}},
		{"abbrev month", "2021-12-24", "She said so on Dec. 23 in London.", []string{"Dec. 23=2021-12-23"}},
		{"abbrev no period", "2021-12-24", "Posted Dec 23 by the ministry.", []string{"Dec 23=2021-12-23"}},
		{"month-day-year", "2022-01-11", "Tony Blinken, January 28, 2022", []string{"January 28, 2022=2022-01-28"}},
		{"month-day-year no comma", "", "Signed on January 28 2022 in Kyiv.", []string{"January 28 2022=2022-01-28"}},
		{"ordinal month-day", "2022-01-11", "Signed on December 23rd in Kyiv.", []string{"December 23rd=2021-12-23"}},
		{"day-month", "2022-01-11", "6 December: talks opened.", []string{"6 December=2021-12-06"}},
		{"ordinal of month", "2022-01-11", "On the 6th of December the envoy flew home.", []string{"6th of December=2021-12-06"}},
		{"day-month-year", "", "It was signed on 6 December 2021.", []string{"6 December 2021=2021-12-06"}},
		{"nearest year back", "2022-01-11", "On November 29 the talks began.", []string{"November 29=2021-11-29"}},
		{"nearest year forward", "2021-12-24", "They meet on January 10.", []string{"January 10=2022-01-10"}},
		{"invalid day", "2022-01-11", "On February 30 nothing.", nil},
		{"iso date", "", "Updated 2022-01-24 by staff.", []string{"2022-01-24=2022-01-24"}},
		{"dotted date", "", "Decree of 24.02.2022 on mobilisation.", []string{"24.02.2022=2022-02-24"}},
		// ranges
		{"month range", "2022-01-11", "Exercises ran November 9-13 near the border.", []string{"November 9-13=2021-11-09/2021-11-13"}},
		{"day range", "2022-01-11", "Exercises ran 9-13 November near the border.", []string{"9-13 November=2021-11-09/2021-11-13"}},
		{"day range with to", "2022-01-11", "Exercises ran from 9 to 13 November.", []string{"9 to 13 November=2021-11-09/2021-11-13"}},
		{"cross-month range", "2022-01-11", "Drills ran November 29-December 3.", []string{"November 29-December 3=2021-11-29/2021-12-03"}},
		{"range with year", "", "Drills ran November 9-13, 2021.", []string{"November 9-13, 2021=2021-11-09/2021-11-13"}},
		// months
		{"month-year", "2022-01-11", "The December 2021 European Council met.", []string{"December 2021=2021-12"}},
		{"in month", "2022-01-11", "Troops arrived in December.", []string{"December=2021-12"}},
		{"last month name", "2022-01-29", "The proposals sent last December.", []string{"last December=2021-12"}},
		{"next month name", "2022-01-29", "A summit next March.", []string{"next March=2022-03"}},
		{"early month", "2022-01-29", "Talks in early February.", []string{"early February=2022-02"}},
		{"mid-month token", "2022-01-29", "By mid-January the troops had gathered.", []string{"mid-January=2022-01"}},
		{"late month year", "", "Since late December 2021 it has grown.", []string{"late December 2021=2021-12"}},
		{"end of month", "2022-01-29", "By the end of April it must be done.", []string{"the end of April=2022-04"}},
		{"end of last month", "2022-01-29", "At the end of last month they met.", []string{"the end of last month=2021-12"}},
		{"end of the year", "2022-01-29", "Before the end of the year.", []string{"the end of the year=2022"}},
		{"end of without article", "2022-01-29", "Talks end of April are planned.", []string{"end of April=2022-04"}},
		{"month and month", "2022-01-29", "Between March and May the plan will change.", []string{"March=2022-03", "May=2022-05"}},
		{"month possessive", "2022-01-29", "December's talks failed.", []string{"December=2021-12"}},
		{"narrowed day stays out", "2021-12-24", "Late December 23 she wrote.", []string{"December 23=2021-12-23"}},
		// May and March
		{"may modal", "2022-01-29", "Russia may invade. May God help us.", nil},
		{"may with day", "2022-01-29", "The parade on May 9 will be cancelled.", []string{"May 9=2022-05-09"}},
		{"may with prep", "2022-01-29", "Elections are due in May.", []string{"May=2022-05"}},
		{"may surname", "2022-01-29", "May's government fell. Theresa May said no.", nil},
		{"march verb", "2022-01-29", "Troops march on Kyiv. March on, they said.", nil},
		{"lowercase month", "2022-01-29", "in march they will see.", nil},
		{"all caps headline", "2022-01-29", "TALKS SET FOR FEBRUARY 2", []string{"FEBRUARY 2=2022-02-02"}},
		// years
		{"year", "2021-12-24", "Since its accession to the alliance in 1997.", []string{"1997=1997"}},
		{"year in name", "2022-01-29", "Under the 1949 Geneva conventions.", []string{"1949=1949"}},
		{"year attributive", "2022-01-29", "The 2014 annexation of Crimea.", []string{"2014=2014"}},
		{"troop count", "2022-01-29", "Some 2000 troops and 1500 soldiers arrived.", nil},
		{"count plural", "2022-01-29", "It sent 2000 vehicles and 1999 tanks.", nil},
		{"article", "2022-01-29", "Article 5 and Resolution 2202 apply.", nil},
		{"money", "2022-01-29", "It cost $2000 or 1,200 euros.", nil},
		{"decade", "2022-01-29", "Since the 1990s.", nil},
		{"strong", "2022-01-29", "A 2000-strong force.", nil},
		{"time", "2022-01-29", "At 1500 GMT.", nil},
		{"year range", "", "The 2014-2015 war.", []string{"2014=2014", "2015=2015"}},
		{"year in hyphenated name", "", "The Zapad-2021 exercise.", []string{"2021=2021"}},
		{"year before singular personnel noun", "", "Russia's 2021 troop build-up.", []string{"2021=2021"}},
		{"numbered noun before day-month", "2022-01-29", "Article 5 May apply.", nil},
		{"mail on sunday", "2022-01-24", "The Mail on Sunday said so.", nil},
		{"dateline", "2022-01-24", "KYIV, Jan 24 (Reuters) - Ukraine said on Monday it had received 2,000 weapons.", []string{"Jan 24=2022-01-24", "Monday=2022-01-24"}},
		{"dateline with year", "", "WASHINGTON, Feb. 2, 2022 — The Pentagon said.", []string{"Feb. 2, 2022=2022-02-02"}},
		{"later this year", "2022-01-24", "Later this year, or in the coming weeks.", []string{"Later this year=2022"}},
		{"start of next year", "2022-01-24", "By the start of next year.", []string{"the start of next year=2023"}},
		{"mid-year", "2022-01-24", "By the middle of next week.", []string{"the middle of next week=2022-W05"}},
		{"mid year token", "", "Until mid-2021 nothing changed.", []string{"mid-2021=2021"}},
		{"early year", "", "In early 2022 it changed.", []string{"early 2022=2022"}},
		// weekdays
		{"bare weekday past", "2022-01-24", "Berlin announced on Monday evening.", []string{"Monday=2022-01-24"}},
		{"weekday past", "2022-01-29", "The meeting held on Tuesday ended.", []string{"Tuesday=2022-01-25"}},
		{"weekday future will", "2022-01-24", "Blinken will meet Lavrov on Friday.", []string{"Friday=2022-01-28"}},
		{"weekday future expected", "2022-01-24", "A decision is expected on Thursday.", []string{"Thursday=2022-01-27"}},
		{"weekday future ll", "2022-01-24", "They'll decide on Wednesday.", []string{"Wednesday=2022-01-26"}},
		{"weekday until", "2022-01-24", "The drills last until Sunday.", []string{"Sunday=2022-01-30"}},
		{"weekday future on same day", "2022-01-24", "He will speak on Monday.", []string{"Monday=2022-01-24"}},
		{"weekday past markers first", "2022-01-24", "Blinken said on Friday that Russia will invade.", []string{"Friday=2022-01-21"}},
		{"weekday relative clause after", "2022-01-24", "On Friday, Russia, which will hold drills, said no.", []string{"Friday=2022-01-21"}},
		{"weekday future after", "2022-01-24", "On Friday, Biden will announce it.", []string{"Friday=2022-01-28"}},
		{"passive future", "2022-01-24", "Talks will be held on Friday.", []string{"Friday=2022-01-28"}},
		{"set to", "2022-01-24", "Ministers are set to meet Thursday.", []string{"Thursday=2022-01-27"}},
		{"this weekday past", "2022-02-13", "The Pentagon ordered this Friday the deployment.", []string{"this Friday=2022-02-11"}},
		{"this weekday future", "2022-02-09", "They will meet this Friday.", []string{"this Friday=2022-02-11"}},
		{"last weekday", "2022-01-28", "It happened last Friday.", []string{"last Friday=2022-01-21"}},
		{"next weekday", "2022-01-28", "It happens next Friday.", []string{"next Friday=2022-02-04"}},
		{"earlier on weekday", "2022-01-24", "Borrell called earlier on Monday to avoid it.", []string{"Monday=2022-01-24"}},
		{"late on weekday", "2022-01-24", "Late on Friday the news broke.", []string{"Friday=2022-01-21"}},
		{"weekday possessive", "2022-01-24", "Monday’s press conference.", []string{"Monday=2022-01-24"}},
		{"sunday times", "2022-01-24", "The Sunday Times reported it.", nil},
		{"good friday", "2022-01-24", "The Good Friday agreement.", nil},
		{"every friday", "2022-01-24", "They protest every Friday.", nil},
		{"abbrev weekday alone", "2022-01-24", "Sun and Sat are days off.", nil},
		// same day merged
		{"date comma weekday", "2021-12-24", "She said in a statement on Dec. 23, Thursday.", []string{"Dec. 23, Thursday=2021-12-23"}},
		{"weekday comma date", "2021-12-24", "On Thursday, Dec. 23, she spoke.", []string{"Thursday, Dec. 23=2021-12-23"}},
		{"weekday paren date", "2021-12-24", "On Thursday (Dec. 23) she spoke.", []string{"Thursday (Dec. 23)=2021-12-23"}},
		{"weekday day-month year", "", "Thursday 23 December 2021 was cold.", []string{"Thursday 23 December 2021=2021-12-23"}},
		{"abbrev weekday date", "2021-12-24", "Thu, Dec. 23 update.", []string{"Thu, Dec. 23=2021-12-23"}},
		{"different days not merged", "2021-12-24", "On Friday, Dec. 23 was recalled.", []string{"Friday=2021-12-24", "Dec. 23=2021-12-23"}},
		// deictic
		{"yesterday", "2022-02-13", "Biden said yesterday it was real.", []string{"yesterday=2022-02-12"}},
		{"earlier yesterday", "2021-12-24", "At a press conference earlier yesterday.", []string{"yesterday=2021-12-23"}},
		{"today tomorrow", "2022-02-13", "Today and tomorrow.", []string{"Today=2022-02-13", "tomorrow=2022-02-14"}},
		{"russia today", "2022-02-13", "He told Russia Today so.", nil},
		// weeks, months, years
		{"this week", "2022-01-11", "The United States this week discussed it.", []string{"this week=2022-W02"}},
		{"last week", "2022-01-11", "It was said last week.", []string{"last week=2022-W01"}},
		{"early next week", "2022-01-11", "A reply early next week.", []string{"early next week=2022-W03"}},
		{"this month", "2022-02-13", "Troops announced earlier this month.", []string{"earlier this month=2022-02"}},
		{"last month", "2022-01-13", "Troops arrived last month.", []string{"last month=2021-12"}},
		{"next month", "2022-12-13", "Troops arrive next month.", []string{"next month=2023-01"}},
		{"this year", "2022-02-13", "Earlier this year and last year.", []string{"Earlier this year=2022", "last year=2021"}},
		{"late last year", "2022-02-13", "It began late last year.", []string{"late last year=2021"}},
		{"the last week duration", "2022-02-13", "Over the last week and the next year.", nil},
		{"days ago", "2022-02-13", "It happened three days ago.", []string{"three days ago=2022-02-10"}},
		{"weeks ago", "2022-01-24", "It happened two weeks ago.", []string{"two weeks ago=2022-W02"}},
		{"a year ago", "2022-01-24", "A year ago it began.", []string{"A year ago=2021"}},
		{"digits months ago", "2022-01-24", "Some 2 months ago.", []string{"2 months ago=2021-11"}},
		{"vague ago", "2022-01-24", "Dozens of years ago.", nil},
		// weekends
		{"the weekend past", "2022-01-24", "Talks held over the weekend ended.", []string{"the weekend=2022-01-22/2022-01-23"}},
		{"the weekend future", "2022-01-26", "Talks will be held over the weekend.", []string{"the weekend=2022-01-29/2022-01-30"}},
		{"this weekend on sunday", "2022-01-23", "Talks will continue this weekend.", []string{"this weekend=2022-01-22/2022-01-23"}},
		{"last weekend", "2022-01-23", "Talks ended last weekend.", []string{"last weekend=2022-01-15/2022-01-16"}},
		{"next weekend", "2022-01-24", "Talks begin next weekend.", []string{"next weekend=2022-01-29/2022-01-30"}},
		// out
		{"durations", "2022-01-24", "For five days and several years, the past few weeks.", nil},
		{"vague", "2022-01-24", "In recent days, soon, at the present time.", nil},
		{"ages", "2022-01-24", "A 45-year-old man, aged 19.", nil},
		{"ordinals", "2022-01-24", "The 23rd brigade and 1st battalion.", nil},
		{"earlier bare", "2022-01-24", "Blinken earlier told reporters.", nil},
		// no document date
		{"no date relative", "", "Yesterday, on Monday, last week, in December.", []string{"Yesterday=", "Monday=", "last week=", "December="}},
		{"no date absolute", "", "On Dec. 23 and in 1997.", []string{"Dec. 23=", "1997=1997"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dateSpans(p, tc.date, tc.text)
			if strings.Join(got, " | ") != strings.Join(tc.want, " | ") {
				t.Errorf("%q (%s)\n got  %q\n want %q", tc.text, tc.date, got, tc.want)
			}
		})
	}
}

func TestDateCalendar(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    bool
	}{
		{2022, 2, 29, false}, {2024, 2, 29, true}, {0, 2, 29, true}, {2022, 4, 31, false}, {2022, 13, 1, false}, {2022, 1, 0, false},
	}
	for _, tc := range tests {
		if got := validDay(tc.y, tc.m, tc.d); got != tc.want {
			t.Errorf("validDay(%d,%d,%d) = %v", tc.y, tc.m, tc.d, got)
		}
	}
}

func BenchmarkDates(b *testing.B) {
	p := datePipeline(b)
	para := "Blinken will meet Lavrov on Friday, Jan. 28, officials said on Monday. " +
		"Some 8,500 troops were put on alert earlier this month; exercises ran November 9-13, 2021, " +
		"and 6 December, and the alliance has grown since 1997. Talks are due in early February.\n"
	text := strings.Repeat(para, 200)
	d := p.analyze(corpus.Document{ID: "b", Date: "2022-01-24", Text: text})
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		_ = p.dates(d)
	}
}

// TestDateResolver covers the tense policy, holidays, anaphoric dates and
// spelled-out years. 2022-05-10 is a Tuesday.
func TestDateResolver(t *testing.T) {
	p := datePipeline(t)
	const may = "2022-05-10"
	tests := []struct {
		name, date, text string
		want             []string
	}{
		// tense of the clause
		{"past beats nearest", may, "The accord was signed on Sept. 1 in Minsk.", []string{"Sept. 1=2021-09-01"}},
		{"no tense takes nearest", may, "The accord of Sept. 1 in Minsk.", []string{"Sept. 1=2022-09-01"}},
		{"future beats nearest", may, "Ministers plan to meet again on Jan. 20.", []string{"Jan. 20=2023-01-20"}},
		{"would is future", may, "The envoys would return on Jan. 20, aides hoped.", []string{"Jan. 20=2023-01-20"}},
		{"reported future", may, "Officials said the vote on Jan. 20 would be close.", []string{"Jan. 20=2023-01-20"}},
		{"reporting verb owns its date", may, "Officials said on Friday that the vote would be close.", []string{"Friday=2022-05-06"}},
		{"past month", may, "Fresh troops arrived in August.", []string{"August=2021-08"}},
		{"future month", may, "Fresh troops will arrive in January.", []string{"January=2023-01"}},
		{"near date stays near", may, "Talks will resume, as after the round of April 28.", []string{"April 28=2022-04-28"}},
		{"since is past", may, "No convoy has passed since Sept. 3.", []string{"Sept. 3=2021-09-03"}},
		{"adjective is no past", may, "The revised deadline is Sept. 3.", []string{"Sept. 3=2022-09-03"}},
		{"a past infinitive is no future", may, "Her decision to meet the envoy in August drew criticism.", []string{"August=2021-08"}},
		{"a year-less date stays in its clause", may, "Output will grow, less than forecast in August.", []string{"August=2022-08"}},
		{"that-clause", may, "He decided that in August, he will vote.", []string{"August=2022-08"}},
		{"conditional is future", may, "The treaty lapses if nobody signs it in February.", []string{"February=2023-02"}},
		{"were to is future", may, "Aides said that if she were to win in February, she would sign it.", []string{"February=2023-02"}},
		{"bare month as subject of a modal", may, "Traders fear February will be worse.", []string{"February=2023-02"}},
		{"month that is a given name stays out", may, "Everyone hopes June will sing.", nil},
		{"holiday naming a vacation", may, "Families planned the Christmas vacation.", nil},
		{"holiday naming a recess", may, "Senators left for the Easter recess.", nil},
		{"holiday near the document date", "2016-09-08", "Trump insisted, most recently in a Labor Day interview, that he wants to.", []string{"Labor Day=2016-09-05"}},
		{"this month name", may, "The drills this September are larger.", []string{"this September=2022-09"}},
		// holidays and named days
		{"past holiday", may, "The soldiers were home for Christmas.", []string{"Christmas=2021-12-25"}},
		{"future holiday", may, "The soldiers will be home by Christmas.", []string{"Christmas=2022-12-25"}},
		{"easter computus", may, "Easter passed quietly in the city.", []string{"Easter=2022-04-17"}},
		{"orthodox easter", may, "Shelling stopped on Orthodox Easter.", []string{"Orthodox Easter=2022-04-24"}},
		{"holiday with year", may, "Easter 2021 was quiet.", []string{"Easter 2021=2021-04-04"}},
		{"election day", may, "Voters will go to the polls on Election Day.", []string{"Election Day=2022-11-08"}},
		{"thanksgiving", may, "The unit will rotate home after Thanksgiving.", []string{"Thanksgiving=2022-11-24"}},
		{"new year's day", may, "The strikes began on New Year's Day.", []string{"New Year's Day=2022-01-01"}},
		{"independence day", may, "A parade will mark Independence Day.", []string{"Independence Day=2022-07-04"}},
		{"last and next holiday", may, "Not since last Christmas, and not before next Easter.", []string{"last Christmas=2021-12-25", "next Easter=2023-04-09"}},
		{"holiday naming a thing", may, "The Christmas truce and the Easter holidays.", nil},
		// anaphoric dates
		{"the next day", may, "The ceasefire was signed on March 3. The next day, shelling resumed.", []string{"March 3=2022-03-03", "The next day=2022-03-04"}},
		{"days later", may, "The town fell on April 2. Two days later, the troops withdrew.", []string{"April 2=2022-04-02", "Two days later=2022-04-04"}},
		{"the day before", may, "Kyiv was shelled on April 2, and the day before.", []string{"April 2=2022-04-02", "the day before=2022-04-01"}},
		{"later that year", may, "Russia annexed Crimea in 2014. Later that year, war broke out.", []string{"2014=2014", "Later that year=2014"}},
		{"a year earlier", may, "Talks failed in March 2021. A year earlier they had stalled.", []string{"March 2021=2021-03", "A year earlier=2020"}},
		{"previous weekday", may, "Talks failed on Monday, March 7. The previous Friday, envoys had met.", []string{"Monday, March 7=2022-03-07", "The previous Friday=2022-03-04"}},
		{"anaphor without a date", may, "That day will come.", nil},
		{"event-relative day", may, "The day after the vote, troops moved.", nil},
		{"duration", may, "Over the next year, troops will rotate.", nil},
		{"following year", may, "The war began in 2014. The following year, talks opened.", []string{"2014=2014", "The following year=2015"}},
		// years in words
		{"spelled year", may, "It began in nineteen ninety-six.", []string{"nineteen ninety-six=1996"}},
		{"the year two thousand", may, "Before the year two thousand.", []string{"two thousand=2000"}},
		{"month and spelled year", may, "In January nineteen ninety-seven it ended.", []string{"January nineteen ninety-seven=1997-01"}},
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

// TestDateRules checks that each DATE names the rule that produced it.
func TestDateRules(t *testing.T) {
	p := datePipeline(t)
	text := "The accord was signed on Sept. 1. Troops left on Friday and will return next week. The next day, talks resumed at Easter."
	var got []string
	for _, a := range p.Annotate(corpus.Document{ID: "t", Date: "2022-05-10", Text: text}) {
		got = append(got, a.Text+"="+a.Rule)
	}
	want := []string{"Sept. 1=month-day/past", "Friday=weekday/past", "next week=relative", "The next day=anaphoric/text", "Easter=holiday/past-near"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rules\n got  %q\n want %q", got, want)
	}
}

func TestDateYearEnd(t *testing.T) {
	p := datePipeline(t)
	tests := []struct {
		name, date, text string
		want             []string
	}{
		{"year end", "2022-05-10", "The loans run to year end.", []string{"year end=2022"}},
		{"year's end", "2022-05-10", "By year's end the unit will rotate.", []string{"year's end=2022"}},
		{"earlier in the year", "2022-05-10", "Troops left earlier in the year.", []string{"earlier in the year=2022"}},
		{"earlier in the year of the text", "2022-05-10", "The war began in 2014. Earlier in the year, protests had filled Kyiv.", []string{"2014=2014", "Earlier in the year=2014"}},
		{"the current fiscal year", "2022-05-10", "Spending in the current fiscal year rose.", []string{"current fiscal year=2022"}},
		{"present perfect to a deadline", "2022-05-10", "The ministry has extended the contracts through January.", []string{"January=2023-01"}},
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

// TestUpperWord keeps upperWord equal to the comparison of strings.ToUpper
// and strings.ToLower it replaced.
func TestUpperWord(t *testing.T) {
	for _, w := range []string{"NATO", "Nato", "G7", "U.S.", "A", "AB", "7", "77", "Ü", "ÜBER", "Über", "ǅ", "ǅA", "ß", "SS", "ΣΑ", "—", "X—Y", "İİ", "ﬁ"} {
		d := &doc{tokens: tokens{text: w, toks: []Token{{End: int32(len(w))}}}}
		want := len(w) > 1 && strings.ToUpper(w) == w && strings.ToLower(w) != w
		if got := d.upperWord(0); got != want {
			t.Errorf("upperWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestDateTenseClasses covers the tense classes of issue 15's fourth
// round: a present-tense verb of the date's clause schedules it ahead,
// modals of obligation and verbs with an object and an infinitive look
// ahead, and a destination after "to" is no infinitive. The first
// paragraph is a headline, which tells past events in the present.
func TestDateTenseClasses(t *testing.T) {
	p := datePipeline(t)
	const wed = "2022-05-18" // a Wednesday
	const head = "Headline\n\n"
	tests := []struct {
		name, date, text string
		want             []string
	}{
		{"present -s verb after a name", wed, head + "Ortiz leaves office on Monday, aides said.", []string{"Monday=2022-05-23"}},
		{"present -s verb after who", wed, head + "Haas, who flies to Oslo on Saturday, said little.", []string{"Saturday=2022-05-21"}},
		{"present progressive", wed, head + "The envoy is flying to Lima on Friday.", []string{"Friday=2022-05-20"}},
		{"plural noun after a place stays past", wed, head + "Chilean troops on Monday crossed the river.", []string{"Monday=2022-05-16"}},
		{"plural noun after an adjective stays past", wed, head + "She walked the flooded blocks on Monday.", []string{"Monday=2022-05-16"}},
		{"headline present is past", wed, "Ortiz visits Lima on Monday\n\nThe visit went well.", []string{"Monday=2022-05-16"}},
		{"must is future", "2022-01-16", head + "Aides said the roads must be cleared before Independence Day.", []string{"Independence Day=2022-07-04"}},
		{"must have is past", wed, head + "She must have left on Monday.", []string{"Monday=2022-05-16"}},
		{"promise with object and infinitive", "2022-02-10", head + "The firm had promised the army to double output by Easter.", []string{"Easter=2022-04-17"}},
		{"expect with a long object", "2022-06-14", head + "Officers expect much of the Danish contingent to remain beyond Christmas.", []string{"Christmas=2022-12-25"}},
		{"request verb with the date as object stays past", "2022-10-03", head + "Ortiz promised on Tuesday to make the streets safe.", []string{"Tuesday=2022-09-27"}},
		{"request verb with a clause stays past", "2022-07-12", head + "Leaders on Tuesday told Kyiv it would be invited to join.", []string{"Tuesday=2022-07-12"}},
		{"a present perfect is past", "1990-11-02", head + "“The tone you have set, in the House on Tuesday, will leave us out,” he wrote.", []string{"Tuesday=1990-10-30"}},
		{"a date as the subject of a reported clause", "2009-05-19", head + "The government said Wednesday would be a national holiday.", []string{"Wednesday=2009-05-20"}},
		{"since opening the clause", "2019-03-10", head + "Since taking office in December, the president has built a guard.", []string{"December=2018-12"}},
		{"an opening date and a past verb with to", "2019-02-10", head + "In June, Norway agreed to double the number of marines.", []string{"June=2018-06"}},
		{"an opening date and a future with to", "2019-02-10", head + "In June, Norway plans to double the number of marines.", []string{"June=2019-06"}},
		{"a destination is no infinitive", "1991-03-06", head + "Bush ordered the first forces to the gulf after the invasion on Aug. 2, and they would be first home.", []string{"Aug. 2=1990-08-02"}},
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

// TestDateLeftovers covers issue 15's DATE leftovers of the fifth round:
// verbs of putting off, "This" + weekday opening a quote, anaphoric
// months, ordinal-of-month days and "the day before" before a verb.
func TestDateLeftovers(t *testing.T) {
	p := datePipeline(t)
	const tue = "2003-04-08" // a Tuesday
	const head = "Headline\n\n"
	tests := []struct {
		name, date, text string
		want             []string
	}{
		// a verb of putting off marks the future only before a new date
		{"pushed into a place is past", tue, head + "Armoured columns pushed into the port on Sunday, ending a siege.", []string{"Sunday=2003-04-06"}},
		{"pushed back to a date", tue, head + "The vote was pushed back to Sunday.", []string{"Sunday=2003-04-13"}},
		{"postponed until", tue, head + "The talks were postponed until Sunday.", []string{"Sunday=2003-04-13"}},
		{"postponed the vote to a date", tue, head + "Parliament postponed the vote to Sunday.", []string{"Sunday=2003-04-13"}},
		{"postponed on a date", tue, head + "The vote was postponed on Sunday amid protests.", []string{"Sunday=2003-04-06"}},
		// "This" + weekday opening a quote is a date, not a title
		{"This Sunday opening a quote", tue, head + "“This Sunday we remember the fallen,” the mayor said.", []string{"This Sunday=2003-04-06"}},
		{"This Week, a programme", tue, head + "He told ABC's This Week that it was over.", nil},
		// anaphoric months
		{"the following June", tue, head + "The pact was signed in July 1998, and the first monitors arrived the following June.",
			[]string{"July 1998=1998-07", "the following June=1999-06"}},
		{"the previous October", tue, head + "The accord was signed in March 1999. The previous October, talks had failed.",
			[]string{"March 1999=1999-03", "The previous October=1998-10"}},
		{"the following May, same month", tue, head + "They met in May 2001. The following May they met again.",
			[]string{"May 2001=2001-05", "The following May=2002-05"}},
		// ordinal words of a month
		{"the first of January", "2007-12-29", head + "“Nobody should expect miracles on the first of January,” he said.",
			[]string{"the first of January=2008-01-01"}},
		{"the twenty-third of May with a year", tue, head + "The truce began on the twenty-third of May 2001.",
			[]string{"the twenty-third of May 2001=2001-05-23"}},
		{"an ordinal of something else", tue, head + "It was the second of many visits.", nil},
		{"a holiday name before a noun", tue, head + "They hope to be home before the Fourth of July parades.", nil},
		// "agreed to" + a noun phrase is no infinitive; "is due in" is ahead
		{"agreed to a noun phrase", "2022-11-27", head + "Leaders agreed to a truce in Luanda on Wednesday.", []string{"Wednesday=2022-11-23"}},
		{"agreed to a verb", "2022-11-27", head + "Leaders agreed to meet in Luanda on Wednesday.", []string{"Wednesday=2022-11-30"}},
		{"is due in a place", "2022-11-27", head + "The minister is due in Riga again on Tuesday for talks.", []string{"Tuesday=2022-11-29"}},
		// a directive verb is no reporting verb for the tense of a date
		{"ordered to a place on a day", "2022-02-13", head + "The soldiers ordered to Poland on Friday would arrive soon.", []string{"Friday=2022-02-11"}},
		// "had been due to" is ahead; national days
		{"had been due to", "1988-12-07", head + "He had been due to fly to Havana on Friday.", []string{"Friday=1988-12-09"}},
		{"Anzac Day", "2023-04-24", head + "Tomorrow is Anzac Day.", []string{"Tomorrow=2023-04-25", "Anzac Day=2023-04-25"}},
		{"last Canada Day", "2023-04-24", head + "They paraded on the Green Line last Canada Day.", []string{"last Canada Day=2022-07-01"}},
		// a day and a relative year, one span
		{"month-day last year", "2023-06-14", head + "Exports have fallen since the blockade of March 3 last year.",
			[]string{"March 3 last year=2022-03-03"}},
		{"day-month this year", "2023-06-14", head + "The vote is set for 9 November this year.", []string{"9 November this year=2023-11-09"}},
		// a holiday and the date it falls on
		{"holiday and its date", "2021-05-14", head + "An appeal on Easter Sunday, April 4, went unheeded.", []string{"Easter Sunday, April 4=2021-04-04"}},
		{"holiday and a date with a year", "2013-01-02", head + "The campaign peaked before Election Day, Nov. 6, 2012.",
			[]string{"Election Day, Nov. 6, 2012=2012-11-06"}},
		{"holiday and another day", "2021-05-14", head + "They met on Christmas, Dec. 26 was quiet.", []string{"Christmas=2020-12-25", "Dec. 26=2020-12-26"}},
		// "the day before" before a verb or a conjunction
		{"the day before, then an infinitive", tue, head + "The talks ended on March 3. He had flown there the day before to meet them.",
			[]string{"March 3=2003-03-03", "the day before=2003-03-02"}},
		{"the day before, then and", tue, head + "The talks ended on March 3. The two had spoken the day before and agreed.",
			[]string{"March 3=2003-03-03", "the day before=2003-03-02"}},
		{"the day before an event", tue, head + "The talks ended on March 3. They met the day before the vote.",
			[]string{"March 3=2003-03-03"}},
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

// TestOrdinalWord covers every day's ordinal word and words that are none.
func TestOrdinalWord(t *testing.T) {
	units := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"}
	want := map[string]int{"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
		"fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
		"twentieth": 20, "thirtieth": 30, "thirty-first": 31}
	for k, u := range units {
		want[u] = k + 1
		want["twenty-"+u] = 21 + k
	}
	for w, n := range want {
		if got := ordinalWord(w); got != n {
			t.Errorf("ordinalWord(%q) = %d, want %d", w, got, n)
		}
	}
	for _, w := range []string{"", "the", "thirty-second", "twenty-tenth", "twenty-", "forty-first", "firsts", "First", "twenty first", "t"} {
		if got := ordinalWord(w); got != 0 {
			t.Errorf("ordinalWord(%q) = %d, want 0", w, got)
		}
	}
}
