package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestRankThenStatedRole: a rank is the title only when no role is
// stated (contract §8, guide rule 16); a role an office verb or a
// promotion states after a ranked name is one (rules 21i, 21s).
// Sentences of our own.
func TestRankThenStatedRole(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a relative clause of an office verb in the present",
			"Two generals join the cabinet, among them Major General Arvo Kessel, who becomes minister of the interior.",
			[]string{"Arvo Kessel=Arvo Kessel/minister of the interior"}},
		{"a relative clause of an office verb in the past",
			"The panel heard Col. Rina Solt, who served as defence attache in Oslo.",
			[]string{"Rina Solt=Rina Solt/defence attache in Oslo"}},
		{"a promotion to an office",
			"The president promoted Maj. Gen. Tomas Rell to commander of the navy on Monday. Rell thanked her.",
			[]string{"Tomas Rell=Tomas Rell/commander of the navy", "Rell=Tomas Rell/commander of the navy"}},
		{"a rank with no role stated stays the title",
			"Brig. Gen. Ivo Marsh, who arrived on Sunday, toured the base.",
			[]string{"Ivo Marsh=Ivo Marsh/Brig. Gen."}},
		{"a present office verb in a main clause states no office",
			"If the vote holds, Ana Ruiz becomes prime minister of the island.",
			nil},
		{"a promotion to a rank is no office",
			"The board promoted Col. Ivo Marsh to brigadier general last year.",
			[]string{"Ivo Marsh=Ivo Marsh/Col."}},
	})
}

// TestUnderAsPreposition: "under" before a word that is no role's head
// is a preposition, and the role before it is not the title of the name
// after it (guide rule 21x). Sentences of our own.
func TestUnderAsPreposition(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a role held under a president",
			"The new cabinet includes Pavo Lintu, who served as finance minister under former President Aki Rantala.",
			[]string{"Pavo Lintu=Pavo Lintu/finance minister", "Aki Rantala=Aki Rantala/former President"}},
		{"an under secretary is a role",
			"The under secretary for arms control, Ruth Amsel, arrived.",
			[]string{"Ruth Amsel=Ruth Amsel/under secretary for arms control"}},
		{"a capitalised Under Secretary before the name",
			"Under Secretary of State Ruth Amsel arrived in Vienna.",
			[]string{"Ruth Amsel=Ruth Amsel/Under Secretary of State"}},
	})
}

// TestPluralPossessiveOwner: a title keeps its owner as written (contract
// §8) also when the owner is a plural written with a bare apostrophe,
// whether the lists know it or not (guide rule 21x). Sentences of our own.
func TestPluralPossessiveOwner(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a lower-case plural body before a ranked name",
			"The armed services’ senior commander, Gen. Lars Tun, said the roads were open.",
			[]string{"Lars Tun=Lars Tun/armed services’ senior commander"}},
		{"a lower-case plural body with a straight apostrophe",
			"The armed services' deputy spokesman, Aino Vehma, spoke first.",
			[]string{"Aino Vehma=Aino Vehma/armed services' deputy spokesman"}},
		{"a capitalised body's name with an of-phrase",
			"The Union of Arctic States’ secretary general, Ola Berg, will arrive on Friday.",
			[]string{"Ola Berg=Ola Berg/Union of Arctic States’ secretary general"}},
		{"a listed body's name with an of-phrase, singular",
			"The Ministry of Defence's deputy spokesman, Ivo Rand, declined to comment.",
			[]string{"Ivo Rand=Ivo Rand/Ministry of Defence's deputy spokesman"}},
		{"a listed body's name with an of-phrase, plural",
			"The Commonwealth of Independent States’ envoy, Rosa Lind, left on Monday.",
			[]string{"Rosa Lind=Rosa Lind/Commonwealth of Independent States’ envoy"}},
		{"a complement's owner stays in the complement",
			"The head of the navy's legal staff, Rear Admiral Ana Pires, spoke next.",
			[]string{"Ana Pires=Ana Pires/head of the navy's legal staff"}},
		{"a singular owner as before",
			"The Arctic Council’s secretary general, Ola Berg, will arrive on Friday.",
			[]string{"Ola Berg=Ola Berg/Arctic Council’s secretary general"}},
	})
}

