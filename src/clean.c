/*
 * clean.c - stage 2: the body of a decoded document as blocks (paragraphs,
 * headings, bullets, boilerplate), each with byte offsets into the text.
 *
 * Pass 1 reads lines and groups them.  A blank line always ends a block.
 * Consecutive lines join into one paragraph when the first does not end
 * like a sentence and the second continues it (starts in lower case), or
 * when the whole text is hard-wrapped (most lines 40-100 bytes) and the
 * first line is nearly full.  A paragraph starting in lower case after a
 * blank line continues the one before when that one was cut off.
 * Otherwise each line is its own block, which is right for wire copy that
 * puts one paragraph per line (DUC/NYT) and web text without blank lines.
 * A single line that is short and has no final punctuation is a heading; a
 * line repeating the title is a heading; a line opening with a bullet
 * marker is a bullet ("1." or "1)" only in a run of numbers: alone it
 * starts a sentence or a heading); a line matching data/boilerplate.txt is boilerplate
 * (the pattern syntax is documented in that file).
 *
 * Pass 2 looks at the sequence of blocks: the short lines and bullets after
 * a "Related:"-style header are a link list; and once story text has been
 * followed by a page footer (a footer pattern such as "Share this post", or
 * three boilerplate lines in a row), each following run of blocks between
 * boilerplate lines is a teaser for another story when it is built like
 * one - a line printed twice in a row (headline over headline), only
 * headings, or a last paragraph cut off without final punctuation - or
 * is a list of teasers with nothing between them (two or more units of a
 * headline over one short excerpt, shorter than the story above).  The
 * first run that reads like ordinary story text ends the footer.
 *
 * `para` numbers the story blocks (body, bullet, heading) from 0;
 * a boilerplate block carries the number of the next story block.
 *
 * Limits: patterns are tried only on lines of at most MAX_PATTERN_LINE
 * bytes.  Cost: linear in the text; per short line, only the patterns that
 * can match its first byte are tried.
 */
#include "clean.h"

#include <string.h>
#include <utf8proc.h>

#include "data.h"
#include "text.h"

#ifndef __STDC_NO_THREADS__
#include <threads.h>
#else
#include <pthread.h>
#endif

/* Boilerplate lines are short; the longest in the samples ("Join our
 * community and get notified about upcoming stories") is 59 bytes, photo
 * credits reach ~150.  200 keeps real paragraphs out of reach. */
#define MAX_PATTERN_LINE 200
/* A heading: at most 12 words and 150 bytes (section heads in the samples
 * have 2-7 words; BBC and web titles up to 12). */
#define HEADING_MAX_WORDS 12
#define HEADING_MAX_BYTES 150
/* "Key Points:" is a label; a longer line ending in ':' introduces text. */
#define LABEL_MAX_WORDS 6
/* In a link list, lines up to this many words without final punctuation
 * are links. */
#define LINK_MAX_WORDS 12
/* Boilerplate lines in a row that make a page footer. */
#define FOOTER_RUN 3
/* Blocks of one teaser: headline, repeated headline, cut-off paragraph
 * (samples/004). */
#define TEASER_MAX_BLOCKS 3
/* A teaser's excerpt is a sentence or two. */
#define TEASER_MAX_BYTES 400

enum { PAT_NONE = 0, PAT_LINE, PAT_FOOTER, PAT_LIST };
enum { END_NONE = 0, END_SENT, END_COLON, END_OTHER };

typedef struct pattern {
    const char *p;
    size_t n;
    size_t minlen, maxlen; /* bytes of a matching line (SIZE_MAX: unbounded) */
    unsigned char kind;
} pattern;

typedef struct patset {
    pattern *v;
    size_t n;
    /* Patterns that can match a line starting with byte b:
     * idx[start[b] .. start[b + 1]). */
    uint16_t *idx;
    size_t start[257];
} patset;

typedef struct line {
    size_t s, e;  /* trimmed content */
    size_t cs;    /* content after a bullet marker, == s when none */
    uint32_t words;
    unsigned char blank, bullet, pat, end, lower;
    uint16_t num;      /* the number of a "1." or "12)" marker, 0 when none */
    char num_mark;     /* its '.' or ')' */
} line;

typedef struct meta {
    unsigned char pat, end, title;
    uint32_t words;
    size_t line_start; /* block start including a bullet marker */
    uint16_t num;      /* as in line, for a bullet block */
    char num_mark;
    unsigned char head; /* a heading, were its number not a marker */
} meta;

