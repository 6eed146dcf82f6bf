package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// resumeState is what --resume found in the output of an earlier run.
type resumeState struct {
	path string          // the file continued: NAME.partial, else NAME
	done map[string]bool // ids of the documents kept
	// keep are the byte ranges of the lines kept (the header first).
	keep [][2]int64
	// end is the offset after the last line kept when only a cut-short
	// last line is dropped: the file is cut there and appended to.
	end int64
	// rewrite is set when lines are dropped before the end: the kept
	// lines are copied to a new file.
	rewrite bool
	// dropped says what was left out and what becomes of it, one line
	// each.
	dropped []string
	// hashes are the kept documents' text_sha256 ("" in output of an
	// older dispatch), by id; keepIDs the id of each kept line ("" for
	// the header).
	hashes  map[string]string
	keepIDs []string
	// header, when set, is written in place of the kept header line (the
	// first of keep) in the copy: a finished output continued with other
	// inputs takes this run's header, which names them
	header []byte
}

// outputRange is where the kept record of document id lies in the output
// being written: the resumed file itself, or the copy of its kept lines.
func (st *resumeState) outputRange(id string) (r [2]int64, ok bool) {
	var off int64
	for i, k := range st.keep {
		if !st.rewrite {
			off = k[0]
		}
		size := k[1] - k[0]
		if i == 0 && st.header != nil && st.rewrite {
			size = int64(len(st.header))
		}
		if st.keepIDs[i] == id {
			return [2]int64{off, off + size}, true
		}
		off += size
	}
	return r, false
}

// readResume reads the output that --resume continues: NAME.partial when
// an earlier run left one, else NAME. It returns nil when there is
// neither. The file must start with a header record of the same settings
// as this run; every record after it must be whole, valid and of a new
// document, or it is dropped (and its document annotated again).
func readResume(p *outputPlan, want corpus.Header) (*resumeState, error) {
	path := p.partialPath()
	// the .partial is this run's own file: a link (to any file) or
	// anything but a regular file is refused, never appended through
	info, err := os.Lstat(path)
	if err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("--resume: %s is not a regular file (%s): refusing to continue or replace it; remove it to start afresh", path, describeMode(info.Mode()))
	}
	if err == nil && hardLinked(info) {
		return nil, fmt.Errorf("--resume: %s has another name (a hard link): continuing it would change that file too; remove it to start afresh", path)
	}
	if errors.Is(err, fs.ErrNotExist) {
		path = p.path
		_, err = os.Stat(path)
		// a finished output may be continued with more or other
		// inputs (annotating only the documents not in it): only an
		// interrupted run's .partial must be resumed from its own
		// inputs (see scanResume); the copy takes this run's header
		want.Inputs = ""
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	// checked before opening: opening a FIFO would wait for a writer
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("--resume: %s is not a regular file", path)
	}
	flag := os.O_RDONLY
	if path == p.partialPath() {
		flag |= oNoFollow
	}
	f, err := corpus.OpenRegularFile(path, flag) // never blocks on a FIFO swapped in since
	if err != nil {
		return nil, fmt.Errorf("--resume: %w", err)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, fmt.Errorf("--resume: %s is not a regular file", path)
	}
	return scanResume(f, path, want, corpus.DefaultMaxBytes)
}

