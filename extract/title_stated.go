package extract

// Roles stated by a verb after the name (guide rule 21s): "Gibran, 36, is
// the mayor of Surakarta", "Mahfud MD resigned on Feb. 1 as coordinating
// minister", "Ana Ruiz became prime minister in 1990", "Ruiz served as
// ambassador to France". The role so stated is a title candidate of its
// own source (srcVerb), the weakest of the statements at a mention: it is
// read only when nothing before or beside the name states a role. A
// relative clause with a verb ("X, who governed Central Java,") states no
// role (rule 9c): only a role noun after the verb is a title, and only
// after an office verb ("X, who stepped down as ambassador in June,").

// verbRole returns the role a copula or an office verb (official_words
// kind hold) right after the name [s, e) states: an age apposition
// ("Gibran, 36,"), then "is"/"was" with a determiner or an office verb,
// an optional date phrase ("on Feb. 1", "in 1990"), an optional "as" and
// a role phrase (roleAt). "" when there is none.
func (d *doc) verbRole(cls []class, s, e int) string {
	if e >= len(d.toks) {
		return ""
	}
	// what may follow the name at all, told first (most names: "Smith
	// said"): a comma (an age, a relative clause) or the verb itself
	if t := &d.toks[e]; t.Kind == Word {
		if w := d.lowerOf(t); w != "is" && w != "was" && w != "had" && w != "has" && !d.offIs(e, wHoldVerb) {
			return ""
		}
	} else if d.textOf(t) != "," {
		return ""
	}
	if s > 0 && d.toks[s-1].Sent == d.toks[s].Sent && hypothetical(d.Lower(s-1)) {
		return "" // "if Trump became president" states no office
	}
	k := e
	if d.agedAfter(k) && d.Text(k+2) == "," {
		k += 3 // "Gibran, 36, is the mayor"
	}
	relative := false
	if k+2 < len(d.toks) && d.Text(k) == "," && d.Lower(k+1) == "who" && d.offIs(k+2, wHoldVerb|wWhoHold) && !d.Cap(k+2) {
		k += 2 // a relative clause of an office verb: "X, who stepped down as ambassador in June,"; "X, who becomes interior minister," (rule 21x)
		relative = true
	}
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[s].Sent || d.toks[k].Kind != Word {
		return ""
	}
	switch w := d.Lower(k); {
	case w == "is" || w == "was":
		k++
		if d.lowerAt(k) == "now" {
			k++
		}
		if d.lowerAt(k) != "the" {
			return "" // "is expected to", "was elected"; "is a dictator" says what kind, no office
		}
	case (w == "had" || w == "has") && k+1 < len(d.toks) && d.offIs(k+1, wHoldVerb) && !d.Cap(k+1):
		// a perfect tense of an office verb: "X had resigned as foreign
		// secretary", "Y has served as ambassador"
		k++
		fallthrough
	case (d.offIs(k, wHoldVerb) || relative && d.offIs(k, wWhoHold)) && !d.Cap(k):
		k++
		if d.lowerAt(k) == "down" {
			k++ // "stepped down as"
		}
		k = d.skipDatePhrase(cls, k)
		if d.lowerAt(k) == "as" {
			k++
		}
	default:
		return ""
	}
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[s].Sent {
		return ""
	}
	a, b := d.roleAt(cls, k)
	if a < 0 || !d.validTitle(cls, a, b) {
		return ""
	}
	if b < len(d.toks) && d.toks[b].Sent == d.toks[s].Sent && capWord(d, b) && cls[b]&cStop == 0 {
		return "" // the role is another name's title: "is the aide of Senator Ruiz"
	}
	if !d.roleEnds(b, d.toks[s].Sent) {
		return "" // the role phrase goes on: "the top Republican fundraiser", "the director of Procter & Gamble's"
	}
	t := d.span(a, b)
	if contentWords(t) < 2 || ordinalWord(d.Lower(a)) > 0 || d.Lower(a) == "only" || d.Lower(a) == "last" || d.Lower(a) == "next" {
		return "" // "is the leader among …", "is the first president to …": a rank in a class, no office
	}
	return t
}

// roleEnds reports whether the role phrase read by roleAt ends at token b:
// the sentence ends, a comma or a stop follows, or a word that opens
// another phrase (a date, a clause), or a preposition that opens no
// complement of a role (official_words kind role_end: "resigned as
// defence minister over the scandal"). A lower-case noun, a possessive
// or an ampersand after it means the phrase was cut short.
func (d *doc) roleEnds(b int, sent int32) bool {
	if b >= len(d.toks) || d.toks[b].Sent != sent {
		return true
	}
	switch d.Text(b) {
	case ",", ".", ";", ":", ")", "—", "–":
		return true
	}
	if d.toks[b].Kind != Word {
		return false
	}
	switch d.Lower(b) {
	case "and", "in", "on", "since", "until", "from", "after", "before", "when", "at", "under", "during", "between", "but", "who", "whose":
		return true
	}
	return d.offIs(b, wRoleEnd)
}

