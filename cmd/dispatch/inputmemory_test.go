package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
)

// denseText is about n bytes of text with an annotation every 15 bytes
// or so (troop counts, officials, dates, quotes): the red team's "mix",
// whose annotation file is 9 times its text.
func denseText(n int) string {
	parts := []string{`"Up to 8,500 troops," `, "said ", "Lloyd Austin ", "Blinkens ", "on Monday ", "“", "Gen. ", "the spokesman added ", ". "}
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(parts[r.IntN(len(parts))])
	}
	return b.String()
}

// peakOf runs the binary in dir and returns its peak resident memory.
func peakOf(t *testing.T, dir string, args ...string) int64 {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitPartial {
			t.Fatalf("%s: %v:\n%.2000s", strings.Join(args, " "), err, out)
		}
	}
	return cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss << 10 // KiB on Linux
}

// checkPeak fails the test when peak is over the estimate est. The peak
// measured is an upper bound: a child started by vfork inherits the peak
// of the test process (Linux keeps it across exec), which other tests of
// the package running alongside can raise; a peak over est that is no
// more than this process's own says nothing, and skips.
func checkPeak(t *testing.T, peak, est int64) {
	t.Helper()
	if peak <= est {
		return
	}
	var self syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	if own := self.Maxrss << 10; peak <= own {
		t.Skipf("the child's peak %d MB is no more than this test process's %d MB: not its own", peak>>20, own>>20)
	}
	t.Errorf("peak resident memory %d MB is over the estimate %d MB", peak>>20, est>>20)
}

