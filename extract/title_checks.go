package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Validity checks on title candidates (guide rule 21h). A candidate is a
// run of tokens that a title source (an apposition before or after the
// name, a private role) proposes; before it is kept, named checks run in
// order and the first that finds a flaw rejects it, so that the source
// falls back to its next-best candidate: "President Alvaro Uribe,
// speaking to reporters in Bogota, said" keeps "President"; "discussed the
// timetable with Germany’s defence minister, Karl-Theodor zu Guttenberg,"
// gives "Germany’s defence minister". A title never holds a verb or a
// participle with its object, and it opens at a role, its modifiers or its
// owner, never at an unrelated noun phrase before a preposition.

// titleCheck is one named validity check: flawed reports whether the
// tokens [i, e) cannot be a title.
type titleCheck struct {
	name   string
	flawed func(d *doc, cls []class, i, e int) bool
}

// titleChecks are the checks, in the order they run.
var titleChecks = [...]titleCheck{
	{"opening", (*doc).titleOpensWithFunctionWord},
	{"verb", (*doc).titleHasVerb},
	{"participle", (*doc).titleHasParticiple},
	{"preposition", (*doc).titleOpensBeforePreposition},
	{"pronoun", (*doc).titleHasPronoun},
	{"infinitive", (*doc).titleHasInfinitive},
}

// titleFlaw records a rejected candidate and the check that rejected it.
type titleFlaw struct {
	title, check string
}

// titleFlawAt returns the name of the first check that rejects the
// tokens [i, e) as a title, "" when none does.
func (d *doc) titleFlawAt(cls []class, i, e int) string {
	if i >= e {
		return ""
	}
	for _, c := range titleChecks {
		if c.flawed(d, cls, i, e) {
			return c.name
		}
	}
	return ""
}

// validTitle reports whether the tokens [i, e) may be a title; a rejected
// candidate is recorded with its check in d.titleFlaws.
func (d *doc) validTitle(cls []class, i, e int) bool {
	f := d.titleFlawAt(cls, i, e)
	if f == "" {
		return true
	}
	d.titleFlaws = append(d.titleFlaws, titleFlaw{title: d.span(i, e), check: f})
	return false
}

// titleOpensWithFunctionWord: a title opens at a role, its modifiers or
// its owner, never at a preposition, a determiner or a pronoun ("in her
// current campaign", "under the current director"; "under secretary" is a
// role).
func (d *doc) titleOpensWithFunctionWord(cls []class, i, e int) bool {
	t := &d.toks[i]
	if t.Kind != Word {
		return t.Kind != Number
	}
	if d.capOf(t) {
		return false
	}
	w := d.lowerOf(t)
	if w == "under" && i+1 < e && cls[i+1]&(cHead|cTitleWord) != 0 && cls[i+1]&cConnector == 0 {
		return false
	}
	return isPreposition(w) || foreignPreposition(w) || isComplementConnector(w) || w == "as" ||
		isDeterminer(w) || isPronoun(w) || isPossPronoun(w)
}

// titleHasVerb: a finite verb ("the minister said", "who was"); an -ed
// word before a role noun modifies it ("the country's elected president").
func (d *doc) titleHasVerb(cls []class, i, e int) bool {
	for x := i; x < e; x++ {
		if d.verbLike(x) && !d.attributive(cls, x) && !(x > i && d.namedWord(x)) && !(x > i && d.ownerNameWord(x, e)) {
			return true
		}
	}
	return false
}

// ownerNameWord reports whether token k, before e, is the last word of a
// capitalised owner's name of two words or more, right before its
// possessive: "the Organization of Baltic [States]’ secretary general"
// (rule 21t). Such a word is no verb.
func (d *doc) ownerNameWord(k, e int) bool {
	if k < 1 || k+1 >= e || !d.Cap(k) || d.toks[k-1].Kind != Word || !d.Cap(k-1) {
		return false
	}
	return d.toks[k+1].Kind == Possessive || d.pluralPossessive(k+1)
}

// namedWord reports whether token k is a capitalised word right after
// the capitalised word that opens a proper name after "the" and a
// connector or "from": "ambassador to the United [States]", "envoy to
// the Solomon [Islands]", "the delegate from the Cook [Islands]" (rule
// 21w). Such a word is no verb, whatever its form.
func (d *doc) namedWord(k int) bool {
	if k < 3 || !d.Cap(k) || d.toks[k-1].Kind != Word || !d.Cap(k-1) || d.Lower(k-2) != "the" {
		return false
	}
	return isComplementConnector(d.Lower(k-3)) || d.Lower(k-3) == "from"
}

