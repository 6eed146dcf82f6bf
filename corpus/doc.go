// Package corpus reads news documents and annotation files and defines the
// annotation format shared by the extractor, the gold files and the scorer
// (see docs/annotation-guide.md).
//
// Offsets in annotations count Unicode code points of the document text
// exactly as read. Go strings index bytes, so every conversion between the
// two goes through an [Index]; no other code in the project converts offsets.
package corpus

import (
	"fmt"
	"time"
)

// DateLayout is the layout of document dates and day values (ISO 8601).
const DateLayout = "2006-01-02"

// Document is one article: its id, its optional document date and its text.
type Document struct {
	// ID names the document: the file name without extension, or the
	// record's "id" in JSON Lines.
	ID string `json:"id"`
	// Date is the document date as YYYY-MM-DD, or "" when the document
	// has none. Relative dates are resolved against it.
	Date string `json:"date,omitempty"`
	// Text is the full text as read: for a .txt file the whole file,
	// date header included.
	Text string `json:"text"`
	// BodyStart is the byte offset where the body begins (after the date
	// header, if any). Extractors never annotate text before it.
	BodyStart int `json:"-"`
	// Source names where the document came from (file path, with the line
	// for JSON Lines), for error messages.
	Source string `json:"-"`
	// line is the line of a JSON Lines record (0 for a .txt file), so that
	// errors about the record can name file and line apart.
	line int
}

// Time returns the document date and whether the document has one.
func (d Document) Time() (time.Time, bool) {
	if d.Date == "" {
		return time.Time{}, false
	}
	t, err := time.Parse(DateLayout, d.Date)
	if err != nil {
		return time.Time{}, false
	}
	return t, true
}

// Error is a problem with one input: the file, the line (0 when the whole
// file is concerned) and what is wrong.
type Error struct {
	File string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }
