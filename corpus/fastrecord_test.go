package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// fastRecordCases are records fastRecord takes or leaves; either way the
// result must be decodeRecordJSON's.
var fastRecordCases = []string{
	`{"id":"a","date":"2024-01-02","text":"Hello."}`,
	` { "text" : "x" , "id" : "b" } `,
	"{\"text\":\"tab\\tnew\\nline \\\"q\\\" \\\\ \\/ \\b\\f\\r\"}",
	`{"text":"\u00e9t\u00C9 \u20ac \u0000"}`,
	`{"text":"caf` + "\u00e9" + ` – “quoted”"}`,
	`{"text":"\ud83d\ude00"}`,
	`{"text":"\ud83d"}`,
	`{"text":"a","text":"b"}`,
	`{"Text":"a"}`,
	`{"TEXT":"a","text":"b"}`,
	`{"text":"a","other":"b"}`,
	`{"text":"a","n":1}`,
	`{"text":"a","o":{"x":"y"}}`,
	`{"text":null}`,
	`{"id":null,"text":"a"}`,
	`{}`,
	`{ }`,
	`null`,
	`[]`,
	`{"text":"a"} x`,
	`{"text":"a",}`,
	`{"text":"a"`,
	`{"text":"a\x"}`,
	`{"text":"a\u12"}`,
	"{\"text\":\"a\tb\"}",
	`{"te\u0078t":"a"}`,
	`{"text":"a" "id":"b"}`,
	`{"text" "a"}`,
	`{"":"a","text":"b"}`,
	`{"text":""}`,
	`{"id":"","text":"b"}`,
	`{"a":"1","b":"2","c":"3","d":"4","e":"5","f":"6","g":"7","h":"8","i":"9","text":"t"}`,
	// an escaped short value before a long text (copied out of the
	// builder's room), and a long escaped text (kept in it)
	`{"id":"a\"b","text":"` + strings.Repeat(`word \"quoted\"\n`, 200) + `"}`,
}

func checkFastRecord(t *testing.T, raw []byte) {
	fast, ok := fastRecord(raw)
	if !ok {
		return
	}
	slow, err := decodeRecordJSON(raw)
	if err != nil {
		t.Fatalf("%q: fastRecord took it, encoding/json refuses it: %v", raw, err)
	}
	same := func(a, b *string) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
	if !same(fast.ID, slow.ID) || !same(fast.Date, slow.Date) || !same(fast.Text, slow.Text) {
		t.Fatalf("%q: fastRecord and encoding/json differ", raw)
	}
}

func TestFastRecordAgreesWithJSON(t *testing.T) {
	took := 0
	for _, c := range fastRecordCases {
		checkFastRecord(t, []byte(c))
		if _, ok := fastRecord([]byte(c)); ok {
			took++
		}
	}
	// a quote, an escape or a control character at every place of a
	// word-at-a-time scan
	for n := 0; n < 20; n++ {
		for _, mark := range []string{`\"`, `\\`, `\n`, `\u00e9`, "\t", "\x01", `"`, "\u00e9"} {
			text := strings.Repeat("a", n) + mark + strings.Repeat("b", 20-n)
			checkFastRecord(t, []byte(`{"id":"x","text":"`+text+`"}`))
		}
	}
	if took < 10 {
		t.Errorf("fastRecord took %d cases, want the common ones", took)
	}
}

func FuzzFastRecord(f *testing.F) {
	for _, c := range fastRecordCases {
		f.Add([]byte(c))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		if !validForRecord(raw) {
			return
		}
		checkFastRecord(t, raw)
	})
}

// validForRecord is what parseRecord checks before decoding.
func validForRecord(raw []byte) bool {
	return utf8.Valid(raw) && checkSurrogates(raw) == nil
}
