package extract

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// The open-class context words of the DATE and TROOPS stages (counted and
// unit nouns, premodifiers, deployment and casualty words, tense words,
// newspaper names) and the closed word classes the OFFICIAL stage reads
// around a role (official_words) are lexicon data, so that users can extend or override
// them with --lexicon. Each entry of those lists names its kind. New reads
// the lists once into Pipeline.words, a map from a lower-cased word to the
// bit set of its kinds; a stage tests a token with one map lookup. The
// small closed classes of function words (prepositions, auxiliaries,
// relative pronouns, punctuation) stay in calendar.go and troops.go.

// wordKind is a bit set of the kinds a word has in the context lists.
type wordKind uint64

const (
	wDateLabel    wordKind = 1 << iota // counted_nouns label, date_label: "Article 5" is no day or year
	wTroopLabel                        // counted_nouns label, troop_label: "Resolution 2202" is no count
	wMeasure                           // counted_nouns measure: "5 km", "200 people" are no year or day
	wForce                             // unit_nouns force: a body of troops
	wNonPerson                         // unit_nouns nonperson: "fighter jets"
	wPremodifier                       // troop_words premodifier: "3,000 additional soldiers"
	wDeploy                            // troop_words deploy: "deployed 100,000"
	wNumberVerb                        // troop_words number: "numbered 40,000"
	wStand                             // troop_words stand: "stands at 2,000"
	wCopula                            // troop_words copula: "is 8,500"
	wChange                            // troop_words change: "has risen to 130,000"
	wOver                              // troop_words over: "handed over 300 soldiers"
	wCasualty                          // casualty_words casualty: killed, wounded, deaths
	wLoss                              // casualty_words loss: "lost 10,000 soldiers"
	wPast                              // date_words past: said, was, ago
	wFuture                            // date_words future: will, scheduled, tomorrow
	wFutureTo                          // date_words future_to: "plans to"
	wNotPast                           // date_words not_past: -ed words that are no past tense
	wWeekdayName                       // date_words weekday_name: "Sunday Times"
	wWeekdayNot                        // date_words weekday_not: "Good Friday", "every Monday"
	wHolidayNoun                       // date_words holiday_noun: "Christmas tree", "Good Friday agreement"
	wExtent                            // counted_nouns extent: "six months", "200 km" end no passage about troops
	wTally                             // troop_words tally: "put the number at 8,000"
	wRequest                           // date_words request: "urged residents to stay home on Saturday"
	wTroopState                        // troop_words state: "Those 80,000 remain", a verb after an elided count
	wTroopReport                       // troop_words report: "officials say about 80,000 remain"
	wOperation                         // troop_words operation: "Operation Serval, which numbered 4,500"
	wOrgNoun                           // unit_nouns org: "General Assembly", "Sixth Fleet" are no persons
	wAircraft                          // unit_nouns aircraft: "four Typhoon fighters" are aircraft
	wTroopParty                        // troop_words party: "an advance party of 1,500" is a body of troops
	wPostpone                          // date_words postpone: "postponed until Friday" is ahead, "pushed into the city on Sunday" past
	wCompound                          // troop_words compound: "a 1,000-member force", "40,000-strong"
	wPeople                            // troop_words people: a force noun that counts people, "8,500 troops" (not "three battalions")
	wCollective                        // troop_words collective: a personnel noun plural in its singular, "500 military personnel"
	wCivilForce                        // troop_words civil_force: "a police force of 20,000" is no body of troops
	wSmallUnit                         // troop_words small_unit: "a 120-strong company", a unit only in a compound
	wTakeLives                         // casualty_words take_lives: "claimed the lives of 4,500 service members"
	wGiveLives                         // casualty_words give_lives: "the 90 sailors who gave their lives"
	wReckon                            // troop_words reckon: "estimated the force at 30,000"
	wSchedule                          // date_words schedule: "the anniversary falls on Tuesday", "has set for Nov. 4" are ahead
	wParticiple                        // date_words participle: "may have taken the town": a present perfect
	wStateVerb                         // date_words state_verb: "the roads stay closed": a present verb of state makes the -ed word after it an adjective
	wPhrasal                           // date_words phrasal_particle: "called up", "called off": the verb before it is a phrasal verb
	wWeekdayAhead                      // date_words weekday_ahead: "until Monday", "for Thursday", "possibly on Saturday" are ahead
	wLastingPast                       // date_words lasting_past: "stayed closed until Monday" is past
)

