package extract

import "strings"

// Leaders of non-state armed groups hold no office (guide rule 9b), even
// when the group is named by a word no list knows ("EPRDF leader X",
// "SWAPO's leader, X,"): the document itself says what the group is.

// armedCache holds, per document, the words written next to an armed
// group's noun (see armedName), found in one pass over the tokens the
// first time a role's owner is asked about (a pass per owner was 3% of
// the officials stage).
type armedCache struct {
	words map[string]bool
	built bool
}

// armedRole reports whether the name [s, e), with the role title stated
// beside it, leads or speaks for a non-state armed group: a capitalised
// owner of the role that no list knows is called a rebel, guerrilla …
// group somewhere in the document ("the EPRDF rebels", "rebel SWAPO"),
// or the sentence says so of the person ("X, who led the rebel side",
// "denied that his fighters …"). With no role stated, only a relative
// clause of leading counts ("X, who led the rebels,"): a gazetteer's
// official fighting rebels stays one.
func (d *doc) armedRole(cls []class, s, e int, title string, cache *armedCache) bool {
	if title == "" {
		return d.ledArmed(e)
	}
	if d.groupRole(d.headOf(title)) && d.armedBefore(cls, s, title) {
		return true
	}
	owner := ""
	for k := s - 1; k >= 0 && k >= s-8 && d.toks[k].Sent == d.toks[s].Sent; k-- {
		if d.toks[k].Kind == Word && d.Cap(k) && cls[k]&(cPlace|cBody|cHead|cTitleWord|cRank|cHonorific|cStop|cGiven|cCalendar) == 0 &&
			strings.Contains(title, d.Text(k)) {
			owner = d.Text(k)
			break
		}
	}
	if owner == "" {
		// an owner inside a title stated after the name: "X, a
		// spokesman for the Contras in Washington," ("Contra rebels")
		for k := e + 1; k < len(d.toks) && k < e+maxTitleTokens && d.toks[k].Sent == d.toks[s].Sent && d.Text(k) != ","; k++ {
			if w := d.Text(k); d.toks[k].Kind == Word && d.Cap(k) && cls[k]&(cPlace|cBody|cHead|cTitleWord|cRank|cHonorific|cStop|cGiven|cCalendar) == 0 &&
				strings.Contains(title, w) && (d.armedName(w, cache) || d.armedName(strings.TrimSuffix(w, "s"), cache)) {
				return true
			}
		}
		return false
	}
	if d.ledArmed(e) || d.armedAfter(e) {
		return true
	}
	return d.armedName(owner, cache)
}

// armedName reports whether the capitalised word w stands next to an
// armed group's noun anywhere in the document ("EPRDF rebels", "the
// rebel EPRDF", "SWAPO guerrillas"): a word before the noun, or after it
// when the noun is in lower case.
func (d *doc) armedName(w string, cache *armedCache) bool {
	if !cache.built {
		cache.built = true
		if d.kinds != nil && d.kinds.letters.off&wArmedGroup != 0 {
			// the nouns are words: classify, which reads the kinds of
			// every word with the flag, noted them (this pass over the
			// tokens was 1.2% of the stage on PolNeAR dev, which names
			// few armed groups); else the words of no context kind are
			// skipped by their flags alone, and kindIs of a word with
			// the flag is kindAt
			if d.armedOK {
				for _, a := range d.armedAt {
					d.addArmedAt(int(a), cache)
				}
			} else {
				for a, f := range d.wflags[:len(d.toks)] {
					if f&fContext != 0 && d.offAt(a, wArmedGroup) {
						d.addArmedAt(a, cache)
					}
				}
			}
		} else {
			for a := range d.toks {
				if d.offIs(a, wArmedGroup) {
					d.addArmedAt(a, cache)
				}
			}
		}
	}
	return cache.words[w]
}

