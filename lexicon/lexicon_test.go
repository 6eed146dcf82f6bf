package lexicon_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// words is a lexicon.Words over a sentence split on spaces.
type words []string

func (w words) Len() int           { return len(w) }
func (w words) Lower(i int) string { return strings.ToLower(w[i]) }
func (w words) Stem(i int) string  { return lexicon.Stem(strings.ToLower(w[i])) }

func TestDefaultLists(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range lexicon.Names() {
		if lx.List(name).Len() == 0 {
			t.Errorf("list %s is empty", name)
		}
	}
	if lx.Version() == "" {
		t.Error("no version")
	}
}

func TestMatch(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		list, text string
		at, want   int // token index, matched length
	}{
		{lexicon.Reporting, "he added", 1, 1},
		{lexicon.Reporting, "she is adding", 2, 1},
		{lexicon.Reporting, "Kirby says", 1, 1},
		{lexicon.Reporting, "Kirby told reporters", 1, 2},
		{lexicon.Personnel, "8,500 soldiers", 1, 1},
		{lexicon.Personnel, "300 service members", 1, 2},
		{lexicon.Titles, "Prime Minister Johnson", 0, 2},
		{lexicon.Titles, "two spokesmen", 1, 0}, // Porter2 does not join -man and -men
		{lexicon.Bodies, "the State Department said", 1, 2},
		{lexicon.Calendar, "on Dec. 23", 1, 1},
		{lexicon.Modifiers, "up to 8,500", 0, 2},
		{lexicon.Places, "the United Kingdom", 1, 2},
	}
	for _, tc := range tests {
		_, n := lx.List(tc.list).Match(words(strings.Fields(tc.text)), tc.at)
		if n != tc.want {
			t.Errorf("%s: %q at %d: matched %d words, want %d", tc.list, tc.text, tc.at, n, tc.want)
		}
	}
}

func TestLoadUserFile(t *testing.T) {
	user := `# newsroom additions
[titles]
chief whip
[personnel]
-fighter
gunner
[officials]
Jane Doe	Mayor of Springfield
`
	lx, err := lexicon.Load(lexicon.NamedReader{Name: "my.txt", R: strings.NewReader(user)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(lx.Version(), "+my.txt") {
		t.Errorf("version %q does not name the user file", lx.Version())
	}
	if _, n := lx.List(lexicon.Titles).Match(words{"chief", "whip"}, 0); n != 2 {
		t.Error("added title not matched")
	}
	if lx.List(lexicon.Personnel).Has("fighter") {
		t.Error("removed entry still matches")
	}
	if !lx.List(lexicon.Personnel).Has("gunners") {
		t.Error("added personnel noun does not match its plural")
	}
	if e, ok := lx.List(lexicon.Officials).Lookup("jane doe"); !ok || e.Field(0) != "Mayor of Springfield" {
		t.Errorf("gazetteer entry: %v %v", e, ok)
	}
}

func TestLoadUserFileErrors(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"unknown list", "[weapons]\ntank\n", "my.txt:1: unknown list [weapons]"},
		{"entry before a section", "gunner\n", "my.txt:1: entry before any [list] section"},
		{"empty entry", "[titles]\n-\n", "my.txt:2: empty entry"},
		{"an entry too long to match at every token", "[titles]\nchief\n" + strings.Repeat("alpha ", 8000) + "\n",
			"my.txt:3: an entry of 8000 words (at most 24)"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := lexicon.Load(lexicon.NamedReader{Name: "my.txt", R: strings.NewReader(tc.text)})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want an error containing %q", err, tc.want)
			}
		})
	}
}

func ExampleLoad() {
	lx, err := lexicon.Load(lexicon.NamedReader{Name: "extra.txt", R: strings.NewReader("[personnel]\ngunner\n")})
	if err != nil {
		panic(err)
	}
	list := lx.List(lexicon.Personnel)
	fmt.Println(list.Has("gunners"), list.Has("soldier"))
	// Output: true true
}

// TestLookupBytes checks LookupBytes against Lookup on phrases in and out
// of key form, in stemmed and unstemmed lists.
func TestLookupBytes(t *testing.T) {
	lx, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{lexicon.Officials, lexicon.Titles, lexicon.Places, lexicon.Stopwords} {
		l := lx.List(name)
		phrases := []string{"", " ", "the", "The", "prime minister", "prime  minister", " prime minister",
			"secretary of state", "kyiv", "café", "ministers", "x\ty"}
		for i, e := range l.Entries() {
			if i%50 == 0 {
				phrases = append(phrases, e.Phrase, strings.ToUpper(e.Phrase), e.Phrase+" ")
			}
		}
		for _, ph := range phrases {
			want, wantOK := l.Lookup(ph)
			got, ok := l.LookupBytes([]byte(ph))
			if ok != wantOK || got.Phrase != want.Phrase {
				t.Errorf("%s: LookupBytes(%q) = %q, %v; Lookup says %q, %v", name, ph, got.Phrase, ok, want.Phrase, wantOK)
			}
		}
	}
}

// TestExactSharedStem: entries of a stemmed list with one stem key
// ("commander" and "command" of the descriptions) are each found by Exact.
func TestExactSharedStem(t *testing.T) {
	lx, err := lexicon.Default()
	if err != nil {
		t.Fatal(err)
	}
	l := lx.List(lexicon.Descriptions)
	for _, c := range []struct{ word, kind string }{{"commander", "person"}, {"command", "source"}, {"diplomat", "person"}, {"diplomats", "source"}} {
		e, ok := l.Exact(c.word)
		if !ok || e.Phrase != c.word || e.Field(0) != c.kind {
			t.Errorf("Exact(%q) = %q %q %v, want the %s entry", c.word, e.Phrase, e.Field(0), ok, c.kind)
		}
	}
	if _, ok := l.Exact("spokesman"); ok {
		t.Errorf("Exact(spokesman): no other entry shares its stem")
	}
}
