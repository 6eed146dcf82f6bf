package format

import (
	"bufio"
	"encoding/json"
	"io"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// WriteDocs writes documents as JSON Lines records {"id", "date", "text"}
// that corpus.Reader (and so 'dispatch annotate') reads back with the same
// text, so that offsets into it match the gold.
func WriteDocs(w io.Writer, docs []corpus.Document) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, d := range docs {
		rec := struct {
			ID   string `json:"id"`
			Date string `json:"date,omitempty"`
			Text string `json:"text"`
		}{d.ID, d.Date, d.Text}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return bw.Flush()
}
