package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialMentions6 covers the classes of OFFICIAL mention errors
// seen on unseen text in the sixth round of issue 15 (names no list
// knows, bodies' and places' words beside roles, non-persons), on
// sentences of my own.
func TestOfficialMentions6(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		// names whose given name no list knows, before a listed one (rule 9l)
		{"an unlisted given name before a listed one, role in an apposition before",
			"Oman's Interior Minister, Talal Abdel Rahim, said on Monday that the border would open. Abdel Rahim left.",
			[]string{"Talal Abdel Rahim=Talal Abdel Rahim/Oman's Interior Minister", "Abdel Rahim=Talal Abdel Rahim/Oman's Interior Minister"}},
		{"an unlisted given name before a listed one, title before",
			"Interior Minister Talal Abdel Rahim said the border would open.",
			[]string{"Talal Abdel Rahim=Talal Abdel Rahim/Interior Minister"}},
		{"an unlisted given name before a listed one, role in an apposition after",
			"Talal Abdel Rahim, Oman's interior minister, said the border would open.",
			[]string{"Talal Abdel Rahim=Talal Abdel Rahim/Oman's interior minister"}},
		{"no role: the unlisted word stays out and nobody is an official",
			"Talal Abdel Rahim said the border would open.",
			nil},
		{"an unlisted capitalised adjective before a given name stays out of the name",
			"Calls were made by the Under Secretary for Baltic and Nordic Karen Holm.",
			[]string{"Karen Holm=Karen Holm/Under Secretary for Baltic and Nordic"}},
		// a common noun before a public office in an apposition (rule 9m)
		{"an opposition member of parliament holds an office",
			"Tomás Velo, an opposition member of parliament, called for calm. Velo left.",
			[]string{"Tomás Velo=Tomás Velo/opposition member of parliament", "Velo=Tomás Velo/opposition member of parliament"}},
		{"an opposition lawmaker holds an office",
			"Tomás Velo, an opposition lawmaker, called for calm.",
			[]string{"Tomás Velo=Tomás Velo/opposition lawmaker"}},
		{"an opposition leader holds none",
			"Tomás Velo, an opposition leader, called for calm.",
			nil},
		{"'only' before a head is no seat: the apposition is not read",
			"Sen. Ana Ruiz of Tarvia, the only senator to vote no, left.",
			[]string{"Ana Ruiz=Ana Ruiz/Sen. of Tarvia"}}, // the state completes the senator's title (rule 14, territorial)
		{"a headline's capitalised verb is no given name",
			"Party Chief Praises Ana Ruiz Donor's Costly Skywriting Campaign Again.\n\nThe head of the party, Tom Berg, praised Sen. Ana Ruiz on Monday.",
			[]string{"Tom Berg=Tom Berg/head of the party", "Ana Ruiz=Ana Ruiz/Sen."}},
		{"a party adjective is no given name",
			"Republican Ana Lisa Ruiz, the former governor, said the vote was lost.",
			[]string{"Ana Lisa Ruiz=Ana Lisa Ruiz/former governor"}},
		{"a prince's style is no role for an unlisted given name",
			"Saudi Prince Walidan Bin Talal mocked the plan on Twitter.",
			nil},
		{"a film director holds none",
			"Tomás Velo, a film director, called for calm.",
			nil},
		// capitalised words of bodies and places are no names (rule 9n)
		{"the capitalised complement of a role is no name",
			"Anne Roy, the leader of the Loyal Opposition, said the vote was lost. Roy left.",
			[]string{"Anne Roy=Anne Roy/leader of the Loyal Opposition", "Roy=Anne Roy/leader of the Loyal Opposition"}},
		{"a body after 'of the' lets a name follow",
			"Chairman of the Joint Chiefs of Staff Tom Hale said the drills went well.",
			[]string{"Tom Hale=Tom Hale/Chairman of the Joint Chiefs of Staff"}},
		{"a region after a role is no surname",
			"The council told the Supreme Commander Asia to halt the flights.",
			nil},
		{"a city after a role may be a surname",
			"Secretary Lincoln said the flights would halt.",
			[]string{"Lincoln=Lincoln/Secretary"}},
		{"an ordinal before a fleet names the fleet",
			"Vice Adm. Tom Hale, commander of U.S. Seventh Fleet, said the drills went well.",
			[]string{"Tom Hale=Tom Hale/commander of U.S. Seventh Fleet"}},
		{"a name before 'news agency' names the agency",
			"The official Rovos news agency described the agreement as a victory.",
			nil},
		// leaders of armed groups no list names hold no office (rule 9b)
		{"a group the document calls rebels",
			"The KLF rebels took the town on Monday. KLF leader Omar Dalib said the war was over. Dalib left.",
			nil},
		{"a leader who led the rebel side",
			"KLF leader Omar Dalib, who led the rebel side at the talks, said the war was over.",
			nil},
		{"a leader whose fighters crossed",
			"The KLF's leader, Omar Dalib, denied that his fighters had crossed the border.",
			nil},
		{"a group's word no list knows with no armed word stays a body",
			"KLF leader Omar Dalib said the vote was lost.",
			[]string{"Omar Dalib=Omar Dalib/KLF leader"}},
		{"an official whose troops fight rebels stays one",
			"Defence Minister Omar Dalib said his troops had pushed the rebels back.",
			[]string{"Omar Dalib=Omar Dalib/Defence Minister"}},
		// unusual public roles (rule 9o)
		{"a hyphenated general office with a for-complement after a possessor",
			"Talks were held with Kenya's administrator-general for the territory, Jon Varga, on Sunday. Varga left.",
			[]string{"Jon Varga=Jon Varga/Kenya's administrator-general for the territory", "Varga=Jon Varga/Kenya's administrator-general for the territory"}},
		{"an indefinite spokesman for a movement holds no office",
			"A spokesman for the movement, Sheikh Omar Dalib, said the prisoners were safe.",
			nil},
		{"a viceroy",
			"Viceroy Jon Varga said the port would open.",
			[]string{"Jon Varga=Jon Varga/Viceroy"}},
		{"a procurator-general",
			"Jon Varga, the country's procurator-general, said the port would open.",
			[]string{"Jon Varga=Jon Varga/country's procurator-general"}},
		// the gazetteer's earlier officials (scope full) and ships (rule 9p)
		{"an earlier leader named in full without a role",
			"The cuts would be the deepest since Nikita Khrushchev announced a reduction in 1960. Khrushchev was removed in 1964.",
			[]string{"Nikita Khrushchev=Nikita Khrushchev/", "Khrushchev=Nikita Khrushchev/"}},
		{"a surname of scope full alone is no evidence",
			"The major said the plan was good. Major Tom Brown said so too. Brown left.",
			[]string{"Tom Brown=Tom Brown/Major", "Brown=Tom Brown/Major"}},
		{"a full-scope surname alone names nobody",
			"Mr Hurd said the plan was good.",
			nil},
		{"a ship named after a statesman is no mention",
			"Ships, among them the aircraft carrier USS Dwight D. Eisenhower, sailed on Monday. The Eisenhower carries 5,000 sailors.",
			nil},
		{"a gazetteer's head of government takes the head's description",
			"Howe quits Thatcher cabinet\n\nGeoffrey Howe, the Deputy Prime Minister, resigned from Margaret Thatcher's government yesterday. The Prime Minister said she was saddened.",
			[]string{"Howe=Geoffrey Howe/Deputy Prime Minister", "Thatcher=Margaret Thatcher/Prime Minister", "Geoffrey Howe=Geoffrey Howe/Deputy Prime Minister", "Margaret Thatcher=Margaret Thatcher/Prime Minister"}},
	}
	runOfficialCases(t, p, tests)
}
