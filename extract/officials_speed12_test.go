package extract

import (
	"testing"
)

// The officials stage's shortcuts (speed12) must answer as the plain
// forms they replace, at every token of every testdata document and the
// sample corpus.

func TestLowerWordAtAnswersAsLowerWord(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	n, shortcut := 0, 0
	for pass := range 2 { // the second pass meets a vocabulary that holds every word
		for cd := range everyTestDoc(t) {
			d := p.analyze(cd)
			for i := range d.toks {
				n++
				if d.toks[i].low&sharedLow != 0 && d.lowerTab != nil && d.lowerTab.lowKey[d.toks[i].low&^sharedLow] >= 0 {
					shortcut++
				}
				if got, want := d.lowerWordAt(i), d.lowerWord(d.Lower(i)); got != want {
					t.Errorf("pass %d, %s: lowerWordAt(%d) %q = %v, lowerWord %v", pass, cd.ID, i, d.Text(i), got, want)
				}
			}
		}
	}
	if shortcut == 0 {
		t.Errorf("no token of %d took the shortcut", n)
	}
	t.Logf("%d tokens, %d by lowKey", n, shortcut)
}
