package extract

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// officials finds the people of a document and the OFFICIAL mentions
// among them. A name counts as an official's when a role is attached to it
// (a title before it, an apposition before or after it), when the
// gazetteer of well-known officials names it, or when it stands in a list
// of officials. Every later mention of the surname (also run-on forms like
// "Blinkens") is linked to the person, and every mention carries the
// person's fullest name and fullest title in the document.
func (p *Pipeline) officials(d *doc) *roster {
	cls := d.classify()
	r := &roster{surnames: make(map[string][]*person, d.peopleHint())}
	found := make([]mention, 0, 32)
	// note keeps each person's longest name form so far (person.longest)
	note := func(m mention) {
		found = append(found, m)
		if s := d.span(m.i, m.j); len(s) > len(m.p.longest) {
			m.p.longest = s
		}
	}
	covered := make([]bool, len(d.toks))

	var inner map[string]*person // first parts of two-part surnames named in full, and whose (nil: two people's)
	var inBody []bool            // the words of bodies' names ending in an org noun
	var armed armedCache
	add := func(s, e int, title string, src titleSource, rank string, official bool) {
		var pe *person
		if q := inner[d.Lower(s)]; e-s == 1 && q != nil && !r.isSurname(d.Lower(s)) {
			// "Lars Løkke Rasmussen … Løkke, a former prime minister,":
			// the first part of a two-part surname with a role of its own
			pe = q
		} else {
			pe = r.person(d, s, e)
		}
		if k := innerSurname(d, cls, s, e); k >= 0 {
			if inner == nil {
				inner = map[string]*person{}
			}
			if q, ok := inner[d.Lower(k)]; !ok || q == pe {
				inner[d.Lower(k)] = pe
			} else {
				inner[d.Lower(k)] = nil // two people: none is taken up so
			}
		}
		if style := cmp.Or(title, rank); e-s == 1 && style != "" && len(r.named(pe.surname)) > 1 {
			// "Gen. Humberto Ortega … President Daniel Ortega … President
			// Ortega": the one of that surname the title styles so, not
			// the first named
			if f := strings.Fields(style); len(f) > 0 {
				if q := r.styled(pe.surname, f[len(f)-1]); q != nil {
					pe = q
				}
			}
		}
		if title != "" {
			title = r.dropPersonOwner(title)
			pe.state(title, src)
			if d.hasNonOfficial(title) {
				// a former private role says nothing of an office now:
				// "The mayor … Greenberg, a former business executive,"
				pe.private = pe.private || !formerRole(title)
			} else {
				pe.official, pe.role = true, true
			}
		}
		if rank != "" {
			pe.state(rank, srcRank)
			pe.official = true
		}
		if official {
			pe.official = true
		}
		note(mention{i: s, j: e, p: pe})
		for k := s; k < e; k++ {
			covered[k] = true
		}
	}

	// one pass gives the tokens the later passes start from: the words
	// that may open a name (capitalised, or with a hyphen: "el-Sisi") and
	// the heads of descriptions (see describedTitles)
	caps, heads := d.tokenFacts(cls, make([]int32, 0, len(d.toks)/16))
	r.heads = heads
	runs := capRunsOf(d, caps)
	verbNamed := verbNamedFirsts(d, cls, runs) // "Gibran Rakabuming Raka … Gibran, 36, is the mayor" (title_stated.go)
	for _, run := range runs {
		d.tick()
		s, e := nameIn(d, cls, run[0], run[1])
		if s >= 0 && e+1 < len(d.toks) && d.toks[e+1].Sent == d.toks[s].Sent && e-s >= 2 && (d.Text(e) == "2" || d.Text(e) == "3") &&
			d.Text(e+1) == "d" && d.toks[e+1].Start == d.toks[e].End {
			e += 2 // a generational suffix in the style of some papers: "James A. Baker 3d"
		}
		if s > 0 && (d.Text(s-1) == "," && d.partyTagEnd(s, ",") >= 0 || d.Text(s-1) == "(" && d.partyTagEnd(s, ")") >= 0) {
			continue // a party-and-state tag: "Rep. Martha Cole, [D-Ohio], the ranking member"
		}
		if s < 0 || d.organisation(s, e) && !(s > 0 && cls[s-1]&(cRank|cHonorific) != 0) {
			continue // "Wagner", "Kraken unit"; not "Lt. Gen. Wagner"
		}
		if s > 0 && d.toks[s-1].Sent == d.toks[s].Sent && d.Cap(s-1) && (d.offIs(s-1, wShipPrefix) || saintAbbrev(d.Lower(s-1)) || d.Lower(s-1) == "operation" ||
			d.kindIs(s-1, wForce) && cls[s-1]&(cRank|cHonorific) == 0) {
			for k := s; k < e; k++ {
				covered[k] = true // nor its surname alone
			}
			continue // a ship: "the carrier USS Harry S. Truman"; a place or a saint: "met in St Vincent"; "Operation Desert Fox", "Task Force Smith"
		}
		if e-s == 1 && d.orgNounAfter(e) && !p.gazetteerAt(d, s, e) && !r.isNameKey(d.Lower(s)) {
			continue // a body's name: "U.S. Sixth Fleet", "the Tanjug news agency"; not "the Trump movement"
		}
		if e-s == 1 && s > 0 && d.toks[s-1].Sent == d.toks[s].Sent && d.toks[s-1].Kind == Word && !d.Cap(s-1) && d.kindIs(s-1, wOrgNoun) &&
			!p.gazetteerAt(d, s, e) && !r.isNameKey(d.Lower(s)) {
			continue // the name of the body just named: "the disaster agency AFAD", "the news agency Tass"
		}
		if e-s >= 2 && d.kindIs(s, wOrgNoun) && cls[s]&cGiven == 0 && !p.gazetteerAt(d, s, e) {
			continue // a body's name opened by a body noun: "the Defense [Base Closure] and Realignment Commission"
		}
		if d.kindIs(e-1, wOrgNoun) || e-s == 1 && (d.pluralDemonym(s) || d.offIs(s, wOwner)) {
			if e-s >= 3 && d.kindIs(e-1, wOrgNoun) {
				// a body's name of three words or more: a word of it
				// takes up no one by a first name or a part of a longer
				// name ("Mamadou Diop Decroix … Cheikh Anta [Diop]
				// University"), only by a surname ("the Ted Cruz Super
				// PAC")
				if inBody == nil {
					inBody = make([]bool, len(d.toks))
				}
				for k := s; k < e; k++ {
					inBody[k] = true
				}
			}
			continue // "the General Assembly", "U.S. Sixth Fleet", "killed 1,900 Palestinians", "Governors Island"
		}
		if e-s <= 2 && s >= 2 && (cls[s]&cGiven == 0 || e-s == 1) && d.Lower(s-1) == "of" && len(found) > 0 && found[len(found)-1].j == s-1 &&
			!p.gazetteerAt(d, s, e) {
			continue // a person's home right after the name: "Rep. Mac Thornberry of [Texas], the top Republican"
		}
		if d.placeNameTail(cls, run[0], s) {
			continue // "for the West Philippine [Sea]": the end of a place's name
		}
		if e-s == 1 && cls[s]&(cTitleWord|cHead|cBody) != 0 && e < len(d.toks) && d.toks[e].Kind == Word &&
			!d.Cap(e) && cls[e]&(cHead|cTitleWord) != 0 && cls[e]&cConnector == 0 {
			continue // "General Staff chief": a word of the role, not a name
		}
		if e-s >= 2 && d.roleWordsOnly(s, e) {
			continue // "The General [Officer Commanding] in Scotland": words of a role, no name (rule 21w)
		}
		if s0 := d.unlistedGivenStart(cls, run[0], s); s0 < s && d.roleAttached(cls, s0, e, r) {
			s = s0 // "Foreign Minister, [Esmat Abdel Meguid],": a given name no list knows before a listed one
		}
		title, rank := d.titleBefore(cls, s)
		if title != "" && rank == "" && cls[s]&cGiven == 0 && (d.andBodyAfter(cls, e) || d.bodyNameGoesOn(s, title)) && d.inComplement(cls, s) &&
			!p.gazetteerAt(d, s, e) {
			// "the chairman of the Federal [Port Safety] and Harbour
			// Board", "the director of the Potsdam Institute for Climate
			// [Impact Research]": a body's name goes on
			continue
		}
		if title != "" && rank == "" && e-s == 1 && d.toks[s-1].Kind == Word && d.Cap(s-1) && d.kindIs(s-1, wForce) &&
			strings.HasSuffix(title, d.Text(s-1)) {
			// the title's complement goes on into the name: "commander
			// of Joint Task Force [Alpha]" names a unit, no person
			continue
		}
		if e-s == 1 && rank == "" && (d.complementRunBefore(cls, s) || d.regionName(s)) && !p.gazetteerAt(d, s, e) && !r.isSurname(d.Lower(s)) {
			// "the leader of the Official [Opposition]": the role's
			// complement goes on; "Supreme Allied Commander [Europe]": a
			// country or a region is no surname
			continue
		}
		if e-s == 1 && s > 1 && title == d.Text(s-1) && isDeterminer(d.Lower(s-2)) && d.nounAfter(cls, e) && !p.gazetteerAt(d, s, e) && !r.isNameKey(d.Lower(s)) {
			continue // a place or a thing named after someone: "a trader at the King [Jimmy] market"
		}
		if (e-s == 1 || cls[s]&cGiven == 0) && title != "" && rank == "" && d.pluralHeadBefore(cls, s) && d.headline(s) && !p.gazetteerAt(d, s, e) && !d.inBody(s) {
			continue // a headline's verb after a plural role: "European Envoys [Press] for Truce"
		}
		title, src, appointed, extra := r.statedAt(d, cls, s, e, title, rank, found)
		relation := false
		if src == srcAppositionBefore && d.bareRelation(title, s) {
			// "his deputy, [X]": a relation to an official states no role
			// (contract §8) but makes an official of the person
			title, relation = "", true
		}
		if src == srcAppositionBefore && title != "" && d.offWordIs(d.headOf(title), wBodyHead) && d.itsPrivateOwner(cls, s) {
			// "The documentary … opened. Its director, [X], said": a
			// role of a thing or a private venture is no office (9e)
			add(s, e, "", srcNone, "", false)
			found[len(found)-1].p.private = true
			continue
		}
		if e-s == 1 && src == srcVerb && title != "" && rank == "" && !d.hasNonOfficial(title) {
			if g := r.honorificFirst(d.Lower(s)); g != nil && g.named && len(r.named(d.Lower(s))) == 0 {
				// the given name alone of a person named in full
				// before, with a role stated by a verb (rule 21s)
				g.state(r.dropPersonOwner(title), srcVerb)
				g.official, g.role = true, true
				note(mention{i: s, j: e, p: g})
				covered[s] = true
				continue
			}
		}
		if (title != "" || rank != "") && d.orgBefore(cls, s) || title != "" && (d.orgTitle(title) || d.brandTitle(title) || d.armedOwner(cls, s, e) || d.partyTitle(title) && !p.gazetteerAt(d, s, e)) ||
			(rank == "" || title != "" && title != rank) && d.armedRole(cls, s, e, title, &armed) {
			// "Boeing spokesman Tom Reed": a role in a company or an
			// armed group is no public office
			add(s, e, "", srcNone, "", false)
			found[len(found)-1].p.private = true
			continue
		}
		if e-s == 1 && s > 0 && cls[s-1]&cHonorific != 0 && (title == "" || title == d.Text(s-1)) && cls[s]&cGiven != 0 && !r.isSurname(d.Lower(s)) {
			if g := r.honorificFirst(d.Lower(s)); g != nil && g.named {
				continue // "Sheikh Mohammed bin Rashid … Sheikh Mohammed": the given name after an honorific, taken up below
			}
		}
		if e-s == 1 && rank != "" && title == "" && cls[s]&cGiven != 0 && !r.isSurname(d.Lower(s)) {
			if g := r.honorificFirst(d.Lower(s)); g != nil && g.named && g.hasRank(rank) {
				continue // "General Wei Fenghe … General Wei": the first word with the person's rank, taken up below
			}
		}
		if e-s == 1 && title == "" && (rank == "" && r.firstWordPerson(d, cls, s) != nil || inner[d.Lower(s)] != nil && !r.isSurname(d.Lower(s)) ||
			rank != "" && r.firstWordPerson(d, cls, s).hasRank(rank)) {
			// "Kim Jong Un … Mr Kim", "Cristina Fernández de Kirchner …
			// Fernández", "Maj. Gen. Agustín Quesada Gómez … General
			// Quesada": taken up with the surnames below
			continue
		}
		gaz := p.gazetteerAt(d, s, e)
		if !gaz && e-s == 1 && s > 0 && d.peerStyle(d.Lower(s-1)) && p.gazPeers[d.Lower(s)] == 1 {
			gaz = true // "Lord Carrington": a peer's style and the surname of one earlier official
		}
		if gaz && e-s == 1 && r.otherThanGazetteer(p, d.Lower(s)) {
			gaz = false // "Dana Whitaker ... Whitaker": not the official Whitaker of the gazetteer
		}
		if gaz && e-s == 1 && title == "" && rank == "" && d.headline(s) && !d.inBody(s) {
			gaz = false // a headline's capitalised verb: "U.S. Troops Hunt for Noriega" (Jeremy Hunt)
		}
		given := cls[s]&cGiven != 0 && e-s >= 2 || e-s >= 2 && e-s <= 3 && verbNamed[d.Lower(s)]
		if title == "" && rank == "" && !gaz && !given && !r.knows(d, s, e) && !d.roleFirst(cls, s, e) && !d.roleAfter(cls, s, e) {
			continue
		}
		add(s, e, title, src, rank, gaz || relation)
		pe := found[len(found)-1].p
		for _, c := range extra {
			pe.state(r.dropPersonOwner(c.text), c.src)
		}
		if title != "" && d.thenBefore(cls, s) {
			pe.pastTitles = append(pe.pastTitles, title)
		}
		if appointed != "" && appointed != title && !d.hasNonOfficial(appointed) {
			pe.state(appointed, srcAppointed)
			pe.official, pe.role = true, true
		}
		if e-s >= 2 {
			pe.named = true
			pe.gazNamed = pe.gazNamed || gaz
			pe.kin = pe.kin || d.kinBefore(s)
		}
		if d.agedAfter(e) {
			pe.aged = true
		}
	}

	alt := r.altSurnames(d, cls, found)
	alt = r.gazetteerAka(p, alt)
	near := newNearestMentions(&found)
	// the words that may take a person up alone: a surname, another key
	// (alt) or a first name; a word none may be is skipped below without
	// a look-up (the roster does not change in this pass)
	keys := r.keys // the surnames and first names
	for w := range alt {
		keys.add(w)
	}
	var givenAlone map[*person]bool // people taken up by the given name alone
	// Surname-only and run-on mentions of the people found.
	for _, i32 := range caps { // the others are neither capitalised nor articled
		i := int(i32)
		d.tick()
		t := &d.toks[i]
		if covered[i] || t.Kind != Word || !d.capOf(t) && !d.articled(t) || cls[i]&cStop != 0 || cls[i]&cCalendar != 0 && !d.monthAsSurname(i) {
			continue
		}
		if lw := d.lowerOf(t); !keys.may(lw) && !(strings.HasSuffix(lw, "s") && keys.may(lw[:len(lw)-1])) {
			continue // no surname, key or first name (nor a run-on surname: bySurname)
		}
		if d.titleWordBeforeName(cls, i, covered) {
			continue // "… returned to Alice Springs. ¶ Alice [Springs] Mayor Fran Kilgariff said": a place in the title
		}
		pe := r.bySurname(d.lowerOf(t), i, near)
		if pe != nil && len(r.named(pe.surname)) > 1 {
			if g := d.genderOf(i); g != 0 && d.firstNameGender(pe) != g {
				// "Bill Clinton … Mrs. Clinton": the one of that surname
				// whose given name agrees with the honorific
				if q := r.agreeing(d, pe.surname, g); q != nil {
					pe = q
				}
			}
		}
		if pe != nil && i > 0 && cls[i-1]&(cTitleWord|cRank) != 0 && d.toks[i-1].Sent == t.Sent && len(r.named(pe.surname)) > 1 {
			// "Gen. Humberto Ortega … President Daniel Ortega … President
			// Ortega": the one of that surname the word before styles so,
			// not merely the one mentioned last
			if q := r.styled(pe.surname, d.Lower(i-1)); q != nil {
				pe = q
			}
		}
		if pe == nil {
			pe = alt[d.lowerOf(t)]
		}
		if pe == nil && i > 0 && cls[i-1]&cHonorific != 0 {
			pe = r.honorificFirst(d.lowerOf(t))
		}
		if pe == nil && i > 0 && cls[i-1]&cRank != 0 && d.toks[i-1].Sent == t.Sent {
			// a rank and the first word of the one person named in full
			// with it and that rank: "General Wei Fenghe … General Wei"
			if g := r.honorificFirst(d.lowerOf(t)); g != nil && g.named && g.hasRank(d.span(d.rankStart(i), i)) {
				pe = g
			}
		}
		if pe == nil && !(i+1 < len(d.toks) && d.toks[i+1].Sent == t.Sent && capWord(d, i+1)) {
			// "Saddam Hussein … Saddam wrote": the given name alone of
			// the one official named in full with it, as a subject; once
			// the document so takes the person up, anywhere ("Yingluck
			// Shinawatra … Yingluck reported … removed Yingluck")
			if g := r.honorificFirst(d.lowerOf(t)); g != nil && g.named && g.official {
				if givenAlone[g] && cls[i]&(cHead|cTitleWord|cRank|cHonorific|cPlace|cBody|cNonOfficial|cStop) == 0 || d.givenNameSubject(cls, i) {
					pe = g
					if givenAlone == nil {
						givenAlone = map[*person]bool{}
					}
					givenAlone[g] = true
				}
			}
		}
		if pe != nil && d.definitePossessor(i) {
			pe = nil // "the [King]’s Own Royal Border Regiment", "the Queen's Speech": a body's or an office's, no person's
		}
		if pe != nil && inBody != nil && inBody[i] && pe.surname != d.lowerOf(t) {
			pe = nil // "Cheikh Anta [Diop] University" of "Mamadou Diop Decroix"
		}
		if pe != nil {
			k := i
			if i > 0 && d.particleAt(i-1) {
				// only before a particle, so the walk over the mentions
				// found stays rare
				k = d.particleSurnameStart(pe.longest, i, covered)
			} else if i > 0 && !covered[i-1] && pe.first != "" && d.toks[i-1].Sent == t.Sent && d.toks[i-1].Kind == Word &&
				d.Lower(i-1) == pe.first && capWord(d, i-1) {
				k = i - 1 // the full name before the mention that made it known: "Saddam Hussein ... Iraqi President Saddam Hussein"
			}
			j := i + 1
			for j < len(d.toks) && j < i+3 && d.particleAt(j) && d.toks[j].Sent == t.Sent {
				j++ // "Pérez de Cuéllar"
			}
			if j < len(d.toks) && d.toks[j].Sent == t.Sent && (pe.first == d.lowerOf(t) || alt[d.lowerOf(t)] == pe) &&
				pe.surname != d.lowerOf(t) && capWord(d, j) && d.Lower(j) == pe.surname {
				// the full name met before the mention that made the
				// person known: "“But Saddam Hussein should …” … Iraqi
				// President Saddam Hussein"; a two-part surname taken up
				// whole: "Andrés Manuel López Obrador … López Obrador"
				j++
			} else {
				j = i + 1
			}
			for j < len(d.toks) && j < i+3 && !covered[j] && d.toks[j].Sent == t.Sent && d.toks[j].Kind == Word && capWord(d, j) {
				// the rest of a two-part surname: "Lopez Obrador" of
				// "Andres Manuel Lopez Obrador", taken up by its first part
				if !strings.Contains(" "+strings.ToLower(pe.longest)+" ", " "+strings.ToLower(d.span(k, j+1))+" ") {
					break
				}
				j++
			}
			note(mention{i: k, j: j, p: pe})
			near.noted()
			for x := k; x < j; x++ {
				covered[x] = true
			}
		}
	}
	r.linkLists(d, found)
	r.finish(d, found)
	return r
}

// headline reports whether token s is in a headline: the first
// paragraph of a document of several, one sentence of at most
// maxHeadlineTokens tokens that ends without a full stop.
func (d *doc) headline(s int) bool {
	if d.toks[s].Para != 0 || d.toks[len(d.toks)-1].Para == 0 || d.toks[0].Sent != d.toks[s].Sent || s > maxHeadlineTokens {
		return false
	}
	k := s
	for k+1 < len(d.toks) && d.toks[k+1].Para == 0 {
		if k++; k > maxHeadlineTokens {
			return false // a paragraph, no headline: the scan stays short
		}
	}
	return d.toks[k].Sent == d.toks[s].Sent && d.Text(k) != "."
}

// nounAfter reports whether token e, after a name, is a lower-case word
// of the name's sentence that is no verb, function word or title word:
// the name modifies it ("the King Jimmy [market]").
func (d *doc) nounAfter(cls []class, e int) bool {
	if e >= len(d.toks) || d.toks[e].Kind != Word || d.toks[e].Sent != d.toks[e-1].Sent || d.Cap(e) {
		return false
	}
	l := d.Lower(e)
	return cls[e]&(cStop|cConnector|cHead|cTitleWord|cCalendar) == 0 && !d.verbLike(e) && !isAdverb(l) && !strings.HasSuffix(l, "ly") &&
		!strings.HasSuffix(l, "s") // a present tense: "The Ayatollah Khomeini wants"
}

// pluralHeadBefore reports whether the word before token s is a title
// head in the plural ("Envoys", "Ministers"): a role of several people
// names no one person after it.
func (d *doc) pluralHeadBefore(cls []class, s int) bool {
	if s == 0 || cls[s-1]&cHead == 0 || d.toks[s-1].Kind != Word {
		return false
	}
	w := d.Lower(s - 1)
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us")
}

// inBody reports whether the word at token s, of the headline (the first
// paragraph), is also written capitalised after it: a surname the
// gazetteer knows is a mention in a headline only when the body names
// the person too. At most one pass over the tokens, for the few
// one-word headline names.
func (d *doc) inBody(s int) bool {
	w := d.Lower(s)
	for k := s + 1; k < len(d.toks); k++ {
		if d.toks[k].Para > 0 && d.toks[k].Kind == Word && d.Cap(k) && d.Lower(k) == w {
			return true
		}
	}
	return false
}

// placeNameTail reports whether the one-word name at s, no given name,
// ends a capitalised run [a, ...) that a determiner or connector opens
// and whose words before it hold no role or given name: "the West
// Philippine [Sea]", "of the Black Sea [Fleet]".
func (d *doc) placeNameTail(cls []class, a, s int) bool {
	if a >= s || a == 0 || cls[a-1]&cConnector == 0 || cls[s]&cGiven != 0 {
		return false
	}
	if s+1 < len(d.toks) && d.toks[s+1].Sent == d.toks[s].Sent && capWord(d, s+1) {
		return false // a name of two words or more: "of Russia [Alexander Grushko]"
	}
	for k := a; k < s; k++ {
		if cls[k]&(cHead|cRank|cHonorific|cTitleWord|cGiven) != 0 {
			return false
		}
	}
	return true
}

// wordsBefore returns the first token of the one or two title, rank or
// honorific words right before the name at s ("Rep. [Adam Schiff]").
func (d *doc) wordsBefore(cls []class, s int) int {
	k := s
	for k > 0 && k > s-2 && d.toks[k-1].Kind == Word && cls[k-1]&(cHead|cRank|cHonorific) != 0 && cls[k-1]&cConnector == 0 {
		k--
	}
	return k
}

// sharedTitle returns the plural title of the name just before a
// coordinated name ("Foreign Ministers Annalena Baerbock and [Catherine
// Colonna]", "Presidents Joe Biden and [Emmanuel Macron]"): the title the
// two share, as written. A singular statement elsewhere wins (chooseTitle: singular).
func (d *doc) sharedTitle(cls []class, s int, found []mention) string {
	styled := false // an honorific before each name: "The chief delegates, Mr Ken Sato and Mr [Park Ji-ho],"
	for s > 0 && cls[s-1]&cHonorific != 0 && cls[s-1]&(cHead|cRank) == 0 {
		s, styled = s-1, true
	}
	if len(found) == 0 || s < 2 || d.Lower(s-1) != "and" && d.Text(s-1) != "," {
		return ""
	}
	m := found[len(found)-1]
	if m.j != s-1 || len(m.p.titles) == 0 {
		return ""
	}
	t := m.p.titles[len(m.p.titles)-1]
	if !plural(d.headOf(t)) || d.titleEndingAt(cls, m.i, m.i) != t && !(styled && m.i > 0 && cls[m.i-1]&cHonorific != 0 && d.appositionBefore(cls, m.i) == t) {
		return ""
	}
	return t
}

