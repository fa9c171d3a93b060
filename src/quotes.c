/*
 * quotes.c - stage 8: quote spans, full vs partial, speakers; see quotes.h.
 *
 * Approach, in three passes over one document:
 *   1. marks: a small state machine per paragraph pairs quote marks (a
 *      double quote, at most one nested single quote inside it), so
 *      10,000 unbalanced marks cost 10,000 steps and never nest deeper;
 *   2. words: the sentences become a token array (words with their class
 *      from data/quotes/<lang>.txt, commas, colons, one token per quote),
 *      and every capitalised phrase splits into a role part and a name
 *      part, which fills the document's table of names;
 *   3. speakers: sentence by sentence, the main subject is tracked for
 *      pronouns, and each quote tries, in order, the frames after it
 *      (`"…," X said`, `said X`, `he said`), `according to X`, a speech
 *      verb right before it (`X said: "…"`), and reported speech (the
 *      first speech verb of its sentence and that verb's subject).  A
 *      bare quote right after an attributed one in the same paragraph
 *      keeps that voice.  Phrases that name someone without a name ("a
 *      Foreign Office spokesman") block pronouns until a name comes, so
 *      "But he said" after them stays NULL; the object of a preposition
 *      ("a prosecutor in Manhattan") and a place after "of" are never
 *      speakers.
 *   Every pattern looks at a bounded window of tokens (QUOTES_WINDOW), so
 *   the cost stays linear.
 *
 * Limits: a straight single quote never opens a top-level quote (it is far
 * more often an apostrophe); "they"/"it" are not resolved; "he"/"she" are
 * checked only against what the document said of the person before (a
 * gendered honorific or role with the full name, or an earlier "he" or
 * "she" opening a sentence about them), so a "she said" after a man of
 * unknown sex was last named still gets his name;
 * two people who share a surname in one document resolve to the fullest
 * form; family-name-first names ("Zhang Xiong" / "Zhang") and nicknames
 * ("Don" / "Donald") are not joined; role and verb lists are English.
 */
#include "quotes.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "data.h"
#include "text.h"

/* Tokens looked at on each side of a quote: the longest attribution
 * frames of the seed articles and DUC wire copy ("Ukrainian Defence
 * Minister Rustem Umerov, who led his country's delegation, said") take
 * about 15. */
#define QUOTES_WINDOW 40
/* Words longer than this get no class (no list holds one). */
#define WORD_MAX 48

enum {
    C_SPEECH = 1u << 0,
    C_REPORT = 1u << 1,
    C_PRON = 1u << 2,
    C_ROLE = 1u << 3,
    C_HONOR = 1u << 4,
    C_NAT = 1u << 5,
    C_ORG = 1u << 6,
    C_LEAD = 1u << 7,
    C_SKIP = 1u << 8,
    C_NOTNAME = 1u << 9,
    C_CONJ = 1u << 10,
    C_PREP = 1u << 11,
    C_SUB = 1u << 12,
    C_MALE = 1u << 13,   /* "he", "Mr.", "husband": a man */
    C_FEMALE = 1u << 14  /* "she", "Mrs.", "wife": a woman */
};

/* ---- a small string -> uint32 hash map in an arena ------------------- */

typedef struct hmap {
    const char **key;
    size_t *klen;
    uint32_t *val;
    size_t cap, n;
} hmap;

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static uint32_t *hmap_get(const hmap *m, const char *s, size_t n)
{
    if (!m->cap) return NULL;
    size_t i = (size_t)hash_bytes(s, n) & (m->cap - 1);
    while (m->key[i]) {
        if (m->klen[i] == n && memcmp(m->key[i], s, n) == 0) return &m->val[i];
        i = (i + 1) & (m->cap - 1);
    }
    return NULL;
}

/* The value slot for s (created as 0 when new; the key must outlive the
 * map); NULL when out of memory. */
static uint32_t *hmap_put(arena *ar, hmap *m, const char *s, size_t n)
{
    uint32_t *v = hmap_get(m, s, n);
    if (v) return v;
    if ((m->n + 1) * 2 > m->cap) {
        size_t nc = m->cap ? m->cap * 2 : 64;
        const char **k = arena_calloc(ar, nc, sizeof *k);
        size_t *kl = arena_alloc(ar, nc * sizeof *kl);
        uint32_t *vv = arena_alloc(ar, nc * sizeof *vv);
        if (!k || !kl || !vv) return NULL;
        for (size_t i = 0; i < m->cap; i++) {
            if (!m->key[i]) continue;
            size_t j = (size_t)hash_bytes(m->key[i], m->klen[i]) & (nc - 1);
            while (k[j]) j = (j + 1) & (nc - 1);
            k[j] = m->key[i];
            kl[j] = m->klen[i];
            vv[j] = m->val[i];
        }
        m->key = k;
        m->klen = kl;
        m->val = vv;
        m->cap = nc;
    }
    size_t i = (size_t)hash_bytes(s, n) & (m->cap - 1);
    while (m->key[i]) i = (i + 1) & (m->cap - 1);
    m->key[i] = s;
    m->klen[i] = n;
    m->val[i] = 0;
    m->n++;
    return &m->val[i];
}

/* ---- language data ---------------------------------------------------- */

struct quotes_lang {
    const brief_allocator *a;
    arena *ar;
    hmap words;
};

static const struct {
    const char *name;
    uint32_t bit;
} sections[] = {
    {"[speech]", C_SPEECH}, {"[report]", C_REPORT}, {"[pronoun]", C_PRON},
    {"[role]", C_ROLE},     {"[honorific]", C_HONOR}, {"[nation]", C_NAT},
    {"[org]", C_ORG},       {"[lead]", C_LEAD},     {"[skip]", C_SKIP},
    {"[notname]", C_NOTNAME}, {"[conj]", C_CONJ},
    {"[prep]", C_PREP},     {"[sub]", C_SUB},
    {"[male]", C_MALE},     {"[female]", C_FEMALE},
};

brief_status quotes_lang_new(const brief_allocator *a, const char *language,
                             quotes_lang **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    char path[96];
    size_t len = 0;
    const char *bytes = NULL;
    int plain = language && *language && strlen(language) < 40;
    for (const char *c = language; plain && *c; c++)
        if (*c < 'a' || *c > 'z') plain = 0;
    if (plain) {
        memcpy(path, "data/quotes/", 12);
        size_t l = strlen(language);
        memcpy(path + 12, language, l);
        memcpy(path + 12 + l, ".txt", 5);
        bytes = data_find(path, &len);
    }
    if (!bytes) bytes = data_find("data/quotes/english.txt", &len);
    if (!bytes) return BRIEF_EFORMAT;
    quotes_lang *ql = mem_malloc(a, sizeof *ql);
    if (!ql) return BRIEF_ENOMEM;
    memset(ql, 0, sizeof *ql);
    ql->a = a;
    ql->ar = arena_new(a);
    if (!ql->ar) {
        mem_free(a, ql);
        return BRIEF_ENOMEM;
    }
    data_lines it;
    data_lines_init(&it, bytes, len);
    const char *line;
    size_t n;
    uint32_t bit = 0;
    while (data_lines_next(&it, &line, &n)) {
        if (line[0] == '[') {
            bit = 0;
            for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
                if (strlen(sections[i].name) == n && memcmp(sections[i].name, line, n) == 0)
                    bit = sections[i].bit;
            if (!bit) goto bad;
            continue;
        }
        if (!bit || n > WORD_MAX) goto bad;
        uint32_t *v = hmap_put(ql->ar, &ql->words, line, n);
        if (!v) {
            quotes_lang_free(ql);
            return BRIEF_ENOMEM;
        }
        *v |= bit;
    }
    *out = ql;
    return BRIEF_OK;
bad:
    quotes_lang_free(ql);
    return BRIEF_EFORMAT;
}

