package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The readers' messages name fields and JSON kinds, never Go's types; a
// byte-order mark inside a record is named as such; a .json file takes a
// byte-order mark after white space as a .jsonl file does; a negative
// speaker span is called negative (red team 16, 14 and messages).
func TestAnnotationReaderMessages(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name, file, content string
		want                string // in the error; "" for none
	}{
		{"list given as object", "a.jsonl", `{"id":"a","annotations":{}}`, `"annotations" must be a list, not an object`},
		{"list given as string, .json", "b.json", "{\n\"id\": \"b\",\n\"annotations\": \"none\"}", `"annotations" must be a list, not a string`},
		{"id as number", "c.jsonl", `{"id":7,"annotations":[]}`, `"id" must be a string, not a number`},
		{"offset as string", "d.jsonl", `{"id":"d","annotations":[{"type":"DATE","start":"0","end":3,"text":"Mon","value":""}]}`, `"start" must be an integer, not a string`},
		{"BOM inside a record", "e.jsonl", `{"id":"e",` + bom + `"annotations":[]}`, "a byte-order mark (U+FEFF) inside the record"},
		{"BOM inside a .json record", "f.json", "{\"id\": \"f\",\n " + bom + "\"annotations\": []}", "a byte-order mark (U+FEFF) inside the record"},
		{".json: spaces then BOM", "g.json", "  \n" + bom + `{"id":"g","annotations":[]}`, ""},
		{".json: BOM then spaces", "h.json", bom + "  \n" + `{"id":"h","annotations":[]}`, ""},
		{".jsonl: spaces then BOM", "i.jsonl", "  " + bom + `{"id":"i","annotations":[]}`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := filepath.Join(dir, tc.file)
			if err := os.WriteFile(p, []byte(tc.content), 0o644); err != nil {
				t.Fatal(err)
			}
			var errs []string
			n := 0
			for _, err := range ReadAnnotated(nil, p) {
				if err != nil {
					errs = append(errs, err.Error())
					continue
				}
				n++
			}
			all := strings.Join(errs, "\n")
			if strings.Contains(all, "Go struct") || strings.Contains(all, "corpus.") || strings.Contains(all, "'ï'") {
				t.Errorf("Go internals or a raw BOM byte in %q", all)
			}
			switch {
			case tc.want == "" && (len(errs) > 0 || n != 1):
				t.Errorf("want one record and no error, got %d and %q", n, all)
			case tc.want != "" && !strings.Contains(all, tc.want):
				t.Errorf("errors %q lack %q", all, tc.want)
			}
		})
	}
}

func TestNegativeSpeakerSpanMessage(t *testing.T) {
	quote := func(s, e int) Annotated {
		return Annotated{ID: "q", Annotations: []Annotation{{Type: Quote, Start: 0, End: 5, Text: "Hello", Speaker: "Ana Ruiz", SpeakerStart: s, SpeakerEnd: e}}}
	}
	for _, tc := range []struct {
		start, end int
		want       string
	}{
		{-1, -1, "lacks speaker_start/speaker_end"},
		{-4, 8, "has a negative speaker span -4-8"},
		{3, -2, "has a negative speaker span 3--2"},
		{-7, -9, "has a negative speaker span -7--9"},
	} {
		probs := Validate(quote(tc.start, tc.end), nil)
		var msgs []string
		for _, p := range probs {
			msgs = append(msgs, p.String())
		}
		if all := strings.Join(msgs, "\n"); !strings.Contains(all, tc.want) {
			t.Errorf("%d-%d: %q lacks %q", tc.start, tc.end, all, tc.want)
		}
	}
}