// titleHasParticiple: an -ing word that is no role word and takes an
// object or a complement ("speaking to reporters", "visiting the base"),
// ends the phrase, or follows a role's head ("senator becoming governor",
// "official overseeing the vote"); "acting president", "ranking member"
// and "managing director" are roles.
func (d *doc) titleHasParticiple(cls []class, i, e int) bool {
	head := false
	for x := i; x < e; x++ {
		t := &d.toks[x]
		w := d.lowerOf(t)
		if cls[x]&cHead != 0 {
			head = true
		}
		if t.Kind != Word || d.capOf(t) || !strings.HasSuffix(w, "ing") || len(w) < 5 || strings.Contains(w, "-") ||
			cls[x]&(cHead|cTitleWord) != 0 {
			continue
		}
		if x+1 == e || head {
			return true
		}
		if n := d.Lower(x + 1); isPreposition(n) || isDeterminer(n) || isPossPronoun(n) || isPronoun(n) {
			return true
		}
	}
	return false
}

// titleOpensBeforePreposition: a preposition that never joins a title
// ("with", "about", "against") before the role's head, with no head
// before it: the words before it are another noun phrase ("timetable with
// Germany’s defence minister"). After the head it may be part of the role
// ("minister without portfolio").
func (d *doc) titleOpensBeforePreposition(cls []class, i, e int) bool {
	for x := i; x < e; x++ {
		if cls[x]&cHead != 0 {
			return false
		}
		if d.toks[x].Kind == Word && !d.Cap(x) && foreignPreposition(d.Lower(x)) {
			for y := x + 1; y < e; y++ {
				if cls[y]&cHead != 0 {
					return true
				}
			}
			return false
		}
	}
	return false
}

// titleHasPronoun: a personal pronoun ("he", "they") is never part of a
// role.
func (d *doc) titleHasPronoun(cls []class, i, e int) bool {
	for x := i; x < e; x++ {
		if d.toks[x].Kind == Word && isPronoun(d.Lower(x)) {
			return true
		}
	}
	return false
}

// foreignPreposition reports whether w is a preposition that does not
// open a title's complement (those are of, for, to, at, in, on, from and
// under: "ambassador to Poland", "counterpart from Poland", "under
// secretary"). A closed class of function words.
func foreignPreposition(w string) bool {
	switch w {
	case "as", "with", "without", "by", "about", "during", "into", "over", "against", "after", "before",
		"between", "among", "amid", "despite", "through", "since", "until", "via", "like",
		"toward", "towards", "upon", "across", "around", "behind", "beyond":
		return true
	}
	return false
}

// pluralPossessive reports whether token k is the apostrophe of a
// plural's possessive ("the United Nations’ coordinator", "the Bosnian
// Serbs' leader"): a bare ’ or ' right after a word ending in s, followed
// by a space.
func (d *doc) pluralPossessive(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || d.toks[k].Kind != Punct {
		return false
	}
	if p := d.Text(k); p != "’" && p != "'" {
		return false
	}
	return d.toks[k-1].Kind == Word && strings.HasSuffix(d.Lower(k-1), "s") && !d.toks[k].Space &&
		d.toks[k+1].Space && d.toks[k+1].Kind == Word
}

// pluralOwnerStart returns the first token of a body that owns a role
// through the plural possessive's apostrophe at token p (see
// pluralPossessive), when no list knows the body whole (guide rule 21x):
// lower-case words of the title_words list that no head is among ("the
// armed services’ senior adviser"), or a capitalised name of two words or
// more, of- and for-phrases inside it ("the Union of Arctic States’
// envoy"). It returns -1 for anything else: a people's or
// persons' plural ("the rebels’ leader" is no body's role here, and a
// body's name the lists know is the caller's).
func (d *doc) pluralOwnerStart(cls []class, p int) int {
	if !d.pluralPossessive(p) {
		return -1
	}
	k := p - 1
	sent := d.toks[k].Sent
	if !d.Cap(k) {
		if cls[k]&cTitleWord == 0 || cls[k]&(cHead|cConnector|cStop) != 0 {
			return -1
		}
		for k > 0 && d.toks[k-1].Sent == sent && d.toks[k-1].Kind == Word && !d.Cap(k-1) &&
			cls[k-1]&cTitleWord != 0 && cls[k-1]&(cHead|cConnector|cStop) == 0 {
			k--
		}
		return k
	}
	words := 1
	for k > 0 && d.toks[k-1].Sent == sent && d.toks[k-1].Kind == Word {
		switch w := d.Lower(k - 1); {
		case d.Cap(k-1) && cls[k-1]&(cStop|cHonorific|cRank|cGiven|cCalendar) == 0:
			k--
			words++
		case (w == "of" || w == "for") && !d.Cap(k-1) && k > 1 && d.toks[k-2].Sent == sent && d.Cap(k-2) && cls[k-2]&cStop == 0:
			k--
		default:
			return cmpOwner(k, words)
		}
	}
	return cmpOwner(k, words)
}

