package extract

import (
	"slices"
)

// besideIndex answers, for the definite descriptions of a document whose
// title is stated apart from any name, whether a person is named in a
// sentence where a description with a given title text (titleKey) stands:
// that person is no referent of the description ("Voters asked about
// Lindqvist. The prime minister criticised Lindqvist": the prime minister
// is someone else), and neither of any description with the same title.
//
// The index holds the sentences of each title's descriptions and the
// sentences of each person's mentions, both in text order, and answers a
// question by walking the shorter list and binary-searching the longer
// one. Building it reads each description and each mention once. A
// question whose shorter list is short costs a few steps; one about a
// title and a person both stated in many sentences is answered once and
// memoised. A sentence naming thousands of people beside thousands of
// descriptions therefore costs a step per question, however long it is
// (the window of 64 mentions around each description that this replaces
// missed a person named further away). The one costly shape is text built
// to ask about many distinct pairs of a title and a person each stated in
// hundreds of sentences: O(n√n) in the worst case, where a materialised
// set of the people beside each title would be quadratic.
type besideIndex struct {
	descSents   map[string][]int32  // by title key: the sentences of its descriptions, ascending, distinct
	personSents map[*person][]int32 // the sentences naming each person, ascending, distinct
	memo        map[besideQuery]bool
	probes      int // binary searches made: the work, for TestBesideIndexLinear
}

// besideQuery is one question to a besideIndex.
type besideQuery struct {
	key string
	pe  *person
}

// namedBeside builds the besideIndex of n descriptions (at(k) gives the
// first token and title of the k-th) over the roster's mentions.
func (r *roster) namedBeside(d *doc, n int, at func(int) (int, string)) *besideIndex {
	x := &besideIndex{
		descSents:   make(map[string][]int32),
		personSents: make(map[*person][]int32),
		memo:        make(map[besideQuery]bool),
	}
	for k := 0; k < n; k++ {
		a, title := at(k)
		key := titleKey(title)
		x.descSents[key] = appendSentence(x.descSents[key], int32(d.toks[a].Sent))
	}
	for key, ss := range x.descSents {
		// descriptions come in text order, but sort in case they do not
		if !slices.IsSorted(ss) {
			slices.Sort(ss)
			x.descSents[key] = slices.Compact(ss)
		}
	}
	// r.all is in text order, so each person's sentences come ascending
	for _, m := range r.all {
		x.personSents[m.p] = appendSentence(x.personSents[m.p], int32(d.toks[m.i].Sent))
	}
	return x
}

// appendSentence appends the sentence s to the ascending list ss unless
// it is its last.
func appendSentence(ss []int32, s int32) []int32 {
	if len(ss) > 0 && ss[len(ss)-1] == s {
		return ss
	}
	return append(ss, s)
}

// named reports whether pe is named in a sentence where a description
// with the title key stands.
func (x *besideIndex) named(key string, pe *person) bool {
	a, b := x.descSents[key], x.personSents[pe]
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) <= besideMemoFrom {
		return x.intersects(a, b)
	}
	q := besideQuery{key, pe}
	v, ok := x.memo[q]
	if !ok {
		v = x.intersects(a, b)
		x.memo[q] = v
	}
	return v
}

// besideMemoFrom is the length of the shorter list from which an answer
// is memoised: shorter walks are cheaper than the map, and the memo holds
// only the pairs of a title and a person both stated in many sentences.
const besideMemoFrom = 16

// intersects reports whether the ascending lists a and b share a
// sentence, walking a and binary-searching b.
func (x *besideIndex) intersects(a, b []int32) bool {
	for _, s := range a {
		x.probes++
		if _, ok := slices.BinarySearch(b, s); ok {
			return true
		}
	}
	return false
}

// excluder returns the question "is this person named beside a
// description with the title key?" as a function.
func (x *besideIndex) excluder(key string) func(*person) bool {
	return func(pe *person) bool { return x.named(key, pe) }
}
