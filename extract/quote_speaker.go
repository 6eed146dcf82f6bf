package extract

import (
	"sort"
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// Speaker resolution: a sieve finds the phrase that names a quote's
// source ("Kirby", "he", "the Russian leader", "a western official");
// resolve turns it into a speaker. A name is the person it names; a
// personal pronoun is the most salient person before it
// ("pronoun-salience"); "it" and "they" are the non-person subject before
// them ("pronoun-subject"); a definite description is the person whose
// title fits it, or the unnamed source that introduced it
// ("description"); anything else is the phrase as written.

// resolve turns the speaker phrase [a, b) into an attribution.
func (s *quoteStage) resolve(a, b int, cue string) attribution {
	return s.resolveIn(a, b, cue, false, 0)
}

// maxResolveDepth bounds the chain of phrases one resolve follows: a
// phrase resolved through another phrase (a pronoun through the
// description or the attribution before it, "the statement" through the
// attribution that issued it, a document through its author) resolves
// that phrase one level deeper. Every call of the cycle resolveIn →
// resolveIn, and resolveIn → statementAuthor → statementSource →
// resolveIn, passes depth+1, and resolveIn returns at once past
// maxResolveDepth: the recursion is at most maxResolveDepth+1 calls of
// resolveIn deep, whatever the text. No testdata phrase goes past
// depth 1 (a pronoun through the description before it).
const maxResolveDepth = 3

// resolveIn is resolve at depth (0 for a quote's own phrase; see
// maxResolveDepth): past maxResolveDepth the phrase is left unresolved
// (the zero attribution). asAuthor marks the phrase of a document's
// author ("a statement from [the High Command of the army]"), resolved
// as it stands: not cut back to a source head before a preposition
// (which would lead back to "a statement") nor sent on to another
// author.
func (s *quoteStage) resolveIn(a, b int, cue string, asAuthor bool, depth int) attribution {
	if depth > maxResolveDepth {
		return attribution{}
	}
	d, r := s.d, s.r
	at := attribution{quoteSpan: quoteSpan{cue: cue, ok: true}}
	// "An aid agency working in [the region] said": the source is the head
	bare := false // a bare plural head: "officials familiar with the talks"
	if x, y := s.sourceHead(a, b); !asAuthor && y > x && !(b-a == 1 && (d.Lower(a) == "him" || d.Lower(a) == "her")) {
		a, b, bare = x, y, y-x == 1 && !isIndefinite(d, x, y)
	}
	// the tail of a longer name the roster holds: "Javier Pérez de
	// [Cuéllar] called", "Luiz Inácio Lula da [Silva] warned" (a phrase
	// search stops at the lower-case particle)
	if m, ok := r.endingAt(b); ok && m.i < a && a-m.i <= 4 {
		a = m.i
	}
	// a phrase that starts inside a longer name the roster holds, cut at
	// its particle, with a complement after the name: "President Carlos
	// Salinas de [Gortari of Mexico], who …, said"
	for _, m := range r.between(max(a-4, 0), b) {
		if m.i < a && m.j > a {
			a = m.i
			break
		}
	}
	// the head of a longer name the roster holds, cut at its particle:
	// "Foreign Minister [Joris] van Dam, saying" (a phrase search stops
	// at the lower-case particle)
	if b < len(d.toks) && d.particleAt(b) {
		for x := b - 1; x >= a && x >= b-4; x-- {
			if m, ok := r.startingAt(x); ok && m.j > b && m.j-b <= 3 {
				b = m.j
				break
			}
		}
	}
	// a named person inside the phrase: the last one, unless a possessor
	// ("Bazoum's party", "Putin's spokesman": the phrase's head speaks)
	if ms := r.between(a, b); len(ms) > 0 && !possessor(d, ms[len(ms)-1], b) && !modifierOrObject(d, ms[len(ms)-1], a, b) {
		m := ms[len(ms)-1]
		at.speaker, at.who, at.speakerStart, at.speakerEnd = m.p.name, m.p, d.toks[m.i].Start, d.toks[m.j-1].End
		if e := suffixEnd(d, m.j); e > m.j && !strings.HasSuffix(m.p.name, d.span(m.j, e)) {
			at.speaker += " " + d.span(m.j, e) // "James A. Baker 3d"
		}
		if x := s.otherGivenName(m); x < m.i {
			// "said Lukas Brandt" where the roster took Brandt for
			// Sabine Brandt: the name as written
			at.speaker, at.who, at.rule, at.speakerStart = d.span(x, m.j), nil, "name-as-written", d.toks[x].Start
		}
		return at
	}
	// a document with its author: "a report by Israel's military
	// intelligence" (contract: a report's words belong to its author)
	if x, y := s.documentAuthor(a, b); !asAuthor && y > x {
		sub := s.resolveIn(x, y, cue, true, depth+1)
		if sub.rule == "" {
			sub.rule = "document-author"
		}
		return sub
	}
	// a description in apposition to the name before it: "Mr. Neves,
	// the former navy commander, who had called …" (the name speaks)
	if m, ok := s.nameBeforeApposition(a, b); ok {
		at.speaker, at.who, at.speakerStart, at.speakerEnd = m.p.name, m.p, d.toks[m.i].Start, d.toks[m.j-1].End
		return at
	}
	// a private name heading the phrase: "Opposition leader Jacques
	// Lebel of the Unity Party", "The populist Anton Vries, who …"
	if x, y := s.nameInPhrase(a, b); y > x {
		at.speaker, at.rule, at.speakerStart, at.speakerEnd = d.span(x, y), "name-in-phrase", d.toks[x].Start, d.toks[y-1].End
		return at
	}
	// a person named in an apposition: "the Kremlin's spokesman, Ana Ruiz,",
	// also past the description's complement: "The leader of the
	// opposition Green Party, Elena Marsh,"
	ab := s.complementEnd(a, b)
	if ab+1 < len(d.toks) && d.Text(ab) == "," {
		x := ab + 1
		if cls := d.classify(); x+1 < len(d.toks) && (d.Lower(x) == "the" && cls[x+1]&(cRank|cHonorific) != 0 || cls[x]&(cRank|cHonorific) != 0 || cls[x]&(cTitleWord|cHead) != 0 && d.Cap(x)) {
			if d.Lower(x) == "the" {
				x++
			}
			for ; x < len(d.toks) && x < ab+5 && (cls[x]&(cRank|cHonorific) != 0 || cls[x]&(cTitleWord|cHead) != 0 && d.Cap(x)); x++ {
			} // "Nicaragua's foreign minister, the Rev. Miguel d'Escoto,", "the navy chief, Adm. Omar Sadik,", "the party's spokesman, Senator Ana Ruiz,"
		}
		if m, ok := r.startingAt(x); ok && (m.j >= len(d.toks) || d.Text(m.j) == "," || isSentenceEnd(d.Text(m.j)) || d.toks[m.j].Sent != d.toks[m.i].Sent) {
			// "…,” said Nato's spokesman, Jamie Shea." too
			at.speaker, at.who, at.speakerStart, at.speakerEnd = m.p.name, m.p, d.toks[m.i].Start, d.toks[m.j-1].End
			return at
		}
		// a private person off the roster: "A spokesman for the movement,
		// Sheikh Abdirahim Isse Adow, said"
		if x, y := s.appositionName(a, ab); y > x {
			at.speaker, at.rule, at.speakerStart, at.speakerEnd = d.span(x, y), "apposition-name", d.toks[x].Start, d.toks[y-1].End
			return at
		}
		// a body named in apposition to its description: "North Korea's
		// state news agency, KCNA, said" (the shortest complete name)
		if x, y := s.bodyNameAfter(a, ab); y > x {
			at.speaker, at.speakerStart, at.speakerEnd = d.span(x, y), d.toks[x].Start, d.toks[y-1].End
			return at
		}
	}
	if b-a >= 2 && s.personalAddress(a, b) {
		a++ // "Mrs Thatcher told MPs": the name, as the roster writes names
	}
	at.speakerStart, at.speakerEnd = d.toks[a].Start, d.toks[b-1].End
	phrase := d.span(a, b)
	if w := d.Lower(a); b-a == 1 && (isPronoun(w) || w == "him" || w == "her") {
		switch l := objectPronoun(w); l {
		case "he", "she":
			// "The alliance's spokesman was blunt. “…,” he said.": the
			// description that is the subject of the sentence before
			if x, y := s.descriptionBefore(a, l); y > x {
				if sub := s.resolveIn(x, y, cue, false, depth+1); sub.who != nil {
					at.speaker, at.who, at.rule = sub.who.name, sub.who, "pronoun-description"
					return at
				} else if sub.rule == "apposition-name" || sub.rule == "description" && sub.speaker != d.span(x, y) {
					// a private person in apposition, or the unnamed source
					// that introduced the description ("said a U.N. officer
					// in Kigali" … "The officer said …, he said")
					at.speaker, at.rule = sub.speaker, "pronoun-description"
					return at
				} else if isDeterminer(d.Lower(x)) && d.Lower(x) != "the" || d.Cap(x) && !isDeterminer(d.Lower(x)) {
					at.speaker, at.rule = sub.speaker, "pronoun-description"
					return at
				}
			}
			if x, y := s.gendredAppositionBefore(a, l); y > x {
				at.speaker, at.rule = d.span(x, y), "pronoun-apposition"
				for n := x; n < y; n++ {
					// the person named in the phrase, past a rank or an
					// honorific before the name: "Col. Abdou Ndiaye, a
					// spokesman for the army, said … “…,” he told"
					if m, ok := r.startingAt(n); ok && m.j == y {
						at.speaker, at.who = m.p.name, m.p
						break
					}
				}
				return at
			}
			if pa, ok := s.prevSource(a); ok {
				at.speaker, at.rule = pa.speaker, "pronoun-chain"
				return at
			}
			at.rule = "pronoun-salience"
			pe := s.salient(a, l)
			// the source of the reported-speech sentence just before:
			// "…, a spokesman for the ministry said. “…,” he added."
			if x, y := s.attributionBefore(a, l); y > x && !s.ownSubject(a) {
				if sub := s.resolveIn(x, y, cue, false, depth+1); sub.speaker != "" {
					at.speaker, at.who, at.rule = sub.speaker, sub.who, "pronoun-attribution"
					return at
				}
			}
			// a private person off the roster, subject of a nearer clause
			// than the roster's antecedent: "Fatmire Gashi, 52, watched …"
			if x, y := s.privateSubjectBefore(a, l); y > x && (pe == nil || s.nearerThanAntecedent(x) &&
				(s.givenGender(x) != 0 || s.personLike(x, y) && (s.genderOf(pe) == 0 || s.clauseSent(a)-s.clauseSent(x) <= 1))) {
				at.speaker, at.rule = d.span(x, y), "pronoun-private"
				if y-x == 1 {
					if full := s.fullNameWithin(x, privateNameBack); full != "" {
						at.speaker = full // "Al-Ahmad said …": the full name given before
					}
				}
				return at
			}
			if pe == nil {
				// "The top U.N. official in Namibia has allowed …, a
				// decision he called “…”": the description that is the
				// subject of the pronoun's own sentence, resolved
				if x, y := s.ownSubjectDescription(a); y > x {
					if sub := s.resolveIn(x, y, cue, false, depth+1); sub.who != nil {
						at.speaker, at.who, at.rule = sub.who.name, sub.who, "pronoun-description"
						return at
					}
				}
				// nobody before it: a lede's pronoun names the person the
				// next sentences introduce ("“…,” she said. The Latvian
				// defence minister, Ilze Kalnina, …")
				if pe := s.namedNext(a, l); pe != nil {
					at.speaker, at.who, at.rule = pe.name, pe, "pronoun-forward"
					return at
				}
			}
			if pe != nil {
				at.speaker, at.who = pe.name, pe
				// "Ruiz said she expects …“…”": the name, subject of the
				// same sentence, is the mention
				if m := s.antecedent; m.p == pe && s.sent(m.i) == s.sent(a) && s.position(m) == posSubject && !s.newClauseBetween(m.j, a) && !(a > 0 && relativeOpener(d.Lower(a-1))) && !s.opensOwnClause(m, a) {
					at.speakerStart, at.speakerEnd = d.toks[m.i].Start, d.toks[m.j-1].End
				}
				return at
			}
		case "it", "they":
			at.rule = "pronoun-subject"
			if x, y := s.subjectBefore(a); y > x {
				at.speaker = d.span(x, y)
				if bx, by := s.namedBody(x, y); by > bx && d.Lower(x) == "the" {
					// "The institute found … It said": the body's name
					// ("the Institute for Border Studies")
					at.speaker = d.span(bx, by)
				}
				return at
			}
		}
		at.speaker = phrase
		return at
	}
	if det := d.Lower(a); det == "the" && b-a >= 2 {
		if st := s.statementAuthor(a, b, depth+1); st.ok {
			// "… said in a statement … . The statement said …": its
			// author speaks; the mention and the cue are the
			// statement's own, unless "also" goes on with the report
			// that issued it (rule 40d)
			st.rule = joinRule("statement-author", resolutionOf(st.rule))
			if w := d.Lower(min(b, len(d.toks)-1)); w != "also" && w != "further" {
				st.speakerStart, st.speakerEnd, st.cue = d.toks[a].Start, d.toks[b-1].End, cue
			}
			return st
		}
		pe := describeSpeaker(d, r, a, b)
		if g := s.placedGazetteerPerson(a, b, pe); g != nil {
			pe = g // "The Soviet leader" after "President Reagan and Mikhail S. Gorbachev"
		}
		if pe != nil {
			if o := s.subjectRival(a, b, pe); o != nil {
				pe = o // "Gen. Vance spoke after meeting Gen. Eide. “…,” the general said"
			}
		}
		if pe != nil && lastAt(pe, a+1) < s.itemStart(a) {
			pe = nil // a person of another brief of a roundup: "OSLO — … the Danish foreign minister said"
		}
		// an unnamed source introduced after the person was last named is
		// the nearer referent: "a ministry spokesman said … the spokesman"
		// "the official", a head any role fits, names no role of a person
		// named since: it takes up "a senior official" still
		if x, y := s.introduced(a, b); y > x && (pe == nil || lastAt(pe, a) < x || anyRole(d, b-1)) {
			at.rule = "description"
			if src, ok := s.sources[d.Stem(b-1)]; ok && src.speakerStart >= d.toks[x].Start {
				at.speaker = src.speaker // the source the introducing phrase named
			} else {
				if isDeterminer(d.Lower(x)) || d.Lower(x) == "one" {
					y = s.sourceModifierEnd(y) // "a senior official in Brussels"
				}
				at.speaker = d.span(x, y)
				if isDeterminer(d.Lower(x)) {
					at.speaker = strings.ToLower(d.slice(d.toks[x].Start, d.toks[x].End)) + d.slice(d.toks[x].End, d.toks[y-1].End)
				}
			}
			return at
		}
		if pe != nil {
			at.speaker, at.who, at.rule = pe.name, pe, "description"
			return at
		}
		if x, y := s.namedBody(a, b); y > x {
			// "The institute … said" after "The Institute for the
			// Study of War": the body's name
			at.speaker, at.rule = d.span(x, y), "description-name"
			return at
		}
		if src, ok := s.sources[d.Stem(b-1)]; ok {
			at.speaker, at.rule = src.speaker, "description"
			return at
		}
		if pe := s.namedAfter(a, ofHead(d, a, b)); pe != nil {
			at.speaker, at.who, at.rule = pe.name, pe, "description-forward"
			return at
		}
		if pe := s.describedSubject(a, b); pe != nil {
			at.speaker, at.who, at.rule = pe.name, pe, "description-salient"
			return at
		}
	}
	if l := d.Lower(a); l == "its" && b-a >= 2 {
		// "Its defence ministry described …": the owner is the non-person
		// subject before ("Russia's retreat stunned …")
		if owner := s.ownerBefore(a); owner != "" {
			at.speaker, at.rule, at.intro = owner+"’s "+d.span(a+1, b), "description-owner", d.Stem(b-1)
			return at
		}
	}
	if pe, rule := s.ownedDescription(a, b); pe != nil {
		// "Germany's defence minister said": a description owned by a
		// country or body, like "the German defence minister"
		at.speaker, at.who, at.rule = pe.name, pe, rule
		return at
	}
	if pe := s.headlineDescribed(a, b); pe != nil {
		// "‘…’: San Juan mayor answers critics": the body names her
		at.speaker, at.who, at.rule = pe.name, pe, "headline-description"
		return at
	}
	if isIndefinite(d, a, b) || bare {
		// "an aid agency working in the region": with its modifiers
		e := s.sourceModifierEnd(b)
		phrase = d.span(a, e)
		if isDeterminer(d.Lower(a)) {
			phrase = strings.ToLower(phrase[:1]) + phrase[1:] // "a spokesman", as a later "the spokesman" names it
		}
		at.intro = d.Stem(b - 1)
		at.speakerEnd = d.toks[e-1].End
	}
	at.speaker = phrase
	if b-a == 1 {
		if full := s.fullName(a); full != "" {
			at.speaker = full
		}
	}
	return at
}

// suffixEnd returns the end of a generation suffix written right after
// a name that ends at token j ("3d", "Jr.", "III"), or j.
func suffixEnd(d *doc, j int) int {
	if j >= len(d.toks) || d.toks[j].Kind == Punct && d.Text(j) != "," {
		return j
	}
	k := j
	if d.Text(k) == "," && k+1 < len(d.toks) && (d.Lower(k+1) == "jr" || d.Lower(k+1) == "jr.") {
		k++ // "Ana Ruiz, Jr."
	}
	switch {
	case d.toks[k].Kind == Word && nameSuffix(d.Lower(k)) && d.Cap(k) || d.Lower(k) == "3d" || d.Lower(k) == "2d":
		k++
	case d.toks[k].Kind == Number && k+1 < len(d.toks) && !d.toks[k+1].Space && nameSuffix(d.Text(k)+d.Lower(k+1)):
		k += 2
	default:
		return j
	}
	if k < len(d.toks) && d.Text(k) == "." && !d.toks[k].Space && d.Lower(k-1) != "iii" {
		k++
	}
	if k == j+1 && d.Text(j) == "," {
		return j
	}
	return k
}

// otherGivenName returns the start of a given name written right before
// mention m that its person's name does not hold ("Lukas" of "Lukas
// Brandt" when the roster merged the mention into Sabine Brandt), or
// m.i when there is none.
func (s *quoteStage) otherGivenName(m mention) int {
	d := s.d
	x := m.i - 1
	if x < 0 || d.toks[x].Kind != Word || !d.Cap(x) || d.toks[x].Sent != d.toks[m.i].Sent || s.inQ[x] {
		return m.i
	}
	const notName = cHead | cTitleWord | cRank | cHonorific | cBody | cPlace | cStop | cCalendar | cNonOfficial
	if d.classify()[x]&notName != 0 || m.j-m.i != 1 {
		return m.i // only a lone surname mention takes a given name before it
	}
	for _, w := range strings.Fields(m.p.name) {
		if w == d.Text(x) {
			return m.i
		}
	}
	return x
}

// namedBody returns the name of a body that a definite description
// [a, b) of one head takes up ("The institute", "the Commission"): the
// latest earlier capitalised name holding the head word, with its
// determiner and its of/for complements ("The Institute for the Study of
// War", "the European Commission"), at most 300 tokens back. [a, a) when
// there is none or the head names a person.
// lowerBodyStart returns the start of a body's phrase ending in the
// lower-case head at token k: "the" or a capitalised owner with "'s",
// then modifiers (at least one, one of them capitalised: "The Moroccan
// interior ministry", "Kenya's defence ministry"); ok false otherwise
// ("the ministry", "a ministry official").
func (s *quoteStage) lowerBodyStart(k int) (int, bool) {
	d := s.d
	if k+1 < len(d.toks) && d.toks[k+1].Kind == Word && !d.Cap(k+1) && !isFunctionWord(d.Lower(k+1)) && d.Lower(k+1) != "said" {
		if _, n := d.description(k + 1); n == 1 {
			return 0, false // a modifier: "a ministry official"
		}
	}
	sent, caps := s.sent(k), false
	for x := k - 1; x >= 0 && x >= k-5 && s.sent(x) == sent && !s.inQ[x]; x-- {
		switch t := &d.toks[x]; {
		case t.Kind == Possessive:
			o := x
			for o > 0 && o > x-4 && d.toks[o-1].Kind == Word && d.Cap(o-1) && s.sent(o-1) == sent {
				o--
			}
			if o == x || k-x < 2 || len(s.r.between(o, k)) > 0 {
				return 0, false
			}
			return o, true
		case t.Kind != Word:
			return 0, false
		case d.Lower(x) == "the":
			if k-x < 3 || !caps || len(s.r.between(x, k)) > 0 {
				return 0, false
			}
			return x, true
		case d.Cap(x):
			caps = true
		case isFunctionWord(d.Lower(x)) || isDeterminer(d.Lower(x)) || isPossessiveDeterminer(d.Lower(x)):
			return 0, false
		}
	}
	return 0, false
}

// bodyHolding reports whether the capitalised name ending right before
// token e holds the word head ("The International Crisis [Group]" for
// "group"): an apposition after it describes that body (rule 47a).
func (s *quoteStage) bodyHolding(e int, head string) bool {
	d := s.d
	x := e - 1
	for ; x >= 0 && x >= e-6 && d.toks[x].Kind == Word && d.Cap(x) && s.sent(x) == s.sent(e); x-- {
		if d.Lower(x) == head {
			return true
		}
	}
	// a name of several words opening the sentence, no person's and no
	// place's: "Human Rights Watch, a New York-based rights group,"
	if x >= 0 && d.Lower(x) == "the" {
		x--
	}
	opens := x < 0 || s.sent(x) != s.sent(e)
	return opens && e-x > 2 && len(s.r.between(x+1, e)) == 0 && d.classify()[e-1]&cPlace == 0
}

func (s *quoteStage) namedBody(a, b int) (int, int) {
	d := s.d
	h := b - 1
	if b-a != 2 || d.toks[h].Kind != Word || s.roleNoun(h) {
		return a, a
	}
	head := d.Lower(h)
	for k := a - 1; k >= 0 && k >= a-300; k-- {
		if s.inQ[k] || d.toks[k].Kind != Word || d.Lower(k) != head {
			continue
		}
		if !d.Cap(k) {
			// a body written in lower case with its modifiers: "The
			// Moroccan interior ministry", "Kenya's defence ministry"
			if x, ok := s.lowerBodyStart(k); ok {
				return x, k + 1
			}
			// an indefinite apposition to a named body: "Human Rights
			// Watch, a New York-based rights group," → the body's name
			for x := k - 1; x > 1 && x >= k-5 && s.sent(x) == s.sent(k) && d.toks[x].Kind == Word; x-- {
				if w := d.Lower(x); w == "a" || w == "an" {
					if d.Text(x-1) == "," && s.bodyHolding(x-1, head) {
						o := x - 2
						for o > 0 && d.toks[o-1].Kind == Word && d.Cap(o-1) && s.sent(o-1) == s.sent(x) {
							o--
						}
						return o, x - 1
					}
					break
				}
			}
			continue
		}
		sent := s.sent(k)
		x := k
		for x > 0 && s.sent(x-1) == sent && d.toks[x-1].Kind == Word && d.Cap(x-1) && !s.inQ[x-1] && x > k-4 {
			x--
		}
		y := k + 1
		for y+1 < len(d.toks) && s.sent(y) == sent && (d.Lower(y) == "for" || d.Lower(y) == "of" || d.Lower(y) == "on") {
			z := y + 1
			if d.Lower(z) == "the" {
				z++
			}
			e := z
			for e < len(d.toks) && e < z+4 && d.toks[e].Kind == Word && d.Cap(e) && s.sent(e) == sent {
				e++
			}
			if e == z {
				break
			}
			y = e
		}
		if y-x < 2 || len(s.r.between(x, y)) > 0 {
			return a, a // the head alone, or a person's title
		}
		if x > 0 && s.sent(x-1) == sent && d.Lower(x-1) == "the" {
			x--
		}
		return x, y
	}
	return a, a
}

// headlineDescribed resolves a description in the headline without a
// determiner ("San Juan mayor", "the French president") to the first
// person the body names whose title fits it in every modifier: a
// headline comes before the names it abbreviates. nil when none fits.
func (s *quoteStage) headlineDescribed(a, b int) *person {
	d, r := s.d, s.r
	if d.toks[a].Para != 0 || !s.inHeadline(a) || len(r.between(a, b)) > 0 {
		return nil
	}
	x := a
	if isDeterminer(d.Lower(x)) {
		if d.Lower(x) != "the" {
			return nil
		}
		x++
	}
	ds, ok := d.parseDescription(x, b)
	if !ok {
		return nil
	}
	for n := r.lastBefore(b) + 1; n >= 0 && n < len(r.all); n++ {
		if pe := r.all[n].p; pe.title != "" && d.compatiblePerson(ds, pe) && !pe.pastOffice() {
			return pe
		}
	}
	return nil
}

// roleFits reports whether the role of the person of mention m fits the
// head of description ds: the apposition after the mention ("Thomas
// Kelly, the Joint Staff's director of operations,"), the words before
// the name ("General Oleh Marko") or the title names a role the head
// covers; a person with none of them fits.
func (s *quoteStage) roleFits(ds description, m mention) bool {
	d := s.d
	// a title right before the name: "General Oleh Marko"
	x := m.i
	for x > 0 && x > m.i-4 && d.toks[x-1].Sent == d.toks[m.i].Sent && d.toks[x-1].Kind == Word && d.Cap(x-1) {
		x--
	}
	if x < m.i && headCovers(ds, d.span(x, m.i)) {
		return true
	}
	appos := false
	if m.j < len(d.toks) && d.Text(m.j) == "," {
		if e := s.skipApposition(m.j, s.sent(m.i)); e > m.j+2 {
			if headCovers(ds, d.span(m.j+1, e-1)) {
				return true
			}
			// "Boris Pistorius, who signed the plan,": a relative clause
			// states no role
			appos = !isRelative(d.Lower(m.j + 1))
		}
	}
	if m.p.title == "" {
		return !appos
	}
	return headCovers(ds, m.p.title)
}

// headCovers reports whether a role as written names one of the roles the
// head of description ds covers ("chief" covers "director").
func headCovers(ds description, role string) bool {
	covers := ds.head.Field(1)
	if covers == "" {
		covers = ds.head.Phrase
	}
	if covers == "*" {
		return true
	}
	lt := titleKey(role)
	for _, c := range strings.Split(covers, ",") {
		if c = strings.TrimSpace(c); c != "" && (strings.Contains(lt, " "+c+" ") || strings.Contains(lt, " "+c+"s ")) {
			return true
		}
	}
	return false
}

// lastAt returns the last token before k where pe is named, or -1.
func lastAt(pe *person, k int) int {
	n := sort.Search(len(pe.at), func(x int) bool { return int(pe.at[x]) >= k }) - 1
	if n < 0 {
		return -1
	}
	return int(pe.at[n])
}

// namedAfter links a definite description [a, b) that no earlier person
// fits to a person named in the next two sentences: in apposition to the
// same head ("The spokesman, Jamie Shea, …") or as the subject of a
// sentence ("the Kremlin spokesman said … Dmitry Peskov added"). The
// person must be new there: an earlier one would have been the referent.
func (s *quoteStage) namedAfter(a, b int) *person {
	d, r := s.d, s.r
	ds, ok := d.parseDescription(ownerStart(d, a, b), b)
	if !ok {
		return nil
	}
	sent := s.clauseSent(a)
	cls := d.classify()
	for n := r.lastBefore(b) + 1; n >= 0 && n < len(r.all); n++ {
		m := r.all[n]
		if m.i < b {
			continue
		}
		if s.clauseSent(m.i) > sent+2 {
			break
		}
		if s.inQ[m.i] || len(m.p.at) > 0 && int(m.p.at[0]) < a {
			continue
		}
		if d.toks[m.i].Para != d.toks[a].Para && (m.p.title == "" || m.p.private) {
			// a new paragraph moves on: only a named role that the
			// description covers carries it over ("The minister said …¶
			// “…,” said Ruth Kemp of the Institute" is no minister)
			continue
		}
		if ds.gender != 0 && m.p.gender != 0 && ds.gender != m.p.gender {
			continue
		}
		c := m.i - 1
		for c > b && c > m.i-4 && cls[c]&(cRank|cHonorific|cTitleWord|cHead) != 0 && d.Cap(c) {
			c-- // "the defence spokesman, Senator Ana Ruiz,"
		}
		if c >= 1 && d.Text(c) == "," && d.toks[c-1].Kind == Word && d.Stem(c-1) == d.Stem(b-1) {
			return m.p // "The spokesman, Jamie Shea,"
		}
		if s.position(m) == posSubject && s.roleFits(ds, m) {
			// a new person who is the subject of a sentence right after,
			// in a role the description covers
			return m.p
		}
		if m.p.title == "" && s.clauseSent(m.i) == sent+1 && m.i > 0 && s.sent(m.i-1) != s.sent(m.i) && s.inQ[m.i-1] == false {
			// a new person with no role stated who opens the next
			// sentence with a speech verb: "Qatar's ambassador to Turkey
			// said … . Ana Ruiz told Anadolu …"
			if _, ce := s.cueAt(skipAdverbs(d, m.j)); ce > 0 {
				return m.p
			}
		}
	}
	return nil
}

// sentenceBefore finds the clause sentence before the one of token k (a
// pronoun), outside quotes, in k's paragraph and within maxReach: its
// first token and its sentence number.
func (s *quoteStage) sentenceBefore(k int) (first, sent int, ok bool) {
	d := s.d
	want := s.clauseSent(k) - 1
	x := k - 1
	for x >= 0 && x >= k-maxReach && (s.inQ[x] || s.clauseSent(x) > want) {
		if s.inQ[x] {
			// a quote's tokens are all passed over: go to its opening mark
			x = s.quoteOpenAt(x)
		}
		x--
	}
	if x < 0 || x < k-maxReach || s.clauseSent(x) != want || d.toks[x].Para != d.toks[k].Para {
		return 0, 0, false
	}
	sent = s.sent(x)
	first = s.sentStart(x)
	return first, sent, true
}

// descriptionBefore returns the definite description that is the subject
// of the sentence before the one of token k (a pronoun), when that
// description names no person and its head is a person noun agreeing
// with the pronoun: "The alliance's chief spokesman was blunt."
func (s *quoteStage) descriptionBefore(k int, pron string) (int, int) {
	d := s.d
	first, sent, ok := s.sentenceBefore(k)
	if !ok {
		return k, k
	}
	if l := d.Lower(first); isIndefinite(d, first, first+2) || (l == "one" || l == "another") && first+1 < len(d.toks) && d.classify()[first+1]&cPlace != 0 {
		return s.indefiniteSpeaker(first, sent, pron, k)
	} else if isPossessiveDeterminer(l) || first+1 < len(d.toks) && d.toks[first+1].Kind == Possessive && d.Cap(first) {
		if x, y := s.namedRelative(first, sent, pron, k); y > x {
			return x, y
		}
		// "Germany's defence minister said …": the owned description
		a, b := first, first+2
		for b < len(d.toks) && b < first+6 && s.sent(b) == sent && d.toks[b].Kind == Word && !d.Cap(b) && !s.verbAt(b, sent) {
			b++
		}
		if b > a+2 && b < len(d.toks) && s.verbAt(b, sent) {
			if ds, ok := d.parseDescription(ownerStart(d, a, b), b); ok && (ds.gender == 0 || (ds.gender == 'f') == (pron == "she")) {
				if pe, _ := s.ownedDescription(a, b); pe != nil {
					return a, b
				}
			}
		}
		return k, k
	} else if l != "the" {
		return k, k
	}
	a, b := d.npRight(first)
	v, named := b, false
	if b > a && b < len(d.toks) && d.Text(b) == "," {
		// a private person in apposition, and perhaps a second apposition,
		// before the verb: "The rebels' commander, Ana Ruiz, known as …,
		// insisted" (the name's own gender is not known: any pronoun)
		if x, y := s.appositionName(a, b); y > x {
			named = true
			if v = s.skipApposition(b, sent); v > b && !s.verbAt(v, sent) {
				v = s.skipApposition(v-1, sent)
			}
		}
	}
	if b <= a || v >= len(d.toks) || len(s.r.between(first, b+1)) > 0 || !s.verbAt(v, sent) && !isCopula(d.Lower(v)) {
		return k, k
	}
	if named {
		return a, b
	}
	ds, ok := d.parseDescription(ownerStart(d, a, b), b)
	if !ok || ds.gender != 0 && (ds.gender == 'f') != (pron == "she") {
		return k, k
	}
	return a, b
}

// attributionBefore returns the source phrase of the sentence before the
// one of the pronoun at token k when that sentence reports speech (a cue
// and its subject, no quote of its own) and the source is a person who
// may be the pronoun: a roster person of agreeing or unknown gender, a
// description whose head is a person noun ("a spokesman for the
// ministry"), or a private person's name that shows itself a person's
// ("Ebrima Sowe, a 34-year-old taxi driver, said"). The subject of the
// last attribution is the paragraph's topic, ahead of people merely
// mentioned in it. [k, k) when there is none.
func (s *quoteStage) attributionBefore(k int, pron string) (int, int) {
	d := s.d
	first, sent, ok := s.sentenceBefore(k)
	if !ok {
		return k, k
	}
	last := first
	for last+1 < len(d.toks) && s.sent(last+1) == sent {
		last++
	}
	a, b, c, _ := s.reportedSubject(last)
	if b <= a || b-a == 1 && (isPronoun(d.Lower(a)) || d.Lower(a) == "him" || d.Lower(a) == "her") || !s.reportsContent(c, sent) {
		return k, k
	}
	want := byte('m')
	if pron == "she" {
		want = 'f'
	}
	if ms := s.r.between(a, b); len(ms) > 0 {
		m := ms[len(ms)-1]
		if possessor(d, m, b) || modifierOrObject(d, m, a, b) || s.notAPerson(m) || s.position(m) != posSubject {
			// not a name in apposition to the subject: "Correa, who has
			// allied himself with Venezuela's president, Hugo Chávez, said"
			return k, k
		}
		if g := s.genderOf(m.p); (g == 'm' || g == 'f') && g != want {
			return k, k
		}
		return a, b
	}
	// a person noun heading an indefinite phrase, before its complement
	// (a definite one is descriptionBefore's)
	cls := d.classify()
	for x := a; x < b && isIndefinite(d, a, b); x++ {
		l := d.Lower(x)
		if isSourcePreposition(l) || isPreposition(l) {
			break
		}
		if e, n := d.description(x); n == 1 && e.Field(0) == "person" || cls[x]&cNonOfficial != 0 {
			if g := genderOfRole(l); g != 0 && g != want {
				return k, k
			}
			return a, b
		}
	}
	// a private person's name
	if b-a >= 2 && b-a <= 4 && s.personLike(a, b) {
		for x := a; x < b; x++ {
			if d.toks[x].Kind != Word || !d.Cap(x) || cls[x]&(cHead|cTitleWord|cBody|cPlace|cStop|cCalendar) != 0 {
				return k, k
			}
		}
		if g := s.givenGender(a); (g == 'm' || g == 'f') && g != want {
			return k, k // a guess from the ending does not decide: "Ebrima" is a man's name
		}
		return a, b
	}
	return k, k
}

// reportsContent reports whether the cue at token c, in sentence sent,
// reports what was said: it closes its sentence or a clause ("…, a
// spokesman said."), or a that-clause or a clause with its own verb
// follows ("said the dams had held"), not a mere object ("praised the
// minister's tone").
func (s *quoteStage) reportsContent(c, sent int) bool {
	d := s.d
	_, ce := s.cueAt(c)
	x := skipAdverbs(d, ce)
	if x >= len(d.toks) || s.sent(x) != sent || d.Text(x) == "," || isSentenceEnd(d.Text(x)) {
		return true
	}
	for y := x; y < len(d.toks) && y < x+10 && s.sent(y) == sent && !s.inQ[y]; y++ {
		if d.Lower(y) == "that" || s.verbAt(y, sent) {
			return true
		}
	}
	return false
}

// itemStart returns the first token of the news item that holds token k
// in a roundup of briefs, each opening with its own dateline ("OSLO —"):
// the latest paragraph at or before k that opens with a dateline, when the
// document has two or more; 0 otherwise (one story, one dateline).
func (s *quoteStage) itemStart(k int) int {
	d := s.d
	if !s.itemsMade {
		s.itemsMade = true
		for x := range d.toks {
			if (x == 0 || d.toks[x-1].Para != d.toks[x].Para) && afterDateline(d, x, min(x+10, len(d.toks))) > x {
				s.items = append(s.items, x)
			}
		}
	}
	if len(s.items) < 2 {
		return 0
	}
	n := sort.SearchInts(s.items, k+1) - 1
	if n < 0 {
		return 0
	}
	return s.items[n]
}

// nearerThanAntecedent reports whether a private subject at token x is
// nearer to the pronoun than salience's antecedent: in a later sentence,
// or in the same one when the antecedent is no subject there ("Raynard
// Jackson … crossed party lines to vote for Obama").
func (s *quoteStage) nearerThanAntecedent(x int) bool {
	cx, ca := s.clauseSent(x), s.clauseSent(s.antecedent.i)
	return cx > ca || cx == ca && x < s.antecedent.i && s.position(s.antecedent) != posSubject
}

// ownSubject reports whether the sentence of the pronoun at token k has
// a subject of its own before the pronoun, a person the roster holds:
// "Ruiz left, and he said …".
func (s *quoteStage) ownSubject(k int) bool {
	for _, m := range s.r.between(s.sentStart(k), k) {
		if !s.inQ[m.i] && s.position(m) == posSubject {
			return true
		}
	}
	return false
}

// ownSubjectDescription returns the definite description ("the top U.N.
// official in Namibia") that opens the sentence of the pronoun at token
// k, perhaps after a dateline or a conjunction, followed by its verb;
// [k, k) when there is none.
func (s *quoteStage) ownSubjectDescription(k int) (int, int) {
	d := s.d
	sent := s.sent(k)
	first := s.sentStart(k)
	first = afterDateline(d, first, k)
	if l := d.Lower(first); (l == "but" || l == "and") && first+1 < k {
		first++
	}
	if d.Lower(first) != "the" {
		return k, k
	}
	a, b := d.npRight(first)
	if b <= a || b >= k || !s.verbAt(skipAdverbs(d, b), sent) && !s.anyVerbAt(b, sent) {
		return k, k
	}
	return a, b
}

// gendredAppositionBefore returns the name that is the subject of the
// sentence before the pronoun at k when an apposition with a role noun of
// the pronoun's gender describes it, perhaps after an introductory phrase:
// "In a camp outside Bunia, Odile Kamau, a mother of three, said …
// “…,” she said." The name need not be on the roster (private people
// often are not); the role decides against any person named earlier.
// k is returned twice when there is none.
func (s *quoteStage) gendredAppositionBefore(k int, pron string) (int, int) {
	d := s.d
	first, sent, ok := s.sentenceBefore(k)
	if !ok {
		return k, k
	}
	n := first
	if t := &d.toks[n]; t.Kind == Word && !s.inQ[n] && (d.lowerOf(t) == "in" || d.lowerOf(t) == "at" || d.lowerOf(t) == "on" || isAdverb(d.lowerOf(t))) {
		for y := n + 1; y < len(d.toks) && y < n+10 && s.sent(y) == sent; y++ {
			if d.Text(y) == "," {
				n = y + 1
				break
			}
		}
	}
	e := n
	for e < len(d.toks) && e < n+4 && d.toks[e].Kind == Word && (d.Cap(e) || e > n && articledName(d, e)) {
		e++
	}
	if e-n < 2 || e+2 >= len(d.toks) || d.Text(e) != "," || !isDeterminer(d.Lower(e+1)) {
		return k, k
	}
	var g byte
	for y := e + 2; y < len(d.toks) && y < e+6 && d.toks[y].Kind == Word && !isFunctionWord(d.Lower(y)); y++ {
		if g = d.titleGender(d.Lower(y)); g != 0 {
			break
		}
	}
	if g == 0 || (g == 'f') != (pron == "she") {
		return k, k
	}
	if _, ce := s.cueAt(skipAdverbs(d, s.skipApposition(e, sent))); ce == 0 {
		return k, k
	}
	// a rank or honorific before the name is no part of it: "Col. Abdou
	// Ndiaye, a spokesman for the army," is Abdou Ndiaye
	cls := d.classify()
	for n+2 < e && cls[n]&(cRank|cHonorific) != 0 {
		n++
		if d.Text(n) == "." {
			n++
		}
	}
	return n, e
}

// indefiniteSpeaker returns the indefinite phrase that opens the sentence
// at token first as the subject of a reporting verb, perhaps after an
// apposition: "A relative of one of the men, speaking by telephone, said
// …". It names no person; k is returned twice when there is none.
func (s *quoteStage) indefiniteSpeaker(first, sent int, pron string, k int) (int, int) {
	d := s.d
	e := first + 1
	for e < len(d.toks) && e < first+9 && s.sent(e) == sent && d.toks[e].Kind == Word && !isFunctionWord(d.Lower(e)) {
		if _, ce := s.cueAt(e); ce > 0 {
			break
		}
		e++
	}
	if e-first < 2 || e >= len(d.toks) || len(s.r.between(first, e)) > 0 {
		return k, k
	}
	if _, ce := s.cueAt(skipAdverbs(d, s.skipApposition(e, sent))); ce == 0 {
		return k, k
	}
	// the head's gender, before any complement: "A spokeswoman for the
	// navy" is no "he"
	for x := first; x < e; x++ {
		if l := d.Lower(x); isSourcePreposition(l) || isPreposition(l) {
			break
		} else if g := genderOfRole(l); g != 0 && (g == 'f') != (pron == "she") {
			return k, k
		}
	}
	return first, e
}

// namedRelative returns the name in apposition to a relative that opens
// the sentence at token first, as the subject of a reporting verb: "His
// sister, Maria, who drove in from Charlotte, said …". k is returned twice
// when there is none.
func (s *quoteStage) namedRelative(first, sent int, pron string, k int) (int, int) {
	d := s.d
	c := first + 1
	if c < len(d.toks) && d.toks[c].Kind == Possessive {
		c++ // "Cohen's husband, Avi, said"
	}
	o := c
	for c < len(d.toks) && c < o+3 && d.toks[c].Kind == Word && !d.Cap(c) {
		c++
	}
	if c == o || c >= len(d.toks) || d.Text(c) != "," {
		return k, k
	}
	if g := d.titleGender(d.Lower(c - 1)); g != 0 && (g == 'f') != (pron == "she") {
		return k, k
	}
	n := c + 1
	e := n
	for e < len(d.toks) && e < n+3 && d.toks[e].Kind == Word && d.Cap(e) {
		e++
	}
	if e == n || e >= len(d.toks) || d.Text(e) != "," {
		return k, k
	}
	v := skipAdverbs(d, e+1)
	if _, ce := s.cueAt(v); ce == 0 {
		v = skipAdverbs(d, s.skipApposition(e, sent))
	}
	if _, ce := s.cueAt(v); ce == 0 {
		return k, k
	}
	return n, e
}

// prevSource returns the attribution of the quote before the current one
// when a source that names no person spoke it in the same paragraph and
// no person is named since: "“…,” said a soldier in Avdiivka. “…,” he
// added." A collective source (a ministry, an agency) is no "he".
func (s *quoteStage) prevSource(k int) (quoteSpan, bool) {
	d := s.d
	for m := s.cur - 1; m >= 0; m-- {
		pa, q := s.atts[m], s.qs.at(m)
		if !pa.ok {
			continue
		}
		if pa.who != nil || pa.speaker == "" || d.toks[q.open].Para != d.toks[k].Para || q.after > k || len(s.r.between(q.after, k)) > 0 {
			return quoteSpan{}, false
		}
		f := strings.Fields(pa.speaker)
		if l := f[0]; l != "a" && l != "an" && l != "the" {
			return quoteSpan{}, false
		}
		// the head as written: a stemmed lookup gives "official" the
		// entry of "officials", a source
		if w := strings.ToLower(f[len(f)-1]); w != "" {
			if e, ok := d.lex.List(lexicon.Descriptions).Lookup(w); ok && e.Phrase == w && e.Field(0) != "person" {
				return quoteSpan{}, false
			}
		}
		return pa, true
	}
	return quoteSpan{}, false
}

// ownerStart moves the start of a description [a, b) to the owner of its
// last possessive: "[the alliance's] chief spokesman" parses as
// "alliance's chief spokesman".
func ownerStart(d *doc, a, b int) int {
	for x := b - 2; x > a; x-- {
		if d.toks[x].Kind == Possessive {
			return x - 1
		}
	}
	return a
}

// isReflexive reports whether w is a reflexive pronoun that may follow a
// subject for emphasis ("Ruiz herself declined").
func isReflexive(w string) bool {
	return w == "himself" || w == "herself" || w == "themselves" || w == "itself"
}

func isCopula(w string) bool { return w == "is" || w == "was" || w == "are" || w == "were" }

// modifierOrObject reports whether mention m inside the speaker phrase
// [a, b) is not its head: a name that modifies a noun after it ("a doctor
// at the Kamal Adwan hospital") or follows a preposition ("a spokesman
// for Senator Ruiz").
func modifierOrObject(d *doc, m mention, a, b int) bool {
	if m.j+1 < b && d.Lower(m.j) == "of" && (d.classify()[m.j+1]&cPlace != 0 || capitalisedRun(d, m.j+1, b) ||
		m.j+2 < b && d.Lower(m.j+1) == "the" && capitalisedRun(d, m.j+2, b)) {
		// "Prime Minister Ana Ruiz of Britain", "Gov. Ana Ruiz of
		// Nevada", "Martin Lebel of the Unity Party": the person
		return false
	}
	if m.j < b && d.toks[m.j].Kind == Word && !d.Cap(m.j) {
		return true
	}
	for x := m.i - 1; x >= a; x-- {
		t := &d.toks[x]
		if t.Kind != Word {
			return false
		}
		switch d.lowerOf(t) {
		case "for", "of", "at", "in", "with", "to", "from", "by":
			// after a common noun ("a spokesman for"), not inside a
			// title ("Secretary of State")
			return x > a && d.toks[x-1].Kind == Word && !d.Cap(x-1)
		}
		if !d.capOf(t) && !isDeterminer(d.lowerOf(t)) {
			return false
		}
	}
	return false
}

// capitalisedRun reports whether tokens [a, b) are one to three
// capitalised words.
func capitalisedRun(d *doc, a, b int) bool {
	if b-a < 1 || b-a > 3 {
		return false
	}
	for x := a; x < b; x++ {
		if d.toks[x].Kind != Word || !d.Cap(x) {
			return false
		}
	}
	return true
}

// possessor reports whether mention m is the possessor of a person or
// a collective source that ends the phrase at b: "Bazoum's party",
// "Putin's spokesman"; not of a text ("Ruiz's statement": Ruiz speaks).
func possessor(d *doc, m mention, b int) bool {
	if m.j+1 >= b || d.toks[m.j].Kind != Possessive {
		return false
	}
	if d.classify()[b-1]&cNonOfficial != 0 {
		return true // "Radić's lawyer", "the senator's pollster": another person
	}
	e, n := d.description(b - 1)
	return n == 1 && e.Field(0) != "document"
}

// remember records what a new attribution tells later ones: an unnamed
// source it introduces ("a western official"), and the last speaker.
func (s *quoteStage) remember(a attribution) {
	if !a.ok {
		return
	}
	if a.intro != "" {
		s.sources[a.intro] = a.quoteSpan
		s.intros[s.cur] = a.intro
	}
	if a.who != nil {
		s.lastWho = a.who
	}
}

// introduced finds the indefinite or possessive phrase that introduced
// the source of the definite description [a, b) ("the official" after "a
// western official", "the ministry" after "Turkey's defence ministry"),
// outside quotes and at most maxIntroBack tokens back.
func (s *quoteStage) introduced(a, b int) (int, int) {
	d := s.d
	// the head's stem by its lexicon id where it has one (no string
	// compared per token), else as a string
	hid, head := d.stemIDs[b-1], ""
	if hid == 0 {
		head = d.Stem(b - 1)
	}
	for k := a - 1; k >= 0 && k >= a-maxIntroBack; k-- {
		if s.inQ[k] || d.toks[k].Kind != Word || hid != 0 && d.stemIDs[k] != hid || hid == 0 && (d.stemIDs[k] != 0 || d.Stem(k) != head) {
			continue
		}
		if !s.modifiersIn(a+1, b-1, k-4, k) {
			continue // "the prime minister" was not introduced as "Russia's foreign minister"
		}
		if k+1 < len(d.toks) && d.toks[k+1].Kind == Word && !d.Cap(k+1) {
			if _, n := d.description(k + 1); n == 1 {
				continue // a modifier: "a Defense Ministry official" introduced no ministry
			}
		}
		for x := k - 1; x >= 0 && x >= k-4 && (d.toks[x].Kind == Word || d.toks[x].Kind == Possessive); x-- {
			if isIndefinite(d, x, k+1) {
				if x > 1 && d.Text(x-1) == "," {
					if _, ok := s.r.endingAt(x - 1); ok {
						break // "Captain Ana Ruiz, a spokesman for …": a named person's role
					}
					if s.bodyHolding(x-1, d.Lower(k)) {
						break // "The Crisis Group, a Brussels-based research group,": the named body's description
					}
				}
				return x, k + 1
			}
			if d.toks[x].Kind == Possessive {
				// "Turkey's defence ministry": the owner's name opens it
				o := x
				for o > 0 && o > x-4 && d.toks[o-1].Kind == Word && d.Cap(o-1) && s.sent(o-1) == s.sent(x) {
					o--
				}
				if o == x || s.inQ[o] {
					break
				}
				return o, k + 1
			}
			if d.Lower(x) == "the" && x >= 2 && d.Lower(x-1) == "of" && d.Lower(x-2) == "one" {
				return x - 2, k + 1 // "One of the officials familiar with the talks said"
			}
			if isFunctionWord(d.Lower(x)) || d.Lower(x) == "the" {
				break
			}
		}
	}
	return a, a
}

// anyRole reports whether the description head at token h covers any
// official's role ("official", "officer").
func anyRole(d *doc, h int) bool {
	e, n := d.description(h)
	return n == 1 && e.Field(0) == "person" && e.Field(1) == "*"
}

// describeSpeaker resolves a definite description [a, b) ("the French
// president", "the spokesman") to a person of the roster, or nil, through
// the roster's description resolver, which the officials stage shares.
func describeSpeaker(d *doc, r *roster, a, b int) *person {
	return r.resolveDescription(d, a, b)
}

// salient returns the person a personal pronoun at token k most likely
// refers to, or nil: the candidates are the people mentioned in the few
// sentences before it, agreeing in gender where it is known; a subject
// outranks an object, a possessive or a name inside a reported clause, the
// last quote's speaker outranks both, and recency breaks ties.
func (s *quoteStage) salient(k int, pron string) *person {
	r := s.r
	s.antecedent = mention{}
	want := byte('m')
	switch pron {
	case "she":
		want = 'f'
	case "":
		want = 0 // any: a description without gender
	}
	sent := s.clauseSent(k)
	var best *person
	bestScore := -1 << 30
	last := r.lastBefore(k)
	cq := s.qs.at(s.cur)
	para := s.d.toks[k].Para
	// a paragraph that opens with the pronoun's sentence ("“…,” he
	// added." ¶) may continue the paragraph before; one with a sentence
	// of its own before it has its own topic, and earlier paragraphs'
	// people, their last speaker too, fall back
	opens := true
	for x := min(s.sentStart(k), cq.open) - 1; x >= 0 && s.d.toks[x].Para == para; x-- {
		if !s.inQ[x] && s.d.toks[x].Kind == Word {
			opens = false
			break
		}
	}
	item := s.itemStart(k) // a roundup's brief: its own people only
	for n := last; n >= 0 && n > last-60; n-- {
		m := r.all[n]
		dist := sent - s.clauseSent(m.i)
		if dist > 6 || m.i < item {
			break
		}
		if m.i >= cq.open && m.i < cq.after {
			continue // "“… Duterte will be president …,” he said": not the quote's own words
		}
		g := s.genderOf(m.p)
		if want != 0 && g != 0 && g != guessedF && g != want || s.notAPerson(m) {
			continue
		}
		score := 20 - 4*dist
		if s.d.toks[m.i].Para == para {
			score += 5 // the pronoun's own paragraph: a new paragraph often brings in a new speaker
		} else if !opens {
			score -= 6
		}
		if want != 0 && (g == want || g == guessedF && want == 'f') {
			score += 6 // the gender known and agreeing: "Abigail Thorne's speech … she said" over a man of unknown gender
		}
		if g == guessedF && want == 'm' || want == 0 && s.inQ[m.i] {
			score -= 14 // a guess from the ending ("Moussa" is a man's name): a weak disagreement
		}
		if s.inQ[m.i] {
			score -= 15
		}
		switch s.position(m) {
		case posSubject:
			score += 8
			if dist == 0 {
				score += 10 // the subject of the pronoun's own sentence
			}
		case posWeak:
			score -= 8
		}
		if m.p == s.lastWho && (opens || s.d.toks[m.i].Para == para) {
			// the last speaker, unless the subject of a sentence since
			// (“…,” Ruiz said. Diaz echoed Ruiz's words. “…,” he said.)
			score += 3
		}
		if score > bestScore {
			best, bestScore, s.antecedent = m.p, score, m
		}
	}
	return best
}

// clauseSent numbers the sentences of the text around token k, counting
// a run of sentences inside one quote as one: "“A. B. C,” he said" is as
// near the sentence before it as "“A,” he said". It subtracts from the
// sentence number the sentence starts inside the quotes before k (a
// prefix sum over the quotes, made on first use: no table per token).
// The callers ask about neighbouring tokens in turn (a backward scan, the
// mentions before a pronoun): the quotes opening before the last token
// asked are remembered, and searched for again only when k is outside
// their stretch.
func (s *quoteStage) clauseSent(k int) int {
	qs := s.qs
	if s.innerSum == nil {
		s.innerSum = make([]int32, len(qs)+1)
		for n, pq := range qs {
			q := pq.unpack()
			s.innerSum[n+1] = s.innerSum[n] + int32(s.innerStarts(q, q.after))
		}
	}
	// n is the number of quotes opening before k
	n := s.opensBefore
	if n > 0 && int(qs[n-1].open) >= k || n < len(qs) && int(qs[n].open) < k {
		n = sort.Search(len(qs), func(i int) bool { return int(qs[i].open) >= k })
		s.opensBefore = n
	}
	if n == 0 {
		return s.sent(k)
	}
	if pq := qs[n-1]; k < int(pq.after) {
		return s.sent(k) - int(s.innerSum[n-1]) - s.innerStarts(pq.unpack(), k)
	}
	return s.sent(k) - int(s.innerSum[n])
}

// quoteOpenAt returns the opening mark of the quote whose marks or
// content hold token x (s.inQ[x]), found as clauseSent finds the quotes
// opening before a token.
func (s *quoteStage) quoteOpenAt(x int) int {
	qs := s.qs
	n := s.opensBefore // quotes opening before the last token asked
	if n > 0 && int(qs[n-1].open) >= x || n < len(qs) && int(qs[n].open) < x {
		n = sort.Search(len(qs), func(i int) bool { return int(qs[i].open) >= x })
		s.opensBefore = n
	}
	if n < len(qs) && int(qs[n].open) == x {
		return x
	}
	return int(qs[n-1].open)
}

// innerStarts counts the sentences that start inside quote q's content
// before token k (a start at the closing mark is not inside).
func (s *quoteStage) innerStarts(q quote, k int) int {
	last := k
	if q.close >= 0 && last >= q.close || last >= q.j {
		last = q.j - 1
	}
	if last <= q.open {
		return 0
	}
	return s.sent(last) - s.sent(q.open)
}

// notAPerson reports whether a one-word mention without a first name is
// a people, a place or a party written like a surname ("Armenians",
// "Republican"): no antecedent for "he" or "she".
func (s *quoteStage) notAPerson(m mention) bool {
	if s.beforeTitledName(m) {
		return true
	}
	if m.j-m.i != 1 || m.p.first != "" {
		return false
	}
	if s.d.classify()[m.i]&(cPlace|cBody) != 0 {
		return true
	}
	// the plural of a demonym: "Armenians", "Ukrainians"
	w := s.d.Lower(m.i)
	e, ok := s.d.lex.List(lexicon.Places).Lookup(strings.TrimSuffix(w, "s"))
	return strings.HasSuffix(w, "s") && ok && e.Field(0) == "demonym"
}

// beforeTitledName reports whether mention m stands right before a
// title and another person's name, as the place the title is of: "Alice
// Springs Mayor Fran Kilgariff", "Cork County Councillor Ann Doyle" (a
// town read as a name is no antecedent).
func (s *quoteStage) beforeTitledName(m mention) bool {
	d := s.d
	cls := d.classify()
	y := m.j
	for y < len(d.toks) && y < m.j+3 && d.toks[y].Kind == Word && d.Cap(y) && cls[y]&(cHead|cTitleWord|cRank) != 0 {
		y++
	}
	if y == m.j {
		return false
	}
	n, ok := s.r.startingAt(y)
	return ok && n.p != m.p
}

// positions of a mention in its clause
const (
	posOther = iota
	posSubject
	posWeak // object, possessive, after a preposition, inside a reported clause
)

// position classifies mention m: the subject of its clause ("Ruiz said",
// "…,” said Ruiz", "Ruiz, 70, told"), or a weak candidate (after a
// preposition or a verb, a possessive, inside a "that" clause).
func (s *quoteStage) position(m mention) int {
	// asked for the same mentions by many quotes: remember
	if s.positions == nil {
		s.positions = make([]int8, len(s.d.toks))
	}
	if v := s.positions[m.i]; v > 0 {
		return int(v) - 1
	}
	p := s.findPosition(m)
	s.positions[m.i] = int8(p + 1)
	return p
}

// findPosition is position without the memory.
func (s *quoteStage) findPosition(m mention) int {
	d := s.d
	if m.j < len(d.toks) && d.toks[m.j].Kind == Possessive {
		if s.speechOfOpener(m) {
			return posSubject // "Holbrooke's comments … were more guarded. He said …"
		}
		return posWeak
	}
	sent := s.sent(m.i)
	cls := d.classify()
	x := m.i - 1
	for x >= 0 && x >= m.i-6 && s.sent(x) == sent && (cls[x]&(cHead|cTitleWord|cRank|cHonorific|cPlace|cBody) != 0 ||
		d.toks[x].Kind == Possessive || d.toks[x].Kind == Word && d.Cap(x) || isDeterminer(d.Lower(x))) {
		if x > 0 && !d.Cap(x) && isRelative(d.Lower(x-1)) {
			break // a title word as a verb: "who chairs the …", "who heads the …"
		}
		x--
	}
	// a role noun of a private person: "refugee Fatmire Krasniqi, 31, said"
	for x > 0 && x >= m.i-6 && s.sent(x) == sent && d.toks[x].Kind == Word && s.roleNoun(x) && !isRelative(d.Lower(x-1)) {
		x--
	}
	x = s.tradeBefore(x, sent)
	if x >= 0 && s.sent(x) == sent {
		// inside a reported clause or after a preposition, whatever
		// follows: "said that Brigadier Binns had", "a visit to Abu
		// Dhabi, was"
		if l := d.Lower(x); d.toks[x].Kind == Word && !d.Cap(x) && weakBefore(l) && !(l == "to" && x > 0 && d.Lower(x-1) == "according") {
			return posWeak
		}
		// the object of a verb, with an apposition or a clause of its
		// own after it: "who chairs the Southern African Development
		// Community, said" (a name right before a verb, "nominee Ana
		// Ruiz chimed in", is taken as its subject)
		if l := d.Lower(x); m.j < len(d.toks) && d.Text(m.j) == "," && d.toks[x].Kind == Word && !d.Cap(x) && !clauseOpener(l) && !isFunctionWord(l) && !isAdverb(l) && !s.inQ[x] {
			// a noun after a determiner is no verb: "Her neighbour Keno Abadi,"
			noun := x > 0 && (isDeterminer(d.Lower(x-1)) || isPossessiveDeterminer(d.Lower(x-1)))
			if _, ce := s.cueAt(x); ce == 0 && !noun && !strings.HasSuffix(l, "ing") && !s.asSaying(m.j) {
				return posWeak
			}
		}
		// an apposition stands where its host stands
		if d.Text(x) == "," && x > 0 && !isCloser(d.Text(x-1)) {
			if p, ok := s.hostPosition(x, m, sent); ok {
				return p
			}
		}
	}
	if x >= 0 && s.sent(x) == sent && d.toks[x].Kind == Word && !d.Cap(x) && isSubordinator(d.Lower(x)) && clauseOpener(d.Lower(x)) &&
		d.Lower(x) != "and" && d.Lower(x) != "but" && d.Lower(x) != "or" && s.insideApposition(x) {
		// "Cohen, speaking after Tesfaye had left, rejected …": the
		// subject of a clause inside a phrase set off by commas
		return posOther
	}
	if s.verbAfter(m.j, sent) {
		return posSubject
	}
	// an irregular verb after an apposition: "Tomas Kral, 58, stood in line"
	if v := s.skipApposition(m.j, sent); v > m.j && s.anyVerbAt(v, sent) && (x < 0 || s.sent(x) != sent || d.Text(x) == ",") {
		return posSubject
	}
	if s.asSaying(m.j) {
		return posSubject // "reported Ruiz as saying": Ruiz speaks
	}
	if x < 0 || s.sent(x) != sent {
		return posSubject
	}
	t := &d.toks[x]
	if t.Kind == Punct {
		if d.textOf(t) == "," && x > 0 && !isCloser(d.Text(x-1)) {
			return posOther // an apposition or a list: "the ambassador, Ana Ruiz,"
		}
		if d.textOf(t) == "," || d.textOf(t) == ";" || isOpener(d.textOf(t)) || isCloser(d.textOf(t)) || d.textOf(t) == "—" || d.textOf(t) == ":" {
			return posSubject
		}
		return posOther
	}
	if d.lowerOf(t) == "to" && x > 0 && d.Lower(x-1) == "according" {
		return posSubject // a source
	}
	if _, ce := s.cueAt(x); (ce == x+1 && s.invertedCue(x)) || ce > x && s.inQ[m.i-1] {
		return posSubject // "said Ruiz"
	}
	switch l := d.lowerOf(t); {
	case clauseOpener(l):
		return posSubject
	case weakBefore(l):
		return posWeak
	}
	if !d.capOf(t) {
		return posWeak // after a verb: an object
	}
	return posOther
}

// speechOfOpener reports whether mention m opens its sentence as the
// possessor of a noun of speech ("Holbrooke's comments to reporters were
// more guarded", "Ruiz's remarks"): the sentence is about what m said, and
// m is as salient as a subject.
func (s *quoteStage) speechOfOpener(m mention) bool {
	d := s.d
	if m.i > 0 && s.sent(m.i-1) == s.sent(m.i) || m.j+1 >= len(d.toks) || d.toks[m.j+1].Kind != Word {
		return false
	}
	switch d.Lower(m.j + 1) {
	case "comments", "remarks", "words", "statement", "tone", "message", "reply", "response", "answer", "speech", "testimony":
		return true
	}
	return false
}

// insideApposition reports whether token x stands in a phrase set off by
// commas after a subject and before its verb: a comma before x in the
// sentence opens the phrase, and after x a comma closes it and a verb
// follows ("Cohen, speaking after Tesfaye had left, rejected").
func (s *quoteStage) insideApposition(x int) bool {
	d := s.d
	sent := s.sent(x)
	open := -1
	for k := x - 1; k >= 0 && k > x-12 && s.sent(k) == sent; k-- {
		if d.Text(k) == "," {
			open = k
			break
		}
	}
	if open < 1 || d.toks[open-1].Kind != Word || !d.Cap(open-1) {
		return false
	}
	for k := x + 1; k < len(d.toks) && k < x+12 && s.sent(k) == sent; k++ {
		if d.Text(k) == "," {
			return s.verbAt(skipAdverbs(d, k+1), sent) || s.anyVerbAt(k+1, sent)
		}
		if d.toks[k].Kind == Punct {
			return false
		}
	}
	return false
}

// asSaying reports whether "as" and a participle cue start at token k:
// "reported Ruiz as saying".
func (s *quoteStage) asSaying(k int) bool {
	d := s.d
	if k+1 >= len(d.toks) || d.Lower(k) != "as" || !strings.HasSuffix(d.Lower(k+1), "ing") {
		return false
	}
	_, ce := s.cueAt(k + 1)
	return ce > 0
}

// tradeBefore returns the comma or sentence start before a run of one to
// three lower-case words ending at token x, right before a name, that
// follows an introductory phrase or opens the sentence: the words are the
// person's trade or role, not a verb taking the name as object ("At
// Cobargo, dairy farmer Tanya Wilkes, 51, said", "At a diner near the
// gate, owner Frank DeLuca said"). x itself when the run is no such trade.
func (s *quoteStage) tradeBefore(x, sent int) int {
	d := s.d
	k := x
	for k >= 0 && k > x-3 && s.sent(k) == sent && d.toks[k].Kind == Word && !d.Cap(k) && !s.inQ[k] {
		w := d.Lower(k)
		if isFunctionWord(w) || isPreposition(w) || isSourcePreposition(w) || isDeterminer(w) || isPossessiveDeterminer(w) ||
			isSubordinator(w) || clauseOpener(w) || weakBefore(w) || isAdverb(w) || isPronoun(w) || isRelative(w) ||
			strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
			return x
		}
		if _, ce := s.cueAt(k); ce > 0 {
			return x
		}
		k--
	}
	if k == x || k >= 0 && s.sent(k) == sent && d.Text(k) != "," {
		return x
	}
	return k
}

