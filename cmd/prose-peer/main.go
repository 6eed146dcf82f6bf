// Command prose-peer is the competitor dispatch is measured against as a
// whole process: it does what a user of prose v2 does to find people,
// places and organisations in news text. It loads prose's built-in model
// once, then reads each file (a folder's .txt files in lexical order),
// tokenizes, tags and runs NER on it (no sentence segmentation, which
// NER does not need), and writes one JSON line per file with the
// entities found. scripts/bench.sh runs it beside 'dispatch annotate' on
// the same files.
//
// Usage:
//
//	prose-peer [-o FILE] PATH ...
//
// Exit codes: 0 done; 2 usage error or unreadable input.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/jdkato/prose/v2"
)

type entity struct {
	Text  string `json:"text"`
	Label string `json:"label"`
}

type record struct {
	ID       string   `json:"id"`
	Entities []entity `json:"entities"`
}

func main() {
	out := flag.String("o", "-", "write the JSON Lines to `FILE` (- for standard output)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "Usage: prose-peer [-o FILE] PATH ...")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() == 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(*out, flag.Args()); err != nil {
		fmt.Fprintln(os.Stderr, "prose-peer:", err)
		os.Exit(2)
	}
}

func run(out string, paths []string) error {
	var w io.Writer = os.Stdout
	if out != "-" {
		f, err := os.Create(out)
		if err != nil {
			return err
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	model := prose.ModelFromData("en-v2.0.0") // loaded once, shared by every document
	files, err := list(paths)
	if err != nil {
		return err
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		doc, err := prose.NewDocument(string(text), prose.UsingModel(model), prose.WithSegmentation(false))
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		rec := record{ID: strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)), Entities: []entity{}}
		for _, e := range doc.Entities() {
			rec.Entities = append(rec.Entities, entity{Text: e.Text, Label: e.Label})
		}
		if err := enc.Encode(rec); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// list returns the files named, a folder's .txt files in lexical order.
func list(paths []string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".txt") {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	return files, nil
}
