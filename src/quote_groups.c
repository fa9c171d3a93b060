/*
 * quote_groups.c - which quotes of a story render one statement; see
 * quote_groups.h.
 *
 * The index.  Let the shorter quote (in bytes, as the rule reads it) have
 * n countable words, need = ceil(0.6 n) of which must stand in the longer.
 * (all n when n < 4: a shorter quote of fewer than 4 words matches only by
 * standing whole in the other).  Take its distinct words rarest first
 * (fewest quotes holding them) until they cover n - need + 1 of its n
 * words: its pigeonhole set.  A longer
 * quote holding none of them holds at most need - 1 of its words, so no
 * match; a quote standing whole in another holds all of them.  So quote i
 * is compared only with earlier leaders that hold a word of i's set (i the
 * shorter) or whose set holds a word of i (i the longer), in the order of
 * their numbers, which gives the same first match as comparing with every
 * leader.  A quote with no countable word has an empty set and is compared
 * with every leader, both ways.
 */
#include "quote_groups.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "strmap.h"

/* Longest word the rule counts (with its two spaces and the NUL in 96). */
enum { WORD_MAX = 93 };

/* The words of s, lowercased, each with a space on both sides
 * (" the two presidents "). */
static char *quote_key(arena *ar, const char *s)
{
    size_t n = strlen(s);
    char *k = arena_alloc(ar, n + 3);
    if (!k) return NULL;
    size_t o = 0;
    k[o++] = ' ';
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 'A' && ch <= 'Z') k[o++] = (char)(ch + 32);
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch >= 0x80)
            k[o++] = (char)ch;
        else if (k[o - 1] != ' ')
            k[o++] = ' ';
    }
    if (k[o - 1] != ' ') k[o++] = ' ';
    k[o] = '\0';
    return k;
}

static int same_key(const char *a, const char *b)
{
    if (strstr(a, b) || strstr(b, a)) return 1;
    const char *shorter = strlen(a) < strlen(b) ? a : b, *longer = shorter == a ? b : a;
    size_t words = 0, found = 0;
    char w[WORD_MAX + 3];
    for (const char *p = shorter + 1; *p;) {
        const char *e = strchr(p, ' ');
        if (!e) break;
        size_t len = (size_t)(e - p);
        if (len && len <= WORD_MAX) {
            w[0] = ' ';
            memcpy(w + 1, p, len);
            w[len + 1] = ' ';
            w[len + 2] = '\0';
            words++;
            found += strstr(longer, w) != NULL;
        }
        p = e + 1;
    }
    return words >= 4 && found * 10 >= words * 6;
}

int quote_same_statement(arena *tmp, const char *a, const char *b)
{
    char *ka = quote_key(tmp, a), *kb = quote_key(tmp, b);
    return ka && kb && same_key(ka, kb);
}

/* Word ids of one quote: tokens in order, then its distinct ids. */
typedef struct qwords {
    uint32_t *tok, ntok;
    uint32_t *set, nset; /* the pigeonhole set */
    size_t len;          /* of the key, which decides which is the shorter */
} qwords;

/* A CSR list per word id: the quotes, in order, that it lists. */
typedef struct postings {
    uint32_t *start; /* nwords + 1 */
    uint32_t *q;
} postings;

static const uint32_t *df_of; /* for by_rarity; set only while sorting */

static int by_rarity(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    if (df_of[a] != df_of[b]) return df_of[a] < df_of[b] ? -1 : 1;
    return a < b ? -1 : a > b;
}

static int by_number(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    return a < b ? -1 : a > b;
}

/* The tokens of key k as word ids, adding new words to m. */
static brief_status tokens_of(arena *tmp, strmap *m, const char *k, qwords *w)
{
    size_t cap = 0;
    for (const char *p = k; *p; p++) cap += *p == ' ';
    w->tok = arena_alloc(tmp, (cap + 1) * sizeof *w->tok);
    if (!w->tok) return BRIEF_ENOMEM;
    w->ntok = 0;
    for (const char *p = k + 1; *p;) {
        const char *e = strchr(p, ' ');
        if (!e) break;
        size_t len = (size_t)(e - p);
        if (len && len <= WORD_MAX) {
            uint32_t id = strmap_put(m, p, len, NULL);
            if (id == STRMAP_NONE) return BRIEF_ENOMEM;
            w->tok[w->ntok++] = id;
        }
        p = e + 1;
    }
    return BRIEF_OK;
}

