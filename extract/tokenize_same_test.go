package extract

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// tokenizerPieces are the bits of text the tokenizer's rules and fast
// paths tell apart, for generated texts.
var tokenizerPieces = []string{
	"U.S.", "Gen.", "gen.", "R.", "e.g.", "Dec.", "O'Brien", "don't", "’s", "'s", "'S", "s", "S",
	"Kyiv-Moscow", "‑", "-", "--", "a-", "x'", "http://x.y/z.", "HTTPS://A.b", "www.a.com", "Www", "what", "Who",
	"h", "w", "@handle", "@", "@_x", "1,00,000", "23rd", "2ND", "3.5", "8,500", "1.", "É", "é", "ñ", "Ñoño",
	"日本", "١٠٠٠", "２０２２", "\u0301", "e\u0301", "\u00a0", "\u0085", "\u2028", "\u2029", "\r\n", "\n", "\r",
	"\v", "\f", ".", "!", "?", "…", "”", "“", "\"", "'", "’", "‘", ")", "(", "[", "]", "«", "»", "`", " ", "  ",
	"\t", "ABC", "NATO", "the", "The", "Ⅷ", "Ⓐ", "H.", "w.", "x", "Z", "(R-N.C.)", "D-N.Y.", "a1", "1a", "Σ",
	"\u200b", "İstanbul", ",", ";", ":", "\x00", "\x7f", "\x1f", "~", "é.", "Jr.", "St.",
}

// randomTokenizerText joins n pieces, with a space between some.
func randomTokenizerText(rng *rand.Rand, n int) string {
	var b strings.Builder
	for range n {
		b.WriteString(tokenizerPieces[rng.IntN(len(tokenizerPieces))])
		if rng.IntN(3) == 0 {
			b.WriteByte(' ')
		}
	}
	return b.String()
}

// sameTokens checks that the tokenizer's tokens of text[from:] are the
// reference tokenizer's, both with and without wordsLater.
func sameTokens(t *testing.T, tz *tokenizer, text string, from int) {
	t.Helper()
	for _, later := range []bool{false, true} {
		tz.wordsLater = later
		got := tz.tokenizeInto(nil, nil, text, from)
		want := tz.refTokenizeInto(nil, nil, text, from)
		if !slices.Equal(got.toks, want.toks) || !slices.Equal(got.lows, want.lows) {
			for k := range min(len(got.toks), len(want.toks)) {
				if got.toks[k] != want.toks[k] {
					t.Fatalf("wordsLater %v, from %d: token %d is %+v (%q), want %+v (%q)\ntext %q", later, from, k,
						got.toks[k], got.textOf(&got.toks[k]), want.toks[k], want.textOf(&want.toks[k]), text)
				}
			}
			t.Fatalf("wordsLater %v, from %d: %d tokens, lows %q; want %d, lows %q\ntext %q", later, from,
				len(got.toks), got.lows, len(want.toks), want.lows, text)
		}
	}
}

// TestTokenizerMatchesReference checks the tokenizer against the plain
// one it was before its fast paths (tokenize_ref_test.go): the same
// tokens, sentences, paragraphs and lower-cased forms on every text of
// testdata, the sample corpus, DISPATCH_BENCH_CORPUS when set, and
// generated texts of the pieces its rules tell apart.
func TestTokenizerMatchesReference(t *testing.T) {
	p := testPipelineForVocab(t)
	tz := p.tok // a copy: wordsLater is set per case
	var docs []corpus.Document
	dirs := everyDocsFolder()
	if env := os.Getenv("DISPATCH_BENCH_CORPUS"); env != "" {
		dirs = append(dirs, env)
	}
	for _, dir := range dirs {
		for d, err := range new(corpus.Reader).Read(dir) {
			if err == nil {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) < 10 {
		t.Fatalf("%d documents read", len(docs))
	}
	for _, d := range docs {
		sameTokens(t, &tz, d.Text, d.BodyStart)
	}
	rng := rand.New(rand.NewPCG(7, 10))
	for k := range 20000 {
		text := randomTokenizerText(rng, 1+k%40)
		from := 0
		if k%5 == 0 && len(text) > 0 {
			from = rng.IntN(len(text))
			for from > 0 && !utf8.RuneStart(text[from]) {
				from--
			}
		}
		sameTokens(t, &tz, text, from)
	}
}

// FuzzTokenizerMatchesReference is TestTokenizerMatchesReference on
// fuzzed texts.
func FuzzTokenizerMatchesReference(f *testing.F) {
	for _, s := range tokenizerPieces {
		f.Add(s + " " + s + "x.")
	}
	p, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) || len(text) > maxFuzzBytes {
			return
		}
		tz := p.tok
		sameTokens(t, &tz, text, 0)
	})
}

// TestNonAlnum checks the eight-byte test of the tokenizer's fast path
// against asciiClass: every byte value at every place, among letters and
// among other bytes.
func TestNonAlnum(t *testing.T) {
	for _, fill := range []byte{'a', 'Z', '5', ' ', 0xff} {
		for b := range 256 {
			for p := range 8 {
				var buf [8]byte
				for k := range buf {
					buf[k] = fill
				}
				buf[p] = byte(b)
				got := nonAlnum(le64(string(buf[:])))
				for k, c := range buf {
					want := asciiClass[c]&aAlnum == 0
					if got&(0x80<<(8*k)) != 0 != want {
						t.Fatalf("nonAlnum(%q): byte %d (%#x) told %v, want %v", buf, k, c, !want, want)
					}
				}
			}
		}
	}
}

// TestMarksRange checks the runes the tokenizer takes as punctuation
// without asking unicode's tables: none is white space, a letter, a
// digit, a mark or upper case.
func TestMarksRange(t *testing.T) {
	for r := firstMarks; r <= lastMarks; r++ {
		if unicode.IsSpace(r) || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.IsUpper(r) {
			t.Errorf("%U (%c) is in [firstMarks, lastMarks]", r, r)
		}
	}
}

// TestFastPathsLinear is a hang guard for the loops of the tokenizer's
// fast path, wordIDs' runs and classify's skip: texts of a megabyte
// made of one thing each path takes (spaces, words, punctuation, sentence
// ends, long words, marks) are analysed within a generous deadline, and
// every token is the reference tokenizer's.
func TestFastPathsLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("large texts")
	}
	p := testPipelineForVocab(t)
	for _, unit := range []string{" ", "a ", "word ", ", ", ". A ", strings.Repeat("x", 100) + " ", "“", "the. ", "\n"} {
		text := strings.Repeat(unit, (1<<20)/len(unit))
		stop := watchdog("analyze", text)
		d := p.analyze(corpus.Document{ID: "x", Text: text})
		d.classify()
		stop()
		tz := p.tok
		sameTokens(t, &tz, text, 0)
		d.release()
	}
}
