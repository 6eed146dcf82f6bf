package lexicon

import (
	"fmt"
	"testing"
)

// TestStrTable checks the string table against a map: keys put in a
// table grown from empty and in one sized for them, looked up as strings
// and as bytes, present and absent, and values overwritten.
func TestStrTable(t *testing.T) {
	tests := []struct {
		name string
		keys []string
	}{
		{"none", nil},
		{"one", []string{"soldier"}},
		{"phrases", []string{"prime minister", "minister", "deputy prime minister", "état", "a", "a."}},
		{"many", func() []string {
			var k []string
			for i := range 3000 {
				k = append(k, fmt.Sprintf("w%d", i*7919%3001))
			}
			return k
		}()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := map[string]int32{}
			grown, sized := strTable{}, newStrTable(len(tt.keys))
			for i, k := range tt.keys {
				want[k] = int32(i)
				grown.put(k, int32(i))
				sized.put(k, int32(i))
			}
			if len(tt.keys) > 0 { // overwrite the first key's value
				want[tt.keys[0]] = 1 << 20
				grown.put(tt.keys[0], 1<<20)
				sized.put(tt.keys[0], 1<<20)
			}
			for _, tab := range []*strTable{&grown, &sized} {
				if tab.n != len(want) {
					t.Errorf("%d keys held, want %d", tab.n, len(want))
				}
				for k, v := range want {
					if got, ok := tab.get(k); !ok || got != v {
						t.Errorf("get(%q) = %d, %v; want %d", k, got, ok, v)
					}
					if got, ok := tableGet(tab, []byte(k)); !ok || got != v {
						t.Errorf("get([]byte %q) = %d, %v; want %d", k, got, ok, v)
					}
				}
				for _, k := range []string{"", "soldiers", "w3001", "prime", "minister "} {
					if _, ok := want[k]; ok {
						continue
					}
					if _, ok := tab.get(k); ok {
						t.Errorf("get(%q) found an absent key", k)
					}
				}
				seen := 0
				tab.all(func(k string, v int32) {
					seen++
					if want[k] != v {
						t.Errorf("all: %q -> %d, want %d", k, v, want[k])
					}
				})
				if seen != len(want) {
					t.Errorf("all gave %d keys, want %d", seen, len(want))
				}
			}
		})
	}
}
