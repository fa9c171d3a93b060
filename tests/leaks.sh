#!/bin/sh
# No boilerplate reaches any output: every command and format of brief is
# run on samples/ and searched for the hand-annotated page furniture and
# teaser text of tests/fixtures/seeds/boilerplate.txt.  Prints the number
# of leaks (must be 0).
BUILD=${BUILD:-build}
B=$BUILD/brief
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
run() { "$B" "$@" samples/ >"$T/$(echo "$*" | tr ' /' '__').out" 2>/dev/null || echo "brief $* failed"; }
run summarize -n 40
run summarize --words 400 --format json
run split
run split --format json
run quotes --format json
run quotes --format tsv
run quotes
for f in text md html json; do run story --format $f --points 12 --quotes 12; done
leaks=0
while IFS= read -r frag; do
    case $frag in ''|'#'*) continue ;; esac
    for out in "$T"/*.out; do
        case $frag in
            =*) grep -qxF -- "${frag#=}" "$out" && { echo "leak: line '${frag#=}' in ${out##*/}"; leaks=$((leaks + 1)); } ;;
            *) grep -qF -- "$frag" "$out" && { echo "leak: '$frag' in ${out##*/}"; leaks=$((leaks + 1)); } ;;
        esac
    done
done <tests/fixtures/seeds/boilerplate.txt
n=$(ls "$T"/*.out | wc -l)
echo "boilerplate leaks in $n outputs: $leaks"
if [ $leaks -eq 0 ]; then echo "1 passed, 0 failed"; else echo "0 passed, 1 failed"; exit 1; fi
