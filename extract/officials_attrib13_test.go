package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestAfterOwner: the head of a title is read after its possessive owner.
func TestAfterOwner(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ministry of Defence's chief scientific adviser", "chief scientific adviser"},
		{"Organization of American States’ secretary general", "secretary general"},
		{"Ukraine’s president", "president"},
		{"secretary for political affairs", "secretary for political affairs"},
		{"head of Rashid’s office", "office"},
		{"Defence Minister", "Defence Minister"},
	}
	for _, tc := range tests {
		if got := afterOwner(tc.in); got != tc.want {
			t.Errorf("afterOwner(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTitleOwnerComplement: a body's name with an of-complement owns the
// role whole (rule 21t). Sentences of our own.
func TestTitleOwnerComplement(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a ministry of a portfolio owns the role",
			"Drone trials\n\nThe Ministry of Defence's chief scientific adviser, Dr Alan Pierce, told MPs the trials worked.",
			[]string{"Alan Pierce=Alan Pierce/Ministry of Defence's chief scientific adviser"}},
		{"a plural organisation's name with a plural possessive",
			"Election monitors\n\nThe Organization of American States’ secretary for political affairs, Rafael Montilla, spoke later.",
			[]string{"Rafael Montilla=Rafael Montilla/Organization of American States’ secretary for political affairs"}},
		{"a ministry with two words after of and a plural possessive",
			"Talks resume\n\nThe Ministry of Foreign Affairs' chief spokesman, Ana Ruiz, spoke on Monday.",
			[]string{"Ana Ruiz=Ana Ruiz/Ministry of Foreign Affairs' chief spokesman"}},
		{"a person's possessive is still dropped",
			"Talks resume\n\nPresident Omar Rashid spoke. Rashid’s chief of staff, Lena Gorski, said no.",
			[]string{"Omar Rashid=Omar Rashid/President", "Rashid=Omar Rashid/President", "Lena Gorski=Lena Gorski/chief of staff"}},
	}
	runOfficialCases(t, p, tests)
}

// TestTerritorialDivision: a territorial role's place after the name may
// end in a division's noun, also after "the" (rule 21x). Sentences of our
// own.
func TestTerritorialDivision(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a listed place and its division's noun",
			"Floods\n\nGovernor Ibrahim Musa of Kano State said the army would help.",
			[]string{"Ibrahim Musa=Ibrahim Musa/Governor of Kano State"}},
		{"the, a title word and a division's noun",
			"Floods\n\nSenator Joanne Holloway of the Northern Territory laid a wreath.",
			[]string{"Joanne Holloway=Joanne Holloway/Senator of the Northern Territory"}},
		{"an unlisted place and a province",
			"Floods\n\nGovernor Lena Voss of Vardo Province visited the dam.",
			[]string{"Lena Voss=Lena Voss/Governor of Vardo Province"}},
		{"an unlisted place after the without a division's noun stays out",
			"Floods\n\nGovernor Lena Voss of the Vardo visited the dam.",
			[]string{"Lena Voss=Lena Voss/Governor"}},
		{"a listed place alone, as before",
			"Floods\n\nGovernor Maria Estrada of Jalisco met the minister.",
			[]string{"Maria Estrada=Maria Estrada/Governor of Jalisco"}},
	}
	runOfficialCases(t, p, tests)
}

// TestRoleOverRankByVerb: a role stated by an office or appointment verb
// beats a rank (contract §8; rule 21x). Sentences of our own.
func TestRoleOverRankByVerb(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"promoted a ranked name to a role",
			"Army news\n\nThe president promoted Lt. Gen. Ana Ruiz to chief of staff of the armed forces on Monday.",
			[]string{"Ana Ruiz=Ana Ruiz/chief of staff of the armed forces"}},
		{"a ranked name was promoted to a role",
			"Army news\n\nGen. Tom Hale was promoted to army chief of staff.",
			[]string{"Tom Hale=Tom Hale/army chief of staff"}},
		{"a ranked name in a who clause that becomes a minister",
			"Army news\n\nLieutenant General Tun Aung, who becomes minister of home affairs, spoke first.",
			[]string{"Tun Aung=Tun Aung/minister of home affairs"}},
		{"a ranked name became a role",
			"Army news\n\nCol. Tom Hale became army chief of staff in May.",
			[]string{"Tom Hale=Tom Hale/army chief of staff"}},
		{"named to a body is no role",
			"Army news\n\nThe cabinet named Col. Lena Voss to the board.",
			[]string{"Lena Voss=Lena Voss/Col."}},
	}
	runOfficialCases(t, p, tests)
}
