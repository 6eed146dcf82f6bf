package format

import (
	"fmt"
	"io"

	"github.com/dispatch-nlp/dispatch/corpus"
	"github.com/parquet-go/parquet-go"
)

// ParquetWriter writes annotations as a Parquet file with the typed
// schema of [Row]: doc, type, start, end and text required; doc_date and
// the attributes optional (null where the annotation's type has no such
// attribute), troops_value, start, end and the speaker offsets INT64,
// everything else UTF-8 strings; Zstandard compression.
type ParquetWriter struct {
	w *parquet.GenericWriter[Row]
}

// NewParquetWriter returns a ParquetWriter writing to w. Close must be
// called to write the file's footer.
func NewParquetWriter(w io.Writer) *ParquetWriter {
	return &ParquetWriter{w: parquet.NewGenericWriter[Row](w, parquet.Compression(&parquet.Zstd))}
}

// Write writes the rows of one document.
func (p *ParquetWriter) Write(a corpus.Annotated) error {
	rows := Rows(a)
	if len(rows) == 0 {
		return nil
	}
	if _, err := p.w.Write(rows); err != nil {
		return fmt.Errorf("writing Parquet rows of %s: %w", a.ID, err)
	}
	return nil
}

// Close writes the footer.
func (p *ParquetWriter) Close() error {
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("writing the Parquet footer: %w", err)
	}
	return nil
}

// ReadParquet reads back the rows of a Parquet file written by
// ParquetWriter.
func ReadParquet(r io.ReaderAt, size int64) ([]Row, error) {
	f, err := parquet.OpenFile(r, size)
	if err != nil {
		return nil, err
	}
	rd := parquet.NewGenericReader[Row](f)
	defer rd.Close()
	rows := make([]Row, f.NumRows())
	n := 0
	for n < len(rows) {
		k, err := rd.Read(rows[n:])
		n += k
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		if k == 0 {
			return nil, fmt.Errorf("parquet: no progress after %d of %d rows", n, len(rows))
		}
	}
	return rows[:n], nil
}
