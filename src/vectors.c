/*
 * vectors.c - stage 5: TF-IDF sentence vectors and background IDF tables.
 *
 * Weights follow the classic vector-space recipe (Salton & Buckley 1988):
 * sublinear term frequency 1 + ln(tf) times idf = ln((N + 1) / (df + 0.5)),
 * L2-normalised so a dot product is a cosine.  The +0.5 keeps stems that
 * the background never saw (names, places: the story's own words) at the
 * top of the scale instead of at infinity.  vec_idf is the one place the
 * formula is written; every stage that weighs a word by rarity calls it.
 */
#include "vectors.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct idf_table {
    const brief_allocator *a;
    vocab *v;
    double *df;      /* by vocab id */
    size_t cap;
    double ndocs;
    char language[32];
};

void idf_free(idf_table *t)
{
    if (!t) return;
    vocab_free(t->v);
    mem_free(t->a, t->df);
    mem_free(t->a, t);
}

const char *idf_language(const idf_table *t) { return t->language; }
double idf_documents(const idf_table *t) { return t->ndocs; }

double idf_count(const idf_table *t, const char *stem, size_t len)
{
    uint32_t id = vocab_lookup(t->v, stem, len);
    if (id == UINT32_MAX || id >= t->cap) return 0;
    return t->df[id];
}

static int set_df(idf_table *t, uint32_t id, double df)
{
    if (id >= t->cap) {
        size_t ncap = t->cap ? t->cap * 2 : 4096;
        while (ncap <= id) ncap *= 2;
        double *p = mem_realloc(t->a, t->df, ncap * sizeof *p);
        if (!p) return -1;
        memset(p + t->cap, 0, (ncap - t->cap) * sizeof *p);
        t->df = p;
        t->cap = ncap;
    }
    t->df[id] = df;
    return 0;
}

brief_status idf_parse(const brief_allocator *a, const char *bytes, size_t len,
                       idf_table **out)
{
    *out = NULL;
    idf_table *t = mem_malloc(a, sizeof *t);
    if (!t) return BRIEF_ENOMEM;
    memset(t, 0, sizeof *t);
    t->a = a;
    t->v = vocab_new(a);
    /* One stem per line: the table is sized once, not grown by doubling. */
    size_t lines = 0;
    for (const char *q = bytes; q && (q = memchr(q, '\n', (size_t)(bytes + len - q))); q++) lines++;
    if (!t->v || !vocab_reserve(t->v, lines + 1)) { idf_free(t); return BRIEF_ENOMEM; }

    const char *p = bytes, *end = bytes + len;
    int header = 0;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        const char *line = p;
        p = nl ? nl + 1 : end;
        if (e > line && e[-1] == '\r') e--;
        if (e == line) continue;
        if (!header) {
            /* "# brief-idf 1 english 117659" */
            char buf[160];
            size_t n = (size_t)(e - line) < sizeof buf - 1 ? (size_t)(e - line) : sizeof buf - 1;
            memcpy(buf, line, n);
            buf[n] = '\0';
            int version = 0;
            double docs = 0;
            char lang[32];
            if (sscanf(buf, "# brief-idf %d %31s %lf", &version, lang, &docs) != 3 ||
                version != 1 || !(docs >= 1)) {
                idf_free(t);
                return BRIEF_EFORMAT;
            }
            memcpy(t->language, lang, sizeof lang);
            t->ndocs = docs;
            header = 1;
            continue;
        }
        if (*line == '#') continue;
        const char *tab = memchr(line, '\t', (size_t)(e - line));
        if (!tab || tab == line || tab + 1 >= e) { idf_free(t); return BRIEF_EFORMAT; }
        char num[32];
        size_t nn = (size_t)(e - tab - 1);
        if (nn >= sizeof num) { idf_free(t); return BRIEF_EFORMAT; }
        memcpy(num, tab + 1, nn);
        num[nn] = '\0';
        char *stop;
        double df = strtod(num, &stop);
        if (*stop || !(df >= 0) || df > t->ndocs) { idf_free(t); return BRIEF_EFORMAT; }
        uint32_t id = vocab_intern(t->v, line, (size_t)(tab - line), 0);
        if (id == UINT32_MAX || set_df(t, id, df) != 0) { idf_free(t); return BRIEF_ENOMEM; }
    }
    if (!header) { idf_free(t); return BRIEF_EFORMAT; }
    *out = t;
    return BRIEF_OK;
}

