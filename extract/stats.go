package extract

import "github.com/dispatch-nlp/dispatch/corpus"

// CountTokens returns the number of tokens the pipeline's tokenizer finds in
// the body of doc (the text after its date header). Benchmarks use it to
// report tokens per second with one definition of a token for every run.
func (p *Pipeline) CountTokens(doc corpus.Document) int {
	return len(p.tok.tokenize(doc.Text, doc.BodyStart).toks)
}
