package format

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// Row is one annotation as a flat, typed record: the row of the CSV, TSV
// and Parquet exports. Attributes of other types are absent (nil, or an
// empty cell).
type Row struct {
	Doc     string  `parquet:"doc,dict"`
	DocDate *string `parquet:"doc_date,optional"`
	Type    string  `parquet:"type,dict"`
	Start   int64   `parquet:"start"`
	End     int64   `parquet:"end"`
	Text    string  `parquet:"text"`
	// OFFICIAL
	Name  *string `parquet:"name,optional"`
	Title *string `parquet:"title,optional"`
	// DATE
	DateValue *string `parquet:"date_value,optional"`
	// TROOPS
	TroopsValue *int64  `parquet:"troops_value,optional"`
	TroopsMod   *string `parquet:"troops_mod,optional,dict"`
	// QUOTE
	Speaker      *string `parquet:"speaker,optional"`
	SpeakerStart *int64  `parquet:"speaker_start,optional"`
	SpeakerEnd   *int64  `parquet:"speaker_end,optional"`
	Cue          *string `parquet:"cue,optional"`
	// The extraction rule, when the annotation records one.
	Rule *string `parquet:"rule,optional,dict"`
}

// Columns are the names of the columns of the CSV and TSV exports, in
// order; the Parquet export has the same columns.
var Columns = []string{"doc", "doc_date", "type", "start", "end", "text",
	"name", "title", "date_value", "troops_value", "troops_mod",
	"speaker", "speaker_start", "speaker_end", "cue", "rule"}

// numericColumn marks the integer columns of [Columns]: never guarded.
var numericColumn = func() []bool {
	m := make([]bool, len(Columns))
	for i, c := range Columns {
		switch c {
		case "start", "end", "troops_value", "speaker_start", "speaker_end":
			m[i] = true
		}
	}
	return m
}()

// Rows returns the rows of the annotations of a, in its order. A failed
// document (Error set) has none.
func Rows(a corpus.Annotated) []Row {
	rows := make([]Row, 0, len(a.Annotations))
	str := func(s string) *string { return &s }
	num := func(n int) *int64 { v := int64(n); return &v }
	for _, an := range a.Annotations {
		r := Row{Doc: a.ID, Type: string(an.Type), Start: int64(an.Start), End: int64(an.End), Text: an.Text}
		if a.Date != "" {
			r.DocDate = str(a.Date)
		}
		switch an.Type {
		case corpus.Official:
			r.Name, r.Title = str(an.Name), str(an.Title)
		case corpus.Date:
			r.DateValue = str(an.Value)
		case corpus.Troops:
			r.TroopsValue, r.TroopsMod = num(an.Count), str(an.Mod)
		case corpus.Quote:
			r.Speaker, r.Cue = str(an.Speaker), str(an.Cue)
			if an.Speaker != "" && an.SpeakerStart >= 0 {
				r.SpeakerStart, r.SpeakerEnd = num(an.SpeakerStart), num(an.SpeakerEnd)
			}
		}
		if an.Rule != "" {
			r.Rule = str(an.Rule)
		}
		rows = append(rows, r)
	}
	return rows
}

// record returns the row's cells in [Columns] order: absent values are
// empty cells.
func (r Row) record() []string {
	s := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	n := func(p *int64) string {
		if p == nil {
			return ""
		}
		return strconv.FormatInt(*p, 10)
	}
	return []string{r.Doc, s(r.DocDate), r.Type, strconv.FormatInt(r.Start, 10), strconv.FormatInt(r.End, 10), r.Text,
		s(r.Name), s(r.Title), s(r.DateValue), n(r.TroopsValue), s(r.TroopsMod),
		s(r.Speaker), n(r.SpeakerStart), n(r.SpeakerEnd), s(r.Cue), s(r.Rule)}
}

// TableWriter writes annotations as CSV or TSV: a header row of
// [Columns], then one row per annotation. Fields are quoted as RFC 4180
// says (a field with the separator, a quotation mark or a line break is
// put in double quotes, quotes doubled), so that texts with line breaks
// survive; Python's csv module and pandas.read_csv read it back (for TSV:
// sep="\t"). Numbers are plain integers; a cell of another type's
// attribute is empty.
//
// A text cell that begins with =, +, -, @, a tab or a carriage return is
// a formula to a spreadsheet program (CSV injection). With
// GuardFormulas set, such cells get a leading apostrophe, which
// spreadsheets hide and pandas keeps; off by default, so that the text
// column equals the document's text.
type TableWriter struct {
	w      *csv.Writer
	header bool
	// GuardFormulas prefixes text cells that a spreadsheet would run.
	GuardFormulas bool
}

// guard returns cell with an apostrophe before a leading formula
// character.
func guard(cell string) string {
	if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
		return "'" + cell
	}
	return cell
}

// NewCSVWriter returns a TableWriter of comma-separated values.
func NewCSVWriter(w io.Writer) *TableWriter { return &TableWriter{w: csv.NewWriter(w)} }

// NewTSVWriter returns a TableWriter of tab-separated values.
func NewTSVWriter(w io.Writer) *TableWriter {
	cw := csv.NewWriter(w)
	cw.Comma = '\t'
	return &TableWriter{w: cw}
}

// Write writes the rows of one document (the header first, once).
func (t *TableWriter) Write(a corpus.Annotated) error {
	if !t.header {
		if err := t.w.Write(Columns); err != nil {
			return err
		}
		t.header = true
	}
	for _, r := range Rows(a) {
		rec := r.record()
		if t.GuardFormulas {
			for i, c := range rec {
				if !numericColumn[i] {
					rec[i] = guard(c)
				}
			}
		}
		if err := t.w.Write(rec); err != nil {
			return err
		}
	}
	return t.w.Error()
}

// Close writes the header if nothing was written and flushes.
func (t *TableWriter) Close() error {
	if !t.header {
		if err := t.w.Write(Columns); err != nil {
			return err
		}
		t.header = true
	}
	t.w.Flush()
	if err := t.w.Error(); err != nil {
		return fmt.Errorf("writing the table: %w", err)
	}
	return nil
}
