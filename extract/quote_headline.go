package extract

import "strings"

// headlineFromBody attributes a headline quote that no sieve attributed
// from the body: the first later quote that repeats its words takes its
// source along ("Hoboken mayor: ‘We are still an island’" … "“We are
// still an island,” Zimmer told reporters"), as the contract asks when
// the headline names no source. Runs after the chains.
//
// Linear time: only the first maxHeadlineQuotes quotes of the headline are
// tried, and each scans the body's quotes only (from the first quote
// outside the headline). Before, every quote of a one-paragraph document
// scanned every later quote: quadratic (`said "` ×70,000, 400 KB: 44 s).
func (s *quoteStage) headlineFromBody() {
	d := s.d
	body := len(s.qs) // index of the first quote outside the headline
	for n, pq := range s.qs {
		q := pq.unpack()
		if d.toks[q.open].Para != 0 {
			body = n
			break
		}
	}
	for n, pq := range s.qs[:min(body, maxHeadlineQuotes)] {
		q := pq.unpack()
		if s.atts[n].ok || q.end <= q.start {
			continue
		}
		words := headlineKey(d.text[q.start:q.end])
		if len(words) < 4 || !strings.Contains(words, " ") && d.Cap(q.i) {
			continue // one capitalised word may be a title or a name ("13th")
		}
		for m := body; m < len(s.qs); m++ {
			d.tick() // cancellation: the scan can be long
			b := s.qs.at(m)
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

// maxHeadlineQuotes is how many quotes of the headline headlineFromBody
// tries to attribute: a headline holds one or two, and the bound keeps a
// hostile one-paragraph document (thousands of quotes) linear.
const maxHeadlineQuotes = 4

// headlineKey is the lower-cased text of a quote without its punctuation
// at the ends and without invisible marks (guide 12b: a soft hyphen
// inside a body word does not hide the headline's words in it), for
// comparing a headline quote with the body's.
func headlineKey(t string) string {
	return strings.ToLower(strings.TrimFunc(withoutInvisible(t), func(r rune) bool {
		return r == ',' || r == '.' || r == '!' || r == '?' || r == ' ' || r == '…' || r == ':' || r == ';'
	}))
}
