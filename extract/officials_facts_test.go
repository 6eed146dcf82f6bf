package extract

import "testing"

// The plain computations the facts of tokenFacts replace (capRuns by
// capRunsOf), kept to check them.

// capRuns returns the runs [i, j) of capitalised words (with name particles
// and initials inside) in one sentence. caps are the words that may open
// one, ascending: capitalised or with a hyphen (nameWord's first test).
func capRuns(d *doc, cls []class, caps []int32) [][2]int {
	runs := make([][2]int, 0, len(caps)/2)
	for n, i := 0, 0; n < len(caps); n++ {
		d.tick()
		if int(caps[n]) < i {
			continue // inside the last run
		}
		if i = int(caps[n]); !nameWordAt(d, cls, i) {
			continue
		}
		j := i + 1
		for j < len(d.toks) && d.toks[j].Sent == d.toks[i].Sent && !d.toks[j].Newline {
			if nameWordAt(d, cls, j) {
				j++
				continue
			}
			// particles: von der Leyen, van der Plas, de Mistura, al-Assad
			k := j
			for k < len(d.toks) && d.toks[k].Kind == Word && d.particleAt(k) {
				k++
			}
			if k > j && k < len(d.toks) && nameWord(d, cls, k) {
				j = k
				continue
			}
			break
		}
		runs = append(runs, [2]int{i, j})
		i = j
	}
	// a run may also start with particles: "President von der Leyen"
	for n, run := range runs {
		i := run[0]
		for i > 0 && d.toks[i-1].Kind == Word && d.particleAt(i-1) && d.toks[i-1].Sent == d.toks[run[0]].Sent {
			i--
		}
		runs[n][0] = i
	}
	return runs
}

// nameWordAt is nameWord with its commonest answer first: a capitalised
// word of no stop or calendar class with no apostrophe among its last
// bytes is a name word (capWord), told without the calls (capRuns asks
// it of every capitalised word and of the word after each).
func nameWordAt(d *doc, cls []class, i int) bool {
	if t := &d.toks[i]; t.Kind == Word && t.upper && cls[i]&(cStop|cCalendar) == 0 {
		if w := d.textOf(t); !hasApostrophe(w[max(0, len(w)-3):]) {
			return true
		}
	}
	return nameWord(d, cls, i)
}

func TestTokenFactsAnswerAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if tfOrder2 != 1<<orderShift2 || tfOrder3 != 1<<orderShift3 || tfOrder3Hi>>orderShift3 != 2 {
		t.Fatalf("the name orders' bits are misplaced: shifts %d, %d", orderShift2, orderShift3)
	}
	n, names, runs, orders := 0, 0, 0, 0
	for cd := range everyTestDoc(t) {
		d := p.analyze(cd)
		cls := d.classify()
		caps, _ := d.tokenFacts(cls, nil)
		facts := d.facts
		d.facts = nil // the plain computations below
		for i := range d.toks {
			n++
			want := map[tokFact]bool{
				tfCap:  capWordOf(d, i),
				tfName: nameWord(d, cls, i),
			}
			for bit, w := range want {
				if got := facts[i]&bit != 0; got != w {
					t.Errorf("%s: fact %b at %d %q = %v, plain %v", cd.ID, bit, i, d.Text(i), got, w)
				}
			}
			if want[tfName] {
				names++
			}
		}
		// the facts kept at the first question: asked twice each, in
		// and out of order, they answer as the plain forms
		d.facts = facts
		for pass := 0; pass < 2; pass++ {
			for k := range d.toks {
				i := k
				if pass == 1 {
					i = len(d.toks) - 1 - k
				}
				if got, want := d.verbLike(i), d.verbLikeOf(i); got != want {
					t.Errorf("%s: verbLike(%d) %q = %v, plain %v", cd.ID, i, d.Text(i), got, want)
				}
				if got, want := d.lowerWordAt(i), d.lowerWordOf(i); got != want {
					t.Errorf("%s: lowerWordAt(%d) %q = %v, plain %v", cd.ID, i, d.Text(i), got, want)
				}
				for e := i + 1; e <= len(d.toks) && e <= i+4; e++ {
					if got, want := d.nameOrder(i, e), d.nameOrderOf(i, e); got != want {
						t.Errorf("%s: nameOrder(%d, %d) %q = %v, plain %v", cd.ID, i, e, d.span(i, e), got, want)
					} else if want != givenFirst {
						orders++
					}
				}
			}
		}
		d.facts = nil
		plain := capRuns(d, cls, caps)
		d.facts = facts
		if got := capRunsOf(d, caps); !slicesEqualRuns(got, plain) {
			t.Errorf("%s: capRunsOf = %v, plain %v", cd.ID, got, plain)
		}
		runs += len(plain)
	}
	t.Logf("%d tokens, %d name words, %d runs, %d names in another order", n, names, runs, orders)
	if names == 0 || runs == 0 || orders == 0 {
		t.Error("no name word: the check checked nothing")
	}
}

func slicesEqualRuns(a, b [][2]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k := range a {
		if a[k] != b[k] {
			return false
		}
	}
	return true
}

// BenchmarkTokenFacts tells the facts of the documents of
// DISPATCH_BENCH_CORPUS (skipped when unset), analysed and classified
// untimed.
func BenchmarkTokenFacts(b *testing.B) {
	docs := envCorpus(b)
	p := benchPipeline(b)
	ds := make([]*doc, len(docs))
	for n, cd := range docs {
		ds[n] = p.analyze(cd)
		ds[n].classify()
	}
	b.ResetTimer()
	for b.Loop() {
		for _, d := range ds {
			d.facts = nil
			d.tokenFacts(d.classify(), nil)
		}
	}
}
