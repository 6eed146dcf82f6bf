// Package format reads gold annotations in the formats that annotation
// tools and public corpora use, and writes annotations in the formats that
// other tools read.
//
// # Gold readers
//
// Every gold format is read through one framework ([GoldFormat.Read]):
// the format's reader turns files into [Gold] documents (annotations in
// this project's model, the document text when the format carries it, the
// line of each annotation, and regions where the gold does not annotate);
// the framework sorts the annotations, validates each document against the
// contract with [corpus.Validate] and reports every problem as an error
// naming the file and line, so that bad gold is never scored silently.
// The formats:
//
//   - json: this project's format (gold .json files, JSON Lines);
//   - brat: brat standoff (.ann beside .txt), with a mapping file from brat
//     entity types, attributes, notes and relations to this project's
//     types and attributes (see [Mapping]);
//   - polnear: PolNeAR's attribution scheme in brat standoff (Source, Cue
//     and Content spans joined by Attribution events): every quote-marked
//     stretch of a Content is a QUOTE whose speaker mention is the Source;
//   - timeml: TimeML TIMEX3 (TimeBank, TempEval-3): TIMEX3 of type DATE
//     whose value has one of this project's forms are DATE gold, the
//     creation time is the document date, and every other TIMEX3 is an
//     ignore region (see eval.Options.Ignore).
package format

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
)

// Gold is one gold document as a reader gives it.
type Gold struct {
	corpus.Annotated
	// Doc is the document the offsets count in, nil when the format does
	// not carry the text (json gold read without documents).
	Doc *corpus.Document
	// Ignore lists regions where the gold does not annotate (TimeML's
	// other TIMEX3); predictions there are not scored.
	Ignore []eval.Region
	// Source is the file the annotations were read from, and Lines the
	// line of each annotation in it (0 when unknown), parallel to
	// Annotations.
	Source string
	Lines  []int
	// Line is the line of the document's record in Source (0 when
	// unknown or the file is the document).
	Line int
	// Warnings are lines read and not used, which change no annotation
	// and are no error (brat: a note on a textbound that does not exist,
	// an attribute the mapping does not name), each a *corpus.Error with
	// file and line; at most 50, then a [MoreProblems].
	Warnings []error
}

// GoldOptions adjust gold reading.
type GoldOptions struct {
	// Stdin is read for the path "-" (json only); nil means os.Stdin.
	Stdin io.Reader
	// Mapping is the brat mapping file; "" means [DefaultMapping] alone.
	Mapping string
	// Docs maps document ids to documents; the json reader validates
	// its gold against them (offsets within the text, text equal to its
	// slice). Other formats carry their own text.
	Docs map[string]corpus.Document
	// Context, when set, stops the json reader when it is done, also
	// while it waits on a pipe or a FIFO (Ctrl-C). nil means never.
	Context context.Context
}

// GoldFormat is a gold file format.
type GoldFormat struct {
	Name    string
	Summary string
	// Speaker is how QUOTE speakers of this format's gold are best
	// scored: PolNeAR marks the source mention, not a canonical name.
	Speaker eval.SpeakerMatch
	// Types lists the types this format's gold annotates; nil means all.
	// Predictions of other types cannot be scored against it.
	Types []corpus.Type
	read  func(opts GoldOptions, paths []string) iter.Seq2[Gold, error]
}

// GoldFormats lists the gold formats.
func GoldFormats() []GoldFormat {
	return []GoldFormat{
		{Name: "json", Summary: "this project's gold .json files and JSON Lines", Speaker: eval.SpeakerName, read: readJSONGold},
		{Name: "brat", Summary: "brat standoff (.ann beside .txt) with a type mapping", Speaker: eval.SpeakerName, read: readBratGold},
		{Name: "polnear", Summary: "PolNeAR attributions (brat standoff): quoted stretches of Contents, speaker the Source", Speaker: eval.SpeakerSpanOrName, Types: []corpus.Type{corpus.Quote}, read: readPolNeAR},
		{Name: "timeml", Summary: "TimeML TIMEX3 (TimeBank): DATE values of this project's forms; other TIMEX3 ignored", Speaker: eval.SpeakerName, Types: []corpus.Type{corpus.Date}, read: readTimeML},
	}
}

