package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// TestStderrFloodCapped: thousands of bad records print at most
// maxPerKind messages of a kind and one line with the number left out,
// in every command that reads records; the counts stay whole. Before,
// each bad line printed one line of stderr (red team 3 L8: 3.2 million
// lines in 10 s from an endless stream).
func TestStderrFloodCapped(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	const n = 3000
	var b strings.Builder
	b.WriteString(jsonl(t, same, goldA, goldB))
	for i := range n {
		fmt.Fprintf(&b, "text %d\n", i) // what `yes text` sends
	}
	bad := filepath.Join(dir, "bad.jsonl")
	write(t, bad, b.String())
	docsBad := filepath.Join(dir, "docs.jsonl")
	write(t, docsBad, `{"id":"a","text":"x"}`+"\n"+strings.Repeat("junk\n", n))
	hidden := fmt.Sprintf("… and %d more messages of this kind not shown (%d in all): ", n-maxPerKind, n)
	cases := []struct {
		name  string
		stdin string
		args  []string
		also  string
	}{
		{"annotate stdin", `{"id":"ok","text":"Biden spoke."}` + "\n" + strings.Repeat("text\n", n), []string{"annotate", "-", "-o", filepath.Join(dir, "out.jsonl")},
			fmt.Sprintf("%d failed (%d malformed JSON)", n, n)},
		{"eval --pred", "", []string{"eval", "--gold", gold, "--pred", bad}, fmt.Sprintf("%d unreadable prediction inputs", n)},
		{"eval --docs", "", []string{"eval", "--gold", gold, "--pred", bad, "--docs", docsBad}, ""},
		{"export", "", []string{"export", "--format", "csv", bad, "-o", filepath.Join(dir, "out.csv")}, ""},
		{"render", "", []string{"render", "--pred", bad, "--docs", docs, "-o", filepath.Join(dir, "out.html")}, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runArgs(t, c.stdin, c.args...)
			lines := strings.Count(r.stderr, "\n")
			if lines > 4*maxPerKind || !strings.Contains(r.stderr, hidden) || !strings.Contains(r.stderr, c.also) {
				t.Errorf("exit %d, %d lines of stderr; want at most %d with %q and %q; the last ones:\n%s",
					r.code, lines, 4*maxPerKind, hidden, c.also, lastLines(r.stderr, 6))
			}
		})
	}
}

func lastLines(s string, n int) string {
	l := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(l[max(0, len(l)-n):], "\n")
}