// roleNoun reports whether token k is a noun naming a person's role or
// kind ("refugee", "nurse", "mother").
func (s *quoteStage) roleNoun(k int) bool {
	d := s.d
	if d.classify()[k]&(cNonOfficial|cHead) != 0 || d.titleGender(d.Lower(k)) != 0 {
		return true
	}
	e, n := d.description(k)
	return n == 1 && e.Field(0) == "person"
}

// clauseOpener reports whether w opens a clause whose subject follows.
func clauseOpener(w string) bool {
	switch w {
	case "and", "but", "while", "when", "as", "because", "after", "before", "so", "then", "if",
		"where", "although", "though", "since", "unless", "until", "whether", "once", "or", "nor", "yet":
		return true
	}
	return false
}

// weakBefore reports whether a name after w is no clause subject: a
// reported clause ("that") or a preposition's object.
func weakBefore(w string) bool {
	switch w {
	case "that", "of", "by", "for", "to", "with", "about", "against", "from", "on", "at", "in", "into",
		"over", "than", "like", "between", "among", "toward", "towards", "without", "under", "including":
		return true
	}
	return false
}

// hostPosition classifies a mention m set off by the comma at x as an
// apposition to the person noun phrase before the comma (its host): the
// name stands where the host stands. "The House Speaker, Newt Gingrich,
// …, was more guarded": the subject; "arrived with his foreign minister,
// Muhamed Sacirbey, …": an object. ok is false when no person noun
// phrase ends at the comma (a place, a date, a list of names).
func (s *quoteStage) hostPosition(x int, m mention, sent int) (pos int, ok bool) {
	d := s.d
	h := x - 1
	if s.inQ[h] || s.sent(h) != sent || d.toks[h].Kind != Word && d.toks[h].Kind != Possessive {
		return 0, false
	}
	if _, named := s.r.endingAt(x); named {
		return 0, false // "Ruiz, Diaz and Sato": a list of names
	}
	cls := d.classify()
	if cls[h]&(cPlace|cCalendar) != 0 {
		return 0, false
	}
	a, person := h, false
	for k := h; k >= 0 && k > x-10 && s.sent(k) == sent && !s.inQ[k] && (d.toks[k].Kind == Word || d.toks[k].Kind == Possessive); k-- {
		w := d.Lower(k)
		if isDeterminer(w) || isPossessiveDeterminer(w) {
			a = k
			if k > 0 && d.Lower(k-1) == "of" {
				continue // "The commander of the U.N. force"
			}
			break
		}
		if d.toks[k].Kind == Word && !d.Cap(k) && w != "of" && (isFunctionWord(w) || isPreposition(w) || isSourcePreposition(w) || isSubordinator(w) || isPronoun(w) || isAdverb(w)) {
			break
		}
		a = k
		// the head: the last word, or a word before "of"
		if k == h || d.Lower(k+1) == "of" {
			if e, n := d.description(k); cls[k]&cHead != 0 || k == h && cls[k]&cNonOfficial != 0 || n == 1 && e.Field(0) == "person" || d.titleGender(w) != 0 {
				person = true
			}
		}
	}
	if !person || a > 0 && s.sent(a-1) == sent && d.Lower(a-1) == "of" {
		return 0, false
	}
	// the name's own complement: "Romeo Dallaire of Canada, has asked"
	e := m.j
	if e < len(d.toks) && d.Lower(e) == "of" {
		for y := e + 1; y < len(d.toks) && y < e+5 && s.sent(y) == sent; y++ {
			if d.Text(y) == "," {
				e = y
				break
			}
		}
	}
	p := a - 1
	if p < 0 || s.sent(p) != sent || s.inQ[p] || d.toks[p].Kind == Punct && d.Text(p) != "." || clauseOpener(d.Lower(p)) {
		if s.verbAfter(e, sent) {
			return posSubject, true
		}
		return posOther, true
	}
	if d.toks[p].Kind == Word && !d.Cap(p) {
		return posWeak, true // "met the minister, Ana Ruiz,", "with his deputy, …"
	}
	return posOther, true
}

