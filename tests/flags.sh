#!/bin/sh
# The Makefile honours the user's CFLAGS, CPPFLAGS, LDFLAGS and PKG_CONFIG,
# and still applies the flags brief needs.  One object is really compiled
# into a scratch BUILD with a CFLAGS that force-includes a probe header
# whose #error guards fail unless every flag arrived; the rest is read from
# the commands `make -n` prints.
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# A make of our own, not a sub-make of the one running the tests.
unset MAKEFLAGS MFLAGS MAKELEVEL
fails=0; count=0
check() { count=$((count + 1)); if "$@"; then echo "ok $count - $*"; else fails=$((fails + 1)); echo "not ok $count - $*"; fi; }
B=$T/build
cat >"$T/probe.h" <<'EOF'
#ifndef PROBE_CPPFLAGS
#error probe: CPPFLAGS not applied
#endif
#ifdef __OPTIMIZE__
#error probe: the default -O2 was used instead of CFLAGS
#endif
#if __STDC_VERSION__ != 201112L || !defined(__PIC__) || !defined(BRIEF_BUILDING)
#error probe: the flags of the project are missing
#endif
EOF
make -s BUILD="$B" CFLAGS="-O0 -g -include $T/probe.h" CPPFLAGS=-DPROBE_CPPFLAGS \
    "$B/obj/arena.o" >"$T/log" 2>&1
check test $? = 0
grep 'probe:' "$T/log" | head -3
check test -f "$B/obj/arena.o"
# Hidden visibility still applies (only BRIEF_API names are exported).
check sh -c "readelf -sW '$B/obj/arena.o' | grep -q 'HIDDEN .* arena_new\$'"
# Without the define the guard fires: the probe is live.
rm -f "$B/obj/arena.o"
make -s BUILD="$B" CFLAGS="-O0 -g -include $T/probe.h" "$B/obj/arena.o" >"$T/log" 2>&1
check test $? != 0
check grep -q 'probe: CPPFLAGS not applied' "$T/log"

# Every compile and link line, as make would run them in a fresh BUILD.
printf '#!/bin/sh\ncase "$*" in *--cflags*) echo -DPROBE_PC_CFLAGS ;; *) echo -lprobe_pc ;; esac\n' >"$T/pc"
chmod +x "$T/pc"
make -n -B BUILD="$T/n" CFLAGS='-O1 -DPROBE_CFLAGS' CPPFLAGS=-DPROBE_CPPFLAGS LDFLAGS=-Wl,--probe-ldflags \
    PKG_CONFIG="$T/pc" all "$T/n/tests/test_arena" 2>&1 | sed -e :a -e '/\\$/N; s/\\\n//; ta' >"$T/n.log"
# has TARGET PATTERN: the command that makes $T/n/TARGET matches PATTERN.
has() { grep -e "-o $T/n/$1 " "$T/n.log" | grep -q -e "$2"; }
for obj in obj/story.o obj/embedded.o; do
    for flag in -DPROBE_CFLAGS -DPROBE_CPPFLAGS -DPROBE_PC_CFLAGS -std=c11 -Werror -Wsign-conversion \
        -fPIC -fvisibility=hidden -DBRIEF_BUILDING; do
        check has $obj " $flag "
    done
    # The user's CFLAGS come last, so they can override.
    check has $obj "-fvisibility=hidden .*-DPROBE_CFLAGS"
done
# The CLI: the user's flags and the warnings, but no -Isrc (brief.h only).
for flag in -DPROBE_CFLAGS -DPROBE_CPPFLAGS -std=c11 -Werror -Wsign-conversion; do
    check has obj/cli/main.o " $flag "
done
check has obj/cli/main.o " -Iinclude "
no_src() { ! has obj/cli/main.o " -Isrc "; }
check no_src
for bin in brief libbrief.so tests/test_arena; do
    check has $bin -Wl,--probe-ldflags
    check has $bin -lprobe_pc
done
check has brief ' [^ ]*/libbrief\.a '
check has tests/test_arena ' [^ ]*/libbrief-internal\.a '
# Without pkg-config: plain -l flags.
make -n -B BUILD="$T/n" PKG_CONFIG="$T/no-such-pkg-config" "$T/n/brief" >"$T/n.log" 2>&1
check has brief '-lutf8proc .*-lstemmer .*-ljansson .*-lexpat .*-lgumbo .*-lm'
echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
