#!/bin/sh
# Replays the fuzzing corpus (tests/fuzz/corpus/<target>/: seeds and the
# reproducers of every bug the fuzzers found) through each fuzz target,
# built with tests/fuzz/driver.c instead of libFuzzer
# ($BUILD/tests/fuzz_<target>).  Under `make check` the binaries carry
# ASan/UBSan, so a regression is a sanitizer report.  See docs/fuzzing.md.
BUILD=${BUILD:-build}
passed=0; failed=0
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
for dir in tests/fuzz/corpus/*/; do
    t=${dir%/}; t=${t##*/}
    bin=$BUILD/tests/fuzz_$t
    if [ ! -x "$bin" ]; then
        echo "FAIL fuzz_$t: $bin is not built (make $bin)"
        failed=$((failed + 1)); continue
    fi
    # One input at a time, so a failure names its reproducer.
    nin=0; bad=0
    for f in "$dir"*; do
        [ -f "$f" ] || continue
        nin=$((nin + 1))
        "$bin" "$f" >"$T/out" 2>&1; rc=$?
        if [ "$rc" -ne 0 ]; then
            echo "FAIL fuzz_$t: $f (exit $rc)"
            grep -E 'ERROR|runtime error|SUMMARY|#[0-4] ' "$T/out" | head -n 12 | sed 's/^/    /'
            bad=$((bad + 1))
        fi
    done
    if [ "$bad" -eq 0 ]; then
        echo "ok fuzz_$t: $nin inputs"; passed=$((passed + 1))
    else
        echo "FAIL fuzz_$t: $bad of $nin inputs"; failed=$((failed + 1))
    fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
