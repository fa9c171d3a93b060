#!/bin/sh
# Pathological input, as cmark's pathological tests do: inputs built to
# make a careless algorithm go quadratic (every sentence sharing every word
# with every other, near-duplicates, deep quote nesting, unbalanced quote
# marks, one huge paragraph, a huge line without spaces, abbreviation runs,
# long front matter, many headings, many tiny files).  Each input is
# generated in a temporary folder and brief runs under `timeout`.  A case
# passes when brief did not crash (exit >= 128), did not hang (stopped at
# the limit), exited 0 (every input is valid text) and printed no sanitizer
# report (AddressSanitizer and UBSan exit 1 under `make check`).  Three
# cases also run at N and 4N and fail when the CPU time grows more than
# 6-fold (compared only when the N run takes over 0.2 s, and retried once).
# Then the documented limits, on both sides.  The whole file takes about
# 12 s on 2 cores and about 30 s under `make check`; docs/robustness.md has
# the times.  PATHO_LIMIT sets the limit of each case in seconds (20).
BUILD=${BUILD:-build}
B=$BUILD/brief
J=$BUILD/tests/jsonget
LIMIT=${PATHO_LIMIT:-20}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# A copy, so that a rebuild during the run cannot pull the binary away.
cp "$BUILD/brief" "$T/brief" && B=$T/brief
fails=0; count=0

ok()   { count=$((count + 1)); echo "ok $count - $1"; }
bad()  { count=$((count + 1)); fails=$((fails + 1)); echo "not ok $count - $1"; }
check() { # check NAME COMMAND...
    name=$1; shift
    if "$@"; then ok "$name"; else bad "$name"; fi
}
now() { date +%s%N; }
ms2s() { printf '%d.%03d' $(($1 / 1000)) $(($1 % 1000)); }

# run NAME ARGS... : brief ARGS under timeout; sets $MS (wall-clock) and
# $CPU (user + system) in milliseconds.  The limit is on the wall clock;
# the scaling check uses CPU time, which other jobs on the machine disturb
# less.
run() {
    name=$1; shift
    perl -MTime::HiRes=time -e '
        my $t = time; my $r = system(@ARGV); my $w = time - $t; my @c = times;
        my $rc = $r == -1 ? 127 : ($r & 127) ? 128 + ($r & 127) : $r >> 8;
        open(my $res, ">&=", 3) or die;
        printf $res "%d %d %d\n", $rc, $w * 1000, ($c[2] + $c[3]) * 1000;
    ' timeout -k 5 "$LIMIT" "$B" "$@" </dev/null >"$T/out" 2>"$T/err" 3>"$T/res"
    read -r rc MS CPU <"$T/res"
    if [ "$rc" -eq 124 ]; then
        bad "$name: hung, stopped after ${LIMIT} s"; return 1
    elif [ "$rc" -ge 128 ]; then
        bad "$name: crashed (exit $rc, $(ms2s $MS) s)"; sed 's/^/    /' "$T/err" | head -5; return 1
    elif grep -q 'Sanitizer\|runtime error:' "$T/err"; then
        bad "$name: sanitizer report (exit $rc)"; grep -m 5 'Sanitizer\|runtime error:\|#[0-9]' "$T/err" | sed 's/^/    /'; return 1
    elif [ "$rc" -ne 0 ]; then
        bad "$name: exit $rc ($(ms2s $MS) s)"; sed 's/^/    /' "$T/err" | head -5; return 1
    fi
    ok "$name: $(ms2s $MS) s (cpu $(ms2s $CPU) s), exit $rc"
}
# scale NAME SMALL_MS BIG_MS : the 4N run may take at most 6 times the
# CPU time of the N run
scale() {
    if [ "$2" -le 200 ]; then
        ok "$1: cpu N $(ms2s $2) s, 4N $(ms2s $3) s (not compared: N under 0.2 s)"
    elif [ "$3" -le $(($2 * 6)) ]; then
        ok "$1: cpu N $(ms2s $2) s, 4N $(ms2s $3) s, x$(ms2s $(($3 * 1000 / $2)))"
    else
        bad "$1: cpu N $(ms2s $2) s, 4N $(ms2s $3) s, x$(ms2s $(($3 * 1000 / $2))): not linear"
    fi
}
# pair NAME_N NAME_4N FILE_N FILE_4N ARGS... : runs brief ARGS on both
# files and checks the scaling; when the 4N run took more than 6 times
# as long, both run once more (a busy machine) and the second pair counts.
pair() {
    n1=$1; n4=$2; f1=$3; f4=$4; shift 4
    run "$n1: $*" "$@" "$f1"; a=$CPU
    run "$n4: $*" "$@" "$f4"; b=$CPU
    if [ "$a" -gt 200 ] && [ "$b" -gt $((a * 6)) ]; then
        echo "# x$(ms2s $((b * 1000 / a))): once more"
        run "$n1: $* (again)" "$@" "$f1"; a=$CPU
        run "$n4: $* (again)" "$@" "$f4"; b=$CPU
    fi
    scale "scaling, $n1 -> $n4, $*" "$a" "$b"
}
# longest line of $T/out in bytes
longest() { LC_ALL=C awk '{ if (length($0) > m) m = length($0) } END { print m + 0 }' "$T/out"; }

