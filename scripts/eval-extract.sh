#!/bin/sh
# Main-content extraction of web pages (brief extract) on the WCXB article
# pages in ../shared/eval/html, scored by ../shared/tools/extract_eval.py
# (Scrapinghub token-shingle F1, title and date accuracy), on the tuning
# half (CRC-32 of the page id even) and the held-out half (odd).
# PER_PAGE=FILE writes the tuning half's per-page rows to FILE (never the
# held-out half's: its pages are not read while rules are written).
set -e
BRIEF=${BRIEF:-build/brief}
DATA=${DATA:-../shared/eval/html}
TOOL=${TOOL:-../shared/tools/extract_eval.py}
if [ ! -f "$DATA/gold.json" ] || [ ! -f "$TOOL" ]; then
    echo "eval-extract: skipped: $DATA or $TOOL is not there"
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for half in tuning held-out; do
    n=$(python3 scripts/extract-halves.py "$DATA" "$tmp/$half" "$half")
    extra=""
    [ "$half" = tuning ] && [ -n "$PER_PAGE" ] && extra="--per-page $PER_PAGE"
    printf '%s (%s pages): ' "$half" "$n"
    nice -n 10 python3 "$TOOL" "$BRIEF" "$tmp/$half" $extra 2>/dev/null
done
