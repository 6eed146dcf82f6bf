package extract

import (
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// troops finds TROOPS spans: numbers of military personnel.
//
// A quantity (numeral, number words or a vague plural, see numbers.go) is a
// troop count when, within its noun phrase, a personnel noun follows it
// ("3,000 additional US soldiers", "1,700 of its troops", "tens of thousands
// of soldiers"), or it forms a compound with -member/-strong/-man before a
// force noun ("a 40,000-strong force"). The span runs from a preceding
// quantity modifier (modifiers list; "another", "a further" and other
// determiner-like "exact" entries stay outside) through the noun. A bare
// number counts when the context makes it one: a list after a troop mention
// in the same sentence ("1,000 to Romania, 1,700 to Poland"), a force noun
// before "numbered", "totals", "stood at" or a copula ("the number of
// personnel ... is 8,500"), "a force of 40,000", or a deployment verb after
// a troop mention ("deployed 100,000 along the border"). Dates, years,
// times, money, percentages, ordinals and counts of dead or wounded never
// count; nor do personnel nouns used as modifiers ("fighter jets").
func (p *Pipeline) troops(d *doc) []span {
	var out []span
	head, headSent := headNone, int32(-1)
	d.lastCount = troopCount{head: headNone, at: -1}
	d.lastTroop = troopRun{at: -1}
	d.menTroops = false
	// most tokens: no number and no word a number starts with, passed
	// over by their flags alone (no numQty made and returned, see
	// numQtyAt): the stage visits the numbers and the words number words
	// may start with (see lateStartsOf)
	i := 0
	for _, c := range d.lateStartsOf().troops {
		if int(c) < i {
			continue // inside the count found before
		}
		i = int(c)
		d.tick()
		q, ok := d.numQtyAt(i)
		if !ok {
			i++
			continue
		}
		if d.toks[i].Sent != headSent {
			head, headSent = headNone, d.toks[i].Sent
		}
		s, h, next := d.troopAt(q, head)
		if h != headNone {
			head = h
			d.lastCount = troopCount{head: h, at: q.start}
			if d.countHead == nil {
				d.countHead = make(map[int]troopCount)
			}
			d.countHead[q.value] = d.lastCount
		}
		switch h {
		case headTroop:
			out = append(out, s)
			d.lastTroop = troopRun{at: q.start}
			if next > 0 && d.Lower(next-1) == "men" {
				d.menTroops = true
			}
		case headOther:
			d.lastTroop.otherMax = max(d.lastTroop.otherMax, q.value)
		}
		i = max(next, i+1)
	}
	return out
}

// troopHead says what a quantity counted: nothing known, troops or
// something else. It carries over to elided numbers in the same sentence.
type troopHead uint8

const (
	headNone troopHead = iota
	headTroop
	headOther
)

// troopCount is the last count of the text and what it counted: the
// passage an elided anaphoric count ("Those 8,500 are on standby") refers
// back into.
type troopCount struct {
	head troopHead
	at   int // its first token, -1 for none
}

// troopRun is the last troop count of the text and the largest count of
// other things since: a smaller count of something else cannot be what an
// elided count refers to ("send up to 1,000 troops aboard three naval
// ships … the first 200 would leave").
type troopRun struct {
	at       int // the first token of the last troop count, -1 for none
	otherMax int // the largest value counted otherwise since
}

// troopPassage is how far back (in tokens, within two paragraphs) the
// count an anaphoric number refers to may be.
const troopPassage = 120

// troopAnaphorParas is how many paragraphs back a bare number or "the N
// men" may refer to a troop count of the same number.
const troopAnaphorParas = 2

// The number bands of the troops stage.
const (
	// troopWordsFrom: a number written in words is a troop count without
	// a personnel noun only from here ("two hundred will go", "Twenty
	// thousand is not enough"); below it ("five left", "twenty more")
	// it may count anything, unless a troop count comes just before.
	troopWordsFrom = 100
	// troopMenFrom: "men" after a count of at least this many counts
	// soldiers when a troop count of the same number or the passage comes
	// before ("reduce its armed forces by 500,000 men").
	troopMenFrom = 1000
	// troopBareBelow: a bare number of a million or more is money or
	// people, no troop count, unless it is the size of a force ("an army
	// of 1.2 million").
	troopBareBelow = 1000000
)

// troopAt decides whether quantity q is a troop count. It returns the span,
// what q counted, and the token where scanning resumes.
func (d *doc) troopAt(q numQty, prev troopHead) (span, troopHead, int) {
	toks := d.toks
	n := len(toks)
	sent := int(toks[q.start].Sent)
	same := func(k int) bool { return k >= 0 && k < n && int(toks[k].Sent) == sent }

	// Dates, times, glued tokens (one first: a test of the value alone
	// rules out "a", "one" and "1", whatever is around them).
	if q.value < 2 {
		return span{}, headNone, q.end
	}
	if d.troopMonthAt(q.start-1) || d.troopMonthAt(q.end) {
		return span{}, headNone, q.end
	}
	if q.digits {
		t := &toks[q.start]
		if !t.Space && q.start > 0 && !d.troopOpener(&toks[q.start-1]) {
			return span{}, headNone, q.end
		}
		if q.end < n && !toks[q.end].Space {
			nt := &toks[q.end]
			if nt.Kind == Word || nt.Kind == Number || nt.Kind == Ordinal {
				return span{}, headNone, q.end
			}
			if d.textOf(nt) == ":" && q.end+1 < n && toks[q.end+1].Kind == Number && !toks[q.end+1].Space {
				return span{}, headNone, q.end + 2 // a time 10:30
			}
		}
		if q.start > 0 && d.kindIs(q.start-1, wTroopLabel) {
			return span{}, headNone, q.end // Article 5, Resolution 2202
		}
		if q.start > 0 {
			switch d.textOf(&toks[q.start-1]) {
			case "$", "€", "£", "¥", "₽", "₴", "#", "№":
				return span{}, headOther, q.end
			}
		}
	}
	if q.end < n {
		switch d.lowerOf(&toks[q.end]) {
		case "%", "percent", "per", "pct":
			return span{}, headOther, q.end
		}
	}

	// Ranges "3,000-5,000 troops": the upper bound, as an upper limit.
	isRange, between := false, false
	if q.digits && q.end+1 < n && toks[q.end+1].Kind == Number && int(toks[q.end+1].Sent) == sent {
		c := d.lowerOf(&toks[q.end])
		between = c == "and" && q.start > 0 && d.lowerOf(&toks[q.start-1]) == "between"
		dash := joinDash(c) && !toks[q.end].Space && !toks[q.end+1].Space
		from := q.start > 0 && d.lowerOf(&toks[q.start-1]) == "from"
		if s, _, ok := d.troopModifier(q.start); ok && s > 0 && d.lowerOf(&toks[s-1]) == "from" {
			from = true // "from about 110,000 to 300,000 soldiers": two counts
		}
		// "between 2,000 and 3,000 fighters" and "2,000 to 3,000
		// fighters" are two counts (guide rule 36: rule shared-noun gives
		// the first its number alone); a glued dash joins one range
		_ = from
		if dash {
			if q2, ok := d.numQtyAt(q.end + 1); ok && q2.value > q.value && q2.value <= 20*q.value {
				q.end, q.value, q.raw, isRange = q2.end, q2.value, false, true
			}
		}
	}

	// Ages: "reservists aged 18 to 60", "men between the ages of 18 and 60".
	for k := q.start - 1; k >= 0 && k >= q.start-4 && int(toks[k].Sent) == sent; k-- {
		l := d.lowerOf(&toks[k])
		if l == "aged" || l == "ages" || l == "age" {
			return span{}, headNone, q.end
		}
		if toks[k].Kind != Number && l != "to" && l != "and" && l != "of" && !joinDash(l) {
			break
		}
	}
	// An age between commas after a name: "Earl Dobbs, 71, told".
	if q.digits && q.value < maxAge && q.start >= 2 && q.end < n && d.Text(q.start-1) == "," &&
		toks[q.start-2].Kind == Word && d.Cap(q.start-2) && (d.Text(q.end) == "," || d.Text(q.end) == ".") {
		return span{}, headNone, q.end
	}

	// Modifier before the quantity.
	ms, mod := q.start, corpus.ModExact
	if q.vague {
		mod = corpus.ModVague
	}
	if s, m, ok := d.troopModifier(q.start); ok {
		if s+1 < q.start && (d.lowerOf(&toks[s]) == "a" || d.lowerOf(&toks[s]) == "an") {
			s++ // an article stays outside: "an [estimated 60,000 troops]"
		}
		// "handed over 300 soldiers": "over" is a particle, not a modifier.
		particle := d.lowerOf(&toks[s]) == "over" && s > 0 && d.kindIs(s-1, wOver)
		if m != corpus.ModExact && !particle {
			ms, mod = s, m
		} else if strings.HasSuffix(d.lowerOf(&toks[q.start-1]), "ly") {
			ms = s // "exactly", "precisely"
		}
	}
	if isRange && mod == corpus.ModExact {
		mod = corpus.ModUpTo
		if between && ms == q.start {
			ms = q.start - 1 // "between 800 and 1,000 soldiers"
		}
	}
	// A year is never a count unless a modifier makes it one ("about 2000").
	if q.raw && ms == q.start && q.value >= firstYearLike && q.value <= lastYearLike {
		return span{}, headNone, q.end
	}

	// The noun phrase after the quantity.
	end, h, rule := d.troopNoun(q, ms)
	switch h {
	case headOther:
		if q.end < n && d.kindIs(q.end, wExtent) {
			return span{}, headNone, q.end // "every six months": no count of things
		}
		if d.troopAnaphor(q, ms) && !d.troopCasualty(ms, q.end) {
			return d.troopSpan(ms, q.end, q.value, mod, "anaphor"), headTroop, q.end // "All 400 returned"
		}
		if r := d.troopElidedVerb(q, ms); r != "" && !d.troopCasualty(ms, q.end) {
			return d.troopSpan(ms, q.end, q.value, mod, r), headTroop, q.end // "an army of 100,000 massed"
		}
		return span{}, headOther, q.end
	case headTroop:
		if d.troopCasualty(ms, end) {
			return span{}, headOther, end
		}
		if d.troopUnitName(q, end) {
			return span{}, headNone, end // "Royal Marines of 42 Commando": a unit's name
		}
		return d.troopSpan(ms, end, q.value, mod, rule), headTroop, end
	}

	// A bare number: only the context makes it a troop count.
	// A number in words counts only in a clear context: after an explicit
	// partitive ("Of the 300, twelve are officers"), as a gapped count
	// ("and Fiji about forty"), before "more".
	gapped := !q.vague && prev == headTroop && ms > 0 && d.troopGappedSubject(ms-1) && d.troopBareAfter(q.end, sent)
	if !q.digits && (q.value < troopWordsFrom || q.vague) && !(!q.vague && d.troopPartitiveComma(ms-1)) && !gapped && !d.troopOfUs(q, ms) &&
		!(q.vague && troopVagueElided(d.troopElidedStrong(q, ms))) && !((q.vague || q.value >= troopWordsFrom) && q.end < n && d.Lower(q.end) == "more") {
		return span{}, headNone, q.end
	}
	if r := d.troopElidedStrong(q, ms); q.value >= troopBareBelow && r != "force-of" && r != "number-verb" {
		return span{}, headOther, q.end // "3 million" alone is money or people; not "an army of 1.2 million", "the militia numbers 1.6 million"
	}
	if d.troopPredicateOther(q) {
		return span{}, headOther, q.end // "roughly 200 will be civilians"
	}
	if r := d.troopBareRule(q, ms); r != "" && !d.troopCasualty(ms, q.end) {
		return d.troopSpan(ms, q.end, q.value, mod, r), headTroop, q.end
	}
	aux := q.end < n && troopAuxiliary[d.Lower(q.end)]
	if !d.troopBareAfter(q.end, sent) && !(aux && (prev == headTroop || d.troopElidedStrong(q, ms) != "" || d.troopPartSubject(q, ms))) {
		return span{}, headOther, q.end
	}
	if !same(ms - 1) {
		return span{}, headNone, q.end
	}
	if r := d.troopElided(q, ms, prev); r != "" && !d.troopCasualty(ms, q.end) {
		return d.troopSpan(ms, q.end, q.value, mod, r), headTroop, q.end
	}
	return span{}, headNone, q.end
}

// troopVagueElided reports whether the elided-count rule r reads a vague
// count too: "forces numbered “several thousand”", "that number could
// rise to “several thousand”" after a troop count.
func troopVagueElided(r string) bool {
	return r == "number-verb" || r == "change" || r == "tally"
}

// troopUnitName reports whether the count q with its noun ending before
// token end names a unit: a number of two or more right before one
// capitalised personnel noun in the singular ("42 Commando", "3 Para"); a
// count takes a plural ("500 Marines") or a collective noun ("30
// Personnel").
func (d *doc) troopUnitName(q numQty, end int) bool {
	k := q.end
	if !q.digits || end != k+1 || q.value < 2 || d.toks[k].Kind != Word || !d.Cap(k) || d.upperWord(k) || d.kindIs(k, wCollective) {
		return false
	}
	l := d.Lower(k)
	return !strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "men")
}

