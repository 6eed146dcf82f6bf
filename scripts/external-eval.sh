#!/usr/bin/env bash
# Scores the current dispatch on the external corpora of issues 9 and 15:
# PolNeAR data/dev (QUOTE span and speaker) and TimeBank 1.2 as cleaned for
# TempEval-3 (DATE value). The corpora are read from the read-only git
# mirrors and extracted to a scratch folder, never into the work tree;
# nothing of them is committed.
#
# Usage: scripts/external-eval.sh [polnear|timebank|all] [extra eval flags]
# Environment: POLNEAR_MIRROR, TEMPEVAL_MIRROR (git directories),
# WORK (scratch folder, default /tmp/dispatch-external), SPLIT (PolNeAR
# split, default dev; train is also allowed, test never).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
which=${1:-all}
shift || true
polnear=${POLNEAR_MIRROR:-/work/.mirror/networkdynamics+PolNeAR/repo}
tempeval=${TEMPEVAL_MIRROR:-/work/.mirror/jspotter+TempEval-3/repo}
work=${WORK:-/tmp/dispatch-external}
split=${SPLIT:-dev}
case $split in dev|train) ;; *) echo "SPLIT must be dev or train" >&2; exit 2 ;; esac

mkdir -p "$work"
bin=$work/dispatch
(cd "$root" && go build -o "$bin" ./cmd/dispatch)

if [ "$which" = polnear ] || [ "$which" = all ]; then
	if [ ! -d "$work/polnear/data/$split/attributions" ]; then
		mkdir -p "$work/polnear"
		# Only attributions, text and metadata: the corenlp parses are large
		# and not needed. (A partial mirror may print "invalid object" for
		# files it lacks; the folders needed are extracted all the same.)
		git -C "$polnear" archive HEAD "data/$split/attributions" "data/$split/text" data/metadata.tsv |
			tar -x -C "$work/polnear"
	fi
	gold=$work/polnear/data/$split
	"$bin" eval --gold-format polnear --gold "$gold" --docs-out "$work/polnear-$split.jsonl"
	"$bin" annotate --progress never -o "$work/polnear-$split.pred.jsonl" "$work/polnear-$split.jsonl"
	echo "== PolNeAR $split (QUOTE; speaker right when the mention overlaps the Source or the name is the same)"
	"$bin" eval --gold-format polnear --gold "$gold" --pred "$work/polnear-$split.pred.jsonl" "$@"
fi

if [ "$which" = timebank ] || [ "$which" = all ]; then
	if [ ! -d "$work/tempeval/data/TBAQ-cleaned/TimeBank" ]; then
		mkdir -p "$work/tempeval"
		git -C "$tempeval" archive HEAD data/TBAQ-cleaned/TimeBank | tar -x -C "$work/tempeval"
	fi
	gold=$work/tempeval/data/TBAQ-cleaned/TimeBank
	"$bin" eval --gold-format timeml --gold "$gold" --docs-out "$work/timebank.jsonl"
	"$bin" annotate --progress never -o "$work/timebank.pred.jsonl" "$work/timebank.jsonl"
	echo "== TimeBank (DATE; full = value right; other TIMEX3 are ignore regions)"
	"$bin" eval --gold-format timeml --gold "$gold" --pred "$work/timebank.pred.jsonl" "$@"
fi