static unsigned char lc(unsigned char c)
{
    return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c;
}

/* ---- patterns -------------------------------------------------------- */

static int class_has(const char *p, size_t n, unsigned char c);

/* Could pattern p[0..n) match a line whose first byte is b? */
static int can_start(const char *p, size_t n, unsigned char b)
{
    if (n == 0) return 0;
    unsigned char c = (unsigned char)p[0];
    if (c == '*') return 1;
    if (c == '\'') return b == '\'' || b == 0xE2;
    if (c == '[') {
        const char *q = p + 1, *pe = p + n;
        while (q < pe && *q != ']') q += (*q == '\\' && q + 1 < pe) ? 2 : 1;
        return q < pe && class_has(p + 1, (size_t)(q - p - 1), b);
    }
    if (c == '\\' && n > 1) c = (unsigned char)p[1];
    return lc(c) == lc(b);
}

/* The shortest and longest line a pattern can match: most lines are
 * ruled out by their length alone, without running the matcher. */
static void pattern_bounds(pattern *pt)
{
    size_t lo = 0, hi = 0;
    const char *p = pt->p, *pe = pt->p + pt->n;
    while (p < pe) {
        if (*p == '*') {
            hi = SIZE_MAX;
            p++;
        } else if (*p == '[') {
            while (p < pe && *p != ']') p += (*p == '\\' && p + 1 < pe) ? 2 : 1;
            if (p < pe) p++;
            lo++;
            if (p < pe && *p == '+') {
                hi = SIZE_MAX;
                p++;
            } else if (hi != SIZE_MAX) {
                hi++;
            }
        } else if (*p == ' ') {
            lo++;
            hi = SIZE_MAX;
            p++;
        } else if (*p == '\'') {
            lo++;
            if (hi != SIZE_MAX) hi += 3;
            p++;
        } else {
            p += (*p == '\\' && p + 1 < pe) ? 2 : 1;
            lo++;
            if (hi != SIZE_MAX) hi++;
        }
    }
    pt->minlen = lo;
    pt->maxlen = hi;
}

/* Calls fn(b, ud) for every first byte b a line matching pt can have. */
static void each_start(const pattern *pt, void (*fn)(unsigned char, void *), void *ud)
{
    unsigned char c = (unsigned char)pt->p[0];
    if (c == '*' || c == '[' || c == '\'') {
        for (int b = 0; b < 256; b++)
            if (can_start(pt->p, pt->n, (unsigned char)b)) fn((unsigned char)b, ud);
        return;
    }
    if (c == '\\' && pt->n > 1) c = (unsigned char)pt->p[1];
    unsigned char l = lc(c), u = (l >= 'a' && l <= 'z') ? (unsigned char)(l - 'a' + 'A') : l;
    fn(l, ud);
    if (u != l) fn(u, ud);
}

static void count_byte(unsigned char b, void *ud) { ((size_t *)ud)[b]++; }

typedef struct filler {
    uint16_t *idx;
    size_t *pos;
    uint16_t pattern;
} filler;

static void fill_byte(unsigned char b, void *ud)
{
    filler *f = ud;
    f->idx[f->pos[b]++] = f->pattern;
}

/* The pattern set is built once per process from the compiled-in data,
 * under call_once, into static storage, and only read afterwards: building
 * it for every document cost a tenth of a daily run and 12 KB of each
 * story's arena per article.  The data file has a few hundred patterns;
 * a file beyond these bounds is refused (BRIEF_EFORMAT), not cut. */
#define MAX_PATTERNS 4096
#define MAX_PATTERN_STARTS 65536

static pattern pattern_store[MAX_PATTERNS];
static uint16_t pattern_index[MAX_PATTERN_STARTS];
static patset patterns;
static brief_status patterns_status;