// troopSpan builds the TROOPS span over tokens [s, e), found by rule.
func (d *doc) troopSpan(s, e, value int, mod, rule string) span {
	var sp span
	sp.Type = corpus.Troops
	sp.Rule = rule
	sp.Count = value
	sp.Mod = mod
	sp.Start, sp.End = int(d.toks[s].Start), int(d.toks[e-1].End)
	return sp
}

// troopModifier finds a quantity modifier ending just before token i, in
// the same sentence: its first token and mod.
func (d *doc) troopModifier(i int) (int, string, bool) {
	var mods *lexicon.List // asked of the lexicon by name once, when a token of the sentence comes
	for s := max(0, i-4); s < i; s++ {
		if d.toks[s].Sent != d.toks[i].Sent {
			continue
		}
		if mods == nil {
			mods = d.lex.List(lexicon.Modifiers)
		}
		if !d.mayStart(mods, s) {
			continue // no modifier starts here (most words)
		}
		e, n := d.matchList(mods, s)
		if n > 0 && s+n == i {
			return s, e.Field(0), true
		}
	}
	return 0, "", false
}

// troopNoun looks for the personnel noun of the quantity's noun phrase:
// directly after it ("8,500 military personnel"), after "of"
// ("1,700 of its troops", "thousands of soldiers") or after a compound
// ("1,000-member force", "40,000-strong"). It returns the end token of the
// span and what the quantity counts (headNone: nothing follows).
func (d *doc) troopNoun(q numQty, ms int) (int, troopHead, string) {
	toks := d.toks
	n := len(toks)
	k := q.end
	if k >= n || toks[k].Sent != toks[q.start].Sent {
		return 0, headNone, ""
	}
	// Compounds: 1,000-member, 40,000-strong, 5,000-man; "2,000 strong".
	c := k
	if joinDash(d.textOf(&toks[c])) && !toks[c].Space && c+1 < n && !toks[c+1].Space {
		c++
	}
	if c < n && (c > k || d.lowerOf(&toks[c]) == "strong") {
		if d.wordIs(d.lowerOf(&toks[c]), wCompound) {
			if e, ok := d.troopPersonnelAfter(c+1, 3); ok {
				return e, headTroop, "compound"
			}
			if e, ok := d.troopUnitAfter(c+1, 3); ok {
				return e, headTroop, "compound"
			}
			if d.Lower(c) == "strong" && d.troopForceBefore(ms, 5) {
				return c + 1, headTroop, "compound"
			}
			if c+1 < n && d.kindIs(c+1, wSmallUnit) && c > k {
				return c + 2, headTroop, "compound" // "a 120-strong company", "a 40-man platoon"
			}
			return 0, headOther, ""
		}
		if c > k {
			return 0, headOther, "" // "20-year-old", "5-day"
		}
	}
	// Partitive: "1,700 of its troops", "tens of thousands of soldiers".
	if d.lowerOf(&toks[k]) == "of" {
		j := k + 1
		if j < n {
			switch d.lowerOf(&toks[j]) {
			case "the", "its", "their", "his", "her", "our", "these", "those", "whose":
				j++
			default:
				if j+1 < n && toks[j].Kind == Word && toks[j+1].Kind == Possessive {
					j += 2 // Russia's
				}
			}
		}
		if e, ok := d.troopPersonnelAfter(j, 4); ok {
			return e, headTroop, "partitive"
		}
		if j == k+2 && j < n && d.Lower(j) == "men" && isPossessiveDeterminer(d.Lower(k+1)) &&
			(d.troopForceWithin(ms, 60) || d.troopRecent(q.start) || d.troopMilitaryOwner(ms)) && !d.troopCasualty(ms, j+1) {
			// "about 300 of his men would guard the depot": a commander's
			// or a force's men
			return j + 1, headTroop, "partitive"
		}
		if q2, ok := d.numQtyAt(j); ok && j > k+1 {
			// "will supply 400 of the 1,100 troops": the whole is a count
			// of its own, so the part is the number alone
			if _, ok := d.troopPersonnelAfter(q2.end, 4); ok && !d.troopCasualty(q2.start, q2.end+1) {
				return q.end, headTroop, "partitive"
			}
		}
		return 0, headNone, ""
	}
	if e, ok := d.troopPersonnelAfter(k, 4); ok {
		// the span ends at the first personnel noun: "[about 2,100
		// sailors] and Marines" (rule 39j)
		return e, headTroop, "noun"
	}
	// the rules of "men" and "members" after the count, passed over as a
	// group by any other word (each asks for its word first)
	if l := d.Lower(k); l == "men" || l == "members" {
		if d.troopMen(k, ms) {
			return k + 1, headTroop, "force-men"
		}
		if !d.troopCasualty(ms, k+1) && d.troopElidedStrong(q, ms) != "" {
			// the members of a force counted by its context: "the regular force
			// would shrink by about 3,000 members", "the garrison rose to 900 men"
			return k + 1, headTroop, "force-members"
		}
		if d.troopForceMembers(k, ms) {
			return k + 1, headTroop, "force-members"
		}
		if e, ok := d.troopUnitMembers(k); ok {
			return e, headTroop, "unit-members"
		}
		if d.troopPassageMembers(q, k, ms) {
			return k + 1, headTroop, "passage-members"
		}
	}
	if toks[k].Kind == Word && d.capOf(&toks[k]) && d.troopSharedAfterNames(k) { // names: a capitalised word first
		// "some 600 Irish and 400 Finnish soldiers": the noun shared by
		// both counts, the first with its number alone
		return q.end, headTroop, "shared-noun"
	}
	if toks[k].Kind == Word && !troopPrep[d.Lower(k)] && !troopAuxiliary[d.Lower(k)] && !d.troopBareAfter(k, int(toks[k].Sent)) {
		return 0, headOther, "" // a noun phrase about something else
	}
	return 0, headNone, ""
}

// troopMilitaryOwner reports whether the sentence before token ms names
// a soldier who may own "his men": a rank ("The colonel said"), a
// personnel noun, or "officer" after a people's adjective ("A Russian
// officer … said"); not after a police word ("the police commander").
func (d *doc) troopMilitaryOwner(ms int) bool {
	for x := ms - 1; x >= 0 && d.toks[x].Sent == d.toks[ms].Sent; x-- {
		if d.toks[x].Kind != Word || x > 0 && d.wordIs(d.lowerAt(x-1), wCivilForce) {
			continue
		}
		if _, n := d.match(lexicon.Ranks, x); n > 0 || d.personnelAt(x) > 0 || d.Lower(x) == "officer" && x > 0 && d.demonym(x-1) {
			return true
		}
	}
	return false
}

// troopSharedAfterNames reports whether at token k, right after a count,
// one or two capitalised premodifiers are followed by "and" or "or" and a
// second count whose personnel noun both share: "600 Irish and 400
// Finnish soldiers".
func (d *doc) troopSharedAfterNames(k int) bool {
	toks := d.toks
	j := k
	for ; j < len(toks) && j < k+2 && toks[j].Kind == Word && d.capOf(&toks[j]) && toks[j].Sent == toks[k].Sent; j++ {
	}
	if j == k || j+1 >= len(toks) || toks[j+1].Sent != toks[k].Sent || d.Lower(j) != "and" && d.Lower(j) != "or" {
		return false
	}
	q2, ok := d.numQtyAt(j + 1)
	if !ok {
		return false
	}
	_, h, _ := d.troopNoun(q2, q2.start)
	return h == headTroop && !d.troopCasualty(q2.start, q2.end+1)
}

// troopUnitMembers reads "members of the Azov regiment", "fighters of
// the 36th brigade": "members" followed by "of", an optional determiner,
// capitalised names or ordinals, and a unit noun (force list). The span
// ends at "members": the unit stays outside, like any complement.
func (d *doc) troopUnitMembers(k int) (int, bool) {
	toks := d.toks
	n := len(toks)
	if k+2 >= n || d.lowerOf(&toks[k]) != "members" || d.lowerOf(&toks[k+1]) != "of" {
		return 0, false
	}
	sent := int(toks[k].Sent)
	j := k + 2
	if d.lowerOf(&toks[j]) == "the" || d.lowerOf(&toks[j]) == "its" || d.lowerOf(&toks[j]) == "their" {
		j++
	}
	named := false
	for ; j < n && j < k+10 && int(toks[j].Sent) == sent; j++ {
		t := &toks[j]
		switch {
		case d.wordIs(d.lowerOf(t), wForce) && !d.capOf(t) || d.wordIs(d.lowerOf(t), wForce) && named:
			// a named unit, or a body of troops however named ("members
			// of the army", "of the guard"); not a police or work force
			return k + 1, named || !d.wordIs(d.lowerOf(t), wPeople) && !d.kindIs(j-1, wCivilForce)
		case t.Kind == Ordinal || t.Kind == Word && d.capOf(t) || t.Kind == Punct && joinDash(d.textOf(t)):
			named = true
		case t.Kind == Possessive && j > k+2 && toks[j-1].Kind == Word && d.capOf(&toks[j-1]):
			// "members of Noriega's paramilitary Dignity Battalions"
		case t.Kind == Punct && (troopOpenQuote(d.textOf(t)) || d.textOf(t) == "`"):
			// a unit's name in quotation marks
		case t.Kind == Word && (d.wordIs(d.lowerOf(t), wPremodifier) || d.personnelAt(j) == 1):
			// "the paramilitary", "the elite"
		default:
			return 0, false
		}
	}
	return 0, false
}

// troopPersonnelAfter finds a personnel noun at token k after at most
// maxAdj adjective-like words, in the sentence of k-1. It returns the end
// token (exclusive), extended over following personnel nouns ("Air Force
// personnel"); false when the noun heads another phrase ("fighter jets").
func (d *doc) troopPersonnelAfter(k, maxAdj int) (int, bool) {
	toks := d.toks
	n := len(toks)
	if k <= 0 || k >= n {
		return 0, false
	}
	sent := int(toks[k-1].Sent)
	for a := 0; k < n && int(toks[k].Sent) == sent && a <= maxAdj; a++ {
		if d.kindIs(k, wAircraft) {
			return 0, false // "four Typhoon fighters": aircraft
		}
		if m := d.personnelAt(k); m > 0 {
			e := k + m
			for e < n && int(toks[e].Sent) == sent {
				m2 := d.personnelAt(e)
				if m2 == 0 {
					break
				}
				e += m2
			}
			if e < n && int(toks[e].Sent) == sent && d.troopNounAfterPersonnel(e) {
				return 0, false // "fighter jets", "two combat battalions", "three rebel groups"
			}
			return e, true
		}
		if d.prisonersOfWar(k) {
			return k + 1, true // "1,000 prisoners" in an exchange of prisoners of war
		}
		if a > 0 && d.nationalOfficers(k) {
			return k + 1, true // "150 Russian officers"
		}
		if a > 0 && d.troopCoordinated(k) {
			k++ // "250,000 American and British troops"
			continue
		}
		if !d.troopAdjective(k) && !d.troopNounModifier(k) && !(d.troopCompoundNoun(k) && k+1 < n && int(toks[k+1].Sent) == sent && d.personnelAt(k+1) > 0 && !d.kindIs(k, wCivilForce)) {
			// a singular noun right before the personnel noun modifies
			// it, as before a unit: "400 mountain troops", "300 border
			// guards"
			return 0, false
		}
		k++
	}
	return 0, false
}

// personnelAt returns the length in tokens of the personnel noun at token
// k, 0 for none. The list is matched by stems, and other words share some
// of their stems ("combat" and "combatant", "medical" and "medic"): each
// word must be the entry's word or its plural.
func (d *doc) personnelAt(k int) int {
	if d.personnel == nil {
		d.personnel = d.lex.List(lexicon.Personnel) // asked of the lexicon by name once per document
	}
	if !d.mayStart(d.personnel, k) {
		return 0 // no personnel noun starts here (most words)
	}
	e, m := d.matchList(d.personnel, k)
	if m == 0 {
		return 0
	}
	i := 0
	for w := range strings.FieldsSeq(e.Phrase) {
		if k+i >= len(d.toks) || !nounForm(d.Lower(k+i), w) {
			return 0
		}
		i++
	}
	return m
}

