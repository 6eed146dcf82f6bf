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
	"context"
	"fmt"
	"runtime/debug"
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
	// gazPeers counts the gazetteer's officials of scope "full" by
	// lower-cased surname: a peer's style before a surname one of them
	// has names that official ("Lord Carrington").
	gazPeers map[string]int
	// gazFirst maps a gazetteer surname to the first names of its
	// officials: "Donald J. Trump" is the gazetteer's Donald Trump;
	// "harris" holds kamala and simon, "mattis" james and jim.
	gazFirst map[string][]string
	// gazAka maps a gazetteer full name (lower case) to the other names
	// the news calls the person by (officials.txt field aka, lower case):
	// "joko widodo" → "jokowi".
	gazAka map[string][]string
	// gazWordsKnown: every surname of gazSurnames is a word of the
	// lexicon (has a WordID), so that a name whose last word has none is
	// no gazetteer name (see gazetteerAt).
	gazWordsKnown bool
	// gazLast holds a bit per lexicon word id: set for the ids of the
	// words that end a gazetteer name (the surnames of gazSurnames), so
	// that a name ending in another word is no gazetteer name (see
	// gazetteerAt).
	gazLast []uint64
	// gazOne holds a bit per lexicon word id: set for the surnames of
	// gazSurnames that name a gazetteer official alone (gazetteer(w, 1)),
	// so that a name of one word is told by its id (see gazetteerAtOf).
	gazOne []uint64
	// nonOfficialPhrases are the multi-word non-official roles.
	nonOfficialPhrases *phraseSet
	// words maps the context words of the DATE and TROOPS stages to their
	// kinds (see words.go).
	words map[string]kindSet
	// wordsMay filters the words that may be in words (see wordIs).
	wordsMay *wordFilter
	// kinds holds the kinds of words by their lexicon ids (see kindIs).
	kinds *kindTable
	// stemmed are the lists matched by stems.
	stemmed lexicon.ListSet
	// vocab caches each word's stem and lexicon ids (see vocab.go).
	vocab *vocab
	// descHeads are the last words of the person descriptions ("leader",
	// "counterpart"): the tokens that may end a description.
	descHeads map[string]bool
	// quoteStems are the ids of the stems the quote stage compares
	// tokens' stems with (see stemIs)
	quoteStems *quoteStemIDs
	// scratches holds *scratch: documents' per-token arrays for reuse.
	scratches *sync.Pool
	// titles holds the facts of the titles documents state (titleFacts).
	titles *titleCache
}

// scratch is a finished document's per-token arrays, which the next
// document reuses when they are large enough: tokens, word ids and flags
// were two thirds of the bytes allocated per document, each array zeroed
// when made, and collected after. Arrays for more than maxScratchTokens
// tokens are not kept (memory stays flat whatever the documents' sizes).
type scratch struct {
	toks  []Token
	ids   []lexicon.WordID // lowIDs and stemIDs
	flags []wordFlags
	tcls  []typeClass
	bits  []uint64 // lowerBits
	cls   []class
}

// maxScratchTokens bounds the tokens of a reused array (a 256 KB text has
// about 60,000).
const maxScratchTokens = 1 << 16

// maxHeadlineTokens is the most tokens a headline has, for every stage
// that reads one (officials' headline, quotes' inHeadline): a longer
// first paragraph is the article's lede, and each test stays short on a
// long one. (The quote stage allowed 80 before; headlines are under 25
// words, and no document of the testdata sets, TimeBank or PolNeAR
// train changes.)
const maxHeadlineTokens = 40

