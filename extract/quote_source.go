package extract

import (
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// Unnamed sources with their modifiers: "an aid agency working in the
// region", "a senior official in Brussels", "an economist at a Toronto
// bank". The contract wants the shortest complete phrase, and a
// locative or participial modifier belongs to it: it tells this source
// from any other of the same kind.

// sourceModifierEnd returns the end of the post-modifiers that follow an
// indefinite source phrase ending at token b: an optional participle
// ("working", "based") and one prepositional phrase of up to five words
// ("in the region", "at a Toronto bank"), perhaps placed by a second one
// ("at the military command in Banda Aceh"), ending at a comma, a verb or
// the end of the sentence. b is returned when there is none.
func (s *quoteStage) sourceModifierEnd(b int) int {
	d := s.d
	if b >= len(d.toks) || d.toks[b].Kind != Word || s.inQ[b] {
		return b
	}
	sent := s.sent(b - 1)
	x := b
	cueParticiple := false // "posted in Baku": a cue's form, so the main verb must follow
	// a participle or a word of the source_modifier kind: "working in
	// the region", "based in Kyiv", "involved in the planning", "posted
	// in Tashkent" (also the form of a cue, "post")
	if w := d.Lower(x); !d.Cap(x) && (strings.HasSuffix(w, "ing") || d.quoteWord(x, "source_modifier")) {
		if _, ce := s.cueAt(x); ce > 0 && w != "working" && w != "based" {
			if strings.HasSuffix(w, "ing") {
				return b // "…, saying": a participle cue, not a modifier
			}
			cueParticiple = true
		}
		x++
	}
	if x >= len(d.toks) || s.sent(x) != sent || !isSourcePreposition(d.Lower(x)) && d.Lower(x) != "to" {
		return b
	}
	if d.Lower(x) == "to" && d.Lower(x-1) != "close" {
		return b // "close to the talks" only
	}
	x++
	e, limit, chained, verb := x, x+5, false, false
	for e < len(d.toks) && e < limit && s.sent(e) == sent && !s.inQ[e] && (d.toks[e].Kind == Word || d.toks[e].Kind == Possessive) {
		w := d.Lower(e)
		if isFunctionWord(w) || isPronoun(w) || isSubordinator(w) && w != "and" || isAdverb(w) && w != "in" && w != "on" {
			break
		}
		if e > x && d.Cap(e-1) && !d.Cap(e) && d.toks[e-1].Kind == Word && !isSourcePreposition(w) && s.anyVerbAt(e, sent) && s.objectAfter(e+1, sent) {
			// "a European envoy in Dakar put the number at …": the
			// place ends at a verb with its object (not "the French
			// defence ministry")
			verb = true
			break
		}
		if _, ce := s.cueAt(e); ce > 0 && e > x {
			break
		}
		if !chained && e > x+1 && isSourcePreposition(w) && !d.Cap(e) {
			// a second phrase places the first: "at the military
			// command in Banda Aceh"
			chained, limit = true, e+6
		}
		e++
	}
	if e == x || e == x+1 && isDeterminer(d.Lower(x)) {
		return b
	}
	// what follows must close the subject: a comma, a verb, the sentence's end
	if e < len(d.toks) && s.sent(e) == sent && d.Text(e) != "," && !verb && !s.verbAt(e, sent) {
		return b
	}
	if cueParticiple && (e >= len(d.toks) || s.sent(e) != sent || !s.verbAt(e, sent)) {
		return b // "a diplomat posted in Baku, …": the cue is the verb
	}
	return e
}

// objectAfter reports whether token k of sentence sent opens an object
// after a verb: a determiner, a possessive determiner, a number or a
// pronoun ("put [the] strength", "counted [40] trucks", "gave [it]").
func (s *quoteStage) objectAfter(k, sent int) bool {
	d := s.d
	if k >= len(d.toks) || s.sent(k) != sent || s.inQ[k] {
		return false
	}
	w := d.Lower(k)
	return d.toks[k].Kind == Number || isDeterminer(w) || isPossessiveDeterminer(w) || isPronoun(w)
}

// isSourcePreposition reports whether w opens a modifier of a source that
// says where it is or whom it serves.
func isSourcePreposition(w string) bool {
	switch w {
	case "in", "at", "from", "near", "inside", "outside", "with", "for":
		return true
	}
	return false
}

// sourceHead returns the indefinite head phrase that an object phrase
// [a, b) modifies, when the sieve that found [a, b) took the object of a
// source's modifier for the source: "[An aid agency] working in [the
// region], …, said". The head must open its sentence or follow a comma.
// [a, a) is returned when there is none.
func (s *quoteStage) sourceHead(a, b int) (int, int) {
	d := s.d
	if a < 3 || len(s.r.between(a, b)) > 0 || !isSourcePreposition(d.Lower(a-1)) && !(d.Lower(a-1) == "to" && d.Lower(a-2) == "close") {
		return a, a
	}
	sent := s.sent(a)
	y := a - 1 // the head ends before the preposition, or before a participle
	if w := d.Lower(y - 1); !d.Cap(y-1) && (strings.HasSuffix(w, "ing") || d.quoteWord(y-1, "source_modifier")) {
		y--
	}
	// a bare plural: "what [officials] familiar with the talks called"
	if h := d.Lower(y - 1); y-1 > 0 && y-1 < a && (!d.Cap(y-1) || s.sent(y-2) != sent) && d.toks[y-1].Kind == Word && strings.HasSuffix(h, "s") &&
		!strings.HasSuffix(h, "ss") && !isFunctionWord(h) && (d.Lower(y-2) == "what" || d.Text(y-2) == "," || s.sent(y-2) != sent) {
		return y - 1, y
	}
	x, chained := y, false
	for x > 0 && x > y-5 && s.sent(x-1) == sent && d.toks[x-1].Kind == Word && !isFunctionWord(d.Lower(x-1)) {
		x--
		if !chained && x < y-1 && isSourcePreposition(d.Lower(x)) {
			// "[A senior officer] at the naval base in [Kirkuk]": the
			// first phrase places the head, the second the first
			chained, y = true, x
			if w := d.Lower(y - 1); !d.Cap(y-1) && (strings.HasSuffix(w, "ing") || w == "based") {
				y--
			}
			x = y
			continue
		}
		if l := d.Lower(x); l == "a" || l == "an" {
			if x > 0 && s.sent(x-1) == sent && d.Text(x-1) != "," {
				return a, a
			}
			if x+1 == y {
				return a, a
			}
			return x, y
		}
	}
	return a, a
}

// privateSubjectBefore returns the name of a private person who is the
// subject of a clause shortly before the pronoun at token k, agreeing
// with it where the given name tells: "Fatmire Gashi, 52, watched the
// tanks go north. “…,” she said." People the article names only once, with
// no title, are often not on the roster the officials stage builds, yet
// they are the nearest antecedent. Only names off the roster are looked
// at (the roster's people are salient's); [k, k) when there is none.
func (s *quoteStage) privateSubjectBefore(k int, pron string) (int, int) {
	d := s.d
	cls := d.classify()
	const notName = cHead | cTitleWord | cRank | cHonorific | cBody | cPlace | cStop | cCalendar | cNonOfficial
	want := byte('m')
	if pron == "she" {
		want = 'f'
	}
	limit := s.clauseSent(k) - 2
	lastSent := -1 // clauseSent is asked once a sentence
	for y := k - 1; y > 1 && y >= k-2*maxReach; y-- {
		if sn := s.sent(y); sn != lastSent {
			if lastSent = sn; s.clauseSent(y) < limit {
				break
			}
		}
		t := &d.toks[y]
		if s.inQ[y] || t.Kind != Word || !d.capOf(t) || y+1 < len(d.toks) && d.toks[y+1].Kind == Word && d.Cap(y+1) && d.toks[y+1].Sent == t.Sent {
			continue // y must end a run of capitalised words
		}
		x := y
		for x > 0 && x > y-4 && d.toks[x-1].Sent == t.Sent && d.toks[x-1].Kind == Word && d.Cap(x-1) && !s.inQ[x-1] {
			x--
		}
		e := y + 1
		if len(s.r.between(x, e)) > 0 {
			continue
		}
		ok := true
		for z := x; z < e && ok; z++ {
			ok = cls[z]&notName == 0 && !isPronoun(d.Lower(z))
		}
		if !ok || !s.privateSubject(x, e) || e-x < 2 && s.fullNameWithin(x, privateNameBack) == "" && !ageAfter(d, e) {
			continue // one word only when it stands for a name given in full before, or has an age: "Rahmat, 45, a fisherman,"
		}
		if g := s.givenGender(x); g != 0 && g != want && !(g == guessedF && want == 'f') {
			continue
		}
		return x, e
	}
	return k, k
}

// privateNameBack bounds how far back a lone surname's full form is
// looked for when it may be a private antecedent: a private person is
// named in full shortly before being taken up again.
const privateNameBack = 600

// givenGender returns the gender that the given name at token x tells:
// the name_genders list, else a name in -a the list lacks is a woman's
// (guessedF, as genderOf reads it); 0 when it tells none.
func (s *quoteStage) givenGender(x int) byte {
	w := s.d.Text(x)
	if e, ok := s.d.lex.List(lexicon.NameGenders).Lookup(w); ok {
		return e.Field(0)[0]
	}
	if len(w) > 2 && strings.HasSuffix(w, "a") {
		return guessedF
	}
	return 0
}

// personLike reports whether the name [x, e) shows itself a person's: a
// given name of the lists, an age in apposition ("Fatmire Gashi, 52,", ",
// a 41-year-old …"), a relation before it ("Her neighbour Aram Haddad")
// or an apposition naming a role ("Choi Min-seok, a researcher at …,").
func (s *quoteStage) personLike(x, e int) bool {
	d := s.d
	if s.givenGender(x) != 0 || d.classify()[x]&cGiven != 0 || e-x == 1 && s.fullNameWithin(x, privateNameBack) != "" {
		return true // a listed given name, or a surname given in full before
	}
	if ageAfter(d, e) || e+1 < len(d.toks) && d.Text(e) == "," && (d.Lower(e+1) == "who" || d.Lower(e+1) == "whose") {
		return true // an age, or a relative clause only a person takes: ", who studies …"
	}
	// a relation before the name: "Her neighbour Aram Haddad"
	if x > 1 && d.toks[x-1].Kind == Word && !d.Cap(x-1) && isPossessiveDeterminer(d.Lower(x-2)) {
		return true
	}
	// an apposition naming a person's role: ", a researcher at …",
	// ", a university student"
	if e+2 < len(d.toks) && d.Text(e) == "," && isDeterminer(d.Lower(e+1)) {
		cls := d.classify()
		// past an age written into it: ", a 58-year-old retired teacher"
		for y := e + 2; y < len(d.toks) && y < e+10 && (d.toks[y].Kind == Word || d.toks[y].Kind == Number || isHyphen(d.Text(y))); y++ {
			if h, n := d.description(y); cls[y]&(cNonOfficial|cHead) != 0 || n == 1 && h.Field(0) == "person" || d.titleGender(d.Lower(y)) != 0 {
				return true
			}
			if d.Lower(y) == "old" && y > e+3 && isHyphen(d.Text(y-1)) {
				return true // an age: ", a 41-year-old …"
			}
		}
	}
	return false
}

// ageAfter reports whether an age in apposition starts at token e: ", 45,".
func ageAfter(d *doc, e int) bool {
	return e+2 < len(d.toks) && d.Text(e) == "," && d.toks[e+1].Kind == Number && d.Text(e+2) == ","
}

// privateSubject reports whether the name [x, e) is the subject of its
// clause: a verb follows it, perhaps after an apposition, and nothing
// but a sentence start, a comma or a lower-case noun ("His colleague
// Fatoumata Diallo") stands before it. A copula counts as the verb
// ("…, was blunter").
func (s *quoteStage) privateSubject(x, e int) bool {
	d := s.d
	sent := s.sent(x)
	if x > 0 && s.sent(x-1) == sent {
		// not after a preposition or a determiner ("the Nobel Peace
		// Prize laureate": a noun phrase's modifier)
		if p := &d.toks[x-1]; p.Kind == Punct && d.textOf(p) != "," || p.Kind == Word && (isSourcePreposition(d.lowerOf(p)) || isPreposition(d.lowerOf(p)) ||
			isFunctionWord(d.lowerOf(p)) || isDeterminer(d.lowerOf(p)) || isPossessiveDeterminer(d.lowerOf(p))) {
			return false
		}
		if _, ce := s.cueAt(x - 1); ce == x {
			return false // "said Ana Ruiz": a tail's speaker, not a clause subject
		}
	}
	v := s.skipApposition(e, sent)
	if v > e && v < len(d.toks) && (isRelative(d.Lower(v)) || isDeterminer(d.Lower(v))) {
		// a second one: "Lee Soon-ja, 82, who fled as a girl, wept"
		if w := s.skipApposition(v-1, sent); w > v {
			v = w
		}
	}
	return s.verbAt(v, sent) || s.anyVerbAt(v, sent)
}

// anyVerbAt reports whether token v may be a finite verb of any form
// after a subject ("wept", "stood", "was"): a lower-case word that is no
// function word, preposition, determiner, conjunction or participle.
func (s *quoteStage) anyVerbAt(v, sent int) bool {
	d := s.d
	if v >= len(d.toks) || s.sent(v) != sent || d.toks[v].Kind != Word || d.Cap(v) {
		return false
	}
	w := d.Lower(v)
	return isCopula(w) || !isFunctionWord(w) && !isPreposition(w) && !isSourcePreposition(w) && !isDeterminer(w) &&
		!isSubordinator(w) && !isPossessiveDeterminer(w) && !isPronoun(w) && !strings.HasSuffix(w, "ing")
}

// relativeAntecedent returns the subject of a cue that a relative clause
// holds, when the relative pronoun ends just before token l (the cue's
// left edge, after adverbs and times): "Ivanov, who on Saturday had
// called …", "the man who said …". The antecedent is the person or noun
// phrase before the pronoun (and its comma). [l, l) when there is none.
func (s *quoteStage) relativeAntecedent(l, sent int) (int, int) {
	d := s.d
	if l < 2 || s.sent(l-1) != sent || (d.Lower(l-1) != "who" && d.Lower(l-1) != "which") {
		return l, l
	}
	e := l - 1
	if d.Text(e-1) == "," {
		e--
	}
	if m, ok := s.r.endingAtParen(d, e); ok {
		return m.i, m.j
	}
	// a phrase that names a source: capitalised ("the Chicago Police
	// Department, which said"), or headed by a person or source noun
	// ("a spokesman, who said"); not "the country, who"
	if a, b := d.npLeft(e); b > a && d.toks[b-1].Kind == Word {
		if h, n := d.description(b - 1); d.Cap(b-1) || n == 1 && h.Field(0) != "document" {
			return a, b
		}
	}
	return l, l
}

// participialSubject returns the subject before a participial phrase or
// a "whom" clause set off by commas that ends just before the verb at
// token l: "The general, flanked by the police commander, General Ruiz,
// said", "Merz, speaking alongside Nausėda, said", "Cruz, whom Reid has
// called a “bully,” told". The names inside the phrase are its objects.
// [l, l) when there is none.
func (s *quoteStage) participialSubject(l, sent int) (int, int) {
	d := s.d
	if l < 3 || d.Text(l-1) != "," && !(s.inQ[l-1] && d.Text(l-2) == ",") {
		return l, l // the comma may close a quote inside the clause: “…,” told
	}
	for k := l - 2; k > 0 && k >= l-25 && s.sent(k) == sent; k-- {
		if s.inQ[k] {
			continue // "Cruz, whom Reid has called a “bully,” told": words in marks
		}
		if d.toks[k].Kind == Punct && d.Text(k) != "," && !isHyphen(d.Text(k)) && d.Text(k) != "." {
			return l, l
		}
		if d.Text(k) != "," {
			continue
		}
		w := d.Lower(k + 1)
		if d.Cap(k+1) || !(strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") && k+2 < l && d.Lower(k+2) == "by" || w == "whom") {
			continue
		}
		if _, ce := s.cueAt(k + 1); ce > 0 && w != "speaking" {
			return l, l // "…, saying …": a participle cue, not an apposition
		}
		e := skipAge(d, k)
		if m, ok := s.r.endingAtParen(d, e); ok {
			return m.i, m.j
		}
		if a, b := s.modifiedSource(e, sent); b > a {
			return a, b // "A defence official who attended the meeting, speaking …,"
		}
		if a, b := d.npLeft(e); b > a && (isDeterminer(d.Lower(a)) || d.Cap(a)) {
			return a, b
		}
		return l, l
	}
	return l, l
}

// modifiedSource returns the unnamed source that opens the sentence and
// runs with its restrictive post-modifier, set off by no comma, up to
// token l (the cue, or the comma before a parenthetical phrase): a
// participle with a prepositional phrase ("Thousands of protesters
// gathered outside the parliament in Tbilisi chanted", "Officials
// speaking on condition of anonymity said") or a relative clause ("A
// defence official who attended the meeting, speaking on condition of
// anonymity, described"). The modifier tells this source from others of
// its kind, as "an official based in Kyiv" does (rule of unnamed sources);
// the nouns inside it are no subject. [l, l) when there is none: the head
// phrase names a person, or the modifier holds a cue or punctuation.
func (s *quoteStage) modifiedSource(l, sent int) (int, int) {
	d := s.d
	if l < 4 || l >= len(d.toks) || s.sent(l-1) != sent {
		return l, l
	}
	first := s.sentStart(l - 1)
	if l-first < 4 || l-first > 18 || s.inQ[first] || !d.Cap(first) {
		return l, l
	}
	h := -1
	for x := first; x < l; x++ {
		t := &d.toks[x]
		if s.inQ[x] || t.Kind == Punct && !isHyphen(d.Text(x)) {
			return l, l
		}
		if t.Kind != Word || x == first || d.capOf(t) {
			continue
		}
		w := d.lowerOf(t)
		if h < 0 && x+1 < l && (w == "who" || (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")) && modifierPreposition(d.Lower(x+1))) {
			h = x
			continue
		}
		if h < 0 && isFunctionWord(w) {
			return l, l // "The council has …": a verb of the head's own clause
		}
		if h >= 0 {
			if _, ce := s.cueAt(x); ce > 0 {
				return l, l // "Officials meeting in Kyiv said … and added"
			}
		}
	}
	if h < 0 || h-first < 1 || len(s.r.between(first, h)) > 0 {
		return l, l
	}
	if w := d.Lower(h - 1); isDeterminer(w) || isPossessiveDeterminer(w) || d.toks[h-1].Kind != Word {
		return l, l
	}
	if _, ce := s.cueAt(h); ce > 0 && d.Lower(h) != "speaking" {
		return l, l // "…, saying": a participle cue opens no modifier
	}
	return first, l
}

// modifierPreposition reports whether w, after a participle, opens the
// prepositional phrase of a restrictive modifier ("gathered outside",
// "marching through", "speaking on").
func modifierPreposition(w string) bool {
	switch w {
	case "in", "at", "on", "outside", "inside", "near", "through", "across", "along", "around", "from", "with", "by", "to", "into", "over", "under", "during", "behind":
		return true
	}
	return false
}
