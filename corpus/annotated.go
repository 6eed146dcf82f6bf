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
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// ReadAnnotated yields the annotated documents in annotation files: a .json
// file holds one object (a gold file) or several in a row; a .jsonl or
// .ndjson file, or "-" for standard input, one object per line; a folder is
// read recursively in lexical order (.json, .jsonl, .ndjson files).
// Problems are yielded as *Error, naming file and line, and reading goes on.
func ReadAnnotated(stdin io.Reader, paths ...string) iter.Seq2[Annotated, error] {
	return ReadAnnotatedContext(context.Background(), stdin, paths...)
}

// ReadAnnotatedContext is ReadAnnotated that stops when ctx is done, also
// while waiting on a FIFO named explicitly (opened aside), a pipe or
// standard input.
func ReadAnnotatedContext(ctx context.Context, stdin io.Reader, paths ...string) iter.Seq2[Annotated, error] {
	return func(yield func(Annotated, error) bool) {
		for r, err := range ReadAnnotatedRecords(ctx, stdin, paths...) {
			if !yield(r.Annotated, err) {
				return
			}
		}
	}
}

// Record is an annotated document with where it was read: for messages
// that name the file and line of a value (eval's checks of predictions).
type Record struct {
	Annotated
	File string // the file, "<stdin>" for standard input
	Line int    // the line where the record starts
	// AnnotationLines is the line of each annotation, parallel to
	// Annotations (in a JSON Lines file, the record's line).
	AnnotationLines []int
}

// ReadAnnotatedRecords is ReadAnnotatedContext that also says where each
// record and annotation is.
func ReadAnnotatedRecords(ctx context.Context, stdin io.Reader, paths ...string) iter.Seq2[Record, error] {
	if ctx == nil {
		ctx = context.Background()
	}
	return func(yield func(Record, error) bool) {
		for _, p := range paths {
			if ctx.Err() != nil {
				return
			}
			if p == "-" {
				if stdin == nil {
					stdin = os.Stdin
				}
				if !readAnnotatedLines(ctx, newCancelReader(ctx, stdin), "<stdin>", yield) {
					return
				}
				continue
			}
			info, err := os.Stat(p)
			if err != nil {
				if !yield(Record{}, &Error{File: p, Err: unwrapPathError(err)}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !readAnnotatedFile(ctx, p, info, yield) {
					return
				}
				continue
			}
			stop := false
			p := WalkRoot(p)
			filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if ctx.Err() != nil {
					stop = true
					return fs.SkipAll
				}
				if err != nil {
					if !yield(Record{}, &Error{File: path, Err: unwrapPathError(err)}) {
						stop = true
						return fs.SkipAll
					}
					return nil
				}
				if d.IsDir() {
					return nil
				}
				switch ext, _ := annotationExt(path); ext {
				case ".json", ".jsonl", ".ndjson":
					// a FIFO would block the walk forever, a device never end
					info, err := os.Stat(path)
					if err == nil && !info.Mode().IsRegular() {
						what := FileKind(info.Mode())
						if info.IsDir() {
							what = "a link to a folder"
						}
						if !yield(Record{}, &Error{File: path, Err: fmt.Errorf("skipped: %s, not a regular file", what)}) {
							stop = true
							return fs.SkipAll
						}
						return nil
					}
					if err != nil {
						if !yield(Record{}, &Error{File: path, Err: unwrapPathError(err)}) {
							stop = true
							return fs.SkipAll
						}
						return nil
					}
					if !readAnnotatedFile(ctx, path, info, yield) {
						stop = true
						return fs.SkipAll
					}
				}
				return nil
			})
			if stop {
				return
			}
		}
	}
}

// readAnnotatedFile reads the file at path (info from os.Stat): a FIFO
// or device named explicitly is opened and read so that ctx ends a wait.
func readAnnotatedFile(ctx context.Context, path string, info fs.FileInfo, yield func(Record, error) bool) bool {
	// .json.gz, .jsonl.zst: decompressed, as annotate reads its inputs
	// (red team 16, 13)
	ext, c := annotationExt(path)
	in, err := openInput(ctx, path, info, c)
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		return yield(Record{}, &Error{File: path, Err: unwrapPathError(err)})
	}
	defer in.close()
	if ext == ".json" {
		return readAnnotatedObjects(ctx, in, path, yield)
	}
	return readAnnotatedLines(ctx, in, path, yield)
}

