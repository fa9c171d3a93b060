/* name_variants.c - spellings of one name in a story; see name_variants.h. */
#include "name_variants.h"

#include <stdlib.h>
#include <string.h>

#include "quote_names.h"

/* Runs of keys longer than this are compared only with their nearest
 * neighbours in the sort, so a day of thousands of names stays near linear. */
#define MAX_RUN 64

char *name_key(arena *ar, const char *s, size_t n)
{
    char *k = translit_key(ar, s, n);
    if (!k) return NULL;
    /* Arabic and Persian names reach English as dh or d, gh or g, q, k or
     * c ("Gadhafi", "Qaddafi", "Kadafi"). */
    size_t o = 0;
    for (size_t i = 0; k[i]; i++) {
        char c = k[i];
        if (c == 'h' && o && (k[o - 1] == 'd' || k[o - 1] == 'g')) continue;
        if (c == 'q' || c == 'c') c = 'k';
        if (o && k[o - 1] == c) continue;
        k[o++] = c;
    }
    k[o] = '\0';
    return k;
}

/* One name token. */
typedef struct occ {
    uint32_t id, doc, sent, pos;
} occ;

/* One distinct name term. */
typedef struct name {
    uint32_t id;
    uint32_t count;
    const occ *o;        /* its tokens, by document */
    uint32_t no;
    char *key;
    uint32_t *ctx;       /* context terms, ascending, distinct */
    uint32_t nctx;
    size_t parent;       /* union-find */
} name;

static int cmp_occ(const void *a, const void *b)
{
    const occ *x = a, *y = b;
    if (x->id != y->id) return x->id < y->id ? -1 : 1;
    return x->doc < y->doc ? -1 : x->doc > y->doc;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* Sorting by key, or by key past its first letter. */
static int cmp_key(const void *a, const void *b)
{
    return strcmp((*(const name *const *)a)->key, (*(const name *const *)b)->key);
}

static int cmp_key_tail(const void *a, const void *b)
{
    const char *x = (*(const name *const *)a)->key, *y = (*(const name *const *)b)->key;
    return strcmp(*x ? x + 1 : x, *y ? y + 1 : y);
}

/* 1 when some document holds both names (their tokens are by document). */
static int share_document(const name *a, const name *b)
{
    uint32_t i = 0, j = 0;
    while (i < a->no && j < b->no) {
        if (a->o[i].doc == b->o[j].doc) return 1;
        if (a->o[i].doc < b->o[j].doc) i++;
        else j++;
    }
    return 0;
}

/* 1 when the contexts share a name or two other words; the two names
 * themselves do not count. */
static int contexts_agree(const name *a, const name *b, const uint8_t *a_names,
                          const uint8_t *b_names)
{
    uint32_t i = 0, j = 0, shared = 0;
    while (i < a->nctx && j < b->nctx) {
        if (a->ctx[i] == b->ctx[j]) {
            uint32_t t = a->ctx[i];
            if (t != a->id && t != b->id) {
                if (a_names[i] || b_names[j]) return 1;
                if (++shared >= 2) return 1;
            }
            i++;
            j++;
        } else if (a->ctx[i] < b->ctx[j]) {
            i++;
        } else {
            j++;
        }
    }
    return 0;
}

static size_t find_root(name *nm, size_t i)
{
    while (nm[i].parent != i) {
        nm[i].parent = nm[nm[i].parent].parent;
        i = nm[i].parent;
    }
    return i;
}

typedef struct finder {
    name *nm;
    size_t nn;
    uint8_t **ctx_name;  /* per name, per context term: it is a name */
    uint32_t *name_ids;  /* ids of all names, ascending, for ctx_name */
} finder;

static int is_name_id(const finder *f, uint32_t id)
{
    return bsearch(&id, f->name_ids, f->nn, sizeof *f->name_ids, cmp_u32) != NULL;
}

static void consider(finder *f, name *a, name *b)
{
    size_t la = strlen(a->key), lb = strlen(b->key);
    int close = strcmp(a->key, b->key) == 0 ||
                (la >= TRANSLIT_MIN && lb >= TRANSLIT_MIN && within_one_edit(a->key, b->key));
    if (!close || !*a->key || share_document(a, b)) return;
    if (!contexts_agree(a, b, f->ctx_name[a - f->nm], f->ctx_name[b - f->nm])) return;
    size_t ra = find_root(f->nm, (size_t)(a - f->nm)), rb = find_root(f->nm, (size_t)(b - f->nm));
    if (ra == rb) return;
    /* The most used spelling is the root (ties: the lower id). */
    name *x = &f->nm[ra], *y = &f->nm[rb];
    if (y->count > x->count || (y->count == x->count && y->id < x->id)) f->nm[ra].parent = rb;
    else f->nm[rb].parent = ra;
}

/* Compares each name of by[0..nn) (sorted by key, or with `tail` by key
 * past its first letter) with the next ones while they share that first
 * letter (or the second), at most MAX_RUN of them. */
static void scan(finder *f, name **by, int tail)
{
    for (size_t i = 0; i < f->nn; i++)
        for (size_t j = i + 1; j < f->nn && j <= i + MAX_RUN; j++) {
            const char *a = by[i]->key, *b = by[j]->key;
            if (tail ? (!*a || !*b || a[1] != b[1]) : a[0] != b[0]) break;
            consider(f, by[i], by[j]);
        }
}

/* The name tokens of every sentence, sorted by id then document. */
static brief_status gather(arena *ar, const vocab *v, uint32_t *const *tok, const uint32_t *ntok,
                           uint8_t *const *names, const uint32_t *doc, size_t n, occ **out,
                           size_t *nout)
{
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; names && names[i] && k < ntok[i]; k++)
            m += names[i][k] && !vocab_is_stop(v, tok[i][k]);
    occ *o = arena_alloc(ar, (m ? m : 1) * sizeof *o);
    if (!o) return BRIEF_ENOMEM;
    size_t k2 = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; names && names[i] && k < ntok[i]; k++)
            if (names[i][k] && !vocab_is_stop(v, tok[i][k]))
                o[k2++] = (occ){tok[i][k], doc[i], (uint32_t)i, k};
    qsort(o, m, sizeof *o, cmp_occ);
    *out = o;
    *nout = m;
    return BRIEF_OK;
}

