package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestTitleChecks: title candidates that are no roles are rejected by a
// named check, and the title falls back to the next-best candidate
// (guide rule 21h). Sentences of our own.
func TestTitleChecks(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []struct {
		name, text string
		want       []string
		flaw       string // "title/check" recorded, "" for none
	}{
		{"an unrelated noun phrase before a preposition",
			"Mr Hale said he had settled the schedule with Austria’s interior minister, Petra Lindner, on Friday.",
			[]string{"Petra Lindner=Petra Lindner/Austria’s interior minister"}, ""},
		{"an unrelated noun phrase after a determiner is rejected by its check",
			"The talks about the budget with the finance minister, Karel Dvorak, went on.",
			[]string{"Karel Dvorak=Karel Dvorak/finance minister"}, ""},
		{"a participle with an object is no title",
			"Governor Rosa Pelaez, speaking to reporters in Quito, said the roads were open.",
			[]string{"Rosa Pelaez=Rosa Pelaez/Governor"}, "speaking to reporters/verb"},
		{"a participle visiting a place is no title",
			"Senator Hugo Brandt, visiting the flooded towns, promised money.",
			[]string{"Hugo Brandt=Hugo Brandt/Senator"}, ""},
		{"an acting role keeps its participle",
			"The country's acting president, Lina Sosa, met the envoys.",
			[]string{"Lina Sosa=Lina Sosa/country's acting president"}, ""},
		{"a ranking member keeps its participle",
			"Rep. Ann Lee, the ranking member of the panel, objected.",
			[]string{"Ann Lee=Ann Lee/ranking member of the panel"}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := p.analyze(corpus.Document{ID: "t", Text: tc.text})
			r := p.officials(d)
			var got []string
			for _, m := range r.mentions {
				got = append(got, d.text[m.start:m.end]+"="+m.name+"/"+m.title)
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
			if tc.flaw != "" {
				found := false
				for _, f := range d.titleFlaws {
					found = found || f.title+"/"+f.check == tc.flaw
				}
				if !found {
					t.Errorf("%s: flaw %q not recorded (recorded %v)", tc.text, tc.flaw, d.titleFlaws)
				}
			}
		})
	}
}

// TestTitleFlawAt: each check on phrases of our own, in its order.
func TestTitleFlawAt(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []struct{ text, phrase, want string }{
		{"He met the minister, who said no.", "minister , who said", "verb"},
		{"She was the country's elected president then.", "country 's elected president", ""},
		{"He spoke, inspecting the troops on the plain.", "inspecting the troops", "participle"},
		{"He spoke, touring the towns.", "touring the towns", "participle"},
		{"The acting president spoke.", "acting president", ""},
		{"The ranking member spoke.", "ranking member", ""},
		{"The top-ranking officer spoke.", "top-ranking officer", ""},
		{"We set the date with the defence minister today.", "date with the defence minister", "preposition"},
		{"He was minister without portfolio then.", "minister without portfolio", ""},
		{"The minister for Europe spoke.", "minister for Europe", ""},
		{"He said they were the new ministers.", "they were the new ministers", "verb"},
		{"Then they the ministers met.", "they the ministers", "pronoun"},
	}
	for _, tc := range tests {
		d := p.analyze(corpus.Document{ID: "t", Text: tc.text})
		a, b := tokenRange(d, tc.phrase)
		if a < 0 {
			t.Fatalf("no %q in %q", tc.phrase, tc.text)
		}
		if got := d.titleFlawAt(d.classify(), a, b); got != tc.want {
			t.Errorf("titleFlawAt(%q) = %q, want %q", tc.phrase, got, tc.want)
		}
	}
}

// TestTitleOwners: a possessive owner of a role is kept as written when it
// is a place or a body, also one no list knows and a plural's; a person's
// is dropped (guide rules 21d, 21h). Sentences of our own.
func TestTitleOwners(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"an unlisted town's mayor opening a sentence",
			"The river rose again. Wetzlingen’s mayor, Sabine Krol, has asked for help.",
			[]string{"Sabine Krol=Sabine Krol/Wetzlingen’s mayor"}},
		{"an unlisted town's mayor with a straight apostrophe",
			"Help came late. Wetzlingen's mayor, Sabine Krol, asked for more.",
			[]string{"Sabine Krol=Sabine Krol/Wetzlingen's mayor"}},
		{"a plural body's possessive",
			"The United Nations’ refugee coordinator, Ivo Marek, warned of hunger.",
			[]string{"Ivo Marek=Ivo Marek/United Nations’ refugee coordinator"}},
		{"a plural body's possessive, straight apostrophe",
			"The United Nations' refugee coordinator, Ivo Marek, warned of hunger.",
			[]string{"Ivo Marek=Ivo Marek/United Nations' refugee coordinator"}},
		{"a person's possessive is dropped",
			"President Omar Rashid spoke. Rashid’s chief of staff, Lena Gorski, said no.",
			[]string{"Omar Rashid=Omar Rashid/President", "Rashid=Omar Rashid/President", "Lena Gorski=Lena Gorski/chief of staff"}},
		{"a possessive inside a complement stays",
			"President Omar Rashid spoke. Lena Gorski, the head of Rashid’s office, said no.",
			[]string{"Omar Rashid=Omar Rashid/President", "Lena Gorski=Lena Gorski/head of Rashid’s office", "Rashid=Omar Rashid/President"}},
	}
	runOfficialCases(t, p, tests)
}
