package format

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// WriteBrat writes the annotations of a as brat standoff (.ann) for the
// document text: one textbound per annotation, typed OFFICIAL, DATE,
// TROOPS or QUOTE; its attributes as AnnotatorNotes "field=value", one a
// note (brat's A values cannot hold spaces); a QUOTE's speaker mention as
// a textbound of type Speaker joined to the quote by a Speaker relation.
// Read back with the brat gold reader and [DefaultMapping], the result
// scores exactly as a.
func WriteBrat(w io.Writer, a corpus.Annotated, text string) error {
	ix := corpus.NewIndex(text)
	n := ix.Len()
	bw := bufio.NewWriter(w)
	tid, nid, rid := 0, 0, 0
	textbound := func(typ string, start, end int) (string, error) {
		if start < 0 || end > n || start >= end {
			return "", fmt.Errorf("document %s: span %d-%d does not fit the text (%d code points)", a.ID, start, end, n)
		}
		tid++
		id := "T" + strconv.Itoa(tid)
		// brat's text field is one line: the span's line breaks become
		// spaces there (the offsets still give the exact text).
		fmt.Fprintf(bw, "%s\t%s %d %d\t%s\n", id, typ, start, end, flatten(text[ix.Byte(start):ix.Byte(end)]))
		return id, nil
	}
	note := func(target, key, value string) {
		nid++
		fmt.Fprintf(bw, "#%d\tAnnotatorNotes %s\t%s=%s\n", nid, target, key, flatten(value))
	}
	for _, an := range a.Annotations {
		id, err := textbound(string(an.Type), an.Start, an.End)
		if err != nil {
			return err
		}
		switch an.Type {
		case corpus.Official:
			note(id, "name", an.Name)
			note(id, "title", an.Title)
		case corpus.Date:
			note(id, "value", an.Value)
		case corpus.Troops:
			note(id, "value", strconv.Itoa(an.Count))
			note(id, "mod", an.Mod)
		case corpus.Quote:
			note(id, "speaker", an.Speaker)
			note(id, "cue", an.Cue)
			if an.Speaker != "" && an.SpeakerStart >= 0 {
				sid, err := textbound(speakerType, an.SpeakerStart, an.SpeakerEnd)
				if err != nil {
					return err
				}
				rid++
				fmt.Fprintf(bw, "R%d\tSpeaker Arg1:%s Arg2:%s\n", rid, id, sid)
			}
		}
	}
	return bw.Flush()
}

// flatten puts s on one line for a brat field: line breaks and tabs
// become spaces, and so do the separators U+001C–U+001E, which Python's
// str.splitlines (and brat's own reader) takes for line breaks.
func flatten(s string) string {
	return strings.Map(func(r rune) rune {
		if flattened(r) {
			return ' '
		}
		return r
	}, s)
}

// flattened reports whether flatten writes r as a space.
func flattened(r rune) bool {
	switch r {
	case '\n', '\r', '\t', '\u2028', '\u2029', '\v', '\f', '\u0085', '\x1c', '\x1d', '\x1e':
		return true
	}
	return false
}

// BratFlattened lists the attribute values of a that [WriteBrat] cannot
// write as they are: a note is one line, so a line break or tab in a
// value becomes a space, and the brat files read back give the value
// with spaces. One message per value, naming the annotation and the
// attribute; nil when every value is written as it is. (A textbound's
// text field is flattened too, but its offsets keep the exact text.)
func BratFlattened(a corpus.Annotated) []string {
	var out []string
	for i, an := range a.Annotations {
		var fields [][2]string
		switch an.Type {
		case corpus.Official:
			fields = [][2]string{{"name", an.Name}, {"title", an.Title}}
		case corpus.Date:
			fields = [][2]string{{"value", an.Value}}
		case corpus.Troops:
			fields = [][2]string{{"mod", an.Mod}}
		case corpus.Quote:
			fields = [][2]string{{"speaker", an.Speaker}, {"cue", an.Cue}}
		}
		for _, f := range fields {
			if strings.ContainsFunc(f[1], flattened) {
				out = append(out, fmt.Sprintf("annotation %d (%s %d-%d): %s %s has a line break or tab, written as a space (a brat note is one line)",
					i, an.Type, an.Start, an.End, f[0], strconv.Quote(f[1])))
			}
		}
	}
	return out
}

// WriteBratDir writes the document a with its text into dir as brat's
// pair of files ID.txt and ID.ann. The id must be usable as a file name
// (no path separator, not "." or "..", no control character).
func WriteBratDir(dir string, a corpus.Annotated, text string) error {
	if err := checkFileID(a.ID); err != nil {
		return err
	}
	base := filepath.Join(dir, a.ID)
	// both checked first: never one file of the pair without the other
	for _, p := range []string{base + ".txt", base + ".ann"} {
		if err := replaceable(p); err != nil {
			return err
		}
	}
	ann, err := stageFile(base+".ann", func(w io.Writer) error { return WriteBrat(w, a, text) })
	if err != nil {
		return err
	}
	txt, err := stageFile(base+".txt", func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	})
	if err != nil {
		ann.discard()
		return err
	}
	if err := txt.commit(); err != nil {
		ann.discard()
		return err
	}
	return ann.commit()
}

// checkFileID reports whether a document id can name files in a folder.
func checkFileID(id string) error {
	bad := id == "" || id == "." || id == ".." || strings.ContainsAny(id, `/\`) ||
		strings.ContainsFunc(id, func(r rune) bool { return r < 0x20 || r == 0x7f })
	if bad {
		return fmt.Errorf("document id %q cannot name a file", id)
	}
	return nil
}