/* Quote w's distinct ids, rarest first, cut to its pigeonhole set.  mark
 * and count are scratch per word id, zero on entry and on return. */
static brief_status pigeonhole(arena *tmp, qwords *w, const uint32_t *df, uint32_t *count)
{
    w->set = arena_alloc(tmp, (w->ntok + 1) * sizeof *w->set);
    if (!w->set) return BRIEF_ENOMEM;
    w->nset = 0;
    for (uint32_t t = 0; t < w->ntok; t++)
        if (count[w->tok[t]]++ == 0) w->set[w->nset++] = w->tok[t];
    df_of = df;
    qsort(w->set, w->nset, sizeof *w->set, by_rarity);
    df_of = NULL;
    /* Below 4 words only a quote standing whole in the other matches. */
    size_t n = w->ntok, need = n < 4 ? n : (6 * n + 9) / 10, cover = 0, k = 0;
    while (k < w->nset && cover < n - need + 1) cover += count[w->set[k++]];
    for (uint32_t t = 0; t < w->ntok; t++) count[w->tok[t]] = 0;
    w->nset = (uint32_t)k;
    return BRIEF_OK;
}

/* The postings of every word listed by list(w) (the tokens, or the set),
 * each quote once per word. */
static brief_status build_postings(arena *tmp, const qwords *w, size_t n, size_t nwords,
                                   int sets, postings *p)
{
    p->start = arena_calloc(tmp, nwords + 1, sizeof *p->start);
    uint32_t *last = arena_alloc(tmp, nwords * sizeof *last);
    if (!p->start || !last) return BRIEF_ENOMEM;
    memset(last, 0xff, nwords * sizeof *last);
    size_t total = 0;
    for (size_t i = 0; i < n; i++) {
        const uint32_t *ids = sets ? w[i].set : w[i].tok;
        uint32_t m = sets ? w[i].nset : w[i].ntok;
        for (uint32_t k = 0; k < m; k++)
            if (last[ids[k]] != i) last[ids[k]] = (uint32_t)i, p->start[ids[k] + 1]++, total++;
    }
    for (size_t k = 0; k < nwords; k++) p->start[k + 1] += p->start[k];
    p->q = arena_alloc(tmp, (total + 1) * sizeof *p->q);
    uint32_t *fill = arena_alloc(tmp, (nwords + 1) * sizeof *fill);
    if (!p->q || !fill) return BRIEF_ENOMEM;
    memcpy(fill, p->start, nwords * sizeof *fill);
    memset(last, 0xff, nwords * sizeof *last);
    for (size_t i = 0; i < n; i++) {
        const uint32_t *ids = sets ? w[i].set : w[i].tok;
        uint32_t m = sets ? w[i].nset : w[i].ntok;
        for (uint32_t k = 0; k < m; k++)
            if (last[ids[k]] != i) last[ids[k]] = (uint32_t)i, p->q[fill[ids[k]]++] = (uint32_t)i;
    }
    return BRIEF_OK;
}

/* same_key(key a, key b) read off the word ids: " w " stands in a key
 * exactly when w is one of its words, so the count of the shorter's words
 * found in the longer needs no search; only a quote of fewer than 4
 * words, all of them in the other, is looked for whole.  mark is scratch
 * per word id; *stamp a fresh value per call. */
static int same_words(const char *ka, const qwords *a, const char *kb, const qwords *b,
                      uint32_t *mark, uint32_t *stamp)
{
    const qwords *sw = a->len < b->len ? a : b, *lw = sw == a ? b : a;
    uint32_t now = ++*stamp;
    for (uint32_t t = 0; t < lw->ntok; t++) mark[lw->tok[t]] = now;
    size_t found = 0;
    for (uint32_t t = 0; t < sw->ntok; t++) found += mark[sw->tok[t]] == now;
    size_t words = sw->ntok;
    if (words >= 4) return found * 10 >= words * 6;
    if (found < words) return 0;
    const char *ks = sw == a ? ka : kb, *kl = sw == a ? kb : ka;
    return strstr(kl, ks) != NULL;
}