void quotes_lang_free(quotes_lang *ql)
{
    if (!ql) return;
    const brief_allocator *a = ql->a;
    arena_free(ql->ar);
    mem_free(a, ql);
}

/* ---- code points ------------------------------------------------------ */

static int is_alnum_cp(int32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    utf8proc_category_t k = utf8proc_category(c);
    return (k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_NO);
}

static int is_upper_cp(int32_t c)
{
    if (c < 0x80) return c >= 'A' && c <= 'Z';
    utf8proc_category_t k = utf8proc_category(c);
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

/* Code point at p (0 at or past e). */
static int32_t cp_at(const char *t, size_t p, size_t e, size_t *l)
{
    int32_t c = 0;
    size_t n = 0;
    if (p < e) n = text_decode(t + p, e - p, &c);
    if (l) *l = n;
    return c;
}

/* Code point ending at p (0 at or before b). */
static int32_t cp_before(const char *t, size_t p, size_t b)
{
    if (p <= b) return 0;
    size_t q = p - 1;
    while (q > b && ((unsigned char)t[q] & 0xC0) == 0x80 && p - q < 4) q--;
    int32_t c;
    text_decode(t + q, p - q, &c);
    return c;
}

/* ---- pass 1: quote marks ---------------------------------------------- */

enum fam { F_STRAIGHT = 1, F_CURLY, F_LOW, F_GUILL, F_TEX, F_SINGLE };

#define LDQ 0x201C /* “ */
#define RDQ 0x201D /* ” */
#define LSQ 0x2018 /* ‘ */
#define RSQ 0x2019 /* ’ */
#define LOWQ 0x201E /* „ */
#define LGQ 0x00AB /* « */
#define RGQ 0x00BB /* » */

typedef struct qrec {
    size_t os, oe, cs, ce; /* opening and closing mark spans */
    size_t *cuts;          /* reopening marks inside (pairs start, end) */
    size_t ncuts;
} qrec;

static int opens_ctx(int32_t prev, int32_t next)
{
    if (next == 0 || text_is_space(next)) return 0;
    return prev == 0 || text_is_space(prev) || prev == '(' || prev == '[' ||
           prev == 0x2014 || prev == 0x2013 || prev == '-' || prev == '/' ||
           prev == LDQ || prev == '"' || prev == LOWQ || prev == LGQ || prev == '`';
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
    if (c == LOWQ && next && !text_is_space(next)) return F_LOW;
    if (c == LGQ) return F_GUILL;
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
    case F_STRAIGHT: return c == '"' ? l : 0;
    case F_CURLY: return c == RDQ || (c == '"' && !text_is_space(prev)) ? l : 0;
    case F_LOW: return c == LDQ || c == RDQ ? l : 0;
    case F_GUILL: return c == RGQ ? l : 0;
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
                continue;
            }
            p += l;
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
        int32_t prev = cp_before(t, p, b);
        size_t nl;
        int32_t next = cp_at(t, p + l, e, &nl);
        if (s->nested) {
            if ((c == RSQ || c == '\'') && !is_alnum_cp(next)) s->nested = 0;
        } else if (s->fam != F_SINGLE) {
            if (((c == LSQ || c == '\'') && opens_ctx(prev, next) && !is_alnum_cp(prev)) ||
                (s->fam == F_TEX && c == '`'))
                s->nested = 1;
        }
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

static int find_marks(qscan *s, const char *t, const block *blocks, size_t nb)
{
    size_t i = 0;
    size_t from = (size_t)-1;
    while (i < nb) {
        const block *bk = &blocks[i];
        if (bk->kind != BLOCK_BODY && bk->kind != BLOCK_BULLET) {
            i++;
            continue;
        }
        size_t p = from != (size_t)-1 ? from : bk->start;
        from = (size_t)-1;
        if (!scan_block(s, t, bk->start, p, bk->end)) return 0;
        size_t j = i + 1;
        while (j < nb && blocks[j].kind != BLOCK_BODY && blocks[j].kind != BLOCK_BULLET) j++;
        if (s->open) {
            size_t ms, me = 0;
            if (j < nb) me = reopens(t, blocks[j].start, blocks[j].end, s->fam, &ms);
            if (me) {
                if (!ARENA_PUSH(s->ar, s->cuts, s->ncuts, s->ccap) ||
                    !ARENA_PUSH(s->ar, s->cuts, s->ncuts, s->ccap))
                    return 0;
                s->cuts[s->ncuts - 2] = ms;
                s->cuts[s->ncuts - 1] = me;
                s->nested = 0;
                from = me;
            } else {
                s->open = 0; /* unbalanced: the mark is dropped */
                s->cuts = NULL;
                s->ncuts = s->ccap = 0;
            }
        }
        i = j;
    }
    return 1;
}

/* ---- pass 2: tokens --------------------------------------------------- */

enum { T_WORD = 1, T_COMMA, T_COLON, T_END, T_DASH, T_OTHER, T_QUOTE };

typedef struct tok {
    size_t s, e;
    uint32_t cls;
    uint32_t sent, para;
    int32_t q;       /* quote index for T_QUOTE */
    uint8_t kind;
    uint8_t cap;     /* starts with a capital */
    uint8_t poss;    /* ends in 's */
    uint8_t first;   /* first word of its sentence */
} tok;

typedef struct doc {
    arena *ar;
    const quotes_lang *ql;
    const char *t;
    tok *tk;
    size_t nt, tcap;
    hmap lower;     /* words seen in lowercase */
    /* names */
    hmap byname, bylast;
    char **nm_name;
    const char **nm_role;
    size_t *nm_words;
    unsigned *nm_occ;
    size_t nnm, nmcap, rcap, wcap, ocap;
    /* what the document says of each person's sex (C_MALE, C_FEMALE bits),
     * by canonical name: a gendered honorific or role with the full name,
     * or a gendered pronoun as the subject right after them */
    hmap sex;
    int oom;        /* an allocation failed where no status could be returned */
} doc;

/* ASCII-lowercased copy of w into buf (NUL-terminated); 0 if too long. */
static size_t lower_word(const char *w, size_t n, char *buf)
{
    if (n >= WORD_MAX) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    buf[n] = '\0';
    return n;
}

static uint32_t word_class(const quotes_lang *ql, const char *w, size_t n)
{
    char buf[WORD_MAX];
    if (!lower_word(w, n, buf)) return 0;
    const uint32_t *v = hmap_get(&ql->words, buf, n);
    return v ? *v : 0;
}

static int push_tok(doc *d, size_t s, size_t e, int kind, uint32_t sent, uint32_t para)
{
    if (!ARENA_PUSH(d->ar, d->tk, d->nt, d->tcap)) return 0;
    tok *k = &d->tk[d->nt - 1];
    memset(k, 0, sizeof *k);
    k->s = s;
    k->e = e;
    k->kind = (uint8_t)kind;
    k->sent = sent;
    k->para = para;
    k->q = -1;
    return 1;
}

static int is_joiner(int32_t c)
{
    return c == '.' || c == '\'' || c == RSQ || c == '-' || c == 0x2010 || c == 0x2011;
}

static int tokenize(doc *d, const qrec *q, size_t nq, const span *spans, size_t ns)
{
    const char *t = d->t;
    size_t cursor = 0, qi = 0;
    for (size_t si = 0; si < ns; si++) {
        size_t p = spans[si].start > cursor ? spans[si].start : cursor;
        size_t e = spans[si].end;
        int first = 1;
        while (p < e) {
            while (qi < nq && q[qi].os < p && q[qi].ce <= p) qi++;
            if (qi < nq && q[qi].os <= p) {
                if (!push_tok(d, q[qi].os, q[qi].ce, T_QUOTE, (uint32_t)si, spans[si].para))
                    return 0;
                d->tk[d->nt - 1].q = (int32_t)qi;
                p = q[qi].ce;
                qi++;
                first = 0;
                continue;
            }
            size_t l;
            int32_t c = cp_at(t, p, e, &l);
            if (!l) l = 1;
            if (text_is_space(c)) {
                p += l;
                continue;
            }
            if (is_alnum_cp(c)) {
                size_t s = p, has_dot = 0;
                p += l;
                while (p < e) {
                    size_t l2;
                    int32_t c2 = cp_at(t, p, e, &l2);
                    if (is_alnum_cp(c2)) {
                        p += l2;
                        continue;
                    }
                    int32_t c3 = cp_at(t, p + l2, e, NULL);
                    if (is_joiner(c2) && is_alnum_cp(c3)) {
                        if (c2 == '.') has_dot = 1;
                        p += l2;
                        continue;
                    }
                    break;
                }
                /* "U.S.", "Ms." and the initial of "Perry L. Nouis" keep their
                 * final period */
                if (p < e && t[p] == '.' &&
                    (has_dot || (p - s == 1 && t[s] >= 'A' && t[s] <= 'Z') ||
                     (word_class(d->ql, t + s, p + 1 - s) & (C_HONOR | C_ROLE | C_NAT | C_ORG))))
                    p++;
                if (qi < nq && q[qi].os < p) p = q[qi].os; /* a mark right after a word */
                if (!push_tok(d, s, p, T_WORD, (uint32_t)si, spans[si].para)) return 0;
                tok *k = &d->tk[d->nt - 1];
                int32_t c0;
                text_decode(t + s, p - s, &c0);
                k->cap = (uint8_t)is_upper_cp(c0);
                k->first = (uint8_t)first;
                first = 0;
                size_t n = p - s;
                if (n > 2 && t[p - 1] == 's' && t[p - 2] == '\'') k->poss = 1;
                if (n > 4 && t[p - 1] == 's' && (unsigned char)t[p - 2] == 0x99 &&
                    (unsigned char)t[p - 3] == 0x80 && (unsigned char)t[p - 4] == 0xE2)
                    k->poss = 1;
                k->cls = word_class(d->ql, t + s, n);
                if (!k->cap) {
                    char buf[WORD_MAX];
                    if (lower_word(t + s, n, buf)) {
                        char *kcopy = arena_strndup(d->ar, buf, n);
                        if (!kcopy || !hmap_put(d->ar, &d->lower, kcopy, n)) return 0;
                    }
                }
                continue;
            }
            int kind = 0;
            if (c == ',') kind = T_COMMA;
            else if (c == ':') kind = T_COLON;
            else if (c == '.' || c == '!' || c == '?' || c == 0x2026) kind = T_END;
            else if (c == 0x2014 || c == 0x2013 || c == '-' || c == '_') kind = T_DASH;
            else if (c == ';' || c == '(' || c == ')' || c == '[' || c == ']') kind = T_OTHER;
            if (kind && !push_tok(d, p, p + l, kind, (uint32_t)si, spans[si].para)) return 0;
            p += l;
            first = 0;
        }
        if (p > cursor) cursor = p;
    }
    return 1;
}

/* ---- names ------------------------------------------------------------ */

/* Case-insensitive (ASCII) comparison of a word token with w. */
static int word_is(const doc *d, size_t i, const char *w)
{
    if (i >= d->nt) return 0;
    const tok *k = &d->tk[i];
    size_t n = strlen(w);
    if (k->kind != T_WORD || k->e - k->s != n) return 0;
    for (size_t j = 0; j < n; j++) {
        char c = d->t[k->s + j];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != w[j]) return 0;
    }
    return 1;
}

