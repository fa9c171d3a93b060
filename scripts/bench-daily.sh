#!/bin/sh
# make bench (daily part): brief daily over the BBC corpus (2,225 articles)
# and over 1,000 to 20,000 articles made from the BBC and DUC articles
# repeated with small edits (a changed headline, one paragraph dropped),
# with the time of each stage (--times) and peak memory.  The articles are
# read from $SHARED and written only to a temporary folder.
BRIEF=${BRIEF:-build/brief}
MEASURE=${MEASURE:-build/tests/measure}
SHARED=${SHARED:-../shared}
[ -d "$SHARED/corpus/bbc" ] || { echo "bench-daily: skipped: no BBC corpus at $SHARED"; exit 0; }
command -v python3 >/dev/null || { echo "bench-daily: skipped: needs python3 to build the inputs"; exit 0; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
find "$SHARED/corpus/bbc" "$SHARED/eval/duc2003" -path '*/refs' -prune -o -name '*.txt' -print 2>/dev/null |
    grep -v README | sort >"$T/pool"
python3 - "$T/pool" "$T/all" <<'PY'
import os, random, sys
random.seed(1)
pool = [l.strip() for l in open(sys.argv[1])]
out = sys.argv[2]
os.makedirs(out)
n = k = 0
while n < 20000:
    for f in pool:
        if n >= 20000:
            break
        lines = open(f, encoding="utf-8", errors="replace").read().split("\n")
        if k > 0:
            lines[0] += " (update %d)" % k
            if len(lines) > 6:
                del lines[random.randrange(2, len(lines))]
        open(os.path.join(out, "%05d.txt" % n), "w").write("\n".join(lines))
        n += 1
    k += 1
PY
run() { # run LABEL DIR
    r=$("$MEASURE" "$BRIEF" daily --quiet --times --format json "$2" 2>"$T/err")
    printf '%-14s %8s s %8.0f MiB   %s\n' "$1" "${r% *}" "$(awk -v k="${r#* }" 'BEGIN{print k / 1024}')" \
        "$(grep 'times:' "$T/err" | sed 's/^brief: times: //')"
}
echo "bench: brief daily (time, peak memory, stages)"
run "BBC 2,225" "$SHARED/corpus/bbc"
for n in 1000 5000 10000 20000; do
    mkdir -p "$T/d$n"
    ls "$T/all" | head -n $n | while read -r f; do ln -s "$T/all/$f" "$T/d$n/$f"; done
    run "$n articles" "$T/d$n"
done
