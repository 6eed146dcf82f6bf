package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialVerbStatedRole covers roles stated by a copula or an office
// verb after the name (guide rule 21s), with near misses, on sentences of
// my own.
func TestOfficialVerbStatedRole(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a copula with a role and its complement",
			"Tomas Vold is the mayor of Bergen. Vold spoke.",
			[]string{"Tomas Vold=Tomas Vold/mayor of Bergen", "Vold=Tomas Vold/mayor of Bergen"}},
		{"an age between the name and the copula",
			"Aksel Brun, 51, was the governor of Nordland. Brun spoke.",
			[]string{"Aksel Brun=Aksel Brun/governor of Nordland", "Brun=Aksel Brun/governor of Nordland"}},
		{"a given name alone takes up a full name no list knows",
			"His running mate, Teodor Rakamuning Sari, stood beside him. Teodor, 36, is the mayor of Lomba. Teodor spoke.",
			[]string{"Teodor Rakamuning Sari=Teodor Rakamuning Sari/mayor of Lomba", "Teodor=Teodor Rakamuning Sari/mayor of Lomba", "Teodor=Teodor Rakamuning Sari/mayor of Lomba"}},
		{"an office resigned, a date between",
			"Anna Berg resigned on Feb. 1 as defence minister. Berg left.",
			[]string{"Anna Berg=Anna Berg/defence minister", "Berg=Anna Berg/defence minister"}},
		{"served as, with a place complement",
			"Tomas Lindgren served as ambassador to France. Lindgren spoke.",
			[]string{"Tomas Lindgren=Tomas Lindgren/ambassador to France", "Lindgren=Tomas Lindgren/ambassador to France"}},
		{"became, a year after the role",
			"Ana Ruiz became prime minister in 1990. Ruiz spoke.",
			[]string{"Ana Ruiz=Ana Ruiz/prime minister", "Ruiz=Ana Ruiz/prime minister"}},
		{"an indefinite role says what kind, no office",
			"Tom Quill is a dictator. Quill spoke.", nil},
		{"a bare head is no office",
			"Tom Quill is the leader among young voters. Quill spoke.", nil},
		{"an ordinal ranks in a class",
			"Tom Quill is the first governor to speak. Quill spoke.", nil},
		{"a hypothetical clause states no office",
			"Voters fear what happens if Tom Quill became prime minister. Quill spoke.", nil},
		{"a role cut short by a company's name",
			"Tom Quill was the director of Quill & Sons. Quill spoke.", nil},
		{"a relative clause with a verb states no role (rule 9c)",
			"Tom Quill, who governed Nordland for ten years, spoke. Quill left.", nil},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialRoleFirstIrregular covers a role stated first whose verb is
// an irregular past the same as its present, and a name after a quotation
// closing the sentence before (guide rule 21s, last point).
func TestOfficialRoleFirstIrregular(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a same-form past with a particle",
			"Rain fell.\n\nBut the acting transport secretary set off a row on Monday when she spoke. Elaine Moss, who toured the port on Friday, said later that she had meant it.",
			[]string{"Elaine Moss=Elaine Moss/acting transport secretary"}},
		{"a same-form past with an object",
			"Rain fell.\n\nThe finance minister cut the budget on Monday. Anna Lindqvist told reporters it was needed.",
			[]string{"Anna Lindqvist=Anna Lindqvist/finance minister"}},
		{"a quotation closes the sentence before",
			"Rain fell.\n\nBut the acting transport secretary set off a row on Monday when she called it \"a good day.\" Elaine Moss, who toured the port on Friday, said later that she had meant it.",
			[]string{"Elaine Moss=Elaine Moss/acting transport secretary"}},
		{"a noun 'set' is no verb",
			"Rain fell.\n\nThe finance minister's set of rules passed. Anna Lindqvist, a teacher, said no.", nil},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialRoleAfter covers a name no list knows taken up by a role
// description opening the next sentence (rules 21a, 21s), with near
// misses, on sentences of my own.
func TestOfficialRoleAfter(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a description as the next sentence's subject",
			"Rain fell.\n\nThe court said the ruling would mean little while Radomir Karadovic remained at large. The former Bosnian Serb leader has been on the run since 1996. Karadovic denies it.",
			[]string{"Radomir Karadovic=Radomir Karadovic/former Bosnian Serb leader", "Karadovic=Radomir Karadovic/former Bosnian Serb leader"}},
		{"another name after it in its sentence",
			"Rain fell.\n\nThe ruling means little while Radomir Karadovic hides as Pale waits. The former Bosnian Serb leader has been on the run since 1996.", nil},
		{"a place after the name is no other name (general13)",
			"Rain fell.\n\nThe ruling means little while Radomir Karadovic hides in Pale. The former Bosnian Serb leader has been on the run since 1996.",
			[]string{"Radomir Karadovic=Radomir Karadovic/former Bosnian Serb leader"}},
		{"the description in another paragraph",
			"Rain fell.\n\nThe ruling means little while Radomir Karadovic hides.\n\nThe former Bosnian Serb leader has been on the run since 1996.", nil},
		{"no description as subject",
			"Rain fell.\n\nThe ruling means little while Radomir Karadovic hides. Police said the former leader had fled.", nil},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialKnownAs covers a nickname taken up alone only when the
// document ties it to the full name (issue 15), on sentences of my own.
func TestOfficialKnownAs(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"known as, then the nickname alone",
			"President Arto Widjaja, known as Artowi, spoke on Monday. Voters want someone strong after Artowi.",
			[]string{"Arto Widjaja=Arto Widjaja/President", "Artowi=Arto Widjaja/President", "Artowi=Arto Widjaja/President"}},
		{"better known as, quoted",
			"Mayor Arto Widjaja, better known as “Artowi”, spoke. Artowi left.",
			[]string{"Arto Widjaja=Arto Widjaja/Mayor", "Artowi=Arto Widjaja/Mayor", "Artowi=Arto Widjaja/Mayor"}},
		{"an untied nickname stays out",
			"President Arto Widjaja spoke on Monday. Voters want someone strong after Artowi.",
			[]string{"Arto Widjaja=Arto Widjaja/President"}},
		{"a private person's nickname stays out",
			"Arto Widjaja, known as Artowi, sells fish. Artowi left.", nil},
	}
	runOfficialCases(t, p, tests)
}