/* A word that can be part of a person's (or place's) name. */
static int name_word(const doc *d, size_t i)
{
    const tok *k = &d->tk[i];
    if (k->kind != T_WORD || !k->cap) return 0;
    if (k->cls & (C_NOTNAME | C_LEAD | C_CONJ | C_SKIP | C_PRON | C_ROLE | C_NAT | C_ORG | C_HONOR))
        return 0;
    if (k->first) {
        /* "Officials said": a capital that is only the sentence's start */
        char buf[WORD_MAX];
        size_t n = lower_word(d->t + k->s, k->e - k->s, buf);
        if (k->cls & (C_SPEECH | C_REPORT)) return 0;
        if (n && hmap_get(&d->lower, buf, n) &&
            !(i + 1 < d->nt && d->tk[i + 1].kind == T_WORD && d->tk[i + 1].cap))
            return 0;
    }
    return 1;
}

/* A word of a noun phrase naming a speaker: names, titles, nationalities,
 * organisation words ("the Russian foreign ministry"). */
static int np_word(const doc *d, size_t i)
{
    if (i >= d->nt) return 0;
    const tok *k = &d->tk[i];
    if (k->kind != T_WORD) return 0;
    if (name_word(d, i)) return 1;
    if (k->cls & (C_PRON | C_NOTNAME | C_LEAD | C_CONJ | C_SKIP)) {
        /* "Foreign", "State", "Kremlin" are fine capitalised */
        if (!(k->cap && (k->cls & (C_ROLE | C_ORG | C_NAT)) && !(k->cls & C_PRON))) return 0;
    }
    if (k->cls & (C_ROLE | C_ORG | C_HONOR)) return 1;
    if ((k->cls & C_NAT) && k->cap) return 1;
    return 0;
}

static int is_det(const doc *d, size_t i)
{
    return word_is(d, i, "the") || word_is(d, i, "a") || word_is(d, i, "an");
}

typedef struct np {
    size_t a, b;  /* tokens [a, b), determiner included */
    size_t na;    /* name part [na, b); na == b when none */
    int det, has_org, role_last, has_role;
} np;

static void np_analyze(const doc *d, np *p)
{
    p->det = is_det(d, p->a);
    p->has_org = p->has_role = 0;
    size_t na = p->b;
    while (na > p->a && name_word(d, na - 1) && !d->tk[na - 1].poss) na--;
    /* "president of Loral Space Communications": the name after "of" is
     * where the person works, not who they are */
    if (na > p->a && na < p->b && word_is(d, na - 1, "of")) na = p->b;
    p->na = na;
    for (size_t i = p->a; i < p->b; i++) {
        if (d->tk[i].cls & C_ORG) p->has_org = 1;
        if (i < na && (d->tk[i].cls & (C_ROLE | C_HONOR))) p->has_role = 1;
    }
    p->role_last = na == p->b && p->b > p->a && (d->tk[p->b - 1].cls & C_ROLE) &&
                   !(d->tk[p->b - 1].cls & C_ORG);
}

/* "of" inside a title or an organisation ("Secretary of State",
 * "Ministry of Foreign Affairs"), never after a name ("Fidel Castro of
 * Cuba" is Fidel Castro). */
static int of_inside(const doc *d, size_t i)
{
    return word_is(d, i, "of") && i > 0 && np_word(d, i - 1) && !name_word(d, i - 1) &&
           np_word(d, i + 1) && d->tk[i + 1].cap && d->tk[i + 1].sent == d->tk[i].sent;
}


/* The noun phrase starting at token i (after an optional "the"), within
 * [i, hi); 0 when there is none. */