static void build_patterns(void)
{
    patset *ps = &patterns;
    ps->v = pattern_store;
    ps->idx = pattern_index;
    size_t len = 0;
    const char *bytes = data_find("data/boilerplate.txt", &len);
    if (!bytes) return; /* no data: nothing is boilerplate */
    data_lines it;
    const char *l;
    size_t ln, k = 0;
    data_lines_init(&it, bytes, len);
    while (data_lines_next(&it, &l, &ln)) {
        pattern pt = {l, ln, 0, 0, PAT_LINE};
        if (ln >= 2 && (l[0] == '!' || l[0] == '>') && l[1] == ' ') {
            pt.kind = l[0] == '!' ? PAT_FOOTER : PAT_LIST;
            pt.p = l + 2;
            pt.n = ln - 2;
            while (pt.n && *pt.p == ' ') {
                pt.p++;
                pt.n--;
            }
        }
        if (!pt.n) continue;
        if (k == MAX_PATTERNS) {
            patterns_status = BRIEF_EFORMAT;
            return;
        }
        pattern_bounds(&pt);
        ps->v[k++] = pt;
    }
    /* Counting sort of (first byte, pattern) pairs.  A literal start gives
     * two bytes (both cases); only the few patterns opening with a class
     * or a wildcard are tested against all 256. */
    size_t cnt[257] = {0};
    for (size_t i = 0; i < k; i++) each_start(&ps->v[i], count_byte, cnt);
    size_t total = 0;
    for (int b = 0; b < 256; b++) {
        ps->start[b] = total;
        total += cnt[b];
        cnt[b] = ps->start[b]; /* now the fill position */
    }
    ps->start[256] = total;
    if (total > MAX_PATTERN_STARTS) {
        patterns_status = BRIEF_EFORMAT;
        return;
    }
    filler f = {ps->idx, cnt, 0};
    for (size_t i = 0; i < k; i++) {
        f.pattern = (uint16_t)i;
        each_start(&ps->v[i], fill_byte, &f);
    }
    ps->n = k;
}

#ifndef __STDC_NO_THREADS__
static once_flag patterns_once = ONCE_FLAG_INIT;
static void patterns_init(void) { call_once(&patterns_once, build_patterns); }
#else
static pthread_once_t patterns_once = PTHREAD_ONCE_INIT;
static void patterns_init(void) { pthread_once(&patterns_once, build_patterns); }
#endif

/* White space other than LF (which ends lines) at s: its length or 0.
 * ASCII inline: word counts and trimming call this on every byte. */
static inline size_t ws_len(const char *s, const char *e)
{
    if (s >= e) return 0;
    unsigned char c = (unsigned char)*s;
    if (c < 0x80) return c != '\n' && text_is_space_byte(c);
    return text_space_len(s, (size_t)(e - s));
}

/* Does byte c belong to the class p[0..n) (the text between [ and ])? */
static int class_has(const char *p, size_t n, unsigned char c)
{
    int letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)p[i];
        if (a == '\\' && i + 1 < n) a = (unsigned char)p[++i];
        if (i + 2 < n && p[i + 1] == '-') {
            unsigned char b = (unsigned char)p[i + 2];
            if ((a == 'a' && b == 'z') || (a == 'A' && b == 'Z')) letters = 1;
            if (c >= a && c <= b) return 1;
            i += 2;
            continue;
        }
        if (c == a) return 1;
    }
    return letters && c >= 0x80;
}

static int glob(const char *p, const char *pe, const char *s, const char *se)
{
    while (p < pe) {
        unsigned char c = (unsigned char)*p;
        if (c == '*') {
            while (p < pe && *p == '*') p++;
            if (p == pe) return 1;
            unsigned char nx = (unsigned char)*p;
            int plain = nx != '[' && nx != ' ' && nx != '\'' && nx != '\\';
            for (const char *t = s; t <= se; t++) {
                if (plain && (t == se || lc((unsigned char)*t) != lc(nx))) continue;
                if (nx == ' ' && !ws_len(t, se)) continue;
                if (glob(p, pe, t, se)) return 1;
            }
            return 0;
        }
        if (c == '[') {
            const char *q = p + 1;
            while (q < pe && *q != ']') q += (*q == '\\' && q + 1 < pe) ? 2 : 1;
            if (q >= pe) return 0; /* malformed: never matches */
            const char *cls = p + 1;
            size_t cn = (size_t)(q - cls);
            int plus = q + 1 < pe && q[1] == '+';
            const char *rest = q + 1 + plus;
            if (s >= se || !class_has(cls, cn, (unsigned char)*s)) return 0;
            if (!plus) {
                s++;
                p = rest;
                continue;
            }
            const char *t = s + 1;
            while (t < se && class_has(cls, cn, (unsigned char)*t)) t++;
            for (; t > s; t--)
                if (glob(rest, pe, t, se)) return 1;
            return 0;
        }
        if (c == ' ') {
            size_t w = ws_len(s, se);
            if (!w) return 0;
            while ((w = ws_len(s, se)) != 0) s += w;
            p++;
            continue;
        }
        if (c == '\'') {
            if (s < se && *s == '\'') {
                s++;
            } else if (se - s >= 3 && (unsigned char)s[0] == 0xE2 &&
                       (unsigned char)s[1] == 0x80 &&
                       ((unsigned char)s[2] == 0x98 || (unsigned char)s[2] == 0x99)) {
                s += 3;
            } else {
                return 0;
            }
            p++;
            continue;
        }
        if (c == '\\' && p + 1 < pe) c = (unsigned char)*++p;
        if (s >= se || lc((unsigned char)*s) != lc(c)) return 0;
        s++;
        p++;
    }
    return s == se;
}

