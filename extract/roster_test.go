package extract

import (
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// tokenRange returns the tokens [a, b) of the last occurrence of phrase
// (matched on token texts joined by spaces).
func tokenRange(d *doc, phrase string) (int, int) {
	words := strings.Fields(phrase)
	for a := len(d.toks) - len(words); a >= 0; a-- {
		ok := true
		for k, w := range words {
			if d.Text(a+k) != w {
				ok = false
				break
			}
		}
		if ok {
			return a, a + len(words)
		}
	}
	return -1, -1
}

func TestResolveDescription(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []struct {
		name, text, desc, want string
	}{
		{"head and country",
			"French President Aline Morel met German Chancellor Otto Brandt. The French president said little.",
			"The French president", "Aline Morel"},
		{"leader covers chancellor",
			"French President Aline Morel met German Chancellor Otto Brandt. The German leader said little.",
			"The German leader", "Otto Brandt"},
		{"counterpart by country",
			"Secretary of State Paul Reyes met Russian Foreign Minister Ivan Sorokin. His Russian counterpart spoke first.",
			"His Russian counterpart", "Ivan Sorokin"},
		{"nearest compatible wins",
			"Defence Minister Lena Holt spoke, then Interior Minister Piet Voss. The minister said no.",
			"The minister", "Piet Voss"},
		{"deputy is another office",
			"Deputy Foreign Minister Sergei Lavin spoke. The foreign minister said no.",
			"The foreign minister", ""},
		{"gender from honorific",
			"Ms. Carla Diaz and Mr. Tomas Berg, both spokespersons, spoke. The spokeswoman for the ministry said no.",
			"The spokeswoman", ""},
		{"gender from title",
			"Government spokeswoman Carla Diaz and Ministry spokesman Tomas Berg spoke. The spokeswoman said no.",
			"The spokeswoman", "Carla Diaz"},
		{"untitled last person",
			"Erik Lindqvist arrived late. The prime minister argued for calm.",
			"The prime minister", "Erik Lindqvist"},
		{"untitled too far back",
			"Erik Lindqvist arrived late. It rained. It snowed. It cleared. The prime minister argued for calm.",
			"The prime minister", ""},
		{"indefinite", "Erik Lindqvist arrived. A spokesman said no.", "A spokesman", ""},
		{"plural", "Foreign Minister Ana Ruiz arrived. The ministers said no.", "The ministers", ""},
		{"no relation fallback", "Erik Lindqvist arrived. His counterpart said no.", "His counterpart", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := p.analyze(corpus.Document{ID: "t", Text: tc.text})
			r := p.officials(d)
			a, b := tokenRange(d, tc.desc)
			if a < 0 {
				t.Fatalf("no %q in the text", tc.desc)
			}
			got := ""
			if pe := r.resolveDescription(d, a, b); pe != nil {
				got = pe.name
			}
			if got != tc.want {
				t.Errorf("resolveDescription(%q) = %q, want %q", tc.desc, got, tc.want)
			}
		})
	}
}

func TestDescribedTitles(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"description after the name",
			"Erik Lindqvist arrived late in Brussels. The prime minister argued for calm. Lindqvist left.",
			[]string{"Erik Lindqvist=Erik Lindqvist/prime minister", "Lindqvist=Erik Lindqvist/prime minister"}},
		{"place possessive kept",
			"Marta Kowalczyk spoke on Tuesday. Poland's deputy foreign minister said the talks failed.",
			[]string{"Marta Kowalczyk=Marta Kowalczyk/Poland's deputy foreign minister"}},
		{"a titled person keeps the title",
			"Defence Minister Lena Holt spoke. The minister said no.",
			[]string{"Lena Holt=Lena Holt/Defence Minister"}},
		{"an apposition is no separate description",
			"Erik Lindqvist, a retired teacher, spoke. The prime minister of Sweden was absent.",
			nil},
		{"role first, named later",
			"Ukraine's deputy intelligence chief said the attack was repelled.\nVadym Petrenko added that more troops were coming.",
			[]string{"Vadym Petrenko=Vadym Petrenko/Ukraine's deputy intelligence chief"}},
		{"headline role named in the body",
			"Mayor urges residents to leave\nJana Novotna said on Sunday the river was rising.",
			[]string{"Jana Novotna=Jana Novotna/Mayor"}},
		{"role first but another verb",
			"The deputy intelligence chief was not reachable. Vadym Petrenko, a farmer, said otherwise.",
			nil},
		{"relation without a role gives no title",
			"Erik Lindqvist arrived. His counterpart was late.",
			nil},
		{"an indefinite description takes up the definite one",
			"Erik Lindqvist toured the site. An army general, speaking on condition of anonymity, said Lindqvist would stay. The general said more.",
			nil},
		{"a description that is no subject",
			"Erik Lindqvist joined the board. He will serve in the office of the chairman.",
			nil},
		{"apposition with an unknown complement",
			"Olena Shapoval, head of the Luhansk region's military administration, said the shelling went on.",
			[]string{"Olena Shapoval=Olena Shapoval/head of the Luhansk region's military administration"}},
		{"a person named in the description's sentence is not its referent",
			"Voters asked about Erik Lindqvist. The prime minister criticised Lindqvist for the delay.",
			nil},
		{"apposition with a relative clause",
			"Jorge Ortiz, a former Mexican foreign minister who is a critic of the plan, spoke.",
			[]string{"Jorge Ortiz=Jorge Ortiz/former Mexican foreign minister"}},
		{"coordinated roles in an apposition",
			"Marta Kowalczyk, minister and deputy prime minister, said no.",
			[]string{"Marta Kowalczyk=Marta Kowalczyk/minister and deputy prime minister"}},
	}
	runOfficialCases(t, p, tests)
}

