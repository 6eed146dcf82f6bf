package lexicon

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
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
	def, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if d := *def; d.snapshot == 0 || !reflect.DeepEqual(&Lexicon{version: d.version, lists: d.lists, byIndex: d.byIndex, ix: d.ix}, lx) {
		t.Error("Default() differs from the lists' lexicon, or is not named the snapshot")
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
	// any damage is caught by the body's checksum
	b := []byte(snapshotText)
	for at := 0; at < len(b); at += 4999 {
		b[at] ^= 0x10
		if _, ok := loadSnapshot(string(b), sum, "x"); ok {
			t.Errorf("a snapshot with byte %d changed loaded", at)
		}
		b[at] ^= 0x10
	}
}

// resealed returns the snapshot body b with a checksum of its own: a
// hostile file, not a damaged one.
func resealed(b []byte) string {
	body := b[:len(b)-4]
	return string(binary.LittleEndian.AppendUint32(slices.Clip(body), crc32.ChecksumIEEE(body)))
}

// TestSnapshotHostile changes the snapshot's body and writes a right
// checksum for it: whatever loads must answer look-ups, of words it has
// and words it lacks, without a panic and without probing a full table
// for ever (a hang guard, no timing asserted).
func TestSnapshotHostile(t *testing.T) {
	sum := listsChecksum()
	words := []string{"troops", "president", "monday", "zzzz", "", "the", "of"}
	done := make(chan struct{})
	go func() {
		defer close(done)
		b := []byte(snapshotText)
		for at := len(snapshotMagic); at < len(b)-4; at += 2003 {
			for _, x := range []byte{0x01, 0x80, 0xff} {
				b[at] ^= x
				if lx, ok := loadSnapshot(resealed(b), sum, "x"); ok {
					for _, w := range words {
						lx.WordID(w)
					}
					phrase := newWords("the prime minister of zzzz said on monday")
					for _, name := range Names() {
						l := lx.List(name)
						l.Entries()
						l.Has("zzzz")
						for i := range 7 {
							l.Match(phrase, i)
						}
					}
				}
				b[at] ^= x
			}
		}
	}()
	select {
	case <-done:
	case <-time.After(hangScale * 2 * time.Minute):
		t.Fatal("a hostile snapshot made a look-up hang")
	}
}

// TestTablesStayHalfEmpty: a snapshot's tables take at most half their
// slots, as buildIndex's do, so a look-up of an absent key always ends at
// an empty slot (a crafted snapshot that filled all 16 slots of a table
// made WordID loop).
func TestTablesStayHalfEmpty(t *testing.T) {
	tab := newStrTable(0)
	placed := 0
	for slot := range len(tab.keys) {
		if tab.place(slot, string(rune('a'+slot)), int32(slot)) {
			placed++
		}
	}
	if placed != len(tab.keys)/2 {
		t.Fatalf("placed %d keys in %d slots, want %d", placed, len(tab.keys), len(tab.keys)/2)
	}
	if _, ok := tab.get("not there"); ok {
		t.Error("an absent key found")
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

// TestSnapshotNamed checks that Snapshot names the snapshot a lexicon is,
// and none for a lexicon with a user file or loaded from the lists.
func TestSnapshotNamed(t *testing.T) {
	lx, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if sum, ok := lx.Snapshot(); !ok || sum != binary.LittleEndian.Uint32([]byte(snapshotText[len(snapshotText)-4:])) {
		t.Errorf("Snapshot() = %#x, %v for the built-in lexicon", sum, ok)
	}
	user, err := Load(NamedReader{Name: "u.txt", R: strings.NewReader("[titles]\nchief whip\n")})
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := user.Snapshot(); ok {
		t.Error("a lexicon with a user file is the snapshot")
	}
	lists, err := load(stemTable, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := lists.Snapshot(); ok {
		t.Error("a lexicon loaded from the lists is the snapshot")
	}
}