/* The strongest kind of pattern matching t[s..e), or PAT_NONE. */
static unsigned char match(const patset *ps, const char *t, size_t s, size_t e)
{
    if (e <= s || e - s > MAX_PATTERN_LINE || ps->n == 0) return PAT_NONE;
    unsigned char best = PAT_NONE, b = (unsigned char)t[s];
    for (size_t i = ps->start[b]; i < ps->start[b + 1]; i++) {
        const pattern *pt = &ps->v[ps->idx[i]];
        if (e - s < pt->minlen || e - s > pt->maxlen) continue;
        if (pt->kind > best && glob(pt->p, pt->p + pt->n, t + s, t + e)) best = pt->kind;
    }
    return best;
}

/* ---- lines ------------------------------------------------------------ */

/* Words are only compared with small limits (headings, links), so
 * counting stops past WORDS_CAP: long paragraphs cost nothing. */
#define WORDS_CAP 16

static uint32_t count_words(const char *t, size_t s, size_t e)
{
    uint32_t w = 0;
    int in = 0;
    for (size_t i = s; i < e && w <= WORDS_CAP;) {
        size_t k = ws_len(t + i, t + e);
        if (k || t[i] == '\n') {
            in = 0;
            i += k ? k : 1;
            continue;
        }
        if (!in) w++;
        in = 1;
        i++;
    }
    return w;
}

/* Length of the closing mark that ends t[s..e), or 0: an ASCII quote,
 * apostrophe or bracket, or any quotation mark or closing bracket of
 * Unicode (categories Pi, Pf, Pe) - the closing quote of one convention is
 * the opening one of another: German "…“ and ‚…‘, Danish »…«. */
static size_t closing_mark_len(const char *t, size_t s, size_t e)
{
    const unsigned char *u = (const unsigned char *)t;
    unsigned char c = u[e - 1];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '`') return 1;
    if (c < 0x80) return 0;
    size_t b = text_prev(t, s, e);
    int32_t cp;
    if (text_decode(t + b, e - b, &cp) != e - b) return 0;
    utf8proc_category_t k = utf8proc_category(cp);
    return k == UTF8PROC_CATEGORY_PI || k == UTF8PROC_CATEGORY_PF ||
                   k == UTF8PROC_CATEGORY_PE
               ? e - b
               : 0;
}

/* How the span ends: a sentence (. ! ? … possibly inside closing quotes or
 * brackets), a colon, other punctuation that continues (; ,), or none. */
static unsigned char end_class(const char *t, size_t s, size_t e)
{
    const unsigned char *u = (const unsigned char *)t;
    size_t k;
    while (e > s && (k = closing_mark_len(t, s, e)) != 0) e -= k;
    if (e == s) return END_NONE;
    unsigned char c = u[e - 1];
    if (c == '.' || c == '!' || c == '?') return END_SENT;
    if (e - s >= 3 && u[e - 3] == 0xE2 && u[e - 2] == 0x80 && u[e - 1] == 0xA6)
        return END_SENT;
    if (c == ':') return END_COLON;
    if (c == ';' || c == ',') return END_OTHER;
    return END_NONE;
}

/* Whether t[s..e) opens with a lower-case word: not a name written in
 * camel case ("iTunes", "eBay"), whose capital comes later, which opens
 * a headline as readily as any name. */
