package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dispatch-nlp/dispatch/eval"
)

// Document a: " date 2022-01-24 Biden met Scholz on Monday."
// Document b: "About 8,500 troops arrived."
const (
	textA = " date 2022-01-24 Biden met Scholz on Monday."
	textB = "About 8,500 troops arrived."
	goldA = `{"id": "a", "date": "2022-01-24", "annotations": [
  {"type": "OFFICIAL", "start": 17, "end": 22, "text": "Biden", "name": "Joe Biden", "title": "US President"},
  {"type": "OFFICIAL", "start": 27, "end": 33, "text": "Scholz", "name": "Olaf Scholz", "title": "German Chancellor"},
  {"type": "DATE", "start": 37, "end": 43, "text": "Monday", "value": "2022-01-24"}
]}`
	goldB = `{"id": "b", "annotations": [
  {"type": "TROOPS", "start": 0, "end": 18, "text": "About 8,500 troops", "value": 8500, "mod": "approx"}
]}`
)

type result struct {
	code           int
	stdout, stderr string
}

func runArgs(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	e := &env{ctx: context.Background(), stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb}
	code := run(e, args)
	return result{code, out.String(), errb.String()}
}

// fixtures writes the documents and gold files and returns their folders.
func fixtures(t *testing.T) (docs, gold string) {
	t.Helper()
	dir := t.TempDir()
	docs, gold = filepath.Join(dir, "docs"), filepath.Join(dir, "gold")
	write(t, filepath.Join(docs, "a.txt"), textA)
	write(t, filepath.Join(docs, "b.txt"), textB)
	write(t, filepath.Join(gold, "a.json"), goldA)
	write(t, filepath.Join(gold, "b.json"), goldB)
	write(t, filepath.Join(gold, "notes", "README.md"), "not gold")
	return docs, gold
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// jsonl turns gold objects into JSON Lines, applying edit to each line.
func jsonl(t *testing.T, edit func(string) string, objects ...string) string {
	t.Helper()
	var b strings.Builder
	for _, o := range objects {
		var buf bytes.Buffer
		if err := json.Compact(&buf, []byte(o)); err != nil {
			t.Fatal(err)
		}
		b.WriteString(edit(buf.String()) + "\n")
	}
	return b.String()
}

func same(s string) string { return s }

func TestEvalPerfect(t *testing.T) {
	_, gold := fixtures(t)
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB))
	r := runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--min-f1", "1", "--min-f1", "DATE=1", "--on", "full")
	if r.code != exitOK || r.stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	for _, want := range []string{`2 gold documents scored`, `micro +4 +4 +1\.000 +1\.000 +1\.000`, `\[1\.00,1\.00\]`} {
		if !regexp.MustCompile(want).MatchString(r.stdout) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	// Predictions on standard input.
	r = runArgs(t, jsonl(t, same, goldA, goldB), "eval", "--gold", gold, "--pred", "-")
	if r.code != exitOK || !strings.Contains(r.stdout, "1.000") {
		t.Errorf("stdin: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}
}

func TestEvalMistakes(t *testing.T) {
	docs, gold := fixtures(t)
	// Only a is predicted, with Biden's span one too long and Monday's
	// value wrong; c has no gold.
	edit := func(s string) string {
		s = strings.Replace(s, `"start":17,"end":22,"text":"Biden"`, `"start":17,"end":23,"text":"Biden "`, 1)
		return strings.Replace(s, `"value":"2022-01-24"`, `"value":"2022-01-31"`, 1)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	write(t, pred, jsonl(t, edit, goldA)+`{"id":"c","annotations":[]}`+"\n")
	r := runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--docs", docs, "--errors", "--by-doc",
		"--min-f1", "0.5", "--min-f1", "troops=0.5")
	if r.code != exitPartial {
		t.Errorf("exit %d, want %d", r.code, exitPartial)
	}
	for _, want := range []string{
		"1 gold documents without a prediction (scored as all misses): b",
		"1 predicted documents without gold (not scored): c",
		"--min-f1: TROOPS lenient F1 0.000 is below the minimum 0.500",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "overall") {
		t.Errorf("overall lenient F1 (6/7 pairs) reported below 0.5:\n%s", r.stderr)
	}
	for _, want := range []string{
		`a OFFICIAL boundary  gold 17-22 "Biden", pred 17-23 "Biden "`,
		" date 2022-01-24 [Biden ]met Scholz on Monday.",
		`a DATE     attribute 37-43 "Monday" value: gold "2022-01-24", pred "2022-01-31"`,
		`b TROOPS   missed    0-18 "About 8,500 troops"`,
		"[About 8,500 troops] arrived.",
		"no prediction",
	} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestEvalJSONAndBaseline(t *testing.T) {
	_, gold := fixtures(t)
	dir := t.TempDir()
	pred := filepath.Join(dir, "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA))
	r := runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--json")
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	var rep eval.Report
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("--json output: %v\n%s", err, r.stdout)
	}
	if rep.Documents != 2 || rep.Micro.Gold != 4 || rep.Micro.Lenient.TP != 3 || len(rep.MissingPred) != 1 {
		t.Errorf("report %+v", rep)
	}
	base := filepath.Join(dir, "base.json")
	write(t, base, r.stdout)

	// Now b is predicted too: TROOPS goes from 0 to 1.
	write(t, pred, jsonl(t, same, goldA, goldB))
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--baseline", base)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if !regexp.MustCompile(`TROOPS .* 1\.000 \+1\.000 .* 1\.000 \+1\.000 .* 1\.000 \+1\.000`).MatchString(r.stdout) {
		t.Errorf("no TROOPS change of +1:\n%s", r.stdout)
	}
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--baseline", base, "--json")
	if !strings.Contains(r.stdout, `"changes": [`) {
		t.Errorf("--json --baseline without changes:\n%s", r.stdout)
	}
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--baseline", pred)
	if r.code != exitFatal || !strings.Contains(r.stderr, "not a report") {
		t.Errorf("bad baseline: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestEvalUsage(t *testing.T) {
	_, gold := fixtures(t)
	r := runArgs(t, "", "eval", "--help")
	if r.code != exitOK || !strings.Contains(r.stdout, "-min-f1") || !strings.Contains(r.stdout, "Exit codes") {
		t.Errorf("--help: exit %d\n%s", r.code, r.stderr)
	}
	for _, args := range [][]string{
		{},
		{"--gold", gold},
		{"--pred", gold},
		{"--gold", gold, "--pred", gold, "extra"},
		{"--gold", gold, "--pred", gold, "--on", "loose"},
		{"--gold", gold, "--pred", gold, "--min-f1", "1.5"},
		{"--gold", gold, "--pred", gold, "--min-f1", "PERSON=0.5"},
		{"--gold", gold, "--pred", gold, "--nonsense"},
		{"--gold", "-", "--pred", "-"},
	} {
		if r := runArgs(t, "", append([]string{"eval"}, args...)...); r.code != exitFatal {
			t.Errorf("%q: exit %d, want %d", args, r.code, exitFatal)
		}
	}
	// Unreadable gold is fatal; unreadable predictions are partial.
	bad := filepath.Join(t.TempDir(), "bad.json")
	write(t, bad, `{"id": "a", "annotations": [`)
	if r := runArgs(t, "", "eval", "--gold", bad, "--pred", gold); r.code != exitFatal || !strings.Contains(r.stderr, "bad.json:1") {
		t.Errorf("malformed gold: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := runArgs(t, "", "eval", "--gold", gold, "--pred", bad, "--pred", filepath.Join(gold, "a.json")); r.code != exitPartial {
		t.Errorf("malformed predictions: exit %d, stderr %q", r.code, r.stderr)
	}
	// No prediction record at all is fatal: there is nothing to score.
	if r := runArgs(t, "", "eval", "--gold", gold, "--pred", bad); r.code != exitFatal || !strings.Contains(r.stderr, "no annotation records") {
		t.Errorf("no predictions: exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestValidate(t *testing.T) {
	docs, gold := fixtures(t)
	r := runArgs(t, "", "validate", "--docs", docs, gold)
	if r.code != exitOK || r.stdout != "2 files, 2 documents, 0 problems\n" {
		t.Errorf("valid gold: exit %d\n%s%s", r.code, r.stdout, r.stderr)
	}

	dir := t.TempDir()
	bad := filepath.Join(dir, "out.jsonl")
	edit := func(s string) string {
		s = strings.Replace(s, `"text":"Scholz"`, `"text":"Scholtz"`, 1)
		return strings.Replace(s, `"value":8500`, `"value":0`, 1)
	}
	write(t, bad, jsonl(t, edit, goldA)+"{oops\n"+jsonl(t, edit, goldB)+`{"id":"zzz","annotations":[]}`+"\n")
	r = runArgs(t, "", "validate", "--docs", docs, bad, filepath.Join(dir, "missing.json"))
	if r.code != exitPartial {
		t.Errorf("exit %d, want %d", r.code, exitPartial)
	}
	want := []string{
		bad + `:1: a: annotation 1 (OFFICIAL 27-33): text "Scholtz" differs from the document's text "Scholz"`,
		bad + ":2: malformed JSON",
		bad + ":3: b: annotation 0 (TROOPS 0-18): TROOPS value 0: want a positive integer",
		bad + ":4: zzz: no document with this id in --docs",
		"missing.json: no such file or directory",
		"2 files, 3 documents, 5 problems",
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != len(want) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(want), r.stdout)
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
		}
	}

	// Without --docs the texts are not checked, only their lengths.
	r = runArgs(t, "", "validate", bad)
	if !strings.Contains(r.stdout, `text "Scholtz" has 7 code points, but the span has 6`) {
		t.Errorf("without --docs:\n%s", r.stdout)
	}
	// A gold file named after another id; standard input.
	write(t, filepath.Join(dir, "x.json"), goldB)
	r = runArgs(t, jsonl(t, same, goldA), "validate", filepath.Join(dir, "x.json"), "-")
	if r.code != exitPartial || !strings.Contains(r.stdout, `x.json: b: id differs from the file name "x"`) ||
		!strings.Contains(r.stdout, "2 files, 2 documents, 1 problems") {
		t.Errorf("exit %d:\n%s", r.code, r.stdout)
	}

	if r := runArgs(t, "", "validate"); r.code != exitFatal {
		t.Errorf("no arguments: exit %d", r.code)
	}
	if r := runArgs(t, "", "validate", "--help"); r.code != exitOK || !strings.Contains(r.stdout, "-docs") {
		t.Errorf("--help: exit %d\n%s", r.code, r.stderr)
	}
}

func TestEvalRefusals(t *testing.T) {
	_, gold := fixtures(t)
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.jsonl")
	write(t, empty, "\n")
	r := runArgs(t, "", "eval", "--gold", gold, "--pred", empty)
	if r.code != exitFatal || !strings.Contains(r.stderr, "no annotation records in --pred "+empty) {
		t.Errorf("empty predictions: exit %d, stderr %q", r.code, r.stderr)
	}
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", "-")
	if r.code != exitFatal || !strings.Contains(r.stderr, "no annotation records in --pred -") {
		t.Errorf("empty stdin: exit %d, stderr %q", r.code, r.stderr)
	}
	pred := filepath.Join(dir, "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB))
	for _, v := range []string{"NaN", "nan", "Inf", "-Inf", "+Inf", "DATE=NaN", "-0.1", "1.0001", "1e309", ""} {
		r := runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--min-f1", v)
		if r.code != exitFatal || !strings.Contains(r.stderr, "want a number from 0 to 1") {
			t.Errorf("--min-f1 %q: exit %d, stderr %q", v, r.code, r.stderr)
		}
	}
	for _, args := range [][]string{
		{"--bootstrap", "-1"}, {"--gold-format", "conll"}, {"--speaker-match", "voice"},
		{"--types", "PERSON"}, {"--mapping", "m.txt"},
	} {
		r := runArgs(t, "", append([]string{"eval", "--gold", gold, "--pred", pred}, args...)...)
		if r.code != exitFatal {
			t.Errorf("%q: exit %d, want %d; stderr %q", args, r.code, exitFatal, r.stderr)
		}
	}
}

// TestEvalGoldValidated: gold that breaks the contract is reported with
// its file and not scored.
func TestEvalGoldValidated(t *testing.T) {
	docs, gold := fixtures(t)
	bad := strings.Replace(goldA, `"text": "Scholz"`, `"text": "Scholtz"`, 1)
	write(t, filepath.Join(gold, "a.json"), bad)
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB))
	r := runArgs(t, "", "eval", "--gold", gold, "--pred", pred, "--docs", docs)
	want := filepath.Join(gold, "a.json") + `:3: a: annotation 1 (OFFICIAL 27-33): text "Scholtz" differs from the document's text "Scholz"`
	if r.code != exitFatal || !strings.Contains(r.stderr, want) || !strings.Contains(r.stderr, "not scoring") {
		t.Errorf("exit %d, stderr %q, want %q", r.code, r.stderr, want)
	}
	// Without the documents, the length of the text is still checked.
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", pred)
	if r.code != exitFatal || !strings.Contains(r.stderr, `text "Scholtz" has 7 code points, but the span has 6`) {
		t.Errorf("without --docs: exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestEvalExternalFormats runs the PolNeAR and TimeML readers' test
// documents through --docs-out, annotate and eval.
func TestEvalExternalFormats(t *testing.T) {
	for _, tc := range []struct{ format, gold, want string }{
		{"polnear", "../../format/testdata/polnear/data/dev", `QUOTE +4 `},
		{"timeml", "../../format/testdata/timeml", `DATE +4 `},
		{"brat", "../../format/testdata/bratmapped", `TROOPS +1 `},
	} {
		t.Run(tc.format, func(t *testing.T) {
			dir := t.TempDir()
			docs := filepath.Join(dir, "docs.jsonl")
			var mapping []string
			if tc.format == "brat" {
				mapping = []string{"--mapping", tc.gold + "/mapping.txt"}
			}
			r := runArgs(t, "", append([]string{"eval", "--gold-format", tc.format, "--gold", tc.gold, "--docs-out", docs}, mapping...)...)
			if r.code != exitOK || r.stdout != "" {
				t.Fatalf("--docs-out: exit %d\n%s%s", r.code, r.stdout, r.stderr)
			}
			pred := filepath.Join(dir, "pred.jsonl")
			if r := runArgs(t, "", "annotate", "--progress", "never", "-o", pred, docs); r.code != exitOK {
				t.Fatalf("annotate: exit %d\n%s", r.code, r.stderr)
			}
			r = runArgs(t, "", append([]string{"eval", "--gold-format", tc.format, "--gold", tc.gold, "--pred", pred, "--json"}, mapping...)...)
			if r.code != exitOK {
				t.Fatalf("eval: exit %d\n%s", r.code, r.stderr)
			}
			var rep eval.Report
			if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
				t.Fatal(err)
			}
			if n := map[string]int{"brat": 4}[tc.format]; len(rep.Types) != max(n, 1) || rep.Bootstrap == nil || rep.Micro.Lenient.CI == nil {
				t.Errorf("report: %d types, bootstrap %v", len(rep.Types), rep.Bootstrap)
			}
			r = runArgs(t, "", append([]string{"eval", "--gold-format", tc.format, "--gold", tc.gold, "--pred", pred}, mapping...)...)
			if !regexp.MustCompile(tc.want).MatchString(r.stdout) {
				t.Errorf("table lacks %q:\n%s", tc.want, r.stdout)
			}
		})
	}
}

func TestEvalCompare(t *testing.T) {
	_, gold := fixtures(t)
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.jsonl"), filepath.Join(dir, "b.jsonl")
	write(t, a, jsonl(t, same, goldA, goldB))
	write(t, b, jsonl(t, same, goldA))
	r := runArgs(t, "", "eval", "--gold", gold, "--pred", a, "--compare", b)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"A " + a + " against B " + b, "1 errors fixed (made by B, not by A):", `b TROOPS   missed    0-18 "About 8,500 troops"`, "0 errors introduced"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	r = runArgs(t, "", "eval", "--gold", gold, "--pred", a, "--compare", b, "--json")
	var rep eval.Report
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil || rep.Comparison == nil || len(rep.Comparison.Fixed) != 1 {
		t.Errorf("--json --compare: %v\n%s", err, r.stdout)
	}
	if r := runArgs(t, "", "eval", "--gold", gold, "--pred", a, "--compare", filepath.Join(dir, "none.jsonl")); r.code != exitFatal {
		t.Errorf("unreadable --compare: exit %d", r.code)
	}
}

// TestEvalInterruptedBootstrap: Ctrl-C or SIGTERM during the bootstrap
// ends eval at once (a million resamples took minutes and ignored every
// signal but SIGKILL), exit 2, nothing on standard output.
func TestEvalInterruptedBootstrap(t *testing.T) {
	_, gold := fixtures(t)
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB))
	code, stdout, stderr := runCancelledAfter(t, 300*time.Millisecond, "eval", "--gold", gold, "--pred", pred, "--bootstrap", "1000000")
	if code == exitOK {
		t.Skip("the bootstrap ended before the cancellation")
	}
	if code != exitFatal || !strings.Contains(stderr, "interrupted") || stdout != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
}

func TestListIDsCapped(t *testing.T) {
	for _, n := range []int{0, 1, maxListedIDs, maxListedIDs + 1, 5000} {
		ids := make([]string, n)
		for i := range ids {
			ids[i] = fmt.Sprintf("d%05d", i)
		}
		var b bytes.Buffer
		listIDs(&b, ids, "things")
		out := b.String()
		if n == 0 {
			if out != "" {
				t.Errorf("n=0: %q, want nothing", out)
			}
			continue
		}
		if strings.Count(out, "\n") != 1 || !strings.HasPrefix(out, fmt.Sprintf("dispatch eval: %d things: d00000", n)) {
			t.Errorf("n=%d: %q", n, out)
		}
		if got := strings.Count(out, ", d"); got > maxListedIDs-1 {
			t.Errorf("n=%d: %d ids listed, want at most %d", n, got+1, maxListedIDs)
		}
		wantMore := n > maxListedIDs
		if hasMore := strings.Contains(out, fmt.Sprintf("… and %d more", n-maxListedIDs)); hasMore != wantMore {
			t.Errorf("n=%d: %q: \"… and N more\" %v, want %v", n, out, hasMore, wantMore)
		}
	}
}