// LookupGold returns the gold format named name.
func LookupGold(name string) (GoldFormat, error) {
	var names []string
	for _, f := range GoldFormats() {
		if f.Name == name {
			return f, nil
		}
		names = append(names, f.Name)
	}
	return GoldFormat{}, fmt.Errorf("unknown gold format %q: want one of %s", name, strings.Join(names, ", "))
}

// Read yields the gold documents at paths (files or folders, walked in
// lexical order). Each document is sorted and validated; a document with
// problems is not yielded, and each problem is yielded as an error naming
// file and line. A document id seen before is an error for the later one.
func (f GoldFormat) Read(opts GoldOptions, paths ...string) iter.Seq2[Gold, error] {
	return func(yield func(Gold, error) bool) {
		seen := make(map[string]string) // id -> where first read (file:line)
		for g, err := range f.read(opts, paths) {
			if err != nil {
				if g.Source != "" {
					// a document read in part: its other problems too,
					// all in one run, in line order
					g.sort()
					err = sortedProblems(g.Source, err, g.Validate())
				}
				if !yield(Gold{}, err) {
					return
				}
				continue
			}
			if first, dup := seen[g.ID]; dup {
				err := &corpus.Error{File: g.Source, Line: g.Line, Err: fmt.Errorf("duplicate document id %q (first read from %s)", g.ID, first)}
				if !yield(Gold{}, err) {
					return
				}
				continue
			}
			seen[g.ID] = g.Source
			if g.Line > 0 {
				seen[g.ID] = fmt.Sprintf("%s:%d", g.Source, g.Line)
			}
			g.sort()
			if probs := g.Validate(); len(probs) > 0 {
				for _, p := range probs {
					if !yield(Gold{}, p) {
						return
					}
				}
				continue
			}
			if !yield(g, nil) {
				return
			}
		}
	}
}

// sortedProblems joins the problems err holds and more, of the file
// source, in line order, at most maxReported and a count of the rest.
func sortedProblems(source string, err error, more []error) error {
	var all []error
	hidden := 0
	var flatten func(error)
	flatten = func(err error) {
		var mp *MoreProblems
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range j.Unwrap() {
				flatten(e)
			}
		} else if errors.As(err, &mp) {
			hidden += mp.N
		} else {
			all = append(all, err)
		}
	}
	flatten(err)
	all = append(all, more...)
	line := func(err error) int {
		var ce *corpus.Error
		if errors.As(err, &ce) {
			return ce.Line
		}
		return 0
	}
	slices.SortStableFunc(all, func(x, y error) int { return cmp.Compare(line(x), line(y)) })
	joined := joinCapped(source, all)
	if hidden > 0 {
		joined = errors.Join(joined, &MoreProblems{File: source, N: hidden})
	}
	return joined
}

// sort orders the annotations by start, end and type, keeping Lines
// parallel.
func (g *Gold) sort() {
	if len(g.Lines) != len(g.Annotations) {
		g.Lines = make([]int, len(g.Annotations))
	}
	idx := make([]int, len(g.Annotations))
	for i := range idx {
		idx[i] = i
	}
	as := g.Annotations
	slices.SortStableFunc(idx, func(x, y int) int {
		return cmp.Or(cmp.Compare(as[x].Start, as[y].Start), cmp.Compare(as[x].End, as[y].End),
			cmp.Compare(as[x].Type, as[y].Type))
	})
	sorted := make([]corpus.Annotation, len(as))
	lines := make([]int, len(as))
	for i, j := range idx {
		sorted[i], lines[i] = as[j], g.Lines[j]
	}
	g.Annotations, g.Lines = sorted, lines
}

