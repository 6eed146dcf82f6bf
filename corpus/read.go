package corpus

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// DefaultMaxBytes is the largest document a Reader accepts by default.
const DefaultMaxBytes = 256 << 20

// Reader reads documents from files, folders and standard input.
// The zero value is ready to use.
type Reader struct {
	// MaxBytes caps one document (a .txt file, decompressed, or one JSON
	// Lines record without its line break); larger ones are reported as
	// errors. 0 means DefaultMaxBytes.
	MaxBytes int
	// Stdin is read for the path "-" (JSON Lines). nil means os.Stdin.
	Stdin io.Reader
	// Exclude lists files that a folder walk never reads (compared with
	// os.SameFile): the output being written into an input folder.
	Exclude []os.FileInfo
	// Warn, when set, receives the problems that do not stop a document:
	// a folder entry that is not a regular file (a FIFO, socket or
	// device: skipped, never opened), the files of a folder skipped for
	// their extension (one message per folder given), a first line that
	// looks like a date header but is not one (" DATE 2022-01-24 ",
	// "date: 2022-01-24"; the document is read as undated), a JSON Lines
	// record larger than MaxBytes still being read through (every GiB
	// of it, named by its line). Each is an
	// *Error naming the file (and line). Warn is called from the
	// goroutine ranging over Read.
	Warn func(*Error)

	skipped Skipped
	// skipNote is how many bytes of an over-long record are skipped
	// between two notes to Warn (0: skipNoteBytes)
	skipNote int64
}

// skipNoteBytes is how many bytes of a JSON Lines record larger than
// MaxBytes are read through between two notes to Warn that it is still
// being skipped.
const skipNoteBytes = 1 << 30

func (r *Reader) skipNoteEvery() int64 {
	if r.skipNote > 0 {
		return r.skipNote
	}
	return skipNoteBytes
}

// FormatSize writes n bytes for people: 1.5 GiB, 300.0 MiB, 12.0 KiB,
// 512 B (the command line's messages use it too).
func FormatSize(n int64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d B", n)
}

// Skipped counts the files that folder walks passed over.
type Skipped struct {
	// ByExt counts the files skipped for their extension, by lower-cased
	// extension ("" for none): ".md" 12.
	ByExt map[string]int
	// Special counts the FIFOs, sockets and devices skipped.
	Special int
	// Annotations counts the dispatch annotation files (JSON Lines
	// starting with a header record) skipped: not documents.
	Annotations int
}

// Total is the number of files skipped.
func (s Skipped) Total() int {
	n := s.Special + s.Annotations
	for _, c := range s.ByExt {
		n += c
	}
	return n
}

// String describes the skipped files: "3 files (2 .md, 1 .csv)".
func (s Skipped) String() string {
	var parts []string
	exts := make([]string, 0, len(s.ByExt))
	for e := range s.ByExt {
		exts = append(exts, e)
	}
	slices.Sort(exts)
	for _, e := range exts {
		name := e
		if name == "" {
			name = "without extension"
		}
		parts = append(parts, fmt.Sprintf("%d %s", s.ByExt[e], name))
	}
	if s.Special > 0 {
		parts = append(parts, fmt.Sprintf("%d not regular files", s.Special))
	}
	if s.Annotations > 0 {
		parts = append(parts, fmt.Sprintf("%d dispatch annotation files", s.Annotations))
	}
	n := s.Total()
	noun := "files"
	if n == 1 {
		noun = "file"
	}
	return fmt.Sprintf("%d %s (%s)", n, noun, strings.Join(parts, ", "))
}

// Skipped returns the files the folder walks of the Reader's reads have
// skipped so far (for a summary).
func (r *Reader) Skipped() Skipped {
	out := Skipped{Special: r.skipped.Special, Annotations: r.skipped.Annotations, ByExt: maps.Clone(r.skipped.ByExt)}
	return out
}

func (r *Reader) warn(e *Error) {
	if r.Warn != nil {
		r.Warn(e)
	}
}