# gen KIND N > FILE
gen() {
perl -e '
use strict; my ($kind, $n) = @ARGV; srand(42);
my @w = qw(minister budget taxes families country government officials talks
  ceasefire border election court ruling market prices energy workers union
  strike police city council report water climate storm rescue hospital school
  teachers students bank rates inflation export trade);
binmode STDOUT, ":utf8";
if ($kind eq "same") {
    print "The minister said the new budget would cut taxes for families across the country.\n" x $n;
} elsif ($kind eq "perm") {        # every sentence a permutation of 12 words
    for (1 .. $n) {
        my @v = @w[0 .. 11];
        for my $i (reverse 1 .. $#v) { my $j = int rand($i + 1); @v[$i, $j] = @v[$j, $i] }
        print ucfirst(join(" ", @v)), ".\n";
    }
} elsif ($kind eq "neardup") {     # one word differs
    print "The council approved $_ new homes for the city on Monday, officials said.\n" for 1 .. $n;
} elsif ($kind eq "nested") {      # $n opening marks of 5 kinds, then $n closing
    my @o = ("\"", "\x{201c}", "``", "\x{ab}", "\x{2018}");
    my @c = ("\"", "\x{201d}", "\x27\x27", "\x{bb}", "\x{2019}");
    print "The minister said ";
    print $o[$_ % 5], "word$_ " for 0 .. $n - 1;
    print "end";
    print $c[$_ % 5] for reverse 0 .. $n - 1;
    print ". It was over.\n";
} elsif ($kind eq "unbal") {       # $n quote marks, none of them closed
    my @m = ("\"", "\x{201c}", "\x{201d}", "``", "\x27\x27", "\x{ab}", "\x{bb}", "\x27");
    for my $i (0 .. $n - 1) {
        print "Officials said $m[$i % 8]the talks would resume on day $i. ";
        print "\n" if $i % 50 == 49;
    }
    print "\n";
} elsif ($kind eq "para") {        # $n bytes on one line, words and periods
    my $b = 0;
    while ($b < $n) {
        my $s = ucfirst(join(" ", map { $w[int rand @w] } 1 .. 5 + int rand 15)) . ". ";
        print $s; $b += length $s;
    }
    print "\n";
} elsif ($kind eq "nospace") {
    print "abcdefghij" x ($n / 10), "\n";
} elsif ($kind eq "unpunct") {
    print "$w[$_ % @w] $w[($_ * 7) % @w] $w[($_ * 13) % @w] $_\n" for 1 .. $n;
} elsif ($kind eq "oneword") {
    for (1 .. $n) { print ucfirst($w[$_ % @w]), ". "; print "\n" if $_ % 20 == 0 }
    print "\n";
} elsif ($kind eq "quotes") {
    for (1 .. $n) {
        print "\"The $w[$_ % @w] plan number $_ will help $w[($_ * 7) % @w] and $w[($_ * 3) % @w],\" he said. ";
        print "\n\n" if $_ % 5 == 0;
    }
    print "\n";
} elsif ($kind eq "mr") {
    print "The meeting was chaired by ", "Mr. " x $n, "Smith on Monday. It ended late.\n";
} elsif ($kind eq "aaa") {
    print "a." x ($n / 2), "\n";
} elsif ($kind eq "front" or $kind eq "frontopen") {
    print "---\ntitle: A long header\n";
    print "key$_: value $_\n" for 1 .. $n;
    print "---\n" if $kind eq "front";
    print "The minister said the budget would cut taxes. Officials agreed on Monday.\n";
} elsif ($kind eq "headings") {
    for (1 .. $n) {
        print "# Heading number $_ about the $w[$_ % @w]\n\n";
        print "The $w[$_ % @w] report number $_ was published on Monday by officials.\n\n";
    }
} elsif ($kind eq "long") {        # one sentence of $n bytes, no mark
    my $b = 0; my $k = 0;
    while ($b < $n) { my $x = ($b ? " " : "") . $w[$k++ % @w]; print $x; $b += length $x }
    print "\n";
}' "$1" "$2"
}

# --- every sentence shares every word with every other -----------------------
gen same 20000 >"$T/same.txt"
run "20,000 copies of one sentence: summarize -n 3" summarize -n 3 "$T/same.txt"
check "  one sentence printed" test "$(wc -l <"$T/out")" -eq 1
run "20,000 copies of one sentence: story" story "$T/same.txt"
gen perm 20000 >"$T/perm.txt"
run "20,000 permutations of one vocabulary: summarize --words 100" summarize --words 100 "$T/perm.txt"
check "  within 100 words" test "$(wc -w <"$T/out")" -le 100
run "20,000 permutations of one vocabulary: story" story "$T/perm.txt"

# --- near-duplicates, with scaling -----------------------------------------------
gen neardup 25000 >"$T/nd1.txt"
gen neardup 100000 >"$T/nd4.txt"
pair "25,000 near-duplicate sentences" "100,000" "$T/nd1.txt" "$T/nd4.txt" summarize -n 3
run "100,000 near-duplicate sentences: story" story "$T/nd4.txt"
rm -f "$T/nd1.txt" "$T/nd4.txt"

# --- quotes: nested and unbalanced -------------------------------------------------
gen nested 10000 >"$T/nested.txt"
run "10,000 nested quotes: summarize -n 3" summarize -n 3 "$T/nested.txt"
run "10,000 nested quotes: quotes --format json" quotes --format json "$T/nested.txt"
check "  valid JSON" "$J" <"$T/out"
run "10,000 nested quotes: story" story "$T/nested.txt"
run "10,000 nested quotes: split" split "$T/nested.txt"
check "  sentences cut at 64 KiB (longest $(longest) bytes)" test "$(longest)" -le 65600
gen unbal 10000 >"$T/unbal.txt"
run "10,000 unbalanced quote marks: quotes --format json" quotes --format json "$T/unbal.txt"
check "  valid JSON" "$J" <"$T/out"
run "10,000 unbalanced quote marks: story" story "$T/unbal.txt"
run "10,000 unbalanced quote marks: split" split "$T/unbal.txt"
check "  10,000 sentences" test "$(wc -l <"$T/out")" -eq 10000

# --- size: one paragraph, one line, many lines ----------------------------------------
gen para 5000000 >"$T/p1.txt"
gen para 20000000 >"$T/p4.txt"
pair "5 MB paragraph (one line)" "20 MB" "$T/p1.txt" "$T/p4.txt" summarize --words 100
check "  within 100 words" test "$(wc -w <"$T/out")" -le 100
rm -f "$T/p1.txt" "$T/p4.txt"
gen nospace 5000000 >"$T/nospace.txt"
run "5 MB line without spaces: summarize -n 3" summarize -n 3 "$T/nospace.txt"
run "5 MB line without spaces: story" story "$T/nospace.txt"
run "5 MB line without spaces: split" split "$T/nospace.txt"
check "  kept whole (no white space to cut at)" cmp -s "$T/out" "$T/nospace.txt"
rm -f "$T/nospace.txt"
gen unpunct 100000 >"$T/unpunct.txt"
run "100,000 unpunctuated short lines: summarize -n 3" summarize -n 3 "$T/unpunct.txt"
run "100,000 unpunctuated short lines: split" split "$T/unpunct.txt"
check "  sentences cut at 64 KiB (longest $(longest) bytes)" test "$(longest)" -le 65600
gen oneword 100000 >"$T/oneword.txt"
run "100,000 one-word sentences: summarize --words 100" summarize --words 100 "$T/oneword.txt"
check "  within 100 words" test "$(wc -w <"$T/out")" -le 100
run "100,000 one-word sentences: story" story "$T/oneword.txt"

# --- many files ---------------------------------------------------------------------
mkdir "$T/day"
perl -e 'my @w = qw(minister budget taxes families country government officials talks ceasefire border election court);
for my $i (1 .. 2000) {
    open my $f, ">", sprintf("%s/%04d.txt", $ARGV[0], $i) or die;
    my $t = $i % 50;
    print $f "Story $t about the $w[$t % 12]\n\nThe $w[$t % 12] and the $w[($t * 5) % 12] met on day $t, officials said. \"We agreed,\" he said.\n";
}' "$T/day"
run "2,000 tiny files: daily --format json" daily --format json "$T/day"
check "  valid JSON" "$J" <"$T/out"
check "  50 stories" test "$("$J" 'stories#' <"$T/out")" -eq 50
run "2,000 tiny files: story" story "$T/day"

# --- quotes with speakers, with scaling ----------------------------------------------------
gen quotes 20000 >"$T/q1.txt"
gen quotes 80000 >"$T/q4.txt"
pair "20,000 quotes with \"he said\"" "80,000" "$T/q1.txt" "$T/q4.txt" quotes --format json
check "  valid JSON" "$J" <"$T/out"
run "20,000 quotes with \"he said\": story" story "$T/q1.txt"
rm -f "$T/q4.txt"

# --- splitter traps -----------------------------------------------------------------------
gen mr 100000 >"$T/mr.txt"
run "100,000 x \"Mr. \": split" split "$T/mr.txt"
check "  sentences cut at 64 KiB (longest $(longest) bytes)" test "$(longest)" -le 65600
run "100,000 x \"Mr. \": summarize -n 3" summarize -n 3 "$T/mr.txt"
gen aaa 1000000 >"$T/aaa.txt"
run "1 MB of \"a.a.a.\": split" split "$T/aaa.txt"
run "1 MB of \"a.a.a.\": summarize -n 3" summarize -n 3 "$T/aaa.txt"
gen front 100000 >"$T/front.txt"
run "front matter of 100,000 lines: summarize -n 3" summarize -n 3 "$T/front.txt"
run "front matter of 100,000 lines: split" split "$T/front.txt"
gen frontopen 100000 >"$T/frontopen.txt"
run "front matter of 100,000 lines, never closed: summarize -n 3" summarize -n 3 "$T/frontopen.txt"
gen headings 10000 >"$T/headings.txt"
run "10,000 headings: summarize -n 3" summarize -n 3 "$T/headings.txt"
run "10,000 headings: story" story "$T/headings.txt"

# --- limits, on both sides ------------------------------------------------------------------
# expect CODE NAME ARGS... : brief exits with CODE (and says why when not 0)
expect() {
    want=$1; name=$2; shift 2
    timeout -k 5 "$LIMIT" "$B" "$@" </dev/null >"$T/out" 2>"$T/err"
    rc=$?
    if [ "$rc" -ne "$want" ]; then bad "$name (exit $rc, want $want)"; sed 's/^/    /' "$T/err" | head -3; return; fi
    if [ "$rc" -ne 0 ] && ! grep -q '^brief: ' "$T/err"; then bad "$name (no 'brief:' message)"; return; fi
    ok "$name"
}
S=samples
expect 0 "--words 0 is allowed" summarize --words 0 $S
check "  and gives nothing" test ! -s "$T/out"
expect 0 "--words 1000000000000 (the largest count) is allowed" summarize --words 1000000000000 $S
check "  and gives at least 5 sentences" test "$(wc -l <"$T/out")" -ge 5
expect 1 "--words 1000000000001 is rejected" summarize --words 1000000000001 $S
expect 1 "--words 10000000000000 is rejected" summarize --words 10000000000000 $S
expect 1 "--words 99999999999999999999999 (overflow) is rejected" summarize --words 99999999999999999999999 $S
expect 1 "--words 1e12 is rejected (digits only)" summarize --words 1e12 $S
expect 0 "-n 1000000000000 is allowed" summarize -n 1000000000000 $S
expect 1 "-n 1000000000001 is rejected" summarize -n 1000000000001 $S
expect 0 "--ratio 1 is allowed" summarize --ratio 1 $S
expect 1 "--ratio 0 is rejected" summarize --ratio 0 $S
expect 1 "--ratio 1.0000001 is rejected" summarize --ratio 1.0000001 $S
expect 0 "--hashes 4096 --bands 16 is allowed" sketch --hashes 4096 --bands 16 $S
expect 1 "--hashes 4097 is rejected" sketch --hashes 4097 --bands 1 $S
expect 1 "--hashes 0 is rejected" sketch --hashes 0 --bands 1 $S
expect 0 "--points 1000 is allowed" story --points 1000 $S
expect 1 "--points 1001 is rejected" story --points 1001 $S
expect 0 "--quotes 1000 is allowed" story --quotes 1000 $S
expect 1 "--quotes 1001 is rejected" story --quotes 1001 $S
gen long 204800 >"$T/long.txt"
expect 0 "a 200 KiB sentence: split" split "$T/long.txt"
check "  cut into pieces of at most 64 KiB and a word (longest $(longest) bytes)" test "$(longest)" -le $((65536 + 12)) -a "$(wc -l <"$T/out")" -ge 4
check "  the pieces joined by spaces give the input back" sh -c "{ tr '\n' ' ' <'$T/out' | sed 's/ \$//'; echo; } | cmp -s - '$T/long.txt'"

echo "$((count - fails)) passed, $fails failed"
[ "$fails" -eq 0 ]
