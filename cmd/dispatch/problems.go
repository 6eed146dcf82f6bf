package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/format"
)

// problemReport prints problems with input files, one a line after a
// prefix, at most maxFileProblems a file, and counts them all and the
// files they are in.
type problemReport struct {
	w      io.Writer
	prefix string

	total  int
	files  []string       // in order of their first problem
	counts map[string]int // problems per file ("" for none named)
}

// add prints and counts the problems err holds: each error joined in it
// is one (a format.MoreProblems counts as the number it stands for).
func (r *problemReport) add(err error) {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			r.add(e)
		}
		return
	}
	file, n := problemFile(err), 1
	var more *format.MoreProblems
	if errors.As(err, &more) {
		n = more.N
	}
	if r.counts == nil {
		r.counts = make(map[string]int)
	}
	if _, seen := r.counts[file]; !seen {
		r.files = append(r.files, file)
	}
	shown := r.counts[file] < maxFileProblems
	r.counts[file] += n
	r.total += n
	if shown && more == nil {
		fmt.Fprintf(r.w, "%s%v\n", r.prefix, err)
	}
}

// problemFile is the file an error names, "" if none.
func problemFile(err error) string {
	var ce *corpus.Error
	var more *format.MoreProblems
	switch {
	case errors.As(err, &more):
		return more.File
	case errors.As(err, &ce):
		return ce.File
	}
	return ""
}

// finish prints, for each file with more problems than were printed,
// how many were left out.
func (r *problemReport) finish() {
	for _, f := range r.files {
		if n := r.counts[f]; n > maxFileProblems && f != "" {
			fmt.Fprintf(r.w, "%s%s: … and %d more problems in this file\n", r.prefix, f, n-maxFileProblems)
		}
	}
}

// summary says how many problems in how many files: "3 problems in 2
// files".
func (r *problemReport) summary() string {
	n := len(r.files)
	if r.counts[""] > 0 {
		n-- // problems that name no file
	}
	return fmt.Sprintf("%d %s in %d %s", r.total, plural(r.total, "problem", "problems"), n, plural(n, "file", "files"))
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