/* Each name's context: the other content words near its tokens. */
static brief_status contexts(arena *ar, const vocab *v, uint32_t *const *tok,
                             const uint32_t *ntok, finder *f)
{
    f->ctx_name = arena_alloc(ar, (f->nn ? f->nn : 1) * sizeof *f->ctx_name);
    if (!f->ctx_name) return BRIEF_ENOMEM;
    for (size_t x = 0; x < f->nn; x++) {
        name *nm = &f->nm[x];
        uint32_t cap = nm->no * 2 * NAME_CONTEXT;
        nm->ctx = arena_alloc(ar, (cap ? cap : 1) * sizeof *nm->ctx);
        if (!nm->ctx) return BRIEF_ENOMEM;
        uint32_t c = 0;
        for (uint32_t k = 0; k < nm->no; k++) {
            const occ *o = &nm->o[k];
            uint32_t lo = o->pos > NAME_CONTEXT ? o->pos - NAME_CONTEXT : 0;
            uint32_t hi = o->pos + NAME_CONTEXT + 1;
            if (hi > ntok[o->sent]) hi = ntok[o->sent];
            for (uint32_t p = lo; p < hi; p++) {
                uint32_t t = tok[o->sent][p];
                if (p != o->pos && t != nm->id && !vocab_is_stop(v, t)) nm->ctx[c++] = t;
            }
        }
        qsort(nm->ctx, c, sizeof *nm->ctx, cmp_u32);
        uint32_t u = 0;
        for (uint32_t k = 0; k < c; k++)
            if (u == 0 || nm->ctx[u - 1] != nm->ctx[k]) nm->ctx[u++] = nm->ctx[k];
        nm->nctx = u;
        f->ctx_name[x] = arena_alloc(ar, u ? u : 1);
        if (!f->ctx_name[x]) return BRIEF_ENOMEM;
        for (uint32_t k = 0; k < u; k++) f->ctx_name[x][k] = (uint8_t)is_name_id(f, nm->ctx[k]);
    }
    return BRIEF_OK;
}

brief_status name_variants_find(arena *ar, const vocab *v, uint32_t *const *tok,
                                const uint32_t *ntok, uint8_t *const *names,
                                const uint32_t *doc, size_t n, name_alias **out,
                                size_t *nout)
{
    *out = NULL;
    *nout = 0;
    occ *o;
    size_t m;
    brief_status s = gather(ar, v, tok, ntok, names, doc, n, &o, &m);
    if (s != BRIEF_OK) return s;
    finder f = {0};
    size_t nn = 0;
    for (size_t i = 0; i < m; i++) nn += i == 0 || o[i].id != o[i - 1].id;
    f.nm = arena_calloc(ar, nn ? nn : 1, sizeof *f.nm);
    f.name_ids = arena_alloc(ar, (nn ? nn : 1) * sizeof *f.name_ids);
    if (!f.nm || !f.name_ids) return BRIEF_ENOMEM;
    for (size_t i = 0; i < m; i++) {
        if (i == 0 || o[i].id != o[i - 1].id) {
            name *x = &f.nm[f.nn];
            x->id = o[i].id;
            x->o = &o[i];
            x->parent = f.nn;
            const char *stem = vocab_string(v, x->id);
            if (!(x->key = name_key(ar, stem, strlen(stem)))) return BRIEF_ENOMEM;
            f.name_ids[f.nn++] = x->id;
        }
        f.nm[f.nn - 1].no++;
        f.nm[f.nn - 1].count++;
    }
    if (f.nn < 2) return BRIEF_OK;
    if ((s = contexts(ar, v, tok, ntok, &f)) != BRIEF_OK) return s;
    name **by = arena_alloc(ar, f.nn * sizeof *by);
    if (!by) return BRIEF_ENOMEM;
    for (size_t i = 0; i < f.nn; i++) by[i] = &f.nm[i];
    qsort(by, f.nn, sizeof *by, cmp_key);
    scan(&f, by, 0);
    /* A first letter that differs ("Gadafi", "Kadafi"). */
    qsort(by, f.nn, sizeof *by, cmp_key_tail);
    scan(&f, by, 1);
    size_t na = 0;
    for (size_t i = 0; i < f.nn; i++) na += find_root(f.nm, i) != i;
    if (!na) return BRIEF_OK;
    name_alias *al = arena_alloc(ar, na * sizeof *al);
    if (!al) return BRIEF_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < f.nn; i++) {
        size_t r = find_root(f.nm, i);
        if (r != i) al[k++] = (name_alias){f.nm[i].id, f.nm[r].id};
    }
    *out = al;
    *nout = k;
    return BRIEF_OK;
}