// scanResume reads the lines of the resumed file from r (see readResume).
// A line longer than max (the largest record the readers accept) is a
// corrupt record: it is dropped without being held in memory.
func scanResume(r io.Reader, path string, want corpus.Header, max int) (*resumeState, error) {
	st := &resumeState{path: path, done: map[string]bool{}, hashes: map[string]string{}}
	br := bufio.NewReaderSize(r, 256<<10)
	var off int64
	for n := 1; ; n++ {
		line, size, tooLong, err := readResumeLine(br, max)
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("--resume: %s: %w", path, err)
		}
		if size == 0 {
			break
		}
		start := off
		off += size
		whole := line[len(line)-1] == '\n'
		if n == 1 {
			if tooLong {
				return nil, fmt.Errorf("--resume: %s is not dispatch output (its first line is longer than %d bytes); refusing to continue it", path, max)
			}
			h, herr := corpus.ParseHeaderRecord(line)
			if herr != nil || !whole {
				return nil, fmt.Errorf("--resume: %s is not dispatch output (its first line is no dispatch header record); refusing to continue it", path)
			}
			if ok, diff := want.SameSettings(h); !ok {
				return nil, fmt.Errorf("--resume: %s was made with other settings (%s); refusing to mix them: run without --resume, or with the same settings", path, diff)
			}
			if h.Inputs != "" && want.Inputs != "" && h.Inputs != want.Inputs {
				// its documents would stay beside these inputs' (red team 18)
				return nil, fmt.Errorf("--resume: %s was made from other inputs (inputs %s, not %s: the paths given, in order, differ); refusing to mix their documents: resume with the same inputs, given as that run was, or start over: remove it (rm %s) and run without --resume",
					path, h.Inputs, want.Inputs, path)
			}
			st.keep = append(st.keep, [2]int64{start, off})
			st.keepIDs = append(st.keepIDs, "")
			st.end = off
			continue
		}
		if !whole {
			st.dropped = append(st.dropped, fmt.Sprintf("%s:%d: the last line, cut short (%d bytes)%s", path, n, size, againNote))
			break
		}
		if tooLong {
			st.dropped = append(st.dropped, fmt.Sprintf("%s:%d: corrupt record: line of %d bytes, larger than %d%s", path, n, size, max, againNote))
			st.rewrite = true
			continue
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		id, why := badRecord(line, st.done, st.hashes)
		if why != "" {
			st.dropped = append(st.dropped, fmt.Sprintf("%s:%d: %s", path, n, why))
			st.rewrite = true
			continue
		}
		st.keep = append(st.keep, [2]int64{start, off})
		st.keepIDs = append(st.keepIDs, id)
		st.end = off
	}
	if len(st.keep) == 0 {
		return nil, fmt.Errorf("--resume: %s is empty: not dispatch output; refusing to continue it", path)
	}
	return st, nil
}

// readResumeLine reads one line of br with its line break. size is the
// number of bytes it took (0 at the end). A line of more than max bytes
// (line break aside) is read through but not kept: tooLong is set and
// line is only its last piece, which ends in '\n' if the line was whole.
func readResumeLine(br *bufio.Reader, max int) (line []byte, size int64, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		size += int64(len(chunk))
		if tooLong || size > int64(max)+1 {
			if !tooLong {
				line, tooLong = nil, true // what was kept is let go
			}
			line = append(line[:0], chunk...)
		} else {
			line = append(line, chunk...)
		}
		if err != bufio.ErrBufferFull {
			if tooLong && len(line) == 0 {
				line = append(line, 0) // cut short, not whole
			}
			return line, size, tooLong, err
		}
	}
}

// badRecord says what is wrong with one line of an earlier output ("" if
// nothing is) and records its id in done and its text hash in hashes.
func badRecord(line []byte, done map[string]bool, hashes map[string]string) (id, why string) {
	if corpus.IsHeaderRecord(line) {
		return "", "a second header record"
	}
	var a corpus.Annotated
	if err := json.Unmarshal(line, &a); err != nil {
		return "", fmt.Sprintf("malformed record: %v%s", err, againNote)
	}
	if a.ID == "" {
		return "", `record without "id"` + againNote
	}
	if done[a.ID] {
		// not annotated again: the first record stands
		return "", fmt.Sprintf("document %q a second time (its first record is kept)", a.ID)
	}
	if a.Error == "" {
		if ps := corpus.Validate(a, nil); len(ps) > 0 {
			return "", fmt.Sprintf("invalid record: %v%s", ps[0], againNote)
		}
	}
	if a.TextSHA256 != "" && !isSHA256(a.TextSHA256) {
		// never written by dispatch: such a record would be kept for any
		// text, or for a document that is no input at all
		return "", fmt.Sprintf("record of %q: text_sha256 %q is no SHA-256 (64 hex digits)%s", a.ID, short(a.TextSHA256, 80), againNote)
	}
	done[a.ID] = true
	hashes[a.ID] = a.TextSHA256
	return a.ID, ""
}

