#!/bin/sh
# newsletter.sh DIR > issue.html
# Turns a folder of the day's articles into an email-ready HTML page: the
# HTML fragment of `brief daily` (all article text escaped, no scripts)
# inside a minimal page with inline styles only, as mail clients need.
# Options after DIR are passed to brief daily (--min-sources 2, --previous
# yesterday.json, ...).  BRIEF=path/to/brief overrides the program.
set -e
[ $# -ge 1 ] || { echo "usage: newsletter.sh DIR [brief daily options] > issue.html" >&2; exit 1; }
dir=$1; shift
here=$(dirname "$0")
BRIEF=${BRIEF:-$here/../build/brief}
[ -x "$BRIEF" ] || BRIEF=brief
body=$("$BRIEF" daily --quiet --format html "$@" "$dir")
day=$(date +%Y-%m-%d)
cat <<HTML
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Daily brief, $day</title>
</head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:Georgia,serif;line-height:1.5;max-width:680px">
<p style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#666666">Daily brief &middot; $day</p>
$body
<p style="font-family:Helvetica,Arial,sans-serif;font-size:12px;color:#888888">Every sentence above stands verbatim in the articles listed under each story.</p>
</body>
</html>
HTML
