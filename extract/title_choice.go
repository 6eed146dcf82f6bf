package extract

import (
	"slices"
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The title model (issue 15; guide rule 15 and rule 21o). Every place the
// document states a role for a person adds one candidate to the person's
// list, with its source kind and the mention it was stated with; once the
// roster is complete, chooseTitle picks the title from that one list by a
// short, ordered list of named preferences and records which one decided.
// The finders (titleBefore, appositionBefore, appositionAfter,
// appointedRole, listTitle, sharedTitle, the description passes) only
// propose: none of them overrides another's statement.

// titleSource is where the document states a role for a person.
type titleSource uint8

const (
	srcNone             titleSource = iota
	srcBefore                       // a title right before the name: "Defense Secretary [Lloyd Austin]"
	srcSplit                        // a title split by the name, joined: "Prime Minister [Johnson] of the United Kingdom"
	srcAppositionBefore             // "the French Chief of Staff, General [Burkhard]"
	srcAppositionAfter              // "[Mark Rutte], NATO's secretary general,"
	srcAppointed                    // "named [Alikhan Smailov] as prime minister"
	srcList                         // "his counterparts from Poland, [Blaszczak]"
	srcShared                       // "Foreign Ministers Annalena Baerbock and [Catherine Colonna]"
	srcDescribed                    // a description that refers to the person: "… The prime minister said" (21a, 21e)
	srcRoleFirst                    // a role stated first and taken up by the name (21b)
	srcGovernment                   // the role of a head of government: "Thatcher's government … the Prime Minister" (governmentHeads)
	srcRank                         // a rank stated alone: "Lt. Gen. [Ana Ruiz]"
	srcVerb                         // a role stated by a verb after the name: "[Gibran], 36, is the mayor of Surakarta" (21s)
)

var sourceNames = [...]string{
	srcNone: "none", srcBefore: "before", srcSplit: "split", srcAppositionBefore: "apposition-before",
	srcAppositionAfter: "apposition-after", srcAppointed: "appointed", srcList: "list", srcShared: "shared",
	srcDescribed: "described", srcRoleFirst: "role-first", srcGovernment: "government", srcRank: "rank",
	srcVerb: "verb",
}

func (s titleSource) String() string {
	if int(s) < len(sourceNames) {
		return sourceNames[s]
	}
	return "source?"
}

// titleCandidate is one statement of a person's role.
type titleCandidate struct {
	text string
	src  titleSource
}

// state adds a statement of the person's role to the candidates (and to
// the plain views titles and ranks the description matching reads).
func (pe *person) state(text string, src titleSource) {
	text = dropThen(text)
	if text == "" {
		return
	}
	if pe.cands == nil {
		pe.cands = pe.cand1[:0:1] // most people: one statement
	}
	pe.cands = append(pe.cands, titleCandidate{text, src})
	if src == srcRank {
		if !slices.Contains(pe.ranks, text) {
			// each rank once: the readers of ranks (rankWords, hasRank,
			// compatibleStated) ask which ranks, never how often, and a
			// rank written at every mention would make hasRank's walk
			// quadratic
			pe.ranks = append(pe.ranks, text)
		}
	} else {
		if pe.titles == nil {
			pe.titles = pe.title1[:0:1]
		}
		pe.titles = append(pe.titles, text)
	}
}

// dropThen removes a temporal qualifier opening a title (guide rule 17):
// "the then Secretary-General, [Javier Perez de Cuellar]" states
// "Secretary-General". Whatever finder read the role, the qualifier is
// never part of it.
func dropThen(t string) string {
	for _, q := range [...]string{"then ", "at the time "} {
		if len(t) > len(q) && hasPrefixFold(t, q) {
			return t[len(q):]
		}
	}
	return t
}

// titlePreference is one step of the choice: among the candidates left,
// only those with the highest key stay.
type titlePreference struct {
	name string
	key  func(x *choice, c titleCandidate) int
}

// choice is the state of one person's title choice the preferences read.
type choice struct {
	d       *doc
	pe      *person
	left    []titleCandidate // the candidates still in the running
	count   map[string]int   // statements of each text
	country map[string]bool  // countries of the first candidate left that names any (same-country)
	counted bool             // country computed
}

// titlePreferences is the choice, in order (guide rules 15, 16, 16b, 18,
// 20, 21k, 21o). The first preference that leaves one distinct text
// decides, and is recorded with the title.
var titlePreferences = [...]titlePreference{
	// a public role beats a private description of the same person ("a
	// lawyer who entered Congress") once the person holds one
	{"official", func(x *choice, c titleCandidate) int {
		return b2i(!x.pe.role || !x.d.hasNonOfficial(c.text))
	}},
	// a stated role beats a rank, wherever each is stated (rules 16, 16a)
	{"role-over-rank", func(_ *choice, c titleCandidate) int {
		return b2i(c.src != srcRank)
	}},
	// a role naming another country than the first one stated is
	// another office ("Venezuela's president" … "Colombian President")
	{"same-country", func(x *choice, c titleCandidate) int {
		return b2i(x.sameCountry(c))
	}},
	// a role beats a relation to another official (rules 20, 21k)
	{"role-over-relation", func(x *choice, c titleCandidate) int {
		return b2i(!x.d.relationTitle(c.text))
	}},
	// the office held beats a former one (rule 16b)
	{"current-over-former", func(_ *choice, c titleCandidate) int {
		return b2i(!formerRole(c.text))
	}},
	// an office the person is put into beats one stated before it: the
	// appointment is the news (rule 21w: "The Fisheries Minister, X, was
	// sworn in as interim premier" → "interim premier")
	{"appointed", func(_ *choice, c titleCandidate) int {
		return b2i(c.src == srcAppointed)
	}},
	// an individual statement beats a shared plural (rule 18)
	{"singular", func(_ *choice, c titleCandidate) int {
		return b2i(!strings.HasSuffix(headWord(c.text), "s"))
	}},
	// the fullest statement: most content words (rule 15)
	{"fullest", func(_ *choice, c titleCandidate) int {
		return contentWords(c.text)
	}},
	// then the form used most often
	{"most-frequent", func(x *choice, c titleCandidate) int {
		return x.count[c.text]
	}},
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// chooseTitle chooses the person's title from the candidates: the
// preferences of titlePreferences in order, then the first stated. It
// returns the title, the source of its first statement and the name of
// the preference that decided ("only" when every candidate says the
// same, "first" when none told them apart); "" when there is none.
func (d *doc) chooseTitle(pe *person) (title string, src titleSource, rule string) {
	if len(pe.cands) == 0 {
		return "", srcNone, ""
	}
	if distinct(pe.cands) == 1 {
		return pe.cands[0].text, pe.cands[0].src, "only" // most people: nothing to choose
	}
	x := &choice{d: d, pe: pe, left: make([]titleCandidate, len(pe.cands)), count: map[string]int{}}
	copy(x.left, pe.cands)
	for _, c := range x.left {
		x.count[c.text]++
	}
	rule = "first"
	if len(x.count) == 1 {
		rule = "only"
	}
	for _, p := range titlePreferences {
		if distinct(x.left) == 1 {
			break
		}
		best := -1
		for _, c := range x.left {
			best = max(best, p.key(x, c))
		}
		kept := make([]titleCandidate, 0, len(x.left))
		for _, c := range x.left {
			if p.key(x, c) == best {
				kept = append(kept, c)
			}
		}
		x.left = kept
		if distinct(x.left) == 1 {
			rule = p.name
		}
	}
	return x.left[0].text, x.left[0].src, rule
}

// distinct reports how many different texts the candidates hold (one or
// two: the choice only asks whether one is left).
func distinct(cs []titleCandidate) int {
	for _, c := range cs[1:] {
		if c.text != cs[0].text {
			return 2
		}
	}
	return 1
}

// sameCountry reports whether candidate c names no country, or one of
// the countries of the first candidate left that names any.
func (x *choice) sameCountry(c titleCandidate) bool {
	cs := x.d.titleCountries(strings.ToLower(c.text))
	if len(cs) == 0 {
		return true
	}
	if !x.counted {
		x.counted = true
		for _, f := range x.left {
			if fc := x.d.titleCountries(strings.ToLower(f.text)); len(fc) > 0 {
				x.country = fc
				break
			}
		}
	}
	for k := range cs {
		if x.country[k] {
			return true
		}
	}
	return false
}

// retitle chooses the person's title again after a candidate was added
// late (the description passes, which run once titles are chosen).
func (d *doc) retitle(pe *person) {
	pe.title, pe.titleSrc, pe.titleRule = d.chooseTitle(pe)
}

// titleRuleOf names the source and the deciding preference of a title for
// the output's rule field ("apposition-after/fullest"); "" without one.
func titleRuleOf(pe *person) string {
	if pe.title == "" {
		return ""
	}
	if int(pe.titleSrc) < len(titleRules) {
		if r, ok := titleRules[pe.titleSrc][pe.titleRule]; ok {
			return r // no string made per person
		}
	}
	return pe.titleSrc.String() + "/" + pe.titleRule
}

// titleRules are titleRuleOf's answers, made once: by source, then by
// the deciding preference.
var titleRules = func() (rs [len(sourceNames)]map[string]string) {
	for s := range rs {
		rs[s] = map[string]string{}
		for _, rule := range []string{"only", "first"} {
			rs[s][rule] = titleSource(s).String() + "/" + rule
		}
		for _, p := range titlePreferences {
			rs[s][p.name] = titleSource(s).String() + "/" + p.name
		}
	}
	return rs
}()

// statedAt collects the roles the document states at the name mention
// [s, e), given the title and rank written right before it (titleBefore).
// It returns the mention's own statement (title, src), which the officials
// stage reads to tell an official from a private person, the role an
// appointment states (appointed), and the further statements at the
// mention (extra), which join the person's candidates: the choice among
// them is chooseTitle's, not the finder's.
func (r *roster) statedAt(d *doc, cls []class, s, e int, title, rank string, found []mention) (string, titleSource, string, []titleCandidate) {
	if title == "" && rank == "" && d.statesNothing(cls, s, e) {
		return "", srcVerb, "", nil // what statedAtOf returns when each of its readers stops at its first test
	}
	return r.statedAtOf(d, cls, s, e, title, rank, found)
}

// statesNothing reports whether nothing beside the name [s, e), written
// with no title or rank before it, may state a role: the token before it
// is no comma, "and", role word or appointing verb, and the token after
// it no comma, bracket, "of", "is", "was", "has", "had" or verb of
// holding an office. Then every reader of statedAtOf stops at its first test (an
// apposition opens at a comma, an appointment at its verb or "was", a
// shared title at "and", a stated role at "is" or a verb of holding):
// most names, which no role is beside ("Smith said", "in Washington"),
// are told by two tokens, not by the eight readers (half the calls on
// the pn200 sample). A reader that comes to start at
// another token must be told here: TestStatesNothing checks statesNothing
// against statedAtOf at every token of every testdata set.
func (d *doc) statesNothing(cls []class, s, e int) bool {
	if s > 0 {
		if cls[s-1]&(cHead|cRank|cHonorific) != 0 || d.offIs(s-1, wAppoint) || s > 1 && d.Lower(s-1) == "in" && d.offIs(s-2, wAppoint) {
			return false // "swore in [X] as …"
		}
		switch d.Lower(s - 1) {
		case ",", "and":
			return false
		}
	}
	if e < len(d.toks) {
		switch d.Lower(e) {
		case ",", "(", "of", "is", "was", "has", "had":
			return false
		}
		if d.offIs(e, wHoldVerb) {
			return false
		}
	}
	return true
}

// statedAtOf is statedAt, every reader asked.
func (r *roster) statedAtOf(d *doc, cls []class, s, e int, title, rank string, found []mention) (string, titleSource, string, []titleCandidate) {
	src := srcBefore
	direct := title // a title written right before the name
	var extra []titleCandidate
	if title == "" {
		// "the commander of the force, Gen. [X]"
		title, src = d.appositionBefore(cls, s), srcAppositionBefore
	}
	after := d.afterNameTag(cls, e)
	if title == "" || contentWords(title) == 1 || abbreviatedHead(title) || formerRole(title) || d.relationTitle(title) || d.hasNonOfficial(title) {
		// a rank or a bare head before the name, a fuller role after
		// it: "Gen. Mark Milley, the chairman of the Joint Chiefs of
		// Staff", "Sen. Mark Kelly, Arizona's senior senator", or
		// before it: "The top Democrat on the committee, Rep. Adam Schiff"
		// a public title before the name is not replaced by a party's or a
		// company's role after it ("Representative [Ann Lee] of Florida,
		// the national party chairwoman,")
		if t := d.appositionAfterChecked(cls, after, r.isNameKey); t != "" && (title == "" || !d.hasNonOfficial(t) && !d.orgTitle(t) && !d.partyTitle(t) && (contentWords(t) > 1 ||
			formerRole(title) && !formerRole(t)) && (formerRole(title) || !formerRole(t) || d.hasNonOfficial(title))) {
			// "Former President X, now a senator,": the office held; not
			// "Senator X, a former governor," (rule 16b)
			title, src = t, srcAppositionAfter
		} else if k := d.wordsBefore(cls, s); k < s {
			if t := d.appositionBefore(cls, k); t != "" && !d.hasNonOfficial(t) && contentWords(t) > 1 {
				title, src = t, srcAppositionBefore
			}
		}
	} else if t := d.appositionAfterChecked(cls, after, r.isNameKey); t != "" && t != title && !d.hasNonOfficial(t) && !d.hasNonOfficial(title) &&
		!d.namesPerson(cls, after+1, t) {
		// a full title before the name and a role after it: both are
		// statements, the choice is chooseTitle's ("Foreign Minister
		// [Sergei Lavrov], Moscow's top diplomat since 2004,")
		extra = append(extra, titleCandidate{t, srcAppositionAfter})
	}
	appointed := d.appointedRole(cls, s, e) // "named Alikhan Smailov as prime minister"
	if title == "" {
		title, src = appointed, srcAppointed
	}
	if title == "" {
		title, src = d.listTitle(cls, s), srcList
	}
	if title == "" && rank == "" {
		title, src = d.sharedTitle(cls, s, found), srcShared
	}
	if title == "" && rank == "" {
		title, src = d.verbRole(cls, s, e), srcVerb // "Ruiz became prime minister" (title_stated.go)
	}
	if title == "" && rank != "" {
		title, src = d.rankedApposition(cls, s, after) // "Col. X, the exercise director," (title_ranked.go)
	}
	if title == "" && rank != "" {
		// a role a verb states beats the rank (contract §8, rule 16: a rank
		// alone only when no role is stated): "Col. X became army chief of
		// staff", "Maj. Gen. X, who becomes defence minister," (rules 21s, 21x)
		title, src = d.verbRole(cls, s, e), srcVerb
	}
	if title != "" && title == direct {
		// only a title right before the name goes on after it: not
		// "the commander of the force, Gen. X of Canada" (rule 21g)
		if p, _ := d.ofPlaceAfter(cls, e, d.offWordIs(d.headOf(title), wTerritorial)); p != "" {
			title, src = title+p, srcSplit
		} else if b := d.ofBodyAfter(cls, e); b != "" {
			title, src = title+b, srcSplit // "Judge [X] of Brazil's Supreme Federal Court"
		}
	}
	return title, src, appointed, extra
}

// afterNameTag returns the token after what may follow a name before its
// apposition: a US party-and-state tag ("Sen. Tom Grady, R-Ky., the
// Senate's top Republican") or a country after "of" ("Lt. Gen. Dewan
// Chand of India, the commander of the force"): the comma that opens the
// apposition. Else e.
func (d *doc) afterNameTag(cls []class, e int) int {
	if k := d.afterPartyTag(e); k != e {
		return k
	}
	if p, k := d.ofPlaceAfter(cls, e, true); p != "" && d.lowerAt(k) == "," {
		return k
	}
	return e
}

// appositionAfterChecked is appositionAfter with the infinitive check
// run on what it returns (the paths of appositionAfter that close at
// punctuation run no checks; the others run them all): "Sen. Jeff
// Merkley of Oregon, the only senator to endorse Sanders." states no role.
func (d *doc) appositionAfterChecked(cls []class, e int, person func(string) bool) string {
	t := d.appositionAfter(cls, e, person)
	if t == "" {
		return ""
	}
	for a := e + 1; a < len(d.toks) && a <= e+4; a++ {
		for b := a + 1; b <= len(d.toks) && b <= a+maxTitleTokens; b++ {
			n := int(d.toks[b-1].End) - int(d.toks[a].Start)
			if n > len(t) {
				break
			}
			if n == len(t) && d.text[d.toks[a].Start:d.toks[b-1].End] == t {
				if d.titleHasInfinitive(cls, a, b) {
					d.titleFlaws = append(d.titleFlaws, titleFlaw{t, "infinitive"})
					return ""
				}
				return t
			}
		}
	}
	return t
}

// namesPerson reports whether the phrase t, written from token i on,
// holds a person's name (a given name and a capitalised word after it):
// then it is the title of that person in a list ("Under Secretary of
// State [Victoria Nuland], Assistant Secretary of State for European
// Affairs Karen Donfried and other officials"), not an apposition.
func (d *doc) namesPerson(cls []class, i int, t string) bool {
	end := i
	for end < len(d.toks) && end < i+maxTitleTokens && !strings.HasSuffix(d.slice(d.toks[i].Start, d.toks[end].End), t) {
		end++
	}
	for x := i; x < end && x+1 < len(d.toks); x++ {
		if cls[x]&cGiven != 0 && capWord(d, x) && capWord(d, x+1) && cls[x+1]&(cHead|cTitleWord|cPlace|cBody|cStop) == 0 {
			return true
		}
	}
	return false
}

// ofPlaceAfter completes a title split by the name (rule 14): "Prime
// Minister Johnson [of the United Kingdom]", "Gov. Bill Clinton [of
// Arkansas]". The place is a country or, when any is true (a role held
// for a territory, official_words kind territorial), also a region, a
// city or one to three capitalised words no list claims, closed by
// punctuation or a lower-case word ("of Arkansas said"). It returns the
// text to add (with its leading space) and the token after it; "" and e
// when there is none.
func (d *doc) ofPlaceAfter(cls []class, e int, any bool) (string, int) {
	if e+1 >= len(d.toks) || d.Lower(e) != "of" || d.toks[e+1].Sent != d.toks[e].Sent {
		return "", e
	}
	i := e + 1
	if d.Lower(i) == "the" {
		i++
	}
	if i >= len(d.toks) || d.toks[i].Sent != d.toks[e].Sent {
		return "", e
	}
	end := i
	// a division's noun ends a territorial role's place: "of Kano State",
	// "of the Northern Territory" (official_words kind place_noun; rule
	// 21x)
	division := func(k int) bool {
		return any && k < len(d.toks) && capWord(d, k) && d.toks[k].Sent == d.toks[e].Sent && d.offIs(k, wPlaceNoun)
	}
	if ent, n := d.match(lexicon.Places, i); n > 0 && (ent.Field(0) == "country" || any && ent.Field(0) != "demonym") {
		end = i + n
		if division(end) {
			end++
		}
	} else if any && n == 0 {
		for end < len(d.toks) && end < i+3 && capWord(d, end) && d.toks[end].Sent == d.toks[e].Sent &&
			cls[end]&(cHead|cTitleWord|cRank|cHonorific|cBody|cGiven|cStop|cCalendar|cConnector) == 0 && !d.wordIs(d.Lower(end), wOrgNoun) {
			end++
		}
		if end == i && capWord(d, i) && cls[i]&(cHead|cRank|cHonorific|cBody|cGiven|cStop|cCalendar|cConnector) == 0 && division(i+1) {
			end = i + 1 // "the Northern Territory": a title word before the division's noun
		}
		divided := end > i && division(end)
		if divided {
			end++
		}
		if d.Lower(e+1) == "the" && !divided {
			end = i // an unlisted place after "the" only with its division's noun
		}
		if end == i && i+1 < len(d.toks) && capWord(d, i) && cls[i]&cGiven != 0 && cls[i]&(cHead|cTitleWord|cRank|cHonorific|cBody|cStop|cCalendar) == 0 &&
			d.Text(i+1) == "," {
			end = i + 1 // a place that is also a given name, alone before a comma: "Rep. X of Virginia, a member of"
		}
	}
	if end == i || end < len(d.toks) && d.toks[end].Sent == d.toks[e].Sent && (capWord(d, end) || d.toks[end].Kind == Possessive) {
		return "", e // "of Arkansas State University", "of Colorado's"
	}
	return " " + d.slice(d.toks[e].Start, d.toks[end-1].End), end
}

// ofBodyAfter reads a body's name after "of" at token e, right after a
// name with a title before it: "Judge [X] of Brazil's Supreme Federal
// Court", "Commissioner [X] of the Federal Election Commission". The
// body is at most five capitalised words, after an optional "the" and an
// optional possessor ("Brazil's"), ending in a body's noun (unit_nouns
// kind org, a body of the bodies list, or "Court"), and closing the noun
// phrase. It returns " of …" as written, or "" (a home is never a body:
// "Sen. X of Oregon").
func (d *doc) ofBodyAfter(cls []class, e int) string {
	if e+2 >= len(d.toks) || d.Lower(e) != "of" || d.toks[e+1].Sent != d.toks[e].Sent {
		return ""
	}
	sent := d.toks[e].Sent
	i := e + 1
	if d.Lower(i) == "the" {
		i++
	} else if i+2 < len(d.toks) && capWord(d, i) && d.toks[i+1].Kind == Possessive {
		i += 2 // "Brazil's"
	}
	end := i
	for end < len(d.toks) && end < i+5 && d.toks[end].Sent == sent && capWord(d, end) && cls[end]&(cStop|cCalendar|cGiven) == 0 {
		end++
	}
	if end == i || end < len(d.toks) && d.toks[end].Sent == sent && (capWord(d, end) || d.toks[end].Kind == Possessive) {
		return ""
	}
	if l := d.Lower(end - 1); !d.kindIs(end-1, wOrgNoun) && cls[end-1]&cBody == 0 && l != "court" {
		return ""
	}
	return " " + d.slice(d.toks[e].Start, d.toks[end-1].End)
}

// roleDescription reports whether a description's title states a role,
// not only a rank: its head is a role noun ("the top American
// commander"), not a rank alone ("the general", "the Iraqi colonel").
func (d *doc) roleDescription(title string) bool {
	_, ok := d.lex.List(lexicon.Titles).Lookup(headWord(title)) // by stem: "commander" is "commandant"'s
	return ok
}

// sinceDate reports whether token k opens a time phrase after a role:
// "since" or "until" and a year, a month or a day ("chairman of the
// Supreme Soviet since 1991", "president since May"). The time is no part
// of the title (rule 17 drops "then" and "at the time" likewise).
func (d *doc) sinceDate(k int) bool {
	if w := d.Lower(k); w != "since" && w != "until" || k+1 >= len(d.toks) || d.toks[k+1].Sent != d.toks[k].Sent {
		return false
	}
	return d.toks[k+1].Kind == Number || d.classify()[k+1]&cCalendar != 0
}

// capitalRole reports whether the tokens [i, e) are a capitalised role of
// their own: capitalised title words ending in a head ("Vice President",
// "Mayor", "Deputy Prime Minister").
func (d *doc) capitalRole(cls []class, i, e int) bool {
	if i >= e || cls[e-1]&cHead == 0 {
		return false
	}
	for k := i; k < e; k++ {
		if d.toks[k].Kind != Word || !d.Cap(k) || cls[k]&(cHead|cTitleWord) == 0 {
			return false
		}
	}
	return true
}

// placedCapitalRole reports whether tokens [i, e) are a capitalised role
// (capitalRole), perhaps after a place's capitalised adjective or name:
// "Israeli Prime Minister", "Prime Minister".
func (d *doc) placedCapitalRole(cls []class, i, e int) bool {
	if i < e && d.Cap(i) && cls[i]&cPlace != 0 && cls[i]&(cHead|cTitleWord) == 0 {
		i++
	}
	return d.capitalRole(cls, i, e)
}

// headWritten reports whether the written head word w of a description
// is its list entry's head (its last word), also with a plural "s" or
// without an abbreviation's stop: the lists are matched by stems, and
// "presidency" shares "president"'s.
func headWritten(entry, w string) bool {
	last := entry[strings.LastIndexByte(entry, ' ')+1:]
	w = strings.TrimSuffix(w, ".")
	return w == strings.TrimSuffix(last, ".") || w == last+"s"
}
