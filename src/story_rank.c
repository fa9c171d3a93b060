/*
 * story_rank.c - the ranking of a story's sentences; see story_rank.h.
 */
#include "story_rank.h"

#include <string.h>

#include "rank.h"

static size_t doc_of(const size_t *subset, size_t x) { return subset ? subset[x] : x; }

/* Analyzes the documents ranked (only those: one story of a big day
 * should not walk the whole day) and counts their sentences and words. */
static brief_status count_sentences(brief_story *st, const char *what, const size_t *subset,
                                    size_t nsubset, ranking *r)
{
    brief_status s = story_lang(st);
    for (size_t x = 0; s == BRIEF_OK && x < nsubset; x++)
        s = story_analyze_doc(st, doc_of(subset, x));
    if (s != BRIEF_OK) return story_fail(st, s, what, NULL);
    for (size_t x = 0; x < nsubset; x++) {
        r->n += st->docs[doc_of(subset, x)].nsents;
        r->total_words += st->docs[doc_of(subset, x)].words;
    }
    if (r->n == 0)
        return story_fail(st, BRIEF_EEMPTY,
                          nsubset == 1 ? st->docs[doc_of(subset, 0)].name : "input",
                          "no sentences found");
    if (r->n > UINT32_MAX / 2) return story_fail(st, BRIEF_ELIMIT, "input", "too many sentences");
    return BRIEF_OK;
}

static brief_status alloc_ranking(arena *ar, arena *tmp, ranking *r, double **prior)
{
    size_t n = r->n;
    r->sent = arena_alloc(ar, n * sizeof *r->sent);
    r->tok = arena_alloc(ar, n * sizeof *r->tok);
    r->ntok = arena_alloc(ar, n * sizeof *r->ntok);
    r->docid = arena_alloc(ar, n * sizeof *r->docid);
    r->flags = arena_alloc(ar, n * sizeof *r->flags);
    r->score = arena_alloc(ar, n * sizeof *r->score);
    r->vecs = arena_alloc(ar, n * sizeof *r->vecs);
    *prior = arena_alloc(tmp, n * sizeof **prior);
    if (!r->sent || !r->tok || !r->ntok || !r->docid || !r->flags || !r->score || !r->vecs ||
        !*prior)
        return BRIEF_ENOMEM;
    return BRIEF_OK;
}

/* The sentences in reading order, each document's with its lead prior;
 * returns how many of the documents have sentences. */
static size_t gather_sentences(const brief_story *st, const size_t *subset, size_t nsubset,
                               ranking *r, double *prior)
{
    size_t k = 0, used = 0;
    for (size_t x = 0; x < nsubset; x++) {
        size_t i = doc_of(subset, x);
        const doc *d = &st->docs[i];
        used += d->nsents > 0;
        rank_lead_prior(d->nsents, prior + k);
        for (size_t j = 0; j < d->nsents; j++, k++) {
            r->sent[k] = &d->sents[j];
            r->tok[k] = d->tok[j];
            r->ntok[k] = d->ntok[j];
            r->docid[k] = (uint32_t)i;
            r->flags[k] = d->flags[j];
        }
    }
    return used;
}

/* IDF: the background table when there is one for the language, else the
 * input itself (vec_input_idf). */
static brief_status ranking_idf(brief_story *st, arena *ar, ranking *r, size_t ndocs)
{
    const idf_table *table;
    brief_status s = ctx_idf(st->ctx, st->lang->name, &table);
    if (s != BRIEF_OK) return s;
    if (!table) {
        r->idf = vec_input_idf(ar, st->vocab, r->tok, r->ntok, r->docid, r->n, ndocs);
        return r->idf ? BRIEF_OK : BRIEF_ENOMEM;
    }
    /* The table's weights are the same for every subset: computed once per
     * vocabulary size, so a day of a thousand stories does not look up the
     * whole vocabulary a thousand times. */
    size_t nv = vocab_size(st->vocab);
    if (st->idf_all_n != nv || !st->idf_all) {
        st->idf_all = vec_idf_weights(st->ar, st->vocab, table, NULL, 0);
        if (!st->idf_all) return BRIEF_ENOMEM;
        st->idf_all_n = nv;
    }
    r->idf = st->idf_all;
    return BRIEF_OK;
}

/* The sentences' vectors, renumbered densely so the graph's and the
 * composer's arrays are sized by this subset's vocabulary, not the whole
 * day's. */
static brief_status ranking_vectors(brief_story *st, arena *ar, ranking *r)
{
    for (size_t i = 0; i < r->n; i++) {
        brief_status s = vec_build(ar, r->tok[i], r->ntok[i], r->idf, &r->vecs[i]);
        if (s != BRIEF_OK) return s;
    }
    size_t nv = vocab_size(st->vocab);
    if (st->remap_n < nv) {
        uint32_t *m = arena_alloc(st->ar, nv * sizeof *m);
        if (!m) return BRIEF_ENOMEM;
        memset(m, 0xff, nv * sizeof *m);
        st->remap = m;
        st->remap_n = nv;
    }
    return vec_renumber(ar, r->vecs, r->n, st->remap, &r->global_of, &r->nv);
}

brief_status story_rank(brief_story *st, arena *ar, const char *what, const size_t *subset,
                        size_t nsubset, ranking *r)
{
    memset(r, 0, sizeof *r);
    if (!subset) nsubset = st->ndocs;
    brief_status s = count_sentences(st, what, subset, nsubset, r);
    if (s != BRIEF_OK) return s;
    /* The lead prior and TextRank's own arrays are needed only until the
     * scores are known. */
    arena *tmp = arena_new(arena_allocator(ar));
    double *prior;
    if (!tmp || alloc_ranking(ar, tmp, r, &prior) != BRIEF_OK) {
        arena_free(tmp);
        return story_fail(st, BRIEF_ENOMEM, what, NULL);
    }
    size_t ndocs = gather_sentences(st, subset, nsubset, r, prior);
    if ((s = ranking_idf(st, ar, r, ndocs)) == BRIEF_OK) s = ranking_vectors(st, ar, r);
    if (s != BRIEF_OK) {
        arena_free(tmp);
        return story_fail(st, s, what, NULL);
    }
    rank_params rp;
    rank_params_default(&rp);
    s = rank_textrank(tmp, r->vecs, r->docid, r->n, r->nv, prior, &rp, r->score);
    arena_free(tmp);
    if (s != BRIEF_OK) {
        ranking_release(st, r);
        return story_fail(st, s, what, NULL);
    }
    return BRIEF_OK;
}

void ranking_release(brief_story *st, ranking *r)
{
    if (r->global_of) vec_unmap(st->remap, r->global_of, r->nv);
    r->nv = 0;
}

brief_status ranking_vector(const brief_story *st, arena *ar, const ranking *r,
                            const uint32_t *ids, size_t n, svec *out)
{
    brief_status s = vec_build(ar, ids, n, r->idf, out);
    if (s != BRIEF_OK) return s;
    vec_remap(out, st->remap, st->remap_n);
    return BRIEF_OK;
}