// TestInputMemoryEstimateCoversPeak: render, export conll and eval take
// no more memory than their estimate (the process base and so many bytes
// per byte of input), which --memory is checked against, on the inputs
// that need the most: one document dense with annotations and thousands
// of one-line documents. Before there was no bound (red team 6, 12a: one
// 6.4 MB document, 1.6 GB in render).
func TestInputMemoryEstimateCoversPeak(t *testing.T) {
	if testing.Short() {
		t.Skip("a 600 KB dense document: skipped in -short mode")
	}
	if binary == "" {
		t.Fatal(buildErr)
	}
	var self syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	dir := t.TempDir()
	write(t, filepath.Join(dir, "dense", "d.txt"), denseText(600<<10))
	var many strings.Builder
	for i := range 5000 {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint("m", i), "text": "Lloyd Austin said on Monday that up to 8,500 troops were ready."})
		many.Write(rec)
		many.WriteByte('\n')
	}
	write(t, filepath.Join(dir, "many", "m.jsonl"), many.String())
	// the least JSON per annotation: a two-letter DATE every 3 bytes of
	// text, nothing but what a reader requires (55 bytes each)
	var minimal strings.Builder
	minimal.WriteString(`{"id":"d","annotations":[`)
	for i := range 60000 {
		if i > 0 {
			minimal.WriteByte(',')
		}
		fmt.Fprintf(&minimal, `{"type":"DATE","start":%d,"end":%d,"text":"ab","value":""}`, 3*i, 3*i+2)
	}
	minimal.WriteString("]}\n")
	write(t, filepath.Join(dir, "minimal", "d.txt"), strings.Repeat("ab ", 60000))
	write(t, filepath.Join(dir, "minimal.jsonl"), minimal.String())
	for _, in := range []string{"dense", "many", "minimal"} {
		if in != "minimal" {
			if peak := peakOf(t, dir, "annotate", "-q", "--date", "2022-02-13", in, "-o", in+".jsonl"); peak > 0 {
				t.Logf("annotate %s: peak %d MB", in, peak>>20)
			}
		}
		size := func(paths ...string) int64 {
			var n int64
			for _, p := range paths {
				n += inputSize(filepath.Join(dir, p), nil)
			}
			return n
		}
		for _, tc := range []struct {
			name    string
			perByte int64
			bytes   int64
			args    []string
		}{
			{"render", renderMemoryPerByte, size(in+".jsonl", in),
				[]string{"render", "--pred", in + ".jsonl", "--docs", in, "-o", in + ".html"}},
			{"render --split", renderMemoryPerByte, size(in+".jsonl", in),
				[]string{"render", "--pred", in + ".jsonl", "--docs", in, "--split", in + "-view"}},
			{"export conll", exportMemoryPerByte, size(in+".jsonl", in),
				[]string{"export", "--format", "conll", in + ".jsonl", "--docs", in, "-o", in + ".conll"}},
			{"eval --errors", evalMemoryPerByte, size(in+".jsonl", in+".jsonl", in),
				[]string{"eval", "--gold", in + ".jsonl", "--pred", in + ".jsonl", "--docs", in, "--errors"}},
			{"export brat", exportMemoryPerByte, size(in+".jsonl", in),
				[]string{"export", "--format", "brat", in + ".jsonl", "--docs", in, "-o", in + "-brat"}},
		} {
			t.Run(in+"/"+tc.name, func(t *testing.T) {
				est := inputMemoryBase + tc.perByte*tc.bytes
				// the child's maxrss includes this process's, when larger
				if self.Maxrss<<10 >= est {
					t.Skipf("the test process peaked at %d MB, over the bound it would check", self.Maxrss>>10)
				}
				peak := peakOf(t, dir, tc.args...)
				t.Logf("inputs %d KB: peak %d MB (%.1f bytes per byte beyond the base), estimate %d MB",
					tc.bytes>>10, peak>>20, float64(peak-inputMemoryBase)/float64(tc.bytes), est>>20)
				checkPeak(t, peak, est)
			})
		}
	}
	// render FILE.txt annotates the text: its two counts (before reading,
	// by bytes and quotation marks; after annotating, by the annotations
	// made) must cover the peak on the densest texts: a quote with a
	// speaker every 14 to 19 bytes (red team 8, 2a), an official every 8
	// bytes, dates, troops and officials, and the test's mixed text
	for name, unit := range map[string]string{
		"colon":    `Austin: "No." `,
		"said":     `Austin said "No." `,
		"after":    `"No," Austin said. `,
		"names":    `Austin, `,
		"quotes":   `"We will not back down," Lloyd Austin said on Monday. Up to 8,500 troops were put on alert. `,
		"counts":   "On Monday 8,500 troops and on Tuesday 3,000 soldiers arrived; Lloyd Austin met Antony Blinken on March 3. ",
		"mixed":    denseText(600 << 10),
		"bare":     `"a" `,
		"sentence": `Gen. Mark Milley, Lloyd Austin and Antony Blinken said "Go." `,
	} {
		t.Run("render annotating "+name, func(t *testing.T) {
			path := filepath.Join(dir, name+".txt")
			write(t, path, strings.Repeat(unit, max(1, (600<<10)/len(unit))))
			mem, err := planInputMemoryOf("test", "1EiB", renderMemoryPerByte, []string{path}, nil)
			if err != nil {
				t.Fatal(err)
			}
			before := mem.estimate
			peakOf(t, dir, "annotate", "-q", name+".txt", "-o", name+".jsonl")
			// counted from the one record's JSON as it streams by: decoded
			// here, the annotations would raise this process's peak,
			// which its children inherit
			all, speakers := countAnnotationsJSON(t, filepath.Join(dir, name+".jsonl"))
			most := all
			if err := mem.viewMemory("test", all, most, speakers); err != nil {
				t.Fatal(err)
			}
			est := mem.estimate
			if self.Maxrss<<10 >= est {
				t.Skipf("the test process peaked at %d MB, over the bound it would check", self.Maxrss>>10)
			}
			peak := peakOf(t, dir, "render", name+".txt", "-o", name+".html")
			t.Logf("%d KB, %d annotations: peak %d MB (%.1f bytes per byte beyond the base), estimate %d MB before reading, %d MB after annotating",
				mem.text>>10, all, peak>>20, float64(peak-inputMemoryBase)/float64(mem.text), before>>20, est>>20)
			checkPeak(t, peak, est)
		})
	}
}

