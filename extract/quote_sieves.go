package extract

import (
	"strings"
	"unicode"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The sieves added to the cue patterns of quotes.go: participles, dash
// and colon attributions, and the stops of a backward cue search.

// isParticiple reports whether the cue at token c is a participle that
// attaches to its clause ("…, saying", "…, adding:", "telling him") rather
// than a progressive with its own subject ("he is saying"); l is the token
// where the cue's left context starts.
func isParticiple(d *doc, c, l int) bool {
	if !strings.HasSuffix(d.Lower(c), "ing") {
		return false
	}
	if l > 0 {
		switch d.Lower(l - 1) {
		case "is", "are", "was", "were", "be", "been", "am", "'s", "’s", "keeps", "kept":
			return false
		}
	}
	return true
}

// participle attributes quote n, introduced by the participle cue at token
// c, to the subject of the clause the participle attaches to: an attributed
// quote earlier in the sentence ("“…,” Ruiz said, adding: “…”"), else the
// first person, pronoun or named phrase of the sentence ("Ruiz met the
// envoy on Monday, telling him “…”"), never the participle's object.
func (s *quoteStage) participle(n, c int, cue string) attribution {
	d, qs := s.d, s.qs
	sent := s.sent(c)
	// "quoted him as saying" (the cue "as saying" opens at "as"): the
	// pronoun object speaks, resolved as a pronoun
	if x := c - 1; x >= 1 && d.Lower(x) == "as" || d.Lower(c) == "as" && c >= 1 {
		if d.Lower(c) == "as" {
			x = c
		}
		if w := d.Lower(x - 1); w == "him" || w == "her" {
			a := s.resolve(x-1, x, cue)
			a.pass = "participle"
			return a
		}
	}
	// "reported the suspect as saying", "quoted Ruiz as saying": the
	// object before "as" speaks
	if c >= 2 && d.Lower(c-1) == "as" {
		if m, ok := s.r.endingAt(c - 1); ok {
			a := s.resolve(m.i, m.j, cue)
			a.pass = "participle"
			return a
		}
		if a, b := s.nounsBefore(c-1, sent); b > a {
			at := s.resolve(a, b, cue)
			at.pass = "participle"
			return at
		}
		if a, b := d.npLeft(c - 1); b > a {
			at := s.resolve(a, b, cue)
			at.pass = "participle"
			return at
		}
	}
	// "with Putin saying": a person right before the participle
	if l := skipTimeLeft(d, c, sent); l > 0 && d.Text(l-1) != "," {
		if m, ok := s.r.endingAt(l); ok {
			a := s.resolve(m.i, m.j, cue)
			a.pass = "participle"
			return a
		}
	} else if l > 1 {
		// "with the defence minister, Boris Pistorius, telling": the
		// name in apposition to the object of "with"
		if m, ok := s.r.endingAt(l - 1); ok && s.withApposition(m) {
			a := s.resolve(m.i, m.j, cue)
			a.pass = "participle"
			return a
		}
	}
	// "with several hundred students chanting", "with two of his aides
	// asking": the
	// noun phrase that "with" opens right before the participle
	if a, b := s.withSubject(c, sent); b > a {
		at := s.resolve(a, b, cue)
		at.pass = "participle"
		return at
	}
	for m := n - 1; m >= 0 && m >= n-8 && s.sent(qs.at(m).open) == sent; m-- {
		if s.atts[m].ok {
			prev := attribution{quoteSpan: s.atts[m], intro: s.intros[m]}
			prev.cue, prev.pass, prev.rule = cue, "participle", resolutionOf(prev.rule)
			return prev
		}
	}
	if a := s.tailClauseBefore(c, cue); a.ok {
		a.pass = "participle"
		return a
	}
	// "Troops pressed on as President Ruiz rejected the call, saying …":
	// the subject of the subordinate clause the participle follows
	if m, ok := s.subordinateSubject(c); ok {
		a := s.resolve(m.i, m.j, cue)
		a.pass = "participle"
		return a
	}
	if a := s.clauseSubjectOf(c, cue); a.ok {
		a.pass = "participle"
		return a
	}
	return attribution{}
}

// subordinateSubject returns the person who is the subject of the last
// clause before the participle at token c, when that clause is a
// subordinate one ("as", "while", "when", "after", "because") that
// reaches the comma before the participle: "Troops pressed toward the
// port as President Ruiz rejected the call, saying …" → Ruiz.
func (s *quoteStage) subordinateSubject(c int) (mention, bool) {
	d := s.d
	sent := s.sent(c)
	if c < 2 || d.Text(c-1) != "," {
		return mention{}, false
	}
	cls := d.classify()
	for k := c - 2; k > 0 && k > c-maxReach && s.sent(k) == sent; k-- {
		if s.inQ[k] || d.toks[k].Kind == Punct {
			return mention{}, false // the clause must run to the participle's comma
		}
		m, ok := s.r.startingAt(k)
		if !ok {
			continue
		}
		x := k - 1
		for x > 0 && x > k-6 && s.sent(x) == sent && (cls[x]&(cHead|cTitleWord|cRank|cHonorific|cPlace|cBody) != 0 || d.toks[x].Kind == Possessive || d.Cap(x) || isDeterminer(d.Lower(x))) {
			x--
		}
		switch d.Lower(x) {
		case "as", "while", "when", "after", "because", "since", "although", "though", "whereas":
			// the clause's own verb, before the participle's comma: "spoke
			// after Tom Hale, calling him" has none (guide rule 51n)
			if m.j < c-1 && s.verbAfter(m.j, sent) {
				return m, true
			}
		}
		return mention{}, false
	}
	return mention{}, false
}

// withSubject returns the noun phrase that "with" opens and that runs,
// without punctuation, a verb or a quote, to the participle at token c:
// "with the grain council calling it …", "with two of his aides asking"
// (guide rule 51n). [c, c) when there is none; a roster name
// right before the participle is the caller's.
func (s *quoteStage) withSubject(c, sent int) (int, int) {
	d := s.d
	for k := c - 1; k > 0 && k >= c-10 && s.sent(k) == sent; k-- {
		if s.inQ[k] || d.toks[k].Kind == Punct && d.toks[k].Kind != Possessive {
			return c, c
		}
		w := d.Lower(k)
		if w == "with" {
			if k+1 >= c || !(isDeterminer(d.Lower(k+1)) || isPossessiveDeterminer(d.Lower(k+1)) || d.Cap(k+1) || quantifier(d.Lower(k+1))) {
				return c, c
			}
			return k + 1, c
		}
		if isAuxiliary(w) || isPronoun(w) || isSubordinator(w) && w != "and" {
			return c, c
		}
		if _, ce := s.cueAt(k); ce > 0 && !d.Cap(k) {
			return c, c
		}
	}
	return c, c
}

// quantifier reports whether w opens a noun phrase by counting it ("many
// students", "two of his aides", "some voters").
func quantifier(w string) bool {
	switch w {
	case "many", "some", "most", "several", "one", "two", "three", "few", "all", "both", "hundreds", "thousands", "dozens":
		return true
	}
	return false
}

// withApposition reports whether mention m is in apposition to a noun
// phrase that follows "with": "with the defence minister, Boris
// Pistorius,".
func (s *quoteStage) withApposition(m mention) bool {
	d := s.d
	x := m.i - 1
	if x < 2 || d.Text(x) != "," {
		return false
	}
	for k := x - 1; k >= 0 && k > x-8 && s.sent(k) == s.sent(x) && d.toks[k].Kind != Punct; k-- {
		if d.Lower(k) == "with" {
			return true
		}
		if isFunctionWord(d.Lower(k)) {
			return false
		}
	}
	return false
}

// tailClauseBefore reads the attribution that the participle at token c
// follows: "…, a Democratic aide said, adding that …", "…, Ruiz told
// reporters on Monday, saying …": the subject of that cue.
func (s *quoteStage) tailClauseBefore(c int, cue string) attribution {
	d := s.d
	if c < 3 || d.Text(c-1) != "," {
		return attribution{}
	}
	sent := s.sent(c)
	for v := c - 2; v >= 0 && v >= c-6 && s.sent(v) == sent && d.toks[v].Kind == Word; v-- {
		vc, ce := s.cueAt(v)
		if ce == 0 || isAccording(vc) || ce > c-1 || c-1-ce > 4 { // "said on Monday, adding"
			continue
		}
		l := skipTimeLeft(d, v, sent)
		if m, ok := s.r.endingAt(l); ok {
			return s.resolve(m.i, m.j, cue)
		}
		if a, b := d.npLeft(l); b > a && (a == 0 || d.Text(a-1) == ",") {
			return s.resolve(a, b, cue)
		}
		if a, b := s.nounsBefore(l, sent); b > a && (a == 0 || d.Text(a-1) == ",") {
			return s.resolve(a, b, cue)
		}
		return attribution{}
	}
	return attribution{}
}

// clauseSubjectOf attributes to the subject of the sentence that holds the
// cue at token c: the first pronoun or person (not in a weak position) of
// the sentence, or a named phrase opening it.
func (s *quoteStage) clauseSubjectOf(c int, cue string) attribution {
	d := s.d
	if m, ok := s.subordinateClauseSubject(c); ok {
		// "X left …, while President Ruiz named her ministers and told
		// the crowds, “…”": the subject of the subordinate clause the verb
		// is coordinated in
		return s.resolve(m.i, m.j, cue)
	}
	first := s.openerEnd(afterDateline(d, s.sentStart(c), c), c)
	for k := first; k < c; k++ {
		if s.inQ[k] {
			continue
		}
		if isPronoun(d.Lower(k)) {
			if _, ce := s.cueAt(k - 1); k > first && (ce == k || d.Lower(k-1) == "that") {
				continue // "the president said it was …": the reported clause's subject
			}
			return s.resolve(k, k+1, cue)
		}
		if m, ok := s.r.startingAt(k); ok && s.position(m) != posWeak {
			return s.resolve(m.i, m.j, cue)
		}
		if k == first {
			if a, b := d.npRight(k); b > a && (d.Cap(b-1) || d.is(lexicon.Descriptions, b-1) || d.is(lexicon.Descriptions, ofHead(d, a, b)-1)) {
				for x := a + 1; x < b; x++ {
					// a name inside the phrase is the subject whole, with
					// its particles: "Foreign Minister [Pieter de Groot]"
					if m, ok := s.r.startingAt(x); ok && s.position(m) != posWeak {
						return s.resolve(m.i, m.j, cue)
					}
				}
				if b < len(d.toks) && d.quoteWord(b, "medium") && !d.Cap(b) {
					b++ // "Baghdad radio called … and said"
				}
				return s.resolve(a, b, cue)
			}
		}
	}
	return attribution{}
}

// subordinateClauseSubject returns the person who is the subject of a
// subordinate clause ("while", "as", "when", "after", "because",
// "although", "whereas") that runs without punctuation to token c, the
// coordinating word before a second verb: "X left the capital, while
// President Ruiz named her ministers and [told] …" → Ruiz. A name that is an
// object inside the clause ("while Ruiz met Tom Hale and told …") is
// passed over for the subject before it.
func (s *quoteStage) subordinateClauseSubject(c int) (mention, bool) {
	d := s.d
	sent := s.sent(c)
	cls := d.classify()
	for k := c - 1; k > 0 && k > c-maxReach && s.sent(k) == sent; k-- {
		if s.inQ[k] || d.toks[k].Kind == Punct {
			return mention{}, false
		}
		m, ok := s.r.startingAt(k)
		if !ok || m.j > c {
			continue
		}
		x := k - 1
		for x > 0 && x > k-6 && s.sent(x) == sent && (cls[x]&(cHead|cTitleWord|cRank|cHonorific|cPlace|cBody) != 0 || d.toks[x].Kind == Possessive || d.Cap(x) || isDeterminer(d.Lower(x))) {
			x--
		}
		switch d.Lower(x) {
		case "while", "as", "when", "after", "because", "although", "though", "whereas":
			if s.verbAfter(m.j, sent) {
				return m, true
			}
		}
	}
	return mention{}, false
}

// openerEnd returns the token after the comma that closes a participial
// phrase opening the sentence at token first, before token c ("Reading
// the verdict, the judge …", "Meeting in Lisbon with X, ministers …"):
// the phrase's words are never the clause's subject. first itself when
// there is no such phrase.
func (s *quoteStage) openerEnd(first, c int) int {
	d := s.d
	if first >= c || d.toks[first].Kind != Word || !d.Cap(first) {
		return first
	}
	w := d.Lower(first)
	participle := len(w) > 4 && strings.HasSuffix(w, "ing") && d.classify()[first]&cGiven == 0
	if !participle && !adverbialOpener(d, first, c) {
		return first
	}
	if _, ok := s.r.startingAt(first); ok {
		return first // a name: "Sterling said"
	}
	for k := first + 1; k < c && k < first+maxReach; k++ {
		if s.inQ[k] {
			continue
		}
		if d.Text(k) == "," {
			// past adverbials set off by commas of their own: "Speaking
			// in Hatay, near the epicentre, on Wednesday, the president"
			if n := k + 1; n < c && d.toks[n].Kind == Word && !d.Cap(n) && (isPreposition(d.Lower(n)) || weakBefore(d.Lower(n)) || placePreposition(d.Lower(n))) {
				continue
			}
			return k + 1
		}
		if d.toks[k].Kind == Punct && !isHyphen(d.Text(k)) && d.Text(k) != "." {
			return first
		}
	}
	return first
}

// adverbialOpener reports whether the capitalised word at token first,
// opening a sentence, opens an adverbial that a comma closes before token
// c, never the clause's subject (guide rule 51l): a subordinator ("When
// the mayor opened the bridge, he …"), a time span counted back or on
// ("Minutes later,", "Six years ago,", "Hours after the vote,"), an
// adverb in -ly before a preposition, a participle or the comma
// ("Shortly after …,", "Quietly leaving …,"), a past participle before a
// preposition ("Reached by phone,", "Asked about …,"), or "Late"/"Early"
// before a preposition ("Late on Friday,").
func adverbialOpener(d *doc, first, c int) bool {
	w := d.Lower(first)
	if d.classify()[first]&(cGiven|cPlace) != 0 || first+1 >= c {
		return false
	}
	next := d.Lower(first + 1)
	prep := isPreposition(next) || weakBefore(next) || next == "after" || next == "before" || next == "since"
	switch {
	case isClauseSubordinator(w) && w != "where":
		return true
	case w == "late" || w == "early" || w == "back":
		return prep
	case len(w) > 4 && strings.HasSuffix(w, "ly"):
		return prep || next == "," || len(next) > 4 && strings.HasSuffix(next, "ing")
	case len(w) > 4 && strings.HasSuffix(w, "ed"):
		return prep && next != "that" && next != "to"
	}
	// "Minutes later", "Six years ago", "Two days after the vote"
	x := first
	if d.toks[x].Kind == Number || countWord(d, x) {
		x++
	}
	if x+1 >= c || !spanUnit(d.Lower(x)) {
		return false
	}
	switch d.Lower(x + 1) {
	case "later", "ago", "earlier", "after", "before", "on":
		return true
	}
	return false
}

// spanUnit reports whether w counts a span of time in the plural or as a
// unit ("minutes", "years", "a day").
func spanUnit(w string) bool {
	switch w {
	case "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "moments",
		"minute", "hour", "day", "week", "month", "year", "decade", "moment":
		return true
	}
	return false
}

// countWord reports whether token k counts what follows it: a number
// word of the numbers list ("six", "twenty-five"), an article or a vague
// count ("several", "few").
func countWord(d *doc, k int) bool {
	if _, n := d.numberWord(k); n > 0 {
		return true
	}
	switch d.Lower(k) {
	case "a", "an", "several", "few":
		return true
	}
	return false
}

// afterDateline returns the token after the dateline that opens a
// paragraph at token first ("PARIS —", "KYIV, Ukraine (AP) —"), or first
// when there is none; a dateline ends before token end.
func afterDateline(d *doc, first, end int) int {
	if first > 0 && d.toks[first-1].Para == d.toks[first].Para || !isAllCaps(d.Text(first)) {
		return first
	}
	for k := first + 1; k < end && k < first+10; k++ {
		if _, j, ok := dashRun(d, k); ok {
			return j // "PARIS —", "PARIS --"
		}
		if d.Text(k) == "_" {
			return k + 1 // "WINDHOEK, Namibia (AP) _": wire copy's dash
		}
		if t := &d.toks[k]; t.Kind == Word && !d.capOf(t) {
			return first
		}
	}
	return first
}

// transcript reads the speaker of an interview transcript turn, a quote
// that opens with a name in capitals and a colon: "“RUIZ: We will …”".
func (s *quoteStage) transcript(n int) attribution {
	d, q := s.d, s.qs.at(n)
	k := q.i
	for k < q.j && k < q.i+3 && d.toks[k].Kind == Word && isAllCaps(d.Text(k)) {
		k++
	}
	if k == q.i || k >= q.j || d.Text(k) != ":" {
		return attribution{}
	}
	return s.resolve(q.i, k, "")
}

// isAllCaps reports whether a word of two letters or more is written in
// capitals only.
func isAllCaps(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}

// stopsCueSearch reports whether token c ends a backward search for a cue:
// a new clause starts after it ("; ", "but", ", while").
func stopsCueSearch(d *doc, c int) bool {
	switch d.Lower(c) {
	case ";":
		return true
	case "but", "while", "whereas":
		// a new clause with a subject of its own ("…, but Ruiz has …"),
		// not "but it was possible that …"
		if c == 0 || d.Text(c-1) != "," || c+1 >= len(d.toks) {
			return false
		}
		next := &d.toks[c+1]
		return next.Kind == Word && (d.capOf(next) || d.lowerOf(next) == "he" || d.lowerOf(next) == "she" || d.lowerOf(next) == "they")
	}
	return false
}

func isAccording(cue string) bool {
	return strings.EqualFold(cue, "according to") || strings.EqualFold(cue, "as per")
}

// isDash reports whether token k is part of a dash that sets off a phrase
// (a source after a quote, an insert, a dateline's dash): see dashRun.
func isDash(d *doc, k int) bool {
	_, _, ok := dashRun(d, k)
	return ok
}

// dashRun returns the tokens [i, j) of the dash that token k is part of,
// and whether it is one: the quote stage's one dash classifier. An em
// dash or a horizontal bar; an en dash unless glued between two words or
// numbers (it joins them: "3,000–5,000", see joinDash); a hyphen, or the
// two hyphens of an ASCII "--" (tokenized one by one), with white space
// before and after (a glued hyphen joins a compound: "Abu-Salem").
func dashRun(d *doc, k int) (int, int, bool) {
	if k < 0 || k >= len(d.toks) || d.toks[k].Kind != Punct {
		return k, k, false
	}
	switch d.Text(k) {
	case "—", "―":
		return k, k + 1, true
	case "–":
		// glued between two words or numbers an en dash joins them
		return k, k + 1, !(k > 0 && k+1 < len(d.toks) && !d.toks[k].Space && !d.toks[k+1].Space &&
			(d.toks[k-1].Kind == Word || d.toks[k-1].Kind == Number) && (d.toks[k+1].Kind == Word || d.toks[k+1].Kind == Number))
	case "-":
		i, j := k, k+1
		if i > 0 && d.Text(i-1) == "-" && !d.toks[i].Space {
			i-- // the second hyphen of "--"
		} else if j < len(d.toks) && d.Text(j) == "-" && !d.toks[j].Space {
			j++ // the first hyphen of "--"
		}
		return i, j, d.toks[i].Space && (j >= len(d.toks) || d.toks[j].Space)
	}
	return k, k, false
}

// dash reads a source after a dash that follows the quote: "“…” — Ana
// Ruiz", "“…”― Ana Ruiz, a voter". The name must end its sentence or be
// followed by punctuation or the next quote.
func (s *quoteStage) dash(n int) attribution {
	d, q := s.d, s.qs.at(n)
	if q.close < 0 {
		return attribution{}
	}
	k := q.after
	if k < len(d.toks) && (d.Text(k) == "," || d.Text(k) == ".") && d.toks[k].Para == d.toks[q.close].Para {
		k++
	}
	if k+1 >= len(d.toks) || d.toks[k].Para != d.toks[q.close].Para {
		return attribution{}
	}
	_, j, ok := dashRun(d, k)
	if !ok || j >= len(d.toks) {
		return attribution{}
	}
	k = j
	if d.toks[k].Para != d.toks[q.close].Para {
		return attribution{}
	}
	var a, b int
	if m, ok := s.r.startingAt(k); ok {
		a, b = m.i, m.j
	} else if x, y := d.npRight(k); y > x && d.Cap(x) {
		a, b = x, y
	} else {
		return attribution{}
	}
	if b < len(d.toks) && d.toks[b].Para == d.toks[a].Para && d.toks[b].Kind != Punct && d.toks[b].Kind != Handle {
		return attribution{}
	}
	return s.resolve(a, b, "")
}

// colon reads a source that introduces the quote with a colon: "Ruiz:
// “…”", "Ana Ruiz, Daily Courier: “…”", or a reporting sentence closing
// the paragraph before ("The Courier reports:" ¶ "“…”").
func (s *quoteStage) colon(n int) attribution {
	d, r, q := s.d, s.r, s.qs.at(n)
	ci := q.open - 1
	if ci >= 0 && d.Text(ci) != ":" && s.inHeadline(q.open) {
		// "Ruiz: British troops ‘will not be drawn in’": a name and a
		// colon opening the headline introduce its quote
		for c := ci; c > 0 && c > ci-maxHeadlineTokens && s.sent(c) == s.sent(q.open) && !s.inQ[c]; c-- {
			if d.Text(c) != ":" {
				continue
			}
			if m, ok := r.endingAt(c); ok && (m.i == 0 || s.sent(m.i-1) != s.sent(m.i)) {
				return s.resolve(m.i, m.j, "")
			}
			break
		}
		return attribution{}
	}
	if ci < 0 || d.Text(ci) != ":" || s.inQ[ci] {
		return attribution{}
	}
	sent := s.sent(ci)
	// a cue in the colon's sentence: its subject
	for c := ci - 1; c >= 0 && c >= ci-maxReach && s.sent(c) == sent; c-- {
		if s.inQ[c] {
			break
		}
		cue, ce := s.cueAt(c)
		if ce == 0 || ce > ci {
			continue
		}
		l := skipTimeLeft(d, c, sent)
		if m, ok := r.beforeApposition(d, l, sent); ok {
			return s.resolve(m.i, m.j, cue)
		}
		if a, b := d.npLeft(l); b > a {
			return s.resolve(a, b, cue)
		}
	}
	// no cue, a colon closing a clause: its subject introduces the quote
	// ("On July 6, Ruiz made the following comment:¶“…”")
	if first := s.sentStart(ci); first < ci && !s.inQ[first] {
		verb := func(k, sent int) bool { return s.anyVerbAt(skipAdverbs(d, k), sent) }
		if a := s.openingClauseSubject(first, ci, sent, verb); a.ok {
			return a
		}
	}
	// no cue: the name right before the colon, or before its apposition
	// the name opens the sentence, perhaps after its title ("Sen. Ana Ruiz:")
	startsSent := func(m mention) bool {
		x := m.i
		for x > 0 && x > m.i-4 && s.sent(x-1) == sent && d.toks[x-1].Kind == Word && d.Cap(x-1) {
			x--
		}
		return x == 0 || s.sent(x-1) != sent || s.inQ[x-1]
	}
	if m, ok := r.endingAt(ci); ok && startsSent(m) {
		return s.resolve(m.i, m.j, "")
	}
	// "Jean Lambert, 58, a dairy farmer from Liège: “…”": up to three
	// appositions back
	commas := 0
	for k := ci - 1; k > 0 && k >= ci-16 && s.sent(k) == sent; k-- {
		if d.Text(k) == "," {
			if m, ok := r.endingAt(k); ok && startsSent(m) {
				return s.resolve(m.i, m.j, "")
			}
			if commas++; commas == 3 {
				break
			}
		}
	}
	return attribution{}
}

// nounCue reports whether the cue word at token k is a noun here ("the
// two states have", "a phone call was", "his remarks", "a Trump tweet",
// "of pressing"): after a determiner, a possessive, a number or a
// preposition, or after a name that follows a determiner.
func nounCue(d *doc, k int) bool {
	if k == 0 || d.toks[k-1].Sent != d.toks[k].Sent {
		return false
	}
	prev := &d.toks[k-1]
	switch {
	case prev.Kind == Possessive:
		// "Trump's tweet", not the contraction "He's claiming"
		return k < 2 || !isPronoun(d.Lower(k-2))
	case prev.Kind == Number:
		return true
	case prev.Kind != Word:
		return false
	}
	switch d.lowerOf(prev) {
	case "first", "last":
		// "Kishida first promised": an adverb before a past verb; "the
		// first promise" is a noun
		w := d.Lower(k)
		return !strings.HasSuffix(w, "ed") && !d.quoteWord(k, "past_cue")
	case "a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "these", "those",
		"few", "two", "three", "several", "many", "some", "any", "no", "every", "each", "one":
		return true
	case "of", "for":
		// "of pressing", "for comment": a gerund or noun after a preposition
		return !d.Cap(k)
	case "on", "in", "at", "by", "with", "from", "about", "into", "over", "under", "without":
		// "on state radio": a noun after a preposition ("by saying" is a cue)
		return !d.Cap(k) && !strings.HasSuffix(d.Lower(k), "ing")
	}
	w := d.Lower(k)
	bare := !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !d.quoteWord(k, "past_cue")
	// "White House press secretary": a bare cue word between a name and
	// a title head modifies the head
	if bare && d.capOf(prev) && k+1 < len(d.toks) && d.toks[k+1].Sent == d.toks[k].Sent && !d.Cap(k+1) && d.classify()[k+1]&cHead != 0 {
		return true
	}
	// "the two states have", "a phone call was": a bare noun before a
	// finite verb
	if bare && k+1 < len(d.toks) && d.toks[k+1].Sent == d.toks[k].Sent {
		switch d.Lower(k + 1) {
		case "is", "was", "are", "were", "has", "have", "had":
			return true
		}
	}
	// "a lunch counter", "a phone call": a bare singular noun after a noun
	// that follows a determiner
	if bare && !strings.HasSuffix(w, "s") && !d.capOf(prev) && k >= 2 && isDeterminer(d.Lower(k-2)) &&
		!strings.HasSuffix(d.lowerOf(prev), "ly") && !isFunctionWord(d.lowerOf(prev)) {
		return true
	}
	// "a Donald Trump tweet": a name used as a modifier of a bare noun
	if d.capOf(prev) && !d.Cap(k) && bare && !strings.HasSuffix(w, "s") {
		x := k - 1
		for x > 0 && x >= k-4 && d.toks[x].Kind == Word && d.Cap(x) {
			x--
		}
		return x >= 0 && isDeterminer(d.Lower(x)) && x < k-1
	}
	// "32% of Republican claims", "of Democratic statements": a plural
	// after a capitalised modifier that follows "of" is a noun, its
	// modifier no subject
	if d.capOf(prev) && !d.Cap(k) && bare && strings.HasSuffix(w, "s") && k >= 2 && d.Lower(k-2) == "of" {
		return true
	}
	return false
}

// isFunctionWord reports whether w is a pronoun, relative, auxiliary or
// infinitive marker: such a word never belongs to a speaker phrase.
func isFunctionWord(w string) bool {
	switch w {
	case "who", "which", "that", "whom", "whose", "to", "is", "are", "was", "were", "be", "been",
		"has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must", "do", "does", "did":
		return true
	}
	return false
}

// titleMinorWord reports whether w is a preposition or conjunction of
// more than three letters that title case leaves in lower case ("March
// against Fear", "Voices from Gaza").
func titleMinorWord(w string) bool {
	switch w {
	case "against", "without", "between", "through", "about", "after", "before", "under", "over", "from",
		"into", "with", "within", "across", "among", "during", "toward", "towards", "upon", "beyond", "behind", "than", "when":
		return true
	}
	return false
}

// titleLike reports whether a short quote is a title or a name written in
// title case ("Face the Nation", "Lyin' Ted") in a sentence that is not
// itself written in title case: titles and names in marks are no quotes.
func titleLike(d *doc, q quote) bool {
	words, capped := 0, 0
	for k := q.i; k < q.j; k++ {
		t := &d.toks[k]
		if t.Kind != Word {
			continue
		}
		words++
		if d.capOf(t) {
			capped++
		} else if len(d.textOf(t)) > 3 && !titleMinorWord(d.lowerOf(t)) {
			return false
		}
	}
	if words < 2 || words > 8 || capped < 2 || !d.Cap(q.i) {
		return false
	}
	return !allCapsLine(d, q.open)
}

// namedInMarks reports whether a short quote is a name or a term the
// writer gives in marks after a naming phrase ("the health law known as
// “Obamacare”", "the so-called “Hastert rule”", "a plan dubbed “Iron
// Dome”"): nobody's words, whatever the sentence's cue.
func (d *doc) namedInMarks(q quote) bool {
	if q.open < 1 || q.j-q.i > 6 {
		return false
	}
	k := q.open - 1
	// the naming verb as a participle after a noun ("a plan dubbed"),
	// not with a subject ("who he dubbed “the little senator”" quotes him)
	afterNoun := k > 0 && d.toks[k-1].Kind == Word && !d.Cap(k-1) && !isPronoun(d.Lower(k-1)) && !isFunctionWord(d.Lower(k-1))
	switch d.Lower(k) {
	case "so-called":
		return true
	case "the", "for", "against":
		// a label of one or two capitalised words used as a noun: "the
		// “No” campaign", "43 percent for “Yes,”", "behind the “No,”"
		return shortLabel(d, q)
	case "dubbed", "nicknamed", "codenamed", "code-named", "titled", "entitled":
		return afterNoun
	case "as":
		return k > 0 && d.Lower(k-1) == "known"
	case "called":
		// "a group called “Patriot Front”": a capitalised name after a
		// noun, not "called the plan “a disaster”"
		return afterNoun && d.Cap(q.i) && allWordsCapitalised(d, q)
	}
	return false
}

// shortLabel reports whether quote q holds one or two words, all
// capitalised.
func shortLabel(d *doc, q quote) bool {
	words := 0
	for k := q.i; k < q.j; k++ {
		if d.toks[k].Kind == Word {
			words++
		}
	}
	return words >= 1 && words <= 2 && allWordsCapitalised(d, q)
}

// allWordsCapitalised reports whether every word of quote q is capitalised.
func allWordsCapitalised(d *doc, q quote) bool {
	for k := q.i; k < q.j; k++ {
		if t := &d.toks[k]; t.Kind == Word && !d.capOf(t) {
			return false
		}
	}
	return true
}

// subhead reports whether quote q is a section heading in marks: a whole
// paragraph after the first, written in title case ("'All Bets Are
// Off.'"). Such a line is the title of what follows, not a quote.
func (d *doc) subhead(q quote) bool {
	if q.close < 0 || d.toks[q.open].Para == 0 || q.open > 0 && d.toks[q.open-1].Para == d.toks[q.open].Para {
		return false
	}
	k := q.after
	for k < len(d.toks) && d.toks[k].Para == d.toks[q.open].Para && d.toks[k].Kind == Punct {
		k++
	}
	if k < len(d.toks) && d.toks[k].Para == d.toks[q.open].Para {
		return false
	}
	words := 0
	for k := q.i; k < q.j; k++ {
		if t := &d.toks[k]; t.Kind == Word {
			if !d.capOf(t) && !titleSmallWord(d.lowerOf(t)) {
				return false
			}
			words++
		}
	}
	return words >= 2 && words <= 10
}

// titleSmallWord: the short words a title in title case leaves in lower
// case.
func titleSmallWord(w string) bool {
	switch w {
	case "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "vs.":
		return true
	}
	return false
}

// stageDirection reports whether quote q holds only a bracketed note of a
// transcript ("(CROSSTALK.)"): nobody's words.
func (d *doc) stageDirection(q quote) bool {
	if q.j-q.i < 3 {
		return false
	}
	o, c := d.Text(q.i), d.Text(q.j-1)
	return (o == "(" || o == "[") && (c == ")" || c == "]")
}

// clauseSubject attributes a quote inside a sentence that no cue
// introduces to the subject of the sentence, when that subject is a
// person, a pronoun or a named source with its verb: "In recent weeks,
// Ruiz has gone after the mayor as a “spoiled brat.”" A quote that opens
// its sentence, or a sentence that opens inside a quote, has none.
func (s *quoteStage) clauseSubject(n int) attribution {
	q := s.qs.at(n)
	sent := s.sent(q.open)
	first := s.sentStart(q.open)
	if first == q.open || first > 0 && s.sent(first-1) == sent || s.inQ[first] {
		return attribution{}
	}
	return s.openingClauseSubject(first, q.open, sent, s.mainVerbAfter)
}

// openingClauseSubject attributes a quote at token end to the subject
// that opens the sentence sent at token first, past an introductory
// phrase ("In recent weeks, …", "On July 6, 2015, …"), when verb
// finds a verb after it: a person, a pronoun or a capitalised name.
func (s *quoteStage) openingClauseSubject(first, end, sent int, verb func(k, sent int) bool) attribution {
	d := s.d
	k := first
	// an introductory phrase: "In recent weeks, …"
	if t := &d.toks[k]; t.Kind == Word && (isAdverb(d.lowerOf(t)) || d.lowerOf(t) == "in" || d.lowerOf(t) == "on" || d.lowerOf(t) == "at" || d.lowerOf(t) == "after" || d.lowerOf(t) == "during") {
		for x := k + 1; x < end && x < k+10; x++ {
			if d.Text(x) == "," {
				k = x + 1
				if k+1 < end && d.toks[k].Kind == Number && d.Text(k+1) == "," {
					k += 2 // the year of a date: "On July 6, 2015, …"
				}
				break
			}
		}
	}
	if k >= end {
		return attribution{}
	}
	// a headline's subject is the source of the phrase it marks:
	// "Kremlin ‘ready to talk’"
	headline := d.toks[first].Para == 0
	if m, ok := s.r.startingAt(k); ok && m.j <= end && (verb(m.j, sent) || headline && m.j == end) {
		return s.resolve(m.i, m.j, "")
	}
	if a, b := d.npRight(k); headline && b == end && b > a && d.Cap(b-1) && !(b-a > 2 && d.Lower(a+1) == "of" && (s.capitalisedByPlace(a, a+1) || actionNoun(d.Lower(a)))) {
		// not a topic whose head is a common word: "Evacuation of
		// eastern Aleppo ‘a matter of hours’" names no source
		return s.resolve(a, b, "")
	}
	if isPronoun(d.Lower(k)) && verb(k+1, sent) {
		return s.resolve(k, k+1, "")
	}
	if d.Lower(k) == "the" && k+2 < end && !d.Cap(k+1) && (verb(k+2, sent) || s.anyVerbAt(skipAdverbs(d, k+2), sent) && !isAuxiliary(d.Lower(k+2))) {
		if x, y := s.namedBody(k, k+2); y > x {
			return s.resolve(k, k+2, "") // "The institute found …", the body named before
		}
	}
	if a, b := d.npRight(k); b > a && b <= end && d.Cap(b-1) && verb(b, sent) && !s.capitalisedByPlace(a, b) {
		return s.resolve(a, b, "")
	}
	return attribution{}
}

// actionNoun reports whether w is a noun of an action or a state by its
// suffix ("evacuation", "deployment", "withdrawal" aside): no person and no
// source, whatever a stemmed list of people matches ("evacuee").
func actionNoun(w string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "ance", "ence"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// mainVerbAfter is verbAfter where an auxiliary counts only with a cue
// or a past form after it ("Ruiz has called …"): a sentence whose verb is
// "has had", "would close" or "has bought" reports no words, and a short
// quote in it stays a scare quote.
func (s *quoteStage) mainVerbAfter(k, sent int) bool {
	s.strictVerbs = true
	defer func() { s.strictVerbs = false }()
	return s.verbAfter(k, sent)
}

// capitalisedByPlace reports whether the phrase [a, b) is one common word
// capitalised only because it opens its sentence ("Life, meanwhile, has
// settled into a “new normal”"): no source.
func (s *quoteStage) capitalisedByPlace(a, b int) bool {
	d := s.d
	if b-a != 1 || a > 0 && s.sent(a-1) == s.sent(a) {
		return false
	}
	if d.classify()[a]&(cPlace|cBody|cNonOfficial|cHead|cTitleWord) != 0 || d.is(lexicon.Descriptions, a) || d.is(lexicon.Organisations, a) {
		return false
	}
	// a name is capitalised inside sentences too
	if s.midCaps == nil {
		s.midCaps = make(map[string]bool)
		for k := 1; k < len(d.toks); k++ {
			if t := &d.toks[k]; t.Kind == Word && d.capOf(t) && t.Sent == d.toks[k-1].Sent && d.toks[k-1].Kind == Word {
				s.midCaps[d.textOf(t)] = true
			}
		}
	}
	return !s.midCaps[d.Text(a)]
}
