#!/bin/sh
# The Python binding (python/brief.py) against the library just built:
# tests/python/test_brief.py, with the standard library's unittest.  A
# library built with AddressSanitizer (make check) needs its runtime
# loaded before the interpreter starts; leaks are the interpreter's own
# and are not reported (valgrind covers the library's, make leakcheck).
BUILD=${BUILD:-build}
CC=${CC:-cc}
lib=$BUILD/libbrief.so
[ -f "$lib" ] || { echo "python: $lib is not built"; exit 1; }
command -v python3 >/dev/null || { echo "python: python3 is needed (scripts/deps.sh installs it)"; exit 1; }
preload=""
for rt in asan ubsan; do
    if ldd "$lib" 2>/dev/null | grep -q "lib$rt"; then
        preload="$preload $($CC -print-file-name=lib$rt.so)"
    fi
done
out=$(LD_PRELOAD="${preload# }" ASAN_OPTIONS=detect_leaks=0:abort_on_error=1 \
      UBSAN_OPTIONS=halt_on_error=1 BRIEF_LIBRARY="$lib" \
      python3 -m unittest discover -s tests/python 2>&1)
rc=$?
if [ $rc -ne 0 ]; then echo "$out" | tail -n 40; exit 1; fi
n=$(echo "$out" | sed -n 's/^Ran \([0-9]*\) tests*.*/\1/p')
echo "ok python binding: $n tests"
