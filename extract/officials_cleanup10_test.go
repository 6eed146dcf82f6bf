package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestPartyBeforeLeaderNeedsNoWalkException: titleEndingAt stops with no
// title as soon as the word before a name takes no title part, with no
// exception for "leader" (partyBeforeLeader adds only words with no head
// before a head the walk took). The titles below, in other forms than the
// sets', keep the party's name; the positions check that every "leader"
// before a capitalised word is a head the walk takes, in any case.
func TestPartyBeforeLeaderNeedsNoWalkException(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a party of two unknown words after a verb",
			"The motion failed, Pirate Alliance Leader Ola Nordby told reporters on Friday. Nordby left.",
			[]string{"Ola Nordby=Ola Nordby/Pirate Alliance Leader", "Nordby=Ola Nordby/Pirate Alliance Leader"}},
		{"a party of one word opening the sentence",
			"Vihreät Leader Sanna Koski will stand again in April.",
			[]string{"Sanna Koski=Sanna Koski/Vihreät Leader"}},
		{"a party with Party in its name, past tense",
			"On Tuesday, Farmers Party Leader Jan Wulf had rejected the budget.",
			[]string{"Jan Wulf=Jan Wulf/Farmers Party Leader"}},
	})
	for _, text := range []string{
		"Moderate Alliance Leader Eva Lind spoke.",
		"The party leader Tom Hale spoke.",
		"OPPOSITION LEADER ANNA BERG RESIGNS",
		"Leader Kim Park spoke.",
	} {
		d := p.analyze(corpus.Document{ID: "t", Text: text})
		cls := d.classify()
		n := 0
		for k := 0; k+1 < len(d.toks); k++ {
			if d.Lower(k) != "leader" || !d.Cap(k+1) {
				continue
			}
			n++
			if !cls[k].titleish() || cls[k]&cCalendar != 0 {
				t.Errorf("%q: %q is no head the title walk takes (classes %b)", text, d.Text(k), cls[k])
			}
		}
		if n == 0 {
			t.Errorf("%q: no leader before a capitalised word", text)
		}
	}
}

// TestHonorificFirstShared: a first name after an honorific takes up the
// one person who has it, none when several do (roster.firstOne holds nil
// for a shared name: no package-level sentinel).
func TestHonorificFirstShared(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"one Dame Ann",
			"Dame Ann Reid, the health minister, opened the ward. Dame Ann said the beds were full.",
			[]string{"Ann Reid=Ann Reid/health minister", "Ann=Ann Reid/health minister"}},
		{"two Sir Toms",
			"Sir Tom Hale, the defence secretary, met Sir Tom Berg, the trade minister, in York. Sir Tom said the talks went well.",
			[]string{"Tom Hale=Tom Hale/defence secretary", "Tom Berg=Tom Berg/trade minister"}},
		{"two Dames Maria, then one named in full",
			"Dame Maria Cole, the culture secretary, and Dame Maria Lund, the education secretary, spoke. Dame Maria Lund left first.",
			[]string{"Maria Cole=Maria Cole/culture secretary", "Maria Lund=Maria Lund/education secretary", "Maria Lund=Maria Lund/education secretary"}},
	})
}
