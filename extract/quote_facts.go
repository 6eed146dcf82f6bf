package extract

import "github.com/dispatch-nlp/dispatch/lexicon"

// mayCue reports whether a reporting cue may start at token k, a word of
// the document: false when no entry of the reporting list starts with
// the word or its stem, told by the lexicon's bits for the word ids the
// analysis gave the token (findCue's look-up would find nothing there).
// The passes ask about every word between a quote and the start of its
// sentence; a few in a hundred start an entry.
func (s *quoteStage) mayCue(k int) bool {
	d := s.d
	if s.reporting == nil {
		s.reporting = d.lex.List(lexicon.Reporting)
	}
	bit := s.reporting.Bit()
	if bit == 0 || k >= len(d.lowIDs) || k >= len(d.stemIDs) {
		return true // no bit for the list: findCue tells
	}
	return (d.lex.Starts(d.lowIDs[k])|d.lex.Starts(d.stemIDs[k]))&bit != 0
}