// maxAge bounds a number read as a person's age between commas after a
// name ("Anna Berg, 45, said"), for the officials stage (a private person
// takes no title from a description) and the troops stage (no count).
const maxAge = 120

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
	// the context words' tables are built on another goroutine while
	// this one builds the rest: about half of New's instructions, and at
	// start-up the program has nothing else to run on its other cores
	// (the lexicon is read-only, safe for concurrent use)
	ctxTables := make(chan contextTables, 1)
	go func() { ctxTables <- newContextTables(lex) }()
	p.tok.abbrev = make(map[string]bool)
	for _, e := range lex.List(lexicon.Abbreviations).Entries() {
		p.tok.abbrev[e.Phrase] = true
	}
	p.tok.abbrevMay = newAbbrevFilter(p.tok.abbrev)
	gazetteer := lex.List(lexicon.Officials).Entries()
	p.gazSurnames = make(map[string]int, len(gazetteer))
	p.gazPeers = make(map[string]int)
	p.gazFirst = make(map[string][]string, len(gazetteer))
	// a surname alone names a gazetteer official when one entry of the
	// gazetteer has it (two spellings of one name make it ambiguous, on
	// purpose: "Yvan Gil", "Yván Gil" leave "Ms. Gil" alone); a name of
	// scope "full" blocks its surname (John Major: "Major")
	// (an entry's phrase is in key form: its words are split by single
	// spaces, and cutting it at them makes no slice of words)
	for _, e := range gazetteer {
		if e.Phrase != "" {
			sur := lastWord(e.Phrase)
			p.gazSurnames[sur]++
			if e.Field(1) == "full" {
				p.gazSurnames[sur]++
				p.gazPeers[sur]++
			}
			if first, _, more := strings.Cut(e.Phrase, " "); more {
				p.gazFirst[sur] = append(p.gazFirst[sur], first)
			}
			if aka := e.Field(2); aka != "" {
				if p.gazAka == nil {
					p.gazAka = make(map[string][]string)
				}
				for a := range strings.SplitSeq(aka, ",") {
					if a = strings.ToLower(strings.TrimSpace(a)); a != "" {
						p.gazAka[e.Phrase] = append(p.gazAka[e.Phrase], a)
					}
				}
			}
		}
	}
	p.gazWordsKnown = true
	officials := lex.List(lexicon.Officials)
	for sur, n := range p.gazSurnames {
		id := lex.WordID(sur)
		if id == 0 {
			p.gazWordsKnown = false
			continue
		}
		for int(id)/64 >= len(p.gazLast) {
			p.gazLast = append(p.gazLast, 0)
		}
		p.gazLast[id/64] |= 1 << (id % 64)
		// p.gazetteer(sur, 1), sur being in key form (lower-cased) and
		// its count at hand
		if _, full := officials.Lookup(sur); full || n == 1 {
			for int(id)/64 >= len(p.gazOne) {
				p.gazOne = append(p.gazOne, 0)
			}
			p.gazOne[id/64] |= 1 << (id % 64)
		}
	}
	var phrases []string
	for _, e := range lex.List(lexicon.NonOfficial).Entries() {
		if strings.Contains(e.Phrase, " ") {
			phrases = append(phrases, e.Phrase)
		}
	}
	p.nonOfficialPhrases = newPhraseSet(phrases)
	p.stemmed = lex.Stemmed()
	p.vocab = newVocab(lex)
	p.scratches = &sync.Pool{New: func() any { return new(scratch) }}
	p.titles = newTitleCache()
	p.tok.wordsLater = true
	p.descHeads = make(map[string]bool)
	for _, e := range lex.List(lexicon.Descriptions).Entries() {
		if e.Phrase != "" && e.Field(0) == "person" {
			p.descHeads[lastWord(e.Phrase)] = true
		}
	}
	p.vocab.descHeads = p.descHeads
	p.quoteStems = newQuoteStemIDs(lex)
	ct := <-ctxTables
	if ct.err != nil {
		return nil, ct.err
	}
	p.words, p.wordsMay, p.kinds = ct.words, ct.may, ct.kinds
	p.vocab.kinds = p.kinds
	// the facts of the frequent words, when made for lex (descHeads and
	// kinds are lex's too) and for the code that computes them now (frequentAgrees)
	if base := frequentWords(frequentText, lex); base != nil && frequentAgrees(base, p.vocab) {
		p.vocab.base = base
		p.vocab.tab.Store(base)
	}
	for _, e := range lex.List(lexicon.Holidays).Entries() {
		if _, err := parseHoliday(e); err != nil {
			return nil, fmt.Errorf("extract: lexicon list %s: %q: %w", lexicon.Holidays, e.Phrase, err)
		}
	}
	for _, o := range opts {
		o(p)
	}
	return p, nil
}