// cmpOwner is pluralOwnerStart's answer for a capitalised owner from k of
// the given number of capitalised words: two at least.
func cmpOwner(k, words int) int {
	if words < 2 {
		return -1
	}
	return k
}

// ownerName reports whether the capitalised word at token k, before a
// possessive, may own a role as a place or a body no list knows
// ("Gütersloh’s mayor"): no list claims it as a stop word, a given name, a
// role or a rank, and no given name or honorific before it makes it a
// person's ("Anna Berg’s adviser"). A surname known as a person's is
// dropped later (roster.dropPersonOwner).
func (d *doc) ownerName(cls []class, k int) bool {
	if d.toks[k].Kind != Word || !d.Cap(k) {
		return false
	}
	if cls[k]&(cStop|cGiven|cHonorific|cRank|cHead|cTitleWord|cCalendar) != 0 {
		return false
	}
	if k > 0 && d.toks[k-1].Sent == d.toks[k].Sent && cls[k-1]&(cGiven|cHonorific) != 0 {
		return false
	}
	return true
}

// ownerStart returns the first token of the owner that ends at token k:
// the capitalised words before it that no list claims as stop words
// ("Bad Kreuznach’s").
//
// An of- or for-phrase inside a body's name is taken whole, whether or
// not the bodies list knows it ("the Organisation of Baltic Ports’",
// "the Ministry of Health's"): the word before the connector is a
// capitalised word no list claims as a stop word, a title's head (unless
// the bodies list knows it: "Council of Europe’s"), a rank or a given name.
func (d *doc) ownerStart(cls []class, k int) int {
	k = d.ownerWordsStart(cls, k)
	// a body's name with its complement: "the Ministry of Health's",
	// "the Organization of Baltic States’", "the Ministry of the
	// Interior's" (rule 21t)
	for k >= 2 && d.toks[k-1].Sent == d.toks[k].Sent {
		x := k - 1
		if d.Lower(x) == "the" && x >= 2 {
			x--
		}
		if w := d.Lower(x); w != "of" && w != "for" {
			break
		}
		h := x - 1
		if d.toks[h].Kind != Word || !d.Cap(h) || d.toks[h].Sent != d.toks[k].Sent || cls[h]&(cStop|cHonorific|cRank|cCalendar|cGiven) != 0 || cls[h]&(cHead|cBody) == cHead {
			break
		}
		k = d.ownerWordsStart(cls, h)
	}
	return k
}

// longOwner reports whether the capitalised word at token k, before a
// possessive, ends a body's name of several words with an of-complement
// ("the Organization of Baltic States’", whose last word a list of
// title words claims): no word of it is a given name, an honorific or a
// rank, so it is no person's.
func (d *doc) longOwner(cls []class, k int) bool {
	if d.toks[k].Kind != Word || !d.Cap(k) || cls[k]&(cStop|cGiven|cHonorific|cRank|cHead|cCalendar) != 0 {
		return false
	}
	o := d.ownerStart(cls, k)
	if o == d.ownerWordsStart(cls, k) {
		return false // no of-complement: ownerName decides
	}
	for x := o; x <= k; x++ {
		if cls[x]&(cGiven|cHonorific|cRank) != 0 {
			return false
		}
	}
	return true
}

// ownerWordsStart is ownerStart without an of-complement: the
// capitalised words before token k that no list claims as stop words.
func (d *doc) ownerWordsStart(cls []class, k int) int {
	for k > 0 && d.toks[k-1].Sent == d.toks[k].Sent && d.toks[k-1].Kind == Word && d.Cap(k-1) &&
		cls[k-1]&(cStop|cHonorific|cRank|cHead|cCalendar) == 0 {
		k--
	}
	return k
}

// ownedTitle extends a title written right before a name, ending at token
// e-1, over a possessive owner before it that no list knows, read as an
// apposition's owner is (appositionBefore): "Zaire's President [Mobutu]",
// "Gütersloh’s Mayor [Maria Unger]". A place or a body the lists know is
// in the title already ("Kenya's President"); an owner who is a person of
// the roster is dropped when the mention is added (dropPersonOwner). The
// title as given when no such owner stands before it.
func (d *doc) ownedTitle(cls []class, e int, title string) string {
	if title == "" || e < 3 {
		return title
	}
	end := int(d.toks[e-1].End)
	start := end - len(title)
	k := e - 1
	for k > 0 && int(d.toks[k].Start) > start {
		k--
	}
	if int(d.toks[k].Start) != start || d.text[start:end] != title {
		return title // a title tidied (a doubled word dropped): as it is
	}
	p := k - 1
	if p < 1 || d.toks[p].Sent != d.toks[k].Sent || d.toks[p].Kind != Possessive && !d.pluralPossessive(p) || !d.ownerName(cls, p-1) {
		return title
	}
	o := d.ownerStart(cls, p-1)
	if !d.validTitle(cls, o, e) {
		return title
	}
	return d.slice(d.toks[o].Start, int32(end))
}