struct idf_counter {
    const brief_allocator *a;
    uint32_t *df, *last;   /* by id: document count, last document seen */
    size_t cap;
    size_t ndocs;
};

idf_counter *idf_counter_new(const brief_allocator *a)
{
    idf_counter *c = mem_malloc(a, sizeof *c);
    if (c) { memset(c, 0, sizeof *c); c->a = a; }
    return c;
}

void idf_counter_free(idf_counter *c)
{
    if (!c) return;
    mem_free(c->a, c->df);
    mem_free(c->a, c->last);
    mem_free(c->a, c);
}

size_t idf_counter_documents(const idf_counter *c) { return c->ndocs; }

brief_status idf_counter_add(idf_counter *c, const vocab *v, const uint32_t *ids, size_t n)
{
    size_t need = vocab_size(v);
    if (need > c->cap) {
        size_t ncap = c->cap ? c->cap : 4096;
        while (ncap < need) ncap *= 2;
        uint32_t *df = mem_realloc(c->a, c->df, ncap * sizeof *df);
        if (!df) return BRIEF_ENOMEM;
        c->df = df;
        uint32_t *last = mem_realloc(c->a, c->last, ncap * sizeof *last);
        if (!last) return BRIEF_ENOMEM;
        c->last = last;
        memset(c->df + c->cap, 0, (ncap - c->cap) * sizeof *df);
        memset(c->last + c->cap, 0, (ncap - c->cap) * sizeof *last);
        c->cap = ncap;
    }
    c->ndocs++;
    uint32_t stamp = (uint32_t)c->ndocs;
    for (size_t i = 0; i < n; i++) {
        if (c->last[ids[i]] != stamp) {
            c->last[ids[i]] = stamp;
            c->df[ids[i]]++;
        }
    }
    return BRIEF_OK;
}

int idf_counter_write(const idf_counter *c, const vocab *v, const char *language,
                      unsigned min_docs, void *file)
{
    FILE *f = file;
    if (fprintf(f, "# brief-idf 1 %s %zu\n", language, c->ndocs) < 0) return -1;
    size_t n = vocab_size(v) < c->cap ? vocab_size(v) : c->cap;
    for (size_t id = 0; id < n; id++) {
        if (c->df[id] < min_docs || c->df[id] == 0 || vocab_is_stop(v, (uint32_t)id)) continue;
        if (fprintf(f, "%s\t%u\n", vocab_string(v, (uint32_t)id), c->df[id]) < 0) return -1;
    }
    return ferror(f) ? -1 : 0;
}

double vec_idf(double df, double ndocs, double floor)
{
    double x = log((ndocs + 1) / (df + 0.5));
    return x > floor ? x : floor;
}

/* The table's document count of vocabulary id `id`. */
static double table_df(const idf_table *t, const vocab *v, uint32_t id)
{
    const char *s = vocab_string(v, id);
    return idf_count(t, s, strlen(s));
}

float *vec_idf_weights(arena *ar, const vocab *v, const idf_table *t,
                       const uint32_t *local_df, size_t local_n)
{
    size_t nv = vocab_size(v);
    float *w = arena_alloc(ar, (nv ? nv : 1) * sizeof *w);
    if (!w) return NULL;
    for (size_t id = 0; id < nv; id++) {
        if (vocab_is_stop(v, (uint32_t)id)) w[id] = 0;
        else if (t) w[id] = (float)vec_idf(table_df(t, v, (uint32_t)id), t->ndocs, VEC_IDF_FLOOR);
        else if (local_n) w[id] = (float)vec_idf(local_df[id], (double)local_n, VEC_IDF_FLOOR);
        else w[id] = 1;
    }
    return w;
}