// readAnnotatedObjects reads a stream of (possibly pretty-printed) objects.
func readAnnotatedObjects(ctx context.Context, r io.Reader, path string, yield func(Record, error) bool) bool {
	// a NUL byte is never JSON: /dev/zero or a binary file stops there
	text, err := readBounded(ctx, newBinaryGuard(r), DefaultMaxBytes, -1, "annotation file")
	if err != nil {
		if ctx.Err() != nil {
			return false
		}
		return yield(Record{}, inputError(path, err))
	}
	// a byte-order mark before the first object, also after white space
	// (as in JSON Lines: red team 16, 14); the white space is kept, for
	// the line numbers
	data := dropBOM([]byte(text))
	lineOf := newLineCounter(data).lineOf // in offset order: one pass over the file
	if !utf8.Valid(data) {
		at := 0
		for at < len(data) {
			r, size := utf8.DecodeRune(data[at:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			at += size
		}
		return yield(Record{}, &Error{File: path, Line: lineOf(at), Err: fmt.Errorf("not UTF-8: invalid byte 0x%02x", data[at])})
	}
	if at, err := loneSurrogate(data); err != nil {
		return yield(Record{}, &Error{File: path, Line: lineOf(at), Err: err})
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	n := 0
	for {
		var a Annotated
		start := dec.InputOffset() // where this object's Decode starts
		if err := notObject(data[start:]); err != nil {
			rest := bytes.TrimLeft(data[start:], " \t\r\n")
			return yield(Record{}, &Error{File: path, Line: lineOf(len(data) - len(rest)), Err: fmt.Errorf("malformed annotation file: %v", err)})
		}
		err := dec.Decode(&a)
		if err == io.EOF {
			if n == 0 {
				return yield(Record{}, &Error{File: path, Err: fmt.Errorf("no JSON object in file")})
			}
			return true
		}
		if err != nil {
			// name the line of the bad value, not of the object's end
			at := dec.InputOffset()
			var te *json.UnmarshalTypeError
			var se *json.SyntaxError
			switch {
			case errors.As(err, &se):
				at = se.Offset
			case badAnnotation(data, start, &at):
				// the error came from one annotation's own decoding
			case errors.As(err, &te):
				at = start + te.Offset
			}
			line := lineOf(int(at))
			end := dec.InputOffset() // the decoder has read the whole object
			if se == nil {
				if a, bad, ok := decodeLeniently(data[start:end], func(at int64) int { return lineOf(int(start + at)) }); ok && findDuplicateKey(data[start:end], true, true) == nil {
					// every unreadable annotation named, and reading goes on
					n++
					if a.ID == "" {
						a.ID = annotationStem(path)
					}
					r := Record{Annotated: a, File: path, Line: lineOf(int(start)), AnnotationLines: make([]int, len(a.Annotations))}
					for i, at := range annotationOffsets(data, start, len(a.Annotations)) {
						r.AnnotationLines[i] = lineOf(int(at))
					}
					if !yield(Record{}, &AnnotationsError{Record: r, Bad: bad}) {
						return false
					}
					continue
				}
			}
			return yield(Record{}, &Error{File: path, Line: line, Err: fmt.Errorf("malformed annotation file: %s", jsonMessage(err, data))})
		}
		if d := findDuplicateKey(data[start:dec.InputOffset()], true, true); d != nil {
			line := lineOf(int(start) + d.offset)
			return yield(Record{}, &Error{File: path, Line: line, Err: fmt.Errorf("malformed annotation file: %w", d)})
		}
		n++
		if a.ID == "" {
			a.ID = annotationStem(path)
		}
		r := Record{Annotated: a, File: path, Line: lineOf(int(start)), AnnotationLines: make([]int, len(a.Annotations))}
		for i, at := range annotationOffsets(data, start, len(a.Annotations)) {
			r.AnnotationLines[i] = lineOf(int(at))
		}
		if !yield(r, nil) {
			return false
		}
	}
}

// readAnnotatedLines reads JSON Lines. An over-long line is reported and
// skipped to its line break, in a file or a stream alike, without holding it.
func readAnnotatedLines(ctx context.Context, r io.Reader, path string, yield func(Record, error) bool) bool {
	// a NUL byte is never JSON: /dev/zero or a binary file stops there
	br := bufio.NewReaderSize(newBinaryGuard(r), 64<<10)
	// what the first read brought, without waiting for more (a pipe may
	// send one short record and wait): compressed data is said to be so
	br.Peek(1)
	if head, _ := br.Peek(min(4, br.Buffered())); compressedData(head) != "" {
		return yield(Record{}, &Error{File: path, Line: 1, Err: compressedError(compressedData(head))})
	}
	var in interner // strings shared across the file's records
	for line := 1; ; line++ {
		if ctx.Err() != nil {
			return false
		}
		raw, tooLong, partial, err := readLine(br, DefaultMaxBytes)
		if err != nil && err != io.EOF {
			if ctx.Err() != nil {
				return false
			}
			var be *binaryError
			if errors.As(err, &be) {
				return yield(Record{}, &Error{File: path, Line: line, Err: fmt.Errorf("%w: the rest of this input is not read", be)})
			}
			return yield(Record{}, &Error{File: path, Line: line, Err: err})
		}
		// a byte-order mark before a record: the first line's, or that of
		// each file of several concatenated (cat a.jsonl b.jsonl); never JSON
		raw = dropBOM(raw)
		if partial {
			err = skipLine(ctx, br)
			if err != nil && err != io.EOF {
				return ctx.Err() == nil && yield(Record{}, &Error{File: path, Line: line, Err: err})
			}
		}
		switch {
		case tooLong:
			if !yield(Record{}, &Error{File: path, Line: line, Err: fmt.Errorf("line larger than %d bytes", DefaultMaxBytes)}) {
				return false
			}
		case IsHeaderRecord(raw):
			// what produced the file (see Header): not a document
		case len(bytes.TrimSpace(raw)) > 0:
			var a Annotated
			var fast bool
			if cerr := checkAnnotatedLine(raw); cerr != nil {
				if !yield(Record{}, &Error{File: path, Line: line, Err: cerr}) {
					return false
				}
			} else if a, fast = fastAnnotated(raw, &in); fast && a.ID == "" {
				if !yield(Record{}, &Error{File: path, Line: line, Err: fmt.Errorf(`record has no "id"`)}) {
					return false
				}
			} else if fast {
				if !yield(annotatedRecord(a, path, line), nil) {
					return false
				}
			} else if jerr := json.Unmarshal(raw, &a); jerr != nil {
				if !yield(Record{}, lineRecordError(raw, path, line, jerr)) {
					return false
				}
			} else if d := findDuplicateKey(raw, true, true); d != nil {
				if !yield(Record{}, &Error{File: path, Line: line, Err: fmt.Errorf("malformed JSON: %w", d)}) {
					return false
				}
			} else if a.ID == "" {
				if !yield(Record{}, &Error{File: path, Line: line, Err: fmt.Errorf(`record has no "id"`)}) {
					return false
				}
			} else if !yield(annotatedRecord(a, path, line), nil) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}

// annotatedRecord is the record a of the JSON Lines file path at line.
func annotatedRecord(a Annotated, path string, line int) Record {
	lines := make([]int, len(a.Annotations))
	for i := range lines {
		lines[i] = line
	}
	return Record{Annotated: a, File: path, Line: line, AnnotationLines: lines}
}

// lineRecordError is the error for the JSON Lines record raw at line of
// path that json.Unmarshal refused with jerr: an *AnnotationsError when
// only some of its annotations cannot be read (every one named), else
// jerr as malformed JSON.
func lineRecordError(raw []byte, path string, line int, jerr error) error {
	a, bad, ok := decodeLeniently(raw, func(int64) int { return line })
	switch {
	case !ok:
		return &Error{File: path, Line: line, Err: fmt.Errorf("malformed JSON: %s", jsonMessage(jerr, raw))}
	case findDuplicateKey(raw, true, true) != nil || a.ID == "":
		// those errors name the record better; reported once it reads
		return &Error{File: path, Line: line, Err: fmt.Errorf("malformed JSON: %s", jsonMessage(jerr, raw))}
	}
	lines := make([]int, len(a.Annotations))
	for i := range lines {
		lines[i] = line
	}
	return &AnnotationsError{Record: Record{Annotated: a, File: path, Line: line, AnnotationLines: lines}, Bad: bad}
}

// checkAnnotatedLine refuses what encoding/json would change or
// misname: bytes that are not UTF-8 and lone surrogate escapes (both
// silently become U+FFFD), and a value that is not an object.
func checkAnnotatedLine(raw []byte) error {
	if !utf8.Valid(raw) {
		return errors.New("not UTF-8")
	}
	if _, err := loneSurrogate(raw); err != nil {
		return err
	}
	if err := notObject(raw); err != nil {
		return fmt.Errorf("malformed JSON: %w", err)
	}
	return nil
}

// walkAnnotations decodes the object at data[start:] as far as its
// "annotations" list and calls visit for each element with the element's
// offset in data (after the separator and white space) and the decoder
// positioned on it. visit decodes the element and reports whether to go
// on; the walk also ends where the object cannot be read.
func walkAnnotations(data []byte, start int64, visit func(el int64, dec *json.Decoder) bool) {
	dec := json.NewDecoder(bytes.NewReader(data[start:]))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return
		}
		if key != "annotations" {
			var skip json.RawMessage
			if dec.Decode(&skip) != nil {
				return
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return
		}
		for dec.More() {
			el := start + dec.InputOffset()
			for int(el) < len(data) && (data[el] == ',' || data[el] == ' ' || data[el] == '\n' || data[el] == '\r' || data[el] == '\t') {
				el++
			}
			if !visit(el, dec) {
				return
			}
		}
		return
	}
}

// annotationOffsets returns the offsets in data of the first n elements
// of the "annotations" list of the object at start (the object's start
// for those it cannot find).
func annotationOffsets(data []byte, start int64, n int) []int64 {
	out := make([]int64, n)
	for i := range out {
		out[i] = start
	}
	i := 0
	walkAnnotations(data, start, func(el int64, dec *json.Decoder) bool {
		if i >= n {
			return false
		}
		out[i] = el
		i++
		var skip json.RawMessage
		return dec.Decode(&skip) == nil
	})
	return out
}

// badAnnotation finds the annotation of the object at data[start:] that
// fails to decode, and sets *at to the offset of its bad value (or of the
// annotation when the error has no offset). An annotation decodes itself
// (Annotation.UnmarshalJSON), so the outer decoder's error offsets point
// at the object's end, not at the value.
func badAnnotation(data []byte, start int64, at *int64) bool {
	bad := false
	walkAnnotations(data, start, func(el int64, dec *json.Decoder) bool {
		var a Annotation
		if err := dec.Decode(&a); err != nil {
			*at, bad = el, true
			var te *json.UnmarshalTypeError
			if errors.As(err, &te) {
				*at = el + te.Offset
			}
			return false
		}
		return true
	})
	return bad
}

// AnnotationExt is the extension of an annotation file's name in lower
// case, under a .gz or .zst one (".jsonl" for news.jsonl.gz): the
// annotation readers decompress those.
func AnnotationExt(path string) string {
	ext, _ := annotationExt(path)
	return ext
}

// annotationStem is the file name of path without its extensions (those
// of AnnotationExt), escaped by NameID: the id of a .json record without one.
func annotationStem(path string) string {
	base := filepath.Base(path)
	if _, c := annotationExt(base); c != plain {
		base = strings.TrimSuffix(base, filepath.Ext(base))
	}
	return NameID(strings.TrimSuffix(base, filepath.Ext(base)))
}

// annotationExt is the extension of an annotation file's name in lower
// case, under a .gz or .zst one, and how the file is compressed.
func annotationExt(path string) (ext string, c codec) {
	name := path
	switch e := filepath.Ext(name); strings.ToLower(e) {
	case ".gz":
		c, name = gzipped, strings.TrimSuffix(name, e)
	case ".zst":
		c, name = zstandard, strings.TrimSuffix(name, e)
	}
	return strings.ToLower(filepath.Ext(name)), c
}
