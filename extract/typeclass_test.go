package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// classifyPlain is classify as it was before the classes were told by word
// type (typeClass): every list whose entries may start at a token is
// matched by walking the trie there.
func (d *doc) classifyPlain() []class {
	n := len(d.toks)
	cls := make([]class, n)
	lex := d.lex
	always := []listClass{
		{lex.List(lexicon.Titles), cHead},
		{lex.List(lexicon.TitleWords), cTitleWord},
		{lex.List(lexicon.Ranks), cRank},
		{lex.List(lexicon.Calendar), cCalendar},
		{lex.List(lexicon.NonOfficial), cNonOfficial},
	}
	capitalised := []listClass{
		{lex.List(lexicon.Bodies), cBody},
		{lex.List(lexicon.Places), cPlace},
	}
	mark := func(lc listClass, i int) {
		e, n := lc.l.MatchIDs(d.lowIDs, d.stemIDs, i)
		if n == 0 {
			return
		}
		cl := lc.c
		if cl == cHead && n == 1 && stemSibling(lex, e, d.Lower(i)) {
			return
		}
		if cl == cHead && n == 1 && len(d.Text(i)) <= 2 && !allCaps(d.Text(i)) {
			return
		}
		if cl == cRank && e.Field(0) == "honorific" {
			cl = cHonorific
		}
		for k := i; k < i+n; k++ {
			cls[k] |= cl
		}
	}
	givenNames, stopwords := lex.List(lexicon.GivenNames).Bit(), lex.List(lexicon.Stopwords).Bit()
	for i := 0; i < n; i++ {
		if d.toks[i].Kind != Word {
			continue
		}
		f := d.wflags[i]
		switch {
		case f&fConnector != 0:
			cls[i] |= cConnector | cStop
		case f&fClassed != 0:
			starts := lex.Starts(d.lowIDs[i])&^d.stemmed | lex.Starts(d.stemIDs[i])&d.stemmed
			for _, lc := range always {
				if starts&lc.l.Bit() != 0 {
					mark(lc, i)
				}
			}
			if cls[i]&(cHead|cTitleWord|cRank|cHonorific) == 0 && strings.IndexByte(d.Lower(i), '-') > 0 && hyphenedTitle(lex, d.Lower(i)) != 0 {
				cls[i] |= cRank // "Colonel-Major" (rule 21w)
			}
			if !d.toks[i].upper {
				break
			}
			for _, lc := range capitalised {
				if starts&lc.l.Bit() != 0 {
					mark(lc, i)
				}
			}
			single := lex.Single(d.lowIDs[i])
			if single&givenNames != 0 {
				cls[i] |= cGiven
			}
			if single&stopwords != 0 && !allCaps(d.Text(i)) {
				cls[i] |= cStop
			}
		}
		if f&fContext != 0 && i > 0 {
			d.bodyHead(cls, i)
		}
	}
	return cls
}

// TestClassifyAsPlain checks the classes told by word type against the
// plain walk at every token of every test document, and of sentences
// made for the checks that read a token's text (short titles, capitals,
// entries of several words, stem siblings).
func TestClassifyAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	check := func(cd corpus.Document) int {
		id := cd.ID
		d := p.analyze(cd)
		defer d.release()
		got, want := d.classify(), d.classifyPlain()
		for i := range d.toks {
			if got[i] != want[i] {
				t.Errorf("%s: token %d (%q): classes %b, plain %b", id, i, d.Text(i), got[i], want[i])
			}
		}
		return len(d.toks)
	}
	n := 0
	for i, text := range []string{
		"The AG said the MP and Moussa Ag Attaher met the Prime Minister of the United Kingdom.",
		"Sir John, Mr. Smith and Lt. Gen. Jones of the State Department said US troops went to us.",
		"THE SECRETARY OF STATE said on Monday, December 5, that the administration represents the administrator.",
		"An opposition leader, an analyst and the deputy foreign affairs minister of Kyiv spoke in Europe.",
		"the prime minister's spokesman and the FDA director, the film director, the coalition's regional coordinator",
	} {
		n += check(corpus.Document{ID: "made" + string(rune('0'+i)), Text: text})
	}
	for cd := range everyTestDoc(t) {
		n += check(cd)
	}
	if n == 0 {
		t.Fatal("no tokens checked")
	}
	t.Logf("%d tokens checked", n)
}

// TestTypeClassFields: the states of every list and the two flags fit a
// typeClass apart.
func TestTypeClassFields(t *testing.T) {
	if tcStop == 0 || tcStop&tcLists != 0 || tcGiven&tcLists != 0 || tcAlways&^tcLists != 0 {
		t.Fatalf("typeClass fields overlap or overflow: lists %b, always %b, given %b, stop %b", tcLists, tcAlways, tcGiven, tcStop)
	}
	for j := range nAlways + nCapitalised {
		for _, st := range []int{tsWalk, tsAlone, tsHonorific} {
			tc := typeClass(st)<<(2*j) | tcGiven | tcStop
			for k := range nAlways + nCapitalised {
				want := 0
				if k == j {
					want = st
				}
				if got := tc.state(k); got != want {
					t.Errorf("state %d of list %d: list %d reads %d, want %d", st, j, k, got, want)
				}
			}
		}
	}
}