// offKind is a bit set of the kinds a word has in the official_words list
// (a second set: the other lists' kinds fill the 64 bits of wordKind).
type offKind uint64

const (
	wCompHead    offKind = 1 << iota // official_words complement_head: "the commander of the final contingent"
	wPublicHead                      // official_words public_head: "the Azov commander"
	wBodyHead                        // official_words body_head: "the FDA director"
	wOwner                           // official_words owner: "the junta's spokesman"
	wArmedGroup                      // official_words armed_group: "The rebels … Their leader"
	wAppoint                         // official_words appoint: "named X as prime minister"
	wParticle                        // official_words particle: "von der Leyen", "bin Zayed"
	wOfficeRank                      // official_words office_rank: a deputy minister is not the minister
	wGenericMod                      // official_words generic_modifier: "the top diplomat"
	wPrivBody                        // official_words private_body: "chairman of the district GOP" holds no office
	wOrgSuffix                       // official_words org_suffix: "Wagner Group", "Acme Inc."
	wTerritorial                     // official_words territorial: "Gov. Bill Clinton of Arkansas" is the governor of Arkansas
	wRelation                        // official_words relation: "his Egyptian counterpart" states no role
	wFemale                          // official_words female: a role noun of a woman, "the widow", "a mother of five"
	wMale                            // official_words male: a role noun of a man, "the king", "a father of three"
	wSeatMod                         // official_words seat_modifier: "an opposition lawmaker"
	wShipPrefix                      // official_words ship_prefix: "USS Harry S. Truman" is a ship
	wSeatBody                        // official_words seat_body: "a member of the presidency" holds a seat
	wHoldVerb                        // official_words hold: "X became prime minister", "served as ambassador"
	wGroupRole                       // official_words group_role: a role an armed group has as well as a state ("leader", "spokesman")
	wPeerStyle                       // official_words peer_style: the style of a peer before a surname ("Lord Carrington")
	wSamePast                        // official_words same_past: a verb whose past is its present ("The acting secretary set off a storm")
	wLeadVerb                        // official_words lead_verb: a verb of leading after "who" ("X, who led the rebel side,")
	wPlaceNoun                       // official_words place_noun: a noun ending a place's name ("Alice Springs Mayor")
	wKin                             // official_words kin: "Fujimori's daughter Keiko Fujimori" names a relative
	wRankedRole                      // official_words ranked_role: "Col. X, the exercise director," states the officer's role
	wRolePart                        // official_words role_participle: "the officer commanding the task force"
	wPortfolio                       // official_words portfolio_head: "the Rural Roads Minister": a government portfolio's head
	wRoleEnd                         // official_words role_end: "resigned as defence minister over the scandal": a word that ends a role phrase
	wWhoHold                         // official_words relative_hold: "X, who becomes interior minister,": an office verb read after "who" only
	wIdentity                        // official_words identity: a faith or community a person belongs to ("Muslim mayor"): no unit or party of the role
)

// contextLists names the lexicon lists of context words.
func contextLists() []string {
	return []string{lexicon.CountedNouns, lexicon.UnitNouns, lexicon.TroopWords,
		lexicon.CasualtyWords, lexicon.DateWords, lexicon.OfficialWords}
}

// kindSet is the kinds of a word in all context lists.
type kindSet struct {
	ctx wordKind
	off offKind
}

// or returns the kinds of k and o together.
func (k kindSet) or(o kindSet) kindSet { return kindSet{k.ctx | o.ctx, k.off | o.off} }

