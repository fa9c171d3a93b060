#!/bin/sh
# Command-line contract: exit codes, messages on stderr with the "brief:"
# prefix, stdin and "-", budgets never exceeded, JSON shape, help and
# version, and bad input (empty, binary, invalid UTF-8, Latin-1, NULs, a
# 5 MB line, no punctuation) handled without a crash.
BUILD=${BUILD:-build}
B=$BUILD/brief
J=$BUILD/tests/jsonget
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0

ok()   { count=$((count + 1)); echo "ok $count - $1"; }
bad()  { count=$((count + 1)); fails=$((fails + 1)); echo "not ok $count - $1"; }
check() { # check NAME COMMAND...
    name=$1; shift
    if "$@"; then ok "$name"; else bad "$name"; fi
}
# expect_exit CODE NAME -- runs $B with the remaining args, stdin from $IN
expect_exit() {
    want=$1; name=$2; shift 2
    "$B" "$@" <"${IN:-/dev/null}" >"$T/out" 2>"$T/err"
    rc=$?
    if [ "$rc" -ne "$want" ]; then bad "$name (exit $rc, want $want)"; sed 's/^/    /' "$T/err" | head -5; return; fi
    if [ "$rc" -ne 0 ] && ! grep -q '^brief: ' "$T/err"; then bad "$name (no 'brief:' message)"; return; fi
    ok "$name"
}

