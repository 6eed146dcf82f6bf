package extract

import (
	"strings"

	"github.com/dispatch-nlp/dispatch/lexicon"
)

// afterParticipial returns the token after a participial phrase set off
// by commas that opens at the comma at token end: "The Prime Minister,
// setting out the coalition’s Strategic Defence Review, said"; "The
// minister, speaking in Berlin, said". The phrase opens with a lower-case
// -ing word that is no role word and holds, within 24 tokens, no finite
// verb and no quotation mark. It returns end when there is none. A
// description so followed by its verb is a subject (guide rule 21e).
func (d *doc) afterParticipial(end int) int {
	if end+3 >= len(d.toks) || d.Text(end) != "," {
		return end
	}
	p := end + 1
	t := &d.toks[p]
	if w := d.lowerOf(t); t.Kind != Word || d.capOf(t) || !strings.HasSuffix(w, "ing") || len(w) < 5 ||
		d.classify()[p]&(cHead|cTitleWord|cStop) != 0 && w != "speaking" {
		return end
	}
	for k := p + 1; k < len(d.toks) && k < p+24 && d.toks[k].Sent == d.toks[end].Sent; k++ {
		if d.Text(k) == "," {
			if k == p+1 {
				return end
			}
			return k + 1
		}
		switch {
		case d.toks[k].Kind == Punct && d.Text(k) != "-" && d.Text(k) != "’" && d.Text(k) != "'" && d.Text(k) != "&",
			d.toks[k].Kind == Possessive:
			if d.toks[k].Kind == Possessive {
				continue
			}
			return end
		case d.verbLike(k) && !strings.HasSuffix(d.Lower(k), "ing") && !strings.HasSuffix(d.Lower(k), "ers"):
			return end // "reporters" matches the stem of "report"
		}
	}
	return end
}

// thenTitle reads a role written with "then-" right before the name
// (guide rule 17: the temporal qualifier is dropped): "then-Speaker
// [Kevin McCarthy]" → "Speaker"; "then-Defense Secretary [Ana Lind]" →
// "Defense Secretary" (title is what titleEndingAt found after the
// then- word, "" when nothing). It returns "" when the token before the
// role is no then- word naming a role or a role's modifier.
func (d *doc) thenTitle(cls []class, roleEnd int, title string) string {
	k := roleEnd - 1
	if title != "" {
		// the then- word right before the title found
		start := int(d.toks[roleEnd-1].End) - len(title)
		for k >= 0 && int(d.toks[k].Start) > start {
			k--
		}
		if k < 0 || int(d.toks[k].Start) != start {
			return ""
		}
		k--
	}
	if k < 0 || k >= roleEnd || d.toks[k].Kind != Word {
		return ""
	}
	w := d.Text(k)
	if len(w) < 7 || !strings.EqualFold(w[:5], "then-") {
		return ""
	}
	x := w[5:]
	lx := strings.ToLower(x)
	titles, words := d.lex.List(lexicon.Titles), d.lex.List(lexicon.TitleWords)
	if e, ok := titles.Lookup(lx); ok && e.Phrase == lx && title == "" {
		return x
	}
	if title == "" {
		return ""
	}
	for _, l := range []*lexicon.List{titles, words, d.lex.List(lexicon.Places), d.lex.List(lexicon.Bodies)} {
		if e, ok := l.Lookup(lx); ok && e.Phrase == lx {
			return x + " " + title
		}
	}
	return ""
}

// thenBefore reports whether a then- word opens the role right before the
// name at s ("then-Speaker [Kevin McCarthy]"): the role was held in the
// past, and a description of the office ("the speaker said") refers to
// someone else (roster.referent).
func (d *doc) thenBefore(cls []class, s int) bool {
	for k := s - 1; k >= 0 && k >= s-5 && d.toks[k].Sent == d.toks[s].Sent; k-- {
		if w := d.Text(k); len(w) > 5 && strings.EqualFold(w[:5], "then-") {
			return true
		}
		if d.toks[k].Kind != Word || !d.Cap(k) && cls[k]&(cHead|cTitleWord|cRank|cHonorific) == 0 {
			return false
		}
	}
	return false
}