// nounForm reports whether the lower-cased word tok is the noun w or a
// plural of it (troops, forces, mercenaries, militiamen).
func nounForm(tok, w string) bool {
	switch {
	case tok == w, tok == w+"s", tok == w+"es":
		return true
	case strings.HasSuffix(w, "y") && tok == w[:len(w)-1]+"ies":
		return true
	case strings.HasSuffix(w, "man") && tok == w[:len(w)-3]+"men":
		return true
	}
	return false
}

// troopNounAfterPersonnel reports whether token e, right after a personnel
// noun, is the head the personnel word modifies, so that the count is of
// something else: a thing ("fighter jets"), a unit ("two combat
// battalions", "three infantry brigades"), or any lower-case noun after a
// singular personnel word ("three rebel groups", "two marine
// companies"; a count of two or more takes a plural noun, so a singular
// one is a modifier). Words that are plural or collective as they stand
// (troop_words collective: personnel, infantry, police) stay heads.
func (d *doc) troopNounAfterPersonnel(e int) bool {
	toks := d.toks
	l := d.lowerOf(&toks[e])
	if d.wordIs(l, wNonPerson) {
		return true
	}
	if toks[e].Kind != Word || d.capOf(&toks[e]) {
		return false
	}
	p := d.Lower(e - 1)
	if strings.HasSuffix(p, "s") || strings.HasSuffix(p, "men") {
		return false // a plural heads its phrase: "25 marines guard the embassy"
	}
	if d.wordIs(l, wForce) && d.personnelAt(e) == 0 && !d.wordIs(l, wPeople) {
		return true
	}
	if d.wordIs(p, wCollective) {
		return false
	}
	if troopAuxiliary[l] || troopPrep[l] || d.wordIs(l, wPast|wTroopState|wCasualty|wDeploy) || d.classify()[e]&cStop != 0 {
		return false
	}
	return strings.HasSuffix(l, "s") && len(l) > 3
}

// troopCoordinated reports whether token k, "and" or "or", joins two
// premodifiers of a personnel noun: a name or demonym before it and an
// adjective after ("US and allied troops", "American and British
// troops", "U.S. and NATO forces"). A plural name before it is a noun of
// its own ("230 Ukrainians and Russian soldiers") and stops the phrase.
func (d *doc) troopCoordinated(k int) bool {
	toks := d.toks
	if l := d.Lower(k); l != "and" && l != "or" || k+1 >= len(toks) || toks[k+1].Sent != toks[k].Sent {
		return false
	}
	b := &toks[k-1]
	if b.Kind != Word || !d.capOf(b) && !d.troopAdjective(k-1) && !d.troopNounModifier(k-1) {
		return false
	}
	if lb := d.lowerOf(b); strings.HasSuffix(lb, "s") && d.textOf(b) != strings.ToUpper(d.textOf(b)) {
		return false
	}
	return d.troopAdjective(k + 1)
}

// troopNounModifier reports whether the lower-case word at token k is a
// noun premodifier coordinated with an adjective before a personnel noun:
// "700 signal and logistics soldiers", "combat and support troops". It
// must be singular (a plural is a noun of its own: "500 tanks and
// troops"), no function word, and "and" or "or" and a premodifier must
// follow it.
func (d *doc) troopNounModifier(k int) bool {
	toks := d.toks
	if k+2 >= len(toks) || toks[k].Kind != Word || d.capOf(&toks[k]) || toks[k+2].Sent != toks[k].Sent {
		return false
	}
	if c := d.Lower(k + 1); c != "and" && c != "or" {
		return false
	}
	l := d.lowerOf(&toks[k])
	if strings.HasSuffix(l, "s") || d.wordIs(l, wCasualty|wNonPerson|wForce|wMeasure|wPast) || d.classify()[k]&cStop != 0 ||
		troopAuxiliary[l] || troopPrep[l] || d.personnelAt(k) > 0 {
		return false
	}
	return d.troopAdjective(k+2) && !d.capOf(&toks[k+2])
}

// troopPassageMembers reports whether token k, "members" right after a
// quantity, counts the members of the force the passage has just counted:
// "The Defense Forces, which numbered about 16,000, have collapsed. [About
// 4,000 members] have been detained". The count opens its sentence (after
// an optional quote mark) with a verb after "members", and the last count
// of the text, in the same or the previous sentence, was of a body of
// troops named before it in its sentence.
func (d *doc) troopPassageMembers(q numQty, k, ms int) bool {
	toks := d.toks
	if k+1 >= len(toks) || d.Lower(k) != "members" || toks[k+1].Sent != toks[k].Sent || !d.troopOpens(ms) {
		return false
	}
	if l := d.Lower(k + 1); !troopAuxiliary[l] && !d.wordIs(l, wPast|wTroopState) {
		return false
	}
	lc := d.lastCount
	if !d.troopRecent(q.start) || toks[lc.at].Sent+1 < toks[k].Sent {
		return false
	}
	// The count before is of a body of troops named in its sentence ("The
	// rebel army, which numbered 9,000"), not of troops alone ("NATO sent
	// 5,000 troops. 28 members voted").
	for x := lc.at - 1; x >= 0 && toks[x].Sent == toks[lc.at].Sent; x-- {
		if l := d.Lower(x); d.wordIs(l, wForce) && !d.wordIs(l, wPeople) {
			return true
		}
	}
	return false
}

// troopOpens reports whether token s opens its sentence, or follows only
// an opening quote mark that does.
func (d *doc) troopOpens(s int) bool {
	toks := d.toks
	p := s - 1
	if p >= 0 && toks[p].Sent == toks[s].Sent && troopSentenceAdverb[d.Lower(p)] {
		p-- // "Only about 16,000 had done so", "But 300 stayed"
	}
	if p >= 0 && toks[p].Sent == toks[s].Sent && troopOpenQuote(d.Text(p)) {
		p--
	}
	return p < 0 || toks[p].Sent != toks[s].Sent
}

// troopForceMembers reports whether token k, "members" right after a
// quantity starting at token ms, counts the members of a force named
// just before as their possessor: "a new National Guard, whose 70,000
// members", "the brigade's 4,000 members".
func (d *doc) troopForceMembers(k, ms int) bool {
	if k >= len(d.toks) || d.Lower(k) != "members" || ms < 2 || d.toks[ms-1].Sent != d.toks[k].Sent {
		return false
	}
	p := ms - 1
	switch {
	case d.Lower(p) == "of":
		p-- // "an army of 1 million members"
	case d.Lower(p) == "whose":
		p--
		if d.Text(p) == "," {
			p--
		}
	case d.toks[p].Kind == Possessive:
		p--
	default:
		return false
	}
	return p >= 0 && d.toks[p].Sent == d.toks[k].Sent && d.kindIs(p, wForce)
}

// troopMen reports whether token k, "men" right after a quantity that
// starts (with its modifier) at token ms, counts soldiers: when a force
// noun ends just before the quantity's link word ("two brigades totalling
// 8,000 men", "a battalion of 600 men", "the force, numbering some 12,000
// men", "the unit has 300 men"). Elsewhere men may be anyone ("police detained 30 men") and stay
// out.
func (d *doc) troopMen(k, ms int) bool {
	toks := d.toks
	if k >= len(toks) || d.Lower(k) != "men" || toks[k].Sent != toks[ms].Sent {
		return false
	}
	if k+2 < len(toks) && d.Lower(k+1) == "under" && d.Lower(k+2) == "arms" {
		return true // "about 30,000 men under arms"
	}
	if d.troopMenOfUnit(k) {
		return true // "some 900 men of the 5th Brigade", "60 men from a Lancer Regiment"
	}
	if p := ms - 1; p >= 0 && toks[p].Sent == toks[k].Sent && troopDefinite(d.Lower(p)) {
		// "the two men", "those 12 men" refer back: to a troop count of
		// the same number ("a 12-man unit ... Those 12 men"), else to
		// persons named before ("Okello served as Obote's army commander
		// until the two men fell out")
		q, ok := d.troopQtyBefore(k)
		return ok && d.troopSameCountNear(q)
	}
	// "reduce its armed forces by 500,000 men", "a reduction of 1.2
	// million men" after a troop count: thousands of men in a passage
	// about a force
	if ms > 0 && d.troopForceWithin(ms, 25) {
		return true
	}
	if q, ok := d.troopQtyBefore(k); ok && q.value >= troopMenFrom && (d.troopSameCount(q) || d.troopRecent(q.start) || d.menTroops) {
		return true // also when the text has counted soldiers as men before
	}
	if k+3 < len(toks) && toks[k+3].Sent == toks[k].Sent && d.Lower(k+2) == "the" &&
		(d.Lower(k+1) == "on" && d.Lower(k+3) == "ground" || d.Lower(k+1) == "in" && d.Lower(k+3) == "field") &&
		d.troopBareAfter(k+4, int(toks[k].Sent)) {
		return true // "we have 3,000 men on the ground", "10,000 men in the field"
	}
	p := ms - 1
	if p < 1 || toks[p].Sent != toks[k].Sent {
		return false
	}
	if l := d.Lower(p); l != "of" && l != "with" && l != "has" && l != "had" && l != "have" && !d.wordIs(l, wNumberVerb) {
		return false
	}
	p--
	if d.Text(p) == "," && p > 0 {
		p--
	}
	return toks[p].Sent == toks[k].Sent && d.kindIs(p, wForce)
}

// troopMenOfUnit reports whether "men" at token k are the members of a
// military unit named after them: "of" or "from", an optional
// determiner, then at most four words of the unit's name (ordinals,
// numbers, capitalised words, adjectives) ending in a force noun ("men
// of the 5th Brigade", "men from a Lancer Regiment", "men of
// an infantry brigade"), in the same sentence, with no punctuation
// between. Not a civil force ("men of the police force").
func (d *doc) troopMenOfUnit(k int) bool {
	toks := d.toks
	j := k + 1
	if j >= len(toks) || toks[j].Sent != toks[k].Sent || d.Lower(j) != "of" && d.Lower(j) != "from" {
		return false
	}
	j++
	if j < len(toks) && determiner(d.Lower(j)) {
		j++
	}
	for n := 0; n < 5 && j < len(toks) && toks[j].Sent == toks[k].Sent; n, j = n+1, j+1 {
		if toks[j].Kind == Punct {
			return false
		}
		if d.kindIs(j, wForce) {
			return !d.wordIs(d.lowerAt(j-1), wCivilForce) && !d.kindIs(j, wCivilForce)
		}
	}
	return false
}

// troopDefinite reports whether w, before a count, makes it refer back:
// "the 300 men", "those 12 men", "these two men".
func troopDefinite(w string) bool {
	return w == "the" || w == "those" || w == "these"
}

// troopQtyBefore returns the quantity that ends right before token k.
func (d *doc) troopQtyBefore(k int) (numQty, bool) {
	for s := k - 1; s >= 0 && s >= k-4; s-- {
		if q, ok := d.numQtyAt(s); ok && q.end == k {
			return q, true
		}
	}
	return numQty{}, false
}

// troopUnitAfter finds a noun for a body of troops ("brigade", "force")
// after at most maxAdj adjective-like words, for compounds ("3,000-man
// brigade"), and returns the end token (exclusive). In a compound a
// singular lower-case noun may modify the unit too ("a 700-strong
// engineer contingent", "a 500-man security detachment").
func (d *doc) troopUnitAfter(k, maxAdj int) (int, bool) {
	toks := d.toks
	if k <= 0 {
		return 0, false
	}
	sent := int(toks[k-1].Sent)
	for a := 0; k < len(toks) && int(toks[k].Sent) == sent && a <= maxAdj; a++ {
		if d.kindIs(k, wForce) {
			return k + 1, !d.wordIs(d.lowerAt(k-1), wCivilForce) // not "a 15,000-member work force"
		}
		if !d.troopAdjective(k) && !d.troopCompoundNoun(k) {
			return 0, false
		}
		k++
	}
	return 0, false
}

// troopCompoundNoun reports whether token k is a singular lower-case noun
// that may modify a unit noun after a compound count ("engineer",
// "security", "protection"): no function word, verb, plural or casualty
// word.
func (d *doc) troopCompoundNoun(k int) bool {
	t := &d.toks[k]
	if t.Kind != Word || d.capOf(t) {
		return false
	}
	l := d.lowerOf(t)
	if strings.HasSuffix(l, "s") || troopAuxiliary[l] || troopPrep[l] || d.classify()[k]&cStop != 0 ||
		d.wordIs(l, wCasualty|wNonPerson|wMeasure|wPast|wTroopState|wDeploy) {
		return false
	}
	return true
}

