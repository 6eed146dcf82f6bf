package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest document a Reader accepts by default.
const DefaultMaxBytes = 256 << 20

// Reader reads documents from files, folders and standard input.
// The zero value is ready to use.
type Reader struct {
	// MaxBytes caps one document (a .txt file or one JSON Lines record);
	// larger ones are reported as errors. 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the path "-" (JSON Lines). nil means os.Stdin.
	Stdin io.Reader
	// Exclude lists files that a folder walk never reads (compared with
	// os.SameFile): the output being written into an input folder.
	Exclude []os.FileInfo
}

// excluded reports whether the file of a folder entry is in r.Exclude.
func (r *Reader) excluded(d fs.DirEntry) bool {
	if len(r.Exclude) == 0 {
		return false
	}
	info, err := d.Info()
	if err != nil {
		return false
	}
	for _, x := range r.Exclude {
		if os.SameFile(info, x) {
			return true
		}
	}
	return false
}

func (r *Reader) maxBytes() int {
	if r.MaxBytes > 0 {
		return r.MaxBytes
	}
	return DefaultMaxBytes
}

// Read yields the documents found at paths, in order: a .txt file is one
// document; a .jsonl or .ndjson file, or "-" (standard input), holds one
// JSON record per line; a folder is walked recursively in lexical order,
// reading .txt, .jsonl and .ndjson files and skipping others. A file named
// explicitly with another extension is read as text.
//
// A problem with one input is yielded as an *Error (with the line for JSON
// Lines) and reading goes on with the next input. A document id seen before
// in the same run is an error for the later document.
func (r *Reader) Read(paths ...string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		seen := make(map[string]string) // id -> source
		emit := func(d Document, err error) bool {
			if err == nil {
				if first, dup := seen[d.ID]; dup {
					// Fix (robustness): name the file and the line apart, as
					// every other *Error does, not "file:line" as the file.
					file := strings.TrimSuffix(d.Source, fmt.Sprintf(":%d", d.line))
					err = &Error{File: file, Line: d.line, Err: fmt.Errorf("duplicate document id %q (first seen in %s)", d.ID, first)}
					return yield(Document{}, err)
				}
				seen[d.ID] = d.Source
			}
			return yield(d, err)
		}
		for _, p := range paths {
			if !r.readPath(p, emit) {
				return
			}
		}
	}
}

func (r *Reader) readPath(p string, emit func(Document, error) bool) bool {
	if p == "-" {
		in := r.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.readJSONL(in, "<stdin>", "stdin", emit)
	}
	info, err := os.Stat(p)
	if err != nil {
		return emit(Document{}, &Error{File: p, Err: unwrapPathError(err)})
	}
	if !info.IsDir() {
		return r.readFile(p, emit)
	}
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if !emit(Document{}, &Error{File: path, Err: unwrapPathError(err)}) {
				return fs.SkipAll
			}
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path != p && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		switch strings.ToLower(filepath.Ext(path)) {
		case ".txt", ".jsonl", ".ndjson":
			if r.excluded(d) || IsOutputFile(path) {
				return nil
			}
			if !r.readFile(path, emit) {
				return fs.SkipAll
			}
		}
		return nil
	})
	return walkErr == nil
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *Reader) readFile(path string, emit func(Document, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return emit(Document{}, &Error{File: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	base := filepath.Base(path)
	id := strings.TrimSuffix(base, filepath.Ext(base))
	switch strings.ToLower(filepath.Ext(path)) {
	case ".jsonl", ".ndjson":
		return r.readJSONL(f, path, id, emit)
	}
	max := r.maxBytes()
	data, err := io.ReadAll(io.LimitReader(f, int64(max)+1))
	if err != nil {
		return emit(Document{}, &Error{File: path, Err: unwrapPathError(err)})
	}
	if len(data) > max {
		return emit(Document{}, &Error{File: path, Err: fmt.Errorf("document larger than %d bytes", max)})
	}
	doc, err := ParseText(id, path, data)
	return emit(doc, err)
}

// ParseText makes a document of a .txt file's content: it checks the text
// and reads the optional " date YYYY-MM-DD " header. source names the file
// in errors.
func ParseText(id, source string, data []byte) (Document, error) {
	if err := checkText(data); err != nil {
		line, e := err.line, err.err
		return Document{}, &Error{File: source, Line: line, Err: e}
	}
	doc := Document{ID: id, Text: string(data), Source: source}
	date, body, err := parseHeader(doc.Text)
	if err != nil {
		return Document{}, &Error{File: source, Line: 1, Err: err}
	}
	doc.Date, doc.BodyStart = date, body
	if strings.TrimSpace(doc.Text[body:]) == "" {
		return Document{}, &Error{File: source, Err: errors.New("empty document: no text")}
	}
	return doc, nil
}

type textError struct {
	line int
	err  error
}

// checkText rejects text that is not UTF-8 or holds NUL bytes (binary).
func checkText(data []byte) *textError {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &textError{line: 1 + bytes.Count(data[:i], []byte{'\n'}),
			err: fmt.Errorf("binary data: NUL byte at byte offset %d", i)}
	}
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return &textError{line: 1 + bytes.Count(data[:i], []byte{'\n'}),
				err: fmt.Errorf("not UTF-8: invalid byte 0x%02x at byte offset %d", data[i], i)}
		}
		i += size
	}
	return nil
}

