#!/bin/sh
# Runs every test: the cmocka unit binaries, then each tests/*.sh suite
# (golden CLI output, exit codes, bad input).  Each suite prints its own
# lines; the last line here is the total.
BUILD=${BUILD:-build}
export BUILD
passed=0; failed=0; failures=""

for t in "$BUILD"/tests/test_*; do
    [ -x "$t" ] || continue
    name=${t##*/}
    if out=$("$t" 2>&1); then
        passed=$((passed + 1)); echo "PASS  unit/$name"
    else
        failed=$((failed + 1)); failures="$failures unit/$name"
        echo "FAIL  unit/$name"; echo "$out" | sed 's/^/      /' | tail -n 30
    fi
done

for s in tests/*.sh; do
    [ "$s" = tests/run.sh ] && continue
    [ -f "$s" ] || continue
    name=${s#tests/}
    if out=$(sh "$s" 2>&1); then
        passed=$((passed + 1)); echo "PASS  $name"
        echo "$out" | grep -E '^(ok|skip)' | sed 's/^/      /' | tail -n 3
    else
        failed=$((failed + 1)); failures="$failures $name"
        echo "FAIL  $name"; echo "$out" | grep -v '^ok' | sed 's/^/      /' | tail -n 40
    fi
done

[ -n "$failures" ] && echo "failed:$failures"
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