// contextTables are the context words (contextWords), their filter and
// their kinds by word id, or the error of a list that makes none.
type contextTables struct {
	words map[string]kindSet
	may   *wordFilter
	kinds *kindTable
	err   error
}

func newContextTables(lex *lexicon.Lexicon) contextTables {
	words, err := contextWords(lex)
	if err != nil {
		return contextTables{err: err}
	}
	return contextTables{words: words, may: newWordFilter(words), kinds: newKindTable(lex, words)}
}

// lastWord returns the last word of a lexicon entry's phrase (in key form:
// words split by single spaces).
func lastWord(phrase string) string { return phrase[strings.LastIndexByte(phrase, ' ')+1:] }

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
// code-point offsets. It panics when doc is longer than MaxDocumentBytes.
func (p *Pipeline) Annotate(doc corpus.Document) []corpus.Annotation {
	return p.annotate(context.Background(), doc)
}

// AnnotateContext is Annotate that gives up when ctx is cancelled: the
// tokenizer and every stage look at ctx every few thousand steps, so a
// huge document stops within milliseconds. It then returns ctx's error
// and no annotations.
func (p *Pipeline) AnnotateContext(ctx context.Context, doc corpus.Document) ([]corpus.Annotation, error) {
	s, err := p.AnnotateSpans(ctx, doc)
	if err != nil {
		return nil, err
	}
	return s.Slice(), nil
}

// AnnotateSpans is AnnotateContext that returns the annotations as Spans:
// a fraction of the memory of a []corpus.Annotation, for a caller that
// reads them once (writes them, counts them).
func (p *Pipeline) AnnotateSpans(ctx context.Context, doc corpus.Document) (s *Spans, err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(doc.Text) > MaxDocumentBytes {
		return nil, errTooLong(doc)
	}
	defer func() {
		if v := recover(); v != nil {
			c, ok := v.(cancelled)
			if !ok {
				panic(v)
			}
			s, err = nil, c.err
		}
	}()
	return p.annotateSpans(ctx, doc), nil
}

func errTooLong(doc corpus.Document) error {
	return fmt.Errorf("extract: document %s: %d bytes, more than the %d a pipeline annotates", doc.ID, len(doc.Text), MaxDocumentBytes)
}

// cancelled is the panic value that unwinds a cancelled document's stages
// up to AnnotateContext (like encoding/json's internal errors, it never
// leaves the package).
type cancelled struct{ err error }

// checkEvery is how many steps of a loop pass between two looks at the
// context: cheap (a counter) and about a millisecond of work.
const checkEvery = 4096

// tick counts one step of a stage loop and stops the document (see
// cancelled) when its context is done.
func (d *doc) tick() {
	d.steps++
	if d.steps&(checkEvery-1) == 0 { // small enough to be inlined: it runs at every token of every stage
		d.check()
	}
}

// ticks counts n steps of a stage loop at once (a loop that passed over
// tokens in a tight inner loop) and, as tick, stops the document when its
// context is done: looked at when the steps pass a multiple of checkEvery.
func (d *doc) ticks(n int) {
	old := d.steps
	d.steps += n
	if old&^(checkEvery-1) != d.steps&^(checkEvery-1) {
		d.check()
	}
}

// check stops the document when its context is done. (Not inlined: tick
// stays small.)
//
//go:noinline
func (d *doc) check() {
	if d.ctx != nil {
		if err := d.ctx.Err(); err != nil {
			panic(cancelled{err})
		}
	}
}

func (p *Pipeline) annotate(ctx context.Context, doc corpus.Document) []corpus.Annotation {
	return p.annotateSpans(ctx, doc).Slice()
}

