package extract

// The officials stage asks the same few facts of a token again and again:
// whether it is a capitalised word (capWord), a word of a name run
// (nameWord). Each used to be told anew at
// every question, by calls that read the token's text, classes and kinds;
// tokenFacts tells them once per document, in the one pass over the
// tokens the stage makes anyway, as a set of bits per token (doc.facts),
// and the rules read the bits. TestTokenFactsAnswerAsPlain checks every
// bit against the plain computation at every token of every testdata
// document.

// tokFact is a set of facts of one token (see tokenFacts).
type tokFact uint16

const (
	tfCap  tokFact = 1 << iota // capWordOf: a capitalised word that is no contraction ("I’ve")
	tfName                     // nameWord: a word a run of name words holds
	// facts told at the first question and kept (see verbLike,
	// lowerWordAt): the first bit says the second is told
	tfVerbKnown
	tfVerb // verbLikeOf
	tfLowerKnown
	tfLower // lowerWordOf
	// nameOrder of the names of two and three words starting at the
	// token: told, and the order in the two bits after
	tfOrder2Known
	tfOrder2
	tfOrder2Hi
	tfOrder3Known
	tfOrder3
	tfOrder3Hi
)

// orderShift2 and orderShift3 place a nameOrder in a token's facts: at
// tfOrder2 and tfOrder3, with the bit after each.
const (
	orderShift2 = 7  // tfOrder2 == 1 << orderShift2
	orderShift3 = 10 // tfOrder3 == 1 << orderShift3
)

// verbLike reports whether token k is a verb form (verbLikeOf), kept in
// the token's facts once they are told: the rules ask it of the same
// words again and again (each candidate's apposition, complement and
// title checks read the words around it).
func (d *doc) verbLike(k int) bool {
	if d.facts == nil {
		return d.verbLikeOf(k)
	}
	f := &d.facts[k]
	if *f&tfVerbKnown == 0 {
		*f |= tfVerbKnown
		if d.verbLikeOf(k) {
			*f |= tfVerb
		}
	}
	return *f&tfVerb != 0
}

// lowerWordAt is lowerWordOf, kept in the token's facts once they are
// told (nameIn asks it of a run's last words, the rules after it of the
// name's).
func (d *doc) lowerWordAt(i int) bool {
	if d.facts == nil {
		return d.lowerWordOf(i)
	}
	f := &d.facts[i]
	if *f&tfLowerKnown == 0 {
		*f |= tfLowerKnown
		if d.lowerWordOf(i) {
			*f |= tfLower
		}
	}
	return *f&tfLower != 0
}

// nameOrderKept is nameOrderOf(s, e) for a name of two or three words,
// kept in the facts of its first token once they are told.
func (d *doc) nameOrderKept(s, e int) (nameOrder, bool) {
	if d.facts == nil || e-s < 2 || e-s > 3 {
		return 0, false
	}
	known, shift := tfOrder2Known, orderShift2
	if e-s == 3 {
		known, shift = tfOrder3Known, orderShift3
	}
	f := &d.facts[s]
	if *f&known == 0 {
		*f |= known | tokFact(d.nameOrderOf(s, e))<<shift
	}
	return nameOrder(*f>>shift) & 3, true
}

