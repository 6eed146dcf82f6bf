package format

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// readPolNeAR reads PolNeAR's attribution files (data/SPLIT/attributions
// /NAME_ANNOTATOR.ann, with the text in data/SPLIT/text/NAME.txt). paths
// are .ann files or folders holding them (data/dev, data/train). Of a
// document annotated by several annotators, the first file in lexical
// order is read and the others are skipped. The document date is the
// publication_date of data/metadata.tsv when that file is found in a
// folder above the .ann file; else the document is undated.
//
// Every Attribution (or Attribution-no-source) event joins a Content, a
// Cue and usually a Source. Each quote-marked stretch of the text that
// overlaps a Content becomes a QUOTE; of several overlapping Contents
// (nested attributions) the shortest, innermost one gives the speaker: the
// Source text as speaker, its span as the speaker mention, the Cue text
// as cue. Stretches overlapping no Content are not gold quotes.
func readPolNeAR(_ GoldOptions, paths []string) iter.Seq2[Gold, error] {
	return func(yield func(Gold, error) bool) {
		meta := metadataCache{}
		seen := make(map[string]bool) // document names read
		walk(paths, []string{".ann"}, func(path string, err error) bool {
			if err != nil {
				return yield(Gold{}, err)
			}
			name, txt := polnearText(path)
			if seen[name] {
				return true // another annotator's version
			}
			seen[name] = true
			date, problems := meta.date(path, name)
			for _, err := range problems {
				if !yield(Gold{}, err) {
					return false
				}
			}
			g, err := readPolNeARFile(path, txt, name, date)
			return yield(g, err)
		})
	}
}

var annotatorSuffix = regexp.MustCompile(`_[0-9a-f]{4}$`)

// polnearText returns the document name of an .ann file and the path of
// its text: ../text/NAME.txt beside the attributions folder, else
// NAME.txt in the same folder.
func polnearText(ann string) (name, txt string) {
	name = stem(ann)
	dir := filepath.Dir(ann)
	for _, n := range []string{annotatorSuffix.ReplaceAllString(name, ""), name} {
		for _, p := range []string{filepath.Join(dir, "..", "text", n+".txt"), filepath.Join(dir, n+".txt")} {
			if _, err := os.Stat(p); err == nil {
				return n, p
			}
		}
	}
	n := annotatorSuffix.ReplaceAllString(name, "")
	return n, filepath.Join(dir, "..", "text", n+".txt")
}

func readPolNeARFile(path, txt, name, date string) (Gold, error) {
	b, doc, err := readBrat(path, txt, name)
	if err != nil {
		return Gold{}, err
	}
	doc.Date = date
	ix := corpus.NewIndex(doc.Text)
	if errs, _ := b.checkText(ix, doc.Text); len(errs) > 0 {
		return Gold{}, errs[0]
	}
	type attribution struct {
		content []Fragment
		length  int
		source  *Textbound
		cue     string
		line    int
	}
	var atts []attribution
	for _, e := range b.Events {
		if !strings.HasPrefix(e.Type, "Attribution") {
			continue
		}
		a := attribution{line: e.Line}
		var cues []string
		for _, arg := range e.Args {
			t, ok := b.Textbound(arg.ID)
			if !ok {
				return Gold{}, &corpus.Error{File: path, Line: e.Line, Err: fmt.Errorf("event %s: no textbound %s", e.ID, arg.ID)}
			}
			switch {
			case strings.HasPrefix(arg.Role, "Content"):
				a.content = append(a.content, t.Fragments...)
				for _, fr := range t.Fragments {
					a.length += fr.End - fr.Start
				}
			case strings.HasPrefix(arg.Role, "Source"):
				if a.source == nil {
					a.source = &t
				}
			case strings.HasPrefix(arg.Role, "Cue"):
				cues = append(cues, t.Text)
			}
		}
		a.cue = strings.Join(cues, " ")
		if len(a.content) > 0 {
			atts = append(atts, a)
		}
	}
	g := Gold{Annotated: corpus.Annotated{ID: name, Date: date}, Doc: doc, Source: path}
	rs := []rune(doc.Text)
	for _, q := range quoteStretches(doc.Text) {
		best := -1
		for i, a := range atts {
			overlaps := false
			for _, fr := range a.content {
				if fr.Start < q.end && q.start < fr.End {
					overlaps = true
					break
				}
			}
			if overlaps && (best < 0 || a.length < atts[best].length) {
				best = i
			}
		}
		if best < 0 {
			continue
		}
		a := atts[best]
		an := corpus.Annotation{Type: corpus.Quote, Start: q.start, End: q.end, Text: string(rs[q.start:q.end]),
			Cue: a.cue, SpeakerStart: -1, SpeakerEnd: -1}
		if s := a.source; s != nil {
			an.Speaker = oneLine(s.Text)
			an.SpeakerStart, an.SpeakerEnd = s.Start(), s.End()
		}
		g.Annotations = append(g.Annotations, an)
		g.Lines = append(g.Lines, a.line)
	}
	return g, nil
}

