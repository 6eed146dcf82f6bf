package lexicon

import "testing"

// TestEdgeTable fills an edge table past several growths and checks
// every edge against a map, and edges never put.
func TestEdgeTable(t *testing.T) {
	for _, n := range []int{0, 1, 7, 100, 5000} {
		tab := newEdgeTable(n / 4) // grows on the way
		want := map[uint64]int32{}
		for i := range n {
			key := uint64(i%97)<<32 | uint64(1+i*7919%1000003)
			if _, ok := want[key]; ok {
				continue
			}
			want[key] = int32(i)
			tab.put(key, int32(i))
		}
		if tab.n != len(want) || 2*tab.n > len(tab.keys) {
			t.Errorf("n=%d: %d edges in %d slots, want %d at most half full", n, tab.n, len(tab.keys), len(want))
		}
		for key, v := range want {
			if got, ok := tab.get(key); !ok || got != v {
				t.Errorf("n=%d: get(%#x) = %d, %v; want %d", n, key, got, ok, v)
			}
			if _, ok := tab.get(key + 1<<40); ok {
				t.Errorf("n=%d: get(%#x) found an edge never put", n, key+1<<40)
			}
		}
	}
}

// TestLowerPhrases checks that only the phrases of entry lines lose their
// ASCII capitals: fields and comment lines keep theirs.
func TestLowerPhrases(t *testing.T) {
	for in, want := range map[string]string{
		"":                             "",
		"abc\tX\n":                     "abc\tX\n",
		"Abc Def\tKind\nghi\n":         "abc def\tKind\nghi\n",
		"# A Comment\nJohn\tM\n":       "# A Comment\njohn\tM\n",
		"x\n# Keep This\nÜber Alles\n": "x\n# Keep This\nÜber alles\n",
		"NATO":                         "nato",
	} {
		if got := lowerPhrases(in); got != want {
			t.Errorf("lowerPhrases(%q) = %q, want %q", in, got, want)
		}
	}
}
