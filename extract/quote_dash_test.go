package extract

import (
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestDashRun: the quote stage's one dash classifier. Each text has one
// marked token (the first token whose text is the given mark after the
// given word); want is the dash's text, or "" when it is no dash.
func TestDashRun(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	for _, c := range []struct{ text, after, want string }{
		{"Ruiz — the mayor — said so.", "Ruiz", "—"},
		{"Ruiz ― the mayor said so.", "Ruiz", "―"},
		{"Ruiz -- the mayor -- said so.", "Ruiz", "--"},
		{"Ruiz -- the mayor said so.", "-", "--"}, // the second hyphen
		{"Ruiz - the mayor - said so.", "Ruiz", "-"},
		{"Ruiz – the mayor – said so.", "Ruiz", "–"},
		{"between 3,000–5,000 troops", "3,000", ""},       // an en dash that joins
		{"the Abu -Salem family", "Abu", ""},              // white space on one side only
		{"the talks ended--and began again", "ended", ""}, // "--" glued to both words
	} {
		d := p.analyze(corpus.Document{ID: "t", Text: c.text})
		k := -1
		for i := 1; i < len(d.toks); i++ {
			if d.Text(i-1) == c.after && d.toks[i].Kind == Punct {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("%q: no mark after %q", c.text, c.after)
		}
		i, j, ok := dashRun(d, k)
		got := ""
		if ok {
			got = d.span(i, j)
		}
		if got != c.want {
			t.Errorf("%q at %q: got dash %q, want %q", c.text, d.Text(k), got, c.want)
		}
		if isDash(d, k) != ok {
			t.Errorf("%q: isDash disagrees with dashRun", c.text)
		}
	}
}

// TestDashSources: the dash reads the same way wherever the stage meets
// it: a source after a quote, an insert before a cue, a dateline.
func TestDashSources(t *testing.T) {
	p := testPipeline(t, corpus.Quote)
	tests := []quoteRuleCase{
		{"a source after an ASCII double hyphen",
			"“We will not leave,” -- Ana Ruiz, a nurse.",
			[]string{"We will not leave,|Ana Ruiz||Ana Ruiz|dash"}},
		{"a source after an em dash",
			"“We will not leave.” — Ana Ruiz, a nurse.",
			[]string{"We will not leave.|Ana Ruiz||Ana Ruiz|dash"}},
		{"an insert set off by spaced hyphens before the cue",
			"Tom Berry, the head of Ora Media - the company that owns the channel - told me, ''We sell what people want.''",
			[]string{"We sell what people want.|Tom Berry|told|Tom Berry|head-cue"}},
	}
	checkQuoteRules(t, p, tests)
}
