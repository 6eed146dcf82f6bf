package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// The bench command is checked for its shape only: CI never times anything.

func TestBenchJSON(t *testing.T) {
	docs := fixtures(t)
	r := runArgs(t, "", "--json", "--runs", "1", "--min-mb", "0.001", "--prose-mb", "0.00001", docs)
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	var rep benchReport
	if err := json.Unmarshal([]byte(r.stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if rep.DistinctDocs != 2 || rep.Docs < 2 {
		t.Errorf("documents: %d distinct, %d in all", rep.DistinctDocs, rep.Docs)
	}
	var names []string
	for _, res := range rep.Results {
		names = append(names, res.Name)
		if len(res.Seconds) != 1 || res.Tokens == 0 || res.Bytes == 0 {
			t.Errorf("%s: %+v", res.Name, res)
		}
	}
	if want := "dispatch dispatch prose v2"; strings.Join(names, " ") != want && rep.CPUs > 1 {
		t.Errorf("runs %q, want %q", names, want)
	}
	if rep.FirstDocMS <= 0 {
		t.Errorf("first document out not measured: %v", rep.FirstDocMS)
	}
}

func TestBenchTable(t *testing.T) {
	docs := fixtures(t)
	r := runArgs(t, "", "--runs", "1", "--min-mb", "0", "--prose-mb", "0", "--workers", "2", docs)
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	for _, want := range []string{"docs/s", "MB/s", "tokens/s", "× 1 worker", "first document out:", "peak memory:"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("output lacks %q:\n%s", want, r.stdout)
		}
	}
}

func TestBenchUsage(t *testing.T) {
	r := runArgs(t, "", "--help")
	for _, flag := range []string{"-workers", "-runs", "-min-mb", "-prose-mb", "-json"} {
		if !strings.Contains(r.stderr, flag) {
			t.Errorf("--help does not document %s", flag)
		}
	}
	if r := runArgs(t, "", "--runs", "0", filepath.Join(t.TempDir(), "none")); r.code != exitFatal {
		t.Errorf("--runs 0: exit %d, want %d", r.code, exitFatal)
	}
	if r := runArgs(t, "", "--prose-mb", "0", "--min-mb", "0", filepath.Join(t.TempDir(), "none")); r.code != exitFatal {
		t.Errorf("missing input: exit %d, want %d", r.code, exitFatal)
	}
}

func TestRepeatDocs(t *testing.T) {
	base := []corpus.Document{{ID: "a", Text: "aaaa"}, {ID: "b", Text: "bb"}}
	got := repeatDocs(base, 13)
	ids := map[string]bool{}
	n := 0
	for _, d := range got {
		if ids[d.ID] {
			t.Errorf("id %q twice", d.ID)
		}
		ids[d.ID] = true
		n += len(d.Text)
	}
	if n < 13 || n-len(got[len(got)-1].Text) >= 13 {
		t.Errorf("%d documents, %d bytes: want just past 13", len(got), n)
	}
	if k := prefixOf(got, 5); k != 2 {
		t.Errorf("prefixOf(5) = %d, want 2", k)
	}
	if m := median([]float64{3, 1, 2}); m != 2 {
		t.Errorf("median = %v", m)
	}
}

func TestBenchProcessFlags(t *testing.T) {
	docs := fixtures(t)
	for _, args := range [][]string{
		{"--dispatch-bin", "/bin/true", docs},
		{"--peer-bin", "/bin/true", docs},
		{"--in-process=false", docs},
		{"--process-runs", "0", docs},
	} {
		if r := runArgs(t, "", args...); r.code != exitFatal {
			t.Errorf("%q: exit %d, want %d", args, r.code, exitFatal)
		}
	}
}

func TestBenchProcesses(t *testing.T) {
	if _, err := os.Stat("/bin/true"); err != nil {
		t.Skip("no /bin/true")
	}
	docs := fixtures(t)
	r := runArgs(t, "", "--json", "--in-process=false", "--process-runs", "2", "--dispatch-bin", "/bin/true", "--peer-bin", "/bin/true", docs)
	if r.code != exitOK {
		t.Fatalf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	var pb processBench
	if err := json.Unmarshal([]byte(r.stdout), &pb); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if pb.Runs != 2 || len(pb.Dispatch.Wall) != 2 || len(pb.Peer.Wall) != 2 || len(pb.RatiosWall) != 2 {
		t.Errorf("runs: %+v", pb)
	}
}
