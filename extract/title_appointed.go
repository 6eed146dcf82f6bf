package extract

import "strings"

// Roles stated by an appointment (guide rule 21i): "Tokayev named
// Alikhan Smailov as prime minister", "Smailov was appointed prime
// minister", "Ana Ruiz was sworn in as defence minister". The role so
// stated is the office the person holds, a title candidate like any
// other: it beats a former office stated elsewhere ("Smailov, a former
// finance minister,", rule 16b) through chooseTitle.

// appointedRole returns the role that an appointment verb gives the name
// [s, e): the active form with the verb right before the name (an
// honorific or rank between), or the passive form with was/has been and
// the verb right after it; then "as" (or nothing) and a role phrase
// (roleAt). "" when there is none.
func (d *doc) appointedRole(cls []class, s, e int) string {
	if s > 0 && isDeterminer(d.Lower(s-1)) {
		return "" // "if a Republican is elected president": no name
	}
	k := s
	for k > 0 && cls[k-1]&(cHonorific|cRank) != 0 && cls[k-1]&cHead == 0 {
		k--
	}
	j := -1
	switch {
	case k > 0 && d.toks[k-1].Sent == d.toks[s].Sent && d.appointsBefore(k):
		j = e // "named Alikhan Smailov as prime minister"; not "newly elected"
		if end := d.appositionEnd(e); end > e && d.lowerAt(end+1) == "as" {
			j = end + 1 // "named Dr [X], a retired army surgeon, as interim president"
		}
	case k > 1 && e+1 < len(d.toks) && d.Text(k-1) == "," && d.Text(e) == "," && d.lowerAt(e+1) == "as" && d.appointsDescribed(k-1):
		j = e + 1 // "swore in a retired judge, [X], as caretaker president"
	case e+1 < len(d.toks):
		x := e
		if d.Text(x) == "," && k > 0 && d.Text(k-1) == "," && d.toks[x].Sent == d.toks[s].Sent {
			x++ // a name in apposition, the subject's: "The Fisheries Minister, [X], was sworn in as …" (rule 21w)
		}
		if x > e && d.Text(x-1) == "," && d.Lower(x) == "who" || x == e && d.Text(x) == "," && d.lowerAt(x+1) == "who" {
			x = max(x, e+1) + 1 // a relative clause: "[X], who was appointed defence minister in May," (rule 21x)
		}
		if x >= len(d.toks) {
			return "" // a text cut short after "who"
		}
		switch d.Lower(x) {
		case "was":
			x++ // not "is": "if Ana Ruiz is elected president" states no office held
		case "has", "had":
			if d.lowerAt(x+1) != "been" {
				return ""
			}
			x += 2
		default:
			return ""
		}
		if x >= len(d.toks) || !d.appointVerb(x) {
			return ""
		}
		j = x + 1 // "Smailov was named prime minister"
		if d.Lower(x) == "sworn" && d.lowerAt(j) == "in" {
			j++ // "was sworn in as president"
		}
	default:
		return ""
	}
	if j >= len(d.toks) || d.toks[j].Sent != d.toks[s].Sent {
		return ""
	}
	if w := d.Lower(j); w == "as" || w == "to" && j > 0 && d.Lower(appointVerbBefore(d, j)) == "promoted" {
		j++ // "promoted Ana Ruiz to chief of staff" (rules 21i, 21x): also passive "was promoted to"
	}
	a, b := d.roleAt(cls, j)
	if a < 0 || !d.validTitle(cls, a, b) {
		return ""
	}
	if b < len(d.toks) && d.toks[b].Sent == d.toks[s].Sent && capWord(d, b) && cls[b]&cStop == 0 {
		return "" // the role is another name's title: "elected Muslim mayor Sadiq Khan"
	}
	return d.span(a, b)
}

// appointsBefore reports whether an appointing verb ends right before
// token k ("named [X]", "swore in [X]", "sworn in [X]"), not after an
// adverb in -ly ("newly elected [X]": a description).
func (d *doc) appointsBefore(k int) bool {
	v := k - 1
	if d.Lower(v) == "in" && v > 0 && d.toks[v-1].Sent == d.toks[v].Sent && (d.Lower(v-1) == "swore" || d.Lower(v-1) == "sworn") {
		v-- // "swore in [X] as caretaker prime minister"
	}
	return d.appointVerb(v) && !strings.HasSuffix(d.lowerAt(v-1), "ly")
}

// appointsDescribed reports whether the comma at token c closes a short
// indefinite description that an appointing verb opens, so that the name
// after the comma is the one appointed: "swore in [a retired surgeon],
// X, as …", "named [a retired judge], X, as …".
func (d *doc) appointsDescribed(c int) bool {
	for x := c - 1; x > 0 && x >= c-6 && d.toks[x].Sent == d.toks[c].Sent; x-- {
		if d.toks[x].Kind != Word {
			return false
		}
		if w := d.Lower(x); w == "a" || w == "an" {
			return d.appointsBefore(x)
		}
	}
	return false
}

