package corpus

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"
)

// Seed corpora live in testdata/fuzz/<FuzzName>/ (go test fuzz v1 files);
// plain `go test` runs them as regression cases. Fuzz with, for example,
//
//	go test -run XXX -fuzz FuzzParseText -fuzztime 75s ./corpus

// FuzzParseText checks ParseText and the offset Index on arbitrary bytes:
// no panic, a *Error naming the file on failure, and on success a
// document whose text is the input, whose body starts on a rune boundary
// after a well-formed header, and whose Index converts every rune
// boundary both ways.
func FuzzParseText(f *testing.F) {
	f.Add([]byte(" date 2022-01-24 Biden said: “No.”\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := ParseText("f", "f.txt", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File != "f.txt" {
				t.Fatalf("error %v (%T) is not a *Error naming f.txt", err, err)
			}
			if e.Line < 0 || e.Line > 1+bytes.Count(data, []byte{'\n'}) {
				t.Fatalf("error %v: line %d out of range", err, e.Line)
			}
			return
		}
		if !utf8.Valid(data) || bytes.IndexByte(data, 0) >= 0 {
			t.Fatalf("accepted text that is not UTF-8 or holds NUL: %q", data)
		}
		if doc.Text != string(data) || doc.ID != "f" || doc.Source != "f.txt" {
			t.Fatalf("document %+v does not hold the input", doc)
		}
		if doc.BodyStart < 0 || doc.BodyStart > len(doc.Text) || !boundary(doc.Text, doc.BodyStart) {
			t.Fatalf("BodyStart %d is not a rune boundary of %q", doc.BodyStart, doc.Text)
		}
		if strings.TrimSpace(doc.Text[doc.BodyStart:]) == "" {
			t.Fatalf("accepted an empty body: %q", doc.Text)
		}
		if doc.Date == "" {
			// a byte-order mark is no body text
			if want := len(doc.Text) - len(strings.TrimPrefix(doc.Text, "\uFEFF")); doc.BodyStart != want {
				t.Fatalf("no date, but the body starts at %d", doc.BodyStart)
			}
		} else {
			if !validDay(doc.Date) {
				t.Fatalf("date %q is not a calendar day", doc.Date)
			}
			header := strings.TrimPrefix(strings.TrimPrefix(doc.Text[:doc.BodyStart], "\uFEFF"), " ")
			if !strings.HasPrefix(header, "date "+doc.Date) {
				t.Fatalf("header %q does not state date %q", doc.Text[:doc.BodyStart], doc.Date)
			}
		}
		checkIndex(t, doc.Text)
	})
}

// boundary reports whether byte offset b of s is a rune boundary.
func boundary(s string, b int) bool {
	return b == len(s) || b >= 0 && b < len(s) && utf8.RuneStart(s[b])
}

// checkIndex checks that NewIndex(s) converts every rune boundary of s
// between bytes and code points, both ways.
func checkIndex(t *testing.T, s string) {
	t.Helper()
	ix := NewIndex(s)
	if n := utf8.RuneCountInString(s); ix.Len() != n {
		t.Fatalf("Index.Len() = %d, want %d", ix.Len(), n)
	}
	r := 0
	for b := range s {
		if got := ix.Rune(b); got != r {
			t.Fatalf("Index.Rune(%d) = %d, want %d", b, got, r)
		}
		if got := ix.Byte(r); got != b {
			t.Fatalf("Index.Byte(%d) = %d, want %d", r, got, b)
		}
		r++
	}
	if ix.Rune(len(s)) != r || ix.Byte(r) != len(s) {
		t.Fatalf("Index: end of text %d bytes / %d code points does not convert", len(s), r)
	}
}

