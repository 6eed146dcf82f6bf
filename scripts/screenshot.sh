#!/usr/bin/env bash
# Makes docs/img/render.png, the README's picture of 'dispatch render': the
# sample corpus annotated and drawn, a quote clicked (its speaker lit up)
# and the tip of its speaker shown. Needs Chromium (apt-get install chromium).
# QUOTE and HOVER are element ids of the page (dN-aM: document N, annotation M).
set -euo pipefail
cd "$(dirname "$0")/.."
QUOTE=${QUOTE:-d0-a9}
HOVER=${HOVER:-d0-a11}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go run ./cmd/dispatch render ../shared/corpus -o "$tmp/view.html"
DISPATCH_SCREENSHOT_PAGE="$tmp/view.html" DISPATCH_SCREENSHOT="$PWD/docs/img/render.png" \
	DISPATCH_SCREENSHOT_QUOTE="$QUOTE" DISPATCH_SCREENSHOT_HOVER="$HOVER" \
	go test ./render -run '^TestScreenshot$' -count=1
ls -l docs/img/render.png
