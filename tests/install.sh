#!/bin/sh
# make install into a scratch DESTDIR installs the program, both libraries,
# the header, the pkg-config file and the man page; docs/example.c compiles
# against what was installed and runs on samples/.
BUILD=${BUILD:-build}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0
check() { count=$((count + 1)); if "$@"; then echo "ok $count - $*"; else fails=$((fails + 1)); echo "not ok $count - $*"; fi; }
make -s install BUILD="$BUILD" DESTDIR="$T" PREFIX=/usr/local >"$T/log" 2>&1 || { cat "$T/log"; echo "0 passed, 1 failed"; exit 1; }
P=$T/usr/local
for f in bin/brief lib/libbrief.a lib/libbrief.so lib/libbrief.so.0 include/brief.h lib/pkgconfig/brief.pc share/man/man1/brief.1; do
    check test -e "$P/$f"
done
check grep -q '^Libs: -L${libdir} -lbrief' "$P/lib/pkgconfig/brief.pc"
check grep -q '^prefix=/usr/local' "$P/lib/pkgconfig/brief.pc"
# Build the documented example against the installed header and library.
if cc -std=c11 -Wall -Wextra -Werror -I"$P/include" docs/example.c "$P/lib/libbrief.a" \
    -lutf8proc -lstemmer -ljansson -lm $EXTRA_LDFLAGS -o "$T/example" 2>"$T/cc"; then
    ok=1
else
    ok=0; cat "$T/cc"
fi
check test $ok = 1
"$T/example" samples/*.txt >"$T/out" 2>"$T/err"; rc=$?
check test $rc = 0
check grep -q '^# ' "$T/out"
check grep -q 'key points, .* quotes, 5 sources' "$T/out"
# And against the shared library.
if cc -std=c11 -I"$P/include" docs/example.c -L"$P/lib" -lbrief $EXTRA_LDFLAGS -o "$T/example-so" 2>"$T/cc"; then
    LD_LIBRARY_PATH="$P/lib" "$T/example-so" samples/000_f795227b996e3a8e.txt >/dev/null 2>&1
    check test $? = 0
fi
make -s uninstall DESTDIR="$T" PREFIX=/usr/local >/dev/null 2>&1
check test ! -e "$P/bin/brief"
echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
