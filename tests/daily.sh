#!/bin/sh
# brief daily: grouping, the output folder (atomic, reruns, stale files,
# failures), --previous, --strict, --min-sources, the newsletter script,
# and --jsonl (also under GNU parallel when it is installed).
BUILD=${BUILD:-build}
B=$BUILD/brief
J=$BUILD/tests/jsonget
T=$(mktemp -d)
trap 'chmod -R u+w "$T" 2>/dev/null; rm -rf "$T"' EXIT
fails=0; count=0
check() { name=$1; shift; count=$((count + 1)); if "$@"; then echo "ok $count - $name"; else fails=$((fails + 1)); echo "not ok $count - $name"; fi; }

"$B" daily --format json samples/ >"$T/day.json" 2>"$T/err"
check "daily json exits 0" test $? = 0
check "daily json is valid" "$J" <"$T/day.json"
n=$("$J" 'stories#' <"$T/day.json")
check "samples give at least two stories ($n)" test "$n" -ge 2
check "each story lists its files" sh -c "'$J' stories.0.files.0 <'$T/day.json' | grep -q samples/"
# 003 (a later event) is not in the first story, which has most sources.
check "the later event stands apart from the main story" sh -c "! '$J' stories.0.files <'$T/day.json' | grep -q 003_"
check "the main story has several sources" test "$("$J" 'stories.0.files#' <"$T/day.json")" -ge 3

# Publication days (front matter): dated as published, two months apart,
# the later event stays apart; dated the same day, its mean cosine to the
# others (about 0.22) passes the threshold for articles close in time.
mkdir -p "$T/dated" "$T/sameday"
for f in samples/*.txt; do
    b=${f##*/}; d=2025-03-16
    case $b in 003_*) d=2025-05-17 ;; esac
    { echo "date: $d"; echo "---"; cat "$f"; } >"$T/dated/$b"
    { echo "date: 2025-03-16"; echo "---"; cat "$f"; } >"$T/sameday/$b"
done
check "dates two months apart: two stories" test "$("$B" daily --format json "$T/dated" | "$J" 'stories#')" = 2
check "dates two months apart: 003 on its own" sh -c "'$B' daily --format json '$T/dated' | '$J' stories.1.files | grep -q 003_"
check "one date for all: one story" test "$("$B" daily --format json "$T/sameday" | "$J" 'stories#')" = 1

# The same articles as the items of one feed: each item's pubDate reaches
# the grouping as a page's or front matter's date does.
mkfeed() { # mkfeed OUT DATE-OF-003 DATE-OF-THE-OTHERS
    {
        echo '<?xml version="1.0" encoding="UTF-8"?>'
        echo '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Sample Wire</title>'
        for f in samples/*.txt; do
            b=${f##*/}; d=$3
            case $b in 003_*) d=$2 ;; esac
            echo "<item><title>$(head -1 "$f" | sed 's/&/\&amp;/g; s/</\&lt;/g')</title><link>https://wire.example/$b</link><pubDate>$d</pubDate><content:encoded><![CDATA["
            tail -n +2 "$f" | sed '/^$/d; s/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/.*/<p>&<\/p>/'
            echo "]]></content:encoded></item>"
        done
        echo '</channel></rss>'
    } >"$1"
}
mkdir -p "$T/feed-dated" "$T/feed-sameday"
mkfeed "$T/feed-dated/wire.xml" "Sat, 17 May 2025 09:00:00 +0000" "Sun, 16 Mar 2025 09:00:00 +0000"
mkfeed "$T/feed-sameday/wire.xml" "Sun, 16 Mar 2025 09:00:00 +0000" "Sun, 16 Mar 2025 09:00:00 +0000"
check "feed items two months apart: two stories" test "$("$B" daily --format json "$T/feed-dated" | "$J" 'stories#')" = 2
check "feed items two months apart: item 4 (003) on its own" test "$("$B" daily --format json "$T/feed-dated" | "$J" 'stories.1.files.0')" = "$T/feed-dated/wire.xml#4"
check "feed items of one day: one story" test "$("$B" daily --format json "$T/feed-sameday" | "$J" 'stories#')" = 1

