package corpus

import (
	"context"
	"io"
)

// Counting what compressed inputs expand to: a .gz or .zst file is read
// decompressed, and what it expands to is known only as it is read (a
// zip bomb of 8 MB expands to 2 GB). A command that holds its inputs
// under a memory budget (eval, render --memory) puts an ExpandCheck on
// the context it reads with; every compressed stream that a reader opens
// (documents, annotation files, gold) is then counted as it is read, and
// a read past what the check allows fails with its error, naming the
// file (red team 17, 2: a 8.4 MB bomb took eval to 5.9 GB under --memory
// 1500MB).

// ExpandCheck is called once for each compressed file opened, with its
// name and compressed size, and returns the function that each read of
// its decompressed stream calls with the bytes read: a non-nil error
// stops the read of that file there (the bytes of that read are not
// passed on).
type ExpandCheck func(file string, compressed int64) func(n int) error

type expandCheckKey struct{}

// WithExpandCheck returns ctx carrying check, which the readers call for
// every compressed file they open with that context.
func WithExpandCheck(ctx context.Context, check ExpandCheck) context.Context {
	return context.WithValue(ctx, expandCheckKey{}, check)
}

// expandCheckOf is the ExpandCheck of ctx, nil if none.
func expandCheckOf(ctx context.Context) ExpandCheck {
	check, _ := ctx.Value(expandCheckKey{}).(ExpandCheck)
	return check
}

// countedReader passes r on, calling count with the bytes of each read.
type countedReader struct {
	r     io.Reader
	count func(n int) error
	err   error // the count's error, returned by every later read
}

func (c *countedReader) Read(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.r.Read(p)
	if n > 0 {
		if cerr := c.count(n); cerr != nil {
			c.err = cerr
			return 0, cerr
		}
	}
	return n, err
}
