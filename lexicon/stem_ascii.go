package lexicon

import "bytes"

// stemASCII is english.Stem(word, true) of github.com/kljensen/snowball
// (Porter2) on bytes, for a word of ASCII characters other than capitals,
// spaces and control characters, and the curly apostrophes ’ ‘ ‛ (which
// the library makes straight): the library turns the word into runes and
// each suffix it tries into runes again, and stemming each new word type
// was a tenth of a short run of dispatch. Digits, hyphens and periods
// ("covid-19", "u.s") are consonants to the library as to stemASCII. It
// follows the library step by step, quirks included (TestStemASCII
// compares the two on every word of the lists, the sample corpus and a
// large set of made-up words); ok is false for any other word, which the
// library stems.
func stemASCII(word string) (stem string, ok bool) {
	const room = 64 // a word grows by one letter at most ("hoping" -> "hope")
	var buf [room]byte
	n := 0
	for i := 0; i < len(word); i++ {
		c := word[i]
		switch {
		case c >= 0x80:
			// the curly apostrophes are E2 80 98, E2 80 99 and E2 80 9B
			if c != 0xe2 || i+2 >= len(word) || word[i+1] != 0x80 || !curlyApostrophe(word[i+2]) {
				return "", false
			}
			c = '\''
			i += 2
		case c <= ' ' || c == 0x7f || 'A' <= c && c <= 'Z':
			return "", false // the library trims spaces and lower-cases
		}
		if n == room-1 {
			return "", false
		}
		buf[n] = c
		n++
	}
	// the library asks the length and the exceptions of the word as given
	// (lower-cased), before it straightens apostrophes
	if len(word) <= 2 {
		return word, true
	}
	if s := specialStem(word); s != "" {
		return s, true
	}
	w := &pword{rs: buf[:n]}
	w.r1, w.r2 = len(w.rs), len(w.rs)
	w.preprocess()
	w.step0()
	w.step1a()
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	for i, c := range w.rs {
		if c == 'Y' {
			w.rs[i] = 'y'
		}
	}
	if n := len(w.rs); n <= len(word) && string(w.rs) == word[:n] {
		// a word its own stem (most names), or a stem that begins it
		// ("soldiers"): no string made
		return word[:n], true
	}
	return string(w.rs), true
}

// curlyApostrophe reports whether E2 80 c is an apostrophe the library
// makes straight: ‘ (U+2018), ’ (U+2019) or ‛ (U+201B).
func curlyApostrophe(c byte) bool { return c == 0x98 || c == 0x99 || c == 0x9b }

