package eval

import (
	"cmp"
	"slices"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Scheme is a matching scheme of nervaluate (after SemEval-2013 task
// 9.1), which compares predictions with gold of every type at once.
type Scheme string

// The nervaluate schemes.
const (
	// SchemeStrict: exact span and same type (the project's strict).
	SchemeStrict Scheme = "strict"
	// SchemeExact: exact span, any type.
	SchemeExact Scheme = "exact"
	// SchemePartial: overlapping span, any type; a partial overlap counts
	// half.
	SchemePartial Scheme = "partial"
	// SchemeType: overlapping span and same type.
	SchemeType Scheme = "type"
)

// Schemes lists the nervaluate schemes in report order.
var Schemes = []Scheme{SchemeStrict, SchemeExact, SchemePartial, SchemeType}

// SchemeCounts are nervaluate's counts under one scheme: correct,
// incorrect, partial, missed and spurious, and the ratios: precision is
// (COR + PAR/2)/ACTUAL and recall (COR + PAR/2)/POSSIBLE, where POSSIBLE =
// COR+INC+PAR+MIS and ACTUAL = COR+INC+PAR+SPU (PAR is 0 except under
// partial).
type SchemeCounts struct {
	Correct   int `json:"correct"`
	Incorrect int `json:"incorrect"`
	Partial   int `json:"partial"`
	Missed    int `json:"missed"`
	Spurious  int `json:"spurious"`
	PRF
}

func (c *SchemeCounts) add(o SchemeCounts) {
	c.Correct += o.Correct
	c.Incorrect += o.Incorrect
	c.Partial += o.Partial
	c.Missed += o.Missed
	c.Spurious += o.Spurious
}

func (c *SchemeCounts) finish() {
	c.PRF.set(float64(c.Correct)+float64(c.Partial)/2,
		c.Correct+c.Incorrect+c.Partial+c.Spurious, c.Correct+c.Incorrect+c.Partial+c.Missed)
}

// SchemeScores is the outcome of one scheme: per type (by the gold type
// of a pair or a miss, the predicted type of a false hit) and summed.
type SchemeScores struct {
	Scheme Scheme             `json:"scheme"`
	Types  []TypeSchemeCounts `json:"types"`
	Micro  SchemeCounts       `json:"micro"`
}

// TypeSchemeCounts is one type's counts under a scheme.
type TypeSchemeCounts struct {
	Type corpus.Type `json:"type"`
	SchemeCounts
}

// Confusion holds what was confused with what.
type Confusion struct {
	// Types counts the pairs of a gold and a predicted annotation of
	// different types on the same or overlapping spans (left over after
	// pairing within each type), by gold and predicted type.
	Types []TypeConfusion `json:"types"`
	// Values counts, for every attribute, the pairs of gold and predicted
	// values that differ in lenient pairs (TROOPS mod approx read as
	// exact, speaker A given as B), most frequent first.
	Values []ValueConfusion `json:"values"`
}

// TypeConfusion is a count of gold annotations of type Gold paired with
// predictions of type Pred.
type TypeConfusion struct {
	Gold  corpus.Type `json:"gold"`
	Pred  corpus.Type `json:"pred"`
	Count int         `json:"count"`
}

// ValueConfusion is a count of gold value Gold predicted as Pred.
type ValueConfusion struct {
	Type      corpus.Type `json:"type"`
	Attribute string      `json:"attribute"`
	Gold      string      `json:"gold"`
	Pred      string      `json:"pred"`
	Count     int         `json:"count"`
}

// pairing is how a gold and a predicted annotation were aligned across
// types.
type pairing int

const (
	sameSpanSameType pairing = iota
	sameSpanOtherType
	overlapSameType
	overlapOtherType
)

// outcome under each scheme (in Schemes order) of a pairing: 'C'
// correct, 'I' incorrect, 'P' partial.
var outcomes = [4][4]byte{
	sameSpanSameType:  {'C', 'C', 'C', 'C'},
	sameSpanOtherType: {'I', 'C', 'C', 'I'},
	overlapSameType:   {'I', 'I', 'P', 'C'},
	overlapOtherType:  {'I', 'I', 'P', 'I'},
}

// schemeTally accumulates scheme counts and type confusions.
type schemeTally struct {
	types  []corpus.Type
	counts [][]SchemeCounts // [scheme][type]
	conf   map[[2]corpus.Type]int
}

func newSchemeTally(types []corpus.Type) *schemeTally {
	t := &schemeTally{types: types, counts: make([][]SchemeCounts, len(Schemes)), conf: map[[2]corpus.Type]int{}}
	for i := range t.counts {
		t.counts[i] = make([]SchemeCounts, len(types))
	}
	return t
}

// document aligns the gold and predicted annotations of one document
// (every scored type) as nervaluate does: exact span and type first, then
// exact span of another type, then overlapping spans of one type, then
// overlapping spans of other types, each one to one, largest overlap
// first; and counts the outcome under every scheme.
func (t *schemeTally) document(gold, pred []corpus.Annotation) {
	gUsed := make([]bool, len(gold))
	pUsed := make([]bool, len(pred))
	record := func(g, p int, how pairing) {
		gUsed[g], pUsed[p] = true, true
		ti := slices.Index(t.types, gold[g].Type)
		for s := range Schemes {
			c := &t.counts[s][ti]
			switch outcomes[how][s] {
			case 'C':
				c.Correct++
			case 'I':
				c.Incorrect++
			case 'P':
				c.Partial++
			}
		}
		if gold[g].Type != pred[p].Type {
			t.conf[[2]corpus.Type{gold[g].Type, pred[p].Type}]++
		}
	}
	type cand struct{ g, p, overlap, dist int }
	step := func(sameSpan, sameType bool, how pairing) {
		var cs []cand
		forOverlaps(gold, pred, func(i, j, o int) {
			g, p := gold[i], pred[j]
			if gUsed[i] || pUsed[j] || (g.Type == p.Type) != sameType {
				return
			}
			if exact := g.Start == p.Start && g.End == p.End; exact != sameSpan {
				return
			}
			cs = append(cs, cand{i, j, o, abs(g.Start-p.Start) + abs(g.End-p.End)})
		})
		slices.SortFunc(cs, func(a, b cand) int {
			return cmp.Or(cmp.Compare(b.overlap, a.overlap), cmp.Compare(a.dist, b.dist), cmp.Compare(a.g, b.g), cmp.Compare(a.p, b.p))
		})
		for _, c := range cs {
			if !gUsed[c.g] && !pUsed[c.p] {
				record(c.g, c.p, how)
			}
		}
	}
	step(true, true, sameSpanSameType)
	step(true, false, sameSpanOtherType)
	step(false, true, overlapSameType)
	step(false, false, overlapOtherType)
	for i, g := range gold {
		if !gUsed[i] {
			ti := slices.Index(t.types, g.Type)
			for s := range Schemes {
				t.counts[s][ti].Missed++
			}
		}
	}
	for j, p := range pred {
		if !pUsed[j] {
			ti := slices.Index(t.types, p.Type)
			for s := range Schemes {
				t.counts[s][ti].Spurious++
			}
		}
	}
}

// scores returns the scheme scores and type confusions.
func (t *schemeTally) scores() ([]SchemeScores, []TypeConfusion) {
	out := make([]SchemeScores, len(Schemes))
	for s, sc := range Schemes {
		ss := SchemeScores{Scheme: sc, Types: make([]TypeSchemeCounts, len(t.types))}
		for i, ty := range t.types {
			c := t.counts[s][i]
			ss.Micro.add(c)
			c.finish()
			ss.Types[i] = TypeSchemeCounts{Type: ty, SchemeCounts: c}
		}
		ss.Micro.finish()
		out[s] = ss
	}
	conf := []TypeConfusion{}
	for k, n := range t.conf {
		conf = append(conf, TypeConfusion{Gold: k[0], Pred: k[1], Count: n})
	}
	slices.SortFunc(conf, func(a, b TypeConfusion) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Gold, b.Gold), cmp.Compare(a.Pred, b.Pred))
	})
	return out, conf
}

// valueConfusions counts the attribute differences among the mistakes,
// most frequent first. Speaker spans (offsets) are left out: they are
// positions, not values.
func valueConfusions(ms []Mistake) []ValueConfusion {
	type key struct {
		t          corpus.Type
		attr, g, p string
	}
	n := map[key]int{}
	for _, m := range ms {
		if m.Kind != Attribute || m.Diff == nil || m.Diff.Attribute == "speaker_span" {
			continue
		}
		n[key{m.Type, m.Diff.Attribute, m.Diff.Gold, m.Diff.Pred}]++
	}
	out := []ValueConfusion{}
	for k, c := range n {
		out = append(out, ValueConfusion{Type: k.t, Attribute: k.attr, Gold: k.g, Pred: k.p, Count: c})
	}
	slices.SortFunc(out, func(a, b ValueConfusion) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Type, b.Type), cmp.Compare(a.Attribute, b.Attribute),
			cmp.Compare(a.Gold, b.Gold), cmp.Compare(a.Pred, b.Pred))
	})
	return out
}