// countAnnotationsJSON counts the annotations in the compact JSON Lines
// that annotate writes, and the quotes with a speaker, a block at a time.
func countAnnotationsJSON(t *testing.T, path string) (all, speakers int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	const keep = 16 // longer than any pattern: a match cut by a block's end is counted in the next
	buf := make([]byte, 1<<20)
	held := 0
	for {
		n, err := f.Read(buf[held:])
		end := held + n
		scan := end
		if err == nil {
			scan = max(0, end-keep)
		}
		b := buf[:end]
		all += countBefore(b, `{"type":"`, scan)
		speakers += countBefore(b, `"speaker":"`, scan) - countBefore(b, `"speaker":""`, scan)
		held = copy(buf, buf[scan:end])
		if err != nil {
			return all, speakers
		}
	}
}

// countBefore counts the occurrences of pat in b that start before end.
func countBefore(b []byte, pat string, end int) int {
	n := 0
	for from := 0; from < end; {
		i := bytes.Index(b[from:], []byte(pat))
		if i < 0 || from+i >= end {
			break
		}
		n++
		from += i + 1
	}
	return n
}

// TestViewMemoryRefused: render FILE.txt whose annotations turn out to
// need more than --memory stops after annotating, exit 2, nothing
// written (its first count, by bytes and quotation marks, let it in).
func TestViewMemoryRefused(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"names.txt": strings.Repeat("Austin, ", (200<<10)/8),
		"out":       "KEEP",
	})
	r := cli(t, dir, "", "render", "names.txt", "-o", "out", "--memory", "48MiB")
	if r.code != exitFatal || !strings.Contains(r.stderr, "showing the 25600 annotations made (25600 in one document) may need") ||
		!strings.Contains(r.stderr, "nothing written") || strings.Contains(r.stderr, "dispatch render: dispatch") {
		t.Errorf("exit %d, stderr:\n%s", r.code, r.stderr)
	}
	if got := readFile(t, filepath.Join(dir, "out")); got != "KEEP" {
		t.Errorf("out changed")
	}
}

// TestCountQuoteMarks: the marks are counted across the blocks the
// reader returns, one byte at a time as well as whole.
func TestCountQuoteMarks(t *testing.T) {
	text := `"a" “b” ‘c’ «d» x"` + strings.Repeat("é“", 1000)
	want := int64(1 + 1 + 2 + 1 + 2 + 1 + 1000)
	for _, r := range []io.Reader{strings.NewReader(text), iotest.OneByteReader(strings.NewReader(text)), iotest.HalfReader(strings.NewReader(text))} {
		if n, err := countQuoteMarks(r); n != want || err != nil {
			t.Errorf("%d, %v; want %d", n, err, want)
		}
	}
}

// TestInputMemoryRefused: inputs estimated to need more than --memory
// are refused before anything is read or written, exit 2, with the sizes
// and what to do; a bad --memory is a usage error.
func TestInputMemoryRefused(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"docs/a.txt": strings.Repeat("Secretary Blinken said on Monday. ", 1000),
		"a.jsonl":    `{"id":"a","annotations":[]}` + "\n",
		"out":        "KEEP",
	})
	for _, args := range [][]string{
		{"render", "docs", "-o", "out", "--memory", "1MB"},
		{"render", "--pred", "a.jsonl", "--docs", "docs", "--split", "view", "--memory", "1MB"},
		{"export", "--format", "conll", "a.jsonl", "--docs", "docs", "-o", "out", "--memory", "1MB"},
		{"eval", "--gold", "a.jsonl", "--pred", "a.jsonl", "--docs", "docs", "--memory", "1MB"},
	} {
		r := cli(t, dir, "", args...)
		if r.code != exitFatal || !strings.Contains(r.stderr, "may need") || !strings.Contains(r.stderr, "more than 976.6 KiB (--memory 1MB): nothing read") {
			t.Errorf("%s: exit %d, stderr:\n%s", strings.Join(args, " "), r.code, r.stderr)
		}
		if got := readFile(t, filepath.Join(dir, "out")); got != "KEEP" {
			t.Errorf("%s: out changed", strings.Join(args, " "))
		}
		if _, err := os.Stat(filepath.Join(dir, "view")); err == nil {
			t.Errorf("%s: the view was written", strings.Join(args, " "))
		}
		bad := append(args[:len(args)-1:len(args)-1], "lots")
		if r := cli(t, dir, "", bad...); r.code != exitFatal || !strings.Contains(r.stderr, `--memory "lots"`) {
			t.Errorf("%s: exit %d, stderr:\n%s", strings.Join(bad, " "), r.code, r.stderr)
		}
	}
}