func TestOfficialsNotPersons(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"armed group", "Wagner said its fighters would stay. Wagner denied it.", nil},
		{"company spokesman", "Boeing spokesman Tom Reed said the jets were late. Reed declined to comment.", nil},
		{"unit noun after the name", "The Kraken unit commander said no. Kraken fighters moved in.", nil},
		{"group suffix", "Defence Minister Jana Holt met the Vostok Group envoy.", []string{"Jana Holt=Jana Holt/Defence Minister"}},
		{"a rank makes a person", "Lt. Gen. Wagner said no. Wagner left.", []string{"Wagner=Wagner/Lt. Gen.", "Wagner=Wagner/Lt. Gen."}},
		{"unlisted given name with an apposition", "Zoltan Vargyas, Hungary's ambassador, met the press.",
			[]string{"Zoltan Vargyas=Zoltan Vargyas/Hungary's ambassador"}},
		{"unlisted given name with a title", "Ambassador Zoltan Vargyas met the press.",
			[]string{"Zoltan Vargyas=Zoltan Vargyas/Ambassador"}},
		{"subject of a verb is no apposition", "Reporters asked about Novak Ilic, the prime minister said on Monday.", nil},
		{"a title holds no verb", "The French president said his Russian counterpart, Ivan Morozov, had called.",
			[]string{"Ivan Morozov=Ivan Morozov/Russian counterpart"}},
		{"private apposition", "Ana Ruiz, a retired teacher, spoke. The prime minister was absent.", nil},
	}
	runOfficialCases(t, p, tests)
}

// TestPeoplePastMaxSameSurname: past the maxSameSurname people of one
// surname that find compares, a person is still taken up by the same
// first name: a fuller form named later is the name of every mention.
func TestPeoplePastMaxSameSurname(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	var b strings.Builder
	n := maxSameSurname + 8
	for k := range n {
		b.WriteString("Minister " + distinctWord(k) + " Smith spoke. ")
	}
	for _, k := range []int{3, maxSameSurname + 2} { // one of the first people, one past them
		short, full := distinctWord(k)+" Smith", distinctWord(k)+" J. Smith"
		text := b.String() + "Later, Minister " + full + " left."
		as := p.Annotate(corpus.Document{ID: "smiths", Text: text})
		for _, a := range as {
			if a.Text == short && a.Name != full {
				t.Errorf("%s: named %q, want %q (one person with %q)", short, a.Name, full, full)
			}
		}
	}
}

// byFirstPlain is byFirst as it walked every person at each question.
func byFirstPlain(r *roster, lower string) *person {
	if len(r.named(lower)) > 0 {
		return nil
	}
	var found *person
	for _, pe := range r.people {
		if pe.first == lower && pe.named {
			if found != nil {
				return nil
			}
			found = pe
		}
	}
	return found
}

// TestByFirstAnswersAsPlain: byFirst, answered from firstOne and a table
// made once, gives the person the walk over every person gave, for every
// word of every testdata document and a record of many people sharing
// first names.
func TestByFirstAnswersAsPlain(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	asked, several := 0, 0
	check := func(doc corpus.Document) {
		d := p.analyze(doc)
		d.classify()
		r := p.officials(d)
		for k := range d.toks {
			if d.toks[k].Kind != Word {
				continue
			}
			w := d.Lower(k)
			asked++
			if one, ok := r.firstOne[w]; ok && one == nil {
				several++
			}
			if got, want := r.byFirst(w), byFirstPlain(r, w); got != want {
				t.Fatalf("%s: byFirst(%q) = %v, plain %v", doc.ID, w, got, want)
			}
		}
	}
	for cd := range everyTestDoc(t) {
		check(cd)
	}
	check(corpus.Document{ID: "shared first names", Text: distinctText("Minister Ann %s arrived. Boeing spokesman Ann %s Lee said “no.” Ann said “yes.” Lee said. ", 16<<10)})
	t.Logf("%d questions, %d of a first name several people have", asked, several)
}
