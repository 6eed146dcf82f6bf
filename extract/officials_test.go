package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

func testPipeline(t testing.TB, types ...corpus.Type) *Pipeline {
	t.Helper()
	lex, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(lex, WithTypes(types...))
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// officialRow renders an OFFICIAL annotation as "text=name/title".
func officialRow(a corpus.Annotation) string {
	return fmt.Sprintf("%s=%s/%s", a.Text, a.Name, a.Title)
}

func TestOfficials(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"apposition followed by the name it describes",
			"Later, Turkish President Ahmet Yilmaz agreed. Asked about Yilmaz, the Swedish prime minister, Lars Berg, said he was happy.",
			[]string{"Ahmet Yilmaz=Ahmet Yilmaz/Turkish President", "Yilmaz=Ahmet Yilmaz/Turkish President", "Lars Berg=Lars Berg/Swedish prime minister"}},
		{"description fits a gazetteer person's second role",
			"Talks opened in Oslo. John Ratcliffe flew in later. The director of national intelligence said the threat was real.",
			[]string{"John Ratcliffe=John Ratcliffe/director of national intelligence"}},
		{"given name alone of an official named in full",
			"President Omar Rashid wrote to the council. Omar said the talks were over.",
			[]string{"Omar Rashid=Omar Rashid/President", "Omar=Omar Rashid/President"}},
		{"given name alone of a private person stays out",
			"Omar Rashid, a farmer, wrote to the council. Omar said the talks were over.", nil},
		{"given name opening another full name",
			"President Omar Rashid wrote to the council. Omar Farouk said the talks were over.",
			[]string{"Omar Rashid=Omar Rashid/President"}},
		{"apposition with a short definite complement of common words",
			"Paris was represented. Marie Dubois, the European commissioner for the single market, said Brussels would pay. Dubois left.",
			[]string{"Marie Dubois=Marie Dubois/European commissioner for the single market", "Dubois=Marie Dubois/European commissioner for the single market"}},
		{"apposition after a party tag is fuller than Rep.",
			"Rep. Ann Lee, D-N.Y., the ranking member of the panel, said no. Lee left.",
			[]string{"Ann Lee=Ann Lee/ranking member of the panel", "Lee=Ann Lee/ranking member of the panel"}},
		{"particles belong to a surname taken up alone",
			"Foreign Minister Anna van Dijk spoke. Van Dijk said no. Later van Dijk left.",
			[]string{"Anna van Dijk=Anna van Dijk/Foreign Minister", "Van Dijk=Anna van Dijk/Foreign Minister", "van Dijk=Anna van Dijk/Foreign Minister"}},
		{"a two-part surname with a particle taken up alone",
			"Envoy Luis Gomez de Silva spoke. Gomez de Silva said no.",
			[]string{"Luis Gomez de Silva=Luis Gomez de Silva/Envoy", "Gomez de Silva=Luis Gomez de Silva/Envoy"}},
		{"a title of another country is not the person's",
			"Turkish President Ahmet Yilmaz arrived. Reporters asked Yilmaz, the Swedish prime minister, about it.",
			[]string{"Ahmet Yilmaz=Ahmet Yilmaz/Turkish President", "Yilmaz=Ahmet Yilmaz/Turkish President"}},
		{"unlisted place before a capitalised head",
			"Nevada Governor Joe Lombardo signed the bill. Lombardo spoke later.",
			[]string{"Joe Lombardo=Joe Lombardo/Nevada Governor", "Lombardo=Joe Lombardo/Nevada Governor"}},
		{"unlisted place before a head inside a sentence",
			"The plan was backed by Oaxaca Governor Salomón Jara on Friday.",
			[]string{"Salomón Jara=Salomón Jara/Oaxaca Governor"}},
		{"first part of a two-part surname taken up alone",
			"Interior Minister Marcelo Ortiz Campos arrived late. Ortiz said the roads were closed.",
			[]string{"Marcelo Ortiz Campos=Marcelo Ortiz Campos/Interior Minister", "Ortiz=Marcelo Ortiz Campos/Interior Minister"}},
		{"name after an Arabic article taken up alone",
			"Defence Minister Khaled al-Obeidi visited the base. Obeidi later left.",
			[]string{"Khaled al-Obeidi=Khaled al-Obeidi/Defence Minister", "Obeidi=Khaled al-Obeidi/Defence Minister"}},
		{"given name after an honorific taken up alone",
			"Sir Edward Lyle, the justice secretary, spoke first. Sir Edward said the courts were full.",
			[]string{"Edward Lyle=Edward Lyle/justice secretary", "Edward=Edward Lyle/justice secretary"}},
		{"shadow and a party possessive belong to the title",
			"Labour's shadow prisons secretary, Tom Price, said the plan was late. Shadow pensions minister Jo Bell agreed.",
			[]string{"Tom Price=Tom Price/Labour's shadow prisons secretary", "Jo Bell=Jo Bell/Shadow pensions minister"}},
		{"apposition after an abbreviated title wins",
			"State Sen. Ann Lee, the Senate majority leader, said the bill was dead. Lee left.",
			[]string{"Ann Lee=Ann Lee/Senate majority leader", "Lee=Ann Lee/Senate majority leader"}},
		{"Prince is an honorific, Crown Prince a title",
			"Crown Prince Ali bin Zayed met the envoy. Prince Ali said more. Prince Karim Aga, the culture minister, spoke.",
			[]string{"Ali bin Zayed=Ali bin Zayed/Crown Prince", "Ali=Ali bin Zayed/Crown Prince", "Karim Aga=Karim Aga/culture minister"}},
		{"county sheriff with its county",
			"Kern County Sheriff Dan Cole said the roads were closed. Cole left.",
			[]string{"Dan Cole=Dan Cole/Kern County Sheriff", "Cole=Dan Cole/Kern County Sheriff"}},
		{"chancellor of the exchequer in apposition",
			"Ann Moss, the chancellor of the exchequer, kept her post.",
			[]string{"Ann Moss=Ann Moss/chancellor of the exchequer"}},
		{"a cartel leader is no official",
			"Police arrested cartel leader Ramón Ortega in Sonora. Ortega was flown to the capital.",
			nil},
		{"a later description naming the role beats a relation (guide rule 20)",
			"Spanish Foreign Minister Ana Ruiz flew to Rome for talks with her Italian counterpart, Marco Bellini, on Friday. Bellini said Italy would help. The Italian foreign minister said ships were ready.",
			[]string{"Ana Ruiz=Ana Ruiz/Spanish Foreign Minister", "Marco Bellini=Marco Bellini/Italian foreign minister", "Bellini=Marco Bellini/Italian foreign minister"}},
		{"a relation stays when the description is no fuller",
			"Spanish Foreign Minister Ana Ruiz met her Italian counterpart, Marco Bellini, on Friday. Bellini said Italy would help. The Italian minister said ships were ready.",
			[]string{"Ana Ruiz=Ana Ruiz/Spanish Foreign Minister", "Marco Bellini=Marco Bellini/Italian counterpart", "Bellini=Marco Bellini/Italian counterpart"}},
		{"a current role in apposition beats a former role before the name",
			"The former Ghanaian president Kofi Mensah, the African Union mediator, arrived on Monday. Mensah met the rebels.",
			[]string{"Kofi Mensah=Kofi Mensah/African Union mediator", "Mensah=Kofi Mensah/African Union mediator"}},
		{"title before the name",
			"Ukrainian Foreign Minister Dmytro Kuleba arrived in Brussels.",
			[]string{"Dmytro Kuleba=Dmytro Kuleba/Ukrainian Foreign Minister"}},
		{"title with a complement",
			"Secretary of State Antony Blinken met the press.",
			[]string{"Antony Blinken=Antony Blinken/Secretary of State"}},
		{"body and role",
			"Pentagon press secretary John Kirby said the troops were ready.",
			[]string{"John Kirby=John Kirby/Pentagon press secretary"}},
		{"deputy with surname only",
			"Deputy Secretary Sherman will travel to Geneva.",
			[]string{"Sherman=Sherman/Deputy Secretary"}},
		{"apposition after the name",
			"Dmitry Peskov, the Kremlin spokesman, denied the report.",
			[]string{"Dmitry Peskov=Dmitry Peskov/Kremlin spokesman"}},
		{"apposition before the name",
			"The alliance's top civilian official, Jens Stoltenberg, spoke first. Stoltenberg said more.",
			[]string{"Jens Stoltenberg=Jens Stoltenberg/alliance's top civilian official", "Stoltenberg=Jens Stoltenberg/alliance's top civilian official"}},
		{"later surname and possessive",
			"British Defence Secretary Ben Wallace flew to Moscow. Wallace's talks with his counterpart were short.",
			[]string{"Ben Wallace=Ben Wallace/British Defence Secretary", "Wallace=Ben Wallace/British Defence Secretary"}},
		{"run-on surname",
			"Foreign Minister Annalena Baerbock met the press. Baerbocks visit ended.",
			[]string{"Annalena Baerbock=Annalena Baerbock/Foreign Minister", "Baerbocks=Annalena Baerbock/Foreign Minister"}},
		{"rank outside the name, rank alone as title",
			"Lt. Gen. Scott Berrier told the committee.",
			[]string{"Scott Berrier=Scott Berrier/Lt. Gen."}},
		{"honorific outside the name and the title",
			"Chief of the Defence Staff Sir Tony Radakin warned.",
			[]string{"Tony Radakin=Tony Radakin/Chief of the Defence Staff"}},
		{"gazetteer official without a title",
			"Macron spoke to Putin for two hours.",
			[]string{"Macron=Macron/", "Putin=Putin/"}},
		{"attributive use",
			"The Biden administration said President Biden would call.",
			[]string{"Biden=Biden/President", "Biden=Biden/President"}},
		{"fullest name and title across mentions",
			"Blinken spoke first. US Secretary of State Antony Blinken then left.",
			[]string{"Blinken=Antony Blinken/US Secretary of State", "Antony Blinken=Antony Blinken/US Secretary of State"}},
		{"non-officials stay out",
			"Analyst Michael Kofman said the buildup was real, and opposition leader Alexei Navalny agreed.",
			nil},
		{"handles are not mentions",
			"Ambassador Linda Thomas-Greenfield (@USAmbUN) spoke.",
			[]string{"Linda Thomas-Greenfield=Linda Thomas-Greenfield/Ambassador"}},
		{"name particles",
			"European Commission President Ursula von der Leyen said.",
			[]string{"Ursula von der Leyen=Ursula von der Leyen/European Commission President"}},
		{"two officials joined by and",
			"Defence Minister Oleksii Reznikov and Chief of General Staff Valerii Zaluzhnyi met.",
			[]string{"Oleksii Reznikov=Oleksii Reznikov/Defence Minister", "Valerii Zaluzhnyi=Valerii Zaluzhnyi/Chief of General Staff"}},
		// issue 15: title quality
		{"a role after the name beats a rank before it",
			"Gen. Ana Torres, the chairman of the Joint Chiefs of Staff, spoke. Torres left.",
			[]string{"Ana Torres=Ana Torres/chairman of the Joint Chiefs of Staff", "Torres=Ana Torres/chairman of the Joint Chiefs of Staff"}},
		{"a fuller role after the name beats a bare head before it",
			"Sen. Lena Hart, Ohio's junior senator, said no.",
			[]string{"Lena Hart=Lena Hart/Ohio's junior senator"}},
		{"an official described as a lawyer stays an official",
			"House Speaker Tom Reyes spoke. Reyes, a lawyer who served in the navy, left.",
			[]string{"Tom Reyes=Tom Reyes/House Speaker", "Reyes=Tom Reyes/House Speaker"}},
		{"a possessive pronoun is no part of the title",
			"Karim Haddad, his chief adviser, said no.",
			[]string{"Karim Haddad=Karim Haddad/chief adviser"}},
		{"a person's name as possessor is no part of the title",
			"President Nabil Haddad spoke. Omar Khalil, Haddad's foreign policy adviser, agreed.",
			[]string{"Nabil Haddad=Nabil Haddad/President", "Omar Khalil=Omar Khalil/foreign policy adviser", "Haddad=Nabil Haddad/President"}},
		{"a generational suffix is not the surname",
			"Secretary of Defense Paul R. Green III arrived. Secretary Green spoke.",
			[]string{"Paul R. Green III=Paul R. Green III/Secretary of Defense", "Green=Paul R. Green III/Secretary of Defense"}},
		{"a gazetteer surname of another person",
			"Maria Blinken, a nurse, wrote a post. Blinken said more.",
			nil},
		{"local officials",
			"Council member Rosa Vidal said yes. Vidal left.",
			[]string{"Rosa Vidal=Rosa Vidal/Council member", "Vidal=Rosa Vidal/Council member"}},
		{"a title word is not a title by its stem",
			"The order came from the administration of Joe Biden.",
			[]string{"Joe Biden=Joe Biden/"}},
		{"an attributive participle stays in the title",
			"Soldiers overthrew the country's elected president, Ali Barre.",
			[]string{"Ali Barre=Ali Barre/country's elected president"}},
		{"a description cannot be a person named beside it elsewhere",
			"The decree came from the office of Lena Varga and the cabinet of Tomas Brod. The prime minister told reporters it was fair. Asked about Brod, the prime minister said he was calm.",
			[]string{"Lena Varga=Lena Varga/prime minister"}},
		{"a role opening a sentence, the name opening the next",
			"The House minority leader has kept his distance. Tara Quinn said the votes were there.",
			[]string{"Tara Quinn=Tara Quinn/House minority leader"}},
		{"a role with a complement, the name with a relative clause",
			"Ukraine's head of military intelligence was absent. Petro Kravets, whose agency runs the talks, said more.",
			[]string{"Petro Kravets=Petro Kravets/Ukraine's head of military intelligence"}},
		{"a subject after a comma is no apposition",
			"Defence Minister Ivo Ranic left. Asked about Ranic, the Kremlin spokesman said nothing. Dmitry Peskov added more.",
			[]string{"Ivo Ranic=Ivo Ranic/Defence Minister", "Ranic=Ivo Ranic/Defence Minister", "Dmitry Peskov=Dmitry Peskov/Kremlin spokesman"}},
		{"a counterpart may be the minister",
			"Lloyd Austin met his Polish counterpart, Piotr Nowak. The Polish minister called it a signal. Ana Pop welcomed it. The Romanian president said so.",
			[]string{"Lloyd Austin=Lloyd Austin/", "Piotr Nowak=Piotr Nowak/Polish counterpart", "Ana Pop=Ana Pop/Romanian president"}},
		{"a name no list knows, taken up from a role",
			"The ministers will meet Norway's defence minister, who took over in April. Bjørn Arild Gram plans to speak.",
			[]string{"Bjørn Arild Gram=Bjørn Arild Gram/Norway's defence minister"}},
		{"the prime minister is no defence minister",
			"Defence Minister Ole Dahl spoke. Ulf Berg has staked his year on it. The prime minister argued for calm.",
			[]string{"Ole Dahl=Ole Dahl/Defence Minister", "Ulf Berg=Ulf Berg/prime minister"}},
		{"a role with a body's possessive complement",
			"The Secretary of Armenia's Security Council was more guarded. Armen Petrosyan said little.",
			[]string{"Armen Petrosyan=Armen Petrosyan/Secretary of Armenia's Security Council"}},
		{"a name after 'for the' is no title's bearer, an apposition complement with a proper name",
			"Ivo Maric, the EU's special envoy for the Skopje-Tirana dialogue, said no.",
			[]string{"Ivo Maric=Ivo Maric/EU's special envoy for the Skopje-Tirana dialogue"}},
		{"a business role right before the name",
			"Acme Telecom chief executive Marko Ilic said no.",
			nil},
		{"particles do not count toward the name's length",
			"Sheikh Hamad bin Khalid Al Thani, the Qatari foreign minister, spoke.",
			[]string{"Hamad bin Khalid Al Thani=Hamad bin Khalid Al Thani/Qatari foreign minister"}},
		{"external affairs",
			"External Affairs Minister Anil Rao arrived.",
			[]string{"Anil Rao=Anil Rao/External Affairs Minister"}},
		{"a company named in an apposition before the name",
			"A Boeing spokesman, Tom Hale, said deliveries would rise.",
			nil},
		{"a headline role taken up in the body",
			"Governor warns of floods\n\nMaria Lenz said the river was rising.",
			[]string{"Maria Lenz=Maria Lenz/Governor"}},
		{"the gazetteer's role decides between untitled people",
			"Emmanuel Macron and Olaf Scholz met in Paris. The French president said Europe must act. The German chancellor agreed.",
			[]string{"Emmanuel Macron=Emmanuel Macron/French president", "Olaf Scholz=Olaf Scholz/German chancellor"}},
		{"the office held beats a former one",
			"Mark Rutte, NATO's secretary general, said allies must spend more. Rutte, a former Dutch prime minister, spoke.",
			[]string{"Mark Rutte=Mark Rutte/NATO's secretary general", "Rutte=Mark Rutte/NATO's secretary general"}},
		{"a private apposition with a complement",
			"Jana Horak, a resident of the town, said she was scared. The minister was not available.",
			nil},
		{"a person given an age takes no title from a description",
			"Anna Berg, 45, said she was scared. The prime minister has resigned.",
			nil},
		{"a description opening a new paragraph is not the person the last one ended with",
			"Tomas Brod said the visit was useful.\n\nThe foreign minister arrived in Kyiv on Monday. Annalena Baerbock met reporters.",
			[]string{"Annalena Baerbock=Annalena Baerbock/foreign minister"}},
		{"a description spelling out a rank is the ranked person",
			"Admiral Tony Radakin, the UK's chief of the defence staff, said Russia was losing. The admiral added that morale was low.\n\nLloyd Austin spoke on Tuesday.",
			[]string{"Tony Radakin=Tony Radakin/UK's chief of the defence staff", "Lloyd Austin=Lloyd Austin/"}},
		{"a role taken up across a paragraph only from a headline",
			"Tomas Brod, a farmer, said the talks were over. The minister was not available.\n\nAnna Lind said the plan was ready.",
			nil},
		{"a coordinated plural title is shared",
			"Foreign Ministers Anna Lind and Petra Kos met in Riga.",
			[]string{"Anna Lind=Anna Lind/Foreign Ministers", "Petra Kos=Petra Kos/Foreign Ministers"}},
		{"a place's possessive opens an apposition before the name",
			"Moldova's pro-Western president, Ana Rusu, said Russia was meddling.",
			[]string{"Ana Rusu=Ana Rusu/Moldova's pro-Western president"}},
		{"a person's possessive does not",
			"President Joe Biden spoke. Biden's national security adviser, Tom Reed, told reporters.",
			[]string{"Joe Biden=Joe Biden/President", "Biden=Joe Biden/President", "Tom Reed=Tom Reed/national security adviser"}},
		{"a party's leading member, before a bare title",
			"The top Democrat on the House Intelligence Committee, Rep. Ann Cole, said no. The Senate's top Republican, Tom Vance, agreed.",
			[]string{"Ann Cole=Ann Cole/top Democrat on the House Intelligence Committee", "Tom Vance=Tom Vance/Senate's top Republican"}},
		{"a role word before a role noun is no name",
			"General Staff chief Valery Gerasimov joined him.",
			[]string{"Valery Gerasimov=Valery Gerasimov/General Staff chief"}},
		{"an editorial bracket between title and name",
			"“President [Ruiz] has been clear,” he said.",
			[]string{"Ruiz=Ruiz/President"}},
		{"the end of a place's name after a title is no name",
			"Rear Adm. Roy Trinidad, the navy's spokesman for the West Philippine Sea, said ships were blocked.",
			[]string{"Roy Trinidad=Roy Trinidad/navy's spokesman for the West Philippine Sea"}},
		{"a surname with a glued Arabic article",
			"Egyptian President Abdel Fattah el-Sisi praised the deal. Later, el-Sisi spoke again.",
			[]string{"Abdel Fattah el-Sisi=Abdel Fattah el-Sisi/Egyptian President", "el-Sisi=Abdel Fattah el-Sisi/Egyptian President"}},
		{"Jan as a given name",
			"Foreign Minister Jan Lipavsky arrived on Jan. 5. Lipavsky spoke.",
			[]string{"Jan Lipavsky=Jan Lipavsky/Foreign Minister", "Lipavsky=Jan Lipavsky/Foreign Minister"}},
		{"a surname spelt like a month",
			"British Prime Minister Theresa May arrived in May. May said the talks went well.",
			[]string{"Theresa May=Theresa May/British Prime Minister", "May=Theresa May/British Prime Minister"}},
		{"leader as a role, and private leaders",
			"Belarusian leader Alexander Lukashenko spoke. Community leader Ana Ruiz and Hamas leader Yahya Sinwar did not.",
			[]string{"Alexander Lukashenko=Alexander Lukashenko/Belarusian leader"}},
		{"a role with a 'for' complement introduced first",
			"The US special envoy for Sudan arrived in Jeddah on Tuesday. Tom Perry said both sides must talk.",
			[]string{"Tom Perry=Tom Perry/US special envoy for Sudan"}},
		{"a news outlet opening the next sentence is no person",
			"The minister spoke on Monday. Channel News reported that the news was old.",
			nil},
		{"common words after a title are no names",
			"The meeting of the Foreign Ministers Council ended. The council meeting was long.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				got = append(got, officialRow(a))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestOfficialTitleClasses covers the title classes of issue 15's fourth
// round, on sentences of my own.
func TestOfficialTitleClasses(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"an apposition with modifiers no list knows",
			"Ana Quispe, Peru's first indigenous president, resigned. Quispe left.",
			[]string{"Ana Quispe=Ana Quispe/Peru's first indigenous president", "Quispe=Ana Quispe/Peru's first indigenous president"}},
		{"a participle names a business role",
			"Mara Lind, a former managing director at Lund Partners, wrote a novel.", nil},
		{"an infinitive is no apposition",
			"The fitness of the nominee, Mr. Tarr, to be commander in chief is doubted.", nil},
		{"a given name spelt like a month's abbreviation",
			"The count put Ortiz ahead of former Interior Secretary Mar Reyes. Reyes conceded on Mar. 9.",
			[]string{"Mar Reyes=Mar Reyes/former Interior Secretary", "Reyes=Mar Reyes/former Interior Secretary"}},
		{"a month's abbreviation before a place stays a month",
			"Interior Secretary Ana Reyes spoke in Mar Manila.",
			[]string{"Ana Reyes=Ana Reyes/Interior Secretary"}},
		{"a role first taken up by a ranked name",
			"Headline\n\nThe top Chilean commander in Peru said he was confident. Gen. Luis Ortega added that the army was ready.",
			[]string{"Luis Ortega=Luis Ortega/top Chilean commander in Peru"}},
		{"a role first with a place complement after to",
			"Headline\n\nThe Chilean ambassador to Peru said talks would go on. Rosa Molina added that nothing was agreed.",
			[]string{"Rosa Molina=Rosa Molina/Chilean ambassador to Peru"}},
		{"a role first taken up by a name with a relative clause",
			"Headline\n\nNorway's defence minister said the plan was tight. Per Lunde, who signed it in May, added that it would hold.",
			[]string{"Per Lunde=Per Lunde/Norway's defence minister"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				got = append(got, officialRow(a))
			}
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("%s\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
