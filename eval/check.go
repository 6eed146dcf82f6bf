package eval

import (
	"fmt"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Threshold is a minimum F1: of one type, or overall (the micro average)
// when Type is "".
type Threshold struct {
	Type corpus.Type
	Min  float64
}

// Failure is a threshold that a report falls below.
type Failure struct {
	Threshold
	Regime Regime
	F1     float64
}

func (f Failure) String() string {
	what := "overall (micro)"
	if f.Type != "" {
		what = string(f.Type)
	}
	return fmt.Sprintf("%s %s F1 %.3f is below the minimum %.3f", what, f.Regime, f.F1, f.Min)
}

// Check returns the thresholds whose F1 under regime on is below the
// minimum. A type that the report lacks had no gold and no predicted
// annotations, so its F1 is 1.
func (r *Report) Check(on Regime, thresholds []Threshold) []Failure {
	var failed []Failure
	for _, t := range thresholds {
		f1 := r.Micro.On(on).F1
		if t.Type != "" {
			f1 = 1
			if ts, ok := r.Type(t.Type); ok {
				f1 = ts.On(on).F1
			}
		}
		if f1 < t.Min {
			failed = append(failed, Failure{Threshold: t, Regime: on, F1: f1})
		}
	}
	return failed
}

// Change is the difference in F1 from a baseline for one row of the
// table (a type, "micro" or "macro") under one regime.
type Change struct {
	Row    string  `json:"row"`
	Regime Regime  `json:"regime"`
	F1     float64 `json:"f1"`
	Base   float64 `json:"base"`
	Delta  float64 `json:"delta"`
}

// Compare returns the changes in F1 from base, for every row present in
// both reports, under every regime.
func (r *Report) Compare(base *Report) []Change {
	var cs []Change
	row := func(name string, f1, baseF1 func(Regime) float64) {
		for _, reg := range Regimes {
			cs = append(cs, Change{Row: name, Regime: reg, F1: f1(reg), Base: baseF1(reg), Delta: f1(reg) - baseF1(reg)})
		}
	}
	for _, ts := range r.Types {
		if bs, ok := base.Type(ts.Type); ok {
			row(string(ts.Type), func(g Regime) float64 { return ts.On(g).F1 }, func(g Regime) float64 { return bs.On(g).F1 })
		}
	}
	row("micro", func(g Regime) float64 { return r.Micro.On(g).F1 }, func(g Regime) float64 { return base.Micro.On(g).F1 })
	row("macro", func(g Regime) float64 { return r.Macro.On(g).F1 }, func(g Regime) float64 { return base.Macro.On(g).F1 })
	return cs
}
