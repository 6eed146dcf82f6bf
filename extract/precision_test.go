package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOneWordOfficialGuards: words that are never a person's name, nor
// the one word that takes a person up alone. Each case names the class.
func TestOneWordOfficialGuards(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text string
		never      []string // no OFFICIAL mention has this text
		want       []string // OFFICIAL mentions that must stay
	}{
		{"contraction is no name word",
			"Look, apart from Senator Carl Almquist I’ve chaired more hearings than anyone. In the committees I've led, we'll listen.",
			[]string{"I’ve", "Carl Almquist I’ve", "I've", "we'll"}, []string{"Carl Almquist"}},
		{"ethnic adjective is no name",
			"Rosa Delvalle, the president of the Northern Hispanic Chamber of Commerce, said the first Latino governor of the state would win. Hispanic voters agreed.",
			[]string{"Hispanic", "Latino", "Hispanic Chamber"}, nil},
		{"an organisation ending in a body noun is no person",
			"The mayor met the former secretary of state and the Riverside Immigrant Action Fund on Monday. Immigrant families came.",
			[]string{"Immigrant", "Immigrant Action Fund"}, nil},
		{"AG is an abbreviated title",
			"Lawmakers urged AG Tomlin to act. Deputy AG Mara Velsen declined.",
			[]string{"AG"}, []string{"Mara Velsen"}},
		{"a surname written first opens the document",
			"Kim Jong Un met Yoon Young-chan. Kim said no, Yoon said yes.",
			nil, []string{"Kim Jong Un"}},
		{"a verb sharing a role's stem is no title",
			"Her firm represents Republican donors in the county.",
			[]string{"Republican"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			as := p.Annotate(corpus.Document{ID: "g", Date: "2016-05-10", Text: tt.text})
			got := map[string]bool{}
			for _, a := range as {
				if a.Type == "OFFICIAL" {
					got[a.Text] = true
				}
			}
			for _, w := range tt.never {
				if got[w] {
					t.Errorf("%q tagged OFFICIAL in %q", w, tt.text)
				}
			}
			for _, w := range tt.want {
				if !got[w] {
					t.Errorf("%q missing; got %v", w, got)
				}
			}
		})
	}
}

// TestRosterScalesLinearly annotates inputs that stress the take-up of
// people by surname, given name or family name (every mention once
// looked up the fullest name among all mentions found so far) at 128 KB
// and 4× that. It asserts no tight timing ratio: quadratic work makes 4×
// the input cost 16× the time, so it fails only past 8× plus half a
// second of slack for a loaded machine, far from linear's 4× (linear
// runs take about 0.1 s at 512 KB).
func TestRosterScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("512 KB inputs: skipped in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	units := []struct{ name, unit string }{
		{"headline capitals", "SAID BIDEN SAID "},
		{"surnames", "Sen. Ann Lee said. Lee said. Mr. Lee "},
		{"given names", "President Omar Rashid wrote. Omar said. "},
		{"family names first", "Kim Jong Un met Yoon Young-chan. Kim said, Yoon said. "},
	}
	run := func(unit string, size int) time.Duration {
		text := strings.Repeat(unit, size/len(unit)+1)[:size]
		start := time.Now()
		p.Annotate(corpus.Document{ID: "s", Text: text})
		return time.Since(start)
	}
	for _, u := range units {
		t.Run(u.name, func(t *testing.T) {
			small := run(u.unit, 128<<10)
			large := run(u.unit, 512<<10)
			t.Logf("128 KB %v, 512 KB %v", small, large)
			if large > 8*small+time.Second/2 {
				t.Errorf("4× the input took %v against %v: super-linear", large, small)
			}
		})
	}
}
