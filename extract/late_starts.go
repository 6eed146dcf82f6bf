package extract

// lateStarts are the tokens where the DATE, TROOPS and QUOTE stages may
// find something, told in one pass over the tokens' flags when the first
// of them asks (each stage walked every token for its own before: three
// passes over 24-byte tokens where one over their 2-byte flags does). A
// stage then visits only its own candidates, in order.
type lateStarts struct {
	done   bool
	dates  []int32 // tokens the DATE stage asks dateAt about (a kind and flags mayStartDate lets through)
	troops []int32 // numbers and the words number words may start with (mayStartNumberWord)
	marks  []int32 // punctuation tokens whose first byte may open a quotation mark (see markByte)
}

// The word flags of the tokens the DATE and TROOPS stages stop at.
const (
	dateStartFlags  = fNumberTok | fOrdinalTok | fDateList | fDateOpener | fHyphen
	troopStartFlags = fNumberTok | fNumberStart | fHyphen
)

// lateStartsOf returns the candidates of the late stages, found on the
// first call.
func (d *doc) lateStartsOf() *lateStarts {
	ls := &d.late
	if ls.done {
		return ls
	}
	ls.done = true
	// one test of the flags per token: wordIDs gave the tokens that are
	// no words the flags of their kind (fNumberTok, fOrdinalTok,
	// fMarkTok) and nothing else, so the flags alone tell a word
	wf := d.wflags[:len(d.toks)]
	hint := len(wf)/32 + 8
	ls.dates = make([]int32, 0, 2*hint)
	ls.troops = make([]int32, 0, hint/2)
	ls.marks = make([]int32, 0, hint)
	for i, f := range wf {
		if f&(dateStartFlags|troopStartFlags|fMarkTok) == 0 {
			continue // most tokens
		}
		if f&dateStartFlags != 0 {
			ls.dates = append(ls.dates, int32(i))
		}
		if f&troopStartFlags != 0 {
			ls.troops = append(ls.troops, int32(i))
		}
		if f&fMarkTok != 0 {
			ls.marks = append(ls.marks, int32(i))
		}
	}
	d.ticks(len(wf))
	return ls
}