// verbAfter reports whether a verb follows a mention that ends at token k,
// after one or two appositions and adverbs: "Ruiz said", "Ruiz, 70,
// told", "Ruiz, a voter in Ohio, has", "Ruiz, 46, who sells fish, said".
func (s *quoteStage) verbAfter(k, sent int) bool {
	d := s.d
	if k < len(d.toks) && isReflexive(d.Lower(k)) {
		k++ // "King himself appeared"
	}
	if k < len(d.toks) && d.Text(k) == "," && s.verbAt(k+1, sent) {
		return true // the name is the apposition: "The spokesman, Ruiz, said"
	}
	x := s.skipApposition(k, sent)
	if s.verbAt(x, sent) {
		return true
	}
	// two appositions: "Ruiz, 46, who sells vegetables, said"
	return x > k && s.verbAt(s.skipApposition(x-1, sent), sent)
}

// maxApposition bounds the tokens of an apposition set off by commas:
// ", a trader whose market stall was burned in the attack on the city
// in January 1999," is 16.
const maxApposition = 24

// skipApposition moves past an apposition set off by commas after a
// name that ends at token k (", 70,", ", a voter in Ohio,").
func (s *quoteStage) skipApposition(k, sent int) int {
	d := s.d
	if k < len(d.toks) && d.Text(k) == "," {
		for x := k + 1; x < len(d.toks) && x < k+maxApposition && s.sent(x) == sent; x++ {
			if d.Text(x) == "," {
				k = x + 1
				break
			}
			if d.toks[x].Kind == Punct && !isHyphen(d.Text(x)) {
				return k // a hyphen stays inside: ", a 52-year-old farmer,"
			}
		}
	}
	return k
}

