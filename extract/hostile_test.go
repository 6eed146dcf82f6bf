package extract

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Hostile inputs: long runs of one pathological pattern. The fuzz targets
// cap inputs at a few KB, far too small to show super-linear work, so
// these generators build inputs of any size and TestHostileInputsFinish
// runs each at 1 MB (see -hostile.size) under a generous deadline: a hang
// guard, not a speed test. BenchmarkAnnotateSizes runs them at 100 KB,
// 1 MB and 10 MB, where time and memory per byte must stay flat.

var (
	hostileSize     = flag.Int("hostile.size", 1<<20, "bytes of each generated hostile input")
	hostileDeadline = flag.Duration("hostile.deadline", hangScale*3*time.Minute, "hang guard per hostile input")
)

// hostileInput is a generator: a unit repeated to the size asked for.
type hostileInput struct {
	name  string
	unit  string
	dated bool // give the document a date (relative dates resolve only then)
	// names: each %s of the unit is a word of its own at each repetition
	// (distinctWord), as many people as repetitions
	names bool
	// lead is written once before the repetitions (the people a run of
	// pronouns may refer to)
	lead string
}

// hostileInputs are the generators. Each names the stage it attacks.
var hostileInputs = []hostileInput{
	// officials: every name walked back over the whole run of title words,
	// and its title as long as the run (quadratic output)
	{name: "title words", unit: "US Defense Secretary Minister Foreign spokesman "},
	{name: "title words and names", unit: "Deputy Foreign Minister Secretary General Lloyd Austin "},
	{name: "appositions", unit: "Ned Price, the State Department spokesman deputy foreign secretary minister "},
	{name: "counterpart lists", unit: "from Poland, Mariusz Blaszczak; "},
	{name: "honorifics and ranks", unit: "Mr. Lt. Gen. Gen. Dr. "},
	{name: "particles", unit: "von der de al "},
	{name: "capitalised words", unit: "Alpha Bravo Charlie Delta Echo Foxtrot "},
	{name: "names and pronouns", unit: "Biden Scholz Macron he said "},
	{name: "run-on surnames", unit: "Blinken Blinkens Blink Blinkenss "},
	// descriptions and names in one endless sentence: namedBeside read every
	// mention of the sentence for each description, rankedBefore every rank
	// of a person named with a rank at each mention, bySurname every
	// mention for each lone surname of two people (red team 5: 400 KB 23 s
	// and over 5 minutes); takenUp every repeated mention of the sentence
	// after each description (review 12: 1 MB 3.1 s, 2 MB 14.7 s)
	{name: "description and name chain", unit: "the spokesman said Austin said "},
	// the same titles and people in every sentence: each question to the
	// besideIndex (is this person named beside a description with this
	// title?) intersects two lists of tens of thousands of sentences
	{name: "descriptions and names in every sentence", unit: "The spokesman said Ann Bay said. The minister said Erik Lindqvist said. "},
	{name: "descriptions beside many names", unit: "The prime minister criticised Ann Bay, Erik Lindqvist, Lena Holt and Per Voss, "},
	{name: "ranks, descriptions and shared surnames", unit: "“We will not retreat,” said Lloyd Austin, Gen. Austin on Monday the spokesman he said. Defense Secretary Austin said “ 3,000 troops the minister added "},
	// tokenizer and sentence splitting
	{name: "closing marks", unit: `) ” ’ " `},
	{name: "opening marks", unit: `( “ ‘ " `},
	{name: "full stops and closers", unit: `.)”’" `},
	{name: "one 1 MB word", unit: "a"},
	{name: "one 1 MB number", unit: "1"},
	// the roster's take-up of people by surname, given name or family
	// name (every mention once looked up the fullest name among all
	// mentions found so far); these were a timing-ratio test before
	{name: "headline capitals", unit: "SAID BIDEN SAID "},
	{name: "surnames", unit: "Sen. Ann Lee said. Lee said. Mr. Lee "},
	{name: "given names", unit: "President Omar Rashid wrote. Omar said. "},
	{name: "family names first", unit: "Kim Jong Un met Yoon Young-chan. Kim said, Yoon said. "},
	// thousands of people of one surname: each name was compared with
	// every person of its surname (find, endOfForm; hostile22a: 600 KB
	// took 72 s, 1 MB over 10 minutes), each lone surname with all of
	// them (otherThanGazetteer, agreeing, styled), and a new person's
	// name with every form of the first, who was written two ways in turn
	{name: "officials sharing a surname", unit: "Minister %s Smith. Smith. ", names: true},
	{name: "officials sharing a surname, styled", unit: "Minister %s Smith and Mrs. Smith said “no.” President Smith said “yes.” ", names: true},
	{name: "forms and people of a surname", unit: "Sen. Ann Lee said. Sen. Lee said. Sen. %s Lee said. ", names: true},
	// thousands of people of one first name, none named in full as an
	// official: the quote stage's byFirst walked every person for each
	// speaker "Ann" (1 MB: 3.4 s)
	{name: "people of one first name", unit: "Boeing spokesman Ann %s said. “No,” Ann said. ", names: true},
	{name: "dotted acronym", unit: "U.S."},
	{name: "abbreviations", unit: "U.S. Gen. Dec. e.g. "},
	{name: "possessives", unit: "Biden's Scholz’s "},
	{name: "hyphens and apostrophes", unit: "a-b'c-"},
	{name: "urls", unit: "https://example.com/a.b "},
	{name: "handles", unit: "@a_b "},
	{name: "combining marks", unit: "e\u0301\u0301\u0301 "},
	{name: "line breaks", unit: "\n"},
	{name: "commas", unit: ", "},
	// quotes
	{name: "straight quotation marks", unit: `"`},
	{name: "unattributed quotes", unit: "“We will not back down.” "},
	{name: "unbalanced quotes", unit: "“Biden said "},
	// one paragraph of unclosed marks: the headline pass scanned every
	// later quote for each quote (issue 8, C1: 400 KB of `said "` 44 s)
	{name: "cue then open mark", unit: `said "`},
	{name: "open mark then word", unit: `"word `},
	{name: "open mark then clause", unit: `"He said `},
	{name: "straight unbalanced quotes", unit: `"Biden said `},
	{name: "attributed quotes", unit: "“No,” Biden said. "},
	{name: "quotes in one sentence", unit: "“no,” "},
	{name: "participle quotes", unit: ", saying “no” "},
	{name: "according to", unit: "“no” according to Biden, "},
	{name: "capitalised cues", unit: "Said Told Added Stated "},
	{name: "headline capitals", unit: "SAID BIDEN SAID "},
	// dates
	{name: "weekdays in one sentence", unit: "Monday, Tuesday and Wednesday ", dated: true},
	{name: "full dates", unit: "on Monday, January 24, 2022 and ", dated: true},
	{name: "relative dates", unit: "last week next month 3 days ago this Friday ", dated: true},
	{name: "months", unit: "March and May to June ", dated: true},
	{name: "years", unit: "2021 2022 1999 ", dated: true},
	// holidays in one paragraph: each asked for its paragraph's dateline,
	// walking back to the paragraph's start (review 10: 480 KB 5.9 s)
	{name: "holidays in one paragraph", unit: "on Christmas and Easter ", dated: true},
	{name: "numbers", unit: "1,000 2.5 300 4000 "},
	// red team 5's news-like mix (random fragments): quadratic in the
	// officials' descriptions, and did not stop on SIGTERM
	{name: "news-like mix", unit: newsMix(4096), dated: true},
	// troops
	{name: "troop counts", unit: "100,000 troops and 5,000 soldiers "},
	{name: "number words", unit: "tens of thousands of hundreds of "},
	// a named body that numbers people, in one paragraph with no force
	// noun: each "numbered" walked back to the paragraph's start looking
	// for one (review 12: 400 KB 27 s)
	{name: "named bodies numbering", unit: "The Zorvan numbered 4,500 in all. "},
	{name: "named bodies numbering at their peak", unit: "The Zorvan, which at its peak numbered 370, met. "},
	// pronoun quotes in one sentence after two people: each pronoun asked
	// whether a ", and" clause opened between its antecedent, the
	// sentence's first name, and itself (mend12c: 32,000 quotes 13.9 s;
	// 1 MB 84 s, 2 MB past the deadline; now 1.4 s)
	{name: "pronoun quotes in one sentence", lead: "Minister Anna Kovalenko and Minister Boris Petrov met, ", unit: "“yes,” he said, ", dated: true},
}