S=samples
cat $S/*.txt >"$T/all.txt"

# --- help, version, usage -------------------------------------------------
expect_exit 0 "--help exits 0" --help
check "--help goes to stdout and names the commands" grep -q 'summarize' "$T/out"
expect_exit 0 "summarize --help" summarize --help
expect_exit 0 "--version" --version
check "--version prints the version" grep -q '^brief [0-9]' "$T/out"
expect_exit 1 "no command is a usage error"
expect_exit 1 "unknown command" frobnicate
expect_exit 1 "unknown option" summarize --no-such-flag $S/000_f795227b996e3a8e.txt
for v in -1 three 3abc '' ; do
    IN=$S/000_f795227b996e3a8e.txt expect_exit 1 "-n '$v' rejected" summarize -n "$v"
done
IN=$S/000_f795227b996e3a8e.txt expect_exit 1 "-n without value" summarize -n
IN=$S/000_f795227b996e3a8e.txt expect_exit 1 "--words abc" summarize --words abc
IN=$S/000_f795227b996e3a8e.txt expect_exit 1 "--ratio 2" summarize --ratio 2
IN=$S/000_f795227b996e3a8e.txt expect_exit 1 "two length options" summarize -n 2 --words 40
IN=$S/000_f795227b996e3a8e.txt expect_exit 1 "--format xml" summarize --format xml
IN=$S/000_f795227b996e3a8e.txt expect_exit 1 "--lang klingon" summarize --lang klingon
expect_exit 0 "--lang list" summarize --lang list
check "--lang list names every Snowball language" test "$(wc -l <"$T/out")" -ge 28

# --- stdin, files, folders ---------------------------------------------------
IN=$S/000_f795227b996e3a8e.txt expect_exit 0 "stdin by default" summarize -n 3
check "stdin: 3 sentences" test "$(wc -l <"$T/out")" -eq 3
cp "$T/out" "$T/stdin3"
IN=$S/000_f795227b996e3a8e.txt expect_exit 0 "'-' is stdin" summarize -n 3 -
check "'-' gives the same as no file" cmp -s "$T/out" "$T/stdin3"
expect_exit 0 "a file argument" summarize -n 3 $S/000_f795227b996e3a8e.txt
check "file gives the same as stdin" cmp -s "$T/out" "$T/stdin3"
expect_exit 0 "a folder" summarize -n 4 $S
check "folder: 4 sentences" test "$(wc -l <"$T/out")" -eq 4
expect_exit 2 "nonexistent file" summarize /no/such/file.txt
check "nonexistent file is named in the message" grep -q 'no/such/file.txt' "$T/err"
mkdir "$T/empty"
expect_exit 2 "empty folder" summarize "$T/empty"
expect_exit 0 "one bad file among good ones is skipped" summarize -n 2 /no/such/file.txt $S/001_78cb06b8d0c22452.txt
check "the skipped file is reported" grep -q 'no/such/file.txt' "$T/err"

# --- budgets -----------------------------------------------------------------
for n in 1 3 7; do
    expect_exit 0 "-n $n" summarize -n $n $S
    check "-n $n gives at most $n lines" test "$(wc -l <"$T/out")" -le $n
done
for w in 20 50 100 250; do
    expect_exit 0 "--words $w" summarize --words $w $S
    words=$(wc -w <"$T/out")
    check "--words $w: $words words, within budget and using it" test "$words" -le $w -a "$words" -ge $((w * 7 / 10))
done
for c in 200 665; do
    expect_exit 0 "--bytes $c" summarize --bytes $c $S
    bytes=$(tr '\n' ' ' <"$T/out" | sed 's/ $//' | wc -c)
    check "--bytes $c: $bytes bytes" test "$bytes" -le $c
    expect_exit 0 "--chars $c" summarize --chars $c $S
    chars=$(tr '\n' ' ' <"$T/out" | sed 's/ $//' | LC_ALL=C.UTF-8 wc -m)
    check "--chars $c: $chars characters" test "$chars" -le $c
done
expect_exit 0 "--ratio 0.2" summarize --ratio 0.2 $S/001_78cb06b8d0c22452.txt
IN=$S/000_f795227b996e3a8e.txt expect_exit 0 "-n 0 gives nothing" summarize -n 0
check "-n 0: empty output" test ! -s "$T/out"

# --- verbatim and reading order ------------------------------------------------
expect_exit 0 "summary for verbatim check" summarize --words 150 $S
tr -s ' \n' '  ' <"$T/all.txt" >"$T/folded"
verbatim=1
while IFS= read -r line; do
    grep -qF -- "$line" "$T/folded" || { verbatim=0; echo "    not verbatim: $line"; }
done <"$T/out"
check "every summary sentence stands verbatim in the input" test $verbatim = 1

# --- JSON ------------------------------------------------------------------------
expect_exit 0 "--format json" summarize --format json --words 100 $S
check "json: valid" "$J" <"$T/out"
check "json: sentences array" test "$("$J" 'sentences#' <"$T/out")" -ge 2
check "json: sentence has file" sh -c "'$J' sentences.0.file <'$T/out' | grep -q samples/"
check "json: offsets" sh -c "test \$('$J' sentences.0.end <'$T/out') -gt \$('$J' sentences.0.start <'$T/out')"
check "json: rank >= 1" sh -c "test \$('$J' sentences.0.rank <'$T/out') -ge 1"
check "json: 5 documents listed" test "$("$J" 'documents#' <"$T/out")" -eq 5
f=$("$J" sentences.0.file <"$T/out"); s=$("$J" sentences.0.start <"$T/out"); e=$("$J" sentences.0.end <"$T/out")
txt=$("$J" sentences.0.text <"$T/out")
slice=$(tail -c +$((s + 1)) "$f" | head -c $((e - s)) | tr -s ' \n' '  ')
check "json: offsets point at the sentence in its file" test "$slice" = "$txt"
expect_exit 0 "split --format json" split --format json $S/002_12618d03758870d6.txt
check "split json: valid" "$J" <"$T/out"

# --- split ---------------------------------------------------------------------------
expect_exit 0 "split" split $S/004_4640584081bb822a.txt
check "split: no title line" sh -c "! grep -qx \"Trump, Putin to have 'discussion' on Ukraine this week\" '$T/out'"
check "split: no 'Share this post'" sh -c "! grep -q 'Share this post' '$T/out'"

# --- web pages: brief extract and pages in the other commands -------------
H=tests/fixtures/html
expect_exit 2 "extract: a page with no article alone: exit 2" extract $H/login.html
check "extract: the page without an article is named" grep -q 'login.html: no article found' "$T/err"
expect_exit 0 "extract: a page with no article is skipped, the others read" extract $H/jsonld.html $H/login.html
check "extract: text is the title, a blank line, the body" test "$(sed -n 2p "$T/out")" = ""
expect_exit 2 "extract --strict: a skipped page is exit 2" extract --strict $H/jsonld.html $H/login.html
mkdir -p "$T/day"
cp $S/000_f795227b996e3a8e.txt "$T/day/"
printf 'Saved links\n\nhttps://gull.example/a\nhttps://gull.example/b\nhttps://gull.example/c\n' >"$T/day/links.txt"
printf 'Ferry fares\nDam sluices\nBridge vote\nPass closed\nRail strike\n' >"$T/day/headlines.txt"
expect_exit 0 "story: a list of links and a list of headlines in a folder are skipped" story "$T/day"
check "story: the list of links is named" grep -q 'links.txt: a list of links, not an article; skipped' "$T/err"
check "story: the headline list is named" grep -q 'headlines.txt: no sentences of prose' "$T/err"
check "story: neither reaches the brief" sh -c "! grep -q 'gull.example\|Rail strike' '$T/out'"
expect_exit 0 "extract: a list named itself is read" extract "$T/day/headlines.txt"
check "extract: its lines are there" grep -q 'Rail strike' "$T/out"
expect_exit 1 "extract: --format md is a usage error" extract --format md $H/jsonld.html
IN=$H/plain.html
expect_exit 0 "extract: HTML on stdin is recognised by content" extract
IN=
check "extract: stdin page's title" grep -q '^Orchard growers fear late frost$' "$T/out"
expect_exit 0 "quotes: a page's quote, not its markup" quotes $H/jsonld.html
check "quotes: the page's quote is found" grep -q 'give the town its bridge back' "$T/out"
check "quotes: no markup in quotes" test "$(grep -c '<' "$T/out")" -eq 0
head -c 3000 /dev/urandom >"$T/junk.html"
expect_exit 2 "summarize: binary junk named .html is skipped, no crash" summarize "$T/junk.html"
check "summarize: the junk page is called binary" grep -q 'binary' "$T/err"
expect_exit 2 "extract: binary junk named .html is skipped" extract "$T/junk.html"

# --- feeds and mail: one document per item, one per message ----------------
F=tests/fixtures/feed; M=tests/fixtures/mail
expect_exit 0 "extract: a feed gives each item" extract --format json $F/rss2.xml
check "extract: feed items are named FILE#k" test "$("$J" 1.file <"$T/out")" = "$F/rss2.xml#2"
check "extract: a feed item's source is the channel" test "$("$J" 0.source <"$T/out")" = "The Harbourside Courier"
expect_exit 0 "extract: a feed cut off after an item gives that item" extract --format json $F/truncated.xml
check "extract: the cut feed's complete item" test "$("$J" '#' <"$T/out")" = 1
check "extract: the cut feed is told of" grep -q 'truncated.xml: feed broken off (line [0-9]*: .*); the item before it was read' "$T/err"
expect_exit 0 "story: a feed cut off after an item" story $F/truncated.xml
check "story: the cut feed is told of" grep -q 'truncated.xml: feed broken off' "$T/err"
printf '<html><head><meta charset="utf-8"><title>Mill</title></head><body><article><p>The tidal mill at Brenhaven turned again on Saturday after four years of repairs, the trust said, and the caf\351 beside it reopened.</p><p>Visitors can tour the mill every weekend from May, and school classes can book tours on weekdays.</p></article></body></html>' >"$T/bad-utf8.html"
expect_exit 0 "extract: a page with invalid UTF-8 is read" extract "$T/bad-utf8.html"
check "extract: its repairs are reported" grep -q 'bad-utf8.html: replaced 1 invalid byte sequence with U+FFFD' "$T/err"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Cut</title><item><title>Half' >"$T/cut.xml"
expect_exit 2 "extract: a feed cut off before its first item: exit 2" extract "$T/cut.xml"
check "extract: the cut feed is called malformed" grep -q 'cut.xml: not a well-formed feed' "$T/err"
expect_exit 0 "summarize: a broken feed is skipped, the others read" summarize "$T/cut.xml" $F/rss2.xml
expect_exit 2 "extract: a billion laughs feed is refused, no hang" extract $F/laughs.xml
expect_exit 2 "story: a mail without a text part: exit 2" story $M/noboundary.eml
check "story: the mail without text is named" grep -q 'noboundary.eml: no text in the message' "$T/err"
expect_exit 0 "extract: a mail gives its message" extract --format json $M/newsletter.eml
check "extract: a mail's title is its Subject" test "$("$J" 0.title <"$T/out")" = "Tram line opens — and café prices fall"
expect_exit 0 "quotes: feeds and mail read without markup" quotes $F/rss2.xml $F/atom.xml $M/newsletter.eml
head -c 2000 $F/atom.xml >"$T/half.xml"; head -c 400 $M/newsletter.eml >"$T/half.eml"
for f in "$T/half.xml" "$T/half.eml" $F/*.xml $M/*.eml; do
    "$B" summarize "$f" >/dev/null 2>&1; rc=$?
    [ $rc -le 2 ] || bad "summarize ${f##*/}: exit $rc"
