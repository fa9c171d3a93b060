#!/bin/sh
# The splitter's hard cases (tests/fixtures/split-hard/LANG.txt, format in
# the README there): `brief split --lang LANG` on each case must print the
# gold sentences, white space folded.  A case marked @todo is reported but
# does not fail the suite; one that passes is reported so it can be
# promoted.  SHOW=1 prints what brief printed for every failing case;
# BRIEF= names another binary (scripts/eval-split.sh passes its own).
BUILD=${BUILD:-build}
B=${BRIEF:-$BUILD/brief}
DIR=tests/fixtures/split-hard
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0; count=0; passed=0; todo=0

fold() { tr -s ' \t' '  ' | sed 's/^ //; s/ $//' | grep -v '^$'; }

for f in "$DIR"/*.txt; do
    lang=${f##*/}; lang=${lang%.txt}
    rm -f "$T"/case.*
    # One file per case: case.N.in (title, blank line, input), case.N.want,
    # case.N.name, case.N.todo.
    awk -v dir="$T" '
        function flush() { if (have) close(inf); if (have) { close(wantf); close(namef) } have = 0 }
        /^#/ { if (!have) comment = substr($0, 3); next }
        /^$/ { flush(); comment = ""; next }
        {
            if (!have) {
                n++; have = 1
                inf = dir "/case." n ".in"; wantf = dir "/case." n ".want"
                namef = dir "/case." n ".name"
                printf "Hard case\n\n" > inf
                printf "" > wantf
                print comment > namef
            }
            if ($0 == "<") print "" > inf
            else if (substr($0, 1, 2) == "< ") print substr($0, 3) > inf
            else if (substr($0, 1, 2) == "> ") print substr($0, 3) > wantf
            else if (substr($0, 1, 6) == "@todo ") print substr($0, 7) > (dir "/case." n ".todo")
            else { print "split-hard: bad line: " $0 > "/dev/stderr"; exit 2 }
        }
        END { flush() }' "$f" || exit 2
    n=1
    while [ -f "$T/case.$n.in" ]; do
        count=$((count + 1))
        name="$lang: $(cat "$T/case.$n.name")"
        "$B" split --lang "$lang" "$T/case.$n.in" 2>&1 | fold >"$T/got"
        fold <"$T/case.$n.want" >"$T/want"
        if cmp -s "$T/got" "$T/want"; then
            passed=$((passed + 1))
            if [ -f "$T/case.$n.todo" ]; then
                echo "ok $count - $name (marked @todo, now passes)"
            else
                echo "ok $count - $name"
            fi
        elif [ -f "$T/case.$n.todo" ]; then
            todo=$((todo + 1))
            echo "ok $count - $name # TODO $(cat "$T/case.$n.todo")"
        else
            fails=$((fails + 1))
            echo "not ok $count - $name"
            if [ -n "$SHOW" ]; then
                sed 's/^/      want: /' "$T/want"
                sed 's/^/      got:  /' "$T/got"
            fi
        fi
        n=$((n + 1))
    done
done
echo "ok split-hard: $passed of $count cases pass ($todo known failures, $fails failures)"
[ $fails = 0 ]