float *vec_idf_weights_prior(arena *ar, const vocab *v, const idf_table *t,
                             const uint32_t *local_df, size_t local_n, double prior_docs)
{
    size_t nv = vocab_size(v);
    float *w = arena_alloc(ar, (nv ? nv : 1) * sizeof *w);
    if (!w) return NULL;
    double nb = t ? t->ndocs : 0;
    double prior = t && nb > 0 ? prior_docs : 0;
    double N = (double)local_n + prior;
    for (size_t id = 0; id < nv; id++) {
        if (vocab_is_stop(v, (uint32_t)id)) { w[id] = 0; continue; }
        double df = local_df[id];
        if (prior > 0) df += table_df(t, v, (uint32_t)id) * prior / nb;
        w[id] = N > 0 ? (float)vec_idf(df, N, 0) : 1;
    }
    return w;
}

brief_status doc_freq_init(arena *ar, size_t nterms, doc_freq *out)
{
    size_t n = nterms ? nterms : 1;
    out->df = arena_calloc(ar, n, sizeof *out->df);
    out->last = arena_alloc(ar, n * sizeof *out->last);
    if (!out->df || !out->last) return BRIEF_ENOMEM;
    memset(out->last, 0xff, n * sizeof *out->last);
    return BRIEF_OK;
}

void doc_freq_add(doc_freq *f, const uint32_t *ids, size_t n, uint32_t unit)
{
    for (size_t t = 0; t < n; t++)
        if (f->last[ids[t]] != unit) {
            f->last[ids[t]] = unit;
            f->df[ids[t]]++;
        }
}

float *vec_input_idf(arena *ar, const vocab *v, uint32_t *const *tok, const uint32_t *ntok,
                     const uint32_t *doc, size_t n, size_t ndocs)
{
    doc_freq f;
    if (doc_freq_init(ar, vocab_size(v), &f) != BRIEF_OK) return NULL;
    int by_doc = ndocs >= VEC_IDF_BY_DOC_MIN;
    for (size_t i = 0; i < n; i++) doc_freq_add(&f, tok[i], ntok[i], by_doc ? doc[i] : (uint32_t)i);
    return vec_idf_weights(ar, v, NULL, f.df, by_doc ? ndocs : n);
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

brief_status vec_build(arena *ar, const uint32_t *ids, size_t n, const float *idf, svec *out)
{
    out->n = 0;
    out->term = NULL;
    out->w = NULL;
    uint32_t stackbuf[256];
    uint32_t *tmp = stackbuf;
    if (n > 256) {
        tmp = arena_alloc(ar, n * sizeof *tmp);
        if (!tmp) return BRIEF_ENOMEM;
    }
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (idf[ids[i]] > 0) tmp[m++] = ids[i];
    if (m == 0) return BRIEF_OK;
    qsort(tmp, m, sizeof *tmp, cmp_u32);
    size_t distinct = 1;
    for (size_t i = 1; i < m; i++) distinct += tmp[i] != tmp[i - 1];
    /* One block, the weights after the terms: one rounding, not two. */
    out->term = arena_alloc(ar, distinct * (sizeof *out->term + sizeof *out->w));
    if (!out->term) return BRIEF_ENOMEM;
    out->w = (float *)(void *)(out->term + distinct);
    double norm = 0;
    size_t k = 0;
    for (size_t i = 0; i < m;) {
        size_t j = i;
        while (j < m && tmp[j] == tmp[i]) j++;
        double w = (1.0 + log((double)(j - i))) * idf[tmp[i]];
        out->term[k] = tmp[i];
        out->w[k] = (float)w;
        norm += w * w;
        k++;
        i = j;
    }
    norm = sqrt(norm);
    for (size_t i = 0; i < k; i++) out->w[i] = (float)(out->w[i] / norm);
    out->n = (uint32_t)k;
    return BRIEF_OK;
}

double vec_cosine(const svec *a, const svec *b)
{
    double s = 0;
    uint32_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        if (a->term[i] < b->term[j]) i++;
        else if (a->term[i] > b->term[j]) j++;
        else s += (double)a->w[i++] * b->w[j++];
    }
    return s;
}

