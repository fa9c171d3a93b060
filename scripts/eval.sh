#!/bin/sh
# ROUGE of `brief summarize --words 100` on the DUC 2003 multi-document
# clusters.  The data and the scorer are not part of brief (their licences
# forbid copying them); they are read from ../shared when present:
#   $SHARED/eval/duc2003/<cluster>/*.txt    the articles of each story
#   $SHARED/tools/rouge.py                  a ROUGE-1.5.5 reimplementation
# Usage: scripts/eval.sh [extra brief options...]
#   BRIEF=build/brief SHARED=../shared LIMIT="--words 100"
BRIEF=${BRIEF:-build/brief}
SHARED=${SHARED:-../shared}
LIMIT=${LIMIT:---words 100}
DATA=$SHARED/eval/duc2003
ROUGE=$SHARED/tools/rouge.py

if [ ! -d "$DATA" ] || [ ! -f "$ROUGE" ]; then
    echo "eval: skipped: the DUC 2003 data or the ROUGE scorer is not at $SHARED"
    echo "eval: (set SHARED=/path/to/shared; see docs/evaluation.md)"
    exit 0
fi
command -v python3 >/dev/null || { echo "eval: skipped: python3 is needed for the ROUGE scorer"; exit 0; }

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
start=$(date +%s.%N)
for d in "$DATA"/d*; do
    c=${d##*/}
    # shellcheck disable=SC2086
    "$BRIEF" summarize -q $LIMIT "$@" "$d"/*.txt >"$out/$c.txt" || { echo "eval: brief failed on $c"; exit 1; }
done
end=$(date +%s.%N)
n=$(ls "$out" | wc -l)
echo "eval: $n clusters summarized in $(awk -v a="$start" -v b="$end" 'BEGIN{printf "%.2f", b-a}') s ($LIMIT $*)"
unit=$(echo "$LIMIT" | sed 's/^--\([a-z]*\) \([0-9]*\)$/--\1 \2/')
python3 "$ROUGE" --summaries "$out" --data "$DATA" $unit --resamples ${RESAMPLES:-0} | tail -n 8
# The same summaries scored on each half of the clusters (scripts/duc-halves.sh):
# rules are tuned on the first and judged on the second.
for half in tuning held-out; do
    mkdir -p "$out.$half/data" "$out.$half/sum"
    for c in $(sh scripts/duc-halves.sh "$DATA" "$half"); do
        ln -s "$(cd "$DATA" && pwd)/$c" "$out.$half/data/$c"
        cp "$out/$c.txt" "$out.$half/sum/"
    done
    printf 'eval: %s half (%s clusters): ' "$half" "$(ls "$out.$half/sum" | wc -l)"
    python3 "$ROUGE" --summaries "$out.$half/sum" --data "$out.$half/data" $unit --resamples 0 |
        grep -E '^ROUGE-(1|2|SU4) ' | awk '{printf "%s %s %s  ", $1, $2, $3} END {print ""}'
    rm -rf "$out.$half"
done
