package extract

import (
	"maps"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// The shared facts of the officials stage (speed9) must answer as the
// per-candidate computations they replace: each check below runs both at
// every candidate position of every testdata document and the sample
// corpus.

// armedWordsPlain is the words armedName's cache holds, found by kindIs
// at every token (the pass before the word flags skipped tokens).
func (d *doc) armedWordsPlain() map[string]bool {
	var c armedCache
	c.built = true
	for a := range d.toks {
		if !d.kindIs(a, wArmedGroup) {
			continue
		}
		if k := a - 1; k >= 0 && d.toks[k].Kind == Word && d.toks[k].Sent == d.toks[a].Sent {
			c.add(d.Text(k))
		}
		if k := a + 1; k < len(d.toks) && d.toks[k].Kind == Word && d.toks[k].Sent == d.toks[a].Sent && (!d.Cap(a) || d.opensSentence(a)) {
			c.add(d.Text(k))
			if d.Lower(k) == "of" && k+1 < len(d.toks) && d.Lower(k+1) == "the" {
				d.addArmedRun(k+2, a, &c)
			} else if d.Cap(k) {
				d.addArmedRun(k, a, &c)
			}
		}
	}
	return c.words
}

func TestOfficialsSharedFactsAnswerAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, armed, titles := 0, 0, 0
	for _, dir := range everyDocsFolder() {
		for cd, err := range new(corpus.Reader).Read(dir) {
			if err != nil {
				t.Fatal(err)
			}
			d := p.analyze(cd)
			cls := d.classify()
			var c armedCache
			d.armedName("", &c)
			if want := d.armedWordsPlain(); !maps.Equal(c.words, want) {
				t.Errorf("%s: armed words %v, plain %v", cd.ID, c.words, want)
			}
			armed += len(c.words)
			for i := range d.toks {
				n++
				for e := i + 1; e <= len(d.toks) && e <= i+3; e++ {
					if got, want := p.gazetteerAt(d, i, e), p.gazetteerAtOf(d, i, e); got != want {
						t.Errorf("%s: gazetteerAt(%d, %d) = %v, plain %v", cd.ID, i, e, got, want)
					}
				}
				if title, _ := d.titleBefore(cls, i); title != "" {
					titles++
					if got, want := d.titleFacts(title), d.titleFactsOf(title); got != want {
						t.Errorf("%s: titleFacts(%q) = %b, plain %b", cd.ID, title, got, want)
					}
					if got, want := d.partyTitle(title), d.partyTitleUncached(title); got != want {
						t.Errorf("%s: partyTitle(%q) = %v, plain %v", cd.ID, title, got, want)
					}
				}
			}
		}
	}
	if n == 0 || armed == 0 || titles == 0 {
		t.Fatalf("%d positions, %d armed words, %d titles: the check compared nothing", n, armed, titles)
	}
	t.Logf("%d positions, %d armed words, %d titles", n, armed, titles)
}

// TestTitleCacheBounded checks that the shared title facts stop growing at
// maxTitleCache titles and still answer for the others.
func TestTitleCacheBounded(t *testing.T) {
	c := newTitleCache()
	for i := range maxTitleCache + 10 {
		c.put(string(rune('a'+i%26))+string(rune(i)), 1)
	}
	if len(c.m) != maxTitleCache {
		t.Fatalf("%d titles kept, want %d", len(c.m), maxTitleCache)
	}
	var nilCache *titleCache
	nilCache.put("x", 1)
	if _, ok := nilCache.get("x"); ok {
		t.Fatal("a nil cache answered")
	}
}
