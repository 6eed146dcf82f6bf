package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestValidateReportsEveryProblemOfARecord: a record with several
// annotations that cannot be read (and other problems) reports each, with
// file:line and the annotation's index and offsets, in JSON Lines and in
// a pretty-printed .json file; before, validate printed the first
// unreadable annotation and counted the record as no document at all.
func TestValidateReportsEveryProblemOfARecord(t *testing.T) {
	// text "About 8,500 troops arrived."
	record := `{"id":"b","annotations":[` +
		`{"type":"TROOPS","start":0,"end":18,"text":"About 8,500 troops","value":1e+308,"mod":"approx"},` +
		`{"type":"OFFICIAL","text":"About"},` +
		`{"type":"TROOPS","start":6,"end":18,"text":"8,500 troopz","value":8500,"mod":"sometimes"},` +
		`{"type":"DATE","start":19,"end":26,"text":"arrived","value":7}]}`
	pretty := strings.ReplaceAll(record, `},{`, "},\n{")
	cases := []struct {
		name, file, content string
		want                []string
	}{
		{"json lines", "out.jsonl", `{"id":"a","annotations":[]}` + "\n" + record + "\n", []string{
			`out.jsonl:2: b: annotation 0 (TROOPS 0-18): cannot be read: TROOPS value must be an integer: 1e+308`,
			`out.jsonl:2: b: annotation 1 (OFFICIAL): cannot be read: annotation without start/end`,
			`out.jsonl:2: b: annotation 2 (TROOPS 6-18): text "8,500 troopz" differs from the document's text "8,500 troops"`,
			`out.jsonl:2: b: annotation 2 (TROOPS 6-18): TROOPS mod "sometimes": want one of`,
			`out.jsonl:2: b: annotation 3 (DATE 19-26): cannot be read: DATE value must be a string: 7`,
			"1 files, 2 documents, 5 problems",
		}},
		// a duplicate names the line of the first copy, not only its file
		{"duplicate id", "dup.jsonl", `{"id":"a","annotations":[]}` + "\n" + `{"id":"b","annotations":[]}` + "\n" + `{"id":"a","annotations":[]}` + "\n", []string{
			"dup.jsonl:1)", // the first copy's file and line end the same message
			"1 files, 3 documents, 1 problems",
		}},
		{"pretty json", "b.json", pretty, []string{
			`b.json:1: b: annotation 0 (TROOPS 0-18): cannot be read: TROOPS value must be an integer: 1e+308`,
			`b.json:2: b: annotation 1 (OFFICIAL): cannot be read: annotation without start/end`,
			`b.json:3: b: annotation 2 (TROOPS 6-18): text "8,500 troopz" differs`,
			`b.json:3: b: annotation 2 (TROOPS 6-18): TROOPS mod "sometimes"`,
			`b.json:4: b: annotation 3 (DATE 19-26): cannot be read: DATE value must be a string: 7`,
			"1 files, 1 documents, 5 problems",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "docs", "a.txt"), textA)
			write(t, filepath.Join(dir, "docs", "b.txt"), textB)
			write(t, filepath.Join(dir, c.file), c.content)
			r := runArgs(t, "", "validate", "--docs", filepath.Join(dir, "docs"), filepath.Join(dir, c.file))
			lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
			if r.code != exitPartial || len(lines) != len(c.want) {
				t.Fatalf("exit %d, %d lines, want %d:\n%s%s", r.code, len(lines), len(c.want), r.stdout, r.stderr)
			}
			for i, w := range c.want {
				if !strings.Contains(lines[i], w) {
					t.Errorf("line %d = %q, want %q", i+1, lines[i], w)
				}
			}
		})
	}
}

// TestValidateCapsProblemsPerFile: a file with thousands of problems
// prints 50 of them and one line with the number left out; the total
// counts them all.
func TestValidateCapsProblemsPerFile(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&b, `{"id":"d%d","annotations":[{"type":"TROOPS","start":0,"end":1,"text":"x","value":"many","mod":"exact"}]}`+"\n", i)
	}
	write(t, filepath.Join(dir, "many.jsonl"), b.String())
	write(t, filepath.Join(dir, "one.jsonl"), `{"id":"z","annotations":[{"type":"NAME","start":0,"end":1,"text":"x"}]}`+"\n")
	r := runArgs(t, "", "validate", filepath.Join(dir, "many.jsonl"), filepath.Join(dir, "one.jsonl"))
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	want := []string{"many.jsonl: … and 1950 more problems in this file", `one.jsonl:1: z: annotation 0 (NAME 0-1): unknown type "NAME"`,
		"2 files, 2001 documents, 2001 problems"}
	if r.code != exitPartial || len(lines) != 50+len(want) {
		t.Fatalf("exit %d, %d lines:\n%s", r.code, len(lines), r.stdout)
	}
	for i, w := range want {
		if got := lines[50+i]; !strings.Contains(got, w) {
			t.Errorf("line %d = %q, want %q", 51+i, got, w)
		}
	}
}

// TestEvalCountsGoldProblems: the line that ends a run on bad gold
// counts problems, and the files they are in; before, it counted the
// errors the reader yielded (one per brat file, whatever it held).
func TestEvalCountsGoldProblems(t *testing.T) {
	docs, _ := fixtures(t)
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	write(t, pred, jsonl(t, same, goldA, goldB))
	text := "Joe Biden said on Monday."
	var many strings.Builder
	for range 300 {
		many.WriteString("junk\n")
	}
	cases := []struct {
		name   string
		format string
		files  map[string]string
		want   []string
	}{
		{"brat, four problems in one file", "brat", map[string]string{"d1.txt": text,
			"d1.ann": "T1\tOFFICIAL 0 x\tJoe Biden\nT2\tDATE 18\tMonday\nbad line\nR1\tSpeaker\n"},
			[]string{"d1.ann:1: textbound T1", "d1.ann:2: textbound T2", "d1.ann:3: not a brat annotation line", "d1.ann:4: relation R1",
				"4 problems in 1 file of the gold"}},
		{"brat, 300 problems", "brat", map[string]string{"d1.txt": text, "d1.ann": many.String()},
			[]string{"d1.ann: … and 250 more problems in this file", "300 problems in 1 file of the gold"}},
		{"json, two files", "json", map[string]string{
			"a.json": strings.Replace(strings.Replace(goldA, `"Scholz"`, `"Scholtz"`, 1), `"2022-01-24"}`, `"2022-02-30"}`, 1),
			"b.json": strings.Replace(goldB, `"approx"`, `"roughly"`, 1)},
			[]string{`a.json:3: a: annotation 1 (OFFICIAL 27-33): text "Scholtz"`, `a.json:4: a: annotation 2 (DATE 37-43): DATE value "2022-02-30"`,
				`b.json:2: b: annotation 0 (TROOPS 0-18): TROOPS mod "roughly"`, "3 problems in 2 files of the gold"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			gold := t.TempDir()
			for name, content := range c.files {
				write(t, filepath.Join(gold, name), content)
			}
			r := runArgs(t, "", "eval", "--gold-format", c.format, "--gold", gold, "--docs", docs, "--pred", pred)
			if r.code != exitFatal {
				t.Fatalf("exit %d\n%s", r.code, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stderr, w) {
					t.Errorf("stderr lacks %q:\n%s", w, r.stderr)
				}
			}
		})
	}
}
