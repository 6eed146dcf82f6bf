package extract

import (
	"testing"
)

// TestGazOneIsGazetteer: the bits New sets for surnames that name a
// gazetteer official alone (gazOne, told from the list and the counts
// without a call) are those of gazetteer(surname, 1).
func TestGazOneIsGazetteer(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for sur := range p.gazSurnames {
		id := p.lex.WordID(sur)
		if id == 0 {
			continue
		}
		got := int(id/64) < len(p.gazOne) && p.gazOne[id/64]&(1<<(id%64)) != 0
		if want := p.gazetteer(sur, 1); got != want {
			t.Errorf("%q: gazOne %v, gazetteer %v", sur, got, want)
		}
	}
}