static int starts_lower(const char *t, size_t s, size_t e)
{
    size_t p = s;
    int first = 1;
    while (p < e) {
        int32_t cp;
        size_t n = text_decode(t + p, e - p, &cp); /* U+FFFD, no letter, when invalid */
        utf8proc_category_t cat = utf8proc_category(cp);
        if (first && cat != UTF8PROC_CATEGORY_LL) return 0;
        if (!first && cat == UTF8PROC_CATEGORY_LU) return 0;
        if (cat != UTF8PROC_CATEGORY_LL && cat != UTF8PROC_CATEGORY_LU) break;
        first = 0;
        p += n ? n : 1;
    }
    return !first;
}

/* Length of a bullet marker and the spaces after it at t[s..e), or 0.
 * For "1." or "12)", *num receives the number and *mark its '.' or ')'
 * (*num 0 for other markers). */
static size_t bullet_len(const char *t, size_t s, size_t e, uint16_t *num, char *mark)
{
    *num = 0;
    *mark = 0;
    static const char marks[][4] = {
        "\xE2\x80\xA2", /* • */ "\xC2\xB7",     /* · */ "-", "*",
        "\xE2\x80\x93", /* – */ "\xE2\x80\x94", /* — */
        "\xE2\x96\xAA", /* ▪ */ "\xE2\x97\xA6", /* ◦ */
        "\xE2\x96\xBA", /* ► */ "\xE2\x80\xA3", /* ‣ */
        "\xE2\x97\x8F", /* ● */ "\xE2\x96\xA0", /* ■ */
    };
    size_t m = 0;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        if (t[s] != marks[i][0]) continue;
        size_t n = strlen(marks[i]);
        if (e - s > n && memcmp(t + s, marks[i], n) == 0) {
            m = n;
            break;
        }
    }
    if (!m) { /* "1." or "12)" */
        size_t d = s;
        uint16_t v = 0;
        while (d < e && d - s < 3 && t[d] >= '0' && t[d] <= '9')
            v = (uint16_t)(v * 10 + (t[d++] - '0'));
        if (d > s && d < e && (t[d] == '.' || t[d] == ')')) {
            m = d + 1 - s;
            *num = v ? v : 1000; /* "0." is a marker, next to no other */
            *mark = t[d];
        }
    }
    size_t k = s + m, w = m ? ws_len(t + k, t + e) : 0;
    if (!w) {
        *num = 0;
        return 0;
    }
    while ((w = ws_len(t + k, t + e)) != 0) k += w;
    if (k < e) return k - s;
    *num = 0;
    return 0;
}

/* Does t[s..e), whitespace folded, equal the (folded) title? */
static int same_as_title(const char *t, size_t s, size_t e, const char *title)
{
    size_t i = s;
    const char *q = title;
    while (i < e && *q) {
        size_t w = ws_len(t + i, t + e);
        if (w || t[i] == '\n') {
            if (*q != ' ') return 0;
            while (i < e && ((w = ws_len(t + i, t + e)) != 0 || t[i] == '\n')) i += w ? w : 1;
            q++;
            continue;
        }
        if (t[i] != *q) return 0;
        i++;
        q++;
    }
    return i == e && *q == '\0';
}

/* t[s..e) opens with a quotation mark: an ASCII one, or one of Unicode's
 * initial quotes (Pi), or the German and Danish openers „ ‚ ». */
static int opens_quote(const char *t, size_t s, size_t e)
{
    if (s >= e) return 0;
    if (t[s] == '"') return 1;
    int32_t cp;
    text_decode(t + s, e - s, &cp);
    return utf8proc_category(cp) == UTF8PROC_CATEGORY_PI || cp == 0x201E || cp == 0x201A ||
           cp == 0xBB;
}

static int headlike(const line *l)
{
    if (l->bullet || l->words > HEADING_MAX_WORDS || l->e - l->s > HEADING_MAX_BYTES)
        return 0;
    if (l->end == END_NONE) return 1;
    return l->end == END_COLON && l->words <= LABEL_MAX_WORDS;
}

/* Lines are read one at a time with one line of lookahead, never stored:
 * memory stays proportional to the blocks, not to the lines. */
typedef struct line_reader {
    const char *t;
    size_t len, p;
    const patset *ps; /* NULL: lengths only (for wrap_width) */
} line_reader;

