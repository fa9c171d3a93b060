#!/bin/sh
# File names that are not UTF-8 come out of every JSON output repaired the
# one way the library repairs text: each invalid byte becomes U+FFFD and
# valid sequences stay (café_\xff.txt gives café_\xef\xbf\xbd.txt).
BUILD=${BUILD:-build}
LC_ALL=C
export LC_ALL
B=$BUILD/brief
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0
check() { name=$1; shift; count=$((count + 1)); if "$@"; then echo "ok $count - $name"; else fails=$((fails + 1)); echo "not ok $count - $name"; fi; }

name=$(printf 'caf\303\251_\377.txt')
good=$(printf 'caf\303\251_\357\277\275.txt')
raw=$(printf '\377')
bytewise=$(printf 'caf\357\277\275\357\277\275_')   # each byte of the é replaced
mkdir "$T/in"
cp samples/003_2568b1da092f9e54.txt "$T/in/$name"
for cmd in "summarize --format json" "split --format json" "quotes --format json" \
           "story --format json" "daily --format json" "sketch"; do
    # shellcheck disable=SC2086
    "$B" $cmd "$T/in" >"$T/out" 2>/dev/null
    check "$cmd: exits 0" test $? = 0
    check "$cmd: the name repaired ($good)" test "$(grep -c "$good" "$T/out")" -ge 1
    check "$cmd: no raw invalid byte" sh -c "! grep -q '$raw' '$T/out'"
    check "$cmd: no valid byte replaced" sh -c "! grep -q '$bytewise' '$T/out'"
done
# The bytes themselves: c a f, C3 A9 (é), _, EF BF BD (U+FFFD), .txt
"$B" sketch "$T/in" | head -c 60 | od -An -tx1 | tr -d ' \n' >"$T/hex"
check "sketch: the bytes are 63 61 66 c3 a9 5f ef bf bd" grep -q '636166c3a95fefbfbd2e747874' "$T/hex"

echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