// isAuxiliary reports whether w is a finite auxiliary or copula.
func isAuxiliary(w string) bool {
	switch w {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "did", "does", "can", "could", "should", "may", "might", "must":
		return true
	}
	return false
}

func isHyphen(w string) bool { return w == "-" || w == "‐" || w == "‑" }

// verbAt reports whether a verb starts at token k of sentence sent,
// after adverbs: a reporting cue, an auxiliary or a past form in -ed.
func (s *quoteStage) verbAt(k, sent int) bool {
	d := s.d
	if k < len(d.toks) && s.sent(k) == sent && d.toks[k].Kind == Word && !d.Cap(k) && isAuxiliary(d.Lower(k)) {
		// "Ruiz was more guarded", "Ruiz has long argued": skipAdverbs
		// passes over it; for clause-subject a cue must follow ("has
		// since called", "is understood to have warned")
		if !s.strictVerbs {
			return true
		}
		for x := k + 1; x < len(d.toks) && x <= k+4 && s.sent(x) == sent && d.toks[x].Kind == Word && !s.inQ[x]; x++ {
			if _, ce := s.cueAt(x); ce > 0 {
				return true
			}
		}
	}
	k = skipAdverbs(d, k)
	if k >= len(d.toks) || s.sent(k) != sent || d.toks[k].Kind != Word || d.Cap(k) {
		return false
	}
	if _, ce := s.cueAt(k); ce > 0 {
		return true
	}
	switch d.Lower(k) {
	case "is", "was", "are", "were", "has", "had", "have", "will", "would", "did", "does", "can", "could", "should", "may", "might", "must":
		return true
	}
	return strings.HasSuffix(d.Lower(k), "ed")
}

