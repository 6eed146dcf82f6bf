package extract

// Roles stated beside a ranked name (guide rule 21w). A rank before the
// name makes the person an officer (contract §8: the rank is the title
// only when no role is stated), so a noun phrase in apposition to the
// ranked name whose head is a role noun (official_words kind ranked_role:
// commander, director, officer, chief, lord …) is the role the document
// states of that officer, whoever owns it: "Brig. Gen. [X], the brigade's
// commander,", "Col. [X], the exercise director.", "Admiral Sir [X], the
// First Sea Lord,", "Lieutenant-Colonel [X], commanding officer of the 2nd
// Battalion,". The apposition readers of officials.go ask for an owner or
// a body they know, as they must for an unranked name; this reader asks
// for the rank instead, and runs only when none of them found a role at
// the mention, so it adds statements and changes none.

import "github.com/dispatch-nlp/dispatch/lexicon"

// maxRankedTokens bounds the role phrase a ranked name's apposition
// reads (its words, possessives included).
const maxRankedTokens = 14

// rankedApposition returns the role phrase in apposition to the ranked
// name [s, e) (the rank before s), after the name, then before the rank,
// with its source; "" when there is none.
func (d *doc) rankedApposition(cls []class, s, e int) (string, titleSource) {
	if t := d.rankedAfter(cls, e); t != "" {
		return t, srcAppositionAfter
	}
	return d.rankedBefore(cls, s), srcAppositionBefore
}

// rankedAfter reads ", [the|a|an] PHRASE" after the name ending before
// token e (e is the comma), closed by a comma, a stop, a colon or the
// sentence's end (rankedPhrase tells a role phrase). Without a
// determiner the phrase opens at a lower-case word or a possessor
// ("commanding officer of …", "Argentina's commander").
func (d *doc) rankedAfter(cls []class, e int) string {
	if e+1 >= len(d.toks) || e == 0 || d.Text(e) != "," || d.toks[e+1].Sent != d.toks[e-1].Sent {
		return ""
	}
	sent := d.toks[e-1].Sent
	a := e + 1
	if isDeterminer(d.Lower(a)) {
		a++
	}
	// the phrase: words, possessives, numbers and ordinals ("the 1st
	// Battalion") up to the first other token
	b := a
	for b < len(d.toks) && b < a+maxRankedTokens && d.toks[b].Sent == sent && d.phraseToken(b) {
		b++
	}
	if b == a || b == a+maxRankedTokens {
		return ""
	}
	if b < len(d.toks) && d.toks[b].Sent == sent {
		switch d.Text(b) {
		case ",", ".", ";", ":":
		default:
			return "" // a bracket, a quote, a number: the phrase goes on
		}
	}
	if a == e+1 && d.Cap(a) && !(a+1 < b && d.toks[a+1].Kind == Possessive) {
		return "" // another name or a body: "Gen. X, Col. Y and …"
	}
	return d.rankedPhrase(cls, a, b)
}

// rankedBefore reads "PHRASE, [SERVICE] RANK [X]" before the ranked name
// starting at token s: the phrase closed by the comma before the rank
// (and a service or a place before it: "The American commander, Marine
// Brigadier General [X]") and opened after a determiner, a possessive
// pronoun ("Its American commander") or punctuation (a dash, a
// dateline's), or at the sentence's start; the longest such phrase rankedPhrase tells a role
// phrase ("Chile's commander in the Antarctic, Brig. Gen. [X]").
func (d *doc) rankedBefore(cls []class, s int) string {
	r := s
	for r > 0 && r > s-maxTitleTokens && cls[r-1]&(cRank|cHonorific) != 0 && d.toks[r-1].Sent == d.toks[s].Sent {
		r--
	}
	if r == s || r < 2 {
		return ""
	}
	if d.toks[r-1].Kind == Word && d.Cap(r-1) && cls[r-1]&cStop == 0 {
		r-- // a service or a place before the rank: "Marine Brigadier General", "U.S. Admiral"
	}
	c := r - 1
	if c < 1 || d.Text(c) != "," {
		return ""
	}
	sent := d.toks[s].Sent
	best := ""
	for k := c - 1; k >= 0 && k >= c-maxRankedTokens && d.toks[k].Sent == sent && d.phraseToken(k); k-- {
		if w := d.Lower(k); d.toks[k].Kind == Word && (d.verbLike(k) && !d.attributive(cls, k) && !d.offIs(k, wRolePart) || isPronoun(w) || isPossPronoun(w)) {
			break
		}
		if isDeterminer(d.Lower(k)) || isPossPronoun(d.Lower(k)) || k > 0 && d.toks[k-1].Sent == sent && d.phraseToken(k-1) &&
			!isDeterminer(d.Lower(k-1)) && !isPossPronoun(d.Lower(k-1)) {
			continue // the phrase opens after a determiner ("Its American commander"), a dash or a dateline, or at the sentence's start
		}
		if t := d.rankedPhrase(cls, k, c); t != "" {
			best = t
		}
	}
	return best
}

// phraseToken reports whether token k may be inside a role phrase: a
// word, a possessive (a plural's bare apostrophe too: "the armed
// services’ senior commander"), a number or an ordinal.
func (d *doc) phraseToken(k int) bool {
	switch d.toks[k].Kind {
	case Word, Possessive, Number, Ordinal:
		return true
	}
	return d.pluralPossessive(k)
}

