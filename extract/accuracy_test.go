package extract_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
	"github.com/dispatch-nlp/dispatch/extract"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current extractor")

// goldSet is a set of documents with hand-labelled gold annotations and the
// accuracy floors the extractor must keep on it. Floors are set just under
// the measured figures and only ever go up.
type goldSet struct {
	name   string
	docs   string // documents (.txt)
	gold   string // gold files (.json)
	floors map[corpus.Type]float64
	micro  float64
	titles float64 // OFFICIAL title accuracy over matched mentions (0: no floor)
}

// Floors are F1 under the "full" regime (span overlap and the key attribute
// right), the figure users pick an extractor by.
var goldSets = []goldSet{
	{
		name: "sample", docs: "../../shared/corpus", gold: "../corpus/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.97, corpus.Date: 0.98, corpus.Troops: 0.98, corpus.Quote: 0.93},
		micro:  0.95,
		titles: 0.98,
	},
	{
		// written and labelled for the purpose, never used for tuning
		name: "heldout", docs: "../testdata/heldout/docs", gold: "../testdata/heldout/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.95, corpus.Troops: 0.99, corpus.Quote: 0.97},
		micro:  0.92,
		titles: 0.98,
	},
	{
		// issue 9's held-out set (quotes with hard speakers), written and
		// labelled by helpers who never saw the code; scored once, at the
		// end of the change (docs/accuracy.md)
		name: "heldout2-quotes", docs: "../testdata/heldout2/quotes/docs", gold: "../testdata/heldout2/quotes/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.97, corpus.Troops: 0.99, corpus.Quote: 0.97},
		micro:  0.89,
		titles: 0.98,
	},
	{
		// issue 15's held-out set (titles apart from names, elided troop
		// counts, dates by tense, holidays, anaphoric dates), made the same way
		name: "heldout2-types", docs: "../testdata/heldout2/types/docs", gold: "../testdata/heldout2/types/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.97, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.93,
		titles: 0.98,
	},
	{
		// fresh articles by code-blind annotators, read this session as
		// development data after the first accuracy round overfit
		// (testdata/dev3/README.md)
		name: "dev3", docs: "../testdata/dev3/docs", gold: "../testdata/dev3/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.98, corpus.Troops: 0.99, corpus.Quote: 0.98},
		micro:  0.96,
		titles: 0.98,
	},
	{
		// eight more fresh articles by code-blind annotators, scored after
		// the second round, then development data for a third
		// (testdata/dev4/README.md)
		name: "dev4", docs: "../testdata/dev4/docs", gold: "../testdata/dev4/gold",
		// QUOTE 0.98: d04 gives `The agency said` the speaker as written,
		// where heldout3 (reviewed) and guide rule 47a resolve a
		// description of a named body to its name (one quote)
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.97, corpus.Troops: 0.99, corpus.Quote: 0.98},
		micro:  0.97,
		titles: 0.98,
	},
	{
		// eight fresh articles by code-blind annotators (third session),
		// scored fresh, then development data (testdata/dev5/README.md)
		name: "dev5", docs: "../testdata/dev5/docs", gold: "../testdata/dev5/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.98, corpus.Troops: 0.99, corpus.Quote: 0.97},
		micro:  0.92,
		titles: 0.98,
	},
	{
		// eight more, written at the same time (testdata/dev6/README.md)
		name: "dev6", docs: "../testdata/dev6/docs", gold: "../testdata/dev6/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.98, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.93,
		titles: 0.98,
	},
	{
		// eight more, scored fresh after the first round (testdata/dev7/README.md)
		name: "dev7", docs: "../testdata/dev7/docs", gold: "../testdata/dev7/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.97}, // QUOTE 0.980 (quotes8)
		micro:  0.84,
		titles: 0.98,
	},
	{
		// eight more, scored fresh after the second round (testdata/dev8/README.md)
		name: "dev8", docs: "../testdata/dev8/docs", gold: "../testdata/dev8/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.98, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.96},
		micro:  0.94,
		titles: 0.98,
	},
	{
		// eight more, scored fresh at the start of the fourth session (testdata/dev9/README.md)
		name: "dev9", docs: "../testdata/dev9/docs", gold: "../testdata/dev9/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.98, corpus.Troops: 0.99, corpus.Quote: 0.98},
		micro:  0.93,
		titles: 0.98,
	},
	{
		// eight more, scored fresh with the session-start code (testdata/dev10/README.md)
		name: "dev10", docs: "../testdata/dev10/docs", gold: "../testdata/dev10/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.99, corpus.Troops: 0.98, corpus.Quote: 0.96},
		micro:  0.94,
		titles: 0.98,
	},
	{
		// six more, scored fresh after the first merge round (testdata/dev11/README.md)
		name: "dev11", docs: "../testdata/dev11/docs", gold: "../testdata/dev11/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.97, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.93,
		titles: 0.98,
	},
	{
		// six more, scored fresh (summary only) at the start, mid-session and
		// the end of the fourth session (testdata/dev12/README.md)
		name: "dev12", docs: "../testdata/dev12/docs", gold: "../testdata/dev12/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.98, corpus.Troops: 0.98, corpus.Quote: 0.99},
		micro:  0.94,
		titles: 0.95, // 0.953 with the title model (issue 15, titles6)
	},
	{
		// twelve fresh ones rich in officials, scored at the start of the
		// fifth session (testdata/dev13/README.md)
		name: "dev13", docs: "../testdata/dev13/docs", gold: "../testdata/dev13/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.98, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.98}, // OFFICIAL 0.991 with rule 21s (officials7)
		micro:  0.94,
		titles: 0.975, // 0.981 with the title model (titles6)
	},
	{
		// twelve fresh ones, scored as summary figures only at the start and
		// the end of the fifth session's accuracy work (testdata/dev14/README.md)
		name: "dev14", docs: "../testdata/dev14/docs", gold: "../testdata/dev14/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.98, corpus.Date: 0.97, corpus.Troops: 0.99, corpus.Quote: 0.98},
		micro:  0.95,
		titles: 0.99, // officials8: OFFICIAL 0.987, TROOPS 0.993, titles 0.991
	},
	{
		// twelve more, written mid-session, scored the same way
		// (testdata/dev15/README.md)
		name: "dev15", docs: "../testdata/dev15/docs", gold: "../testdata/dev15/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.97, corpus.Troops: 0.99, corpus.Quote: 0.98},
		micro:  0.96,
		titles: 0.99, // officials8: OFFICIAL 0.992, TROOPS 1.000, titles 0.995
	},
	{
		// the sixth session's fresh set, never read during it: summary
		// figures at its start and end only (testdata/dev16/README.md)
		name: "dev16", docs: "../testdata/dev16/docs", gold: "../testdata/dev16/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.98, corpus.Troops: 0.98, corpus.Quote: 0.98},
		micro:  0.94,
		titles: 0.99, // end of the sixth session: OFFICIAL 0.951, DATE 0.991, TROOPS 0.950, QUOTE 0.907, titles 0.988, micro 0.950; officials9: OFFICIAL 0.994, TROOPS 0.986, titles 1.000; quotes8: QUOTE 0.984
	},
	{
		// the seventh session's fresh set, never read during it: summary
		// figures at its start and end only (testdata/dev17/README.md)
		name: "dev17", docs: "../testdata/dev17/docs", gold: "../testdata/dev17/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.98, corpus.Date: 0.98, corpus.Troops: 0.98, corpus.Quote: 0.98},
		micro:  0.97,
		titles: 0.99, // end of the seventh session: OFFICIAL 0.954, DATE 0.973, TROOPS 0.962, QUOTE 0.929, titles 0.921; quotes9 with main: QUOTE 0.981; officials10: OFFICIAL 0.987, DATE 0.984, TROOPS 0.985, titles 0.995
	},
	{
		// the eighth session's fresh set, never read during it: summary
		// figures at its start and end only (testdata/dev18/README.md)
		name: "dev18", docs: "../testdata/dev18/docs", gold: "../testdata/dev18/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.97, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.98},
		micro:  0.93,
		titles: 0.98, // end of the eighth session: OFFICIAL 0.954, DATE 0.968, TROOPS 0.981, QUOTE 0.910, titles 0.957; ninth session's end: OFFICIAL 0.979, DATE 1.000, TROOPS 1.000, QUOTE 0.991, titles 0.992
	},
	{
		// the eighth session's never-read probe: passages written code-blind
		// from the guide's OFFICIAL and QUOTE decisions in other forms
		// (testdata/probe18/README.md)
		name: "probe18", docs: "../testdata/probe18/docs", gold: "../testdata/probe18/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.97, corpus.Date: 0.99, corpus.Troops: 0.96, corpus.Quote: 0.97},
		micro:  0.90,
		titles: 0.96, // end of the eighth session: OFFICIAL 0.980, DATE 1.000, TROOPS 0.968, QUOTE 0.867, titles 0.970; quotes11: QUOTE 0.973
	},
	{
		// the ninth session's fresh set (18 articles by three code-blind
		// writers), never read during it: summary figures at its start and
		// end only (testdata/dev19/README.md)
		name: "dev19", docs: "../testdata/dev19/docs", gold: "../testdata/dev19/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.94, corpus.Date: 0.98, corpus.Troops: 0.95, corpus.Quote: 0.92},
		micro:  0.95,
		titles: 0.91, // ninth session, start -> end: OFFICIAL 0.950 -> 0.950, DATE 0.984, TROOPS 0.959, QUOTE 0.926 -> 0.930, titles 0.919, micro 0.956
	},
	{
		// the ninth session's never-read probes: passages written code-blind
		// from the guide's decisions of all four types in other forms
		// (testdata/probe21/README.md), and weighted to QUOTE speakers and
		// titles (testdata/probe22/README.md)
		name: "probe21", docs: "../testdata/probe21/docs", gold: "../testdata/probe21/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.98, corpus.Date: 0.99, corpus.Troops: 0.98, corpus.Quote: 0.86},
		micro:  0.96,
		titles: 0.92, // ninth session, start -> end: OFFICIAL 0.987, DATE 1.000, TROOPS 0.990, QUOTE 0.839 -> 0.865, titles 0.929, micro 0.964
	},
	{
		name: "probe22", docs: "../testdata/probe22/docs", gold: "../testdata/probe22/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.95, corpus.Date: 0.98, corpus.Troops: 0.98, corpus.Quote: 0.91},
		micro:  0.95,
		titles: 0.94, // ninth session, start -> end: OFFICIAL 0.961, DATE 0.982, TROOPS 0.986, QUOTE 0.920, titles 0.938 -> 0.946, micro 0.957
	},
	{
		// the tenth session's fresh set (18 articles by three code-blind
		// writers), never read during it (the lead saw s04 once, finding a
		// crash): summary figures at its start and end only
		// (testdata/dev20/README.md)
		name: "dev20", docs: "../testdata/dev20/docs", gold: "../testdata/dev20/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.94, corpus.Date: 0.96, corpus.Troops: 0.93, corpus.Quote: 0.91},
		micro:  0.93,
		titles: 0.90, // tenth session, start -> end: OFFICIAL 0.954 -> 0.956, DATE 0.981 -> 0.977, TROOPS 0.946, QUOTE 0.924 -> 0.927, titles 0.917 -> 0.914
	},
	{
		// the tenth session's never-read probes (testdata/probe23/README.md:
		// weighted to QUOTE speakers and titles; testdata/probe24/README.md:
		// all four types)
		name: "probe23", docs: "../testdata/probe23/docs", gold: "../testdata/probe23/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.96, corpus.Date: 0.97, corpus.Troops: 0.95, corpus.Quote: 0.86},
		micro:  0.90,
		titles: 0.89, // tenth session, start -> end: OFFICIAL 0.967 -> 0.972, DATE 0.979 -> 0.984, TROOPS 0.969, QUOTE 0.875, titles 0.901 -> 0.902
	},
	{
		name: "probe24", docs: "../testdata/probe24/docs", gold: "../testdata/probe24/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.97, corpus.Date: 0.96, corpus.Troops: 0.95, corpus.Quote: 0.94},
		micro:  0.93,
		titles: 0.93, // tenth session, start -> end: OFFICIAL 0.988, DATE 0.970, TROOPS 0.962, QUOTE 0.944 -> 0.955, titles 0.936 -> 0.944
	},
	{
		// the eleventh session's fresh set (12 articles by two code-blind
		// writers), never read during it: summary figures at its start and
		// end only (testdata/dev21/README.md)
		name: "dev21", docs: "../testdata/dev21/docs", gold: "../testdata/dev21/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.96, corpus.Date: 0.97, corpus.Troops: 0.96, corpus.Quote: 0.90},
		micro:  0.94,
		titles: 0.96, // eleventh session, start -> end: OFFICIAL 0.960, DATE 0.983, TROOPS 0.956, QUOTE 0.918, titles 0.951, micro 0.955 (no figure moved); twelfth (read): OFFICIAL 0.979, DATE 0.992, TROOPS 0.986, titles 0.986
	},
	{
		// the eleventh session's never-read probes: articles weighted to
		// hard quote attribution (testdata/probe25/README.md) and to
		// officials' names and titles (testdata/probe26/README.md)
		name: "probe25", docs: "../testdata/probe25/docs", gold: "../testdata/probe25/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.95, corpus.Date: 0.98, corpus.Troops: 0.87, corpus.Quote: 0.72},
		micro:  0.84,
		titles: 0.90, // eleventh session, start -> end: OFFICIAL 0.924, DATE 0.981, TROOPS 0.897, QUOTE 0.729, titles 0.892, micro 0.861 (speaker span 0.889 -> 0.878); twelfth (read): OFFICIAL 0.974, DATE 1.000, QUOTE 0.740, titles 0.922
	},
	{
		name: "probe26", docs: "../testdata/probe26/docs", gold: "../testdata/probe26/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.95, corpus.Date: 0.97, corpus.Troops: 0.98, corpus.Quote: 0.92},
		micro:  0.92,
		titles: 0.96, // eleventh session, start -> end: OFFICIAL 0.931, DATE 0.980, TROOPS 1.000, QUOTE 0.899, titles 0.919, micro 0.940 (no figure moved); twelfth (read): OFFICIAL 0.977, DATE 0.993, QUOTE 0.940, titles 0.980
	},
	{
		// the twelfth session's fresh set (12 articles by two code-blind
		// writers), never read during it: summary figures at its start and
		// end only (testdata/dev22/README.md)
		name: "dev22", docs: "../testdata/dev22/docs", gold: "../testdata/dev22/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.87, corpus.Date: 0.96, corpus.Troops: 0.92, corpus.Quote: 0.80},
		micro:  0.88,
		titles: 0.91, // twelfth session, start -> end: OFFICIAL 0.887 -> 0.890, DATE 0.983, TROOPS 0.942, QUOTE 0.819, titles 0.929 -> 0.934, micro 0.901 at the end
	},
	{
		// the twelfth session's never-read probe: quote attribution and
		// officials' titles as reporters write them (testdata/probe27/README.md)
		name: "probe27", docs: "../testdata/probe27/docs", gold: "../testdata/probe27/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.93, corpus.Date: 0.92, corpus.Troops: 0.80, corpus.Quote: 0.90},
		micro:  0.91,
		titles: 0.94, // twelfth session, start -> end: OFFICIAL 0.942 -> 0.957, DATE 0.927 -> 0.943, TROOPS 0.828, QUOTE 0.923, titles 0.887 -> 0.960, micro 0.935 at the end
	},
	{
		// the seventh session's generality probe: short passages written
		// code-blind from the names of the rule tests, in other forms
		// (testdata/probe17/README.md); development data from the start
		name: "probe17", docs: "../testdata/probe17/docs", gold: "../testdata/probe17/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.96, corpus.Date: 0.96, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.85,
		titles: 0.95, // quotes9: QUOTE 1.000; at its commit (581ce4a): OFFICIAL 0.961, DATE 0.973, TROOPS 1.000, QUOTE 0.800, titles 0.857; quotes8 with main: QUOTE 0.950; with general12: 0.983; officials9: OFFICIAL 0.966, titles 0.969
	},
	{
		// the eighth session's development probe: short passages written
		// code-blind from the guide's decisions, in other forms (quote
		// speakers first; testdata/probe19/README.md)
		name: "probe19", docs: "../testdata/probe19/docs", gold: "../testdata/probe19/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.99,
		titles: 0.99, // at its commit: OFFICIAL 0.974, DATE 0.993, TROOPS 1.000, QUOTE 0.897, titles 0.989; general13 (gold: r06 'this year' added): OFFICIAL 1.000, DATE 1.000, QUOTE 1.000, titles 1.000, micro 1.000
	},
	{
		// the fifth session's held-out set, scored at the start and once at
		// the end of the accuracy work (testdata/heldout6/README.md); floors
		// guard regressions only
		name: "heldout6-a", docs: "../testdata/heldout6/a/docs", gold: "../testdata/heldout6/a/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.96, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.97},
		micro:  0.96,
		titles: 0.99, // officials8: OFFICIAL 0.964, TROOPS 0.991, titles 0.993
	},
	{
		name: "heldout6-b", docs: "../testdata/heldout6/b/docs", gold: "../testdata/heldout6/b/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.98, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.95,
		titles: 0.97, // officials8: OFFICIAL 0.982, titles 0.978
	},
	{
		// this session's held-out sets, written and labelled by helpers who
		// never saw the code, scored once at the end of the change for
		// issues 9 and 15 (docs/accuracy.md); floors guard regressions only
		name: "heldout3-quotes", docs: "../testdata/heldout3/quotes/docs", gold: "../testdata/heldout3/quotes/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.96, corpus.Troops: 0.99, corpus.Quote: 0.96},
		micro:  0.90,
		titles: 0.98,
	},
	{
		name: "heldout3-types", docs: "../testdata/heldout3/types/docs", gold: "../testdata/heldout3/types/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.98, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.94,
		titles: 0.98,
	},
	{
		// the third session's held-out set, scored once at the end of the
		// change (testdata/heldout4/README.md); floors guard regressions only
		name: "heldout4-quotes", docs: "../testdata/heldout4/quotes/docs", gold: "../testdata/heldout4/quotes/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.97},
		micro:  0.93,
		titles: 0.98,
	},
	{
		name: "heldout4-types", docs: "../testdata/heldout4/types/docs", gold: "../testdata/heldout4/types/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.96,
		titles: 0.98,
	},
	{
		// the fourth session's held-out set, scored once at the end of the
		// change (testdata/heldout5/README.md); floors guard regressions only
		name: "heldout5-quotes", docs: "../testdata/heldout5/quotes/docs", gold: "../testdata/heldout5/quotes/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.98, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.94,
		titles: 0.99,
	},
	{
		name: "heldout5-types", docs: "../testdata/heldout5/types/docs", gold: "../testdata/heldout5/types/gold",
		floors: map[corpus.Type]float64{corpus.Official: 0.99, corpus.Date: 0.99, corpus.Troops: 0.99, corpus.Quote: 0.99},
		micro:  0.96,
		titles: 0.99,
	},
}

