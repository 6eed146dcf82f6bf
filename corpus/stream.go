package corpus

import (
	"context"
	"io"
	"iter"
	"path/filepath"
)

// ReadStream yields the documents of one file that the caller opened, as
// Read does for the file named path: a .jsonl or .ndjson file holds one
// record per line, any other file is one document (id: the base name
// without extension), and a .gz or .zst name means in is compressed so. Errors
// name path. Unlike Read it does not check ids for duplicates: a caller
// that reads files apart, as a distributed pipeline does, checks them
// itself. in must end (a file, or an object in a store; not a device).
func (r *Reader) ReadStream(ctx context.Context, in io.Reader, path string) iter.Seq2[Document, error] {
	return func(yield func(Document, error) bool) {
		kind, c, id := classifyName(filepath.Base(path))
		src := &input{Reader: in, regular: true, size: -1}
		if c != plain {
			zr, closeZ, err := decompress(ctx, in, c)
			if err != nil {
				yield(Document{}, &Error{File: path, Err: err})
				return
			}
			defer closeZ()
			src = &input{Reader: zr, size: -1}
		}
		if kind == kindJSONL {
			r.readJSONL(ctx, src, path, id, yield)
			return
		}
		text, err := readBounded(ctx, newBinaryGuard(src), r.maxBytes(), -1, c.what())
		if err != nil {
			if ctx.Err() == nil {
				yield(Document{}, inputError(path, err))
			}
			return
		}
		yield(r.parseText(id, path, text))
	}
}

// Line returns the line of a JSON Lines record in its file, or 0 for a
// document that is a whole file.
func (d Document) Line() int { return d.line }
