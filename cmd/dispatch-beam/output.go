package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// writeSharded writes lines, a PCollection<KV<int, string>> keyed by shard,
// to n files PREFIX-SSSSS-of-NNNNN.jsonl, one line per element after the
// header line (none when ""). Every shard file is written, empty or not,
// so that a reader can check it has all n. A retried shard is rewritten
// whole.
func writeSharded(s beam.Scope, prefix, header string, n int, lines beam.PCollection) {
	shards := make([]int, n)
	for i := range shards {
		shards[i] = i
	}
	markers := beam.ParDo(s, emptyShard, beam.CreateList(s, shards))
	grouped := beam.GroupByKey(s, beam.Flatten(s, lines, markers))
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Header: header, Shards: n}, grouped)
}

// emptyShard makes the empty line that marks shard i, so that its file is
// written even when no record falls in it.
func emptyShard(i int) (int, string) { return i, "" }

// shardName is the file of shard i of n.
func shardName(prefix string, i, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, i, n)
}

type writeShardFn struct {
	Prefix string
	Header string
	Shards int
}

func (f *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*string) bool) (err error) {
	name := shardName(f.Prefix, shard, f.Shards)
	fs, err := filesystem.New(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	defer fs.Close()
	w, err := fs.OpenWrite(ctx, name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := writeLines(w, f.Header, lines); err != nil {
		w.Close()
		return fmt.Errorf("writing %s: %w", name, err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", name, err)
	}
	return nil
}

func writeLines(w io.Writer, header string, lines func(*string) bool) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	if header != "" {
		bw.WriteString(header)
		bw.WriteByte('\n')
	}
	var line string
	for lines(&line) {
		if line == "" {
			continue // a shard marker
		}
		bw.WriteString(line)
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// jsonEncoder encodes as corpus.WriteAnnotated does: no HTML escaping.
func jsonEncoder(w io.Writer) *json.Encoder {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc
}