// contextKinds returns the kinds an entry of a context list may name (its
// first field) and their bits.
func contextKinds(list string) map[string]kindSet {
	switch list {
	case lexicon.CountedNouns:
		return map[string]kindSet{
			"label": kindSet{ctx: wDateLabel | wTroopLabel}, "date_label": kindSet{ctx: wDateLabel},
			"troop_label": kindSet{ctx: wTroopLabel}, "measure": kindSet{ctx: wMeasure}, "extent": kindSet{ctx: wExtent},
		}
	case lexicon.UnitNouns:
		return map[string]kindSet{"force": kindSet{ctx: wForce}, "nonperson": kindSet{ctx: wNonPerson}, "org": kindSet{ctx: wOrgNoun}, "aircraft": kindSet{ctx: wAircraft}}
	case lexicon.TroopWords:
		return map[string]kindSet{
			"premodifier": kindSet{ctx: wPremodifier}, "deploy": kindSet{ctx: wDeploy}, "number": kindSet{ctx: wNumberVerb},
			"stand": kindSet{ctx: wStand}, "copula": kindSet{ctx: wCopula}, "change": kindSet{ctx: wChange}, "over": kindSet{ctx: wOver},
			"tally": kindSet{ctx: wTally}, "state": kindSet{ctx: wTroopState}, "report": kindSet{ctx: wTroopReport}, "operation": kindSet{ctx: wOperation},
			"party": kindSet{ctx: wTroopParty}, "compound": kindSet{ctx: wCompound}, "people": kindSet{ctx: wPeople}, "collective": kindSet{ctx: wCollective},
			"civil_force": kindSet{ctx: wCivilForce}, "small_unit": kindSet{ctx: wSmallUnit}, "reckon": kindSet{ctx: wReckon},
		}
	case lexicon.CasualtyWords:
		return map[string]kindSet{"casualty": kindSet{ctx: wCasualty}, "loss": kindSet{ctx: wLoss}, "take_lives": kindSet{ctx: wTakeLives}, "give_lives": kindSet{ctx: wGiveLives}}
	case lexicon.DateWords:
		return map[string]kindSet{
			"past": kindSet{ctx: wPast}, "future": kindSet{ctx: wFuture}, "future_to": kindSet{ctx: wFutureTo}, "not_past": kindSet{ctx: wNotPast},
			"weekday_name": kindSet{ctx: wWeekdayName}, "weekday_not": kindSet{ctx: wWeekdayNot}, "holiday_noun": kindSet{ctx: wHolidayNoun},
			"request": kindSet{ctx: wRequest}, "postpone": kindSet{ctx: wPostpone}, "schedule": kindSet{ctx: wSchedule},
			"participle": kindSet{ctx: wParticiple},
			"state_verb": kindSet{ctx: wStateVerb}, "phrasal_particle": kindSet{ctx: wPhrasal},
			"weekday_ahead": kindSet{ctx: wWeekdayAhead}, "lasting_past": kindSet{ctx: wLastingPast},
		}
	case lexicon.OfficialWords:
		return map[string]kindSet{
			"complement_head": kindSet{off: wCompHead}, "public_head": kindSet{off: wPublicHead}, "body_head": kindSet{off: wBodyHead}, "owner": kindSet{off: wOwner}, "armed_group": kindSet{off: wArmedGroup}, "appoint": kindSet{off: wAppoint},
			"particle": kindSet{off: wParticle}, "office_rank": kindSet{off: wOfficeRank}, "generic_modifier": kindSet{off: wGenericMod},
			"private_body": kindSet{off: wPrivBody}, "org_suffix": kindSet{off: wOrgSuffix}, "relation": kindSet{off: wRelation}, "seat_modifier": kindSet{off: wSeatMod}, "ship_prefix": kindSet{off: wShipPrefix}, "seat_body": kindSet{off: wSeatBody},
			"female": kindSet{off: wFemale}, "male": kindSet{off: wMale},
			"territorial": kindSet{off: wTerritorial}, "hold": kindSet{off: wHoldVerb}, "group_role": kindSet{off: wGroupRole}, "peer_style": kindSet{off: wPeerStyle},
			"same_past": kindSet{off: wSamePast}, "lead_verb": kindSet{off: wLeadVerb}, "place_noun": kindSet{off: wPlaceNoun}, "kin": kindSet{off: wKin},
			"ranked_role": kindSet{off: wRankedRole}, "role_participle": kindSet{off: wRolePart}, "portfolio_head": kindSet{off: wPortfolio},
			"role_end": kindSet{off: wRoleEnd}, "relative_hold": kindSet{off: wWhoHold}, "identity": kindSet{off: wIdentity},
		}
	}
	return nil
}

