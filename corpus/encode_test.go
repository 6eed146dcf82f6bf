package corpus

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// encodeWithEncoder is how records were written before AppendJSON: the
// reference the appenders must match byte for byte.
func encodeWithEncoder(t *testing.T, a Annotated) []byte {
	t.Helper()
	if a.Annotations == nil && a.Error == "" {
		a.Annotations = []Annotation{}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(a); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAppendJSONMatchesEncoder(t *testing.T) {
	hard := []string{"", "plain", `quote " and \ backslash`, "tab\there\nnewline\r\b\f\x00\x1f\x7f",
		"<b>&amp;</b>", "curly “quotes” — dash", "line\u2028sep\u2029para", "bad \xff\xfe utf8 \xe2\x80",
		"emoji 🙂 and ü", strings.Repeat("x", 3000)}
	// every special byte at every place of a word of eight, and after
	for _, c := range []string{"\"", "\\", "\n", "\x00", "\x1f", "\x7f", "<", ">", "&", "é", "\u2028", "\xff"} {
		for k := 0; k <= 17; k++ {
			hard = append(hard, strings.Repeat("a", k)+c+strings.Repeat("b", 17-k))
		}
	}
	var recs []Annotated
	for i, s := range hard {
		anns := []Annotation{
			{Type: Official, Start: i, End: i + 5, Text: s, Name: s, Title: s},
			{Type: Date, Start: 1, End: 2, Text: s, Value: s, Rule: s},
			{Type: Troops, Start: 3, End: 40, Text: s, Count: -i * 1000, Mod: s},
			{Type: Quote, Start: 0, End: 9, Text: s, Speaker: s, Cue: s, SpeakerStart: 4, SpeakerEnd: 8},
			{Type: Quote, Start: 0, End: 9, Text: s, Cue: s, SpeakerStart: -1, SpeakerEnd: -1},
			{Type: Type(s), Start: 0, End: 9, Text: s},
		}
		recs = append(recs,
			Annotated{ID: s, Date: s, Annotations: anns},
			Annotated{ID: s},
			Annotated{ID: s, Error: s},
			Annotated{ID: s, Error: s, Annotations: anns[:1]},
			Annotated{ID: s, Annotations: []Annotation{}})
	}
	for _, r := range recs {
		want := encodeWithEncoder(t, r)
		if got := r.AppendJSON(nil); !bytes.Equal(got, want) {
			t.Errorf("AppendJSON:\n got %s\nwant %s", got, want)
		}
		var b bytes.Buffer
		if err := WriteAnnotated(&b, r); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("WriteAnnotated:\n got %s\nwant %s", b.Bytes(), want)
		}
	}
}

// TestWriteJSONChunks checks that the chunked writer writes the bytes
// AppendJSON appends, for records below and far above the chunk size,
// and never holds a whole large record in its buffer.
func TestWriteJSONChunks(t *testing.T) {
	for _, n := range []int{0, 1, 63, 64, 65, 5000} {
		anns := make([]Annotation, n)
		for i := range anns {
			anns[i] = Annotation{Type: Date, Start: i, End: i + 3, Text: "Dec. “23”", Value: "2022-12-23", Rule: "month-day"}
		}
		for _, r := range []Annotated{{ID: "d", Date: "2022-01-24", Annotations: anns}, {ID: "e", Error: "bad", Annotations: anns}} {
			want := r.AppendJSON(nil)
			var b bytes.Buffer
			buf, err := r.WriteJSON(&b, nil)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("%d annotations: WriteJSON differs from AppendJSON", n)
			}
			if cap(buf) > 2*chunkBytes {
				t.Errorf("%d annotations: buffer grew to %d bytes", n, cap(buf))
			}
		}
	}
}

// BenchmarkAppendJSON writes a record of 40 annotations into a reused
// buffer, as 'dispatch annotate' does.
func BenchmarkAppendJSON(b *testing.B) {
	rec := benchRecord()
	var buf []byte
	b.ReportAllocs()
	for b.Loop() {
		buf = rec.AppendJSON(buf[:0])
	}
	b.SetBytes(int64(len(buf)))
}

// BenchmarkWriteAnnotated writes the same record with WriteAnnotated.
func BenchmarkWriteAnnotated(b *testing.B) {
	rec := benchRecord()
	var out bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		out.Reset()
		if err := WriteAnnotated(&out, rec); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(out.Len()))
}

func benchRecord() Annotated {
	rec := Annotated{ID: "003_d5e074fcf22a0365", Date: "2022-01-24"}
	for i := range 10 {
		rec.Annotations = append(rec.Annotations,
			Annotation{Type: Official, Start: 10 * i, End: 10*i + 30, Text: "Pentagon spokesman John Kirby", Name: "John Kirby", Title: "Pentagon spokesman"},
			Annotation{Type: Date, Start: 10 * i, End: 10*i + 6, Text: "Monday", Value: "2022-01-24"},
			Annotation{Type: Troops, Start: 10 * i, End: 10*i + 12, Text: "8,500 troops", Count: 8500, Mod: "exact"},
			Annotation{Type: Quote, Start: 10 * i, End: 10*i + 80, Text: "“We are ready to deploy troops — if asked,” he said.", Speaker: "John Kirby", Cue: "said", SpeakerStart: 3, SpeakerEnd: 13})
	}
	return rec
}
