package extract

import "strings"

// tailSubject reads a tail attribution whose subject is longer than the
// noun phrases the tail-cue pass knows: "“…,” former presidential
// candidate Ana Ruiz said", "“…,” Ana Ruiz, 30, of Dayton, Ohio, who was
// among those polled, said", "“…,” Ana Ruiz, who chairs the group said".
// The quote closes with a comma; the subject runs from the comma to a
// reporting cue at most tailSubjectReach tokens on, in the same sentence,
// crossing no quote and no clause punctuation. The speaker is the phrase
// before the first comma or relative pronoun of the subject (a name there
// is the person; an apposition or relative clause after it only
// describes).
func (s *quoteStage) tailSubject(n int) attribution {
	d, q := s.d, s.qs.at(n)
	if q.close < 0 || q.j <= q.i || s.midSentence(q) {
		return attribution{} // "… known as “…”, even as Ruiz continued": the head-cue pass reads it
	}
	k := q.after
	switch {
	case d.Text(q.j-1) == ",":
	case k < len(d.toks) && d.Text(k) == ",":
		k++
	default:
		return attribution{}
	}
	if k >= len(d.toks) || d.toks[k].Para != d.toks[q.close].Para || s.inQ[k] || d.toks[k].Kind != Word {
		return attribution{}
	}
	if w := d.Lower(k); isFunctionWord(w) || isPronoun(w) || isSubordinator(w) || isAdverb(w) || isPreposition(w) {
		return attribution{}
	}
	sent := s.sent(k)
	head := -1 // the end of the subject's head phrase
	for x := k; x < len(d.toks) && x < k+tailSubjectReach && s.sent(x) == sent && !s.inQ[x]; x++ {
		t := &d.toks[x]
		if t.Kind == Punct {
			switch d.textOf(t) {
			case ",", "(", ")", ".", "-", "&":
				// an apposition, a party tag, an initial, a hyphen
			case "’", "'":
				if !strings.HasSuffix(d.Lower(x-1), "s") {
					return attribution{} // only a plural's possessive: "Sanders’ campaign"
				}
			default:
				return attribution{}
			}
			if head < 0 && (d.textOf(t) == "," || d.textOf(t) == "(") {
				head = x
			}
			continue
		}
		if t.Kind != Word {
			continue
		}
		if x > k && head < 0 && isRelative(d.lowerOf(t)) {
			head = x
		}
		if x == k {
			continue
		}
		cue, ce := s.cueAt(x)
		if ce == 0 {
			if head < 0 && isFunctionWord(d.lowerOf(t)) {
				return attribution{} // "…, Ruiz has argued", a clause of its own
			}
			if head < 0 && !d.capOf(t) && strings.HasSuffix(d.lowerOf(t), "ed") && capitalisedRun(d, k, x) {
				// "“…,” Senator Ana Ruiz shrugged when asked": a verb of
				// manner right after the name is the cue
				return s.resolve(k, x, d.textOf(t))
			}
			continue
		}
		if isAccording(cue) || s.cognitive(x) || d.stemIs(x, stemContinu) {
			return attribution{}
		}
		if head < 0 {
			head = x
		}
		if head-k > 8 {
			return attribution{}
		}
		return s.resolve(k, head, cue)
	}
	return attribution{}
}

// tailSubjectReach bounds the subject of a tail attribution, appositions
// and relative clauses included.
const tailSubjectReach = 30

// isSubordinator reports whether w opens a clause of its own: a
// coordinating or subordinating conjunction.
func isSubordinator(w string) bool {
	switch w {
	case "and", "but", "or", "so", "as", "while", "because", "when", "if", "though", "although", "since", "until", "unless", "whereas", "after", "before", "where", "what", "how", "why":
		return true
	}
	return false
}

// isPreposition reports whether w is a preposition that opens an
// adverbial, never a subject ("at one point", "in a statement").
func isPreposition(w string) bool {
	switch w {
	case "at", "in", "on", "for", "with", "from", "by", "of", "to", "during", "into", "over", "under", "without", "about", "even", "just", "only", "now", "instead":
		return true
	}
	return false
}

// afterSentenceEnd reports whether quote cur follows the quote prev right
// after prev's closing mark, when prev's words end a sentence ("… on
// “Meet the Press.” “…”"): cur opens a sentence, though the tokenizer
// may number the closing mark with it.
func (s *quoteStage) afterSentenceEnd(prev, cur quote) bool {
	d := s.d
	return prev.close >= 0 && prev.after == cur.open && prev.j > prev.i && isSentenceEnd(d.Text(prev.j-1))
}

// afterConnective reports whether quote cur opens its sentence after a
// connective alone, perhaps with a comma ("Instead, “…”", "But “…”",
// "Meantime “…”"): the quote continues what was said before it.
func (s *quoteStage) afterConnective(cur quote) bool {
	d := s.d
	f := cur.open - 1
	if f < 0 || s.inQ[f] {
		return false
	}
	if d.Text(f) == "," {
		f--
	}
	if f < 0 || d.toks[f].Kind != Word || f > 0 && s.sent(f-1) == s.sent(f) || s.sent(f) != s.sent(cur.open) {
		return false
	}
	return d.quoteWord(f, "connective")
}
