#!/bin/sh
# Paths longer than PATH_MAX (4096) are reported and count as skipped
# inputs, so that --strict fails; a run without --strict still writes the
# good articles.  Given on the command line, such a path gets a message
# that keeps its reason.
BUILD=${BUILD:-build}
LC_ALL=C
export LC_ALL
B=$(cd "$(dirname "$BUILD/brief")" && pwd)/brief
S=$(pwd)/samples
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0
check() { name=$1; shift; count=$((count + 1)); if "$@"; then echo "ok $count - $name"; else fails=$((fails + 1)); echo "not ok $count - $name"; fi; }

# day/ddd.../ddd... (22 folders of 200 bytes): its deepest paths pass 4400
# bytes.  Made one relative step at a time, as no call may take the whole.
long=$(printf '%0200d' 0 | tr 0 d)
mkdir "$T/day"
cp "$S/003_2568b1da092f9e54.txt" "$T/day/top.txt"
(
    cd "$T/day" || exit 1
    for _ in $(seq 22); do mkdir "$long" && cd -P "$long" || exit 1; done
    cp "$S/000_f795227b996e3a8e.txt" deep.txt
) || { echo "not ok - cannot build the deep folder"; exit 1; }

cd "$T" || exit 1
"$B" daily day >out 2>err
check "daily: exits 0 without --strict" test $? = 0
check "daily: the article at the top is read" test -s out
check "daily: the long path reported" grep -q '^brief: day/[d/]*\.\.\.: path too long; skipped$' err
check "daily: the message is cut" test "$(wc -c <err)" -lt 1200
"$B" daily --strict day >out 2>err
check "daily --strict: exits 2" test $? = 2
check "daily --strict: the long path reported" grep -q 'path too long; skipped' err
check "daily --strict: says why it fails" grep -q '^brief: 1 input file skipped (--strict)$' err
check "daily --strict: still writes the good article" test -s out

# The same deep file given as an argument.
deep=day
for _ in $(seq 22); do deep=$deep/$long; done
"$B" split "$deep/deep.txt" >out 2>err
check "split of a long path: exits 2" test $? = 2
check "split of a long path: the reason kept" grep -q '^brief: day/[d/]*\.\.\.: File name too long$' err

rm -rf day
echo "$((count - fails)) passed, $fails failed"
[ $fails = 0 ]