brief_status quote_groups_find(arena *tmp, const char *const *text, const size_t *words, size_t n,
                               size_t *group)
{
    if (n >= UINT32_MAX) return BRIEF_ENOMEM;
    char **key = arena_calloc(tmp, n + 1, sizeof *key);
    qwords *w = arena_calloc(tmp, n + 1, sizeof *w);
    if (!key || !w) return BRIEF_ENOMEM;
    strmap m;
    strmap_init_arena(&m, tmp, NULL);
    for (size_t i = 0; i < n; i++) {
        group[i] = i;
        if (words[i] < 3) continue;
        if (!(key[i] = quote_key(tmp, text[i]))) return BRIEF_ENOMEM;
        if (tokens_of(tmp, &m, key[i], &w[i]) != BRIEF_OK) return BRIEF_ENOMEM;
        w[i].len = strlen(key[i]);
    }
    size_t nw = strmap_count(&m);
    uint32_t *df = arena_calloc(tmp, nw + 1, sizeof *df);
    uint32_t *count = arena_calloc(tmp, nw + 1, sizeof *count);
    uint32_t *seen = arena_alloc(tmp, (n + 1) * sizeof *seen);
    uint32_t *cand = arena_alloc(tmp, (n + 1) * sizeof *cand);
    uint32_t *open = arena_alloc(tmp, (n + 1) * sizeof *open); /* leaders with no set */
    uint32_t *mark = arena_calloc(tmp, nw + 1, sizeof *mark), stamp = 0;
    if (!df || !count || !seen || !cand || !open || !mark) return BRIEF_ENOMEM;
    memset(seen, 0xff, (n + 1) * sizeof *seen);
    for (size_t i = 0; i < n; i++) {
        for (uint32_t t = 0; t < w[i].ntok; t++)
            if (count[w[i].tok[t]]++ == 0) df[w[i].tok[t]]++;
        for (uint32_t t = 0; t < w[i].ntok; t++) count[w[i].tok[t]] = 0;
    }
    for (size_t i = 0; i < n; i++)
        if (key[i] && pigeonhole(tmp, &w[i], df, count) != BRIEF_OK) return BRIEF_ENOMEM;
    postings has, sets;
    if (build_postings(tmp, w, n, nw, 0, &has) != BRIEF_OK ||
        build_postings(tmp, w, n, nw, 1, &sets) != BRIEF_OK)
        return BRIEF_ENOMEM;
    size_t nopen = 0;
    for (size_t i = 0; i < n; i++) {
        if (!key[i]) continue;
        size_t nc = 0;
#define TAKE(j)                                                             \
    do {                                                                    \
        uint32_t j_ = (j);                                                  \
        if (j_ < i && seen[j_] != i && key[j_] && group[j_] == j_)          \
            seen[j_] = (uint32_t)i, cand[nc++] = j_;                        \
    } while (0)
        if (w[i].nset == 0) {
            for (size_t j = 0; j < i; j++) TAKE((uint32_t)j);
        } else {
            for (size_t k = 0; k < nopen; k++) TAKE(open[k]);
            for (uint32_t k = 0; k < w[i].nset; k++) {
                uint32_t id = w[i].set[k];
                for (uint32_t x = has.start[id]; x < has.start[id + 1] && has.q[x] < i; x++)
                    if (w[has.q[x]].len > w[i].len) TAKE(has.q[x]); /* i the shorter */
            }
            for (uint32_t t = 0; t < w[i].ntok; t++) {
                uint32_t id = w[i].tok[t];
                for (uint32_t x = sets.start[id]; x < sets.start[id + 1] && sets.q[x] < i; x++)
                    if (w[sets.q[x]].len <= w[i].len) TAKE(sets.q[x]); /* the other */
            }
        }
#undef TAKE
        qsort(cand, nc, sizeof *cand, by_number);
        for (size_t k = 0; k < nc; k++)
            if (same_words(key[i], &w[i], key[cand[k]], &w[cand[k]], mark, &stamp)) {
                group[i] = cand[k];
                break;
            }
        if (group[i] == i && w[i].nset == 0) open[nopen++] = (uint32_t)i;
    }
    return BRIEF_OK;
}
