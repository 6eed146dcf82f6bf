package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
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
	// render FILE.txt annotates the articles itself; what it takes then
	// is counted twice. Before anything is read, from the text: its bytes
	// at renderTextMemoryPerByte (annotating and a view of ordinary
	// density) and its quotation marks, counted in a pass over the files,
	// at renderMemoryPerQuoteMark (a quote, its speaker mention and
	// usually an official: the view's markup and data of each, and
	// annotate's own 192). After annotating, from the annotations made
	// (viewMemory): the text at renderHeldTextPerByte, every annotation
	// at renderHeldPerAnnotation (held until the end, with its share of
	// the summary), and the markup of the document with the most at
	// renderViewPerAnnotation and renderViewPerSpeaker each. A run whose
	// second count is over --memory stops there, nothing written. Red
	// team 8, 2a: a flat 140 per byte of text let `Austin: "No." `
	// repeated (a quote every 14 bytes, 253 bytes per byte) take 1,988
	// MiB under --memory 1150MiB, and `Austin, ` repeated takes 200
	// without a quotation mark. TestInputMemoryEstimateCoversPeak
	// checks both counts on the densest texts we could make.
	renderTextMemoryPerByte  = 60
	renderMemoryPerQuoteMark = 1200
	renderHeldTextPerByte    = 16
	renderHeldPerAnnotation  = 400
	renderViewPerAnnotation  = 1000
	renderViewPerSpeaker     = 1000
	exportMemoryPerByte      = 20
	evalMemoryPerByte        = 16
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
	// Of render FILE.txt: the estimate of the inputs not annotated, and
	// the bytes of text annotated (viewMemory).
	rest, text int64
	limited    bool  // softLimit set the collector's limit
	perByte    int64 // the command's memory per byte of input
	stdin      *boundedStdin
	// spare is what the budget leaves for standard input and compressed
	// files past their counted size (spareLeft, take), set on first use
	spare    int64
	spareSet bool
	overErr  error // a compressed file read past the budget (boundContext)
}

// spareLeft is what the budget leaves, in bytes of input, once the
// inputs of known size are counted and what take took: what standard
// input (counted 0 when a pipe) and compressed files past their counted
// expansion may still take, together.
func (m *inputMemory) spareLeft() int64 {
	if !m.spareSet {
		m.spareSet = true
		if m.perByte > 0 && m.budget > m.estimate {
			m.spare = (m.budget - m.estimate) / m.perByte
		}
	}
	return m.spare
}

// take takes n bytes of input from the spare bytes (spareLeft) and
// reports whether they held them.
func (m *inputMemory) take(n int64) bool {
	m.spare = m.spareLeft() - n
	return m.spare >= 0
}

// boundStdin returns stdin bounded to what the budget leaves once the
// inputs of known size are counted, when it is not a regular file (a
// pipe, a terminal: its size was counted as 0). Past the bound a read
// fails naming standard input and the budget; over reports it after
// (red team 16, 4: an endless pipe grew eval past 590 MB under --memory
// 200MB).
func (m *inputMemory) boundStdin(stdin io.Reader) io.Reader {
	if stdin == nil {
		stdin = os.Stdin
	}
	if f, ok := stdin.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			return stdin // counted by its size
		}
	}
	m.stdin = &boundedStdin{r: stdin, m: m}
	return m.stdin
}

// boundContext returns ctx with a check of what compressed files expand
// to as they are read (corpus.WithExpandCheck): each was counted at
// compressedExpansion times its size; what one expands to beyond that
// is taken from the spare bytes (take, shared with standard
// input), and a read past them fails naming the file and the budget;
// over reports it after (red team 17, 2: a .gz bomb expanding 250 times
// took eval to 5.9 GB under --memory 1500MB).
func (m *inputMemory) boundContext(ctx context.Context) context.Context {
	return corpus.WithExpandCheck(ctx, func(file string, compressed int64) func(int) error {
		counted := compressedExpansion * compressed
		var read int64
		return func(n int) error {
			if m.overErr != nil {
				return m.overErr
			}
			before := read
			read += int64(n)
			if read <= counted {
				return nil
			}
			if !m.take(read - max(before, counted)) {
				m.overErr = fmt.Errorf("%s expands to more than %s when decompressed, which with the other inputs may need more than %s of memory at %d bytes per byte (%s): stopped there; give a larger --memory on a machine that has it, or split the input",
					file, formatBytes(read), formatBytes(m.budget), m.perByte, m.about)
				return m.overErr
			}
			return nil
		}
	})
}