static int np_fwd(const doc *d, size_t i, size_t hi, np *p)
{
    size_t j = i;
    if (j < hi && is_det(d, j)) j++;
    size_t s = j;
    while (j < hi && j - s < 10 && (np_word(d, j) || (j > s && of_inside(d, j))) &&
           d->tk[j].sent == d->tk[s].sent)
        j++;
    if (j == s) return 0;
    if (j < d->nt && d->tk[j].kind == T_WORD && !d->tk[j].cap &&
        !(d->tk[j].cls & (C_SPEECH | C_REPORT | C_SKIP | C_PREP | C_CONJ)) &&
        d->tk[j].sent == d->tk[s].sent) {
        /* "The Wye River agreement says", "An Islamic militant group":
         * the capitals qualify a common noun */
        const tok *w = &d->tk[j - 1];
        size_t n = w->e - w->s;
        const char *e = d->t + w->e;
        int adj = (n > 3 && (memcmp(e - 2, "ic", 2) == 0 || memcmp(e - 2, "an", 2) == 0 ||
                             memcmp(e - 3, "ese", 3) == 0 || memcmp(e - 3, "ish", 3) == 0 ||
                             memcmp(e - 2, "ni", 2) == 0 || memcmp(e - 2, "li", 2) == 0));
        if (is_det(d, i) ? !(d->tk[j - 1].cls & (C_ORG | C_ROLE)) : (j - s == 1 && adj))
            return 0;
    }
    p->a = i;
    p->b = j;
    np_analyze(d, p);
    return 1;
}

/* The noun phrase ending at token i (inclusive), not before lo. */
static int np_back(const doc *d, size_t i, size_t lo, np *p, int prep_ok)
{
    if (!np_word(d, i)) return 0;
    size_t j = i;
    while (j > lo && i - j < 10 && d->tk[j - 1].sent == d->tk[i].sent &&
           (np_word(d, j - 1) || (j - 1 > lo && of_inside(d, j - 1))))
        j--;
    /* "Professor Michael Reisman of Yale said": the head is before "of" */
    if (j > lo + 1 && word_is(d, j - 1, "of") && name_word(d, j - 2) &&
        d->tk[j - 2].sent == d->tk[i].sent)
        return np_back(d, j - 2, lo, p, prep_ok);
    if (j > lo && is_det(d, j - 1)) j--;
    if (!prep_ok && j > lo && (d->tk[j - 1].cls & C_PREP) && d->tk[j - 1].kind == T_WORD)
        return 0;
    p->a = j;
    p->b = i + 1;
    np_analyze(d, p);
    return 1;
}

/* Folded text of tokens [a, b), skipping honorifics when `nohon`. */
static char *tok_text(const doc *d, size_t a, size_t b, int nohon)
{
    size_t cap = 0;
    for (size_t i = a; i < b; i++) cap += d->tk[i].e - d->tk[i].s + 1;
    char *s = arena_alloc(d->ar, cap + 1);
    if (!s) return NULL;
    size_t n = 0;
    for (size_t i = a; i < b; i++) {
        if (nohon && (d->tk[i].cls & C_HONOR)) continue;
        if (n) s[n++] = ' ';
        memcpy(s + n, d->t + d->tk[i].s, d->tk[i].e - d->tk[i].s);
        n += d->tk[i].e - d->tk[i].s;
    }
    s[n] = '\0';
    return s;
}

static char norole_[1];
#define NOROLE norole_

/* The title before a name ("UK Prime Minister"), NULL when the words
 * before it hold no role word ("Ukraine's"), NOROLE when out of memory.
 * Capitals mark a title ("Russian President"), so they score above a
 * description ("Russian counterpart"). */
static char *role_text(const doc *d, const np *p)
{
    size_t ra = p->a + (size_t)p->det;
    int any = 0;
    for (size_t i = ra; i < p->na; i++) any |= (d->tk[i].cls & C_ROLE) != 0;
    if (!any) return NULL;
    char *r = tok_text(d, ra, p->na, 1);
    if (!r) return NOROLE;
    if (!*r) return NULL;
    return r;
}

static size_t role_score(const char *r)
{
    size_t caps = 0;
    for (const char *s = r; *s; s++)
        if ((s == r || s[-1] == ' ') && *s >= 'A' && *s <= 'Z') caps++;
    return caps * 100 + strlen(r);
}

/* Records the name part of a phrase in the document's table; returns its
 * entry index + 1, or 0 when out of memory. */
static uint32_t name_register(doc *d, const np *p)
{
    char *name = tok_text(d, p->na, p->b, 0);
    if (!name) return 0;
    size_t n = strlen(name);
    uint32_t *v = hmap_put(d->ar, &d->byname, name, n);
    if (!v) return 0;
    if (!*v) {
        if (!ARENA_PUSH(d->ar, d->nm_name, d->nnm, d->nmcap)) return 0;
        size_t n2 = d->nnm - 1, n3 = n2, n4 = n2;
        if (!ARENA_PUSH(d->ar, d->nm_role, n2, d->rcap) ||
            !ARENA_PUSH(d->ar, d->nm_words, n3, d->wcap) ||
            !ARENA_PUSH(d->ar, d->nm_occ, n4, d->ocap)) {
            d->nnm--;
            return 0;
        }
        size_t e = d->nnm - 1;
        d->nm_name[e] = name;
        d->nm_role[e] = NULL;
        d->nm_words[e] = p->b - p->na;
        d->nm_occ[e] = 0;
        *v = (uint32_t)(e + 1);
    }
    size_t e = *v - 1;
    d->nm_occ[e]++;
    char *role = role_text(d, p);
    if (role == NOROLE) return 0;
    if (role && (!d->nm_role[e] || role_score(role) > role_score(d->nm_role[e])))
        d->nm_role[e] = role;
    const tok *last = &d->tk[p->b - 1];
    uint32_t *l = hmap_put(d->ar, &d->bylast, d->t + last->s, last->e - last->s);
    if (!l) return 0;
    if (!*l || d->nm_words[*l - 1] < d->nm_words[e]) *l = *v;
    return *v;
}

static brief_status collect_names(doc *d)
{
    for (size_t i = 0; i < d->nt;) {
        np p;
        if (!np_word(d, i) || !np_fwd(d, i, d->nt, &p)) {
            i++;
            continue;
        }
        if (p.na < p.b && !name_register(d, &p)) return BRIEF_ENOMEM;
        i = p.b;
    }
    return BRIEF_OK;
}

/* ---- pass 3: speakers ------------------------------------------------- */

typedef struct spk {
    const char *name, *role;
    int person, org, found;
} spk;

/* The entry a name resolves to: the fullest form with its last word. */
static size_t name_resolve(const doc *d, const np *p)
{
    char *name = tok_text(d, p->na, p->b, 0);
    if (!name) return (size_t)-1;
    uint32_t *v = hmap_get(&d->byname, name, strlen(name));
    if (!v) return (size_t)-1;
    size_t e = *v - 1;
    const tok *last = &d->tk[p->b - 1];
    uint32_t *l = hmap_get(&d->bylast, d->t + last->s, last->e - last->s);
    if (l && *l - 1 != e) {
        size_t f = *l - 1;
        const char *full = d->nm_name[f];
        size_t fl = strlen(full), nl = strlen(name);
        /* "Starmer" -> "Keir Starmer"; "Keir Starmer" never -> "Tom Starmer" */
        if (d->nm_words[e] == 1 ||
            (fl > nl && full[fl - nl - 1] == ' ' && strcmp(full + fl - nl, name) == 0))
            e = f;
    }
    return e;
}

static spk spk_from_np(const doc *d, const np *p)
{
    spk s = {0};
    if (p->na < p->b) {
        size_t e = name_resolve(d, p);
        if (e == (size_t)-1) return s;
        s.name = d->nm_name[e];
        s.role = role_text(d, p);
        if (s.role == NOROLE) return s;
        if (!s.role || (d->nm_role[e] && role_score(d->nm_role[e]) > role_score(s.role)))
            s.role = d->nm_role[e];
        s.person = d->nm_words[e] >= 2 || p->has_role || d->nm_role[e] != NULL;
        if (!s.person) s.role = NULL;
        s.found = 1;
        return s;
    }
    if (p->role_last) {
        s.found = -1; /* "a Kremlin spokesman": someone, but unnamed */
        return s;
    }
    int capw = 0;
    for (size_t i = p->a; i < p->b; i++) capw |= d->tk[i].cap && !word_is(d, i, "the");
    if (capw && (p->has_org || p->det)) {
        char *t = tok_text(d, p->a, p->b, 0);
        if (!t) return s;
        if (t[0] == 'T' && p->det) t[0] = 't';
        s.name = t;
        s.org = 1;
        s.found = 1;
    }
    return s;
}

