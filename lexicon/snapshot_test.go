package lexicon

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"strings"
	"testing"
)

// fromLists loads the built-in lists from their texts (no snapshot).
func fromLists(t *testing.T) *Lexicon {
	t.Helper()
	lx, err := load(stemTable, true)
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

// TestSnapshotUser checks that user files merged over the snapshot's
// lexicon (as Load merges them) give the lexicon they give merged over
// the lists read from their texts: additions, removals, inflections of a
// stemmed list, a phrase sharing a stem key, new words.
func TestSnapshotUser(t *testing.T) {
	files := []string{
		"[titles]\nchief whip\n-spokesman\n[personnel]\n-fighter\ngunner\n",
		"[officials]\nJane Doe\tMayor of Springfield\n[places]\nSpringfield\tcity\tUS\n[reporting]\nquipped\tverb\n",
		"[given_names]\nZorblatt\n[descriptions]\nthe harbour master\tperson\n[titles]\ncommanding\n",
	}
	readers := func() []NamedReader {
		var rs []NamedReader
		for i, f := range files {
			rs = append(rs, NamedReader{Name: fmt.Sprintf("u%d.txt", i), R: strings.NewReader(f)})
		}
		return rs
	}
	want, err := load(stemTable, true, readers()...)
	if err != nil {
		t.Fatal(err)
	}
	snap, ok := loadSnapshot(snapshotText, listsChecksum(), want.version[:strings.Index(want.version, "+")])
	if !ok {
		t.Fatal("data/index.bin does not load")
	}
	got, err := snap.thaw().merged(readers(), true)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, want) {
		t.Error("user files merged over the snapshot give another lexicon than over the lists")
	}
	if _, err := Load(NamedReader{Name: "bad.txt", R: strings.NewReader("[nosuchlist]\nx\n")}); err == nil || !strings.Contains(err.Error(), "bad.txt:1: unknown list") {
		t.Errorf("a bad user file: %v", err)
	}
}
