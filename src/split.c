/*
 * split.c - stage 3: blocks into sentences.
 *
 * Approach: one forward scan over each BODY or BULLET block.  A terminal
 * mark ('.', '?', '!', an ellipsis, the CJK full stops) followed by
 * optional closing quotes/brackets and then white space (or the block's
 * end) is the usual candidate boundary (the few without one are listed
 * below); the candidate is accepted or refused by
 * looking at the token before the mark (abbreviation, initial, ordinal) and
 * at the word after it (lowercase, number, capitalised sentence starter).
 * The language data (data/abbrev/common.txt + <language>.txt, syntax in
 * common.txt) lives in one strmap keyed by the case-folded entry, each key
 * leading to the spellings that fold to it; see abbrev_flags() for the case
 * rules.
 *
 * Decisions, conservative where the text is ambiguous:
 *   - a title ("Mr.", "Gen.") never ends a sentence;
 *   - an abbreviation the lexicon lists solid may be set with inner
 *     spaces ("z. B.", "EE. UU."): its inner periods never end a
 *     sentence, its last is read as the entry's;
 *   - where the language writes ordinals with a period (German), a Roman
 *     numeral with one is an ordinal ("Otto III. Kaiser");
 *   - an ordinary abbreviation ("U.S.", "Feb."), an initial ("W.") or
 *     an ellipsis ends one only before a listed starter word ("the U.S.
 *     The ..."), so "U.S. President" and "George W. Bush" stay whole;
 *   - a closing abbreviation ("etc.", "p.m.") ends one before any
 *     capitalised word that does not qualify a time ("5 p.m. Officials
 *     said" but "5 p.m. Eastern time", "9 a.m. Monday", "4 a.m. GMT");
 *   - reference marks right after a stop ("in 1920.[2] He") belong to its
 *     sentence;
 *   - four dots ("gone.... Nobody", ". . . .") are an ellipsis and a full
 *     stop: a period; an omission in brackets ("[...]", "(…)") is inside
 *     its sentence;
 *   - list items inside a block are units with their markers (see the
 *     lists section);
 *   - after any other word a period ends a sentence before a capital, a
 *     digit or a currency sign, never before a lowercase word ("e.g. the")
 *     unless that word is camel-cased ("iPhone");
 *   - "?", "!" or an ellipsis inside a closing quote followed by a
 *     lowercase word or a name plus a speech verb (`?" he asked`, `!"
 *     Smith said`) does not end the sentence;
 *   - a dash right before a word opens a line of dialogue ("bajas.
 *     —La actriz"); straight quotes set off by spaces, as French sets
 *     them, open and close like guillemets;
 *   - sentences inside a long quotation are split like any others; those
 *     that start while a double quote is open get SPAN_IN_QUOTE (reset at
 *     every block);
 *   - a sentence may end with no full stop where its language's
 *     conventions show the next one starting: a capitalised starter after
 *     a semicolon, a capitalised pronoun or opener after a colon where
 *     the language goes on in lowercase, a capital after an emoticon, a
 *     capitalised pronoun or sentence adverb (classes "pronoun": "Il",
 *     "Er", "They"; "opener": "Leider", "Asimismo") right after a word and
 *     before a lowercase one, but not after an article or a preposition,
 *     a mixed-case word after a heading in capitals;
 *   - a dateline at the start of a BODY block ("LONDON (AP) _",
 *     "BUENOS AIRES, Argentina _", "Washington D.C.:") is left out of the
 *     first span, which gets SPAN_DATELINE.
 *
 * Limits: a "sentence" that grows past SPLIT_MAX_SENTENCE (64 KiB) without
 * a boundary is cut at its last white space before the limit (or at the
 * first one after it, for a single longer word); the pieces carry
 * SPAN_CUT | SPAN_UNFINISHED.  Nothing else is dropped.
 *
 * Cost: linear in the block's length.  Every look-behind is bounded (a
 * token is at most TOKEN_MAX bytes), and every look-ahead stops at the
 * first character that is not white space or an opening mark, so the
 * look-ahead regions of different candidates never overlap.
 */
#include "split.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "abbrev.h"
#include "text.h"

#define TOKEN_MAX ABBREV_TOKEN_MAX

/* ---------------------------------------------------------------- text */

/* The code point at t[i] (i < e) and its length: text_decode, with the
 * ASCII case inline for the scanner's sake. */
static inline int32_t decode(const char *t, size_t i, size_t e, size_t *len)
{
    unsigned char c = (unsigned char)t[i];
    if (c < 0x80) {
        *len = 1;
        return c;
    }
    int32_t cp;
    *len = text_decode(t + i, e - i, &cp);
    return cp;
}

