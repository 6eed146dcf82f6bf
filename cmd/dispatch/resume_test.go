package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dispatch-nlp/dispatch/corpus"
)

// TestResumeLongLine: a line of the resumed file longer than the largest
// record is a corrupt record, dropped and named, and never held whole in
// memory (it was read to its end, whatever its length); over-long as the
// first line, the file is no dispatch output; cut short at the end, it is
// the cut-short last line.
func TestResumeLongLine(t *testing.T) {
	h := corpus.Header{Version: "test", Types: []corpus.Type{corpus.Date}}
	var head bytes.Buffer
	if err := corpus.WriteHeader(&head, h); err != nil {
		t.Fatal(err)
	}
	rec := `{"id":"a","text":"x","annotations":[]}` + "\n"
	long := `{"id":"b","text":"` + strings.Repeat("x", 4000) + `","annotations":[]}` + "\n"
	const max = 1000
	for _, tc := range []struct {
		name, file string
		keep       int
		dropped    string
		err        string
	}{
		{"middle", head.String() + long + rec, 2, "f:2: corrupt record: line of 4038 bytes, larger than 1000", ""},
		{"last, whole", head.String() + rec + long, 2, "f:3: corrupt record: line of 4038 bytes", ""},
		{"last, cut short", head.String() + rec + long[:3000], 2, "f:3: the last line, cut short (3000 bytes)", ""},
		{"first", long + rec, 0, "", "not dispatch output (its first line is longer than 1000 bytes)"},
		{"at the limit", head.String() + `{"id":"c","text":"` + strings.Repeat("x", max-37) + `","annotations":[]}` + "\n", 2, "", ""},
	} {
		st, err := scanResume(strings.NewReader(tc.file), "f", h, max)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("%s: error %v, want %q", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		got := strings.Join(st.dropped, "\n")
		if len(st.keep) != tc.keep || !strings.Contains(got, tc.dropped) || (tc.dropped == "") != (got == "") {
			t.Errorf("%s: kept %d lines, dropped %q; want %d, %q", tc.name, len(st.keep), got, tc.keep, tc.dropped)
		}
	}
}
