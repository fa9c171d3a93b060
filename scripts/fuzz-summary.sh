#!/bin/sh
# fuzz-summary.sh TARGET LOG CORPUS ARTIFACTS STAMP - what one `make
# fuzz-TARGET` run did, one line: executions, coverage (cov:, covered
# edges) and features (ft:) of libFuzzer's last status line, the corpus
# size, crashes found (reproducers newer than STAMP in ARTIFACTS) and the
# peak memory.  With -jobs (FUZZ_JOBS) the jobs' logs fuzz-<n>.log beside
# STAMP are read instead of LOG: executions and new inputs are added up,
# cov/ft/memory are the largest of the jobs.  libFuzzer separates the
# count from the rest of a status line with a tab ("#123\tNEW cov: ...")
# and, in fork mode, with ": " ("#123: cov: ..."); both are read.
t=$1 log=$2 corpus=$3 art=$4 stamp=$5
jobs=$(ls "${stamp%/*}"/fuzz-*.log 2>/dev/null)
[ -n "$jobs" ] || jobs=$log
# shellcheck disable=SC2086  # one word per log file
awk -v t="fuzz_$t" '
    function num(s, key,   m) {
        if (!match(s, key "[ \t]+[0-9]+")) return -1
        m = substr(s, RSTART + length(key), RLENGTH - length(key))
        gsub(/[ \t]/, "", m)
        return m + 0
    }
    FNR == 1 { if (NR > 1) flush(); last = ""; lastexec = 0; execs = -1; news = 0; rss = 0 }
    /^#[0-9]+:?[ \t]/ && /cov: / { last = $0; lastexec = substr($1, 2) + 0 }
    /^stat::number_of_executed_units:/ { execs = $2 + 0; stats = 1 }
    /^stat::new_units_added:/ { news = $2 + 0 }
    /^stat::peak_rss_mb:/ { rss = $2 + 0 }
    function flush() {
        total += execs >= 0 ? execs : lastexec
        added += news
        if (last != "") {
            c = num(last, "cov:"); f = num(last, "ft:")
            if (c > cov) cov = c
            if (f > ft) ft = f
            seen = 1
        }
        if (rss > peak) peak = rss
    }
    END {
        flush()
        # Fork mode (-fork=N) prints no final stats: "?" for what it lacks.
        printf "%s: %d executions, cov: %s, ft: %s, %s new inputs, peak RSS %s MB\n", t,
               total, seen ? cov : "?", seen ? ft : "?", stats ? added : "?", stats ? peak : "?"
    }' $jobs
n=$(find "$corpus" -type f | wc -l)
c=$(find "$art" -type f -newer "$stamp" | wc -l)
echo "fuzz_$t: corpus $corpus: $n inputs; crashes found: $c"
find "$art" -type f -newer "$stamp" | sed "s/^/fuzz_$t:   /"
