#!/bin/sh
# make bench (--previous part): brief daily over the BBC corpus (2,225
# articles) alone, then with an earlier edition of about $TEXTS texts
# (key points, quotes and leads).  The earlier edition is the day's own JSON
# with its stories repeated, their texts and files numbered so that each
# copy is distinct; the first copy is kept as it is, so today's stories do
# match it.  Time and peak memory of each run; nothing is written outside a
# temporary folder.
BRIEF=${BRIEF:-build/brief}
MEASURE=${MEASURE:-build/tests/measure}
SHARED=${SHARED:-../shared}
TEXTS=${TEXTS:-40000}
[ -d "$SHARED/corpus/bbc" ] || { echo "bench-previous: skipped: no BBC corpus at $SHARED"; exit 0; }
command -v python3 >/dev/null || { echo "bench-previous: skipped: needs python3 to build the input"; exit 0; }
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$BRIEF" daily --quiet --format json "$SHARED/corpus/bbc" >"$T/day.json" || exit 1
python3 - "$T/day.json" "$T/earlier.json" "$TEXTS" <<'PY'
import copy, json, sys
day = json.load(open(sys.argv[1], encoding="utf-8"))
want = int(sys.argv[3])
def texts(s):
    return len(s.get("key_points", [])) + len(s.get("quotes", [])) + 1
stories, n, k = [], 0, 0
while n < want and day["stories"]:
    for s in day["stories"]:
        c = copy.deepcopy(s)
        if k:
            tag = " (%d)" % k
            c["lead"] = (c.get("lead") or "") + tag
            for item in c.get("key_points", []) + c.get("quotes", []):
                item["text"] += tag
            c["files"] = [f + tag for f in c.get("files", [])]
        stories.append(c)
        n += texts(c)
    k += 1
json.dump({"stories": stories}, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False)
print("bench: brief daily --previous (an earlier edition of %d texts, %d stories)" % (n, len(stories)))
PY
run() { # run LABEL ARGS...
    label=$1; shift
    r=$("$MEASURE" "$BRIEF" daily --quiet --format json "$@" "$SHARED/corpus/bbc" 2>/dev/null) ||
        { printf '%-24s failed\n' "$label"; return; }
    printf '%-24s %8s s %8.0f MiB\n' "$label" "${r% *}" "$(awk -v k="${r#* }" 'BEGIN{print k / 1024}')"
}
run "BBC 2,225"
run "BBC 2,225 --previous" --previous "$T/earlier.json"