static int is_letter(int32_t c)
{
    utf8proc_category_t k = utf8proc_category(c);
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

static int is_mark(int32_t c)
{
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_MN || k == UTF8PROC_CATEGORY_MC;
}

/* Marks after which a sentence is over without any following space. */
static int is_cjk_terminal(int32_t c)
{
    return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E;
}

static int is_terminal(int32_t c)
{
    return c == '.' || c == '?' || c == '!' || c == 0x2026 || c == 0x203C ||
           c == 0x2047 || c == 0x2048 || c == 0x2049 || c == 0x061F ||
           c == 0x0964 || c == 0x0965 || is_cjk_terminal(c);
}

static int is_question(int32_t c)
{
    return c == '?' || c == 0xFF1F || c == 0x061F || c == 0x2047 ||
           c == 0x2048 || c == 0x2049;
}

static int is_exclaim(int32_t c)
{
    return c == '!' || c == 0xFF01 || c == 0x203C || c == 0x2048 ||
           c == 0x2049;
}

static int is_quote(int32_t c)
{
    return c == '"' || c == '\'' || c == '`' || c == 0x201C || c == 0x201D ||
           c == 0x201E || c == 0x201F || c == 0x2018 || c == 0x2019 ||
           c == 0x201A || c == 0x201B || c == 0xAB || c == 0xBB ||
           c == 0x2039 || c == 0x203A || c == 0x300C || c == 0x300D ||
           c == 0x300E || c == 0x300F;
}

/* What may follow a terminal mark and still belong to its sentence. */
static int is_closer(int32_t c)
{
    return is_quote(c) || c == ')' || c == ']' || c == '}' || c == 0xFF09 ||
           c == 0x3011;
}

/* What may precede the first word of a sentence. */
static int is_opener(int32_t c)
{
    return is_quote(c) || c == '(' || c == '[' || c == '{' || c == 0xBF ||
           c == 0xA1 || c == 0xFF08 || c == 0x3010;
}

/* Double quotation marks change the SPAN_IN_QUOTE state; single ones are
 * mostly apostrophes and are ignored. */
typedef struct qstate {
    int open;
    int32_t opener;
} qstate;

static int opens_context(int32_t prev)
{
    return prev == 0 || text_is_space(prev) || prev == '(' || prev == '[' ||
           prev == '{' || prev == 0x2014 || prev == 0x2013 || prev == '-' ||
           prev == '/' || is_quote(prev);
}

/* c: the mark (ASCII '"' also stands for "''"; '`' for "``"). */
static void quote_event(qstate *q, int32_t c, int32_t prev, int32_t next)
{
    int open;
    switch (c) {
    case '`':
    case 0x201E:
    case 0x300C:
    case 0x300E:
        open = 1;
        break;
    case 0x300D:
    case 0x300F:
    case 0x201D:
        open = 0;
        break;
    case 0x201C: /* German „...“ closes with it */
        open = !(q->open && q->opener == 0x201E);
        break;
    case 0xAB: /* French « x », German »x« */
        open = !(!opens_context(prev) && (next == 0 || text_is_space(next)));
        break;
    case 0xBB:
        open = opens_context(prev) && prev != 0xAB && next != 0 &&
               !text_is_space(next);
        break;
    case '"':
        if (opens_context(prev) && !is_quote(prev)) {
            /* French sets straight quotes off by spaces (` " Nous partons "`):
             * such a mark closes an open straight quote, else opens one */
            if (next == 0 || text_is_space(next)) {
                if (!text_is_space(prev) || next == 0) return; /* a stray mark */
                open = !(q->open && q->opener == '"');
                break;
            }
            open = 1;
        } else {
            open = 0;
        }
        break;
    default:
        return;
    }
    if (open) {
        q->open = 1;
        q->opener = c;
    } else {
        q->open = 0;
    }
}

/* ------------------------------------------------------------ scanning */

enum { W_NONE, W_LOWER, W_UPPER, W_DIGIT, W_OTHER };

typedef struct next_word {
    int cls;
    size_t ws, we;      /* the word's bytes (letters and marks) */
    int camel;          /* lowercase start, an uppercase letter later */
    int quoted;         /* an opening quotation mark came first */
    int paren;          /* an opening bracket came first */
} next_word;

static size_t skip_space(const char *t, size_t i, size_t e)
{
    size_t w;
    while (i < e && (w = text_space_len(t + i, e - i)) != 0) i += w;
    return i;
}

static size_t word_end(const char *t, size_t i, size_t e, int *camel)
{
    size_t start = i;
    while (i < e && i - start < TOKEN_MAX * 2) {
        size_t len;
        int32_t c = decode(t, i, e, &len);
        if (!is_letter(c) && !is_mark(c)) break;
        if (camel && i > start && text_is_upper(c)) *camel = 1;
        i += len;
    }
    return i;
}

/* "—Nadie", "--Fue", "–Das": a dash that opens a line of dialogue, set
 * right before a letter or an opening mark; a long one ("--", "—") may be
 * set off by a space before a capital ("bajas. -- La actriz").  Its length
 * with that space, or 0. */
static size_t dash_opener(const char *t, size_t i, size_t e)
{
    size_t n = 0, len;
    int32_t c = decode(t, i, e, &len);
    int long_dash = 1;
    if (c == '-') {
        long_dash = i + 1 < e && t[i + 1] == '-';
        n = long_dash ? 2 : 1;
    } else if (c == 0x2014 || c == 0x2015 || c == 0x2013) {
        long_dash = c != 0x2013;
        n = len;
    }
    if (n == 0 || i + n >= e) return 0;
    c = decode(t, i + n, e, &len);
    if (is_letter(c) || (is_opener(c) && c != '(')) return n;
    size_t j = skip_space(t, i + n, e);
    if (!long_dash || j == i + n || j >= e || j - (i + n) > 1) return 0;
    return text_is_upper(decode(t, j, e, &len)) ? j - i : 0;
}

static void look_ahead(const char *t, size_t k, size_t e, next_word *nw)
{
    memset(nw, 0, sizeof *nw);
    size_t i = skip_space(t, k, e);
    size_t len = 0;
    int32_t c = 0;
    while (i < e) {
        c = decode(t, i, e, &len);
        size_t dash = dash_opener(t, i, e);
        if (dash) {
            i += dash;
            continue;
        }
        if (!is_opener(c)) break;
        if (is_quote(c)) nw->quoted = 1;
        else nw->paren = 1;
        i += len;
        /* "« J'ai", `" Nous`: and the space French sets after a mark */
        if (c == 0xAB || c == 0x2039 || c == '"') i = skip_space(t, i, e);
    }
    if (i >= e) {
        nw->cls = W_NONE;
        return;
    }
    utf8proc_category_t cat = utf8proc_category(c);
    if (cat == UTF8PROC_CATEGORY_LL) nw->cls = W_LOWER;
    else if (is_letter(c)) nw->cls = W_UPPER; /* Lu, Lt; caseless Lo, Lm */
    else if (cat == UTF8PROC_CATEGORY_ND || cat == UTF8PROC_CATEGORY_NL ||
             cat == UTF8PROC_CATEGORY_NO || cat == UTF8PROC_CATEGORY_SC)
        nw->cls = W_DIGIT;
    else nw->cls = W_OTHER;
    nw->ws = i;
    nw->we = word_end(t, i, e, &nw->camel);
    if (nw->cls != W_LOWER) nw->camel = 0;
}

/* The end of the word at t[i] with the parts an apostrophe or a hyphen
 * joins to it, a letter on each side: a name ("O’Malley", "Lopez-Smith")
 * or a possessive ("Putin’s") is one word before a speech verb. */
static size_t joined_word_end(const char *t, size_t i, size_t e)
{
    size_t we = word_end(t, i, e, NULL);
    while (we > i && we < e) {
        size_t len, n;
        int32_t c = decode(t, we, e, &len);
        if (c != '\'' && c != 0x2019 && c != '-' && c != 0x2010) break;
        if (we + len >= e || !is_letter(decode(t, we + len, e, &n))) break;
        we = word_end(t, we + len, e, NULL);
    }
    return we;
}

/* Whether one of the (at most three) words after the next one is a speech
 * verb: `?" Vladimir Putin asked`, `?" O’Malley said`. */
static int speech_follows(const split_lang *sl, const char *t,
                          const next_word *nw, size_t e)
{
    size_t i = joined_word_end(t, nw->ws, e);
    for (int w = 0; w < 3 && i < e; w++) {
        size_t j = skip_space(t, i, e);
        if (j == i) {
            /* "Putin," / "Putin:": punctuation right after the word */
            return 0;
        }
        size_t we = joined_word_end(t, j, e);
        if (we == j) return 0;
        if (abbrev_flags(sl, t + j, we - j) & ABBREV_SPEECH) return 1;
        i = we;
    }
    return 0;
}

/* The apostrophe of an elision at t[i] ("L'", "Qu’"), followed by a
 * letter: its length, or 0. */
static size_t elision_mark(const char *t, size_t i, size_t e)
{
    size_t len, n;
    if (i >= e) return 0;
    int32_t c = decode(t, i, e, &len);
    if (c != '\'' && c != 0x2019) return 0;
    return i + len < e && is_letter(decode(t, i + len, e, &n)) ? len : 0;
}

/* The capitalised word nw is a listed sentence starter: the word itself,
 * or an elided one with its apostrophe ("L'équipe", "Qu'il", "D’abord":
 * the entry "L'"), the curly apostrophe read as the straight one. */
static int starter(const split_lang *sl, const char *t, const next_word *nw,
                   size_t e)
{
    if (nw->cls != W_UPPER) return 0;
    size_t n = nw->we - nw->ws;
    if (abbrev_flags(sl, t + nw->ws, n) & ABBREV_STARTER) return 1;
    char elided[8];
    if (n + 1 > sizeof elided || !elision_mark(t, nw->we, e)) return 0;
    memcpy(elided, t + nw->ws, n);
    elided[n] = '\'';
    return (abbrev_flags(sl, elided, n + 1) & ABBREV_STARTER) != 0;
}

/* After a time of day, the capitalised word nw that keeps it in its
 * sentence: a listed qualifier ("Monday", "Eastern"), a zone in capitals
 * ("GMT", "EDT"), an abbreviated month ("Sept. 4") or a place before
 * "time" ("3 p.m. Brussels time"). */
static int time_qualifier(const split_lang *sl, const char *t,
                          const next_word *nw, size_t e)
{
    size_t n = nw->we - nw->ws;
    unsigned f = abbrev_flags(sl, t + nw->ws, n);
    if (f & ABBREV_QUALIFIER) return 1;
    if (nw->we < e && t[nw->we] == '.' && (f & ABBREV_PLAIN)) return 1;
    int caps = n >= 2 && n <= 5;
    for (size_t k = nw->ws; k < nw->we && caps; k++) caps = t[k] >= 'A' && t[k] <= 'Z';
    if (caps) return 1;
    size_t j = skip_space(t, nw->we, e);
    if (j == nw->we) return 0;
    size_t we = word_end(t, j, e, NULL);
    return we - j == 4 && (t[j] == 't' || t[j] == 'T') && memcmp(t + j + 1, "ime", 3) == 0;
}

enum { T_PERIOD, T_ELLIPSIS, T_QE };
enum { CLOSED_PAREN = 1, CLOSED_QUOTE = 2 };

/* "U.S", "B.I.G", "a.m", "Ph.D": letters in groups of 1-4 between periods. */
static int dotted(const char *t, size_t s, size_t e)
{
    int dots = 0;
    size_t group = 0;
    for (size_t i = s; i < e;) {
        size_t len;
        int32_t c = decode(t, i, e, &len);
        if (c == '.') {
            if (group == 0) return 0;
            dots++;
            group = 0;
        } else if (is_letter(c)) {
            if (++group > 4) return 0;
        } else {
            return 0;
        }
        i += len;
    }
    return dots > 0 && group > 0;
}

/* The token before the period at i: back to white space, at most
 * TOKEN_MAX bytes, opening marks stripped.  0 when too long. */
static int token_before(const char *t, size_t lo, size_t i, size_t *ts)
{
    size_t b = i;
    while (b > lo) {
        size_t p = text_prev(t, lo, b);
        size_t len;
        if (text_is_space(decode(t, p, i, &len))) break;
        b = p;
        if (i - b > TOKEN_MAX) return 0;
    }
    while (b < i) {
        size_t len;
        int32_t c = decode(t, b, i, &len);
        if (!is_opener(c) && c != 0x2014 && c != 0x2013) break;
        b += len;
    }
    *ts = b;
    return 1;
}

/* ------------------------------------------------ spaced abbreviations */

/*
 * "z. B.", "u. a.", "EE. UU.", "a. a. O.": an abbreviation the lexicon
 * lists written solid ("z.B.", "EE.UU.") is as often set with a space
 * after each inner period.  Its parts are short words of letters, each
 * with its period, one space apart; the periods inside it never end a
 * sentence, and the last one is read with the flags of the whole.
 */
#define SPACED_PARTS 4
#define SPACED_PART_MAX 12  /* bytes: four letters of up to three bytes */

/* t[s..p) is a part: 1 to 4 letters. */
static int spaced_part(const char *t, size_t s, size_t p)
{
    if (p <= s || p - s > SPACED_PART_MAX) return 0;
    int letters = 0;
    for (size_t k = s; k < p;) {
        size_t len;
        if (!is_letter(decode(t, k, p, &len)) || ++letters > 4) return 0;
        k += len;
    }
    return 1;
}

/* The start of the part whose period is at t[p] (white space or an
 * opening mark before the part), or SIZE_MAX. */
static size_t spaced_part_before(const char *t, size_t lo, size_t p)
{
    if (p <= lo || t[p] != '.') return SIZE_MAX;
    size_t b = p;
    while (b > lo && p - b <= SPACED_PART_MAX) {
        size_t q = text_prev(t, lo, b), len;
        if (!is_letter(decode(t, q, p, &len))) break;
        b = q;
    }
    if (b > lo) {
        size_t len;
        int32_t c = decode(t, text_prev(t, lo, b), b, &len);
        if (!text_is_space(c) && !is_opener(c)) return SIZE_MAX;
    }
    return spaced_part(t, b, p) ? b : SIZE_MAX;
}

/* The lexicon's flags for the n parts t[starts[k]..ends[k]) (each part
 * without its period), joined with periods and no space: "z" "B" ->
 * "z.B", the form entries are stored in. */
static unsigned spaced_flags(const split_lang *sl, const char *t, const size_t *starts,
                             const size_t *ends, size_t n)
{
    char buf[TOKEN_MAX];
    size_t m = 0;
    for (size_t k = 0; k < n; k++) {
        size_t len = ends[k] - starts[k];
        if (m + len + 1 > sizeof buf) return 0;
        if (k) buf[m++] = '.';
        memcpy(buf + m, t + starts[k], len);
        m += len;
    }
    return abbrev_flags(sl, buf, m) & (ABBREV_TITLE | ABBREV_PLAIN | ABBREV_FINAL);
}

/*
 * At the period t[i] after the part t[ts..i): whether it is inside a
 * spaced abbreviation that goes on after it (the next part and its
 * period, perhaps one part more: "z. | B.", "a. | a. O."), and else the
 * flags of one ending here ("z. B. |"), 0 when none does.
 */
static int spaced_abbrev(const split_lang *sl, const char *t, size_t lo, size_t ts,
                         size_t i, size_t e, unsigned *flags)
{
    *flags = 0;
    if (!spaced_part(t, ts, i)) return 0;
    size_t starts[2 * SPACED_PARTS], ends[2 * SPACED_PARTS];
    /* the parts before this one, nearest first, then in reading order */
    size_t back = 0, b = ts;
    size_t bs[SPACED_PARTS - 1], be[SPACED_PARTS - 1];
    while (back < SPACED_PARTS - 1 && b >= lo + 2 && t[b - 1] == ' ' && t[b - 2] == '.') {
        size_t ps = spaced_part_before(t, lo, b - 2);
        if (ps == SIZE_MAX) break;
        bs[back] = ps;
        be[back] = b - 2;
        back++;
        b = ps;
    }
    size_t n = 0;
    for (size_t k = back; k-- > 0;) {
        starts[n] = bs[k];
        ends[n++] = be[k];
    }
    starts[n] = ts;
    ends[n++] = i;
    /* the parts after it: "B." right after one space */
    size_t fwd = 0, f = i + 1;
    while (fwd < SPACED_PARTS - 1 && f + 1 < e && t[f] == ' ') {
        size_t ps = f + 1, pe = ps;
        while (pe < e && pe - ps <= SPACED_PART_MAX) {
            size_t len;
            if (!is_letter(decode(t, pe, e, &len))) break;
            pe += len;
        }
        if (pe >= e || t[pe] != '.' || !spaced_part(t, ps, pe)) break;
        starts[n + fwd] = ps;
        ends[n + fwd] = pe;
        fwd++;
        f = pe + 1;
    }
    /* one going on after this period: any run of the parts through the
     * next one */
    for (size_t a = 0; a < n; a++)
        for (size_t z = n + 1; z <= n + fwd; z++)
            if (spaced_flags(sl, t, starts + a, ends + a, z - a)) return 1;
    /* one ending here, the longest first */
    for (size_t a = 0; a + 1 < n; a++) {
        unsigned fl = spaced_flags(sl, t, starts + a, ends + a, n - a);
        if (fl) {
            *flags = fl;
            return 0;
        }
    }
    return 0;
}

/* "XIV", "II": a Roman numeral of two letters or more (one letter is an
 * initial), with an I, V or X (so "CD", "DM" are none). */
static int roman_numeral(const char *t, size_t s, size_t e)
{
    if (e - s < 2 || e - s > 7) return 0;
    int ivx = 0;
    for (size_t k = s; k < e; k++) {
        if (t[k] == '\0' || !strchr("IVXLCDM", t[k])) return 0;
        if (t[k] == 'I' || t[k] == 'V' || t[k] == 'X') ivx = 1;
    }
    return ivx;
}

/* "a. Apples", "2. Pears": the token t[ts..i) before a period is a list
 * marker, one letter or one or two digits opening the block or coming
 * right after the end of a sentence. */
static int list_marker(const split_lang *sl, const char *t, size_t lo, size_t ts, size_t i)
{
    size_t n = i - ts;
    int letter = n == 1 && ((t[ts] >= 'a' && t[ts] <= 'z') || (t[ts] >= 'A' && t[ts] <= 'Z'));
    int digits = n <= 2;
    for (size_t k = ts; k < i && digits; k++) digits = t[k] >= '0' && t[k] <= '9';
    if (!letter && !digits) return 0;
    size_t p = ts, w;
    while (p > lo && (w = text_space_len_before(t + lo, p - lo)) != 0) p -= w;
    if (p == lo) return 1;
    size_t len;
    int32_t c = decode(t, text_prev(t, lo, p), p, &len);
    if (p >= ts || !(is_terminal(c) || is_closer(c))) return 0;
    /* "Art. 7.": the number an abbreviation announces is no marker */
    size_t ps;
    return !(c == '.' && digits && token_before(t, lo, text_prev(t, lo, p), &ps) &&
             (abbrev_flags(sl, t + ps, text_prev(t, lo, p) - ps) & ABBREV_NUMBER));
}

/* The next word is a list marker ("b." or "b)" then a capital): a new
 * item, so a new sentence. */
static int marker_follows(const char *t, const next_word *nw, size_t e)
{
    if (nw->we != nw->ws + 1 || nw->we + 2 >= e) return 0;
    if (t[nw->we] != '.' && t[nw->we] != ')') return 0;
    size_t j = skip_space(t, nw->we + 1, e), len;
    if (j == nw->we + 1 || j >= e) return 0;
    return text_is_upper(decode(t, j, e, &len));
}

static int word_before_is(const split_lang *sl, const char *t, size_t s, size_t i,
                          unsigned mask);

/* Where the language writes ordinals with a period, whether the number
 * t[ts..) before one may be an ordinal.  An ordinal stands inside its
 * noun phrase, after the determiner and any adjectives ("am 3.", "die
 * kommende 2. Liga"), or before a month ("ab 1. Januar"); a number after
 * a noun or a name ("Platz 19. Trainer", "Linie 7.") or after a bare
 * preposition ("starb mit 85. Freunde") is a cardinal, and its period
 * ends the sentence before any capital.  Determiners and contracted
 * prepositions (class ordinal, in any case: "Im 19.") and conjunctions
 * ("1. und 2.") keep it an ordinal, as does no word before it (a comma,
 * a bracket, an abbreviation: "Nr. 12."). */
static int ordinal_context(const split_lang *sl, const char *t, size_t lo, size_t ts,
                           const next_word *nw)
{
    if (nw->cls == W_UPPER && (abbrev_flags(sl, t + nw->ws, nw->we - nw->ws) & ABBREV_ORDINAL))
        return 1;
    size_t p = ts, w, len;
    while (p > lo && (w = text_space_len_before(t + lo, p - lo)) != 0) p -= w;
    if (p == lo || p == ts || !is_letter(decode(t, text_prev(t, lo, p), p, &len))) return 1;
    if (word_before_is(sl, t, lo, ts, ABBREV_ORDINAL | ABBREV_CONJ)) return 1;
    size_t b = p;
    while (b > lo && p - b < TOKEN_MAX) {
        size_t q = text_prev(t, lo, b);
        if (!is_letter(decode(t, q, p, &len))) break;
        b = q;
    }
    if (text_is_upper(decode(t, b, p, &len))) return 0;
    return !word_before_is(sl, t, lo, ts, ABBREV_NONFINAL);
}

static int period_breaks(const split_lang *sl, const char *t, size_t lo,
                         size_t i, int closed, const next_word *nw, size_t e)
{
    if (nw->cls == W_NONE || nw->cls == W_OTHER) return 0;
    size_t ts;
    unsigned spaced = 0;
    int have_token = token_before(t, lo, i, &ts) && ts < i;
    if (have_token && !closed && spaced_abbrev(sl, t, lo, ts, i, e, &spaced)) return 0;
    if (nw->cls == W_LOWER && !nw->quoted && !nw->paren && marker_follows(t, nw, e)) return 1;
    /* Cheap and common: a plain lowercase word never starts a sentence
     * here, whatever the token before the period is. */
    if (nw->cls == W_LOWER && !nw->camel && !nw->paren) return 0;
    unsigned f = 0;
    int abbrev = 0;
    if (have_token) {
        size_t n = i - ts;
        /* "u. a.": the last part of a spaced abbreviation is no marker */
        if (!spaced && closed != CLOSED_QUOTE && list_marker(sl, t, lo, ts, i)) return 0;
        f = spaced ? spaced : abbrev_flags(sl, t + ts, n);
        if ((f & ABBREV_TITLE) && !closed) return 0;
        if ((f & ABBREV_FINAL) && !closed)
            return nw->cls == W_UPPER && (starter(sl, t, nw, e) || !time_qualifier(sl, t, nw, e));
        if ((f & ABBREV_NUMBER) && nw->cls == W_DIGIT) return 0;
        size_t len;
        int32_t c = decode(t, ts, i, &len);
        if (f & ABBREV_PLAIN) abbrev = 1;
        else if (len == n && text_is_upper(c)) abbrev = 1; /* an initial */
        else if (dotted(t, ts, i)) abbrev = 1;
        else if (sl && abbrev_ordinals(sl) && roman_numeral(t, ts, i)) abbrev = 1;
        else if (sl && abbrev_ordinals(sl) && n <= 3) {
            abbrev = 1;
            for (size_t k = ts; k < i; k++)
                if (t[k] < '0' || t[k] > '9') abbrev = 0;
            if (abbrev) abbrev = ordinal_context(sl, t, lo, ts, nw);
        }
    }
    /* "Ltd. ``PAL is ...": a quotation opening after an abbreviation
     * starts a sentence; so does "(scl)" after a plain full stop. */
    if (abbrev && !closed)
        return starter(sl, t, nw, e) || (nw->quoted && nw->cls == W_UPPER);
    if (nw->cls == W_LOWER) return (nw->camel || nw->paren) && !abbrev;
    return 1;
}

/* ------------------------------------------------------------- lists */

/*
 * List items inside a block ("1.) Pack the tent. 2.) Fill the jugs.", "a)
 * the ferry b) the train", "• bread • cheese", "⁃1. Welcome ⁃2. Report"):
 * each item is a unit of its own, and the period of its marker never ends
 * one.  A marker is a number (1-2 digits) or one letter, written "1.)",
 * "1)", "(1)" or "1.", at the start of a word; it is an item's when the
 * block has the next one of the same form ("2)" after "1)") in a run
 * starting at 1 or a; a bullet ("•", "⁃", ...) at the start of a word is
 * one always, with the marker written after it.  Runs that join their
 * items with a comma, a semicolon or a conjunction ("1) fares, 2) trains
 * and 3) stations") are an enumeration inside one sentence: no unit
 * breaks.  Forms that prose writes too are held to more: "A." is an
 * initial, so upper-case letters with a period are never read this way;
 * "3." is an ordinal where the language writes them ("am 3. Mai") and
 * otherwise needs a run of three or a run opening its sentence.
 *
 * Found by one pass over the block before it is split; the runs are
 * followed with the last few candidates of each form, so the pass is
 * linear.
 */
typedef struct list_mark {
    size_t unit;   /* where the item starts: its bullet or its marker */
    size_t end;    /* just past the marker: its marks are no boundary */
    uint32_t seq;  /* its run (LIST_BULLET: a bullet) */
    int split;     /* 1: the item is a unit, broken off what precedes it */
} list_mark;

#define LIST_BULLET UINT32_MAX
#define LIST_NONE (UINT32_MAX - 1)

/* What precedes a candidate marker. */
enum { PRE_START, PRE_END, PRE_COLON, PRE_JOIN, PRE_WORD };

typedef struct list_run {
    size_t n;       /* items */
    int first_pre;  /* PRE_* of the first */
    int joined;     /* an item after the first follows a PRE_JOIN */
    int form;       /* kind * 4 + closing (FORM_*) */
} list_run;

typedef struct list_cand {
    size_t unit, end;
    unsigned value;
    int pre;
    uint32_t seq;   /* its run once confirmed, else LIST_NONE */
} list_cand;

enum { FORM_DIGIT = 0, FORM_LOWER = 1, FORM_UPPER = 2 };        /* kind * 4 + */
enum { FORM_DOT = 0, FORM_PAREN = 1, FORM_DOT_PAREN = 2, FORM_ENCLOSED = 3 };
#define LIST_FORMS 12
#define LIST_RECENT 4

typedef struct list_state {
    list_mark *v;
    size_t n, cap;
    list_run *runs;
    size_t nruns, runs_cap;
} list_state;

typedef struct out_vec {
    arena *ar;
    span *v;
    size_t n, cap;
    list_state lists;  /* the block's list items, reused from block to block */
} out_vec;

/* A bullet glyph at t[i]: its length, or 0. */
static size_t bullet_at(const char *t, size_t i, size_t e)
{
    size_t len;
    int32_t c = decode(t, i, e, &len);
    switch (c) {
    case 0x2022: /* • */
    case 0x2043: /* ⁃ */
    case 0x25E6: /* ◦ */
    case 0x25AA: /* ▪ */
    case 0x2023: /* ‣ */
    case 0x25CF: /* ● */
    case 0x25A0: /* ■ */
    case 0x25BA: /* ► */
        return len;
    default:
        return 0;
    }
}

/* A marker at t[p] followed by white space and more text: where it ends
 * (0 when none), its form and its value (1 for "1" and "a"). */
static size_t marker_at(const char *t, size_t p, size_t e, int *form, unsigned *value)
{
    size_t q = p;
    int enclosed = q < e && t[q] == '(';
    q += (size_t)enclosed;
    if (q >= e) return 0;
    int kind;
    unsigned v = 0;
    if (t[q] >= '0' && t[q] <= '9') {
        size_t d = q;
        while (q < e && q - d < 3 && t[q] >= '0' && t[q] <= '9') v = v * 10 + (unsigned)(t[q++] - '0');
        if (q - d > 2) return 0;
        kind = FORM_DIGIT;
    } else if ((t[q] >= 'a' && t[q] <= 'z') || (t[q] >= 'A' && t[q] <= 'Z')) {
        kind = t[q] >= 'a' ? FORM_LOWER : FORM_UPPER;
        v = (unsigned)((t[q] | 0x20) - 'a' + 1);
        q++;
    } else {
        return 0;
    }
    if (v == 0 || q >= e) return 0;
    int close;
    if (enclosed) {
        if (t[q] != ')') return 0;
        close = FORM_ENCLOSED;
        q++;
    } else if (t[q] == '.' && q + 1 < e && t[q + 1] == ')') {
        close = FORM_DOT_PAREN;
        q += 2;
    } else if (t[q] == ')') {
        close = FORM_PAREN;
        q++;
    } else if (t[q] == '.') {
        close = FORM_DOT;
        q++;
    } else {
        return 0;
    }
    size_t w = q < e ? text_space_len(t + q, e - q) : 0;
    if (w == 0 || skip_space(t, q, e) >= e) return 0;
    *form = kind * 4 + close;
    *value = v;
    return q;
}

/* PRE_* of what comes before t[p] in the block t[s..). */
static int marker_pre(const split_lang *sl, const char *t, size_t s, size_t p)
{
    size_t w;
    while (p > s && (w = text_space_len_before(t + s, p - s)) != 0) p -= w;
    if (p == s) return PRE_START;
    size_t q = text_prev(t, s, p), len;
    int32_t c = decode(t, q, p, &len);
    if (c == ',' || c == ';') return PRE_JOIN;
    if (c == ':') return PRE_COLON;
    if (is_terminal(c) || is_closer(c)) return PRE_END;
    size_t b = p;
    while (b > s && p - b < TOKEN_MAX) {
        size_t pb = text_prev(t, s, b);
        if (!is_letter(decode(t, pb, p, &len))) break;
        b = pb;
    }
    return b < p && (abbrev_flags(sl, t + b, p - b) & ABBREV_CONJ) ? PRE_JOIN : PRE_WORD;
}

static int push_mark(arena *ar, list_state *ls, size_t unit, size_t end, uint32_t seq)
{
    if (!ARENA_PUSH(ar, ls->v, ls->n, ls->cap)) return 0;
    ls->v[ls->n - 1] = (list_mark){unit, end, seq, 0};
    return 1;
}

static int mark_before(const void *a, const void *b)
{
    const list_mark *x = a, *y = b;
    return (x->unit > y->unit) - (x->unit < y->unit);
}

/* Whether a run of markers is a list of items (see the comment above). */
static int run_is_list(const split_lang *sl, const list_run *r)
{
    int kind = r->form / 4, close = r->form % 4;
    if (close == FORM_DOT && kind == FORM_UPPER) return 0;
    if (close == FORM_DOT && kind == FORM_DIGIT) {
        if (abbrev_ordinals(sl)) return 0;
        if (r->n < 3 && r->first_pre != PRE_START && r->first_pre != PRE_END &&
            r->first_pre != PRE_COLON)
            return 0;
    }
    return 1;
}

/* Fills o->lists with the list items of t[s..e), in order. */
static brief_status find_lists(out_vec *o, const split_lang *sl, const char *t, size_t s, size_t e)
{
    list_state *ls = &o->lists;
    ls->n = ls->nruns = 0;
    list_cand recent[LIST_FORMS][LIST_RECENT];
    size_t nrecent[LIST_FORMS] = {0};
    int any = 0;
    for (size_t i = s; i < e;) {
        size_t w = text_space_len(t + i, e - i);
        if (w) {
            i += w;
            continue;
        }
        /* a word starts at i */
        size_t unit = i, g = bullet_at(t, i, e);
        int form;
        unsigned value;
        /* "• 4. The council", "⁃1. Welcome": a bullet and its marker */
        size_t m = marker_at(t, g ? skip_space(t, i + g, e) : i, e, &form, &value);
        if (g && (m || (i + g < e && text_space_len(t + i + g, e - i - g)))) {
            if (!push_mark(o->ar, ls, unit, m ? m : i + g, LIST_BULLET)) return BRIEF_ENOMEM;
            ls->v[ls->n - 1].split = 1;
            any = 1;
            if (m) i = m;
        } else if (m && !g) {
            list_cand c = {unit, m, value, marker_pre(sl, t, s, unit), LIST_NONE};
            list_cand *r = recent[form];
            size_t nr = nrecent[form] < LIST_RECENT ? nrecent[form] : LIST_RECENT;
            for (size_t k = 0; k < nr; k++) {
                list_cand *p = &r[(nrecent[form] - 1 - k) % LIST_RECENT];
                if (p->value + 1 != value) continue;
                if (p->seq == LIST_NONE) {
                    if (p->value != 1) break;
                    if (!ARENA_PUSH(o->ar, ls->runs, ls->nruns, ls->runs_cap)) return BRIEF_ENOMEM;
                    p->seq = (uint32_t)(ls->nruns - 1);
                    ls->runs[p->seq] = (list_run){1, p->pre, 0, form};
                    if (!push_mark(o->ar, ls, p->unit, p->end, p->seq)) return BRIEF_ENOMEM;
                }
                c.seq = p->seq;
                list_run *run = &ls->runs[c.seq];
                run->n++;
                if (c.pre == PRE_JOIN) run->joined = 1;
                if (!push_mark(o->ar, ls, c.unit, c.end, c.seq)) return BRIEF_ENOMEM;
                any = 1;
                break;
            }
            r[nrecent[form] % LIST_RECENT] = c;
            nrecent[form]++;
        }
        while (i < e && !text_space_len(t + i, e - i)) i++;
    }
    if (!any) {
        ls->n = 0;
        return BRIEF_OK;
    }
    qsort(ls->v, ls->n, sizeof *ls->v, mark_before);
    size_t n = 0;
    for (size_t k = 0; k < ls->n; k++) {
        list_mark mk = ls->v[k];
        if (mk.seq != LIST_BULLET) {
            const list_run *run = &ls->runs[mk.seq];
            if (!run_is_list(sl, run)) continue;
            mk.split = !run->joined;
        }
        if (n > 0 && ls->v[n - 1].end > mk.unit) continue; /* overlapping */
        ls->v[n++] = mk;
    }
    ls->n = n;
    return BRIEF_OK;
}

static int ends_terminal(const char *t, size_t s, size_t e, uint32_t *flags)
{
    size_t i = e;
    for (int k = 0; i > s && k < 8; k++) {
        size_t p = text_prev(t, s, i);
        size_t len;
        int32_t c = decode(t, p, e, &len);
        if (is_terminal(c)) {
            if (is_question(c)) *flags |= SPAN_QUESTION;
            if (is_exclaim(c)) *flags |= SPAN_EXCLAIM;
            return 1;
        }
        if (!is_closer(c)) return 0;
        i = p;
    }
    return 0;
}

static brief_status emit(out_vec *o, const char *t, size_t s, size_t e,
                         uint32_t para, uint32_t flags, int final)
{
    s = skip_space(t, s, e);
    size_t w;
    while (e > s && (w = text_space_len_before(t + s, e - s)) != 0) e -= w;
    if (s >= e) return BRIEF_OK;
    if (!ends_terminal(t, s, e, &flags) && final) flags |= SPAN_UNFINISHED;
    if (!ARENA_PUSH(o->ar, o->v, o->n, o->cap)) return BRIEF_ENOMEM;
    span *sp = &o->v[o->n - 1];
    sp->start = s;
    sp->end = e;
    sp->para = para;
    sp->flags = flags;
    return BRIEF_OK;
}

/* ----------------------------------------------------------- datelines */

/* One word of a place name: letters with inner '.', '\'', '-'; sets
 * *caps when it has no lowercase letter.  0 when not a capitalised word. */
static size_t place_word(const char *t, size_t i, size_t e, int *caps,
                         int digits_ok)
{
    size_t len;
    int32_t c = decode(t, i, e, &len);
    if (!text_is_upper(c) && !(digits_ok && c >= '0' && c <= '9')) return 0;
    int lower = 0, letters = 0;
    while (i < e) {
        c = decode(t, i, e, &len);
        if (is_letter(c)) {
            letters++;
            if (text_is_lower(c)) lower = 1;
        } else if (!(c == '.' || c == '\'' || c == '-' || c == 0x2019 ||
                     (digits_ok && c >= '0' && c <= '9'))) {
            break;
        }
        i += len;
    }
    *caps = !lower && letters > 0;
    return i;
}

/*
 * The end of a dateline starting at p, or 0.  Shape: a place name (all
 * capitals, or Title Case when something else marks it as a dateline),
 * optional ", Region", optional "(AGENCY)", then '_', a dash or ':', then
 * the story's first word.
 */
static size_t dateline_end(const char *t, size_t p, size_t e)
{
    size_t lim = e - p > 100 ? p + 100 : e;
    size_t i = p, len;
    int words = 0, all_caps = 1, long_caps = 0, region = 0, agency = 0;
    for (;;) {
        int caps;
        size_t we = place_word(t, i, lim, &caps, 0);
        if (we == 0 || we == i) return 0;
        if (!caps) all_caps = 0;
        else if (we - i >= 2 && !memchr(t + i, '.', we - i)) long_caps = 1;
        words++;
        i = we;
        if (words < 6 && i + 1 < lim && t[i] == ' ') {
            int c2;
            if (place_word(t, i + 1, lim, &c2, 0) > i + 1) {
                i++;
                continue;
            }
        }
        break;
    }
    if (i + 1 < lim && t[i] == ',' && t[i + 1] == ' ') {
        size_t j = i + 2;
        int rw = 0;
        for (;;) {
            int caps;
            size_t we = place_word(t, j, lim, &caps, 1);
            if (we == 0 || we == j) break;
            rw++;
            j = we;
            if (rw < 4 && j + 1 < lim && t[j] == ' ') {
                int c2;
                if (place_word(t, j + 1, lim, &c2, 1) > j + 1) {
                    j++;
                    continue;
                }
            }
            break;
        }
        if (rw == 0) return 0;
        region = 1;
        i = j;
    }
    if (i + 2 < lim && t[i] == ' ' && t[i + 1] == '(') {
        size_t j = i + 2;
        int caps;
        if (place_word(t, j, lim, &caps, 0) == 0) return 0;
        while (j < lim && j - i < 40 && t[j] != ')' && t[j] != '(' &&
               t[j] != '\n')
            j++;
        if (j >= lim || t[j] != ')') return 0;
        agency = 1;
        i = j + 1;
    }
    int sep = 0;
    if (i < lim && t[i] == ':') {
        sep = ':';
        i++;
    } else {
        size_t j = i;
        while (j < lim && t[j] == ' ' && j - i < 2) j++;
        if (j < lim && t[j] == '_') {
            sep = '_';
            j++;
        } else if (j + 1 < lim && t[j] == '-' && t[j + 1] == '-') {
            sep = '-';
            j += 2;
        } else if (j < lim && t[j] == '-') {
            sep = '-';
            j++;
        } else if (j < lim) {
            int32_t c = decode(t, j, lim, &len);
            if (c == 0x2014 || c == 0x2013) {
                sep = '-';
                j += len;
            }
        }
        if (!sep) return 0;
        i = j;
    }
    size_t body = skip_space(t, i, e);
    if (body == i || body >= e) return 0;
    next_word nw;
    look_ahead(t, body, e, &nw);
    if (nw.cls != W_UPPER && nw.cls != W_DIGIT) return 0;
    /* "Ana Lopez: “The dam holds.”" is a speaker's label, not a place:
     * a dateline in Title Case and a colon alone never opens on a quote */
    int ok = (all_caps && long_caps) || agency || region || sep == '_' ||
             (sep == ':' && words >= 2 && !nw.quoted);
    return ok ? body : 0;
}

/* -------------------------------------------------------------- blocks */

/* A run of terminal marks and the closing marks after it. */
typedef struct mark_run {
    int kind;      /* T_PERIOD, T_ELLIPSIS or T_QE */
    int cjk;       /* the last mark is a CJK full stop */
    int closed;    /* 0, CLOSED_PAREN (only ')' follow) or CLOSED_QUOTE
                      (closing quotes or other brackets follow) */
    int32_t last;  /* the last terminal mark */
} mark_run;

/* The run of terminal marks at t[k] ("...", ". . .", "?!", "…"): returns
 * where it ends and fills r's kind, cjk and last. */
static size_t terminal_run(const char *t, size_t k, size_t e, mark_run *r)
{
    int dots = 0, ellipsis = 0, qe = 0, glyph = 0;
    r->cjk = 0;
    r->last = 0;
    while (k < e) {
        size_t l2;
        int32_t d = decode(t, k, e, &l2);
        if (d == ' ' && r->last == '.' && !qe && k + 1 < e &&
            t[k + 1] == '.' &&
            (k + 2 >= e || t[k + 2] == ' ' || t[k + 2] == '.' ||
             t[k + 2] == '\n' || is_closer((unsigned char)t[k + 2]))) {
            k++; /* ". . ." */
            continue;
        }
        if (!is_terminal(d)) break;
        if (d == '.') dots++;
        if (d == 0x2026) ellipsis = glyph = 1;
        if (is_question(d) || is_exclaim(d)) qe = 1;
        r->cjk = is_cjk_terminal(d);
        r->last = d;
        k += l2;
    }
    if (dots >= 2) ellipsis = 1;
    /* "gone.... Investigators", "faded. . . . The": an ellipsis with a
     * full stop of its own ends its sentence as the full stop would */
    if (dots >= 4 || (glyph && r->last == '.')) ellipsis = 0;
    r->kind = qe ? T_QE : ellipsis ? T_ELLIPSIS : T_PERIOD;
    return k;
}

/* The closing quotes and brackets at t[k], which belong to the sentence:
 * returns where they end, sets r->closed and *prev (the last mark passed,
 * or r->last), and closes an open double quote. */
static size_t closers(const char *t, size_t k, size_t e, qstate *q, mark_run *r,
                      int32_t *prev)
{
    r->closed = 0;
    *prev = r->last;
    while (k < e) {
        size_t l2;
        int32_t d = decode(t, k, e, &l2);
        if (d == '\'' && k + 1 < e && t[k + 1] == '\'') {
            d = '"';
            l2 = 2;
        }
        if (!is_closer(d)) {
            /* "euros. » Les", `mai. " Personne`: French sets its closing
             * guillemet, or a straight quote closing an open one, off by a
             * space; one with white space on both sides closes */
            size_t j = skip_space(t, k, e), l3;
            int32_t g = j > k && j < e ? decode(t, j, e, &l3) : 0;
            int closes = g == 0xBB || g == 0x203A || (g == '"' && q->open && q->opener == '"');
            if (!closes || (j + l3 < e && !text_space_len(t + j + l3, e - j - l3)))
                break;
            d = g;
            k = j;
            l2 = l3;
        }
        if (d == '"' || d == 0x201D || d == 0x201C || d == 0xBB ||
            d == 0xAB || d == 0x300D || d == 0x300F) {
            q->open = 0;
        }
        r->closed = d == ')' && r->closed != CLOSED_QUOTE ? CLOSED_PAREN : CLOSED_QUOTE;
        *prev = d;
        k += l2;
    }
    return k;
}

/* `…as he wrote [...]" (Jones 12).`: a parenthesis after a closing quote
 * that the sentence's own full stop follows is its citation. */
static int citation_follows(const char *t, size_t k, size_t e)
{
    size_t i = skip_space(t, k, e);
    if (i >= e || t[i] != '(') return 0;
    for (size_t j = i + 1; j < e && j - i < 80; j++) {
        if (t[j] == '(' || t[j] == '.' || t[j] == '!' || t[j] == '?') return 0;
        if (t[j] == ')') return j + 1 < e && (t[j + 1] == '.' || t[j + 1] == ',' || t[j + 1] == ';');
    }
    return 0;
}

/* "in 1920.[2] He", "gone.[a][3]": reference marks set right after a
 * stop (a number of 1-3 digits or one lowercase letter in brackets) belong
 * to its sentence.  Where they end, or k when none is there. */
static size_t reference_marks(const char *t, size_t k, size_t e)
{
    for (;;) {
        size_t j = k + 1;
        if (j >= e || t[k] != '[') return k;
        if (t[j] >= 'a' && t[j] <= 'z') {
            j++;
        } else {
            while (j < e && j - k <= 3 && t[j] >= '0' && t[j] <= '9') j++;
            if (j == k + 1 || j - k > 4) return k;
        }
        if (j >= e || t[j] != ']') return k;
        k = j + 1;
    }
}

/* Does the run r of the mark at t[i], followed by white space at t[k],
 * end the sentence?  s: the block's start, e: its end. */
static int run_breaks(const split_lang *sl, const char *t, size_t s, size_t i, size_t k,
                      size_t e, const mark_run *r)
{
    next_word nw;
    look_ahead(t, k, e, &nw);
    if (r->cjk) return nw.cls != W_NONE;
    if (r->closed && nw.paren && citation_follows(t, k, e)) return 0;
    if (r->kind == T_PERIOD) return period_breaks(sl, t, s, i, r->closed, &nw, e);
    if (r->kind == T_ELLIPSIS && !r->closed) return starter(sl, t, &nw, e);
    /* `?" Smith asked`, `..." Hailey recalled`: a quote and its attribution */
    if (nw.cls == W_UPPER)
        return !r->closed || starter(sl, t, &nw, e) || !speech_follows(sl, t, &nw, e);
    return nw.cls == W_DIGIT;
}

/* The word of letters before t[i] (white space between them skipped, none
 * before t[s]) has one of the ABBREV_* flags `mask`. */
static int word_before_is(const split_lang *sl, const char *t, size_t s, size_t i,
                          unsigned mask)
{
    size_t pe = i, w, len;
    while (pe > s && (w = text_space_len_before(t + s, pe - s)) != 0) pe -= w;
    size_t pb = pe;
    while (pb > s && pe - pb < TOKEN_MAX) {
        size_t q = text_prev(t, s, pb);
        if (!is_letter(decode(t, q, pe, &len))) break;
        pb = q;
    }
    return pb < pe && (abbrev_flags(sl, t + pb, pe - pb) & mask) != 0;
}

/* "; Volvería a presentarse", "; Pensez cependant": where the language goes
 * on in lowercase after a colon (@colonlower), and so after a semicolon,
 * and writes its nouns in lowercase, a capitalised word after a semicolon
 * that is no starter is a name or opens a sentence; before a lowercase
 * word it opens one (a list of names goes on with a comma or a
 * capital: "Lyon; Marie Curie, Paris").  Returns k (where the sentence
 * before ends) or 0. */
static size_t semicolon_clause(const char *t, const next_word *nw, size_t k, size_t e)
{
    size_t len;
    if (nw->we >= e || !text_space_len(t + nw->we, e - nw->we)) return 0;
    int lower = 0; /* "UNESCO" is an acronym, "A" an initial */
    for (size_t q = nw->ws; q < nw->we && !lower; q += len)
        lower = text_is_lower(decode(t, q, nw->we, &len));
    if (!lower) return 0;
    size_t j = skip_space(t, nw->we, e);
    return j < e && text_is_lower(decode(t, j, e, &len)) ? k : 0;
}

/* Where a mark inside a line ends a sentence that has no full stop, or 0:
 *   - "; En 1990": a semicolon joins clauses, and the clause after it starts
 *     in lowercase in every language brief reads; a capitalised sentence
 *     starter after one (or "; ¿Cómo") opens a new sentence or list item,
 *     and where the language writes lowercase after a colon (French,
 *     Spanish) so does any other capitalised word before a lowercase one
 *     ("; Volvería a"; semicolon_clause);
 *   - "au total : Il reste": where the language goes on in lowercase after
 *     a colon (@colonlower: French, Spanish), a capitalised pronoun or
 *     opener after one opens a sentence, but for speech a speech verb
 *     announces ("a dit : Il faut");
 *   - "super ;-) Heute", "danke :) Wir": an emoticon set off by a space
 *     closes its sentence in web and reader text, before any capital.
 * t[i] is the mark, prev the character before it, lo the sentence's start. */
static size_t inline_break(const split_lang *sl, const char *t, size_t lo, size_t i,
                           size_t e, int32_t prev)
{
    size_t k = i + 1;
    if (t[i] == ':' || t[i] == ';') {
        if (k < e && t[k] == '-') k++;
        if (text_is_space(prev) && k < e &&
            (t[k] == ')' || t[k] == '(' || t[k] == 'D' || t[k] == 'P'))
            k++;
        else if (t[i] == ':' && !abbrev_colonlower(sl))
            return 0;
        else
            k = i + 1;
    } else {
        return 0;
    }
    if (k >= e || !text_space_len(t + k, e - k)) return 0;
    next_word nw;
    look_ahead(t, k, e, &nw);
    if (nw.cls != W_UPPER) return 0;
    if (k > i + 1) return k; /* an emoticon */
    /* `asks; "Who`: speech a semicolon introduces.  `Walder; May, Tait`,
     * `(Wales); A Lo Cicero`: a list of names, where a starter's spelling
     * is a name or an initial.  A clause goes on in lowercase or with a
     * number ("; Depuis, il", "; En 1975"), or with a name or a noun
     * ("; En Francia", "; Die Stadt") except where titles are in title
     * case ("Jaws; The Deep; Alien") */
    if (nw.quoted) return 0;
    if (!starter(sl, t, &nw, e))
        return t[i] == ';' && abbrev_colonlower(sl) ? semicolon_clause(t, &nw, k, e) : 0;
    /* "au total : Il reste": where a colon goes on in lowercase, a
     * capitalised pronoun or opener before a lowercase word or a comma
     * opens a sentence, unless a speech verb announces it ("a dit : Il
     * faut", speech without marks) */
    if (t[i] == ':' &&
        (!(abbrev_flags(sl, t + nw.ws, nw.we - nw.ws) & (ABBREV_PRONOUN | ABBREV_OPENER)) ||
         word_before_is(sl, t, lo, i, ABBREV_SPEECH)))
        return 0;
    /* "; L'usine ferma": an elided starter runs into its next word */
    if (elision_mark(t, nw.we, e)) return k;
    size_t j = nw.we, len;
    int comma = j < e && t[j] == ',';
    j = skip_space(t, j + (size_t)comma, e);
    if (j == nw.we + (size_t)comma || j >= e) return 0;
    int32_t c = decode(t, j, e, &len);
    if (text_is_lower(c) || (c >= '0' && c <= '9')) return k;
    return !comma && text_is_upper(c) && nw.we - nw.ws > 1 && !abbrev_titlecase(sl) ? k : 0;
}

/* "... en 2008 Elle a", "sehr teuer Wir sind", "am Bahnhof Leider
 * kein", "del puerto Asimismo, el": at t[i], a capitalised pronoun
 * (ABBREV_PRONOUN) before a lowercase word, or a capitalised sentence
 * adverb (ABBREV_OPENER) before a lowercase word or a comma, not in
 * capitals, right after a word or a number with no punctuation (`before`,
 * the last character before the white space): both are written in
 * lowercase inside a sentence, so a sentence starts here and the one
 * before lacks its stop.  A colon, a comma or a quote before it, a
 * capital after it ("Il Postino"), or an article, a preposition or a
 * conjunction before it (ABBREV_NONFINAL, ABBREV_CONJ: "par Enfin
 * seuls", a title) keeps it inside its sentence. */
static int pronoun_starts(const split_lang *sl, const char *t, size_t s, size_t i,
                          size_t e, int32_t before)
{
    if (!(text_is_lower(before) || (before >= '0' && before <= '9') || before == ')'))
        return 0;
    size_t we = word_end(t, i, e, NULL), len;
    if (we >= e || we - i > 20) return 0;
    int lower = 0;
    for (size_t k = i + 1; k < we && !lower; k += len)
        lower = text_is_lower(decode(t, k, we, &len));
    if (!lower) return 0;
    unsigned f = abbrev_flags(sl, t + i, we - i);
    if (!(f & (ABBREV_PRONOUN | ABBREV_OPENER))) return 0;
    if ((f & ABBREV_OPENER) && t[we] == ',') {
        if (we + 1 >= e || !text_space_len(t + we + 1, e - we - 1)) return 0;
    } else {
        if (!text_space_len(t + we, e - we)) return 0;
        size_t j = skip_space(t, we, e);
        if (j >= e) return 0;
        size_t nwe = word_end(t, j, e, NULL);
        if (!(nwe > j && text_is_lower(decode(t, j, e, &len)))) return 0;
    }
    /* "un film par Enfin seuls": after an article, a preposition
     * or a conjunction the phrase goes on (a title, a name) */
    return !word_before_is(sl, t, s, i, ABBREV_NONFINAL | ABBREV_CONJ);
}

/* "ZUM GLÜCK GEÖFFNET Die Küche", "BREAKING NEWS UPDATE Police said": a
 * sentence that is so far all capitals, three words or more, is a heading
 * in capitals run into the text; a word in mixed case after it starts the
 * sentence.  Followed incrementally from the sentence's start, so the scan
 * stays linear. */
typedef struct caps_run {
    size_t start, pos;  /* the sentence it follows; scanned up to pos */
    int lower;          /* a lowercase letter was seen */
    int words;          /* words of letters so far */
    int in_word;
} caps_run;

static int caps_heading(caps_run *cr, const char *t, size_t start, size_t i)
{
    if (cr->start != start || cr->pos > i || cr->pos < start) {
        *cr = (caps_run){ start, start, 0, 0, 0 };
    }
    while (cr->pos < i && !cr->lower) {
        size_t len;
        int32_t c = decode(t, cr->pos, i, &len);
        if (is_letter(c)) {
            if (text_is_lower(c)) cr->lower = 1;
            if (!cr->in_word) cr->words++;
            cr->in_word = 1;
        } else if (text_is_space(c)) {
            cr->in_word = 0;
        }
        cr->pos += len;
    }
    return !cr->lower && cr->words >= 3;
}

/* The word at t[i] is in mixed case: a capital, then a lowercase letter. */
static int mixed_case(const char *t, size_t i, size_t e)
{
    size_t len;
    if (!text_is_upper(decode(t, i, e, &len)) || i + len >= e) return 0;
    return text_is_lower(decode(t, i + len, e, &len));
}

static brief_status split_block(out_vec *o, const split_lang *sl,
                                const char *t, const block *b)
{
    size_t s = b->start, e = b->end;
    uint32_t base = b->kind == BLOCK_BULLET ? SPAN_BULLET : 0;
    uint32_t carry = 0;
    size_t i = skip_space(t, s, e);
    if (b->kind == BLOCK_BODY) {
        size_t d = dateline_end(t, i, e);
        if (d) {
            i = d;
            carry = SPAN_DATELINE;
        }
    }
    size_t start = i, last_ws = 0;
    qstate q = { 0, 0 };
    int32_t prev = 0, before_ws = 0;
    caps_run caps = { SIZE_MAX, 0, 0, 0, 0 };
    brief_status st = find_lists(o, sl, t, i, e);
    if (st != BRIEF_OK) return st;
    /* no list: v may be NULL, and NULL + 0 is no pointer arithmetic C allows */
    const list_mark *lm = o->lists.v, *lm_end = lm ? lm + o->lists.n : lm;

    while (i < e) {
        size_t len;
        int32_t c = decode(t, i, e, &len);

        while (lm < lm_end && lm->end <= i) lm++;
        if (lm < lm_end && lm->unit <= i) {
            /* a list item: broken off what precedes it; its marker's
             * marks are no boundary */
            if (lm->unit == i && lm->split && i > start) {
                st = emit(o, t, start, i, b->para, base | carry, 0);
                if (st != BRIEF_OK) return st;
                start = i;
                carry = q.open ? SPAN_IN_QUOTE : 0;
                last_ws = 0;
            }
            prev = c;
            i += len;
            continue;
        }

        if (i > start && i - start >= SPLIT_MAX_SENTENCE &&
            (last_ws > start || text_is_space(c))) {
            size_t cut = last_ws > start ? last_ws : i;
            st = emit(o, t, start, cut, b->para,
                      base | carry | SPAN_CUT | SPAN_UNFINISHED, 0);
            if (st != BRIEF_OK) return st;
            start = skip_space(t, cut, e);
            carry = q.open ? SPAN_IN_QUOTE : 0;
            last_ws = 0;
        }
        if (text_is_space(c)) {
            if (!text_is_space(prev)) before_ws = prev;
            last_ws = i;
            prev = c;
            i += len;
            continue;
        }
        if (c == '\'' && i + 1 < e && t[i + 1] == '\'') {
            c = '"';
            len = 2;
        } else if (c == '`' && i + 1 < e && t[i + 1] == '`') {
            len = 2;
        }
        if (text_is_space(prev) && i > start && text_is_upper(c) &&
            (pronoun_starts(sl, t, start, i, e, before_ws) ||
             (text_is_upper(before_ws) && mixed_case(t, i, e) &&
              caps_heading(&caps, t, start, i)))) {
            st = emit(o, t, start, i, b->para, base | carry, 1);
            if (st != BRIEF_OK) return st;
            start = i;
            carry = q.open ? SPAN_IN_QUOTE : 0;
            last_ws = 0;
        }
        if (!is_terminal(c)) {
            size_t ib = (c == ';' || c == ':') ? inline_break(sl, t, start, i, e, prev) : 0;
            if (ib) {
                st = emit(o, t, start, ib, b->para, base | carry, 0);
                if (st != BRIEF_OK) return st;
                start = skip_space(t, ib, e);
                carry = q.open ? SPAN_IN_QUOTE : 0;
                last_ws = 0;
                prev = (unsigned char)t[ib - 1];
                i = ib;
                continue;
            }
            if (is_quote(c) && !(c == '`' && len != 2)) {
                size_t nl;
                int32_t next = i + len < e ? decode(t, i + len, e, &nl) : 0;
                quote_event(&q, c, prev, next);
            }
            prev = c;
            i += len;
            continue;
        }

        mark_run r;
        size_t k = terminal_run(t, i, e, &r);
        /* "has grown [...] beyond", "(…)": the brackets of an omission are
         * part of it, not the close of a sentence */
        if (r.kind == T_ELLIPSIS && i > s && k < e &&
            ((t[i - 1] == '[' && t[k] == ']') || (t[i - 1] == '(' && t[k] == ')')))
            k++;
        k = closers(t, k, e, &q, &r, &prev);
        size_t refs = reference_marks(t, k, e);
        if (refs > k && (refs >= e || text_space_len(t + refs, e - refs))) {
            k = refs;
            prev = ']';
        }
        size_t l3 = 0;
        int32_t after = k < e ? decode(t, k, e, &l3) : 0;
        if (k < e && !text_is_space(after) && !r.cjk) {
            i = k;
            continue;
        }
        if (k >= e) break; /* the block's end closes the sentence */
        if (run_breaks(sl, t, s, i, k, e, &r)) {
            st = emit(o, t, start, k, b->para, base | carry, 0);
            if (st != BRIEF_OK) return st;
            start = skip_space(t, k, e);
            carry = q.open ? SPAN_IN_QUOTE : 0;
            last_ws = 0;
        }
        i = k;
    }
    return emit(o, t, start, e, b->para, base | carry, 1);
}

brief_status split_sentences(arena *ar, const split_lang *sl, const char *text,
                             const block *blocks, size_t nblocks,
                             span **spans, size_t *n)
{
    if (!ar || !spans || !n || (nblocks && (!text || !blocks)))
        return BRIEF_EINVAL;
    *spans = NULL;
    *n = 0;
    out_vec o = { ar, NULL, 0, 0, { NULL, 0, 0, NULL, 0, 0 } };
    for (size_t i = 0; i < nblocks; i++) {
        if (blocks[i].kind != BLOCK_BODY && blocks[i].kind != BLOCK_BULLET)
            continue;
        if (blocks[i].end <= blocks[i].start) continue;
        brief_status st = split_block(&o, sl, text, &blocks[i]);
        if (st != BRIEF_OK) return st;
    }
    *spans = o.v;
    *n = o.n;
    return BRIEF_OK;
}
