#!/usr/bin/env bash
# Peak resident memory and time per byte of text of 'dispatch annotate' on
# one document, at 100 KB, 1 MB and 10 MB, for normal text (the sample
# corpus joined) and the kinds that need the most memory per byte (issue 8):
# quote-dense (“We will act,” said John Kirby.), date-dense and the densest
# quotes (a QUOTE and an OFFICIAL every 17 bytes). Linear memory shows as
# flat bytes per byte once the process's base (its peak on a one-line
# document) is taken off; at 100 KB the base dominates. Nothing is
# asserted: the numbers are for people (the unit tests bound allocation,
# TestMemoryEstimateCoversPeak the estimate). Needs GNU time (/usr/bin/time).
#
# Environment: CORPUS (default ../shared/corpus beside the module root),
# SIZES (default "100K 1M 10M"; 50M works too), KINDS (default all four).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
corpus=${CORPUS:-$root/../shared/corpus}
sizes=${SIZES:-100K 1M 10M}
kinds=${KINDS:-normal quote-dense date-dense densest}
if [ ! -x /usr/bin/time ]; then
	echo "memory-sizes.sh: needs GNU time at /usr/bin/time" >&2
	exit 2
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/dispatch-memory.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
go build -o "$tmp/dispatch" ./cmd/dispatch

cat >"$tmp/gen.go" <<'GO'
package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// gen KIND BYTES CORPUS OUT: one JSON Lines record of at least BYTES
// bytes of text.
func main() {
	kind, corpus, out := os.Args[1], os.Args[3], os.Args[4]
	n, _ := strconv.Atoi(os.Args[2])
	units := map[string]string{
		"quote-dense": "“We will act,” said John Kirby. ",
		"date-dense":  "on Monday, Dec. 23, January 5, 2022, earlier this month, November 9-13, ",
		"densest":     `"x," Kirby said. `,
	}
	unit, ok := units[kind]
	if !ok {
		var b strings.Builder
		files, _ := filepath.Glob(filepath.Join(corpus, "*.txt"))
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				panic(err)
			}
			s := string(t)
			if strings.HasPrefix(strings.TrimSpace(s), "date") {
				_, s, _ = strings.Cut(s, "\n")
			}
			b.WriteString(s + "\n\n")
		}
		unit = b.String()
	}
	var t strings.Builder
	for t.Len() < n {
		t.WriteString(unit)
	}
	rec, _ := json.Marshal(map[string]string{"id": kind, "date": "2022-01-24", "text": t.String()})
	if err := os.WriteFile(out, append(rec, '\n'), 0o644); err != nil {
		panic(err)
	}
}
GO

bytes_of() {
	case $1 in
	*K) echo $((${1%K} * 1024)) ;;
	*M) echo $((${1%M} * 1024 * 1024)) ;;
	*) echo "$1" ;;
	esac
}

printf 'date 2022-01-24\nhello.\n' >"$tmp/tiny.txt"
base=$(/usr/bin/time -f '%M' "$tmp/dispatch" annotate -q -j1 "$tmp/tiny.txt" -o "$tmp/tiny.jsonl" 2>&1 >/dev/null | tail -1)
echo "process base: $((base / 1024)) MiB peak RSS on a one-line document"
printf '%-12s %6s %10s %8s %16s %10s\n' kind size "peak MiB" "B/B" "B/B minus base" "ns/B CPU"
for kind in $kinds; do
	for size in $sizes; do
		n=$(bytes_of "$size")
		(cd "$tmp" && GOFLAGS= GO111MODULE=on GOWORK=off go run gen.go "$kind" "$n" "$corpus" "$tmp/in.jsonl")
		r=$(/usr/bin/time -f '%M %U %S' "$tmp/dispatch" annotate -q -j1 "$tmp/in.jsonl" -o "$tmp/out.jsonl" 2>&1 >/dev/null | tail -1)
		read -r rss user sys <<<"$r"
		awk -v k="$kind" -v s="$size" -v m="$rss" -v u="$user" -v y="$sys" -v n="$n" -v b="$base" 'BEGIN {
			printf "%-12s %6s %10.1f %8.1f %16.1f %10.0f\n", k, s, m / 1024, m * 1024 / n, (m - b) * 1024 / n, (u + y) * 1e9 / n }'
	done
done
