package lexicon

// strTable maps strings to int32 values (none negative): open addressing
// with linear probing, at most half full, hashed with FNV-1a. A loaded
// lexicon looks its entries' keys and its vocabulary up in them; they
// replace Go maps (map[string]int32, map[string]WordID), whose 19,000
// inserts were most of a start-up from the snapshot once no list was
// parsed or stemmed: the snapshot holds each key's slot, so a load hashes
// none. The look-ups are few (a word type's ids once a run, the stages'
// Lookup and Has calls): pn200's whole run did not grow.
type strTable struct {
	keys  []string
	vals  []int32 // the value + 1; 0: an empty slot
	shift uint    // 64 - log2(len(keys))
	n     int     // keys held
}

// newStrTable returns a table sized for n keys.
func newStrTable(n int) strTable {
	size, shift := tableSize(n)
	return strTable{keys: make([]string, size), vals: make([]int32, size), shift: shift}
}

// strHash is the FNV-1a hash of s.
func strHash[S ~string | ~[]byte](s S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// slot returns the slot of key: where it is, or the empty slot where it
// goes; -1 in a table of no slots.
func slotOf[S ~string | ~[]byte](t *strTable, key S) int {
	if len(t.keys) == 0 {
		return -1
	}
	mask := len(t.keys) - 1
	for i := int(strHash(key) * 0x9e3779b97f4a7c15 >> t.shift); ; i = (i + 1) & mask {
		if t.vals[i] == 0 || t.keys[i] == string(key) { // no string made for the comparison
			return i
		}
	}
}

// get returns the value of key.
func (t *strTable) get(key string) (int32, bool) { return tableGet(t, key) }

func tableGet[S ~string | ~[]byte](t *strTable, key S) (int32, bool) {
	i := slotOf(t, key)
	if i < 0 || t.vals[i] == 0 {
		return 0, false
	}
	return t.vals[i] - 1, true
}

// put sets the value of key.
func (t *strTable) put(key string, v int32) {
	if 2*(t.n+1) > len(t.keys) {
		old := *t
		*t = newStrTable(max(len(old.keys), 8)) // twice the size: n < len/2
		for i, k := range old.keys {
			if old.vals[i] != 0 {
				t.put(k, old.vals[i]-1)
			}
		}
	}
	i := slotOf(t, key)
	if t.vals[i] == 0 {
		t.n++
	}
	t.keys[i], t.vals[i] = key, v+1
}

// all calls f with each key and value, in slot order.
func (t *strTable) all(f func(key string, v int32)) {
	for i, v := range t.vals {
		if v != 0 {
			f(t.keys[i], v-1)
		}
	}
}