// guessedF is the gender genderOf guesses from a given name's ending in
// -a that the name_genders list lacks: likely a woman's, not surely
// ("Moussa" is a man's). It agrees with "she" and weakly disagrees with "he".
const guessedF = 'F'

// titleGender returns the gender of the first word of a title that has
// one: a -woman or -man compound ("spokeswoman", "congressman") or a
// role noun of one gender (official_words female and male: "widow",
// "a father of three").
func (d *doc) titleGender(title string) byte {
	for w := range strings.FieldsSeq(strings.ToLower(title)) {
		switch {
		case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"), d.offWordIs(w, wFemale):
			return 'f'
		case strings.HasSuffix(w, "man") && w != "human" && w != "woman" || strings.HasSuffix(w, "men"), d.offWordIs(w, wMale):
			return 'm'
		}
	}
	return 0
}

// subjectBefore returns the subject of the nearest earlier sentence of the
// same paragraph that opens with a non-person noun phrase, for "it" and
// "they": "The ministry denied the report. “…,” it said.", "Niger's
// military rulers welcomed it. “…,” they said." The phrase runs to its
// verb or to the comma of an apposition ("The Baltic states, which …,
// also weighed in"); "they" wants a plural or a collective, "it" no plural.
func (s *quoteStage) subjectBefore(k int) (int, int) {
	d := s.d
	para := d.toks[k].Para
	plural := d.Lower(k) == "they"
	seen := 0
	for x := k - 1; x >= 0 && x >= k-maxReach && d.toks[x].Para == para; x-- {
		if x > 0 && s.sent(x-1) == s.sent(x) || s.inQ[x] {
			continue
		}
		// x starts a sentence: its subject, when no person heads it; a
		// dateline opening the paragraph is no subject ("NAIROBI — Kenya's
		// defence ministry issued a note. “…,” it said")
		f := afterDateline(d, x, k)
		if !plural && d.Lower(f) == "the" && f+2 < k && d.toks[f+1].Kind == Word && !d.Cap(f+1) && s.anyVerbAt(f+2, s.sent(f)) {
			if bx, by := s.namedBody(f, f+2); by > bx {
				return f, f + 2 // "The institute found …", the body named before
			}
		}
		if a, b := s.openingSubject(f); b > a && !s.personEndsAt(b) && len(s.r.between(a, b)) == 0 {
			h := &d.toks[b-1]
			named := h.Kind == Word && (d.capOf(h) || d.is(lexicon.Descriptions, b-1) || d.is(lexicon.Bodies, b-1))
			many := strings.HasSuffix(d.lowerOf(h), "s") && !d.capOf(h)
			if plural && (named || many) || !plural && named && !many {
				return a, b
			}
		}
		if seen++; seen >= 3 {
			break
		}
	}
	return k, k
}