typedef struct ctx3 {
    doc *d;
    spk cur;   /* main subject of the current sentence */
    spk last;  /* last person named as a speaker or subject */
} ctx3;

/* The person a pronoun at token i stands for: the sentence's subject, else
 * the last person named.  A "she" for someone the document has only
 * called a man (or a "he" for a woman) stands for someone else, unnamed
 * here: no guess. */
static spk pronoun(const ctx3 *c, size_t i)
{
    spk none = {0}, s;
    if (c->cur.found == 1 && c->cur.person) s = c->cur;
    else if (c->cur.found == -1) return none; /* "A spokesman ... But he said" */
    else if (c->last.found == 1) s = c->last;
    else return none;
    uint32_t g = c->d->tk[i].cls & (C_MALE | C_FEMALE);
    if (g && s.person && s.name) {
        const uint32_t *known = hmap_get(&c->d->sex, s.name, strlen(s.name));
        if (known && !(*known & g)) return none;
    }
    return s;
}

/* Notes that the document calls person s by sex bits g; a failed
 * allocation is kept in d->oom for quotes_find to return. */
static void note_sex(doc *d, const spk *s, uint32_t g)
{
    if (!g || !s->person || !s->name || s->found != 1) return;
    uint32_t *v = hmap_put(d->ar, &d->sex, s->name, strlen(s->name));
    if (v) *v |= g;
    else d->oom = 1;
}

static int is_verb(const doc *d, size_t i, uint32_t mask)
{
    return i < d->nt && d->tk[i].kind == T_WORD && !d->tk[i].cap && (d->tk[i].cls & mask);
}

static int is_pron(const doc *d, size_t i)
{
    return i < d->nt && d->tk[i].kind == T_WORD && (d->tk[i].cls & C_PRON);
}

static size_t skip_fwd(const doc *d, size_t i, size_t hi)
{
    for (int n = 0; i < hi && n < 4 && d->tk[i].kind == T_WORD && (d->tk[i].cls & C_SKIP) &&
                    !(d->tk[i].cls & (C_SPEECH | C_REPORT));
         n++)
        i++;
    return i;
}

/* The sentence subject of tokens [a, b): after a leading adverbial ("In
 * response,"), the first noun phrase or pronoun. */
static spk main_subject(const ctx3 *c, size_t a, size_t b)
{
    const doc *d = c->d;
    spk none = {0};
    size_t i = a;
    while (i < b && (d->tk[i].kind == T_QUOTE || d->tk[i].kind == T_COMMA ||
                     d->tk[i].kind == T_DASH))
        i++;
    while (i < b && (d->tk[i].cls & C_CONJ)) i++;
    if (i < b && d->tk[i].kind == T_WORD && (d->tk[i].cls & C_SUB)) {
        /* "While Hamilton, president of Loral, said …, Kelly is more
         * pessimistic": the clause may hold commas, the subject follows
         * the last one that a name or pronoun comes after */
        size_t last = b;
        for (size_t j = i; j < b && j - i < QUOTES_WINDOW; j++)
            if (d->tk[j].kind == T_COMMA && j + 1 < b &&
                (np_word(d, j + 1) || is_pron(d, j + 1) || is_det(d, j + 1)))
                last = j;
        if (last < b) i = last + 1;
    } else if (i < b && d->tk[i].kind == T_WORD &&
        ((d->tk[i].cls & C_LEAD) ||
         (d->tk[i].e - d->tk[i].s > 4 && memcmp(d->t + d->tk[i].e - 3, "ing", 3) == 0))) {
        size_t j = i;
        while (j < b && j - i < 15 && d->tk[j].kind != T_COMMA) j++;
        if (j < b && d->tk[j].kind == T_COMMA) i = j + 1;
    }
    while (i < b && (d->tk[i].kind == T_QUOTE || d->tk[i].kind == T_COMMA)) i++;
    if (i >= b) return none;
    if (is_pron(d, i)) {
        /* "He" opening a sentence about the person just named: evidence
         * of their sex for later pronouns. */
        spk s = pronoun(c, i);
        note_sex(c->d, &s, d->tk[i].cls & (C_MALE | C_FEMALE));
        return s;
    }
    np p;
    if (!np_fwd(d, i, b, &p)) return none;
    spk s = spk_from_np(d, &p);
    if (s.found == 1 && p.b - p.na >= 2) {
        /* "Mr. Abdallah Fazul", "his wife Amina Fazul": a full name with a
         * gendered honorific or role.  A surname alone ("Mrs. Fazul") is
         * left out: it resolves to the fullest form, maybe her husband's. */
        uint32_t g = 0;
        for (size_t k = p.a; k < p.na; k++) g |= d->tk[k].cls & (C_MALE | C_FEMALE);
        if (g != (C_MALE | C_FEMALE)) note_sex(c->d, &s, g);
    }
    if (s.found != 1 && p.na == p.b && p.has_role) {
        /* "Trump's envoy for the conflict, Steve Witkoff, ..." */
        for (size_t j = p.b; j < b && j < p.b + 8; j++) {
            if (d->tk[j].kind != T_COMMA) continue;
            np q;
            if (np_fwd(d, j + 1, b, &q) && q.na < q.b) return spk_from_np(d, &q);
            break;
        }
    }
    return s.found ? s : none;
}

/* The speaker of the speech verb at token v: the phrase right before it
 * (over adverbs and auxiliaries: "Zelensky on Saturday accused"), a
 * pronoun, or, when the verb has no subject of its own ("…, stating",
 * "who led the team, said"), the sentence subject. */
static spk verb_subject(const ctx3 *c, size_t v, size_t lo)
{
    const doc *d = c->d;
    spk none = {0};
    size_t j = v;
    for (int n = 0; j > lo && n < 4 && d->tk[j - 1].kind == T_WORD &&
                    (d->tk[j - 1].cls & C_SKIP) && !is_pron(d, j - 1);
         n++)
        j--;
    if (j > lo + 1 && d->tk[j - 1].kind == T_COMMA && name_word(d, j - 2)) {
        /* "One resident, Valentina, noted": a name between commas */
        np ap;
        if (np_back(d, j - 2, lo, &ap, 0) && ap.a > lo + 1 && d->tk[ap.a - 1].kind == T_COMMA &&
            ((d->tk[ap.a - 2].cls & C_ROLE) || spk_from_np(d, &ap).person))
            j--; /* but not "in Porto, Portugal, said" */
    }
    np p;
    if (j > lo && is_pron(d, j - 1)) return pronoun(c, j - 1);
    /* "with Prime Minister Keir Starmer accusing": a gerund's subject may
     * follow a preposition */
    size_t vl = d->tk[v].e - d->tk[v].s;
    int ing = vl > 4 && memcmp(d->t + d->tk[v].e - 3, "ing", 3) == 0;
    if (j > lo && np_back(d, j - 1, lo, &p, ing && j == v)) {
        spk s = spk_from_np(d, &p);
        return s.found ? s : none;
    }
    /* "But, said Alun Michael, a senior official, ``…''": only verbs that
     * take no object invert ("told CNN" names the listener) */
    if ((word_is(d, v, "said") || word_is(d, v, "says") || word_is(d, v, "added")) &&
        (j <= lo || d->tk[j - 1].kind == T_COMMA) && np_fwd(d, v + 1, d->nt, &p) && p.na < p.b)
        return spk_from_np(d, &p);
    return c->cur;
}