func readDocs(t *testing.T, dir string) []corpus.Document {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("documents not found: %v", err)
	}
	var docs []corpus.Document
	for d, err := range new(corpus.Reader).Read(dir) {
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func annotateAll(t *testing.T, docs []corpus.Document) []corpus.Annotated {
	t.Helper()
	p, err := extract.Default()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]corpus.Annotated, 0, len(docs))
	for _, d := range docs {
		out = append(out, corpus.Annotated{ID: d.ID, Date: d.Date, Annotations: p.Annotate(d)})
	}
	return out
}

// TestAccuracyFloors scores the extractor against each gold set.
func TestAccuracyFloors(t *testing.T) {
	for _, gs := range goldSets {
		t.Run(gs.name, func(t *testing.T) {
			docs := readDocs(t, gs.docs)
			var gold []corpus.Annotated
			for a, err := range corpus.ReadAnnotated(nil, gs.gold) {
				if err != nil {
					t.Fatal(err)
				}
				gold = append(gold, a)
			}
			rep, err := eval.Score(gold, annotateAll(t, docs), eval.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.MissingPred) > 0 || len(rep.MissingGold) > 0 {
				t.Errorf("documents missing: pred %v, gold %v", rep.MissingPred, rep.MissingGold)
			}
			for _, typ := range corpus.Types {
				s, ok := rep.Type(typ)
				if !ok {
					t.Errorf("%s: no scores", typ)
					continue
				}
				f1 := s.Full.F1
				t.Logf("%-8s gold %3d pred %3d  strict F1 %.3f  lenient F1 %.3f  full F1 %.3f",
					typ, s.Gold, s.Pred, s.Strict.F1, s.Lenient.F1, f1)
				if f1 < gs.floors[typ] {
					t.Errorf("%s full F1 %.3f below the floor %.3f", typ, f1, gs.floors[typ])
				}
			}
			for _, a := range rep.Attributes {
				if a.Type == corpus.Official && a.Attribute == "title" && a.Accuracy < gs.titles {
					t.Errorf("OFFICIAL title accuracy %.3f below the floor %.3f", a.Accuracy, gs.titles)
				}
			}
			if rep.Micro.Full.F1 < gs.micro {
				t.Errorf("micro full F1 %.3f below the floor %.3f", rep.Micro.Full.F1, gs.micro)
			}
		})
	}
}

// TestGolden compares whole-document output on the sample corpus with
// testdata/golden; run with -update after an intended change and review
// the diff.
func TestGolden(t *testing.T) {
	docs := readDocs(t, "../../shared/corpus")
	for _, a := range annotateAll(t, docs) {
		path := filepath.Join("testdata", "golden", a.ID+".jsonl")
		var got []byte
		{
			f, err := os.CreateTemp(t.TempDir(), "golden")
			if err != nil {
				t.Fatal(err)
			}
			if err := corpus.WriteAnnotated(f, a); err != nil {
				t.Fatal(err)
			}
			f.Close()
			got, _ = os.ReadFile(f.Name())
		}
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test ./extract -run TestGolden -update)", err)
		}
		if string(got) != string(want) {
			t.Errorf("%s: output differs from %s (run with -update and review the diff)", a.ID, path)
		}
	}
}
