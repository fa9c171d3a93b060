#!/bin/sh
# make leakcheck: every golden command line (tests/golden/*/args) and a
# daily run into a folder, under valgrind with full leak checking; fails on
# any error or leak.
BUILD=${BUILD:-build}
command -v valgrind >/dev/null || { echo "leakcheck: skipped: valgrind is not installed"; exit 0; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; n=0
for d in tests/golden/*/; do
    in=/dev/null; [ -f "$d/stdin" ] && in=$d/stdin
    n=$((n + 1))
    # shellcheck disable=SC2046
    if ! valgrind -q --leak-check=full --error-exitcode=99 "$BUILD/brief" $(cat "$d/args") <"$in" >/dev/null 2>"$T/err"; then
        fails=$((fails + 1)); echo "not ok - ${d%/}"; head -20 "$T/err"
    else
        echo "ok - ${d%/}"
    fi
done
n=$((n + 1))
if valgrind -q --leak-check=full --error-exitcode=99 "$BUILD/brief" daily --quiet --format html -o "$T/out" samples/ 2>"$T/err"; then
    echo "ok - daily -o"
else
    fails=$((fails + 1)); echo "not ok - daily -o"; head -20 "$T/err"
fi
echo "$((n - fails)) passed, $fails failed"
[ $fails = 0 ]