/* `said X`, `X said`, `he said`, `according to X` starting at token i. */
static int frame_at(const ctx3 *c, size_t i, size_t hi, spk *out)
{
    const doc *d = c->d;
    np p;
    if (i >= hi) return 0;
    if (is_verb(d, i, C_SPEECH)) {
        if (is_pron(d, i + 1) && i + 1 < hi) {
            *out = pronoun(c, i + 1);
            return 1;
        }
        if (np_fwd(d, i + 1, hi, &p)) {
            spk s = spk_from_np(d, &p);
            if (s.found) {
                *out = s;
                return 1;
            }
        }
        return 0;
    }
    if (word_is(d, i, "according") && word_is(d, i + 1, "to") && np_fwd(d, i + 2, hi, &p)) {
        spk s = spk_from_np(d, &p);
        if (s.found) {
            *out = s;
            return 1;
        }
        return 0;
    }
    if (is_pron(d, i)) {
        size_t j = skip_fwd(d, i + 1, hi);
        if (is_verb(d, j, C_SPEECH)) {
            *out = pronoun(c, i);
            return 1;
        }
        return 0;
    }
    if (np_fwd(d, i, hi, &p)) {
        size_t j = skip_fwd(d, p.b, hi);
        if (is_verb(d, j, C_SPEECH)) {
            *out = spk_from_np(d, &p);
            return 1;
        }
    }
    return 0;
}

static spk attribute(ctx3 *c, size_t k, size_t a, size_t nx, size_t ae)
{
    const doc *d = c->d;
    spk s = {0};
    /* 1. after the quote: `"…," X said`, `"…" said X`, `…, he insisted` */
    for (size_t i = nx; i < ae; i++) {
        if (i != nx && d->tk[i].kind != T_COMMA) continue;
        size_t j = i;
        while (j < ae && (d->tk[j].kind == T_COMMA || d->tk[j].kind == T_DASH)) j++;
        if (frame_at(c, j, ae, &s)) return s;
    }
    size_t lo = k > a + QUOTES_WINDOW ? k - QUOTES_WINDOW : a;
    /* 2. according to X, "…" */
    for (size_t i = k; i-- > lo;)
        if (word_is(d, i, "according") && frame_at(c, i, k, &s)) return s;
    /* 3. X said: "…" / X told CNN: "…" */
    size_t j = k;
    size_t reach = 1;
    if (j > lo && (d->tk[j - 1].kind == T_COMMA || d->tk[j - 1].kind == T_COLON)) {
        j--;
        reach = 4; /* "told CNN:" */
    }
    for (size_t n = 0; j > lo && n < reach; n++, j--)
        if (is_verb(d, j - 1, C_SPEECH)) return verb_subject(c, j - 1, lo);
    /* 4. reported speech: the sentence's first speech verb, unless a later
     * one has a pronoun of its own ("what he called") */
    size_t first = (size_t)-1, pro = (size_t)-1;
    for (size_t i = lo; i < k; i++) {
        if (!is_verb(d, i, C_SPEECH | C_REPORT)) continue;
        if (i > lo && (is_det(d, i - 1) || word_is(d, i - 1, "his") || word_is(d, i - 1, "her") ||
                       word_is(d, i - 1, "their") || word_is(d, i - 1, "its") ||
                       d->tk[i - 1].poss))
            continue; /* "the call", "his warning": a noun */
        if (first == (size_t)-1) first = i;
        else if (i > lo && is_pron(d, i - 1)) pro = i;
    }
    if (pro != (size_t)-1) return pronoun(c, pro - 1);
    if (first != (size_t)-1) return verb_subject(c, first, lo);
    return s;
}

static int inner_edge(const char *t, size_t b, size_t e, int last)
{
    /* the first or last non-space code point of t[b..e) */
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

static char *quote_text(arena *ar, const char *t, const qrec *r)
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

brief_status quotes_find(arena *ar, const quotes_lang *ql, const char *text,
                         const block *blocks, size_t nblocks, const span *spans,
                         size_t nspans, quotes_doc *out)
{
    if (!ar || !ql || !out || (!text && (nblocks || nspans))) return BRIEF_EINVAL;
    memset(out, 0, sizeof *out);
    qscan qs = {0};
    qs.ar = ar;
    if (nblocks && !find_marks(&qs, text, blocks, nblocks)) return BRIEF_ENOMEM;
    if (!qs.n) return BRIEF_OK;
    quote *qv = arena_calloc(ar, qs.n, sizeof *qv);
    int32_t *qtok = arena_alloc(ar, qs.n * sizeof *qtok);
    if (!qv || !qtok) return BRIEF_ENOMEM;
    for (size_t i = 0; i < qs.n; i++) {
        qv[i].start = qs.q[i].oe;
        qv[i].end = qs.q[i].cs;
        qv[i].text = quote_text(ar, text, &qs.q[i]);
        if (!qv[i].text) return BRIEF_ENOMEM;
        qv[i].partial = 1;
        qtok[i] = -1;
    }
    doc d;
    memset(&d, 0, sizeof d);
    d.ar = ar;
    d.ql = ql;
    d.t = text;
    if (!tokenize(&d, qs.q, qs.n, spans, nspans)) return BRIEF_ENOMEM;
    brief_status st = collect_names(&d);
    if (st != BRIEF_OK) return st;

    ctx3 c;
    memset(&c, 0, sizeof c);
    spk prev = {0};
    uint32_t prev_para = UINT32_MAX;
    c.d = &d;
    for (size_t a = 0; a < d.nt;) {
        size_t b = a;
        while (b < d.nt && d.tk[b].sent == d.tk[a].sent) b++;
        c.cur = main_subject(&c, a, b);
        int had_quote = 0;
        if ((c.cur.found == 1 && c.cur.person) || c.cur.found == -1) c.last = c.cur;
        for (size_t k = a; k < b; k++) {
            if (d.tk[k].kind != T_QUOTE) continue;
            had_quote = 1;
            size_t qi = (size_t)d.tk[k].q;
            const qrec *r = &qs.q[qi];
            quote *q = &qv[qi];
            /* the words after it: its sentence, or the next one when the
             * close mark is there or the next starts in lowercase */
            size_t nx = k + 1, ae = nx;
            if (nx < d.nt && d.tk[nx].para == d.tk[k].para &&
                (d.tk[nx].sent == d.tk[k].sent || spans[d.tk[nx].sent].start <= r->cs ||
                 !d.tk[nx].cap)) {
                while (ae < d.nt && ae - nx < QUOTES_WINDOW && d.tk[ae].sent == d.tk[nx].sent)
                    ae++;
            }
            spk s = attribute(&c, k, a, nx, ae);
            int bare = k == a && (ae == nx || d.tk[nx].kind == T_END);
            if (s.found != 1 && bare && prev.found == 1 && prev_para == d.tk[k].para) {
                /* `"…," Buffone said. "More words."`: the same voice goes on */
                s = prev;
            }
            if (s.found == 1 && s.name) {
                q->speaker = s.name;
                q->role = s.role;
                q->is_org = s.org;
                if (s.person) c.last = s;
            } else if (s.found == -1) {
                c.last = s;
            }
            prev = s;
            prev_para = d.tk[k].para;
            /* full: it stands as its own sentence(s) with only a frame */
            int32_t first = inner_edge(text, r->oe, r->cs, 0);
            int32_t lastc = inner_edge(text, r->oe, r->cs, 1);
            int cap = is_upper_cp(first);
            int start_ok = k == a;
            if (!start_ok) {
                const tok *bt = &d.tk[k - 1];
                start_ok = bt->kind == T_COLON || (bt->kind == T_COMMA && cap) ||
                           (is_verb(&d, k - 1, C_SPEECH) && cap) || (bt->kind == T_DASH && cap);
            }
            int ends = ae == nx || nx >= d.nt || d.tk[nx].kind == T_END ||
                       d.tk[nx].sent != d.tk[k].sent;
            int end_ok = ends || lastc == ',' || lastc == '.' || lastc == '?' ||
                         lastc == '!' || lastc == 0x2026;
            q->partial = !(start_ok && end_ok);
            qtok[qi] = (int32_t)k;
        }
        if (!had_quote) {
            /* "Some satellites can hide, Ozkul said.": a speaker without a
             * quote is still the one a later "he said" means */
            for (size_t v = a; v < b; v++) {
                np p;
                if (!is_verb(&d, v, C_SPEECH) || v == a) continue;
                if (np_back(&d, v - 1, a, &p, 0)) {
                    spk s = spk_from_np(&d, &p);
                    if (s.found == 1 && s.person) c.last = s;
                    else if (s.found == -1) c.last = s;
                }
            }
        }
        a = b;
    }
    if (d.oom) return BRIEF_ENOMEM;
    /* the people of the document, fullest forms only, with the mentions
     * of every shorter form added up */
    quotes_person *pp = arena_calloc(ar, d.nnm ? d.nnm : 1, sizeof *pp);
    unsigned *m = arena_calloc(ar, d.nnm ? d.nnm : 1, sizeof *m);
    if (!pp || !m) return BRIEF_ENOMEM;
    for (size_t e = 0; e < d.nnm; e++) {
        const char *sp = strrchr(d.nm_name[e], ' ');
        const char *lastw = sp ? sp + 1 : d.nm_name[e];
        uint32_t *l = hmap_get(&d.bylast, lastw, strlen(lastw));
        if (l) m[*l - 1] += d.nm_occ[e];
    }
    size_t np_ = 0;
    for (size_t e = 0; e < d.nnm; e++) {
        if (!m[e]) continue;
        pp[np_].name = d.nm_name[e];
        pp[np_].role = d.nm_role[e];
        pp[np_].mentions = m[e];
        np_++;
    }
    out->quotes = qv;
    out->nquotes = qs.n;
    out->people = pp;
    out->npeople = np_;
    return BRIEF_OK;
}

/* ---- across documents ------------------------------------------------- */

/* A spelling key that makes transliterations meet: ASCII-folded
 * (accents stripped), lowercase, y/j -> i, w -> v, ph -> f, kh -> h,
 * doubled letters collapsed ("Zelenskyy" and "Zelensky" -> "zelenski",
 * "Sergey" and "Sergei" -> "sergei"). */
static char *translit_key(arena *ar, const char *s, size_t n)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t ml = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n, &m,
                                       UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                           UTF8PROC_CASEFOLD);
    if (ml < 0) {
        free(m);
        return arena_strndup(ar, "", 0);
    }
    char *k = arena_alloc(ar, (size_t)ml + 1);
    if (!k) {
        free(m);
        return NULL;
    }
    size_t o = 0;
    for (utf8proc_ssize_t i = 0; i < ml; i++) {
        char c = (char)m[i];
        if ((unsigned char)c >= 0x80 || !((c >= 'a' && c <= 'z'))) continue;
        if (c == 'y' || c == 'j') c = 'i';
        if (c == 'w') c = 'v';
        if (c == 'h' && o && (k[o - 1] == 'p' || k[o - 1] == 'k')) {
            if (k[o - 1] == 'p') k[o - 1] = 'f';
            continue;
        }
        if (o && k[o - 1] == c) continue;
        k[o++] = c;
    }
    k[o] = '\0';
    free(m);
    return k;
}

