package extract

import (
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// quote is a stretch between quotation marks: its content tokens [i, j)
// and its content in bytes.
type quote struct {
	open, close int // token indices of the marks; close is -1 when unclosed
	i, j        int // content tokens
	start, end  int // content bytes
}

// attribution says who spoke a quote.
type attribution struct {
	speaker      string
	cue          string
	sStart, sEnd int // bytes of the speaker mention
	ok           bool
}

// quotes finds QUOTE spans and their speakers. Marks are paired within a
// paragraph (curly, straight and single quotes; a quote left open ends
// with its paragraph; quotes nested in quotes are not annotated). The
// speaker comes from a reporting cue after the quote ("…,” said Kirby /
// Kirby said / he added), before it ("Kirby said: “…”", "told reporters
// that …“…”"), "according to X", a sibling quote of the same sentence, or
// the attributed quote it continues. Pronouns and descriptions ("he",
// "the spokesman") resolve to the person they name through the roster.
// Short quotes with no source in their sentence are scare quotes and stay
// out, as do short all-capitalised names in marks.
func (p *Pipeline) quotes(d *doc, r *roster) []span {
	qs := findQuotes(d)
	if len(qs) == 0 {
		return nil
	}
	d.classify()
	d.inQ = make([]bool, len(d.toks))
	for _, q := range qs {
		end := q.j
		if q.close >= 0 {
			end = q.close + 1
		}
		for k := q.open; k < end; k++ {
			d.inQ[k] = true
		}
	}
	atts := make([]attribution, len(qs))
	d.qatts = atts
	for n := range qs {
		d.tick()
		atts[n] = p.attribute(d, r, qs, n)
	}
	// siblings in one sentence share an attribution: the first one's.
	// Quotes are in text order, so a sentence's quotes are one run of qs
	// (one pass, not a scan of every quote for each unattributed one).
	for g := 0; g < len(qs); {
		sent := d.toks[qs[g].open].Sent
		h, first := g, -1
		for ; h < len(qs) && d.toks[qs[h].open].Sent == sent; h++ {
			if first < 0 && atts[h].ok {
				first = h
			}
		}
		for n := g; first >= 0 && n < h; n++ {
			if !atts[n].ok {
				atts[n] = atts[first]
			}
		}
		g = h
	}
	// a quote that continues an attributed one takes its speaker
	for n := 1; n < len(qs); n++ {
		if atts[n].ok || !atts[n-1].ok {
			continue
		}
		prev, cur := qs[n-1], qs[n]
		startsSentence := cur.open == 0 || d.toks[cur.open-1].Sent != d.toks[cur.open].Sent
		sameSentence := d.toks[prev.open].Sent == d.toks[cur.open].Sent
		if (startsSentence || sameSentence) && d.toks[cur.open].Para-d.toks[prev.open].Para <= 1 &&
			!personBetween(d, r, prev, cur, atts[n-1].speaker) {
			atts[n] = atts[n-1]
		}
	}
	var out []span
	for n, q := range qs {
		a := atts[n]
		if !a.ok && d.scare(q) {
			continue
		}
		ann := corpus.Annotation{Type: corpus.Quote}
		sp := span{start: q.start, end: q.end}
		if a.ok {
			ann.Speaker, ann.Cue = a.speaker, a.cue
			sp.speakerStart, sp.speakerEnd = a.sStart, a.sEnd
		}
		sp.Annotation = ann
		out = append(out, sp)
	}
	return out
}

// markKind classifies a quotation mark token: family 'd' (double) or 's'
// (single), and whether it can open or close.
func markKind(d *doc, k int) (family byte, canOpen, canClose bool) {
	t := &d.toks[k]
	if t.Kind != Punct {
		return 0, false, false
	}
	nextGlued := k+1 < len(d.toks) && !d.toks[k+1].Space && !d.toks[k+1].Newline
	prevGlued := !t.Space && !t.Newline && k > 0
	switch t.Text {
	case "“", "„", "«":
		return 'd', true, false
	case "”", "»":
		return 'd', false, true
	case "‘":
		return 's', true, false
	case "’":
		return 's', false, prevGlued
	case "\"":
		return 'd', !prevGlued, prevGlued || !nextGlued
	case "'":
		return 's', !prevGlued && nextGlued, prevGlued && !nextGlued || prevGlued && k+1 < len(d.toks) && d.toks[k+1].Kind == Punct
	}
	return 0, false, false
}

// findQuotes pairs quotation marks paragraph by paragraph.
func findQuotes(d *doc) []quote {
	var qs []quote
	var fam byte
	open := -1
	nested := byte(0)
	closeAt := func(end int, closeTok int) {
		i, j := open+1, end
		// a single mark left open is an apostrophe more often than a quote
		if j > i && (closeTok >= 0 || fam == 'd') {
			qs = append(qs, quote{open: open, close: closeTok, i: i, j: j,
				start: d.toks[open].End, end: contentEnd(d, j, closeTok)})
		}
		open, fam, nested = -1, 0, 0
	}
	for k := range d.toks {
		d.tick()
		if open >= 0 && d.toks[k].Para != d.toks[open].Para {
			closeAt(k, -1) // unclosed: the quote ends with its paragraph
		}
		f, canOpen, canClose := markKind(d, k)
		if f == 0 {
			continue
		}
		switch {
		case open < 0:
			if canOpen && k+1 < len(d.toks) && d.toks[k+1].Para == d.toks[k].Para {
				open, fam = k, f
			}
		case f == fam && nested == 0 && canClose:
			closeAt(k, k)
		case f == fam && nested == 0 && canOpen && d.toks[k].Text != "’":
			// a new opening mark of the same family: the last quote was left open
			closeAt(k, -1)
			open, fam = k, f
		case f != fam && nested == 0 && canOpen && d.toks[k].Space:
			nested = f
		case f == nested && canClose:
			nested = 0
		}
	}
	if open >= 0 {
		closeAt(len(d.toks), -1)
	}
	return qs
}

// contentEnd is the byte end of a quote's content: the closing mark's start,
// or the end of the last content token of an unclosed quote.
func contentEnd(d *doc, j, closeTok int) int {
	if closeTok >= 0 {
		return d.toks[closeTok].Start
	}
	return d.toks[j-1].End
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

// attribute finds the attribution of quote n.
func (p *Pipeline) attribute(d *doc, r *roster, qs []quote, n int) attribution {
	q := qs[n]
	if a := p.after(d, r, qs, n); a.ok {
		return a
	}
	if a := p.tail(d, r, qs, n); a.ok {
		return a
	}
	if a := p.before(d, r, qs, n); a.ok {
		return a
	}
	return p.accordingTo(d, r, qs, q)
}

// tail reads an attribution that closes the quote's sentence after a
// comma: "… urged Moscow to “stand down”, Pentagon spokesperson John Kirby
// said in a statement." or "…, and NATO Putin asserted at the conference."
func (p *Pipeline) tail(d *doc, r *roster, qs []quote, n int) attribution {
	q := qs[n]
	from := q.j
	if q.close >= 0 {
		from = q.close + 1
	}
	sent := d.toks[q.open].Sent
	for k := from; k < len(d.toks) && k < from+maxReach && d.toks[k].Sent == sent; k++ {
		if d.toks[k].Text != "," || d.inQ[k] {
			continue
		}
		s := k + 1
		if s < len(d.toks) && d.toks[s].Lower == "and" {
			s++
		}
		a, b := d.npRight(s)
		if b <= a {
			continue
		}
		c := skipAdverbs(d, b)
		cue, ce := p.cueAt(d, c)
		if ce == 0 || !clauseEnds(d, ce, sent) {
			continue
		}
		return p.resolve(d, r, a, b, cue)
	}
	return attribution{}
}

// clauseEnds reports whether the sentence ends soon after token k, allowing
// an adverbial ("in a statement", "at the conference", "on Friday").
func clauseEnds(d *doc, k, sent int) bool {
	for x := k; x < len(d.toks) && x < k+8; x++ {
		t := &d.toks[x]
		if t.Sent != sent || t.Kind == Punct && (t.Text == "." || t.Text == ";" || t.Text == "!" || t.Text == "?") {
			return true
		}
		if t.Kind == Punct && !isCloser(t.Text) && t.Text != "," {
			return false
		}
		if t.Kind == Punct && t.Text == "," {
			return true
		}
	}
	return k >= len(d.toks) || d.toks[min(k, len(d.toks)-1)].Sent != sent
}

// maxReach bounds how many tokens an attribution search looks at, so that
// a huge sentence costs linear time.
const maxReach = 80

// after reads the attribution right after the closing mark:
// "…,” said Kirby", "…,” he said", "…”, the spokesman added".
func (p *Pipeline) after(d *doc, r *roster, qs []quote, n int) attribution {
	q := qs[n]
	if q.close < 0 {
		return attribution{}
	}
	k := q.close + 1
	for skip := 0; skip < 2 && k < len(d.toks) && d.toks[k].Kind == Punct && isAttribPunct(d.toks[k].Text); skip++ {
		k++
	}
	if k >= len(d.toks) || d.toks[k].Para != d.toks[q.close].Para {
		return attribution{}
	}
	// a quote that ends its sentence ("… increasing.” The West accuses …")
	// takes an attribution after it only when that clause is just the
	// attribution ("… now.” Putin said.")
	ended := q.j > q.i && isSentenceEnd(d.toks[q.j-1].Text)
	sent := d.toks[k].Sent
	// cue first: said Kirby / said the Russian leader / wrote jailed ... Navalny
	k2 := skipAdverbs(d, k)
	if cue, ce := p.cueAt(d, k2); ce > 0 {
		if m, ok := r.mentionIn(d, ce, sent); ok && (!ended || clauseEnds(d, m.j, sent)) {
			return p.resolve(d, r, m.i, m.j, cue)
		}
		if a, b := d.npRight(ce); b > a && (!ended || clauseEnds(d, b, sent)) {
			return p.resolve(d, r, a, b, cue)
		}
	}
	// subject first: Kirby said / he added / the spokesman added
	if a, b := d.npRight(k); b > a {
		c := skipAdverbs(d, b)
		if cue, ce := p.cueAt(d, c); ce > 0 && (!ended || clauseEnds(d, ce, sent)) {
			return p.resolve(d, r, a, b, cue)
		}
	}
	return attribution{}
}

func isSentenceEnd(s string) bool { return s == "." || s == "!" || s == "?" || s == "…" }

// mentionIn returns the first person mention after token k and before the
// next punctuation of the sentence.
func (r *roster) mentionIn(d *doc, k, sent int) (mention, bool) {
	end := k
	for end < len(d.toks) && end < k+8 && d.toks[end].Sent == sent && d.toks[end].Kind != Punct {
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
func (p *Pipeline) before(d *doc, r *roster, qs []quote, n int) attribution {
	q := qs[n]
	sent := d.toks[q.open].Sent
	var participle string
	for c := q.open - 1; c >= 0 && c >= q.open-maxReach && d.toks[c].Sent == sent; c-- {
		if d.inQ[c] {
			continue
		}
		cue, ce := p.cueAt(d, c)
		if ce == 0 || ce > q.open || d.Stem(c) == "continu" {
			continue // "continues to build up forces “…”" reports nothing
		}
		l := skipTimeLeft(d, c, sent)
		if m, ok := r.beforeApposition(d, l, sent); ok {
			if participle != "" {
				cue = participle
			}
			return p.resolve(d, r, m.i, m.j, cue)
		}
		if a, b := d.npLeft(l); b > a {
			if participle != "" {
				cue = participle
			}
			return p.resolve(d, r, a, b, cue)
		}
		if participle == "" && strings.HasSuffix(d.toks[c].Lower, "ing") {
			participle = cue
			// "…, adding:" after an attributed quote of the sentence
			for m := n - 1; m >= 0 && m >= n-8 && d.toks[qs[m].open].Sent == sent; m-- {
				if prev := d.qatts[m]; prev.ok {
					prev.cue = cue
					return prev
				}
			}
		}
	}
	if participle != "" {
		// the nearest pronoun or person before the participle is its subject
		for k := q.open - 1; k >= 0 && k >= q.open-maxReach && d.toks[k].Sent == sent; k-- {
			if d.inQ[k] {
				continue
			}
			if isPronoun(d.toks[k].Lower) {
				return p.resolve(d, r, k, k+1, participle)
			}
			if m, ok := r.byEnd[k+1]; ok {
				return p.resolve(d, r, m.i, m.j, participle)
			}
		}
	}
	return attribution{}
}

// beforeApposition finds the subject "Josep Borrell" of "The EU's foreign
// policy chief, Josep Borrell, called" or "Ned Price, the State
// Department spokesman, said": a person named just before a comma that
// ends at token l, or before the comma opening the apposition.
func (r *roster) beforeApposition(d *doc, l, sent int) (mention, bool) {
	if l < 2 || d.toks[l-1].Text != "," {
		return mention{}, false
	}
	if m, ok := r.byEnd[l-1]; ok {
		return m, true
	}
	for k := l - 2; k > 0 && k >= l-12 && d.toks[k].Sent == sent; k-- {
		if d.toks[k].Text == "," {
			if m, ok := r.byEnd[k]; ok {
				return m, true
			}
			break
		}
	}
	return mention{}, false
}

// skipTimeLeft moves left of adverbs and time phrases before a verb:
// "Putin on Thursday reiterated", "Blinken earlier told".
func skipTimeLeft(d *doc, c, sent int) int {
	l := c
	for l > 0 && d.toks[l-1].Sent == sent {
		t := &d.toks[l-1]
		switch {
		case isAdverb(t.Lower) && t.Lower != "in":
		case d.is(lexicon.Calendar, l-1), t.Lower == "yesterday", t.Lower == "today", t.Kind == Number:
		case t.Lower == "evening" || t.Lower == "morning" || t.Lower == "night" || t.Lower == "afternoon":
		default:
			return l
		}
		l--
	}
	return l
}

// accordingTo reads "according to X" / "as per X" in the quote's sentence.
func (p *Pipeline) accordingTo(d *doc, r *roster, qs []quote, q quote) attribution {
	sent := d.toks[q.open].Sent
	source := func(c int) (attribution, bool) {
		if d.toks[c].Lower != "according" && d.toks[c].Lower != "as" {
			return attribution{}, false
		}
		cue, ce := p.cueAt(d, c)
		if ce == 0 || !strings.EqualFold(cue, "according to") && !strings.EqualFold(cue, "as per") {
			return attribution{}, false
		}
		if a, b := d.npRight(ce); b > a {
			return p.resolve(d, r, a, b, cue), true
		}
		return attribution{}, false
	}
	// after the quote first ("“…,” according to X"), then before it
	for c := q.open; c < len(d.toks) && c < q.open+maxReach && d.toks[c].Sent == sent; c++ {
		if at, ok := source(c); ok {
			return at
		}
	}
	for c := q.open - 1; c >= 0 && c >= q.open-maxReach && d.toks[c].Sent == sent; c-- {
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
func (p *Pipeline) cueAt(d *doc, k int) (string, int) {
	if k >= len(d.toks) || d.toks[k].Kind != Word {
		return "", 0
	}
	e, n := d.match(lexicon.Reporting, k)
	if n == 0 {
		return "", 0
	}
	if e.Field(0) == "phrase" {
		ph := e.Phrase
		switch {
		case strings.HasPrefix(ph, "told ") || strings.HasPrefix(ph, "tell "),
			ph == "according to", ph == "as per", ph == "in the words of",
			strings.HasSuffix(ph, " out"):
			return d.span(k, k+n), k + n
		}
		// "said in a statement": the verb is the cue
		if p.verbAt(d, k) {
			return d.span(k, k+1), k + 1
		}
		return "", 0
	}
	// told the reporters
	if d.Stem(k) == "told" || d.Stem(k) == "tell" {
		j := k + 1
		if j < len(d.toks) && (d.toks[j].Lower == "the" || d.toks[j].Lower == "a") {
			j++
		}
		if j < len(d.toks) && isAudience(d.toks[j].Lower) {
			return d.span(k, j+1), j + 1
		}
	}
	if t := &d.toks[k]; t.Cap() && k > 0 && !t.Newline && d.toks[k-1].Sent == t.Sent && !allCapsLine(d, k) {
		return "", 0 // a capitalised word inside a sentence is a name (States, Price)
	}
	return d.span(k, k+n), k + n
}

// allCapsLine reports whether token k stands in a headline written in
// title case or capitals: there verbs are capitalised too.
func allCapsLine(d *doc, k int) bool {
	sent := d.toks[k].Sent
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
	for x := k; x >= 0 && d.toks[x].Sent == sent; x-- {
		if t := &d.toks[x]; t.Kind == Word && len(t.Text) > 3 && !t.Cap() {
			return false
		}
	}
	for x := k + 1; x < len(d.toks) && d.toks[x].Sent == sent; x++ {
		if t := &d.toks[x]; t.Kind == Word && len(t.Text) > 3 && !t.Cap() {
			return false
		}
	}
	return true
}

// verbAt reports whether token k alone is a reporting verb (the "said" of
// the phrase "said in a statement").
func (p *Pipeline) verbAt(d *doc, k int) bool {
	e, n := d.match(lexicon.Reporting, k)
	return n == 1 && e.Field(0) == "verb" || d.lex.List(lexicon.Reporting).Has(d.toks[k].Lower)
}

func isAudience(s string) bool {
	switch s {
	case "reporters", "journalists", "press", "media", "newsmen", "correspondents", "audience", "lawmakers", "parliament", "senators", "students", "supporters":
		return true
	}
	return false
}

func isAdverb(s string) bool {
	switch s {
	case "also", "earlier", "later", "then", "again", "further", "previously", "once", "reportedly", "had", "has", "have", "was", "is", "would", "will", "recently", "separately", "repeatedly", "simply", "publicly", "bluntly", "flatly", "firmly", "on", "in":
		return true
	}
	return strings.HasSuffix(s, "ly") && len(s) > 4
}

func skipAdverbs(d *doc, k int) int {
	for k < len(d.toks) && d.toks[k].Kind == Word && isAdverb(d.toks[k].Lower) && d.toks[k].Lower != "on" && d.toks[k].Lower != "in" {
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
	if isPronoun(d.toks[k].Lower) {
		return k, k + 1
	}
	cls := d.classify()
	j := k
	if l := d.toks[j].Lower; l == "the" || l == "a" || l == "an" {
		j++
	}
	for j < len(d.toks) && d.toks[j].Sent == d.toks[k].Sent {
		t := &d.toks[j]
		switch {
		case t.Kind == Possessive:
		case t.Kind == Word && (t.Cap() && cls[j]&(cStop|cCalendar) == 0 || cls[j]&(cHead|cTitleWord|cPlace|cBody|cNonOfficial) != 0 && cls[j]&cConnector == 0 || d.is(lexicon.Descriptions, j)):
		case t.Kind == Word && (t.Lower == "of" || t.Lower == "for") && j > k && j+1 < len(d.toks) && d.toks[j+1].Kind == Word:
		case t.Kind == Word && t.Lower == "the" && j > k && (d.toks[j-1].Lower == "of" || d.toks[j-1].Lower == "for"):
		default:
			goto done
		}
		j++
	}
done:
	for j > k && (d.toks[j-1].Lower == "of" || d.toks[j-1].Lower == "for" || d.toks[j-1].Lower == "the") {
		j--
	}
	if j == k || j == k+1 && (d.toks[k].Lower == "the" || d.toks[k].Lower == "a" || d.toks[k].Lower == "an") {
		return k, k
	}
	return k, j
}

// npLeft returns the noun phrase ending just before token k.
func (d *doc) npLeft(k int) (int, int) {
	if k <= 0 {
		return k, k
	}
	if isPronoun(d.toks[k-1].Lower) {
		return k - 1, k
	}
	cls := d.classify()
	i := k
	sent := d.toks[k-1].Sent
	for i > 0 && d.toks[i-1].Sent == sent {
		t := &d.toks[i-1]
		switch {
		case t.Kind == Word && isDeterminer(t.Lower):
			i--
			if i >= 2 && (d.toks[i-1].Lower == "of" || d.toks[i-1].Lower == "for") {
				continue // "a spokesman for [the German chancellery]"
			}
			goto done
		case t.Kind == Possessive:
		case t.Kind == Word && (t.Cap() && cls[i-1]&cCalendar == 0 || cls[i-1]&(cHead|cTitleWord|cPlace|cBody|cNonOfficial) != 0 && cls[i-1]&cConnector == 0 || d.is(lexicon.Descriptions, i-1)):
			// a function word ends the phrase ("However, ...") unless a
			// list claims it as a name part ("The United States")
			if cls[i-1]&cStop != 0 && cls[i-1]&(cPlace|cBody|cHead|cTitleWord) == 0 {
				goto done
			}
		case t.Kind == Word && (t.Lower == "of" || t.Lower == "for") && i < k:
		case t.Kind == Word && !t.Cap() && determinerBefore(d, i-1, 3):
			// "a spokesman for the German chancellery": a noun after a determiner
		default:
			goto done
		}
		i--
	}
done:
	for i < k && (d.toks[i].Lower == "of" || d.toks[i].Lower == "for") {
		i++
	}
	if i == k || i == k-1 && isDeterminer(d.toks[i].Lower) {
		return k, k
	}
	// a speaker phrase names someone: a capitalised word, or a determiner
	// with a description ("the spokesman"); "security guarantees" is none
	named := isDeterminer(d.toks[i].Lower)
	for x := i; x < k && !named; x++ {
		named = d.toks[x].Kind == Word && d.toks[x].Cap()
	}
	if !named {
		return k, k
	}
	return i, k
}

// determinerBefore reports whether a determiner stands within n words
// before token k, with only words between.
func determinerBefore(d *doc, k, n int) bool {
	for x := k - 1; x >= 0 && x >= k-n; x-- {
		if d.toks[x].Kind != Word {
			return false
		}
		if isDeterminer(d.toks[x].Lower) {
			return true
		}
	}
	return false
}

func isDeterminer(s string) bool { return s == "the" || s == "a" || s == "an" }

func isPronoun(s string) bool {
	switch s {
	case "he", "she", "they", "i", "we":
		return true
	}
	return false
}

// resolve turns the speaker phrase [a, b) into an attribution: the name of
// the person it mentions, the person a pronoun or a definite description
// refers to, or else the phrase itself as the source.
func (p *Pipeline) resolve(d *doc, r *roster, a, b int, cue string) attribution {
	at := attribution{cue: cue, ok: true}
	// a named person inside the phrase: the last one
	if ms := r.between(a, b); len(ms) > 0 {
		m := ms[len(ms)-1]
		at.speaker, at.sStart, at.sEnd = m.p.name, d.toks[m.i].Start, d.toks[m.j-1].End
		return at
	}
	at.sStart, at.sEnd = d.toks[a].Start, d.toks[b-1].End
	phrase := d.span(a, b)
	if b-a == 1 && isPronoun(d.toks[a].Lower) {
		if pe := r.recent(d, a); pe != nil {
			at.speaker = pe.name
			return at
		}
		return attribution{}
	}
	if det := d.toks[a].Lower; det == "the" && b-a >= 2 {
		if pe := r.describe(d, a+1, b); pe != nil {
			at.speaker = pe.name
			return at
		}
	}
	if d.toks[a].Lower == "a" || d.toks[a].Lower == "an" {
		phrase = strings.ToLower(phrase[:1]) + phrase[1:]
	}
	at.speaker = phrase
	return at
}

// recent returns the person most recently mentioned before token k,
// outside quotes when possible.
func (r *roster) recent(d *doc, k int) *person {
	var inside *person
	for n := r.lastBefore(k); n >= 0 && n > r.lastBefore(k)-200; n-- {
		m := r.all[n]
		if !d.inQ[m.i] {
			return m.p
		}
		if inside == nil {
			inside = m.p
		}
	}
	return inside
}

// describe resolves a definite description ("the spokesman", "the Russian
// leader") to the person whose title shares its head and most modifiers;
// the most recently mentioned wins ties.
func (r *roster) describe(d *doc, a, b int) *person {
	head := d.toks[b-1].Lower
	if !d.is(lexicon.Descriptions, b-1) && !d.is(lexicon.Titles, b-1) {
		return nil
	}
	var best *person
	bestScore := 0
	seen := map[*person]bool{}
	last := r.lastBefore(a)
	for n := last; n >= 0 && n > last-200; n-- {
		m := r.all[n]
		if seen[m.p] {
			continue
		}
		seen[m.p] = true
		title := strings.ToLower(m.p.title)
		score := 0
		switch {
		case strings.Contains(title, head):
			score = 10
		case strings.HasPrefix(head, "spokes") && strings.Contains(title, "spokes"):
			score = 10
		case head == "leader" && (strings.Contains(title, "president") || strings.Contains(title, "prime minister") || strings.Contains(title, "chancellor") || strings.Contains(title, "leader")):
			score = 8
		case title == "" && m.p.official && head == "leader":
			score = 1
		}
		if score == 0 {
			continue
		}
		for k := a; k < b-1; k++ {
			if strings.Contains(title, d.toks[k].Lower) {
				score += 2
			}
		}
		if score > bestScore {
			best, bestScore = m.p, score
		}
	}
	return best
}

// personBetween reports whether a person is named outside quotes between
// two quotes: then a continuation is not assumed.
func personBetween(d *doc, r *roster, prev, cur quote, speaker string) bool {
	from := prev.j
	if prev.close >= 0 {
		from = prev.close + 1
	}
	for _, m := range r.between(from, cur.open) {
		if m.p.name != speaker {
			return true
		}
	}
	return false
}
