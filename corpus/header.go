package corpus

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
)

// Header says what produced an annotation file. dispatch writes it as the
// first line of its JSON Lines output, as {"dispatch": {...}}: an object
// without "id", which JSON Lines consumers can tell from the document
// records (see [IsHeaderRecord]) and which ReadAnnotated skips.
type Header struct {
	// Version is the dispatch module version.
	Version string `json:"version"`
	// Lexicon is the lexicon version, with the user files merged on top.
	Lexicon string `json:"lexicon"`
	// Types are the annotation types extracted.
	Types []Type `json:"types"`
	// Options are the settings that change the annotations (flag name to
	// value); a run may continue a file only with the same options.
	Options map[string]string `json:"options,omitempty"`
	// Inputs identifies the inputs of the run that wrote the file, as
	// given on its command line ("sha256:" and 16 hex digits of a hash of
	// the list; see [InputsIdentity]): a run may continue a file
	// (annotate --resume) only with the same inputs. Empty in files of
	// an older dispatch, which any inputs may continue.
	Inputs string `json:"inputs,omitempty"`
}

// InputsIdentity identifies the list of inputs paths, as given on a
// command line, for [Header.Inputs]: each path cleaned ("./in/" is
// "in"), in order ("-" for standard input). Not their content: a
// document edited since is told by its text_sha256, and one added to an
// input is simply new; nor where they lie, so that the same command in
// the same folder gives the same identity wherever that folder is.
func InputsIdentity(paths []string) string {
	h := sha256.New()
	for _, p := range paths {
		if p != "-" {
			p = filepath.Clean(p)
		}
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return fmt.Sprintf("sha256:%x", h.Sum(nil)[:8])
}

type headerRecord struct {
	Dispatch *Header `json:"dispatch"`
}

// WriteHeader writes h as one JSON line.
func WriteHeader(w io.Writer, h Header) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(headerRecord{&h})
}

// IsHeaderRecord reports whether a line of JSON Lines is a header record
// (an object whose only key is "dispatch") rather than a document.
func IsHeaderRecord(line []byte) bool {
	line = bytes.TrimSpace(line)
	if !bytes.HasPrefix(line, []byte(`{"dispatch":`)) {
		return false
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(line, &m) != nil || len(m) != 1 {
		return false
	}
	_, ok := m["dispatch"]
	return ok
}

// ParseHeaderRecord reads a header record.
func ParseHeaderRecord(line []byte) (Header, error) {
	if !IsHeaderRecord(line) {
		return Header{}, fmt.Errorf("not a dispatch header record")
	}
	var r headerRecord
	if err := json.Unmarshal(line, &r); err != nil || r.Dispatch == nil {
		return Header{}, fmt.Errorf("malformed dispatch header record: %v", err)
	}
	return *r.Dispatch, nil
}

// SameSettings reports whether two headers describe runs that produce
// the same annotations for the same document: same lexicon, types and
// options (the dispatch version may differ), and if not, what differs.
func (h Header) SameSettings(o Header) (bool, string) {
	switch {
	case h.Lexicon != o.Lexicon:
		return false, fmt.Sprintf("lexicon %q, not %q", o.Lexicon, h.Lexicon)
	case !slices.Equal(h.Types, o.Types):
		return false, fmt.Sprintf("types %v, not %v", o.Types, h.Types)
	}
	for k, v := range h.Options {
		if ov := o.Options[k]; ov != v {
			return false, fmt.Sprintf("--%s %q, not %q", k, ov, v)
		}
	}
	for k, ov := range o.Options {
		if _, ok := h.Options[k]; !ok {
			return false, fmt.Sprintf("--%s %q, not unset", k, ov)
		}
	}
	return true, ""
}

// IsOutputFile reports whether the file at path is annotation output of
// dispatch: a JSON Lines file (also .jsonl.gz, .ndjson.zst) whose first
// record is a header record. A folder walk leaves such files out: they
// hold annotations, not documents.
func IsOutputFile(path string) bool {
	if kind, _, _ := classifyName(filepath.Base(path)); kind == kindJSONL {
		return HasHeader(path)
	}
	return false
}

// HasHeader reports whether the file at path, whatever its name, starts
// with a header record, read as the readers read it (red team 17, 5: a
// compressed file, a byte-order mark, leading blank lines or a CRLF first
// line hid the header, and the walk read the annotations as documents):
// decompressed when its name ends in .gz or .zst, its first record the
// first line that is not blank, after a byte-order mark.
func HasHeader(path string) bool {
	info, err := os.Stat(path)
	if err != nil || !info.Mode().IsRegular() {
		return false // a FIFO has no header, and would block
	}
	_, c, _ := classifyName(filepath.Base(path))
	in, err := openInput(context.Background(), path, info, c)
	if err != nil {
		return false
	}
	defer in.close()
	head := make([]byte, 64<<10)
	n, _ := io.ReadFull(in, head)
	rest := head[:n]
	for len(rest) > 0 {
		line, after, found := bytes.Cut(rest, []byte("\n"))
		if !found && n == len(head) {
			return false // a first record longer than the head is none
		}
		line = dropBOM(line)
		if len(bytes.TrimSpace(line)) > 0 {
			return IsHeaderRecord(line)
		}
		rest = after
	}
	return false
}