/* 1 when a and b are at most one edit apart. */
static int within_one_edit(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > lb) {
        const char *t = a;
        a = b;
        b = t;
        size_t tl = la;
        la = lb;
        lb = tl;
    }
    if (lb - la > 1) return 0;
    size_t i = 0;
    while (i < la && a[i] == b[i]) i++;
    if (i == la) return 1;
    if (la == lb) return strcmp(a + i + 1, b + i + 1) == 0;
    return strcmp(a + i, b + i + 1) == 0;
}

/* Keys shorter than this must match exactly as written: "Maj" is not
 * "May", and short surnames have few spellings. */
#define TRANSLIT_MIN 5

typedef struct cent {
    const char *name, *role;
    const char *first; size_t flen;   /* first word, or NULL */
    const char *last;                 /* last word */
    char *skey, *fkey;
    unsigned mentions;
    size_t group, cluster;
} cent;

static size_t uf_find(size_t *par, size_t x)
{
    while (par[x] != x) {
        par[x] = par[par[x]];
        x = par[x];
    }
    return x;
}

static int by_skey(const void *x, const void *y)
{
    const cent *a = *(const cent *const *)x, *b = *(const cent *const *)y;
    int c = strcmp(a->skey, b->skey);
    return c ? c : strcmp(a->last, b->last);
}

static int by_group(const void *x, const void *y)
{
    const cent *a = *(const cent *const *)x, *b = *(const cent *const *)y;
    if (a->group != b->group) return a->group < b->group ? -1 : 1;
    return a < b ? -1 : a > b;
}

/* Adds m to the count of (cluster, spelling) and returns the total. */
static unsigned tally(arena *ar, hmap *h, size_t cl, const char *w, size_t n, unsigned m,
                      int *err)
{
    char *k = arena_alloc(ar, n + 24);
    if (!k) {
        *err = 1;
        return 0;
    }
    int kl = snprintf(k, 24, "%zu|", cl);
    memcpy(k + kl, w, n);
    uint32_t *v = hmap_put(ar, h, k, (size_t)kl + n);
    if (!v) {
        *err = 1;
        return 0;
    }
    *v += m;
    return *v;
}

