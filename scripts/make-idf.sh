#!/bin/sh
# Rebuilds data/idf/english.tsv, the background IDF table shipped with
# brief, from the glosses of WordNet 3.0 (Debian package wordnet-base; the
# WordNet licence allows redistribution with its notice, kept in
# data/idf/README).  Every synset (its words and its gloss) counts as one
# document: about 117,000 short definitions that use the general English
# vocabulary the way a background collection should, without the topics of
# any particular news period.
set -e
WN=${WN:-/usr/share/wordnet}
BRIEF=${BRIEF:-build/brief}
OUT=${1:-data/idf/english.tsv}
[ -f "$WN/data.noun" ] || { echo "make-idf: needs WordNet: apt-get install wordnet-base" >&2; exit 1; }
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
for pos in noun verb adj adv; do
    # "offset lex_filenum ss_type w_cnt word lex_id ... | gloss"
    grep -v '^  ' "$WN/data.$pos" | awk -F' [|] ' '
    function hex(s,   i, n) { n = 0; s = tolower(s)
        for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
        return n }
    {
        n = split($1, f, " "); words = "";
        cnt = hex(f[4]);
        for (i = 0; i < cnt; i++) { w = f[5 + 2 * i]; gsub(/_/, " ", w); sub(/\([a-z]*\)$/, "", w); words = words " " w }
        print words ". " $2 }' >>"$tmp"
done
"$BRIEF" idf --lang english --lines --min-docs 2 -o "$OUT" "$tmp"