// excluded reports whether the file of a folder entry is in r.Exclude.
func (r *Reader) excluded(info fs.FileInfo) bool {
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
// JSON record per line; either may be gzip-compressed (.txt.gz,
// .jsonl.gz), read transparently, the size limit applying to the
// decompressed text. A folder is walked recursively in lexical order,
// reading those files and skipping others (counted, see Skipped and
// Warn); the id of a .txt file in a folder is its path relative to the
// folder given, without extension and with "/" between folders
// ("2021/12/story"); a file named explicitly has its base name as id.
// A file named explicitly with another extension is read as text.
//
// A problem with one input is yielded as an *Error (with the line for JSON
// Lines) and reading goes on with the next input. A document id seen before
// in the same run is an error for the later document.
func (r *Reader) Read(paths ...string) iter.Seq2[Document, error] {
	return r.ReadContext(context.Background(), paths...)
}

// ReadContext is Read that stops when ctx is done, also while waiting on
// a pipe, a FIFO or standard input, or reading a huge file.
func (r *Reader) ReadContext(ctx context.Context, paths ...string) iter.Seq2[Document, error] {
	if ctx == nil {
		ctx = context.Background()
	}
	return func(yield func(Document, error) bool) {
		seen := newSeenIDs()
		emit := func(d Document, err error) bool {
			if ctx.Err() != nil {
				return false
			}
			if err == nil {
				// name the file and the line apart, as every other
				// *Error does, not "file:line" as the file
				file := strings.TrimSuffix(d.Source, fmt.Sprintf(":%d", d.line))
				if first, dup := seen.add(d.ID, file, d.line); dup {
					err = &Error{File: file, Line: d.line, Err: fmt.Errorf("duplicate document id %q (first seen in %s)", d.ID, first)}
					return yield(Document{}, err)
				}
			}
			return yield(d, err)
		}
		for _, p := range paths {
			if ctx.Err() != nil || !r.readPath(ctx, p, emit) {
				return
			}
		}
	}
}

func (r *Reader) readPath(ctx context.Context, p string, emit func(Document, error) bool) bool {
	if p == "-" {
		in := r.Stdin
		if in == nil {
			in = os.Stdin
		}
		return r.readJSONL(ctx, &input{Reader: newCancelReader(ctx, in), size: -1}, "<stdin>", "stdin", emit)
	}
	info, err := os.Stat(p)
	if err != nil {
		return emit(Document{}, &Error{File: p, Err: unwrapPathError(err)})
	}
	if !info.IsDir() {
		kind, c, stem := classifyName(filepath.Base(p))
		if kind == kindOther {
			kind = kindText // a file named explicitly is read as text
			if strings.EqualFold(filepath.Ext(stem), ".json") {
				// the project's JSON (as eval reads .json gold): records,
				// never prose (an annotation file renamed .json was
				// annotated as text: red team 16)
				kind, stem = kindJSON, strings.TrimSuffix(stem, filepath.Ext(stem))
			}
		}
		return r.readFile(ctx, p, info, kind, c, NameID(stem), emit)
	}
	var skipped Skipped
	p = WalkRoot(p) // a link named on the command line is the folder it names
	walkErr := filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
		if ctx.Err() != nil {
			return fs.SkipAll
		}
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
		if len(r.Exclude) > 0 {
			if info, err := d.Info(); err == nil && r.excluded(info) {
				return nil // the caller's own file (its output): not an input
			}
		}
		if d.Type()&fs.ModeSymlink != 0 {
			// a link to a folder inside a folder is not followed (no loops,
			// no walking out of the folder given): named, not miscounted
			// as a file without extension
			if info, err := os.Stat(path); err == nil && info.IsDir() {
				skipped.Special++
				r.warn(&Error{File: path, Err: errors.New("skipped: a link to a folder (links inside a folder are not followed; name the folder on the command line to read it)")})
				return nil
			}
		}
		kind, c, _ := classifyName(d.Name())
		if kind == kindOther && strings.HasPrefix(d.Name(), ".") {
			return nil // hidden files (.DS_Store, temporary output) go uncounted
		}
		if kind == kindOther {
			ext := strings.ToLower(filepath.Ext(d.Name()))
			if skipped.ByExt == nil {
				skipped.ByExt = map[string]int{}
			}
			skipped.ByExt[ext]++
			return nil
		}
		// Stat follows a symlink to the file it names
		info, err := os.Stat(path)
		if err != nil {
			if !emit(Document{}, &Error{File: path, Err: unwrapPathError(err)}) {
				return fs.SkipAll
			}
			return nil
		}
		if what := FileKind(info.Mode()); what != "" {
			if info.IsDir() {
				what = "a link to a folder"
			}
			skipped.Special++
			r.warn(&Error{File: path, Err: fmt.Errorf("skipped: %s, not a regular file", what)})
			return nil
		}
		// (after the special-file check: IsOutputFile opens the file)
		if r.excluded(info) {
			return nil // the caller's own output
		}
		if IsOutputFile(path) {
			// annotations, not documents: skipped, counted and named
			// (red team 16: they were dropped without a word)
			skipped.Annotations++
			r.warn(&Error{File: path, Err: errors.New("skipped: a dispatch annotation file (its first record is the header record), not documents")})
			return nil
		}
		// the id is the path below the folder given, without extension
		// (escaped by NameID when it is not UTF-8)
		rel, err := filepath.Rel(p, path)
		if err != nil {
			rel = d.Name()
		}
		_, _, stem := classifyName(filepath.ToSlash(rel))
		if !r.readFile(ctx, path, info, kind, c, NameID(stem), emit) {
			return fs.SkipAll
		}
		return nil
	})
	r.addSkipped(skipped)
	if n := skipped.Total() - skipped.Special - skipped.Annotations; n > 0 {
		s := skipped
		s.Special, s.Annotations = 0, 0
		r.warn(&Error{File: p, Err: fmt.Errorf("skipped %s: only .txt, .jsonl and .ndjson files (also .gz, .zst) are read", s)})
	}
	return walkErr == nil && ctx.Err() == nil
}