// troopAdjective reports whether token k may stand between a number and
// its personnel noun: a capitalised name or demonym ("US", "Russian"), a
// participle or adverb, a hyphenated adjective, or a common premodifier.
func (d *doc) troopAdjective(k int) bool {
	t := &d.toks[k]
	if t.Kind == Possessive {
		return k > 0 && d.toks[k-1].Kind == Word // "the army's troops"
	}
	// the word's kinds by its id (kindIs), its form read once
	if t.Kind != Word || d.kindIs(k, wCasualty) {
		return false
	}
	w := d.lowerOf(t)
	if hasDigit(w) {
		return false // Su-35, F-16
	}
	if d.capOf(t) {
		return !d.troopMonthAt(k)
	}
	if d.kindIs(k, wPremodifier) {
		return true
	}
	l := len(w)
	if l > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly")) {
		return true
	}
	if l > 6 && strings.HasSuffix(w, "ing") {
		return true // a noun or participle as premodifier: "400 engineering troops"
	}
	return strings.IndexByte(w, '-') >= 0 && !d.kindIs(k, wNonPerson)
}

// hasDigit reports whether s has an ASCII digit (strings.ContainsAny of
// the ten digits, without the set it builds at every call).
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// troopForceBefore reports whether a personnel or force noun ends within
// w tokens before token s in its sentence ("the force, 40,000-strong").
func (d *doc) troopForceBefore(s, w int) bool {
	for k := s - 1; k >= 0 && k >= s-w && d.toks[k].Sent == d.toks[s].Sent; k-- {
		if d.troopForceNoun(k) {
			return true
		}
	}
	return false
}

// troopForceNoun reports whether token k is a personnel noun or a noun for
// a body of troops (force, contingent, army, deployment).
func (d *doc) troopForceNoun(k int) bool {
	if d.kindIs(k, wForce) {
		return true
	}
	return d.personnelAt(k) > 0
}

// troopBareAfter reports whether nothing of the noun phrase follows token
// e: the sentence ends, or punctuation, a conjunction or a preposition
// comes next.
func (d *doc) troopBareAfter(e, sent int) bool {
	if e >= len(d.toks) || int(d.toks[e].Sent) != sent {
		return true
	}
	t := &d.toks[e]
	switch t.Kind {
	case Punct:
		return !joinDash(d.textOf(t)) && d.textOf(t) != "%" && d.textOf(t) != "/"
	case Word:
		if l := d.lowerOf(t); (l == "a" || l == "an") && e+2 < len(d.toks) && d.Lower(e+2) == "ago" {
			return true // "up from about 4,000 a year ago"
		}
		switch l := d.lowerOf(t); l {
		case "earlier", "last", "this", "yesterday":
			return true // "up from about 12,000 earlier this week"
		case "there", "here":
			return true // "Moscow has about 565,000 there"
		case "the":
			switch d.lowerAt(e + 1) {
			case "next", "following", "previous", "same":
				return true // "raised the figure to 6,000 the following day"
			}
		}
		return troopPrep[d.lowerOf(t)] || d.classify()[e]&cCalendar != 0
	}
	return false
}

// troopElided decides whether a bare number at tokens [ms, ...) is a troop
// count from its context, and names the rule that says so ("" for none).
func (d *doc) troopElided(q numQty, ms int, prev troopHead) string {
	toks := d.toks
	p := ms - 1
	pl := d.lowerOf(&toks[p])
	// A list after a troop mention: "3,000 soldiers: 1,000 to Romania, 1,700 to Poland".
	if prev == headTroop && troopListPrev[pl] && !d.troopCasualtyBetween(d.lastCount.at, ms) {
		return "list"
	}
	// Numbers sharing one noun: "will send 500 and 300 soldiers respectively".
	if e := q.end; e+1 < len(toks) && (d.Lower(e) == "and" || d.Lower(e) == "or" || d.Lower(e) == "to") && toks[e+1].Sent == toks[e].Sent {
		if q2, ok := d.numQtyAt(e + 1); ok && q2.digits == q.digits {
			if _, h, _ := d.troopNoun(q2, q2.start); h == headTroop && !d.troopCasualty(q2.start, q2.end+1) {
				return "shared-noun"
			}
		}
	}
	if r := d.troopElidedStrong(q, ms); r != "" {
		return r
	}
	// "from about 110,000 to 300,000 soldiers": the lower end of a change;
	// "cut the contingent from 37,000 to 30,000".
	if pl == "from" && q.end+1 < len(toks) && d.lowerOf(&toks[q.end]) == "to" {
		if q2, ok := d.numQtyAt(q.end + 1); ok {
			if _, h, _ := d.troopNoun(q2, q2.start); h == headTroop || d.troopChangedForce(q.end) {
				return "range-from"
			}
		} else if d.troopChangedForce(q.end) {
			return "range-from" // the upper end with a modifier: "cut from about 100,000 to some 65,000"
		}
	}
	// A part of a troop count of the sentence as the subject of the next
	// clause: "43,000 troops were available, although only about 700
	// were in the field".
	if d.troopPartSubject(q, ms) {
		return "part-subject"
	}
	// Gapping after a troop count of the sentence: "Iraq holds 19,000
	// soldiers, and Iran about 50,000": the verb and noun are elided
	// after "and" and a capitalised subject.
	if prev == headTroop && d.troopGappedSubject(p) && d.lastCount.at >= 0 && toks[d.lastCount.at].Sent == toks[ms].Sent {
		return "gapping"
	}
	// A parallel clause repeating the verb of the sentence's troop count,
	// the count ending its clause: "Chad keeps 1,200 soldiers in the
	// north, while Niger keeps about 800."
	if prev == headTroop && d.lastCount.at >= 0 && toks[d.lastCount.at].Sent == toks[ms].Sent &&
		d.troopSameVerb(d.lastCount.at, p) && d.troopAppositionEnds(q.end) {
		return "parallel"
	}
	// A possessor's count after a troop count of the sentence: "35,000
	// troops in Germany, the largest contingent after Italy's 12,000".
	if prev == headTroop && toks[p].Kind == Possessive && p > 0 && d.Cap(p-1) && toks[p-1].Kind == Word {
		return "gapping"
	}
	// A count in apposition to a body of troops: "India provides the
	// largest contingent, about 3,000, and Pakistan about 2,500"; "the
	// Presidential Guard, some 2,000, stayed in barracks".
	if pl == "," && p > 0 && toks[p-1].Sent == toks[ms].Sent && d.kindIs(p-1, wForce) && !d.kindIs(p-1, wPeople) &&
		!d.wordIs(d.lowerAt(p-2), wCivilForce) && d.troopAppositionEnds(q.end) {
		return "force-apposition"
	}
	// "Russia has deployed 100,000 along the border" after a troop mention;
	// a headline before the body names the troops ("Russia masses 100,000
	// on Ukraine border").
	if d.wordIs(pl, wDeploy) && q.digits && (d.troopForceWithin(p, 60) || prev == headTroop || d.troopForceAhead(q.end, 60)) {
		return "deploy"
	}
	// "The army has about 1,000 in the area", "Britain has 900 in Estonia",
	// "Moscow has about 500,000 there" after a troop count: a body of
	// troops kept somewhere.
	if (pl == "has" || pl == "have" || pl == "had") && q.digits && q.end < len(toks) && troopWhere[d.Lower(q.end)] &&
		(prev == headTroop || d.troopRecent(q.start) || d.troopForceWithin(p, 25) || d.troopForceLater(q.end, 25)) {
		return "deploy" // also "“We have 2,500 on the ground,” the minister said of the troops"
	}
	// "France has 5,100 soldiers in the Sahel, and Germany has about
	// 1,000."; "The contingent, which now has 900, will grow": the count
	// ends the clause after a troop count of the sentence or a force just
	// before.
	if (pl == "has" || pl == "have" || pl == "had") && q.digits && d.troopAppositionEnds(q.end) &&
		(prev == headTroop || d.troopForceWithin(p, 8)) {
		return "deploy"
	}
	// "Pentagon puts 8,500 on heightened alert": people put on alert or
	// standby in a passage about troops.
	if q.digits && d.troopOnAlert(q.end) && (prev == headTroop || d.troopRecent(q.start) || d.troopForceWithin(p, 60) || d.troopForceAhead(q.end, 60)) {
		return "alert"
	}
	return ""
}

// troopSameVerb reports whether token p, right before an elided count,
// is the same lower-case word as the verb right before the count starting
// at token at (before its modifier): "keeps 1,200 soldiers … keeps about
// 800", "holds … holds".
func (d *doc) troopSameVerb(at, p int) bool {
	j := at - 1
	if s, _, ok := d.troopModifier(at); ok {
		j = s - 1
	}
	if j < 0 || j >= p || d.toks[j].Kind != Word || d.toks[p].Kind != Word || d.Cap(p) {
		return false
	}
	w := d.Lower(p)
	return len(w) > 2 && w == d.Lower(j) && !determiner(w) && !troopPrep[w] && d.classify()[p]&cStop == 0
}

// troopAppositionEnds reports whether token e closes an apposition: a
// comma, a semicolon, a dash or the end of the sentence.
func (d *doc) troopAppositionEnds(e int) bool {
	if e >= len(d.toks) || d.toks[e].Sent != d.toks[e-1].Sent {
		return true
	}
	switch d.Text(e) {
	case ",", ";", ".", "—", "–", ")":
		return true
	}
	return false
}

// troopForceAhead reports whether a count of troops comes in the w tokens
// after token e, in the next paragraph, with no casualty word on
// the way: the body of an article counting the troops its headline
// counts ("Russia masses 100,000 on Ukraine border ¶ Russia has massed
// more than 100,000 troops"). The count is a number at most four tokens
// before a lower-case personnel or force noun of its sentence.
func (d *doc) troopForceAhead(e, w int) bool {
	toks := d.toks
	if e >= len(toks) {
		return false
	}
	para := toks[e-1].Para
	for k := e; k < len(toks) && k < e+w && toks[k].Para <= para+1; k++ {
		if d.kindIs(k, wCasualty) {
			return false
		}
		if toks[k].Para == para || toks[k].Kind != Word || d.Cap(k) || !d.troopForceNoun(k) || d.wordIs(d.lowerAt(k-1), wCivilForce) {
			continue // the next paragraph only: "3,000—5,000 troops" is one count
		}
		for j := k - 1; j >= e && j >= k-4 && toks[j].Sent == toks[k].Sent; j-- {
			if toks[j].Kind == Number {
				return true
			}
		}
	}
	return false
}

// troopForceLater reports whether a lower-case personnel or force noun
// comes in the attribution of the quote that holds token e: after a
// closing quote mark, at most w tokens on, in its sentence or the next,
// with no count or casualty word on the way ("“We have 2,500 on the
// ground,” the minister said of the troops").
func (d *doc) troopForceLater(e, w int) bool {
	toks := d.toks
	if e <= 0 || e >= len(toks) {
		return false
	}
	sent := toks[e-1].Sent
	for k := e; k < len(toks) && k < e+w && toks[k].Sent <= sent+1 && toks[k].Para == toks[e-1].Para; k++ {
		if toks[k].Kind == Number || d.kindIs(k, wCasualty) {
			return false
		}
		if toks[k].Sent > sent+1 {
			return false
		}
		if toks[k].Kind == Word && !d.Cap(k) && d.troopForceNoun(k) && !d.wordIs(d.lowerAt(k-1), wCivilForce) {
			return d.troopQuoteTail(e, k)
		}
	}
	return false
}

// troopQuoteTail reports whether token k, in the sentence after the one
// of token e, belongs to the attribution of a quote that closed between
// them (“… already,” the minister said of the troops).
func (d *doc) troopQuoteTail(e, k int) bool {
	for j := e; j < k; j++ {
		switch d.Text(j) {
		case "”", "\"", "’", "''":
			return true
		}
	}
	return false
}

// troopOnAlert reports whether "on alert" or "on standby" follows at token
// e, with at most one adjective between ("on heightened alert", "on high
// alert", "on standby").
func (d *doc) troopOnAlert(e int) bool {
	toks := d.toks
	if e+1 >= len(toks) || d.Lower(e) != "on" || toks[e+1].Sent != toks[e].Sent {
		return false
	}
	k := e + 1
	if l := d.Lower(k); l != "alert" && l != "standby" && k+1 < len(toks) && toks[k+1].Sent == toks[e].Sent {
		k++
	}
	l := d.Lower(k)
	return l == "alert" || l == "standby" || l == "stand-by"
}

