#!/bin/sh
# What brief writes into folders that others can write into: temporaries
# are never followed through a planted link, a stopped run leaves none,
# and those a killed run left are removed by the next run once stale.
BUILD=${BUILD:-build}
B=$(pwd)/$BUILD/brief
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0
check() { name=$1; shift; count=$((count + 1)); if "$@"; then echo "ok $count - $name"; else fails=$((fails + 1)); echo "not ok $count - $name"; fi; }
temporaries() { find "$1" -name '*.tmp*' -o -name 'brief-stage-*' -o -name 'brief-link-*' | wc -l; }
# Files written into a run's stage so far.
staged() { find "$1" -path '*/brief-stage-*/*' | wc -l; }

# A link planted at every temporary name a process could guess (its own
# pid, as "sh -c ... exec" keeps it) must not be written through.
mkdir -p "$T/idf"; echo "precious" >"$T/victim"
sh -c 'ln -s "$1" "$2.tmp$$"; exec "$3" idf -q -o "$2" samples/' sh "$T/victim" "$T/idf/news.idf" "$B"
check "idf -o: exits 0 beside a planted link" test $? = 0
check "idf -o: the link's target is untouched" test "$(cat "$T/victim")" = precious
check "idf -o: the table is a file of its own, not a link" sh -c "test -f '$T/idf/news.idf' && test ! -L '$T/idf/news.idf'"
check "idf -o: the table was written" grep -q '^# brief-idf' "$T/idf/news.idf"

# Stale temporaries: removed by name and age, only plain files of ours.
mkdir -p "$T/stale"
echo x >"$T/stale/news.idf.tmpAb12Cd"; touch -d '3 hours ago' "$T/stale/news.idf.tmpAb12Cd"
echo x >"$T/stale/story-001.html.tmp4242"; touch -d '3 hours ago' "$T/stale/story-001.html.tmp4242"
echo x >"$T/stale/index.html.tmpZz9Zz9"      # fresh: a concurrent run's
echo x >"$T/stale/notes.tmp.txt"; touch -d '3 hours ago' "$T/stale/notes.tmp.txt"
ln -s "$T/victim" "$T/stale/old.tmpQwErTy"; touch -h -d '3 hours ago' "$T/stale/old.tmpQwErTy"
"$B" idf -q -o "$T/stale/news.idf" samples/
check "idf -o removes an old temporary of an earlier run" test ! -e "$T/stale/news.idf.tmpAb12Cd"
check "idf -o removes an older version's pid temporary" test ! -e "$T/stale/story-001.html.tmp4242"
check "a fresh temporary stays (a run may be writing it)" test -e "$T/stale/index.html.tmpZz9Zz9"
check "a name that only contains .tmp stays" test -e "$T/stale/notes.tmp.txt"
check "a link named like a temporary stays" test -L "$T/stale/old.tmpQwErTy"
echo x >"$T/stale/story-002.html.tmpAAAAAA"; touch -d '2 hours ago' "$T/stale/story-002.html.tmpAAAAAA"
"$B" daily -q -f html -o "$T/stale" samples/
check "daily -o removes an old temporary too" test ! -e "$T/stale/story-002.html.tmpAAAAAA"

