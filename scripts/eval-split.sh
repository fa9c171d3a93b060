#!/bin/sh
# make eval (sentences part): `brief split` scored by splitscore.py on the
# Universal Dependencies sentence gold of $SHARED/eval/sentences (German,
# French, Spanish news and wiki text; English web text: mail, reviews,
# forums, a source of hard cases rather than a target), read in place.
# Each language is cut in two by scripts/split-eval.py (CRC-32 of the
# article's name): the tuning half, where splitting rules are tuned and
# read, and the held-out half, only measured.  Last, the count of the
# invented hard cases of tests/split-hard.sh that pass.
#   BRIEF=build/brief SHARED=../shared JOBS=2
BRIEF=${BRIEF:-build/brief}
SHARED=${SHARED:-../shared}
JOBS=${JOBS:-2}
SCORE=$SHARED/tools/splitscore.py
DATA=$SHARED/eval/sentences
if [ ! -f "$SCORE" ] || [ ! -d "$DATA" ]; then
    echo "eval-split: skipped: the sentence gold or splitscore.py is not at $SHARED"
    exit 0
fi
command -v python3 >/dev/null || { echo "eval-split: skipped: python3 is needed"; exit 0; }
halves=$(mktemp -d)
trap 'rm -rf "$halves"' EXIT
python3 scripts/split-eval.py "$DATA" "$halves/tuning" "$halves/held-out" || exit 1
for half in tuning held-out; do
    for l in de fr es en; do
        [ -d "$halves/$half/$l" ] || continue
        printf 'sentences %s %s half: ' "$l" "$half"
        python3 "$SCORE" "$BRIEF" "$halves/$half/$l" --jobs "$JOBS" | tail -1
    done
done
# The invented hard cases (tests/fixtures/split-hard), which need no shared data.
printf 'sentences hard cases: '
BRIEF=$BRIEF sh tests/split-hard.sh | tail -1
