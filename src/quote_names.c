/* quote_names.c - canonical names across documents; see quote_names.h. */
#include "quote_names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

/* ---- keys ------------------------------------------------------------- */

char *translit_key(arena *ar, const char *s, size_t n)
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

int within_one_edit(const char *a, const char *b)
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

/* ---- loading ---------------------------------------------------------- */

/* 0 when out of memory. */
static int cent_init(arena *ar, cent *c, const quotes_person *p)
{
    c->name = p->name;
    c->role = p->role;
    c->mentions = p->mentions;
    const char *sp = strrchr(c->name, ' ');
    c->last = sp ? sp + 1 : c->name;
    c->skey = translit_key(ar, c->last, strlen(c->last));
    if (sp) {
        const char *fs = strchr(c->name, ' ');
        c->first = c->name;
        c->flen = (size_t)(fs - c->name);
        c->fkey = translit_key(ar, c->first, c->flen);
    }
    return c->skey && (!sp || c->fkey);
}

brief_status names_load(arena *ar, const quotes_doc *docs, size_t ndocs, names_table *t)
{
    memset(t, 0, sizeof *t);
    t->ar = ar;
    strmap_init_arena(&t->tal, ar, NULL);
    for (size_t i = 0; i < ndocs; i++) t->n += docs[i].npeople;
    size_t n = t->n;
    if (!n) return BRIEF_OK;
    t->ce = arena_calloc(ar, n, sizeof *t->ce);
    t->ord = arena_alloc(ar, n * sizeof *t->ord);
    t->par = arena_alloc(ar, n * sizeof *t->par);
    t->canon = arena_calloc(ar, n, sizeof *t->canon);
    t->crole = arena_calloc(ar, n, sizeof *t->crole);
    t->reps = arena_alloc(ar, n * sizeof *t->reps);
    if (!t->ce || !t->ord || !t->par || !t->canon || !t->crole || !t->reps)
        return BRIEF_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < ndocs; i++)
        for (size_t j = 0; j < docs[i].npeople; j++, k++) {
            if (!cent_init(ar, &t->ce[k], &docs[i].people[j])) return BRIEF_ENOMEM;
            t->ord[k] = &t->ce[k];
            t->par[k] = k;
        }
    return BRIEF_OK;
}

/* ---- surname groups --------------------------------------------------- */

static size_t uf_find(size_t *par, size_t x)
{
    while (par[x] != x) {
        par[x] = par[par[x]];
        x = par[x];
    }
    return x;
}

