package format

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"iter"
	"strings"
	"unicode/utf8"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/dispatch-nlp/dispatch/eval"
)

// readTimeML reads TimeML files (.tml, .xml). The document text is the
// character data of the TEXT element, tags removed and entities decoded;
// offsets count code points in it. The id is the DOCID (else the file
// name); the document date is the value of the TIMEX3 whose
// functionInDocument is CREATION_TIME, when it is a day.
//
// A TIMEX3 of type DATE inside TEXT whose value is a day (YYYY-MM-DD), a
// month (YYYY-MM), a year (YYYY) or an ISO week (YYYY-Www) is a DATE with
// that value. Every other TIMEX3 inside TEXT (durations, times, sets,
// quarters, seasons, PRESENT_REF, decades, week-ends) becomes an ignore
// region: a prediction there that overlaps no gold DATE is not scored.
func readTimeML(_ GoldOptions, paths []string) iter.Seq2[Gold, error] {
	return func(yield func(Gold, error) bool) {
		walk(paths, []string{".tml", ".xml"}, func(path string, err error) bool {
			if err != nil {
				return yield(Gold{}, err)
			}
			data, err := readInput(path)
			if err != nil {
				return yield(Gold{}, err)
			}
			g, err := ParseTimeML(data, path)
			return yield(g, err)
		})
	}
}

// ParseTimeML reads one TimeML document; source names it in errors and
// gives the id when the file has no DOCID. See the package documentation
// for what becomes gold.
func ParseTimeML(data []byte, source string) (Gold, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	var text strings.Builder
	runes := 0
	inText, inDocID := false, false
	var docID, dct string
	type open struct {
		start, line   int
		typ, val, fid string
	}
	var timex *open
	g := Gold{Source: source}
	fail := func(err error) (Gold, error) {
		line, _ := dec.InputPos()
		return Gold{}, &corpus.Error{File: source, Line: line, Err: err}
	}
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(fmt.Errorf("malformed TimeML: %v", err))
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "TEXT":
				inText = true
			case "DOCID":
				inDocID = true
			case "TIMEX3":
				if timex != nil {
					return fail(fmt.Errorf("TIMEX3 inside TIMEX3"))
				}
				line, _ := dec.InputPos()
				timex = &open{start: runes, line: line}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "type":
						timex.typ = a.Value
					case "value":
						timex.val = a.Value
					case "functionInDocument":
						timex.fid = a.Value
					}
				}
				if timex.fid == "CREATION_TIME" && dct == "" {
					dct = timex.val
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "DOCID":
				inDocID = false
			case "TIMEX3":
				if timex == nil {
					return fail(fmt.Errorf("unbalanced TIMEX3"))
				}
				if inText {
					g.addTimex(timex.typ, timex.val, timex.start, runes, timex.line)
				}
				timex = nil
			}
		case xml.CharData:
			switch {
			case inText:
				text.Write(t)
				runes += utf8.RuneCount(t)
			case inDocID:
				docID += string(t)
			}
		}
	}
	g.ID = strings.TrimSpace(docID)
	if g.ID == "" {
		g.ID = stem(source)
	}
	if len(dct) >= len(corpus.DateLayout) && isDay(dct[:len(corpus.DateLayout)]) {
		g.Date = dct[:len(corpus.DateLayout)]
	}
	doc := corpus.Document{ID: g.ID, Date: g.Date, Text: text.String(), Source: source}
	if strings.TrimSpace(doc.Text) == "" {
		return Gold{}, &corpus.Error{File: source, Err: fmt.Errorf("no TEXT element, or an empty one")}
	}
	g.Doc = &doc
	// Fill in the annotation texts now that the whole text is known.
	rs := []rune(doc.Text)
	for i := range g.Annotations {
		a := &g.Annotations[i]
		a.Text = string(rs[a.Start:a.End])
	}
	return g, nil
}

// addTimex records a TIMEX3 of the text: a DATE when its type and value
// fit, otherwise an ignore region.
func (g *Gold) addTimex(typ, value string, start, end, line int) {
	if typ == "DATE" && projectDateForm(value) {
		g.Annotations = append(g.Annotations, corpus.Annotation{Type: corpus.Date, Start: start, End: end,
			Value: value, SpeakerStart: -1, SpeakerEnd: -1})
		g.Lines = append(g.Lines, line)
		return
	}
	if end > start {
		g.Ignore = append(g.Ignore, eval.Region{Type: corpus.Date, Start: start, End: end})
	}
}

// projectDateForm reports whether a TimeML value has one of this
// project's DATE forms: YYYY, YYYY-MM, YYYY-MM-DD or YYYY-Www (digits
// only: TimeML's 199X, 1998-WXX, 1998-Q1, 1998-SU are not).
func projectDateForm(v string) bool {
	for _, pattern := range []string{"dddd", "dddd-dd", "dddd-dd-dd", "dddd-Wdd"} {
		if matchShape(v, pattern) {
			return true
		}
	}
	return false
}

func isDay(s string) bool { return matchShape(s, "dddd-dd-dd") }

// matchShape reports whether s matches pattern, 'd' standing for an ASCII
// digit and any other byte for itself.
func matchShape(s, pattern string) bool {
	if len(s) != len(pattern) {
		return false
	}
	for i := range len(s) {
		if pattern[i] == 'd' {
			if s[i] < '0' || s[i] > '9' {
				return false
			}
		} else if s[i] != pattern[i] {
			return false
		}
	}
	return true
}