// dropPersonOwner removes from a title an owner who is a person of the
// roster ("Aliyev’s foreign policy adviser" → "foreign policy adviser"):
// the title is stated without the name (guide rule 21d).
func (r *roster) dropPersonOwner(title string) string {
	for _, sep := range [...]string{"’s ", "'s "} {
		n := strings.Index(title, sep)
		if n <= 0 {
			continue
		}
		owner := title[:n]
		for w := range strings.FieldsSeq(owner) {
			if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
				return title // the owner of a complement: "head of Zelensky's office"
			}
		}
		last := owner[strings.LastIndexByte(owner, ' ')+1:]
		if r.isNameKey(strings.ToLower(last)) {
			return title[n+len(sep):]
		}
		return title
	}
	return title
}

// participleObject reports whether token k, right before a role, is an
// -ing word that is no role word and follows a noun or a name, so that
// the role is its object ("the senator becoming governor", "Trump
// becoming president"), not a modifier opening a noun phrase ("the
// commanding officer", "the U.N. peacekeeping chief").
func (d *doc) participleObject(cls []class, k int) bool {
	if k < 1 || d.toks[k].Kind != Word || d.Cap(k) || cls[k]&(cHead|cTitleWord) != 0 {
		return false
	}
	if w := d.Lower(k); !strings.HasSuffix(w, "ing") || len(w) < 5 || strings.Contains(w, "-") {
		return false
	}
	p := &d.toks[k-1]
	if p.Kind != Word || p.Sent != d.toks[k].Sent || cls[k-1]&(cBody|cPlace|cTitleWord) != 0 || adjectival(d.lowerOf(p)) {
		return false // "the U.N. peacekeeping chief", "a senior peacekeeping official"
	}
	w := d.lowerOf(p)
	return !isDeterminer(w) && !isPossPronoun(w) && !isComplementConnector(w) && !isPreposition(w) && w != "and" && w != "or"
}

// partyInTitle reports whether the unknown capitalised word x of a title
// walk [i, e) sits between a body or place of the title and its head, as a
// party does: "Senate Republican leader", "House Democratic whip".
func (d *doc) partyInTitle(cls []class, x, i, e int) bool {
	return x > i && x+1 < e && d.Cap(x) && cls[x]&(cStop|cGiven|cCalendar) == 0 &&
		cls[x-1]&(cBody|cPlace) != 0 && cls[x+1]&(cHead|cTitleWord) != 0 && cls[x+1]&cConnector == 0
}

// unitBeforeHead reports whether token x, inside a title written before
// a name, is the unit or party of the public head (official_words
// public_head) that ends the title at e-1: a capitalised word no list
// knows ("Ra'am lawmaker", "Azov commander") or a force noun ("contingent
// commander"). Guide rule 21g reads the same in an apposition.
func (d *doc) unitBeforeHead(cls []class, x, e int) bool {
	if x+2 != e || d.toks[x].Kind != Word || d.toks[x+1].Kind != Word || d.Cap(x+1) || cls[x+1]&cHead == 0 || !d.offIs(x+1, wPublicHead) {
		return false
	}
	if d.Cap(x) {
		return cls[x]&(cStop|cGiven|cCalendar|cHonorific|cRank|cHead|cTitleWord) == 0 && !d.offIs(x, wIdentity)
	}
	return d.kindIs(x, wForce|wSmallUnit)
}

// titleHasInfinitive: an infinitive after a role graded by "only",
// "first", "last" or a superlative is a clause on the role, not part of
// it: "the only senator to endorse Sanders", "the first woman to lead the
// agency". A place or a body after "to" is a complement ("ambassador to
// France", "the first envoy to the region").
func (d *doc) titleHasInfinitive(cls []class, i, e int) bool {
	graded := false
	for x := i; x < e; x++ {
		w := d.Lower(x)
		switch {
		case w == "only" || w == "first" || w == "last" || len(w) > 5 && strings.HasSuffix(w, "est") && !d.Cap(x):
			graded = true
		case w == "to" && graded && x+1 < e && d.toks[x+1].Kind == Word && !d.Cap(x+1) &&
			!isDeterminer(d.Lower(x+1)) && !isPossPronoun(d.Lower(x+1)) && cls[x+1]&(cHead|cTitleWord|cPlace|cBody|cConnector) == 0:
			return true
		}
	}
	return false
}