// againNote ends the message of a dropped record whose document, if it
// is among the inputs, is annotated again.
const againNote = "; its document is annotated again"

// isSHA256 reports whether s is a SHA-256 in lower-case hex, as
// corpus.TextHash writes it.
func isSHA256(s string) bool {
	if len(s) != 64 {
		return false
	}
	for i := range len(s) {
		if !('0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'f') {
			return false
		}
	}
	return true
}

// short cuts s to at most n bytes for a message.
func short(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}

// dropRanges rewrites the file at path without the byte ranges drops
// (sorted, not overlapping): a new file beside it, renamed over it.
func dropRanges(path string, drops [][2]int64) error {
	in, err := corpus.OpenRegular(path)
	if err != nil {
		return err
	}
	defer in.Close()
	info, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".drop-*")
	if err != nil {
		return err
	}
	defer os.Remove(out.Name()) // after the rename: no such file
	err = out.Chmod(info.Mode().Perm())
	var off int64
	for _, d := range append(drops, [2]int64{info.Size(), info.Size()}) {
		if err == nil && d[0] > off {
			_, err = io.Copy(out, io.NewSectionReader(in, off, d[0]-off))
		}
		off = d[1]
	}
	if err == nil {
		err = out.Sync()
	}
	if cerr := out.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(out.Name(), path)
	}
	return err
}

// copyKept copies the kept lines of the resumed file to w.
func (st *resumeState) copyKept(w io.Writer) error {
	f, err := corpus.OpenRegular(st.path)
	if err != nil {
		return err
	}
	defer f.Close()
	i := 0
	if st.header != nil && len(st.keep) > 0 {
		if _, err := w.Write(st.header); err != nil {
			return err
		}
		i = 1
	}
	for i < len(st.keep) {
		// adjacent lines in one copy, which the kernel makes between
		// two files (copy_file_range): usually the whole file
		start, end := st.keep[i][0], st.keep[i][1]
		for i++; i < len(st.keep) && st.keep[i][0] == end; i++ {
			end = st.keep[i][1]
		}
		if _, err := f.Seek(start, io.SeekStart); err != nil {
			return err
		}
		if _, err := io.Copy(w, io.LimitReader(f, end-start)); err != nil {
			return err
		}
	}
	return nil
}

// describeMode names a file kind that is not a regular file, for messages.
func describeMode(m fs.FileMode) string {
	if m&fs.ModeSymlink != 0 {
		return "a symbolic link"
	}
	return corpus.FileKind(m)
}

// cutToLastRecord cuts the file f back to the end of its last whole line
// (each record is one line), no shorter than min (the header's end), and
// returns how many bytes it cut: a write that failed half-way through a
// record (a full disk) leaves no cut-off record behind for a reader.
func cutToLastRecord(f *os.File, min int64) (int64, error) {
	info, err := f.Stat()
	if err != nil {
		return 0, err
	}
	size := info.Size()
	buf := make([]byte, 64<<10)
	end := size
	for end > min {
		n := int64(len(buf))
		if end-min < n {
			n = end - min
		}
		if _, err := f.ReadAt(buf[:n], end-n); err != nil {
			return 0, err
		}
		if i := bytes.LastIndexByte(buf[:n], '\n'); i >= 0 {
			end = end - n + int64(i) + 1
			break
		}
		end -= n
	}
	if end < min {
		end = min
	}
	if end == size {
		return 0, nil
	}
	if err := f.Truncate(end); err != nil {
		return 0, err
	}
	return size - end, nil
}
