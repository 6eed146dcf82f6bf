package main

import (
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParseFlagsErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--output", "o"}, "no input"},
		{[]string{"--input", "x"}, "no output"},
		{[]string{"--input", "x", "--output", "o", "extra"}, `unexpected argument "extra"`},
		{[]string{"--input", "x", "--output", "o", "--types", "DATE,PLACE"}, `unknown type "PLACE"`},
		{[]string{"--input", "x", "--output", "o", "--types", ","}, "no type given"},
		{[]string{"--input", "x", "--output", "o", "--date", "2022-2-14"}, "--date"},
		{[]string{"--input", "x", "--output", "o", "--shards", "0"}, "--shards"},
		{[]string{"--input", "x", "--output", "o", "--lexicon", "/nonexistent/lex.tsv"}, "--lexicon"},
	} {
		fs := flag.NewFlagSet("test", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		_, err := parseFlags(fs, tc.args)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.args, err, tc.want)
		}
	}
}

func TestParseFlags(t *testing.T) {
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	cfg, err := parseFlags(fs, []string{"--input", "a/*.txt", "--input", "gs://b/*.jsonl", "--output", "out/x", "--types", "quote,date"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Join(cfg.Inputs, " ") != "a/*.txt gs://b/*.jsonl" || cfg.DeadLetter != "out/x-deadletter" ||
		strings.Join(cfg.Types, ",") != "DATE,QUOTE" || !strings.Contains(cfg.Header, `"types":["DATE","QUOTE"]`) {
		t.Errorf("config %+v", cfg)
	}
}

// --lexicon is read as dispatch annotate reads it (corpus.ReadFileLimit):
// a file over lexicon.MaxFileBytes is refused before it is parsed, as
// /dev/zero or an endless pipe is (os.ReadFile read them to the end of
// memory).
func TestParseFlagsLexiconBounded(t *testing.T) {
	big := filepath.Join(t.TempDir(), "big.tsv")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(65 << 20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	fs := flag.NewFlagSet("test", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	_, err = parseFlags(fs, []string{"--input", "x", "--output", "o", "--lexicon", big})
	if err == nil || !strings.Contains(err.Error(), "larger than 67108864 bytes") {
		t.Errorf("a 65 MiB --lexicon: %v, want it refused as too large", err)
	}
}
