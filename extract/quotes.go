package extract

import (
	"math"
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// quote is a stretch between quotation marks: its content tokens [i, j)
// and its content in bytes.
type quote struct {
	open, close int // first tokens of the marks; close is -1 when unclosed
	after       int // the token after the closing mark (j when unclosed)
	i, j        int // content tokens
	start, end  int // content bytes
}

// packedQuote is a quote as the stage keeps it: 28 bytes where a quote
// takes 56 (text with a quote every 17 bytes has hundreds of thousands).
type packedQuote struct {
	open, close, after, i, j, start, end int32
}

func packQuote(q quote) packedQuote {
	return packedQuote{int32(q.open), int32(q.close), int32(q.after), int32(q.i), int32(q.j), int32(q.start), int32(q.end)}
}

func (pq packedQuote) unpack() quote {
	return quote{open: int(pq.open), close: int(pq.close), after: int(pq.after), i: int(pq.i), j: int(pq.j), start: int(pq.start), end: int(pq.end)}
}

// quoteList is a document's quotes in text order.
type quoteList []packedQuote

// at returns quote n.
func (l quoteList) at(n int) quote { return l[n].unpack() }

// attribution is a sieve's answer for one quote: who spoke it and which
// pass said so (the quoteSpan's attribution fields), and what it tells the
// later quotes. The stage keeps only the quoteSpan of each quote.
type attribution struct {
	quoteSpan
	intro string // the head stem of an unnamed source it introduces ("official")
	pass  string // the pass, when a sieve delegates to another (participle)
}

// quoteStage is the quote stage's state for one document: the quotes, the
// tokens inside them and the attributions found so far. It lives for one
// call of quotes and stays out of the shared doc.
type quoteStage struct {
	p   *Pipeline
	d   *doc
	r   *roster
	qs  quoteList
	inQ []bool // tokens inside quotes, marks included
	// atts are the quotes' attributions, filled in text order, and then
	// their QUOTE spans (see quotes): one array of 80-byte records for the
	// stage and its result
	atts []quoteSpan
	// sources are the unnamed sources introduced so far ("a western
	// official"), by the stem of their head noun: a later "the official"
	// refers back to them.
	sources map[string]quoteSpan
	intros  map[int]string   // the intro of each quote whose attribution has one, by quote
	gender  map[*person]byte // 'm', 'f' or 0, from honorifics and role nouns
	lastWho *person          // the person who spoke the last attributed quote
	cues    []int8           // cueAt by token: 0 not yet asked, -1 none, else the cue's length in tokens
	// antecedent is the mention the last call of salient chose
	antecedent  mention
	positions   []int8                 // position of the mention starting at a token, plus one; 0 not yet asked
	cur         int                    // the quote the sieves are attributing
	innerSum    []int32                // sentence starts inside the quotes before each quote, see clauseSent
	opensBefore int                    // the quotes opening before the token clauseSent was last asked about
	midCaps     map[string]bool        // words written capitalised inside a sentence, made on first use
	strictVerbs bool                   // verbAt takes an auxiliary alone for no verb (clause-subject's check)
	fullNames   map[fullNameKey]string // fullName by token, made on first use
	reporting   *lexicon.List          // the reporting list, asked of the lexicon on first use (see findCue)
	items       []int                  // first tokens of the paragraphs opening with a dateline, made on first use (see itemStart)
	itemsMade   bool
	coordSum    []int32 // commas opening a coordinated clause before each token, made on first use (see newClauseBetween)
}

// quoteSieve is one named attribution pass over a single quote. Sieves run
// from the most precise to the most general; the first that attributes
// the quote wins and its name is recorded as the QUOTE's rule.
type quoteSieve struct {
	name string
	run  func(s *quoteStage, n int) attribution
}

// quoteSieves are the per-quote passes, in order (see the QUOTE section of
// docs/annotation-guide.md for an example of each).
var quoteSieves = []quoteSieve{
	{"transcript", (*quoteStage).transcript},        // “RUIZ: …”
	{"tail-cue", (*quoteStage).after},               // “…,” said X / “…,” X said
	{"tail-subject", (*quoteStage).tailSubject},     // “…,” X, 30, of Y, who …, said
	{"dash", (*quoteStage).dash},                    // “…” — X
	{"tail-clause", (*quoteStage).tail},             // … “…”, X said.
	{"head-cue", (*quoteStage).before},              // X said: “…” / X said that … “…”
	{"according-to", (*quoteStage).accordingTo},     // “…,” according to X
	{"colon", (*quoteStage).colon},                  // X: “…” / X reports:¶“…”
	{"clause-subject", (*quoteStage).clauseSubject}, // X has gone after Y as a “…”
}

// quotes finds QUOTE spans and their speakers. Marks are paired within a
// paragraph (curly, straight, single and doubled ASCII quotes; a quote
// left open ends with its paragraph; quotes nested in quotes are not
// annotated). Each quote's speaker comes from the first of the quoteSieves
// that finds one, else from the document passes: a sibling quote of the
// same sentence ("sentence"), the reported-speech sentence just before it
// ("reported-speech"), the chain of quotes it continues ("chain"), or,
// in the headline, the body's quote of the same words ("headline-body").
// Pronouns and descriptions ("he", "the spokesman") resolve to the person
// they name through the roster. Short quotes that nothing attributes are
// scare quotes and stay out.
func (p *Pipeline) quotes(d *doc, r *roster) []quoteSpan {
	qs := findQuotes(d)
	if len(qs) == 0 {
		return nil
	}
	s := p.newQuoteStage(d, r, qs)
	for n := range qs {
		d.tick()
		s.cur = n
		for _, sv := range quoteSieves {
			if a := sv.run(s, n); a.ok {
				pass := sv.name
				if a.pass != "" {
					pass = a.pass
				}
				a.rule = joinRule(pass, a.rule)
				s.atts[n] = a.quoteSpan
				s.remember(a)
				break
			}
		}
	}
	s.siblings()
	s.chains()
	s.headlineFromBody()
	// the attributions become the QUOTE spans in place: the result is the
	// stage's own array (a second one, made while the tokens are alive,
	// added 64 bytes per quote to the peak)
	out := s.atts[:0]
	for n, pq := range qs {
		q := pq.unpack()
		a := s.atts[n]
		if !a.ok && d.scare(q) || titleLike(d, q) || d.subhead(q) || d.stageDirection(q) || d.namedInMarks(q) {
			continue
		}
		a.start, a.end = int32(q.start), int32(q.end)
		if !a.ok {
			a = quoteSpan{rule: "none", start: a.start, end: a.end}
		}
		a.who, a.ok = nil, false // the roster is not kept for the result
		out = append(out, a)
	}
	clear(s.atts[len(out):])
	return out
}

// newQuoteStage prepares the attribution of the quotes qs of d.
func (p *Pipeline) newQuoteStage(d *doc, r *roster, qs quoteList) *quoteStage {
	d.classify()
	s := &quoteStage{p: p, d: d, r: r, qs: qs, inQ: make([]bool, len(d.toks)),
		atts: make([]quoteSpan, len(qs)), sources: map[string]quoteSpan{}, intros: map[int]string{}}
	for _, pq := range qs {
		q := pq.unpack()
		for k := q.open; k < q.after; k++ {
			s.inQ[k] = true
		}
	}
	return s
}

// joinRule names an attribution: the pass, then the resolution of its
// speaker phrase when that was not a name ("tail-cue+pronoun-salience").
func joinRule(pass, resolution string) string {
	if resolution == "" {
		return pass
	}
	return pass + "+" + resolution
}

// sent is the sentence of token k.
func (s *quoteStage) sent(k int) int { return int(s.d.toks[k].Sent) }

// sentStart returns the first token of the sentence of token k, reading
// back at most maxReach tokens: a sentence longer than that gives a
// token inside it (callers that must read the whole sentence check that
// the token before is of another sentence).
func (s *quoteStage) sentStart(k int) int {
	sent, first := s.sent(k), k
	for first > 0 && first > k-maxReach && s.sent(first-1) == sent {
		first--
	}
	return first
}

// siblings gives an unattributed quote the attribution of the first
// attributed quote of its sentence.
func (s *quoteStage) siblings() {
	first := -1 // the first attributed quote of the current sentence
	for n := range s.qs {
		if first >= 0 && s.sent(s.qs.at(first).open) != s.sent(s.qs.at(n).open) {
			first = -1
		}
		if s.atts[n].ok {
			if first < 0 {
				first = n
			}
			continue
		}
		if first >= 0 {
			s.atts[n] = s.relabel(s.atts[first], "sentence")
		}
	}
	// and backwards: a quote before the sentence's attributed one
	next := -1
	for n := len(s.qs) - 1; n >= 0; n-- {
		if next >= 0 && s.sent(s.qs.at(next).open) != s.sent(s.qs.at(n).open) {
			next = -1
		}
		if s.atts[n].ok {
			next = n
			continue
		}
		if next >= 0 {
			s.atts[n] = s.relabel(s.atts[next], "sentence")
		}
	}
}

// relabel copies an attribution under another pass name, keeping how its
// speaker phrase was resolved.
func (s *quoteStage) relabel(a quoteSpan, pass string) quoteSpan {
	a.rule = joinRule(pass, resolutionOf(a.rule))
	return a
}

// resolutionOf returns the resolution part of a rule ("pronoun-salience"
// of "tail-cue+pronoun-salience").
func resolutionOf(rule string) string {
	if i := strings.IndexByte(rule, '+'); i >= 0 {
		return rule[i+1:]
	}
	return ""
}

// chains attributes the quotes still without a source from their
// neighbours: a quote right after a reported-speech sentence takes that
// sentence's source ("reported-speech"); a quote that continues an
// attributed one in the same or the next paragraph takes its speaker
// ("chain"); a paragraph of a multi-paragraph quote takes the attribution
// found later in the chain.
func (s *quoteStage) chains() {
	d := s.d
	for n := range s.qs {
		d.tick() // cancellation: reportedSpeech reads up to maxReach tokens per quote
		if s.atts[n].ok {
			continue
		}
		cur := s.qs.at(n)
		if a := s.pointedBack(cur); a.ok {
			a.rule = joinRule("pointed-back", a.rule)
			s.atts[n] = a.quoteSpan
			continue
		}
		startsSentence := cur.open == 0 || s.sent(cur.open-1) != s.sent(cur.open)
		if startsSentence && cur.open > 0 {
			if a := s.reportedSpeech(cur.open - 1); a.ok {
				s.atts[n] = a.quoteSpan
				continue
			}
		}
		if n == 0 || !s.atts[n-1].ok {
			continue
		}
		prev := s.qs.at(n - 1)
		sameSentence := s.sent(prev.open) == s.sent(cur.open)
		// "“…,” Ruiz said on “Meet the Press.” “…”": the closing mark of the
		// sentence before may be numbered with the new one; "Instead,
		// “…”": a connective may open the sentence before the quote
		startsSentence = startsSentence || s.afterSentenceEnd(prev, cur) || s.afterConnective(cur)
		// "Transcript as follows: “…”": a colon without a source
		afterColon := cur.open > 0 && d.Text(cur.open-1) == ":"
		if (startsSentence || sameSentence || afterColon) && d.toks[cur.open].Para-d.toks[prev.open].Para <= 1 &&
			!s.speakerBetween(prev, cur, s.atts[n-1].speaker) {
			s.atts[n] = s.relabel(s.atts[n-1], "chain")
		}
	}
	// a multi-paragraph quote attributed only in a later paragraph
	for n := len(s.qs) - 2; n >= 0; n-- {
		cur, next := s.qs.at(n), s.qs.at(n+1)
		if s.atts[n].ok || !s.atts[n+1].ok || cur.close >= 0 {
			continue
		}
		if d.toks[next.open].Para == d.toks[cur.open].Para+1 && (next.open == 0 || s.sent(next.open-1) != s.sent(next.open)) {
			s.atts[n] = s.relabel(s.atts[n+1], "chain")
		}
	}
}

// pointedBack reads the sentence after quote q's, in its paragraph, when
// it names the source of the sentence before by a passive cue and its
// agent: "Dutch forces will stay “for as long as they are needed”. This
// was announced by Defence Minister Joost van Rijn in a statement." (rule
// 40a).
func (s *quoteStage) pointedBack(q quote) attribution {
	d := s.d
	x := q.after
	for x < len(d.toks) && s.sent(x) == s.sent(q.after-1) {
		if s.inQ[x] {
			return attribution{} // another quote in the sentence
		}
		x++
	}
	if x+4 >= len(d.toks) || d.toks[x].Para != d.toks[q.open].Para || d.Lower(x) != "this" && d.Lower(x) != "that" {
		return attribution{}
	}
	if v := d.Lower(x + 1); v != "was" && v != "is" && v != "has" {
		return attribution{}
	}
	c := x + 2
	if d.Lower(c) == "been" {
		c++
	}
	cue, ce := s.cueAt(c)
	if ce == 0 || ce >= len(d.toks) || d.Lower(ce) != "by" || isAccording(cue) {
		return attribution{}
	}
	a, b := d.npRight(ce + 1)
	if b <= a || s.sent(a) != s.sent(x) {
		return attribution{}
	}
	return s.resolve(a, b, cue)
}

// reportedSpeech reads the sentence that ends at token last, just before
// a cue-less quote, as reported speech: a cue outside quotes with its
// subject before it ("Mr. Obama said the museum would …"). The sentence
// must hold no quote of its own.
func (s *quoteStage) reportedSpeech(last int) attribution {
	a, b, _, cue := s.reportedSubject(last)
	if b <= a {
		return attribution{}
	}
	at := s.resolve(a, b, cue)
	at.rule = joinRule("reported-speech", at.rule)
	return at
}

// reportedSubject finds the source phrase [a, b), the cue's token c and
// the cue of the reported-speech sentence that ends at token last
// (reportedSpeech); b <= a when the sentence is none.
func (s *quoteStage) reportedSubject(last int) (a, b, c int, cue string) {
	d := s.d
	sent := s.sent(last)
	first := s.sentStart(last)
	if first > 0 && s.sent(first-1) == sent {
		return 0, 0, 0, "" // too long to read
	}
	for k := first; k <= last; k++ {
		if s.inQ[k] {
			return 0, 0, 0, ""
		}
	}
	for c := first; c <= last; c++ {
		cue, ce := s.cueAt(c)
		if ce == 0 || isAccording(cue) {
			continue
		}
		l := skipTimeLeft(d, c, sent)
		if m, ok := s.r.beforeApposition(d, l, sent); ok {
			return m.i, m.j, c, cue
		}
		if a, b := d.npLeft(l); b > a {
			return a, b, c, cue
		}
		// past a relative clause or a participial phrase: "Ana Ruiz, who
		// runs a shelter in a Tbilisi school, described the mood."
		a, b := s.relativeAntecedent(l, sent)
		if b <= a {
			a, b = s.participialSubject(l, sent)
		}
		if b <= a && l > 0 && d.Text(l-1) == "," {
			a, b = s.subjectLeft(l, sent) // "Ana Ruiz, 34, who …, said"
		}
		return a, b, c, cue
	}
	return 0, 0, 0, ""
}

// scare reports whether an unattributed quote is a scare quote or a name:
// a few words only.
func (d *doc) scare(q quote) bool {
	words := 0
	for k := q.i; k < q.j; k++ {
		if d.toks[k].Kind == Word || d.toks[k].Kind == Number {
			words++
		}
	}
	return words <= 4
}

// tail reads an attribution that closes the quote's sentence after a
// comma: "… urged Moscow to “stand down”, Pentagon spokesperson John Kirby
// said in a statement." or "…, and NATO Putin asserted at the conference."
func (s *quoteStage) tail(n int) attribution {
	d, qs := s.d, s.qs
	q := qs.at(n)
	if s.namingCueBefore(q) || s.inPreposedClause(q) {
		return attribution{}
	}
	from := q.after
	sent := int(d.toks[q.open].Sent)
	// a comma inside the marks counts as one after them: "…,” as a memo
	// put it.
	innerComma := q.close >= 0 && q.j > q.i && d.Text(q.j-1) == ","
	for k := from; k < len(d.toks) && k < from+maxReach && int(d.toks[k].Sent) == sent; k++ {
		x := k + 1
		if k == from && innerComma && d.Lower(k) == "as" {
			x = k
		} else if d.Text(k) != "," || s.inQ[k] {
			continue
		}
		if x < len(d.toks) && (d.Lower(x) == "and" || d.Lower(x) == "as") {
			x++ // "…, as a campaign memo put it."
		}
		if s.labelsQuote(x, sent) {
			break // "…”, a statement critics called premature": no attribution
		}
		// inverted: "…, says Senator Ruiz."
		if cue, ce := s.cueAt(x); ce > 0 && !isAccording(cue) {
			if m, ok := s.r.mentionIn(d, ce, sent); ok && clauseEnds(d, m.j, sent) && !clauseGoesOn(d, m.j, x) {
				return s.resolve(m.i, m.j, cue)
			}
			if a, b := d.npRight(ce); b > a && clauseEnds(d, b, sent) && !clauseGoesOn(d, b, x) {
				return s.resolve(a, b, cue)
			}
		}
		a, b := d.npRight(x)
		if _, ce := s.cueAt(skipAdverbs(d, b)); b <= a || ce == 0 {
			// "a ministry memo put it": common nouns the lists lack
			if a, b = s.nounsBeforeCue(x, sent); b <= a {
				continue
			}
		}
		c := skipAdverbs(d, b)
		cue, ce := s.cueAt(c)
		if ce == 0 || !clauseEnds(d, ce, sent) || clauseGoesOn(d, ce, c) {
			continue
		}
		return s.resolve(a, b, cue)
	}
	return attribution{}
}

// clauseGoesOn reports whether the clause of the cue at token c goes on
// past token k with words of its own, so that it is no attribution
// closing the quote's sentence: a verb ("…, and the envoy, Ana Ruiz, said
// he was concerned": a new clause with its own report), or the
// complement of a naming cue ("…, a report his lawyer called
// exaggerated"). Adverbials ("said on Monday", "said later") end a
// clause.
func clauseGoesOn(d *doc, k, c int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != Word || d.Cap(k) {
		return false
	}
	w := d.Lower(k)
	if w == "that" && k+1 < len(d.toks) && !timeNoun(d.Lower(k+1)) {
		// a reported clause of its own: "…, and a spokesman added that
		// rates would hold", "… added that 4,000 soldiers were on alert"
		// (not "added that day")
		return true
	}
	if isPreposition(w) || weakBefore(w) || isAdverb(w) && !isAuxiliary(w) {
		return false
	}
	if isAuxiliary(w) || w == "that" || strings.HasSuffix(w, "ed") {
		return true
	}
	return d.namingStem(c) // an object complement: "called illegal"
}

// timeNoun reports whether w is a noun of time that "that" may point to
// ("said that day", "that night").
func timeNoun(w string) bool {
	switch w {
	case "day", "week", "weekend", "month", "year", "time":
		return true
	}
	return partOfDay(w)
}

// partOfDay reports whether w names a part of the day ("that night",
// "Monday morning").
func partOfDay(w string) bool {
	switch w {
	case "morning", "afternoon", "evening", "night":
		return true
	}
	return false
}

// namingCueBefore reports whether quote q is the object complement of a
// naming cue with a subject of its own right before it: "X called the
// accord “…”", "which X called a “…”", "what X described as “…”". The
// subject of that cue said the words; an attribution after the quote
// ("…,” according to a spokesman", "…, diplomats said") reports the
// naming and is left to the head-cue pass.
func (s *quoteStage) namingCueBefore(q quote) bool {
	d := s.d
	sent := s.sent(q.open)
	for c := q.open - 1; c >= 0 && c >= q.open-6 && s.sent(c) == sent && !s.inQ[c]; c-- {
		t := &d.toks[c]
		if t.Kind != Word && t.Kind != Possessive {
			return false
		}
		if !d.namingStem(c) {
			if w := d.lowerOf(t); t.Kind == Word && (isFunctionWord(w) && !isDeterminer(w) && !isPossessiveDeterminer(w) && w != "as" && w != "it" && w != "them" ||
				isAuxiliary(w) || isSubordinator(w) && w != "as") {
				return false
			}
			continue
		}
		if _, ce := s.cueAt(c); ce == 0 || c == 0 || s.sent(c-1) != sent {
			return false
		}
		// a subject right before it: a name or a pronoun (not a common
		// noun: "a plan called “…”" names the plan); past an auxiliary
		// the verb is active and any noun is its subject ("whom Moscow
		// has called", "whom the rebels had branded")
		x := c - 1
		for x > 0 && s.sent(x-1) == sent && isAuxiliary(d.Lower(x)) && !isCopula(d.Lower(x)) {
			x--
		}
		if x < c-1 {
			return d.toks[x].Kind == Word && !isRelative(d.Lower(x)) && !isFunctionWord(d.Lower(x))
		}
		return d.toks[c-1].Kind == Word && (d.Cap(c-1) || isPronoun(d.Lower(c-1)))
	}
	return false
}

// namedCueBefore reports whether a reporting cue whose subject is a
// person of the roster stands before quote q in its clause ("warned the
// banks to expect", past the inner cue): no quote,
// sentence end, semicolon or colon between ("Gen. Ruiz ordered his units
// to hold the bridges “…”").
func (s *quoteStage) namedCueBefore(q quote) bool {
	d, r := s.d, s.r
	sent := s.sent(q.open)
	for c := q.open - 1; c > 0 && c >= q.open-maxReach && s.sent(c) == sent && !s.inQ[c]; c-- {
		if t := d.Text(c); t == ";" || t == ":" || isDash(d, c) {
			return false
		}
		if cue, ce := s.cueAt(c); ce > 0 && ce <= q.open && !isAccording(cue) {
			if _, ok := r.endingAt(c); ok {
				return true
			}
		}
	}
	return false
}

// colonCueBefore reports whether quote q follows a colon that closes a
// reporting clause: a cue ends within the few words before the colon
// ("replied:", "said only:", "told the crowd:").
func (s *quoteStage) colonCueBefore(q quote) bool {
	d := s.d
	colon := q.open - 1
	if colon < 1 || d.Text(colon) != ":" || s.inQ[colon] {
		return false
	}
	sent := s.sent(colon)
	for c := colon - 1; c >= 0 && c >= colon-4 && s.sent(c) == sent && !s.inQ[c] && d.toks[c].Kind == Word; c-- {
		if _, ce := s.cueAt(c); ce > 0 && ce <= colon {
			return true
		}
	}
	return false
}

// clauseEnds reports whether the sentence ends soon after token k, allowing
// an adverbial ("in a statement", "at the conference", "on Friday").
func clauseEnds(d *doc, k, sent int) bool {
	for x := k; x < len(d.toks) && x < k+8; x++ {
		t := &d.toks[x]
		if int(t.Sent) != sent || t.Kind == Punct && (d.textOf(t) == "." || d.textOf(t) == ";" || d.textOf(t) == "!" || d.textOf(t) == "?") {
			return true
		}
		if t.Kind == Punct && !isCloser(d.textOf(t)) && d.textOf(t) != "," {
			return false
		}
		if t.Kind == Punct && d.textOf(t) == "," {
			return true
		}
	}
	return k >= len(d.toks) || int(d.toks[min(k, len(d.toks)-1)].Sent) != sent
}

// maxReach bounds how many tokens an attribution search looks at, so that
// a huge sentence costs linear time.
const maxReach = 80

// after reads the attribution right after the closing mark:
// "…,” said Kirby", "…,” he said", "…”, the spokesman added".
func (s *quoteStage) after(n int) attribution {
	d, r, qs := s.d, s.r, s.qs
	q := qs.at(n)
	if q.close < 0 || s.namingCueBefore(q) || s.inPreposedClause(q) {
		return attribution{}
	}
	k := q.after
	for skip := 0; skip < 2 && k < len(d.toks) && d.toks[k].Kind == Punct && isAttribPunct(d.Text(k)); skip++ {
		k++
	}
	if k < len(d.toks) && strayMark(d, k) {
		k = skipStrayMarksRight(d, k, int(d.toks[k].Sent)) // "“…,” * said Ruiz"
	}
	if k >= len(d.toks) || d.toks[k].Para != d.toks[q.close].Para {
		return attribution{}
	}
	// a quote that ends its sentence ("… increasing.” The West accuses …")
	// takes an attribution after it only when that clause is just the
	// attribution ("… now.” Putin said.")
	ended := q.j > q.i && isSentenceEnd(d.Text(q.j-1)) ||
		q.after < len(d.toks) && isSentenceEnd(d.Text(q.after))
	if ended && s.colonCueBefore(q) {
		// "the president replied: “Not this year.” President Lind spoke
		// after …": a speech verb and a colon introduce the whole
		// sentence; the next one is no attribution of it
		return attribution{}
	}
	if ended && s.midSentence(q) {
		// "… called the plan “a gift to Putin.” Trump dismissed …": the
		// sentence the quote ends began before it; what follows is a new one
		return attribution{}
	}
	if s.midSentence(q) && !ended && q.j > q.i && d.Text(q.j-1) != "," && d.Text(q.after) != "," &&
		!(d.Text(q.after) == ":" && s.inHeadline(q.after)) {
		// "… had “made clear” Israel would continue": the sentence goes on
		// past the quote; no attribution follows it ("… or face “…”:
		// Ruiz", a headline's source after a colon, does)
		return attribution{}
	}
	sent := int(d.toks[k].Sent)
	if k > q.after && d.Text(k-1) == "," && s.labelsQuote(k, sent) {
		// "“…”, a claim aid workers called wishful": the apposition
		// labels the words; its clause reports a judgement of them
		return attribution{}
	}
	// cue first: said Kirby / said the Russian leader / wrote jailed ... Navalny
	k2 := skipAdverbs(d, k)
	if k2 >= len(d.toks) {
		return attribution{} // adverbs end the document: "… later"
	}
	if t := &d.toks[k2]; (d.lowerOf(t) == "so" || d.lowerOf(t) == "thus") && ended && k2+1 < len(d.toks) {
		k2++ // "…” So wrote Ruiz in a report."
	}
	if cue, ce := s.cueAt(k2); ce > 0 {
		if ce < len(d.toks) && strayMark(d, ce) {
			ce = skipStrayMarksRight(d, ce, sent) // "“…,” said ✔️ Ruiz"
		}
		if isAccording(cue) && s.namedCueBefore(q) {
			// "Gen. Ruiz ordered his units to hold “…”, according to
			// officers": the source reports Ruiz's words
			return attribution{}
		}
		if m, ok := r.mentionIn(d, ce, sent); ok && (!ended || clauseEnds(d, m.j, sent)) {
			return s.resolve(m.i, m.j, cue)
		}
		if a, b := d.npRight(ce); b > a && (!ended || clauseEnds(d, b, sent)) {
			return s.resolve(a, b, cue)
		}
		if a, b := s.nounsAfterCue(ce, sent); b > a {
			return s.resolve(a, b, cue)
		}
		if a, b := s.roleThenName(ce, sent); b > a && (!ended || clauseEnds(d, b, sent)) {
			return s.resolve(a, b, cue)
		}
	}
	// subject first: Kirby said / he added / the spokesman added / Rep.
	// Ana Ruiz (D-Ohio), a member of the panel, said
	if a, b := d.npRight(k); b > a {
		c := s.skipInserts(skipStrayMarksRight(d, b, sent), sent) // "Lloyd Austin * said"
		if cue, ce := s.cueAt(c); ce > 0 && (!ended || clauseEnds(d, ce, sent)) {
			return s.resolve(a, b, cue)
		}
	}
	// a headline's source after a colon with no verb: "‘…’: Zambian
	// minister" (rule 50: cue ""); a person named there speaks the quote
	// whatever the headline goes on to say of them: "‘…’: Ruiz resigns as
	// …", "‘…’: Latvian minister Ozols to Finland" (cue "", the name the
	// speaker span)
	if k > q.after && d.Text(k-1) == ":" && s.inHeadline(k) {
		if m, ok := r.startingAt(k); ok {
			if at := s.resolve(m.i, m.j, ""); at.who != nil {
				return at
			}
		}
		if a, b := d.npRight(k); b > a {
			ends := b >= len(d.toks) || d.toks[b].Para != d.toks[k].Para
			if at := s.resolve(a, b, ""); at.who != nil && (ends || len(s.r.between(a, b)) > 0) {
				return at
			}
		}
	}
	// a phrase of common nouns: the ad's narrator says
	if a, b := s.nounsBeforeCue(k, sent); b > a {
		if cue, ce := s.cueAt(b); ce > 0 && (!ended || clauseEnds(d, ce, sent)) {
			return s.resolve(a, b, cue)
		}
	}
	return attribution{}
}

// skipInserts moves past what may stand between a subject and its verb:
// a parenthesis ("(D-Ohio)"), an apposition (", 70,", ", a member of the
// panel,") and adverbs. It returns the token after them.
func (s *quoteStage) skipInserts(k, sent int) int {
	d := s.d
	if k < len(d.toks) && d.Text(k) == "(" {
		for x := k + 1; x < len(d.toks) && x < k+8 && s.sent(x) == sent; x++ {
			if d.Text(x) == ")" {
				k = x + 1
				break
			}
		}
	}
	// up to two appositions: "Scott Pruitt, the attorney general of
	// Oklahoma, one of the states suing, said"
	for n := 0; n < 2 && k < len(d.toks) && d.Text(k) == ","; n++ {
		if _, ce := s.cueAt(skipAdverbs(d, k+1)); ce > 0 {
			break
		}
		e := k
		for x := k + 1; x < len(d.toks) && x < k+30 && s.sent(x) == sent && !s.inQ[x]; x++ {
			if t := &d.toks[x]; d.textOf(t) == "," {
				e = x // the comma that closes it may open the next
				break
			} else if t.Kind == Punct && d.textOf(t) != "(" && d.textOf(t) != ")" && d.textOf(t) != "-" && d.textOf(t) != "--" && d.textOf(t) != "—" && d.textOf(t) != "&" {
				break
			}
		}
		if e == k {
			break
		}
		k = e
	}
	if k < len(d.toks) && d.Text(k) == "," {
		k++
	}
	return skipAdverbs(d, k)
}

// nounsAfterCue returns a determiner phrase of up to six words after a
// cue that ends the clause: "…,” said the ruling.", "…,” says one voter."
// roleThenName reads a name after a cue past lower-case role words
// and a number ("said 9/11 widow Terry Strada", "said retired
// teacher Ana Ruiz"): the capitalised words, two to four, that end the
// clause. [k, k) when there are none.
func (s *quoteStage) roleThenName(k, sent int) (int, int) {
	d := s.d
	x := k
	for x < len(d.toks) && x < k+5 && s.sent(x) == sent && (d.toks[x].Kind == Number || d.Text(x) == "/" || isHyphen(d.Text(x)) || d.toks[x].Kind == Word && !d.Cap(x) &&
		!isFunctionWord(d.Lower(x)) && !isDeterminer(d.Lower(x)) && !isPreposition(d.Lower(x)) && !isSourcePreposition(d.Lower(x))) {
		x++
	}
	if x == k {
		return k, k
	}
	y := x
	for y < len(d.toks) && y < x+4 && s.sent(y) == sent && d.toks[y].Kind == Word && d.Cap(y) {
		y++
	}
	if y-x < 2 || y < len(d.toks) && s.sent(y) == sent && d.toks[y].Kind != Punct {
		return k, k
	}
	return x, y
}

func (s *quoteStage) nounsAfterCue(k, sent int) (int, int) {
	d := s.d
	if k >= len(d.toks) || s.sent(k) != sent || !opensNounPhrase(d.Lower(k)) {
		return k, k
	}
	for x := k + 1; x < len(d.toks) && x < k+7 && s.sent(x) == sent; x++ {
		t := &d.toks[x]
		if t.Kind == Punct {
			if x > k+1 && (d.textOf(t) == "." || d.textOf(t) == "," || d.textOf(t) == "!" || d.textOf(t) == "?" || d.textOf(t) == ";") {
				return k, x
			}
			return k, k
		}
		if t.Kind != Word && t.Kind != Possessive || isFunctionWord(d.lowerOf(t)) {
			return k, k
		}
	}
	return k, k
}

// nounsBeforeCue returns a determiner phrase of up to eight words right
// before a reporting cue, for sources that the lists do not name: "the
// ad's narrator", "a narrator in the campaign ad". It never crosses
// punctuation or a relative pronoun.
func (s *quoteStage) nounsBeforeCue(k, sent int) (int, int) {
	d := s.d
	if k >= len(d.toks) || !opensNounPhrase(d.Lower(k)) {
		return k, k
	}
	for x := k + 1; x < len(d.toks) && x < k+9 && s.sent(x) == sent; x++ {
		t := &d.toks[x]
		if t.Kind == Possessive {
			continue
		}
		if t.Kind != Word {
			return k, k
		}
		switch d.lowerOf(t) {
		case "who", "which", "that", "whose", "whom", "is", "was", "are", "were", "has", "have", "had", "will", "would",
			"after", "before", "later", "earlier": // "a day after the military said": a time, not a subject
			return k, k
		}
		if x > k+1 {
			if _, ce := s.cueAt(x); ce > 0 {
				return k, x
			}
		}
	}
	return k, k
}

// midSentence reports whether quote q opens after words of its own
// sentence ("… described it as “…”"), not at the sentence's start or
// after a colon.
func (s *quoteStage) midSentence(q quote) bool {
	if q.open == 0 {
		return false
	}
	t := &s.d.toks[q.open-1]
	return s.sent(q.open-1) == s.sent(q.open) && (t.Kind == Word || t.Kind == Number || t.Kind == Possessive)
}

func isSentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

// mentionIn returns the first person mention after token k and before the
// next punctuation of the sentence.
func (r *roster) mentionIn(d *doc, k, sent int) (mention, bool) {
	end := k
	for end < len(d.toks) && end < k+8 && int(d.toks[end].Sent) == sent && d.toks[end].Kind != Punct {
		end++
	}
	for _, m := range r.between(k, end) {
		{
			return m, true
		}
	}
	return mention{}, false
}

func isAttribPunct(s string) bool {
	switch s {
	case ",", ":", ".", "—", "–", "-", ";":
		return true
	}
	return false
}

// before reads a cue earlier in the quote's sentence: "Kirby said: “…”",
// "He added, “…”", "Berlin announced that … “unconditional” support".
// A cue without a subject of its own (a second verb, "… and threatened")
// passes to the cue before it; a participle ("…, adding: “…”") takes the
// nearest subject before it or the sentence's earlier attribution.
func (s *quoteStage) before(n int) attribution {
	d, r, qs := s.d, s.r, s.qs
	q := qs.at(n)
	var fallback attribution
	sent := int(d.toks[q.open].Sent)
	rebuttal := q.open > 0 && q.i < q.j && d.Text(q.open-1) == "," && d.Lower(q.i) == "but"
	// "Trump's ‘rigged’ claim": the owner of a reporting noun after the quote
	if q.open > 1 && d.toks[q.open-1].Kind == Possessive && q.after < len(d.toks) && q.close >= 0 {
		if m, ok := r.endingAt(q.open - 1); ok {
			if _, n := d.match(lexicon.Reporting, q.after); n == 1 {
				return s.resolve(m.i, m.j, d.span(q.after, q.after+1))
			}
		}
	}
	for c := q.open - 1; c >= 0 && c >= q.open-maxReach && int(d.toks[c].Sent) == sent; c-- {
		if s.inQ[c] {
			continue
		}
		if stopsCueSearch(d, c) {
			break
		}
		cue, ce := s.cueAt(c)
		if ce == 0 && c > 1 && d.toks[c-1].Kind == Possessive {
			// "Ruiz's claim that …“…”": the possessor is the source
			if m, ok := r.endingAt(c - 1); ok {
				if _, n := d.match(lexicon.Reporting, c); n == 1 && (!objectPosition(d, m.i) || nounHoldsQuote(d, c, q)) {
					return s.resolve(m.i, m.j, d.span(c, c+1))
				}
			}
		}
		if ce == 0 || ce > q.open || d.stemIs(c, stemContinu) {
			continue // "continues to build up forces “…”" reports nothing
		}
		if c > 0 && s.sent(c-1) == sent && !s.inQ[c-1] && strings.HasSuffix(d.Lower(c), "s") && d.toks[c-1].Kind == Word && !d.Cap(c-1) {
			if _, pe := s.cueAt(c - 1); pe == c {
				// "The agency called accounts of shortages “…”": a plural
				// noun of speech right after a cue is its object
				continue
			}
		}
		if (s.cognitive(c) || s.placeSubject(c, sent) && s.coordinatedBetween(ce, q.open)) && s.speechCueBefore(c, sent) {
			// "Ruiz said Washington expected “…”", "Ruiz said Kinshasa
			// welcomed it but would judge them “…”": Ruiz reports it
			continue
		}
		if rebuttal && ce < len(d.toks) && d.Lower(ce) == "that" && s.speechCueBefore(c, sent) {
			// "Ruiz said NATO claimed that it would not expand, “but it
			// is expanding”": the quote answers the claim it follows
			rebuttal = false
			continue
		}
		if a, ok := s.byAgent(c, ce, q, cue); ok {
			return a
		}
		headline := s.inHeadline(q.open)
		if ce+1 == q.open && ce == c+1 {
			// the particle of a phrasal cue right before the marks:
			// "called for “…”", and in a headline "vows to ‘…’", "warns
			// of ‘…’" (rule 50)
			if w := d.Lower(ce); w == "for" || (w == "of" || w == "to") && headline {
				cue = d.span(c, ce+1)
			}
		}
		l := skipTimeLeft(d, c, sent)
		if headline && l > 1 && d.Text(l-1) == "," && !isParticiple(d, c, l) {
			// "Australian-led force lands in Solomons, vows to ‘…’": a
			// headline's verbs share the subject that opens it; a
			// description of a person the headline does not name
			// ("Pentagon chief") is left to the body's attribution
			if a, b := s.headlineSubject(l - 1); b > a {
				at := s.resolve(a, b, cue)
				if e, n := d.description(b - 1); at.who != nil || !(n == 1 && e.Field(0) == "person") {
					return at
				}
				break
			}
		}
		if isParticiple(d, c, l) {
			return s.participle(n, c, cue)
		}
		if l > 1 && d.toks[l-1].Kind == Possessive && isPronoun(d.Lower(l-2)) {
			l-- // "He’s claiming"
		}
		if a, b := s.participialSubject(l, sent); b > a {
			// "The general, flanked by the police chief, General Ruiz, said"
			return s.resolve(a, b, cue)
		}
		if a, b := s.textAuthor(l, sent); b > a {
			// "a leaked letter from him to Mr Cameron last month warned"
			return s.resolve(a, b, cue)
		}
		if m, ok := r.beforeApposition(d, l, sent); ok {
			return s.resolve(m.i, m.j, cue)
		}
		if m, ok := s.nameBeforeInsert(l, sent); ok {
			// "Ana Ruiz, the head of Ora Media -- the company that owns
			// the channel -- told me": the name before the insert
			return s.resolve(m.i, m.j, cue)
		}
		if a, b := s.relativeAntecedent(l, sent); b > a {
			// "Ivanov, who on Saturday had called the move a “…”"
			return s.resolve(a, b, cue)
		}
		if l > 0 && (d.Lower(l-1) == "and" || d.Lower(l-1) == "but" || d.Lower(l-1) == "then" || l > 1 && d.Lower(l-1) == "to" && d.quoteWord(l-2, "lead")) {
			// "Ruiz laughed and said", "The email goes on to say: “…”"
			// a second verb: "Ruiz laughed and said, “…”"
			if a := s.clauseSubjectOf(l-1, cue); a.ok {
				return a
			}
		}
		if a, b := s.subjectLeft(l, sent); b > a {
			if a > 0 && d.Lower(a-1) == "what" && s.quoteBetween(ce, q.open) {
				// "what Moscow calls its “operation” would go on “…”": the
				// free relative names its own quote only
				continue
			}
			if s.commonPhrase(a, b) && !d.kindIs(b-1, wOrgNoun) && !d.is(lexicon.Bodies, b-1) && !d.is(lexicon.Organisations, b-1) {
				if at := s.statementBefore(a); at.ok {
					return at
				}
			}
			if s.reportedCommonSubject(a, b, sent) || b-a == 1 && (d.Lower(a) == "he" || d.Lower(a) == "she") && s.insideReport(a, sent) {
				// "the ministry said the two sides had agreed to “…”": an
				// unnamed party inside someone's report; the reporter speaks
				continue
			}
			if b-a == 1 && (d.Lower(a) == "it" || d.Lower(a) == "they") && !fallback.ok && !(a > 0 && relativeOpener(d.Lower(a-1))) {
				// "She says it shows …": an outer speaker comes first
				fallback = s.resolve(a, b, cue)
				continue
			}
			return s.resolve(a, b, cue)
		}
	}
	return fallback
}

// objectPosition reports whether the noun phrase opening at token i
// follows a verb or a "that" in its clause ("called [Ruiz's remarks]",
// "said that [Ruiz's comments]"), not a sentence's or clause's opening
// ("Under pressure, [Ruiz's lawyers] said …").
func objectPosition(d *doc, i int) bool {
	if i == 0 || d.toks[i-1].Sent != d.toks[i].Sent {
		return false
	}
	w := d.Lower(i - 1)
	return d.toks[i-1].Kind == Word && !d.Cap(i-1) && !isPreposition(w) && !isDeterminer(w) && !isSubordinator(w)
}

// inPreposedClause reports whether the quote q lies inside a subordinate
// clause that opens its sentence with a reporting verb and a subject of
// its own before the quote ("Although Ruiz conceded that the depot was
// “badly run,” she blamed …", "While Hale has warned against “…” in
// …, he has ordered …"): the clause after the quote is the
// main clause, no attribution of it, and the head-cue pass reads the
// clause's own (guide rule 51p). A clause whose cue has no subject before
// it ("When asked about it, “…,” Ruiz said") is no such clause.
func (s *quoteStage) inPreposedClause(q quote) bool {
	d := s.d
	first := afterDateline(d, s.sentStart(q.open), q.open)
	if first >= q.open {
		return false
	}
	w := d.Lower(first)
	if w == "even" && first+1 < q.open && (d.Lower(first+1) == "as" || d.Lower(first+1) == "though") {
		first++
	} else if !isClauseSubordinator(w) || w == "where" || w == "so" {
		return false
	}
	if k := q.after; q.close >= 0 && k < len(d.toks) {
		if d.toks[k].Kind == Punct && k+1 < len(d.toks) {
			k++
		}
		if _, ce := s.cueAt(k); ce > 0 && !s.inQ[k] {
			return false // "…, he “…,” said Drew Hale": an inverted tail reports the whole sentence
		}
	}
	for k := first + 2; k < q.open; k++ {
		if s.inQ[k] {
			return false
		}
		if _, ce := s.cueAt(k); ce > 0 && ce <= q.open && !d.Cap(k) {
			return true
		}
	}
	return false
}

// nounHoldsQuote reports whether the quote q can be the content of the
// reporting noun at token c ("Ruiz's claim that …“…”", "Ruiz's call for
// “…”"), not a judgement of it (guide rule 51m): the noun is the object of
// an object complement ("called Ruiz's remarks a “fairy tale”", "dismissed
// Ruiz's comments as “…”", also past a complement of the noun: "Ruiz's
// remarks on the strike a “…”") or the subject of a predicate that the
// quote opens or that a verb before it opens ("said Ruiz's remarks “will
// cost us”", "Ruiz's comments about the port were “…”"). A noun with a
// that-clause holds the quote ("Ruiz's claim that the plan was “…”").
func nounHoldsQuote(d *doc, c int, q quote) bool {
	x := c + 1
	if x >= q.open {
		w := d.Lower(q.i)
		return q.i >= q.j || d.Cap(q.i) || !isAuxiliary(w) && w != "shows" && w != "show" && w != "showed"
	}
	if d.Lower(x) == "that" {
		return true // "Ruiz's claim that the plan was “…”"
	}
	// "Ruiz's remarks on the strike a “fairy tale”", "Ruiz's comments
	// about the port were “…”", "… Ruiz's remarks as “…”"
	w := d.Lower(q.open - 1)
	return w != "as" && !isDeterminer(w) && !isAuxiliary(w)
}

// inHeadline reports whether token k is in a headline: a first paragraph
// of at most maxHeadlineTokens tokens, with more after it, that ends with
// no full stop. (Bounded: a long first paragraph is no headline, and the
// test costs each quote at most maxHeadlineTokens tokens.)
func (s *quoteStage) inHeadline(k int) bool {
	d := s.d
	if d.toks[k].Para != 0 || k >= maxHeadlineTokens {
		return false
	}
	e := k
	for e+1 < len(d.toks) && d.toks[e+1].Para == 0 {
		if e++; e >= maxHeadlineTokens {
			return false
		}
	}
	return e+1 < len(d.toks) && d.Text(e) != "."
}

// headlineSubject returns the subject that opens the headline sentence
// holding token c (a comma before a coordinated verb): a person of the
// roster, a noun phrase followed by its own verb, or the words before a
// verb in the present ("Rebel army takes …"); [c, c) when there is none.
func (s *quoteStage) headlineSubject(c int) (int, int) {
	d := s.d
	sent := s.sent(c)
	first := s.sentStart(c)
	if m, ok := s.r.startingAt(first); ok && m.j < c && s.verbAt(m.j, sent) {
		return m.i, m.j
	}
	if a, b := d.npRight(first); b > a && b < c && d.Cap(a) && s.verbAt(b, sent) {
		return a, b
	}
	// headlines write verbs in the present: the words up to the first
	// one in -s are the subject
	if !d.Cap(first) {
		return c, c
	}
	for v := first + 1; v < c && v < first+6 && d.toks[v].Kind == Word; v++ {
		if w := d.Lower(v); !d.Cap(v) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !isCopula(w) && w != "has" {
			return first, v
		}
	}
	return c, c
}

// reportedCommonSubject reports whether the subject [a, b) of a cue is a
// determiner phrase of common words naming nobody ("the two sides", "both
// parties", no role such as "the spokesman") that opens the reported clause of a speech cue right before
// it ("… said [that] the two sides agreed to"): the quote is the
// reporter's words.
func (s *quoteStage) reportedCommonSubject(a, b, sent int) bool {
	return (s.commonPhrase(a, b) || s.unnamedPlural(a, b)) && s.insideReport(a, sent)
}

// unnamedPlural reports whether [a, b) is an unnamed party of people
// written as a plural noun, bare ("donors", "aid groups") or owned by a
// name ("the North's delegates"): inside a report it names nobody who
// speaks for themselves (rule 42).
func (s *quoteStage) unnamedPlural(a, b int) bool {
	d := s.d
	x := a
	if b-a >= 3 && d.Lower(a) == "the" && d.Cap(a+1) && d.toks[a+2].Kind == Possessive {
		x = a + 3 // "the North's delegates"
	}
	if b-x < 1 || b-x > 2 || !pluralNoun(d.Lower(b-1)) {
		return false
	}
	for y := x; y < b; y++ {
		if t := &d.toks[y]; t.Kind != Word || d.capOf(t) || isDeterminer(d.lowerOf(t)) {
			return false
		}
	}
	return len(s.r.between(a, b)) == 0
}

// commonPhrase reports whether [a, b) is a determiner phrase of common
// words naming nobody ("the two sides", "both parties"; no role such as
// "the spokesman").
func (s *quoteStage) commonPhrase(a, b int) bool {
	d := s.d
	if b-a < 2 || !isDeterminer(d.Lower(a)) && !isPossessiveDeterminer(d.Lower(a)) && d.Lower(a) != "both" {
		return false // "the two sides", "his government"
	}
	if e, n := d.description(b - 1); n > 0 && e.Field(0) == "person" {
		return false
	}
	for x := a; x < b; x++ {
		if t := &d.toks[x]; t.Kind != Word && t.Kind != Number || x > a && d.capOf(t) {
			return false
		}
	}
	return true
}

// statementBefore returns the attribution of the sentence before the one
// holding token a, in its paragraph, when that sentence reports a
// statement or readout and quotes nothing ("…, spokesman Roy Haskell said
// in a statement. The two sides also agreed on “…”": rule 40c, the
// passage goes on reporting the statement, whose author speaks).
func (s *quoteStage) statementBefore(a int) attribution {
	d := s.d
	first := s.sentStart(a)
	if first == 0 || d.toks[first-1].Para != d.toks[a].Para {
		return attribution{}
	}
	last := first - 1
	for last > 0 && d.toks[last].Kind == Punct && !s.inQ[last] && !isSentenceEnd(d.Text(last)) {
		last--
	}
	p := s.sentStart(last)
	for x := p; x <= last; x++ {
		if s.inQ[x] {
			return attribution{}
		}
	}
	for x := p; x <= last; x++ {
		if isStatementNoun(d.Lower(x)) {
			return s.statementSource(x, p, 0)
		}
	}
	return attribution{}
}

// isStatementNoun reports whether w names a statement whose words belong
// to its author (rule 40).
func isStatementNoun(w string) bool {
	switch w {
	case "statement", "readout", "communique", "communiqué":
		return true
	}
	return false
}

// statementSource returns the attribution whose adverbial the statement
// noun at token x is ("Ned Price said in a readout"), the cue no further
// back than token p: not an earlier verb of the sentence ("the officials
// talked about …, Ned Price said in a readout"). The source's phrase is
// resolved at depth (see maxResolveDepth).
func (s *quoteStage) statementSource(x, p, depth int) attribution {
	d := s.d
	sent := s.sent(x)
	for c := x - 1; c >= p && c >= x-4; c-- {
		cue, ce := s.cueAt(c)
		if ce == 0 || isAccording(cue) {
			continue
		}
		l := skipTimeLeft(d, c, sent)
		if m, ok := s.r.beforeApposition(d, l, sent); ok {
			return s.resolveIn(m.i, m.j, cue, false, depth)
		}
		if a, b := d.npLeft(l); b > a {
			return s.resolveIn(a, b, cue, false, depth)
		}
		return attribution{}
	}
	return attribution{}
}

// statementAuthor resolves "the statement" [a, b), the subject of a
// later sentence of the paragraph, to the attribution that issued it:
// "Keita's office said in a statement that … . The statement said …" →
// Keita's office, with that attribution's mention and cue (rules 40c and
// 41). An attribution with none is nil. The attribution's phrase is
// resolved at depth (see maxResolveDepth).
func (s *quoteStage) statementAuthor(a, b, depth int) attribution {
	d := s.d
	if b-a != 2 || d.Lower(a) != "the" || !isStatementNoun(d.Lower(b-1)) {
		return attribution{}
	}
	for x := a - 1; x >= 0 && x >= a-maxIntroBack && d.toks[x].Para == d.toks[a].Para; x-- {
		if s.inQ[x] || !isStatementNoun(d.Lower(x)) || x < 2 || !isDeterminer(d.Lower(x-1)) || d.Lower(x-1) == "the" {
			continue
		}
		// "in a statement": an adverbial of the attribution's cue
		if l := d.Lower(x - 2); l != "in" && l != "through" {
			return attribution{}
		}
		if at := s.statementSource(x-2, s.sentStart(x), depth); at.ok && at.speaker != "" && !strings.EqualFold(at.speaker, d.span(a, b)) {
			return at
		}
		return attribution{}
	}
	return attribution{}
}

// insideReport reports whether the clause whose subject starts at token a
// is the reported clause of a speech cue right before it ("… said [that]
// the two sides …", "said in Brussels that …", "…, and that …").
func (s *quoteStage) insideReport(a, sent int) bool {
	d := s.d
	x := a - 1
	if x > 0 && d.Lower(x) == "that" {
		x--
		if x > 1 && d.Lower(x) == "and" && d.Text(x-1) == "," {
			// "said …, and that the air force would add": the first
			// that-clause's cue reports the second
			for y := x - 2; y > 0 && y > x-maxReach && s.sent(y) == sent && !s.inQ[y]; y-- {
				if d.Lower(y) == "that" {
					x = y - 1
					break
				}
			}
		}
	}
	for y := x; y >= 0 && y >= x-5 && s.sent(y) == sent; y-- {
		t := &d.toks[y]
		if t.Kind != Word || s.inQ[y] || y < x && isAuxiliary(d.lowerOf(t)) {
			return false
		}
		// the cue right before, or past an adverbial: "said in Brussels
		// that", "said on Tuesday that"
		if cue, ce := s.cueAt(y); ce > 0 && (ce == x+1 || ce <= x && isPreposition(d.Lower(ce)) && d.Lower(x+1) == "that") && !isAccording(cue) && !s.cognitive(y) {
			return true
		}
	}
	return false
}

// placeSubject reports whether the subject of the cue at token c is a
// place only ("Kinshasa", "Washington") that opens the reported clause of
// a speech cue: a government named by its capital inside someone's report
// is not the quote's speaker.
func (s *quoteStage) placeSubject(c, sent int) bool {
	d := s.d
	a, b := d.npLeft(skipTimeLeft(d, c, sent))
	if b <= a || len(s.r.between(a, b)) > 0 {
		return false
	}
	cls := d.classify()
	for x := a; x < b; x++ {
		if cls[x]&cPlace == 0 {
			return false
		}
	}
	// the place opens the reported clause of a speech cue: "said
	// (that) Kinshasa welcomed"
	x := a - 1
	if x > 0 && d.Lower(x) == "that" {
		x--
	}
	for y := x; y >= 0 && y >= x-2; y-- {
		if _, ce := s.cueAt(y); ce == x+1 && !s.cognitive(y) {
			return true
		}
	}
	return false
}

// coordinatedBetween reports whether a coordinated verb phrase ("but
// would judge", "and vowed to") lies between tokens i and j: the quote
// there is not the object of the cue before i ("what Moscow calls its
// “…”" is).
func (s *quoteStage) coordinatedBetween(i, j int) bool {
	for x := i; x < j && x < len(s.d.toks); x++ {
		if w := s.d.Lower(x); w == "but" || w == "and" {
			return true
		}
	}
	return false
}

// byAgent reads the source of a passive cue from its by-phrase: "the
// assault was described by Defence Minister Ana Ruiz as “…”", "the plan,
// called “…” by the ministry": the agent, a person or a named phrase,
// speaks. c is the cue's first token, ce the token after it.
func (s *quoteStage) byAgent(c, ce int, q quote, cue string) (attribution, bool) {
	d := s.d
	w := d.Lower(c)
	if !strings.HasSuffix(w, "ed") && !d.quoteWord(c, "past_cue") {
		return attribution{}, false
	}
	if c > 0 && isPronoun(d.Lower(c-1)) || c > 1 && relativeOpener(d.Lower(c-2)) {
		return attribution{}, false // "what it called “…” by Russian units": active, with its own subject
	}
	by := ce
	if by == q.open {
		by = q.after // called “…” by the ministry
	}
	if by >= len(d.toks) || d.Lower(by) != "by" || s.inQ[by] || by+1 >= len(d.toks) {
		return attribution{}, false
	}
	if m, ok := s.r.startingAt(by + 1); ok {
		return s.resolve(m.i, m.j, cue), true
	}
	if a, b := d.npRight(by + 1); b > a && (d.Cap(a) || d.Cap(b-1) || d.is(lexicon.Descriptions, b-1)) {
		return s.resolve(a, b, cue), true
	}
	return attribution{}, false
}

// quoteBetween reports whether a quote mark lies in tokens [i, j).
func (s *quoteStage) quoteBetween(i, j int) bool {
	for k := i; k < j; k++ {
		if s.inQ[k] {
			return true
		}
	}
	return false
}

// cognitive reports whether the cue at token c is a verb of thought
// ("expected", "hoped") or an order ("ordered him to “…”"): a speech verb
// that reports it in the sentence is the quote's cue.
func (s *quoteStage) cognitive(c int) bool {
	e, n := s.d.match(lexicon.Reporting, c)
	return n == 1 && (e.Field(1) == "cognitive" || e.Field(1) == "directive")
}

// speechCueBefore reports whether a cue that is no verb of thought, order
// or opening participle comes earlier in the sentence, before token c, outside
// quotes.
func (s *quoteStage) speechCueBefore(c, sent int) bool {
	for x := c - 1; x >= 0 && x >= c-maxReach && s.sent(x) == sent; x-- {
		if s.inQ[x] {
			continue
		}
		// a participle opening the sentence ("Speaking on television,
		// Ruiz ordered …") reports nothing the later verb says
		opening := strings.HasSuffix(s.d.Lower(x), "ing") && (x == 0 || s.sent(x-1) != sent)
		if cue, ce := s.cueAt(x); ce > 0 && ce <= c && !isAccording(cue) && !s.cognitive(x) && !opening {
			return true
		}
	}
	return false
}

// subjectLeft returns the subject that ends just before token l, the
// verb's first token: the noun phrase there ("the spokesman"), the one
// before a relative clause it ends ("A report [that the council
// published] said"), or the one before an apposition or relative clause
// set off by commas ("The group, which monitors the fighting, said").
func (s *quoteStage) subjectLeft(l, sent int) (int, int) {
	a, b := s.subjectLeftOf(l, sent)
	if b > a {
		a = s.withOne(a, sent)
	}
	return a, b
}

// subjectLeftOf is subjectLeft without a determiner "one" before the
// phrase.
func (s *quoteStage) subjectLeftOf(l, sent int) (int, int) {
	d := s.d
	if l > 0 && d.Text(l-1) == ")" {
		// "Gov. Ana Ruiz (R) said"
		for x := l - 2; x > 0 && x >= l-8 && s.sent(x) == sent; x-- {
			if d.Text(x) == "(" {
				l = x
				break
			}
		}
	}
	if l > 0 && s.sent(l-1) == sent {
		switch d.Lower(l - 1) {
		case "he", "she", "it", "they":
			// a subject pronoun right before the verb is its subject:
			// "In a note released by his lawyers he said", "on
			// what it calls" (rule 51j)
			return l - 1, l
		}
	}
	if l > 0 && d.Text(l-1) != "," {
		if a, b := s.modifiedSource(l, sent); b > a {
			return a, b // "Thousands of protesters gathered outside the parliament chanted"
		}
	}
	a, b := d.npLeft(l)
	on := b > a && a > 1 && d.Lower(a-1) == "on" && s.capitalisedPlace(a, b)
	if b > a && a > 1 && s.sent(a-1) == sent && (placePreposition(d.Lower(a-1)) || on) && len(s.r.between(a, b)) == 0 {
		// a place after "in"/"at" is never the subject: "NATO leaders
		// meeting in the Lithuanian capital promised" -- the phrase the
		// prepositional phrase (perhaps after a participle) follows is;
		// a capitalised place right after its head is part of the
		// source ("The councils in Gao and Mopti have warned",
		// "Union leaders on Sakhalin said", rule 48)
		x := a - 1
		participle := false
		if t := &d.toks[x-1]; t.Kind == Word && !d.capOf(t) && (strings.HasSuffix(d.lowerOf(t), "ing") || strings.HasSuffix(d.lowerOf(t), "ed")) {
			x--
			participle = true
		}
		if y, z := d.npLeft(x); z > y {
			// the head a common noun, capitalised only to open the
			// sentence ("Officials in Kyiv said"): not a body's name
			common := !d.Cap(z-1) || y == z-1 && (y == 0 || s.sent(y-1) != sent) && d.classify()[y]&(cPlace|cBody) == 0
			if !participle && z == a-1 && s.capitalisedPlace(a, b) && common && d.toks[z-1].Kind == Word {
				return y, b
			}
			return y, z
		}
		if y, z := s.oneSource(x, sent); z > y {
			return y, z // "One soldier at the Lungi base said"
		}
		if y, z := s.openingNouns(l, sent); z > y && !participle {
			return y, z // "Tribal elders on Mindanao said": a head no list knows
		}
		return l, l
	}
	if b > a {
		if a > 0 && s.sent(a-1) == sent && isRelative(d.Lower(a-1)) {
			// a relative clause after a noun with a determiner ("A report
			// that the council published said"), not "in Ohio that Ruiz said"
			if x, y := d.npLeft(a - 1); y > x && (isDeterminer(d.Lower(x)) || isPossessiveDeterminer(d.Lower(x))) {
				return x, y
			}
		}
		return a, b
	}
	if a, b := s.barePlural(l, sent); b > a {
		return a, b
	}
	if a, b := s.oneSource(l, sent); b > a {
		return a, b // "…, and one former aide predicted"
	}
	if l < 2 || d.Text(l-1) != "," {
		return s.openingNouns(l, sent)
	}
	// the name's own complement of a country: "Maj. Gen. Christian Damay
	// of France, said"
	for x := l - 2; x > 3 && x >= l-4 && s.sent(x) == sent && d.toks[x].Kind == Word && d.Cap(x); x-- {
		o := x - 1
		if d.Lower(o) == "the" {
			o-- // "of the Netherlands"
		}
		if d.Lower(o) == "of" {
			if m, ok := s.r.endingAt(o); ok && d.classify()[x]&cPlace != 0 {
				return m.i, m.j
			}
			break
		}
	}
	for k := l - 2; k > 0 && k >= l-30 && s.sent(k) == sent && !s.inQ[k]; k-- {
		if d.Text(k) != "," {
			continue
		}
		if next := d.Lower(k + 1); isRelative(next) || isDeterminer(next) || d.toks[k+1].Kind == Number ||
			strings.HasSuffix(next, "ing") && !d.Cap(k+1) || d.Cap(k+1) && l-1-(k+1) <= 4 || next == "one" && d.Lower(k+2) == "of" ||
			d.Cap(k+1) && k+2 < l-1 && d.toks[k+2].Kind == Possessive ||
			!d.Cap(k+1) && d.toks[k+1].Kind == Word && d.Cap(k-1) && (s.roleNoun(k+1) || d.classify()[k+1]&cTitleWord != 0) {
			// "The United Nations humanitarian office, OCHA, warned"
			// "An aide, speaking on condition of anonymity, said"
			// "Ana Ruiz, 34, who owns a bakery, said": past the age
			// "Sen. Ana Ruiz, R-S.C., one of …, said": past the party tag
			// "The director of the institute, Washington's embassy, said"
			// "Ana Ruiz, general secretary of the union, warned": a bare role
			k = d.partyTagBefore(k)
			if a, b := d.npLeft(skipAge(d, k)); b > a {
				if a > 1 && s.sent(a-1) == sent && placePreposition(d.Lower(a-1)) && len(s.r.between(a, b)) == 0 {
					// "The director of the institute in Taiwan, …": the
					// place is no subject, the phrase it places is
					if x, y := d.npLeft(a - 1); y > x {
						a = x
					}
				}
				// "Gen. Ana Ruiz, the head of Africa Command, who …, said":
				// the phrase is itself an apposition to a name, also when
				// it ends a longer one ("Brigadier Alex Birtwistle, the
				// commander of 42 (North West) Brigade, who …, said")
				for c := a - 1; c > 1 && c >= a-12 && s.sent(c) == sent && !s.inQ[c]; c-- {
					if d.Text(c) != "," {
						continue
					}
					if c+1 == a || isDeterminer(d.Lower(c+1)) {
						if m, ok := s.r.endingAtParen(d, c); ok {
							return m.i, m.j
						}
					}
					break
				}
				return a, b
			}
			return s.nounsBefore(k, sent)
		}
		break
	}
	return l, l
}

// capitalisedPlace reports whether [a, b) is a short proper place: one to
// five capitalised words, perhaps joined by "and" ("Mali and Burkina
// Faso", "Bougainville"), none of them a month or weekday.
func (s *quoteStage) capitalisedPlace(a, b int) bool {
	d := s.d
	if b-a < 1 || b-a > 5 || !d.Cap(a) || !d.Cap(b-1) {
		return false
	}
	cls := d.classify()
	for x := a; x < b; x++ {
		if d.toks[x].Kind != Word || cls[x]&cCalendar != 0 || !d.Cap(x) && d.Lower(x) != "and" {
			return false
		}
	}
	return true
}

// withOne returns the start of a subject phrase that begins at token a,
// moved back over a determiner "one" or "another" before it: "as [one]
// officer at the barracks put it" (isIndefinite reads it as "an"); not
// after another determiner or "of" ("the one aide", "of one official").
func (s *quoteStage) withOne(a, sent int) int {
	d := s.d
	if a < 1 || s.sent(a-1) != sent || d.Lower(a-1) != "one" && d.Lower(a-1) != "another" || d.Cap(a) {
		return a
	}
	if a > 1 && s.sent(a-2) == sent && (isDeterminer(d.Lower(a-2)) || d.Lower(a-2) == "of" || isPossessiveDeterminer(d.Lower(a-2))) {
		return a
	}
	return a - 1
}

// placePreposition reports whether w opens a phrase of place that follows
// a subject and never holds it: "in", "at", "through", "across" …
// ("Protesters marching through the streets chanted").
func placePreposition(w string) bool {
	switch w {
	case "in", "at", "through", "across", "along", "around", "outside", "near", "inside":
		return true
	}
	return false
}

// textAuthor returns the author of a written text that is the subject of
// the cue whose left edge is token l: "a leaked letter from [him] to Mr
// Cameron last month warned" (quote_words kind text; the author follows
// "from", the rest up to the cue is its addressee and a time). [l, l)
// when there is none.
func (s *quoteStage) textAuthor(l, sent int) (int, int) {
	d := s.d
	for k := l - 2; k > 0 && k >= l-10 && s.sent(k) == sent; k-- {
		if s.inQ[k] || d.toks[k].Kind == Punct && d.Text(k) != "." {
			return l, l
		}
		if !d.quoteWord(k, "text") || d.Lower(k+1) != "from" {
			continue
		}
		// the text opens the clause: a determiner, perhaps an adjective
		x := k - 1
		if x >= 0 && s.sent(x) == sent && d.toks[x].Kind == Word && !d.Cap(x) && !isDeterminer(d.Lower(x)) && !isPossessiveDeterminer(d.Lower(x)) {
			x--
		}
		if x < 0 || s.sent(x) != sent || !isDeterminer(d.Lower(x)) && !isPossessiveDeterminer(d.Lower(x)) {
			return l, l
		}
		if x > 0 && s.sent(x-1) == sent && d.Text(x-1) != "," && d.Lower(x-1) != "and" && d.Lower(x-1) != "but" {
			return l, l
		}
		a := k + 2
		if w := d.Lower(a); a < l && (isPronoun(w) || w == "him" || w == "her") {
			return a, a + 1
		}
		if m, ok := s.r.startingAt(a); ok && m.j < l {
			return m.i, m.j
		}
		return l, l
	}
	return l, l
}

// barePlural returns a bare plural subject that a relative pronoun opens,
// ending just before the verb at token l: "a concession that Estonian
// nationalist deputies called “…”", "the plan, which officials described
// as “…”". Up to four words, no function word or verb among them, the
// last a plural common noun.
func (s *quoteStage) barePlural(l, sent int) (int, int) {
	d := s.d
	if l < 2 || s.sent(l-1) != sent {
		return l, l
	}
	h := &d.toks[l-1]
	if h.Kind != Word || d.capOf(h) || !strings.HasSuffix(d.lowerOf(h), "s") || strings.HasSuffix(d.lowerOf(h), "ss") || isFunctionWord(d.lowerOf(h)) {
		return l, l
	}
	for x := l - 1; x > 0 && x >= l-4 && s.sent(x) == sent; x-- {
		t := &d.toks[x]
		if t.Kind != Word || s.inQ[x] || isFunctionWord(d.lowerOf(t)) || isAdverb(d.lowerOf(t)) || isDeterminer(d.lowerOf(t)) || isPossessiveDeterminer(d.lowerOf(t)) {
			return l, l
		}
		if _, ce := s.cueAt(x); ce > 0 || x < l-1 && strings.HasSuffix(d.lowerOf(t), "ed") {
			return l, l
		}
		if w := d.Lower(x - 1); w == "that" || w == "which" {
			return x, l
		}
	}
	return l, l
}

// openingNouns returns the words that open the sentence and end just
// before the verb at token l, when they can only be its subject: up to
// six words without punctuation, function words or verbs ("Officials in
// several capitals speak of", "Some residents call").
func (s *quoteStage) openingNouns(l, sent int) (int, int) {
	d := s.d
	first := l
	for first > 0 && first > l-7 && s.sent(first-1) == sent {
		first--
	}
	if first > 0 && s.sent(first-1) == sent {
		return l, l
	}
	for first < l && s.inQ[first] {
		first++ // the closing mark of the sentence before: “…reassured.” Another
	}
	if first == l || !d.Cap(first) {
		return l, l
	}
	for x := l - 2; x > first; x-- {
		// a subordinate clause's bare subject: "Border talks stall as
		// minister rejects ‘…’" (a headline's article-less noun)
		if w := d.Lower(x); isClauseSubordinator(w) {
			if s.bareNouns(x+1, l) {
				return x + 1, l
			}
			break
		}
	}
	for x := first; x < l; x++ {
		t := &d.toks[x]
		if t.Kind != Word && t.Kind != Possessive || s.inQ[x] || isFunctionWord(d.lowerOf(t)) || isAdverb(d.lowerOf(t)) && d.lowerOf(t) != "in" && d.lowerOf(t) != "on" {
			return l, l
		}
		// a cue word opening a longer phrase is its modifier: "State
		// television said"
		if _, ce := s.cueAt(x); ce > 0 && !(x == first && x+1 < l && d.toks[x+1].Kind == Word) || x > first && strings.HasSuffix(d.lowerOf(t), "ed") {
			return l, l
		}
	}
	return first, l
}

// isClauseSubordinator reports whether w opens an adverbial clause with
// a subject of its own ("as", "while", "after"); not a coordinator.
func isClauseSubordinator(w string) bool {
	return w != "and" && w != "but" && w != "or" && w != "so" && w != "what" && w != "how" && w != "why" && w != "where" && isSubordinator(w)
}

// bareNouns reports whether tokens [a, b) are words outside quotes that
// may form a noun phrase without a determiner: no function word, adverb
// or cue among them.
func (s *quoteStage) bareNouns(a, b int) bool {
	d := s.d
	for x := a; x < b; x++ {
		t := &d.toks[x]
		if t.Kind != Word && t.Kind != Possessive || s.inQ[x] || isFunctionWord(d.lowerOf(t)) || isAdverb(d.lowerOf(t)) || isSubordinator(d.lowerOf(t)) {
			return false
		}
		if _, ce := s.cueAt(x); ce > 0 {
			return false
		}
	}
	return b > a
}

// nounsBefore returns a determiner phrase of up to six words of common
// nouns ending just before token k: "an aide to the senator", "a senior
// official". It never crosses punctuation or a function word.
func (s *quoteStage) nounsBefore(k, sent int) (int, int) {
	d := s.d
	for x := k - 1; x >= 0 && x >= k-6 && s.sent(x) == sent; x-- {
		t := &d.toks[x]
		if t.Kind != Word && t.Kind != Possessive {
			return k, k
		}
		if opensNounPhrase(d.lowerOf(t)) && x < k-1 {
			return x, k
		}
		if isFunctionWord(d.lowerOf(t)) {
			return k, k
		}
	}
	return k, k
}

// skipAge returns the comma before an age that ends at the comma k
// ("Ana Ruiz, 34, who …"), else k: the name is before the age.
func skipAge(d *doc, k int) int {
	if k >= 3 && d.toks[k-1].Kind == Number && d.Text(k-2) == "," && d.toks[k-3].Kind == Word && d.Cap(k-3) {
		return k - 2
	}
	return k
}

func isRelative(w string) bool { return w == "that" || w == "which" || w == "who" || w == "whose" }

// beforeApposition finds the subject "Josep Borrell" of "The EU's foreign
// policy chief, Josep Borrell, called" or "Ned Price, the State
// Department spokesman, said": a person named just before a comma that
// ends at token l, or before the comma opening the apposition.
func (r *roster) beforeApposition(d *doc, l, sent int) (mention, bool) {
	if l < 2 || d.Text(l-1) != "," {
		return mention{}, false
	}
	if m, ok := r.endingAt(l - 1); ok {
		// "Ben Wallace, who flew to Moscow for talks with Sergei Shoigu,
		// said": the person the relative clause is about
		// "Tom Kerr, a lecturer at King's College London, said": an
		// apposition that opens with a determiner describes the person
		// before it; the name at its end is in its prepositional phrase
		nearest := true
		for k := m.i - 1; k > 1 && k >= l-30 && int(d.toks[k].Sent) == sent; k-- {
			if d.Text(k) != "," {
				continue
			}
			next := d.Lower(k + 1)
			// "Ruiz, speaking alongside Diaz, said": a participial
			// apposition describes the person before it too
			participial := !d.Cap(k+1) && (strings.HasSuffix(next, "ing") ||
				strings.HasSuffix(next, "ed") && k+2 < len(d.toks) && d.Lower(k+2) == "by")
			if isRelative(next) && next != "that" || nearest && (isDeterminer(next) || participial) {
				if o, ok := r.endingAt(skipAge(d, k)); ok {
					return o, true
				}
				// "Senator Ana Ruiz, Democrat of Ohio, a critic of aid to
				// San Salvador, called": past a second apposition
				if o, ok := r.nameBeforeAppositions(d, k, sent); ok {
					return o, true
				}
				break
			}
			nearest = false
		}
		return m, true
	}
	for k := l - 2; k > 0 && k >= l-30 && int(d.toks[k].Sent) == sent; k-- {
		if d.Text(k) == "," {
			if x := d.partyTagBefore(k); x != k {
				// "Rep. Ana Ruiz, D-Ohio, the ranking member …, said":
				// the name before the party tag
				if m, ok := r.endingAtParen(d, x); ok {
					return m, true
				}
			}
			if m, ok := r.endingAtParen(d, k); ok {
				return m, true
			}
			if d.Cap(k+1) && (k+2 == l-1 && (d.classify()[k+1]&cPlace != 0 || strings.HasSuffix(d.Text(k+1), ".")) || k+3 == l-1 && d.Text(k+2) == ".") {
				continue // "who directed it from Norfolk, Va., called": a place's state
			}
			break
		}
	}
	return mention{}, false
}

// endingAtParen returns the person mention that ends at token k, or
// before a parenthesis that ends there: "Rep. Ana Ruiz (D-Texas),".
// nameBeforeAppositions returns the person named before the comma-closed
// appositions that end at the comma k, one or two of them, each opening
// with a capital, a determiner, a number or a party tag ("Senator Ana
// Ruiz, Democrat of Ohio, a critic of …,", "Rep. Ana Ruiz, D-Ohio, the
// ranking member …,"): the subject those appositions describe.
func (r *roster) nameBeforeAppositions(d *doc, k, sent int) (mention, bool) {
	for n := 0; n < 2; n++ {
		x := k - 1
		for x > 0 && x >= k-12 && int(d.toks[x].Sent) == sent && d.Text(x) != "," {
			x--
		}
		if x <= 0 || d.Text(x) != "," || int(d.toks[x].Sent) != sent {
			return mention{}, false
		}
		if o, ok := r.endingAt(skipAge(d, d.partyTagBefore(x))); ok {
			return o, true
		}
		w := d.Lower(x + 1)
		if !d.Cap(x+1) && !isDeterminer(w) && d.toks[x+1].Kind != Number {
			return mention{}, false
		}
		k = x
	}
	return mention{}, false
}

func (r *roster) endingAtParen(d *doc, k int) (mention, bool) {
	if m, ok := r.endingAt(k); ok {
		return m, true
	}
	if k > 1 && nameSuffix(d.Lower(k-1)) {
		// "James A. Baker 3d, who …, said", "Ana Ruiz Jr., …"
		if m, ok := r.endingAt(k - 1); ok {
			return m, true
		}
		if d.Text(k-2) == "," {
			if m, ok := r.endingAt(k - 2); ok {
				return m, true
			}
		}
	}
	if k > 2 && d.toks[k-2].Kind == Number && !d.toks[k-1].Space && nameSuffix(d.Text(k-2)+d.Lower(k-1)) {
		if m, ok := r.endingAt(k - 2); ok {
			return m, true // "3d" written as a number and a suffix
		}
	}
	if k > 0 && d.Text(k-1) == ")" {
		for x := k - 2; x > 0 && x >= k-8; x-- {
			if d.Text(x) == "(" {
				return r.endingAt(x)
			}
		}
	}
	return mention{}, false
}

// nameSuffix reports whether w follows a name as a generation suffix
// ("Jr.", "III", "3d").
func nameSuffix(w string) bool {
	switch strings.TrimSuffix(w, ".") {
	case "jr", "sr", "ii", "iii", "iv", "2d", "3d", "2nd", "3rd", "4th":
		return true
	}
	return false
}

// skipTimeLeft moves left of adverbs and time phrases before a verb:
// "Putin on Thursday reiterated", "Blinken earlier told".
func skipTimeLeft(d *doc, c, sent int) int {
	l := c
	for l > 0 && int(d.toks[l-1].Sent) == sent {
		t := &d.toks[l-1]
		switch {
		case isAdverb(d.lowerOf(t)) && d.lowerOf(t) != "in":
		case d.is(lexicon.Calendar, l-1), d.lowerOf(t) == "yesterday", d.lowerOf(t) == "today", t.Kind == Number:
		case partOfDay(d.lowerOf(t)):
		case strayMark(d, l-1): // "Lloyd Austin * said"
		case l == c && (d.lowerOf(t) == "first" || d.lowerOf(t) == "last"):
			// "Kishida first promised": an adverb right before the cue
		case timeUnitAfter(d, l-1, c) && !objectBefore(d, l-1, sent):
			// "Rio Mayor Eduardo Paes this month told": a time phrase
			// between the subject and its verb
		default:
			return l
		}
		l--
	}
	return l
}

// objectBefore reports whether the capitalised words that end before
// the time phrase holding token k follow a preposition: "a letter from
// him to Mr Cameron last month warned" has no subject Cameron.
func objectBefore(d *doc, k, sent int) bool {
	for k > 0 && d.toks[k].Kind == Word && !d.Cap(k) {
		k--
	}
	for k > 0 && int(d.toks[k-1].Sent) == sent && (d.toks[k-1].Kind == Word && d.Cap(k-1) || d.toks[k-1].Kind == Punct && d.Text(k-1) == ".") {
		k--
	}
	return k > 0 && int(d.toks[k-1].Sent) == sent && weakBefore(d.Lower(k-1))
}

// timeUnitAfter reports whether token k belongs to a deictic time phrase
// of two words that ends before token c: "this month", "last week",
// "next year", "earlier this week".
func timeUnitAfter(d *doc, k, c int) bool {
	unit := func(w string) bool {
		return w == "week" || w == "month" || w == "year" || w == "weekend" || w == "summer" || w == "winter" || w == "spring" || w == "autumn"
	}
	switch w := d.Lower(k); {
	case unit(w):
		return k > 0 && k+1 <= c && (d.Lower(k-1) == "this" || d.Lower(k-1) == "last" || d.Lower(k-1) == "next")
	case w == "this" || w == "last" || w == "next":
		return k+1 < c && unit(d.Lower(k+1))
	}
	return false
}

// accordingTo reads "according to X" / "as per X" in the quote's sentence.
func (s *quoteStage) accordingTo(n int) attribution {
	d, q := s.d, s.qs.at(n)
	sent := int(d.toks[q.open].Sent)
	// the two words' ids: most tokens are told apart by their id alone
	// (a word of the lexicon has one; a word outside it, id 0, is asked
	// by its text)
	according, as := d.lex.WordID("according"), d.lex.WordID("as")
	source := func(c int) (attribution, bool) {
		if d.Lower(c) != "according" && d.Lower(c) != "as" {
			return attribution{}, false
		}
		cue, ce := s.cueAt(c)
		if ce == 0 || !strings.EqualFold(cue, "according to") && !strings.EqualFold(cue, "as per") {
			return attribution{}, false
		}
		if a, b := d.npRight(ce); b > a {
			return s.resolve(a, b, cue), true
		}
		return attribution{}, false
	}
	// after the quote first ("“…,” according to X"), then before it
	ids := d.lowIDs
	for c := q.open; c < len(d.toks) && c < q.open+maxReach && int(d.toks[c].Sent) == sent; c++ {
		if id := ids[c]; id != 0 && id != according && id != as {
			continue
		}
		if at, ok := source(c); ok {
			return at
		}
	}
	for c := q.open - 1; c >= 0 && c >= q.open-maxReach && int(d.toks[c].Sent) == sent; c-- {
		if id := ids[c]; id != 0 && id != according && id != as {
			continue
		}
		if at, ok := source(c); ok {
			return at
		}
	}
	return attribution{}
}

// cueAt returns the reporting cue starting at token k, as written, and the
// token after it (0 when there is none): a reporting verb in any inflection
// ("said", "adding"), "told" with its audience ("told reporters"),
// "according to", "as per".
func (s *quoteStage) cueAt(k int) (string, int) {
	d := s.d
	if k < 0 || k >= len(d.toks) || d.toks[k].Kind != Word {
		return "", 0 // k < 0: a clause subject asked of the document's first token
	}
	if !s.mayCue(k) {
		return "", 0 // most words: no entry of the reporting list starts with them
	}
	// the passes ask about the same tokens again and again: remember
	if s.cues == nil {
		s.cues = make([]int8, len(d.toks))
	}
	switch n := s.cues[k]; {
	case n < 0:
		return "", 0
	case n > 0:
		return d.span(k, k+int(n)), k + int(n)
	}
	cue, ce := s.findCue(k)
	switch {
	case ce == 0:
		s.cues[k] = -1
	case ce-k <= math.MaxInt8:
		s.cues[k] = int8(ce - k)
	}
	return cue, ce
}

// findCue is cueAt without the memory.
func (s *quoteStage) findCue(k int) (string, int) {
	d := s.d
	if k >= len(d.toks) || d.toks[k].Kind != Word {
		return "", 0
	}
	if s.reporting == nil {
		s.reporting = d.lex.List(lexicon.Reporting)
	}
	e, n := d.matchList(s.reporting, k)
	if n == 0 {
		return "", 0
	}
	if e.Field(0) == "light" {
		return d.span(k, k+n), k + n
	}
	if n == 1 && e.Field(0) == "verb" && !inflectionOf(d.Lower(k), e.Phrase) {
		// "the new positions", "critics", "a declaration": a noun that
		// shares its stem with a reporting verb (posit, criticise,
		// declare) is no form of it
		return "", 0
	}
	if e.Field(0) == "phrase" {
		ph := e.Phrase
		switch {
		case strings.HasPrefix(ph, "told ") || strings.HasPrefix(ph, "tell "):
			// the listed phrase, or the whole audience when it is longer
			// ("told the broadcaster" + "VRT")
			if e := s.audienceEnd(k + 1); e > k+n {
				return d.span(k, e), e
			}
			return d.span(k, k+n), k + n
		case strings.HasPrefix(ph, "according to "):
			// "according to a statement by the ministry": the cue is
			// "according to", the source the phrase after it
			return d.span(k, k+2), k + 2
		case ph == "according to", ph == "as per", ph == "in the words of",
			strings.HasSuffix(ph, " out"), strings.HasSuffix(ph, " back"), strings.HasSuffix(ph, "put it"):
			return d.span(k, k+n), k + n
		}
		// "said in a statement": the verb is the cue
		if s.p.verbAt(d, k) {
			return d.span(k, k+1), k + 1
		}
		return "", 0
	}
	// told the reporters
	if d.stemIs(k, stemTold) || d.stemIs(k, stemTell) {
		if e := s.audienceEnd(k + 1); e > k+1 {
			return d.span(k, e), e
		}
	}
	if t := &d.toks[k]; d.capOf(t) && k > 0 && !t.Newline && d.toks[k-1].Sent == t.Sent && !allCapsLine(d, k) {
		return "", 0 // a capitalised word inside a sentence is a name (States, Price)
	}
	if nounCue(d, k) || agentNoun(d, k) || s.inAudience(k) || s.objectOfNamedVerb(k) {
		return "", 0
	}
	if d.stemIs(k, stemCall) && k+1 < len(d.toks) && (d.Lower(k+1) == "up" || d.Lower(k+1) == "off") {
		return "", 0 // "reservists called up", "called off the strike": no speech
	}
	return d.span(k, k+n), k + n
}

// agentNoun reports whether the word at token k is a plural noun made
// from a reporting verb ("reporters", "proposals"): a plural in -ers or
// -als whose stem is shorter than the word without its s ("answers" is
// a verb: its stem is "answer").
func agentNoun(d *doc, k int) bool {
	w := d.Lower(k)
	return (strings.HasSuffix(w, "ers") || strings.HasSuffix(w, "als")) && d.Stem(k) != strings.TrimSuffix(w, "s")
}

// allCapsLine reports whether token k stands in a headline written in
// title case or capitals: there verbs are capitalised too.
func allCapsLine(d *doc, k int) bool {
	sent := int(d.toks[k].Sent)
	// a sentence is looked at once: a long one with many capitalised cue
	// words would otherwise be walked once for each
	if v, ok := d.capsLines[sent]; ok {
		return v
	}
	if d.capsLines == nil {
		d.capsLines = make(map[int]bool)
	}
	v := capsLine(d, k, sent)
	d.capsLines[sent] = v
	return v
}

func capsLine(d *doc, k, sent int) bool {
	for x := k; x >= 0 && int(d.toks[x].Sent) == sent; x-- {
		if t := &d.toks[x]; t.Kind == Word && len(d.textOf(t)) > 3 && !d.capOf(t) {
			return false
		}
	}
	for x := k + 1; x < len(d.toks) && int(d.toks[x].Sent) == sent; x++ {
		if t := &d.toks[x]; t.Kind == Word && len(d.textOf(t)) > 3 && !d.capOf(t) {
			return false
		}
	}
	return true
}

// verbAt reports whether token k alone is a reporting verb (the "said" of
// the phrase "said in a statement").
func (p *Pipeline) verbAt(d *doc, k int) bool {
	e, n := d.match(lexicon.Reporting, k)
	return n == 1 && e.Field(0) == "verb" || d.lex.List(lexicon.Reporting).Has(d.Lower(k))
}

// audienceEnd returns the end of the audience of "told" whose object
// starts at token k, or k when the object is no audience. The cue is
// written with its audience (rule 52): the object noun phrase whose head
// names one, with its article or possessive and its modifiers, lower-case
// or capitalised ("told the annual security forum", "told Flemish
// television", "told his monthly press conference", "told thousands of
// cheering supporters", "told the House of Commons"): a head of the
// quote_words audience or medium lists, a bare or determined plural
// ("told worshippers", "told the envoys"), or a run of capitalised words
// that names no person and is no lone place ("told CBS", "told the
// Security Council"; "told Ukraine that …" stays "told"); a medium's name
// in apposition after it stays with it ("told the broadcaster VRT"). The
// object phrase ends at a plural, a function word or punctuation; a last
// word that a verb follows is the subject of the reported clause, not the
// audience ("told the BBC Spain would …", "told reporters troops had …"). A
// person or a pronoun told something stays "told".
func (s *quoteStage) audienceEnd(k int) int {
	d := s.d
	n := len(d.toks)
	if k <= 0 || k >= n || d.toks[k].Kind != Word || s.inQ[k] || d.toks[k].Sent != d.toks[k-1].Sent {
		return k
	}
	sent := d.toks[k].Sent
	stops := d.lex.List(lexicon.Stopwords)
	// the object phrase: [article or possessive] words, "of" joining a
	// collective to its members or two capitals, a possessive joining a
	// body to its noun ("the country's parliament")
	j := k
	if w := d.Lower(j); isDeterminer(w) || isPossessiveDeterminer(w) {
		j++
	}
	e := j
	for x := j; x < n && x < j+8; x++ {
		t := &d.toks[x]
		if t.Sent != sent || s.inQ[x] {
			break
		}
		if t.Kind == Possessive && x > j {
			continue
		}
		if t.Kind != Word {
			break
		}
		w := d.lowerOf(t)
		if w == "of" && x > j && x+1 < n && s.audienceOf(x) {
			continue
		}
		if !d.capOf(t) && !s.audienceHead(x) &&
			(stops.Has(w) && !s.audienceHead(x+1) || isFunctionWord(w) || isAdverb(w) && !s.audienceHead(x+1) && !s.audienceHead(x+2) || isPronoun(w)) {
			break
		}
		e = x + 1
		// (after "a" a plural is a modifier: "told a veterans group")
		if !d.capOf(t) && pluralNoun(w) && !(x+2 < n && d.Lower(x+1) == "of" && s.audienceOf(x+1)) && !(j > k && (d.Lower(k) == "a" || d.Lower(k) == "an") && x+1 < n && s.audienceHead(x+1)) {
			break // the head of the phrase: "told reporters troops had …"
		}
	}
	// a last word that a verb follows opens the reported clause
	if e > j && e < n && d.toks[e].Kind == Word && isFunctionWord(d.Lower(e)) && d.Lower(e) != "that" && d.Lower(e) != "who" && d.Lower(e) != "which" && d.Lower(e) != "to" {
		e--
		for e > j && d.toks[e-1].Kind != Word {
			e--
		}
	}
	// the longest phrase that names an audience ("told a televised news
	// conference late Sunday" → "told a televised news conference")
	for ; e > j; e-- {
		if end := s.audienceUpTo(j, e, sent); end > j {
			return end
		}
	}
	return k
}

// audienceUpTo returns the end of the audience phrase [j, e) (e, or a
// shorter end when a name after a lower-case head opens the reported
// clause), or j when the phrase names no audience: it ends with an
// audience or medium word or a plural, or with a run of capitals that is
// no person and no lone place, or with a medium's name in apposition.
func (s *quoteStage) audienceUpTo(j, e int, sent int32) int {
	d := s.d
	n := len(d.toks)
	cls := d.classify()
	stops := d.lex.List(lexicon.Stopwords)
	last := e - 1
	if d.toks[last].Kind != Word {
		return j
	}
	if !d.Cap(last) {
		if len(s.r.between(j, e)) > 0 {
			return j // "told Ana Ruiz's aides"
		}
		if s.audienceHead(last) || pluralNoun(d.Lower(last)) {
			return e
		}
		return j // "told the king"
	}
	// a run of capitals at the end
	c := last
	for c > j && (d.Cap(c-1) || d.Lower(c-1) == "of" && c-2 >= j && d.Cap(c-2)) {
		c--
	}
	if c == j {
		if e-j == 1 && s.audienceHead(j) {
			return e // "told MPs"
		}
		if e < n && d.toks[e].Kind == Word && d.toks[e].Sent == sent && !d.Cap(e) && !stops.Has(d.Lower(e)) && !isFunctionWord(d.Lower(e)) && !isAdverb(d.Lower(e)) && d.Lower(e) != "late" && d.Lower(e) != "early" {
			return j // capitals that modify a noun: "told the FARC leader"
		}
		if cls[j]&(cGiven|cHonorific|cRank|cHead) != 0 || e-j == 1 && cls[j]&cPlace != 0 || len(s.r.between(j, e)) > 0 {
			return j // a person or a lone country told something
		}
		return e
	}
	// a name after a lower-case head: an apposition when nothing but
	// punctuation, a preposition or a date follows ("the broadcaster
	// VRT on Monday"), else the subject of the reported clause
	if len(s.r.between(j, c)) > 0 || !s.audienceHead(c-1) || cls[c]&(cGiven|cHonorific|cRank|cHead) != 0 {
		return j
	}
	if e == n || d.toks[e].Kind != Word || d.toks[e].Sent != sent || (stops.Has(d.Lower(e)) || cls[e]&cCalendar != 0) && !isFunctionWord(d.Lower(e)) {
		return e
	}
	return c
}

// inAudience reports whether token k lies inside the audience of a
// "told" a few words before it: "told a regular briefing" has no cue
// "briefing".
func (s *quoteStage) inAudience(k int) bool {
	d := s.d
	for x := k - 1; x > 0 && x >= k-4 && d.toks[x].Kind == Word && d.toks[x].Sent == d.toks[k].Sent; x-- {
		if st := d.Stem(x); st == "told" || st == "tell" {
			return s.audienceEnd(x+1) > k
		}
	}
	return false
}

// audienceHead reports whether token x is a word that heads an audience
// (a word of the audience or medium lists): a stop word before it is its
// modifier ("a news conference").
func (s *quoteStage) audienceHead(x int) bool {
	d := s.d
	return x < len(d.toks) && d.toks[x].Kind == Word && (d.quoteWord(x, "audience") || d.quoteWord(x, "medium"))
}

// audienceOf reports whether the "of" at token x goes on with the
// audience phrase: after a collective ("thousands of", "a meeting of",
// "a group of") or between two capitals ("the House of Commons").
func (s *quoteStage) audienceOf(x int) bool {
	d := s.d
	if d.Cap(x-1) && d.Cap(x+1) {
		return true
	}
	switch d.Lower(x - 1) {
	case "thousands", "hundreds", "dozens", "scores", "group", "crowd", "meeting", "gathering", "session", "delegation", "audience", "room":
		return true
	}
	return false
}

// pluralNoun reports whether a lower-case word looks like a plural noun
// ("reporters", "envoys"; not "press", "was", "has").
func pluralNoun(w string) bool {
	return w != "news" && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !isAdverb(w) && !isFunctionWord(w)
}

// quoteWord reports whether token k is a word of the quote_words list
// of the given kind ("medium", "audience", "connective").
func (d *doc) quoteWord(k int, kind string) bool {
	e, n := d.match(lexicon.QuoteWords, k)
	if n != 1 {
		return false
	}
	for f := range strings.SplitSeq(e.Field(0), ",") {
		if f == kind {
			return true
		}
	}
	return false
}

func isAdverb(s string) bool {
	switch s {
	case "also", "often", "always", "never", "frequently", "usually", "earlier", "later", "then", "again", "further", "previously", "once", "reportedly", "had", "has", "have", "was", "is", "would", "will", "recently", "separately", "repeatedly", "simply", "publicly", "bluntly", "flatly", "firmly", "on", "in":
		return true
	}
	return strings.HasSuffix(s, "ly") && len(s) > 4
}

func skipAdverbs(d *doc, k int) int {
	for k < len(d.toks) && d.toks[k].Kind == Word && isAdverb(d.Lower(k)) && d.Lower(k) != "on" && d.Lower(k) != "in" {
		k++
	}
	return k
}

// npRight returns the noun phrase starting at token k: a pronoun, or
// determiners, title words, capitalised words, possessives and "of/for"
// complements ("US State Department spokesman Ned Price", "the Russian
// leader", "a spokesman for the German chancellery").
func (d *doc) npRight(k int) (int, int) {
	if k >= len(d.toks) {
		return k, k
	}
	if isPronoun(d.Lower(k)) {
		return k, k + 1
	}
	cls := d.classify()
	j := k
	if l := d.Lower(j); l == "the" || l == "a" || l == "an" || l == "one" || l == "another" {
		j++
	}
	for j < len(d.toks) && d.toks[j].Sent == d.toks[k].Sent {
		t := &d.toks[j]
		switch {
		case t.Kind == Possessive:
		case t.Kind == Word && j > k && pluralPossessive(d, j): // "the rebels' commander"
			j++
		case t.Kind == Number && j > k && (d.Lower(j-1) == "the" || d.Lower(j-1) == "a" || d.Lower(j-1) == "an") && j+2 < len(d.toks) && isHyphen(d.Text(j+1)) && d.toks[j+2].Kind == Word:
			j += 2 // "of the 14-nation Lima Group", "a 41-year-old nurse"
			for j+2 < len(d.toks) && isHyphen(d.Text(j+1)) && d.toks[j+2].Kind == Word && !d.toks[j+1].Space {
				j += 2
			}
		case j > k && articledName(d, j): // "Abdel Fattah el-Sisi"
		case t.Kind == Word && j > k && d.capOf(t) && cls[j]&cCalendar == 0 && d.Cap(j-1) && j+1 < len(d.toks) && d.toks[j+1].Sent == t.Sent &&
			(d.toks[j+1].Kind == Possessive || d.Cap(j+1) && d.toks[j+1].Kind == Word):
			// a capitalised common word inside a name: "the Nordic
			// People's Army", "the Workers' Party"
		case t.Kind == Word && d.lowerOf(t) == "and" && j > k+1 && d.Cap(j-1) && j+1 < len(d.toks) && d.toks[j+1].Sent == t.Sent &&
			d.toks[j+1].Kind == Word && d.Cap(j+1) && cls[j+1]&cStop == 0 && ofIn(d, k, j):
			// a body's name joined by "and" after its "of": "the
			// Department of Fisheries and Oceans"
		case t.Kind == Word && (d.capOf(t) && cls[j]&(cStop|cCalendar) == 0 || cls[j]&(cHead|cTitleWord|cPlace|cBody|cNonOfficial) != 0 && cls[j]&cConnector == 0 || d.is(lexicon.Descriptions, j)):
		case t.Kind == Word && (d.lowerOf(t) == "of" || d.lowerOf(t) == "for") && j > k && j+1 < len(d.toks) && d.toks[j+1].Kind == Word:
		case t.Kind == Word && locative(d, j):
		case t.Kind == Word && d.lowerOf(t) == "to" && j > k && cls[j-1]&cHead != 0 && j+1 < len(d.toks) && (d.Cap(j+1) || d.Lower(j+1) == "the"):
			// a role's complement: "Norway's ambassador to Venezuela",
			// "the envoy to the Baltic states"
		case t.Kind == Word && d.lowerOf(t) == "the" && j > k && (d.Lower(j-1) == "of" || d.Lower(j-1) == "for" || d.Lower(j-1) == "to" && cls[j-2]&cHead != 0):
		default:
			goto done
		}
		j++
	}
done:
	for j > k && (d.Lower(j-1) == "of" || d.Lower(j-1) == "for" || d.Lower(j-1) == "to" || d.Lower(j-1) == "the") {
		j--
	}
	if j == k || j == k+1 && (d.Lower(k) == "the" || d.Lower(k) == "a" || d.Lower(k) == "an" || d.Lower(k) == "one" || d.Lower(k) == "another") {
		return k, k
	}
	return k, j
}

// numberedOrdinal reports whether w is an ordinal in digits: "14th",
// "3rd", "21st", "2nd".
func numberedOrdinal(w string) bool {
	n := len(w)
	if n < 3 || w[0] < '0' || w[0] > '9' {
		return false
	}
	switch w[n-2:] {
	case "st", "nd", "rd", "th":
	default:
		return false
	}
	for _, c := range w[:n-2] {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// pluralPossessive reports whether the plural noun at token k carries a
// bare apostrophe glued to it and a word follows: "the rebels' commander".
func pluralPossessive(d *doc, k int) bool {
	t := &d.toks[k]
	if k+2 >= len(d.toks) || !strings.HasSuffix(d.lowerOf(t), "s") || d.toks[k+2].Kind != Word || d.toks[k+2].Sent != t.Sent {
		return false
	}
	a := &d.toks[k+1]
	return a.Start == t.End && a.End < d.toks[k+2].Start && (d.textOf(a) == "'" || d.textOf(a) == "’")
}

// locative reports whether token k is the "in" or "at" of a source
// placed by a name: "a western diplomat in Jerusalem", "the embassy in
// London", "officials at NATO".
func locative(d *doc, k int) bool {
	if k < 1 || k+1 >= len(d.toks) || d.toks[k+1].Sent != d.toks[k].Sent {
		return false
	}
	if l := d.Lower(k); l != "in" && l != "at" {
		return false
	}
	return d.toks[k+1].Kind == Word && d.Cap(k+1) && d.toks[k-1].Kind == Word && d.is(lexicon.Descriptions, k-1)
}

// npLeft returns the noun phrase ending just before token k.
func (d *doc) npLeft(k int) (int, int) {
	if k <= 0 {
		return k, k
	}
	if isPronoun(d.Lower(k - 1)) {
		return k - 1, k
	}
	cls := d.classify()
	i := k
	sent := int(d.toks[k-1].Sent)
	for i > 0 && int(d.toks[i-1].Sent) == sent {
		t := &d.toks[i-1]
		switch {
		case t.Kind == Word && d.lowerOf(t) == "what":
			goto done // "in what U.S. officials called"
		case t.Kind == Word && (isDeterminer(d.lowerOf(t)) || isPossessiveDeterminer(d.lowerOf(t))):
			i--
			if i >= 2 && (d.Lower(i-1) == "of" || d.Lower(i-1) == "for") {
				continue // "a spokesman for [the German chancellery]"
			}
			if i >= 3 && d.Lower(i-1) == "to" && !d.Cap(i-2) && d.is(lexicon.Descriptions, i-2) {
				continue // "an aide to [the regional governor]"
			}
			goto done
		case t.Kind == Possessive:
		case i < k && d.pluralPossessive(i-1) && d.Cap(i-2) && d.Cap(i):
			// a plural's possessive inside a body's name: "The National
			// Farmers’ Union", "the Veterans’ Affairs Ministry"
		case i == k && articledName(d, i-1): // "Abdel Fattah el-Sisi"
		case i == k && i >= 2 && t.Kind == Word && !d.capOf(t) && d.quoteWord(i-1, "medium") && d.toks[i-2].Kind == Word && d.Cap(i-2):
			// a place's or body's medium: "Baghdad radio", "Iranian state television"
		case t.Kind == Word && (d.capOf(t) && cls[i-1]&cCalendar == 0 || cls[i-1]&(cHead|cTitleWord|cPlace|cBody|cNonOfficial) != 0 && cls[i-1]&cConnector == 0 || d.is(lexicon.Descriptions, i-1)):
			// a function word ends the phrase ("However, ...") unless a
			// list claims it as a name part ("The United States")
			if cls[i-1]&cStop != 0 && cls[i-1]&(cPlace|cBody|cHead|cTitleWord) == 0 && !capitalisedInside(d, i-1, k) {
				goto done
			}
		case t.Kind == Word && (d.lowerOf(t) == "of" || d.lowerOf(t) == "for") && i < k:
		case t.Kind == Word && d.lowerOf(t) == "and" && i < k && i >= 2 && d.Cap(i) && d.toks[i-2].Kind == Word && d.Cap(i-2) && d.toks[i-2].Sent == t.Sent:
			// "The AU's Peace and Security Council", "North and South Korea"
		case t.Kind == Word && d.lowerOf(t) == "to" && i < k && i >= 2 && (cls[i-2]&cHead != 0 && d.Cap(i) ||
			d.Lower(i) == "the" && !d.Cap(i-2) && d.is(lexicon.Descriptions, i-2)):
			// "Qatar's ambassador to Turkey", "the envoy to Kabul", "an
			// aide to the regional governor"
		case i < k && d.Cap(i) && numberedOrdinal(d.textOf(t)):
			// a unit's number inside its name: "the former Soviet [14th]
			// Army", "the 5th Corps"
		case i < k && locative(d, i-1):
		case t.Kind == Word && !d.capOf(t) && !isFunctionWord(d.lowerOf(t)) && cls[i-1]&cStop == 0 && determinerBefore(d, i-1, 3):
			// "a spokesman for the German chancellery": a noun after a determiner
		default:
			goto done
		}
		i--
	}
done:
	for i < k && (d.Lower(i) == "of" || d.Lower(i) == "for") {
		i++
	}
	if i == k || i == k-1 && (isDeterminer(d.Lower(i)) || isPossessiveDeterminer(d.Lower(i))) {
		return k, k
	}
	// a speaker phrase names someone: a capitalised word, or a determiner
	// with a description ("the spokesman"); "security guarantees" is none
	named := isDeterminer(d.Lower(i)) || isPossessiveDeterminer(d.Lower(i))
	for x := i; x < k && !named; x++ {
		named = d.toks[x].Kind == Word && d.Cap(x)
	}
	if !named {
		return k, k
	}
	if c := d.reducedRelativeSubject(cls, i, k); c > i {
		return c, k
	}
	return i, k
}

// reducedRelativeSubject returns where the subject of a reduced relative clause
// starts in the phrase [i, k) before a cue: a determiner and common nouns
// naming no role, then capitalised words ("a charge [Caracas] called
// “a lie”", "the plan [Moscow] calls “…”"); i when the phrase is none.
func (d *doc) reducedRelativeSubject(cls []class, i, k int) int {
	if !isDeterminer(d.Lower(i)) {
		return i
	}
	c := i + 1
	for c < k && d.toks[c].Kind == Word && !d.Cap(c) {
		if cls[c]&(cHead|cTitleWord|cNonOfficial|cPlace|cBody) != 0 || d.is(lexicon.Descriptions, c) {
			return i // "the spokesman Ruiz": a role in apposition
		}
		if strings.Contains(d.Text(c), "-") || strings.HasSuffix(d.Lower(c), "ed") {
			return i // an adjective of the name: "The state-run Global Times", "the embattled Ruiz"
		}
		c++
	}
	if c == i+1 || c == k {
		return i
	}
	for x := c; x < k; x++ {
		if d.toks[x].Kind != Word || !d.Cap(x) {
			return i
		}
	}
	return c
}

// determinerBefore reports whether a determiner stands within n words
// before token k, with only words between.
func determinerBefore(d *doc, k, n int) bool {
	for x := k - 1; x >= 0 && x >= k-n; x-- {
		if d.toks[x].Kind == Possessive && x > 0 && d.classify()[x-1]&(cPlace|cBody) != 0 {
			return true // a country or body as owner: "Norway's state news agency"
		}
		if d.toks[x].Kind != Word {
			return false
		}
		if isDeterminer(d.Lower(x)) || isPossessiveDeterminer(d.Lower(x)) {
			return true
		}
	}
	return false
}

func isDeterminer(s string) bool { return s == "the" || s == "a" || s == "an" }

// isPossessiveDeterminer: "Its defence ministry", "their spokesman".
func isPossessiveDeterminer(s string) bool {
	return s == "its" || s == "their" || s == "his" || s == "her"
}

// relativeOpener: a word that opens a relative or subordinate clause
// whose subject follows it ("what it called", "which she described as",
// "where he said"): a cue there has a subject of its own (rules 41, 45a).
func relativeOpener(w string) bool {
	switch w {
	case "what", "which", "whom", "where", "when":
		return true
	}
	return false
}

func isPronoun(s string) bool {
	switch s {
	case "he", "she", "they", "i", "we", "it":
		return true
	}
	return false
}

// oneSource returns an unnamed source of "one" or "another" and up to
// three lower-case words that ends right before token l, in any position
// of the sentence ("Friends said …, and one former aide predicted",
// "another shepherd said"). [l, l) when there is none.
func (s *quoteStage) oneSource(l, sent int) (int, int) {
	d := s.d
	x := l
	for x > 0 && x > l-4 && s.sent(x-1) == sent && d.toks[x-1].Kind == Word && !d.Cap(x-1) && !s.inQ[x-1] {
		w := d.Lower(x - 1)
		if w == "one" || w == "another" {
			break
		}
		// a word in -ly inside the phrase is its adjective ("one elderly
		// farmer"): an adverb before the cue is skipped before l
		if isFunctionWord(w) || isAdverb(w) && !strings.HasSuffix(w, "ly") || isPronoun(w) || isDeterminer(w) || isPossessiveDeterminer(w) {
			return l, l
		}
		x--
	}
	if x == l || x == 0 || s.sent(x-1) != sent || (d.Lower(x-1) != "one" && d.Lower(x-1) != "another") {
		return l, l
	}
	if x > 1 && s.sent(x-2) == sent && (isDeterminer(d.Lower(x-2)) || d.Lower(x-2) == "of") {
		return l, l // "the one aide", "of one official"
	}
	return x - 1, l
}

// opensNounPhrase: a word that can open a source phrase of common nouns
// ("the letter", "my father", "one questioner").
func opensNounPhrase(w string) bool {
	switch w {
	case "the", "a", "an", "one", "another", "my", "our", "your", "his", "her", "their", "its":
		return true
	}
	return false
}

// inflectionOf reports whether the word w is the verb base or one of its
// inflections: base, -s/-es, -d/-ed, -ing, with a final e dropped
// ("stating"), a final y turned to i ("denies", "replied") or a final
// consonant doubled ("admitted"). A word the stemmer joins to the verb by
// a derivational suffix ("positions" to "posit", "critics" to
// "criticise") is not one. Irregular forms are entries of their own
// ("said", "told").
func inflectionOf(w, base string) bool {
	if w == base || !strings.HasPrefix(w, base[:max(len(base)-1, 1)]) {
		return w == base
	}
	rest, ok := strings.CutPrefix(w, base)
	if !ok {
		// the base's last letter changed: "stat-ing", "deni-es"
		stem, last := base[:len(base)-1], base[len(base)-1]
		rest = w[len(stem):]
		switch {
		case last == 'e':
			return rest == "ing"
		case last == 'y':
			return rest == "ies" || rest == "ied"
		}
		return false
	}
	switch rest {
	case "s", "es", "d", "ed", "ing":
		return true
	}
	// a doubled final consonant: "admitted", "regretting"
	if len(rest) >= 3 && rest[0] == base[len(base)-1] {
		switch rest[1:] {
		case "ed", "ing":
			return true
		}
	}
	return false
}

// labelsQuote reports whether the phrase at token k, right after a quote
// and its comma, is an apposition that labels the quoted words ("a
// claim", "an assertion", quote_words kind label, perhaps after one
// modifier) followed by a relative clause of its own: "“…”, a claim
// aid workers called wishful", "a charge that the ministry denied".
// The clause's subject judges the words and is no speaker of them; the
// quote's attribution is found before it. "“…”, a statement from the
// ministry said" (a preposition after the noun) is an attribution.
func (s *quoteStage) labelsQuote(k, sent int) bool {
	d := s.d
	if k >= len(d.toks) || s.sent(k) != sent || s.inQ[k] {
		return false
	}
	if w := d.Lower(k); w != "a" && w != "an" {
		return false
	}
	x := k + 1
	if x+1 < len(d.toks) && !d.quoteWord(x, "label") && d.toks[x].Kind == Word && !d.Cap(x) && d.quoteWord(x+1, "label") {
		x++ // "a bold claim"
	}
	if x+1 >= len(d.toks) || !d.quoteWord(x, "label") || s.sent(x+1) != sent {
		return false
	}
	t := &d.toks[x+1]
	if t.Kind != Word || s.inQ[x+1] {
		return false
	}
	w := d.lowerOf(t)
	if w == "that" || w == "which" {
		return true
	}
	if isPreposition(w) || isFunctionWord(w) {
		return false
	}
	_, ce := s.cueAt(x + 1)
	return ce == 0 // "a claim diplomats …", "a charge the ministry …"
}

// objectOfNamedVerb reports whether the cue word at token k, in its bare
// form, is the object of a verb in the present right after a person's
// name: "Ruiz accepts blame for …", "Ruiz issues warning": the name and
// its verb are the clause, and a second finite verb cannot follow the
// first. The word after the name must be lower-case, in -s and no
// person noun ("Ruiz aides say" keeps its cue).
func (s *quoteStage) objectOfNamedVerb(k int) bool {
	d := s.d
	if k < 2 || s.sent(k-2) != s.sent(k) {
		return false
	}
	w, v := d.Lower(k), d.Lower(k-1)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
		return false // "Ruiz keeps saying", "Ruiz aides said": a cue after the word
	}
	if d.toks[k-1].Kind != Word || d.Cap(k-1) || !strings.HasSuffix(v, "s") || strings.HasSuffix(v, "ss") || d.descHead(k-1) {
		return false
	}
	_, ok := s.r.endingAt(k - 1)
	return ok
}

// ofIn reports whether "of" is one of the tokens [i, j).
func ofIn(d *doc, i, j int) bool {
	for x := i; x < j; x++ {
		if d.Lower(x) == "of" {
			return true
		}
	}
	return false
}

// capitalisedInside reports whether the capitalised common word at token
// x stands inside a name that ends before token k: a capitalised word
// before it and a possessive or a capitalised word after it ("the Nordic
// People's Army", "the Baltic Workers' Party").
func capitalisedInside(d *doc, x, k int) bool {
	if x < 1 || x+1 >= k || !d.Cap(x) || d.toks[x-1].Kind != Word || !d.Cap(x-1) || d.toks[x-1].Sent != d.toks[x].Sent {
		return false
	}
	n := &d.toks[x+1]
	return n.Kind == Possessive || n.Kind == Word && d.capOf(n)
}
