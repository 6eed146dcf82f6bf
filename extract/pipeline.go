// Package extract finds OFFICIAL, DATE, TROOPS and QUOTE annotations in
// English news text.
//
// A [Pipeline] is built once from a lexicon and is then safe for concurrent
// use. Annotate tokenizes a document once (exact byte offsets, sentences and
// paragraphs) and runs four small stages over the shared tokens: officials
// (which also builds the document's roster of people), dates, troops and
// quotes (which reads the roster to name speakers). Offsets become code
// points only when annotations are written, through corpus.Index.
package extract

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/lexicon"
)

// Pipeline annotates documents. It is immutable and safe for concurrent use.
type Pipeline struct {
	lex   *lexicon.Lexicon
	tok   tokenizer
	types map[corpus.Type]bool
	// gazSurnames counts the gazetteer's officials by lower-cased surname.
	gazSurnames map[string]int
	// nonOfficialPhrases are the multi-word non-official roles.
	nonOfficialPhrases []string
	// words maps the context words of the DATE and TROOPS stages to their
	// kinds (see words.go).
	words map[string]wordKind
	// vocab caches each word's stem and lexicon ids (see vocab.go).
	vocab *vocab
}

// Option configures a Pipeline.
type Option func(*Pipeline)

// WithTypes restricts annotation to the given types (all four by default).
func WithTypes(types ...corpus.Type) Option {
	return func(p *Pipeline) {
		p.types = make(map[corpus.Type]bool, len(types))
		for _, t := range types {
			p.types[t] = true
		}
	}
}

// New builds a pipeline over the lexicon.
func New(lex *lexicon.Lexicon, opts ...Option) (*Pipeline, error) {
	if lex == nil {
		return nil, fmt.Errorf("extract: nil lexicon")
	}
	p := &Pipeline{lex: lex, types: map[corpus.Type]bool{
		corpus.Official: true, corpus.Date: true, corpus.Troops: true, corpus.Quote: true}}
	p.tok.abbrev = make(map[string]bool)
	for _, e := range lex.List(lexicon.Abbreviations).Entries() {
		p.tok.abbrev[e.Phrase] = true
	}
	p.gazSurnames = make(map[string]int)
	for _, e := range lex.List(lexicon.Officials).Entries() {
		if f := strings.Fields(e.Phrase); len(f) > 0 {
			p.gazSurnames[f[len(f)-1]]++
		}
	}
	for _, e := range lex.List(lexicon.NonOfficial).Entries() {
		if strings.Contains(e.Phrase, " ") {
			p.nonOfficialPhrases = append(p.nonOfficialPhrases, e.Phrase)
		}
	}
	words, err := contextWords(lex)
	if err != nil {
		return nil, err
	}
	p.words = words
	p.vocab = newVocab(lex)
	p.tok.words = p.vocab
	for _, o := range opts {
		o(p)
	}
	return p, nil
}

var defaultPipeline = sync.OnceValues(func() (*Pipeline, error) {
	lex, err := lexicon.Default()
	if err != nil {
		return nil, err
	}
	return New(lex)
})

// Default returns the pipeline over the built-in lexicon, built on first use.
func Default() (*Pipeline, error) { return defaultPipeline() }

// Annotate annotates doc with the default pipeline.
func Annotate(doc corpus.Document) ([]corpus.Annotation, error) {
	p, err := Default()
	if err != nil {
		return nil, err
	}
	return p.Annotate(doc), nil
}

// Annotate returns the annotations of doc, sorted by start and end, with
// code-point offsets.
func (p *Pipeline) Annotate(doc corpus.Document) []corpus.Annotation {
	d := p.analyze(doc)
	var spans []span
	var people *roster
	if p.types[corpus.Official] || p.types[corpus.Quote] {
		people = p.officials(d)
		if p.types[corpus.Official] {
			spans = append(spans, people.mentions...)
		}
	}
	if p.types[corpus.Date] {
		for _, s := range p.dates(d) {
			if representable(s.Value) {
				spans = append(spans, s)
			}
		}
	}
	if p.types[corpus.Troops] {
		spans = append(spans, p.troops(d)...)
	}
	if p.types[corpus.Quote] {
		spans = append(spans, p.quotes(d, people)...)
	}
	return d.annotations(spans)
}

