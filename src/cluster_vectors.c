/*
 * cluster_vectors.c - document vectors for grouping; see cluster_vectors.h.
 *
 * Document vectors: TF-IDF of the title (counted twice) and the body's
 * first 150 content words (400 for a dated article), names (words
 * capitalized mid-sentence) counted three times, with IDF from the
 * documents plus a small background prior, and a separate headline part so
 * that two headlines sharing words pull their articles together.  Names
 * are what a story keeps while its wording changes from day to day (the
 * general, the storm, the court); the prior keeps five articles on one
 * topic from making their shared names worthless.
 */
#include "cluster_vectors.h"

#include "hash.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

typedef struct weighted_id {
    uint32_t id;
    float count;
} weighted_id;

static int weighted_id_cmp(const void *a, const void *b)
{
    uint32_t x = ((const weighted_id *)a)->id, y = ((const weighted_id *)b)->id;
    return x < y ? -1 : x > y;
}

/* The distinct title stems with idf > 0, ascending, into tid[]; returns
 * how many, *tnorm their squared idf length. */
static size_t headline_terms(const uint32_t *title, size_t ntitle, const float *idf,
                             uint32_t *tid, double *tnorm)
{
    size_t nt = 0, kt = 0;
    for (size_t i = 0; i < ntitle; i++)
        if (idf[title[i]] > 0) tid[nt++] = title[i];
    qsort(tid, nt, sizeof *tid, cmp_u32);
    for (size_t i = 0; i < nt; i++) {
        if (i > 0 && tid[i] == tid[i - 1]) continue;
        tid[kt++] = tid[i];
        *tnorm += (double)idf[tid[i]] * idf[tid[i]];
    }
    return kt;
}

brief_status cluster_doc_vector(arena *ar, const uint32_t *title, size_t ntitle,
                                const uint32_t *body, const uint8_t *body_names, size_t nbody,
                                const float *idf, size_t nterms, double title_weight,
                                double title_share, size_t lead_words, double name_weight,
                                svec *out)
{
    memset(out, 0, sizeof *out);
    size_t n = ntitle + nbody;
    weighted_id *ids = arena_alloc(ar, (n ? n : 1) * sizeof *ids);
    double *tf = arena_alloc(ar, (n ? n : 1) * sizeof *tf);
    out->term = arena_alloc(ar, (n + ntitle ? n + ntitle : 1) * sizeof *out->term);
    out->w = arena_alloc(ar, (n + ntitle ? n + ntitle : 1) * sizeof *out->w);
    if (!ids || !tf || !out->term || !out->w) return BRIEF_ENOMEM;
    size_t m = 0;
    for (size_t i = 0; i < ntitle; i++)
        if (idf[title[i]] > 0) ids[m++] = (weighted_id){title[i], (float)title_weight};
    size_t mt = m;
    for (size_t i = 0; i < nbody && (!lead_words || m - mt < lead_words); i++)
        if (idf[body[i]] > 0)
            ids[m++] = (weighted_id){body[i],
                                     (float)(body_names && body_names[i] ? name_weight : 1)};
    qsort(ids, m, sizeof *ids, weighted_id_cmp);
    size_t k = 0;
    for (size_t i = 0; i < m; i++) {
        if (k > 0 && out->term[k - 1] == ids[i].id) {
            tf[k - 1] += ids[i].count;
            continue;
        }
        out->term[k] = ids[i].id;
        tf[k++] = ids[i].count;
    }
    double norm = 0;
    for (size_t i = 0; i < k; i++) {
        double x = (1 + log(tf[i])) * idf[out->term[i]];
        tf[i] = x;
        norm += x * x;
    }
    /* The headline part: distinct title stems, ids shifted past nterms,
     * so two headlines meet only each other. */
    size_t kt = 0;
    double tnorm = 0;
    uint32_t *tid = mt ? arena_alloc(ar, mt * sizeof *tid) : NULL;
    if (mt && !tid) return BRIEF_ENOMEM;
    if (title_share > 0 && mt > 0) kt = headline_terms(title, ntitle, idf, tid, &tnorm);
    double bscale = norm > 0 ? sqrt(kt ? 1 - title_share : 1) / sqrt(norm) : 0;
    double tscale = kt ? sqrt(title_share) / sqrt(tnorm) : 0;
    uint32_t kept = 0;
    for (size_t i = 0; i < k; i++) {
        if (!(tf[i] > 0)) continue;
        out->term[kept] = out->term[i];
        out->w[kept++] = (float)(tf[i] * bscale);
    }
    for (size_t i = 0; i < kt; i++) {
        out->term[kept] = (uint32_t)(tid[i] + nterms);
        out->w[kept++] = (float)(idf[tid[i]] * tscale);
    }
    out->n = kept;
    return BRIEF_OK;
}