done
ok "summarize: every feed and mail fixture, whole or cut, exits 0 or 2"

# --- story and quotes -------------------------------------------------------------------
expect_exit 0 "story --format json" story --format json $S
check "story json: valid" "$J" <"$T/out"

for k in headline lead key_points quotes sources; do
    check "story json: has $k" sh -c "'$J' $k <'$T/out' >/dev/null"
done
np=$("$J" 'key_points#' <"$T/out")
check "story: 4 to 6 key points by default ($np)" test "$np" -ge 4 -a "$np" -le 6
nq=$("$J" 'quotes#' <"$T/out")
check "story: at most 4 quotes ($nq)" test "$nq" -le 4 -a "$nq" -ge 1
check "story json: 5 sources" test "$("$J" 'sources#' <"$T/out")" -eq 5
check "story json: key point sources are ids" sh -c "'$J' key_points.0.sources.0 <'$T/out' | grep -qx '[1-5]'"
check "story json: quote has a speaker" sh -c "test \"\$('$J' quotes.0.speaker <'$T/out')\" != null"
expect_exit 0 "story --points 3 --quotes 1" story --format json --points 3 --quotes 1 $S
check "--points 3: at most 3" test "$("$J" 'key_points#' <"$T/out")" -le 3
check "--quotes 1: at most 1" test "$("$J" 'quotes#' <"$T/out")" -le 1
expect_exit 0 "story text" story $S
long=0
while IFS= read -r line; do
    [ "$(printf '%s' "$line" | LC_ALL=C.UTF-8 wc -m)" -gt 72 ] && long=$((long + 1))