// contextWords reads the context lists of lex into one map from a
// lower-cased word to its kinds. An entry of more than one word, or with
// a kind its list does not know, is an error (it could never match).
func contextWords(lex *lexicon.Lexicon) (map[string]kindSet, error) {
	n := 0
	for _, list := range contextLists() {
		n += lex.List(list).Len()
	}
	words := make(map[string]kindSet, n)
	for _, list := range contextLists() {
		kinds := contextKinds(list)
		for _, e := range lex.List(list).Entries() {
			if strings.Contains(e.Phrase, " ") {
				return nil, fmt.Errorf("extract: lexicon list %s: %q: one word per entry", list, e.Phrase)
			}
			var k kindSet
			ok := true
			for name := range strings.SplitSeq(e.Field(0), ",") {
				kk, known := kinds[name]
				k = k.or(kk)
				ok = ok && known
			}
			if !ok {
				known := make([]string, 0, len(kinds))
				for name := range kinds {
					known = append(known, name)
				}
				sort.Strings(known)
				return nil, fmt.Errorf("extract: lexicon list %s: %q: unknown kind %q (known: %s)",
					list, e.Phrase, e.Field(0), strings.Join(known, ", "))
			}
			words[e.Phrase] = words[e.Phrase].or(k)
		}
	}
	return words, nil
}

// wordIs reports whether the lower-cased word w has one of the kinds k.
// Most words a stage asks about are no context word: the filter tells
// them without hashing the word (a map look-up was a few percent of a
// run).
func (d *doc) wordIs(w string, k wordKind) bool {
	return d.wordsMay.may(w) && d.words[w].ctx&k != 0
}

// offWordIs is wordIs for the kinds of the official_words list.
func (d *doc) offWordIs(w string, k offKind) bool {
	return d.wordsMay.may(w) && d.words[w].off&k != 0
}

// kindTable is the context words' kinds by lexicon word id: a token's
// kinds are read with its lower-cased form's id (doc.lowIDs), no string
// hashed (wordIs by string was 7% of the pipeline). Context words that no
// lexicon entry key holds have no id: they are in other.
type kindTable struct {
	byID  []kindSet          // by lexicon.WordID
	other map[string]kindSet // context words without an id
	// letters are the kinds whose words are all made of letters: only a
	// Word token (with the fContext flag) may have one of them
	letters kindSet
}

// lettersOnly reports whether w is made of letters only.
func lettersOnly(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return w != ""
}

// newKindTable indexes words by their ids in lex.
func newKindTable(lex *lexicon.Lexicon, words map[string]kindSet) *kindTable {
	kt := &kindTable{other: make(map[string]kindSet)}
	kt.letters = kindSet{^wordKind(0), ^offKind(0)}
	// one pass over the map, each word's id asked once (two passes and
	// two look-ups a word were a fifth of New)
	type idKinds struct {
		id lexicon.WordID
		k  kindSet
	}
	known := make([]idKinds, 0, len(words))
	n := 0
	for w, k := range words {
		if !lettersOnly(w) {
			kt.letters.ctx &^= k.ctx
			kt.letters.off &^= k.off
		}
		if id := lex.WordID(w); id != 0 {
			known = append(known, idKinds{id, k})
			n = max(n, int(id)+1)
		} else {
			kt.other[w] = k
		}
	}
	kt.byID = make([]kindSet, n)
	for _, x := range known {
		kt.byID[x.id] = x.k
	}
	return kt
}

