package extract

import (
	"maps"
	"math/rand/v2"
	"testing"
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
		if !d.offIs(a, wArmedGroup) {
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
	n, armed, titles, gaz, suffixes := 0, 0, 0, 0, 0
	for cd := range everyTestDoc(t) {
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
			if got, want := nameWordAt(d, cls, i), nameWord(d, cls, i); got != want {
				t.Errorf("%s: nameWordAt(%d) %q = %v, nameWord %v", cd.ID, i, d.Text(i), got, want)
			}
			if got, want := d.orgSuffixAt(i), d.orgSuffix(d.Lower(i)); got != want {
				t.Errorf("%s: orgSuffixAt(%d) %q = %v, plain %v", cd.ID, i, d.Text(i), got, want)
			} else if got {
				suffixes++
			}
			for e := i + 1; e <= len(d.toks) && e <= i+3; e++ {
				// the memo, and the ids of the words that end no
				// gazetteer name, against the name's look-up
				if got, want := p.gazetteerAt(d, i, e), p.gazetteer(d.span(i, e), e-i); got != want {
					t.Errorf("%s: gazetteerAt(%d, %d) %q = %v, plain %v", cd.ID, i, e, d.span(i, e), got, want)
				} else if got {
					gaz++
				}
			}
			if i > 0 && d.toks[i-1].Sent != d.toks[i].Sent && d.titleEndingAt(cls, i, i) != "" {
				// titleBefore's answer for a name that opens its sentence
				t.Errorf("%s: titleEndingAt(%d) = %q across a sentence's start", cd.ID, i, d.titleEndingAt(cls, i, i))
			}
			if title, _ := d.titleBefore(cls, i); title != "" {
				titles++
				if got, want := d.titleFacts(title), d.titleFactsOf(title); got != want {
					t.Errorf("%s: titleFacts(%q) = %b, plain %b", cd.ID, title, got, want)
				}
				if got, want := d.partyTitle(title), d.partyTitleUncached(title); got != want {
					t.Errorf("%s: partyTitle(%q) = %v, plain %v", cd.ID, title, got, want)
				}
				if got, want := d.brandTitle(title), d.brandTitleUncached(title); got != want {
					t.Errorf("%s: brandTitle(%q) = %v, plain %v", cd.ID, title, got, want)
				}
				for range 2 { // told, then kept
					lt := titleKey(title)
					if got, want := d.titleCountries(lt), d.titleCountriesOf(lt); !maps.Equal(got, want) {
						t.Errorf("%s: titleCountries(%q) = %v, plain %v", cd.ID, lt, got, want)
					}
				}
			}
		}
	}
	if n == 0 || armed == 0 || titles == 0 || gaz == 0 || suffixes == 0 {
		t.Fatalf("%d positions, %d armed words, %d titles, %d gazetteer names, %d body suffixes: the check compared nothing", n, armed, titles, gaz, suffixes)
	}
	t.Logf("%d positions, %d armed words, %d titles, %d gazetteer names, %d body suffixes", n, armed, titles, gaz, suffixes)
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

// TestStatesNothing checks statesNothing against statedAtOf: at every
// token of every testdata document, a name of one to three tokens that
// statesNothing passes gets nothing from statedAtOf either (with and
// without the mentions found before it).
func TestStatesNothing(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, passed, stated := 0, 0, 0
	for cd := range everyTestDoc(t) {
		d := p.analyze(cd)
		cls := d.classify()
		r := p.officials(d) // a roster with the document's people, for sharedTitle and isNameKey
		var found []mention
		for _, m := range r.all {
			found = append(found, mention{i: m.i, j: m.j, p: m.p})
		}
		for s := range d.toks {
			for e := s + 1; e <= len(d.toks) && e <= s+3; e++ {
				n++
				title, src, appointed, extra := r.statedAtOf(d, cls, s, e, "", "", found)
				if title != "" {
					stated++
				}
				if !d.statesNothing(cls, s, e) {
					continue
				}
				passed++
				if title != "" || src != srcVerb || appointed != "" || extra != nil {
					t.Errorf("%s: [%d, %d) %q: statesNothing, but statedAtOf = %q, %v, %q, %v", cd.ID, s, e, d.span(s, e), title, src, appointed, extra)
				}
			}
		}
	}
	if n == 0 || passed == 0 || stated == 0 {
		t.Fatalf("%d names, %d passed, %d stated: the check compared nothing", n, passed, stated)
	}
	t.Logf("%d names, %d passed by statesNothing, %d with a role stated", n, passed, stated)
}

// TestNearestMentionsLazy checks that the index built at the first
// look-up answers as one built when the second pass starts (the index
// before speed9): people sharing surnames, mentions appended and noted
// in between, every surname asked at every token.
func TestNearestMentionsLazy(t *testing.T) {
	people := []*person{{surname: "lee"}, {surname: "lee"}, {surname: "kim"}, {surname: "park"}}
	rng := rand.New(rand.NewPCG(9, 9))
	for round := range 200 {
		var eagerFound, lazyFound []mention
		first := rng.IntN(12)
		for range first {
			m := mention{i: rng.IntN(100), p: people[rng.IntN(len(people))]}
			eagerFound, lazyFound = append(eagerFound, m), append(lazyFound, m)
		}
		eager := newNearestMentions(&eagerFound)
		eager.build()
		lazy := newNearestMentions(&lazyFound)
		for step := range 30 {
			if rng.IntN(3) == 0 {
				m := mention{i: rng.IntN(100), p: people[rng.IntN(len(people))]}
				eagerFound, lazyFound = append(eagerFound, m), append(lazyFound, m)
				eager.noted()
				lazy.noted()
				continue
			}
			sur, i := people[rng.IntN(len(people))].surname, rng.IntN(110)
			if got, want := lazy.before(sur, i), eager.before(sur, i); got != want {
				t.Fatalf("round %d step %d: before(%q, %d) = %p, built at once %p", round, step, sur, i, got, want)
			}
		}
	}
}
