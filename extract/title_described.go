package extract

import "strings"

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