// Validate checks g against the contract (corpus.Validate, with the text
// when known) and returns each problem as an error naming the file and,
// when known, the line of the annotation.
func (g *Gold) Validate() []error {
	var errs []error
	for _, p := range corpus.Validate(g.Annotated, g.Doc) {
		line := g.Line // a problem of the record as a whole: its line
		if p.Index >= 0 && p.Index < len(g.Lines) {
			line = g.Lines[p.Index]
		}
		file := g.Source
		if file == "" {
			file = "gold"
		}
		errs = append(errs, &corpus.Error{File: file, Line: line, Err: errors.New(p.String())})
	}
	return errs
}

// walk calls fn for every file at paths whose extension (lower case, with
// the dot) is in exts, folders walked in lexical order; hidden files and
// folders and macOS resource files ("._name") are skipped, and files in
// folders that are not regular files (FIFOs, devices, links to folders)
// are passed as errors, never opened: a FIFO would block the walk
// forever, a device never end. A file named explicitly is passed whatever
// its extension (openInput checks it). Problems are passed as errors. fn
// returns false to stop.
func walk(paths []string, exts []string, fn func(path string, err error) bool) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			if !fn(p, &corpus.Error{File: p, Err: unwrapPathError(err)}) {
				return
			}
			continue
		}
		if !info.IsDir() {
			if !fn(p, nil) {
				return
			}
			continue
		}
		stop := false
		p := corpus.WalkRoot(p)
		filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				if !fn(path, &corpus.Error{File: path, Err: unwrapPathError(err)}) {
					stop = true
					return fs.SkipAll
				}
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() || strings.HasPrefix(name, "._") || !slices.Contains(exts, walkExt(name, exts)) {
				return nil
			}
			// Stat follows a symbolic link to what it names
			if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
				if !fn(path, &corpus.Error{File: path, Err: fmt.Errorf("skipped: %s, not a regular file", corpus.FileKind(info.Mode()))}) {
					stop = true
					return fs.SkipAll
				}
				return nil
			}
			if !fn(path, nil) {
				stop = true
				return fs.SkipAll
			}
			return nil
		})
		if stop {
			return
		}
	}
}

func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// stem is the file name without folder and extension, escaped as the
// corpus reader makes ids of names (corpus.NameID): a gold file's id
// matches that of the text of the same name.
func stem(path string) string {
	base := filepath.Base(path)
	return corpus.NameID(strings.TrimSuffix(base, filepath.Ext(base)))
}

// openInput opens a gold input file (brat .ann, TimeML, a mapping or
// metadata file), refusing anything but a regular file (checked before
// opening: opening a FIFO blocks until a writer comes) and files larger
// than corpus.DefaultMaxBytes. Errors are *corpus.Error naming path.
func openInput(path string) (*os.File, error) {
	check := func(info fs.FileInfo) error {
		switch {
		case !info.Mode().IsRegular():
			return fmt.Errorf("%s, not a regular file", corpus.FileKind(info.Mode()))
		case info.Size() > corpus.DefaultMaxBytes:
			return fmt.Errorf("file of %d bytes, larger than %d", info.Size(), corpus.DefaultMaxBytes)
		}
		return nil
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, &corpus.Error{File: path, Err: unwrapPathError(err)}
	}
	if err := check(info); err != nil {
		return nil, &corpus.Error{File: path, Err: err}
	}
	// a FIFO put in its place since the check is refused without
	// blocking (corpus.OpenRegular)
	f, err := corpus.OpenRegular(path)
	if err != nil {
		return nil, &corpus.Error{File: path, Err: unwrapPathError(err)}
	}
	// the file opened may not be the one looked at (replaced meanwhile)
	if info, err = f.Stat(); err == nil {
		err = check(info)
	}
	if err != nil {
		f.Close()
		return nil, &corpus.Error{File: path, Err: err}
	}
	return f, nil
}

