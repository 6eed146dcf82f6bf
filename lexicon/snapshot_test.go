package lexicon

import (
	"bytes"
	"os"
	"reflect"
	"testing"
)

// fromLists loads the built-in lists from their texts (no snapshot).
func fromLists(t *testing.T) *Lexicon {
	t.Helper()
	lx, err := load(stemTable)
	if err != nil {
		t.Fatal(err)
	}
	return lx
}

// TestSnapshot checks data/index.bin against the built-in lists: it must
// be their snapshot, byte for byte, and load into the lexicon the lists
// load into. Run with -update (or go generate ./lexicon) after changing a
// list.
func TestSnapshot(t *testing.T) {
	lx := fromLists(t)
	want, err := encodeSnapshot(lx, listsChecksum())
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("data/index.bin", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal([]byte(snapshotText), want) {
		t.Fatal("data/index.bin is not the snapshot of the built-in lists: run go generate ./lexicon (go test ./lexicon -run TestSnapshot -update)")
	}
	got, ok := loadSnapshot(snapshotText, listsChecksum(), lx.version)
	if !ok {
		t.Fatal("data/index.bin does not load")
	}
	if !reflect.DeepEqual(got, lx) {
		t.Error("the lexicon loaded from data/index.bin differs from the one loaded from the lists")
	}
	if def, err := Default(); err != nil || !reflect.DeepEqual(def, lx) {
		t.Errorf("Default() differs from the lists' lexicon (%v)", err)
	}
}

// TestSnapshotStale checks that a snapshot is not used for lists it was
// not written from, nor when it is damaged: the lists are loaded instead.
func TestSnapshotStale(t *testing.T) {
	sum := listsChecksum()
	if _, ok := loadSnapshot(snapshotText, sum+1, "x"); ok {
		t.Error("a snapshot of other lists loaded")
	}
	for _, n := range []int{0, 10, len(snapshotText) / 2, len(snapshotText) - 1} {
		if _, ok := loadSnapshot(snapshotText[:n], sum, "x"); ok {
			t.Errorf("a snapshot cut at byte %d loaded", n)
		}
	}
	if _, ok := loadSnapshot(snapshotText+"x", sum, "x"); ok {
		t.Error("a snapshot with a byte after its end loaded")
	}
	b := []byte(snapshotText)
	for at := len(snapshotMagic); at < len(b); at += 4999 {
		for _, x := range []byte{0x01, 0x80, 0xff} {
			b[at] ^= x
			loadSnapshot(string(b), sum, "x") // no panic; it may load other words
			b[at] ^= x
		}
	}
}