// openingSubject returns the noun phrase that opens the sentence at token
// x: the noun phrase the lists read there, extended over up to two common
// nouns when a verb or the comma of an apposition follows them ("Niger's
// military rulers welcomed", "The Baltic states, which …").
func (s *quoteStage) openingSubject(x int) (int, int) {
	d := s.d
	a, b := d.npRight(x)
	if b <= a || isPronoun(d.Lower(a)) {
		return x, x
	}
	sent := s.sent(x)
	for e := b; e < len(d.toks) && e < b+2 && s.sent(e) == sent && d.toks[e].Kind == Word && !d.Cap(e); e++ {
		w := d.Lower(e)
		if isFunctionWord(w) || isAdverb(w) || strings.HasSuffix(w, "ed") {
			break
		}
		n := e + 1
		if n < len(d.toks) && d.Text(n) == "," {
			return a, n // "The Baltic states, which …"
		}
		if _, ce := s.cueAt(e); ce > 0 {
			break
		}
		if n < len(d.toks) && (s.verbAt(n, sent) || isCopula(d.Lower(n))) {
			return s.placedSubject(a, n, sent)
		}
	}
	return s.placedSubject(a, b, sent)
}

// placedSubject extends the subject [a, b) over a place phrase that ends
// at its verb: "The Kurdish-led administration [in northeastern Syria]
// said". At most four words after "in" or "at", the last capitalised.
func (s *quoteStage) placedSubject(a, b, sent int) (int, int) {
	d := s.d
	if b >= len(d.toks) || s.sent(b) != sent || d.Lower(b) != "in" && d.Lower(b) != "at" {
		return a, b
	}
	for e := b + 1; e < len(d.toks) && e <= b+4 && s.sent(e) == sent && d.toks[e].Kind == Word && !s.inQ[e]; e++ {
		if d.Cap(e) && s.verbAt(e+1, sent) {
			return a, e + 1
		}
	}
	return a, b
}

