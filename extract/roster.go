package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The roster: the people a document names, where each is mentioned, and
// the queries the stages ask of it (who has this surname, who is mentioned
// between two tokens, who was mentioned last, and whom a description such
// as "the French president" refers to). The officials stage builds it; the
// quote stage reads it to name speakers.

// person is one individual named in a document.
type person struct {
	name     string   // fullest form of the name in the document
	forms    []string // name forms as written, first-seen order
	variants []string // run-on and truncated forms merged in ("Blinkens", "Sherm")
	surname  string   // lower-cased last name token: the key of surname mentions
	first    string   // lower-cased first name ("" when never given)
	titles   []string // role statements attached to mentions, in text order
	title    string   // fullest title, chosen by finish
	at       []int32  // token starts of the person's mentions, ascending (finish)
	nAt      int32    // len(at), counted by finish before at is filled
	// first places for forms and for the roster's list of the people of
	// a surname: most people have one form, most surnames one person
	form1  [1]string
	self1  [1]*person
	cand1  [1]titleCandidate
	title1 [1]string
	// longest is the longest form of the name among the mentions found
	// so far, kept as they are found (the officials stage; looking it
	// up in the mentions at every one was quadratic: a run of 'SAID
	// BIDEN SAID': 256 KB took 18 s)
	longest    string
	official   bool     // holds a public role (title, gazetteer or list evidence)
	private    bool     // described with a non-official role (analyst, opposition leader)
	role       bool     // has an official title: a private description ("a lawyer") then does not count
	ranks      []string // ranks stated alone ("Gen."): the title only when no role is stated
	named      bool     // named in full (two words or more) somewhere
	gazNamed   bool     // named in full by a name of the officials gazetteer
	gazRoles   []string // the gazetteer's roles for the full name, titleKey form, see gazetteerFits
	gazSeen    bool     // gazRoles looked up
	aged       bool     // an age follows a mention ("Anna Berg, 45,"): takes no title from a description
	kin        bool     // named in full right after a kin noun ("Fujimori's daughter Keiko Fujimori"): a lone shared surname is another's
	pastTitles []string // titles stated with "then-" ("then-Speaker"): an office held in the past
	past       int8     // pastOffice memoised: 0 not computed, 1 no, 2 yes
	gender     byte     // 'f' or 'm' where an honorific or a gendered title says so, else 0

	// description matching, cached: the title as matched and its countries
	tkey      string
	tkeyOf    string
	countries map[string]bool
	stamp     int             // last referent search that looked at this person
	stated    []statedRole    // other stated roles and ranks as matched (see compatibleStated)
	statedOK  bool            // stated computed
	rankEnds  []string        // distinct last words of ranks, lower case, without "." (see rankWords)
	rankOK    bool            // rankEnds computed (rankWords)
	home      map[string]bool // the countries of every stated role (see homeCountries)
	homeOK    bool            // home computed

	// the title model (title_choice.go)
	cands     []titleCandidate // every statement of a role or rank, in text order
	titleSrc  titleSource      // the source of the chosen title's first statement
	titleRule string           // the preference that chose the title (titlePreferences)
}

// mention is one occurrence of a person's name: tokens [i, j).
type mention struct {
	i, j int
	p    *person
}

// roster is the document's people and where they are mentioned.
type roster struct {
	people   []*person
	surnames map[string][]*person // people by surname, while the roster is built
	all      []mention            // every person mention in text order, officials or not
	byEnd    []int32              // indexes in all, sorted by the token after the mention (stably), see endingAt
	nextStop []int32              // index in all -> the next first mention or other sentence, see nextFirstOrSentence
	mentions []officialSpan       // OFFICIAL annotations, compact (see officialSpan)
	names    []officialName       // the names and titles of the mentions' people, by officialSpan.who
	stamp    int                  // referent searches so far (person.stamp)

	slab  []person  // people not used yet (see person)
	keys  keyFilter // the surnames and first names of the people (see named)
	heads []int32   // the words that may end a description, ascending (set by officials, see describedTitles)
	// the people by first name (see honorificFirst): the one who has it,
	// or nil when several do (a key with no person; an absent key is
	// no one's first name)
	firstOne map[string]*person
	// the people of a surname past its first maxSameSurname, by surname
	// and first name as sameFirst reads it (see find): the first of each
	firstPast map[string]*person
	// the people named in full by first name, made once the roster is
	// complete (see byFirst): the one who has it, or nil when several do
	namedFirst map[string]*person
}

// maxSameSurname is how many people of one surname the roster compares a
// name with (find, endOfForm, sameSurname), and how many forms of one
// person endOfForm reads: each mention was compared with every person of
// its surname, quadratic in a record of thousands of officials named
// Smith (hostile22a: 600 KB took 72 s). News names a handful of people of
// one surname; past this many, a first name must be the same to take a
// person up (it no longer suffices that one holds the other, as "Tony"
// and "Antony").
const maxSameSurname = 64

// sameSurname returns the first maxSameSurname people of a surname, those
// the roster's questions about one surname look at.
func (r *roster) sameSurname(w string) []*person {
	people := r.named(w)
	return people[:min(len(people), maxSameSurname)]
}

// named returns the people of a surname: r.surnames[w], with no look-up
// for a word that is no one's surname or first name by the bit filter.
func (r *roster) named(w string) []*person {
	if !r.keys.may(w) {
		return nil
	}
	return r.surnames[w]
}

// startingAt returns the (last) mention whose first token is k: a binary
// search of all, sorted by first token (a map by token took 16 bytes and
// more per mention).
func (r *roster) startingAt(k int) (mention, bool) {
	x := sort.Search(len(r.all), func(n int) bool { return r.all[n].i > k }) - 1
	if x < 0 || r.all[x].i != k {
		return mention{}, false
	}
	return r.all[x], true
}

