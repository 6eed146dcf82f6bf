package lexicon

import "testing"

func TestListIndex(t *testing.T) {
	for k, name := range Names() {
		if got := listIndex(name); got != k {
			t.Errorf("listIndex(%q) = %d, want %d (its place in Names)", name, got, k)
		}
	}
	if got := listIndex("no such list"); got != -1 {
		t.Errorf("listIndex of an unknown name = %d, want -1", got)
	}
}
