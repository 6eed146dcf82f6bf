package corpus

import (
	"io"
	"iter"
)

// ReadJSONL yields the documents of one JSON Lines stream exactly as Read
// does for a .jsonl file: source names the stream in errors (with the line)
// and a record without "id" is named base-LINE. Unlike Read it does not
// check ids for duplicates: a caller that reads streams apart, as a
// distributed pipeline does, checks them itself.
func (r *Reader) ReadJSONL(in io.Reader, source, base string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		r.readJSONL(in, source, base, yield)
	}
}

// Line returns the line of a JSON Lines record in its file, or 0 for a
// document that is a whole file.
func (d Document) Line() int { return d.line }
