package corpus

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// ReadAnnotated yields the annotated documents in annotation files: a .json
// file holds one object (a gold file) or several in a row; a .jsonl or
// .ndjson file, or "-" for standard input, one object per line; a folder is
// read recursively in lexical order (.json, .jsonl, .ndjson files).
// Problems are yielded as *Error, naming file and line, and reading goes on.
func ReadAnnotated(stdin io.Reader, paths ...string) iter.Seq2[Annotated, error] {
	return func(yield func(Annotated, error) bool) {
		for _, p := range paths {
			if p == "-" {
				if stdin == nil {
					stdin = os.Stdin
				}
				if !readAnnotatedLines(stdin, "<stdin>", yield) {
					return
				}
				continue
			}
			info, err := os.Stat(p)
			if err != nil {
				if !yield(Annotated{}, &Error{File: p, Err: unwrapPathError(err)}) {
					return
				}
				continue
			}
			if !info.IsDir() {
				if !readAnnotatedFile(p, yield) {
					return
				}
				continue
			}
			stop := false
			filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
				if err != nil {
					if !yield(Annotated{}, &Error{File: path, Err: unwrapPathError(err)}) {
						stop = true
						return fs.SkipAll
					}
					return nil
				}
				if d.IsDir() {
					return nil
				}
				switch strings.ToLower(filepath.Ext(path)) {
				case ".json", ".jsonl", ".ndjson":
					if !readAnnotatedFile(path, yield) {
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

func readAnnotatedFile(path string, yield func(Annotated, error) bool) bool {
	f, err := os.Open(path)
	if err != nil {
		return yield(Annotated{}, &Error{File: path, Err: unwrapPathError(err)})
	}
	defer f.Close()
	if strings.ToLower(filepath.Ext(path)) == ".json" {
		return readAnnotatedObjects(f, path, yield)
	}
	return readAnnotatedLines(f, path, yield)
}

// readAnnotatedObjects reads a stream of (possibly pretty-printed) objects.
func readAnnotatedObjects(r io.Reader, path string, yield func(Annotated, error) bool) bool {
	data, err := io.ReadAll(r)
	if err != nil {
		return yield(Annotated{}, &Error{File: path, Err: err})
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	n := 0
	for {
		var a Annotated
		err := dec.Decode(&a)
		if err == io.EOF {
			if n == 0 {
				return yield(Annotated{}, &Error{File: path, Err: fmt.Errorf("no JSON object in file")})
			}
			return true
		}
		if err != nil {
			line := 1 + bytes.Count(data[:min(int(dec.InputOffset()), len(data))], []byte{'\n'})
			return yield(Annotated{}, &Error{File: path, Line: line, Err: fmt.Errorf("malformed annotation file: %v", err)})
		}
		n++
		if a.ID == "" {
			base := filepath.Base(path)
			a.ID = strings.TrimSuffix(base, filepath.Ext(base))
		}
		if !yield(a, nil) {
			return false
		}
	}
}

func readAnnotatedLines(r io.Reader, path string, yield func(Annotated, error) bool) bool {
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		raw, tooLong, err := readLine(br, DefaultMaxBytes)
		if err != nil && err != io.EOF {
			return yield(Annotated{}, &Error{File: path, Line: line, Err: err})
		}
		switch {
		case tooLong:
			if !yield(Annotated{}, &Error{File: path, Line: line, Err: fmt.Errorf("line larger than %d bytes", DefaultMaxBytes)}) {
				return false
			}
		case IsHeaderRecord(raw):
			// what produced the file (see Header): not a document
		case len(bytes.TrimSpace(raw)) > 0:
			var a Annotated
			if jerr := json.Unmarshal(raw, &a); jerr != nil {
				if !yield(Annotated{}, &Error{File: path, Line: line, Err: fmt.Errorf("malformed JSON: %v", jerr)}) {
					return false
				}
			} else if a.ID == "" {
				if !yield(Annotated{}, &Error{File: path, Line: line, Err: fmt.Errorf(`record has no "id"`)}) {
					return false
				}
			} else if !yield(a, nil) {
				return false
			}
		}
		if err == io.EOF {
			return true
		}
	}
}
