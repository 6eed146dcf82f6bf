package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// benchText is news-like text with curly quotes and dashes, so that the
// offset index has wide runes to record.
var benchText = strings.Repeat("The spokesman said the talks were “useful” — and that 8,500 troops "+
	"were on alert in Kyiv’s region, according to the ministry.\n", 400)

func BenchmarkNewIndex(b *testing.B) {
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(benchText)
	}
}

// BenchmarkIndexRune converts every token start of the text, as writing a
// document's annotations does for each span.
func BenchmarkIndexRune(b *testing.B) {
	ix := NewIndex(benchText)
	var offsets []int
	for i := 0; i < len(benchText); i++ {
		if benchText[i] == ' ' {
			offsets = append(offsets, i+1)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, o := range offsets {
			ix.Rune(o)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(offsets)), "ns/offset")
}

func BenchmarkReadJSONL(b *testing.B) {
	var sb strings.Builder
	for i := range 500 {
		fmt.Fprintf(&sb, "{\"id\": \"doc-%d\", \"date\": \"2022-01-24\", \"text\": %q}\n", i, benchText[:4000])
	}
	path := filepath.Join(b.TempDir(), "docs.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(sb.Len()))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		for _, err := range new(Reader).Read(path) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
		if n != 500 {
			b.Fatalf("%d documents, want 500", n)
		}
	}
}