// troopGappedSubject reports whether token p ends the subject of a
// gapped clause, its verb and noun elided after a troop count of the
// sentence: a capitalised name of at most four words ("Burkina Faso",
// "the Netherlands") after "and", a comma or a semicolon ("Iraq holds
// 19,000 soldiers, and Iran about 50,000"; "Nigeria has promised 900
// troops; Burkina Faso 500").
func (d *doc) troopGappedSubject(p int) bool {
	toks := d.toks
	k := p
	for n := 0; k >= 1 && n < 4 && toks[k].Kind == Word && d.capOf(&toks[k]) && toks[k].Sent == toks[p].Sent; n++ {
		k--
	}
	if k == p || k < 1 || toks[k].Sent != toks[p].Sent {
		return false
	}
	if d.Lower(k) == "the" {
		k--
	}
	return k >= 1 && (d.Lower(k) == "and" || d.Text(k) == "," || d.Text(k) == ";")
}

// troopElidedStrong reads the contexts that make a bare number a count of
// a force whatever follows it, a verb included ("an army of 100,000
// massed", "troops numbering 5,000 were flown in"): a force noun before
// a number verb, a copula or a change verb, a tally noun, or "a force of".
func (d *doc) troopElidedStrong(q numQty, ms int) string {
	toks := d.toks
	p := ms - 1
	if p > 0 && troopOpenQuote(d.Text(p)) {
		p-- // forces "number “several thousand,”"
	}
	if p < 0 || toks[p].Sent != toks[ms].Sent {
		return ""
	}
	if d.Lower(p) == "between" && p > 0 && d.Lower(p-1) == "at" {
		p-- // "put the number of fighters at between 800 and 1,200"
	}
	if (d.Lower(p) == "an" || d.Lower(p) == "a") && p > 0 && d.Lower(p+1) == "estimated" {
		p-- // "numbered an estimated 80,000": the article stays outside the span (rule 35)
	}
	pl := d.Lower(p)
	switch {
	case d.wordIs(pl, wNumberVerb) || pl == "at" && p > 0 && d.kindIs(p-1, wStand):
		// "a force which numbered 40,000", "the contingent totals 2,000";
		// "Operation Serval, which ... at its peak numbered 4,500" in a
		// passage about troops.
		if d.troopForceWithin(p, 25) || d.troopRelativeForce(p) || d.troopOperationBefore(p) ||
			d.tallyBefore(p) && (d.troopRecent(q.start) || d.troopSameCount(q)) ||
			d.troopNamedBodyNumbered(p) {
			return "number-verb"
		}
	case d.wordIs(pl, wCopula):
		// "the number of military personnel ... is 8,500"
		if d.troopForceWithin(p, 20) {
			return "copula"
		}
	case pl == "to" && p > 0 && d.kindIs(p-1, wChange):
		// "has risen to 130,000"; "the figure could rise to 1,000" after a
		// troop count
		if d.troopForceWithin(p, 20) || d.tallyBefore(p) && d.troopRecent(q.start) {
			return "change"
		}
	case pl == "by" && p > 0 && d.kindIs(p-1, wChange) && d.troopSubjectForce(p-1):
		// a force as the subject of an intransitive change: "the regular
		// force would shrink by about 3,000"
		return "change"
	case pl == "to" && d.tallyBefore(p):
		// "will bring the number of federal forces in the state to about
		// 5,000"; "raised the figure to 6,000" after a troop count
		if d.troopForceWithin(p, 20) || d.troopRecent(q.start) {
			return "tally"
		}
	case (pl == "to" || pl == "by") && d.troopChangedForce(p):
		// "will bring the American force in Panama to about 26,000", "cut
		// its troop presence in Germany by 12,000"
		return "change"
	case pl == "at" && d.tallyBefore(p):
		// "officials put the number who moved north at about 8,000", in a
		// passage about troops.
		if d.troopRecent(q.start) || d.troopForceWithin(p, 20) {
			return "tally"
		}
	case pl == "at" && d.troopReckonedForce(p):
		// "the Pentagon estimated the force at 30,000", "puts the rebel
		// army in the north at about 5,000"
		return "reckon"
	case pl == "at" && p > 0 && d.kindIs(p-1, wReckon) && d.troopRelativeForce(p-1):
		// the force as the relative's object: "forces that Western
		// intelligence puts at more than 500,000"
		return "reckon"
	case pl == "from" && p > 0 && (d.Lower(p-1) == "up" || d.Lower(p-1) == "down") &&
		(d.tallyBefore(p-1) && (d.troopRecent(q.start) || d.troopSameCount(q)) || d.troopSubjectForce(p-1)):
		// "The figure is up from about 12,000" after a troop count
		return "change"
	case pl == "at" && p > 0 && d.Text(p-1) == "," && d.troopForceWithin(p-1, 12):
		// "Norway's own contingent is the next biggest, at about 10,000"
		return "force-at"
	case pl == "of" && p > 0 && d.kindIs(p-1, wForce) && !d.wordIs(d.lowerAt(p-2), wCivilForce):
		// "a force of 40,000", "a contingent of 2,000"; not "a work force
		// of 43 million"
		return "force-of"
	case pl == "of" && p > 1 && d.Lower(p-1) == "party" && d.kindIs(p-2, wTroopParty):
		// "an advance party of about 1,500", "a landing party of 300"
		return "force-of"
	case pl == "of" && p > 0 && d.kindIs(p-1, wTally) && (d.troopRecent(q.start) || d.troopSameCount(q)):
		// "down from a peak of 170,000" after a troop count; "the figure
		// of 3,000" when 3,000 was a troop count
		return "tally"
	}
	return ""
}

// troopNamedBodyNumbered reports whether the number verb at token p
// ("numbered", "numbers") in the past or present has a named body as its
// subject, in a paragraph that speaks of military matters: a capitalised
// word that is no place, calendar word or sentence opener, right before
// the verb or before a relative pronoun with at most "at its peak" or
// "at its height" between ("At its height, KFOR numbered
// some 50,000", "The Observer Corps, which at its height numbered
// 400"). The lists cannot know every mission's or group's name; a body
// that numbers people in such a paragraph counts its members. The
// paragraph must hold a force or personnel noun before the count (the
// body's own text: "the force lost men", "soldiers").
func (d *doc) troopNamedBodyNumbered(p int) bool {
	toks := d.toks
	if l := d.Lower(p); l != "numbered" && l != "numbers" {
		return false
	}
	k := p - 1
	if k >= 2 && (d.Lower(k) == "peak" || d.Lower(k) == "height") && d.Lower(k-1) == "its" && d.Lower(k-2) == "at" {
		k -= 3
	}
	if k >= 0 && (d.Lower(k) == "which" || d.Lower(k) == "that") {
		k--
		if k >= 0 && d.Text(k) == "," {
			k--
		}
	}
	if k < 1 || toks[k].Sent != toks[p].Sent || toks[k].Kind != Word || !d.Cap(k) || toks[k-1].Sent != toks[k].Sent {
		return false // none, or the sentence's first word (a capital of its own)
	}
	if d.classify()[k]&(cPlace|cCalendar|cStop) != 0 {
		return false // "Gaza numbered 1.8 million"
	}
	f := d.paraForceFirst(p)
	return f >= 0 && f < p
}

// paraForceFirst returns the first token of token i's paragraph that is
// a force or personnel noun with no civil word before it ("police
// force"), or -1 when the paragraph has none. Each paragraph's answer is
// found on first use and kept: walking back from every "numbered" to the
// paragraph's start cost a paragraph's length per verb (quadratic in one
// long paragraph of named bodies).
func (d *doc) paraForceFirst(i int) int {
	para := d.toks[i].Para
	if d.paraForces == nil {
		d.paraForces = make([]int32, d.toks[len(d.toks)-1].Para+1)
		for k := range d.paraForces {
			d.paraForces[k] = -2 // not yet looked for
		}
	}
	if f := d.paraForces[para]; f != -2 {
		return int(f)
	}
	f := -1
	for j := d.paraFirst(i); j < len(d.toks) && d.toks[j].Para == para; j++ {
		if d.troopForceNoun(j) && !d.wordIs(d.lowerAt(j-1), wCivilForce) {
			f = j
			break
		}
	}
	d.paraForces[para] = int32(f)
	return f
}

// troopReckonedForce reports whether "at" at token p closes the object of
// a verb of estimating whose head is a body of troops: "estimated the
// force at", "puts the Russian troops in the region at". The object's
// head is a force or personnel noun among its first three words after
// the determiner (names and adjectives before it), and the verb comes at
// most 12 tokens before "at", in the sentence, with no punctuation or
// number between ("puts the cost of the deployment at" has the head
// "cost": none).
func (d *doc) troopReckonedForce(p int) bool {
	toks := d.toks
	v := -1
	for k := p - 1; k >= 0 && k >= p-12 && toks[k].Sent == toks[p].Sent; k-- {
		if toks[k].Kind == Number || toks[k].Kind == Punct {
			return false
		}
		if d.kindIs(k, wReckon) {
			v = k
			break
		}
	}
	if v < 0 {
		return false
	}
	k := v + 1
	switch d.Lower(k) {
	case "the", "its", "their", "his", "her", "our", "this", "that":
		k++
	}
	if k+1 < p && toks[k+1].Kind == Possessive {
		k += 2 // "Russia's"
	}
	for n := 0; n < 3 && k < p; n, k = n+1, k+1 {
		if d.troopForceNoun(k) && !d.wordIs(d.lowerAt(k-1), wCivilForce) {
			return true
		}
		if troopPrep[d.Lower(k)] || d.classify()[k]&cStop != 0 {
			return false
		}
	}
	return false
}

// troopOperationBefore reports whether a mission or operation noun is the
// subject of the number verb at token p: "At its height, the mission
// numbered 25,000" (at most four tokens before, in the sentence).
func (d *doc) troopOperationBefore(p int) bool {
	for k := p - 1; k >= 0 && k >= p-4 && d.toks[k].Sent == d.toks[p].Sent; k-- {
		if d.kindIs(k, wOperation) {
			return true
		}
		if d.toks[k].Kind == Punct {
			return false
		}
	}
	return false
}

// troopChangedForce reports whether "to" at token p ends the object of a
// change verb that is a force: "will bring the American force in Panama
// to", "cut the garrison to", "raise troop levels in Iraq to", "cut the
// contingent from 37,000 to". The verb comes at most 14 tokens before,
// in the sentence, with no punctuation, other number or casualty word on
// the way, and a force or personnel noun between it and "to".
func (d *doc) troopChangedForce(p int) bool {
	toks := d.toks
	force := false
	k := p - 1
	f := k
	if k > 0 && toks[k].Kind == Number {
		if m, _, ok := d.troopModifier(k); ok {
			f = m // "from about 130,000 to"
		}
	}
	if k > 0 && toks[k].Kind == Number && f > 0 && d.Lower(f-1) == "from" {
		k = f - 2 // "cut the contingent in Korea from 37,000 to"
		if k >= 0 && d.kindIs(k, wChange) && d.troopSubjectForce(k) {
			return true // a force as the subject: "the troop level would drop from 4,500 to"
		}
	}
	for ; k >= 0 && k >= p-14 && toks[k].Sent == toks[p].Sent; k-- {
		t := &toks[k]
		if l := d.lowerOf(t); (l == "levels" || l == "level") && k > 0 && d.troopForceNoun(k-1) {
			continue // "troop levels"
		}
		if t.Kind == Number || t.Kind == Punct || d.wordIs(d.lowerOf(t), wCasualty|wNonPerson|wMeasure) {
			return false
		}
		if d.wordIs(d.lowerOf(t), wChange) {
			return force && k < p-1
		}
		if d.troopForceNoun(k) {
			force = true // also in a headline: "Council Votes to Cut Rwanda Force to 270"
		}
	}
	return false
}