static int next_line(line_reader *r, line *l)
{
    const char *t = r->t;
    if (r->p >= r->len) return 0;
    const char *nl = memchr(t + r->p, '\n', r->len - r->p);
    size_t e = nl ? (size_t)(nl - t) : r->len, s = r->p, w;
    r->p = nl ? e + 1 : r->len;
    while ((w = ws_len(t + s, t + e)) != 0) s += w;
    while (e > s && (w = text_space_len_before(t + s, e - s)) != 0) e -= w;
    memset(l, 0, sizeof *l);
    l->s = s;
    l->e = e;
    l->cs = s;
    if (s == e) {
        l->blank = 1;
        return 1;
    }
    if (!r->ps) return 1;
    size_t b = bullet_len(t, s, e, &l->num, &l->num_mark);
    if (b) {
        l->bullet = 1;
        l->cs = s + b;
    }
    l->words = count_words(t, l->cs, e);
    l->end = end_class(t, s, e);
    l->lower = (unsigned char)starts_lower(t, s, e);
    l->pat = match(r->ps, t, s, e);
    if (!l->pat && b) l->pat = match(r->ps, t, l->cs, e);
    return 1;
}

/* Hard-wrapped text: at least 4 lines, 60% of them 40-100 bytes and almost
 * none longer (the 72-80 column wrap of e-mail and plain-text archives).
 * Returns the wrap width, or 0. */
static size_t wrap_width(const char *t, size_t len, size_t p)
{
    line_reader r = {t, len, p, NULL};
    line l;
    size_t lines = 0, mid = 0, longer = 0, width = 0;
    while (next_line(&r, &l)) {
        if (l.blank) continue;
        size_t w = l.e - l.s;
        lines++;
        if (w >= 40 && w <= 100) mid++;
        if (w > 110) longer++;
        if (w <= 100 && w > width) width = w;
    }
    if (lines >= 4 && mid * 10 >= lines * 6 && longer * 20 < lines) return width;
    return 0;
}

static int joins(const line *a, const line *b, size_t wrap)
{
    if (b->blank || b->bullet || a->pat || b->pat) return 0;
    if (a->end == END_SENT || a->end == END_COLON) {
        /* A full line of wrapped text may end a sentence mid-paragraph. */
        return wrap && (a->e - a->s) * 10 >= wrap * 7 && !headlike(a);
    }
    if (b->lower) return 1;
    /* An unpunctuated line before a capital is a full line of wrapped text,
     * or else a paragraph that lacks its full stop (wire copy puts one
     * paragraph per line). */
    return wrap && (a->e - a->s) * 10 >= wrap * 7;
}

/* ---- pass 2 ------------------------------------------------------------ */

static int same_text(const char *t, const block *a, const block *b)
{
    return a->end - a->start == b->end - b->start &&
           memcmp(t + a->start, t + b->start, a->end - a->start) == 0;
}

/* Is blocks[i..j) built like a teaser for another story? */
static int teaser(const char *t, const block *bl, const meta *m, size_t i, size_t j)
{
    int all_head = 1;
    size_t last_body = (size_t)-1;
    for (size_t k = i; k < j; k++) {
        if (k + 1 < j && same_text(t, &bl[k], &bl[k + 1])) return 1;
        if (bl[k].kind != BLOCK_HEADING) all_head = 0;
        if (bl[k].kind == BLOCK_BODY) last_body = k;
    }
    if (all_head) return 1;
    /* A teaser is a headline or two and one paragraph; a longer run that
     * merely ends without a full stop is more likely the story going on. */
    return j - i <= TEASER_MAX_BLOCKS && last_body != (size_t)-1 &&
           m[last_body].end != END_SENT;
}

/* Is blocks[i..j) a list of teasers with nothing between them: units of
 * one or two headlines, each over at most one short excerpt?  Only when
 * the list is shorter than the story before the footer (story_bytes): a
 * share button set inside an article is followed by the article going on,
 * sections headed and all, which is longer. */
static int teaser_list(const block *bl, size_t i, size_t j, size_t story_bytes)
{
    size_t heads = 0, bytes = 0, units = 0;
    for (size_t k = i; k < j; k++) {
        size_t len = bl[k].end - bl[k].start;
        bytes += len;
        if (bl[k].kind == BLOCK_HEADING) {
            if (++heads > 2) return 0;
            continue;
        }
        if (bl[k].kind != BLOCK_BODY || heads == 0 || len > TEASER_MAX_BYTES) return 0;
        heads = 0;
        units++;
    }
    return units >= 2 && bytes < story_bytes;
}