// appositionEnd returns the comma closing an indefinite apposition that
// opens at the comma at token e (a noun phrase of at most ten words, no
// verb in it), or -1: "[X], a retired army surgeon, as …". A
// definite one states an office the person holds, which the document
// keeps as the title (dev17: "named Lt. Gen. [X], the
// commander of the …, as head of state"); it is not passed.
func (d *doc) appositionEnd(e int) int {
	if e+2 >= len(d.toks) || d.Text(e) != "," || d.Lower(e+1) != "a" && d.Lower(e+1) != "an" {
		return -1
	}
	for x := e + 1; x < len(d.toks) && x <= e+11 && d.toks[x].Sent == d.toks[e].Sent; x++ {
		switch {
		case d.Text(x) == "," && x > e+1:
			return x
		case d.toks[x].Kind != Word && d.toks[x].Kind != Possessive && d.Text(x) != "-", d.verbLike(x):
			return -1
		}
	}
	return -1
}

// appointVerb reports whether token k is a past form of a verb that puts
// a person into an office ("named", "appointed", "elected", "sworn"):
// official_words kind appoint.
func (d *doc) appointVerb(k int) bool {
	if d.toks[k].Kind != Word || d.Cap(k) && !d.opensSentence(k) {
		return false
	}
	return d.offIs(k, wAppoint)
}

// roleAt reads a role phrase forward from token i: an optional
// determiner or possessive pronoun (left out), modifiers and title words,
// a head, and an of- or for-phrase complement, or a to-, in- or
// at-phrase naming a place or a body ("ambassador to France"). It returns
// the tokens [a, b) of the phrase without its determiner, or -1, -1.
func (d *doc) roleAt(cls []class, i int) (int, int) {
	if i >= len(d.toks) {
		return -1, -1
	}
	sent := d.toks[i].Sent
	a := i
	if w := d.Lower(a); isDeterminer(w) || isPossPronoun(w) {
		a++
	}
	lastHead, j, inComp := -1, a, false
	for j < len(d.toks) && j < a+maxTitleTokens && d.toks[j].Sent == sent {
		t := &d.toks[j]
		c := cls[j]
		switch {
		case t.Kind == Possessive && j > a && cls[j-1]&(cPlace|cBody) != 0 && lastHead < 0:
		case t.Kind != Word:
			goto done
		case c&cCalendar != 0 || d.verbLike(j) && !(inComp && d.namedWord(j)) ||
			isNarrower(d.lowerOf(t)) && lastHead >= 0: // after the head "late" opens a date: "… prime minister late yesterday"
			goto done // a capitalised word inside a complement's name is no verb: "the United States"
		case inComp && d.lowerOf(t) == "the":
		case inComp && d.lowerOf(t) == "and" && j+1 < len(d.toks) && d.Cap(j+1) && cls[j+1]&cStop == 0:
		case c&cConnector != 0:
			w := d.lowerOf(t)
			if w == "and" && lastHead >= 0 && !inComp {
				// two offices of one person: "serves as deputy prime
				// minister and finance minister"; not another name's
				// title ("… and Foreign Minister X")
				if a2, b2 := d.roleAt(cls, j+1); a2 == j+1 && b2 > a2 && !(b2 < len(d.toks) && d.toks[b2].Sent == sent && capWord(d, b2)) {
					j, lastHead = b2, b2-1
				}
				goto done
			}
			if lastHead < 0 || w == "and" || w == "the" {
				goto done
			}
			n := j + 1
			if d.lowerAt(n) == "the" {
				n++
			}
			if n >= len(d.toks) || d.toks[n].Sent != sent {
				goto done
			}
			switch w {
			case "of", "for":
				if !cls[n].titleish() && !d.Cap(n) {
					goto done
				}
			default:
				if cls[n]&(cPlace|cBody) == 0 {
					goto done
				}
			}
			inComp = true
		case d.prepositionUnder(cls, j):
			goto done // "served as finance minister under President X"
		case c.titleish():
			if c&cHead != 0 {
				lastHead = j
			}
		case inComp && d.Cap(j) && cls[j]&cStop == 0:
			// a capitalised complement: "minister for Europe"
		case lastHead < 0 && d.roleAdjective(cls, j):
		default:
			goto done
		}
		j++
	}
done:
	if lastHead < 0 {
		return -1, -1
	}
	b := j
	for b > lastHead+1 && (cls[b-1]&cConnector != 0 || d.toks[b-1].Kind != Word) {
		b--
	}
	return a, b
}

// prepositionUnder reports whether token k is "under" as a preposition,
// not the modifier of a role ("under secretary", "Under-Secretary"): a
// lower-case "under" after a role's head and before a word that is no
// head ("defence minister under President X", "served as ambassador under
// two presidents"); title_words lists "under" for the role.
func (d *doc) prepositionUnder(cls []class, k int) bool {
	if d.toks[k].Kind != Word || d.Lower(k) != "under" || d.Cap(k) || k == 0 || cls[k-1]&cHead == 0 {
		return false
	}
	return k+1 >= len(d.toks) || d.toks[k+1].Sent != d.toks[k].Sent || cls[k+1]&cHead == 0
}

// appointVerbBefore returns the appointment verb of an appointedRole
// reading whose role starts at token j: the verb right before j in the
// passive ("was promoted to"), else the nearest one before the name in
// the active form ("promoted Lt. Gen. Ana Ruiz to"); j when there is none.
func appointVerbBefore(d *doc, j int) int {
	if j > 0 && d.offIs(j-1, wAppoint) {
		return j - 1 // "was promoted to"
	}
	for k := j - 1; k > 0 && k >= j-8; k-- {
		if d.toks[k].Kind == Word && d.offIs(k, wAppoint) {
			return k
		}
	}
	return j
}