done <"$T/out"
check "story text: no line over 72 columns ($long)" test $long -eq 0
expect_exit 0 "story html" story --format html $S
check "story html: no script" sh -c "! grep -qi '<script' '$T/out'"
expect_exit 1 "story --format tsv" story --format tsv $S
expect_exit 1 "story --points x" story --points x $S
expect_exit 0 "quotes --format json" quotes --format json $S
check "quotes json: array with text, speaker, file" sh -c "'$J' 0.text <'$T/out' >/dev/null && '$J' 0.speaker <'$T/out' >/dev/null && '$J' 0.file <'$T/out' >/dev/null"
expect_exit 0 "quotes --format tsv" quotes --format tsv $S
check "quotes tsv: four columns" sh -c "awk -F'\t' 'NF != 4 {exit 1}' '$T/out'"
expect_exit 2 "story with no input" story /no/such/file

# --- bad input ------------------------------------------------------------------------
: >"$T/empty.txt"
IN=$T/empty.txt expect_exit 2 "empty input" summarize
printf ' \n\t\n  \n' >"$T/ws.txt"
IN=$T/ws.txt expect_exit 2 "whitespace only" summarize
printf 'no punctuation at all just words going on and on without end\nand another line of words\n' >"$T/nopunct.txt"
IN=$T/nopunct.txt expect_exit 0 "no punctuation still summarized" summarize -n 1
check "no punctuation: one line out" test "$(wc -l <"$T/out")" -eq 1
head -c 5000000 /dev/zero | tr '\0' 'a' >"$T/line.txt"
IN=$T/line.txt expect_exit 0 "one 5 MB line" summarize -n 1
printf 'The vote was close.\0 The council met again.\0 Officials spoke at length about the plan today.\n' >"$T/nul.txt"
IN=$T/nul.txt expect_exit 0 "NUL bytes" summarize -n 2
check "NUL bytes: no NUL in output" sh -c "tr -d '\\000' <'$T/out' | cmp -s - '$T/out'"
printf 'Bad bytes \377\376 here in this sentence. The council approved the budget on Tuesday night.\n' >"$T/bad.txt"
IN=$T/bad.txt expect_exit 0 "invalid UTF-8" summarize -n 2
check "invalid UTF-8 reported" grep -q 'U+FFFD' "$T/err"
check "invalid UTF-8: output has U+FFFD, not raw bytes" sh -c "! grep -q \"\$(printf '\\377')\" '$T/out'"
printf 'Caf\351 owners in S\343o Paulo said the na\357ve plans would fail. The fa\347ade was repainted last week by the owners.\n' >"$T/latin1.txt"
IN=$T/latin1.txt expect_exit 0 "Latin-1" summarize -n 2
check "Latin-1 decoded" grep -q 'Café' "$T/out"
head -c 3000 /dev/urandom >"$T/rand.bin"; printf '\211PNG\r\n\032\n\0\0\0' >"$T/png.txt"; cat "$T/rand.bin" >>"$T/png.txt"
expect_exit 2 "binary file refused" summarize "$T/png.txt"
check "binary file: message says binary" grep -qi 'binary' "$T/err"

