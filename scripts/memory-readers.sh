#!/usr/bin/env bash
# Peak resident memory of 'dispatch render', 'export --format conll' and
# 'eval' per byte of their input (the annotation file plus the documents),
# on one dense document (a QUOTE and an OFFICIAL every 17 bytes of text,
# annotated by dispatch itself) at four sizes, each 4 times the last
# (issue 8: the readers behind these commands). Nothing is asserted: the
# numbers are for people (corpus's TestReadAnnotatedMemoryPerByte bounds
# the reader). Needs GNU time (/usr/bin/time).
#
# Environment: SIZES (default "100000 400000 1600000 6400000" bytes of text).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
sizes=${SIZES:-100000 400000 1600000 6400000}
if [ ! -x /usr/bin/time ]; then
	echo "memory-readers.sh: needs GNU time at /usr/bin/time" >&2
	exit 2
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/dispatch-readers.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
go build -o "$tmp/dispatch" ./cmd/dispatch
d=$tmp/dispatch

printf '%-8s %9s %12s %10s %8s\n' command text "input bytes" "peak MiB" "B/B"
for n in $sizes; do
	unit='"x," Kirby said. '
	text=$(awk -v n="$n" -v u="$unit" 'BEGIN { s = ""; while (length(s) < n) s = s u; gsub(/"/, "\\\"", s); print s }')
	printf '{"id":"densest","date":"2022-01-24","text":"%s"}\n' "$text" >"$tmp/in.jsonl"
	"$d" annotate -q -j1 "$tmp/in.jsonl" -o "$tmp/pred.jsonl"
	input=$(($(stat -c %s "$tmp/in.jsonl") + $(stat -c %s "$tmp/pred.jsonl")))
	for c in render export eval; do
		case $c in
		render) args=(render --pred "$tmp/pred.jsonl" --docs "$tmp/in.jsonl" -o "$tmp/out.html") ;;
		export) args=(export --format conll --docs "$tmp/in.jsonl" "$tmp/pred.jsonl" -o "$tmp/out.conll") ;;
		eval) args=(eval --gold "$tmp/pred.jsonl" --pred "$tmp/pred.jsonl" --docs "$tmp/in.jsonl") ;;
		esac
		rss=$(/usr/bin/time -f '%M' "$d" "${args[@]}" 2>&1 >/dev/null | tail -1)
		awk -v c="$c" -v n="$n" -v i="$input" -v m="$rss" 'BEGIN { printf "%-8s %9d %12d %10.1f %8.1f\n", c, n, i, m / 1024, m * 1024 / i }'
	done
done
