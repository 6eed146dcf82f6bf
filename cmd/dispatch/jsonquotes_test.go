package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/dispatch-nlp/dispatch/extract"
)

// TestJSONTextMarks: the quotation marks of JSON records are those of
// their "text" as decoded, not the JSON syntax's (before, every " of the
// file was counted: 8 for a record without a quotation mark in its text).
func TestJSONTextMarks(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		lines bool
		want  int64
	}{
		{"no mark", `{"id":"a","date":"2022-01-01","text":"No quotes here."}` + "\n", true, 0},
		{"escaped", `{"id":"a","text":"He said \"no\"."}`, true, 2},
		{"literal marks", `{"text":"“a” ‘b’ «c»"}`, true, 5}, // ’ is an apostrophe
		{"apostrophe not counted", `{"text":"it’s"}`, true, 0},
		{"unicode escapes", `{"text":"\u201ca\u201D \u0022 \u00ab\u00BB \u2018"}`, true, 6},
		{"other escapes", `{"text":"a\\\"b\\\\\n\t\/"}`, true, 1},
		{"other values", `{"id":"\"x\"","title":"“t”","text":"\"a\""}`, true, 2},
		{"key order", `{"text":"\"a\"","id":"\"x\""}`, true, 2},
		{"spaces", "\ufeff { \"text\" : \"\\\"a\\\"\" , \"id\" : \"\\\"\" }", true, 2},
		{"nested text key", `{"id":"a","meta":{"text":"\"x\""},"text":"b"}`, true, 0},
		{"array value", `{"id":["\"x\"",{"text":"\"y\""}],"text":"\"b"}`, true, 1},
		{"escaped key", `{"te\u0078t":"\"a\""}`, true, 2},
		{"near keys", `{"Text":"\"a\"","texts":"\"b\"","tex":"\"c\"","":"\"d\""}`, true, 0},
		{"lines", "{\"text\":\"\\\"a\"}\n{\"text\":\"“b”\"}\n", true, 3},
		{"unclosed line", "{\"text\":\"\\\"a\n{\"id\":\"\\\"\",\"text\":\"\\\"b\"}\n", true, 2},
		{"unbalanced line", "{\"x\":{\"text\":\"a\"\n{\"text\":\"\\\"b\"}\n", true, 1},
		{"pretty json", "{\n  \"id\": \"\\\"a\",\n  \"text\": \"\\\"b\\\"\"\n}\n{\"text\":\"“c”\"}", false, 4},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := jsonTextMarks(strings.NewReader(tc.in), tc.lines)
			if err != nil || got != tc.want {
				t.Errorf("got %d, %v; want %d", got, err, tc.want)
			}
			// every block boundary (marks and escapes cut in two)
			got, err = jsonTextMarks(iotest.OneByteReader(strings.NewReader(tc.in)), tc.lines)
			if err != nil || got != tc.want {
				t.Errorf("a byte at a time: got %d, %v; want %d", got, err, tc.want)
			}
		})
	}
}

// TestJSONTextMarksMatchDecoded: on random records, written as
// encoding/json writes them (with and without HTML escapes), the count is
// that of the decoded texts, which is what annotating them counts
// (extract.EstimateTextMemory).
func TestJSONTextMarksMatchDecoded(t *testing.T) {
	pieces := []string{`"`, "“", "”", "‘", "’", "«", "»", "\\", "a", " ", "<>&", "\n", "\t", "é", "\u2028", "{", "}", ":", ",", "text", "\x01"}
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 200 {
		var in strings.Builder
		enc := json.NewEncoder(&in)
		enc.SetEscapeHTML(round%2 == 0)
		var want int64
		for i := range 1 + r.IntN(5) {
			var text, id strings.Builder
			for range r.IntN(40) {
				text.WriteString(pieces[r.IntN(len(pieces))])
				id.WriteString(pieces[r.IntN(len(pieces))])
			}
			rec := map[string]string{"id": fmt.Sprint(i, id.String()), "text": text.String(), "title": id.String()}
			if err := enc.Encode(rec); err != nil {
				t.Fatal(err)
			}
			want += (extract.EstimateTextMemory(rec["text"]) - extract.EstimateMemory(len(rec["text"]))) / extract.MemoryPerQuoteMark
		}
		for _, lines := range []bool{true, false} {
			if got, _ := jsonTextMarks(strings.NewReader(in.String()), lines); got != want {
				t.Fatalf("lines %v: got %d, want %d in\n%s", lines, got, want, in.String())
			}
		}
	}
}

// TestRenderMemoryOfJSONLines: render counts the quotation marks of a JSON
// Lines file's texts, not of its JSON: ordinary records (no quotation
// mark, 8 " each in the JSON) are counted as the same texts in .txt
// files are, and a budget that holds the one holds the other. Before, the
// JSON Lines file was estimated at 8 × 1200 bytes more per record and
// refused.
func TestRenderMemoryOfJSONLines(t *testing.T) {
	dir := t.TempDir()
	text := "Lloyd Austin said on Monday that up to 8,500 troops were ready."
	var lines strings.Builder
	for i := range 200 {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprint("m", i), "date": "2022-02-13", "text": text})
		lines.Write(rec)
		lines.WriteByte('\n')
		if err := os.MkdirAll(filepath.Join(dir, "txt"), 0o755); err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, "txt", fmt.Sprint("m", i, ".txt")), text)
	}
	jsonl := filepath.Join(dir, "m.jsonl")
	write(t, jsonl, lines.String())
	txt, err := planInputMemoryOf("test", "1EiB", renderMemoryPerByte, []string{filepath.Join(dir, "txt")}, nil)
	if err != nil {
		t.Fatal(err)
	}
	js, err := planInputMemoryOf("test", "1EiB", renderMemoryPerByte, []string{jsonl}, nil)
	if err != nil {
		t.Fatal(err)
	}
	// the JSON's keys, ids and dates are counted by their bytes only
	if extra := js.estimate - txt.estimate; extra != renderTextMemoryPerByte*(js.text-txt.text) {
		t.Errorf("JSON Lines estimated %d bytes over the same texts in files, want %d (its %d bytes of JSON at %d)",
			extra, renderTextMemoryPerByte*(js.text-txt.text), js.text-txt.text, renderTextMemoryPerByte)
	}
	budget := fmt.Sprint(js.estimate>>10+1, "KiB")
	if _, err := planInputMemoryOf("test", budget, renderMemoryPerByte, []string{jsonl}, nil); err != nil {
		t.Errorf("--memory %s: %v", budget, err)
	}
	// standard input (a file) is JSON Lines too
	f, err := os.Open(jsonl)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	in, err := planInputMemoryOf("test", "1EiB", renderMemoryPerByte, []string{"-"}, f)
	if err != nil {
		t.Fatal(err)
	}
	if in.estimate != js.estimate {
		t.Errorf("standard input estimated at %d, the file at %d", in.estimate, js.estimate)
	}
}
