#!/bin/sh
# Golden CLI tests: each folder in tests/golden/ holds `args` (the brief
# command line, run from the project root), optionally `stdin`, and
# `expected` (the exact standard output).  `sh tests/golden.sh --update`
# rewrites the expected files after a deliberate change; review the diff.
BUILD=${BUILD:-build}
B=$BUILD/brief
update=0; [ "$1" = --update ] && update=1
pass=0; fail=0
for d in tests/golden/*/; do
    name=${d%/}; name=${name##*/}
    in=/dev/null; [ -f "$d/stdin" ] && in=$d/stdin
    # shellcheck disable=SC2046
    "$B" $(cat "$d/args") <"$in" >"$d/actual" 2>"$d/stderr"
    rc=$?
    if [ $update = 1 ]; then mv "$d/actual" "$d/expected"; rm -f "$d/stderr"; echo "updated $name"; continue; fi
    if [ $rc -eq 0 ] && cmp -s "$d/expected" "$d/actual"; then
        pass=$((pass + 1)); echo "ok - golden $name"
    else
        fail=$((fail + 1)); echo "not ok - golden $name (exit $rc)"
        diff "$d/expected" "$d/actual" | head -20 | sed 's/^/    /'
        sed 's/^/    stderr: /' "$d/stderr" | head -5
    fi
    rm -f "$d/actual" "$d/stderr"
done
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
