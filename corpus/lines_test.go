package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func TestLineCounter(t *testing.T) {
	data := []byte("a\nbb\n\nccc\nd")
	// asked in any order, each answer is 1 + the newlines before the offset
	for _, tc := range []struct {
		name    string
		offsets []int
	}{
		{"forward", []int{0, 1, 2, 5, 6, 7, 11}},
		{"backward", []int{11, 7, 6, 5, 2, 1, 0}},
		{"jumps", []int{6, 0, 11, 2, 2, 9, 3}},
		{"clamped", []int{-4, 50, -1, 12}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := newLineCounter(data)
			for _, at := range tc.offsets {
				want := 1 + bytes.Count(data[:min(max(at, 0), len(data))], []byte{'\n'})
				if got := c.lineOf(at); got != want {
					t.Errorf("lineOf(%d) = %d, want %d", at, got, want)
				}
			}
		})
	}
}

// TestReadManyAnnotationsOfOneDocument: a gold .json file of one document
// with 200,000 annotations (ten times the size that took 0.65 s when each
// annotation's line was counted from the file's start: redteam14 F1/F2,
// quadratic, 139 s at 200,000) is read with every annotation's line right.
// A generous deadline guards against a hang; no time is asserted.
func TestReadManyAnnotationsOfOneDocument(t *testing.T) {
	const n = 200_000
	for _, tc := range []struct {
		name string
		sep  string // between annotations
		line func(i int) int
	}{
		{"one line", ",", func(int) int { return 1 }},
		{"one annotation a line", ",\n", func(i int) int { return 2 + i }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			b.WriteString(`{"id":"big","annotations":[`)
			if tc.sep != "," {
				b.WriteString("\n")
			}
			for i := range n {
				if i > 0 {
					b.WriteString(tc.sep)
				}
				fmt.Fprintf(&b, `{"type":"DATE","start":%d,"end":%d,"text":"Monday","value":"2022-01-24"}`, 7*i, 7*i+6)
			}
			b.WriteString("]}\n")
			path := filepath.Join(t.TempDir(), "big.json")
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			guard := time.AfterFunc(5*time.Minute, func() { panic("reading one document of 200,000 annotations took over 5 minutes") })
			defer guard.Stop()
			docs := 0
			for r, err := range ReadAnnotatedRecords(context.Background(), nil, path) {
				if err != nil {
					t.Fatal(err)
				}
				docs++
				if len(r.AnnotationLines) != n {
					t.Fatalf("%d annotation lines, want %d", len(r.AnnotationLines), n)
				}
				for _, i := range []int{0, 1, n / 2, n - 1} {
					if got, want := r.AnnotationLines[i], tc.line(i); got != want {
						t.Errorf("annotation %d: line %d, want %d", i, got, want)
					}
				}
			}
			if docs != 1 {
				t.Errorf("%d documents, want 1", docs)
			}
		})
	}
}

// TestReadAnnotatedByteOrderMarks: annotation JSON Lines (predictions,
// gold) drop a byte-order mark at the start of any line, as document
// JSON Lines do: two BOM-led files concatenated read whole (redteam14
// F6). A mark elsewhere is an error naming the line.
func TestReadAnnotatedByteOrderMarks(t *testing.T) {
	const a, b = `{"id":"a","annotations":[]}`, `{"id":"b","annotations":[]}`
	for _, tc := range []struct {
		name, data string
		want       []string // ids read, or file:line of errors
	}{
		{"first line", "\uFEFF" + a + "\n" + b + "\n", []string{"a", "b"}},
		{"every line", "\uFEFF" + a + "\n\uFEFF" + b + "\n", []string{"a", "b"}},
		{"after a CRLF line", a + "\r\n\uFEFF" + b + "\r\n", []string{"a", "b"}},
		{"after the record", a + "\uFEFF\n" + b + "\n", []string{"x.jsonl:1", "b"}},
		{"two marks", "\uFEFF\uFEFF" + a + "\n" + b + "\n", []string{"x.jsonl:1", "b"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.jsonl")
			if err := os.WriteFile(path, []byte(tc.data), 0o644); err != nil {
				t.Fatal(err)
			}
			var got []string
			for r, err := range ReadAnnotatedRecords(context.Background(), nil, path) {
				var e *Error
				switch {
				case errors.As(err, &e):
					got = append(got, fmt.Sprintf("%s:%d", filepath.Base(e.File), e.Line))
				case err != nil:
					t.Fatal(err)
				default:
					got = append(got, r.ID)
				}
			}
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
