package extract

import "strings"

// Unnamed sources with their modifiers: "an aid agency working in the
// region", "a senior official in Brussels", "an economist at a Toronto
// bank". The contract wants the shortest complete phrase, and a
// locative or participial modifier belongs to it: it tells this source
// from any other of the same kind.

// sourceModifierEnd returns the end of the post-modifiers that follow an
// indefinite source phrase ending at token b: an optional participle
// ("working", "based") and one prepositional phrase of up to five words
// ("in the region", "at a Toronto bank"), ending at a comma, a verb or
// the end of the sentence. b is returned when there is none.
func (s *quoteStage) sourceModifierEnd(b int) int {
	d := s.d
	if b >= len(d.toks) || d.toks[b].Kind != Word || s.inQ[b] {
		return b
	}
	sent := s.sent(b - 1)
	x := b
	if w := d.toks[x].Lower(); !d.toks[x].Cap() && (strings.HasSuffix(w, "ing") || w == "based") {
		if _, ce := s.cueAt(x); ce > 0 && w != "working" && w != "based" {
			return b // "…, saying": a participle cue, not a modifier
		}
		x++
	}
	if x >= len(d.toks) || s.sent(x) != sent || !isSourcePreposition(d.toks[x].Lower()) {
		return b
	}
	x++
	e := x
	for e < len(d.toks) && e < x+5 && s.sent(e) == sent && !s.inQ[e] && (d.toks[e].Kind == Word || d.toks[e].Kind == Possessive) {
		w := d.toks[e].Lower()
		if isFunctionWord(w) || isPronoun(w) || isSubordinator(w) && w != "and" || isAdverb(w) && w != "in" && w != "on" {
			break
		}
		if _, ce := s.cueAt(e); ce > 0 && e > x {
			break
		}
		e++
	}
	if e == x || e == x+1 && isDeterminer(d.toks[x].Lower()) {
		return b
	}
	// what follows must close the subject: a comma, a verb, the sentence's end
	if e < len(d.toks) && s.sent(e) == sent && d.toks[e].Text != "," && !s.verbAt(e, sent) {
		return b
	}
	return e
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
	if a < 3 || len(s.r.between(a, b)) > 0 || !isSourcePreposition(d.toks[a-1].Lower()) {
		return a, a
	}
	sent := s.sent(a)
	y := a - 1 // the head ends before the preposition, or before a participle
	if w := d.toks[y-1].Lower(); !d.toks[y-1].Cap() && (strings.HasSuffix(w, "ing") || w == "based") {
		y--
	}
	x := y
	for x > 0 && x > y-5 && s.sent(x-1) == sent && d.toks[x-1].Kind == Word && !isFunctionWord(d.toks[x-1].Lower()) {
		x--
		if l := d.toks[x].Lower(); l == "a" || l == "an" {
			if x > 0 && s.sent(x-1) == sent && d.toks[x-1].Text != "," {
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
