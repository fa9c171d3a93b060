#!/bin/sh
# make, then make install PREFIX=<scratch> installs the program, both
# libraries, the header, a brief.pc for that prefix and the man page;
# docs/example.c builds against the install with pkg-config, statically
# and shared, and runs on samples/.  The same with DESTDIR (the .pc names
# PREFIX, not DESTDIR), then make uninstall leaves no file behind.
BUILD=${BUILD:-build}
CC=${CC:-cc}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0
check() { count=$((count + 1)); if "$@"; then echo "ok $count - $*"; else fails=$((fails + 1)); echo "not ok $count - $*"; fi; }
run_make() {
    make -s BUILD="$BUILD" "$@" >"$T/log" 2>&1 || { cat "$T/log"; echo "0 passed, 1 failed"; exit 1; }
}
FILES="bin/brief lib/libbrief.a lib/libbrief.so lib/libbrief.so.0 include/brief.h lib/pkgconfig/brief.pc share/man/man1/brief.1"

# example NAME LIBDIR PKG_CONFIG_ARGS...: docs/example.c built against
# the install that pkg-config finds (-lbrief edited by $SED), run on the
# five samples with LIBDIR as LD_LIBRARY_PATH.
example() {
    name=$1; libdir=$2; shift 2
    # shellcheck disable=SC2046
    if $CC -std=c11 -Wall -Wextra -Werror $CFLAGS docs/example.c $(pkg-config "$@" --cflags --libs brief | \
        sed "$SED") $LDFLAGS -o "$T/$name" 2>"$T/cc"; then
        ok=1
    else
        ok=0; head -20 "$T/cc"
    fi
    check test $ok = 1
    [ $ok = 1 ] || return
    LD_LIBRARY_PATH=$libdir "$T/$name" samples/*.txt >"$T/out" 2>"$T/err"
    check test $? = 0
    check grep -q '^# ' "$T/out"
    check grep -q 'key points, .* quotes, 5 sources' "$T/out"
}

run_make
P=$T/prefix
run_make install PREFIX="$P"
for f in $FILES; do check test -e "$P/$f"; done
check grep -qx "prefix=$P" "$P/lib/pkgconfig/brief.pc"
check grep -q '^Libs: -L${libdir} -lbrief' "$P/lib/pkgconfig/brief.pc"
check test "$("$P/bin/brief" --version 2>&1 | head -n 1)" != ""
if command -v pkg-config >/dev/null; then
    export PKG_CONFIG_PATH="$P/lib/pkgconfig"
    check test "$(pkg-config --variable=includedir brief)" = "$P/include"
    # Statically: the archive by name, so the linker cannot take the .so.
    SED='s/-lbrief/-l:libbrief.a/'
    example example-static /nonexistent --static
    check sh -c "! ldd '$T/example-static' | grep -q libbrief"
    SED=
    example example-shared "$P/lib"
    check sh -c "LD_LIBRARY_PATH='$P/lib' ldd '$T/example-shared' | grep -q '$P/lib/libbrief.so.0'"
    # DESTDIR: files staged under it, the .pc names the final prefix;
    # pkg-config's sysroot finds the staged files.
    D=$T/stage
    run_make install DESTDIR="$D" PREFIX=/opt/brief
    for f in $FILES; do check test -e "$D/opt/brief/$f"; done
    check grep -qx "prefix=/opt/brief" "$D/opt/brief/lib/pkgconfig/brief.pc"
    export PKG_CONFIG_PATH="$D/opt/brief/lib/pkgconfig" PKG_CONFIG_SYSROOT_DIR="$D"
    SED='s/-lbrief/-l:libbrief.a/'
    example example-destdir /nonexistent --static
    unset PKG_CONFIG_SYSROOT_DIR
    run_make uninstall DESTDIR="$D" PREFIX=/opt/brief
    check test -z "$(find "$D" ! -type d)"
else
    echo "skip - pkg-config is not installed: the example is not built"
fi
run_make uninstall PREFIX="$P"
check test -z "$(find "$P" ! -type d)"
echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
