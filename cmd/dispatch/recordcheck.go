package main

import (
	"errors"
	"fmt"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// recordCheck finds, in the annotation records a command reads, those it
// cannot use as they are: a record without an "annotations" list (the key
// missing or null: validate's problem too; annotate writes null only
// with an "error"), and a record whose id an earlier record of the run
// had, whichever of the two is malformed (red team 16, 1 and 9). Each is
// named with file and line, the duplicate with the first's too.
type recordCheck struct {
	ids  bool              // a repeated id is a problem (not for csv, tsv, parquet)
	seen map[string]string // id -> file:line of its first record
}

// Problem kinds of recordCheck, for console.printKind and counts.
const (
	kindNoList    = "records without an annotations list"
	kindDuplicate = "duplicate document ids"
)

// check returns the problem of r, read with err (nil, or the reader's
// error for it), as a kind and a message naming its place; "" when
// there is none. An unreadable record whose id is known (some of its
// annotations cannot be read) still takes its id: a later copy is a
// duplicate.
func (c *recordCheck) check(r corpus.Record, err error) (kind, msg string) {
	if c.seen == nil {
		c.seen = make(map[string]string)
	}
	if err != nil {
		var bad *corpus.AnnotationsError
		if !errors.As(err, &bad) {
			return "", ""
		}
		r = bad.Record
	}
	place := recordPlace(r)
	if first, dup := c.seen[r.ID]; dup && c.ids && r.ID != "" {
		if first == place {
			// the same file named twice: one place to name
			return kindDuplicate, fmt.Sprintf("%s: duplicate document id %q: this record was read before (the same file given twice?)", place, r.ID)
		}
		if err != nil {
			return kindDuplicate, fmt.Sprintf("%s: duplicate document id %q (first read from %s), and the record is unreadable", place, r.ID, first)
		}
		return kindDuplicate, fmt.Sprintf("%s: duplicate document id %q (first read from %s)", place, r.ID, first)
	}
	if c.ids && r.ID != "" {
		c.seen[r.ID] = place
	}
	if err == nil && r.Annotations == nil && r.Error == "" {
		return kindNoList, fmt.Sprintf(`%s: %s: "annotations" is missing or null: want a list ([] when there are none)`, place, corpus.Printable(r.ID))
	}
	return "", ""
}
