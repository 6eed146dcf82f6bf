package extract

import "strings"

// phraseSet finds whether a string contains any of a set of phrases (as
// strings.Contains with each in turn would, a substring anywhere): a bit
// per two-byte opening tells the few places where one may start, so a
// title is read once instead of once per phrase (the non-official roles'
// 64 phrases, each searched in every new title, were 3% of the officials
// stage).
type phraseSet struct {
	opens   [1 << 16 / 64]uint64 // a bit per first two bytes of a phrase
	byOpen  map[uint16][]string  // the phrases by their first two bytes
	short   []string             // phrases of fewer than two bytes
	phrases int
}

func newPhraseSet(phrases []string) *phraseSet {
	ps := &phraseSet{byOpen: map[uint16][]string{}, phrases: len(phrases)}
	for _, ph := range phrases {
		if len(ph) < 2 {
			ps.short = append(ps.short, ph)
			continue
		}
		k := uint16(ph[0])<<8 | uint16(ph[1])
		ps.opens[k/64] |= 1 << (k % 64)
		ps.byOpen[k] = append(ps.byOpen[k], ph)
	}
	return ps
}

// containsAny reports whether s contains one of the phrases.
func (ps *phraseSet) containsAny(s string) bool {
	if ps == nil {
		return false
	}
	for _, ph := range ps.short {
		if strings.Contains(s, ph) {
			return true
		}
	}
	for i := 0; i+1 < len(s); i++ {
		k := uint16(s[i])<<8 | uint16(s[i+1])
		if ps.opens[k/64]&(1<<(k%64)) == 0 {
			continue
		}
		for _, ph := range ps.byOpen[k] {
			if strings.HasPrefix(s[i:], ph) {
				return true
			}
		}
	}
	return false
}