# --- output errors ------------------------------------------------------------------------
if [ -w /dev/full ]; then
    "$B" summarize -n 2 $S >/dev/full 2>"$T/err"; rc=$?
    check "/dev/full: exit 3 ($rc)" test $rc -eq 3
fi
"$B" summarize -n 2 $S >&- 2>"$T/err"; rc=$?
check "closed stdout: exit 3 ($rc)" test $rc -eq 3

# --- --include / --exclude ------------------------------------------------------------
mkdir -p "$T/globs/drafts"
cp samples/000_*.txt "$T/globs/a.txt"
cp samples/001_*.txt "$T/globs/drafts/b.txt"
printf 'not an article\n' >"$T/globs/notes.md"
"$B" split --format json --include '*.txt' "$T/globs" >"$T/out" 2>"$T/err"; rc=$?
check "--include: exit 0 ($rc)" test $rc -eq 0
check "--include: the .txt files are read" grep -q 'drafts/b.txt' "$T/out"
check "--include: the .md file is not" sh -c "! grep -q 'notes.md' '$T/out'"
"$B" split --format json --exclude drafts "$T/globs" >"$T/out" 2>"$T/err"
check "--exclude: a folder is passed over" sh -c "! grep -q 'drafts/' '$T/out'"
check "--exclude: the rest is read" grep -q '/a.txt' "$T/out"
"$B" split --format json --exclude '*.txt' "$T/globs" "$T/globs/a.txt" >"$T/out" 2>"$T/err"
check "--exclude: a file named itself is read" grep -q '/a.txt' "$T/out"
"$B" split --include '' "$T/globs" >/dev/null 2>"$T/err"; rc=$?
check "--include with no pattern: usage error ($rc)" test $rc -eq 1

# --- the docs tell the truth ----------------------------------------------------------
# The README's example output is what brief prints.
awk '/^\$ brief summarize -n 2 samples\/$/ {on = 1; next} on && /^```/ {exit} on' README.md >"$T/readme"
"$B" summarize -n 2 samples/ >"$T/out" 2>/dev/null
check "README example output is current" cmp -s "$T/readme" "$T/out"
# Every long option in --help is in the man page.
"$B" --help | grep -o -- '--[a-z-]*' | sort -u | while read -r o; do
    grep -q -- "$(echo "$o" | sed 's/-/\\\\-/g')" docs/brief.1 || echo "$o"
done >"$T/missing"
check "man page covers every option in --help ($(tr '\n' ' ' <"$T/missing"))" test ! -s "$T/missing"

echo "$((count - fails)) passed, $fails failed"
[ $fails -eq 0 ]
