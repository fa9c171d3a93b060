#!/bin/sh
# Story grouping (stage 9) measured: every article of the DUC 2003 clusters
# in one flat set, grouped by tests/tools/groupeval with the library's
# defaults, scored with B-cubed precision / recall / F1 against the true
# clusters (directory names; an article filed in two clusters counts once,
# with the first), on all 30 clusters and on each half, with and without
# dates; then the same through `brief daily`.  Then the grouping of samples/ (000, 001, 002 and 004
# should form one story, 003 - a later event - its own).  Last, the BBC
# corpus dated within one month and on one day (scripts/bbc-dated.py:
# precision against its 5 categories, a fully dated day's folder).
# Last, mixed days (scripts/bbc-mixed.py): random undated folders of BBC
# articles, alone and with true pairs from each DUC half among them.
# The DUC data are not part of brief; they are read from ../shared:
#   $SHARED/eval/duc2003/<cluster>/*.txt
# Usage: scripts/eval-cluster.sh [groupeval options, e.g. -t 0.18]
#   BUILD=build SHARED=../shared
BUILD=${BUILD:-build}
SHARED=${SHARED:-../shared}
DATA=$SHARED/eval/duc2003

make -s "$BUILD/tests/groupeval" || { echo "eval-cluster: build failed"; exit 1; }

echo "== samples/"
"$BUILD/tests/groupeval" -g 1 "$@" samples | grep -v '^B-cubed' || exit 1

if [ ! -d "$DATA" ]; then
    echo "eval-cluster: DUC 2003: skipped: no data at $DATA (set SHARED=/path/to/shared)"
    exit 0
fi
echo "== DUC 2003 ($DATA)"
# All 30 clusters, then each half (scripts/duc-halves.sh: rules are tuned
# on the tuning half, only the figure of the held-out half is read), with
# the days of the file names and without them (-0).
for half in all tuning held-out; do
    h=; [ "$half" = all ] || h="-H $half"
    for dates in dated undated; do
        u=; [ "$dates" = dated ] || u=-0
        printf 'groupeval %-8s %-7s ' "$half" "$dates"
        # shellcheck disable=SC2086
        "$BUILD/tests/groupeval" -q $h $u "$@" "$DATA" | grep -E '^B-cubed' || exit 1
    done
done

# The same measurement through the command users run: every article of a
# half in one flat folder (symbolic links; an article filed in two clusters
# once, with the first), `brief daily --format json`, B-cubed from its
# "files".  Dated: the archive names (APW19981017.0151) carry the days;
# undated: the links are numbered instead, so no day is known.
command -v python3 >/dev/null || { echo "eval-cluster: daily, BBC: skipped (needs python3)"; exit 0; }
echo "== BBC dated ($SHARED/corpus/bbc)"
BUILD=$BUILD SHARED=$SHARED python3 scripts/bbc-dated.py "$@" || exit 1
flat=$(mktemp -d)
trap 'rm -rf "$flat"' EXIT
for half in all tuning held-out; do
    if [ "$half" = all ]; then ls "$DATA" | grep '^d' >"$flat/clusters"
    else sh scripts/duc-halves.sh "$DATA" "$half" >"$flat/clusters"; fi
    for dates in dated undated; do
        day=$flat/$half-$dates
        truth=$day.tsv
        mkdir -p "$day"
        : >"$truth"
        k=0
        while read -r c; do
            for f in "$DATA/$c"/*.txt; do
                n=${f##*/}
                grep -q "^$n	" "$day.seen" 2>/dev/null && continue
                printf '%s\t\n' "$n" >>"$day.seen"
                k=$((k + 1))
                link=$n; [ "$dates" = dated ] || link=article-$k.txt
                ln -s "$(cd "$(dirname "$f")" && pwd)/$n" "$day/$link"
                printf '%s\t%s\n' "$link" "$c" >>"$truth"
            done
        done <"$flat/clusters"
        start=$(date +%s.%N)
        "$BUILD/brief" daily --quiet --format json "$day" >"$day.json" ||
            { echo "eval-cluster: brief daily failed"; exit 1; }
        end=$(date +%s.%N)
        python3 - "$truth" "$day.json" "$start" "$end" "$half" "$dates" <<'PY'
import json, sys, os
truth = dict(line.rstrip("\n").split("\t") for line in open(sys.argv[1]))
stories = json.load(open(sys.argv[2]))["stories"]
pred = {}
for k, s in enumerate(stories):
    for f in s["files"]:
        pred[os.path.basename(f)] = k
docs = [d for d in truth if d in pred]
by_pred, by_true = {}, {}
for d in docs:
    by_pred.setdefault(pred[d], set()).add(d)
    by_true.setdefault(truth[d], set()).add(d)
P = sum(len(by_pred[pred[d]] & by_true[truth[d]]) / len(by_pred[pred[d]]) for d in docs) / len(docs)
R = sum(len(by_pred[pred[d]] & by_true[truth[d]]) / len(by_true[truth[d]]) for d in docs) / len(docs)
F = 2 * P * R / (P + R)
print("brief daily %-8s %-7s (%d articles, %d true stories): %d stories, B-cubed P %.3f R %.3f F1 %.3f, %.2f s"
      % (sys.argv[5], sys.argv[6], len(docs), len(by_true), len(by_pred), P, R, F,
         float(sys.argv[4]) - float(sys.argv[3])))
PY
    done
done
# A day of varied news (scripts/bbc-mixed.py): random undated folders of
# BBC articles, each nearly always its own event, with and without true
# pairs from each DUC half among them.
echo "== mixed days (BBC, DUC pairs)"
BUILD=$BUILD SHARED=$SHARED python3 scripts/bbc-mixed.py --folders 30 --seed 500
for half in tuning held-out; do
    BUILD=$BUILD SHARED=$SHARED python3 scripts/bbc-mixed.py --duc-pairs $half --folders 20 --seed 1000
done
