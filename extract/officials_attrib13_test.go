package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestHeadAfterOwner: the head of a title is read after its possessive
// owner of capitalised words, as if the owner were not written; a
// complement's owner stays in the complement ("head of Rashid’s office"
// heads on "head", as officials13's "head of the navy's legal staff").
func TestHeadAfterOwner(t *testing.T) {
	tests := []struct{ in, asIf string }{
		{"Ministry of Health's chief medical adviser", "chief medical adviser"},
		{"Organization of Baltic States’ secretary general", "secretary general"},
		{"Ukraine’s president", "president"},
		{"secretary for political affairs", "secretary for political affairs"},
		{"head of Rashid’s office", "head"},
		{"Defence Minister", "Defence Minister"},
	}
	for _, tc := range tests {
		if got, want := headWordAsWritten(tc.in), headWordAsWritten(tc.asIf); got != want {
			t.Errorf("headWordAsWritten(%q) = %q, want %q (as %q)", tc.in, got, want, tc.asIf)
		}
	}
}

// TestTitleOwnerComplement: a body's name with an of-complement owns the
// role whole (rule 21t). Sentences of our own.
func TestTitleOwnerComplement(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a ministry of a portfolio owns the role",
			"Vaccine trials\n\nThe Ministry of Health's chief medical adviser, Dr Ivo Marek, told MPs the trials worked.",
			[]string{"Ivo Marek=Ivo Marek/Ministry of Health's chief medical adviser"}},
		{"a plural organisation's name with a plural possessive",
			"Energy talks\n\nThe Organization of Baltic States’ secretary for energy policy, Mari Kask, spoke later.",
			[]string{"Mari Kask=Mari Kask/Organization of Baltic States’ secretary for energy policy"}},
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
			"Floods\n\nGovernor Omar Bello of Kano State asked for more boats.",
			[]string{"Omar Bello=Omar Bello/Governor of Kano State"}},
		{"the, a title word and a division's noun",
			"Floods\n\nSenator Ruth Pearce of the Northern Territory opened the fair.",
			[]string{"Ruth Pearce=Ruth Pearce/Senator of the Northern Territory"}},
		{"an unlisted place and a province",
			"Floods\n\nGovernor Lena Voss of Vardo Province visited the dam.",
			[]string{"Lena Voss=Lena Voss/Governor of Vardo Province"}},
		{"an unlisted place after the without a division's noun stays out",
			"Floods\n\nGovernor Lena Voss of the Vardo visited the dam.",
			[]string{"Lena Voss=Lena Voss/Governor"}},
		{"a listed place alone, as before",
			"Floods\n\nGovernor Lucia Ramos of Jalisco toured the port.",
			[]string{"Lucia Ramos=Lucia Ramos/Governor of Jalisco"}},
	}
	runOfficialCases(t, p, tests)
}

// TestRoleOverRankByVerb: a role stated by an office or appointment verb
// beats a rank (contract §8; rule 21x). Sentences of our own.
func TestRoleOverRankByVerb(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"promoted a ranked name to a role",
			"Army news\n\nThe president promoted Lt. Gen. Ana Ruiz to commander of the northern army on Monday.",
			[]string{"Ana Ruiz=Ana Ruiz/commander of the northern army"}},
		{"a ranked name was promoted to a role",
			"Army news\n\nGen. Tom Hale was promoted to army chief of staff.",
			[]string{"Tom Hale=Tom Hale/army chief of staff"}},
		{"a ranked name in a who clause that becomes a minister",
			"Army news\n\nLieutenant General Tun Aung, who becomes minister of energy, spoke first.",
			[]string{"Tun Aung=Tun Aung/minister of energy"}},
		{"a ranked name became a role",
			"Army news\n\nCol. Tom Hale became army chief of staff in May.",
			[]string{"Tom Hale=Tom Hale/army chief of staff"}},
		{"named to a body is no role",
			"Army news\n\nThe cabinet named Col. Lena Voss to the board.",
			[]string{"Lena Voss=Lena Voss/Col."}},
	}
	runOfficialCases(t, p, tests)
}