// of returns the kinds of the word w whose lexicon id is id.
func (kt *kindTable) of(w string, id lexicon.WordID) kindSet {
	if id != 0 {
		if int(id) < len(kt.byID) {
			return kt.byID[id]
		}
		return kindSet{}
	}
	return kt.other[w]
}

// kindIs reports whether the lower-cased word of token i has one of the
// kinds k: wordIs(d.Lower(i), k) by the token's word flags (a word that is
// no context word, most of them: small enough to be inlined) or id.
func (d *doc) kindIs(i int, k wordKind) bool {
	return (d.wflags[i]&fContext != 0 || d.toks[i].Kind != Word) && d.kindAt(i, k)
}

// kindAt is kindIs for a context word or a token that is no word. It is
// kept out of line so that kindIs, which most words leave at its flag
// test, stays small enough to be inlined (with kindAt inlined into it,
// it was not: a call at every kind asked).
//
//go:noinline
func (d *doc) kindAt(i int, k wordKind) bool { return d.setAt(i).ctx&k != 0 }

// offAt is kindAt for the kinds of the official_words list (out of line,
// for offIs, as kindAt is for kindIs).
//
//go:noinline
func (d *doc) offAt(i int, k offKind) bool { return d.setAt(i).off&k != 0 }

// offIs is kindIs for the kinds of the official_words list.
func (d *doc) offIs(i int, k offKind) bool {
	return (d.wflags[i]&fContext != 0 || d.toks[i].Kind != Word) && d.offAt(i, k)
}

// setAt returns the kinds of the lower-cased word of token i, by its id
// or, for a word without one, by the word.
func (d *doc) setAt(i int) kindSet {
	if i < len(d.lowIDs) {
		if id := d.lowIDs[i]; id != 0 {
			if int(id) < len(d.kinds.byID) {
				return d.kinds.byID[id]
			}
			return kindSet{}
		}
		if len(d.kinds.other) == 0 {
			return kindSet{}
		}
	}
	w := d.Lower(i)
	if !d.wordsMay.may(w) {
		return kindSet{}
	}
	return d.words[w]
}

// wordFilter is a set of bits, one for each word's length, first and last
// byte (see filterBit), set for the words of a set: a word whose bit is
// clear is not in the set. The context words fill about 5% of it.
type wordFilter [1 << 14 / 64]uint64

// newWordFilter returns the filter of the words of m.
func newWordFilter[V any](m map[string]V) *wordFilter {
	f := new(wordFilter)
	for w := range m {
		b := filterBit(w)
		f[b/64] |= 1 << (b % 64)
	}
	return f
}

// filterBit is the bit of w in a wordFilter.
func filterBit(w string) uint {
	if w == "" {
		return 0
	}
	return uint(len(w)&15)<<10 | uint(w[0]&31)<<5 | uint(w[len(w)-1]&31)
}

// may reports whether w may be one of the filter's words.
func (f *wordFilter) may(w string) bool {
	b := filterBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// countFields is len(strings.Fields(s)), without making the slice (the
// officials stage counts the words of every form of every name).
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// lastApostrophe returns the byte offset and size of the last apostrophe
// (' or ’) of w, -1 and 0 when it has none: strings.LastIndexAny(w, "'’")
// without decoding w backwards rune by rune and searching the set for
// each (the officials stage asks it of every capitalised word).
func lastApostrophe(w string) (k, size int) {
	for i := len(w) - 1; i >= 0; i-- {
		switch c := w[i]; {
		case c == '\'':
			return i, 1
		case c == 0x99 && i >= 2 && w[i-1] == 0x80 && w[i-2] == 0xe2: // ’ is E2 80 99
			return i - 2, len("’")
		}
	}
	return -1, 0
}

// lowerASCII appends s lower-cased to dst and returns it, reporting false
// (and nothing appended) when s is not ASCII or does not fit in dst's
// capacity: strings.ToLower(s) in a caller's buffer.
func lowerASCII(dst []byte, s string) ([]byte, bool) {
	if len(s) > cap(dst)-len(dst) {
		return dst, false
	}
	n := len(dst)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return dst[:n], false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		dst = append(dst, c)
	}
	return dst, true
}