# A run stopped by SIGTERM, SIGINT or SIGHUP while it writes its folder leaves no
# temporary and no stage.  Many one-article stories, so that writing takes a while.
mkdir -p "$T/many"
i=0
for f in samples/*.txt; do
    for k in $(seq 1 150); do sed "1s/^/Story $k /" "$f" >"$T/many/a$i-$k.txt"; done
    i=$((i + 1))
done
# (A background job of a script has SIGINT ignored, and brief keeps an
# ignored signal ignored, so SIGHUP stands in for it here.)
for sig in TERM HUP; do
    rm -rf "$T/out"; mkdir "$T/out"
    "$B" daily -q -f html -o "$T/out" "$T/many" & pid=$!
    n=0
    while [ "$(staged "$T/out")" -eq 0 ] && kill -0 $pid 2>/dev/null && [ $n -lt 2000 ]; do
        n=$((n + 1)); sleep 0.01
    done
    seen=$(staged "$T/out")
    kill -$sig $pid 2>/dev/null; wait $pid; rc=$?
    check "SIG$sig: caught while temporaries existed ($seen)" test "$seen" -gt 0
    check "SIG$sig: the run ends by the signal (exit $rc)" test $rc -gt 128
    check "SIG$sig: no temporary left" test "$(temporaries "$T/out")" = 0
done

# fsync: each file before its rename, the folder after the renames (an
# LD_PRELOAD shim logs the calls in order).  daily -o: every file of the
# edition synced in the stage (each file, or past 64 files one syncfs of
# the stage's filesystem after the last file is written), the stage synced
# before it is renamed into an edition, the folder synced after the switch
# of brief-edition.
synced_in_order() { # LOG DIR
    awk -v dir="$2" '
        $1 == "fsync" { synced[$2] = 1; if ($2 == dir && renames) dirsync = NR }
        $1 == "rename" { renames++; last = NR; if (!synced[$2]) bad++ }
        END { exit !(renames > 0 && !bad && dirsync > last) }' "$1"
}
edition_synced() { # LOG DIR each|whole
    want=$(ls "$2/brief-edition/" | wc -l)
    awk -v dir="$2" -v want="$want" -v mode="$3" '
        $1 == "fsync" { synced[$2] = 1; if ($2 == dir && switched) dirsync = 1 }
        $1 == "fsync" && index($2, dir "/brief-stage-") == 1 &&
            split(substr($2, length(dir) + 2), part, "/") == 2 { files++ }
        $1 == "syncfs" && index($2, dir "/brief-stage-") == 1 { whole = 1 }
        $1 == "renameat" && index($2, dir "/brief-stage-") == 1 &&
            split(substr($2, length(dir) + 2), part, "/") == 2 && whole { whole = 0 }
        $1 == "renameat" && index($2, dir "/brief-stage-") == 1 &&
            split(substr($2, length(dir) + 2), part, "/") == 1 {
            staged = synced[$2] && (files == want || (mode == "whole" && whole)) }
        $1 == "renameat" && $3 == dir "/brief-edition" { switched = staged }
        END { exit !(want > 0 && switched && dirsync) }' "$1"
}
W=$(pwd)/$BUILD/tests/syncwatch.so
mkdir -p "$T/sync"; D=$(cd "$T/sync" && pwd -P)
SYNCWATCH_LOG=$T/sync.log LD_PRELOAD=$W ASAN_OPTIONS=verify_asan_link_order=0 \
    "$B" daily -q -f md -o "$D" samples/
check "daily -o: every file synced, the stage before it is published, the folder after" edition_synced "$T/sync.log" "$D" each
# 80 one-article stories: the files written, then one syncfs.
mkdir -p "$T/many" "$T/sync2"; D2=$(cd "$T/sync2" && pwd -P)
i=0; while [ $i -lt 80 ]; do
    printf 'Report number %d on its own subject. It has a second sentence.\n' $i >"$T/many/r$i.txt"
    i=$((i + 1))
done
SYNCWATCH_LOG=$T/sync2.log LD_PRELOAD=$W ASAN_OPTIONS=verify_asan_link_order=0 \
    "$B" daily -q -f md -o "$D2" "$T/many"
check "daily -o, 81 files: one syncfs after the last is written, before the stage is published" \
    edition_synced "$T/sync2.log" "$D2" whole
check "daily -o, 81 files: no file synced alone" \
    sh -c "! grep -q '^fsync $D2/brief-stage-[^/]*/' '$T/sync2.log'"
SYNCWATCH_LOG=$T/idf.log LD_PRELOAD=$W ASAN_OPTIONS=verify_asan_link_order=0 \
    "$B" idf -q -o "$D/news.idf" samples/
check "idf -o: the table synced before its rename, the folder after" synced_in_order "$T/idf.log" "$D"

echo "$((count - fails)) passed, $fails failed"
[ $fails -eq 0 ]