// annotateSpans is annotate's work: the document's annotations as Spans.
func (p *Pipeline) annotateSpans(ctx context.Context, doc corpus.Document) *Spans {
	if len(doc.Text) > MaxDocumentBytes {
		panic(errTooLong(doc))
	}
	d := p.analyzeContext(ctx, doc)
	// The stages' spans are kept as compact records while the tokens are
	// alive, and stay so in the result (see Spans): a corpus.Annotation
	// is 184 bytes, and text dense with dates has one every 14 bytes.
	var res stageResults
	var people *roster
	if p.types[corpus.Official] || p.types[corpus.Quote] {
		people = p.officials(d)
		if p.types[corpus.Official] {
			res.officials, res.officialNames = people.mentions, people.names
		}
		people.mentions, people.names = nil, nil
	}
	// between stages, a cancelled document stops at once (a stage's own
	// loops look at the context only every checkEvery steps, some never)
	d.check()
	if p.types[corpus.Date] {
		res.dates = p.dates(d)
	}
	d.check()
	if p.types[corpus.Troops] {
		res.spans = append(res.spans, p.troops(d))
	}
	d.check()
	if p.types[corpus.Quote] {
		res.quotes = p.quotes(d, people)
	}
	d.check()
	// the tokens and per-token tables (about 16 bytes per byte of text)
	// are not needed to write the annotations: let them go first
	d.release()
	if len(d.text) >= collectAfter {
		// the tokens are garbage now: collect them and give their pages
		// back to the system, so that the result (one large array
		// the freed token arrays cannot hold) does not add to the peak
		// resident memory (runtime.GC left them mapped: 29.1 bytes of
		// RSS per byte on 50 MB of text dense with dates, 19.7 now)
		debug.FreeOSMemory()
	}
	return d.spans(&res)
}

// stageResults are the stages' spans of one document before the result is
// built: compact records for the stages that make many (officials, dates,
// quotes), corpus.Annotations for the others.
type stageResults struct {
	officials     []officialSpan
	officialNames []officialName // by officialSpan.who
	dates         [][]dateSpan
	quotes        []quoteSpan
	spans         [][]span
}

// officialSpan is an OFFICIAL span as the officials stage keeps it: 12
// bytes where a corpus.Annotation takes 184; its person's name and title
// are in a table of the document's officials (a person named 600,000
// times was 600,000 pairs of strings, 32 bytes each).
type officialSpan struct {
	start, end int32 // byte offsets
	who        int32 // index of the person's officialName
}

// officialName is the name and title of an official of a document, as
// its OFFICIAL spans give them.
type officialName struct{ name, title, rule string }

// quoteSpan is a QUOTE span as the quotes stage keeps it: 80 bytes where
// a corpus.Annotation takes 184. The stage keeps one for every quote while
// it attributes them (see attribution), then filters them in place into
// its result.
type quoteSpan struct {
	start, end               int32 // byte offsets
	speakerStart, speakerEnd int32 // byte offsets of the speaker mention
	speaker, cue, rule       string
	who                      *person // the person spoken of, when a person (nil in the result)
	ok                       bool    // attributed (false in the result)
}