// readInput reads a whole gold input file through openInput, bounded by
// corpus.DefaultMaxBytes also if the file grows while it is read.
func readInput(path string) ([]byte, error) {
	f, err := openInput(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, corpus.DefaultMaxBytes+1))
	if err != nil {
		return nil, &corpus.Error{File: path, Err: unwrapPathError(err)}
	}
	if len(data) > corpus.DefaultMaxBytes {
		return nil, &corpus.Error{File: path, Err: fmt.Errorf("file larger than %d bytes", corpus.DefaultMaxBytes)}
	}
	return data, nil
}

// readText reads the .txt document at path as corpus.Reader does (date
// header included, size bounded while reading) under the id given. Only
// a regular file is read: a FIFO named like a text would block.
func readText(path, id string) (*corpus.Document, error) {
	if info, err := os.Stat(path); err == nil && !info.Mode().IsRegular() {
		return nil, &corpus.Error{File: path, Err: fmt.Errorf("%s, not a regular file", corpus.FileKind(info.Mode()))}
	}
	for d, err := range (&corpus.Reader{}).Read(path) {
		if err != nil {
			return nil, err
		}
		d.ID = id
		return &d, nil
	}
	return nil, &corpus.Error{File: path, Err: errors.New("no document")}
}

// readJSONGold reads this project's annotation files (.json, .jsonl,
// .ndjson; "-" for standard input).
func readJSONGold(opts GoldOptions, paths []string) iter.Seq2[Gold, error] {
	return func(yield func(Gold, error) bool) {
		read := func(path string) bool {
			for r, err := range corpus.ReadAnnotatedRecords(opts.Context, opts.Stdin, path) {
				var bad *corpus.AnnotationsError
				if errors.As(err, &bad) {
					// every problem of the record, not only the
					// annotations that cannot be read
					if !yieldProblems(bad, opts.Docs, yield) {
						return false
					}
					continue
				}
				if err != nil {
					if !yield(Gold{}, err) {
						return false
					}
					continue
				}
				if r.Annotations == nil && r.Error == "" {
					// as validate says (the sorted copy of a gold
					// document would hide it): red team 16, 1
					if !yield(Gold{}, &corpus.Error{File: r.File, Line: r.Line, Err: fmt.Errorf(`%s: "annotations" is missing or null: want a list ([] when there are none)`, r.ID)}) {
						return false
					}
					continue
				}
				g := Gold{Annotated: r.Annotated, Source: r.File, Lines: r.AnnotationLines, Line: r.Line}
				if d, ok := opts.Docs[r.ID]; ok {
					g.Doc = &d
				}
				if !yield(g, nil) {
					return false
				}
			}
			return true
		}
		for _, p := range paths {
			if p == "-" {
				if !read(p) {
					return
				}
				continue
			}
			stop := false
			walk([]string{p}, []string{".json", ".jsonl", ".ndjson"}, func(path string, err error) bool {
				if err != nil {
					stop = !yield(Gold{}, err)
				} else {
					stop = !read(path)
				}
				return !stop
			})
			if stop {
				return
			}
		}
	}
}

// yieldProblems yields every problem of a record some of whose
// annotations cannot be read, each naming file and line; docs gives the
// text to check the others against.
func yieldProblems(bad *corpus.AnnotationsError, docs map[string]corpus.Document, yield func(Gold, error) bool) bool {
	r := bad.Record
	var doc *corpus.Document
	if d, ok := docs[r.ID]; ok {
		doc = &d
	}
	for _, p := range bad.Problems(doc) {
		line := r.Line
		if p.Index >= 0 && p.Index < len(r.AnnotationLines) {
			line = r.AnnotationLines[p.Index]
		}
		if !yield(Gold{}, &corpus.Error{File: r.File, Line: line, Err: errors.New(p.String())}) {
			return false
		}
	}
	return true
}

// walkExt is the extension of name that walk compares with exts: for the
// JSON annotation files, which their reader decompresses, the one under
// .gz or .zst (corpus.AnnotationExt).
func walkExt(name string, exts []string) string {
	if slices.Contains(exts, ".jsonl") {
		return corpus.AnnotationExt(name)
	}
	return strings.ToLower(filepath.Ext(name))
}