/* The documents' own frequencies: each term once per document, its title
 * included. */
static brief_status count_doc_freq(arena *ar, const cluster_doc *docs, size_t n, size_t nterms,
                                   doc_freq *f)
{
    if (doc_freq_init(ar, nterms, f) != BRIEF_OK) return BRIEF_ENOMEM;
    for (size_t di = 0; di < n; di++) {
        const cluster_doc *d = &docs[di];
        for (size_t j = 0; j < d->nsents; j++) doc_freq_add(f, d->tok[j], d->ntok[j], (uint32_t)di);
        doc_freq_add(f, d->title, d->ntitle, (uint32_t)di);
    }
    return BRIEF_OK;
}

/* The title and the first `lead` content words' sentences (0: all) of d,
 * copied end to end, with their name flags. */
static brief_status doc_body(arena *ar, const cluster_doc *d, const float *idf, size_t lead,
                             uint32_t **body, uint8_t **names, size_t *nbody)
{
    size_t nsents = 0, content = 0;
    *nbody = 0;
    while (nsents < d->nsents && (!lead || content < lead)) {
        for (uint32_t t = 0; t < d->ntok[nsents]; t++) content += idf[d->tok[nsents][t]] > 0;
        *nbody += d->ntok[nsents++];
    }
    *body = arena_alloc(ar, (*nbody ? *nbody : 1) * sizeof **body);
    *names = arena_alloc(ar, *nbody ? *nbody : 1);
    if (!*body || !*names) return BRIEF_ENOMEM;
    size_t k = 0;
    for (size_t j = 0; j < nsents; j++) {
        if (d->ntok[j]) {
            memcpy(*body + k, d->tok[j], d->ntok[j] * sizeof **body);
            memcpy(*names + k, d->names[j], d->ntok[j]);
        }
        k += d->ntok[j];
    }
    return BRIEF_OK;
}

/* The vector of one document: its title and the body sentences its lead
 * (lead content words, 0: all) reaches into, copied end to end. */
static brief_status lead_vector(arena *ar, const cluster_doc *d, const float *idf, size_t nterms,
                                size_t lead, svec *out)
{
    uint32_t *body;
    uint8_t *names;
    size_t nbody;
    if (doc_body(ar, d, idf, lead, &body, &names, &nbody) != BRIEF_OK) return BRIEF_ENOMEM;
    return cluster_doc_vector(ar, d->title, d->ntitle, body, names, nbody, idf, nterms,
                              CLUSTER_TITLE_WEIGHT, CLUSTER_TITLE_SHARE, lead,
                              CLUSTER_NAME_WEIGHT, out);
}

brief_status cluster_doc_vectors(arena *ar, const vocab *v, const idf_table *t,
                                 const cluster_doc *docs, size_t n, const int32_t *day,
                                 svec *out, size_t *vec_terms)
{
    size_t nv = vocab_size(v);
    *vec_terms = 2 * nv;
    doc_freq f;
    if (count_doc_freq(ar, docs, n, nv, &f) != BRIEF_OK) return BRIEF_ENOMEM;
    float *idf = vec_idf_weights_prior(ar, v, t, f.df, n, CLUSTER_IDF_PRIOR);
    if (!idf) return BRIEF_ENOMEM;
    for (size_t di = 0; di < n; di++) {
        size_t lead = day[di] != CLUSTER_NO_DAY ? CLUSTER_LEAD_WORDS_DATED : CLUSTER_LEAD_WORDS;
        brief_status s = lead_vector(ar, &docs[di], idf, nv, lead, &out[di]);
        if (s != BRIEF_OK) return s;
    }
    return BRIEF_OK;
}

/* A copy in ar of tmp, a vector built in a scratch arena about to be
 * reset. */