// TestJudgeStyle: "Justice" before a name is a judge's style, a rank in
// the lists' terms: it stays outside the span, makes an official (judges
// hold a public office, rule 21t) and is the title when no role is
// stated; a role in apposition before it wins (rule 21x). Sentences of
// our own.
func TestJudgeStyle(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"the style alone",
			"Justice Mara Venn wrote the opinion. Venn said little.",
			[]string{"Mara Venn=Mara Venn/Justice", "Venn=Mara Venn/Justice"}},
		{"a role in apposition before the style",
			"The chairman of the review board, Justice Helena Mård, asked why the memo was late.",
			[]string{"Helena Mård=Helena Mård/chairman of the review board"}},
		{"a ranked officer chairing a board",
			"The chairman of the review board, Gen. Ivo Marsh, asked why the memo was late.",
			[]string{"Ivo Marsh=Ivo Marsh/chairman of the review board"}},
		{"a then- word and the style make a title together",
			"He clerked for then-Chief Justice Mara Venn in 1999.",
			[]string{"Mara Venn=Mara Venn/Chief Justice"}},
		{"a justice minister is no judge",
			"Justice Minister Mara Venn wrote the plan.",
			[]string{"Mara Venn=Mara Venn/Justice Minister"}},
		{"the word in lower case is no style",
			"The families demanded justice, Mara Venn told reporters.",
			nil},
	})
}

// TestAppointedInRelativeClause: an appointment in a relative clause
// right after the name states the office as the plain passive does (rule
// 21i; guide rule 21x). Sentences of our own.
func TestAppointedInRelativeClause(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a bare name",
			"The council met Anna Kessel, who was appointed defence minister in May.",
			[]string{"Anna Kessel=Anna Kessel/defence minister"}},
		{"a name in apposition",
			"Analysts pointed to her nephew, Ivo Kessel, who was appointed vice-chairman of the Defence Council in May.",
			[]string{"Ivo Kessel=Ivo Kessel/vice-chairman of the Defence Council"}},
		{"a perfect tense",
			"The council met Anna Kessel, who has been named chairwoman of the Regional Audit Commission.",
			[]string{"Anna Kessel=Anna Kessel/chairwoman of the Regional Audit Commission"}},
		{"a relative clause of another verb states nothing",
			"The council met Anna Kessel, who was asked about the budget.",
			nil},
	})
}

// TestBurmeseAddress: "U" and "Daw" before a Burmese name are forms of
// address (ranks kind honorific): they stay outside the span, and the
// whole name after them is the person's, not a word of it another's
// surname (guide rule 21x). Names of our own making.
func TestBurmeseAddress(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a name with a word another person's name ends with",
			"The army detained President Thant Zin on Monday. Its deputy chief, Gen. Aye Thant, stayed away. A spokesman said U Thant Zin was well.",
			[]string{"Thant Zin=Thant Zin/President", "Aye Thant=Aye Thant/deputy chief", "Thant Zin=Thant Zin/President"}},
		{"the female form",
			"The army detained State Counsellor Khin Mya on Monday. A spokesman said Daw Khin Mya was well.",
			[]string{"Khin Mya=Khin Mya/State Counsellor", "Khin Mya=Khin Mya/State Counsellor"}},
	})
}

// TestHeadlineVerbAfterName: in a title-cased headline a reporting verb
// in the present after a name is no surname, also after a word that is a
// given name too (guide rule 21x). Sentences of our own.
func TestHeadlineVerbAfterName(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"a given name as the surname",
			"Army Quits Ridge; Sharon Warns of Long Wait\n\nDefense Minister Ariel Sharon spoke to troops on Monday.",
			[]string{"Sharon=Ariel Sharon/Defense Minister", "Ariel Sharon=Ariel Sharon/Defense Minister"}},
		{"a full name",
			"Ariel Kessel Says Talks Will Go On\n\nDefense Minister Ariel Kessel spoke to troops on Monday.",
			[]string{"Ariel Kessel=Ariel Kessel/Defense Minister", "Ariel Kessel=Ariel Kessel/Defense Minister"}},
		{"a verb in running text is left to the sentence",
			"Defense Minister Ariel Kessel spoke to troops on Monday. Mayor Ana Says met him.",
			[]string{"Ariel Kessel=Ariel Kessel/Defense Minister", "Ana Says=Ana Says/Mayor"}},
	})
}

// TestCoordinatedRoleBody: the second of two roles joined by "and" in an
// apposition may end in a body's name no list knows (guide rule 21x).
// Sentences of our own.
func TestCoordinatedRoleBody(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"an acronym after the second role",
			"The EU's special envoy for Mali and head of EUTM, Marco Salles, said the force had done well.",
			[]string{"Marco Salles=Marco Salles/EU's special envoy for Mali and head of EUTM"}},
		{"a first role alone as before",
			"The EU's special envoy for Mali, Marco Salles, said the force had done well.",
			[]string{"Marco Salles=Marco Salles/EU's special envoy for Mali"}},
	})
}
