package extract

import "strings"

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
)

var sourceNames = [...]string{
	srcNone: "none", srcBefore: "before", srcSplit: "split", srcAppositionBefore: "apposition-before",
	srcAppositionAfter: "apposition-after", srcAppointed: "appointed", srcList: "list", srcShared: "shared",
	srcDescribed: "described", srcRoleFirst: "role-first", srcGovernment: "government", srcRank: "rank",
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
	if text == "" {
		return
	}
	pe.cands = append(pe.cands, titleCandidate{text, src})
	if src == srcRank {
		pe.ranks = append(pe.ranks, text)
	} else {
		pe.titles = append(pe.titles, text)
	}
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
	return pe.titleSrc.String() + "/" + pe.titleRule
}
