package corpus

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestFindDuplicateKey(t *testing.T) {
	tests := []struct {
		json       string
		deep, fold bool
		want       string // "" for none, else "key/first@offset"
	}{
		{`{"id": "a", "text": "x"}`, false, false, ""},
		{`{"text": "x", "id": "a", "text": "y"}`, false, false, `text/text@25`},
		{`{"t\u0065xt": "x", "text": "y"}`, false, false, `text/text@19`},
		{`{"text": "x\"text\": ", "id": "a"}`, false, false, ""},
		{`{"a": {"k": 1, "k": 2}}`, false, false, ""},
		{`{"a": {"k": 1, "k": 2}}`, true, false, `k/k@15`},
		{`{"a": [{"k": 1}, {"k": 2}], "b": [1, {"k": [true, null]}]}`, true, false, ""},
		{`{"id": "a", "ID": "b"}`, true, true, `ID/id@12`},
		{`{"id": "a", "ID": "b"}`, true, false, ""},
		{`{"x": "\\", "x": 1}`, false, false, `x/x@12`},
		{`[{"k": 1, "k": 2}]`, false, false, ""},
		{`{"k": 1, "k"`, true, false, `k/k@9`},
		{`{"k": "unterminated`, true, false, ""},
	}
	for _, tc := range tests {
		got := ""
		if d := findDuplicateKey([]byte(tc.json), tc.deep, tc.fold); d != nil {
			got = fmt.Sprintf("%s/%s@%d", d.key, d.first, d.offset)
		}
		if got != tc.want {
			t.Errorf("%s deep=%v fold=%v: got %q, want %q", tc.json, tc.deep, tc.fold, got, tc.want)
		}
	}
}

// TestDuplicateKeysRefused: a record or gold object with a key twice is
// refused with its file and line (encoding/json would keep the last).
func TestDuplicateKeysRefused(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"in.jsonl": `{"id": "a", "text": "Biden said."}` + "\n" +
			`{"id": "b", "text": "Biden said.", "text": "Putin said."}` + "\n" +
			`{"id": "c", "id": "d", "text": "x"}` + "\n" +
			`{"id": "e", "date": "2022-01-24", "date": "2022-01-25", "text": "x"}` + "\n" +
			`{"id": "f", "text": "ok", "meta": {"k": 1, "k": 2}}` + "\n",
		"gold.json": "{\n  \"id\": \"g\",\n  \"annotations\": [\n    {\"type\": \"DATE\", \"start\": 1, \"end\": 3,\n" +
			"     \"text\": \"ab\", \"start\": 2}\n  ]\n}\n",
		"gold2.json": "{\n  \"id\": \"g2\",\n  \"annotations\": [],\n  \"ID\": \"other\"\n}\n",
		"pred.jsonl": `{"id": "p", "annotations": []}` + "\n" + `{"id": "q", "annotations": [], "annotations": [{"type": "DATE", "start": 0, "end": 1, "text": "x"}]}` + "\n",
	})
	got, _, _ := readOutcomes(t, &Reader{}, dir, "in.jsonl")
	checkOutcomes(t, got, []outcome{{id: "a"}, {err: `in.jsonl:2: malformed JSON: duplicate key "text"`},
		{err: `in.jsonl:3: malformed JSON: duplicate key "id"`}, {err: `in.jsonl:4: malformed JSON: duplicate key "date"`}, {id: "f"}})
	var errs []string
	var ids []string
	for a, err := range ReadAnnotated(nil, filepath.Join(dir, "gold.json"), filepath.Join(dir, "gold2.json"), filepath.Join(dir, "pred.jsonl")) {
		if err != nil {
			errs = append(errs, strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), ""))
			continue
		}
		ids = append(ids, a.ID)
	}
	want := []string{`gold.json:5: malformed annotation file: duplicate key "start"`, `gold2.json:4: malformed annotation file: duplicate key "ID" (also "id"`,
		`pred.jsonl:2: malformed JSON: duplicate key "annotations"`}
	if len(errs) != len(want) || strings.Join(ids, " ") != "p" {
		t.Fatalf("errors %q, ids %q", errs, ids)
	}
	for i, w := range want {
		if !strings.HasPrefix(errs[i], w) {
			t.Errorf("error %q, want %q", errs[i], w)
		}
	}
}

// TestFindDuplicateKeyManyKeys: an object with very many keys is checked
// in linear time (a list of keys compared one by one was quadratic), and
// a duplicate among them is found, also past the first keys.
func TestFindDuplicateKeyManyKeys(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"text": "x"`)
	for i := range 300000 {
		fmt.Fprintf(&b, `, "k%d": %d`, i, i)
	}
	clean := b.String() + "}"
	done := make(chan struct{})
	go func() {
		defer close(done)
		if d := findDuplicateKey([]byte(clean), true, true); d != nil {
			t.Errorf("found %v", d)
		}
		if d := findDuplicateKey([]byte(b.String()+`, "K123": 1}`), true, true); d == nil || d.key != "K123" || d.first != "k123" {
			t.Errorf("K123: found %v", d)
		}
		if d := findDuplicateKey([]byte(b.String()+`, "text": "y"}`), false, false); d == nil || d.key != "text" {
			t.Errorf("text: found %v", d)
		}
	}()
	select {
	case <-done:
	case <-time.After(time.Minute):
		t.Fatal("300,000 keys are not checked within a minute")
	}
}

func BenchmarkFindDuplicateKey(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"id": "a", "annotations": [`)
	for i := range 10000 {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, `{"type": "DATE", "start": %d, "end": %d, "text": "Monday", "value": "2022-01-24", "rule": "weekday"}`, 10*i, 10*i+6)
	}
	sb.WriteString("]}")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		findDuplicateKey(data, true, true)
	}
}

// TestFindDuplicateKeyFoldPastMap: past the keys compared one by one, the
// map finds the same duplicates as strings.EqualFold, which is how
// encoding/json matches struct fields: "ſtart" (long s) decodes into
// Start, so after "start" it is a second start (bytes.ToLower missed it).
func TestFindDuplicateKeyFoldPastMap(t *testing.T) {
	object := func(n int, last string) []byte {
		var b strings.Builder
		b.WriteString(`{"Kelvin": 0, "start": 0`)
		for i := range n {
			fmt.Fprintf(&b, `, "k%d": {"x": %d}`, i, i)
		}
		if last != "" {
			fmt.Fprintf(&b, `, %q: 1`, last)
		}
		b.WriteString("}")
		return []byte(b.String())
	}
	tests := []struct {
		n    int
		last string
		fold bool
		want string // "" for none, else "key/first"
	}{
		{3, "", true, ""},
		{100, "", true, ""},
		{100, "k7", false, "k7/k7"},
		{100, "K7", false, ""},
		{100, "K7", true, "K7/k7"},
		{100, "\u212aelvin", true, "\u212aelvin/Kelvin"}, // the Kelvin sign folds to k
		{100, "ſtart", true, "ſtart/start"},              // the long s folds to s
		{100, "ſtart", false, ""},
		{3, "ſtart", true, "ſtart/start"},
	}
	for _, tc := range tests {
		got := ""
		if d := findDuplicateKey(object(tc.n, tc.last), true, tc.fold); d != nil {
			got = d.key + "/" + d.first
		}
		if got != tc.want {
			t.Errorf("%d keys then %q, fold=%v: got %q, want %q", tc.n, tc.last, tc.fold, got, tc.want)
		}
	}
}