// troopSubjectForce reports whether the subject of the change verb at
// token v is a body of troops: a force or personnel noun, or "troop" in
// "troop level(s)", at most six tokens before it in its sentence with no
// punctuation, number or casualty word on the way ("the regular force
// would shrink", "the troop level would drop"; not "the labor force
// shrank even though the population has grown").
func (d *doc) troopSubjectForce(v int) bool {
	toks := d.toks
	for k := v - 1; k >= 0 && k >= v-6 && toks[k].Sent == toks[v].Sent; k-- {
		l := d.Lower(k)
		if toks[k].Kind == Number || toks[k].Kind == Punct || d.wordIs(l, wCasualty) {
			return false
		}
		if (l == "level" || l == "levels" || l == "numbers") && k > 0 && (d.Lower(k-1) == "troop" || d.troopForceNoun(k-1)) {
			return true // "troop levels", "Troop numbers have fallen"
		}
		if l == "ranks" && d.troopRanksOwner(k) {
			return true // "the army's ranks have been cut", "the army, whose ranks have been cut"
		}
		if d.wordIs(l, wNonPerson) {
			return false
		}
		if d.troopForceNoun(k) {
			return !d.wordIs(d.lowerAt(k-1), wCivilForce)
		}
		if toks[k].Kind == Word && !d.Cap(k) && d.classify()[k]&cStop == 0 && !d.troopAdjective(k) &&
			!troopAuxiliary[l] && l != "has" && l != "be" && l != "been" {
			return false // another noun heads the subject: "the army's budget will rise"
		}
	}
	return false
}

// troopRanksOwner reports whether "ranks" at token k are a force's: a
// force noun owns them ("the army's ranks", "the rebels' ranks") or is
// the antecedent of "whose" ("the army, whose ranks"), within four
// tokens before.
func (d *doc) troopRanksOwner(k int) bool {
	toks := d.toks
	for j := k - 1; j >= 0 && j >= k-4 && toks[j].Sent == toks[k].Sent; j-- {
		switch l := d.Lower(j); {
		case toks[j].Kind == Possessive || l == "whose" || l == "," || l == "’" || l == "'":
		case d.troopForceNoun(j):
			return !d.wordIs(d.lowerAt(j-1), wCivilForce)
		default:
			return false
		}
	}
	return false
}

// troopRelativeForce reports whether the verb at token p is in a relative
// clause ("which", "that") whose antecedent is a force or an operation:
// "Operation Serval, which Hollande launched in 2013 and which at its
// peak numbered". The antecedent is the noun just before the pronoun,
// over a comma and a capitalised name.
func (d *doc) troopRelativeForce(p int) bool {
	toks := d.toks
	for k := p - 1; k > 0 && k >= p-40 && toks[k].Sent == toks[p].Sent; k-- {
		if l := d.Lower(k); l != "which" && l != "that" {
			continue
		}
		a := k - 1
		if d.Text(a) == "," {
			a--
		}
		for n := 0; n < 3 && a >= 0 && d.Cap(a) && toks[a].Sent == toks[p].Sent; n++ {
			if d.troopForceNoun(a) || d.kindIs(a, wOperation) {
				return true
			}
			a--
		}
		if a >= 0 && toks[a].Sent == toks[p].Sent && (d.troopForceNoun(a) || d.kindIs(a, wOperation)) {
			return true
		}
	}
	return false
}

// troopElidedVerb reads a bare number in a strong context (troopElidedStrong)
// followed by a verb rather than a noun: "an army of 100,000 massed on the
// border", "the garrison of about 2,000 surrendered".
func (d *doc) troopElidedVerb(q numQty, ms int) string {
	e := q.end
	if e >= len(d.toks) || d.toks[e].Sent != d.toks[q.start].Sent || d.toks[e].Kind != Word || d.Cap(e) {
		return ""
	}
	l := d.Lower(e)
	if !troopAuxiliary[l] && !d.wordIs(l, wPast|wTroopState) && !(len(l) > 4 && strings.HasSuffix(l, "ed")) || d.troopModifies(e) {
		return ""
	}
	return d.troopElidedStrong(q, ms)
}

// troopBareRule reads a bare number that refers back to a troop count or
// whose personnel noun comes later: an anaphor ("Those 8,500 are on
// standby"), "2,000 of them", "224 are soldiers".
func (d *doc) troopBareRule(q numQty, ms int) string {
	switch {
	case d.troopAnaphor(q, ms):
		return "anaphor"
	case d.troopOfUs(q, ms):
		return "of-us"
	case d.troopPredicate(q):
		return "predicate"
	}
	return ""
}

// troopAnaphor decides whether a bare number at tokens [ms, q.end) refers
// back to a troop count, its noun elided: after a demonstrative or a
// partitive ("Those 8,500 are on standby", "The remaining 300 will stay",
// "of the 3,000, most are paratroopers", "all 300 returned", "of whom
// about 700 are Italian", "Of those, roughly 20,000 were sent"), or
// opening its sentence ("About 1,700 will go to Poland"), with a verb, an
// auxiliary or (not at a sentence opening) punctuation after it. What it
// refers back to (troopAntecedent) must be a troop count: the last count
// of the same number anywhere before, else the last count of the text
// within troopPassage tokens and the same or the previous paragraph.
// Counts of anything else (vehicles, money, casualties, "230 Ukrainians"
// before "Of the 230") break the reference.
func (d *doc) troopAnaphor(q numQty, ms int) bool {
	toks := d.toks
	p := ms - 1
	if e := q.end; e < len(toks) && d.lowerOf(&toks[e]) == "more" {
		// "150 more will follow", "it wants 20,000 more by June", "4,000
		// members were detained, and hundreds more have turned in their
		// weapons": a number in words or a vague one needs a troop count
		// just before it
		if q.digits && !d.troopAntecedent(q) || !q.digits && (q.value < troopWordsFrom && !q.vague || !d.troopRecent(q.start)) {
			return false
		}
		if e+1 >= len(toks) || toks[e+1].Sent != toks[e].Sent {
			return true
		}
		n := &toks[e+1]
		return troopAuxiliary[d.lowerOf(n)] || d.wordIs(d.lowerOf(n), wPast) || troopPrep[d.lowerOf(n)] ||
			n.Kind == Punct && !joinDash(d.textOf(n)) && d.textOf(n) != "%"
	}
	// "the 300", "Those 600": the same number was a troop count, however far back
	definite := p >= 0 && (d.Lower(p) == "the" || d.Lower(p) == "those" || d.Lower(p) == "these") &&
		toks[p].Sent == toks[ms].Sent && d.troopSameCount(q)
	// "Twenty thousand is not enough": a round number in words opening its
	// sentence (or a quote) repeats a troop count of the same number
	// anywhere before.
	repeated := !q.digits && !q.vague && q.value >= troopWordsFrom && d.troopOpens(ms) && d.troopSameCount(q)
	// "the first two hundred will begin": a number in words of 100 or more
	// after a demonstrative or "the first" reads like digits
	wordsOpener := !q.digits && !q.vague && q.value >= troopWordsFrom && p > 0 && toks[p].Sent == toks[ms].Sent &&
		(d.Lower(p) == "those" || d.Lower(p) == "these" || d.Lower(p-1) == "the" && troopOrdinalOpener[d.Lower(p)])
	// "the extra troops would come from Chad … the first 150 could be in
	// Bangui by Tuesday": after "the first", "the remaining", "those", a
	// troop noun without a count of the sentence or the one before is the
	// antecedent too
	opener := p > 0 && toks[p].Sent == toks[ms].Sent &&
		(d.Lower(p) == "those" || d.Lower(p) == "these" || d.Lower(p-1) == "the" && troopOrdinalOpener[d.Lower(p)])
	if !q.digits && !repeated && !wordsOpener && !d.troopPartitiveComma(p) ||
		!definite && !repeated && !d.troopAntecedent(q) && !(opener && d.troopNounAntecedent(q)) {
		return false // a number in words only after "Of the 215," ("five are commanders")
	}
	pl := ""
	if p >= 0 {
		pl = d.lowerOf(&toks[p])
	}
	opens := d.troopOpens(ms)
	reported := false
	switch {
	case opens:
	case d.wordIs(pl, wTroopReport) || pl == "that" && p > 0 && d.kindIs(p-1, wTroopReport):
		// "officials say about 80,000 remain": the count opens a reported clause
		reported = true
	case pl == "," && d.troopParentheticalReport(p):
		// "By yesterday, the alliance said, about 10,000 had crossed"
		reported = true
	case definite:
		// "asked how the 20,000 would come home": the same number was a troop count
	case pl == "those" || pl == "these" || pl == "all" || pl == "another" || pl == "further":
		// "another 500 will follow", "A further 2,000 are on standby"
	case (pl == "remaining" || pl == "other" || pl == "first" || pl == "last" || pl == "rest") && p > 0 && d.lowerOf(&toks[p-1]) == "the":
	case pl == "the" && p > 0 && (d.lowerOf(&toks[p-1]) == "of" || d.lowerOf(&toks[p-1]) == "all"):
	case pl == "the" && (p == 0 || toks[p-1].Sent != toks[p].Sent):
		// "The 3,000 will deploy" opening a sentence
	case (pl == "whom" || pl == "which") && p > 0 && d.lowerOf(&toks[p-1]) == "of":
	case (pl == "them" || pl == "whom" || pl == "those") && p > 0 && d.lowerOf(&toks[p-1]) == "among":
		// "deployed 15,000 soldiers, among them about 1,500 from the
		// 8th Division": a part of the count just named
	case pl == "," && p >= 2 && (d.lowerOf(&toks[p-1]) == "those" || d.lowerOf(&toks[p-1]) == "these" || d.lowerOf(&toks[p-1]) == "them") &&
		d.lowerOf(&toks[p-2]) == "of":
	case pl == "," && p >= 3 && toks[p-1].Kind == Number && isPartitiveDet(d.lowerOf(&toks[p-2])) && d.lowerOf(&toks[p-3]) == "of":
		// "Of the 1,000, at least 70 were officers"
	case pl == "," && d.troopIntroPhrase(p):
		// "Under the accord, roughly 1,000 are to leave"
	case pl == "that" && p > 0 && d.lowerOf(&toks[p-1]) == "and":
		// "He said 8,000 soldiers would return to barracks, and that
		// about 600 would stay": a second reported clause
		reported = true
	case (pl == "and" || pl == "but" || pl == "while") && p > 0 && d.Text(p-1) == ",":
		// "Half will go to Estonia, and about 300 will be based in
		// Poland": the count opens a new clause
		reported = true
	default:
		return false
	}
	clause := opens || reported || pl == "," // the number is the subject: a verb must follow
	partitive := pl == "," && (p >= 2 && d.Lower(p-2) == "of" || d.troopPartitiveComma(p))
	e := q.end
	if e >= len(toks) || toks[e].Sent != toks[q.start].Sent {
		return !clause
	}
	t := &toks[e]
	switch {
	case t.Kind == Punct:
		return !clause && !joinDash(d.textOf(t)) && d.textOf(t) != "%" && d.textOf(t) != "/"
	case t.Kind != Word:
		return false
	case troopAuxiliary[d.lowerOf(t)]:
		return true
	case troopPrep[d.lowerOf(t)]:
		return !clause
	case d.capOf(t):
		return false
	case clause:
		// a sentence opening needs a sure verb: "More than 400,000 ethnic
		// Albanians have fled" is a count of other people
		l := d.lowerOf(t)
		if partitive && d.troopVerb(e) {
			return true // "Of those, 3,200 belong to the army"
		}
		return (d.wordIs(l, wPast|wTroopState) || len(l) > 4 && strings.HasSuffix(l, "ed")) && !d.troopModifies(e)
	}
	return d.troopVerb(e)
}

// troopModifies reports whether the word at token e modifies a plural noun
// after it ("armoured vehicles", "trained soldiers"): then it is no verb.
func (d *doc) troopModifies(e int) bool {
	if e+1 >= len(d.toks) || d.toks[e+1].Sent != d.toks[e].Sent || d.toks[e+1].Kind != Word || d.Cap(e+1) {
		return false
	}
	l := d.Lower(e + 1)
	return strings.HasSuffix(l, "s") && d.classify()[e+1]&cStop == 0 || d.wordIs(l, wMeasure|wNonPerson|wForce)
}

// troopVerb reports whether the lower-case word at token e, after a
// number, is a verb rather than the number's noun: a past tense, an -ed or
// -ing form, or a word without the -s of a plural noun that no list calls
// a noun or a function word ("Those 3,500 include", "Those 8,500 remain",
// "The 1,000 heading to Romania"; not "Those 300 vehicles").
func (d *doc) troopVerb(e int) bool {
	l := d.Lower(e)
	if d.troopModifies(e) {
		return false
	}
	if d.wordIs(l, wPast) || len(l) > 4 && (strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "ing")) {
		return true
	}
	if d.wordIs(l, wForce) && d.wordIs(l, wTroopState) && !strings.HasSuffix(l, "s") && e+1 < len(d.toks) &&
		d.toks[e+1].Sent == d.toks[e].Sent && determiner(d.Lower(e+1)) {
		return true // a force noun that is a verb too, before its object: "the remaining 150 guard the airport"
	}
	if strings.HasSuffix(l, "s") || d.wordIs(l, wMeasure|wNonPerson|wExtent|wForce|wCasualty) || d.classify()[e]&cStop != 0 {
		return false
	}
	return d.personnelAt(e) == 0
}

