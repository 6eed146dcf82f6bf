#!/usr/bin/env bash
# Measures dispatch's speed and memory (issue "Archive-scale speed"):
#   1. dispatch-bench: 'dispatch annotate --workers 1' against the prose v2
#      peer (cmd/prose-peer) as whole processes on the same files,
#      alternating runs, median ratio (wall and CPU time); then, in one
#      process, the full pipeline with 1 and N workers against prose v2, the
#      tokenizer alone and the pipeline's fraction of it;
#   2. the Go benchmarks of extract, corpus and lexicon (with CORPUS as
#      DISPATCH_BENCH_CORPUS: per-document CPU time and allocations);
#   3. peak RSS and throughput of 'dispatch annotate --workers 2' on a
#      ~100 MB JSON Lines corpus made of the sample documents repeated;
#   4. time to first output: 'dispatch annotate' of one document, wall clock
#      from exec to exit.
# Nothing is asserted: the numbers are for people. Run from anywhere.
#
# Environment: CORPUS (folder or files of documents, default ../shared/corpus
# beside the module root), BIG_MB (size of the memory corpus, default 100),
# BENCH_FLAGS (extra flags for dispatch-bench, e.g. "--runs 5
# --process-runs 5"), BENCHTIME (go test -benchtime, default 1s).
# For a before/after table: run the go test line with -count=5 on both
# commits and compare with benchstat (golang.org/x/perf/cmd/benchstat).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
corpus=${CORPUS:-$root/../shared/corpus}
big_mb=${BIG_MB:-100}
if [ ! -e "$corpus" ]; then
	echo "bench.sh: no corpus at $corpus (set CORPUS)" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dispatch-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "== build"
go build -o "$tmp/dispatch" ./cmd/dispatch
go build -o "$tmp/dispatch-bench" ./cmd/dispatch-bench
go build -o "$tmp/prose-peer" ./cmd/prose-peer
go version

echo
echo "== dispatch-bench (whole processes: dispatch vs the prose v2 peer; then in one process: dispatch 1 worker, N workers, prose v2, tokenizer)"
# shellcheck disable=SC2086 # BENCH_FLAGS is a list of flags
"$tmp/dispatch-bench" --dispatch-bin "$tmp/dispatch" --peer-bin "$tmp/prose-peer" ${BENCH_FLAGS:-} "$corpus"

echo
echo "== go test -bench"
if [ -d "$corpus" ]; then export DISPATCH_BENCH_CORPUS=$corpus; fi
go test -run XXX -bench . -benchmem -benchtime "${BENCHTIME:-1s}" ./extract ./corpus ./lexicon

echo
echo "== memory: dispatch annotate --workers 2 on a ~${big_mb} MB JSON Lines corpus"
# The sample documents as JSON Lines records, repeated with distinct ids.
cat >"$tmp/gen.go" <<'GO'
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
)

var header = regexp.MustCompile(`^ ?date (\d{4}-\d{2}-\d{2})\s`)

func main() {
	src, out := os.Args[1], os.Args[3]
	mb, _ := strconv.Atoi(os.Args[2])
	files, _ := filepath.Glob(filepath.Join(src, "*.txt"))
	if info, err := os.Stat(src); err == nil && !info.IsDir() {
		files = []string{src}
	}
	type rec struct {
		ID   string `json:"id"`
		Date string `json:"date,omitempty"`
		Text string `json:"text"`
	}
	var recs []rec
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		r := rec{ID: filepath.Base(f), Text: string(b)}
		if m := header.FindStringSubmatchIndex(r.Text); m != nil {
			r.Date, r.Text = r.Text[m[2]:m[3]], r.Text[m[1]:]
		}
		recs = append(recs, r)
	}
	if len(recs) == 0 {
		fmt.Fprintln(os.Stderr, "gen: no .txt documents in", src)
		os.Exit(2)
	}
	f, err := os.Create(out)
	if err != nil {
		panic(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	n, docs := 0, 0
	for k := 0; n < mb*1000000; k++ {
		for _, r := range recs {
			r.ID = fmt.Sprintf("%s~%d", r.ID, k)
			enc.Encode(r)
			n += len(r.Text)
			docs++
		}
	}
	if err := w.Flush(); err != nil {
		panic(err)
	}
	fmt.Printf("%d documents, %.1f MB of text\n", docs, float64(n)/1e6)
}
GO
(cd "$tmp" && GOFLAGS= GO111MODULE=on GOWORK=off go run gen.go "$corpus" "$big_mb" "$tmp/big.jsonl")
bytes=$(wc -c <"$tmp/big.jsonl")
echo "big.jsonl: $((bytes / 1000000)) MB on disk"

start=$(date +%s%N)
if [ -x /usr/bin/time ]; then
	/usr/bin/time -v "$tmp/dispatch" annotate --workers 2 --progress never -o "$tmp/out.jsonl" "$tmp/big.jsonl" 2>"$tmp/time.txt" ||
		{ cat "$tmp/time.txt" >&2; exit 1; }
	end=$(date +%s%N)
	rss_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/time.txt")
else
	# no GNU time: poll the peak (VmHWM) while the process runs
	"$tmp/dispatch" annotate --workers 2 --progress never -o "$tmp/out.jsonl" "$tmp/big.jsonl" &
	pid=$!
	rss_kb=0
	while kill -0 "$pid" 2>/dev/null; do
		hwm=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
		[ -n "$hwm" ] && [ "$hwm" -gt "$rss_kb" ] && rss_kb=$hwm
		sleep 0.05
	done
	wait "$pid"
	end=$(date +%s%N)
fi
ms=$(((end - start) / 1000000))
echo "annotated $(wc -l <"$tmp/out.jsonl") documents in ${ms} ms: $(awk -v b="$bytes" -v ms="$ms" 'BEGIN {printf "%.2f", b / 1e3 / ms}') MB/s (file bytes)"
echo "max RSS: $((rss_kb / 1024)) MiB ($((rss_kb * 1024 / 1000000)) MB)"

echo
echo "== time to first output: dispatch annotate of one document, exec to exit (5 runs)"
first=$(find "$corpus" -name '*.txt' -print 2>/dev/null | sort | head -n 1)
if [ -z "$first" ]; then
	head -n 1 "$tmp/big.jsonl" >"$tmp/one.jsonl"
	first=$tmp/one.jsonl
fi
for _ in 1 2 3 4 5; do
	start=$(date +%s%N)
	"$tmp/dispatch" annotate --progress never "$first" >/dev/null
	end=$(date +%s%N)
	printf '%d ms\n' $(((end - start) / 1000000))
done