static brief_status keep_vector(arena *ar, const svec *tmp, svec *out)
{
    out->n = tmp->n;
    out->term = arena_alloc(ar, (tmp->n ? tmp->n : 1) * sizeof *tmp->term);
    out->w = arena_alloc(ar, (tmp->n ? tmp->n : 1) * sizeof *tmp->w);
    if (!out->term || !out->w) return BRIEF_ENOMEM;
    if (tmp->n) {
        memcpy(out->term, tmp->term, tmp->n * sizeof *tmp->term);
        memcpy(out->w, tmp->w, tmp->n * sizeof *tmp->w);
    }
    return BRIEF_OK;
}

brief_status cluster_topic_vectors(arena *ar, const vocab *v, const cluster_doc *docs, size_t n,
                                   svec *out, size_t *vec_terms)
{
    size_t nv = vocab_size(v);
    *vec_terms = nv ? nv : 1;
    doc_freq f;
    if (count_doc_freq(ar, docs, n, nv, &f) != BRIEF_OK) return BRIEF_ENOMEM;
    float *idf = vec_idf_weights(ar, v, NULL, f.df, n);
    if (!idf) return BRIEF_ENOMEM;
    /* A whole text's copy and its per-token scratch are several times its
     * vector: built in a scratch arena reset per document, only the
     * vector kept (BBC corpus: 24 MB less at the peak). */
    arena *scratch = arena_new(arena_allocator(ar));
    if (!scratch) return BRIEF_ENOMEM;
    brief_status s = BRIEF_OK;
    for (size_t di = 0; di < n && s == BRIEF_OK; di++) {
        arena_reset(scratch);
        uint32_t *body;
        uint8_t *names;
        size_t nbody;
        svec tmp;
        s = doc_body(scratch, &docs[di], idf, 0, &body, &names, &nbody);
        if (s == BRIEF_OK)
            s = cluster_doc_vector(scratch, docs[di].title, docs[di].ntitle, body, NULL, nbody, idf,
                                   nv, 1, 0, 0, 1, &tmp);
        if (s != BRIEF_OK) break;
        s = keep_vector(ar, &tmp, &out[di]);
        if (s != BRIEF_OK) break;
    }
    arena_free(scratch);
    return s;
}

/* The index of id in the ascending ids[0..n), or n. */
static size_t find_id(const uint32_t *ids, size_t n, uint32_t id)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ids[mid] < id) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && ids[lo] == id ? lo : n;
}

brief_status cluster_anchor_vector(arena *ar, const vocab *v, const uint32_t *body,
                                   const uint8_t *body_names, size_t nbody, svec *out)
{
    memset(out, 0, sizeof *out);
    size_t named = 0;
    for (size_t i = 0; i < nbody; i++)
        named += body_names && body_names[i] && !vocab_is_stop(v, body[i]);
    if (!named) return BRIEF_OK;
    /* The stems written as a name somewhere (few), then every content
     * occurrence of them counted: a text's tokens are not sorted. */
    uint32_t *ids = arena_alloc(ar, named * sizeof *ids);
    uint32_t *caps = arena_calloc(ar, named, sizeof *caps);
    uint32_t *all = arena_calloc(ar, named, sizeof *all);
    out->term = arena_alloc(ar, named * sizeof *out->term);
    out->w = arena_alloc(ar, named * sizeof *out->w);
    if (!ids || !caps || !all || !out->term || !out->w) return BRIEF_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < nbody; i++)
        if (body_names[i] && !vocab_is_stop(v, body[i])) ids[k++] = body[i];
    qsort(ids, k, sizeof *ids, cmp_u32);
    size_t u = 0;
    for (size_t i = 0; i < k; i++)
        if (u == 0 || ids[i] != ids[u - 1]) ids[u++] = ids[i];
    for (size_t i = 0; i < nbody; i++) {
        size_t x = find_id(ids, u, body[i]);
        if (x == u) continue;
        all[x]++;
        caps[x] += body_names[i] != 0;
    }
    for (size_t x = 0; x < u; x++)
        /* Written as a name at least as often as not: a word capitalized
         * once in a title-like phrase but used plainly elsewhere is not. */
        if (2 * caps[x] >= all[x]) {
            out->term[out->n] = ids[x];
            out->w[out->n++] = 1;
        }
    return BRIEF_OK;
}