// troopParentheticalReport reports whether the comma at token c closes a
// parenthetical report of at most five words ending in a reporting verb
// and opened by a comma: ", the alliance said,", ", officials estimate,".
func (d *doc) troopParentheticalReport(c int) bool {
	toks := d.toks
	if c < 2 || !d.kindIs(c-1, wTroopReport) {
		return false
	}
	for k := c - 2; k >= 0 && k >= c-7 && toks[k].Sent == toks[c].Sent; k-- {
		if d.Text(k) == "," {
			return k < c-2
		}
		if toks[k].Kind != Word {
			return false
		}
	}
	return false
}

// troopPartitiveComma reports whether the comma at token p closes an
// explicit partitive that names the whole: "Of the 215," "Of those,",
// "Of them,". The number after it may be written in words.
func (d *doc) troopPartitiveComma(p int) bool {
	toks := d.toks
	if p < 2 || d.Text(p) != "," {
		return false
	}
	switch d.Lower(p - 1) {
	case "those", "these", "them":
		return d.Lower(p-2) == "of"
	}
	return p >= 3 && toks[p-1].Kind == Number && isPartitiveDet(d.Lower(p-2)) && d.Lower(p-3) == "of"
}

// isPartitiveDet reports whether w may stand between "of" and the whole a
// partitive names: "Of the 1,000,", "Of those 14,000,".
func isPartitiveDet(w string) bool { return w == "the" || w == "those" || w == "these" }

// troopSameCount reports whether the number of q was last counted, anywhere
// before, as a count of troops: a definite "the 200" or "the figure of
// 3,000" refers back to it however far ("France to keep 3,000 troops" in
// the headline).
func (d *doc) troopSameCount(q numQty) bool {
	c, ok := d.countHead[q.value]
	return ok && c.head == headTroop
}

// troopSameCountNear is troopSameCount within the reach of an anaphor:
// the last count of that number in q's paragraph or the troopAnaphorParas
// before it ("a 12-man unit … Those 12 men"; "the two men" forty
// paragraphs after "two soldiers" are persons, not the soldiers).
func (d *doc) troopSameCountNear(q numQty) bool {
	c, ok := d.countHead[q.value]
	return ok && c.head == headTroop && d.toks[q.start].Para-d.toks[c.at].Para <= troopAnaphorParas
}

// troopAntecedent reports whether a bare number refers back to a troop
// count: the last count of the same value in its paragraph or the two
// before (a headline's "3,000 troops" for "Of the 3,000" two paragraphs
// on), or, when there is none, the last count of the passage.
func (d *doc) troopAntecedent(q numQty) bool {
	if c, ok := d.countHead[q.value]; ok && d.toks[q.start].Para-d.toks[c.at].Para <= troopAnaphorParas {
		return c.head == headTroop
	}
	return d.troopRecent(q.start) || d.troopRecentOver(q)
}

// troopNounAntecedent reports whether a troop noun without a count
// ("the extra troops", "the force") comes in the sentence of q or the one
// before, and no number at all in them before q ("paid $3,000 to the
// unit. Those 3,000 are gone" has none).
func (d *doc) troopNounAntecedent(q numQty) bool {
	toks := d.toks
	sent := toks[q.start].Sent
	found := false
	for k := q.start - 1; k >= 0 && k >= q.start-troopPassage && toks[k].Sent+1 >= sent; k-- {
		if toks[k].Kind == Number {
			return false
		}
		if toks[k].Kind == Word && !d.Cap(k) && d.troopForceNoun(k) {
			found = true
		}
	}
	return found
}

// troopRecentOver reports whether the last troop count is within the
// passage of q (troopRecent's window) and every count of something else
// since is smaller than q: "send up to 1,000 troops aboard three naval
// ships. … the first 200 would leave" refers back to the troops.
func (d *doc) troopRecentOver(q numQty) bool {
	lt := d.lastTroop
	return lt.at >= 0 && q.value > lt.otherMax && q.start-lt.at <= troopPassage && d.toks[q.start].Para-d.toks[lt.at].Para <= 1
}

// troopPartSubject reports whether the bare count q (its modifier from
// token ms) is a part of the last troop count, in its sentence, as the
// subject of a clause of its own: a contrast word before it, an
// auxiliary after it, no casualty word since the troop count, and no
// count of something else since as large ("43,000 troops stationed in
// the seven states were available, although only about 700 were in the
// field").
func (d *doc) troopPartSubject(q numQty, ms int) bool {
	toks := d.toks
	lt := d.lastTroop
	if lt.at < 0 || ms < 1 || toks[lt.at].Sent != toks[ms].Sent || q.value <= lt.otherMax || !troopPartOpener[d.Lower(ms-1)] {
		return false
	}
	if q.end >= len(toks) || toks[q.end].Sent != toks[ms].Sent || !troopAuxiliary[d.Lower(q.end)] {
		return false
	}
	return !d.troopCasualtyBetween(lt.at, ms)
}

// troopRecent reports whether the last count before token k, within
// troopPassage tokens and the same or the previous paragraph, was of troops.
func (d *doc) troopRecent(k int) bool {
	lc := d.lastCount
	return lc.head == headTroop && lc.at >= 0 && k-lc.at <= troopPassage && d.toks[k].Para-d.toks[lc.at].Para <= 1
}

// troopOfUs reads a count of the speaker's or their own side in a passage
// about troops: "25,000 of us were ready to die", "2,000 of them",
// "15,000 of these are reservists". The span is the number alone.
func (d *doc) troopOfUs(q numQty, ms int) bool {
	toks := d.toks
	e := q.end
	if e+1 >= len(toks) || d.lowerOf(&toks[e]) != "of" || toks[e+1].Sent != toks[e].Sent {
		return false
	}
	switch d.lowerOf(&toks[e+1]) {
	case "us", "them", "these", "those":
	default:
		return false
	}
	lt := d.lastTroop
	sameSent := lt.at >= 0 && toks[lt.at].Sent == toks[q.start].Sent
	if !q.digits {
		// "has tens of thousands of fighters, and that several thousand of
		// them are deployed": a number in words or a vague one only after
		// the last count, of troops, in its sentence
		return sameSent && d.troopRecent(q.start)
	}
	if s := ms - 1; !sameSent && s >= 1 && d.Text(s) == "," && toks[s-1].Kind == Word && !d.troopForceNoun(s-1) &&
		strings.HasSuffix(d.Lower(s-1), "s") && !d.capOf(&toks[s-1]) {
		// "aftershocks, more than 100 of them above magnitude 5": a count
		// of the noun before (not after a troop count of the sentence:
		// "1,700 soldiers from 10 countries, roughly 1,000 of them")
		return false
	}
	return d.troopRecent(q.start) || d.troopNounBefore(q.start, troopPassage)
}

// troopPredicate reads a count whose personnel noun is its predicate:
// "Of the 230, 224 are soldiers", "of which 60,000 are ground forces". The
// span is the number alone.
func (d *doc) troopPredicate(q numQty) bool {
	e := q.end
	if !q.digits || e+1 >= len(d.toks) || d.toks[e].Sent != d.toks[q.start].Sent {
		return false
	}
	if w := d.Lower(e); w != "are" && w != "were" {
		return false
	}
	_, ok := d.troopPersonnelAfter(e+1, 3)
	return ok
}

// troopPredicateOther reports whether a bare count's predicate names
// other people or things: "200 will be civilians", "300 were vehicles".
func (d *doc) troopPredicateOther(q numQty) bool {
	toks := d.toks
	k := q.end
	for n := 0; n < 2 && k < len(toks) && toks[k].Sent == toks[q.start].Sent && (troopAuxiliary[d.lowerOf(&toks[k])] || d.lowerOf(&toks[k]) == "be"); n++ {
		k++
	}
	if k == q.end || k >= len(toks) || toks[k].Sent != toks[q.start].Sent || toks[k].Kind != Word {
		return false
	}
	return d.kindIs(k, wMeasure|wNonPerson)
}

// troopNounBefore reports whether a personnel or force noun occurs in the
// w tokens before token k, in k's paragraph or the one before.
func (d *doc) troopNounBefore(k, w int) bool {
	for x := k - 1; x >= 0 && x >= k-w && d.toks[k].Para-d.toks[x].Para <= 1; x-- {
		if d.toks[x].Kind == Word && !d.Cap(x) && d.troopForceNoun(x) {
			return true
		}
	}
	return false
}

// tallyBefore reports whether a noun for the size of a force ("number",
// "strength") comes in the 16 tokens before token p, in its sentence:
// "put the number who moved north at".
func (d *doc) tallyBefore(p int) bool {
	for k := p - 1; k >= 0 && k >= p-16 && d.toks[k].Sent == d.toks[p].Sent; k-- {
		if d.kindIs(k, wTally) {
			return !d.tallyOfOther(k)
		}
	}
	return false
}

// tallyOfOther reports whether the tally noun at token k counts something
// named after it that is no body of troops: "the number of refugees",
// "the figure for civilian deaths" (a personnel or force noun among the
// next four words of its "of"/"for" phrase keeps it: "the number of
// federal forces").
func (d *doc) tallyOfOther(k int) bool {
	if l := d.lowerAt(k + 1); l != "of" && l != "for" {
		return false
	}
	for j := k + 2; j < len(d.toks) && j <= k+5 && d.toks[j].Sent == d.toks[k].Sent; j++ {
		if d.toks[j].Kind != Word {
			break
		}
		if d.troopForceNoun(j) {
			return false
		}
	}
	return true
}

// troopForceWithin reports whether a personnel or force noun occurs in the
// w tokens before token p, within p's paragraph (and its sentence, for
// windows under 30 tokens), with no casualty word on the way.
func (d *doc) troopForceWithin(p, w int) bool {
	toks := d.toks
	for k := p - 1; k >= 0 && k >= p-w; k-- {
		if toks[k].Para != toks[p].Para || (w < 30 && toks[k].Sent != toks[p].Sent) {
			return false
		}
		if l := d.lowerOf(&toks[k]); d.wordIs(l, wCasualty) || l == "toll" || d.wordIs(l, wNonPerson) {
			return false // the count is of something else
		}
		if d.troopForceNoun(k) && !d.wordIs(d.lowerAt(k-1), wCivilForce) {
			return true // not "Wisconsin's labor force"
		}
	}
	return false
}

// troopCasualty reports whether the count over tokens [s, e) is of dead or
// wounded: a casualty word inside it, just before it ("the deaths of",
// "killing") or just after it ("were killed", "dead").
func (d *doc) troopCasualty(s, e int) bool {
	toks := d.toks
	sent := int(toks[s].Sent)
	for k := s; k < e; k++ {
		if d.kindIs(k, wCasualty) {
			return true
		}
	}
	ownVerb := e < len(toks) && int(toks[e].Sent) == sent && (troopAuxiliary[d.Lower(e)] || d.wordIs(d.Lower(e), wPast))
	for k := s - 1; k >= 0 && k >= s-3 && int(toks[k].Sent) == sent; k-- {
		if ownVerb && (d.Lower(k) == "and" || d.Text(k) == ",") {
			break // a clause of its own: "649 were killed and [11,000 soldiers] were taken prisoner"
		}
		if d.kindIs(k, wChange) && k+1 < len(toks) && (d.Lower(k+1) == "to" || d.Lower(k+1) == "from" || d.Lower(k+1) == "by") {
			continue // "numbers have fallen from about 130,000 to": a change, no death
		}
		if d.kindIs(k, wCasualty) || d.kindIs(k, wLoss) && !d.troopPlannedLoss(k) {
			return true
		}
		if d.lowerOf(&toks[k]) == "lives" && d.Lower(k+1) == "of" && k >= 2 {
			if d.kindIs(k-2, wTakeLives) {
				return true // "has claimed the lives of nearly 4,500 service members" (not "put the lives of")
			}
		}
	}
	after := e
	if e+1 < len(toks) && d.Text(e) == "," && d.Lower(e+1) == "including" {
		// an insertion: "Twenty soldiers, including a commanding officer,
		// were killed"
		for k := e + 2; k < len(toks) && k < e+14 && int(toks[k].Sent) == sent; k++ {
			if d.Text(k) == "," {
				after = k + 1
				break
			}
		}
	}
	after = d.troopUnitPhraseEnd(after, sent)
	for k := after; k < len(toks) && k < after+5 && int(toks[k].Sent) == sent; k++ {
		l := d.lowerOf(&toks[k])
		if l == "," || l == ";" || l == ":" || l == "that" || l == "which" || l == "while" || l == "but" || l == "because" ||
			troopSubordinator[l] {
			break // a new clause: "short of 16,000 personnel and that recruiting had fallen", "numbered 2,500 when the killing began"
		}
		if d.wordIs(l, wCasualty) {
			if k+1 < len(toks) && (d.Lower(k+1) == "to" || d.Lower(k+1) == "by") && d.wordIs(l, wChange) {
				break // "had fallen to its lowest level": a change, no death
			}
			return true
		}
		if l == "lost" && k+1 < len(toks) && (d.lowerOf(&toks[k+1]) == "their" || d.lowerOf(&toks[k+1]) == "his") {
			return true
		}
		if l == "lives" && (d.Lower(k-1) == "their" || d.Lower(k-1) == "his" || d.Lower(k-1) == "her") {
			if d.kindIs(k-2, wGiveLives) {
				return true // "the 40 marines who gave their lives" (not "risked their lives")
			}
		}
	}
	return d.troopListDied(e, sent) || d.troopKilledList(s, e)
}