// personEndsAt reports whether a person mention ends just before token b.
func (s *quoteStage) personEndsAt(b int) bool {
	_, ok := s.r.endingAt(b)
	return ok
}

// speakerBetween reports whether a speaker other than the chain's is in
// the subject position between two quotes: then a continuation is not
// assumed.
func (s *quoteStage) speakerBetween(prev, cur quote, speaker string) bool {
	for _, m := range s.r.between(prev.after, cur.open) {
		if s.sent(m.i) == s.sent(prev.open) {
			continue // inside the previous quote's own attribution
		}
		if m.p.name != speaker && s.position(m) == posSubject {
			return true
		}
	}
	return false
}

// maxNameBack bounds how many tokens back fullName looks for the full form
// of a lone surname (a constant: the search stays linear in the document).
const maxNameBack = 3000

// fullName returns the fullest name that the lone capitalised word at k
// stands for, or "" when it stands for none: the roster's person whose
// first name it is ("Saddam" after "Saddam Hussein"), else the longest
// run of capitalised words ending in it earlier in the document, where a
// private person not on the roster was named in full ("Darnell Pryor, a
// bus driver, …" … "Pryor said"). The run holds no title, rank, place,
// body or stopword: "Mayor Pryor" names no first name.
func (s *quoteStage) fullName(k int) string { return s.fullNameWithin(k, maxNameBack) }

// fullNameKey is a token and whether fullName looked the whole way back.
type fullNameKey struct {
	k    int32
	full bool
}

// fullNameWithin is fullName looking at most back tokens before k.
func (s *quoteStage) fullNameWithin(k, back int) string {
	d := s.d
	t := &d.toks[k]
	if t.Kind != Word || !d.capOf(t) || isPronoun(d.lowerOf(t)) {
		return ""
	}
	if pe := s.r.byFirst(d.lowerOf(t)); pe != nil {
		return pe.name
	}
	cls := d.classify()
	const notName = cHead | cTitleWord | cRank | cHonorific | cBody | cPlace | cStop | cCalendar | cNonOfficial | cConnector
	// a surname that is also a title or a place ("Bishop", "Dean",
	// "Lincoln") is a name only where a given name came before it
	titled := cls[k]&notName != 0
	if titled && cls[k]&(cStop|cCalendar|cConnector) != 0 {
		return ""
	}
	// asked again for the same word by several pronouns: remember
	key := fullNameKey{int32(k), back == maxNameBack}
	if v, ok := s.fullNames[key]; ok {
		return v
	}
	if s.fullNames == nil {
		s.fullNames = make(map[fullNameKey]string)
	}
	text := d.textOf(t)
	hyphened := strings.Contains(text, "-")
	best, bestN := "", 1
	toks := d.toks
	for y := k - 1; y > 0 && y >= k-back; y-- {
		// the same word, also lower-cased inside a name ("Al-Ahmad" opening
		// a sentence after "Azzam al-Ahmad"): of the same length in bytes
		// either way, told first from the token's offsets
		ty := &toks[y]
		if int(ty.End-ty.Start) != len(text) || s.inQ[y] {
			continue
		}
		if w := d.textOf(ty); w != text && !(hyphened && strings.EqualFold(w, text)) {
			continue
		}
		x := y
		for x > 0 && x > y-3 && d.toks[x-1].Sent == d.toks[y].Sent && d.toks[x-1].Kind == Word && d.Cap(x-1) &&
			cls[x-1]&notName == 0 && !s.inQ[x-1] {
			x--
		}
		if titled && (x == y || cls[x]&cGiven == 0) {
			continue
		}
		if n := y - x + 1; n > bestN {
			best, bestN = d.span(x, y+1), n
		}
	}
	s.fullNames[key] = best
	return best
}

// ofHead returns the end of the head of a description with an of-phrase
// ("The head [of the UN nuclear watchdog]"): the token of "of", else b.
// The of-phrase names the body, not the role.
func ofHead(d *doc, a, b int) int {
	for x := a + 2; x < b-1; x++ {
		if l := d.Lower(x); l == "of" || (l == "in" || l == "at") && d.Cap(x+1) {
			return x // "The head of …", "The top U.N. official in Namibia"
		}
	}
	return b
}

// ownedDescription resolves a description owned by a country or body,
// "Germany's defence minister", "Ukraine's military intelligence chief",
// to the person whose title fits it ("description"), else to a person
// named in the next sentences in a role it covers
// ("description-forward"); nil when it is no such phrase or fits nobody.
func (s *quoteStage) ownedDescription(a, b int) (*person, string) {
	d, r := s.d, s.r
	// the owner: up to three capitalised words ("New Zealand's")
	o := a
	for o+1 < b && o < a+2 && d.toks[o+1].Kind == Word && d.Cap(o+1) {
		o++
	}
	if b-o < 3 || o+1 >= len(d.toks) || d.toks[o+1].Kind != Possessive || !d.Cap(a) || len(r.between(a, b)) > 0 {
		return nil, ""
	}
	if cls := d.classify(); cls[a]&(cPlace|cBody) == 0 && cls[o]&(cPlace|cBody) == 0 && !d.is(lexicon.Organisations, a) {
		return nil, ""
	}
	for x := o + 2; x < b; x++ {
		if d.Lower(x) == "to" {
			b = x // "Qatar's ambassador [to Turkey]": the role, without its complement
			break
		}
	}
	ds, ok := d.parseDescription(a, b)
	if !ok {
		return nil, ""
	}
	if pe, titled := r.referent(d, ds); pe != nil && titled {
		return pe, "description" // only a title that fits: an untitled person may be anyone's
	}
	if pe := s.namedAfter(a, b); pe != nil {
		return pe, "description-forward"
	}
	return nil, ""
}

// modifiersIn reports whether every modifier word of a description,
// tokens [i, j), is also among the tokens [x, k) of the phrase that may
// have introduced it: "the prime minister" agrees with "a prime minister"
// and "the official" with "a western official", not "the prime minister"
// with "Russia's foreign minister".
func (s *quoteStage) modifiersIn(i, j, x, k int) bool {
	d := s.d
	for m := i; m < j; m++ {
		found := false
		for y := max(x, 0); y < k && !found; y++ {
			found = d.Lower(y) == d.Lower(m)
		}
		if !found {
			return false
		}
	}
	return true
}

// invertedCue reports whether the cue at token x comes before its
// subject: after a quote, a comma or at the start of its sentence ("“…,”
// said Ruiz", "Said Ruiz: …"), not after a subject of its own ("Kerry,
// who …, thanked Zarif": Zarif is the object).
func (s *quoteStage) invertedCue(x int) bool {
	d := s.d
	if x == 0 || s.sent(x-1) != s.sent(x) || s.inQ[x-1] {
		return true
	}
	// "”, said Ruiz" / "— said Ruiz"; a comma after an apposition is not
	// enough (", who spent two weeks there, thanked Zarif")
	return isDash(d, x-1) || d.Text(x-1) == "," && x > 1 && s.inQ[x-2]
}

// describedSubject resolves a definite description of a person that no
// title fits and no introduction or later name explains ("the Kentucky
// senator", "the Nevada Democrat", "the Texas Republican") to the most
// salient person, when that person is the subject of one of the two
// sentences before the description's ("Reid was noncommittal.
// “…,” the Nevada Democrat said."). The head must be a person noun or a
// party noun; a gendered head ("spokeswoman") must agree.
func (s *quoteStage) describedSubject(a, b int) *person {
	d := s.d
	h := b - 1
	e, n := d.description(h)
	if !(n == 1 && e.Field(0) == "person") && !d.quoteWord(h, "party") {
		return nil
	}
	pron := ""
	switch genderOfRole(d.Lower(h)) {
	case 'f':
		pron = "she"
	case 'm':
		pron = "he"
	}
	pe := s.salient(a, pron)
	// an earlier sentence: in its own one, the subject may report what
	// the described person did ("Mayor Ruiz said the spokesman had …")
	if dist := s.clauseSent(a) - s.clauseSent(s.antecedent.i); pe == nil || s.position(s.antecedent) != posSubject || dist < 1 || dist > 2 || s.inQ[s.antecedent.i] {
		return nil
	}
	// "the Japanese diplomat" is no one the document places elsewhere
	if ds, ok := d.parseDescription(a, b); ok && !d.placesAgree(ds, d.homeCountries(pe)) {
		return nil
	} else if ok && !s.knownRoleFits(ds, pe) {
		return nil // "the Swedish foreign minister" is not Prime Minister Novak
	}
	return pe
}

// opensOwnClause reports whether the pronoun at a is the subject of a
// clause of its own, not of a clause the antecedent m's verb reports
// ("Ruiz said she expects …"): it follows a conjunction, a subordinator or
// clause punctuation ("Ruiz praised …, but she said …", "… although she
// warned …", "…, he said, …"), or the antecedent is inside a
// clause the sentence opens with a subordinator ("When Petrov opened
// the bridge, he promised …"). The pronoun is then the mention the
// attribution uses (guide rule 51k).
func (s *quoteStage) opensOwnClause(m mention, a int) bool {
	d := s.d
	if a == 0 {
		return false
	}
	switch w := d.Lower(a - 1); {
	case isSubordinator(w) || w == "though" || w == "yet" || w == "whereas":
		return true
	case w == "," || w == ";" || w == ":" || w == "—" || w == "–" || w == "--" || w == "-":
		return true
	}
	if f, _, closes := markKind(d, a-1); f != 0 && closes {
		return true // "…: “…,” he told the paper": the tail attribution's own
	}
	if f := s.sentStart(m.i); f < m.i && isClauseSubordinator(d.Lower(f)) {
		for x := m.j; x < a; x++ {
			if d.Text(x) == "," {
				return true
			}
		}
	}
	return false
}