// over returns the error of standard input or a compressed file read
// past its bound (the first), nil if none was.
func (m *inputMemory) over() error {
	if m.overErr != nil {
		return m.overErr
	}
	return m.stdin.errOver()
}

// boundedStdin is standard input read up to the spare bytes of m (see
// boundStdin).
type boundedStdin struct {
	r      io.Reader
	m      *inputMemory
	read   int64
	tooBig bool
}

func (b *boundedStdin) Read(p []byte) (int, error) {
	if b.tooBig {
		return 0, b.errOver()
	}
	left := b.m.spareLeft()
	if left <= 0 || b.m.overErr != nil {
		// one byte more tells a stream that ends here from a larger one
		var one [1]byte
		n, err := b.r.Read(one[:])
		if n > 0 {
			b.tooBig = true
			return 0, b.errOver()
		}
		return 0, err
	}
	if int64(len(p)) > left {
		p = p[:left]
	}
	n, err := b.r.Read(p)
	b.m.take(int64(n)) // no more than left
	b.read += int64(n)
	return n, err
}

// errOver is the error of a standard input past its bound, nil if not.
func (b *boundedStdin) errOver() error {
	if b == nil || !b.tooBig {
		return nil
	}
	return fmt.Errorf("standard input is larger than %s, which with the other inputs may need more than %s of memory at %d bytes per byte (%s): stopped there; give a larger --memory on a machine that has it, or split the input",
		formatBytes(b.read), formatBytes(b.m.budget), b.m.perByte, b.m.about)
}

// inputMemory is planInputMemory for the subcommand sub ("eval",
// "export") with its messages: a lowered --memory is warned about; a
// refusal or a bad --memory is printed and its exit code returned with a
// nil plan.
func (e *env) inputMemory(sub, flag string, perByte int64, inputs ...[]string) (*inputMemory, int) {
	return e.inputMemoryOf(sub, flag, perByte, nil, inputs...)
}

// inputMemoryOf is inputMemory for a command that also reads the files
// uncounted, whose memory is bounded otherwise (validate's annotation
// files: by their ids, as they are read); they are only named in a
// refusal.
func (e *env) inputMemoryOf(sub, flag string, perByte int64, uncounted []string, inputs ...[]string) (*inputMemory, int) {
	mem, err := planInputMemoryNamed("dispatch "+sub, flag, perByte, nil, uncounted, e.stdin, inputs...)
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
	return planInputMemoryOf(cmd, flag, perByte, nil, stdin, inputs...)
}

// planInputMemoryOf is planInputMemory where the inputs annotated are
// counted by their bytes and quotation marks instead (render FILE.txt
// annotates them; see renderTextMemoryPerByte).
func planInputMemoryOf(cmd, flag string, perByte int64, annotated []string, stdin io.Reader, inputs ...[]string) (*inputMemory, error) {
	return planInputMemoryNamed(cmd, flag, perByte, annotated, nil, stdin, inputs...)
}

