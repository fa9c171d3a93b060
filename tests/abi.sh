#!/bin/sh
# The library's ABI: libbrief.a and libbrief.so define no external symbol
# but brief_* ones, and the same set; the internal names (and the embedded
# data) are still in the library, only local.  A program that defines every
# one of those internal names itself links statically with libbrief.a and
# runs docs/example.c's brief correctly.
BUILD=${BUILD:-build}
CC=${CC:-cc}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0
check() { count=$((count + 1)); if "$@"; then echo "ok $count - $*"; else fails=$((fails + 1)); echo "not ok $count - $*"; fi; }
# Defined external symbols: static (nm -g) and dynamic (nm -D) tables.
nm -g --defined-only "$BUILD/libbrief.a" | awk 'NF == 3 { print $3 }' | sort -u >"$T/a"
nm -g --defined-only "$BUILD/libbrief.so" | awk 'NF == 3 { print $3 }' | sort -u >"$T/so"
nm -D --defined-only "$BUILD/libbrief.so" | awk 'NF == 3 { print $3 }' | sort -u >"$T/dyn"
nm -g --defined-only "$BUILD/libbrief-internal.a" | awk 'NF == 3 { print $3 }' | sort -u >"$T/internal"
for f in a so dyn; do
    grep -v '^brief' "$T/$f" >"$T/$f.bad"
    [ -s "$T/$f.bad" ] && { echo "# not brief_* in $f:"; sed 's/^/#   /' "$T/$f.bad" | head -20; }
    check test ! -s "$T/$f.bad"
done
check grep -qx brief_ctx_new "$T/a"
check cmp -s "$T/a" "$T/dyn"
# What was hidden is still there, local: the internal functions and the
# table of embedded data files (build/gen/embedded.c).
grep -v '^brief' "$T/internal" >"$T/hidden"
check grep -qx data_files "$T/hidden"
check grep -qx arena_new "$T/hidden"
check sh -c "nm '$BUILD/libbrief.a' | grep -q ' [dr] data_files\$'"
check sh -c "nm '$BUILD/libbrief.a' | grep -q ' t arena_new\$'"
# A program of the user's may use any of those names.
{
    echo '/* Names libbrief uses internally, defined again by a user program. */'
    grep '^[A-Za-z][A-Za-z0-9_]*$' "$T/hidden" | sed 's/.*/char &[1];/'
} >"$T/user.c"
# shellcheck disable=SC2086
if $CC -std=c11 -w -Iinclude docs/example.c "$T/user.c" "$BUILD/libbrief.a" $CFLAGS $LDFLAGS \
    -lutf8proc -lstemmer -ljansson -lexpat -lgumbo -lm -o "$T/example" 2>"$T/cc"; then
    ok=1
else
    ok=0; head -20 "$T/cc"
fi
check test $ok = 1
check test "$(grep -c '^char' "$T/user.c")" -gt 50
if [ $ok = 1 ]; then
    "$T/example" samples/*.txt >"$T/out" 2>&1
    check test $? = 0
    check grep -q 'key points, .* quotes, 5 sources' "$T/out"
fi
echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
