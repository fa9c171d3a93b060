/* quote_marks.c - pass 1 of the quotes stage: quote spans; see
 * quote_marks.h. */
#include "quote_marks.h"

#include <string.h>

#include <utf8proc.h>

#include "text.h"

/* ---- code points ------------------------------------------------------ */

int is_alnum_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO);
}

int is_upper_cp(int32_t c)
{
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

int32_t cp_at(const char *t, size_t p, size_t e, size_t *l)
{
    int32_t c = 0;
    size_t n = 0;
    if (p < e) n = text_decode(t + p, e - p, &c);
    if (l) *l = n;
    return c;
}

int32_t cp_before(const char *t, size_t p, size_t b)
{
    if (p <= b) return 0;
    size_t q = p - 1;
    while (q > b && ((unsigned char)t[q] & 0xC0) == 0x80 && p - q < 4) q--;
    int32_t c;
    text_decode(t + q, p - q, &c);
    return c;
}

/* ---- opening and closing marks ---------------------------------------- */

enum fam { F_STRAIGHT = 1, F_CURLY, F_LOW, F_GUILL, F_TEX, F_SINGLE, F_RGUILL };

/* A mark between prev and next can open a quote. */
static int opens_ctx(int32_t prev, int32_t next)
{
    if (next == 0 || text_is_space(next)) return 0;
    return prev == 0 || text_is_space(prev) || prev == '(' || prev == '[' ||
           prev == 0x2014 || prev == 0x2013 || prev == '-' || prev == '/' ||
           prev == LDQ || prev == '"' || prev == LOWQ || prev == LGQ || prev == RGQ || prev == '`';
}

/* The family a mark at t[p] opens (0 if none) and the mark's length. */
static int opener_at(const char *t, size_t p, size_t e, size_t b, size_t *ml)
{
    size_t l;
    int32_t c = cp_at(t, p, e, &l);
    int32_t prev = cp_before(t, p, b), next = cp_at(t, p + l, e, NULL);
    *ml = l;
    if ((c == '`' && next == '`') ||
        (c == '\'' && next == '\'' && opens_ctx(prev, cp_at(t, p + 2, e, NULL)))) {
        /* ``…'' and, in some AP copy, ''…'' */
        *ml = 2;
        return F_TEX;
    }
    if (c == '"' && opens_ctx(prev, next)) return F_STRAIGHT;
    if (c == LDQ && next && !text_is_space(next)) return F_CURLY;
    /* ”…”: copy that writes the closing mark for both (a keyboard's
     * autocorrect after a space); only where a mark opens, before a
     * letter or digit */
    if (c == RDQ && (prev == 0 || text_is_space(prev) || prev == '(') && is_alnum_cp(next))
        return F_CURLY;
    if (c == LOWQ && next && !text_is_space(next)) return F_LOW;
    if (c == LGQ) return F_GUILL;
    /* »…«: German and Danish books and papers; » opens only where a mark
     * opens and before the word (French « … » puts a space or a comma
     * after its closer) */
    if (c == RGQ && opens_ctx(prev, next) && (is_alnum_cp(next) || next == 0x2026 || next == 0x203A))
        return F_RGUILL;
    if (c == LSQ && opens_ctx(prev, next) && !is_alnum_cp(prev)) return F_SINGLE;
    return 0;
}

/* Length of a mark at t[p] that closes family f, or 0. */
static size_t closer_at(const char *t, size_t p, size_t e, size_t b, int f)
{
    size_t l;
    int32_t c = cp_at(t, p, e, &l);
    int32_t prev = cp_before(t, p, b);
    switch (f) {
    /* "…” and “…": copy mixing straight and curly marks */
    case F_STRAIGHT: return c == '"' || (c == RDQ && !text_is_space(prev)) ? l : 0;
    case F_CURLY: {
        /* "…?“ he asked": an opening mark reversed, after the words and
         * before a space or a mark (where no quote can open) */
        int32_t next = cp_at(t, p + l, e, NULL);
        if (c == LDQ && prev && !text_is_space(prev) && (!next || !is_alnum_cp(next))) return l;
        return c == RDQ || (c == '"' && !text_is_space(prev)) ? l : 0;
    }
    case F_LOW:
        if (c == LDQ || c == RDQ) return l;
        /* „…" typed with a straight closer: one in a closing place, when
         * no curly closer follows in the block (a straight pair nested
         * inside „… "…" …“ leaves the outer closer to come) */
        if (c == '"' && !text_is_space(prev) && !is_alnum_cp(cp_at(t, p + l, e, NULL))) {
            for (size_t q = p + l; q < e;) {
                size_t m;
                int32_t d = cp_at(t, q, e, &m);
                if (d == LDQ || d == RDQ || d == LOWQ) return d == LOWQ ? l : 0;
                q += m ? m : 1;
            }
            return l;
        }
        return 0;
    case F_GUILL: return c == RGQ ? l : 0;
    case F_RGUILL: return c == LGQ && !text_is_space(prev) ? l : 0;
    case F_TEX:
        if (c == '\'' && p + 1 < e && t[p + 1] == '\'') return 2;
        return c == '"' && !text_is_space(prev) ? l : 0;
    case F_SINGLE: {
        int32_t next = cp_at(t, p + l, e, NULL);
        return c == RSQ && !text_is_space(prev) && !is_alnum_cp(next) ? l : 0;
    }
    }
    return 0;
}

/* ---- transcript labels ----------------------------------------------- */

size_t label_at(const char *t, size_t p, size_t e, size_t *st)
{
    while (p < e && (t[p] == ' ' || t[p] == '\t')) p++;
    size_t i = p, letters = 0;
    int words = 0;
    while (i < e && i - p <= LABEL_MAX && words < 4) {
        /* a word: a capital, then capitals, apostrophes, hyphens, a
         * period after an abbreviation ("SEN.") */
        if (t[i] < 'A' || t[i] > 'Z') return 0;
        words++;
        while (i < e && ((t[i] >= 'A' && t[i] <= 'Z') || t[i] == '\'' || t[i] == '-' ||
                         (t[i] == '.' && t[i - 1] >= 'A' && t[i - 1] <= 'Z')))
            letters += t[i++] >= 'A';
        if (i + 1 < e && t[i] == ':' && t[i + 1] == ' ') break;
        if (i + 1 >= e || t[i] != ' ' || t[i + 1] == ' ') return 0;
        i++;
    }
    if (letters < 2 || i - p > LABEL_MAX || i + 1 >= e || t[i] != ':' || t[i + 1] != ' ')
        return 0;
    *st = p;
    return i - p;
}

/* ---- the scanner ------------------------------------------------------ */

typedef struct qscan {
    arena *ar;
    qrec *q;
    size_t n, cap;
    int open, nested, fam;
    size_t os, oe;
    size_t *cuts;
    size_t ncuts, ccap;
} qscan;

static int has_alnum(const char *t, size_t b, size_t e)
{
    for (size_t p = b; p < e;) {
        size_t l;
        int32_t c = cp_at(t, p, e, &l);
        if (is_alnum_cp(c)) return 1;
        p += l ? l : 1;
    }
    return 0;
}

/* Closes the open quote at t[cs..ce); 0 when out of memory. */
static int emit(qscan *s, const char *t, size_t cs, size_t ce)
{
    s->open = 0;
    s->nested = 0;
    if (has_alnum(t, s->oe, cs)) {
        if (!ARENA_PUSH(s->ar, s->q, s->n, s->cap)) return 0;
        qrec *r = &s->q[s->n - 1];
        r->os = s->os;
        r->oe = s->oe;
        r->cs = cs;
        r->ce = ce;
        r->cuts = s->cuts;
        r->ncuts = s->ncuts;
    }
    s->cuts = NULL;
    s->ncuts = s->ccap = 0;
    return 1;
}

/* Inside an open quote, a mark at t[p] (c, l bytes) that is no closer may
 * open or close the one nested single quote. */
static void track_nested(qscan *s, const char *t, size_t b, size_t p, size_t e, int32_t c,
                         size_t l)
{
    int32_t prev = cp_before(t, p, b);
    int32_t next = cp_at(t, p + l, e, NULL);
    if (s->nested) {
        if ((c == RSQ || c == '\'') && !is_alnum_cp(next)) s->nested = 0;
    } else if (s->fam != F_SINGLE) {
        if (((c == LSQ || c == '\'') && opens_ctx(prev, next) && !is_alnum_cp(prev)) ||
            (s->fam == F_TEX && c == '`'))
            s->nested = 1;
    }
}

/* The last mark before the spaces before t[p] (not below b) ends a
 * sentence: . ? ! … or a closing bracket after one ("(Applause.)"). */
static int after_sentence(const char *t, size_t b, size_t p)
{
    while (p > b && text_is_space(cp_before(t, p, b))) {
        p--;
        while (p > b && ((unsigned char)t[p] & 0xC0) == 0x80) p--;
    }
    int32_t c = cp_before(t, p, b);
    if (c == ')' && p - 1 > b) c = cp_before(t, p - 1, b);
    return c == '.' || c == '?' || c == '!' || c == 0x2026;
}

/* Scans t[b..e) (one block) from p; 0 when out of memory. */
static int scan_block(qscan *s, const char *t, size_t b, size_t p, size_t e)
{
    while (p < e) {
        size_t l;
        int32_t c = cp_at(t, p, e, &l);
        if (!l) l = 1;
        if (!s->open) {
            size_t ml;
            int f = opener_at(t, p, e, b, &ml);
            if (f) {
                s->open = 1;
                s->nested = 0;
                s->fam = f;
                s->os = p;
                s->oe = p + ml;
                p += ml;
            } else {
                p += l;
            }
            continue;
        }
        size_t ml;
        /* “… “…: an opening mark of the family while one is open (a nested
         * quote takes single marks); "… we go. "Then …: a straight mark
         * where one opens, after a sentence's end, while one is open.
         * Either way the first was never closed, as when paragraphs of one
         * quote, each opening with a mark, were joined into a line: it
         * ends here and the new one opens. */
        int reopens =
            ((s->fam == F_CURLY || s->fam == F_TEX) && (c == LDQ || c == '`' || c == '\'') &&
             opener_at(t, p, e, b, &ml) == s->fam && text_is_space(cp_before(t, p, b))) ||
            (s->fam == F_STRAIGHT && c == '"' && opener_at(t, p, e, b, &ml) == F_STRAIGHT &&
             text_is_space(cp_before(t, p, b)) && after_sentence(t, b, p));
        if (reopens) {
            if (!emit(s, t, p, p)) return 0;
            s->open = 1;
            s->os = p;
            s->oe = p + ml;
            p += ml;
            continue;
        }
        size_t cl = closer_at(t, p, e, b, s->fam);
        if (s->nested && s->fam == F_TEX && c == '\'' && p + 2 < e && t[p + 1] == '\'' &&
            t[p + 2] == '\'') {
            /* `…''' closes the nested and the outer quote together */
            if (!emit(s, t, p + 1, p + 3)) return 0;
            p += 3;
            continue;
        }
        if (cl) {
            if (!emit(s, t, p, p + cl)) return 0;
            p += cl;
            continue;
        }
        track_nested(s, t, b, p, e, c, l);
        p += l;
    }
    return 1;
}

/* Does the block at t[b..e) reopen a quote of family f?  Returns the end
 * of the reopening mark (and its start in *ms), or 0. */
static size_t reopens(const char *t, size_t b, size_t e, int f, size_t *ms)
{
    size_t p = b;
    while (p < e) {
        size_t l;
        int32_t c = cp_at(t, p, e, &l);
        if (!text_is_space(c)) break;
        p += l ? l : 1;
    }
    size_t ml;
    int g = opener_at(t, p, e, b, &ml);
    if (!g && p < e && (unsigned char)t[p] == 0xC2 && (unsigned char)t[p + 1] == 0xBB) {
        g = F_GUILL; /* French continuation: » opens each new paragraph */
        ml = 2;
    }
    if (g != f) return 0;
    *ms = p;
    return p + ml;
}

static int is_text_block(const block *bk)
{
    return bk->kind == BLOCK_BODY || bk->kind == BLOCK_BULLET;
}

/* A quote still open at the end of a block (ending at prev_end): it goes
 * on when `next` (NULL at the end) reopens it, else it is dropped.  The offset to scan `next`
 * from, or (size_t)-1; *oom when out of memory. */
static size_t carry_over(qscan *s, const char *t, size_t prev_end, const block *next, int *oom)
{
    size_t ms, me = 0, st;
    if (next) me = reopens(t, next->start, next->end, s->fam, &ms);
    if (me && label_at(t, me, next->end, &st)) {
        /* "WALLER: …" / "LOPEZ: …": each paragraph of a transcript opens
         * a mark, and a label there is another turn, maybe another
         * speaker's: the quote open ends with its paragraph */
        size_t cs = prev_end;
        while (cs > s->oe && text_is_space(cp_before(t, cs, s->oe))) {
            cs--;
            while (cs > s->oe && ((unsigned char)t[cs] & 0xC0) == 0x80) cs--;
        }
        if (!emit(s, t, cs, cs)) {
            *oom = 1;
            return (size_t)-1;
        }
        s->open = 1;
        s->nested = 0;
        s->os = ms;
        s->oe = me;
        return me;
    }
    if (!me) {
        s->open = 0; /* unbalanced: the mark is dropped */
        s->cuts = NULL;
        s->ncuts = s->ccap = 0;
        return (size_t)-1;
    }
    if (!ARENA_PUSH(s->ar, s->cuts, s->ncuts, s->ccap) ||
        !ARENA_PUSH(s->ar, s->cuts, s->ncuts, s->ccap)) {
        *oom = 1;
        return (size_t)-1;
    }
    s->cuts[s->ncuts - 2] = ms;
    s->cuts[s->ncuts - 1] = me;
    s->nested = 0;
    return me;
}

int find_marks(arena *ar, const char *t, const block *blocks, size_t nb, qrec **q,
               size_t *nq)
{
    qscan s;
    memset(&s, 0, sizeof s);
    s.ar = ar;
    size_t i = 0;
    size_t from = (size_t)-1;
    while (i < nb) {
        const block *bk = &blocks[i];
        if (!is_text_block(bk)) {
            i++;
            continue;
        }
        size_t p = from != (size_t)-1 ? from : bk->start;
        from = (size_t)-1;
        if (!scan_block(&s, t, bk->start, p, bk->end)) return 0;
        size_t j = i + 1;
        while (j < nb && !is_text_block(&blocks[j])) j++;
        if (s.open) {
            int oom = 0;
            from = carry_over(&s, t, bk->end, j < nb ? &blocks[j] : NULL, &oom);
            if (oom) return 0;
        }
        i = j;
    }
    *q = s.q;
    *nq = s.n;
    return 1;
}

/* ---- quote text ------------------------------------------------------- */

int32_t inner_edge(const char *t, size_t b, size_t e, int last)
{
    if (last) {
        size_t p = e;
        while (p > b) {
            int32_t c = cp_before(t, p, b);
            if (!text_is_space(c)) return c;
            size_t q = p - 1;
            while (q > b && ((unsigned char)t[q] & 0xC0) == 0x80) q--;
            p = q;
        }
        return 0;
    }
    for (size_t p = b; p < e;) {
        size_t l;
        int32_t c = cp_at(t, p, e, &l);
        if (!text_is_space(c) && c != LSQ && c != '\'' && c != '`') return c;
        p += l ? l : 1;
    }
    return 0;
}

char *quote_text(arena *ar, const char *t, const qrec *r)
{
    size_t n;
    if (!r->ncuts) return text_fold(ar, t + r->oe, r->cs - r->oe, &n);
    char *buf = arena_alloc(ar, r->cs - r->oe + 1);
    if (!buf) return NULL;
    size_t o = 0, p = r->oe;
    for (size_t i = 0; i + 1 < r->ncuts; i += 2) {
        memcpy(buf + o, t + p, r->cuts[i] - p);
        o += r->cuts[i] - p;
        buf[o++] = ' ';
        p = r->cuts[i + 1];
    }
    memcpy(buf + o, t + p, r->cs - p);
    o += r->cs - p;
    return text_fold(ar, buf, o, &n);
}

quote *marks_to_quotes(arena *ar, const char *t, const qrec *q, size_t nq)
{
    quote *qv = arena_calloc(ar, nq, sizeof *qv);
    if (!qv) return NULL;
    for (size_t i = 0; i < nq; i++) {
        qv[i].start = q[i].oe;
        qv[i].end = q[i].cs;
        qv[i].text = quote_text(ar, t, &q[i]);
        if (!qv[i].text) return NULL;
        qv[i].partial = 1;
    }
    return qv;
}
