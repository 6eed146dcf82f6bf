package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialNames9 covers the ninth round's name classes on sentences
// of my own: the Portuguese particle "e" joins a two-part surname, whole
// and when taken up alone.
func TestOfficialNames9(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"the particle e inside a surname",
			"The justice minister, Carlos Mendes e Souza, said the law would pass. “It will,” Mendes e Souza told reporters. Later Mendes said more.",
			[]string{"Carlos Mendes e Souza=Carlos Mendes e Souza/justice minister", "Mendes e Souza=Carlos Mendes e Souza/justice minister", "Mendes=Carlos Mendes e Souza/justice minister"}},
	}
	runOfficialCases(t, p, tests)
}

// TestOfficialArmedRanks9 covers a rank before the name of an armed
// group's officer (guide rule 9b): a role the group owns, stated beside
// the rank, makes the person no official; a state's ranked officer with
// a state role stays one.
func TestOfficialArmedRanks9(t *testing.T) {
	p := testPipeline(t, corpus.Official)
	tests := []officialCase{
		{"a ranked chief of a rebel group",
			"The army and Kora rebels met in the capital. The pact was signed by General Tomas Ferreira, Kora’s military chief, and the minister. Ferreira left.", nil},
		{"a ranked chief of the state army beside rebels",
			"The army and Kora rebels met in the capital. The pact was signed by General Tomas Ferreira, the army’s chief of staff. Ferreira left.",
			[]string{"Tomas Ferreira=Tomas Ferreira/army’s chief of staff", "Ferreira=Tomas Ferreira/army’s chief of staff"}},
	}
	runOfficialCases(t, p, tests)
}
