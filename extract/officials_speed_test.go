package extract

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// The officials stage's shortcuts must answer as the plain forms they
// replace.

func TestHeadWordConnectors(t *testing.T) {
	for _, c := range []struct{ title, head string }{
		{"spokesman for the United Mine Workers of America", "spokesman"},
		{"Prime Minister", "minister"},
		{"Head Of State", "head"},
		{"chief  of   staff", "chief"},
		{"İn the", ""}, // Go lower-cases İ to i: "in", a connector
		{"Commander FOR Europe", "commander"},
		{"", ""},
	} {
		if got := headWord(c.title); got != c.head {
			t.Errorf("headWord(%q) = %q, want %q", c.title, got, c.head)
		}
	}
}

func TestSortMentionsStable(t *testing.T) {
	byStart := func(a, b mention) int { return cmp.Compare(a.i, b.i) }
	p := make([]*person, 8)
	for k := range p {
		p[k] = new(person)
	}
	for _, ms := range [][]mention{
		nil,
		{{i: 3, p: p[0]}},
		{{i: 1, p: p[0]}, {i: 5, p: p[1]}, {i: 9, p: p[2]}},
		{{i: 1, p: p[0]}, {i: 5, p: p[1]}, {i: 9, p: p[2]}, {i: 0, p: p[3]}, {i: 5, p: p[4]}, {i: 12, p: p[5]}},
		{{i: 4, p: p[0]}, {i: 2, p: p[1]}, {i: 3, p: p[2]}, {i: 1, p: p[3]}, {i: 2, p: p[4]}},
	} {
		want := slices.Clone(ms)
		slices.SortStableFunc(want, byStart)
		if got := sortMentions(ms); !slices.Equal(got, want) {
			t.Errorf("sortMentions(%v) = %v, want %v", ms, got, want)
		}
	}
}

func TestPhraseSet(t *testing.T) {
	ps := newPhraseSet([]string{"opposition leader", "party chief", "x"})
	for s, want := range map[string]bool{
		"the opposition leader": true,
		"opposition leaders":    true,
		"party chiefs":          true,
		"chief of the party":    false,
		"tax":                   true,
		"":                      false,
	} {
		if got := ps.containsAny(s); got != want {
			t.Errorf("containsAny(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestContentWords(t *testing.T) {
	for _, c := range []struct {
		title string
		n     int
	}{
		{"spokesman for the United Mine Workers of America", 5},
		{"Head Of State", 2},
		{" chief\tof  staff ", 2},
		{"THE AND", 0},
		{"", 0},
		{"İn the", 0}, // İn lower-cases to "in"
	} {
		if got := contentWords(c.title); got != c.n {
			t.Errorf("contentWords(%q) = %d, want %d", c.title, got, c.n)
		}
	}
}

func TestIndexHyphen(t *testing.T) {
	for _, w := range []string{"Jae-in", "Jae‑in", "Jae", "", "\xe2\xe2\x80\x91x", "a\xe2\x80", "ab‑c-d", "é-x"} {
		if got, want := indexHyphen(w), strings.IndexAny(w, "-‑"); got != want {
			t.Errorf("indexHyphen(%q) = %d, want %d", w, got, want)
		}
	}
}

func TestOrgTitleInPlace(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	d := p.analyze(corpus.Document{ID: "t", Text: "The spokesman for Hamas said."})
	for _, title := range []string{
		"spokesman for Hamas", "Hamas spokesman", "commander of the Syrian Democratic Forces",
		"Hamas's  spokesman", "spokesman  for the  Syrian Democratic Forces", "Boeing spokesman",
		"prime minister", "", "of", "chief of staff of the Kurdistan Workers' Party",
		"a b c d e f g h i j k l m n o p q r s", "Président de la République",
	} {
		if got, want := d.orgTitleUncached(title), d.orgTitleFields(strings.ToLower(title)); got != want {
			t.Errorf("orgTitleUncached(%q) = %v, want %v", title, got, want)
		}
	}
}

func TestApostropheNearEnd(t *testing.T) {
	for _, w := range []string{"I’ve", "We'll", "They’re", "Don't", "DON’T", "I'm", "O’Brien", "D'Alema", "Jim", "", "'", "I’D"} {
		if contraction(strings.ToLower(w)) && !apostropheNearEnd(w) {
			t.Errorf("apostropheNearEnd(%q) = false for a contraction", w)
		}
	}
}