// endingAt returns the (last) mention whose token after the last is k.
func (r *roster) endingAt(k int) (mention, bool) {
	e := r.byEnd
	x := sort.Search(len(e), func(n int) bool { return r.all[e[n]].j > k }) - 1
	if x < 0 || r.all[e[x]].j != k {
		return mention{}, false
	}
	return r.all[e[x]], true
}

// between returns the mentions lying in tokens [i, j), in text order.
func (r *roster) between(i, j int) []mention {
	lo := sort.Search(len(r.all), func(n int) bool { return r.all[n].i >= i })
	hi := lo
	for hi < len(r.all) && r.all[hi].j <= j {
		hi++
	}
	return r.all[lo:hi]
}

// lastBefore returns the index in r.all of the last mention ending at or
// before token k, or -1.
func (r *roster) lastBefore(k int) int {
	return sort.Search(len(r.all), func(n int) bool { return r.all[n].j > k }) - 1
}

// knows reports whether the name at [s, e) is a full form of a person
// already on the roster.
func (r *roster) knows(d *doc, s, e int) bool {
	if e-s < 2 {
		return false
	}
	surname := d.Lower(surnameAt(d, s, e))
	return r.find(surname, firstName(d, s, e)) != nil || r.endOfForm(surname, d.span(s, e)) != nil
}

// endOfForm returns the person with this surname one of whose names ends
// with the words of name: "Abdel Meguid" takes up "Esmat Abdel Meguid"
// (a given name no list knows, then a listed one).
func (r *roster) endOfForm(surname, name string) *person {
	for _, pe := range r.sameSurname(surname) {
		for _, f := range pe.forms[:min(len(pe.forms), maxSameSurname)] {
			if len(f) > len(name) && strings.HasSuffix(f, name) && f[len(f)-len(name)-1] == ' ' {
				return pe
			}
		}
	}
	return nil
}

func firstName(d *doc, s, e int) string {
	if e-s < 2 {
		return ""
	}
	if d.nameOrder(s, e) == familyFirst {
		return d.Lower(s + 1) // "Kim Jong Un": Jong
	}
	return d.Lower(s)
}

// surnameAt returns the token of the surname of the name at [s, e): the
// last word, or the word before a generational suffix ("Lloyd J. Austin
// III", "Charles Q. Brown Jr."), so that "Austin" and "Brown" are found.
func surnameAt(d *doc, s, e int) int {
	if d.nameOrder(s, e) == familyFirst {
		return s // "Kim Jong Un", "Moon Jae-in"
	}
	if e-s >= 2 {
		switch strings.TrimSuffix(d.Lower(e-1), ".") {
		case "jr", "sr", "ii", "iii", "iv":
			return e - 2
		case "d": // "Baker 3d": the number and "d" are two tokens
			if e-s >= 3 && d.toks[e-2].Kind == Number {
				return e - 3
			}
		}
	}
	return e - 1
}

// find returns the person with this surname whose first name agrees:
// the first of maxSameSurname people, else one past them with the same
// first name.
func (r *roster) find(surname, first string) *person {
	people := r.named(surname)
	for _, pe := range people[:min(len(people), maxSameSurname)] {
		if sameFirst(pe.first, first) {
			return pe
		}
	}
	if len(people) > maxSameSurname {
		return r.firstPast[pastKey(surname, first)]
	}
	return nil
}

// pastKey is the key of firstPast: a surname and a first name without
// its full stop (sameFirst's "W." and "W" are the same).
func pastKey(surname, first string) string {
	return surname + " " + strings.TrimSuffix(first, ".")
}

