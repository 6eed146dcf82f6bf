package extract

import "strings"

// headlineFromBody attributes a headline quote that no sieve attributed
// from the body: the first later quote that repeats its words takes its
// source along ("Hoboken mayor: ‘We are still an island’" … "“We are
// still an island,” Zimmer told reporters"), as the contract asks when
// the headline names no source. Runs after the chains.
func (s *quoteStage) headlineFromBody() {
	d := s.d
	body := len(s.qs) // the first quote of the body: quotes are in text order
	for m, q := range s.qs {
		if d.toks[q.open].Para != 0 {
			body = m
			break
		}
	}
	tried := 0
	for n, q := range s.qs[:body] { // the headline is the first paragraph
		if s.atts[n].ok || q.end <= q.start {
			continue
		}
		words := headlineKey(d.text[q.start:q.end])
		if len(words) < 4 || !strings.Contains(words, " ") && d.Cap(q.i) {
			continue // one capitalised word may be a title or a name ("13th")
		}
		if tried++; tried > maxHeadlineQuotes {
			return
		}
		for m := body; m < len(s.qs); m++ {
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

// maxHeadlineQuotes bounds the headline quotes looked up in the body: a
// headline has one or two. Without it a first paragraph of thousands of
// unattributed quotes (a document on one line) was compared quote by
// quote with every later one: quadratic (4 MB of such text on one line:
// 0.54 s of CPU before headline-body, 2.24 s after; 10 MB: 2 minutes).
const maxHeadlineQuotes = 8

// headlineKey is the lower-cased text of a quote without its punctuation
// at the ends, for comparing a headline quote with the body's.
func headlineKey(t string) string {
	return strings.ToLower(strings.TrimFunc(t, func(r rune) bool {
		return r == ',' || r == '.' || r == '!' || r == '?' || r == ' ' || r == '…' || r == ':' || r == ';'
	}))
}