// tokenFacts tells the facts of every token of d (cls its classes) in
// one pass and keeps them in d.facts; it returns the tokens that may
// open a name (capitalised or with a hyphen, ascending) and appends to heads the heads of
// descriptions (see describedTitles). The bits are kept only once all
// are told: until then capWord answers by their plain
// computations, which the slow cases here call.
func (d *doc) tokenFacts(cls []class, heads []int32) ([]int32, []int32) {
	toks := d.toks
	f := make([]tokFact, len(toks))
	caps := make([]int32, 0, len(toks)/4)
	wf, cl := d.wflags[:len(toks)], cls[:len(toks)]
	for i := nextAsked(toks, wf, cl, 0); i < len(toks); i = nextAsked(toks, wf, cl, i+1) {
		t := &toks[i]
		fl, c := wf[i], cl[i]
		if t.Kind != Word {
			continue
		}
		if t.upper || fl&fHyphen != 0 { // capOf
			caps = append(caps, int32(i))
		}
		if c&cHead != 0 || fl&fDescHead != 0 {
			heads = append(heads, int32(i))
		}
	}
	// the bits of the capitalised words and of the words after them (a
	// name word that is not capitalised follows one: "d'Escoto", see
	// nameWord), now that the classes of every token are read
	for _, i32 := range caps {
		i := int(i32)
		t := &toks[i]
		w := d.textOf(t)
		var b tokFact
		if t.upper && !hasApostrophe(w[max(0, len(w)-3):]) {
			b |= tfCap // capWordOf's commonest answer
			if c := cl[i]; c&(cStop|cCalendar) == 0 {
				b |= tfName // nameWordAt's
			} else if mayNameListed(w, c, i > 0 && cl[i-1]&cGiven != 0, i > 0 && cl[i-1]&(cRank|cHonorific) != 0) && nameWord(d, cls, i) {
				b |= tfName
			}
		} else {
			if capWordOf(d, i) {
				b |= tfCap
			}
			if nameWord(d, cls, i) {
				b |= tfName
			}
		}
		f[i] = b
		if n := i + 1; n < len(toks) && b&tfCap != 0 && !toks[n].upper && toks[n].Kind == Word {
			// nameWord of a word neither capitalised nor with a hyphen
			// after a capitalised one: a surname after an elided particle
			if w := d.textOf(&toks[n]); len(w) >= 4 && (w[0] == 'd' || w[0] == 'l') && wf[n]&fHyphen == 0 && nameWord(d, cls, n) {
				f[n] |= tfName
			}
		}
	}
	d.facts = f
	return caps, heads
}

// nextAsked returns the first token from i on that is capitalised, has a
// hyphen or may head a description (see tokenFacts), or len(toks). Most
// tokens are none: the loop, alone in its function, keeps its few
// values in registers (inside tokenFacts, with the values of the rest of
// the pass live, it spilled them at every token: three times the
// instructions).
//
//go:noinline
func nextAsked(toks []Token, wf []wordFlags, cl []class, i int) int {
	wf, cl = wf[:len(toks)], cl[:len(toks)]
	for ; i < len(toks); i++ {
		if toks[i].upper || wf[i]&(fHyphen|fDescHead) != 0 || cl[i]&cHead != 0 {
			return i
		}
	}
	return len(toks)
}

// mayNameListed reports whether a capitalised stop or calendar word w
// (classes c) may be a name word at all: nameWord's tests of such a word
// (articledName, givenJan, monthSurname, stopwordGiven) each need one of
// these, told before the calls. afterGiven and afterRank tell the
// classes of the word before it.
func mayNameListed(w string, c class, afterGiven, afterRank bool) bool {
	return len(w) >= 5 && w[2] == '-' || // articledName
		c&cCalendar != 0 && (len(w) == 3 || afterGiven) || // givenJan, monthSurname
		c&cStop != 0 && afterRank // stopwordGiven
}

// capRunsOf is capRuns read from the facts: the runs [i, j) of name
// words (with name particles and initials inside) in one sentence,
// opened by the tokens of caps.
func capRunsOf(d *doc, caps []int32) [][2]int {
	f := d.facts
	toks := d.toks
	runs := make([][2]int, 0, len(caps)/2)
	for n, i := 0, 0; n < len(caps); n++ {
		if int(caps[n]) < i {
			continue // inside the last run
		}
		d.tick()
		if i = int(caps[n]); f[i]&tfName == 0 {
			continue
		}
		sent := toks[i].Sent
		j := i + 1
		for j < len(toks) && toks[j].Sent == sent && !toks[j].Newline {
			if f[j]&tfName != 0 {
				j++
				continue
			}
			// particles: von der Leyen, van der Plas, de Mistura, al-Assad
			k := j
			for k < len(toks) && toks[k].Kind == Word && d.particleAt(k) {
				k++
			}
			if k > j && k < len(toks) && f[k]&tfName != 0 {
				j = k
				continue
			}
			break
		}
		// a run may also start with particles: "President von der Leyen"
		a := i
		for a > 0 && toks[a-1].Kind == Word && d.particleAt(a-1) && toks[a-1].Sent == sent {
			a--
		}
		runs = append(runs, [2]int{a, j})
		i = j
	}
	return runs
}
