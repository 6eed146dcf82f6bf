package corpus

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
)

// AnnotationsError is the error for a record (a line of JSON Lines, an
// object of a .json file) that is well formed but some of whose
// annotations cannot be read (a TROOPS value that is no integer, an
// annotation without offsets). It names every such annotation, not only
// the first, and keeps the record with the others, so that a check
// ([AnnotationsError.Problems]) can report everything wrong with the
// record in one run.
type AnnotationsError struct {
	// Record is the record as read; an annotation that cannot be read
	// is the zero Annotation at its index.
	Record Record
	// Bad lists the annotations that cannot be read, in order.
	Bad []AnnotationError
}

// AnnotationError is one annotation that cannot be read.
type AnnotationError struct {
	Index int // position in the record's annotations list
	// Type, Start and End are what could be read of it; HasSpan tells
	// whether Start and End could.
	Type       Type
	Start, End int
	HasSpan    bool
	// Line is the line of the bad value (of the annotation when the
	// error does not say).
	Line int
	Err  error
	at   int64 // the bad value's offset in the record
}

// Problem describes the annotation as a [Problem] of document id.
func (b AnnotationError) Problem(id string) Problem {
	return Problem{ID: id, Index: b.Index, Type: b.Type, Start: b.Start, End: b.End, NoSpan: !b.HasSpan,
		Message: "cannot be read: " + jsonMessage(b.Err, nil)}
}

// Error names the first bad annotation with file and line, and how many
// more there are.
func (e *AnnotationsError) Error() string {
	first := e.Bad[0]
	msg := (&Error{File: e.Record.File, Line: first.Line, Err: errors.New(first.Problem(e.Record.ID).String())}).Error()
	if n := len(e.Bad) - 1; n > 0 {
		msg += fmt.Sprintf(" (and %d more annotations of this record that cannot be read)", n)
	}
	return msg
}

// Unwrap returns one *Error per bad annotation, naming file and line.
func (e *AnnotationsError) Unwrap() []error {
	errs := make([]error, len(e.Bad))
	for k, b := range e.Bad {
		errs[k] = &Error{File: e.Record.File, Line: b.Line, Err: errors.New(b.Problem(e.Record.ID).String())}
	}
	return errs
}

// Problems returns every problem of the record: each annotation that
// cannot be read, and what [Validate] finds in the others (doc as for
// Validate), in annotation order.
func (e *AnnotationsError) Problems(doc *Document) []Problem {
	skip := make(map[int]bool, len(e.Bad))
	var probs []Problem
	for _, b := range e.Bad {
		skip[b.Index] = true
		probs = append(probs, b.Problem(e.Record.ID))
	}
	probs = append(probs, validate(e.Record.Annotated, doc, skip)...)
	slices.SortStableFunc(probs, func(x, y Problem) int { return x.Index - y.Index })
	return probs
}

// decodeLeniently decodes the record raw, whose strict decoding failed,
// with each annotation on its own; lineOf gives the line of an offset
// in raw. ok is false when the record fails for another reason than its
// annotations (the strict error stands).
func decodeLeniently(raw []byte, lineOf func(at int64) int) (a Annotated, bad []AnnotationError, ok bool) {
	var shell struct {
		Annotated
		Annotations []json.RawMessage `json:"annotations"`
	}
	if err := json.Unmarshal(raw, &shell); err != nil {
		return Annotated{}, nil, false
	}
	a = shell.Annotated
	if shell.Annotations != nil {
		a.Annotations = make([]Annotation, len(shell.Annotations))
	}
	var offsets []int64 // of each annotation in raw
	walkAnnotations(raw, 0, func(el int64, dec *json.Decoder) bool {
		offsets = append(offsets, el)
		var skip json.RawMessage
		return dec.Decode(&skip) == nil
	})
	for i, el := range shell.Annotations {
		if err := json.Unmarshal(el, &a.Annotations[i]); err != nil {
			a.Annotations[i] = Annotation{}
			// what can be read of it, for the message
			var peek struct {
				Type  Type `json:"type"`
				Start *int `json:"start"`
				End   *int `json:"end"`
			}
			json.Unmarshal(el, &peek)
			b := AnnotationError{Index: i, Type: peek.Type, Err: err}
			if i < len(offsets) {
				b.at = offsets[i]
				var te *json.UnmarshalTypeError
				if errors.As(err, &te) {
					b.at += te.Offset
				}
			}
			if peek.Start != nil && peek.End != nil {
				b.Start, b.End, b.HasSpan = *peek.Start, *peek.End, true
			}
			b.Line = lineOf(b.at)
			bad = append(bad, b)
		}
	}
	return a, bad, len(bad) > 0
}