static void boil(block *b, const meta *m)
{
    b->kind = BLOCK_BOILER;
    b->start = m->line_start; /* boilerplate spans its whole line */
}

static void structure(const char *t, block *bl, const meta *m, size_t n)
{
    int body_seen = 0, footer = 0, list = 0;
    size_t run = 0, story_bytes = 0;
    for (size_t i = 0; i < n; i++) {
        if (bl[i].kind == BLOCK_BOILER) {
            if (m[i].pat == PAT_LIST) list = 1;
            run++;
            if (body_seen && (m[i].pat == PAT_FOOTER || run >= FOOTER_RUN)) footer = 1;
            continue;
        }
        run = 0;
        if (list) {
            if (bl[i].kind != BLOCK_BODY ||
                (m[i].words <= LINK_MAX_WORDS && m[i].end != END_SENT)) {
                boil(&bl[i], &m[i]);
                continue;
            }
            list = 0;
        }
        if (footer) {
            size_t j = i;
            while (j < n && bl[j].kind != BLOCK_BOILER) j++;
            if (teaser(t, bl, m, i, j) || teaser_list(bl, i, j, story_bytes)) {
                for (size_t k = i; k < j; k++) boil(&bl[k], &m[k]);
                i = j - 1;
                continue;
            }
            footer = 0;
        }
        if (bl[i].kind == BLOCK_BODY) {
            body_seen = 1;
            story_bytes += bl[i].end - bl[i].start;
        }
    }
}

/* 1 when numbered bullet blocks a and b (a just before b) are items n and
 * n + 1 of one list. */
static int next_item(const block *bl, const meta *m, size_t a, size_t b)
{
    return bl[a].kind == BLOCK_BULLET && bl[b].kind == BLOCK_BULLET && m[a].num && m[b].num &&
           m[a].num_mark == m[b].num_mark && m[a].num + 1 == m[b].num;
}

/* A number opens a list item only within a run (1., 2., 3.): alone it
 * begins a sentence ("4. Die Frist läuft ab", a German ordinal) or a
 * heading ("3. Liga"), and stays part of its text. */
static void numbered_runs(block *bl, meta *m, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        if (bl[i].kind != BLOCK_BULLET || !m[i].num) continue;
        if ((i > 0 && next_item(bl, m, i - 1, i)) || (i + 1 < n && next_item(bl, m, i, i + 1)))
            continue;
        bl[i].start = m[i].line_start;
        bl[i].kind = m[i].head ? BLOCK_HEADING : BLOCK_BODY;
        m[i].num = 0;
    }
}

