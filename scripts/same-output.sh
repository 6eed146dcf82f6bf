#!/usr/bin/env bash
# Checks that the work tree's annotate output is byte-identical to that of
# a git revision (default main) on every testdata set, the sample corpus
# and any extra inputs given (folders or JSONL files: pn200, TimeBank,
# PolNeAR as scripts/external-eval.sh extracts them). For speed work that
# must not change what is found.
#
# Usage: scripts/same-output.sh [REV] [INPUT...]
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rev=${1:-main}
shift || true
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/ref-src" "$work/ref" "$work/new"
git -C "$root" archive "$rev" | tar -x -C "$work/ref-src"
(cd "$work/ref-src" && go build -o "$work/ref-d" ./cmd/dispatch)
(cd "$root" && go build -o "$work/new-d" ./cmd/dispatch)

inputs=$(cd "$root" && find testdata -name docs -type d | sort | sed "s|^|$root/|")
inputs="$inputs $root/../shared/corpus $*"
status=0
for in in $inputs; do
	[ -e "$in" ] || { echo "missing: $in" >&2; status=2; continue; }
	name=$(echo "$in" | tr '/.' '__')
	"$work/ref-d" annotate --progress never -o "$work/ref/$name.jsonl" "$in" 2>/dev/null
	"$work/new-d" annotate --progress never -o "$work/new/$name.jsonl" "$in" 2>/dev/null
	if ! cmp -s "$work/ref/$name.jsonl" "$work/new/$name.jsonl"; then
		echo "DIFFERENT: $in"
		status=1
	fi
done
[ "$status" = 0 ] && echo "identical to $rev on every input"
exit "$status"