brief_status quotes_canonicalize(arena *ar, quotes_doc *docs, size_t ndocs)
{
    if (!ar || (!docs && ndocs)) return BRIEF_EINVAL;
    size_t n = 0;
    for (size_t i = 0; i < ndocs; i++) n += docs[i].npeople;
    if (!n) return BRIEF_OK;
    cent *ce = arena_calloc(ar, n, sizeof *ce);
    cent **ord = arena_alloc(ar, n * sizeof *ord);
    size_t *par = arena_alloc(ar, n * sizeof *par);
    const char **canon = arena_calloc(ar, n, sizeof *canon);
    const char **crole = arena_calloc(ar, n, sizeof *crole);
    size_t *reps = arena_alloc(ar, n * sizeof *reps);
    if (!ce || !ord || !par || !canon || !crole || !reps) return BRIEF_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < ndocs; i++)
        for (size_t j = 0; j < docs[i].npeople; j++, k++) {
            cent *c = &ce[k];
            c->name = docs[i].people[j].name;
            c->role = docs[i].people[j].role;
            c->mentions = docs[i].people[j].mentions;
            const char *sp = strrchr(c->name, ' ');
            c->last = sp ? sp + 1 : c->name;
            c->skey = translit_key(ar, c->last, strlen(c->last));
            if (sp) {
                const char *fs = strchr(c->name, ' ');
                c->first = c->name;
                c->flen = (size_t)(fs - c->name);
                c->fkey = translit_key(ar, c->first, c->flen);
            }
            if (!c->skey || (sp && !c->fkey)) return BRIEF_ENOMEM;
            ord[k] = c;
            par[k] = k;
        }
    /* surnames: runs of one key (and, for short keys, one spelling) are
     * one group; distinct long keys one edit apart merge, compared only
     * within a bucket of keys sharing their first two letters */
    qsort(ord, n, sizeof *ord, by_skey);
    size_t nreps = 0;
    for (size_t i = 0; i < n; i++) {
        int same = i > 0 && strcmp(ord[i]->skey, ord[i - 1]->skey) == 0 &&
                   (strlen(ord[i]->skey) >= TRANSLIT_MIN || strcmp(ord[i]->last, ord[i - 1]->last) == 0);
        if (same) {
            size_t ra = uf_find(par, (size_t)(ord[i] - ce)),
                   rb = uf_find(par, (size_t)(ord[i - 1] - ce));
            if (ra != rb) par[ra] = rb;
        } else if (i == 0 || strcmp(ord[i]->skey, ord[i - 1]->skey) != 0) {
            reps[nreps++] = i;
        }
    }
    for (size_t i = 0; i < nreps;) {
        size_t j = i;
        while (j < nreps && strncmp(ord[reps[j]]->skey, ord[reps[i]]->skey, 2) == 0) j++;
        for (size_t x = i; x < j; x++) {
            const char *a = ord[reps[x]]->skey;
            if (strlen(a) < TRANSLIT_MIN) continue;
            for (size_t y = x + 1; y < j; y++) {
                const char *b = ord[reps[y]]->skey;
                if (strlen(b) < TRANSLIT_MIN || !within_one_edit(a, b)) continue;
                size_t ra = uf_find(par, (size_t)(ord[reps[x]] - ce)),
                       rb = uf_find(par, (size_t)(ord[reps[y]] - ce));
                if (ra != rb) par[ra] = rb;
            }
        }
        i = j;
    }
    for (size_t i = 0; i < n; i++) ce[i].group = uf_find(par, i);
    for (size_t i = 0; i < n; i++) ord[i] = &ce[i];
    qsort(ord, n, sizeof *ord, by_group);

    /* within a surname group people differ by first name ("Donald" and
     * "Melania" Trump stay two); a bare surname joins the best-known one */
    hmap tal = {0};
    int err = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && ord[j]->group == ord[i]->group) j++;
        size_t nr = 0; /* cluster representatives, in reps[] */
        for (size_t x = i; x < j; x++) {
            cent *c = ord[x];
            c->cluster = (size_t)-1;
            if (!c->first) continue;
            for (size_t r = 0; r < nr && c->cluster == (size_t)-1; r++) {
                const char *rk = ord[reps[r]]->fkey;
                if (strcmp(rk, c->fkey) == 0 ||
                    (strlen(c->fkey) >= TRANSLIT_MIN && strlen(rk) >= TRANSLIT_MIN &&
                     within_one_edit(rk, c->fkey)))
                    c->cluster = reps[r];
            }
            if (c->cluster == (size_t)-1) {
                c->cluster = x;
                reps[nr++] = x;
            }
        }
        size_t best = i;
        unsigned bestm = 0;
        for (size_t x = i; x < j; x++) {
            cent *c = ord[x];
            if (!c->first) continue;
            unsigned m = tally(ar, &tal, c->cluster, "", 0, c->mentions, &err);
            if (m > bestm) {
                bestm = m;
                best = c->cluster;
            }
        }
        for (size_t x = i; x < j; x++)
            if (!ord[x]->first) ord[x]->cluster = best;
        /* the most used spellings of each cluster's surname and first name */
        for (size_t x = i; x < j; x++) {
            cent *c = ord[x];
            tally(ar, &tal, c->cluster, c->last, strlen(c->last), c->mentions, &err);
            if (c->first) tally(ar, &tal, c->cluster, c->name, c->flen + 1, c->mentions, &err);
        }
        if (err) return BRIEF_ENOMEM;
        for (size_t x = i; x < j; x++) {
            if (ord[x]->cluster != x) continue;
            size_t cl = x;
            const char *bl = NULL, *bf = NULL, *model = NULL, *role = NULL;
            unsigned blm = 0, bfm = 0, modm = 0;
            for (size_t y = i; y < j; y++) {
                cent *c = ord[y];
                if (c->cluster != cl) continue;
                unsigned lm = tally(ar, &tal, cl, c->last, strlen(c->last), 0, &err);
                if (lm > blm) {
                    blm = lm;
                    bl = c->last;
                }
                if (c->first) {
                    unsigned fm = tally(ar, &tal, cl, c->name, c->flen + 1, 0, &err);
                    if (fm > bfm) {
                        bfm = fm;
                        bf = c->name;
                    }
                }
                if (c->role && (!role || strlen(c->role) > strlen(role))) role = c->role;
            }
            if (err) return BRIEF_ENOMEM;
            for (size_t y = i; y < j && bf; y++) {
                cent *c = ord[y];
                if (c->cluster != cl || !c->first || strncmp(c->name, bf, c->flen + 1) != 0)
                    continue;
                if (c->mentions > modm || (c->mentions == modm && model &&
                                           strlen(c->name) > strlen(model))) {
                    modm = c->mentions;
                    model = c->name;
                }
            }
            char *name;
            if (model) {
                /* the model's words, with the most used surname spelling */
                size_t ml = (size_t)(strrchr(model, ' ') - model);
                size_t ll = strlen(bl);
                name = arena_alloc(ar, ml + ll + 2);
                if (!name) return BRIEF_ENOMEM;
                memcpy(name, model, ml);
                name[ml] = ' ';
                memcpy(name + ml + 1, bl, ll + 1);
            } else {
                name = arena_strdup(ar, bl ? bl : ord[x]->name);
                if (!name) return BRIEF_ENOMEM;
            }
            for (size_t y = i; y < j; y++)
                if (ord[y]->cluster == cl) {
                    canon[ord[y] - ce] = name;
                    crole[ord[y] - ce] = role;
                }
        }
        i = j;
    }
    /* rename: a speaker is one of its document's people */
    k = 0;
    for (size_t i = 0; i < ndocs; i++) {
        hmap idx = {0};
        for (size_t j = 0; j < docs[i].npeople; j++) {
            uint32_t *v = hmap_put(ar, &idx, docs[i].people[j].name,
                                   strlen(docs[i].people[j].name));
            if (!v) return BRIEF_ENOMEM;
            *v = (uint32_t)j + 1;
        }
        for (size_t q = 0; q < docs[i].nquotes; q++) {
            quote *qt = &docs[i].quotes[q];
            if (!qt->speaker || qt->is_org) continue;
            uint32_t *v = hmap_get(&idx, qt->speaker, strlen(qt->speaker));
            if (!v) continue;
            size_t j = k + *v - 1;
            if (canon[j]) qt->speaker = canon[j];
            if (!qt->role) qt->role = crole[j];
        }
        k += docs[i].npeople;
    }
    return BRIEF_OK;
}

static brief_status copy_string(arena *ar, const char *s, const char **out)
{
    *out = NULL;
    if (!s) return BRIEF_OK;
    *out = arena_strdup(ar, s);
    return *out ? BRIEF_OK : BRIEF_ENOMEM;
}

brief_status quotes_doc_copy(arena *ar, const quotes_doc *src, quotes_doc *dst)
{
    memset(dst, 0, sizeof *dst);
    quote *q = arena_alloc(ar, (src->nquotes ? src->nquotes : 1) * sizeof *q);
    quotes_person *p = arena_alloc(ar, (src->npeople ? src->npeople : 1) * sizeof *p);
    if (!q || !p) return BRIEF_ENOMEM;
    brief_status s = BRIEF_OK;
    for (size_t i = 0; s == BRIEF_OK && i < src->nquotes; i++) {
        q[i] = src->quotes[i];
        if ((s = copy_string(ar, src->quotes[i].text, &q[i].text)) == BRIEF_OK &&
            (s = copy_string(ar, src->quotes[i].speaker, &q[i].speaker)) == BRIEF_OK)
            s = copy_string(ar, src->quotes[i].role, &q[i].role);
    }
    for (size_t i = 0; s == BRIEF_OK && i < src->npeople; i++) {
        p[i] = src->people[i];
        if ((s = copy_string(ar, src->people[i].name, &p[i].name)) == BRIEF_OK)
            s = copy_string(ar, src->people[i].role, &p[i].role);
    }
    if (s != BRIEF_OK) return s;
    dst->quotes = q;
    dst->nquotes = src->nquotes;
    dst->people = p;
    dst->npeople = src->npeople;
    return BRIEF_OK;
}