/* clean_blocks with the blocks and their meta grown in ar. */
static brief_status find_blocks(arena *ar, const char *text, size_t len, size_t body_start,
                                const char *title, block **blocks, size_t *n)
{
    const patset *pset = &patterns;
    size_t wrap = wrap_width(text, len, body_start);
    line_reader rd = {text, len, body_start, pset};
    line cur, nxt;
    memset(&nxt, 0, sizeof nxt);
    int have = next_line(&rd, &cur);

    block *bl = NULL;
    meta *mv = NULL;
    size_t nb = 0, cap = 0, mcap = 0, nm = 0;
    while (have) {
        if (cur.blank) {
            have = next_line(&rd, &cur);
            continue;
        }
        const line first = cur;
        line last = cur;
        uint32_t words = cur.words;
        int single = 1;
        while ((have = next_line(&rd, &nxt)) != 0 && joins(&last, &nxt, wrap)) {
            if (words < WORDS_CAP) words += nxt.words;
            last = nxt;
            single = 0;
        }
        cur = nxt; /* the lookahead line, if any, starts the next round */
        /* A paragraph starting in lower case after one cut off without
         * punctuation continues it across the blank line (BBC copy sets
         * an emphasised word as its own paragraph: "Real Madrid / did /
         * ask for an option"); a "heading" so continued was a cut-off
         * sentence ("... secured qualification for / against Olympiakos"). */
        if (nb && (bl[nb - 1].kind == BLOCK_BODY ||
                   (bl[nb - 1].kind == BLOCK_HEADING && !mv[nb - 1].title)) &&
            first.lower && !first.pat && !first.bullet &&
            (mv[nb - 1].end == END_NONE || mv[nb - 1].end == END_OTHER)) {
            bl[nb - 1].end = last.e;
            bl[nb - 1].kind = BLOCK_BODY;
            mv[nb - 1].end = last.end;
            if (mv[nb - 1].words < WORDS_CAP) mv[nb - 1].words += words;
            continue;
        }
        /* "Stated Ana Lopez:" or "The mayor was blunt:" as a line of its
         * own, then a paragraph opening with a quote mark: the label
         * announces the quote (a speaker's frame), it heads no section */
        if (nb && bl[nb - 1].kind == BLOCK_HEADING && !mv[nb - 1].title &&
            mv[nb - 1].end == END_COLON && !first.pat && !first.bullet &&
            opens_quote(text, first.cs, first.e))
            bl[nb - 1].kind = BLOCK_BODY;
        block b = {first.cs, last.e, BLOCK_BODY, 0};
        meta m = {first.pat, last.end, 0, words, first.s, 0, 0, 0};
        if (first.pat) {
            b.kind = BLOCK_BOILER;
            b.start = first.s;
        } else if (first.bullet) {
            b.kind = BLOCK_BULLET;
            line plain = first;
            plain.bullet = 0;
            m.num = first.num;
            m.num_mark = first.num_mark;
            m.head = (unsigned char)(single && headlike(&plain));
        } else if (single && title && same_as_title(text, first.s, first.e, title)) {
            b.kind = BLOCK_HEADING;
            m.title = 1;
        } else if (single && headlike(&first)) {
            b.kind = BLOCK_HEADING;
        }
        if (!ARENA_PUSH(ar, bl, nb, cap) || !ARENA_PUSH(ar, mv, nm, mcap))
            return BRIEF_ENOMEM;
        bl[nb - 1] = b;
        mv[nm - 1] = m;
    }
    numbered_runs(bl, mv, nb);
    structure(text, bl, mv, nb);
    uint32_t para = 0;
    for (size_t i = 0; i < nb; i++) {
        bl[i].para = para;
        if (bl[i].kind != BLOCK_BOILER) para++;
    }
    *blocks = bl;
    *n = nb;
    return BRIEF_OK;
}

brief_status clean_blocks(arena *ar, const char *text, size_t len,
                          size_t body_start, const char *title,
                          block **blocks, size_t *n)
{
    if (!ar || !blocks || !n || (!text && len)) return BRIEF_EINVAL;
    *blocks = NULL;
    *n = 0;
    if (body_start >= len) return BRIEF_OK;
    patterns_init();
    if (patterns_status != BRIEF_OK) return patterns_status;
    /* The arrays grow in scratch, the meta beside the blocks: only the
     * blocks, at their size, are kept in ar (grown there, both arrays and
     * their old copies stayed: 12.6 MB for the 127,000 blocks of a 50 MB
     * article, which need 3.1). */
    arena *tmp = arena_new(arena_allocator(ar));
    if (!tmp) return BRIEF_ENOMEM;
    block *grown = NULL;
    size_t nb = 0;
    brief_status s = find_blocks(tmp, text, len, body_start, title, &grown, &nb);
    block *bl = s == BRIEF_OK && nb ? arena_alloc(ar, nb * sizeof *bl) : NULL;
    if (s == BRIEF_OK && nb && !bl) s = BRIEF_ENOMEM;
    if (bl) {
        memcpy(bl, grown, nb * sizeof *bl);
        *blocks = bl;
        *n = nb;
    }
    arena_free(tmp);
    return s;
}

int clean_is_boilerplate(const char *s, size_t n)
{
    size_t len = 0;
    const char *bytes = data_find("data/boilerplate.txt", &len);
    if (!bytes || !s) return 0;
    size_t w;
    while ((w = text_space_len(s, n)) != 0) {
        s += w;
        n -= w;
    }
    while ((w = text_space_len_before(s, n)) != 0) n -= w;
    if (n == 0 || n > MAX_PATTERN_LINE) return 0;
    data_lines it;
    const char *l;
    size_t ln;
    data_lines_init(&it, bytes, len);
    while (data_lines_next(&it, &l, &ln)) {
        if (ln >= 2 && (l[0] == '!' || l[0] == '>') && l[1] == ' ') {
            l += 2;
            ln -= 2;
        }
        if (ln && glob(l, l + ln, s, s + n)) return 1;
    }
    return 0;
}
