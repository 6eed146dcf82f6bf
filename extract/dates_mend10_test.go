package extract

import (
	"strings"
	"testing"
)

// TestDatePhrasalParticleBeforeTo: a particle of date_words kind
// phrasal_particle makes the reporting verb before it a phrasal verb
// ("called up"), but not before "to": "up to" after the verb is a
// quantity ("announced up to 300 police"), and the verb still reports the
// clause whose tense dates the day.
func TestDatePhrasalParticleBeforeTo(t *testing.T) {
	p := datePipeline(t)
	const wed = "2019-10-09" // a Wednesday
	const head = "Headline\n\n"
	tests := []struct {
		name, text string
		want       []string
	}{
		{"announced up to, a future clause", head + "The council announced up to 300 police on Friday would guard the stadium.",
			[]string{"Friday=2019-10-11"}},
		{"said up to, a future clause", head + "The agency said up to 40 trucks on Sunday will carry grain north.",
			[]string{"Sunday=2019-10-13"}},
		{"reported up to, a future clause", head + "Local radio reported up to 2,000 marchers on Saturday would cross the bridge.",
			[]string{"Saturday=2019-10-12"}},
		// the particle without "to" still makes a phrasal verb
		{"called up, no reporting verb", head + "He said 300 reservists called up on Monday would be sent east.",
			[]string{"Monday=2019-10-07"}},
		{"called off, no reporting verb", head + "Organisers said the march called off on Tuesday will not be held again.",
			[]string{"Tuesday=2019-10-08"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := dateSpans(p, wed, tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("%q (%s)\n got  %q\n want %q", tc.text, wed, got, tc.want)
			}
		})
	}
}