/* Keeps a vector's terms ascending after renumbering (vectors are short:
 * insertion sort). */
static void sort_terms(svec *v)
{
    for (uint32_t a = 1; a < v->n; a++)
        for (uint32_t b = a; b > 0 && v->term[b - 1] > v->term[b]; b--) {
            uint32_t t = v->term[b];
            v->term[b] = v->term[b - 1];
            v->term[b - 1] = t;
            float w = v->w[b];
            v->w[b] = v->w[b - 1];
            v->w[b - 1] = w;
        }
}

brief_status vec_renumber(arena *ar, svec *vecs, size_t n, uint32_t *map, uint32_t **global_of,
                          size_t *nlocal)
{
    /* The new ids first, so the new -> old table has the terms' size, not
     * the entries' (907,000 entries, 22,000 terms for a 10 MB article). */
    size_t local = 0;
    for (size_t i = 0; i < n; i++)
        for (uint32_t e = 0; e < vecs[i].n; e++)
            if (map[vecs[i].term[e]] == UINT32_MAX) map[vecs[i].term[e]] = (uint32_t)local++;
    uint32_t *old = arena_alloc(ar, (local ? local : 1) * sizeof *old);
    if (!old) {
        for (size_t i = 0; i < n; i++)
            for (uint32_t e = 0; e < vecs[i].n; e++) map[vecs[i].term[e]] = UINT32_MAX;
        return BRIEF_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        svec *v = &vecs[i];
        for (uint32_t e = 0; e < v->n; e++) {
            uint32_t g = v->term[e];
            old[map[g]] = g;
            v->term[e] = map[g];
        }
        sort_terms(v);
    }
    *global_of = old;
    *nlocal = local;
    return BRIEF_OK;
}

void vec_unmap(uint32_t *map, const uint32_t *global_of, size_t nlocal)
{
    for (size_t k = 0; k < nlocal; k++) map[global_of[k]] = UINT32_MAX;
}

void vec_remap(svec *v, const uint32_t *map, size_t map_n)
{
    uint32_t m = 0;
    for (uint32_t k = 0; k < v->n; k++) {
        uint32_t g = v->term[k];
        if (g < map_n && map[g] != UINT32_MAX) {
            v->term[m] = map[g];
            v->w[m++] = v->w[k];
        }
    }
    v->n = m;
    sort_terms(v);
}

brief_status vec_alias(arena *ar, const svec *in, const uint32_t *alias, size_t nalias,
                       svec *out)
{
    /* A copy: out may be in (digest.c aliases title vectors in place),
     * and the loop below must read the old arrays, not the new ones. */
    const svec src = *in;
    *out = src;
    uint32_t hits = 0;
    for (uint32_t k = 0; k < src.n; k++)
        hits += src.term[k] < nalias && alias[src.term[k]] != UINT32_MAX;
    if (!hits) return BRIEF_OK;
    out->term = arena_alloc(ar, src.n * sizeof *out->term);
    out->w = arena_alloc(ar, src.n * sizeof *out->w);
    if (!out->term || !out->w) return BRIEF_ENOMEM;
    for (uint32_t k = 0; k < src.n; k++) {
        uint32_t t = src.term[k];
        out->term[k] = t < nalias && alias[t] != UINT32_MAX ? alias[t] : t;
        out->w[k] = src.w[k];
    }
    sort_terms(out);
    /* Two spellings in one sentence become one term whose weight keeps
     * the vector's length: sqrt(a^2 + b^2). */
    uint32_t m = 0;
    for (uint32_t k = 0; k < out->n; k++) {
        if (m && out->term[m - 1] == out->term[k]) {
            double a = out->w[m - 1], b = out->w[k];
            out->w[m - 1] = (float)sqrt(a * a + b * b);
            continue;
        }
        out->term[m] = out->term[k];
        out->w[m++] = out->w[k];
    }
    out->n = m;
    return BRIEF_OK;
}