// hypothetical reports whether w opens a clause that states no fact: "if",
// "whether", "unless".
func hypothetical(w string) bool {
	switch w {
	case "if", "whether", "unless", "should":
		return true
	}
	return false
}

// skipDatePhrase skips a short date phrase at k ("on Feb. 1", "in 1990")
// and returns the token after it, or k.
func (d *doc) skipDatePhrase(cls []class, k int) int {
	if w := d.lowerAt(k); w != "on" && w != "in" {
		return k
	}
	j := k + 1
	for j < len(d.toks) && j < k+5 && (cls[j]&cCalendar != 0 || d.toks[j].Kind == Number || d.Text(j) == ".") {
		j++
	}
	if j == k+1 {
		return k
	}
	return j
}

// verbNamedFirsts returns the words (lower case) that stand alone as a
// name with a role stated by a verb after them ("Gibran, 36, is the mayor
// of Surakarta"): a run of two or three capitalised words opening with one
// of them names that person in full, though no list knows the given name.
// One constant-time look per one-word run.
func verbNamedFirsts(d *doc, cls []class, runs [][2]int) map[string]bool {
	var got map[string]bool
	for _, run := range runs {
		s := run[0]
		if run[1]-s != 1 || d.toks[s].Kind != Word || cls[s]&(cStop|cCalendar|cTitleWord|cHead|cRank|cHonorific|cPlace|cBody) != 0 {
			continue
		}
		if d.verbRole(cls, s, s+1) == "" {
			continue
		}
		if got == nil {
			got = map[string]bool{}
		}
		got[d.Lower(s)] = true
	}
	return got
}

// roleAfter reports whether the capitalised run [s, e), of two or three
// words, may be a person's name no list knows because the next sentence,
// in the same paragraph, opens with a definite role description as its
// subject that takes the name up (rules 21a, 21s): "… while Radovan
// Karadzic remained at large. The former Bosnian Serb leader has been on
// the run since 1996." The run is the last name of its sentence; the
// description pass then gives the title (srcDescribed).
func (d *doc) roleAfter(cls []class, s, e int) bool {
	if e-s < 2 || e-s > 3 || d.orgSuffixAt(e-1) {
		return false
	}
	for k := s; k < e; k++ {
		if cls[k]&(cBody|cPlace|cTitleWord|cHead|cNonOfficial) != 0 || d.lowerWordAt(k) {
			return false
		}
	}
	sent := d.toks[s].Sent
	n := e
	for n < len(d.toks) && d.toks[n].Sent == sent {
		if n < e+40 && d.toks[n].Kind == Word && d.Cap(n) && cls[n]&(cPlace|cCalendar) == 0 && !placedAfter(d.lowerAt(n-1)) {
			return false // another name after it: the description may be that one's
		}
		if n >= e+40 {
			return false
		}
		n++
	}
	if n >= len(d.toks) || d.toks[n].Para != d.toks[s].Para || d.lowerAt(n) != "the" {
		return false
	}
	for h := n + 1; h < len(d.toks) && h < n+8 && d.toks[h].Sent == d.toks[n].Sent; h++ {
		if d.toks[h].Kind != Word || d.Cap(h) || cls[h]&cHead == 0 && !d.descHead(h) {
			continue
		}
		ds, _, end, ok := d.descriptionAt(cls, h)
		if !ok {
			continue // a modifier that is a head elsewhere: "The Angolan [defence] minister"
		}
		return ds.a == n && d.subjectAt(end)
	}
	return false
}

// placedAfter reports whether w is a preposition of place or time that
// a capitalised word follows as a place or a date, not a person: "arrived
// in Luanda late on Sunday".
func placedAfter(w string) bool {
	switch w {
	case "in", "at", "to", "from", "on", "near", "into":
		return true
	}
	return false
}

// knownAs returns the token of a one-word name the document ties to the
// full name ending before token e: ", known as Jokowi", ", better known
// as Jokowi", ", popularly known as “Jokowi”". -1 when there is none. A
// nickname is taken up alone only when the document itself so ties it
// (issue 15; guide rule 21s).
func (d *doc) knownAs(cls []class, e int) int {
	k := e
	if d.lowerAt(k) == "," {
		k++
	}
	switch d.lowerAt(k) {
	case "better", "popularly", "widely", "commonly", "also":
		k++
	}
	if d.lowerAt(k) != "known" || d.lowerAt(k+1) != "as" {
		return -1
	}
	k += 2
	if k < len(d.toks) && d.toks[k].Kind == Punct {
		switch d.Text(k) {
		case "\"", "“", "'", "‘":
			k++
		}
	}
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[e-1].Sent || d.toks[k].Kind != Word || !d.Cap(k) || cls[k]&(cStop|cTitleWord|cHead|cPlace|cBody) != 0 {
		return -1
	}
	if k+1 < len(d.toks) && d.toks[k+1].Kind == Word && d.Cap(k+1) {
		return -1 // a name of two words is no nickname of one
	}
	return k
}
