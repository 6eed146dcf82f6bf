package extract

import "testing"

// BenchmarkQuotes times the quote stage alone on the sample corpus: the
// documents are tokenized and their rosters built once, outside the loop.
func BenchmarkQuotes(b *testing.B) {
	p, docs := benchPipeline(b), benchDocs(b)
	type prepared struct {
		d *doc
		r *roster
	}
	var ps []prepared
	for _, cd := range docs {
		d := p.analyze(cd)
		ps = append(ps, prepared{d, p.officials(d)})
	}
	b.SetBytes(textBytes(docs))
	b.ReportAllocs()
	for b.Loop() {
		for _, x := range ps {
			p.quotes(x.d, x.r)
		}
	}
}