// planInputMemoryNamed is planInputMemoryOf for a command that also reads
// the files uncounted (see inputMemoryOf).
func planInputMemoryNamed(cmd, flag string, perByte int64, annotated, uncounted []string, stdin io.Reader, inputs ...[]string) (*inputMemory, error) {
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
	stdinRead := false // standard input is one of the inputs
	for _, in := range inputs {
		for _, p := range in {
			m.bytes += inputSize(p, stdin)
			stdinRead = stdinRead || p == "-"
		}
	}
	m.perByte = perByte
	m.rest = inputMemoryBase + perByte*m.bytes
	m.estimate = m.rest
	rate := fmt.Sprintf("%d bytes per byte", perByte)
	if len(annotated) > 0 {
		var n, marks int64
		for _, p := range annotated {
			n += inputSize(p, stdin)
			marks += inputQuoteMarks(p, stdin)
			stdinRead = stdinRead || p == "-"
		}
		m.bytes += n
		m.text = n
		if slices.Contains(annotated, "-") {
			m.perByte = renderTextMemoryPerByte // articles on standard input
		}
		m.estimate += renderTextMemoryPerByte*n + renderMemoryPerQuoteMark*marks
		rate = fmt.Sprintf("%d bytes per byte of text to annotate and %d per quotation mark (%d of them), %d per byte of the rest",
			renderTextMemoryPerByte, renderMemoryPerQuoteMark, marks, perByte)
	}
	if m.estimate > m.budget {
		what := inputsPhrase(m.bytes, stdinRead, slices.Contains(uncounted, "-"), stdin)
		if n := uncountedSize(uncounted); n > 0 {
			// named with their real size, not as "the inputs (0 B)"
			// (red team 20, C)
			name, their := filesPhrase(uncounted)
			files := fmt.Sprintf("%s (%s, counted by %s ids as %s read)", name, formatBytes(n), their, map[string]string{"its": "it is", "their": "they are"}[their])
			if m.bytes == 0 && !stdinRead && !slices.Contains(uncounted, "-") {
				what = files
			} else {
				what += ", with " + files
			}
		}
		advice := "split them, or give a larger --memory on a machine that has it"
		if m.budget < inputMemoryBase {
			advice = fmt.Sprintf("a budget below the process's own %s is too small for any input: give --memory %dMiB or more",
				formatBytes(inputMemoryBase), inputMemoryBase>>20+1)
		}
		return nil, fmt.Errorf("%s: %s may need %s of memory (%s for the process itself, inputs aside, and %s), more than %s (%s): nothing read; %s",
			cmd, what, formatBytes(m.estimate), formatBytes(inputMemoryBase), rate, formatBytes(m.budget), m.about, advice)
	}
	return m, nil
}

// uncountedSize is the bytes of the files read uncounted (standard input
// aside: inputsPhrase names it).
func uncountedSize(paths []string) int64 {
	var n int64
	for _, p := range paths {
		if p != "-" {
			n += inputSize(p, nil)
		}
	}
	return n
}

// filesPhrase names the files read uncounted (validate's annotation
// files): the one, or how many, with the pronoun for them.
func filesPhrase(paths []string) (name, their string) {
	files := slices.DeleteFunc(slices.Clone(paths), func(p string) bool { return p == "-" })
	if len(files) == 1 {
		return files[0], "its"
	}
	return fmt.Sprintf("%d annotation files", len(files)), "their"
}

// viewMemory is render's second count for the articles it annotated
// itself (see renderTextMemoryPerByte): all annotates the annotations
// made, most the most that one document has (speakers: its quotes with a
// speaker). A need over the budget is an error; otherwise the estimate
// (and the collector's soft limit, when set) rises to it.
func (m *inputMemory) viewMemory(cmd string, all, most, speakers int) error {
	need := m.rest + renderHeldTextPerByte*m.text + renderHeldPerAnnotation*int64(all) +
		renderViewPerAnnotation*int64(most) + renderViewPerSpeaker*int64(speakers)
	if need <= m.estimate {
		return nil
	}
	if need > m.budget {
		return fmt.Errorf("%s: showing the %d annotations made (%d in one document) may need %s of memory, more than %s (%s): nothing written; split the input, or give a larger --memory on a machine that has it",
			cmd, all, most, formatBytes(need), formatBytes(m.budget), m.about)
	}
	m.estimate = need
	if m.limited {
		debug.SetMemoryLimit(need)
	}
	return nil
}

