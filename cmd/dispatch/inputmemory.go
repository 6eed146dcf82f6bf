package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
)

// The commands that hold their inputs whole (render, export, eval) have
// a memory budget too (--memory, as annotate): before reading anything
// they add up the sizes of their input files and refuse, exit 2, inputs
// whose estimated peak is more than the budget, instead of being killed
// for memory half-way (red team 6, 12a: one 6.4 MB document took 1.6 GB
// in render, 1 GB in export conll and eval, with no bound). While they
// run, the collector's soft memory limit is the estimate, so that the
// peak stays near what the inputs need rather than twice that.

// Peak resident memory per byte of input (documents and annotation
// files together), the process's base aside, measured on the kinds that
// need the most (TestInputMemoryEstimateCoversPeak): a document with an
// annotation every 15 bytes (its annotation file 9 times its text) and
// tens of thousands of one-line documents. They hold the annotations
// decoded (about 9 bytes per byte of JSON), render also one document's
// markup at a time, export conll its tokens, eval the pairs and
// mistakes.
const (
	renderMemoryPerByte = 28
	// renderAnnotateMemoryPerByte is render's figure for the articles it
	// annotates itself (render FILE.txt): annotating (extract.MemoryPerByte
	// and more per quotation mark) and the view's markup per annotation.
	// Peak resident memory per byte of text at 1.5 MB, base included:
	// quote-dense text (`"x," Lloyd Austin said on Monday. Up to 8,500
	// troops ...`) 87, text dense with dates, troops and officials and
	// no quotes 102, plain prose 20; beyond the base at 600 KB: 79, 94
	// and 108 for the test's mixed dense text (red team 7, 2a: the 28
	// used before let a 6 MB quote-dense text take 478 MB under --memory
	// 250MB). 140 covers them with a margin of 30%: an upper bound for
	// dense text, not a prediction (prose takes a seventh of it).
	// TestInputMemoryEstimateCoversPeak checks it.
	renderAnnotateMemoryPerByte = 140
	exportMemoryPerByte         = 20
	evalMemoryPerByte           = 16
	// compressedExpansion is what a byte of a .gz or .zst file is
	// counted as: its text is read expanded.
	compressedExpansion = 8
	// inputMemoryBase is the process's own memory, inputs aside.
	inputMemoryBase = 32 << 20
)

// inputMemory is the memory budget of a run that holds its inputs.
type inputMemory struct {
	bytes    int64 // the inputs' size, expanded
	estimate int64 // the peak expected
	budget   int64
	about    string // what the budget is, for messages
	lowered  string // a warning: --memory was lowered to the machine's
}

// inputMemory is planInputMemory for the subcommand sub ("eval",
// "export") with its messages: a lowered --memory is warned about; a
// refusal or a bad --memory is printed and its exit code returned with a
// nil plan.
func (e *env) inputMemory(sub, flag string, perByte int64, inputs ...[]string) (*inputMemory, int) {
	mem, err := planInputMemory("dispatch "+sub, flag, perByte, e.stdin, inputs...)
	if err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(e.stderr, "dispatch %s: %v\n", sub, ue.err)
			fmt.Fprintf(e.stderr, "Run 'dispatch %s --help' for usage.\n", sub)
		} else {
			fmt.Fprintf(e.stderr, "%v\n", err)
		}
		return nil, exitFatal
	}
	if mem.lowered != "" {
		fmt.Fprintf(e.stderr, "dispatch %s: warning: %s\n", sub, mem.lowered)
	}
	return mem, 0
}

// planInputMemory reads --memory (flag) against the machine's memory and
// the sizes of the input files (folders walked as their readers walk
// them; standard input counted when it is a file). perByte is the
// command's memory per byte of input. It refuses inputs whose estimate is
// over the budget.
func planInputMemory(cmd, flag string, perByte int64, stdin io.Reader, inputs ...[]string) (*inputMemory, error) {
	return planInputMemoryOf(cmd, flag, perByte, 0, nil, stdin, inputs...)
}

// planInputMemoryOf is planInputMemory where the inputs annotated are
// counted at annotatedPerByte instead (render FILE.txt annotates them).
func planInputMemoryOf(cmd, flag string, perByte, annotatedPerByte int64, annotated []string, stdin io.Reader, inputs ...[]string) (*inputMemory, error) {
	limit, source := machineMemory()
	m := &inputMemory{}
	switch strings.ToLower(strings.TrimSpace(flag)) {
	case "auto":
		m.budget, m.about = limit, "the "+source
		if limit <= 0 {
			m.budget, m.about = defaultUnknownBudget, "the default for a machine whose memory is unknown"
		}
	default:
		v, lowered, err := memoryFlagSize(flag, limit, source)
		if err != nil {
			return nil, err
		}
		m.budget, m.about, m.lowered = v, "--memory "+flag, lowered
		if lowered != "" {
			m.about = "the " + source
		}
	}
	for _, in := range inputs {
		for _, p := range in {
			m.bytes += inputSize(p, stdin)
		}
	}
	m.estimate = inputMemoryBase + perByte*m.bytes
	rate := fmt.Sprintf("%d bytes per byte", perByte)
	if len(annotated) > 0 {
		var n int64
		for _, p := range annotated {
			n += inputSize(p, stdin)
		}
		m.bytes += n
		m.estimate += annotatedPerByte * n
		rate = fmt.Sprintf("%d bytes per byte of text to annotate, %d of the rest", annotatedPerByte, perByte)
	}
	if m.estimate > m.budget {
		return nil, fmt.Errorf("%s: the inputs (%s) may need %s of memory (%s), more than %s (%s): nothing read; split them, or give a larger --memory on a machine that has it",
			cmd, formatBytes(m.bytes), formatBytes(m.estimate), rate, formatBytes(m.budget), m.about)
	}
	return m, nil
}

// softLimit sets the collector's soft memory limit to the estimate
// (unless GOMEMLIMIT is set) and returns the function that puts the
// previous one back.
func (m *inputMemory) softLimit() (restore func()) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return func() {}
	}
	prev := debug.SetMemoryLimit(m.estimate)
	return func() { debug.SetMemoryLimit(prev) }
}

// inputSize is the size of the input p: a file, the files of a folder
// that a reader would read, standard input ("-") when it is a regular
// file. What cannot be read counts 0 (the reader reports it).
func inputSize(p string, stdin io.Reader) int64 {
	if p == "-" {
		if f, ok := stdin.(*os.File); ok {
			if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
				return info.Size()
			}
		}
		return 0
	}
	info, err := os.Stat(p)
	if err != nil {
		return 0
	}
	if !info.IsDir() {
		return fileSize(p, info)
	}
	var n int64
	walkReadable(p, func(path string, _ fs.DirEntry) error {
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() {
			n += fileSize(path, info)
		}
		return nil
	})
	return n
}

// fileSize is the size a regular file counts for: compressed ones
// expanded.
func fileSize(path string, info os.FileInfo) int64 {
	if !info.Mode().IsRegular() {
		return 0
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".gz", ".zst":
		return compressedExpansion * info.Size()
	}
	return info.Size()
}