// troopUnitPhraseEnd skips, from token k, a phrase naming where the
// counted soldiers come from: "from" or "of", an optional "the", then a
// run of capitalised words ("Two sailors from the Coastal Squadron were
// wounded", "20 sailors of HMS Exeter were hurt"), so that the casualty
// word after it is read as the count's own. It returns k itself when no
// such phrase starts there ("25,000 of us were ready to die" keeps its
// window).
func (d *doc) troopUnitPhraseEnd(k, sent int) int {
	toks := d.toks
	if k >= len(toks) || int(toks[k].Sent) != sent || d.Lower(k) != "from" && d.Lower(k) != "of" {
		return k
	}
	j := k + 1
	if j < len(toks) && d.Lower(j) == "the" {
		j++
	}
	n := 0
	for ; j < len(toks) && int(toks[j].Sent) == sent && toks[j].Kind == Word && d.Cap(j) && n < 6; j++ {
		n++
	}
	if n == 0 {
		return k
	}
	return j
}

// troopPlannedLoss reports whether the loss word at token k is a planned
// cut, not deaths: after a modal or "to" ("the Army would lose 7,000
// personnel by 2015", "is set to lose 5,000 posts"). Losses that happened
// ("has lost 100,000 soldiers") stay casualties.
func (d *doc) troopPlannedLoss(k int) bool {
	if k == 0 || d.toks[k-1].Sent != d.toks[k].Sent {
		return false
	}
	switch d.Lower(k) {
	case "lose", "losing":
	default:
		return false
	}
	m := k - 1
	switch d.Lower(m) {
	case "each", "also", "both", "all", "likely", "probably", "eventually", "now", "then", "still":
		if m > 0 && d.toks[m-1].Sent == d.toks[k].Sent {
			m-- // "the Navy and the RAF will each lose"
		}
	}
	switch d.Lower(m) {
	case "would", "will", "could", "to", "may", "might", "should", "shall":
		return true
	}
	return false
}

// troopCasualtyBetween reports whether a casualty word or "toll" comes
// between token a and token b of one sentence: a count after it is of the
// dead, not an item of the troop count before it ("1,000 soldiers arrived
// as the government raised the death toll to more than 6,500").
func (d *doc) troopCasualtyBetween(a, b int) bool {
	for k := b - 1; k >= max(a, 0) && d.toks[k].Sent == d.toks[b].Sent; k-- {
		if l := d.Lower(k); d.wordIs(l, wCasualty) || l == "toll" {
			return true
		}
	}
	return false
}

// troopKilledList reports whether the count over tokens [s, e) is a later
// object of a casualty verb: "The raid killed Raul Reyes, the rebels'
// second commander, and at least 16 other guerrillas at a camp". The count
// follows "and" or a comma, a casualty word comes before it in the
// sentence (within 30 tokens) with no other verb between, and no verb
// follows the count (then it is a new clause: "killed two civilians, and
// 500 soldiers were sent").
func (d *doc) troopKilledList(s, e int) bool {
	toks := d.toks
	if s < 2 || toks[s-1].Sent != toks[s].Sent || d.Lower(s-1) != "and" && d.Text(s-1) != "," {
		return false
	}
	if e < len(toks) && toks[e].Sent == toks[s].Sent {
		if l := d.Lower(e); troopAuxiliary[l] || d.wordIs(l, wPast|wTroopState) {
			return false
		}
	}
	for k := s - 2; k >= 0 && k >= s-30 && toks[k].Sent == toks[s].Sent; k-- {
		l := d.Lower(k)
		switch {
		case d.wordIs(l, wCasualty):
			return toks[k].Kind == Word && !d.capOf(&toks[k]) && (strings.HasSuffix(l, "ed") || l == "slain")
		case d.Text(k) == ";" || troopAuxiliary[l] || d.wordIs(l, wPast|wDeploy|wTroopReport):
			return false
		}
	}
	return false
}

// troopListDied reports whether the count ending before token e heads a
// list of counts whose verb is a casualty word: "255 British servicemen,
// 649 Argentine military personnel and three islanders died". The list
// runs over numbers, nouns, commas and "and" (at most 16 tokens) to its
// first verb.
func (d *doc) troopListDied(e, sent int) bool {
	toks := d.toks
	if e >= len(toks) || d.Text(e) != "," && d.Lower(e) != "and" {
		return false
	}
	counts := 0
	for k := e; k < len(toks) && k < e+16 && int(toks[k].Sent) == sent; k++ {
		l := d.lowerOf(&toks[k])
		switch {
		case d.wordIs(l, wCasualty):
			return counts > 0
		case toks[k].Kind == Number:
			counts++
		case l == "and" && k > e && d.Text(k-1) == ",":
			return false // ", and": a new clause, not the list
		case l == "," || l == "and":
		case (troopAuxiliary[l] || l == "been") && counts > 0:
			// "214 soldiers and 80 civilians had been killed"
		case toks[k].Kind != Word || troopAuxiliary[l] || d.wordIs(l, wPast) || troopPrep[l]:
			return false
		}
	}
	return false
}

// troopMonthAt reports whether token k is a capitalised month name.
func (d *doc) troopMonthAt(k int) bool {
	if k < 0 || k >= len(d.toks) || d.toks[k].Kind != Word || !d.Cap(k) {
		return false
	}
	e, m := d.match(lexicon.Calendar, k)
	return m == 1 && e.Field(0) == "month"
}

// joinDash reports whether s is a dash that joins the words around it
// when glued to them: a range ("3,000-5,000") or a compound ("1,000-member",
// "40,000–strong"): the hyphen, the non-breaking hyphen and the en dash.
// The em dash never joins: it sets off a phrase, as dashRun (quote_sieves.go)
// reads it for the quote stage, so a count before "—" ends its noun phrase
// ("8,500 — the number Kirby gave", "5,000—6,000" is no range). The two
// tests answer different questions: dashRun finds a separator (an em dash,
// or a spaced hyphen or en dash), joinDash a joiner (a hyphen or en dash
// glued to both words); no dash is both, as TestJoinDash checks.
func joinDash(s string) bool { return s == "-" || s == "–" || s == "‑" }

// troopOpenQuote reports whether s opens a quotation.
func troopOpenQuote(s string) bool { return s == "“" || s == "\"" || s == "‘" || s == "«" }

func (d *doc) troopOpener(t *Token) bool {
	if t.Kind != Punct {
		return false
	}
	switch d.textOf(t) {
	case "(", "[", "“", "\"", "‘", "'", "~", "«", "—", "–", "-", "+":
		return true
	}
	return false
}

func troopSet(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// Closed-class word sets of the troops stage: function words and
// punctuation, part of the grammar of a count. The open-class words
// (labels, force and non-personnel nouns, premodifiers, deployment and
// casualty words) are lexicon data, see words.go.
var (
	// troopPrep may follow a bare number.
	troopPrep = troopSet("and", "or", "to", "in", "into", "at", "from", "on", "near", "for",
		"across", "along", "by", "with", "while", "but", "as", "inside", "within", "around",
		"toward", "towards", "against", "under", "over", "since", "until", "than", "who", "which", "that",
		"during", "before", "after", "through", "throughout", "beyond", "between", "among", "amid",
		"each", "apiece", "respectively",
		// a noun phrase also ends before a subordinator or a time adverb:
		// "could rise to as many as 1,000 if the caravan keeps its pace"
		"if", "when", "once", "unless", "because", "so", "next", "last", "this",
		"later", "soon", "now", "already", "still", "again", "instead", "altogether")
	// troopSubordinator opens a new clause after a count ("numbered 2,500
	// when the killing began").
	troopSubordinator = troopSet("when", "where", "until", "before", "after", "since", "if", "whereas")
	// troopAuxiliary may follow a count whose noun is elided ("3,000 will go").
	// troopPartOpener may open a clause whose subject is a part of the
	// troop count before ("although only about 700 were in the field").
	troopPartOpener = troopSet("only", "but", "although", "though", "while", "whereas")
	troopAuxiliary  = troopSet("will", "would", "are", "were", "have", "had", "is", "was", "could", "may", "might", "should")
	// troopWhere may follow a count a body of troops has somewhere ("has
	// about 1,000 in the area").
	troopWhere = troopSet("in", "on", "at", "near", "along", "inside", "across", "stationed", "deployed", "based", "there", "here")
	// troopSentenceAdverb may come before a count that opens its
	// sentence ("Only about 16,000 had done so").
	troopSentenceAdverb = troopSet("only", "just", "but", "and", "yet", "still", "now")
	// troopOrdinalOpener after "the" opens an elided count ("the first 300").
	troopOrdinalOpener = troopSet("first", "remaining", "other", "last", "rest")
	// troopListPrev may precede a list item of an elided count.
	troopListPrev = troopSet(",", ":", ";", "(", "—", "–", "and", "or", "while", "whereas",
		"including", "plus", "with", "from", "to", "but")
)

// troopIntroPhrase reports whether the comma at token c closes a short
// prepositional phrase that opens its sentence ("Under the accord,", "By
// then,", "After the vote,"): the number after it is the clause's subject.
func (d *doc) troopIntroPhrase(c int) bool {
	toks := d.toks
	s := c
	for s > 0 && toks[s-1].Sent == toks[c].Sent {
		s--
	}
	if c-s < 2 || c-s > 6 {
		return false
	}
	switch d.lowerOf(&toks[s]) {
	case "under", "by", "after", "in", "since", "until", "from", "with":
	default:
		return false
	}
	for k := s + 1; k < c; k++ {
		if toks[k].Kind != Word {
			return false
		}
	}
	return true
}

// nationalOfficers reports whether token k is "officers" right after a
// capitalised country or alliance word ("Russian officers", "NATO
// officers"): officers of an army. Bare "officers" are as often police
// ("20,000 more officers on the streets") and stay out.
func (d *doc) nationalOfficers(k int) bool {
	if l := d.Lower(k); l != "officers" && l != "officer" {
		return false
	}
	return k > 0 && d.toks[k-1].Kind == Word && d.Cap(k-1) && d.classify()[k-1]&cPlace != 0
}

// prisonersOfWar reports whether token k is "prisoners" (or "prisoner") in
// a passage about prisoners of war: "prisoners of war" or "POWs" in its
// paragraph or the one before or after. There a bare "prisoners" are
// captured soldiers, whom the contract counts ("about 1,000 prisoners were
// flown to the border"); elsewhere prisoners may be anyone and stay out.
func (d *doc) prisonersOfWar(k int) bool {
	toks := d.toks
	if l := d.lowerOf(&toks[k]); l != "prisoners" && l != "prisoner" || k > 0 && d.lowerOf(&toks[k-1]) == "of" {
		return false // "hundreds of prisoners": a vague partitive, not a count
	}
	para := toks[k].Para
	s := k
	for s > 0 && toks[s-1].Para+1 >= para {
		s--
	}
	for x := s; x < len(toks) && toks[x].Para <= para+1; x++ {
		switch l := d.lowerOf(&toks[x]); {
		case l == "pows" || l == "pow":
			return true
		case (l == "prisoners" || l == "prisoner") && x+2 < len(toks) && d.lowerOf(&toks[x+1]) == "of" && d.lowerOf(&toks[x+2]) == "war":
			return true
		}
	}
	return false
}