// FuzzReadJSONL reads arbitrary bytes as JSON Lines on standard input,
// with a small and the default size limit: no panic; every error a *Error
// naming <stdin> and a line of the input, lines in order; every document
// with a unique non-empty id, a valid date, and a non-blank UTF-8 text
// without NUL.
func FuzzReadJSONL(f *testing.F) {
	f.Add([]byte(`{"id": "a", "date": "2022-01-24", "text": "Biden said “no”."}` + "\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		lines := 1 + bytes.Count(data, []byte{'\n'})
		for _, max := range []int{64, 0} {
			r := &Reader{MaxBytes: max, Stdin: bytes.NewReader(data)}
			ids := map[string]bool{}
			last := 0
			for doc, err := range r.Read("-") {
				if err != nil {
					var e *Error
					if !errors.As(err, &e) || e.File != "<stdin>" || e.Line < 1 || e.Line > lines {
						t.Fatalf("max %d: error %v (%T): want a *Error on a line of <stdin> (1-%d)", max, err, err, lines)
					}
					if e.Line < last {
						t.Fatalf("max %d: error on line %d after line %d", max, e.Line, last)
					}
					last = e.Line
					continue
				}
				if doc.ID == "" || ids[doc.ID] {
					t.Fatalf("max %d: empty or duplicate id %q", max, doc.ID)
				}
				ids[doc.ID] = true
				if doc.Date != "" && !validDay(doc.Date) {
					t.Fatalf("max %d: date %q is not a calendar day", max, doc.Date)
				}
				if !utf8.ValidString(doc.Text) || strings.IndexByte(doc.Text, 0) >= 0 || strings.TrimSpace(doc.Text) == "" {
					t.Fatalf("max %d: bad text %q", max, doc.Text)
				}
				if doc.BodyStart != 0 || !strings.HasPrefix(doc.Source, "<stdin>:") {
					t.Fatalf("max %d: BodyStart %d, Source %q", max, doc.BodyStart, doc.Source)
				}
				if max > 0 && len(doc.Text) > max {
					t.Fatalf("max %d: accepted a text of %d bytes", max, len(doc.Text))
				}
			}
		}
	})
}

// FuzzReadAnnotated reads arbitrary bytes as an annotation file, both as
// JSON Lines and as a .json stream of objects, and validates what it
// reads against the text: no panic in reading or in Validate; every
// error a *Error naming the file; and writing a record is a fixed point
// (what WriteAnnotated writes reads back and writes again the same).
func FuzzReadAnnotated(f *testing.F) {
	f.Add([]byte(`{"id":"x","annotations":[{"type":"DATE","start":0,"end":6,"text":"Monday","value":"2022-01-24"}]}`), "Monday")
	f.Fuzz(func(t *testing.T, data []byte, text string) {
		var doc *Document
		if d, err := ParseText("x", "x.txt", []byte(text)); err == nil {
			doc = &d
		} else if utf8.ValidString(text) {
			doc = &Document{ID: "x", Text: text}
		}
		check := func(a Annotated, err error, file string) bool {
			if err != nil {
				var e *Error
				if !errors.As(err, &e) || e.File != file || e.Line < 0 {
					t.Fatalf("%s: error %v (%T) is not a *Error naming the file", file, err, err)
				}
				return true
			}
			if a.ID == "" {
				t.Fatalf("%s: record without id: %+v", file, a)
			}
			Validate(a, nil)
			if doc != nil {
				Validate(a, doc)
			}
			var b1, b2 bytes.Buffer
			if err := WriteAnnotated(&b1, a); err != nil {
				t.Fatalf("%s: WriteAnnotated: %v", file, err)
			}
			var a2 Annotated
			if err := json.Unmarshal(b1.Bytes(), &a2); err != nil {
				t.Fatalf("%s: what WriteAnnotated wrote does not read back: %v\n%s", file, err, b1.Bytes())
			}
			if err := WriteAnnotated(&b2, a2); err != nil {
				t.Fatalf("%s: WriteAnnotated: %v", file, err)
			}
			if !bytes.Equal(b1.Bytes(), b2.Bytes()) {
				t.Fatalf("%s: writing is not a fixed point:\n%s\n%s", file, b1.Bytes(), b2.Bytes())
			}
			return true
		}
		readAnnotatedLines(context.Background(), bytes.NewReader(data), "x.jsonl", func(r Record, err error) bool { return check(r.Annotated, err, "x.jsonl") })
		readAnnotatedObjects(context.Background(), bytes.NewReader(data), "x.json", func(r Record, err error) bool { return check(r.Annotated, err, "x.json") })
		// The public entry point on standard input reads JSON Lines.
		for a, err := range ReadAnnotated(io.MultiReader(bytes.NewReader(data)), "-") {
			check(a, err, "<stdin>")
		}
	})
}