static void unite(names_table *t, const cent *a, const cent *b)
{
    size_t ra = uf_find(t->par, (size_t)(a - t->ce)), rb = uf_find(t->par, (size_t)(b - t->ce));
    if (ra != rb) t->par[ra] = rb;
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

/* With t->ord sorted by key: runs of one key (and, for short keys, one
 * spelling) are one group.  The first position of each distinct key goes
 * to t->reps; returns their count. */
static size_t unite_same_keys(names_table *t)
{
    cent **ord = t->ord;
    size_t nreps = 0;
    for (size_t i = 0; i < t->n; i++) {
        int same = i > 0 && strcmp(ord[i]->skey, ord[i - 1]->skey) == 0 &&
                   (strlen(ord[i]->skey) >= TRANSLIT_MIN ||
                    strcmp(ord[i]->last, ord[i - 1]->last) == 0);
        if (same) unite(t, ord[i], ord[i - 1]);
        else if (i == 0 || strcmp(ord[i]->skey, ord[i - 1]->skey) != 0) t->reps[nreps++] = i;
    }
    return nreps;
}

/* Distinct long keys one edit apart merge, compared only within a bucket
 * of keys sharing their first two letters (t->reps[i..j)). */
static void unite_near_keys(names_table *t, size_t i, size_t j)
{
    for (size_t x = i; x < j; x++) {
        const cent *cx = t->ord[t->reps[x]];
        if (strlen(cx->skey) < TRANSLIT_MIN) continue;
        for (size_t y = x + 1; y < j; y++) {
            const cent *cy = t->ord[t->reps[y]];
            if (strlen(cy->skey) < TRANSLIT_MIN || !within_one_edit(cx->skey, cy->skey)) continue;
            unite(t, cx, cy);
        }
    }
}

void names_group_surnames(names_table *t)
{
    qsort(t->ord, t->n, sizeof *t->ord, by_skey);
    size_t nreps = unite_same_keys(t);
    for (size_t i = 0; i < nreps;) {
        size_t j = i;
        while (j < nreps && strncmp(t->ord[t->reps[j]]->skey, t->ord[t->reps[i]]->skey, 2) == 0)
            j++;
        unite_near_keys(t, i, j);
        i = j;
    }
    for (size_t i = 0; i < t->n; i++) t->ce[i].group = uf_find(t->par, i);
    for (size_t i = 0; i < t->n; i++) t->ord[i] = &t->ce[i];
    qsort(t->ord, t->n, sizeof *t->ord, by_group);
}

/* ---- people within a group -------------------------------------------- */

/* Adds m to the count of (cluster, spelling w[0..n)) and returns the
 * total; a failed allocation sets t->err. */
static unsigned tally(names_table *t, size_t cl, const char *w, size_t n, unsigned m)
{
    char *k = arena_alloc(t->ar, n + 24);
    if (!k) {
        t->err = 1;
        return 0;
    }
    int kl = snprintf(k, 24, "%zu|", cl);
    memcpy(k + kl, w, n);
    uint32_t *v = qmap_put(&t->tal, k, (size_t)kl + n);
    if (!v) {
        t->err = 1;
        return 0;
    }
    *v += m;
    return *v;
}

static int same_first_name(const char *a, const char *b)
{
    return strcmp(a, b) == 0 || (strlen(a) >= TRANSLIT_MIN && strlen(b) >= TRANSLIT_MIN &&
                                 within_one_edit(a, b));
}

/* Entries of the group ord[i..j) with a first name get the position of
 * the first entry whose first name agrees as their cluster; the others
 * none yet. */
static void cluster_first_names(names_table *t, size_t i, size_t j)
{
    size_t nr = 0; /* cluster representatives, in t->reps */
    for (size_t x = i; x < j; x++) {
        cent *c = t->ord[x];
        c->cluster = (size_t)-1;
        if (!c->first) continue;
        for (size_t r = 0; r < nr && c->cluster == (size_t)-1; r++)
            if (same_first_name(t->ord[t->reps[r]]->fkey, c->fkey)) c->cluster = t->reps[r];
        if (c->cluster == (size_t)-1) {
            c->cluster = x;
            t->reps[nr++] = x;
        }
    }
}

/* A bare surname joins the most mentioned cluster of its group. */
static void join_bare_surnames(names_table *t, size_t i, size_t j)
{
    size_t best = i;
    unsigned bestm = 0;
    for (size_t x = i; x < j; x++) {
        cent *c = t->ord[x];
        if (!c->first) continue;
        unsigned m = tally(t, c->cluster, "", 0, c->mentions);
        if (m > bestm) {
            bestm = m;
            best = c->cluster;
        }
    }
    for (size_t x = i; x < j; x++)
        if (!t->ord[x]->first) t->ord[x]->cluster = best;
}

/* Counts the mentions of each cluster's surname and first name
 * spellings. */
static void tally_spellings(names_table *t, size_t i, size_t j)
{
    for (size_t x = i; x < j; x++) {
        cent *c = t->ord[x];
        tally(t, c->cluster, c->last, strlen(c->last), c->mentions);
        if (c->first) tally(t, c->cluster, c->name, c->flen + 1, c->mentions);
    }
}

/* The choices for one cluster. */
typedef struct spelling {
    const char *last;   /* most used surname spelling */
    const char *first;  /* a name whose first word is the most used one */
    const char *role;   /* longest role */
} spelling;

static spelling best_spellings(names_table *t, size_t i, size_t j, size_t cl)
{
    spelling sp = {NULL, NULL, NULL};
    unsigned blm = 0, bfm = 0;
    for (size_t y = i; y < j; y++) {
        cent *c = t->ord[y];
        if (c->cluster != cl) continue;
        unsigned lm = tally(t, cl, c->last, strlen(c->last), 0);
        if (lm > blm) {
            blm = lm;
            sp.last = c->last;
        }
        if (c->first) {
            unsigned fm = tally(t, cl, c->name, c->flen + 1, 0);
            if (fm > bfm) {
                bfm = fm;
                sp.first = c->name;
            }
        }
        if (c->role && (!sp.role || strlen(c->role) > strlen(sp.role))) sp.role = c->role;
    }
    return sp;
}

/* The most mentioned (then longest) full name of the cluster with the
 * chosen first word; NULL when the cluster has no first name. */
static const char *model_name(const names_table *t, size_t i, size_t j, size_t cl,
                              const char *bf)
{
    const char *model = NULL;
    unsigned modm = 0;
    for (size_t y = i; y < j && bf; y++) {
        const cent *c = t->ord[y];
        if (c->cluster != cl || !c->first || strncmp(c->name, bf, c->flen + 1) != 0) continue;
        if (c->mentions > modm ||
            (c->mentions == modm && model && strlen(c->name) > strlen(model))) {
            modm = c->mentions;
            model = c->name;
        }
    }
    return model;
}

/* Names the cluster whose representative is ord[cl] in the group
 * ord[i..j).  Errors: BRIEF_ENOMEM. */
static brief_status name_cluster(names_table *t, size_t i, size_t j, size_t cl)
{
    spelling sp = best_spellings(t, i, j, cl);
    if (t->err) return BRIEF_ENOMEM;
    const char *model = model_name(t, i, j, cl, sp.first);
    char *name;
    if (model) {
        /* the model's words, with the most used surname spelling */
        size_t ml = (size_t)(strrchr(model, ' ') - model);
        size_t ll = strlen(sp.last);
        name = arena_alloc(t->ar, ml + ll + 2);
        if (!name) return BRIEF_ENOMEM;
        memcpy(name, model, ml);
        name[ml] = ' ';
        memcpy(name + ml + 1, sp.last, ll + 1);
    } else {
        name = arena_strdup(t->ar, sp.last ? sp.last : t->ord[cl]->name);
        if (!name) return BRIEF_ENOMEM;
    }
    for (size_t y = i; y < j; y++)
        if (t->ord[y]->cluster == cl) {
            t->canon[t->ord[y] - t->ce] = name;
            t->crole[t->ord[y] - t->ce] = sp.role;
        }
    return BRIEF_OK;
}

brief_status names_choose(names_table *t)
{
    for (size_t i = 0; i < t->n;) {
        size_t j = i;
        while (j < t->n && t->ord[j]->group == t->ord[i]->group) j++;
        cluster_first_names(t, i, j);
        join_bare_surnames(t, i, j);
        tally_spellings(t, i, j);
        if (t->err) return BRIEF_ENOMEM;
        for (size_t x = i; x < j; x++)
            if (t->ord[x]->cluster == x && name_cluster(t, i, j, x) != BRIEF_OK)
                return BRIEF_ENOMEM;
        i = j;
    }
    return BRIEF_OK;
}

/* ---- renaming --------------------------------------------------------- */

/* The quotes of one document, whose people are entries [k, ...) of t. */
static brief_status rename_doc(names_table *t, quotes_doc *qd, size_t k)
{
    strmap idx;
    strmap_init_arena(&idx, t->ar, NULL);
    for (size_t j = 0; j < qd->npeople; j++) {
        uint32_t *v = qmap_put(&idx, qd->people[j].name, strlen(qd->people[j].name));
        if (!v) return BRIEF_ENOMEM;
        *v = (uint32_t)j + 1;
    }
    for (size_t q = 0; q < qd->nquotes; q++) {
        quote *qt = &qd->quotes[q];
        if (!qt->speaker || qt->is_org) continue;
        uint32_t *v = qmap_get(&idx, qt->speaker, strlen(qt->speaker));
        if (!v) continue;
        size_t j = k + *v - 1;
        if (t->canon[j]) qt->speaker = t->canon[j];
        if (!qt->role) qt->role = t->crole[j];
    }
    return BRIEF_OK;
}

brief_status names_rename(names_table *t, quotes_doc *docs, size_t ndocs)
{
    size_t k = 0;
    for (size_t i = 0; i < ndocs; i++) {
        brief_status st = rename_doc(t, &docs[i], k);
        if (st != BRIEF_OK) return st;
        k += docs[i].npeople;
    }
    return BRIEF_OK;
}
