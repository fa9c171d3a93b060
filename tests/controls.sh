#!/bin/sh
# Control characters never reach the terminal: C1 controls (U+009B is CSI
# on a terminal, and so is a raw 0x9B byte on an 8-bit one) and the bidi
# overrides are removed from the text of an article (and counted in their
# own warning), and file names holding them, or bytes that are not UTF-8,
# are shown escaped in every message and in the TSV of quotes.
BUILD=${BUILD:-build}
LC_ALL=C
export LC_ALL
B=$BUILD/brief
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0
check() { name=$1; shift; count=$((count + 1)); if "$@"; then echo "ok $count - $name"; else fails=$((fails + 1)); echo "not ok $count - $name"; fi; }

csi=$(printf '\302\233')      # U+009B
rlo=$(printf '\342\200\256')  # U+202E
pdi=$(printf '\342\201\251')  # U+2069
raw=$(printf '\233')          # a lone 0x9B byte (also the second byte of U+009B)
# No raw control: no 0x9B byte at all, no U+202E, no U+2069, no ESC.
clean() { ! grep -q -e "$raw" -e "$rlo" -e "$pdi" -e "$(printf '\033')" "$1"; }

mkdir "$T/in"
{
    printf 'Harbour bridge reopens\n\n'
    printf 'The harbour bridge reopened on Monday after %s[2J%s six weeks of repairs.\n' "$csi" "$rlo"
    printf '"We are glad to have it back%s," said Mayor Ann Holt%s.\n' "$rlo" "$pdi"
    printf 'Traffic on the coast road fell by half while the bridge was shut.\n'
    printf 'Engineers replaced %s31mtwo cables and the whole deck surface.\n' "$csi"
} >"$T/in/bridge.txt"

for cmd in "summarize" "split" "quotes" "quotes --format tsv" "story" "daily"; do
    # shellcheck disable=SC2086
    "$B" $cmd "$T/in/bridge.txt" >"$T/out" 2>"$T/err"
    check "$cmd: exits 0" test $? = 0
    check "$cmd: no control on stdout" clean "$T/out"
    check "$cmd: no control on stderr" clean "$T/err"
    check "$cmd: the controls counted apart" grep -q '^brief: .*bridge.txt: removed 5 control characters$' "$T/err"
    check "$cmd: not as invalid sequences" sh -c "! grep -q 'invalid byte' '$T/err'"
done
"$B" quotes "$T/in/bridge.txt" >"$T/out" 2>/dev/null
check "quotes: the quote and its speaker kept" grep -q 'We are glad to have it back,.* Ann Holt' "$T/out"
"$B" split "$T/in/bridge.txt" >"$T/out" 2>/dev/null
check "split: the text around the controls kept" grep -q 'Monday after \[2J six weeks' "$T/out"

# A file name holding U+009B, U+202E and a raw 0x9B byte.
fname=$(printf 'a%sb%sc\233d' "$csi" "$rlo")
shown='a\\u009bb\\u202ec\\x9bd'
cp "$T/in/bridge.txt" "$T/in/$fname.txt"
"$B" quotes --format tsv "$T/in/$fname.txt" >"$T/out" 2>"$T/err"
check "tsv: the file name escaped" grep -q "	$T/in/$shown.txt	full\$" "$T/out"
check "tsv: no control on stdout" clean "$T/out"
check "tsv: the warning names the file escaped" grep -q "$shown.txt: removed 5" "$T/err"
check "tsv: no control on stderr" clean "$T/err"
"$B" summarize "$T/in/$fname.missing" >"$T/out" 2>"$T/err"
check "a missing file: exits 2" test $? = 2
check "a missing file: named escaped" grep -q "$shown.missing: " "$T/err"
check "a missing file: no control on stderr" clean "$T/err"
printf '\177ELF\002\001\001\000\000\000' >"$T/in/$fname.bin"
"$B" split "$T/in/$fname.bin" >"$T/out" 2>"$T/err"
check "a binary file: named escaped" grep -q "$shown.bin: not a text file" "$T/err"
check "a binary file: no control on stderr" clean "$T/err"
mkfifo "$T/in/$fname.fifo"
"$B" daily "$T/in" >"$T/out" 2>"$T/err"
check "daily over the folder: exits 0" test $? = 0
check "daily over the folder: the FIFO named escaped" grep -q "$shown.fifo: not a regular file; skipped" "$T/err"
check "daily over the folder: no control on stdout" clean "$T/out"
check "daily over the folder: no control on stderr" clean "$T/err"
"$B" summarize --format "$fname" "$T/in/bridge.txt" >"$T/out" 2>"$T/err"
check "a bad option value: exits 1" test $? = 1
check "a bad option value: shown escaped" grep -q "'$shown' is not one of" "$T/err"
check "a bad option value: no control on stderr" clean "$T/err"

echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