// rankedPhrase returns the tokens [a, b) as a role phrase, or "": MODIFIERS
// HEAD [COMPLEMENT], where HEAD is a ranked_role word followed by the
// phrase's end, a complement connector ("of", "in" …) or a role
// participle ("commanding"); the modifiers are words and possessives with
// no number, verb, pronoun, preposition or coordination among them; the
// complement has no verb, pronoun or relative word.
func (d *doc) rankedPhrase(cls []class, a, b int) string {
	head := -1
	for x := a; x < b; x++ {
		if d.toks[x].Kind != Word || !d.offIs(x, wRankedRole) {
			continue
		}
		if x+1 == b || isComplementConnector(d.Lower(x+1)) || d.offIs(x+1, wRolePart) {
			head = x
			break
		}
	}
	if head < 0 {
		return ""
	}
	for x := a; x < head; x++ {
		if d.toks[x].Kind == Number || d.toks[x].Kind == Ordinal {
			return "" // "Col. X, 52 years in the army"
		}
		if d.toks[x].Kind != Word {
			continue
		}
		w := d.Lower(x)
		if d.verbLike(x) && !d.attributive(cls, x) && !d.offIs(x, wRolePart) || isPronoun(w) || isPossPronoun(w) ||
			isPreposition(w) || isComplementConnector(w) || w == "and" || w == "or" || w == "who" {
			return ""
		}
	}
	for x := head + 1; x < b; x++ {
		if d.toks[x].Kind != Word {
			continue
		}
		if w := d.Lower(x); d.verbLike(x) && !d.attributive(cls, x) && !d.offIs(x, wRolePart) || isPronoun(w) || w == "who" || w == "which" || w == "that" {
			return ""
		}
	}
	if d.titleOpensWithFunctionWord(cls, a, b) || d.titleHasPronoun(cls, a, b) {
		return ""
	}
	return d.span(a, b)
}

// titledPossessor returns the token after a titled person's possessive
// opening an apposition at token i: a capitalised title, rank or
// honorific, one to three capitalised name words and "’s" ("President
// Efua Mensah’s chief of staff", "Gen. Tom Hale's aide"); the role after
// it is the person's, its owner dropped (roster.dropPersonOwner). i when
// there is none, or i is the end of the document (an apposition cut
// short: "…, now the").
func (d *doc) titledPossessor(cls []class, i int) int {
	if i >= len(d.toks) {
		return i
	}
	sent := d.toks[i].Sent
	k := i
	for k < len(d.toks) && k < i+4 && d.toks[k].Sent == sent && d.toks[k].Kind == Word && d.Cap(k) && cls[k]&(cHead|cTitleWord|cRank|cHonorific) != 0 {
		k++
	}
	if k == i {
		return i
	}
	n := 0
	for k < len(d.toks) && n < 3 && d.toks[k].Sent == sent && capWord(d, k) && cls[k]&(cStop|cHead|cTitleWord|cRank|cPlace|cBody) == 0 {
		k++
		n++
	}
	if n == 0 || k >= len(d.toks) || d.toks[k].Kind != Possessive || d.toks[k].Sent != sent {
		return i
	}
	return k + 1
}

// capitalPortfolio reports whether token j, in an apposition before its
// head, is a capitalised word of a portfolio no list knows: capitalised
// words follow it up to a capitalised title head of a government
// portfolio (official_words kind portfolio_head: minister, secretary,
// commissioner) within three tokens, in its sentence, and none of them
// is a stopword, a date word, a possessive or a word of a body's or a
// company's name ("the Kurdish Water Resources Minister", "the Rural
// Roads Minister"; not "the Acme Widgets Chairman", "the Google Vice
// President"). A capitalised head takes a capitalised portfolio.
func (d *doc) capitalPortfolio(cls []class, j int) bool {
	if !d.capitalPortfolioWord(cls, j) || cls[j]&cGiven != 0 {
		return false
	}
	for x := j + 1; x < len(d.toks) && x <= j+3 && d.toks[x].Sent == d.toks[j].Sent; x++ {
		if !d.capitalPortfolioWord(cls, x) {
			return false // a company's: "the Ford Motor Company President"
		}
		if cls[x]&cHead != 0 && d.offIs(x, wPortfolio) {
			return cls[x]&cNonOfficial == 0
		}
	}
	return false
}

// capitalPortfolioWord reports whether token x may be a word of a
// capitalised portfolio or its head: a capitalised word, no stopword or
// date word, no body noun, company suffix or word opening a name of the
// organisations list.
func (d *doc) capitalPortfolioWord(cls []class, x int) bool {
	if d.toks[x].Kind != Word || !d.Cap(x) || cls[x]&(cStop|cCalendar) != 0 || d.kindIs(x, wOrgNoun) || d.orgSuffixAt(x) {
		return false
	}
	_, n := d.match(lexicon.Organisations, x)
	return n == 0
}

// roleWordsOnly reports whether every token of [s, e) is a role noun of
// kind ranked_role or a role participle: a capitalised run of such words
// names an office, no person ("General Officer Commanding", "Deputy
// Chief Inspector").
func (d *doc) roleWordsOnly(s, e int) bool {
	for k := s; k < e; k++ {
		if d.toks[k].Kind != Word || !d.offIs(k, wRankedRole|wRolePart) {
			return false
		}
	}
	return true
}
