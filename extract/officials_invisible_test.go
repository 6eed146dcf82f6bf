package extract

import (
	"fmt"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestOfficialInvisibleMarks: a name written with a combining accent
// ("Franc\u0327ois", decomposed, NFD) or holding an invisible mark of
// writing direction (U+200E LRM, U+200F RLM: text pasted from a
// right-to-left page) is one name, found as its plain spelling is
// (annotation guide, decision 12a). Before, the gazetteer looked up the
// decomposed spelling and missed "François Hollande"; the tokenizer made
// each mark a token, which cut "Jose\u200f Garcia" to "Jose" and lost a
// name after or before a mark. The text and the offsets (code points) are
// the document's, marks included; name and speaker are without the marks.
func TestOfficialInvisibleMarks(t *testing.T) {
	p := testPipeline(t, corpus.Official, corpus.Quote)
	tests := []struct {
		name, text string
		want       []string // OFFICIAL text=name/title [start,end) in code points
	}{
		{"a gazetteer name, composed",
			"François Hollande said the troops would stay.",
			[]string{"François Hollande=François Hollande/ [0,17)"}},
		{"a gazetteer name, decomposed",
			"Franc\u0327ois Hollande said the troops would stay.",
			[]string{"Franc\u0327ois Hollande=Franc\u0327ois Hollande/ [0,18)"}},
		{"a gazetteer name with two decomposed accents, later",
			"Speaking in Paris, Ste\u0301phane Se\u0301journe\u0301 said the troops would stay.",
			[]string{"Ste\u0301phane Se\u0301journe\u0301=Ste\u0301phane Se\u0301journe\u0301/ [19,39)"}},
		{"a decomposed name after a title",
			"Defense Secretary Jose\u0301 Garci\u0301a said on Monday.",
			[]string{"Jose\u0301 Garci\u0301a=Jose\u0301 Garci\u0301a/Defense Secretary [18,31)"}},
		{"RLM between the given name and the surname",
			"Defense Secretary Jose\u200f Garcia said on Monday.",
			[]string{"Jose\u200f Garcia=Jose Garcia/Defense Secretary [18,30)"}},
		{"RLM after the name, before an apposition",
			"Jose Garcia\u200f, the defense secretary, said on Monday.",
			[]string{"Jose Garcia=Jose Garcia/defense secretary [0,11)"}},
		{"LRM before the name, after a title",
			"Defense Secretary \u200eJose Garcia said on Monday.",
			[]string{"Jose Garcia=Jose Garcia/Defense Secretary [19,30)"}},
		{"RLM inside a gazetteer name",
			"Sergei\u200f Lavrov said the talks were over.",
			[]string{"Sergei\u200f Lavrov=Sergei Lavrov/ [0,14)"}},
		{"an isolate around a name",
			"Foreign Minister \u2067Ayman Safadi\u2069 said on Monday.",
			[]string{"Ayman Safadi=Ayman Safadi/Foreign Minister [18,30)"}},
		// inside a word, a mark is part of its token (red team 20, B:
		// "Rez\u200enikov" gave OFFICIAL "Oleksii Rez")
		{"LRM inside the surname",
			"Defence Minister Oleksii Rez\u200enikov said on Monday.",
			[]string{"Oleksii Rez\u200enikov=Oleksii Reznikov/Defence Minister [17,34)"}},
		{"RLM inside the given name",
			"Defence Minister Olek\u200fsii Reznikov said on Monday.",
			[]string{"Olek\u200fsii Reznikov=Oleksii Reznikov/Defence Minister [17,34)"}},
		{"a soft hyphen inside the surname",
			"Defence Minister Oleksii Rez\u00adnikov said on Monday.",
			[]string{"Oleksii Rez\u00adnikov=Oleksii Reznikov/Defence Minister [17,34)"}},
		{"a zero-width joiner and non-joiner inside the surname",
			"Defence Minister Oleksii Rez\u200d\u200cnikov said on Monday.",
			[]string{"Oleksii Rez\u200d\u200cnikov=Oleksii Reznikov/Defence Minister [17,35)"}},
		{"a zero-width space inside the surname",
			"Defence Minister Oleksii Rez\u200bnikov said on Monday.",
			[]string{"Oleksii Rez\u200bnikov=Oleksii Reznikov/Defence Minister [17,34)"}},
		{"a soft hyphen inside a gazetteer name",
			"Sergei Lav\u00adrov said the talks were over.",
			[]string{"Sergei Lav\u00adrov=Sergei Lavrov/ [0,14)"}},
		{"a zero-width space between the given name and the surname",
			"Defense Secretary Jose\u200b Garcia said on Monday.",
			[]string{"Jose\u200b Garcia=Jose Garcia/Defense Secretary [18,30)"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			runes := []rune(tc.text)
			for _, a := range p.Annotate(corpus.Document{ID: "t", Text: tc.text}) {
				if a.Start < 0 || a.End > len(runes) || string(runes[a.Start:a.End]) != a.Text {
					t.Errorf("%s [%d,%d) is not the text's code points %d to %d", a.Text, a.Start, a.End, a.Start, a.End)
				}
				if a.Type == corpus.Official {
					got = append(got, fmt.Sprintf("%s [%d,%d)", officialRow(a), a.Start, a.End))
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("%q\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}