// roleFirst reports whether the capitalised run [s, e), of two words or
// more, may be a person's name no list knows because a role introduced in
// the sentence before may be taken up by it (see takenUp): the run opens
// its sentence as the subject, and the sentence before has a definite role
// description that no name follows ("... Norway's defence minister, who
// took over in April. Bjørn Arild Gram plans to ...").
func (d *doc) roleFirst(cls []class, s, e int) bool {
	if e-s < 2 || s == 0 || d.orgSuffixAt(e-1) {
		return false
	}
	a := s // the sentence's first token
	if !d.opensSentence(s) || !d.nameSubject(e) {
		if !d.reportedBefore(s) && !(d.opensAfterQuote(s) || d.afterQuoteComma(s)) || !d.reportsAt(e) && !d.reportedBefore(s) {
			return false
		}
		// the subject of a reporting verb after a quote: `“…,” said
		// [Arni Sigfusson]`, `“…,” [Arni Sigfusson] said` after "The
		// mayor of Reykjanesbaer … said …"
		for a > 0 && a > s-80 && d.toks[a-1].Sent == d.toks[s].Sent {
			a--
		}
		if a == 0 || d.toks[a-1].Sent == d.toks[s].Sent {
			return false
		}
	}
	for k := s; k < e; k++ {
		// every word a name's: none the document also writes in lower
		// case, none a place, body or role word ("Fox News reported")
		if cls[k]&(cBody|cPlace|cTitleWord|cHead|cNonOfficial) != 0 || d.lowerWordAt(k) {
			return false
		}
	}
	prev := d.toks[a-1].Sent
	for h := a - 1; h >= 0 && h >= a-80 && d.toks[h].Sent == prev; h-- {
		t := &d.toks[h]
		if t.Kind != Word || d.capOf(t) || cls[h]&cHead == 0 && !d.descHead(h) {
			continue
		}
		if _, _, end, ok := d.descriptionAt(cls, h); ok && (d.descSubjectAt(end) || d.endsClause(end)) {
			return true
		}
	}
	return false
}

// organisation reports whether the name at [s, e) is not a person's: the
// whole of it is a company or armed group of the organisations list
// ("Wagner", "Boeing"), or a unit or company noun follows it ("Kraken
// unit", "Azov Regiment", "Wagner Group").
func (d *doc) organisation(s, e int) bool {
	if _, n := d.match(lexicon.Organisations, s); n == e-s {
		return true
	}
	if l := d.Lower(e - 1); d.kindIs(e-1, wForce|wNonPerson) && d.Cap(e-1) && l != "troops" && l != "personnel" {
		return true // a unit's name: "the US Pacific Fleet", "the Sixth Army"
	}
	if e < len(d.toks) && d.toks[e].Sent == d.toks[s].Sent && d.toks[e].Kind == Word {
		w := d.Lower(e)
		if d.kindIs(e, wForce) && w != "troops" && w != "personnel" && w != "forces" || d.orgSuffixAt(e) {
			return true
		}
	}
	return false
}

// pluralDemonym reports whether the word at token i is the plural of a
// people's name ("Palestinians", "Ugandans"): a group, not a person.
func (d *doc) pluralDemonym(i int) bool {
	w := d.Lower(i)
	if len(w) < 4 || !strings.HasSuffix(w, "s") {
		return false
	}
	e, ok := d.lex.List(lexicon.Places).Lookup(w[:len(w)-1])
	return ok && e.Field(0) == "demonym"
}

// demonym reports whether token k is a people's adjective of the places
// list ("Syrian", "Russian").
func (d *doc) demonym(k int) bool {
	e, n := d.match(lexicon.Places, k)
	return n == 1 && e.Field(0) == "demonym"
}

// orgSuffix reports whether w ends a company or group name ("Group",
// "Inc."): official_words kind org_suffix.
func (d *doc) orgSuffix(w string) bool {
	return d.offWordIs(strings.TrimSuffix(w, "."), wOrgSuffix)
}

// orgSuffixAt is orgSuffix of the word at token k, told by its id when
// it has no full stop to trim (wordIs by string was 1% of the stage).
func (d *doc) orgSuffixAt(k int) bool {
	if w := d.Lower(k); strings.HasSuffix(w, ".") {
		return d.orgSuffix(w)
	}
	return d.offIs(k, wOrgSuffix)
}

// itsPrivateOwner reports whether the apposition before the name at
// token s opens with "its" ("Its director, [X],") and the owner "its"
// takes up, the subject opening its sentence or the one before, is a
// common noun that names no public body: "The documentary … opened …
// Its director" (the owner words, bodies, places and capitalised names
// own offices: "The ministry … Its director").
func (d *doc) itsPrivateOwner(cls []class, s int) bool {
	k := s
	for k > 0 && cls[k-1]&(cRank|cHonorific) != 0 {
		k--
	}
	if k < 3 || d.Text(k-1) != "," {
		return false
	}
	its := -1
	for x := k - 2; x >= 0 && x >= k-5 && d.toks[x].Kind == Word && d.toks[x].Sent == d.toks[s].Sent; x-- {
		if d.Lower(x) == "its" {
			its = x
			break
		}
		if d.Cap(x) && x > 0 && d.toks[x-1].Sent == d.toks[x].Sent {
			return false
		}
	}
	if its < 0 {
		return false
	}
	// the subject: of the sentence before when "its" opens its own
	first := its
	for first > 0 && d.toks[first-1].Sent == d.toks[its].Sent {
		first--
	}
	if first == its {
		if first == 0 {
			return false
		}
		first--
		for first > 0 && d.toks[first-1].Sent == d.toks[its-1].Sent {
			first--
		}
	}
	x := first
	if isDeterminer(d.Lower(x)) {
		x++
	}
	head := -1
	for y := x; y < len(d.toks) && y < x+4 && d.toks[y].Kind == Word; y++ {
		if w := d.Lower(y); y > x && (d.verbLike(y) || isAuxiliary(w) || isCopula(w) || isFunctionWord(w) || d.Cap(y-1) && !d.Cap(y)) {
			break // "New Zealand is contributing", "The festival opened"
		}
		head = y
	}
	if head < 0 || d.Cap(head) || cls[head]&(cBody|cPlace) != 0 || (d.kindIs(head, wOrgNoun) || d.offIs(head, wOwner)) && !d.offIs(head, wPrivBody) {
		return false
	}
	return true
}

// brandTitle reports whether a title opens with a company's name: a
// capitalised word that is no place, then a capitalised company suffix
// ("Siemens Energy spokesman", "A Maersk Line spokesman"; not "US Energy
// Secretary", whose first word is a place). Such a role is no office
// (rule 9e). A fact of the title's text, told once (see titleFacts).
func (d *doc) brandTitle(title string) bool { return d.titleFacts(title)&titleBrand != 0 }

// brandTitleUncached is brandTitle, told from the title itself.
func (d *doc) brandTitleUncached(title string) bool {
	places := d.lex.List(lexicon.Places)
	ws := strings.Fields(title)
	return len(ws) >= 3 && ws[1] != d.lowerString(ws[1]) && d.orgSuffix(d.lowerString(ws[1])) && ws[0] != d.lowerString(ws[0]) &&
		!places.Has(d.lowerString(ws[0]))
}

// orgBefore reports whether a company or armed group is named right
// before the role words that precede the name at token s ("Boeing
// spokesman", "Wagner commander").
func (d *doc) orgBefore(cls []class, s int) bool {
	k := s
	for n := 0; k > 0 && n < 8 && d.toks[k-1].Sent == d.toks[s].Sent; n++ {
		c := cls[k-1]
		if d.toks[k-1].Kind != Word || !(c.titleish() || c&(cConnector|cHonorific) != 0) || c&cBody != 0 {
			break
		}
		k--
	}
	for a := k - 1; a >= 0 && a >= k-3; a-- {
		if _, n := d.match(lexicon.Organisations, a); n > 0 && a+n == k {
			return true
		}
	}
	return false
}

// orgTitle reports whether a title names a company or armed group of the
// organisations list as its first words ("A Boeing spokesman, Tom Smith,"
// gives the apposition "Boeing spokesman").
func (d *doc) orgTitle(title string) bool { return d.titleFacts(title)&titleOrg != 0 }

func (d *doc) orgTitleUncached(title string) bool {
	lower := strings.ToLower(title)
	if !isASCII(lower) {
		return d.orgTitleFields(lower)
	}
	// the words' places in lower, and the phrases of consecutive words
	// as slices of it where one space parts them (strings.Join made each)
	var at [16][2]int
	n := 0
	for off := 0; ; n++ {
		w, rest, ok := nextASCIIField(lower[off:])
		if !ok {
			break
		}
		if n == len(at) {
			return d.orgTitleFields(lower)
		}
		start := len(lower) - len(rest) - len(w)
		at[n] = [2]int{start, start + len(w)}
		off = len(lower) - len(rest)
	}
	word := func(k int) string { return lower[at[k][0]:at[k][1]] }
	phrase := func(a, b int) string { // words [a, b) joined by spaces
		for k := a + 1; k < b; k++ {
			if at[k][0] != at[k-1][1]+1 || lower[at[k-1][1]] != ' ' {
				ws := make([]string, 0, b-a)
				for k := a; k < b; k++ {
					ws = append(ws, word(k))
				}
				return strings.Join(ws, " ")
			}
		}
		return lower[at[a][0]:at[b-1][1]]
	}
	orgs := d.lex.List(lexicon.Organisations)
	for k := min(3, n-1); k >= 1; k-- {
		if orgs.Has(strings.TrimSuffix(strings.TrimSuffix(phrase(0, k), "'s"), "’s")) {
			return true
		}
	}
	for k := 0; k < n; k++ {
		if x := word(k); x != "of" && x != "for" {
			continue
		}
		a := k + 1
		if a < n && word(a) == "the" {
			a++
		}
		for m := min(4, n-a); m >= 1; m-- {
			if orgs.Has(phrase(a, a+m)) {
				return true
			}
		}
	}
	return false
}

// orgTitleFields is orgTitleUncached of a lower-cased title, by its words.
func (d *doc) orgTitleFields(lower string) bool {
	w := strings.Fields(lower)
	orgs := d.lex.List(lexicon.Organisations)
	for n := min(3, len(w)-1); n >= 1; n-- {
		if orgs.Has(strings.TrimSuffix(strings.TrimSuffix(strings.Join(w[:n], " "), "'s"), "’s")) {
			return true
		}
	}
	// or its complement names one: "the commander of the Syrian
	// Democratic Forces", "a spokesman for Hamas"
	for k, x := range w {
		if x != "of" && x != "for" {
			continue
		}
		rest := w[k+1:]
		if len(rest) > 0 && rest[0] == "the" {
			rest = rest[1:]
		}
		for n := min(4, len(rest)); n >= 1; n-- {
			if orgs.Has(strings.Join(rest[:n], " ")) {
				return true
			}
		}
	}
	return false
}

// partyTitle reports whether a word before the title's head, in lower
// case, names a party, a union or a campaign (official_words kind
// private_body, not a company's noun, which is also a military unit's:
// "company commander"): "a party spokesman", "the campaign chairman",
// "union leader". Such a role is no public office. A party named in
// capitals ("Conservative Party chairman", "GOP chairman") is left
// alone: its office holders are often legislators too, and the
// development golds count them; the officials gazetteer still knows the
// leaders of states whose party rules.
func (d *doc) partyTitle(title string) bool { return d.titleFacts(title)&titleParty != 0 }

// partyTitleUncached is partyTitle, told from the title itself.
func (d *doc) partyTitleUncached(title string) bool {
	head := d.headOf(title)
	if strings.HasSuffix(head, ".") || d.offWordIs(head, wPublicHead) || d.offWordIs(strings.TrimSuffix(head, "s"), wPublicHead) {
		return false // a party's member in a public office: "GOP Sen.", "Republican senators"
	}
	for w := range strings.FieldsSeq(title) {
		l := d.lowerString(w)
		if l == head || isComplementConnector(l) {
			return false
		}
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == d.lowerString(w) && privateBody(d, w) && !d.offWordIs(w, wOrgSuffix) {
			return true
		}
	}
	return false
}

// privateBody reports whether the word w, as written, names a party, a
// union or a campaign (official_words kind private_body); "Union"
// capitalised is a state's or an international body's ("the African
// Union", "the Soviet Union").
func privateBody(d *doc, w string) bool {
	return w != "Union" && d.offWordIs(strings.ToLower(w), wPrivBody)
}

// armedOwner reports whether the name [s, e) has an apposition owned by
// "its" or "their" ("Its spokesman, [Ahmad Wali], said", "[Ali Ahmeti],
// their political leader,") whose owner, the subject of the sentence
// before, is an armed group no list names ("The seven-party guerrilla
// alliance based in Peshawar claims …", "The rebels are believed …"):
// official_words kind armed_group, singular for "its", plural for "their".
// A role in an armed group is no public office (guide rule 9b).
func (d *doc) armedOwner(cls []class, s, e int) bool {
	poss := -1
	if e+1 < len(d.toks) && d.Text(e) == "," && isPossPronoun(d.Lower(e+1)) {
		poss = e + 1
	} else {
		for k := s - 1; k >= 0 && k >= s-6 && d.toks[k].Sent == d.toks[s].Sent; k-- {
			if isPossPronoun(d.Lower(k)) && (d.opensSentence(k) || d.toks[k-1].Kind == Punct) {
				poss = k
				break
			}
		}
	}
	if poss < 0 && s >= 4 && d.Text(s-1) == "," && d.Text(s-4) == "," && d.Lower(s-3) == "whose" {
		// "the Wagner private military company, whose leader, X,": the
		// owner is the noun phrase before "whose"
		for k := s - 5; k >= 0 && k >= s-11 && d.toks[k].Sent == d.toks[s].Sent && d.toks[k].Kind != Punct; k-- {
			if _, n := d.match(lexicon.Organisations, k); n > 0 || d.offIs(k, wArmedGroup) {
				return true
			}
		}
		return false
	}
	if poss < 0 || d.Lower(poss) != "its" && d.Lower(poss) != "their" {
		return false
	}
	// the subject of the sentence before: its words up to the first verb
	prev := d.toks[poss].Sent - 1
	a := poss
	for a > 0 && d.toks[a-1].Sent >= prev {
		a--
		if poss-a > 200 {
			return false
		}
	}
	if d.toks[a].Sent != prev {
		return false
	}
	for k := a; k < len(d.toks) && k < a+16 && d.toks[k].Sent == prev; k++ {
		if d.verbLike(k) {
			return false
		}
		w := d.Lower(k)
		if d.toks[k].Kind == Word && d.offWordIs(w, wArmedGroup) {
			if plural := strings.HasSuffix(w, "s"); plural == (d.Lower(poss) == "their") {
				return true
			}
		}
		switch w {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "say", "says", "said":
			return false // the subject ended
		}
	}
	return false
}

// keyFilter is a set of bits, one for each word's length, first and last
// byte, set for the words added: a word whose bit is clear was not added.
type keyFilter [1024 / 64]uint64

func keyBit(w string) uint {
	if w == "" {
		return 0
	}
	return (uint(len(w))*131 + uint(w[0])*31 + uint(w[len(w)-1])) % 1024
}

func (f *keyFilter) add(w string) {
	b := keyBit(w)
	f[b/64] |= 1 << (b % 64)
}

// may reports whether w may be one of the words added.
func (f *keyFilter) may(w string) bool {
	b := keyBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// capWord reports whether token i is a capitalised word that is no
// contraction: the fact tfCap, once told (see tokenFacts), else capWordOf.
func capWord(d *doc, i int) bool {
	if d.facts != nil {
		return d.facts[i]&tfCap != 0
	}
	return capWordOf(d, i)
}

// capWordOf is capWord told from the token.
func capWordOf(d *doc, i int) bool {
	t := &d.toks[i]
	return t.Kind == Word && d.capOf(t) && !(apostropheNearEnd(d.textOf(t)) && contraction(d.lowerOf(t)))
}

// apostropheNearEnd reports whether one of the last three bytes of w
// belongs to an apostrophe: a contraction's ends after its last one with
// at most two ASCII letters ("I’ve", "Don't"), in any case.
func apostropheNearEnd(w string) bool {
	return hasApostrophe(w[max(0, len(w)-3):])
}

// hasApostrophe reports whether w holds an apostrophe (' or ’): a word
// without one is no contraction, told from the text itself (beside the
// tokens in memory) before the lower-cased form is read (a string of the
// vocabulary's, elsewhere in memory: reading it at every capitalised word
// was the officials stage's largest cost).
func hasApostrophe(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '\'' || c == 0x99 {
			return true // 0x99 ends ’ (E2 80 99), and only a few other runes
		}
	}
	return false
}

// contraction reports whether w is a pronoun or verb contracted with its
// auxiliary ("I’ve", "We'll", "They’re", "Don't"): capitalised at the
// start of a clause or as "I", never a word of a name ("Jim Eastland I’ve
// served" names Jim Eastland). Names with an apostrophe keep it inside
// ("O’Brien", "D'Alema").
func contraction(w string) bool {
	k, size := lastApostrophe(w)
	if k <= 0 {
		return false
	}
	switch w[k+size:] {
	case "ve", "ll", "re", "m", "d":
		return true
	case "t":
		return strings.HasSuffix(w[:k], "n")
	}
	return false
}

// nameWord reports whether token i may be part of a name run: a
// capitalised word that is neither a stop word nor a calendar word.
func nameWord(d *doc, cls []class, i int) bool {
	if t := &d.toks[i]; t.Kind != Word || !d.capOf(t) && d.wflags[i]&fHyphen == 0 {
		// most tokens: neither capitalised nor "el-Sisi"; a surname with
		// an elided particle continues a run: "Miguel d'Escoto"
		return t.Kind == Word && i > 0 && d.toks[i-1].Sent == t.Sent && capWord(d, i-1) && elidedParticleName(d.textOf(t))
	}
	return cls[i]&(cStop|cCalendar) == 0 && capWord(d, i) || articledName(d, i) || givenJan(d, cls, i) || monthSurname(d, cls, i) || stopwordGiven(d, cls, i)
}