// TestRenderJSONLinesEstimateCoversPeak: render of JSON Lines that it
// annotates is counted by the quotation marks of the texts as decoded
// (jsonTextMarks), not of the JSON; its two counts still cover the peak on
// the densest texts, in one record and in many small ones.
func TestRenderJSONLinesEstimateCoversPeak(t *testing.T) {
	if testing.Short() {
		t.Skip("600 KB dense documents: skipped in -short mode")
	}
	if binary == "" {
		t.Fatal(buildErr)
	}
	var self syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &self)
	dir := t.TempDir()
	for _, tc := range []struct {
		name, unit string
		perRecord  int // units per record, 0: one record
	}{
		{"colon", `Austin: "No." `, 0},
		{"colon-records", `Austin: "No." `, 12},
		{"said-records", `Austin said "No." `, 3},
		{"mixed", denseText(600 << 10), 0},
		{"bare-records", `"a" `, 50},
	} {
		t.Run(tc.name, func(t *testing.T) {
			units := max(1, (600<<10)/len(tc.unit))
			per := tc.perRecord
			if per == 0 {
				per = units
			}
			var b strings.Builder
			for i := 0; i < units; i += per {
				rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint("r", i), "date": "2022-02-13", "text": strings.Repeat(tc.unit, min(per, units-i))})
				b.Write(rec)
				b.WriteByte('\n')
			}
			path := filepath.Join(dir, tc.name+".jsonl")
			write(t, path, b.String())
			mem, err := planInputMemoryOf("test", "1EiB", renderMemoryPerByte, []string{path}, nil)
			if err != nil {
				t.Fatal(err)
			}
			before := mem.estimate
			peakOf(t, dir, "annotate", "-q", tc.name+".jsonl", "-o", tc.name+"-out.jsonl")
			all, most, speakers := countAnnotationsByRecord(t, filepath.Join(dir, tc.name+"-out.jsonl"))
			if err := mem.viewMemory("test", all, most, speakers); err != nil {
				t.Fatal(err)
			}
			est := mem.estimate
			if self.Maxrss<<10 >= est {
				t.Skipf("the test process peaked at %d MB, over the bound it would check", self.Maxrss>>10)
			}
			peak := peakOf(t, dir, "render", tc.name+".jsonl", "-o", tc.name+".html")
			t.Logf("%d KB, %d annotations (%d in one record): peak %d MB, estimate %d MB before reading, %d MB after annotating",
				mem.text>>10, all, most, peak>>20, before>>20, est>>20)
			checkPeak(t, peak, est)
		})
	}
}

// countAnnotationsByRecord counts the annotations in the compact JSON
// Lines that annotate writes, as annotationCounts does: all, the most in
// one record and that record's quotes with a speaker.
func countAnnotationsByRecord(t *testing.T, path string) (all, most, speakers int) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64<<10), 256<<20)
	for sc.Scan() {
		line := sc.Bytes()
		n := bytes.Count(line, []byte(`{"type":"`))
		s := bytes.Count(line, []byte(`"speaker":"`)) - bytes.Count(line, []byte(`"speaker":""`))
		all += n
		if n > most || n == most && s > speakers {
			most, speakers = n, s
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return all, most, speakers
}