// inputQuoteMarks counts the quotation marks (as
// extract.EstimateTextMemory: ", “, ”, ‘, «, ») of the input p, a file or
// the files of a folder that a reader would read, standard input when it
// is a regular file (read where it stands, not moved): of a text file all
// of them, of JSON records (.jsonl, .ndjson, .json, standard input) those
// of the texts as decoded (jsonTextMarks), never the JSON's own.
// Compressed files and what cannot be read count 0: viewMemory counts
// what they hold.
func inputQuoteMarks(p string, stdin io.Reader) int64 {
	count := func(path string) int64 {
		ext := strings.ToLower(filepath.Ext(path))
		switch ext {
		case ".gz", ".zst":
			return 0
		}
		f, err := corpus.OpenRegular(path)
		if err != nil {
			return 0
		}
		defer f.Close()
		var n int64
		switch ext {
		case ".jsonl", ".ndjson":
			n, _ = jsonTextMarks(f, true)
		case ".json":
			n, _ = jsonTextMarks(f, false)
		default:
			n, _ = countQuoteMarks(f)
		}
		return n
	}
	if p == "-" {
		f, ok := stdin.(*os.File)
		if !ok {
			return 0
		}
		info, err := f.Stat()
		if err != nil || !info.Mode().IsRegular() {
			return 0
		}
		at, err := f.Seek(0, io.SeekCurrent)
		if err != nil {
			return 0
		}
		// standard input is JSON Lines
		n, _ := jsonTextMarks(io.NewSectionReader(f, at, info.Size()-at), true)
		return n
	}
	info, err := os.Stat(p)
	if err != nil {
		return 0
	}
	if !info.IsDir() {
		if !info.Mode().IsRegular() {
			return 0
		}
		return count(p)
	}
	var n int64
	walkReadable(p, func(path string, _ fs.DirEntry) error {
		n += count(path)
		return nil
	})
	return n
}

// quoteMarks are the quotation marks that countQuoteMarks counts.
var quoteMarks = [][]byte{[]byte(`"`), []byte("“"), []byte("”"), []byte("‘"), []byte("«"), []byte("»")}

// countQuoteMarks counts the quotation marks in what r holds, reading it
// a block at a time: a mark cut by a block's end is counted in the next.
func countQuoteMarks(r io.Reader) (int64, error) {
	const keep = 2 // a mark is at most 3 bytes
	buf := make([]byte, 256<<10)
	var n int64
	held := 0
	for {
		k, err := r.Read(buf[held:])
		end := held + k
		// marks that may go on in the next block are left for it
		scan := end
		if err == nil {
			scan = max(0, end-keep)
		}
		n += countMarksIn(buf[:end], scan)
		copy(buf, buf[scan:end])
		held = end - scan
		if err == io.EOF {
			return n, nil
		}
		if err != nil {
			return n, err
		}
	}
}

// countMarksIn counts the quotation marks of b that start before b[limit].
func countMarksIn(b []byte, limit int) int64 {
	var n int64
	for _, m := range quoteMarks {
		for from := 0; from < limit; {
			i := bytes.Index(b[from:], m)
			if i < 0 || from+i >= limit {
				break
			}
			n++
			from += i + len(m)
		}
	}
	return n
}

// softLimit sets the collector's soft memory limit to the estimate
// (unless GOMEMLIMIT is set) and returns the function that puts the
// previous one back.
func (m *inputMemory) softLimit() (restore func()) {
	if _, set := os.LookupEnv("GOMEMLIMIT"); set {
		return func() {}
	}
	prev := debug.SetMemoryLimit(m.estimate)
	m.limited = true
	return func() { m.limited = false; debug.SetMemoryLimit(prev) }
}

// inputSize is the size of the input p: a file, the files of a folder
// that a reader would read, standard input ("-") when it is a regular
// file. What cannot be read counts 0 (the reader reports it).
// inputsPhrase names the inputs of total bytes in a message, saying what
// is known of standard input when it is one of them (withStdin): a file's
// size, or that a pipe's is not known before it is read; or, when it is
// read but counted otherwise (stdinUncounted), that nothing of it is read
// yet ("the inputs (0 B)" said nothing of it: red team 18).
func inputsPhrase(total int64, withStdin, stdinUncounted bool, stdin io.Reader) string {
	if !withStdin {
		const later = "standard input (nothing of it read yet; its records are counted as they are read)"
		switch {
		case stdinUncounted && total == 0:
			return later
		case stdinUncounted:
			return fmt.Sprintf("the inputs (%s, and %s)", formatBytes(total), later)
		}
		return fmt.Sprintf("the inputs (%s)", formatBytes(total))
	}
	in := "standard input (a pipe, whose size is not known before it is read: counted as 0 B)"
	size := int64(0)
	if f, ok := stdin.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			size = info.Size()
			in = fmt.Sprintf("standard input (a file of %s)", formatBytes(size))
		}
	}
	if files := total - size; files > 0 {
		return fmt.Sprintf("the inputs (%s in files, and %s)", formatBytes(files), in)
	}
	return in
}

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