// elidedParticleName reports whether w is a surname after an elided
// particle, in lower case: "d'Escoto", "d’Alema", "l'Aubépine".
func elidedParticleName(w string) bool {
	if len(w) < 4 || w[0] != 'd' && w[0] != 'l' {
		return false
	}
	rest := w[1:]
	switch {
	case strings.HasPrefix(rest, "'"):
		rest = rest[1:]
	case strings.HasPrefix(rest, "’"):
		rest = rest[len("’"):]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// stopwordGiven reports whether token i, a capitalised stop word, opens a
// name: right after a rank or an honorific in mid-sentence, before a
// capitalised word no list claims ("Gen. [Than Shwe]", "Mr [Do Muoi]").
func stopwordGiven(d *doc, cls []class, i int) bool {
	if i == 0 || i+1 >= len(d.toks) || cls[i]&cStop == 0 || cls[i-1]&(cRank|cHonorific) == 0 || !capWord(d, i) || d.opensSentence(i) {
		return false
	}
	n := i + 1
	return d.toks[n].Sent == d.toks[i].Sent && capWord(d, n) && cls[n] == 0
}

// monthSurname reports whether token i is a surname spelt like a month
// ("Theresa May"): a capitalised month name after a given name, with no
// number after it.
func monthSurname(d *doc, cls []class, i int) bool {
	if i == 0 || cls[i]&cCalendar == 0 || cls[i-1]&cGiven == 0 || !capWord(d, i-1) || !capWord(d, i) || d.Text(i) == "Jan" {
		return false
	}
	if i+1 < len(d.toks) && d.toks[i+1].Sent == d.toks[i].Sent && (d.toks[i+1].Kind == Number || d.toks[i+1].Kind == Ordinal) {
		return false
	}
	e, n := d.match(lexicon.Calendar, i)
	return n == 1 && e.Field(0) == "month" && !strings.HasSuffix(d.Text(i), ".")
}

// monthAsSurname reports whether a lone month name at token i may be a
// surname already on the roster ("May said"): no number after it, no
// preposition or time word before it ("in May", "since May", "late May").
func (d *doc) monthAsSurname(i int) bool {
	if strings.HasSuffix(d.Text(i), ".") {
		return false
	}
	if i+1 < len(d.toks) && d.toks[i+1].Sent == d.toks[i].Sent && (d.toks[i+1].Kind == Number || d.toks[i+1].Kind == Ordinal) {
		return false
	}
	if i > 0 && d.toks[i-1].Sent == d.toks[i].Sent {
		switch p := d.Lower(i - 1); p {
		case "in", "on", "of", "since", "until", "till", "by", "from", "to", "early", "late", "mid", "last", "next", "this", "through", "before", "after", "during", "between", "and", "or", "the", "-", "–":
			return false
		}
	}
	return true
}

// givenJan reports whether token i is a given name spelt like a month's
// abbreviation, not the month: "Jan" or "Mar" (three letters, no full
// stop) before a capitalised word that is no calendar word, place, body or
// role word ("Foreign Minister Jan Lipavsky", "former Interior Secretary
// Mar Roxas").
func givenJan(d *doc, cls []class, i int) bool {
	t := &d.toks[i]
	if len(d.textOf(t)) != 3 || cls[i]&cCalendar == 0 || i+1 >= len(d.toks) || d.toks[i+1].Sent != t.Sent || !d.capOf(t) {
		return false
	}
	if e, n := d.match(lexicon.Calendar, i); n != 1 || e.Field(0) != "month" {
		return false
	}
	j := i + 1
	if d.particleAt(j) && j+1 < len(d.toks) && d.toks[j+1].Sent == t.Sent {
		j++ // "Jan de Wilde": a particle before the surname (rule 21w)
	}
	return capWord(d, j) && cls[j]&(cStop|cCalendar|cPlace|cBody|cHead|cTitleWord) == 0 && d.toks[j].Kind == Word
}

// personalHonorific reports whether token k is a form of address that
// only a surname follows ("Mr", "Mrs.", "Ms"), never a role ("Lord
// Chancellor"): the ranks entries whose address field is "personal".
func (d *doc) personalHonorific(k int) bool {
	e, n := d.match(lexicon.Ranks, k)
	return n == 1 && e.Field(2) == "personal"
}

// articledName reports whether token i is a surname with a lower-case
// Arabic article glued to it: "el-Sisi", "al-Assad".
func articledName(d *doc, i int) bool {
	return i > 0 && d.articled(&d.toks[i]) && capWord(d, i-1) // the cheap test first
}

// articled reports whether a word is a surname with a lower-case Arabic
// article glued to it ("el-Sisi").
func (d *doc) articled(t *Token) bool {
	w := d.textOf(t)
	if t.Kind != Word || len(w) < 5 || w[2] != '-' {
		return false
	}
	switch w[:2] {
	case "al", "el", "ad", "as", "an", "ar", "at", "az":
		return w[3] >= 'A' && w[3] <= 'Z'
	}
	return false
}

// isParticle reports whether s is a name particle ("von", "de", "bin"):
// official_words kind particle.
func (d *doc) isParticle(s string) bool { return d.offWordIs(s, wParticle) }

// particleAt is isParticle(d.Lower(i)) by the token's word id: offIs
// written out, so that it is inlined (through offIs it cost 85, past the
// inliner's budget, at the tokens around every capitalised run).
func (d *doc) particleAt(i int) bool {
	return (d.wflags[i]&fContext != 0 || d.toks[i].Kind != Word) && d.offAt(i, wParticle)
}

// demonymSurname reports whether the word at k, a people's name ("Lao")
// opening its sentence, is the family name of the two name words [s, b)
// after it: no given name among them, no other list claiming it. A
// demonym before a name of two words that no list knows is rare; a name
// written family name first is not ("Lao Mong Hay, a political analyst,").
func demonymSurname(d *doc, cls []class, k, s, b int) bool {
	const listy = cHead | cTitleWord | cRank | cHonorific | cBody | cCalendar | cStop | cNonOfficial | cGiven
	if cls[k]&cPlace == 0 || cls[k]&listy != 0 || k > 0 && d.toks[k-1].Sent == d.toks[k].Sent {
		return false
	}
	if e, ok := d.lex.List(lexicon.Places).Lookup(d.Lower(k)); !ok || e.Field(0) != "demonym" {
		return false
	}
	for x := s; x < b; x++ {
		if cls[x] != 0 || !d.Cap(x) {
			return false
		}
	}
	return true
}

// kunya reports whether w opens an Arabic teknonym ("Umm Khaled", "Abu
// Ahmed"), part of the name it precedes.
func kunya(w string) bool { return w == "umm" || w == "abu" }

// nameIn returns the person name at the end of a capitalised run [a, b):
// the trailing tokens that no list claims (a given name may be claimed),
// starting at the first given name among them. It returns -1 when the run
// ends in no name.
func nameIn(d *doc, cls []class, a, b int) (int, int) {
	const listy = cHead | cTitleWord | cRank | cHonorific | cBody | cPlace | cCalendar | cStop | cNonOfficial
	k := b - 1
	for k >= a {
		c := cls[k]
		switch { // the tests have no effects: the cheap ones first
		case c&listy == 0:
		case c&cGiven != 0 && c&(cHead|cRank|cHonorific|cStop|cCalendar|cBody) == 0:
		case d.particleAt(k) && k < b-1:
		case givenJan(d, cls, k), monthSurname(d, cls, k), stopwordGiven(d, cls, k):
		case k == b-1 && k > a && (cls[k-1]&(cHead|cRank|cHonorific|cGiven) != 0 || cls[k-1]&listy == 0) && c&(cStop|cCalendar|cHead|cRank|cHonorific) == 0:
			// a surname that is also a place or a word: Secretary Austin
		case k == b-2 && k > a && c&cPlace != 0 && c&(cStop|cCalendar|cHead|cRank|cHonorific|cBody|cTitleWord) == 0 && cls[k-1]&cHead != 0 &&
			cls[b-1]&listy == 0 && !d.particleAt(b-1):
			// a place between a role and a surname is a given name:
			// "Defence Cabinet Secretary Aden Duale", "Minister Israel Katz"
		case k == b-1 && k > a && d.personalHonorific(k-1) && c&(cStop|cCalendar) == 0:
			// any word after Mr or Mrs is a surname: "Mr King", "Mr Major"
		case k == b-1 && k > a && c&(cHead|cRank|cHonorific) != 0 && c&(cStop|cCalendar|cTitleWord) == 0 && d.Cap(k) &&
			cls[k-1]&cGiven != 0 && cls[k-1]&(cHead|cRank|cHonorific|cPlace|cBody|cStop|cTitleWord) == 0:
			// a one-word role after a given name is a surname: "Tom King", "John Major"
		default:
			goto done
		}
		k--
	}
done:
	s := k + 1
	if s >= b {
		return -1, -1
	}
	if k == a && b-s == 2 && demonymSurname(d, cls, k, s, b) {
		s = k // "Lao Mong Hay": a family name first that is also a people's name
	}
	// a given name starts the name ("Eurasian Karen Donfried"), unless it
	// is the last word, a surname like Austin or James
	for g := s; g < b-1; g++ {
		if cls[g]&cGiven != 0 {
			for g > s && (initial(d.Text(g-1)) || bareInitial(d.Text(g-1))) {
				g-- // an initial before the given name: "H. Norman Schwarzkopf", "H Steven Blum"
			}
			if g > s && kunya(d.Lower(g-1)) {
				g-- // "Umm Khaled Abu Amra": the kunya opens the name
			}
			s = g
			break
		}
	}
	// trailing words the document also writes in lower case are common
	// words, not names ("Secretary of Defense Austins Bilateral meeting")
	for b-s > 1 && d.lowerWordAt(b-1) {
		b--
	}
	if b-s > 1 && d.toks[b-1].Para == 0 && d.headline(b-1) && strings.HasSuffix(d.Text(b-1), "s") {
		// a headline's reporting verb in the present after a name is
		// no surname: "Sharon Says …", "Kessel Warns …" (guide rule 21x)
		if e, m := d.match(lexicon.Reporting, b-1); m == 1 && e.Field(0) == "verb" {
			b--
		}
	}
	// at most four words, name particles not counted ("Abdullah bin
	// Zayed Al Nahyan")
	for words, k := 0, b-1; k >= s; k-- {
		if !d.particleAt(k) {
			words++
		}
		if words > 4 {
			s = k + 1
			break
		}
	}
	// a name is not a lone particle or initial, nor a single word the
	// document also writes in lower case ("Appeal", "Meeting")
	if b-s == 1 && (d.particleAt(s) || len(d.Text(s)) <= 2 || d.lowerWordAt(s)) {
		return -1, -1
	}
	return s, b
}

// saintAbbrev reports whether w (lower case) abbreviates "Saint": the
// name after it is a place's or a saint's ("St Vincent", "Ste. Foy").
func saintAbbrev(w string) bool {
	switch w {
	case "st", "st.", "ste", "ste.", "saint":
		return true
	}
	return false
}

// orgNounAfter reports whether a body's noun follows the name ending
// before token e: "Sixth Fleet", "Banking Committee", "Tanjug news agency".
func (d *doc) orgNounAfter(e int) bool {
	if e >= len(d.toks) || d.toks[e].Sent != d.toks[e-1].Sent || d.toks[e].Kind != Word {
		return false
	}
	w := d.Lower(e)
	return d.kindIs(e, wOrgNoun) || w == "news" && e+1 < len(d.toks) && d.kindIs(e+1, wOrgNoun)
}

// complementRunBefore reports whether the word at s ends the complement
// of a role rather than opening a name: capitalised role words stand
// between it and "of the" ("the leader of the Official Opposition",
// "a member of the Supreme Soviet"). A body or a place among them makes
// a complement of its own that a name may follow ("Chairman of the
// Joint Chiefs of Staff Milley").
func (d *doc) complementRunBefore(cls []class, s int) bool {
	k := s
	for k > 0 && s-k < 3 && capWord(d, k-1) && d.toks[k-1].Sent == d.toks[s].Sent &&
		cls[k-1]&(cHead|cTitleWord) != 0 && cls[k-1]&(cBody|cPlace|cRank|cHonorific|cGiven) == 0 {
		k--
	}
	return k < s && k >= 2 && d.Lower(k-1) == "the" && d.Lower(k-2) == "of"
}

// regionName reports whether the word at s is the name of a country or a
// region of the places list ("Europe", "Asia"), which is no person's
// surname; a city may be one ("Secretary Austin").
func (d *doc) regionName(s int) bool {
	e, n := d.match(lexicon.Places, s)
	return n == 1 && (e.Field(0) == "region" || e.Field(0) == "country")
}

// unlistedGivenStart returns where a name opening with a given name no
// list knows begins, when nameIn started it at a listed given name s
// inside the run opened at a: "Esmat [Abdel Meguid]" (Esmat unknown,
// Abdel a listed given name) gives the token of Esmat. At most two such
// words are taken, capitalised, of no list, never written in lower case
// in the document and not adverbs ("Eventually", "Afterwards", "Later");
// it returns s when there are none.
func (d *doc) unlistedGivenStart(cls []class, a, s int) int {
	if cls[s]&cGiven == 0 || s <= a || cls[s-1] != 0 {
		return s // no word before the given name to take (the walk below would not start)
	}
	if d.headline(s) || d.titleCased(s) {
		return s // a headline's capitalised verb: "Chief Praises Marco Rubio"
	}
	k := s
	for k > a && k > s-2 && cls[k-1] == 0 && capWord(d, k-1) && d.toks[k-1].Kind == Word {
		w := d.Lower(k - 1)
		if d.lowerWord(w) || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ward") || strings.HasSuffix(w, "wards") ||
			len(w) < 3 || strings.HasSuffix(w, ".") || d.quoteWord(k-1, "party") || d.quoteWord(k-1, "connective") {
			break // "Republican Christine Todd Whitman", "N.J. Roger Ailes"
		}
		k--
	}
	return k
}

// titleCased reports whether the sentence of token s capitalises nearly
// all its words, as a headline does ("Jeb Bush Super PAC Chief Praises
// Marco Rubio Donor’s Campaign."): its capitalised words tell no names.
func (d *doc) titleCased(s int) bool {
	sent := d.toks[s].Sent
	if m := d.casedMemo; m.ok && m.sent == sent {
		return m.cased
	}
	a := s
	for a > 0 && d.toks[a-1].Sent == sent && s-a < 40 {
		a--
	}
	words, caps := 0, 0
	k := a
	for ; k < len(d.toks) && d.toks[k].Sent == sent && k < s+40; k++ {
		if d.toks[k].Kind != Word || len(d.Text(k)) < 4 {
			continue // short function words stay in lower case in headlines
		}
		words++
		if d.Cap(k) {
			caps++
		}
	}
	cased := words >= 5 && caps*10 >= words*9
	if k-a <= 40 && (a == 0 || d.toks[a-1].Sent != sent) && (k == len(d.toks) || d.toks[k].Sent != sent) {
		// a sentence of at most 40 tokens is read whole from any of its
		// tokens: the answer is the sentence's
		d.casedMemo = casedMemo{sent: sent, cased: cased, ok: true}
	}
	return cased
}

// casedMemo is titleCased's last answer for a whole sentence.
type casedMemo struct {
	sent  int32
	cased bool
	ok    bool
}

// roleAttached reports whether a role is stated with the name [s, e): a
// title right before it (a rank or an honorific alone is none), or an apposition before or after it.
// Only such evidence makes a word no list knows part of a name.
func (d *doc) roleAttached(cls []class, s, e int, r *roster) bool {
	if t, _ := d.titleBefore(cls, s); t != "" {
		// a rank alone is no role, nor a royal's style: "Saudi Prince
		// Alwaleed Bin Talal"
		h := d.headOf(t)
		return h != "prince" && h != "princess"
	}
	if d.appositionBefore(cls, s) != "" {
		return true
	}
	t := d.appositionAfter(cls, d.afterPartyTag(e), r.isNameKey)
	return t != "" && !d.hasNonOfficial(t)
}

// initial reports whether w is an initial: one capital letter and a full
// stop ("H.").
func initial(w string) bool {
	return len(w) == 2 && w[0] >= 'A' && w[0] <= 'Z' && w[1] == '.'
}

// peerStyle reports whether w (lower case) is the style of a peer,
// written before the peer's surname or title ("Lord Carrington"):
// official_words kind peer_style.
func (d *doc) peerStyle(w string) bool { return d.offWordIs(w, wPeerStyle) }

// bareInitial reports whether w is an initial written without its full
// stop ("H" of "Lt. Gen. H Steven Blum"): one capital letter, not the
// article "A" nor the pronoun "I".
func bareInitial(w string) bool {
	return len(w) == 1 && w[0] >= 'B' && w[0] <= 'Z' && w[0] != 'I'
}

// span returns the text of tokens [i, j).
func (d *doc) span(i, j int) string { return d.slice(d.toks[i].Start, d.toks[j-1].End) }

// slice is the text from byte a to b: a title, a cue or a speaker as the
// lexicon spells it, without the marks no one sees when the document has
// some (annotation guide, decision 12b).
func (d *doc) slice(a, b int32) string {
	if d.invisible {
		return withoutInvisible(d.text[a:b])
	}
	return d.text[a:b]
}

// titleBefore returns the role stated right before the name at token s:
// "US Defense Secretary [Lloyd Austin]", "Chairman of the Joint Chiefs of
// Staff [Milley]". Honorifics and ranks directly before the name stay out
// of the title; a rank is returned apart ("Lt. Gen."): it is the title
// only when no role is stated.
func (d *doc) titleBefore(cls []class, s int) (title, rank string) {
	e := s
	if e > 1 && d.Text(e-1) == "[" && d.toks[e-2].Sent == d.toks[s].Sent {
		e-- // an editorial bracket: "President [Biden] has been"
	}
	for e > 0 && e > s-maxTitleTokens && cls[e-1]&cHonorific != 0 {
		if cls[e-1]&cHead != 0 && e > 1 && d.toks[e-2].Sent == d.toks[s].Sent && d.Cap(e-2) &&
			cls[e-2]&(cStop|cHonorific|cRank) == 0 {
			break // a head in a title: "Crown Prince Ali", not the honorific "Prince Ali" nor "Field Marshal Sheikh Khalifa"
		}
		e--
	}
	roleEnd := e
	for roleEnd > 0 && roleEnd > e-maxTitleTokens && cls[roleEnd-1]&cRank != 0 {
		if cls[roleEnd-1]&cHead != 0 {
			// a head inside a rank of several words is the rank's:
			// "Air Chief Marshal", "Lieutenant General"; else a role
			if k := d.rankAcross(roleEnd - 1); k >= 0 {
				roleEnd = k
				continue
			}
			break
		}
		roleEnd--
	}
	if roleEnd < e {
		if roleEnd > 0 && d.toks[roleEnd-1].Sent == d.toks[s].Sent && (d.Lower(roleEnd-1) == "former" || d.Lower(roleEnd-1) == "retired") {
			roleEnd-- // a rank held no longer is stated with it: "Former general [Viktor Ramm]"
		}
		rank = d.span(roleEnd, e) // Lt. Gen.
	}
	if roleEnd > 0 && d.toks[roleEnd-1].Kind == Possessive {
		// a role's thing, not its bearer: "the Queen’s [Speech]", "Tom
		// King’s [Options] for Change"
		return "", rank
	}
	if roleEnd > 0 && cls[roleEnd-1]&cConnector != 0 {
		// "representative for the [Belgrade-Pristina] dialogue": a name
		// after "the" or "of" is no title's bearer
		return "", rank
	}
	if roleEnd > 1 && roleEnd == s && cls[roleEnd-2]&cConnector != 0 && d.demonym(roleEnd-1) {
		// "the commander of the Syrian [Democratic] Forces": a people's
		// adjective after "the" or "of" modifies a name, bears no title
		return "", rank
	}
	if roleEnd == s && s > 0 && d.toks[s-1].Sent != d.toks[s].Sent {
		// the name opens its sentence, with no rank or honorific: the
		// non-official entries and titleEndingAt below read the
		// sentence's tokens only and find nothing; a then- word is read
		// as below (a quarter of the names asked about)
		return d.thenTitle(cls, s, ""), rank
	}
	// a non-official role right before the name is the title, whatever
	// title head it holds ("chief executive Vladimir Lučić")
	// classify marked every token of a non-official entry that starts at
	// a word (not a connector): without the mark on the role's last
	// word, only an entry starting at another token may end there
	marked := roleEnd > 0 && cls[roleEnd-1]&cNonOfficial != 0
	for k := roleEnd - 1; k >= 0 && k >= roleEnd-3; k-- {
		if !marked && d.toks[k].Kind == Word && d.wflags[k]&fConnector == 0 {
			continue
		}
		// as written, not through a stem ("comments" is no "commentator")
		if e, n := d.match(lexicon.NonOfficial, k); n > 0 && k+n == roleEnd && d.toks[k].Sent == d.toks[s].Sent &&
			e.Phrase == strings.ToLower(d.span(k, roleEnd)) {
			return d.span(k, roleEnd), ""
		}
	}
	t := d.ownedTitle(cls, roleEnd, d.titleEndingAt(cls, roleEnd, s))
	if th := d.thenTitle(cls, roleEnd, t); th != "" {
		if t == "" && rank != "" {
			if lt := strings.ToLower(th + " " + rank); d.lex.List(lexicon.Titles).Has(lt) {
				// a title the then- word and the rank make together:
				// "then-Chief Justice [Ana Berg]" → "Chief Justice"
				return th + " " + rank, ""
			}
		}
		return th, rank // "then-Speaker Kevin McCarthy": "Speaker"
	}
	return t, rank
}

// maxTitleTokens bounds every walk over the words of a title or an
// apposition (the longest real titles have about 16 tokens: "UK Minister
// of State for the Middle East, North Africa, and North America"). Without
// it a long run of title words makes each name walk the whole run:
// quadratic time, and titles (and output) as long as the run.
const maxTitleTokens = 32

// titleEndingAt returns the title phrase whose last token is e-1: it walks
// left over title words, connectors, possessives and the capitalised words
// of complements ("Attache of the Land Forces at the US Embassy"), then
// trims both edges to title words. It needs a head (secretary, spokesman,
// minister ...). sent is a token of the sentence.
func (d *doc) titleEndingAt(cls []class, e, sent int) string {
	if e <= 0 || d.toks[e-1].Sent != d.toks[sent].Sent {
		return ""
	}
	k := e - 1
	capChain := -1 // the last unknown capitalised word taken, so that one before it may follow: "Base Closure and …"
	coordAnd := -1 // an "and" joining two capitalised offices
	for k >= 0 && k >= e-maxTitleTokens && d.toks[k].Sent == d.toks[sent].Sent {
		t := &d.toks[k]
		c := cls[k]
		ok := false
		switch {
		case t.Kind == Possessive:
			ok = k > 0 && (cls[k-1].titleish() || capWord(d, k-1))
		case t.Kind == Punct && d.textOf(t) == ",":
			// commas only inside a list of places in a complement:
			// "Minister of State for the Middle East, North Africa, and ..."
			ok = k > 0 && k+1 < e && cls[k-1]&cPlace != 0 &&
				(cls[k+1]&cPlace != 0 || d.Lower(k+1) == "and") && d.inComplement(cls, k)
		case t.Kind == Punct && (d.textOf(t) == "-" || d.textOf(t) == "–"):
			// a hyphen inside a title, not a spaced dash between phrases
			ok = k > 0 && k+1 < e && cls[k-1].titleish() && cls[k+1].titleish() && !t.Space && !d.toks[k+1].Space
		case t.Kind != Word:
		case d.lowerOf(t) == "and":
			ok = d.inComplement(cls, k)
			if !ok && k > 0 && k+1 < e && d.Cap(k-1) && cls[k-1]&cHead != 0 && d.Cap(k+1) && cls[k+1].titleish() && cls[k+1]&cConnector == 0 {
				ok, coordAnd = true, k // two offices of one person: "Deputy Prime Minister and Foreign Minister"
			}
		case c&cConnector != 0:
			ok = true
		case d.prepositionUnder(cls, k):
			// "finance minister under the late President [X]": the role
			// before it is another person's
		case c.titleish() && c&cCalendar == 0:
			ok = true
		case allCaps(d.textOf(t)) && k+1 < e && cls[k+1].titleish():
			ok = true // an acronym before a title word: MFA, USNATO
		case d.seatBefore(cls, k, e):
			ok = true // "opposition lawmaker", "Opposition lawmaker" (rule 9m)
		case d.unitBeforeHead(cls, k, e):
			ok = true // "contingent commander", "Ra'am lawmaker" (rule 21g)
		case d.capOf(t) && c&(cStop|cCalendar) == 0 && k+1 < e &&
			(cls[k+1]&(cTitleWord|cBody|cPlace|cHead) != 0 || isComplementConnector(d.Lower(k+1)) || d.placePair(cls, k) || d.Cap(k+1) && d.kindIs(k+1, wOrgNoun) ||
				d.Lower(k+1) == "and" && d.inComplement(cls, k+1) && d.bodyNameEnds(cls, k+2, e) || capChain == k+1 && cls[k]&cGiven == 0 && d.bodyNameEnds(cls, k+1, e)):
			ok = true // "Land Forces", "Embassy in", "Base Closure and Realignment Commission": unknown words of a complement
			capChain = k
		}
		if !ok && k == e-1 && d.coordinatedBodyEnd(cls, k) {
			ok = true // "special envoy for Mali and head of EUTM": a second role's body no list knows
		}
		if !ok {
			if k == e-1 {
				// nothing taken (most names: "said [X]"): no head, so no
				// title (partyBeforeLeader adds only words with no head;
				// "Leader" is a head, always taken here)
				return ""
			}
			break
		}
		k--
	}
	i := k + 1
	// an unknown capitalised word belongs to a title only inside a
	// complement (after of/for/at/in/to): "secretary Meeting of" is no title
	inComp := false
	for x := i; x < e; x++ {
		if isComplementConnector(d.Lower(x)) {
			inComp = true
		} else if d.toks[x].Kind == Word && !inComp && cls[x]&(cConnector) == 0 && !cls[x].titleish() && !allCaps(d.Text(x)) &&
			!d.placeModifier(cls, x, i) && !d.partyInTitle(cls, x, i, e) && !d.seatBefore(cls, x, e) && !d.partyModifier(cls, x) && !d.unitBeforeHead(cls, x, e) {
			i = x + 1
		}
	}
	// trim both edges to title words
	for i < e && (!cls[i].titleish() && !allCaps(d.Text(i)) && !d.placeModifier(cls, i, i) && !d.seatBefore(cls, i, e) && !d.partyModifier(cls, i) && !d.unitBeforeHead(cls, i, e) || cls[i]&cConnector != 0 || d.toks[i].Kind != Word ||
		d.titleOpensWithFunctionWord(cls, i, e)) { // "under the current director"
		i++
	}
	for e > i && (cls[e-1]&cConnector != 0 || d.toks[e-1].Kind == Punct) {
		e--
	}
	if coordAnd >= i && (coordAnd == i || i > 0 && d.toks[i-1].Sent == d.toks[i].Sent && isDeterminer(d.Lower(i-1))) {
		// "the President and Prime Minister [X]" may be two people: the
		// office right before the name only
		i = coordAnd + 1
	}
	// an of-phrase head before a title is not part of it: "officials of
	// [President] Ali Karam", "the government of [President] Ali Karam",
	// "aides to [President-elect] Ali Karam"
	for x := e - 2; x > i; x-- {
		if w := d.Lower(x); (w == "to" || w == "under") && cls[x-1]&cPlace != 0 && cls[x-1]&(cHead|cTitleWord|cConnector) == 0 {
			// a place is no role's head: "Ohio to [the state's governor]
			// John Kasich", "Medicaid in Ohio under [President] Barack
			// Obama"
			i = x + 1
			if i < e && isDeterminer(d.Lower(i)) {
				i++
			}
			break
		}
		if d.Lower(x) != "of" && d.Lower(x) != "to" && d.Lower(x) != "for" {
			continue
		}
		h := x - 1
		if d.Lower(x) == "of" && d.Cap(h) && !d.opensSentence(h) && cls[h]&cHead != 0 && d.Cap(x+1) {
			// the title's own complement ("Secretary of State"): an
			// of-phrase head may stand before it ("Aides to Minister of
			// State [X]")
			continue
		}
		if (!d.Cap(h) || d.opensPhrase(h)) && (cls[h]&cHead == 0 || strings.HasSuffix(d.Lower(h), "s")) && d.Cap(x+1) && cls[x+1]&cHead != 0 && d.Lower(x) != "for" {
			i = x + 1
		} else if d.Lower(x) != "of" && !d.Cap(h) && cls[h]&cHead != 0 && d.capitalRole(cls, x+1, e) {
			// a role in its own right after an aide's "to" or "for": "a
			// former economic adviser to [Vice President] Joseph Biden", "a
			// spokesman for [Mayor] Frank Jackson" (rule 21f)
			i = x + 1
		} else if d.Lower(x) != "for" && cls[h]&cHead == 0 && (!d.Cap(h) || governmentNoun(d.Lower(h))) && d.placedCapitalRole(cls, x+1, e) {
			// an office or a government owning the role: "the office of
			// [Danish Prime Minister] Lene Holm", "the young Government of
			// [Prime Minister] Lene Holm" (rule 21f)
			i = x + 1
		}
		break
	}
	i = d.partyBeforeLeader(cls, i, e)
	// a title ends with its head or the head's complement; words after the
	// last head without a connector are garbled order ("Secretary Deputy State")
	lastHead, comp := -1, false
	for x := i; x < e; x++ {
		switch {
		case cls[x]&cHead != 0:
			lastHead, comp = x, false
		case lastHead >= 0 && isComplementConnector(d.Lower(x)):
			comp = true
		}
	}
	if lastHead < 0 {
		return ""
	}
	if !comp {
		e = lastHead + 1
	}
	if i == k+1 {
		i = d.portfolioStart(cls, i)
	}
	return d.tidyTitle(i, e)
}

// coordinatedBodyEnd reports whether token k, the last of a title phrase,
// is a capitalised word no list knows that ends the second of two roles
// joined by "and": "the envoy for Mali and head of EUTM" (HEAD of or for
// WORD, after "and" and a first role's words). The first role makes the
// phrase an official's, so the body's name needs no list (guide rule
// 21x).
func (d *doc) coordinatedBodyEnd(cls []class, k int) bool {
	if k < 4 || d.toks[k].Kind != Word || !d.Cap(k) || cls[k]&(cStop|cCalendar|cGiven|cHonorific|cRank) != 0 || d.toks[k-4].Sent != d.toks[k].Sent {
		return false
	}
	if w := d.Lower(k - 1); w != "of" && w != "for" {
		return false
	}
	if cls[k-2]&cHead == 0 || d.Cap(k-2) || d.Lower(k-3) != "and" {
		return false
	}
	return cls[k-4].titleish() || cls[k-4]&(cPlace|cBody) != 0 || d.Cap(k-4)
}

// portfolioStart returns where a list of portfolios before the title
// opening at token i begins: capitalised modifiers of one or two words
// joined by commas and "and" ("Coordinating [Political, Legal and]
// Security Affairs Minister", "Trade and Industry Secretary"), each a
// title word or an adjective (-al, -ive, -ary; title words only in a list
// without a comma), perhaps after
// a capitalised -ing word ("Coordinating"). Names never join such a list
// ("President Biden and Defense Secretary Austin"). i when there is none.
func (d *doc) portfolioStart(cls []class, i int) int {
	k := i - 1
	if k < 1 || d.Lower(k) != "and" || d.toks[k].Sent != d.toks[i].Sent {
		return i
	}
	start, commas := i, false
	for n := 0; n < maxPortfolios; n++ {
		g := k
		for g > 0 && g > k-3 && d.portfolioWord(cls, g-1) && d.toks[g-1].Sent == d.toks[i].Sent {
			g--
		}
		if g == k {
			break
		}
		start = g
		if g < 2 || d.Text(g-1) != "," {
			break
		}
		k, commas = g-1, true
	}
	if start == i {
		return i
	}
	if !commas {
		for x := start; x < i-1; x++ {
			if cls[x]&cTitleWord == 0 {
				return i // without a comma only title words: "Trade and Industry Secretary"
			}
		}
	}
	if x := start - 1; x >= 0 && d.toks[x].Sent == d.toks[i].Sent && d.toks[x].Kind == Word && d.Cap(x) && strings.HasSuffix(d.Lower(x), "ing") &&
		cls[x]&(cStop|cPlace|cGiven) == 0 {
		start = x // "Coordinating"
	}
	return start
}

// maxPortfolios bounds the portfolios of a list read before a title.
const maxPortfolios = 6

// portfolioWord reports whether token k may be a word of a portfolio in
// a list before a title: capitalised, and a title word or an adjective,
// never a place, a body, a given name, a rank or a head.
func (d *doc) portfolioWord(cls []class, k int) bool {
	if d.toks[k].Kind != Word || !d.Cap(k) || cls[k]&(cStop|cPlace|cGiven|cRank|cHonorific|cHead|cCalendar|cBody) != 0 {
		return false // not a body: "Congress and President Obama"
	}
	if cls[k]&cTitleWord != 0 {
		return true
	}
	w := d.Lower(k)
	for _, suf := range [...]string{"al", "ical", "ive", "ary"} { // not -ic, -ian: "Izetbegovic", "Julian"
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// bodyNameGoesOn reports whether the title before the name at token s
// holds a capitalised body noun with a complement of its own ("the
// Potsdam Institute for Climate"): the capitalised words after it, no
// comma between, go on naming the body.
func (d *doc) bodyNameGoesOn(s int, title string) bool {
	n := len(strings.Fields(title))
	for x := s - 2; x > 0 && x >= s-n && d.toks[x].Sent == d.toks[s].Sent; x-- {
		if d.Cap(x) && d.kindIs(x, wOrgNoun) && isComplementConnector(d.Lower(x+1)) {
			return true
		}
	}
	return false
}

// andBodyAfter reports whether "and" at token e opens capitalised words
// that end a body's name (bodyNameEnds): "… Port Safety [and Harbour
// Board]".
func (d *doc) andBodyAfter(cls []class, e int) bool {
	if e+1 >= len(d.toks) || d.Lower(e) != "and" || d.toks[e+1].Sent != d.toks[e].Sent {
		return false
	}
	j := e + 1
	for j < len(d.toks) && j < e+6 && d.toks[j].Sent == d.toks[e].Sent && capWord(d, j) {
		j++
	}
	return d.bodyNameEnds(cls, e+1, j)
}

// bodyNameEnds reports whether the tokens [a, e) end a body's name: no
// title head among them, and a body or a body noun last ("… Base Closure
// and Realignment [Commission]"; not "… Sixth Fleet and Naval", nor "…
// Commission Seibert and [Secretary] General of …").
func (d *doc) bodyNameEnds(cls []class, a, e int) bool {
	if a >= e || cls[e-1]&cBody == 0 && !d.kindIs(e-1, wOrgNoun) {
		return false
	}
	for x := a; x < e; x++ {
		if cls[x]&cHead != 0 {
			return false
		}
	}
	return true
}

// tidyTitle returns the text of the title tokens [i, e) with immediately
// repeated words or word pairs of garbled text written once ("Russian
// Russian deputy foreign minister", "Minister of Foreign Affairs Foreign
// Affairs").
func (d *doc) tidyTitle(i, e int) string {
	keep := make([]int, 0, e-i)
	for x := i; x < e; x++ {
		keep = append(keep, x)
		for n := 1; n <= 3; n++ {
			m := len(keep)
			if m < 2*n {
				continue
			}
			same := true
			for y := 0; y < n; y++ {
				if d.Lower(keep[m-n+y]) != d.Lower(keep[m-2*n+y]) {
					same = false
					break
				}
			}
			if same {
				keep = keep[:m-n]
				break
			}
		}
	}
	if len(keep) == e-i {
		return d.span(i, e)
	}
	var b strings.Builder
	for n, x := range keep {
		if n > 0 && (d.toks[x].Space || x != keep[n-1]+1) {
			b.WriteByte(' ')
		}
		b.WriteString(d.Text(x))
	}
	return b.String()
}

func isComplementConnector(s string) bool {
	switch s {
	case "of", "for", "at", "in", "to", "on":
		return true
	}
	return false
}

// inComplement reports whether token k follows an "of" or "for" that
// itself follows a title word, with only title words, capitalised words
// and connectors between: commas and "and" join a title only there.
func (d *doc) inComplement(cls []class, k int) bool {
	for x := k - 1; x > 0 && x >= k-10 && d.toks[x].Sent == d.toks[k].Sent; x-- {
		t := &d.toks[x]
		if (d.lowerOf(t) == "of" || d.lowerOf(t) == "for") && cls[x-1].titleish() {
			return true
		}
		if t.Kind != Word && d.textOf(t) != "," || t.Kind == Word && !d.capOf(t) && cls[x]&(cConnector|cTitleWord|cHead) == 0 {
			return false
		}
	}
	return false
}

// appositionBefore reads "the French Chief of Staff, [General] Burkhard".
func (d *doc) appositionBefore(cls []class, s int) string {
	e := s
	for e > 0 && e > s-maxTitleTokens && cls[e-1]&(cHonorific|cRank) != 0 {
		e--
	}
	if e < s && e > 2 && d.Lower(e-1) == "the" && d.Text(e-2) == "," {
		e-- // an honorific with its article: "Nicaragua's foreign minister, the Rev. Miguel d'Escoto"
	}
	if e < s && e > 2 && cls[e-1]&cPlace != 0 && d.Text(e-2) == "," {
		e-- // a place before the rank: "the commander of the drills, U.S. Admiral Tom Berg"
	}
	if e < 2 || d.Text(e-1) != "," {
		return ""
	}
	// a non-official role closing the apposition is the title, whatever
	// title head it holds: "its chief executive, [Jonas Falk]"; as in
	// titleBefore, an entry opening at a word (not a connector) carries
	// classify's mark to its last word (TestNonOfficialMarkEnds)
	marked := cls[e-2]&cNonOfficial != 0
	for k := e - 2; k >= 0 && k >= e-4 && d.toks[k].Sent == d.toks[s].Sent; k-- {
		if !marked && d.toks[k].Kind == Word && d.wflags[k]&fConnector == 0 {
			continue
		}
		if ent, n := d.match(lexicon.NonOfficial, k); n > 0 && k+n == e-1 && ent.Phrase == strings.ToLower(d.span(k, e-1)) {
			return d.span(k, e-1)
		}
	}
	title := d.titleEndingAt(cls, e-1, s)
	if title == "" {
		return d.complementBefore(cls, e-1, s)
	}
	// the apposition is a whole noun phrase: take its other words back to
	// its determiner ("The alliance's top civilian official, Jens
	// Stoltenberg"), never over a verb or a pronoun ("The president said
	// his counterpart, ...": the title is "counterpart" alone)
	start := int(d.toks[e-1].Start) - len(title) - 1
	k := e - 2
	for k >= 0 && int(d.toks[k].End) > start {
		k--
	}
	if d.participleObject(cls, k) {
		return "" // "the prospect of Trump becoming president, Jorge Ramos": the role is an object
	}
	poss := -1 // a possessor opening the phrase: "Moldova's pro-Western president"
	for n := 0; n < 6 && k >= 0 && d.toks[k].Sent == d.toks[s].Sent; n, k = n+1, k-1 {
		t := &d.toks[k]
		if isDeterminer(d.lowerOf(t)) {
			if d.validTitle(cls, k+1, e-1) {
				return d.slice(d.toks[k+1].Start, d.toks[e-2].End)
			}
			break
		}
		possessive := t.Kind == Possessive || d.pluralPossessive(k) // "the United Nations’ emergency relief coordinator"
		if !possessive && (t.Kind != Word || d.capOf(t) && cls[k]&cStop != 0 || d.verbLike(k) && !d.attributive(cls, k) || isPronoun(d.lowerOf(t)) || isPossPronoun(d.lowerOf(t)) ||
			(d.lowerOf(t) == "and" || d.lowerOf(t) == "or") && k > 0 && !cls[k-1].titleish() ||
			foreignPreposition(d.lowerOf(t)) || isComplementConnector(d.lowerOf(t)) || d.lowerOf(t) == "from" || d.lowerOf(t) == "that" || d.lowerOf(t) == "which") {
			// "The company and France's secretary of state": a
			// coordination with a non-role is no title; "the timetable
			// with Germany's defence minister", "a letter from Mali's
			// army chief", "the prospect of Trump becoming president":
			// another noun phrase
			break
		}
		if possessive && k > 0 && d.toks[k-1].Kind == Word && (cls[k-1]&(cPlace|cBody) != 0 || d.ownerName(cls, k-1) || d.longOwner(cls, k-1)) {
			// a place's or a body's ("Gütersloh’s mayor"), never a
			// person's ("Biden's national security adviser": see
			// roster.dropPersonOwner)
			poss = d.ownerStart(cls, k-1)
		} else if o := d.pluralOwnerStart(cls, k); o >= 0 {
			poss = o // "the armed services’ senior adviser", "the Union of Arctic States’ envoy"
		}
	}
	if poss >= 0 && int(d.toks[poss].Start) < start && d.validTitle(cls, poss, e-1) {
		return d.slice(d.toks[poss].Start, d.toks[e-2].End)
	}
	return title
}

// complementBefore reads a role whose complement holds common words, in
// front of the name and closed by the comma at token c: "the commander of
// the multinational force, Major General [Ana Lind]". The phrase is a
// determiner, at most three modifiers, a role noun (a title head, or a
// rank word used as one: "commander") and its complement (see
// complementApposition); the title is the phrase without its determiner.
// The phrase is definite: "a spokesman for the movement" may speak for
// any group.
func (d *doc) complementBefore(cls []class, c, s int) string {
	if s == c+1 && d.oneWord(s) {
		return "" // a name of one word is as often a place's or a body's: "the mayor of Roanoke, Virginia"
	}
	if t := d.complementBeforeDefinite(cls, c, s); t != "" {
		return t
	}
	return d.complementBeforeOf(cls, c, s)
}

// oneWord reports whether the capitalised word at token s stands alone:
// no capitalised word follows it, perhaps after name particles ("Ramón
// de la Torre" is no one-word name).
func (d *doc) oneWord(s int) bool {
	n := s + 1
	for n < len(d.toks) && n < s+4 && d.particleAt(n) {
		n++
	}
	return n >= len(d.toks) || d.toks[n].Kind != Word || !d.Cap(n)
}

// complementBeforeDefinite is complementBefore for a definite phrase.
func (d *doc) complementBeforeDefinite(cls []class, c, s int) string {
	for k := c - 2; k > 1 && k >= c-10 && d.toks[k].Sent == d.toks[s].Sent; k-- {
		if d.unitNumber(k) || d.unitParen(k) || d.toks[k].Kind == Possessive {
			continue // "The commander of Task Force 62, Brig. Gen. ...", "of 42 (North West) Brigade", "of the government's negotiating team"
		}
		if d.toks[k].Kind != Word || d.verbLike(k) && !d.modifierInComplement(k) {
			return ""
		}
		if !isComplementConnector(d.Lower(k)) || cls[k-1]&(cHead|cRank) == 0 && !d.offIs(k-1, wCompHead) || d.Cap(k-1) && cls[k-1]&cHead == 0 {
			continue
		}
		// a public head, or one a body owns: "the coalition’s regional
		// coordinator in the south"; not "the director of the film"
		// a rank after the comma makes the head as public as a title
		// there does ("The chairman of the review board, Justice [Ana
		// Berg],"; rule 21x, after rule 21w's ranked appositions)
		public := d.offIs(k-1, wCompHead) || (d.titledAt(cls, c) || d.rankedAt(cls, c, s)) && cls[k-1]&cHead != 0
		if !public && !d.offIs(k-1, wBodyHead) {
			return ""
		}
		for a := k - 2; a >= 0 && a >= k-5 && d.toks[a].Sent == d.toks[s].Sent; a-- {
			if d.toks[a].Kind == Possessive && a > 1 && d.toks[a-1].Kind == Word && d.Lower(a-2) == "the" {
				public = public || cls[k-1]&cHead != 0
				continue
			}
			if w := d.Lower(a); w == "the" || (w == "a" || w == "an") && d.rankedAt(cls, c, s) {
				// definite, or a ranked name's: "A spokesman for the
				// monitoring group, Major [Andrew Pike]," speaks for a
				// military body (rule 16a)
				if !public {
					return ""
				}
				want := d.span(a+1, c)
				if t := d.complementApposition(cls, a+1, k); t == want && !d.hasNonOfficial(t) {
					return t
				}
				return ""
			}
			if d.toks[a].Kind != Word || d.verbLike(a) || isPronoun(d.Lower(a)) {
				return ""
			}
		}
		return ""
	}
	return ""
}

// complementBeforeOf reads a role whose possessor or modifiers open it,
// before the comma at token c: "Britain's governor of the islands, Nigel
// Haywood", "South Africa's administrator-general for the territory,
// Louis Pienaar". The complement runs from "of" or "for" right after a public head
// (official_words complement_head) to the comma: at most six words, no verb, pronoun or
// capitalised name; the title is the head's phrase and the complement.
func (d *doc) complementBeforeOf(cls []class, c, s int) string {
	for x := c - 1; x > 0 && x >= c-7 && d.toks[x].Sent == d.toks[c].Sent; x-- {
		if d.Lower(x) != "of" && d.Lower(x) != "for" {
			t := &d.toks[x]
			if t.Kind != Word && t.Kind != Possessive || d.capOf(t) || d.verbLike(x) || isPronoun(d.lowerOf(t)) {
				return ""
			}
			continue
		}
		if d.Lower(x) == "for" {
			// "South Africa's administrator-general for the territory"
			// holds an office; "a spokesman for the movement" may speak
			// for any group; "secretary of state for the elderly" is read
			// from its "of"
			if x < c-1 && cls[x-1]&cHead != 0 && !d.Cap(x-1) && d.offIs(x-1, wCompHead) {
				if head := d.titleEndingAt(cls, x, s); strings.Contains(head, "'s") || strings.Contains(head, "’s") {
					return head + d.slice(d.toks[x-1].End, d.toks[c-1].End)
				}
			}
			continue
		}
		if x == c-1 || cls[x-1]&cHead == 0 || d.Cap(x-1) || !d.offIs(x-1, wCompHead) {
			return ""
		}
		head := d.titleEndingAt(cls, x, s)
		if head == "" {
			return ""
		}
		return head + d.slice(d.toks[x-1].End, d.toks[c-1].End)
	}
	return ""
}

// appositionAfter reads "Ned Price, the State Department spokesman," and
// "Ana Ruiz, a retired teacher." (a non-official role, which makes the
// person a private one). The apposition is a noun phrase closed by a
// comma, a full stop or the end of the sentence, with no verb in it:
// "questions about Novak, the prime minister said" makes "the prime
// minister" the subject of "said", not an apposition of Novak.
//
// A possessive pronoun is dropped like a determiner ("Ibrahim Kalin, his
// chief adviser," → "chief adviser"); a possessor's name opening the
// phrase stays in the title when it is a place or a body ("Arizona's
// senior senator"), not when person(w) says it is a person's surname
// ("Aliyev's foreign policy adviser" → "foreign policy adviser").
func (d *doc) appositionAfter(cls []class, e int, person func(string) bool) string {
	aged := d.ageBetween(e)
	if aged {
		// "General Paul Ardent, 58, the chief of the army's
		// training command,": the age between the name and
		// its apposition is the person's, no part of the role
		e += 2
	}
	t := d.appositionAfterRaw(cls, e, person)
	if t == "" || aged && d.hasNonOfficial(t) {
		// a private role after an age ("Santoso, 45, a fisherman,") is
		// left to the age, which already tells a private person (agedAfter)
		return ""
	}
	// "Asked about Erdogan, the Swedish prime minister, Ulf Kristersson,
	// said": a name right after the apposition's comma is the one it
	// describes, not the name before it
	end := e + 2
	for end < len(d.toks) && !strings.HasSuffix(d.slice(d.toks[e+1].Start, d.toks[end-1].End), t) {
		end++
	}
	if d.lowerAt(end) == "," && end+2 < len(d.toks) && d.toks[end+1].Sent == d.toks[e].Sent {
		if a, b := d.toks[end+1], d.toks[end+2]; a.Kind == Word && b.Kind == Word && d.capOf(&a) && d.capOf(&b) &&
			cls[end+1]&(cStop|cHead|cTitleWord|cPlace) == 0 && cls[end+2]&(cStop|cHead|cTitleWord) == 0 {
			return ""
		}
	}
	return t
}

// ageBetween reports whether an age set off by commas follows the name
// ending at token e and an apposition opens after it: "X, 55, the head
// of …", "Ardent, 31, then a company commander …".
func (d *doc) ageBetween(e int) bool {
	if e+3 >= len(d.toks) || d.Text(e) != "," || d.toks[e+1].Kind != Number || d.Text(e+2) != "," ||
		d.toks[e+3].Sent != d.toks[e].Sent || d.toks[e+3].Kind != Word {
		return false
	}
	n, err := strconv.Atoi(d.Text(e + 1))
	return err == nil && n >= 18 && n <= 99 && len(d.Text(e+1)) == 2
}

func (d *doc) appositionAfterRaw(cls []class, e int, person func(string) bool) string {
	if e+2 >= len(d.toks) || d.Text(e) != "," || d.toks[e+1].Sent != d.toks[e-1].Sent {
		return ""
	}
	i := e + 1
	if w := d.lowerAt(i); (w == "now" || w == "currently" || w == "then") && i+1 < len(d.toks) && d.toks[i+1].Sent == d.toks[i].Sent {
		// the office held now: "Former President X, now a senator,"; a
		// temporal qualifier is no part of the title (rule 17): "Norman
		// Kirk, then prime minister,"
		i++
	} else if w == "at" && d.lowerAt(i+1) == "the" && d.lowerAt(i+2) == "time" && i+3 < len(d.toks) && d.toks[i+3].Sent == d.toks[i].Sent {
		i += 3 // "Anna Lind, at the time foreign minister,"
	}
	switch d.Lower(i) {
	case "the", "a", "an", "his", "her", "their", "its", "another":
		i++
	}
	j := i
	if i+3 < len(d.toks) && cls[i]&cHonorific != 0 && cls[i]&cHead == 0 && capWord(d, i+1) && d.toks[i+2].Kind == Possessive {
		i, j = i+3, i+3 // a person's: "Yoon Young-chan, Mr Moon’s chief press secretary,"
	} else if i+3 < len(d.toks) && cls[i]&cGiven != 0 && cls[i]&(cHead|cTitleWord|cPlace|cBody) == 0 && capWord(d, i+1) &&
		d.toks[i+1].Sent == d.toks[i].Sent && d.toks[i+2].Kind == Possessive {
		i, j = i+3, i+3 // a person's named in full: "Ivan Sokolov, Boris Orlov’s spokesman," (rule 21d)
	} else if k := d.titledPossessor(cls, i); k > i {
		i, j = k, k // a titled person's: "Ivan Sokolov, Prime Minister Boris Orlov’s chief of staff," (rule 21w)
	} else if i+2 < len(d.toks) && i > e+1 && d.Lower(i-1) == "the" && d.toks[i+1].Kind == Possessive && !d.Cap(i) && d.offIs(i, wOwner) {
		j = i + 2 // a polity's or a public body's: "the junta's spokesman", "the country's president"
	} else if i+3 < len(d.toks) && i > e+1 && d.Lower(i-1) == "the" && d.toks[i+2].Kind == Possessive && d.toks[i].Kind == Word && !d.Cap(i) &&
		adjectival(d.Lower(i)) && !d.Cap(i+1) && d.offIs(i+1, wOwner) {
		j = i + 3 // with its modifier: "the international community's high representative"
	} else if i+2 < len(d.toks) && d.toks[i].Kind == Word && d.Cap(i) && cls[i]&cStop == 0 && d.toks[i+1].Kind == Possessive {
		j = i + 2
		if person != nil && person(d.Lower(i)) {
			i = j
		}
	}
	lastHead := -1
	for j < len(d.toks) && j < i+maxTitleTokens && d.toks[j].Sent == d.toks[e-1].Sent {
		t := &d.toks[j]
		c := cls[j]
		and := d.lowerOf(t) == "and" && lastHead >= 0 && j+1 < len(d.toks) && cls[j+1].titleish() && cls[j+1]&cConnector == 0
		// a modifier before the head: "the military-backed provisional president"
		mod := lastHead < 0 && t.Kind == Word && !d.capOf(t) && c == 0 && (adjectival(d.lowerOf(t)) || strings.Contains(d.lowerOf(t), "-")) &&
			(!strings.HasSuffix(d.lowerOf(t), "ing") || strings.Contains(d.lowerOf(t), "-")) && !d.verbLike(j) // "third-ranking", not "managing"
		// a proper name modifying the head: "a senior Fatah official",
		// "the joint AU-UN special representative"
		capMod := lastHead < 0 && t.Kind == Word && d.capOf(t) && c&(cStop|cCalendar) == 0 && j+1 < len(d.toks) &&
			(j > i && d.toks[j+1].Kind == Word && !d.Cap(j+1) && cls[j+1].titleish() && cls[j+1]&cConnector == 0 ||
				d.pluralPossessive(j+1) || // an owner: "the Bosnian Serbs’ wartime leader"
				j+2 < len(d.toks) && capWord(d, j+1) && d.pluralPossessive(j+2)) // "the Krajina Serbs’ …"
		if t.Kind == Possessive || d.pluralPossessive(j) || c.titleish() && c&(cStop|cCalendar) == 0 || c&cConnector != 0 && d.lowerOf(t) != "and" || and || mod || capMod {
			if c&cHead != 0 || c&cRank != 0 && d.lowerAt(e+1) == "the" && !d.capOf(t) && (j+1 >= len(d.toks) || cls[j+1]&(cRank|cHead) == 0) {
				lastHead = j // a rank as the head of a description: "the Iraqi general"
			}
			j++
			continue
		}
		if lastHead < 0 && (j == i || j == i+1 && d.lowerAt(i) == "former") && j > e+1 && d.capOf(t) && c&(cStop|cCalendar|cGiven) == 0 && j+1 < len(d.toks) &&
			d.toks[j+1].Sent == t.Sent && d.offWordIs(d.lowerAt(j+1), wPublicHead) {
			j++ // a unit or party no list knows: "the Azov commander", "a Conservative member of parliament", "a former Wefaq MP"
			continue
		}
		if lastHead < 0 && t.Kind == Word && !d.capOf(t) && d.kindIs(j, wForce|wSmallUnit) && j+1 < len(d.toks) && d.toks[j+1].Sent == t.Sent &&
			cls[j+1]&cHead != 0 && cls[j+1]&cNonOfficial == 0 && d.offIs(j+1, wCompHead|wPublicHead) && (!d.offIs(j, wPrivBody) || d.offIs(j+1, wPublicHead)) {
			// a unit before its commander: "a company commander", "the
			// battalion commander", "the brigade spokesman" (rule 16a); a
			// company that may be a business only before a public head
			// ("a company spokeswoman" is a firm's)
			j++
			continue
		}
		if lastHead < 0 && j > e+1 && d.capitalPortfolio(cls, j) {
			j++ // a portfolio no list knows, in capitals like its head: "the Kurdish Water Resources Minister" (rule 21w)
			continue
		}
		if lastHead < 0 && (j == i || j == i+1 && d.lowerAt(i) == "former") && j > e+1 && d.partyModifier(cls, j) {
			j++ // a party before its leader: "the Conservative leader", "the Liberal Democrat leader" (rule 21p)
			continue
		}
		if lastHead < 0 && t.Kind == Word && !d.capOf(t) && d.offIs(j, wSeatMod) && j+1 < len(d.toks) && d.toks[j+1].Sent == t.Sent &&
			d.toks[j+1].Kind == Word && !d.Cap(j+1) && d.offIs(j+1, wPublicHead) {
			j++ // a common noun before a public office: "an opposition member of parliament", "a backbench senator"
			continue
		}
		if lastHead < 0 && j > i && cls[i]&cConnector == 0 && d.roleAdjective(cls, j) {
			j++ // "Bolivia's first indigenous president": a modifier no list knows
			continue
		}
		break
	}
	if lastHead < 0 {
		if t := d.memberOf(cls, i); t != "" {
			return t
		}
		return d.privateApposition(cls, i)
	}
	// the phrase ends at its last head or at the complement after it
	end := j
	for end > lastHead+1 && cls[end-1]&cConnector != 0 {
		end--
	}
	// a second apposition coordinated with the first: "the second vice
	// president of the Senate and the most senior opposition lawmaker,"
	second := d.lowerAt(end) == "and" && isDeterminer(d.lowerAt(end+1)) && end > lastHead && i > e+1 && isDeterminer(d.lowerAt(e+1)) ||
		d.lowerAt(end) == "and" && end > lastHead && end+1 < len(d.toks) && (d.offIs(end+1, wKin) || // "the defense minister and brother of the President,"
			d.lowerAt(end+1) == "himself" || d.lowerAt(end+1) == "herself") // "the Interior Minister and himself an ex-general,"
	if !second && !d.closesApposition(end) && !d.reducedRelative(end) {
		if t := d.complementApposition(cls, i, end); t != "" {
			return t
		}
		if end == lastHead+1 && d.Lower(end) == "from" && d.offIs(lastHead, wPublicHead) {
			// a seat's party or state: "a legislator from the opposition
			// Unity Party", "a senator from Ohio"
			if k := d.seatFromEnd(cls, end); k > 0 {
				return d.span(i, k)
			}
		}
		if end == lastHead+1 && d.Lower(end) == "responsible" && d.lowerAt(end+1) == "for" && cls[lastHead]&cHead != 0 {
			// "the minister responsible for the earthquake recovery", "…
			// for flood recovery": a portfolio of a few common words
			if t := d.complementApposition(cls, i, end+1); t != "" {
				return t
			}
			for k := end + 2; k < len(d.toks) && k <= end+5; k++ {
				if d.closesApposition(k) && k > end+2 {
					return d.span(i, k)
				}
				if d.toks[k].Kind != Word || d.Cap(k) || d.verbLike(k) || cls[k]&cStop != 0 {
					break
				}
			}
		}
		// the complement holds words no list knows after known ones:
		// "the EU's special representative for the Belgrade-Pristina
		// dialogue," read from its connector
		for k := lastHead + 1; k < end; k++ {
			if isComplementConnector(d.Lower(k)) {
				return d.complementApposition(cls, i, k)
			}
		}
		return ""
	}
	if !d.validTitle(cls, i, end) {
		return ""
	}
	return d.span(i, end)
}

// seatFromEnd returns the token closing an apposition after a public
// head's "from" at token f when what follows names a party or a place:
// "the", lower-case seat modifiers ("opposition", "ruling") and
// capitalised words, at least one, to the apposition's end (at most
// seven words, no verb); 0 when it does not.
func (d *doc) seatFromEnd(cls []class, f int) int {
	named := false
	for k := f + 1; k < len(d.toks) && k <= f+8; k++ {
		if d.closesApposition(k) {
			if named && k > f+1 {
				return k
			}
			return 0
		}
		t := &d.toks[k]
		switch {
		case t.Kind != Word:
			return 0
		case d.lowerOf(t) == "the" && k == f+1:
		case !d.capOf(t) && d.offIs(k, wSeatMod):
		case d.capOf(t) && cls[k]&(cStop|cCalendar|cGiven) == 0 && !d.verbLike(k):
			named = true
		default:
			return 0
		}
	}
	return 0
}

// reducedRelative reports whether a participle and a preposition open
// a clause on the noun phrase ending before token k: "the Iraqi general
// [known as] Chemical Ali", "the envoy [based in] Geneva".
func (d *doc) reducedRelative(k int) bool {
	if k+1 >= len(d.toks) || d.toks[k].Kind != Word || d.Cap(k) || d.toks[k+1].Sent != d.toks[k].Sent {
		return false
	}
	w := d.Lower(k)
	if w != "known" && (len(w) < 5 || !strings.HasSuffix(w, "ed")) {
		return false
	}
	switch d.Lower(k + 1) {
	case "as", "in", "by", "for", "to", "with", "from", "at":
		return true
	}
	return false
}

// roleAdjective reports whether token k, inside an apposition before its
// head, is a modifier no list knows that a title head follows within
// two words: a lower-case word that is no verb, stopword or non-official
// role ("first indigenous president", "long-serving foreign minister").
func (d *doc) roleAdjective(cls []class, k int) bool {
	t := &d.toks[k]
	if t.Kind != Word || d.capOf(t) || cls[k]&(cStop|cNonOfficial|cCalendar) != 0 || d.verbLike(k) ||
		strings.HasSuffix(d.lowerOf(t), "ing") || troopAuxiliary[d.lowerOf(t)] || d.lowerOf(t) == "be" {
		return false // "a former managing director": a participle names a business role
	}
	for x := k + 1; x < len(d.toks) && x <= k+2 && d.toks[x].Sent == t.Sent; x++ {
		if cls[x]&cHead != 0 && cls[x]&cNonOfficial == 0 {
			return true
		}
		if d.toks[x].Kind != Word || cls[x]&(cStop|cNonOfficial) != 0 || d.verbLike(x) {
			return false
		}
	}
	return false
}

// complementApposition reads the rest of an apposition whose complement
// holds words no list knows: "Olena Shapoval, head of the Luhansk region's
// military administration, said". From the connector at token end it runs
// to the closing comma or stop (at most 10 tokens, no verb), and needs a
// place, body or title word in the complement.
func (d *doc) complementApposition(cls []class, i, end int) string {
	if end >= len(d.toks) || !isComplementConnector(d.Lower(end)) {
		return ""
	}
	known := false
	for k := end + 1; k < len(d.toks) && k <= end+12; k++ {
		t := &d.toks[k]
		// "the commander of the Fifth Army and a veteran of Iraq,": a
		// second noun phrase coordinated after the complement ends it
		coord := d.lowerOf(t) == "and" && (d.lowerAt(k+1) == "a" || d.lowerAt(k+1) == "an")
		if d.closesApposition(k) && !d.unitParen(k) || coord {
			// "the European commissioner for the internal market,": a
			// short definite complement of common words after a named
			// head also belongs to the role
			short := d.Text(k) == "," && (k-end <= 5 && d.lowerAt(end+1) == "the" || k-end == 2 && d.publicBefore(cls, i, end))
			if (known || short) && k > end+1 {
				return d.span(i, k)
			}
			return ""
		}
		switch {
		case t.Kind == Possessive, t.Kind == Punct && (d.textOf(t) == "-" || d.textOf(t) == "&"):
		case t.Kind == Punct && (d.textOf(t) == "’" || d.textOf(t) == "'") && k > end+1 && strings.HasSuffix(d.Lower(k-1), "s") && !t.Space &&
			k+1 < len(d.toks) && capWord(d, k+1):
			// a plural's possessive: "of the islands’ Legislative Assembly"
		case t.Kind == Word && privateBody(d, d.textOf(t)):
			return "" // a party's, a union's: "chairman of the district GOP" holds no office
		case d.unitNumber(k):
			// a unit's number: "of the 7th Armoured Brigade", "of Task Force 62"
		case d.unitParen(k):
			// a unit's region or role in brackets: "of 42 (North West) Brigade"
		case t.Kind == Word && d.capOf(t) && d.toks[k-1].Kind == Word && d.Cap(k-1) && k-1 > end && cls[k-1]&cStop == 0:
			// a capitalised word inside a body's name is no verb: "of the
			// Union of South American States"
			known = true
		case t.Kind != Word || d.verbLike(k) && !d.modifierInComplement(k) && !d.namedWord(k):
			return ""
		case cls[k]&(cPlace|cBody|cTitleWord|cHead) != 0 && cls[k]&cConnector == 0,
			d.capOf(t) && cls[k]&cStop == 0: // a proper name: "the Belgrade-Pristina dialogue"
			known = true
		}
	}
	return ""
}

// publicBefore reports whether the role [i, end) before a complement of
// one bare word ("the European commissioner [for competition]") names a
// public office by itself: its head is a public role noun whatever
// modifies it (official_words complement_head, public_head), or a place
// or a body modifies it ("European commissioner", "the EU envoy"), not
// "the director [of marketing]".
func (d *doc) publicBefore(cls []class, i, end int) bool {
	h := end - 1
	if h < i || d.toks[h].Kind != Word {
		return false
	}
	if d.offIs(h, wCompHead) || d.offIs(h, wPublicHead) {
		return true
	}
	for k := i; k < h; k++ {
		if cls[k]&(cPlace|cBody) != 0 {
			return true
		}
	}
	return false
}

// unitNumber reports whether token k is the number of a unit in a role's
// complement: an ordinal before a capitalised word ("the 7th Armoured
// Brigade", "the Soviet 40th Army") or a small number after one ("Task
// Force 62", "Joint Task Force 1110", "Panzerbrigade 45"; at most four digits).
func (d *doc) unitNumber(k int) bool {
	t := &d.toks[k]
	switch {
	case t.Kind == Ordinal:
		return k+1 < len(d.toks) && d.toks[k+1].Sent == t.Sent && capWord(d, k+1)
	case t.Kind == Number:
		if len(d.textOf(t)) > 4 {
			return false
		}
		if k > 0 && d.toks[k-1].Sent == t.Sent && capWord(d, k-1) {
			return true
		}
		// a cardinal before the unit's name, as British units are
		// written: "of 3 Commando Brigade", "of 42 (North West) Brigade"
		n := k + 1
		if n < len(d.toks) && d.Text(n) == "(" {
			n++
		}
		return n < len(d.toks) && d.toks[n].Sent == t.Sent && capWord(d, n)
	}
	return false
}

// unitParen reports whether the bracket at token k encloses capitalised
// words inside a unit's name: "42 [(]North West[)] Brigade", "1 (UK)
// Armoured Division". The opening one follows a unit's number; the
// closing one a capitalised word, with a capitalised word after it.
func (d *doc) unitParen(k int) bool {
	t := &d.toks[k]
	if t.Kind != Punct || k == 0 || k+1 >= len(d.toks) || d.toks[k+1].Sent != t.Sent {
		return false
	}
	switch d.textOf(t) {
	case "(":
		return d.toks[k-1].Kind == Number && d.unitNumber(k-1) && capWord(d, k+1)
	case ")":
		for x := k - 1; x > 0 && x >= k-4 && capWord(d, x); x-- {
			if d.Text(x-1) == "(" {
				return capWord(d, k+1)
			}
		}
	}
	return false
}

// modifierInComplement reports whether the -ed word at token k, which
// reads as a past tense, modifies the noun after it inside a complement:
// a connector or determiner before it and a lower-case word after ("of
// allied forces", "of the combined fleet").
func (d *doc) modifierInComplement(k int) bool {
	if k == 0 || k+1 >= len(d.toks) || !strings.HasSuffix(d.Lower(k), "ed") || d.kindIs(k, wPast) {
		return false
	}
	p := d.Lower(k - 1)
	return (isComplementConnector(p) || isDeterminer(p)) && d.toks[k+1].Kind == Word && !d.Cap(k+1) && !d.verbLike(k+1)
}

// memberOf reads a seat in a government body as a role, in an
// apposition starting at token i: "Mike Summers, a member of the islands’
// Legislative Assembly," → "member of the islands’ Legislative Assembly".
// The complement must name a body of the bodies list (a member of a
// party or a club holds no office).
func (d *doc) memberOf(cls []class, i int) string {
	if !d.memberNear(i) {
		return "" // most appositions: no "member" among its first four words
	}
	m := i
	// at most two modifiers before "member": "the Muslim member",
	// "the territory's nonvoting member"
	for m < len(d.toks) && m < i+3 && d.Lower(m) != "member" {
		if d.toks[m].Kind == Possessive || d.toks[m].Kind == Word && (d.Cap(m) && cls[m]&(cStop|cCalendar|cGiven) == 0 || adjectival(d.Lower(m)) || d.offIs(m, wSeatMod|wOwner) || strings.Contains(d.Lower(m), "voting") ||
			m+1 < len(d.toks) && d.Lower(m+1) == "member" && !d.Cap(m) && cls[m]&(cStop|cNonOfficial) == 0 && !d.verbLike(m)) { // "a loyalist member of"
			m++
			continue
		}
		return ""
	}
	if m+2 < len(d.toks) && d.Lower(m) == "member" && d.Lower(m+1) == "for" {
		return d.memberForSeat(cls, i, m)
	}
	if m+2 >= len(d.toks) || d.Lower(m) != "member" || d.Lower(m+1) != "of" {
		return ""
	}
	t := d.complementApposition(cls, m, m+1)
	if t == "" {
		return ""
	}
	if m > i {
		t = d.slice(d.toks[i].Start, d.toks[m].Start) + t
	}
	for k := m + 2; k < len(d.toks) && k <= m+12 && !d.closesApposition(k); k++ {
		if cls[k]&cBody != 0 && d.Cap(k) || d.toks[k].Kind == Word && d.offIs(k, wSeatBody) && (d.Cap(k) || d.seatBodyModifier(k-1)) {
			return t // "a member of the House", "a member of Bosnia's three-man presidency"
		}
	}
	return ""
}

// memberForSeat reads a parliamentary seat named by its constituency, in
// an apposition from token i whose "member" is at m: "Alan Pike, the
// Liberal member for Kenora-Rainy River," → "Liberal member for
// Kenora-Rainy River". A party (a capitalised word) stands before "member",
// and capitalised words, perhaps joined by hyphens or "and", run from
// "for" to the apposition's end; "a member for life" is no seat.
func (d *doc) memberForSeat(cls []class, i, m int) string {
	if m == i || !d.Cap(m-1) || cls[m-1]&(cStop|cCalendar) != 0 {
		return ""
	}
	k := m + 2
	for ; k < len(d.toks) && k <= m+8 && !d.closesApposition(k); k++ {
		t := &d.toks[k]
		switch {
		case t.Kind == Word && d.capOf(t) && cls[k]&cStop == 0:
		case t.Kind == Punct && (d.textOf(t) == "-" || d.textOf(t) == "–") && !t.Space:
		case d.lowerOf(t) == "and" && k > m+2 && capWord(d, k+1):
		default:
			return ""
		}
	}
	if k == m+2 || k > m+8 || !d.closesApposition(k) {
		return ""
	}
	return d.span(i, k)
}

// memberNear reports whether "member" is one of the tokens i to i+3:
// memberOf finds a role only there (its walk, without effects, is skipped
// elsewhere).
func (d *doc) memberNear(i int) bool {
	for m := i; m < len(d.toks) && m <= i+3; m++ {
		if d.Lower(m) == "member" {
			return true
		}
	}
	return false
}

// seatBodyModifier reports whether token k may open or modify a body
// whose members hold a seat: "the", a possessive, a capitalised word, an
// adjective, a level ("the city council", "Bosnia's three-man
// presidency"); not another noun ("the auction house").
func (d *doc) seatBodyModifier(k int) bool {
	if k < 0 {
		return false
	}
	t := &d.toks[k]
	if t.Kind == Possessive {
		return true
	}
	if t.Kind != Word {
		return false
	}
	w := d.lowerOf(t)
	return w == "the" || d.capOf(t) || adjectival(w) || strings.Contains(w, "-") || d.offIs(k, wSeatMod|wOwner)
}

// privateApposition reads a non-official role in an apposition starting at
// token i: a few modifiers and a nonofficial noun ("a retired teacher,").
func (d *doc) privateApposition(cls []class, i int) string {
	if !d.nonOfficialNear(cls, i) {
		return "" // no nonofficial word: nothing to find (the reporting verb look-ups are skipped)
	}
	for k := i; k < len(d.toks) && k < i+4 && d.toks[k].Kind == Word; k++ {
		if cls[k]&cNonOfficial != 0 {
			_, n := d.match(lexicon.NonOfficial, k)
			if n > 0 && (d.closesApposition(k+n) || d.plainComplement(k+n)) && d.validTitle(cls, i, k+n) {
				return d.span(i, k+n) // not "speaking to reporters"
			}
		}
		if e, n := d.match(lexicon.Reporting, k); n > 0 && e.Field(0) == "verb" || d.kindIs(k, wPast|wFuture) {
			return ""
		}
	}
	return ""
}

// nonOfficialNear reports whether one of the words privateApposition
// reads from token i (at most four, up to the first non-word) is marked
// nonofficial: a role can only open there.
func (d *doc) nonOfficialNear(cls []class, i int) bool {
	for k := i; k < len(d.toks) && k < i+4 && d.toks[k].Kind == Word; k++ {
		if cls[k]&cNonOfficial != 0 {
			return true
		}
	}
	return false
}

// plainComplement reports whether a complement with no verb runs from
// the connector at token k to the end of an apposition within 8 tokens:
// "a resident [of the town],", "a researcher [at a Dakar think tank],".
func (d *doc) plainComplement(k int) bool {
	if k >= len(d.toks) || !isComplementConnector(d.Lower(k)) {
		return false
	}
	for j := k + 1; j < len(d.toks) && j <= k+8; j++ {
		if d.closesApposition(j) {
			return j > k+1
		}
		if d.toks[j].Kind != Word && d.toks[j].Kind != Possessive || d.verbLike(j) {
			return false
		}
	}
	return false
}

// agedAfter reports whether an age follows the name ending before token
// e: "Anna Berg, 45, said". News gives the ages of private people: such a
// person takes no title from a description nearby.
func (d *doc) agedAfter(e int) bool {
	if e+2 >= len(d.toks) || d.Text(e) != "," || d.toks[e+1].Kind != Number {
		return false
	}
	if n, err := strconv.Atoi(d.Text(e + 1)); err != nil || n >= maxAge {
		return false
	}
	switch d.Text(e + 2) {
	case ",", ".":
		return true
	}
	return false
}

// closesApposition reports whether token k ends an apposition: a comma,
// a stop, a closing bracket or dash, or the end of the sentence.
func (d *doc) closesApposition(k int) bool {
	if k >= len(d.toks) || d.toks[k].Sent != d.toks[k-1].Sent || d.toks[k].Newline {
		return true
	}
	switch d.Text(k) {
	case ",", ".", ";", ")", "—", "–", ":", "!", "?":
		return true
	case "(":
		// a body's acronym after its name: "the director general of
		// Joint Services Information (JSI),"
		return k+2 < len(d.toks) && d.toks[k+1].Kind == Word && allCaps(d.Text(k+1)) && d.Text(k+2) == ")"
	}
	if d.sinceDate(k) {
		return true // "chairman of the Supreme Soviet since 1991,": a time, no part of the role (rule 17)
	}
	// a relative clause on the apposition: "a former foreign minister who
	// is a critic of the government"
	return relPronouns[d.Lower(k)] && d.Lower(k) != "when" && d.Lower(k) != "where"
}

// verbLikeOf reports whether token k is a verb a title never contains: a
// reporting verb, a past-tense word or a future marker (verbLike keeps
// the answer).
func (d *doc) verbLikeOf(k int) bool {
	t := &d.toks[k]
	if t.Kind != Word {
		return false
	}
	// the word's classes first: a title's words (most words asked) are
	// told without the look-ups
	c := d.classify()[k]
	if c&(cHead|cTitleWord) == 0 {
		if e, n := d.match(lexicon.Reporting, k); n > 0 && e.Field(0) == "verb" && !stemAgentNoun(d.lowerOf(t), e.Phrase) {
			return true
		}
	}
	if c&(cHead|cTitleWord|cPlace|cBody) == 0 {
		if _, ok := d.tense(k); ok && !tenseParticle(d.lowerOf(t)) {
			return true
		}
	}
	return false
}

// tenseParticle reports whether w, a word that marks the tense of a
// clause for the date resolver, is no verb: an adjective, an adverb, a
// preposition or a conjunction ("the town next to the base", "until
// Friday", "if elected").
func tenseParticle(w string) bool {
	switch w {
	case "next", "until", "till", "if", "unless", "tomorrow", "upcoming", "forthcoming", "effective", "payable":
		return true
	}
	return false
}

// stemAgentNoun reports whether w, matched by its stem to the reporting verb
// verb, is the noun of its doer: "observer", "reporters" (of "observe",
// "report") are no verbs; "answers" (of "answer") stays one.
func stemAgentNoun(w, verb string) bool {
	w = strings.TrimSuffix(w, "s")
	return (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")) && !strings.HasSuffix(verb, w[len(w)-2:])
}

// attributive reports whether the -ed word at token k modifies the role
// noun after it ("the country's elected president"), not a verb.
func (d *doc) attributive(cls []class, k int) bool {
	return strings.HasSuffix(d.Lower(k), "ed") && k+1 < len(d.toks) && d.toks[k+1].Kind == Word &&
		cls[k+1]&(cHead|cTitleWord) != 0 && cls[k+1]&cConnector == 0
}

func isPossPronoun(s string) bool {
	switch s {
	case "his", "her", "their", "its", "my", "our", "your":
		return true
	}
	return false
}

// listTitle reads lists of counterparts: "his counterparts from Poland,
// Mariusz Blaszczak; from Germany, ..." gives "counterpart from Poland".
func (d *doc) listTitle(cls []class, s int) string {
	if s < 3 || d.Text(s-1) != "," || cls[s-2]&cPlace == 0 || d.Lower(s-3) != "from" {
		return ""
	}
	for k := s - 4; k >= 0 && k > s-4-maxTitleTokens && d.toks[k].Sent == d.toks[s].Sent; k-- {
		t := &d.toks[k]
		if cls[k]&cHead != 0 && strings.HasSuffix(d.lowerOf(t), "s") {
			return strings.TrimSuffix(d.textOf(t), "s") + " from " + d.Text(s-2)
		}
	}
	return ""
}

// groupRole reports whether the head h (lower case) names a role an armed
// group has as well as a state ("leader", "commander", "spokesman"), not
// an office of government ("president", "minister"): official_words kind
// group_role.
func (d *doc) groupRole(h string) bool { return d.offWordIs(h, wGroupRole) }

// hasNonOfficial reports whether a title names a non-official role: its
// head word is one ("analyst") or it holds a multi-word one ("opposition
// leader"). A modifier alone does not count: a "top civilian official" is
// an official.
func (d *doc) hasNonOfficial(title string) bool {
	return d.titleFacts(title)&titleNonOfficial != 0
}

// Facts about a title string, memoised per document (a long document
// states the same few titles thousands of times).
const (
	titleKnown uint8 = 1 << iota
	titleNonOfficial
	titleOrg
	titleParty
	titleBrand // brandTitle: the officials stage asks it of every title it keeps
)

func (d *doc) titleFacts(title string) uint8 {
	if f, ok := d.titleMemo[title]; ok {
		return f
	}
	f, ok := d.titles.get(title)
	if !ok {
		f = d.titleFactsOf(title)
		d.titles.put(title, f)
	}
	if d.titleMemo == nil {
		d.titleMemo = make(map[string]uint8)
	}
	d.titleMemo[title] = f
	return f
}

// titleFactsOf is titleFacts, told from the title itself.
func (d *doc) titleFactsOf(title string) uint8 {
	f := titleKnown
	if d.nonOfficialTitle(title) {
		f |= titleNonOfficial
	}
	if d.orgTitleUncached(title) {
		f |= titleOrg
	}
	if d.partyTitleUncached(title) {
		f |= titleParty
	}
	if d.brandTitleUncached(title) {
		f |= titleBrand
	}
	return f
}

func (d *doc) nonOfficialTitle(title string) bool {
	l := d.lex.List(lexicon.NonOfficial)
	if l.Has(d.headOf(title)) {
		return true
	}
	lower := strings.ToLower(title)
	if strings.IndexByte(lower, ' ') >= 0 && d.nonOfficialPhrases.containsAny(lower) { // every phrase has a space
		return true
	}
	// a role in an armed group: "rebel commander", "militia spokesman",
	// "Taliban insurgent leader" (the words before the complement only:
	// "commander of the campaign against the rebels" holds an office); a
	// separatist government's offices are offices ("Chechnya's separatist
	// president")
	if !d.groupRole(d.headOf(lower)) {
		return false
	}
	for w := range strings.FieldsSeq(lower) {
		switch w {
		case "of", "for", "against", "in", "on", "at", "with", "and":
			return false
		}
		if d.offWordIs(strings.Trim(w, "'’"), wArmedGroup) {
			return true
		}
	}
	return false
}

// gazetteer reports whether name is a well-known official: a full name of
// the gazetteer, or a surname that only one gazetteer entry has.
func (p *Pipeline) gazetteer(name string, words int) bool {
	var buf [64]byte
	if key, ok := lowerASCII(buf[:0], name); ok { // no string made
		if _, ok := p.lex.List(lexicon.Officials).LookupBytes(key); ok {
			return true
		}
		return words == 1 && p.gazSurnames[string(key)] == 1
	}
	key := strings.ToLower(nameKey(name))
	if _, ok := p.lex.List(lexicon.Officials).Lookup(key); ok {
		return true
	}
	return words == 1 && p.gazSurnames[key] == 1
}

// gazetteerAt is gazetteer of the name at tokens [s, e). A name whose
// last word ends no gazetteer name (its WordID, if any, is not one of
// gazLast) is no gazetteer name: told by the token's id, without making
// the name's lower-cased key (most names that are not officials', and
// most of those the lexicon knows: "Smith"). The last word must stand after a space
// (or alone) and be ASCII, so that it is the key's last word as
// gazetteer would lower-case it. A name of one word that ends one is
// told by its id too (gazOne): "Trump" needs no key either.
//
// The officials stage asks it several times about each name in a row: the
// last answer is kept (d.gazMemo).
func (p *Pipeline) gazetteerAt(d *doc, s, e int) bool {
	if m := &d.gazMemo; m.ok && m.s == int32(s) && m.e == int32(e) {
		return m.known
	}
	known := p.gazetteerAtOf(d, s, e)
	d.gazMemo = gazetteerMemo{s: int32(s), e: int32(e), known: known, ok: true}
	return known
}

// gazLastWord reports whether the word of lexicon id id ends a gazetteer
// name (0, no word of the lexicon, ends none).
func (p *Pipeline) gazLastWord(id lexicon.WordID) bool {
	return id != 0 && int(id/64) < len(p.gazLast) && p.gazLast[id/64]&(1<<(id%64)) != 0
}

// gazetteerMemo is the last answer of gazetteerAt.
type gazetteerMemo struct {
	s, e      int32
	known, ok bool
}

// gazetteerAtOf is gazetteerAt, not memoised.
func (p *Pipeline) gazetteerAtOf(d *doc, s, e int) bool {
	if k := e - 1; p.gazWordsKnown {
		if t := &d.toks[k]; t.Kind == Word && (k == s || t.Start > 0 && d.text[t.Start-1] == ' ') && isASCII(d.textOf(t)) {
			id := d.lowIDs[k]
			if !p.gazLastWord(id) {
				return false
			}
			if k == s {
				// a name of one word, a gazetteer surname: told by its id
				return int(id/64) < len(p.gazOne) && p.gazOne[id/64]&(1<<(id%64)) != 0
			}
		}
	}
	return p.gazetteer(d.span(s, e), e-s)
}

// isSurname reports whether w (lower-cased) is the surname of a person
// already on the roster.
func (r *roster) isSurname(w string) bool { return len(r.named(w)) > 0 }

// gazetteerAka adds to alt the other names the gazetteer gives a person
// named in full on the roster by a gazetteer name (officials.txt field
// aka): "Joko Widodo … [Jokowi] said". A name that is the surname or a
// key of someone else stays theirs.
func (r *roster) gazetteerAka(p *Pipeline, alt map[string]*person) map[string]*person {
	if len(p.gazAka) == 0 {
		return alt
	}
	for _, pe := range r.people {
		if !pe.gazNamed {
			continue
		}
		for _, a := range p.gazAka[strings.ToLower(pe.longest)] {
			if _, taken := alt[a]; taken || r.isSurname(a) {
				continue
			}
			if alt == nil {
				alt = map[string]*person{}
			}
			alt[a] = pe
		}
	}
	return alt
}

// isNameKey reports whether w takes up a person of the roster alone: a
// surname, or the first word of a full name ("Moon Jae-in … Moon’s
// chief press secretary").
func (r *roster) isNameKey(w string) bool {
	return r.isSurname(w) || r.honorificFirst(w) != nil
}

// otherThanGazetteer reports whether the people on the roster with this
// surname are all named in full, and none by a full name of the gazetteer:
// then a lone surname is theirs, not the gazetteer official's. (It asks
// of the first maxSameSurname people of the surname: of all, it was
// quadratic in a record of thousands of officials of one surname.)
func (r *roster) otherThanGazetteer(p *Pipeline, surname string) bool {
	people := r.sameSurname(surname)
	firsts := p.gazFirst[surname]
	if len(people) == 0 || len(firsts) == 0 {
		return false
	}
	for _, pe := range people {
		if !pe.named || pe.gazNamed {
			return false
		}
		for _, first := range firsts {
			if sameFirst(pe.first, first) {
				return false
			}
		}
	}
	return true
}

// linkLists makes officials of the people named in a list beside officials
// ("Francois Delattre of France, Andreas Michaelis of Germany, Pasquale
// Ferrara of Italy").
func (r *roster) linkLists(d *doc, found []mention) {
	sorted := sortMentions(found)
	for n, m := range sorted {
		if m.p.official || m.p.private {
			continue
		}
		if m.j < len(d.toks) && d.toks[m.j].Kind == Possessive {
			continue // an apposition's owner, no list item: "Ivan Sokolov, Boris Orlov's spokesman,"
		}
		for _, o := range []int{n - 1, n + 1} {
			if o < 0 || o >= len(sorted) || !sorted[o].p.official {
				continue
			}
			a, b := sorted[o], m
			if a.i > b.i {
				a, b = b, a
			}
			if listGap(d, a.j, b.i) {
				m.p.official = true
			}
		}
	}
}

// listGap reports whether tokens [i, j) only join two items of a list:
// commas, "and", and "of <Place>".
func listGap(d *doc, i, j int) bool {
	if j-i > 6 || j <= i {
		return false
	}
	comma := false
	for k := i; k < j; k++ {
		t := &d.toks[k]
		switch {
		case d.textOf(t) == "," || d.textOf(t) == ";":
			comma = true
		case d.lowerOf(t) == "and" || d.lowerOf(t) == "of" || d.lowerOf(t) == "the":
		case t.Kind == Word && d.capOf(t) && d.classify()[k]&cPlace != 0:
		default:
			return false
		}
	}
	return comma
}

// finish chooses each person's name and title and writes the mentions.
func (r *roster) finish(d *doc, found []mention) {
	r.merge(found)
	for _, pe := range r.people {
		pe.name = fullest(pe.forms)
		if pe.name == "" {
			pe.name = fullest(pe.variants)
		}
		if pe.private && !pe.role {
			pe.official = false
		}
	}
	for _, pe := range r.people {
		d.retitle(pe)
	}
	r.all = sortMentions(found)
	r.byEnd = make([]int32, len(r.all))
	// every person's mention starts in one array: counted first, then
	// each person's part filled in order (an array grown per person was
	// a tenth of the stage's allocations)
	for _, m := range r.all {
		m.p.nAt++
	}
	ats := make([]int32, len(r.all))
	for k, m := range r.all {
		r.byEnd[k] = int32(k)
		if m.p.at == nil {
			n := int(m.p.nAt)
			m.p.at, ats = ats[:0:n], ats[n:]
		}
		m.p.at = append(m.p.at, int32(m.i))
		if g := d.genderOf(m.i); g != 0 {
			m.p.gender = g
		}
	}
	// mentions rarely nest: the ends are sorted already
	byEnd := func(a, b int32) int { return cmp.Compare(r.all[a].j, r.all[b].j) }
	if !slices.IsSortedFunc(r.byEnd, byEnd) {
		slices.SortStableFunc(r.byEnd, byEnd)
	}
	for _, pe := range r.people {
		if pe.gender != 0 {
			continue // told by a mention (an honorific, a first name)
		}
		if g := genderOfRole(d.headOf(pe.title)); g != 0 {
			pe.gender = g
		}
	}
	r.describedTitles(d)
	for _, m := range r.all {
		if m.p.official && d.datelinePlace(m.i, m.j) {
			// "VILA DA LUZ, Mozambique — …": the dateline's place,
			// so every mention of that name is the place's (guide 21y)
			m.p.official = false
		}
	}
	// sized first: a quarter of a million mentions grown by appending
	// would allocate four times their size
	n := 0
	for _, m := range r.all {
		if m.p.official {
			n++
		}
	}
	r.mentions = make([]officialSpan, 0, n)
	who := map[*person]int32{}
	for _, m := range r.all {
		if !m.p.official {
			continue
		}
		k, ok := who[m.p]
		if !ok {
			k = int32(len(r.names))
			who[m.p] = k
			r.names = append(r.names, officialName{m.p.name, m.p.title, titleRuleOf(m.p)})
		}
		r.mentions = append(r.mentions, officialSpan{start: d.toks[m.i].Start, end: d.toks[m.j-1].End, who: k})
	}
}

// datelinePlace reports whether the name [i, j) is the place of a
// dateline opening its paragraph, in capitals and followed by a comma or
// the dateline's dash ("VILA DA LUZ, Mozambique —", "PAGO PAGO —").
func (d *doc) datelinePlace(i, j int) bool {
	if i > 0 && d.toks[i-1].Para == d.toks[i].Para || j >= len(d.toks) {
		return false
	}
	for k := i; k < j; k++ {
		if d.toks[k].Kind != Word || !isAllCaps(d.Text(k)) {
			return false
		}
	}
	if d.Text(j) != "," && !isHyphen(d.Text(j)) && d.Text(j) != "—" && d.Text(j) != "–" {
		return false
	}
	return afterDateline(d, i, min(len(d.toks), i+10)) > i
}

// describedTitles gives a title to a person the document names without
// one when a definite description clearly refers to them: after the name
// ("Lindqvist … The prime minister argued") through resolveDescription's
// rule for untitled people, or before it when a role is introduced first
// and the next person named takes it up ("Ukraine's deputy intelligence
// chief said … ¶ Vadym Petrenko added"; "The House minority leader has
// kept his distance. Hakeem Jeffries said"). A description right beside a
// name is a title or an apposition, handled where the name is found. A
// person named in a sentence beside a description is not what the same
// description refers to elsewhere ("Asked about Aliyev, the prime
// minister said": the prime minister is someone else).
func (r *roster) describedTitles(d *doc) {
	cls := d.classify()
	type described struct {
		ds      description
		title   string
		end     int
		subject bool
	}
	var descs []described
	for _, h32 := range r.heads {
		h := int(h32)
		d.tick()
		if d.toks[h].Kind != Word || cls[h]&cHead == 0 && !d.descHead(h) {
			continue
		}
		if h+1 < len(d.toks) && d.toks[h+1].Kind == Word && cls[h+1]&(cHead|cTitleWord) != 0 && cls[h+1]&cConnector == 0 {
			continue // the noun phrase goes on: "deputy [foreign minister]"
		}
		ds, title, end, ok := d.descriptionAt(cls, h)
		if !ok || !headWritten(ds.head.Phrase, d.Lower(h)) {
			continue // "the presidency" is matched to "president" by its stem, and is no person
		}
		if _, named := r.startingAt(end); named || d.beside(r, ds.a, end) || len(r.between(ds.a, end)) > 0 {
			continue
		}
		subject := d.descSubjectAt(end)
		if !subject && !d.endsClause(end) {
			continue // "the office of the chairman", "the official Iraqi News Agency"
		}
		descs = append(descs, described{ds, title, end, subject})
	}
	if len(descs) == 0 {
		r.governmentHeads(d, nil, nil)
		return
	}
	// the index of the sentences beside the descriptions is built at its
	// first question: most documents ask none (a subject description
	// whose referent is an untitled person asks it), and building it was
	// a sixth of describedTitles on PolNeAR dev
	var apart *besideIndex
	beside := func() *besideIndex {
		if apart == nil {
			apart = r.namedBeside(d, len(descs), func(n int) (int, string) {
				d.check()
				return descs[n].ds.a, descs[n].title
			})
		}
		return apart
	}
	give := func(pe *person, title string, src titleSource) {
		pe.state(title, src)
		pe.official, pe.role = true, true
		d.retitle(pe)
	}
	for _, x := range descs {
		d.tick()
		if d.hasNonOfficial(x.title) || r.rankedBefore(d, x.ds) {
			continue
		}
		if pe := r.rankedJustBefore(d, x.ds, x.end); x.subject && pe != nil {
			give(pe, x.title, srcDescribed) // "… by General Sir Ian Mott. The head of the Army had argued"
			continue
		}
		if x.subject {
			pe, titled := r.referent(d, x.ds)
			if titled && pe.titleSrc == srcRank && d.roleDescription(x.title) && r.untitledFits(d, x.ds, pe) {
				// a rank is the title only when no role is stated (rule
				// 16): "Gen. [Tom Hale] arrived. The top American
				// commander in Afghanistan said" states his role
				give(pe, x.title, srcDescribed)
				continue
			}
			if titled {
				if d.relationTitle(pe.title) && !d.relationTitle(x.title) && contentWords(x.title) > contentWords(pe.title) {
					// guide rule 20: "his Egyptian counterpart, [Ali Nour] …
					// The Egyptian foreign minister said": the role is named
					pe.state(x.title, srcDescribed)
					d.retitle(pe)
				}
				continue
			}
			if pe != nil && !r.untitledFits(d, x.ds, pe) {
				pe = nil
			}
			if g := r.gazetteerReferent(d, x.ds); g != nil && r.untitledFits(d, x.ds, g) {
				pe = g // "Macron and Scholz met. The French president said": Macron (rule 21e: in one paragraph)
			} else if pe != nil {
				if known, fits := d.gazetteerFits(x.ds, pe); known && !fits {
					pe = nil // not Scholz
				}
			}
			if pe != nil {
				if excl := beside().excluder(titleKey(x.title)); excl(pe) {
					pe = r.untitledNear(d, x.ds, excl)
				}
			}
			if pe != nil {
				if pe.title == "" && x.ds.head.Field(1) != "*" {
					give(pe, x.title, srcDescribed)
				}
				continue
			}
		}
		if pe := r.takenUp(d, x.ds, x.end, x.subject); pe != nil {
			give(pe, x.title, srcRoleFirst)
		}
	}
	dss, titles := make([]description, len(descs)), make([]string, len(descs))
	for n, x := range descs {
		dss[n], titles[n] = x.ds, x.title
	}
	r.governmentHeads(d, dss, titles)
}

// governmentHeads makes an official of a person named, with no role, as
// the head of a government: the possessor of a government, an
// administration, a cabinet or a presidency ("Margaret Thatcher’s
// government", "the Thatcher cabinet", "Mrs Thatcher’s cabinet"). The
// title is the first of the descriptions ds (titles as stated) whose head
// names the head of a government or state ("the Prime Minister", "the
// president") and which no titled person fits; else the person has none.
func (r *roster) governmentHeads(d *doc, ds []description, titles []string) {
	for _, pe := range r.people {
		if pe.official && (pe.role || len(pe.ranks) > 0) || pe.private || pe.title != "" || !r.leadsGovernment(d, pe) {
			// a gazetteer's official with no role stated is taken too:
			// "Margaret Thatcher's government … the Prime Minister"
			continue
		}
		pe.official = true
		for n, x := range ds {
			if !d.headOfGovernment(x) || d.hasNonOfficial(titles[n]) || !strings.HasSuffix(x.head.Phrase, headWord(titles[n])) {
				// (by its own word, not a stem's: "the presidency" is no "president")
				continue
			}
			if q, titled := r.referent(d, x); titled && q != pe {
				continue
			}
			pe.state(titles[n], srcGovernment)
			pe.role = true
			d.retitle(pe)
			break
		}
	}
}

// leadsGovernment reports whether a mention of pe is the possessor of a
// body its head leads ("Thatcher’s government", "Thatcher cabinet", "the
// government of Romano Prodi"):
// descriptions.txt marks those bodies "led".
func (r *roster) leadsGovernment(d *doc, pe *person) bool {
	for _, i := range pe.at {
		m, ok := r.startingAt(int(i))
		if !ok || m.p != pe {
			continue
		}
		if b := m.i - 2; b >= 0 && d.Lower(m.i-1) == "of" && d.toks[b].Kind == Word && d.toks[b].Sent == d.toks[m.i].Sent {
			// "the government of Romano Prodi"
			if l := d.Lower(b); l == "government" || l == "administration" {
				return true // not "the cabinet of X", "the office of X": a minister's too
			}
		}
		k := m.j
		if k < len(d.toks) && d.toks[k].Kind == Possessive {
			k++
		}
		if k >= len(d.toks) || d.toks[k].Kind != Word || d.toks[k].Sent != d.toks[m.i].Sent {
			continue
		}
		if e, n := d.description(k); n == 1 && e.Field(0) == "source" && e.Field(1) == "led" && !plural(d.Lower(k)) {
			return true
		}
	}
	return false
}

// headOfGovernment reports whether a description's head names the head of
// a government or state: a head the descriptions entry "leader" covers
// ("the Prime Minister", "the president"), not "leader" itself.
func (d *doc) headOfGovernment(ds description) bool {
	e, ok := d.lex.List(lexicon.Descriptions).Lookup("leader")
	if !ok || ds.head.Phrase == "leader" {
		return false
	}
	for c := range strings.SplitSeq(e.Field(1), ",") {
		if strings.TrimSpace(c) == ds.head.Phrase {
			return true
		}
	}
	return false
}

// untitledFits reports whether an untitled person found as the referent
// of a description may take its role: no age was given with the name
// (see agedAfter), and the description is in the paragraph of the
// person's last mention before it (a new paragraph's "The foreign
// minister arrived" is not the person the last paragraph ended with).
func (r *roster) untitledFits(d *doc, ds description, pe *person) bool {
	if pe.aged {
		return false
	}
	n := r.lastBefore(ds.a)
	for ; n >= 0 && r.all[n].p != pe; n-- {
	}
	return n >= 0 && d.toks[r.all[n].i].Para == d.toks[ds.a].Para
}

// gazetteerReferent looks, among the untitled people named in the
// description's sentence and the two before, for those the officials
// gazetteer knows in full with a role: the nearest whose gazetteer role
// fits the description (see compatibleKey) is its referent ("Macron and
// Scholz met. The French president said": Macron).
func (r *roster) gazetteerReferent(d *doc, ds description) *person {
	last := r.lastBefore(ds.a)
	for n := last; n >= 0 && n > last-maxDescBack && d.toks[ds.a].Sent-d.toks[r.all[n].i].Sent <= descSentencesBack; n-- {
		p := r.all[n].p
		if p.title != "" || p.private {
			continue
		}
		if known, fits := d.gazetteerFits(ds, p); known && fits {
			return p
		}
	}
	return nil
}

// gazetteerFits reports whether the officials gazetteer knows the
// person's full name with a role, and whether that role fits the
// description.
func (d *doc) gazetteerFits(ds description, p *person) (known, fits bool) {
	if !p.gazSeen {
		p.gazSeen = true
		if e, found := d.lex.List(lexicon.Officials).Lookup(p.name); found {
			// "NATO Secretary General (2024-); Dutch Prime Minister
			// (2010-2024)": every role the person held
			for _, role := range strings.Split(e.Field(0), ";") {
				if i := strings.IndexByte(role, '('); i >= 0 {
					role = role[:i]
				}
				if strings.TrimSpace(role) != "" {
					p.gazRoles = append(p.gazRoles, titleKey(role))
				}
			}
		}
	}
	for _, role := range p.gazRoles {
		if d.compatibleKey(ds, role, d.titleCountries(role)) {
			return true, true
		}
	}
	return len(p.gazRoles) > 0, false
}

// untitledNear returns the untitled person a description refers to when
// the last person named before it is one the description cannot be
// (excl): the nearest person named before it that excl does not hold,
// untitled, not private, in its sentence or the two before, not named in
// its own sentence; nil if that person does not qualify.
func (r *roster) untitledNear(d *doc, ds description, excl func(*person) bool) *person {
	last := r.lastBefore(ds.a)
	for n := last; n >= 0 && n > last-maxDescBack; n-- {
		m := r.all[n]
		pe := m.p
		if excl(pe) {
			continue
		}
		if pe.title != "" || pe.private || pe.aged || d.offWordIs(ds.head.Phrase, wRelation) || d.toks[ds.a].Sent-d.toks[m.i].Sent > descSentencesBack ||
			d.toks[ds.a].Para != d.toks[m.i].Para ||
			ds.gender != 0 && pe.gender != 0 && ds.gender != pe.gender ||
			d.indefiniteBefore(ds, m.i) || r.namedInSentence(d, pe, ds) {
			return nil
		}
		return pe
	}
	return nil
}

// endsClause reports whether a description that is no subject ends its
// clause before a relative clause or the end of the sentence ("will meet
// Norway's defence minister, who took over in April."): the next sentence
// may name that person.
func (d *doc) endsClause(end int) bool {
	if end >= len(d.toks) || d.toks[end].Sent != d.toks[end-1].Sent {
		return true
	}
	switch d.Text(end) {
	case ".", "!", "?":
		return true
	case ",":
		return end+1 < len(d.toks) && (d.Lower(end+1) == "who" || d.Lower(end+1) == "whose")
	}
	return false
}

// descriptionAt reads a definite description whose head is token h: a
// determiner, possessive pronoun or "Place's", modifiers, the head and an
// optional "of <country>" complement. It returns the description, its
// title text (no determiner) and the token after it.
func (d *doc) descriptionAt(cls []class, h int) (description, string, int, bool) {
	sent := int(d.toks[h].Sent)
	a, det := h, false
	for a > 0 && h-a < 6 && int(d.toks[a-1].Sent) == sent {
		t := &d.toks[a-1]
		if t.Kind == Word && (d.lowerOf(t) == "the" || d.lowerOf(t) == "his" || d.lowerOf(t) == "her" || d.lowerOf(t) == "their" || d.lowerOf(t) == "its") {
			a, det = a-1, true
			break
		}
		if t.Kind == Possessive && a-3 >= 0 && d.Lower(a-3) == "the" && int(d.toks[a-3].Sent) == sent && d.toks[a-2].Kind == Word &&
			!d.Cap(a-2) && cls[a-2]&(cHead|cNonOfficial) == 0 && d.offIs(a-2, wOwner) {
			a, det = a-3, true // "the city’s police chief", "the country’s defence minister"
			break
		}
		if t.Kind == Possessive && a-2 >= 0 && (cls[a-2]&(cPlace|cBody) != 0 || d.toks[a-2].Kind == Word && allCaps(d.Text(a-2))) && int(d.toks[a-2].Sent) == sent {
			a, det = a-2, true
			for a > 0 && h-a < 8 && int(d.toks[a-1].Sent) == sent && capWord(d, a-1) && cls[a-1]&(cPlace|cBody) != 0 && cls[a-1]&cStop == 0 {
				a-- // the whole place: "New Zealand’s defence minister"
			}
			break
		}
		if t.Kind != Word || cls[a-1]&(cConnector|cStop) != 0 || !cls[a-1].titleish() && (d.capOf(t) || d.wordIs(d.lowerOf(t), wPast) || !adjectival(d.lowerOf(t))) {
			break
		}
		a--
	}
	// without a determiner only a capitalised role opening a sentence (a
	// headline "Mayor urges ...")
	if !det && (a > 0 && int(d.toks[a-1].Sent) == sent || !d.Cap(a)) {
		return description{}, "", 0, false
	}
	bare := !det
	ds, ok := d.parseDescription(a, h+1)
	if !ok {
		return description{}, "", 0, false
	}
	end := h + 1
	if d.lowerAt(end) == "of" || d.lowerAt(end) == "for" {
		k := end + 1
		if d.lowerAt(k) == "the" {
			k++
		}
		if e, n := d.match(lexicon.Places, k); n > 0 && e.Field(0) == "country" && d.Cap(k) &&
			(k+n >= len(d.toks) || d.toks[k+n].Kind != Possessive && !capWord(d, k+n)) {
			end = k + n
			ds.mods = append(ds.mods, k)
		} else if c := d.descComplement(cls, k); c > 0 {
			end = c
			for x := k; x < c; x++ {
				switch {
				case cls[x]&(cTitleWord|cBody|cPlace|cHead) != 0 && cls[x]&cConnector == 0:
					// the complement decides the role: "the secretary of
					// state" is no defence secretary; "the commander of the
					// U.S. Seventh Fleet" no Chief of the Naval Staff
					ds.mods = append(ds.mods, x)
				case d.toks[x].Kind == Word && d.Cap(x) && cls[x]&cStop == 0:
					ds.named = append(ds.named, x) // "of the U.S. Seventh Fleet"
				}
			}
		}
	} else if d.lowerAt(end) == "in" || d.lowerAt(end) == "to" {
		// "the top American commander in Iraq", "the US ambassador to
		// Russia": a place complement belongs to the role
		k := end + 1
		if _, n := d.match(lexicon.Places, k); n > 0 && k < len(d.toks) && d.Cap(k) &&
			(k+n >= len(d.toks) || d.toks[k+n].Kind != Possessive) {
			end = k + n
		}
	}
	if ds.head.Field(1) == "*" && len(ds.mods) == 0 {
		return description{}, "", 0, false // "his counterpart", "the official": no role stated
	}
	from := a
	if !bare && d.toks[a].Kind == Word && !d.Cap(a) || isDeterminer(d.Lower(a)) || isPossPronoun(d.Lower(a)) {
		from = a + 1 // not a place's: "New Zealand’s defence minister"
	}
	if from > h {
		return description{}, "", 0, false
	}
	return ds, d.span(from, end), end, true
}

// descComplement reads the complement of a role after "of" from token k,
// the words of an office ("of military intelligence", "of Armenia's
// Security Council", "of the General Staff"): at most eight title, body,
// place or capitalised words and possessives, followed by a verb; a
// connector between capitalised words stays inside a body's name ("of the
// Office of Foreign Disaster Assistance", "of the Institute in Taiwan").
// It returns the token after the complement, or 0.
func (d *doc) descComplement(cls []class, k int) int {
	known := false
	for j := k; j < len(d.toks) && j < k+8 && d.toks[j].Sent == d.toks[k-1].Sent; j++ {
		t := &d.toks[j]
		switch {
		case t.Kind == Possessive && j > k:
		case j > k && j+1 < len(d.toks) && t.Kind == Word && cls[j]&cConnector != 0 && d.Cap(j-1) && capWord(d, j+1) &&
			d.toks[j+1].Sent == t.Sent && isComplementConnector(d.lowerOf(t)):
			continue // inside a body's name: "Office [of] Foreign Disaster Assistance"
		case t.Kind != Word || d.verbLike(j):
			return 0
		case cls[j]&(cTitleWord|cBody|cPlace|cHead) != 0 && cls[j]&cConnector == 0:
			known = true
		case d.capOf(t) && cls[j]&(cStop|cCalendar) == 0 || j > k && d.offWordIs(d.lowerOf(t), wOwner) && d.Cap(j-1):
			// a proper name of a place or a unit: "of the Maule region",
			// "of the U.S. Fifth Fleet"
			known = true
		default:
			return 0
		}
		if known && d.descSubjectAt(j+1) {
			return j + 1
		}
	}
	return 0
}

// subjectAt reports whether the description ending before token end is a
// subject: a verb follows it, perhaps after an adverb ("The prime minister
// argued", "the minister also said", "the spokeswoman has"), and it does
// not hang on a preceding "of".
func (d *doc) subjectAt(end int) bool {
	if end+2 < len(d.toks) && d.Text(end) == "," && (d.Lower(end+1) == "who" || d.Lower(end+1) == "whose") {
		// a relative clause between commas: "The foreign secretary, who
		// was made a peer to take the post, said"
		for k := end + 2; k < len(d.toks) && k < end+24 && d.toks[k].Sent == d.toks[end].Sent; k++ {
			if d.Text(k) == "," {
				return k+1 < len(d.toks) && d.subjectAt(k+1)
			}
			if d.toks[k].Kind == Punct && d.Text(k) != "-" && d.Text(k) != "’" && d.Text(k) != "'" {
				return false
			}
		}
		return false
	}
	if k := d.afterInsertion(end); k > end {
		// an inserted phrase between commas: "The Greek prime minister,
		// under pressure at home over the deal, has set no date"
		return d.subjectAt(k)
	}
	if k := d.afterParticipial(end); k > end {
		return d.subjectAt(k) // "The Prime Minister, setting out the review, said"
	}
	for k := end; k < len(d.toks) && k < end+2; k++ {
		t := &d.toks[k]
		if t.Kind != Word || d.capOf(t) && !d.upperWord(k) {
			return false
		}
		if e, n := d.match(lexicon.Reporting, k); n > 0 && e.Field(0) == "verb" {
			return true
		}
		if _, ok := d.tense(k); ok || troopAuxiliary[d.lowerOf(t)] || d.lowerOf(t) == "has" || d.lowerOf(t) == "says" {
			return true
		}
		if l := d.lowerOf(t); k == end && presentS(l) && d.classify()[k]&(cStop|cHead|cTitleWord|cBody) == 0 {
			return true // a present tense, as in headlines: "Mayor urges residents to flee"
		}
		if d.offWordIs(d.lowerOf(t), wSamePast) && d.particleOrObject(k+1) {
			return true // an irregular past the same as its present: "The acting secretary set off a storm"
		}
		if !isAdverb(d.lowerOf(t)) {
			return false
		}
	}
	return false
}

// particleOrObject reports whether token k, after a same-form verb, opens
// what a verb takes: a particle ("set off", "put out") or a determiner
// ("cut the budget"), not a complement of a noun ("the set of rules").
func (d *doc) particleOrObject(k int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != Word || d.Cap(k) {
		return false
	}
	switch d.Lower(k) {
	case "off", "out", "up", "down", "aside", "forth", "the", "a", "an", "his", "her", "their", "its":
		return true
	}
	return false
}

// afterInsertion returns the token after a phrase set off by commas
// that opens at the comma at token end and opens with a preposition
// ("under fire at home over the conduct of the war"): at most 16 tokens,
// lower-case words and no verb, pronoun or name. It returns end when there
// is none. A participial phrase is afterParticipial's.
func (d *doc) afterInsertion(end int) int {
	if end+2 >= len(d.toks) || d.Text(end) != "," || !isPreposition(d.Lower(end+1)) {
		return end
	}
	for k := end + 2; k < len(d.toks) && k < end+18 && d.toks[k].Sent == d.toks[end].Sent; k++ {
		t := &d.toks[k]
		if d.textOf(t) == "," {
			if k == end+2 {
				return end
			}
			return k + 1
		}
		if t.Kind != Word || d.capOf(t) || d.verbLike(k) || isPronoun(d.lowerOf(t)) {
			return end
		}
	}
	return end
}

// descSubjectAt is subjectAt for a description, which may also be renamed
// by a noun phrase between commas before its verb (afterNounApposition): "The
// director of the Institute, Washington's de facto embassy, said". A
// name's apposition states the person's own role instead, and is not
// skipped.
func (d *doc) descSubjectAt(end int) bool {
	if d.subjectAt(end) {
		return true
	}
	k := d.afterNounApposition(end)
	return k > end && d.subjectAt(k)
}

// afterNounApposition returns the token after a noun phrase between
// commas opening at token end, one that opens with an article or a
// possessor ("the agency's chief", "Washington's de facto embassy") and
// holds no verb nor pronoun: it renames the phrase before it, which goes
// on as the subject. Else end. A name after the comma is no such phrase
// (the description and the name are then beside each other).
func (d *doc) afterNounApposition(end int) int {
	if end+3 >= len(d.toks) || d.Text(end) != "," || d.toks[end+1].Kind != Word {
		return end
	}
	switch w := d.Lower(end + 1); {
	case w == "the" || w == "a" || w == "an":
	case d.toks[end+2].Kind == Possessive:
	default:
		return end
	}
	for k := end + 2; k < len(d.toks) && k < end+12 && d.toks[k].Sent == d.toks[end].Sent; k++ {
		t := &d.toks[k]
		if d.textOf(t) == "," {
			return k + 1
		}
		if t.Kind == Possessive {
			continue
		}
		if t.Kind != Word || d.verbLike(k) || isPronoun(d.lowerOf(t)) || d.lowerOf(t) == "who" || d.lowerOf(t) == "which" {
			return end
		}
	}
	return end
}

// presentS reports whether a lower-case word looks like a verb in the
// third person present ("urges", "warns"): an -s ending after a letter
// other than s, u or i.
func presentS(l string) bool {
	if len(l) < 4 || !strings.HasSuffix(l, "s") {
		return false
	}
	switch l[len(l)-2] {
	case 's', 'u', 'i', '\'':
		return false
	}
	return true
}

// beside reports whether the description [a, end) is an apposition of a
// name: "Lindqvist, the prime minister" or "the prime minister, Lindqvist".
func (d *doc) beside(r *roster, a, end int) bool {
	// "Asked about Shoigu, the Kremlin spokesman said": a description
	// followed by a verb is a subject, no apposition
	if a >= 2 && d.Text(a-1) == "," && d.closesApposition(end) {
		if _, ok := r.endingAt(a - 1); ok {
			return true
		}
	}
	if end+1 < len(d.toks) && d.Text(end) == "," {
		if _, ok := r.startingAt(end + 1); ok {
			return true
		}
	}
	return false
}

// takenUp returns the person a role introduced first is later named as:
// the next person named after the description, for the first time there
// and with no title, who either (the description being the subject of a
// reporting verb) is the subject of a reporting verb within the two
// sentences after it, or opens the very next sentence as its subject
// ("The House minority leader has kept his distance. Hakeem Jeffries
// said", "... with Norway's defence minister, who took over in April.
// Bjørn Arild Gram plans to ...").
func (r *roster) takenUp(d *doc, ds description, end int, subject bool) *person {
	n := r.lastBefore(end) + 1
	// people met before and named again in the description's own
	// sentence are its objects, not who it is: "The mayor of Louisville
	// campaigned alongside Beshear on Monday. Craig Greenberg said"
	if n < len(r.all) && d.toks[r.all[n].i].Sent == d.toks[ds.a].Sent {
		n = r.nextFirstOrSentence(d, n)
	}
	if n >= len(r.all) {
		return nil
	}
	m := r.all[n]
	// a rank alone ("Gen.") is no stated role: the description is fuller
	if m.p.title != "" && m.p.role || m.p.private || m.p.aged {
		return nil
	}
	// named there for the first time, or for the first time since the
	// headline: "Kerry in Brussels … ¶ The US secretary of state arrived
	// … ¶ John Kerry laid a wreath"
	headlined := false
	for _, at := range m.p.at {
		if int(at) >= m.i {
			break
		}
		if !d.headline(int(at)) {
			return nil
		}
		headlined = true
	}
	gap := d.toks[m.i].Sent - d.toks[ds.a].Sent
	if subject && gap <= 2 && (d.reportsAt(end) || d.reportsAt(d.afterNounApposition(end))) && (d.reportsAt(m.j) || d.reportsAt(d.afterRelative(m.j)) ||
		d.reportedBefore(m.i) && d.toks[m.i].Para == d.toks[ds.a].Para) {
		// a quote's speaker after an inverted verb only in the role's
		// paragraph: `“…,” said Paul Engel of the Centre …` after a
		// paragraph break is anyone
		return m.p
	}
	// in one paragraph, or from a headline into the body; across a
	// paragraph when the headline names the person or the gazetteer
	// knows them in the role
	para := d.toks[m.i].Para == d.toks[ds.a].Para || d.toks[ds.a].Sent == d.toks[0].Sent || headlined
	if !para {
		_, para = d.gazetteerFits(ds, m.p)
	}
	if gap == 1 && para && d.nameSubject(m.j) && (d.opensSentence(m.i) || d.opensAfterQuote(m.i) ||
		d.opensSentence(d.rankStart(m.i)) && rankFits(ds, m.p)) {
		// also after a rank the role fits: "The army commander stayed
		// away. Gen. Ivo Vukic said"; not "The governor … Adm. Tom Berg"
		return m.p
	}
	return nil
}

// nextFirstOrSentence returns the first index from n in all whose
// mention is its person's first or opens another sentence than all[n]'s
// (len(all) for none). The answers are made at the first question, in
// one pass from the end: takenUp walked every repeated mention of a
// description's sentence for each description, quadratic in one endless
// sentence of descriptions and names ("the spokesman said Austin said
// …": 1 MB 3.1 s, 2 MB 14.7 s). all and the people's mentions are
// complete when describedTitles asks.
func (r *roster) nextFirstOrSentence(d *doc, n int) int {
	if r.nextStop == nil {
		r.nextStop = make([]int32, len(r.all)+1)
		r.nextStop[len(r.all)] = int32(len(r.all))
		for k := len(r.all) - 1; k >= 0; k-- {
			m := r.all[k]
			if int(m.p.at[0]) == m.i || k+1 == len(r.all) || d.toks[r.all[k+1].i].Sent != d.toks[m.i].Sent {
				r.nextStop[k] = int32(k)
				if int(m.p.at[0]) != m.i {
					r.nextStop[k] = int32(k + 1) // the sentence's last mention, repeated
				}
				continue
			}
			r.nextStop[k] = r.nextStop[k+1]
		}
	}
	return int(r.nextStop[n])
}

// reportedBefore reports whether the name opening at token i is the
// subject of an inverted reporting verb right before it, after a quote or
// a comma: `“…,” said [Arni Sigfusson]`, `…, said Gen. [X]`.
func (d *doc) reportedBefore(i int) bool {
	k := d.rankStart(i)
	for v := k - 1; v >= 1 && v >= k-3 && d.toks[v].Sent == d.toks[i].Sent; v-- {
		if e, n := d.match(lexicon.Reporting, v); n > 0 && v+n == k && e.Field(0) == "verb" {
			switch d.Text(v - 1) {
			case ",", "”", "\"", "’", "'":
				return true
			}
			return false
		}
	}
	return false
}

// afterQuoteComma reports whether a quote closing with a comma (inside
// or outside the marks) stands right before token i: `“…,” [Ana Ruiz]`.
func (d *doc) afterQuoteComma(i int) bool {
	if i < 2 {
		return false
	}
	q, c := d.Text(i-1), d.Text(i-2)
	return (q == "”" || q == "\"" || q == "’" || q == "'") && (c == "," || c == "?" || c == "!") ||
		q == "," && i >= 2 && (c == "”" || c == "\"" || c == "’" || c == "'")
}

// rankFits reports whether a rank of pe is one the description's head
// covers (descriptions.txt: "commander" covers general, admiral, gen.).
func rankFits(ds description, pe *person) bool {
	for c := range strings.SplitSeq(ds.head.Field(1), ",") {
		c = strings.TrimSuffix(strings.TrimSpace(c), ".")
		for _, rw := range pe.rankWords() {
			if len(rw) >= 3 && strings.HasPrefix(c, rw) {
				return true
			}
		}
	}
	return false
}

// rankStart returns the first token of the ranks and honorifics right
// before the name at token i, in its sentence ("[Gen.] Ivo Vukic"), or i.
func (d *doc) rankStart(i int) int {
	cls := d.classify()
	k := i
	for k > 0 && k > i-maxTitleTokens && d.toks[k-1].Sent == d.toks[i].Sent && cls[k-1]&(cRank|cHonorific) != 0 {
		k--
	}
	return k
}

// rankedBefore reports whether a person named before the description, in
// its paragraph or the one before, holds a rank that its head spells out:
// "Admiral Tony Radakin … The admiral added", "Gen. Tod Wolters … the
// general": the description is that person and states no new role.
func (r *roster) rankedBefore(d *doc, ds description) bool {
	head := d.Lower(ds.b - 1)
	last := r.lastBefore(ds.a)
	for n := last; n >= 0 && n > last-maxDescBack && d.toks[ds.a].Para-d.toks[r.all[n].i].Para <= 1; n-- {
		for _, ab := range r.all[n].p.rankWords() {
			d.tick()
			if len(ab) >= 3 && strings.HasPrefix(head, ab) {
				return true
			}
		}
	}
	return false
}

// hasRank reports whether the person was named with the rank written
// rk, compared by its last word ("General" and "Gen." alike: one is a
// prefix of the other). It reads the ranks stated so far (rankWords is
// computed once, when the roster is complete).
func (pe *person) hasRank(rk string) bool {
	if pe == nil {
		return false
	}
	last := func(r string) string {
		w := strings.Fields(strings.ToLower(r))
		if len(w) == 0 {
			return ""
		}
		return strings.TrimSuffix(w[len(w)-1], ".")
	}
	a := last(rk)
	if len(a) < 3 {
		return false
	}
	for _, r := range pe.ranks {
		if b := last(r); len(b) >= 3 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a)) {
			return true
		}
	}
	return false
}

// rankWords returns the distinct last words of the person's ranks, lower
// case, without a final "." ("Lt. Gen." → "gen"), computed once: a person
// named with a rank at every mention has one rank per mention, and
// rankedBefore asks for each description.
func (pe *person) rankWords() []string {
	if !pe.rankOK {
		pe.rankOK = true
		for _, rk := range pe.ranks {
			w := strings.Fields(strings.ToLower(rk))
			if len(w) == 0 {
				continue
			}
			if ab := strings.TrimSuffix(w[len(w)-1], "."); !slices.Contains(pe.rankEnds, ab) {
				pe.rankEnds = append(pe.rankEnds, ab)
			}
		}
	}
	return pe.rankEnds
}

// opensSentence reports whether token i is the first of its sentence.
func (d *doc) opensSentence(i int) bool {
	return i == 0 || d.toks[i-1].Sent != d.toks[i].Sent
}

// governmentNoun reports whether w names a government as a whole, which
// a capitalised role of its head may follow after "of": "the Cabinet
// of [Prime Minister] X" (a ministry's role keeps the ministry: "Ministry
// of Defence Spokesman").
func governmentNoun(w string) bool {
	switch w {
	case "government", "administration", "cabinet":
		return true
	}
	return false
}

// opensPhrase reports whether token i opens its sentence or follows a
// dateline's or a headline's dash or colon ("BRUSSELS — Aides to …").
func (d *doc) opensPhrase(i int) bool {
	if d.opensSentence(i) {
		return true
	}
	switch d.Text(i - 1) {
	case "—", "–", "--", ":":
		return d.toks[i-1].Kind == Punct
	}
	return false
}

// opensAfterQuote reports whether only a closing quotation mark, which the
// sentence splitter put at the head of the sentence, stands before token
// i in its sentence: `… “a good news story.” Elaine Duke, who …`.
func (d *doc) opensAfterQuote(i int) bool {
	if i < 1 || d.toks[i-1].Kind != Punct || !d.opensSentence(i-1) {
		return false
	}
	switch d.Text(i - 1) {
	case "\"", "”", "’", "'":
		return true
	}
	return false
}

// nameSubject reports whether the name ending before token j is a subject:
// a verb follows, or a relative clause ("Kyrylo Budanov, whose agency
// ...").
func (d *doc) nameSubject(j int) bool {
	if d.subjectAt(j) {
		return true
	}
	return j+1 < len(d.toks) && d.Text(j) == "," && (relPronouns[d.Lower(j+1)] || d.participleAt(j+1))
}

// reportsAt reports whether a reporting verb follows token k, perhaps
// after an adverb or a weekday ("said", "on Monday said", "also warned").
// afterRelative returns the token after a relative clause set off by
// commas that opens at token k (", who signed the plan in December,"), or
// k when none does.
// participleAt reports whether token k opens a participial phrase: a
// lower-case -ed word ("Victoria Atkins, promoted from the Treasury, told").
func (d *doc) participleAt(k int) bool {
	if k >= len(d.toks) || d.toks[k].Kind != Word || d.Cap(k) {
		return false
	}
	w := d.Lower(k)
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

func (d *doc) afterRelative(k int) int {
	if k+1 < len(d.toks) && d.Text(k) == "," && (d.lowerAt(k+1) == "a" || d.lowerAt(k+1) == "an") {
		// a short apposition: "Major-General Tom Lund, a Dane, told"
		for j := k + 2; j < len(d.toks) && j < k+8 && d.toks[j].Sent == d.toks[k].Sent; j++ {
			if d.Text(j) == "," {
				return j + 1
			}
			if d.toks[j].Kind != Word || d.verbLike(j) {
				return k
			}
		}
		return k
	}
	if k+1 >= len(d.toks) || d.Text(k) != "," || !relPronouns[d.lowerAt(k+1)] && !d.participleAt(k+1) {
		return k
	}
	for j := k + 2; j < len(d.toks) && j < k+30 && d.toks[j].Sent == d.toks[k].Sent; j++ {
		if d.Text(j) == "," {
			return j + 1
		}
	}
	return k
}

func (d *doc) reportsAt(k int) bool {
	for n := 0; n < 3 && k < len(d.toks); n++ {
		// a verb, or a phrase opening with one: "told reporters"
		if e, m := d.match(lexicon.Reporting, k); m > 0 && (e.Field(0) == "verb" || e.Field(0) == "phrase") {
			return true
		}
		t := &d.toks[k]
		if t.Kind != Word || !(isAdverb(d.lowerOf(t)) || d.cal(k).kind != calNone) {
			return false
		}
		k++
	}
	return false
}

// formerRole reports whether a title states a past office ("former Dutch
// prime minister", "ex-president").
func formerRole(t string) bool {
	if isASCII(t) { // no string made
		return hasPrefixFold(t, "former ") || hasPrefixFold(t, "ex-")
	}
	l := strings.ToLower(t)
	return strings.HasPrefix(l, "former ") || strings.HasPrefix(l, "ex-")
}

// contentWords counts the words of a title other than connectors.
func contentWords(t string) int {
	n := 0
	if isASCII(t) {
		for rest := t; ; {
			w, r, ok := nextASCIIField(rest)
			if !ok {
				return n
			}
			rest = r
			if len(w) > 3 {
				n++
				continue
			}
			var b [3]byte
			for i := 0; i < len(w); i++ {
				b[i] = lowerByte(w[i])
			}
			switch string(b[:len(w)]) {
			case "of", "for", "the", "and", "to", "at", "in", "on":
			default:
				n++
			}
		}
	}
	for w := range strings.FieldsSeq(t) {
		switch strings.ToLower(w) {
		case "of", "for", "the", "and", "to", "at", "in", "on":
		default:
			n++
		}
	}
	return n
}

// headWord returns the last word before a title's complement: the head
// of "Minister of Foreign Affairs" is "minister".
func headWord(s string) string { return strings.ToLower(headWordAsWritten(s)) }

// headOf is headWord, lower-cased by the vocabulary when it knows the
// word as written (no string made for "Minister"). The stage asks it of
// one title several times in a row (the readers of a name's title, the
// checks of its owner): the last answer is kept (d.headMemo).
func (d *doc) headOf(s string) string {
	if m := &d.headMemo; s == m[0] && s != "" {
		return m[1]
	}
	h := d.lowerString(headWordAsWritten(s))
	d.headMemo = [2]string{s, h}
	return h
}

// lowerString is strings.ToLower(w): the vocabulary's lower-cased form
// of the word when it holds w as written.
func (d *doc) lowerString(w string) string {
	if d.lowerTab != nil {
		if sl := d.lowerTab.find(w); sl != nil {
			if sl.lower {
				return w
			}
			return d.lowerTab.lowers[sl.info]
		}
	}
	return strings.ToLower(w)
}

// headWordAsWritten is headWord before lower-casing: the words of s
// lower-cased are s's words lower-cased one by one. A possessive owner
// of capitalised words opening the title is no part of its head's
// phrase, even with a connector inside it: "Council of Europe’s rights
// commissioner" → "commissioner" (guide rule 21x); not a complement's
// owner ("head of the army's staff" → "head").
func headWordAsWritten(s string) string {
	head, stopped, named := "", false, true
	take := func(w string) {
		if named && !connectorWord(w) && w != "" && !unicode.IsUpper(firstRune(w)) {
			named = false
		}
		switch {
		case named && ownerWord(w):
			head, stopped = "", false
		case stopped:
		case connectorWord(w):
			stopped = true
		default:
			head = w
		}
	}
	if isASCII(s) {
		// most titles: words split at ASCII spaces, read in place
		for rest := s; ; {
			w, r, ok := nextASCIIField(rest)
			if !ok {
				break
			}
			take(w)
			rest = r
		}
		return head
	}
	for w := range strings.FieldsSeq(s) {
		take(w)
	}
	return head
}

// firstRune returns the first rune of w.
func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}

// ownerWord reports whether the word w of a title is a possessive that
// ends an owner: "Europe’s", "States'".
func ownerWord(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’"))
}

// nextASCIIField returns the first word of the ASCII string s (split as
// strings.Fields splits) and the text after it; false when s has none.
func nextASCIIField(s string) (w, rest string, ok bool) {
	i := 0
	for i < len(s) && asciiSpace(s[i]) {
		i++
	}
	if i == len(s) {
		return "", "", false
	}
	j := i + 1
	for j < len(s) && !asciiSpace(s[j]) {
		j++
	}
	return s[i:j], s[j:], true
}

// asciiSpace reports whether c is white space to unicode.IsSpace.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// connectorWord is isComplementConnector(strings.ToLower(w)), without a
// string made for an ASCII word.
func connectorWord(w string) bool {
	if !isASCII(w) {
		return len(w) <= 12 && isComplementConnector(strings.ToLower(w)) // "İn": Go lower-cases İ to i
	}
	if len(w) > 3 {
		return false
	}
	var b [3]byte
	for i := 0; i < len(w); i++ {
		b[i] = lowerByte(w[i])
	}
	return isComplementConnector(string(b[:len(w)]))
}

// lowerByte lower-cases an ASCII letter.
func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// adjectival reports whether a lower-case word looks like an adjective
// that may modify a role noun ("embattled", "longtime", "influential").
func adjectival(w string) bool {
	for _, suf := range []string{"ed", "al", "ic", "ful", "ive", "ous", "ent", "ant", "time", "ing"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// placeModifier reports whether the unknown capitalised word x, in a
// title walk starting at i, names the place or body of the capitalised
// head after it ("Kentucky Governor", "Sinaloa Governor"), alone or with
// one more capitalised word ("San Juan Mayor", "New Jersey Gov."): not a
// given name first, not a stop or calendar word, only lower-case title
// words before it in the walk ("former Ohio Gov."), and no capitalised
// word before it that would make it part of a name.
func (d *doc) placeModifier(cls []class, x, i int) bool {
	if x < i || x+1 >= len(d.toks) || !d.Cap(x) || cls[x]&(cStop|cCalendar) != 0 {
		return false
	}
	p := x // the place's first word
	switch {
	case x-1 >= i && d.placePair(cls, x-1): // "San [Juan] Mayor"
		p = x - 1
	case d.placePair(cls, x): // "[San] Juan Mayor"
	case cls[x]&cGiven == 0 && d.capitalHead(cls, x, x+1):
	default:
		return false
	}
	for k := i; k < p; k++ {
		if d.toks[k].Kind != Word || d.Cap(k) && !d.opensSentence(k) || !cls[k].titleish() {
			return false // only lower-case title words before it: "former Ohio Gov.", "Former Florida Sen."
		}
	}
	if p == i && p > 0 && d.toks[p-1].Sent == d.toks[p].Sent && d.toks[p-1].Kind == Word && capWord(d, p-1) &&
		!(d.opensSentence(p-1) && cls[p-1]&cStop != 0) { // "Then Ohio Gov. John Kasich"
		return false
	}
	return true
}

// capitalHead reports whether token h, right after token x of its
// sentence, is a capitalised head or title word.
func (d *doc) capitalHead(cls []class, x, h int) bool {
	return h < len(d.toks) && cls[h]&(cHead|cTitleWord) != 0 && d.Cap(h) && d.toks[h].Sent == d.toks[x].Sent
}

// placePair reports whether tokens p and p+1 are two capitalised words no
// list claims as a role, right before a capitalised head: a place of two
// words ("San Juan Mayor"). The first is no given name ("Tom Reyes Chief
// of Staff" is a person) unless the second is a noun that ends places'
// names (official_words place_noun: "Alice Springs Mayor", "Grand Rapids
// Mayor").
func (d *doc) placePair(cls []class, p int) bool {
	const notPlace = cStop | cCalendar | cHead | cTitleWord | cHonorific | cRank
	return p+2 < len(d.toks) && d.toks[p].Kind == Word && d.toks[p+1].Kind == Word && d.Cap(p) && d.Cap(p+1) &&
		d.toks[p+1].Sent == d.toks[p].Sent && cls[p]&notPlace == 0 && cls[p+1]&notPlace == 0 && (cls[p]&cGiven == 0 || cls[p+1]&cGiven == 0 && d.offIs(p+1, wPlaceNoun)) &&
		d.toks[p+1].Space && d.toks[p+2].Space && !glued(d.Text(p)) && !glued(d.Text(p+1)) &&
		d.capitalHead(cls, p+1, p+2) && !d.openingParticiple(cls, p)
}

// seatBefore reports whether token k, before the end e of a title, is a
// seat modifier (official_words kind seat_modifier) right before a public
// head: "opposition lawmaker", "backbench MP" (rule 9m).
func (d *doc) seatBefore(cls []class, k, e int) bool {
	return k+1 < e && d.toks[k].Kind == Word && d.offIs(k, wSeatMod) && cls[k+1]&cHead != 0 && d.offIs(k+1, wPublicHead)
}

// openingParticiple reports whether token p, opening its sentence, is a
// present participle no list knows as a place: "Meeting Thai Foreign
// Minister X" opens with a verb, not a place of two words.
func (d *doc) openingParticiple(cls []class, p int) bool {
	l := d.Lower(p)
	return len(l) > 5 && strings.HasSuffix(l, "ing") && cls[p]&cPlace == 0 && d.opensSentence(p)
}

// glued reports whether a word holds a capital after its first letter:
// words run together ("PRESSOhio") or an acronym, no part of a place name.
func glued(w string) bool {
	for k, r := range w {
		if k > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// altSurnames returns the other words by which the full names found may be
// taken up alone: the first of a two-part surname ("Andrés López Obrador …
// López"), the name after an Arabic article ("Ali al-Hassan … Hassan"), and
// the given name after an honorific ("Sir Tom Bell … Sir Tom", "Dame Ann
// Reid … Dame Ann"; only after the honorific, see honorificFirst). A word
// that is also a surname or key of another person is no one's key.
func (r *roster) altSurnames(d *doc, cls []class, found []mention) map[string]*person {
	alt := map[string]*person{}
	clash := map[string]bool{}
	put := func(w string, pe *person) {
		if w == "" || len(r.named(w)) > 0 {
			return
		}
		if q, ok := alt[w]; ok && q != pe {
			clash[w] = true
		}
		alt[w] = pe
	}
	for _, m := range found {
		s, e := m.i, m.j
		if e-s < 2 {
			continue
		}
		last := d.Lower(surnameAt(d, s, e))
		for _, pre := range []string{"al-", "el-", "al‑", "el‑"} {
			if rest := strings.TrimPrefix(last, pre); rest != last && len(rest) > 2 {
				put(rest, m.p)
			}
		}
		if d.nameOrder(s, e) == familyOrGiven {
			put(d.Lower(s), m.p) // "Yingluck Shinawatra … Yingluck" (a family name first is the surname itself)
		}
		if k := innerSurname(d, cls, s, e); k >= 0 && (cls[s]&cGiven != 0 || m.p.role) {
			put(d.Lower(k), m.p) // "Jesús Leana Ojeda": Leana; "Cristina Fernández de Kirchner": Fernández
		}
		if k := d.knownAs(cls, e); k >= 0 && m.p.official {
			put(d.Lower(k), m.p) // "Joko Widodo, known as Jokowi," … "Jokowi" (title_stated.go)
		}
	}
	for w := range clash {
		delete(alt, w)
	}
	return alt
}

// innerSurname returns the token of the first part of a two-part
// surname in the full name [s, e) ("Jesús [Leana] Ojeda", "Cristina
// [Fernández] de Kirchner"), or -1.
func innerSurname(d *doc, cls []class, s, e int) int {
	if e-s < 3 {
		return -1
	}
	k := surnameAt(d, s, e) - 1
	if k < s {
		return -1 // a surname written first has no part before it: "Kim Jong Un"
	}
	if d.particleAt(k) && k-1 > s {
		k--
	}
	t := &d.toks[k]
	if t.Kind == Word && d.capOf(t) && len([]rune(d.textOf(t))) > 2 && !strings.HasSuffix(d.textOf(t), ".") &&
		cls[k]&(cGiven|cStop|cTitleWord|cHead|cPlace) == 0 && !d.particleAt(k) {
		return k
	}
	return -1
}

// nameOrder is how a full name is written, and so which of its words
// take the person up alone.
type nameOrder uint8

const (
	givenFirst    nameOrder = iota // "Lloyd Austin": the surname is the last word
	familyFirst                    // "Kim Jong Un", "Moon Jae-in": the family name first, the rest a given name
	familyOrGiven                  // "Yingluck Shinawatra", "Pak Tok-hun … Mr Pak": the first word too, no list knows it
)

// nameOrder tells how the full name [s, e) is written. By its shape, a
// family name comes first in three short words ("Kim Jong Un") or before
// a hyphenated given name ("Moon Jae-in", "Yoon Young-chan"): that first
// word is the surname, and the last is no key. Otherwise a first word
// that no list of given names (nor any other list) knows, in a name of
// two or three words, takes the person up as well as the last word: a
// family name written first or a given name used alone by custom
// ("Yingluck Shinawatra … Yingluck"). Names of the usual Western order
// open with a listed given name and are taken up by the surname.
func (d *doc) nameOrder(s, e int) nameOrder {
	// the same name is asked about several times in a row (its surname,
	// its first name, whether the roster knows it): the last answer is kept
	if o, ok := d.nameOrderKept(s, e); ok {
		return o // in the facts once told (officials_facts.go)
	}
	if m := &d.orderMemo; m.ok && m.s == int32(s) && m.e == int32(e) {
		return m.order
	}
	o := d.nameOrderOf(s, e)
	d.orderMemo = nameOrderMemo{s: int32(s), e: int32(e), order: o, ok: true}
	return o
}

// nameOrderMemo is the last answer of nameOrder.
type nameOrderMemo struct {
	s, e  int32
	order nameOrder
	ok    bool
}

// nameOrderOf is nameOrder, not memoised.
func (d *doc) nameOrderOf(s, e int) nameOrder {
	if e-s < 2 || e-s > 3 || d.toks[s].Kind != Word || !d.Cap(s) || strings.HasSuffix(d.Text(s), ".") || d.particleAt(s) {
		return givenFirst
	}
	short := func(k int) bool {
		n := len([]rune(d.Text(k)))
		return n >= 2 && n <= 4 && !strings.HasSuffix(d.Text(k), ".") && !d.particleAt(k)
	}
	switch e - s {
	case 3:
		if short(s) && short(s+1) && short(s+2) {
			return familyFirst
		}
	case 2:
		g := d.Text(s + 1)
		if h := indexHyphen(g); short(s) && h > 0 && h+1 < len(g) && g[h+1] >= 'a' && g[h+1] <= 'z' {
			return familyFirst
		}
	}
	cls := d.classify()
	if len([]rune(d.Text(s))) >= 2 && cls[s]&(cGiven|cStop|cTitleWord|cHead|cRank|cHonorific|cPlace|cBody|cCalendar) == 0 {
		return familyOrGiven
	}
	return givenFirst
}

// indexHyphen is strings.IndexAny(w, "-‑") (a hyphen-minus or a
// non-breaking hyphen, E2 80 91), without decoding w rune by rune.
func indexHyphen(w string) int {
	for i := 0; i < len(w); i++ {
		switch w[i] {
		case '-':
			return i
		case 0xe2:
			if i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x91 {
				return i
			}
		}
	}
	return -1
}

// firstWordPerson returns the one person named in full so far whose
// name opens with the word at token s, when that word takes them up
// alone (see nameOrder), or nil.
func (r *roster) firstWordPerson(d *doc, cls []class, s int) *person {
	if len(r.named(d.Lower(s))) > 0 || cls[s]&cGiven != 0 {
		return nil
	}
	got := r.honorificFirst(d.Lower(s))
	if got == nil || !got.named {
		return nil
	}
	return got
}

// honorificFirst returns the one person whose first name is w, for a given
// name after an honorific ("Dame Ann Reid … Dame Ann", "Sir Tom"): British
// usage takes up knights and dames by the given name. Nil when none or
// several people have that first name.
func (r *roster) honorificFirst(w string) *person {
	if w != "" && r.firstOne != nil {
		if !r.keys.may(w) {
			return nil // no one's first name (nor surname)
		}
		return r.firstOne[w] // nil when no one or several have it
	}
	if w != "" {
		return nil // no one has a first name (firstOne is made with the first)
	}
	var got *person
	for _, pe := range r.people {
		if pe.first == w {
			if got != nil {
				return nil
			}
			got = pe
		}
	}
	return got
}

// abbreviatedHead reports whether a title ends in an abbreviated head
// ("State Sen.", "Vice Adm."): a form of address more than a statement of
// the role, so that a fuller apposition wins ("State Sen. Ann Lee, the
// Senate majority leader," → "Senate majority leader").
func abbreviatedHead(t string) bool {
	if isASCII(t) { // the words read in place
		n, last := 0, ""
		for rest := t; n <= 3; n++ {
			w, r, ok := nextASCIIField(rest)
			if !ok {
				break
			}
			last, rest = w, r
		}
		return n > 0 && n <= 3 && strings.HasSuffix(last, ".")
	}
	f := strings.Fields(t)
	return len(f) > 0 && len(f) <= 3 && strings.HasSuffix(f[len(f)-1], ".")
}

// bareRelation reports whether the title, written as an apposition
// before the name at s, is a relation word alone after a possessive
// pronoun: "his deputy, [X]", "her predecessor, [X]" (not "his
// counterpart", rule 20).
func (d *doc) bareRelation(title string, s int) bool {
	if strings.IndexByte(title, ' ') >= 0 || !d.relationTitle(title) || s < 3 || d.Text(s-1) != "," {
		return false
	}
	if l := strings.ToLower(title); strings.HasPrefix(l, "counterpart") || strings.HasPrefix(l, "colleague") {
		return false // a counterpart holds the same kind of office: the title stays (rule 20)
	}
	return isPossPronoun(d.Lower(s - 3))
}

// relationTitle reports whether a title states only a relation to another
// official ("Egyptian counterpart", "counterpart from Poland"), no role:
// one of its words is an official_words relation.
func (d *doc) relationTitle(t string) bool {
	if t == "deputy" {
		return true // "his deputy, X": the contract's "her deputy" (a capitalised "Deputy" before a name is a legislator's title)
	}
	for w := range strings.FieldsSeq(t) { // lower-cased word by word: the vocabulary's forms
		if d.offWordIs(d.lowerString(w), wRelation) {
			return true
		}
	}
	return false
}

// givenNameSubject reports whether the lone capitalised word at token i
// may be a person's given name used alone as the subject of a reporting
// verb ("Saddam wrote", "Saddam said"): no list but the given names
// claims it, and it neither follows nor precedes another capitalised word.
func (d *doc) givenNameSubject(cls []class, i int) bool {
	if cls[i]&(cHead|cTitleWord|cRank|cHonorific|cPlace|cBody|cNonOfficial|cStop) != 0 {
		return false
	}
	if i > 0 && d.toks[i-1].Sent == d.toks[i].Sent && d.toks[i-1].Kind == Word && d.Cap(i-1) && !d.opensSentence(i) {
		return false
	}
	if i+1 >= len(d.toks) || d.toks[i+1].Sent != d.toks[i].Sent || d.Cap(i+1) {
		return false
	}
	// the subject of a reporting verb, or of any verb opening the
	// sentence: "Abiy left Khartoum the same day"
	return d.reportsAt(i+1) || d.opensSentence(i) && d.subjectAt(i+1)
}

// particleSurnameStart returns where a surname mention ending at token i
// starts when the surname has particles: "Javier Perez de Cuellar …
// Perez de Cuellar said", "Ursula von der Leyen … von der Leyen": the
// words before i that the full name also has right before its last word,
// when a particle is among them. Else i.
func (d *doc) particleSurnameStart(full string, i int, covered []bool) int {
	best := i
	particle := false
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &d.toks[k]
		if t.Kind != Word || t.Sent != d.toks[i].Sent || covered[k] {
			break
		}
		if d.particleAt(k) {
			particle = true
		}
		if !strings.Contains(strings.ToLower(full)+" ", " "+strings.ToLower(d.span(k, i+1))+" ") {
			// the particle and the words up to i are the full name's:
			// "De Hoop Scheffer" of "Jaap de Hoop Scheffer"
			break
		}
		if particle {
			best = k
		}
	}
	return best
}

// partyBeforeLeader returns the start of a party's name written before a
// capitalised Leader that is the whole title [i, e): one to three
// capitalised words no list claims, opening the sentence or following a
// lower-case word ("Bloc Quebecois Leader", "Green Left Leader"); else i.
// The party's name is part of the title, as in "Reform Party Leader".
func (d *doc) partyBeforeLeader(cls []class, i, e int) int {
	if e-i > 2 || d.Lower(e-1) != "leader" || !d.Cap(e-1) || !d.Cap(i) || d.opensSentence(i) {
		return i // (a capitalised word before Leader may be taken already: "Party Leader")
	}
	k := i
	for k > 0 && k > i-3 && d.toks[k-1].Sent == d.toks[i].Sent && capWord(d, k-1) &&
		cls[k-1]&(cStop|cGiven|cCalendar|cHonorific|cRank|cHead|cNonOfficial) == 0 {
		k--
		if d.opensSentence(k) {
			break
		}
	}
	if k == i || !d.opensSentence(k) && k > 0 && d.toks[k-1].Sent == d.toks[i].Sent && d.toks[k-1].Kind == Word && capWord(d, k-1) {
		return i // no party, or a longer capitalised run: a name's tail
	}
	return k
}

// rankAcross returns the first token of a rank of several words from the
// ranks list that covers token h and ends after it, on a word that is no
// head ("Air [Chief] Marshal"); else -1.
func (d *doc) rankAcross(h int) int {
	for k := h; k >= 0 && k > h-3; k-- {
		if _, n := d.match(lexicon.Ranks, k); n >= 2 && k+n > h+1 && d.toks[k].Sent == d.toks[h].Sent {
			return k
		}
	}
	return -1
}

// rankedJustBefore returns the person named with a rank and no role at the
// end of the sentence right before a description that opens its own
// sentence, in one paragraph, when the description names a force
// (unit_nouns.txt kind force: "the head of the Army"): the role the text
// goes on to state is that person's ("… will be succeeded by General Sir
// Ian Mott. The head of the Army had argued …"). Else nil.
func (r *roster) rankedJustBefore(d *doc, ds description, end int) *person {
	n := r.lastBefore(ds.a)
	if n < 0 {
		return nil
	}
	m := r.all[n]
	pe := m.p
	if pe.private || pe.aged {
		return nil
	}
	ranked := len(pe.ranks) > 0
	// the title, then every role stated (not copied into one slice per
	// description: a person titled at every mention would make that
	// quadratic), each text once in a row
	prev := ""
	for n := -1; n < len(pe.titles); n++ {
		t := pe.title
		if n >= 0 {
			t = pe.titles[n]
		}
		if t == "" || n >= 0 && t == prev {
			continue
		}
		prev = t
		if _, ok := d.lex.List(lexicon.Ranks).Lookup(strings.ToLower(t)); !ok {
			return nil // a role is stated: "General" alone is a rank
		}
		ranked = true
	}
	if !ranked {
		return nil
	}
	a := ds.a
	if a > 0 && d.toks[a-1].Sent == d.toks[a].Sent && isDeterminer(d.Lower(a-1)) {
		a--
	}
	if !d.opensSentence(a) || d.toks[a].Para != d.toks[m.i].Para || d.toks[a].Sent != d.toks[m.i].Sent+1 ||
		m.j >= len(d.toks) || d.toks[m.j].Kind != Punct || m.j+1 != a {
		return nil
	}
	for k := ds.a; k < end && k < len(d.toks); k++ {
		if d.toks[k].Kind == Word && d.kindIs(k, wForce) {
			return pe
		}
	}
	return nil
}

// kinBefore reports whether a kin noun (official_words kind kin) stands
// right before the name at token s, perhaps with a comma: "Fujimori's
// daughter Keiko Fujimori", "his brother, Raúl Castro,". Such a relative
// is named in full; a lone surname the two share is the other's.
func (d *doc) kinBefore(s int) bool {
	k := s - 1
	if k > 0 && d.Text(k) == "," {
		k--
	}
	return k >= 0 && d.toks[k].Sent == d.toks[s].Sent && d.toks[k].Kind == Word && !d.Cap(k) && d.offIs(k, wKin)
}

// partyModifier reports whether the capitalised word at token x is a
// party's (quote_words kind party: Conservative, Republican, Liberal …)
// before a role head, perhaps with a second party word: "Conservative
// leader", "the Liberal Democrat leader". A capitalised party before the
// role is part of the title (guide rule 21p).
func (d *doc) partyModifier(cls []class, x int) bool {
	if x+1 >= len(d.toks) || d.toks[x].Kind != Word || !d.Cap(x) || !d.quoteWord(x, "party") || d.toks[x+1].Sent != d.toks[x].Sent {
		return false
	}
	h := x + 1
	if d.toks[h].Kind == Word && d.Cap(h) && d.quoteWord(h, "party") {
		h++
	}
	return h < len(d.toks) && d.toks[h].Sent == d.toks[x].Sent && cls[h]&cHead != 0 && cls[h]&cConnector == 0
}

// definitePossessor reports whether the lone capitalised word at token i
// follows "the" and owns what comes after it ("the King’s Own Royal Border
// Regiment", "the Queen's Speech"): a title's or a body's, never a
// person's surname, which takes no article.
func (d *doc) definitePossessor(i int) bool {
	return i > 0 && i+1 < len(d.toks) && d.toks[i+1].Kind == Possessive && d.Lower(i-1) == "the" && d.toks[i-1].Sent == d.toks[i].Sent
}

// titleWordBeforeName reports whether the capitalised word at token i
// opens or continues a title right before a name already found: only
// capitalised words up to the name, the last of them a head ("Alice
// [Springs] Mayor Fran Kilgariff", "[Baton] Rouge Mayor …"). Such a word
// names a place or a body of the title, not a person of the same name.
func (d *doc) titleWordBeforeName(cls []class, i int, covered []bool) bool {
	for k := i + 1; k < len(d.toks) && k <= i+4 && d.toks[k].Sent == d.toks[i].Sent; k++ {
		if covered[k] {
			return k > i+1 && cls[k-1]&cHead != 0 && d.Cap(k-1)
		}
		if d.toks[k].Kind != Word || !d.Cap(k) {
			return false
		}
	}
	return false
}

// titledAt reports whether the token after the comma at token c is a
// capitalised public title head before a capitalised name, the name's own
// office: "The chairwoman of the taskforce, [Magistrate] Sue Gordon,".
// The role of the apposition before the comma is then a public one (rule
// 16a: the fuller role wins). A rank or an honorific is none.
func (d *doc) titledAt(cls []class, c int) bool {
	k := c + 1
	return k+1 < len(d.toks) && d.toks[k].Kind == Word && d.Cap(k) && cls[k]&cHead != 0 && cls[k]&(cRank|cHonorific|cNonOfficial|cStop) == 0 &&
		d.toks[k].Sent == d.toks[c].Sent && d.toks[k+1].Kind == Word && d.Cap(k+1) && d.toks[k+1].Sent == d.toks[k].Sent
}

// rankedAt reports whether a rank stands between the comma at token c and
// the name at token s: "…, Major [Andrew Pike],".
func (d *doc) rankedAt(cls []class, c, s int) bool {
	for k := c + 1; k < s; k++ {
		if cls[k]&cRank != 0 {
			return true
		}
	}
	return false
}
