#!/bin/sh
# make eval (quotes part): `brief quotes` scored by quotescore.py on the
# hand-annotated direct quotes of $SHARED/eval/quotes-en (US political
# news) and $SHARED/eval/quotes-de (German news, read with
# data/quotes/german.txt), read in place.
#
# quotes-en is cut in two by the scorer's --split (document id mod 2):
# half 1/2 is where quote rules are tuned and read; half 2/2 is held out,
# only measured, never read.  Each half is scored as written and as a
# one-line copy (each article's body on one line, as feeds and JSONL
# exports deliver it; made by scripts/flatten-eval.py in a temporary
# folder).
#   BRIEF=build/brief SHARED=../shared JOBS=2
BRIEF=${BRIEF:-build/brief}
SHARED=${SHARED:-../shared}
JOBS=${JOBS:-2}
SCORE=$SHARED/tools/quotescore.py
EN=$SHARED/eval/quotes-en
DE=$SHARED/eval/quotes-de

if [ ! -f "$SCORE" ] || [ ! -d "$EN" ]; then
    echo "eval-quotes: skipped: the quote sets or quotescore.py are not at $SHARED"
    exit 0
fi
command -v python3 >/dev/null || { echo "eval-quotes: skipped: python3 is needed"; exit 0; }
flat=$(mktemp -d)
trap 'rm -rf "$flat"' EXIT
python3 scripts/flatten-eval.py "$EN" "$flat" || exit 1
for half in 1/2 2/2; do
    name="tuning half"; [ "$half" = 2/2 ] && name="held-out half"
    for set in "$EN" "$flat"; do
        form="paragraphs"; [ "$set" = "$flat" ] && form="one line"
        printf 'quotes-en %s (%s, %s): ' "$half" "$name" "$form"
        python3 "$SCORE" "$BRIEF" "$set" --split "$half" --jobs "$JOBS" | tail -1
    done
done
if [ -d "$DE" ]; then
    # quotes-de is cut the same way: 1/2 tuned and read, 2/2 held out
    for half in 1/2 2/2; do
        name="tuning half"; [ "$half" = 2/2 ] && name="held-out half"
        printf 'quotes-de %s (%s): ' "$half" "$name"
        python3 "$SCORE" "$BRIEF" "$DE" --split "$half" --jobs "$JOBS" | tail -1
    done
fi