# Output folder.
O=$T/out
mkdir -p "$O"; echo "mine" >"$O/notes.txt"; echo "old" >"$O/story-009.html"
"$B" daily --quiet --format html -o "$O" samples/ 2>"$T/err"
check "-o exits 0" test $? = 0
check "-o writes index.html" test -s "$O/index.html"
check "-o writes story-001.html" test -s "$O/story-001.html"
check "-o leaves unrelated files alone" grep -qx mine "$O/notes.txt"
check "-o removes a stale story file of an earlier run" test ! -e "$O/story-009.html"
check "-o leaves no temporary file" sh -c "! ls -a '$O' | grep -q -e tmp -e '^\\.[^.]' -e '^brief-stage' -e '^brief-link'"
check "-o publishes one edition" test "$(ls -a "$O" | grep -c '^brief-edition-')" = 1
check "-o: index.html is a link into it" test "$(readlink "$O/index.html")" = brief-edition/index.html
cp "$O/index.html" "$T/index.before"
"$B" daily --quiet --format html -o "$O" samples/000_f795227b996e3a8e.txt
check "a rerun replaces index.html" sh -c "! cmp -s '$O/index.html' '$T/index.before'"
check "a rerun with one story leaves one story file" test "$(ls "$O" | grep -c '^story-')" = 1
# A story file replaced by a folder: the run fails and a reader still sees
# the whole previous edition, not new stories beside an old index.
"$B" daily --quiet --format html -o "$O" samples/ 2>"$T/err"
cp "$O/index.html" "$T/index.whole"; cp "$O/story-001.html" "$T/story1.whole"
rm "$O/story-002.html"; mkdir "$O/story-002.html"
cp samples/000_f795227b996e3a8e.txt "$T/extra.txt"
"$B" daily --quiet --format html --points 2 --min-points 1 -o "$O" samples/ "$T/extra.txt" 2>"$T/err"; rc=$?
check "a folder in the way of a story file exits 3 ($rc)" test $rc = 3
check "and names it" grep -q "story-002.html: cannot write: Is a directory" "$T/err"
check "and keeps the previous index" cmp -s "$O/index.html" "$T/index.whole"
check "and the previous story files" cmp -s "$O/story-001.html" "$T/story1.whole"
check "and leaves no stage behind" sh -c "! ls -a '$O' | grep -q '^brief-stage'"
rmdir "$O/story-002.html"
if [ "$(id -u)" != 0 ]; then
    chmod 555 "$O"; cp "$O/index.html" "$T/index.kept"
    "$B" daily --quiet --format html -o "$O" samples/ 2>"$T/err"; rc=$?
    check "an unwritable folder exits 3 ($rc)" test $rc = 3
    check "and keeps the previous index" cmp -s "$O/index.html" "$T/index.kept"
    chmod 755 "$O"
fi
echo "not a folder" >"$T/file"
"$B" daily --quiet -o "$T/file" samples/ 2>"$T/err"; rc=$?
check "-o on a file exits 3 ($rc)" test $rc = 3
check "-o on a file leaves it alone" grep -qx "not a folder" "$T/file"
"$B" daily --quiet --format md -o "$T/new/deep" samples/ 2>/dev/null
check "-o creates a missing folder" test -s "$T/new/deep/index.md"

mkdir -p "$T/blank"; printf '   \n\n' >"$T/blank/a.txt"
"$B" daily --quiet --format html -o "$O" "$T/blank" 2>"$T/err"; rc=$?
check "articles without sentences: exit 2 ($rc)" test $rc = 2
check "and the previous index stays" test -s "$O/index.html"

# --previous
"$B" daily --format json --previous "$T/day.json" samples/ >"$T/again.json"
check "--previous: valid json" "$J" <"$T/again.json"
check "--previous: stories are marked" sh -c "'$J' stories.0.status <'$T/again.json' | grep -qx -e updated -e unchanged"
first=$("$J" stories.0.key_points.0.text <"$T/day.json")
check "--previous: a reported point is not repeated" sh -c "! grep -qF \"\$1\" '$T/again.json'" _ "$first"
mkdir -p "$T/new-day"; cp samples/003_2568b1da092f9e54.txt "$T/new-day/"
"$B" daily --format json --previous "$T/day.json" "$T/new-day" >"$T/new.json" 2>/dev/null
check "--previous: a story of new files is new" sh -c "'$J' stories.0.status <'$T/new.json' | grep -qx new"
# An earlier edition that cannot be read costs only the statuses: a FIFO
# (never opened for reading, so the run cannot block on it), a file cut
# short; --strict refuses to go on without it.
mkfifo "$T/fifo.json"
timeout 10 "$B" daily --format json --previous "$T/fifo.json" samples/ >"$T/fifo.out" 2>"$T/err"; rc=$?
check "--previous FIFO: returns at once, exit 0 ($rc)" test $rc = 0
check "--previous FIFO: says it is not a regular file" grep -q 'fifo.json: cannot read an earlier brief: not a regular file; every story is new' "$T/err"
check "--previous FIFO: the day is written" test "$("$J" 'stories#' <"$T/fifo.out")" = "$n"
head -c 200 "$T/day.json" >"$T/cut.json"
"$B" daily --format json --previous "$T/cut.json" samples/ >"$T/cut.out" 2>"$T/err"; rc=$?
check "--previous cut short: exit 0 ($rc)" test $rc = 0
check "--previous cut short: a warning" grep -q 'cut.json: cannot read an earlier brief: .*; every story is new' "$T/err"
check "--previous cut short: the day is written, every story new" sh -c "test \$('$J' 'stories#' <'$T/cut.out') = $n && '$J' stories.0.status <'$T/cut.out' | grep -qx new"
"$B" daily --strict --format json --previous "$T/cut.json" samples/ >"$T/cut.out" 2>"$T/err"; rc=$?
check "--previous cut short with --strict: exit 2 ($rc)" test $rc = 2
# A file name that is not UTF-8 is found again in the earlier edition
# (its exact form, "files_bytes"), so its story is not new the next day.
mkdir -p "$T/raw"; cp samples/003_2568b1da092f9e54.txt "$T/raw/$(printf 'caf\377.txt')"
"$B" daily --format json "$T/raw" >"$T/raw1.json"
check "a name not in UTF-8: its exact form" sh -c "'$J' stories.0.files_bytes.0 <'$T/raw1.json' | grep -qxF '$T/raw/caf\\xFF.txt'"
"$B" daily --format json --previous "$T/raw1.json" "$T/raw" >"$T/raw2.json"
check "a name not in UTF-8: not new the next day" sh -c "'$J' stories.0.status <'$T/raw2.json' | grep -qx -e updated -e unchanged"