// sameFirst: no first name on either side, or one contains the other
// (Tony and Antony, Liz and Elizabeth, W. and Wendy).
func sameFirst(a, b string) bool {
	if a == "" || b == "" {
		return true
	}
	a, b = strings.TrimSuffix(a, "."), strings.TrimSuffix(b, ".")
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// tokensPerPerson is about the number of tokens per person a news
// article names (pn200: a median of 100, a quarter of them under 70).
const tokensPerPerson = 64

// maxPeopleHint bounds the initial size of a roster's maps: a huge
// document's people are counted as they come.
const maxPeopleHint = 1024

// peopleHint is the initial size of a roster's maps by surname and first
// name: grown from empty, a third of pn200's documents rehashed them.
func (d *doc) peopleHint() int { return min(len(d.toks)/tokensPerPerson, maxPeopleHint) }

// person returns the roster entry of the name at [s, e), adding it if new.
func (r *roster) person(d *doc, s, e int) *person {
	surname := d.Lower(surnameAt(d, s, e))
	first := firstName(d, s, e)
	name := d.span(s, e)
	pe := r.find(surname, first)
	if pe == nil && e-s >= 2 {
		pe = r.endOfForm(surname, name)
	}
	if pe == nil {
		// a run-on form ("Blinkens") of a known surname
		if base := strings.TrimSuffix(surname, "s"); base != surname && e-s == 1 {
			pe = r.find(base, "")
		}
	}
	if pe == nil {
		if len(r.slab) == 0 {
			r.slab = make([]person, 8) // people made eight at a time
		}
		pe = &r.slab[0]
		r.slab = r.slab[1:]
		pe.surname = surname
		pe.forms = pe.form1[:0:1]
		if r.people == nil {
			r.people = make([]*person, 0, 16)
		}
		r.people = append(r.people, pe)
		r.keys.add(surname)
		if same := r.named(surname); len(same) > 0 {
			if len(same) >= maxSameSurname {
				// past the people find compares: found by the same first
				// name. It is set here, as the person is made: only the
				// first person of a surname can be made without one
				// (find takes any name up into that person)
				if r.firstPast == nil {
					r.firstPast = map[string]*person{}
				}
				if k := pastKey(surname, first); r.firstPast[k] == nil {
					r.firstPast[k] = pe
				}
			}
			r.surnames[surname] = append(same, pe)
		} else {
			pe.self1[0] = pe
			r.surnames[surname] = pe.self1[:1:1]
		}
	}
	if pe.first == "" && first != "" {
		pe.first = first
		if r.firstOne == nil {
			r.firstOne = make(map[string]*person, d.peopleHint())
		}
		r.keys.add(first)
		if _, ok := r.firstOne[first]; ok {
			r.firstOne[first] = nil // several people
		} else {
			r.firstOne[first] = pe
		}
	}
	// a form is kept once: fullest and the variants read the forms, not
	// how often each is written (a name written 600,000 times took 10
	// MB), and endOfForm the first maxSameSurname (a name written two
	// ways in turn had as many forms as mentions); past that many, a form
	// repeated in a row is kept once
	if pe.surname == surname && (len(pe.forms) == 0 || pe.forms[len(pe.forms)-1] != name) &&
		!slices.Contains(pe.forms[:min(len(pe.forms), maxSameSurname)], name) {
		pe.forms = append(pe.forms, name)
	}
	return pe
}

// bySurname returns the person a lone capitalised token refers to: its
// surname, or its surname with a run-on "s". The nearest preceding
// mention wins (near, in O(log n)); otherwise the first person with that
// surname. A relative introduced by a kin noun yields to the first person
// of the surname who is not one.
func (r *roster) bySurname(lower string, i int, near *nearestMentions) *person {
	key := lower
	cands := r.named(key)
	if len(cands) == 0 && strings.HasSuffix(lower, "s") {
		key = strings.TrimSuffix(lower, "s")
		cands = r.named(key)
	}
	switch len(cands) {
	case 0:
		return nil
	case 1:
		return cands[0]
	}
	pe := near.before(key, i)
	if pe == nil {
		pe = cands[0]
	}
	if pe.kin {
		// "Alberto Fujimori … Fujimori's daughter Keiko Fujimori …
		// Fujimori fled": a relative introduced by kin is named in full
		// or by the given name; the lone surname stays with the person
		// of that surname the document named otherwise (guide rule 21v)
		for _, q := range cands {
			if !q.kin {
				return q
			}
		}
	}
	return pe
}

// nearestMentions finds, for a surname, the person of the last mention
// before a token: the mentions of the first pass (full names, anywhere
// in the text) indexed by surname in ascending start, and the latest
// surname-only mention noted since (the second pass goes forward, so each
// is before the next token it asks about). Scanning every mention for
// every lone surname was quadratic.
type nearestMentions struct {
	found *[]mention // the officials stage's mentions, appended to as it goes
	// first is how many mentions the first pass found; built tells
	// whether they are indexed: only at the first look-up (most
	// documents have no two people of one surname and make none; the
	// index was 2% of the stage)
	first  int
	built  bool
	order  []int32             // indexes into found, by the person's surname, then ascending start
	sorted map[string][2]int32 // by surname: its part [a, b) of order
	recent map[string]int32    // by surname: the index of the latest mention noted since
}

// newNearestMentions returns the index of the mentions found so far
// (made at the first look-up: see build).
func newNearestMentions(found *[]mention) *nearestMentions {
	return &nearestMentions{found: found, first: len(*found)}
}

// build indexes the mentions of the first pass: one array of them all in
// the order asked, and a map from a surname to its part; then it notes
// the mentions appended since, in their order, as noted would have.
func (n *nearestMentions) build() {
	n.built = true
	ms := (*n.found)[:n.first]
	n.order, n.sorted, n.recent = make([]int32, len(ms)), make(map[string][2]int32, len(ms)/2), map[string]int32{}
	for k := range ms {
		n.order[k] = int32(k)
	}
	slices.SortStableFunc(n.order, func(a, b int32) int {
		if c := strings.Compare(ms[a].p.surname, ms[b].p.surname); c != 0 {
			return c
		}
		return cmp.Compare(ms[a].i, ms[b].i)
	})
	for a := 0; a < len(n.order); {
		sur := ms[n.order[a]].p.surname
		b := a + 1
		for b < len(n.order) && ms[n.order[b]].p.surname == sur {
			b++
		}
		n.sorted[sur] = [2]int32{int32(a), int32(b)}
		a = b
	}
	for k := n.first; k < len(*n.found); k++ {
		n.note(int32(k))
	}
}

// noted records the mention just appended to found (once the index is
// built; build notes those appended before).
func (n *nearestMentions) noted() {
	if n.built {
		n.note(int32(len(*n.found) - 1))
	}
}

// note records the mention k of found as the latest of its surname when
// it starts after the one recorded.
func (n *nearestMentions) note(k int32) {
	ms := *n.found
	sur := ms[k].p.surname
	if r, ok := n.recent[sur]; !ok || ms[k].i > ms[r].i {
		n.recent[sur] = k
	}
}

// before returns the person of the last mention of a person with this
// surname that starts before token i, nil if none does.
func (n *nearestMentions) before(surname string, i int) *person {
	if !n.built {
		n.build()
	}
	ms := *n.found
	var best *person
	at := -1
	if part, ok := n.sorted[surname]; ok {
		ix := n.order[part[0]:part[1]]
		if k := sort.Search(len(ix), func(k int) bool { return ms[ix[k]].i >= i }); k > 0 {
			best, at = ms[ix[k-1]].p, ms[ix[k-1]].i
		}
	}
	if r, ok := n.recent[surname]; ok && ms[r].i < i && ms[r].i > at {
		best = ms[r].p
	}
	return best
}

// sortMentions returns a copy of ms sorted stably by start. The mentions
// are found mostly in text order: a sorted copy costs one pass (sort's
// reflection-based SliceStable was 3% of a run on sorted input).
func sortMentions(ms []mention) []mention {
	byStart := func(a, b mention) int { return cmp.Compare(a.i, b.i) }
	// the officials stage finds mentions in two passes, each in text
	// order: two sorted runs, merged stably in one step
	k := 1
	for k < len(ms) && ms[k-1].i <= ms[k].i {
		k++
	}
	if k >= len(ms) {
		return append([]mention(nil), ms...)
	}
	if !slices.IsSortedFunc(ms[k:], byStart) {
		out := append([]mention(nil), ms...)
		slices.SortStableFunc(out, byStart)
		return out
	}
	out := make([]mention, 0, len(ms))
	a, b := ms[:k], ms[k:]
	for len(a) > 0 && len(b) > 0 {
		if b[0].i < a[0].i { // the first run's first on a tie: stable
			out, b = append(out, b[0]), b[1:]
		} else {
			out, a = append(out, a[0]), a[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

// foldTargets maps each person with no first name to the first person,
// in roster order, whose surname is its own less a run-on "s" or begins
// with it (4 letters at least): "Shermans", "Sherm" -> "Sherman".
func foldTargets(people []*person) map[*person]*person {
	into := map[*person]*person{}
	// The people by surname: the forms a surname may fold into are its
	// stem less "s" and the surnames it begins, each a run of the sorted
	// list, so that a document of thousands of distinct names is not
	// quadratic. The first such person in roster order is chosen. The
	// surnames are sorted beside their people's places, in one array: a
	// sort and searches through the people's pointers missed the cache
	// at every comparison, and grew faster than the names (0.54 s of
	// 2.0 s on 4 MB of distinct names).
	type named struct {
		surname string
		i       int // in people
	}
	bySurname := make([]named, len(people))
	for i, pe := range people {
		bySurname[i] = named{pe.surname, i}
	}
	slices.SortFunc(bySurname, func(a, b named) int {
		return cmp.Or(strings.Compare(a.surname, b.surname), cmp.Compare(a.i, b.i))
	})
	from := func(s string) int {
		k, _ := slices.BinarySearchFunc(bySurname, s, func(n named, s string) int { return strings.Compare(n.surname, s) })
		return k
	}
	for i, pe := range people {
		if pe.first != "" {
			continue
		}
		sn := pe.surname
		best := -1
		try := func(o named) {
			// o.surname+"s" == sn, told without making the string
			runOn := len(o.surname)+1 == len(sn) && sn[len(sn)-1] == 's' && sn[:len(o.surname)] == o.surname
			if o.i == i || len(o.surname) <= len(sn) && !runOn || best >= 0 && o.i > best {
				return
			}
			if runOn || len(sn) >= 4 && !(len(o.surname) == len(sn)+1 && o.surname[len(sn)] == 's') && strings.HasPrefix(o.surname, sn) {
				best = o.i
			}
		}
		if stem, ok := strings.CutSuffix(sn, "s"); ok {
			for k := from(stem); k < len(bySurname) && bySurname[k].surname == stem; k++ {
				try(bySurname[k])
			}
		}
		if len(sn) >= 4 {
			for k := from(sn); k < len(bySurname) && strings.HasPrefix(bySurname[k].surname, sn); k++ {
				try(bySurname[k])
			}
		}
		if best >= 0 {
			into[pe] = people[best]
		}
	}
	return into
}

// merge folds into one person the run-on ("Shermans") and truncated
// ("Sherm") forms of a surname met before its full form.
func (r *roster) merge(found []mention) {
	into := foldTargets(r.people)
	if len(into) == 0 {
		return
	}
	for pe, o := range into { // follow chains: Sherm -> Shermans -> Sherman
		for n := 0; n < len(into); n++ {
			next, ok := into[o]
			if !ok || next == pe {
				break
			}
			o = next
		}
		into[pe] = o
	}
	kept := r.people[:0]
	for _, pe := range r.people {
		o, ok := into[pe]
		if !ok {
			kept = append(kept, pe)
			continue
		}
		o.titles = append(o.titles, pe.titles...)
		o.cands = append(o.cands, pe.cands...)
		o.pastTitles = append(o.pastTitles, pe.pastTitles...)
		o.variants = append(o.variants, pe.forms...)
		o.official = o.official || pe.official
		o.private = o.private || pe.private
		o.role = o.role || pe.role
		o.ranks = append(o.ranks, pe.ranks...)
	}
	r.people = kept
	for n := range found {
		if o, ok := into[found[n].p]; ok {
			found[n].p = o
		}
	}
}

// fullest returns the form with the most words, then the longest.
func fullest(forms []string) string {
	best := ""
	for _, f := range forms {
		nf, nb := countFields(f), countFields(best)
		if nf > nb || nf == nb && len(f) > len(best) {
			best = f
		}
	}
	return best
}

// Descriptions. A definite description names a role without the name:
// "the French president", "his Russian counterpart", "Ukraine's deputy
// intelligence chief", "the spokeswoman". resolveDescription finds the one
// person on the roster it refers to; the officials stage uses it to give a
// title to a person named without one, the quote stage to name the speaker
// of "…, the Russian leader said".

// description is a parsed role description over tokens [a, b).
type description struct {
	a, b   int
	head   lexicon.Entry // the descriptions entry of the head noun
	mods   []int         // modifier tokens between the determiner and the head
	modBuf [8]int        // backing store of mods for the usual short phrase
	named  []int         // proper names of a complement after the head ("of the U.S. [Seventh Fleet]"): the title must hold them
	gender byte          // 'f' or 'm' from the head ("spokeswoman"), else 0
}

// maxDescBack bounds how many mentions back a description looks for its
// referent (a constant: the search stays linear in the document).
const maxDescBack = 200

// descSentencesBack is how many sentences before its own a description's
// untitled referent may be named ("Erik Lindqvist arrived late. The prime
// minister argued for calm": its sentence and the two before), for every
// search of one (resolveDescription, gazetteerReferent, untitledNear).
const descSentencesBack = 2

// maxIntroBack is how many tokens before a definite description its
// indefinite introduction is looked for ("An Iraqi official, speaking on
// condition of anonymity, … the official said"), by the officials stage
// (indefiniteBefore: then no person named nearby is its referent) and the
// quote stage (introduced: the speaker is that source). (indefiniteBefore
// looked 300 tokens back before; no output changes at 200.)
const maxIntroBack = 200

// resolveDescription returns the person that the description at tokens
// [a, b) refers to, or nil. The phrase is a determiner ("the"), a
// possessive pronoun ("his", "her", "their") or a place with "'s"
// ("Ukraine's"), optional modifiers, and a head noun of the descriptions
// list: "the French president", "his Russian counterpart", "the
// spokeswoman". A bare head also works ("President" in a headline).
//
// Among the people mentioned before a, nearest first, the referent is the
// first whose title is compatible with the description (see compatible)
// and whose gender, where known, agrees. When no titled person fits, a
// person mentioned without any title can still be the referent: the last
// person named before the description, in its sentence or the two before,
// provided it is no private person and the head is no relation
// ("counterpart"). It returns nil for anything else, for plural heads and
// for indefinite descriptions ("a spokesman").
func (r *roster) resolveDescription(d *doc, a, b int) *person {
	ds, ok := d.parseDescription(a, b)
	if !ok {
		return nil
	}
	p, _ := r.referent(d, ds)
	return p
}

// referent returns the person ds refers to and whether that person had a
// title compatible with it (false: an untitled person, the fallback).
func (r *roster) referent(d *doc, ds description) (*person, bool) {
	last := r.lastBefore(ds.a)
	r.stamp++
	var fallback *person
	first := true
	for n := last; n >= 0 && n > last-maxDescBack; n-- {
		m := r.all[n]
		pe := m.p
		if pe.stamp == r.stamp {
			continue
		}
		pe.stamp = r.stamp
		if ds.gender != 0 && pe.gender != 0 && ds.gender != pe.gender {
			first = false
			continue
		}
		if pe.title != "" || len(pe.ranks) > 0 {
			if pe.pastOffice() && !ds.hasMod(d, "former") {
				// "then-Speaker Kevin McCarthy … the speaker said": the
				// office is someone else's now
				first = false
				continue
			}
			if (d.compatiblePerson(ds, pe) || d.compatibleStated(ds, pe) || d.relationFits(ds, pe)) && !r.namedInSentence(d, pe, ds) {
				return pe, true
			}
			// a titled person the description does not fit is no
			// candidate: "Yoon, Mr Moon’s chief press secretary, … Yoon
			// said the North Korean leader had agreed" may still be Kim
			continue
		}
		if first && !pe.private && !d.offWordIs(ds.head.Phrase, wRelation) && d.toks[ds.a].Sent-d.toks[m.i].Sent <= descSentencesBack &&
			!d.indefiniteBefore(ds, m.i) && !r.namedInSentence(d, pe, ds) {
			fallback = pe
		}
		first = false
	}
	return fallback, false
}

// relationFits reports whether the description ds may name the role of
// pe, whose title is a relation with a place: every place word among the
// description's modifiers, one at least, is in the relation ("his New
// Zealand counterpart, [Don McKinnon] … The New Zealand foreign minister
// also pledged"; guide rule 20).
func (d *doc) relationFits(ds description, pe *person) bool {
	if !d.relationTitle(pe.title) || d.offWordIs(ds.head.Phrase, wRelation) {
		return false
	}
	cls := d.classify()
	title := " " + strings.ToLower(pe.title) + " "
	places := 0
	for _, k := range ds.mods {
		if cls[k]&cPlace == 0 {
			continue
		}
		if !strings.Contains(title, " "+d.Lower(k)+" ") {
			return false
		}
		places++
	}
	return places > 0
}

// namedInSentence reports whether pe is named in the description's own
// sentence: "The FBI director chastised Clinton" is not Clinton, who would
// be a pronoun there if she were the director.
func (r *roster) namedInSentence(d *doc, pe *person, ds description) bool {
	sent := int(d.toks[ds.a].Sent)
	n := r.lastBefore(ds.a)
	for k := n; k >= 0 && int(d.toks[r.all[k].i].Sent) == sent; k-- {
		if r.all[k].p == pe {
			return true
		}
	}
	for k := n + 1; k < len(r.all) && int(d.toks[r.all[k].i].Sent) == sent; k++ {
		if r.all[k].p == pe {
			return true
		}
	}
	return false
}

// indefiniteBefore reports whether an indefinite description with the
// same head ("An Iraqi official, speaking on condition of anonymity, ...")
// opens the passage from the sentence of token i up to the description:
// then "the official" takes that one up, not a person named nearby.
func (d *doc) indefiniteBefore(ds description, i int) bool {
	head := d.Lower(ds.b - 1)
	from := i
	for from > 0 && d.toks[from-1].Sent == d.toks[i].Sent && i-from < 100 {
		from--
	}
	if ds.a-from > maxIntroBack {
		from = ds.a - maxIntroBack
	}
	for k := from; k < ds.a; k++ {
		if d.Lower(k) != head {
			continue
		}
		for x := k - 1; x >= 0 && x >= k-4; x-- {
			if w := d.Lower(x); w == "a" || w == "an" || w == "another" || w == "one" {
				return true
			}
		}
	}
	return false
}

// parseDescription reads the description at tokens [a, b).
func (d *doc) parseDescription(a, b int) (description, bool) {
	if a < 0 || b > len(d.toks) || b <= a {
		return description{}, false
	}
	h := b - 1
	// a multi-word head ("prime minister", "vice president") ending at h
	// comes first: "the prime minister" is no defence minister
	ent, n := d.descriptionEndingAt(h, a)
	if n == 0 {
		ent, n = d.description(h)
		if n != 1 || ent.Field(0) != "person" {
			ent, n = lexicon.Entry{}, 0
		}
	}
	if n == 0 {
		// a title head the descriptions list lacks, or one whose stem it
		// gives to another entry ("president" and "presidency")
		if e, m := d.match(lexicon.Titles, h); m == 1 {
			if x, ok := d.lex.List(lexicon.Titles).Exact(d.Lower(h)); ok {
				e = x // "commander", not "commandant"
			}
			ent, n = lexicon.Entry{Phrase: e.Phrase, Fields: []string{"person"}}, 1
		} else {
			return description{}, false
		}
	}
	if w := d.Lower(h); plural(w) && !strings.HasSuffix(ent.Phrase, w) {
		return description{}, false // "the ministers"
	}
	ds := description{a: a, b: b, head: ent, gender: genderOfRole(d.Lower(h))}
	ds.mods = ds.modBuf[:0]
	i := a
	switch lw := d.Lower(a); {
	case lw == "the" || lw == "his" || lw == "her" || lw == "their" || lw == "its":
		i = a + 1
	case a+1 < h && d.toks[a+1].Kind == Possessive:
		i = a + 2 // Ukraine's deputy intelligence chief
		ds.mods = append(ds.mods, a)
	case a+2 < h && d.toks[a+2].Kind == Possessive && d.Cap(a) && d.Cap(a+1):
		i = a + 3 // New Zealand's defence minister
		ds.mods = append(ds.mods, a)
	case lw == "a" || lw == "an":
		return description{}, false
	}
	for k := i; k < h-(n-1); k++ {
		t := &d.toks[k]
		if t.Kind == Possessive && k == i+1 && d.offIs(i, wOwner) {
			continue // "the city’s police chief"
		}
		if t.Kind != Word && !(t.Kind == Punct && d.textOf(t) == "-") {
			return description{}, false
		}
		if t.Kind == Word {
			ds.mods = append(ds.mods, k)
		}
	}
	for k := h - (n - 1); k < h; k++ {
		ds.mods = append(ds.mods, k) // "prime" of "prime minister" must agree too
	}
	return ds, true
}

// description matches the descriptions list at token k. A single word
// is the entry written as it is where the list has several with its stem
// ("commander" and the source "command", "diplomat" and "diplomats"): a
// match by stem finds only the last of them.
func (d *doc) description(k int) (lexicon.Entry, int) {
	ent, n := d.match(lexicon.Descriptions, k)
	if n == 1 && ent.Phrase != d.Lower(k) {
		if e, ok := d.lex.List(lexicon.Descriptions).Exact(d.Lower(k)); ok {
			ent = e
		}
	}
	return ent, n
}

// descriptionEndingAt matches a multi-word person description ending at
// token h and starting at or after a.
func (d *doc) descriptionEndingAt(h, a int) (lexicon.Entry, int) {
	for s := h - 1; s >= a && s >= h-3; s-- {
		if ent, n := d.description(s); n == h-s+1 && ent.Field(0) == "person" {
			return ent, n
		}
	}
	return lexicon.Entry{}, 0
}

// hasMod reports whether w is one of the description's modifiers.
func (ds description) hasMod(d *doc, w string) bool {
	for _, k := range ds.mods {
		if d.Lower(k) == w {
			return true
		}
	}
	return false
}

// genderOfRole returns the gender a role noun marks: 'f' for
// "spokeswoman", "chairwoman", 'm' for "spokesman", else 0.
func genderOfRole(w string) byte {
	switch {
	case strings.HasSuffix(w, "woman") || strings.HasSuffix(w, "women"):
		return 'f'
	case strings.HasSuffix(w, "man") && len(w) > 5:
		return 'm'
	}
	return 0
}

// compatiblePerson reports whether a person with this title may be what ds
// describes. The head must cover the title's head (the descriptions
// list's third field: "leader" covers "president", "official" any role).
// Every modifier must agree: a place must be the title's country when the
// title names one; a title word ("deputy", "foreign") must be in the
// title; other words ("embattled") do not decide. And the title may have
// no rank of office the description lacks: "the foreign minister" is not
// the deputy foreign minister. The title's key and countries are
// computed once per person.
func (d *doc) compatiblePerson(ds description, pe *person) bool {
	if pe.tkeyOf != pe.title || pe.tkey == "" {
		pe.tkey, pe.tkeyOf = titleKey(pe.title), pe.title
		pe.countries = d.titleCountries(pe.tkey)
	}
	countries := pe.countries
	if len(countries) == 0 {
		countries = d.homeCountries(pe) // "President X" here, "Venezuela's president" there
	}
	return d.compatibleKey(ds, pe.tkey, countries)
}

// homeCountries returns the countries that the roles stated of pe name
// ("Venezuela's president"), or nil: a place modifier of a description
// must agree with them even where the role it matches names none
// ("President Hugo Chavez" is not "the Colombian leader" when the
// document calls him "Venezuela's president"). Computed once per person.
func (d *doc) homeCountries(pe *person) map[string]bool {
	if !pe.homeOK {
		pe.homeOK = true
		for _, t := range pe.titles {
			for c := range d.titleCountries(titleKey(t)) {
				if pe.home == nil {
					pe.home = map[string]bool{}
				}
				pe.home[c] = true
			}
		}
	}
	return pe.home
}

// compatibleStated reports whether a role stated with one of the
// person's mentions other than the fullest title fits ds: "Adm. Ana Ruiz,
// commander of the fleet" is "the admiral" by her rank although her title
// is the apposition. Only consulted when the fullest title does not fit,
// and bounded by the few roles stated of one person.
func (d *doc) compatibleStated(ds description, pe *person) bool {
	if !pe.statedOK {
		pe.statedOK = true
		for n, l := range [2][]string{pe.titles, pe.ranks} {
			for _, t := range l {
				if t == pe.title && n == 0 || t == "" {
					continue
				}
				if f := strings.Fields(t); n == 1 && len(f) > 0 {
					t = f[len(f)-1] // a grade of rank is the rank: "Vice Adm." is "the admiral"
				}
				if pe.hasStated(t) {
					continue
				}
				lt := titleKey(t)
				pe.stated = append(pe.stated, statedRole{t, lt, d.titleCountries(lt)})
			}
		}
	}
	for _, st := range pe.stated {
		countries := st.countries
		if len(countries) == 0 {
			countries = d.homeCountries(pe)
		}
		if d.compatibleKey(ds, st.key, countries) {
			return true
		}
	}
	return false
}

// statedRole is one role stated of a person, as description matching
// reads it.
type statedRole struct {
	as        string // as written
	key       string
	countries map[string]bool
}

// hasStated reports whether the role t is among the stated roles already:
// a role repeated with every mention is matched once.
func (pe *person) hasStated(t string) bool {
	for _, st := range pe.stated {
		if st.as == t {
			return true
		}
	}
	return false
}

// titleKey is a title lower-cased, without possessive endings, its words
// separated by single spaces and framed by spaces (" us defense secretary ").
func titleKey(title string) string {
	t := strings.ToLower(title)
	t = strings.ReplaceAll(t, "'s", "")
	t = strings.ReplaceAll(t, "’s", "")
	return " " + strings.Join(strings.Fields(t), " ") + " "
}

func (d *doc) compatibleKey(ds description, lt string, countries map[string]bool) bool {
	covers := ds.head.Field(1)
	if covers == "" {
		covers = ds.head.Phrase
	}
	cp := d.counterpartOf(ds, lt, countries)
	if covers != "*" && !cp {
		ok := false
		for _, c := range strings.Split(covers, ",") {
			if c = strings.TrimSpace(c); c != "" && (headIn(lt, " "+c+" ") || headIn(lt, " "+c+"s ")) {
				ok = true
				break
			}
		}
		if !ok {
			return false
		}
	}
	skip := -1 // the last token of a place of several words ("North Korean")
	for _, k := range ds.mods {
		if k <= skip {
			continue
		}
		w := d.Lower(k)
		if e, n := d.match(lexicon.Places, k); n > 1 && e.Field(1) != "" && d.Cap(k) {
			skip = k + n - 1
			if len(countries) > 0 && !countries[e.Field(1)] {
				return false
			}
			continue
		}
		if e, ok := d.lex.List(lexicon.Places).Lookup(w); ok && e.Field(1) != "" {
			if len(countries) > 0 && !countries[e.Field(1)] {
				return false
			}
			continue
		}
		if strings.Contains(lt, " "+w+" ") || cp {
			continue // a counterpart's role is unstated: "foreign" may name it
		}
		if d.lex.List(lexicon.TitleWords).Has(w) && !d.genericModifier(w) || d.lex.List(lexicon.Titles).Has(w) || d.lex.List(lexicon.Bodies).Has(w) {
			return false
		}
	}
	for _, w := range strings.Fields(lt) {
		if d.officeRank(w) && !ds.hasMod(d, w) {
			return false
		}
	}
	for _, k := range ds.named {
		if !strings.Contains(lt, " "+d.Lower(k)+" ") {
			return false // "the commander of the U.S. Seventh Fleet" is no Chief of the Naval Staff
		}
	}
	return true
}

// headIn reports whether the role noun h (spaced) heads the title key lt:
// it ends the title or its complement follows ("prime minister of …"),
// and no other noun does ("prime minister’s chief press secretary" is
// no prime minister).
func headIn(lt, h string) bool {
	for rest := lt; ; {
		k := strings.Index(rest, h)
		if k < 0 {
			return false
		}
		after := rest[k+len(h):]
		w, _, _ := strings.Cut(after, " ")
		if after == "" || isComplementConnector(w) || w == "and" || w == "general" || w == "designate" || w == "elect" {
			return true
		}
		rest = rest[k+len(h)-1:]
	}
}

// counterpartOf reports whether a counterpart title with a country
// ("his Polish counterpart") may be what a description with a place of
// that country describes ("the Polish minister"): a counterpart holds the
// role of whoever they are counterpart to, so the head does not decide.
func (d *doc) counterpartOf(ds description, lt string, countries map[string]bool) bool {
	if len(countries) == 0 || !strings.Contains(lt, " counterpart ") {
		return false
	}
	for _, k := range ds.mods {
		if e, ok := d.lex.List(lexicon.Places).Lookup(d.Lower(k)); ok && countries[e.Field(1)] {
			return true
		}
	}
	return false
}

// titleCountries returns the countries the places of a lower-cased title
// name ("us defense secretary" → united states).
//
// The answer is kept per document (the title choice and the description
// matching ask it of the same few titles again and again: 3,600
// instructions a call on PolNeAR dev); the callers only read it.
func (d *doc) titleCountries(lt string) map[string]bool {
	if out, ok := d.countryMemo[lt]; ok {
		return out
	}
	out := d.titleCountriesOf(lt)
	if d.countryMemo == nil {
		d.countryMemo = make(map[string]map[string]bool)
	}
	d.countryMemo[lt] = out
	return out
}

// titleCountriesOf is titleCountries, told from the title.
func (d *doc) titleCountriesOf(lt string) map[string]bool {
	var out map[string]bool
	words := strings.Fields(lt)
	places := d.lex.List(lexicon.Places)
	for i := range words {
		for n := 3; n >= 1; n-- {
			if i+n > len(words) {
				continue
			}
			if e, ok := places.Lookup(strings.Join(words[i:i+n], " ")); ok && e.Field(1) != "" {
				if out == nil {
					out = make(map[string]bool)
				}
				out[e.Field(1)] = true
				break
			}
		}
	}
	return out
}

// officeRank reports whether a title word makes a different office of the
// same head: a deputy minister is not the minister (official_words kind
// office_rank).
func (d *doc) officeRank(w string) bool { return d.offWordIs(w, wOfficeRank) }

// genericModifier reports whether a title word only grades the role and
// does not decide which role it is: "the top diplomat", "a senior
// official" (official_words kind generic_modifier).
func (d *doc) genericModifier(w string) bool { return d.offWordIs(w, wGenericMod) }

// genderOf returns the gender an honorific before token i marks ('f',
// 'm' or 0).
func (d *doc) genderOf(i int) byte {
	cls := d.classify()
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if cls[k]&cHonorific == 0 {
			continue
		}
		e, n := d.match(lexicon.Ranks, k)
		if n > 0 && k+n == i {
			switch e.Field(1) {
			case "female":
				return 'f'
			case "male":
				return 'm'
			}
			return 0
		}
	}
	return 0
}

// byFirst returns the one person whose first name is lower when no person
// has it as a surname: "Saddam" after "Saddam Hussein", where the name is
// written by its first word. It returns nil when none or several fit.
func (r *roster) byFirst(lower string) *person {
	if len(r.named(lower)) > 0 {
		return nil
	}
	if one, ok := r.firstOne[lower]; !ok && lower != "" {
		return nil // no one's first name (no one has one: firstOne is nil)
	} else if one != nil {
		// the one person with that first name (a person folded into
		// another by merge had none)
		if !one.named {
			return nil
		}
		return one
	}
	// several people have it: the one of them named in full, from a
	// table of every first name made at the first such question (the
	// quote stage asks, once the roster is complete; a walk over every
	// person at each question was quadratic in a record of thousands of
	// people of one first name, none named in full: 1 MB took 3.4 s)
	if r.namedFirst == nil {
		r.namedFirst = make(map[string]*person)
		for _, pe := range r.people {
			if !pe.named {
				continue
			}
			if _, several := r.namedFirst[pe.first]; several {
				r.namedFirst[pe.first] = nil
			} else {
				r.namedFirst[pe.first] = pe
			}
		}
	}
	return r.namedFirst[lower]
}

// pastOffice reports whether the person's title was stated only as a past
// office ("then-Speaker"): every statement of it carried "then-".
func (pe *person) pastOffice() bool {
	if len(pe.pastTitles) == 0 {
		return false
	}
	if pe.past != 0 {
		return pe.past == 2 // once per person: a description looks at many
	}
	pe.past = 1
	n := 0
	for _, t := range pe.titles {
		if t == pe.title {
			n++
		}
	}
	m := 0
	for _, t := range pe.pastTitles {
		if t == pe.title {
			m++
		}
	}
	if m > 0 && m == n {
		pe.past = 2
	}
	return pe.past == 2
}

// firstNameGender returns the gender the lexicon gives pe's first name
// ('f' or 'm'), else 0.
func (d *doc) firstNameGender(pe *person) byte {
	if pe.first == "" {
		return 0
	}
	if e, ok := d.lex.List(lexicon.NameGenders).Lookup(pe.first); ok && e.Field(0) != "" {
		return e.Field(0)[0]
	}
	return 0
}

// agreeing returns the one person of this surname whose first name has
// gender g, or nil when none or several have (of the first
// maxSameSurname).
func (r *roster) agreeing(d *doc, surname string, g byte) *person {
	var got *person
	for _, pe := range r.sameSurname(surname) {
		if d.firstNameGender(pe) == g {
			if got != nil {
				return nil
			}
			got = pe
		}
	}
	return got
}

// styled returns the one person of this surname whose stated roles or
// ranks hold the title or rank word w ("president", "general" for
// "Gen."), or nil when none or several do (of the first maxSameSurname).
func (r *roster) styled(surname, w string) *person {
	w = strings.TrimSuffix(strings.ToLower(w), ".")
	if len(w) < 3 {
		return nil
	}
	var got *person
	for _, pe := range r.sameSurname(surname) {
		if pe.hasRank(w) || pe.titledAs(w) {
			if got != nil {
				return nil
			}
			got = pe
		}
	}
	return got
}

// titledAs reports whether a word of one of the person's stated titles
// is w (lower case).
func (pe *person) titledAs(w string) bool {
	for _, t := range pe.titles {
		for _, f := range strings.Fields(strings.ToLower(t)) {
			if strings.TrimSuffix(f, ".") == w {
				return true
			}
		}
	}
	return false
}
