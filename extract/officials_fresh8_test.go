package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialRoleOverRank8 covers the eighth round's rank classes (guide
// rule 21t) on sentences of my own: a role stated beside a ranked name
// beats the rank when the role's complement holds a doer noun
// ("observer"), a four-digit unit number, or when an honorific follows
// the rank; the old abbreviation "Lieut." is a rank; a ranked first part
// of a two-part surname is the person named in full.
func TestOfficialRoleOverRank8(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a doer noun in the complement is no verb",
			"The head of the UN observer mission, Brig. Gen. Lena Sandvik, said the patrols were safe. Sandvik left.",
			[]string{"Lena Sandvik=Lena Sandvik/head of the UN observer mission", "Sandvik=Lena Sandvik/head of the UN observer mission"}},
		{"a unit number of four digits",
			"Rear Admiral Kofi Mensah, the commander of Combined Task Force 1520, said the ships were ready.",
			[]string{"Kofi Mensah=Kofi Mensah/commander of Combined Task Force 1520"}},
		{"an honorific after a rank is no head of a title",
			"The order names the chief of the Royal Guard, Field Marshal Sheikh Hamad bin Omar al-Tamimi, as regent.",
			[]string{"Hamad bin Omar al-Tamimi=Hamad bin Omar al-Tamimi/chief of the Royal Guard"}},
		{"Lieut. is a rank",
			"The governor's military aide, Lieut. Col. Harold P. Quint, said the roads were closed.",
			[]string{"Harold P. Quint=Harold P. Quint/governor's military aide"}},
		{"the first part of a two-part surname after a rank",
			"The commander of the border force, Col. Ramiro Beltrán Ochoa, said the pass was shut. Colonel Beltrán told reporters it would reopen.",
			[]string{"Ramiro Beltrán Ochoa=Ramiro Beltrán Ochoa/commander of the border force", "Beltrán=Ramiro Beltrán Ochoa/commander of the border force"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialArmedGroupNames8 covers armed groups the document names in
// full after their noun or by initials (guide rule 21t): their leaders
// and spokesmen hold no office; places, bodies and demonyms near such a
// noun stay an office's.
func TestOfficialArmedGroupNames8(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"initials of a group named after rebels of the",
			"Villages burned after rebels of the Popular Salvation Front crossed the river. The PSF leader, Amadou Keita, denied it. Mr Keita fled.", nil},
		{"a group named after the rebel noun",
			"Fighting went on with the rebel National Defence Movement in the hills. The NDM commander, Ibrahim Sow, said so.", nil},
		{"the group in a title after the name",
			"Planes bombed Zapista rebels in the north. Luis Arce, a spokesman for the Zapistas in Paris, said the units held.", nil},
		{"a demonym beside the noun still owns an office",
			"Palestinian militants fired rockets. Omar Haddad, the Palestinian foreign minister, condemned the raid.",
			[]string{"Omar Haddad=Omar Haddad/Palestinian foreign minister"}},
		{"a coordinated people after the noun owns an office",
			"The city had been looted by militias and Indonesian soldiers. Yusuf Alam, the Indonesian defence minister, said so.",
			[]string{"Yusuf Alam=Yusuf Alam/Indonesian defence minister"}},
		{"a body in a title after the name",
			"Rebels of the United Patriotic Front attacked. Jon Ware, Britain's ambassador to the United Nations, said so.",
			[]string{"Jon Ware=Jon Ware/Britain's ambassador to the United Nations"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialNoPerson8 covers capitalised words the eighth round stopped
// making persons (guide rule 21t), and long portfolio lists kept whole,
// on sentences of my own.
func TestOfficialNoPerson8(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a staff or board ends a body's name",
			"Gen. Ivo Marek, the chief of the Czech General Staff, left. Ana Ruiz, the head of the Export Promotion Board, stayed.",
			[]string{"Ivo Marek=Ivo Marek/chief of the Czech General Staff", "Ana Ruiz=Ana Ruiz/head of the Export Promotion Board"}},
		{"an acronym after a body's noun names the body",
			"The head of the flood agency NDMA, Omar Baig, said 20,000 people had left.",
			[]string{"Omar Baig=Omar Baig/head of the flood agency NDMA"}},
		{"a headline's verb after a plural role",
			"Foreign Ministers Urge Calm as Talks Stall\n\nThe talks stalled on Monday.", nil},
		{"a place named after a titled person",
			"Trade resumed, said Mary Bangura, a trader at the Queen Amina market.", nil},
		{"a present tense after a titled one-word name",
			"“The Ayatollah Khamenei wants a deal,” he said.", []string{"Khamenei=Khamenei/Ayatollah"}},
		{"a portfolio list with commas",
			"Aid arrived on Monday. Coordinating Economic, Cultural and Social Affairs Minister Suharno said help was welcome. Suharno left.",
			[]string{"Suharno=Suharno/Coordinating Economic, Cultural and Social Affairs Minister", "Suharno=Suharno/Coordinating Economic, Cultural and Social Affairs Minister"}},
		{"title words joined by and",
			"Trade and Industry Secretary Ann Pike said so.",
			[]string{"Ann Pike=Ann Pike/Trade and Industry Secretary"}},
		{"a name never joins a portfolio list",
			"The talks went on. Kovacic, Petrovic and Croatian President Ivan Horvat spoke.",
			[]string{"Ivan Horvat=Ivan Horvat/Croatian President"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialMissedRoles8 covers officials the eighth round found (guide
// rule 21t), on sentences of my own: a seat with a modifier no list
// knows, a minister "responsible for", a former MP of a party, a
// justice, and a place word as a given name after a role.
func TestOfficialMissedRoles8(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a seat with a modifier no list knows",
			"Aid stalled. Paul Arnaud, a centrist member of the National Assembly, said so.",
			[]string{"Paul Arnaud=Paul Arnaud/centrist member of the National Assembly"}},
		{"a seat in a chamber of deputies",
			"Aid stalled. Marta Gil, a Radical member of the Chamber of Deputies, said so.",
			[]string{"Marta Gil=Marta Gil/Radical member of the Chamber of Deputies"}},
		{"a member of a chamber of commerce holds no seat",
			"Aid stalled. Marta Gil, a founding member of the Chamber of Commerce, said so.", nil},
		{"a minister responsible for",
			"Aid stalled. Ruth Kerr, the minister responsible for flood recovery, said so. Kerr left.",
			[]string{"Ruth Kerr=Ruth Kerr/minister responsible for flood recovery", "Kerr=Ruth Kerr/minister responsible for flood recovery"}},
		{"a former MP of a party no list knows",
			"Aid stalled. Hadi Nasser, a former Wafd MP, told the radio so.",
			[]string{"Hadi Nasser=Hadi Nasser/former Wafd MP"}},
		{"a supreme court justice",
			"One hostage, Supreme Court Justice Elena Ruiz, was freed. Ruiz said so.",
			[]string{"Elena Ruiz=Elena Ruiz/Supreme Court Justice", "Ruiz=Elena Ruiz/Supreme Court Justice"}},
		{"a place word between a role and a surname is a given name",
			"Interior Cabinet Secretary Kenya Mwangi said so. Mwangi left.",
			[]string{"Kenya Mwangi=Kenya Mwangi/Interior Cabinet Secretary", "Mwangi=Kenya Mwangi/Interior Cabinet Secretary"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialRelationNamed8 covers a relation whose place a later
// description repeats with the role (guide rules 20, 21t).
func TestOfficialRelationNamed8(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a description with the relation's place names the role",
			"Mr Holt signed the pact with his Canadian counterpart, Jean Roy. Mr Roy said the ships would stay. The Canadian defence minister also pledged $5 million.",
			[]string{"Jean Roy=Jean Roy/Canadian defence minister", "Roy=Jean Roy/Canadian defence minister"}},
		{"another place keeps the relation",
			"Mr Holt signed the pact with his Canadian counterpart, Jean Roy. Mr Roy said the ships would stay. The Danish defence minister also pledged $5 million.",
			[]string{"Jean Roy=Jean Roy/Canadian counterpart", "Roy=Jean Roy/Canadian counterpart"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialTitleShapes8 covers the eighth round's title shapes (guide
// rule 21t) on sentences of my own.
func TestOfficialTitleShapes8(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a head of government named after the government of",
			"Troops landed. The mission is one that the government of Marco Ferri has staked its survival on.\n\nAbout 900 soldiers landed.\n\nThe Italian prime minister, who survived a vote last week, said the mission would be short.",
			[]string{"Marco Ferri=Marco Ferri/Italian prime minister"}},
		{"a gazetteer's party leader described by the party office",
			"Talks failed between President Reagan and Leonid Brezhnev. Mr. Brezhnev gave his own account. The general secretary of the Soviet Communist Party said the chance was lost.",
			[]string{"Reagan=Reagan/President", "Leonid Brezhnev=Leonid Brezhnev/general secretary of the Soviet Communist Party", "Brezhnev=Leonid Brezhnev/general secretary of the Soviet Communist Party"}},
		{"a relative clause ends a noun phrase before the apposition",
			"Rebels rejected a plan that Peru’s president, Luis Mora, has defended.",
			[]string{"Luis Mora=Luis Mora/Peru’s president"}},
		{"an honorific with its article after the apposition",
			"Chile's foreign minister, the Rev. Pablo Ruiz, denied it.",
			[]string{"Pablo Ruiz=Pablo Ruiz/Chile's foreign minister"}},
		{"a surname with an elided particle",
			"Italy's foreign minister, Marco d'Alessio, denied it. D'Alessio left.",
			[]string{"Marco d'Alessio=Marco d'Alessio/Italy's foreign minister", "D'Alessio=Marco d'Alessio/Italy's foreign minister"}},
		{"a body's name with and and a body noun in it",
			"He wrote to the chairman of the Federal Port Safety and Harbour Commission, Tom Ames, on Monday. Ames said no.",
			[]string{"Tom Ames=Tom Ames/chairman of the Federal Port Safety and Harbour Commission", "Ames=Tom Ames/chairman of the Federal Port Safety and Harbour Commission"}},
		{"a private body's head holds no office",
			"He wrote to the director of the Atlantic Policy Centre, Tom Ames, on Monday.", nil},
		{"a body before and joins no portfolio list",
			"Talks stalled between Congress and President Obama on Monday.",
			[]string{"Obama=Obama/President"}},
		{"and before another title joins no body's name",
			"The envoy will meet the President of the European Commission Weber and Secretary General of the European External Action Service Sannino on Monday.",
			[]string{"Weber=Weber/President of the European Commission", "Sannino=Sannino/Secretary General of the European External Action Service"}},
	}
	runOfficialCases(t, p, tests)
}
