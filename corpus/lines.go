package corpus

import "bytes"

// lineCounter tells the line of a byte offset in data. It remembers the
// last offset asked and counts only the newlines between it and the next,
// so asking for the offsets of a file in order (objects, then each of
// their annotations) costs one pass over the file, not one pass per
// question: a document with 200,000 annotations is read in linear time.
type lineCounter struct {
	data []byte
	at   int // the last offset asked
	line int // its line (1-based)
}

func newLineCounter(data []byte) *lineCounter { return &lineCounter{data: data, line: 1} }

// lineOf returns the 1-based line of offset at (clamped to data).
func (c *lineCounter) lineOf(at int) int {
	at = min(max(at, 0), len(c.data))
	switch {
	case at > c.at:
		c.line += bytes.Count(c.data[c.at:at], []byte{'\n'})
	case at < c.at:
		c.line -= bytes.Count(c.data[at:c.at], []byte{'\n'})
	}
	c.at = at
	return c.line
}