// collectAfter is the document size from which annotate collects the
// tokens' memory before it builds the result: a collection costs a few
// milliseconds, a document this large seconds.
const collectAfter = 4 << 20

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
	tokens                   // the text and its tokens
	lowIDs  []lexicon.WordID // token -> lexicon id of its lower-cased form
	stemIDs []lexicon.WordID // token -> lexicon id of its stem
	wflags  []wordFlags      // token -> the flags of its word (of a number or ordinal: fNumberTok, fOrdinalTok; 0 for other tokens)
	tcls    []typeClass      // token -> the classes of its word type, at tokens with fClassed (see typeClass)
	vocab   *vocab           // from the Pipeline
	date    time.Time
	hasDate bool
	lex     *lexicon.Lexicon
	cls     []class // token classes, see classify
	// the words the document writes in lower case (see lowerWord): a bit
	// per word of lowerTab, the word table wordIDs used, and the others
	// in lowers
	lowerTab  *wordTable
	lowerBits []uint64
	// touched keeps the slots wordIDs touched read (see wordIDs)
	touched uint8
	lowers  map[string]bool
	// lowerNew are the words of lowers as wordIDs met them (words not in
	// lowerTab), made into the map only when lowerWord asks for one
	// (grown word by word, the map was 1% of a run)
	lowerNew []string

	numbers            *lexicon.List      // the numbers list
	personnel          *lexicon.List      // the personnel list, asked of the lexicon on first use (see personnelAt)
	nonOfficialPhrases *phraseSet         // from the Pipeline
	words              map[string]kindSet // from the Pipeline
	wordsMay           *wordFilter        // from the Pipeline
	kinds              *kindTable         // from the Pipeline
	stemmed            lexicon.ListSet    // from the Pipeline
	descHeads          map[string]bool    // from the Pipeline
	quoteStems         *quoteStemIDs      // from the Pipeline

	tmemo       []uint8                    // memoised tense classes of tokens, see tenseMemo
	cals        []calMemo                  // memoised calendar words of tokens, see cal
	lastCount   troopCount                 // the last count of the troops stage so far
	lastTroop   troopRun                   // the last troop count and the counts of other things since
	countHead   map[int]troopCount         // the last count of each value, see troopAntecedent
	menTroops   bool                       // a count of "men" was read as troops: the text counts soldiers so
	titleMemo   map[string]uint8           // hasNonOfficial and orgTitle by title, see titleFacts
	titles      *titleCache                // from the Pipeline: titleFacts of all its documents
	titleFlaws  []titleFlaw                // title candidates rejected, with the check that fired (validTitle)
	orderMemo   nameOrderMemo              // the last name nameOrder told
	gazMemo     gazetteerMemo              // the last name gazetteerAt told
	casedMemo   casedMemo                  // the last sentence titleCased told
	headMemo    [2]string                  // the last title headOf told and its head
	countryMemo map[string]map[string]bool // titleCountries by title

	late  lateStarts    // where the DATE, TROOPS and QUOTE stages may find something, see lateStartsOf
	inQ   []bool        // tokens inside quotes (marks included), set by quotes
	qatts []attribution // quote attributions, filled in order by quotes

	ctx   context.Context // nil: never cancelled
	steps int             // loop steps so far, see tick

	// scratch holds the arrays to reuse (taken by analyzeContext and
	// wordIDs) and, after release, this document's for the next one;
	// scratches is the Pipeline's pool, nil when nothing is given back
	scratch   *scratch
	scratches *sync.Pool

	capsLines  map[int]bool // sentence -> allCapsLine, memoised
	paraFirsts []int32      // paragraph -> its first token, built on first use (see paraFirst)
	paraForces []int32      // paragraph -> its first force noun, -1 none, -2 not yet looked for (see paraForceFirst)

	facts []tokFact // token -> the facts the officials stage tells once (officials_facts.go); nil before
	// armedAt are the words of kind armed_group, ascending, noted by
	// classify (armedOK) for armedName
	armedAt []int32
	armedOK bool
}

// lowersHint bounds the initial size of a document's set of lower-case
// words (see lowerWord).
const lowersHint = 1 << 12

// addLower records the word w, not in lowerTab, as written in lower case
// (see lowerWord).
func (d *doc) addLower(w string) {
	if d.lowers != nil {
		d.lowers[w] = true
		return
	}
	d.lowerNew = append(d.lowerNew, w)
	if len(d.lowerNew) >= lowersHint {
		d.flushLowers() // bounded: a huge document's words are told apart
	}
}

// flushLowers moves the words of lowerNew into the map lowers.
func (d *doc) flushLowers() {
	if len(d.lowerNew) == 0 {
		return
	}
	if d.lowers == nil {
		d.lowers = make(map[string]bool, len(d.lowerNew))
	}
	for _, l := range d.lowerNew {
		d.lowers[l] = true
	}
	d.lowerNew = d.lowerNew[:0]
}