// oneLine replaces runs of white space with one space and trims.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// metadataCache reads PolNeAR's data/metadata.tsv once per folder.
type metadataCache map[string]map[string]string // metadata path -> name -> date

// date returns the publication date of document name, looking for
// metadata.tsv up to three folders above the .ann file; "" when unknown.
// problems are those of a metadata file read for the first time (file
// and line of each): they are reported once, not for every document.
func (c metadataCache) date(ann, name string) (date string, problems []error) {
	dir := filepath.Dir(ann)
	for range 4 {
		p := filepath.Join(dir, "metadata.tsv")
		dates, ok := c[p]
		if !ok {
			dates, problems = readMetadata(p)
			c[p] = dates
		}
		if dates != nil {
			return dates[name], problems
		}
		dir = filepath.Dir(dir)
	}
	return "", problems
}

// maxMetadataLine bounds a line of metadata.tsv (its lines are short).
const maxMetadataLine = 1 << 20

// readMetadata reads the filename and publication_date columns of a
// PolNeAR metadata file; nil when there is no such file. A line longer
// than maxMetadataLine is skipped and reported with its file and line;
// the lines after it are read.
func readMetadata(path string) (map[string]string, []error) {
	f, err := openInput(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []error{err}
	}
	defer f.Close()
	var problems []error
	br := bufio.NewReaderSize(f, 64<<10)
	dates := make(map[string]string)
	nameCol, dateCol := -1, -1
	for n := 1; ; n++ {
		line, size, tooLong, err := readMetadataLine(br)
		if err != nil && err != io.EOF {
			return dates, append(problems, &corpus.Error{File: path, Line: n, Err: unwrapPathError(err)})
		}
		if size == 0 {
			return dates, problems
		}
		if tooLong {
			problems = append(problems, &corpus.Error{File: path, Line: n,
				Err: fmt.Errorf("line of %d bytes, longer than %d: skipped (its publication date is lost)", size, maxMetadataLine)})
			continue
		}
		cols := strings.Split(strings.TrimRight(line, "\r\n"), "\t")
		if nameCol < 0 {
			for i, c := range cols {
				switch c {
				case "filename":
					nameCol = i
				case "publication_date":
					dateCol = i
				}
			}
			if nameCol < 0 || dateCol < 0 {
				return dates, problems
			}
			continue
		}
		if len(cols) > max(nameCol, dateCol) {
			if d := cols[dateCol]; len(d) == len(corpus.DateLayout) {
				dates[cols[nameCol]] = d
			}
		}
	}
}

// readMetadataLine reads one line of br, line break included. A line
// longer than maxMetadataLine (line break aside) is read through without
// being kept: tooLong is set and only its size is returned. size is 0 at
// the end.
func readMetadataLine(br *bufio.Reader) (line string, size int, tooLong bool, err error) {
	var b strings.Builder
	for {
		chunk, err := br.ReadSlice('\n')
		size += len(chunk)
		if size <= maxMetadataLine+2 { // the line and "\r\n"
			b.Write(chunk)
		}
		if err != bufio.ErrBufferFull {
			line = b.String()
			if size > maxMetadataLine+2 || len(strings.TrimRight(line, "\r\n")) > maxMetadataLine {
				return "", size, true, err
			}
			return line, size, false, err
		}
	}
}
