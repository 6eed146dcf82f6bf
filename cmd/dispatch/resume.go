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
	// dropped says what was left out, one line each.
	dropped []string
}

// readResume reads the output that --resume continues: NAME.partial when
// an earlier run left one, else NAME. It returns nil when there is
// neither. The file must start with a header record of the same settings
// as this run; every record after it must be whole, valid and of a new
// document, or it is dropped (and its document annotated again).
func readResume(p *outputPlan, want corpus.Header) (*resumeState, error) {
	path := p.partialPath()
	_, err := os.Stat(path)
	if errors.Is(err, fs.ErrNotExist) {
		path = p.path
		_, err = os.Stat(path)
	}
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	// checked before opening: opening a FIFO would wait for a writer
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, fmt.Errorf("--resume: %s is not a regular file", path)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--resume: %w", err)
	}
	defer f.Close()
	if info, err := f.Stat(); err != nil || !info.Mode().IsRegular() {
		return nil, fmt.Errorf("--resume: %s is not a regular file", path)
	}
	st := &resumeState{path: path, done: map[string]bool{}}
	br := bufio.NewReaderSize(f, 256<<10)
	var off int64
	for n := 1; ; n++ {
		line, err := br.ReadBytes('\n')
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("--resume: %s: %w", path, err)
		}
		if len(line) == 0 {
			break
		}
		start := off
		off += int64(len(line))
		whole := line[len(line)-1] == '\n'
		if n == 1 {
			h, herr := corpus.ParseHeaderRecord(line)
			if herr != nil || !whole {
				return nil, fmt.Errorf("--resume: %s is not dispatch output (its first line is no dispatch header record); refusing to continue it", path)
			}
			if ok, diff := want.SameSettings(h); !ok {
				return nil, fmt.Errorf("--resume: %s was made with other settings (%s); refusing to mix them: run without --resume, or with the same settings", path, diff)
			}
			st.keep = append(st.keep, [2]int64{start, off})
			st.end = off
			continue
		}
		if !whole {
			st.dropped = append(st.dropped, fmt.Sprintf("%s:%d: the last line, cut short (%d bytes)", path, n, len(line)))
			break
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		if why := badRecord(line, st.done); why != "" {
			st.dropped = append(st.dropped, fmt.Sprintf("%s:%d: %s", path, n, why))
			st.rewrite = true
			continue
		}
		st.keep = append(st.keep, [2]int64{start, off})
		st.end = off
	}
	if len(st.keep) == 0 {
		return nil, fmt.Errorf("--resume: %s is empty: not dispatch output; refusing to continue it", path)
	}
	return st, nil
}

// badRecord says what is wrong with one line of an earlier output ("" if
// nothing is) and records its id in done.
func badRecord(line []byte, done map[string]bool) string {
	if corpus.IsHeaderRecord(line) {
		return "a second header record"
	}
	var a corpus.Annotated
	if err := json.Unmarshal(line, &a); err != nil {
		return fmt.Sprintf("malformed record: %v", err)
	}
	if a.ID == "" {
		return `record without "id"`
	}
	if done[a.ID] {
		return fmt.Sprintf("document %q a second time", a.ID)
	}
	if a.Error == "" {
		if ps := corpus.Validate(a, nil); len(ps) > 0 {
			return fmt.Sprintf("invalid record: %v", ps[0])
		}
	}
	done[a.ID] = true
	return ""
}

// copyKept copies the kept lines of the resumed file to w.
func (st *resumeState) copyKept(w io.Writer) error {
	f, err := os.Open(st.path)
	if err != nil {
		return err
	}
	defer f.Close()
	for _, r := range st.keep {
		if _, err := io.Copy(w, io.NewSectionReader(f, r[0], r[1]-r[0])); err != nil {
			return err
		}
	}
	return nil
}
