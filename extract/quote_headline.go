package extract

import "strings"

// headlineFromBody attributes a headline quote that no sieve attributed
// from the body: the first later quote that repeats its words takes its
// source along ("Hoboken mayor: ‘We are still an island’" … "“We are
// still an island,” Zimmer told reporters"), as the contract asks when
// the headline names no source. Runs after the chains.
func (s *quoteStage) headlineFromBody() {
	d := s.d
	// the headline's quotes come before the body's first; a headline holds
	// few, and the body's first few hundred quotes are read (linear time
	// on a document that is one long paragraph)
	body := 0
	for body < len(s.qs) && d.toks[s.qs[body].open].Para == 0 {
		body++
	}
	if body == len(s.qs) || body > maxHeadlineQuotes {
		return
	}
	for n := 0; n < body; n++ {
		q := s.qs[n]
		if s.atts[n].ok || q.end <= q.start {
			continue
		}
		words := headlineKey(d.text[q.start:q.end])
		if len(words) < 4 || !strings.Contains(words, " ") && d.Cap(q.i) {
			continue // one capitalised word may be a title or a name ("13th")
		}
		for m := body; m < len(s.qs) && m < body+maxBodyQuotes; m++ {
			b := s.qs[m]
			if !s.atts[m].ok || b.end-b.start > 4000 {
				continue
			}
			if strings.Contains(headlineKey(d.text[b.start:b.end]), words) {
				s.atts[n] = s.relabel(s.atts[m], "headline-body")
				break
			}
		}
	}
}

// maxHeadlineQuotes and maxBodyQuotes bound the headline-body pass.
const (
	maxHeadlineQuotes = 8
	maxBodyQuotes     = 400
)

// headlineKey is the lower-cased text of a quote without its punctuation
// at the ends, for comparing a headline quote with the body's.
func headlineKey(t string) string {
	return strings.ToLower(strings.TrimFunc(t, func(r rune) bool {
		return r == ',' || r == '.' || r == '!' || r == '?' || r == ' ' || r == '…' || r == ':' || r == ';'
	}))
}
