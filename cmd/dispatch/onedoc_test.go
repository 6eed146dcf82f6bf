package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestOneDocumentOfManyAnnotations: eval, validate and render --gold on
// one document of 200,000 DATE annotations (gold, and predictions
// shifted by one character), ten times the size redteam14 timed at
// 0.65 s when each gold annotation's line was counted from the file's
// start (F1, F2: 139 s at 200,000). Each command ends with its report;
// a generous deadline guards against a hang, no time is asserted.
func TestOneDocumentOfManyAnnotations(t *testing.T) {
	if testing.Short() {
		t.Skip("200,000 annotations: skipped with -short")
	}
	const n = 200_000
	dir := t.TempDir()
	var gold, pred bytes.Buffer
	gold.WriteString(`{"id":"big","date":"2022-01-24","annotations":[`)
	pred.WriteString(`{"id":"big","date":"2022-01-24","annotations":[`)
	for i := range n {
		if i > 0 {
			gold.WriteString(",\n") // pretty: one annotation a line
			pred.WriteString(",")
		}
		fmt.Fprintf(&gold, `{"type":"DATE","start":%d,"end":%d,"text":"Monday","value":"2022-01-24"}`, 7*i, 7*i+6)
		fmt.Fprintf(&pred, `{"type":"DATE","start":%d,"end":%d,"text":"onday","value":"2022-01-24"}`, 7*i+1, 7*i+6)
	}
	gold.WriteString("]}\n")
	pred.WriteString("]}\n")
	text, err := json.Marshal(strings.Repeat("Monday ", n))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "gold", "big.json"), gold.String())
	write(t, filepath.Join(dir, "pred.jsonl"), pred.String())
	write(t, filepath.Join(dir, "docs.jsonl"), `{"id":"big","date":"2022-01-24","text":`+string(text)+"}\n")
	g, p, d := filepath.Join(dir, "gold"), filepath.Join(dir, "pred.jsonl"), filepath.Join(dir, "docs.jsonl")

	guard := time.AfterFunc(10*time.Minute, func() { panic("one document of 200,000 annotations: not done in 10 minutes") })
	defer guard.Stop()
	for _, tc := range []struct {
		name string
		args []string
		want string // in standard output
	}{
		{"eval", []string{"eval", "--gold", g, "--pred", p, "--docs", d, "--bootstrap", "0"}, "DATE  200000  200000"},
		{"validate", []string{"validate", "--docs", d, g}, "1 files, 1 documents, 0 problems"},
		{"render --gold", []string{"render", "--gold", g, "--pred", p, "--docs", d, "-o", filepath.Join(dir, "view.html")}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(t, "", tc.args...)
			if r.code != exitOK || !strings.Contains(r.stdout, tc.want) {
				t.Errorf("exit %d, stdout lacks %q:\n%.2000s\n%.2000s", r.code, tc.want, r.stdout, r.stderr)
			}
		})
	}
}
