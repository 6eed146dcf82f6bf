package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// denseAnnotations writes a JSON Lines annotation file of one record with
// n pairs of annotations (a QUOTE and an OFFICIAL every 17 bytes of text,
// the densest kind 'dispatch annotate' writes) and returns its path and
// size.
func denseAnnotations(t testing.TB, n int) (string, int64) {
	var b strings.Builder
	b.WriteString(`{"id":"densest","date":"2022-01-24","text_sha256":"6f98","annotations":[`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		at := 17 * i
		fmt.Fprintf(&b, `{"type":"QUOTE","start":%d,"end":%d,"text":"x,","speaker":"Kirby","cue":"said","speaker_start":%d,"speaker_end":%d,"rule":"tail-cue"},`, at+1, at+3, at+5, at+10)
		fmt.Fprintf(&b, `{"type":"OFFICIAL","start":%d,"end":%d,"text":"Kirby","name":"Kirby","title":""}`, at+5, at+10)
	}
	b.WriteString("]}\n")
	p := filepath.Join(t.TempDir(), "dense.jsonl")
	if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return p, int64(b.Len())
}

// TestReadAnnotatedMemoryPerByte bounds what reading an annotation file
// allocates and keeps per byte of the file (issue 8: a 58 MB record of
// dense annotations cost ~420 MB in this reader, 7 bytes a byte, through
// encoding/json's copies and pointer fields). Allocation counts, never a
// timing.
func TestReadAnnotatedMemoryPerByte(t *testing.T) {
	if testing.Short() {
		t.Skip("reads a 12 MB file")
	}
	p, size := denseAnnotations(t, 50_000)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	var kept []Annotated
	for a, err := range ReadAnnotated(nil, p) {
		if err != nil {
			t.Fatal(err)
		}
		kept = append(kept, a)
	}
	runtime.ReadMemStats(&after)
	allocated := float64(after.TotalAlloc-before.TotalAlloc) / float64(size)
	runtime.GC()
	runtime.ReadMemStats(&after)
	live := (float64(after.HeapAlloc) - float64(before.HeapAlloc)) / float64(size)
	t.Logf("%d bytes: %.2f bytes allocated, %.2f kept per byte", size, allocated, live)
	if len(kept) != 1 || len(kept[0].Annotations) != 100_000 {
		t.Fatalf("read %d records", len(kept))
	}
	if a := kept[0].Annotations[0]; a.Speaker != "Kirby" || a.SpeakerEnd != 10 {
		t.Errorf("first annotation %+v", a)
	}
	// the annotations themselves are 200-byte structs for ~100 bytes of
	// JSON each: about 2 bytes a byte kept, the line buffer 1 more
	// passing through; bounds generous for other platforms
	if allocated > 5 {
		t.Errorf("%.2f bytes allocated per byte of the file, want at most 5", allocated)
	}
	if live > 3 {
		t.Errorf("%.2f bytes kept per byte of the file, want at most 3", live)
	}
	runtime.KeepAlive(kept)
}