brief_status cluster_anchor_vectors(arena *ar, const vocab *v, const cluster_doc *docs, size_t n,
                                    svec *out)
{
    arena *scratch = arena_new(arena_allocator(ar));
    if (!scratch) return BRIEF_ENOMEM;
    brief_status s = BRIEF_OK;
    for (size_t di = 0; di < n && s == BRIEF_OK; di++) {
        arena_reset(scratch);
        const cluster_doc *d = &docs[di];
        size_t nbody = 0;
        for (size_t j = 0; j < d->nsents; j++) nbody += d->ntok[j];
        uint32_t *body = arena_alloc(scratch, (nbody ? nbody : 1) * sizeof *body);
        uint8_t *names = arena_alloc(scratch, nbody ? nbody : 1);
        svec tmp;
        if (!body || !names) { s = BRIEF_ENOMEM; break; }
        for (size_t j = 0, k = 0; j < d->nsents; k += d->ntok[j++])
            if (d->ntok[j]) {
                memcpy(body + k, d->tok[j], d->ntok[j] * sizeof *body);
                memcpy(names + k, d->names[j], d->ntok[j]);
            }
        s = cluster_anchor_vector(scratch, v, body, names, nbody, &tmp);
        if (s != BRIEF_OK) break;
        s = keep_vector(ar, &tmp, &out[di]);
        if (s != BRIEF_OK) break;
    }
    arena_free(scratch);
    return s;
}

/* ---- datelines ------------------------------------------------------ */

static int ascii_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int ascii_alpha(int c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

uint64_t cluster_dateline_place(const char *t, size_t len)
{
    size_t i = 0, lim = len > 120 ? 120 : len;
    while (i < lim && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r')) i++;
    char place[64];
    size_t np = 0, words = 0, letters = 0;
    /* The place: words in capitals, at most 4. */
    while (i < lim && ascii_upper((unsigned char)t[i]) && words < 4) {
        size_t w = i;
        while (i < lim && (ascii_upper((unsigned char)t[i]) ||
                           ((t[i] == '.' || t[i] == '\'' || t[i] == '-') && i + 1 < lim &&
                            ascii_upper((unsigned char)t[i + 1])) ||
                           (t[i] == '.' && i > w)))
            i++;
        if (i < lim && ascii_alpha((unsigned char)t[i])) return 0; /* "Bangkok": not capitals */
        if (np + (i - w) + 1 >= sizeof place) return 0;
        if (np) place[np++] = ' ';
        for (size_t k = w; k < i; k++) {
            place[np++] = t[k];
            if (ascii_upper((unsigned char)t[k])) letters++;
        }
        words++;
        if (i + 1 < lim && t[i] == ' ' && ascii_upper((unsigned char)t[i + 1])) i++;
        else break;
    }
    if (letters < 2) return 0;
    /* ", Region" or ", Dec 4": capitalized words, a day of the month. */
    if (i + 2 < lim && t[i] == ',' && t[i + 1] == ' ' && ascii_upper((unsigned char)t[i + 2])) {
        i += 2;
        while (i < lim && (ascii_alpha((unsigned char)t[i]) || t[i] == '.' || t[i] == ' ' ||
                           t[i] == '-' || t[i] == '\'' || (t[i] >= '0' && t[i] <= '9')))
            i++;
        while (i > 0 && t[i - 1] == ' ') i--;
    }
    /* "(AGENCY)" */
    if (i + 2 < lim && t[i] == ' ' && t[i + 1] == '(' && ascii_upper((unsigned char)t[i + 2])) {
        size_t j = i + 2;
        while (j < lim && j - i < 30 && t[j] != ')' && t[j] != '\n') j++;
        if (j >= lim || t[j] != ')') return 0;
        i = j + 1;
    }
    while (i < lim && t[i] == ' ') i++;
    if (i >= lim) return 0;
    if ((t[i] == '_' || t[i] == '-') && (t[i - 1] == ' ' || (i + 1 < lim && (t[i + 1] == ' ' ||
                                                                          t[i + 1] == '-')))) {
        /* '_', '-' or '--', set off by a space: not "UK-based" */
    } else if (i + 2 < lim && (unsigned char)t[i] == 0xe2 && (unsigned char)t[i + 1] == 0x80 &&
               ((unsigned char)t[i + 2] == 0x94 || (unsigned char)t[i + 2] == 0x93)) {
        /* an em or en dash */
    } else {
        return 0;
    }
    return hash_bytes(place, np);
}
