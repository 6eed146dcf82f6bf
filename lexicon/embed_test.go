package lexicon

import "testing"

// TestBuiltinText checks that every built-in list's string is its data file.
func TestBuiltinText(t *testing.T) {
	for _, name := range Names() {
		text, ok := builtinText(name)
		b, err := data.ReadFile("data/" + name + ".txt")
		if !ok || err != nil || text != string(b) {
			t.Errorf("builtinText(%q): %v, data/%s.txt: %v; equal: %v", name, ok, name, err, text == string(b))
		}
	}
	if b, err := data.ReadFile("data/stems.tsv"); err != nil || string(b) != stemsText {
		t.Errorf("stemsText is not data/stems.tsv (%v)", err)
	}
	if _, ok := builtinText("nosuchlist"); ok {
		t.Error(`builtinText("nosuchlist") found`)
	}
}
