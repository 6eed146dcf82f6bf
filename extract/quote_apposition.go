package extract

// Names bound to a speaker phrase by apposition or as its head. A
// sieve finds the noun phrase that is a cue's subject; when that phrase
// is a description standing in apposition to a name ("Mr. Neves, the
// former navy commander, who had called …"), or holds a name as its
// head ("Opposition leader Martin Lebel of the Unity Party accused"),
// the contract's speaker is the named person, not the phrase: the
// article names who spoke. These checks run before a description is
// resolved through titles, which can only guess among the roster.

// maxComplement bounds the of-complement complementEnd walks over.
const maxComplement = 7

// complementEnd returns the comma that closes the of-complement of the
// person description [a, b) ("The leader [of the opposition Green
// Party],"), so that a name in apposition after it can be found; b when
// the phrase has no such complement or no comma closes it within
// maxComplement words.
func (s *quoteStage) complementEnd(a, b int) int {
	d := s.d
	if b >= len(d.toks) || d.Lower(b) != "of" || !s.personPhrase(a, b) {
		return b
	}
	sent := s.sent(b)
	for x := b + 1; x < len(d.toks) && x <= b+maxComplement && s.sent(x) == sent && !s.inQ[x]; x++ {
		switch {
		case d.Text(x) == ",":
			if x == b+1 {
				return b
			}
			return x
		case d.toks[x].Kind == Punct, d.toks[x].Kind == Word && !d.Cap(x) && s.verbAt(x, sent):
			return b
		}
	}
	return b
}

// personPhrase reports whether [a, b) is a description of a person: a
// determiner, possessive determiner or owner opens it ("the", "a",
// "his", "Nicaragua's") and a person noun or role heads one of its
// words ("leader", "commander", "spokesman").
func (s *quoteStage) personPhrase(a, b int) bool {
	d := s.d
	owned := a+2 < b && d.Cap(a) && d.toks[a+1].Kind == Possessive
	if !isDeterminer(d.Lower(a)) && !isPossessiveDeterminer(d.Lower(a)) && !owned {
		return false
	}
	cls := d.classify()
	for h := a + 1; h < b; h++ {
		if e, n := d.description(h); n == 1 && e.Field(0) == "person" || cls[h]&(cNonOfficial|cHead) != 0 {
			return true
		}
	}
	return false
}

// nameBeforeApposition returns the roster person whose name ends right
// before the comma that opens the description [a, b), when a comma also
// closes it: "Mr. Neves, the former navy commander, who …" → Neves. A
// possessive determiner ("Neves, his deputy,") names another person and
// is not taken.
func (s *quoteStage) nameBeforeApposition(a, b int) (mention, bool) {
	d := s.d
	if a < 2 || b >= len(d.toks) || d.Text(a-1) != "," || d.Text(b) != "," || !isDeterminer(d.Lower(a)) || !s.personPhrase(a, b) {
		return mention{}, false
	}
	if s.sent(a-2) != s.sent(a) || s.inQ[a-2] {
		return mention{}, false
	}
	m, ok := s.r.endingAt(a - 1)
	if !ok {
		return mention{}, false
	}
	// the name is a whole name: no capitalised word but a title, rank or
	// honorific before it ("Mr. Neves,", "with Neves,")
	if x := m.i - 1; x >= 0 && s.sent(x) == s.sent(m.i) && d.toks[x].Kind == Word && d.Cap(x) &&
		d.classify()[x]&(cHead|cTitleWord|cRank|cHonorific) == 0 {
		return mention{}, false
	}
	return m, true
}

