package extract

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestTokenize(t *testing.T) {
	tz := tokenizer{abbrev: map[string]bool{"dec.": true, "gen.": true, "lt.": true}}
	tests := []struct {
		name, text string
		want       []string // token texts, "|"-joined
		sents      int
	}{
		{"curly quotes stay curly", "He said: “We are ready.” Then left.", []string{"He|said|:|“|We|are|ready|.|”|Then|left|."}, 2},
		{"straight quotes", `"No," he said.`, []string{`"|No|,|"|he|said|.`}, 1},
		{"single quotes and possessive", "‘They keep telling us,’ Putin’s aide said", []string{"‘|They|keep|telling|us|,|’|Putin|’s|aide|said"}, 1},
		{"indian grouping", "over 1,00,000 troops", []string{"over|1,00,000|troops"}, 1},
		{"abbreviated month keeps its period", "on Dec. 23, Thursday.", []string{"on|Dec.|23|,|Thursday|."}, 1},
		{"dotted acronym", "the U.S. and U.K. said", []string{"the|U.S.|and|U.K.|said"}, 1},
		{"initial", "Wendy R. Sherman spoke", []string{"Wendy|R.|Sherman|spoke"}, 1},
		{"rank abbreviation", "Lt. Gen. Smith", []string{"Lt.|Gen.|Smith"}, 1},
		{"handle", "— Wendy R. Sherman (@DeputySecState) January", []string{"—|Wendy|R.|Sherman|(|@DeputySecState|)|January"}, 1},
		{"url", "ours. https://t.co/AGbbcGqE2P — she", []string{"ours|.|https://t.co/AGbbcGqE2P|—|she"}, 2},
		{"hyphenated words and ranges", "Kyiv-Moscow talks on November 9-13", []string{"Kyiv-Moscow|talks|on|November|9|-|13"}, 1},
		{"compound number", "a 40,000-strong force", []string{"a|40,000|-|strong|force"}, 1},
		{"ordinal", "the 23rd of December", []string{"the|23rd|of|December"}, 1},
		{"glued sentence", "without Europe.Secretary of State", []string{"without|Europe|.|Secretary|of|State"}, 2},
		{"party-state tag", "Senator Ana Ruiz (R-N.C.) called it", []string{"Senator|Ana|Ruiz|(|R-N|.|C.|)|called|it"}, 1},
		{"paragraphs", "One.\n\nTwo", []string{"One|.|Two"}, 2},
		{"contraction kept", "they don't know O'Brien", []string{"they|don't|know|O'Brien"}, 1},
		{"non-ASCII", "Élysée’s envoy, Jürgen", []string{"Élysée|’s|envoy|,|Jürgen"}, 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ts := tz.tokenize(tc.text, 0)
			toks := ts.toks
			var got []string
			for _, tok := range toks {
				if tc.text[tok.Start:tok.End] != ts.textOf(&tok) {
					t.Fatalf("token %q does not match its offsets %d-%d", ts.textOf(&tok), tok.Start, tok.End)
				}
				got = append(got, ts.textOf(&tok))
			}
			if g := strings.Join(got, "|"); g != tc.want[0] {
				t.Errorf("tokens\n got %s\nwant %s", g, tc.want[0])
			}
			if n := int(toks[len(toks)-1].Sent) + 1; n != tc.sents {
				t.Errorf("sentences: got %d, want %d", n, tc.sents)
			}
		})
	}
}

func TestTokenizeFrom(t *testing.T) {
	tz := tokenizer{}
	text := " date 2022-01-24 Biden spoke"
	ts := tz.tokenize(text, 17)
	toks := ts.toks
	if ts.textOf(&toks[0]) != "Biden" || toks[0].Start != 17 {
		t.Fatalf("first token %q at %d, want Biden at 17", ts.textOf(&toks[0]), toks[0].Start)
	}
}

// TestScanWordFastPaths checks scanWord's shortcuts against the unicode
// tables: an ASCII letter or digit by bytes, no non-spacing mark below
// firstMn.
func TestScanWordFastPaths(t *testing.T) {
	for r := rune(0); r < firstMn; r++ {
		if unicode.Is(unicode.Mn, r) {
			t.Fatalf("%U is a non-spacing mark below firstMn", r)
		}
	}
	if !unicode.Is(unicode.Mn, firstMn) {
		t.Fatalf("firstMn %U is no non-spacing mark", firstMn)
	}
	for c := 0; c < utf8.RuneSelf; c++ {
		b := byte(c)
		fast := 'a' <= b|0x20 && b|0x20 <= 'z' || '0' <= b && b <= '9'
		if want := unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)); fast != want {
			t.Errorf("%q: letter or digit %v, want %v", rune(c), fast, want)
		}
	}
}

// TestASCIISpace checks the tokenizer's ASCII test for white space against
// unicode.IsSpace.
func TestASCIISpace(t *testing.T) {
	for r := rune(0); r < utf8.RuneSelf; r++ {
		if got := r == ' ' || '\t' <= r && r <= '\r'; got != unicode.IsSpace(r) {
			t.Errorf("%q: space %v, want %v", r, got, unicode.IsSpace(r))
		}
	}
}

// TestURLPrefix keeps urlPrefix's early test of the first two bytes equal
// to the three case-folded prefix comparisons.
func TestURLPrefix(t *testing.T) {
	for _, s := range []string{"http://x", "HTTP://x", "https://x", "hTtPs://x", "www.x.org", "WWW.x", "wWw.", "http:/", "www",
		"h", "w", "", "hat", "when", "which", "however", "httpx://", "wwwx", "ww.x", "hTTps:", "www.", "https:/"} {
		want := hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "www.")
		if got := urlPrefix(s); got != want {
			t.Errorf("urlPrefix(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestAbbrevFilter checks that the filter before the abbreviation map lets
// every abbreviation through, as written in lower, title or upper case.
func TestAbbrevFilter(t *testing.T) {
	p := testPipelineForVocab(t)
	if p.tok.abbrevMay == nil {
		t.Fatal("no abbreviation filter")
	}
	for a := range p.tok.abbrev {
		w := strings.TrimSuffix(a, ".")
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !p.tok.isAbbrev(form) {
				t.Errorf("isAbbrev(%q) = false, want true", form)
			}
		}
	}
	for _, w := range []string{"said", "Washington", "troops", "2021"} {
		if p.tok.isAbbrev(w) {
			t.Errorf("isAbbrev(%q) = true, want false", w)
		}
	}
}