// lowerWord reports whether the document writes the word w (lower-cased)
// in lower case somewhere: then a capitalised w is no proper name.
func (d *doc) lowerWord(w string) bool {
	if d.lowerTab != nil {
		// wordIDs marked the words as it met them
		if s := d.lowerTab.find(w); s != nil {
			k := s.info
			return s.lower && d.lowerBits[k/64]&(1<<(k%64)) != 0
		}
		d.flushLowers()
		return d.lowers[w]
	}
	if d.lowers == nil {
		// sized for the word types of a short document (about a fifth
		// of its tokens), not more: a huge document has far fewer word
		// types than tokens, and a map sized for a tenth of its tokens
		// is as large as the tokens themselves
		d.lowers = make(map[string]bool, min(len(d.toks)/5, lowersHint))
		for i := range d.toks {
			t := &d.toks[i]
			if t.Kind == Word && d.textOf(t) == d.lowerOf(t) {
				d.lowers[d.lowerOf(t)] = true
			}
		}
	}
	return d.lowers[w]
}

// lowerWordOf is lowerWord(d.Lower(i)) (lowerWordAt, not kept): a token whose lower-cased form is a
// word of lowerTab reads that word's bit (see wordTable.lowKey) with no
// string hashed; any other asks lowerWord.
func (d *doc) lowerWordOf(i int) bool {
	if t := &d.toks[i]; t.low&sharedLow != 0 && d.lowerTab != nil {
		if k := d.lowerTab.lowKey[t.low&^sharedLow]; k >= 0 {
			return d.lowerBits[k/64]&(1<<(k%64)) != 0
		}
	}
	return d.lowerWord(d.Lower(i))
}

func (p *Pipeline) analyze(cd corpus.Document) *doc {
	return p.analyzeContext(context.Background(), cd)
}

func (p *Pipeline) analyzeContext(ctx context.Context, cd corpus.Document) *doc {
	d := &doc{lex: p.lex, numbers: p.lex.List(lexicon.Numbers), nonOfficialPhrases: p.nonOfficialPhrases, words: p.words, wordsMay: p.wordsMay, kinds: p.kinds, stemmed: p.stemmed, descHeads: p.descHeads, quoteStems: p.quoteStems, ctx: ctx, vocab: p.vocab, titles: p.titles}
	if p.scratches != nil {
		d.scratch, d.scratches = p.scratches.Get().(*scratch), p.scratches
	} else {
		d.scratch = new(scratch)
	}
	d.tokens = p.tok.tokenizeInto(ctx, d.scratch.toks, cd.Text, cd.BodyStart)
	d.scratch.toks = nil
	d.wordIDs(p.vocab)
	d.date, d.hasDate = cd.Time()
	return d
}

// release drops the tokens and the per-token tables, giving the large
// arrays back to the Pipeline for the next document (the document must not
// be used after).
func (d *doc) release() {
	if d.scratches != nil && d.scratch != nil {
		sc := d.scratch
		if cap(d.toks) <= maxScratchTokens {
			sc.toks = d.toks[:0]
		}
		if cap(d.lowIDs) <= 2*maxScratchTokens {
			sc.ids = d.lowIDs[:0] // with stemIDs after it (see wordIDs)
		}
		if cap(d.wflags) <= maxScratchTokens {
			sc.flags = d.wflags[:0]
		}
		if cap(d.tcls) <= maxScratchTokens {
			sc.tcls = d.tcls[:0]
		}
		sc.bits = d.lowerBits[:0] // a bit per word of the vocabulary's table: bounded by it
		if cap(d.cls) <= maxScratchTokens {
			sc.cls = d.cls[:0]
		}
		d.scratches.Put(sc)
		d.scratch, d.scratches = nil, nil
	}
	d.toks, d.lows, d.shared, d.cls, d.lowers, d.lowIDs, d.stemIDs, d.wflags, d.inQ, d.qatts = nil, nil, nil, nil, nil, nil, nil, nil, nil, nil
	d.tcls = nil
	d.lowerTab, d.lowerBits, d.lowerNew = nil, nil, nil
	d.capsLines, d.tmemo, d.cals, d.facts, d.paraFirsts, d.paraForces = nil, nil, nil, nil, nil, nil
	d.armedAt, d.armedOK = nil, false
	d.late = lateStarts{}
}

// span is an annotation under construction: its Start, End, SpeakerStart
// and SpeakerEnd are byte offsets (token-independent) until Spans.All
// converts them to code points.
type span = corpus.Annotation
