package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestResolveDepthBound checks the measure that makes speaker resolution
// terminate (maxResolveDepth): a phrase resolved through another phrase
// resolves it one level deeper, and past maxResolveDepth a phrase is
// left unresolved, so no text can make the cycle resolveIn → resolveIn
// (or → statementAuthor → statementSource → resolveIn) go on.
func TestResolveDepthBound(t *testing.T) {
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"Defence Minister Kofi Mensah toured the base on Monday. The minister spoke to reporters. “We are ready,” he said.",
		"Trade Minister Paul Weber toured the port on Tuesday. The minister spoke to the dockers. “The cranes are idle,” he said.",
		"Interior Minister Omar Haddad flew to the coast on Friday. The minister inspected the dikes. “They will hold,” he told reporters.",
	}
	for _, text := range texts {
		d := p.analyze(corpus.Document{ID: "t", Text: text})
		d.classify()
		s := p.newQuoteStage(d, p.officials(d), findQuotes(d))
		k := len(d.toks) - 1
		for d.Lower(k) != "he" && d.Lower(k) != "she" {
			k--
		}
		// at the top, the pronoun resolves through the description
		// before it, one level deeper
		if at := s.resolveIn(k, k+1, "said", false, 0); at.rule != "pronoun-description" || at.who == nil {
			t.Errorf("%s\ndepth 0: rule %q, speaker %q; want pronoun-description and a person", text, at.rule, at.speaker)
		}
		// at the bound, the description is past it: another rule answers
		if at := s.resolveIn(k, k+1, "said", false, maxResolveDepth); at.rule == "pronoun-description" {
			t.Errorf("%s\ndepth %d: resolved through the description (depth %d)", text, maxResolveDepth, maxResolveDepth+1)
		}
		// past the bound, nothing is resolved
		if at := s.resolveIn(k, k+1, "said", false, maxResolveDepth+1); at.ok || at.speaker != "" {
			t.Errorf("%s\ndepth %d: resolved to %q (rule %q); want the zero attribution", text, maxResolveDepth+1, at.speaker, at.rule)
		}
	}
}
