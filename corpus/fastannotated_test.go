package corpus

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// checkFastAnnotated says where fastAnnotated differs from encoding/json
// on raw: where it takes a record, the result must be json.Unmarshal's.
func checkFastAnnotated(t *testing.T, raw []byte) (fast bool) {
	t.Helper()
	if checkAnnotatedLine(raw) != nil {
		return false
	}
	got, ok := fastAnnotated(raw, &interner{})
	if !ok {
		return false
	}
	var want Annotated
	if err := json.Unmarshal(raw, &want); err != nil {
		t.Errorf("fastAnnotated took %q, encoding/json refuses it: %v", raw, err)
		return true
	}
	if d := findDuplicateKey(raw, true, true); d != nil {
		t.Errorf("fastAnnotated took %q, which has a duplicate key", raw)
	}
	if len(want.Annotations) == 0 && len(got.Annotations) == 0 {
		want.Annotations, got.Annotations = nil, nil
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("fastAnnotated(%q)\n got %+v\nwant %+v", raw, got, want)
	}
	return true
}

func TestFastAnnotatedMatchesJSON(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		fast bool
	}{
		{`{"id":"a","annotations":[]}`, true},
		{`{"id":"a","date":"2022-01-24","text_sha256":"ab","annotations":[{"type":"DATE","start":0,"end":3,"text":"Mon","value":"2022-01-24","rule":"r"}]}`, true},
		{` { "id" : "a" , "annotations" : [ { "type" : "TROOPS" , "start" : 1 , "end" : 2 , "text" : "x" , "value" : -12 , "mod" : "over" } ] } `, true},
		{`{"id":"a","annotations":[{"type":"QUOTE","start":1,"end":2,"text":"\"x\\n\u00e9","speaker":"K","cue":"said","speaker_start":5,"speaker_end":10}]}`, true},
		{`{"id":"a","annotations":[{"type":"OFFICIAL","start":1,"end":2,"text":"x","name":"x","title":"","value":{"a":1}}]}`, false},
		{`{"id":"a","annotations":[{"type":"DATE","start":1,"end":2,"text":"x","value":5}]}`, false},
		{`{"id":"a","annotations":[{"type":"TROOPS","start":1,"end":2,"text":"x","value":"5"}]}`, false},
		{`{"id":"a","annotations":[{"type":"TROOPS","start":1,"end":2,"text":"x","value":5.0}]}`, false},
		{`{"id":"a","annotations":[{"type":"TROOPS","start":1,"end":2,"text":"x","value":1e3}]}`, false},
		{`{"id":"a","annotations":[{"type":"TROOPS","start":1,"end":2,"text":"x","value":99999999999999999999}]}`, false},
		{`{"id":"a","annotations":[{"type":"DATE","start":01,"end":2,"text":"x"}]}`, false},
		{`{"id":"a","annotations":[{"type":"DATE","start":1,"end":2}]}`, false},
		{`{"id":"a","annotations":[{"type":"DATE","start":1,"start":1,"end":2,"text":"x"}]}`, false},
		{`{"id":"a","annotations":[{"TYPE":"DATE","start":1,"end":2,"text":"x"}]}`, false},
		{`{"id":"a","ID":"b","annotations":[]}`, false},
		{`{"id":"a","annotations":null}`, false},
		{`{"id":"a","annotations":[{"type":"DATE","start":1,"end":2,"text":"\ud83d\ude00"}]}`, false},
		{`{"id":"a","annotations":[{"type":"DATE","start":1,"end":2,"text":"x"}],}`, false},
		{`{"id":"a","annotations":[{"type":"DATE","start":1,"end":2,"text":"x"},]}`, false},
		{`{"id":"a"} x`, false},
		{`{"id":"a","text":"t"}`, false},
		{`{}`, true},
	} {
		if got := checkFastAnnotated(t, []byte(tc.raw)); got != tc.fast {
			t.Errorf("fastAnnotated(%q) took it: %v, want %v", tc.raw, got, tc.fast)
		}
	}
}

// TestFastAnnotatedOnTestdata compares both decoders on every JSON Lines
// record under testdata folders of the module.
func TestFastAnnotatedOnTestdata(t *testing.T) {
	n := 0
	filepath.WalkDir("..", func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".jsonl") || !strings.Contains(p, "testdata") {
			return nil
		}
		f, err := os.Open(p)
		if err != nil {
			return nil
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 64<<20)
		for sc.Scan() {
			if checkFastAnnotated(t, sc.Bytes()) {
				n++
			}
		}
		return nil
	})
	t.Logf("%d records read by both", n)
}

// FuzzFastAnnotated: whatever fastAnnotated takes, encoding/json reads
// the same way.
func FuzzFastAnnotated(f *testing.F) {
	f.Add([]byte(`{"id":"a","annotations":[{"type":"TROOPS","start":1,"end":2,"text":"x","value":-12,"mod":"over"}]}`))
	f.Add([]byte(`{"id":"a","annotations":[{"type":"DATE","start":0,"end":3,"text":"M\u00e9n","value":"2022"}]}`))
	f.Fuzz(func(t *testing.T, raw []byte) {
		checkFastAnnotated(t, raw)
	})
}
