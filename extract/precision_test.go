package extract

import (
	"testing"

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
