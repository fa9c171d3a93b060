#!/bin/sh
# make bench: speed and peak memory of `brief summarize` on real news text
# of 10 KB, 100 KB, 1 MB and 10 MB and on a 10-article story, and of
# `brief story` on 1 MB and 10 MB; when the Open
# Text Summarizer (Debian's ots) is installed it runs on the same inputs in
# the same run and the ratio is printed.  Inputs are built from the BBC News
# corpus in $SHARED/corpus/bbc (read in place, never copied into the
# project) and, without it, from samples/.
BRIEF=${BRIEF:-build/brief}
MEASURE=${MEASURE:-build/tests/measure}
SHARED=${SHARED:-../shared}
RUNS=${RUNS:-3}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT

if [ -d "$SHARED/corpus/bbc" ]; then
    find "$SHARED/corpus/bbc" -name '*.txt' | sort | xargs cat >"$T/pool.txt"
    corpus="BBC News corpus (2,225 articles)"
else
    cat samples/*.txt >"$T/pool.txt"
    corpus="samples/ (the BBC corpus is not at $SHARED)"
fi
# Repeat the pool until it is large enough, then cut each size at a line end.
while [ "$(wc -c <"$T/pool.txt")" -lt 10500000 ]; do cat "$T/pool.txt" "$T/pool.txt" >"$T/p2" && mv "$T/p2" "$T/pool.txt"; done
for spec in 10KB:10000 100KB:100000 1MB:1000000 10MB:10000000; do
    name=${spec%%:*}; size=${spec#*:}
    head -c "$size" "$T/pool.txt" | sed '$d' >"$T/$name.txt"
done
mkdir -p "$T/story"
if [ -d "$SHARED/eval/duc2003/d30003t" ]; then
    cp "$SHARED"/eval/duc2003/d30003t/*.txt "$T/story/"
else
    for f in samples/*.txt; do cp "$f" "$T/story/a-${f##*/}"; cp "$f" "$T/story/b-${f##*/}"; done
fi

best() { # best CMD... -> "secs kib" (fastest of $RUNS)
    b=""
    i=0
    while [ $i -lt "$RUNS" ]; do
        r=$("$MEASURE" "$@" 2>/dev/null) || { echo "fail"; return; }
        if [ -z "$b" ] || awk -v a="${r% *}" -v c="${b% *}" 'BEGIN{exit !(a < c)}'; then b=$r; fi
        i=$((i + 1))
    done
    echo "$b"
}

HAVE_OTS=0; command -v ots >/dev/null && HAVE_OTS=1
echo "bench: brief $($BRIEF --version | cut -d' ' -f2), input from $corpus; best of $RUNS runs"
printf '%-10s %10s %9s %9s %10s' input bytes seconds MB/s "peak MiB"
[ $HAVE_OTS = 1 ] && printf ' %9s %8s' "ots s" "ots/brief"
printf '\n'
prev=""
for name in 10KB 100KB 1MB 10MB story10; do
    if [ $name = story10 ]; then
        in="$T/story"; bytes=$(cat "$T"/story/* | wc -c)
        r=$(best "$BRIEF" summarize -q --words 100 "$in")
    else
        in="$T/$name.txt"; bytes=$(wc -c <"$in")
        r=$(best "$BRIEF" summarize -q -n 5 "$in")
    fi
    secs=${r% *}; kib=${r#* }
    printf '%-10s %10d %9.4f %9.1f %10.1f' $name "$bytes" "$secs" \
        "$(awk -v b="$bytes" -v s="$secs" 'BEGIN{print b / 1e6 / (s > 0 ? s : 1e-9)}')" \
        "$(awk -v k="$kib" 'BEGIN{print k / 1024}')"
    if [ $HAVE_OTS = 1 ]; then
        if [ $name = story10 ]; then cat "$T"/story/* >"$T/story.txt"; oin="$T/story.txt"; else oin=$in; fi
        if [ $name = 10MB ] && [ -z "$BENCH_OTS_10MB" ]; then
            printf ' %9s %8s' "skipped" "-"   # over 100 s; BENCH_OTS_10MB=1 runs it
        else
            o=$(RUNS=1 best ots -r 5 "$oin"); os=${o% *}
            printf ' %9.3f %8.1f' "$os" "$(awk -v a="$os" -v b="$secs" 'BEGIN{print a / (b > 0 ? b : 1e-9)}')"
        fi
    fi
    printf '\n'
    [ $name = 1MB ] && t1=$secs
    [ $name = 10MB ] && t10=$secs
done
echo "growth 1MB -> 10MB: $(awk -v a="$t1" -v b="$t10" 'BEGIN{printf "%.1f", b / a}')x time for 10x input"
# A brief of one long document (a transcript, a column's year pasted
# together) groups thousands of quotes and facts: it must grow like the input.
for name in 1MB 10MB; do
    r=$(best "$BRIEF" story -q "$T/$name.txt")
    printf 'story %-4s %10d bytes %9.4f s %10.1f peak MiB\n' $name "$(wc -c <"$T/$name.txt")" "${r% *}" \
        "$(awk -v k="${r#* }" 'BEGIN{print k / 1024}')"
done