// pword is a word being stemmed: its letters ('Y' for a consonant y) and
// the starts of its regions R1 and R2.
type pword struct {
	rs     []byte
	r1, r2 int
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

// clamp keeps the regions inside the word (the library's resetR1R2).
func (w *pword) clamp() {
	w.r1 = min(w.r1, len(w.rs))
	w.r2 = min(w.r2, len(w.rs))
}

// cut removes the last n letters.
func (w *pword) cut(n int) {
	w.rs = w.rs[:len(w.rs)-n]
	w.clamp()
}

// replace replaces the last n letters with repl.
func (w *pword) replace(n int, repl string) {
	// no append: a word never outgrows its buffer (see stemASCII), and
	// slicing within it keeps the buffer on the stack
	m := len(w.rs) - n
	w.rs = w.rs[:m+len(repl)]
	copy(w.rs[m:], repl)
	w.clamp()
}

// addE appends an e (within the buffer: see replace).
func (w *pword) addE() {
	w.rs = w.rs[:len(w.rs)+1]
	w.rs[len(w.rs)-1] = 'e'
}

// firstSuffix returns the first suffix of set the word ends with, "" for
// none.
func (w *pword) firstSuffix(set *suffixSet) string {
	n := len(w.rs)
	if n == 0 {
		return ""
	}
	for _, s := range set[w.rs[n-1]&0x7f] { // only those ending like the word
		if len(s) <= n && string(w.rs[n-len(s):]) == s {
			return s
		}
	}
	return ""
}

// suffixSet is a list of suffixes grouped by their last byte (an ASCII
// letter or apostrophe), each group in the list's order: a word is tried
// only against the suffixes that end with its last letter, and the first
// of them it ends with is the first of the list.
type suffixSet [0x80][]string

func newSuffixSet(suffixes ...string) *suffixSet {
	var set suffixSet
	for _, s := range suffixes {
		last := s[len(s)-1] & 0x7f
		set[last] = append(set[last], s)
	}
	return &set
}

// The suffixes of each step, in the order the library tries them (read
// only).
var (
	step0Suffixes  = newSuffixSet("'s'", "'s", "'")
	step1aSuffixes = newSuffixSet("sses", "ied", "ies", "us", "ss", "s")
	step1bSuffixes = newSuffixSet("eedly", "ingly", "edly", "ing", "eed", "ed")
	step1bDoubles  = newSuffixSet("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
	step2Suffixes  = newSuffixSet("ational", "fulness", "iveness", "ization", "ousness",
		"biliti", "lessli", "tional", "alism", "aliti", "ation", "entli", "fulli", "iviti",
		"ousli", "anci", "abli", "alli", "ator", "enci", "izer", "bli", "ogi", "li")
	step3Suffixes = newSuffixSet("ational", "tional", "alize", "icate", "ative", "iciti", "ical", "ful", "ness")
	step4Suffixes = newSuffixSet("ement", "ance", "ence", "able", "ible", "ment",
		"ent", "ant", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "al", "er", "ic")
)

// vnv is the position after the first non-vowel following a vowel at or
// after start (the library's romance.VnvSuffix).
func (w *pword) vnv(start int) int {
	for j := start + 1; j < len(w.rs); j++ {
		if isVowel(w.rs[j-1]) && !isVowel(w.rs[j]) {
			return j + 1
		}
	}
	return len(w.rs)
}

func (w *pword) preprocess() {
	// leading apostrophes go (the library keeps the last of a word made
	// of apostrophes only)
	n := 0
	for n < len(w.rs)-1 && w.rs[n] == '\'' {
		n++
	}
	if n > 0 {
		w.rs = w.rs[n:]
		w.r1 -= n
		w.r2 -= n
	}
	for i, c := range w.rs {
		if c == 'y' && (i == 0 || isVowel(w.rs[i-1])) {
			w.rs[i] = 'Y'
		}
	}
	switch {
	case bytes.HasPrefix(w.rs, []byte("gener")):
		w.r1 = 5
	case bytes.HasPrefix(w.rs, []byte("commun")):
		w.r1 = 6
	case bytes.HasPrefix(w.rs, []byte("arsen")):
		w.r1 = 5
	default:
		w.r1 = w.vnv(0)
	}
	w.r2 = w.vnv(w.r1)
}

// endsShortSyllable reports whether the letters before position i end in
// a short syllable.
func (w *pword) endsShortSyllable(i int) bool {
	switch {
	case i == 2:
		return isVowel(w.rs[0]) && !isVowel(w.rs[1])
	case i >= 3:
		s1, s2, s3 := w.rs[i-1], w.rs[i-2], w.rs[i-3]
		return !isVowel(s1) && s1 != 'w' && s1 != 'x' && s1 != 'Y' && isVowel(s2) && !isVowel(s3)
	}
	return false
}

func (w *pword) isShort() bool {
	return w.r1 >= len(w.rs) && w.endsShortSyllable(len(w.rs))
}

func (w *pword) step0() {
	if s := w.firstSuffix(step0Suffixes); s != "" {
		w.cut(len(s))
	}
}

func (w *pword) step1a() {
	switch s := w.firstSuffix(step1aSuffixes); s {
	case "sses":
		w.replace(4, "ss")
	case "ies", "ied":
		if len(w.rs) > 4 {
			w.replace(3, "i")
		} else {
			w.replace(3, "ie")
		}
	case "s":
		for i := 0; i < len(w.rs)-2; i++ {
			if isVowel(w.rs[i]) {
				w.cut(1)
				return
			}
		}
	}
}

func (w *pword) step1b() {
	s := w.firstSuffix(step1bSuffixes)
	switch s {
	case "":
		return
	case "eed", "eedly":
		if len(s) <= len(w.rs)-w.r1 {
			w.replace(len(s), "ee")
		}
		return
	}
	vowel := false
	for i := 0; i < len(w.rs)-len(s); i++ {
		if isVowel(w.rs[i]) {
			vowel = true
			break
		}
	}
	if !vowel {
		return
	}
	r1, r2 := w.r1, w.r2
	w.cut(len(s))
	switch w.firstSuffix(step1bDoubles) {
	case "":
		if w.isShort() {
			w.addE()
			w.r1, w.r2 = len(w.rs), len(w.rs)
			return
		}
	case "at", "bl", "iz":
		w.addE()
		w.clamp()
	default:
		w.cut(1)
	}
	w.r1, w.r2 = min(r1, len(w.rs)), min(r2, len(w.rs))
}

func (w *pword) step1c() {
	n := len(w.rs)
	if n > 2 && (w.rs[n-1] == 'y' || w.rs[n-1] == 'Y') && !isVowel(w.rs[n-2]) {
		w.rs[n-1] = 'i'
	}
}

func (w *pword) step2() {
	s := w.firstSuffix(step2Suffixes)
	if s == "" || len(s) > len(w.rs)-w.r1 {
		return
	}
	n := len(w.rs)
	switch s {
	case "li":
		if n >= 3 {
			switch w.rs[n-3] {
			case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
				w.cut(2)
			}
		}
		return
	case "ogi":
		if n >= 4 && w.rs[n-4] == 'l' {
			w.replace(3, "og")
		}
		return
	}
	var repl string
	switch s {
	case "tional":
		repl = "tion"
	case "enci":
		repl = "ence"
	case "anci":
		repl = "ance"
	case "abli":
		repl = "able"
	case "entli":
		repl = "ent"
	case "izer", "ization":
		repl = "ize"
	case "ational", "ation", "ator":
		repl = "ate"
	case "alism", "aliti", "alli":
		repl = "al"
	case "fulness", "fulli":
		repl = "ful"
	case "ousli", "ousness":
		repl = "ous"
	case "iveness", "iviti":
		repl = "ive"
	case "biliti", "bli":
		repl = "ble"
	case "lessli":
		repl = "less"
	}
	w.replace(len(s), repl)
}

func (w *pword) step3() {
	s := w.firstSuffix(step3Suffixes)
	if s == "" || len(s) > len(w.rs)-w.r1 {
		return
	}
	var repl string
	switch s {
	case "ative":
		if len(w.rs)-w.r2 >= 5 {
			w.cut(5)
		}
		return
	case "ational":
		repl = "ate"
	case "tional":
		repl = "tion"
	case "alize":
		repl = "al"
	case "icate", "iciti", "ical":
		repl = "ic"
	}
	w.replace(len(s), repl)
}

func (w *pword) step4() {
	s := w.firstSuffix(step4Suffixes)
	if s == "" || len(s) > len(w.rs)-w.r2 {
		return
	}
	if s == "ion" {
		if n := len(w.rs); n >= 4 && (w.rs[n-4] == 's' || w.rs[n-4] == 't') {
			w.cut(3)
		}
		return
	}
	w.cut(len(s))
}

func (w *pword) step5() {
	last := len(w.rs) - 1
	if w.r1 > last {
		return
	}
	switch {
	case w.rs[last] == 'e':
		if w.r2 <= last || !w.endsShortSyllable(last) {
			w.cut(1)
		}
	case w.r2 <= last && w.rs[last] == 'l' && last >= 1 && w.rs[last-1] == 'l':
		w.cut(1)
	}
}

// specialStem is the stem of the words Porter2 treats as exceptions, ""
// for the others.
func specialStem(word string) string {
	switch word {
	case "skis":
		return "ski"
	case "skies":
		return "sky"
	case "dying":
		return "die"
	case "lying":
		return "lie"
	case "tying":
		return "tie"
	case "idly":
		return "idl"
	case "gently":
		return "gentl"
	case "ugly":
		return "ugli"
	case "early":
		return "earli"
	case "only":
		return "onli"
	case "singly":
		return "singl"
	case "sky", "news", "howe", "atlas", "cosmos", "bias", "andes":
		return word
	case "inning", "innings":
		return "inning"
	case "outing", "outings":
		return "outing"
	case "canning", "cannings":
		return "canning"
	case "herring", "herrings":
		return "herring"
	case "earring", "earrings":
		return "earring"
	case "proceed", "proceeds", "proceeded", "proceeding":
		return "proceed"
	case "exceed", "exceeds", "exceeded", "exceeding":
		return "exceed"
	case "succeed", "succeeds", "succeeded", "succeeding":
		return "succeed"
	}
	return ""
}
