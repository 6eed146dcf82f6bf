package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Predictions with impossible offsets (negative, start after end, end
// beyond the text) are reported with file and line and not scored; exit
// 1, as for unreadable predictions (eval scored them without a word).
func TestEvalReportsImpossiblePredictionOffsets(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	pred := filepath.Join(dir, "pred.jsonl")
	write(t, pred, `{"id":"b","annotations":[{"type":"TROOPS","start":0,"end":18,"text":"About 8,500 troops","value":8500,"mod":"approx"}]}`+"\n"+
		`{"id":"a","annotations":[`+
		`{"type":"OFFICIAL","start":-3,"end":2,"text":"x","name":"x","title":""},`+
		`{"type":"OFFICIAL","start":22,"end":17,"text":"x","name":"x","title":""},`+
		`{"type":"DATE","start":37,"end":9999,"text":"x","value":""},`+
		`{"type":"QUOTE","start":17,"end":22,"text":"Biden","speaker":"Scholz","cue":"","speaker_start":27,"speaker_end":400},`+
		`{"type":"OFFICIAL","start":17,"end":22,"text":"Biden","name":"Joe Biden","title":"US President"}]}`+"\n")
	r := runArgs(t, "", "eval", "--gold", gold, "--docs", docs, "--pred", pred)
	if r.code != exitPartial {
		t.Errorf("exit %d, want 1: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		"pred.jsonl:2: a: annotation 0 (OFFICIAL -3-2): negative offset; not scored",
		"pred.jsonl:2: a: annotation 1 (OFFICIAL 22-17): start after end; not scored",
		"pred.jsonl:2: a: annotation 2 (DATE 37-9999): end beyond the text (44 code points); not scored",
		"annotation 3 (QUOTE 17-22): speaker span 27-400: end beyond the text (44 code points)",
		"3 predicted annotations with impossible offsets (not scored: as if missing)",
		"1 predicted QUOTE speaker spans with impossible offsets (the QUOTEs scored, their speakers by name only)",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	// the valid ones are scored: Biden is a hit
	if !strings.Contains(r.stdout, "OFFICIAL") {
		t.Errorf("no report:\n%s", r.stdout)
	}

	// a pretty-printed file names each annotation's own line; without
	// the texts only what needs none is checked
	pretty := filepath.Join(dir, "a.json")
	write(t, pretty, "{\"id\": \"a\", \"annotations\": [\n  {\"type\": \"DATE\", \"start\": 37, \"end\": 43, \"text\": \"Monday\", \"value\": \"2022-01-24\"},\n  {\"type\": \"DATE\", \"start\": 43, \"end\": 37, \"text\": \"x\", \"value\": \"\"}\n]}\n")
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", pretty)
	if r.code != exitPartial || !strings.Contains(r.stderr, "a.json:3: a: annotation 1 (DATE 43-37): start after end") {
		t.Errorf("pretty-printed: exit %d:\n%s", r.code, r.stderr)
	}
}

// The summary counts an impossible speaker span apart from the
// annotations set aside: its QUOTE is scored, the speaker by name only,
// as the annotation's own line says (redteam14 F3: the summary called it
// an annotation "not scored: as if missing").
func TestEvalSummaryCountsSpeakerSpansApart(t *testing.T) {
	docs, gold := fixtures(t)
	const quote = `{"type":"QUOTE","start":17,"end":22,"text":"Biden","speaker":"Joe Biden","cue":"said","speaker_start":%s}`
	for _, tc := range []struct {
		name      string
		anns      string
		want, not []string
	}{
		{"speaker span only", strings.Replace(quote, "%s", `999,"speaker_end":5`, 1),
			[]string{"speaker span 999-5: start after end; the speaker is scored by name only",
				"1 predicted QUOTE speaker spans with impossible offsets (the QUOTEs scored, their speakers by name only)"},
			[]string{"predicted annotations with impossible offsets"}},
		{"annotation only", `{"type":"DATE","start":43,"end":37,"text":"x","value":""}`,
			[]string{"1 predicted annotations with impossible offsets (not scored: as if missing)"},
			[]string{"speaker spans with impossible offsets"}},
		{"both", strings.Replace(quote, "%s", `-1,"speaker_end":5`, 1) + `,{"type":"DATE","start":43,"end":37,"text":"x","value":""}`,
			[]string{"1 predicted annotations with impossible offsets", "1 predicted QUOTE speaker spans with impossible offsets"},
			nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pred := filepath.Join(t.TempDir(), "pred.jsonl")
			write(t, pred, `{"id":"a","annotations":[`+tc.anns+"]}\n")
			r := runArgs(t, "", "eval", "--gold", gold, "--docs", docs, "--pred", pred)
			if r.code != exitPartial {
				t.Errorf("exit %d, want 1: %s", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
			for _, w := range tc.not {
				if strings.Contains(r.stderr, w) {
					t.Errorf("stderr has %q:\n%s", w, r.stderr)
				}
			}
		})
	}
}

// A document id read twice is named with file and line, and where it was
// first read, on the gold side and on the predicted (redteam14 F4: the
// gold's said "1 problem in 0 files" with no line, the prediction's named
// neither file nor line). Nothing is scored (exit 2).
func TestEvalDuplicateIDsNameFileAndLine(t *testing.T) {
	const rec = `{"id":"d1","annotations":[]}` + "\n"
	const other = `{"id":"d2","annotations":[]}` + "\n"
	for _, tc := range []struct {
		name  string
		files map[string]string // under a fresh folder
		args  []string          // with DIR for that folder
		want  []string
	}{
		{"gold JSON Lines", map[string]string{"g.jsonl": rec + other + rec, "p.jsonl": rec},
			[]string{"--gold", "DIR/g.jsonl", "--pred", "DIR/p.jsonl"},
			[]string{`g.jsonl:3: duplicate document id "d1" (first read from DIR/g.jsonl:1)`, "1 problem in 1 file of the gold"}},
		{"gold .json files", map[string]string{"g/a.json": rec, "g/b.json": rec, "p.jsonl": rec},
			[]string{"--gold", "DIR/g", "--pred", "DIR/p.jsonl"},
			[]string{`b.json:1: duplicate document id "d1" (first read from DIR/g/a.json:1)`, "1 problem in 1 file of the gold"}},
		{"predictions", map[string]string{"g.jsonl": rec, "p.jsonl": other + rec + rec},
			[]string{"--gold", "DIR/g.jsonl", "--pred", "DIR/p.jsonl"},
			[]string{`pred: DIR/p.jsonl:3: duplicate document id "d1" (first read from DIR/p.jsonl:2)`, "1 duplicate document ids in --pred; not scoring"}},
		{"--compare", map[string]string{"g.jsonl": rec, "p.jsonl": rec, "c.jsonl": rec + rec},
			[]string{"--gold", "DIR/g.jsonl", "--pred", "DIR/p.jsonl", "--compare", "DIR/c.jsonl"},
			[]string{`compare: DIR/c.jsonl:2: duplicate document id "d1" (first read from DIR/c.jsonl:1)`, "1 duplicate document ids in --compare; not scoring"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			for name, content := range tc.files {
				write(t, filepath.Join(dir, name), content)
			}
			args := []string{"eval"}
			for _, a := range tc.args {
				args = append(args, strings.ReplaceAll(a, "DIR", dir))
			}
			r := runArgs(t, "", args...)
			if r.code != exitFatal {
				t.Errorf("exit %d, want 2: %s", r.code, r.stderr)
			}
			for _, w := range tc.want {
				if w = strings.ReplaceAll(w, "DIR", dir); !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
}

// One predicted document with more than 64 overlapping spans of a type
// is refused and scored as missing; the others are scored, the report
// (or page) is written, exit 1 (red team 22, 1: eval and render exited 2
// with nothing).
func TestEvalRefusesDeepOverlapsOnly(t *testing.T) {
	dir := t.TempDir()
	gold, pred, docs := filepath.Join(dir, "gold.jsonl"), filepath.Join(dir, "pred.jsonl"), filepath.Join(dir, "docs.jsonl")
	const monday = `{"type":"DATE","start":0,"end":6,"text":"Monday","value":"2022-02-14"}`
	write(t, gold, `{"id":"a","annotations":[`+monday+`]}`+"\n"+`{"id":"b","annotations":[`+monday+`]}`+"\n")
	var pile []string
	for j := range 65 {
		pile = append(pile, fmt.Sprintf(`{"type":"DATE","start":0,"end":%d,"text":"x","value":"2022"}`, 1+j))
	}
	write(t, pred, `{"id":"a","annotations":[`+monday+`]}`+"\n"+`{"id":"b","annotations":[`+strings.Join(pile, ",")+`]}`+"\n")
	write(t, docs, `{"id":"a","text":"Monday was fine."}`+"\n"+`{"id":"b","text":"Monday was fine."}`+"\n")

	r := runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--bootstrap", "0", "--by-doc")
	if r.code != exitPartial {
		t.Errorf("eval: exit %d, want 1: %s", r.code, r.stderr)
	}
	for _, want := range []string{
		`predicted document "b": more than 64 DATE annotations overlap at code point 0`,
		"not scored: as a missing prediction (all misses)",
		"1 predicted document refused",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("eval: stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if !strings.Contains(r.stdout, "1 prediction refused") || !strings.Contains(r.stdout, "refused") {
		t.Errorf("eval: report:\n%s", r.stdout)
	}
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--compare", pred, "--bootstrap", "0")
	if r.code != exitPartial || !strings.Contains(r.stderr, `dispatch eval: --compare: predicted document "b": more than 64`) {
		t.Errorf("eval --compare: exit %d, want 1: %s", r.code, r.stderr)
	}

	out := filepath.Join(dir, "view.html")
	r = runArgs(t, "", "render", "--gold", gold, "--pred", pred, "--docs", docs, "-o", out)
	if r.code != exitPartial || !strings.Contains(r.stderr, `b: predicted document "b": more than 64 DATE annotations overlap`) {
		t.Errorf("render: exit %d, want 1: %s", r.code, r.stderr)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("render: no page: %v", err)
	}
}