# Bad files are skipped; --strict reports them.
mkdir -p "$T/mixed"; cp samples/*.txt "$T/mixed/"; printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0' >"$T/mixed/image.txt"
"$B" daily --quiet "$T/mixed" >/dev/null 2>"$T/err"; rc=$?
check "a binary file is skipped and the run goes on ($rc)" test $rc = 0
"$B" daily --quiet --strict "$T/mixed" >/dev/null 2>"$T/err"; rc=$?
check "--strict exits 2 when a file was skipped ($rc)" test $rc = 2
check "--strict says why" grep -q 'skipped' "$T/err"
"$B" daily --format json --min-sources 3 samples/ >"$T/min.json"
check "--min-sources 3 leaves out smaller stories" sh -c "test \$('$J' 'stories#' <'$T/min.json') -lt $n"

# Newsletter script.
BRIEF=$B sh scripts/newsletter.sh samples/ >"$T/issue.html"
check "newsletter: exits 0" test $? = 0
check "newsletter: a whole page" sh -c "grep -q '<!DOCTYPE html>' '$T/issue.html' && grep -q '</html>' '$T/issue.html'"
check "newsletter: has the headline" grep -qF "$("$J" stories.0.headline <"$T/day.json" | sed 's/&/\&amp;/g; s/</\&lt;/g; s/>/\&gt;/g; s/\"/\&quot;/g; s/'"'"'/\&#39;/g')" "$T/issue.html"
check "newsletter: no script" sh -c "! grep -qi '<script' '$T/issue.html'"

# One article per line.
for f in samples/*.txt; do
    printf '{"id": "%s", "text": %s}\n' "${f##*/}" "$(sed 's/\\/\\\\/g; s/"/\\"/g; s/\t/ /g' "$f" | awk '{printf "%s\\n", $0}' | sed 's/^/"/; s/$/"/')"
done >"$T/in.jsonl"
"$B" summarize --jsonl -n 2 "$T/in.jsonl" >"$T/out.jsonl"
check "--jsonl: one result per line" test "$(wc -l <"$T/out.jsonl")" = 5
check "--jsonl: results carry their id" sh -c "head -1 '$T/out.jsonl' | '$J' id | grep -q 000_"
check "--jsonl: two sentences each" sh -c "head -1 '$T/out.jsonl' | '$J' 'sentences#' | grep -qx 2"
"$B" story --jsonl "$T/in.jsonl" >"$T/story.jsonl"
check "story --jsonl: a brief per line" sh -c "head -1 '$T/story.jsonl' | '$J' headline >/dev/null"
if command -v parallel >/dev/null 2>&1; then
    parallel --pipe -N 2 --keep-order "$B" summarize --jsonl -n 1 <"$T/in.jsonl" >"$T/par.jsonl"
    check "GNU parallel: every line mapped" test "$(wc -l <"$T/par.jsonl")" = 5
else
    echo "skip - GNU parallel is not installed"
fi

# MinHash sketches: reproducible, and closer for articles on one story.
"$B" sketch --hashes 128 --bands 32 samples/ >"$T/s1.jsonl"
"$B" sketch --hashes 128 --bands 32 samples/ >"$T/s2.jsonl"
check "sketch: one line per article" test "$(wc -l <"$T/s1.jsonl")" = 5
check "sketch: reproducible" cmp -s "$T/s1.jsonl" "$T/s2.jsonl"
same() { # same LINE_A LINE_B -> equal minhash entries out of 128
    a=$(sed -n "$1p" "$T/s1.jsonl" | "$J" minhash | tr -d '[] ' | tr , '\n')
    b=$(sed -n "$2p" "$T/s1.jsonl" | "$J" minhash | tr -d '[] ' | tr , '\n')
    printf '%s\n' "$a" >"$T/a"; printf '%s\n' "$b" >"$T/b"
    paste "$T/a" "$T/b" | awk '$1 == $2' | wc -l
}
close=$(same 3 5); far=$(same 3 4)
check "sketch: 002 and 004 (one story) agree more than 002 and 003 ($close > $far)" test "$close" -gt "$far"
"$B" sketch --hashes 10 --bands 3 samples/ >/dev/null 2>&1
check "sketch: bands must divide hashes" test $? = 1

echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
