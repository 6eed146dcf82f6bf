package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestTruncatedApposition: a document may end anywhere, inside an
// apposition too; the rules that look past the comma after a name must
// stop at the end of the tokens (an index past the end failed the whole
// document). Each text is cut right after the words that open the
// apposition; the name keeps its title from before the comma.
func TestTruncatedApposition(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	runOfficialCases(t, p, []officialCase{
		{"now and a determiner at the end",
			"The delegation was headed by Trade Minister Kofi Mensah, now the",
			[]string{"Kofi Mensah=Kofi Mensah/Trade Minister"}},
		{"then and a determiner at the end",
			"Interior Minister Lena Berg, then the",
			[]string{"Lena Berg=Lena Berg/Interior Minister"}},
		{"at the time and a determiner at the end",
			"The order came from Defence Secretary Omar Haddad, at the time the",
			[]string{"Omar Haddad=Omar Haddad/Defence Secretary"}},
		{"currently and a possessive determiner at the end",
			"Finance Minister Ines Duarte, currently her",
			[]string{"Ines Duarte=Ines Duarte/Finance Minister"}},
		{"a determiner alone at the end",
			"The budget was drafted by Health Minister Paulo Reis, the",
			[]string{"Paulo Reis=Paulo Reis/Health Minister"}},
	})
}

// cutWindow is how many tokens before each cut TestCutDocumentsFinish
// keeps: enough for every rule's look-back around an apposition, a list
// or a quote's cue, few enough that each cut costs a short document.
const cutWindow = 24

// cutSets are the testdata sets whose documents TestCutDocumentsFinish
// cuts: all of them (about 3 s).
var cutSets = []string{
	"dev3", "dev4", "dev5", "dev6", "dev7", "dev8", "dev9", "dev10", "dev11", "dev12", "dev13",
	"dev14", "dev15", "dev16", "dev17", "dev18", "dev19",
	"heldout", "heldout2/quotes", "heldout2/types", "heldout3/quotes", "heldout3/types",
	"heldout4/quotes", "heldout4/types", "heldout5/quotes", "heldout5/types", "heldout6/a", "heldout6/b",
	"probe17", "probe18", "probe19", "probe21", "probe22",
}

// TestCutDocumentsFinish cuts testdata documents at every token end and
// annotates each cut (the cutWindow tokens before it), so that every
// rule meets the end of a document at every place a real text puts it.
// An index past the end of the tokens panics, and the panic fails the
// test with the cut that caused it.
func TestCutDocumentsFinish(t *testing.T) {
	if testing.Short() {
		t.Skip("every token end of several sets: skipped in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, set := range cutSets {
		dir := filepath.Join("..", "testdata", set, "docs")
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("documents not found: %v", err)
		}
		for doc, err := range new(corpus.Reader).Read(dir) {
			if err != nil {
				t.Fatal(err)
			}
			toks := p.tok.tokenize(doc.Text, doc.BodyStart).toks
			for k := range toks {
				from := toks[max(0, k-cutWindow)].Start
				cut := corpus.Document{ID: doc.ID, Date: doc.Date, Text: doc.Text[from:toks[k].End]}
				annotateCut(t, p, set, cut)
			}
		}
	}
}

// annotateCut annotates one cut and fails the test, naming the cut, if
// the pipeline panics.
func annotateCut(t *testing.T, p *Pipeline, set string, cut corpus.Document) {
	t.Helper()
	defer func() {
		if v := recover(); v != nil {
			t.Fatalf("%s/%s cut %q: %v", set, cut.ID, cut.Text, fmt.Sprint(v))
		}
	}()
	p.Annotate(cut)
}