// representable reports whether a DATE value stays within ISO 8601's four
// digit years (0001-9999): arithmetic on a document dated 9999-12-31 or
// 0000-01-01 can leave them.
func representable(value string) bool {
	for rest := value; rest != ""; {
		var part string
		part, rest, _ = strings.Cut(rest, "/")
		if part == "" {
			continue
		}
		if len(part) < 4 || part[0] == '-' || strings.HasPrefix(part, "0000") {
			return false
		}
		for i := 0; i < 4; i++ {
			if part[i] < '0' || part[i] > '9' {
				return false
			}
		}
		if len(part) > 4 && part[4] != '-' {
			return false
		}
	}
	return true
}

// doc is one document under analysis.
type doc struct {
	text    string
	toks    []Token
	lowIDs  []lexicon.WordID // token -> lexicon id of its lower-cased form
	stemIDs []lexicon.WordID // token -> lexicon id of its stem
	vocab   *vocab           // from the Pipeline
	date    time.Time
	hasDate bool
	lex     *lexicon.Lexicon
	cls     []class // token classes, see classify
	lowers  map[string]bool

	nonOfficialPhrases []string            // from the Pipeline
	words              map[string]wordKind // from the Pipeline

	inQ   []bool        // tokens inside quotes (marks included), set by quotes
	qatts []attribution // quote attributions, filled in order by quotes

	capsLines      map[int]bool // sentence -> allCapsLine, memoised
	tenseL, tenseR []int8       // memoised tense scans, see future
}

// lowerWord reports whether the document writes the word w (lower-cased)
// in lower case somewhere: then a capitalised w is no proper name.
func (d *doc) lowerWord(w string) bool {
	if d.lowers == nil {
		d.lowers = make(map[string]bool, len(d.toks)/4)
		for i := range d.toks {
			t := &d.toks[i]
			if t.Kind == Word && t.Text == t.Lower {
				d.lowers[t.Lower] = true
			}
		}
	}
	return d.lowers[w]
}

func (p *Pipeline) analyze(cd corpus.Document) *doc {
	d := &doc{text: cd.Text, lex: p.lex, nonOfficialPhrases: p.nonOfficialPhrases, words: p.words, vocab: p.vocab}
	d.toks = p.tok.tokenize(cd.Text, cd.BodyStart)
	d.wordIDs(p.vocab)
	d.date, d.hasDate = cd.Time()
	return d
}

// span is an annotation under construction: token-independent byte offsets.
type span struct {
	corpus.Annotation
	start, end               int // byte offsets of the span
	speakerStart, speakerEnd int // byte offsets of the speaker mention (QUOTE)
}

// annotations converts spans to sorted annotations with code-point offsets,
// dropping same-type overlaps (the earlier, then longer, span wins).
func (d *doc) annotations(spans []span) []corpus.Annotation {
	ix := corpus.NewIndex(d.text)
	out := make([]corpus.Annotation, 0, len(spans))
	for _, s := range spans {
		a := s.Annotation
		a.Start, a.End = ix.Rune(s.start), ix.Rune(s.end)
		a.Text = d.text[s.start:s.end]
		if a.Type == corpus.Quote && a.Speaker != "" {
			a.SpeakerStart, a.SpeakerEnd = ix.Rune(s.speakerStart), ix.Rune(s.speakerEnd)
		}
		out = append(out, a)
	}
	corpus.SortAnnotations(out)
	kept := out[:0]
	lastEnd := map[corpus.Type]int{}
	for _, a := range out {
		if end, ok := lastEnd[a.Type]; ok && a.Start < end {
			continue
		}
		lastEnd[a.Type] = a.End
		kept = append(kept, a)
	}
	return kept
}
