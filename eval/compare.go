package eval

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Comparison is the difference between two systems scored on the same
// gold: A (the report's own predictions) and B (the other system).
type Comparison struct {
	// A and B name the two systems (their prediction files), for people.
	A         string    `json:"a"`
	B         string    `json:"b"`
	Bootstrap Bootstrap `json:"bootstrap"`
	// Deltas holds, per row (each type, "micro", "macro") and regime, the
	// F1 of A and of B, A − B, and the paired bootstrap p-value of the
	// difference.
	Deltas []Delta `json:"deltas"`
	// Fixed lists B's mistakes that A does not make; Introduced A's
	// mistakes that B does not make.
	Fixed      []Mistake `json:"fixed"`
	Introduced []Mistake `json:"introduced"`
}

// Delta is the difference in F1 between A and B for one row and regime.
type Delta struct {
	Row    string  `json:"row"`
	Regime Regime  `json:"regime"`
	A      float64 `json:"a"`
	B      float64 `json:"b"`
	Delta  float64 `json:"delta"`
	// P is the two-sided p-value of the paired bootstrap: the share of
	// resamples whose difference, centred on the observed one, is at
	// least as far from zero as the observed difference (with one added
	// to both counts). 1 when the difference is 0.
	P float64 `json:"p"`
}

// CompareSystems compares report a with report b, both from Score on
// the same gold documents and the same options: per-row F1 differences
// with a paired bootstrap over documents (the same resampled documents
// for both systems), and the mistakes fixed and introduced. It returns
// ctx's error when ctx is done before the resampling ends.
func CompareSystems(ctx context.Context, a, b *Report, boot Bootstrap) (*Comparison, error) {
	if err := boot.Check(); err != nil {
		return nil, err
	}
	if len(a.Docs) != len(b.Docs) || len(a.Types) != len(b.Types) {
		return nil, fmt.Errorf("the two systems were not scored on the same gold (%d and %d documents, %d and %d types)",
			len(a.Docs), len(b.Docs), len(a.Types), len(b.Types))
	}
	for i := range a.Docs {
		if a.Docs[i].ID != b.Docs[i].ID {
			return nil, fmt.Errorf("the two systems were not scored on the same gold (document %q and %q)", a.Docs[i].ID, b.Docs[i].ID)
		}
	}
	for i := range a.Types {
		if a.Types[i].Type != b.Types[i].Type {
			return nil, fmt.Errorf("the two systems were scored on different types (%s and %s)", a.Types[i].Type, b.Types[i].Type)
		}
	}
	c := &Comparison{Bootstrap: boot}
	nt := len(a.Types)
	rows := make([]string, 0, nt+2)
	for _, ts := range a.Types {
		rows = append(rows, string(ts.Type))
	}
	rows = append(rows, "micro", "macro")
	ca, cb := a.newSampleCounts(), b.newSampleCounts()
	all := func(c *sampleCounts, n int) resampled {
		once := make([]int32, n)
		for i := range once {
			once[i] = 1
		}
		out := c.score(once)
		kept := make(resampled, len(out)) // score reuses its result
		for i, row := range out {
			kept[i] = slices.Clone(row)
		}
		return kept
	}
	fa, fb := all(ca, len(a.Docs)), all(cb, len(b.Docs))
	// far[row][regime] counts resamples at least as extreme.
	far := make([][3]int, nt+2)
	if boot.Resamples > 0 && len(a.Docs) > 0 {
		err := boot.resample(ctx, len(a.Docs), func(drawn []int32) {
			sa, sb := ca.score(drawn), cb.score(drawn)
			for row := range sa {
				for k := range 3 {
					obs := fa[row][k].F1 - fb[row][k].F1
					d := sa[row][k].F1 - sb[row][k].F1
					if math.Abs(d-obs) >= math.Abs(obs) {
						far[row][k]++
					}
				}
			}
		})
		if err != nil {
			return nil, err
		}
	}
	for row, name := range rows {
		for k, reg := range Regimes {
			d := Delta{Row: name, Regime: reg, A: fa[row][k].F1, B: fb[row][k].F1}
			d.Delta = d.A - d.B
			d.P = 1
			if d.Delta != 0 && boot.Resamples > 0 {
				d.P = float64(far[row][k]+1) / float64(boot.Resamples+1)
			}
			c.Deltas = append(c.Deltas, d)
		}
	}
	c.Fixed = mistakesNotIn(b.Mistakes, a.Mistakes)
	c.Introduced = mistakesNotIn(a.Mistakes, b.Mistakes)
	return c, nil
}

// mistakesNotIn returns the mistakes of ms that others lacks, counting
// repeats: a mistake is the same when its document, type, kind, spans
// and differing attribute values are.
func mistakesNotIn(ms, others []Mistake) []Mistake {
	left := make(map[string]int)
	for _, m := range others {
		left[m.key()]++
	}
	out := []Mistake{}
	for _, m := range ms {
		k := m.key()
		if left[k] > 0 {
			left[k]--
			continue
		}
		out = append(out, m)
	}
	return slices.Clip(out)
}

func (m Mistake) key() string {
	span := func(a *corpus.Annotation) string {
		if a == nil {
			return "-"
		}
		return strconv.Itoa(a.Start) + "-" + strconv.Itoa(a.End)
	}
	k := fmt.Sprintf("%q %s %s %s %s", m.Doc, m.Type, m.Kind, span(m.Gold), span(m.Pred))
	if m.Diff != nil {
		k += fmt.Sprintf(" %q %q %q", m.Diff.Attribute, m.Diff.Gold, m.Diff.Pred)
	}
	return k
}
