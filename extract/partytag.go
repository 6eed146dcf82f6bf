package extract

// A US party-and-state tag after a legislator's name ("Sen. Ted Cruz,
// R-Texas, said", "Rep. Ann Dole (D-Ore.), the ranking Democrat"): both
// stages read past it, the officials stage to the apposition after it, the
// quote stage to the subject before it. One reader, so that both agree on
// what a tag is.

// maxPartyTagBytes bounds a tag's text: "D-Calif.", "R-Wyo.", "I-Vt." and
// the state written whole ("R-Texas", "D-Massachusetts").
const maxPartyTagBytes = 16

// partyTagEnd reads a party-and-state tag opening at token a, right after
// its opening comma or parenthesis, and closed by the token close ("," or
// ")"). It returns the closing token, or -1 when no tag opens at a. A tag
// is in one sentence, at most six tokens and maxPartyTagBytes bytes of
// capitalised words and punctuation, opening with R, D or I and then a
// hyphen or a full stop ("R-S.C.", "D.-Calif.", "R - Ohio"); in
// parentheses the letter may stand alone ("(R)").
func (d *doc) partyTagEnd(a int, close string) int {
	if a <= 0 || a >= len(d.toks) || d.toks[a].Sent != d.toks[a-1].Sent {
		return -1
	}
	if c0 := d.Text(a)[0]; c0 != 'R' && c0 != 'D' && c0 != 'I' {
		return -1 // told before the walk: most tokens after a comma open no tag
	}
	sent := d.toks[a].Sent
	k, n := a, 0
	for ; k < len(d.toks) && k < a+6 && d.toks[k].Sent == sent && d.Text(k) != close; k++ {
		t := &d.toks[k]
		if t.Kind == Word && !d.capOf(t) {
			return -1 // "R-Texas and more": a lower-case word is no tag's
		}
		n += len(d.textOf(t))
	}
	if k == a || k >= len(d.toks) || d.toks[k].Sent != sent || d.Text(k) != close || n > maxPartyTagBytes {
		return -1
	}
	first := d.Text(a)
	if n == 1 {
		if close == ")" {
			return k // "(R)"
		}
		return -1
	}
	c1 := byte(0)
	if len(first) > 1 {
		c1 = first[1]
	} else {
		c1 = d.Text(a + 1)[0]
	}
	if c1 != '-' && c1 != '.' || n < 3 {
		return -1
	}
	return k
}

// afterPartyTag skips a US party-and-state tag after a name ending before
// token e: at ", R-Texas," or "(D-Ore.)," it returns the comma that closes
// the tag, where an apposition may open; else e.
func (d *doc) afterPartyTag(e int) int {
	if e+2 >= len(d.toks) {
		return e
	}
	switch d.Text(e) {
	case ",":
		if k := d.partyTagEnd(e+1, ","); k >= 0 {
			return k
		}
	case "(":
		if k := d.partyTagEnd(e+1, ")"); k >= 0 && k+1 < len(d.toks) && d.Text(k+1) == "," && d.toks[k+1].Sent == d.toks[e].Sent {
			return k + 1
		}
	}
	return e
}

// partyTagBefore returns the comma that opens a US party-and-state tag
// closed by the comma at token k (", R-S.C.,", ", D-Calif.,"), or k when
// there is none.
func (d *doc) partyTagBefore(k int) int {
	for x := k - 1; x > 0 && x >= k-6; x-- {
		if d.Text(x) == "," {
			if d.partyTagEnd(x+1, ",") == k {
				return x
			}
			return k
		}
	}
	return k
}