// nameInPhrase returns a private name (two to four capitalised words
// the roster does not hold) that heads the speaker phrase [a, b) after
// a role or description: "Opposition leader [Martin Lebel] of the Unity
// Party", "The right-wing populist [Anton Vries], whose party …". The
// name must end the phrase's head (before an of/for/at/in complement or
// the phrase's end) and be known for a person's: a given name opens it,
// a person noun or role stands before it, or "who"/"whose" follows the
// phrase. [a, a) when there is none; a phrase with a possessive names
// what the person owns and is not taken.
func (s *quoteStage) nameInPhrase(a, b int) (int, int) {
	d := s.d
	if b-a < 3 || len(s.r.between(a, b)) > 0 {
		return a, a
	}
	h := b
	for k := a; k < b; k++ {
		if d.toks[k].Kind == Possessive || s.inQ[k] || d.Lower(k) == "and" || d.Lower(k) == "or" || d.Text(k) == "&" {
			return a, a // "Patti LaBelle and Stevie Wonder": two speakers
		}
		if w := d.Lower(k); w == "," || !d.Cap(k) && (w == "of" || w == "for" || w == "at" || w == "in" || w == "from") {
			h = k
			break
		}
	}
	cls := d.classify()
	const notName = cHead | cTitleWord | cBody | cPlace | cStop | cCalendar | cRank | cHonorific | cNonOfficial
	x := h
	for x > a && h-x < 4 && d.toks[x-1].Kind == Word && d.Cap(x-1) && cls[x-1]&notName == 0 {
		x--
	}
	if h-x < 2 || x == a || x-1 < a || d.toks[x-1].Kind != Word || isDeterminer(d.Lower(x-1)) {
		return a, a
	}
	if d.Cap(x-1) && cls[x-1]&(cHead|cTitleWord|cNonOfficial|cRank|cHonorific) == 0 {
		return a, a // "the Night Wolves Motor Club": a capitalised name goes on
	}
	e, n := d.description(x - 1)
	known := cls[x]&cGiven != 0 || n == 1 && e.Field(0) == "person" || cls[x-1]&(cHead|cNonOfficial) != 0
	if !known && b+1 < len(d.toks) && d.Text(b) == "," {
		w := d.Lower(b + 1)
		known = w == "who" || w == "whose"
	}
	if !known {
		return a, a
	}
	return x, h
}

// maxInsert bounds the words between the dashes of an insert.
const maxInsert = 40

// insertDash returns the first token of a dash that ends at token k
// (dashRun: the one classifier of the stage).
func insertDash(d *doc, k int) (int, bool) {
	i, j, ok := dashRun(d, k)
	return i, ok && j == k+1
}

// nameBeforeInsert returns the person whose name, or whose name and
// apposition, come before an insert set off by dashes that ends right
// before token l: "Ana Ruiz, the head of Ora Media -- the company that
// owns the channel -- told me" → Ana Ruiz. The insert holds no quote.
func (s *quoteStage) nameBeforeInsert(l, sent int) (mention, bool) {
	d := s.d
	e, ok := insertDash(d, l-1)
	if !ok || e < 3 {
		return mention{}, false
	}
	for x := e - 1; x > 0 && x >= e-maxInsert && s.sent(x) == sent && !s.inQ[x]; x-- {
		o, ok := insertDash(d, x)
		if !ok {
			continue
		}
		if x == e-1 {
			return mention{}, false // "- -": no insert
		}
		if m, ok := s.r.endingAt(o); ok {
			return m, true // "Ana Ruiz -- …, -- said"
		}
		// an apposition before the insert: "Ana Ruiz, the head of X --"
		for k := o - 1; k > 0 && k >= o-maxComplement-3 && s.sent(k) == sent && !s.inQ[k]; k-- {
			if d.Text(k) == "," {
				if m, ok := s.r.endingAtParen(d, k); ok && isDeterminer(d.Lower(k+1)) {
					return m, true
				}
				break
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// documentAuthor returns the author named after the document phrase [a,
// b) ("a report [by the defence ministry]", "a statement [from Ruiz]"):
// the noun phrase after "by" or "from" when the phrase's head is a
// document noun of the descriptions list. [a, a) when there is none.
func (s *quoteStage) documentAuthor(a, b int) (int, int) {
	d := s.d
	if b >= len(d.toks)-1 || b-a > 4 || d.Lower(b) != "by" && d.Lower(b) != "from" || s.sent(b) != s.sent(a) || s.inQ[b] {
		return a, a
	}
	if e, n := d.description(b - 1); n != 1 || e.Field(0) != "document" {
		return a, a
	}
	x, y := d.npRight(b + 1)
	if y <= x || s.inQ[x] {
		return a, a
	}
	return x, y
}

// namedNext returns the first person named after the pronoun pron at
// token k, within the next two sentences, whose gender does not
// disagree: the referent of a pronoun with no antecedent before it. nil
// when there is none.
func (s *quoteStage) namedNext(k int, pron string) *person {
	want := byte('m')
	if pron == "she" {
		want = 'f'
	}
	sent := s.sent(k)
	r := s.r
	for n := r.lastBefore(k) + 1; n >= 0 && n < len(r.all); n++ {
		m := r.all[n]
		if s.sent(m.i)-sent > 2 {
			return nil
		}
		if m.i <= k || s.inQ[m.i] {
			continue
		}
		if g := s.genderOf(m.p); g != 0 && g != guessedF && g != want || s.notAPerson(m) {
			continue
		}
		return m.p
	}
	return nil
}
