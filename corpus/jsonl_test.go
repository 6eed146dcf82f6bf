package corpus

import (
	"errors"
	"strings"
	"testing"
)

func TestReadJSONLStream(t *testing.T) {
	in := `{"id":"a","text":"One."}` + "\n\n" + `{"text":"Two."}` + "\n" + `{"text":` + "\n" + `{"id":"a","text":"Again."}` + "\n"
	type got struct {
		id   string
		line int
		err  string
	}
	want := []got{
		{id: "a", line: 1},
		{id: "base-3", line: 3},
		{line: 4, err: "malformed JSON"},
		{id: "a", line: 5}, // no duplicate check across or within a stream
	}
	var all []got
	for d, err := range (&Reader{}).ReadJSONL(strings.NewReader(in), "f.jsonl", "base") {
		g := got{id: d.ID, line: d.Line()}
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || e.File != "f.jsonl" {
				t.Fatalf("error %v: want an *Error naming f.jsonl", err)
			}
			g.line, g.err = e.Line, "malformed JSON"
			if !strings.Contains(err.Error(), g.err) {
				t.Fatalf("error %v: want %q", err, g.err)
			}
		}
		all = append(all, g)
	}
	if len(all) != len(want) {
		t.Fatalf("got %d results %v, want %v", len(all), all, want)
	}
	for i := range want {
		if all[i] != want[i] {
			t.Errorf("result %d = %+v, want %+v", i, all[i], want[i])
		}
	}
}
