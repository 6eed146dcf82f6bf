package main

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/klauspost/compress/zstd"
)

// --memory counts what a compressed input expands to as it is read:
// a .gz or .zst file that expands past its counted size and what the
// budget leaves stops the run with exit 2 naming the file, nothing
// scored or written, as standard input does; one that fits is read as
// before (red team 17, 2: an 8.4 MB .gz expanding to 2.1 GB took eval to
// 5.9 GB under --memory 1500MB).
func TestMemoryCountsDecompressedBytes(t *testing.T) {
	docs, gold := fixtures(t)
	dir := t.TempDir()
	// one record repeated compresses about a thousand times
	bomb := strings.Repeat(`{"id":"a","annotations":[]}`+"\n", 300_000) // 8.4 MB
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(bomb))
	zw.Close()
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		t.Fatal(err)
	}
	zst := enc.EncodeAll([]byte(bomb), nil)
	small := `{"id":"a","annotations":[]}` + "\n"
	var smallGz bytes.Buffer
	zw = gzip.NewWriter(&smallGz)
	zw.Write([]byte(small))
	zw.Close()
	for name, data := range map[string][]byte{"bomb.jsonl.gz": gz.Bytes(), "bomb.jsonl.zst": zst, "small.jsonl.gz": smallGz.Bytes()} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bombGz, bombZst := filepath.Join(dir, "bomb.jsonl.gz"), filepath.Join(dir, "bomb.jsonl.zst")
	out := filepath.Join(dir, "r.html")
	for _, tc := range []struct {
		name string
		args []string
		code int
		file string // named in the message
	}{
		{"eval, .gz pred", []string{"eval", "--gold", gold, "--pred", bombGz, "--memory", "40MB"}, exitFatal, bombGz},
		{"eval, .zst pred", []string{"eval", "--gold", gold, "--pred", bombZst, "--memory", "40MB"}, exitFatal, bombZst},
		{"eval, .gz gold", []string{"eval", "--gold", bombGz, "--pred", gold, "--memory", "40MB"}, exitFatal, bombGz},
		{"render, .gz pred", []string{"render", "--docs", docs, "--pred", bombGz, "--memory", "40MB", "-o", out}, exitFatal, bombGz},
		{"render, .zst gold", []string{"render", "--docs", docs, "--gold", bombZst, "--memory", "40MB", "-o", out}, exitFatal, bombZst},
		{"eval, small .gz pred", []string{"eval", "--gold", gold, "--pred", filepath.Join(dir, "small.jsonl.gz"), "--memory", "40MB"}, exitOK, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runArgs(t, "", tc.args...)
			if r.code != tc.code {
				t.Errorf("exit %d, want %d:\n%s", r.code, tc.code, r.stderr)
			}
			if tc.file != "" && (!strings.Contains(r.stderr, tc.file+" expands to more than") || !strings.Contains(r.stderr, "--memory 40MB")) {
				t.Errorf("stderr does not name the file and the budget:\n%s", r.stderr)
			}
		})
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("render wrote a page past the budget")
	}
}
