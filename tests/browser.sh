#!/bin/sh
# The HTML brief opened in a real browser: headless Chromium renders the
# page of scripts/newsletter.sh made from samples/; the rendered DOM must
# show the headline and hold no script.  Skipped when chromium is absent
# (Debian: apt-get install chromium), but for BRIEF_REQUIRE_BROWSER=1,
# which CI sets after installing it (.ci/run).
BUILD=${BUILD:-build}
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$CHROMIUM" ] && [ "${BRIEF_REQUIRE_BROWSER:-0}" = 1 ]; then
    echo "not ok - chromium is not installed and BRIEF_REQUIRE_BROWSER=1"
    echo "0 passed, 1 failed"
    exit 1
fi
if [ -z "$CHROMIUM" ]; then
    echo "skip - chromium is not installed"
    echo "0 passed, 0 failed"
    exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
BRIEF=$BUILD/brief sh scripts/newsletter.sh samples/ >"$T/issue.html" || { echo "0 passed, 1 failed"; exit 1; }
headline=$("$BUILD/brief" daily --format json samples/ | "$BUILD/tests/jsonget" stories.0.headline)
timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$T/profile" --dump-dom "file://$T/issue.html" >"$T/dom.html" 2>"$T/err"
fails=0
grep -qF "$headline" "$T/dom.html" || { echo "not ok - rendered page lacks the headline"; fails=1; }
grep -qi '<script' "$T/dom.html" && { echo "not ok - rendered page has a script"; fails=1; }
grep -q '<h1>' "$T/dom.html" || { echo "not ok - no <h1> rendered"; fails=1; }
[ $fails = 0 ] && echo "ok - chromium rendered the brief with its headline and no script"
echo "$((1 - fails)) passed, $fails failed"
[ $fails = 0 ]