func (r *Reader) addSkipped(s Skipped) {
	r.skipped.Special += s.Special
	r.skipped.Annotations += s.Annotations
	for e, n := range s.ByExt {
		if r.skipped.ByExt == nil {
			r.skipped.ByExt = map[string]int{}
		}
		r.skipped.ByExt[e] += n
	}
}

// inputError is err, met reading the file at path, as an *Error (with
// the line of a NUL byte).
func inputError(path string, err error) *Error {
	var be *binaryError
	if errors.As(err, &be) {
		return &Error{File: path, Line: be.line, Err: be}
	}
	return &Error{File: path, Err: unwrapPathError(err)}
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (r *Reader) readFile(ctx context.Context, path string, info fs.FileInfo, kind inputKind, c codec, id string, emit func(Document, error) bool) bool {
	in, err := openInput(ctx, path, info, c)
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		return emit(Document{}, &Error{File: path, Err: unwrapPathError(err)})
	}
	defer in.close()
	switch kind {
	case kindJSONL:
		return r.readJSONL(ctx, in, path, id, emit)
	case kindJSON:
		return r.readJSONObjects(ctx, in, path, id, emit)
	}
	// a NUL byte ends the read at once (binary data, a bomb of zeros)
	text, err := readBounded(ctx, newBinaryGuard(in), r.maxBytes(), in.size, c.what())
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		return emit(Document{}, inputError(path, err))
	}
	doc, err := r.parseText(id, path, text)
	return emit(doc, err)
}

// ParseText makes a document of a .txt file's content: it checks the text
// and reads the optional " date YYYY-MM-DD " header (after an optional
// byte-order mark, which stays part of the text). source names the file
// in errors.
func ParseText(id, source string, data []byte) (Document, error) {
	return (&Reader{}).parseText(id, source, string(data))
}