// addArmedAt adds to cache the words beside the armed group's noun at
// token a (see armedName).
func (d *doc) addArmedAt(a int, cache *armedCache) {
	if k := a - 1; k >= 0 && d.toks[k].Kind == Word && d.toks[k].Sent == d.toks[a].Sent {
		cache.add(d.Text(k))
	}
	if k := a + 1; k < len(d.toks) && d.toks[k].Kind == Word && d.toks[k].Sent == d.toks[a].Sent && (!d.Cap(a) || d.opensSentence(a)) {
		cache.add(d.Text(k))
		if d.Lower(k) == "of" && k+1 < len(d.toks) && d.Lower(k+1) == "the" {
			d.addArmedRun(k+2, a, cache) // "rebels of the Revolutionary United Front"
		} else if d.Cap(k) {
			d.addArmedRun(k, a, cache) // "the rebel National Liberation Army"
		}
	}
}

// addArmedRun adds to cache the capitalised words of a group's name that
// opens at token k in the sentence of token a, and the acronym of a name
// of two words or more: "the rebel National Liberation Army" makes
// "National", "Liberation", "Army" and "NLA" an armed group's words;
// "rebels of the Revolutionary United Front" makes "RUF" one.
func (d *doc) addArmedRun(k, a int, cache *armedCache) {
	var acronym []byte
	for n := 0; k < len(d.toks) && n < maxArmedName && d.toks[k].Kind == Word && d.toks[k].Sent == d.toks[a].Sent && d.Cap(k); k, n = k+1, n+1 {
		cache.add(d.Text(k))
		acronym = append(acronym, d.Text(k)[0])
	}
	if len(acronym) >= 2 {
		cache.add(string(acronym))
	}
}

// maxArmedName bounds the words of an armed group's name read after its
// noun (the longest real ones have five: "Tupac Amaru Revolutionary
// Movement", "Sudan People's Liberation Army").
const maxArmedName = 6

func (c *armedCache) add(w string) {
	if c.words == nil {
		c.words = map[string]bool{}
	}
	c.words[w] = true
}

// ledArmed reports whether a relative clause of leading follows the name
// ending before token e and names an armed group within a few words:
// "X, who led the rebel side at the talks,".
func (d *doc) ledArmed(e int) bool {
	if e+2 >= len(d.toks) || d.Text(e) != "," || d.Lower(e+1) != "who" {
		return false
	}
	if !d.offIs(e+2, wLeadVerb) {
		return false
	}
	for k := e + 3; k < len(d.toks) && k < e+8 && d.toks[k].Sent == d.toks[e].Sent && d.toks[k].Kind != Punct; k++ {
		if d.offIs(k, wArmedGroup) {
			return true
		}
	}
	return false
}

// armedAfter reports whether the sentence of the name ending before
// token e gives the person an armed group's fighters: "his fighters",
// "whose guerrillas".
func (d *doc) armedAfter(e int) bool {
	for k := e; k+1 < len(d.toks) && k < e+25 && d.toks[k+1].Sent == d.toks[e-1].Sent; k++ {
		switch d.Lower(k) {
		case "his", "her", "whose":
			if d.Lower(k+1) == "fighters" || d.offIs(k+1, wArmedGroup) {
				return true
			}
		}
	}
	return false
}

// armedBefore reports whether an armed group's noun opens the title
// written right before the name at s: "Rebel commander [Ali Hassan]",
// "the separatist leader, [X],". The words back to it are the title's,
// or ranks and honorifics.
func (d *doc) armedBefore(cls []class, s int, title string) bool {
	k := s - 1
	if k >= 0 && d.Text(k) == "," {
		k--
	}
	for k >= 0 && k >= s-8 && d.toks[k].Sent == d.toks[s].Sent && (cls[k]&(cRank|cHonorific) != 0 || strings.Contains(title, d.Text(k))) {
		k--
	}
	return k >= 0 && d.toks[k].Sent == d.toks[s].Sent && d.toks[k].Kind == Word && d.offIs(k, wArmedGroup)
}