// newsMix is about size bytes of a fixed pseudo-random mix of news
// fragments (red team 5's "mix" text).
func newsMix(size int) string {
	parts := []string{`"Up to 8,500 troops," `, "said ", "Lloyd Austin ", "Blinkens ", "on Monday ", "“", "Gen. ", "the spokesman added ", ". "}
	var b strings.Builder
	for x := uint32(1); b.Len() < size; {
		x = x*1664525 + 1013904223
		b.WriteString(parts[(x>>16)%uint32(len(parts))])
	}
	return b.String()
}

// hostileText repeats unit to about size bytes, cut on a rune boundary.
func hostileText(unit string, size int) string {
	s := strings.Repeat(unit, size/len(unit)+1)[:size]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// distinctText repeats unit to about size bytes, each %s in it replaced
// by distinctWord of the repetition's number, cut on a rune boundary.
func distinctText(unit string, size int) string {
	var b strings.Builder
	b.Grow(size + len(unit) + 8)
	for n := 0; b.Len() < size; n++ {
		b.WriteString(strings.ReplaceAll(unit, "%s", distinctWord(n)))
	}
	s := b.String()[:size]
	for !utf8.ValidString(s) {
		s = s[:len(s)-1]
	}
	return s
}

// distinctWord is the n-th of 26⁵ capitalised words: Abaaaaa, Abaaaab, …
func distinctWord(n int) string {
	b := []byte("Abaaaaa")
	for k := len(b) - 1; k >= 2 && n > 0; k-- {
		b[k] = 'a' + byte(n%26)
		n /= 26
	}
	return string(b)
}

func (h hostileInput) doc(size int) corpus.Document {
	var text string
	if h.names {
		text = distinctText(h.unit, size)
	} else {
		text = hostileText(h.unit, size)
	}
	d := corpus.Document{ID: "hostile", Text: h.lead + text}
	if h.dated {
		d.Date = "2022-01-24"
	}
	return d
}

// annotationBytes is the size of what the annotations carry as text.
func annotationBytes(as []corpus.Annotation) int {
	n := 0
	for _, a := range as {
		n += len(a.Text) + len(a.Name) + len(a.Title) + len(a.Speaker) + len(a.Cue)
	}
	return n
}

// TestHostileInputsFinish runs every generator at 1 MB through the whole
// pipeline. A super-linear path makes one of them run for minutes, and
// the deadline stops the binary with every goroutine's stack. It also
// bounds the output: annotations may carry at most a few times the
// input's bytes (a title as long as a run of title words made 66 KB give
// a 66 MB line).
func TestHostileInputsFinish(t *testing.T) {
	if testing.Short() {
		t.Skip("1 MB inputs: skipped in -short mode")
	}
	p, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, h := range hostileInputs {
		t.Run(h.name, func(t *testing.T) {
			doc := h.doc(*hostileSize)
			timer := time.AfterFunc(*hostileDeadline, func() {
				panic(fmt.Sprintf("hang: %s: Annotate did not return within %v on %d bytes", h.name, *hostileDeadline, len(doc.Text)))
			})
			start := time.Now()
			as := p.Annotate(doc)
			timer.Stop()
			out := annotationBytes(as)
			t.Logf("%d bytes: %v, %d annotations carrying %d bytes", len(doc.Text), time.Since(start).Round(time.Millisecond), len(as), out)
			if out > 16*len(doc.Text) {
				t.Errorf("annotations carry %d bytes for %d bytes of input: output must stay linear", out, len(doc.Text))
			}
		})
	}
}

// BenchmarkAnnotateSizes annotates normal and pathological text at
// 100 KB, 1 MB and 10 MB. Linear time and memory show as flat ns/B (the
// MB/s column) and flat B/op divided by the size (reported as alloc-B/B)
// from one size to the next:
//
//	go test -run XXX -bench AnnotateSizes -benchtime 1x ./extract
//
// Peak resident memory per byte, a whole-process figure, is measured by
// scripts/memory-sizes.sh on the same kinds.
func BenchmarkAnnotateSizes(b *testing.B) {
	p := benchPipeline(b)
	normal := benchDocs(b)
	var unit strings.Builder
	for _, d := range normal {
		unit.WriteString(d.Text[d.BodyStart:])
		unit.WriteString("\n\n")
	}
	kinds := []hostileInput{{name: "normal", unit: unit.String(), dated: true},
		// the kinds of TestAllocationPerByte, the most memory per byte
		{name: "quote-dense", unit: "“We will act,” said John Kirby. ", dated: true},
		{name: "date-dense", unit: "on Monday, Dec. 23, January 5, 2022, earlier this month, November 9-13, ", dated: true},
		{name: "densest quotes", unit: `"x," Kirby said. `, dated: true}}
	for _, name := range []string{"title words", "closing marks", "unattributed quotes",
		"weekdays in one sentence", "capitalised words", "troop counts"} {
		for _, h := range hostileInputs {
			if h.name == name {
				kinds = append(kinds, h)
			}
		}
	}
	for _, h := range kinds {
		for _, size := range []int{100 << 10, 1 << 20, 10 << 20} {
			doc := h.doc(size)
			b.Run(fmt.Sprintf("%s/%dKB", strings.ReplaceAll(h.name, " ", "_"), size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(doc.Text)))
				b.ReportAllocs()
				var m0, m1 runtime.MemStats
				runtime.ReadMemStats(&m0)
				for b.Loop() {
					// as annotate does: Spans, read once
					s, err := p.AnnotateSpans(context.Background(), doc)
					if err != nil {
						b.Fatal(err)
					}
					for range s.All() {
					}
				}
				runtime.ReadMemStats(&m1)
				b.ReportMetric(float64(m1.TotalAlloc-m0.TotalAlloc)/float64(b.N)/float64(len(doc.Text)), "alloc-B/B")
			})
		}
	}
}