// parseHeader finds the " date YYYY-MM-DD " header. It returns the date ("" when
// there is no header) and the byte offset where the body starts. Text that
// starts like a header ("date" and a digit) but holds no valid date is an error.
func parseHeader(text string) (date string, body int, err error) {
	s := text
	i := 0
	if strings.HasPrefix(s, " ") {
		i = 1
	}
	if !strings.HasPrefix(s[i:], "date ") {
		return "", 0, nil
	}
	j := i + len("date ")
	k := j
	for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '-') {
		k++
	}
	if k == j {
		return "", 0, nil // "date" is a word of the body
	}
	field := s[j:k]
	if _, perr := time.Parse(DateLayout, field); perr != nil || len(field) != len(DateLayout) {
		return "", 0, fmt.Errorf("malformed header date %q: want YYYY-MM-DD", field)
	}
	switch {
	case k == len(s):
		return field, k, nil
	case s[k] == ' ':
		return field, k + 1, nil
	default:
		r, _ := utf8.DecodeRuneInString(s[k:])
		if unicode.IsSpace(r) {
			return field, k, nil // tolerate a newline in place of the space
		}
		return "", 0, fmt.Errorf("malformed header date %q: want YYYY-MM-DD followed by a space", s[j:k+1])
	}
}

// record is one JSON Lines input record.
type record struct {
	ID   *string `json:"id"`
	Date *string `json:"date"`
	Text *string `json:"text"`
}

func (r *Reader) readJSONL(in io.Reader, source, base string, emit func(Document, error) bool) bool {
	br := bufio.NewReaderSize(in, 64<<10)
	max := r.maxBytes()
	for line := 1; ; line++ {
		raw, tooLong, err := readLine(br, max)
		if err != nil && err != io.EOF {
			return emit(Document{}, &Error{File: source, Line: line, Err: err})
		}
		if tooLong {
			if !emit(Document{}, &Error{File: source, Line: line, Err: fmt.Errorf("record larger than %d bytes", max)}) {
				return false
			}
		} else if len(bytes.TrimSpace(raw)) > 0 {
			doc, derr := parseRecord(raw, source, base, line)
			if !emit(doc, derr) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// readLine reads one line without its newline. Lines longer than max are
// consumed and reported with tooLong.
func readLine(br *bufio.Reader, max int) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > max+1 {
			tooLong = true
			buf = buf[:0]
		} else {
			buf = append(buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimSuffix(buf, []byte{'\n'})
		buf = bytes.TrimSuffix(buf, []byte{'\r'})
		return buf, tooLong, err
	}
}

func parseRecord(raw []byte, source, base string, line int) (Document, error) {
	fail := func(format string, args ...any) (Document, error) {
		return Document{}, &Error{File: source, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if !utf8.Valid(raw) {
		return fail("not UTF-8")
	}
	var rec record
	if err := json.Unmarshal(raw, &rec); err != nil {
		return fail("malformed JSON: %v", err)
	}
	if rec.Text == nil {
		return fail(`record has no "text"`)
	}
	doc := Document{ID: fmt.Sprintf("%s-%d", base, line), Text: *rec.Text,
		Source: fmt.Sprintf("%s:%d", source, line), line: line}
	if rec.ID != nil {
		if *rec.ID == "" {
			return fail(`record has an empty "id"`)
		}
		doc.ID = *rec.ID
	}
	if rec.Date != nil && *rec.Date != "" {
		if _, err := time.Parse(DateLayout, *rec.Date); err != nil || len(*rec.Date) != len(DateLayout) {
			return fail("malformed date %q: want YYYY-MM-DD", *rec.Date)
		}
		doc.Date = *rec.Date
	}
	if strings.IndexByte(doc.Text, 0) >= 0 {
		return fail("binary data: NUL in text")
	}
	if strings.TrimSpace(doc.Text) == "" {
		return fail("empty document: no text")
	}
	return doc, nil
}
