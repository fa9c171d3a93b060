#!/bin/sh
# make bench: speed of `brief extract` on the WCXB article pages in
# $SHARED/eval/html (unpacked to a temporary folder, read in place):
# all pages in one run (pages/s, MB/s, ms per page) on one thread and on
# one per core, and one 2 MB page (pages joined into one document).
BRIEF=${BRIEF:-build/brief}
SHARED=${SHARED:-../shared}
DIR=$SHARED/eval/html/pages
if [ ! -d "$DIR" ]; then echo "bench-extract: skipped: $DIR is not there"; exit 0; fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
mkdir "$T/p"
for f in "$DIR"/*.html.gz; do b=${f##*/}; zcat "$f" >"$T/p/${b%.gz}"; done
n=$(ls "$T/p" | wc -l)
bytes=$(cat "$T/p"/*.html | wc -c)
now() { date +%s.%N; }
# On one thread, then on one per core (--jobs 0, the default).
for jobs in 1 0; do
    t0=$(now); "$BRIEF" extract --format json --jobs $jobs "$T/p" >/dev/null 2>&1; t1=$(now)
    awk -v n="$n" -v b="$bytes" -v a="$t0" -v c="$t1" -v j="$jobs" 'BEGIN {
        s = c - a; printf "extract --jobs %s: %d pages, %.1f MB in %.2f s: %.0f pages/s, %.2f MB/s, %.1f ms per page\n",
        j, n, b / 1e6, s, n / s, b / 1e6 / s, 1000 * s / n }'
done
: >"$T/big.html"
for f in "$T/p"/*.html; do
    cat "$f" >>"$T/big.html"
    [ "$(wc -c <"$T/big.html")" -ge 2000000 ] && break
done
big=$(wc -c <"$T/big.html")
t0=$(now); "$BRIEF" extract --format json "$T/big.html" >/dev/null 2>&1; t1=$(now)
awk -v b="$big" -v a="$t0" -v c="$t1" 'BEGIN { printf "extract: one page of %.1f MB in %.0f ms\n", b / 1e6, 1000 * (c - a) }'