// newClauseBetween reports whether a new coordinated clause opens
// between tokens i and k: ", and" or ", but" ("Hudak thanked his host,
// and then he said …": he is the subject of a clause of its own). It
// asks a running count of those commas, made on first use: a scan of
// the tokens between made a sentence of n pronoun quotes after one
// subject quadratic (mend12c: 16,000 “…,” he said, 3.5 s).
func (s *quoteStage) newClauseBetween(i, k int) bool {
	if k-1 <= i {
		return false
	}
	if s.coordSum == nil {
		d := s.d
		s.coordSum = make([]int32, len(d.toks)+1)
		for x := range d.toks {
			c := s.coordSum[x]
			if x+1 < len(d.toks) && d.Text(x) == "," && (d.Lower(x+1) == "and" || d.Lower(x+1) == "but") {
				c++
			}
			s.coordSum[x+1] = c
		}
	}
	return s.coordSum[k-1] > s.coordSum[i]
}

// knownRoleFits reports whether a person's known role leaves room for
// the description ds. A person with no title or rank may hold any role.
// A description is often a loose characterisation ("the Kentucky
// senator" for the Senate's Republican leader, "the Norwegian diplomat"
// for a special adviser), so its head alone does not decide; but a role
// it spells out does: a multi-word head ("prime minister") the title
// does not cover, or a role word among its modifiers ("foreign",
// "finance", "deputy") that neither the title nor a role stated of the
// person holds ("the Swedish foreign minister" is not Prime Minister
// Novak). Places are placesAgree's.
func (s *quoteStage) knownRoleFits(ds description, pe *person) bool {
	d := s.d
	if pe.title == "" && len(pe.ranks) == 0 {
		return true
	}
	if d.compatiblePerson(ds, pe) || d.compatibleStated(ds, pe) || d.relationFits(ds, pe) {
		return true
	}
	if strings.Contains(ds.head.Phrase, " ") {
		return false // "the prime minister" names the office
	}
	keys := []string{titleKey(pe.title)}
	for _, st := range pe.stated {
		keys = append(keys, st.key)
	}
	for _, k := range ds.mods {
		w := d.Lower(k)
		if d.lex.List(lexicon.Places).Has(w) || d.Cap(k) && d.offIs(k, wOwner) {
			continue
		}
		if !(d.lex.List(lexicon.TitleWords).Has(w) && !d.genericModifier(w) || d.lex.List(lexicon.Titles).Has(w)) {
			continue
		}
		held := false
		for _, lt := range keys {
			held = held || strings.Contains(lt, " "+w+" ")
		}
		if !held {
			return false
		}
	}
	return true
}

// placesAgree reports whether every place modifier of ds ("Colombian",
// "North Korean") names one of the countries, when any are known.
func (d *doc) placesAgree(ds description, countries map[string]bool) bool {
	if len(countries) == 0 {
		return true
	}
	for _, k := range ds.mods {
		if e, ok := d.lex.List(lexicon.Places).Lookup(d.Lower(k)); ok && e.Field(1) != "" && d.Cap(k) && !countries[e.Field(1)] {
			return false
		}
	}
	return true
}

// appositionName returns a name off the roster in apposition to the
// person description [a, b): the capitalised words between the comma at
// b and the next comma or the sentence's end, after any rank or
// honorific ("Sheikh"), when they name no place, body or title. [b, b)
// when there is none.
func (s *quoteStage) appositionName(a, b int) (int, int) {
	d := s.d
	owned := a+2 < b && d.Cap(a) && d.toks[a+1].Kind == Possessive // "Nicaragua's foreign minister"
	if !isDeterminer(d.Lower(a)) && !isPossessiveDeterminer(d.Lower(a)) && !owned {
		return b, b
	}
	cls := d.classify()
	// a person noun heads it ("a spokesman [for the movement]", "a
	// lawyer"), or a possessive determiner a relation ("His colleague")
	person := isPossessiveDeterminer(d.Lower(a))
	for h := a + 1; h < b && !person; h++ {
		e, n := d.description(h)
		person = n == 1 && e.Field(0) == "person" || cls[h]&(cNonOfficial|cHead) != 0
	}
	// a common noun no list knows, before a name of two words or more
	// that no list claims ("A fellow rebel, Faraj al-Awami, added"): the
	// name checks below tell it from a place or a body
	common := !person && b-a >= 2 && !owned && !d.Cap(b-1) && d.toks[b-1].Kind == Word
	if !person && !common {
		return b, b
	}
	x := b + 1
	if x+1 < len(d.toks) && d.Lower(x) == "the" && cls[x+1]&(cRank|cHonorific) != 0 {
		x++ // "the Rev. Ana Ruiz"
	}
	for x < len(d.toks) && x < b+4 && cls[x]&(cRank|cHonorific) != 0 {
		x++
	}
	y := x
	const notName = cHead | cTitleWord | cBody | cPlace | cStop | cCalendar
	if x+1 < len(d.toks) && cls[x]&(notName&^cPlace) == 0 && d.Cap(x) && d.Cap(x+1) && cls[x+1]&notName == 0 {
		y++ // a given name that is also a place: "Israel Galeano"
	}
	for y < len(d.toks) && y < x+4 && d.toks[y].Kind == Word && (d.Cap(y) || y > x && (articledName(d, y) || elidedParticle(d.Text(y)))) && d.toks[y].Sent == d.toks[x].Sent &&
		cls[y]&notName == 0 {
		y++
	}
	if y-x < 2 || y < len(d.toks) && d.toks[y].Sent == d.toks[x].Sent && d.Text(y) != "," && !isSentenceEnd(d.Text(y)) {
		return b, b
	}
	if len(s.r.between(x, y)) > 0 {
		return b, b // a roster person: the description's own resolution names them
	}
	return x, y
}

// bodyNameAfter returns the name in apposition after the description
// [a, b) of a body ("the state news agency, KCNA,", "the U.N.
// humanitarian office, OCHA,"): one to three capitalised words, no
// place and no person of the roster, closed by a comma, after a
// description whose head is a common noun that names no person. [b, b)
// when there is none.
func (s *quoteStage) bodyNameAfter(a, b int) (int, int) {
	d := s.d
	h := b - 1
	if b-a < 2 || d.toks[h].Kind != Word || d.Cap(h) || b+2 >= len(d.toks) || d.Text(b) != "," {
		return b, b
	}
	if e, n := d.description(h); n == 1 && e.Field(0) == "person" || d.titleGender(d.Lower(h)) != 0 || d.classify()[h]&(cHead|cNonOfficial) != 0 {
		return b, b
	}
	x, y := b+1, b+1
	for y < len(d.toks) && y < x+3 && d.toks[y].Kind == Word && d.Cap(y) && d.toks[y].Sent == d.toks[x].Sent {
		y++
	}
	if y == x || y >= len(d.toks) || d.Text(y) != "," || len(s.r.between(x, y)) > 0 || d.classify()[x]&cPlace != 0 {
		return b, b
	}
	return x, y
}

// placedGazetteerPerson returns, for a description [a, b) with a place
// modifier ("The Soviet leader") that resolved to a person none of whose
// stated roles names a place (pe: "President Reagan"), the untitled
// person named nearby whose role in the officials gazetteer fits the
// description, place included ("Mikhail S. Gorbachev": Soviet leader);
// nil when there is none or pe names a place.
func (s *quoteStage) placedGazetteerPerson(a, b int, pe *person) *person {
	d := s.d
	if pe == nil {
		return nil
	}
	cls := d.classify()
	placed := false
	for x := a + 1; x < b-1 && !placed; x++ {
		placed = cls[x]&cPlace != 0 && !d.Cap(x-1) || cls[x]&cPlace != 0 && x == a+1
	}
	if !placed {
		return nil
	}
	for _, t := range append([]string{pe.title}, pe.titles...) {
		for w := range strings.FieldsSeq(t) {
			if _, ok := d.lex.List(lexicon.Places).Lookup(strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s"))); ok {
				return nil // a role that names a place: the resolver's agreement holds
			}
		}
	}
	ds, ok := d.parseDescription(ownerStart(d, a, b), b)
	if !ok {
		return nil
	}
	// the untitled people named in the last few sentences (a run of
	// sentences inside one quote counts as one), nearest first
	r := s.r
	last := r.lastBefore(a)
	for n := last; n >= 0 && n > last-maxDescBack && s.clauseSent(a)-s.clauseSent(r.all[n].i) <= 4; n-- {
		g := r.all[n].p
		if g == pe || g.title != "" || g.private {
			continue
		}
		if known, fits := d.gazetteerFits(ds, g); known && fits {
			return g
		}
	}
	return nil
}

// objectPronoun returns the subject form of an object pronoun ("him" →
// "he": the author of "a letter from him"), w itself otherwise.
func objectPronoun(w string) string {
	switch w {
	case "him":
		return "he"
	case "her":
		return "she"
	}
	return w
}

// elidedParticle reports whether w is a surname with an elided particle
// glued to it: "d'Escoto", "d'Alema".
func elidedParticle(w string) bool {
	for _, ap := range []string{"d'", "d’"} {
		if rest, ok := strings.CutPrefix(w, ap); ok && rest != "" && rest[0] >= 'A' && rest[0] <= 'Z' {
			return true
		}
	}
	return false
}

// isIndefinite reports whether the phrase [a, b) opens with an indefinite
// determiner that introduces a source: "a", "an", or "one"/"another"
// before a common noun ("One cabinet minister", "another aide").
func isIndefinite(d *doc, a, b int) bool {
	switch d.Lower(a) {
	case "a", "an":
		return true
	case "one", "another":
		return b-a >= 2 && d.toks[a+1].Kind == Word && !d.Cap(a+1)
	}
	return false
}

// ownerBefore returns the owner that "its" at token k stands for: the
// capitalised subject that opens one of the last three sentences of the
// paragraph, naming no person ("The Red Cross, which runs the shelter,
// said"), or its possessor ("Russia" of "Russia's retreat stunned").
func (s *quoteStage) ownerBefore(k int) string {
	d := s.d
	para := d.toks[k].Para
	seen := 0
	for x := k - 1; x >= 0 && x >= k-maxReach && d.toks[x].Para == para; x-- {
		if x > 0 && s.sent(x-1) == s.sent(x) || s.inQ[x] {
			continue
		}
		// x opens a sentence
		y := x
		if d.Lower(y) == "the" {
			y++
		}
		e := y
		for e < k && e < y+5 && d.toks[e].Kind == Word && d.Cap(e) && s.sent(e) == s.sent(x) {
			e++
		}
		if e > y && len(s.r.between(x, e)) == 0 && e < len(d.toks) {
			if d.toks[e].Kind == Possessive || d.Text(e) == "," || s.verbAt(e, s.sent(x)) {
				return d.span(x, e)
			}
		}
		if seen++; seen >= 3 {
			break
		}
	}
	return ""
}

// subjectRival returns the person the definite description [a, b) names
// by its head alone ("the general", "the minister") when its referent pe,
// the latest person it fits, was last named as an object or after a
// preposition, and another person it fits is the subject of that same
// sentence, the description's or the one before: "Gen. Ruth Vance …
// spoke after meeting Gen. Lars Eide. “…,” the general said." →
// Vance. A subject outranks an object, as for pronouns (salient).
// nil when there is none.
func (s *quoteStage) subjectRival(a, b int, pe *person) *person {
	d, r := s.d, s.r
	x := lastAt(pe, a)
	if x < 0 || s.sent(a)-s.sent(x) > 1 {
		return nil
	}
	m, ok := r.startingAt(x)
	if !ok || m.p != pe || s.inQ[x] || s.position(m) == posSubject {
		return nil
	}
	ds, ok := d.parseDescription(a, b)
	if !ok || len(ds.mods) > 0 || len(ds.named) > 0 {
		return nil // a modifier tells them apart: "the Polish minister"
	}
	for _, o := range r.between(s.sentStart(x), x) {
		if o.p == pe || s.inQ[o.i] || s.sent(o.i) != s.sent(x) || lastAt(o.p, a) > x || s.position(o) != posSubject {
			continue
		}
		if ds.gender != 0 && o.p.gender != 0 && ds.gender != o.p.gender || o.p.pastOffice() && !ds.hasMod(d, "former") {
			continue
		}
		if d.compatiblePerson(ds, o.p) || d.compatibleStated(ds, o.p) {
			return o.p
		}
	}
	return nil
}

// personalAddress reports whether the phrase [a, b) is a form of address
// only a surname follows ("Mr", "Mrs.", "Ms": ranks.txt's "personal"
// honorifics) and then capitalised words only: "Mrs Thatcher", "Mr.
// Pym". Such a phrase is a private name with its honorific, which the
// speaker leaves out as OFFICIAL names do (contract: the name).
func (s *quoteStage) personalAddress(a, b int) bool {
	d := s.d
	e, n := d.match(lexicon.Ranks, a)
	if n != 1 || e.Field(2) != "personal" || b-a > 4 {
		return false
	}
	for x := a + 1; x < b; x++ {
		if d.toks[x].Kind != Word || !d.Cap(x) {
			return false
		}
	}
	return true
}