func (r *Reader) parseText(id, source, text string) (Document, error) {
	if err := checkText(text); err != nil {
		line, e := err.line, err.err
		return Document{}, &Error{File: source, Line: line, Err: e}
	}
	doc := Document{ID: id, Text: text, Source: source}
	date, body, err := parseHeader(doc.Text)
	if err != nil {
		return Document{}, &Error{File: source, Line: 1, Err: err}
	}
	if date == "" {
		if look := headerLookalike(text); look != "" {
			r.warn(&Error{File: source, Line: 1, Err: fmt.Errorf(
				"%q looks like a date header but is not one (want \" date YYYY-MM-DD \": lower case, at most one space before): the document is read as undated", look)})
		}
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

// checkText rejects text that is not UTF-8 (saying so for UTF-16) or
// holds NUL bytes (binary).
func checkText(data string) *textError {
	if order := utf16Order([]byte(data[:min(len(data), 512)])); order != "" {
		return &textError{line: 1, err: utf16Error(order)}
	}
	if i := strings.IndexByte(data, 0); i >= 0 {
		return &textError{line: 1 + strings.Count(data[:i], "\n"),
			err: fmt.Errorf("binary data: NUL byte at byte offset %d", i)}
	}
	if utf8.ValidString(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRuneInString(data[i:])
		if r == utf8.RuneError && size == 1 {
			return &textError{line: 1 + strings.Count(data[:i], "\n"),
				err: fmt.Errorf("not UTF-8: invalid byte 0x%02x at byte offset %d", data[i], i)}
		}
		i += size
	}
	return nil
}

// bom is the UTF-8 byte-order mark (U+FEFF).
const bom = "\uFEFF"

// dropBOM removes a byte-order mark that opens JSON text (a JSON Lines
// record, or a .json file), also after the white space JSON allows before
// a value (an editor's indent, lines joined by a tool that pads them):
// JSON never contains one there, so it is dropped rather than reported as
// malformed. The white space is kept, so a file's line numbers stay
// right; data is copied only when it holds a mark.
func dropBOM(data []byte) []byte {
	rest := bytes.TrimLeft(data, " \t\r\n")
	if !bytes.HasPrefix(rest, []byte(bom)) {
		return data
	}
	at := len(data) - len(rest)
	return append(data[:at:at], rest[len(bom):]...)
}

// parseHeader finds the " date YYYY-MM-DD " header, after an optional
// byte-order mark. It returns the date ("" when there is no header) and
// the byte offset where the body starts (after the header, or after a
// byte-order mark without header). Text that starts like a header
// ("date" and a digit) but holds no valid date is an error.
func parseHeader(text string) (date string, body int, err error) {
	s := text
	i := 0
	if strings.HasPrefix(s, bom) {
		i = len(bom)
	}
	start := i
	if strings.HasPrefix(s[i:], " ") {
		i++
	}
	if !strings.HasPrefix(s[i:], "date ") {
		return "", start, nil
	}
	j := i + len("date ")
	k := j
	for k < len(s) && (s[k] >= '0' && s[k] <= '9' || s[k] == '-') {
		k++
	}
	if k == j {
		return "", start, nil // "date" is a word of the body
	}
	field := s[j:k]
	if err := CheckDay("header date", field); err != nil {
		return "", 0, err
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

// lookalike matches a first line that tries to be a date header:
// " DATE 2022-01-24", "  date 2022-01-24", "date: 2022-01-24", "Date=2022-1-24".
var lookalike = regexp.MustCompile(`^(?i)[\s\x{FEFF}]*date\s*[:=]?\s*\d{4}-\d{1,2}-\d{1,2}`)

// headerLookalike returns the start of text when it looks like a date
// header that parseHeader did not take, or "".
func headerLookalike(text string) string {
	head := text[:min(len(text), 64)]
	if m := lookalike.FindString(head); m != "" {
		return m
	}
	return ""
}

// record is one JSON Lines input record.
type record struct {
	ID   *string
	Date *string
	Text *string
}

func (r *Reader) readJSONL(ctx context.Context, in *input, source, base string, emit func(Document, error) bool) bool {
	// A NUL byte is never JSON: a binary file, /dev/zero or a bomb of
	// zeros is given up there, not read on to the size limit nor
	// reported line by line.
	br := bufio.NewReaderSize(newBinaryGuard(in), 64<<10)
	max := r.maxBytes()
	// Look at what the first read brought, without waiting for more: a
	// pipe may send one short record and wait (Peek(512) would block).
	br.Peek(1)
	if head, _ := br.Peek(min(512, br.Buffered())); len(head) > 0 {
		if order := utf16Order(head); order != "" {
			return emit(Document{}, &Error{File: source, Line: 1, Err: utf16Error(order)})
		}
		if kind := compressedData(head); kind != "" {
			return emit(Document{}, &Error{File: source, Line: 1, Err: compressedError(kind)})
		}
	}
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return false
		}
		// raw is read in place: nothing below keeps it past this record
		// (parseRecord copies what it decodes)
		raw, tooLong, partial, err := readLineInPlace(br, max)
		if err != nil && err != io.EOF {
			if ctx.Err() != nil {
				return false
			}
			var be *binaryError
			if errors.As(err, &be) {
				return emit(Document{}, &Error{File: source, Line: line, Err: fmt.Errorf("%w: the rest of this input is not read", be)})
			}
			return emit(Document{}, &Error{File: source, Line: line, Err: unwrapPathError(err)})
		}
		// a byte-order mark before a record: the first line's, or that of
		// each file of several concatenated (cat a.jsonl b.jsonl); never JSON
		raw = dropBOM(raw)
		switch {
		case tooLong:
			if !emit(Document{}, &Error{File: source, Line: line, Err: fmt.Errorf("record larger than %d bytes", max)}) {
				return false
			}
			if partial {
				// read through to its end however long (no cap: the
				// records after it are read), holding nothing; a note
				// every skipNoteEvery bytes says the run goes on (a
				// compressed line of gigabytes is decompressed through)
				note := func(n int64) {
					r.warn(&Error{File: source, Line: line, Err: fmt.Errorf("still skipping the record larger than %d bytes: %s more of it read so far; the records after it are read once it ends (Ctrl-C stops)", max, FormatSize(n))})
				}
				if err = skipLineNoted(ctx, br, r.skipNoteEvery(), note); err != nil && err != io.EOF {
					return ctx.Err() == nil && emit(Document{}, &Error{File: source, Line: line, Err: unwrapPathError(err)})
				}
			}
		case len(bytes.TrimSpace(raw)) > 0:
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

// whyNoText tells, for a record without "text", when it is a record of an
// annotation file given where documents are read (a common slip: annotate's
// output passed to render or annotate as input): the message then says what
// to do instead. Called only for such records, so the second decode costs
// nothing on good input.
func whyNoText(raw []byte) string {
	if IsHeaderRecord(raw) {
		return ": this is the header of a dispatch annotation file, not a document (annotation files go to eval, validate, export, or render --pred with the texts in --docs)"
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(raw, &m) == nil {
		if _, ok := m["annotations"]; ok {
			return `: it has "annotations", a record of an annotation file, not a document (annotation files go to eval, validate, export, or render --pred with the texts in --docs)`
		}
	}
	return ""
}

func parseRecord(raw []byte, source, base string, line int) (Document, error) {
	fail := func(format string, args ...any) (Document, error) {
		return Document{}, &Error{File: source, Line: line, Err: fmt.Errorf(format, args...)}
	}
	if !utf8.Valid(raw) {
		return fail("not UTF-8")
	}
	if err := checkSurrogates(raw); err != nil {
		return fail("%v", err)
	}
	if err := notObject(raw); err != nil {
		return fail("malformed JSON: %v", err)
	}
	rec, err := decodeRecord(raw)
	if err != nil {
		return fail("malformed JSON: %v", err)
	}
	if rec.Text == nil {
		return fail(`record has no "text"%s`, whyNoText(raw))
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
		if err := CheckDay("date", *rec.Date); err != nil {
			return fail("%v", err)
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

// decodeRecord reads a JSON Lines record. Keys match exactly ("TEXT" is
// not "text", unlike encoding/json's struct fields); other keys are
// ignored, except near-misses of the known ones, which are errors.
func decodeRecord(raw []byte) (record, error) {
	if rec, ok := fastRecord(raw); ok {
		return rec, nil
	}
	return decodeRecordJSON(raw)
}

// decodeRecordJSON is decodeRecord by encoding/json: every record
// fastRecord does not take, and the errors.
func decodeRecordJSON(raw []byte) (record, error) {
	var rec record
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil {
		return rec, err
	}
	if m == nil {
		return rec, errors.New("a record is a JSON object, not null")
	}
	if d := findDuplicateKey(raw, false, false); d != nil {
		return rec, d
	}
	for k := range m {
		for _, known := range []string{"id", "date", "text"} {
			if k != known && strings.EqualFold(k, known) {
				return rec, fmt.Errorf("key %q: keys are case-sensitive, want %q", k, known)
			}
		}
	}
	field := func(key string) (*string, error) {
		v, ok := m[key]
		if !ok || string(v) == "null" {
			return nil, nil
		}
		var s string
		if err := json.Unmarshal(v, &s); err != nil {
			return nil, fmt.Errorf("%q must be a string, not %.40s", key, v)
		}
		return &s, nil
	}
	var err error
	if rec.ID, err = field("id"); err != nil {
		return rec, err
	}
	if rec.Date, err = field("date"); err != nil {
		return rec, err
	}
	rec.Text, err = field("text")
	return rec, err
}

// checkSurrogates rejects \u escapes of UTF-16 surrogates that are not a
// high-low pair: encoding/json would silently turn them into U+FFFD, and
// the text would no longer be the input.
func checkSurrogates(raw []byte) error {
	_, err := loneSurrogate(raw)
	return err
}

// loneSurrogate finds the first \u escape of a lone UTF-16 surrogate in
// raw and returns its byte offset and an error saying what is wrong, or
// -1 and nil.
func loneSurrogate(raw []byte) (int, error) {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			k := bytes.IndexByte(raw[i:], '\\')
			if k < 0 {
				break
			}
			i += k
		}
		if i+1 >= len(raw) || raw[i+1] != 'u' {
			i++ // another escape: skip its character (an escaped backslash too)
			continue
		}
		r, ok := hex4(raw[i+2:])
		if !ok {
			i++
			continue
		}
		switch {
		case 0xD800 <= r && r < 0xDC00:
			if i+11 < len(raw) && raw[i+6] == '\\' && raw[i+7] == 'u' {
				if lo, ok := hex4(raw[i+8:]); ok && 0xDC00 <= lo && lo < 0xE000 {
					i += 11
					continue
				}
			}
			return i, fmt.Errorf("lone surrogate escape %s at byte %d: not a Unicode character (pair it with a low surrogate \\udc00-\\udfff or write the character itself)", raw[i:i+6], i)
		case 0xDC00 <= r && r < 0xE000:
			return i, fmt.Errorf("lone surrogate escape %s at byte %d: not a Unicode character (a low surrogate without a high one before it)", raw[i:i+6], i)
		}
		i += 5
	}
	return -1, nil
}

// notObject says what a JSON value that should be an object is instead,
// or returns nil when it starts like an object. The type is named only
// when the value really parses as one: garbage such as "not json" or
// "xyz" is not valid JSON, not null or a number.
func notObject(raw []byte) error {
	v := bytes.TrimLeft(raw, " \t\r\n")
	if len(v) == 0 || v[0] == '{' {
		return nil
	}
	if !json.Valid(v) {
		return errors.New("not valid JSON (a record is a JSON object {...})")
	}
	what := "a number"
	switch v[0] {
	case '[':
		what = "an array"
	case '"':
		what = "a string"
	case 'n':
		what = "null"
	case 't', 'f':
		what = "a boolean"
	}
	return fmt.Errorf("a record is a JSON object {...}, not %s", what)
}

func hex4(b []byte) (rune, bool) {
	if len(b) < 4 {
		return 0, false
	}
	var r rune
	for _, c := range b[:4] {
		switch {
		case '0' <= c && c <= '9':
			r = r<<4 | rune(c-'0')
		case 'a' <= c && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case 'A' <= c && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}

// readJSONObjects reads a .json file named on the command line: a stream
// of JSON objects (one per line, or pretty-printed over several), each a
// record as in JSON Lines (text, optional id and date; an object without
// an id gets <file>-<line of its start>). The whole file is bounded by
// --max-bytes. What is not a stream of objects (prose, an array) is
// reported at its line and the rest of the file is not read.
func (r *Reader) readJSONObjects(ctx context.Context, in *input, source, base string, emit func(Document, error) bool) bool {
	text, err := readBounded(ctx, newBinaryGuard(in), r.maxBytes(), in.size, "JSON file")
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		return emit(Document{}, inputError(source, err))
	}
	data := dropBOM([]byte(text)) // as in a .json annotation file
	lineOf := newLineCounter(data).lineOf
	dec := json.NewDecoder(bytes.NewReader(data))
	n := 0
	for {
		if ctx.Err() != nil {
			return false
		}
		rest := bytes.TrimLeft(data[dec.InputOffset():], " \t\r\n")
		start := len(data) - len(rest)
		if len(rest) == 0 {
			if n == 0 {
				return emit(Document{}, &Error{File: source, Err: errors.New("no JSON object in file (a .json input holds records with \"text\", as JSON Lines do; prose goes in .txt)")})
			}
			return true
		}
		var raw json.RawMessage
		if err := notObject(rest); err != nil {
			return emit(Document{}, &Error{File: source, Line: lineOf(start), Err: fmt.Errorf("not a JSON record (a .json input holds records with \"text\", as JSON Lines do; prose goes in .txt): %v; the rest of this file is not read", err)})
		}
		if err := dec.Decode(&raw); err != nil {
			return emit(Document{}, &Error{File: source, Line: lineOf(start), Err: fmt.Errorf("malformed JSON: %v; the rest of this file is not read", err)})
		}
		if n == 0 && IsHeaderRecord(raw) {
			return emit(Document{}, &Error{File: source, Line: lineOf(start), Err: errors.New(
				"a dispatch annotation file (it starts with the header record), not documents: not read (annotation files go to eval, validate, export, or render --pred with the texts in --docs)")})
		}
		n++
		if !emit(parseRecord(raw, source, base, lineOf(start))) {
			return false
		}
	}
}
