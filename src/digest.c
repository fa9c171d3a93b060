/*
 * digest.c - composed briefs (brief.h): brief_story_compose[_docs], the
 * digest object and its rendering.  Glue: the story's sentences ranked
 * (story_rank.c), their standalone and neutral checks, the titles'
 * vectors, the quotes (story_quotes.c), then compose.c builds the brief
 * and render*.c writes it.
 *
 * Memory: a scratch arena per call, freed before returning; the digest
 * has its own arena, which also holds what brief_digest_render returns.
 */
#include <stdlib.h>
#include <string.h>

#include "compose.h"
#include "counts.h"
#include "name_variants.h"
#include "neutral.h"
#include "render.h"
#include "standalone.h"
#include "story_quotes.h"
#include "story_rank.h"
#include "text.h"

/* The digest handed out is the first member, so brief_digest_free can find
 * the arena that holds it. */
typedef struct digest_box {
    brief_digest d;
    const brief_allocator *a;
    arena *ar;
} digest_box;

void brief_digest_free(brief_digest *d)
{
    if (!d) return;
    digest_box *box = (digest_box *)d;
    const brief_allocator *a = box->a;
    arena_free(box->ar);
    mem_free(a, box);
}

/* The caller's options, or the defaults; refused when out of range. */
static brief_status read_options(brief_story *st, const brief_compose_options *opts,
                                 brief_compose_options *o)
{
    brief_compose_options_init(o);
    if (opts) {
        /* An older caller's struct is shorter: copy what it has. */
        if (opts->size < offsetof(brief_compose_options, nseen) + sizeof opts->nseen)
            return story_fail(st, BRIEF_EINVAL, "compose",
                              "options not set up by brief_compose_options_init");
        memcpy(o, opts, opts->size < sizeof *o ? opts->size : sizeof *o);
        o->size = sizeof *o;
    }
    if (o->max_points > 1000 || o->max_quotes > 1000 || o->min_points > o->max_points)
        return story_fail(st, BRIEF_EINVAL, "compose", "key points or quotes out of range");
    return BRIEF_OK;
}

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

/* The documents composed, ascending and each once (docs NULL: all), in
 * *sub (ar); the story's doc_local map gets each one's place among them
 * (its source id minus one).  Give the map back with subset_release. */
static brief_status doc_subset(brief_story *st, arena *ar, const size_t *docs, size_t ndocs,
                               size_t **sub, size_t *nsub)
{
    size_t n = docs ? ndocs : st->ndocs;
    size_t *s = arena_alloc(ar, (n ? n : 1) * sizeof *s);
    if (!s) return BRIEF_ENOMEM;
    /* A map kept by the story, so a day of thousands of stories does not
     * clear a day-sized array for each one. */
    if (st->doc_local_n < st->ndocs) {
        size_t *m = arena_alloc(st->ar, st->ndocs * sizeof *m);
        if (!m) return BRIEF_ENOMEM;
        for (size_t i = 0; i < st->ndocs; i++) m[i] = SIZE_MAX;
        st->doc_local = m;
        st->doc_local_n = st->ndocs;
    }
    for (size_t i = 0; i < n; i++) s[i] = docs ? docs[i] : i;
    qsort(s, n, sizeof *s, cmp_size);
    size_t m = 0;
    for (size_t i = 0; i < n; i++)
        if (m == 0 || s[m - 1] != s[i]) s[m++] = s[i];
    for (size_t i = 0; i < m; i++) st->doc_local[s[i]] = i;
    *sub = s;
    *nsub = m;
    return BRIEF_OK;
}

static void subset_release(brief_story *st, const size_t *sub, size_t nsub)
{
    for (size_t i = 0; i < nsub; i++) st->doc_local[sub[i]] = SIZE_MAX;
}

/* The content words of a definite description, as the ranking's local
 * term ids, in c->ref; c->definite set when it has any. */
static brief_status definite_terms(const brief_story *st, arena *ar, const char *np, size_t len,
                                   const uint32_t *alias, size_t nv, compose_sentence *c)
{
    uint32_t *ids = NULL;
    size_t n = 0, cap = 0;
    brief_status s = tok_text(st->lang->tok, st->vocab, ar, np, len, &ids, &n, &cap);
    if (s != BRIEF_OK) return s;
    uint32_t *ref = arena_alloc(ar, (n ? n : 1) * sizeof *ref);
    if (!ref) return BRIEF_ENOMEM;
    uint32_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (vocab_is_stop(st->vocab, ids[i]) || ids[i] >= st->remap_n) continue;
        uint32_t t = st->remap[ids[i]];
        if (t == UINT32_MAX) continue;
        ref[k++] = alias && t < nv && alias[t] != UINT32_MAX ? alias[t] : t;
    }
    c->ref = ref;
    c->nref = k;
    c->definite = k > 0;
    return BRIEF_OK;
}

/* The ranked sentences as compose sees them; NULL when out of memory. */
static compose_sentence *compose_sentences(const brief_story *st, arena *ar, const ranking *rk,
                                           const uint32_t *alias)
{
    compose_sentence *cs = arena_alloc(ar, rk->n * sizeof *cs);
    if (!cs) return NULL;
    for (size_t i = 0; i < rk->n; i++) {
        const char *t = rk->sent[i]->text;
        size_t len = strlen(t);
        size_t words = text_count_words(t, len);
        cs[i].text = t;
        cs[i].doc = (uint32_t)st->doc_local[rk->docid[i]];
        cs[i].index = (uint32_t)rk->sent[i]->index;
        cs[i].start = rk->sent[i]->start;
        cs[i].end = rk->sent[i]->end;
        cs[i].score = rk->score[i];
        cs[i].vec = &rk->vecs[i];
        cs[i].usable = standalone_check(st->lang->alone, t, len, rk->flags[i], words) ==
                       STANDALONE_OK;
        cs[i].neutral = neutral_check(st->lang->neutral, t, len);
        cs[i].counted = counts_things(st->lang->counts, t, len);
        cs[i].words = (uint32_t)words;
        cs[i].definite = 0;
        cs[i].ref = NULL;
        cs[i].nref = 0;
        size_t np, nplen;
        int kind = standalone_definite(st->lang->alone, t, len, &np, &nplen);
        if (kind && definite_terms(st, ar, t + np, nplen, alias, rk->nv, &cs[i]) != BRIEF_OK)
            return NULL;
        if (cs[i].definite) cs[i].definite = (unsigned)kind;
    }
    return cs;
}

/* The spellings of one name in the documents composed, as local term ids
 * of the ranking: alias[t] the term t counts as, or UINT32_MAX.  *alias is
 * NULL when there is none.  Only while the ranking holds the map. */
static brief_status name_aliases(const brief_story *st, arena *ar, const ranking *rk,
                                 const size_t *sub, size_t nsub, uint32_t **alias)
{
    *alias = NULL;
    uint8_t **names = arena_alloc(ar, (rk->n ? rk->n : 1) * sizeof *names);
    if (!names) return BRIEF_ENOMEM;
    for (size_t x = 0, k = 0; x < nsub; x++)
        for (size_t j = 0; j < st->docs[sub[x]].nsents; j++) names[k++] = st->docs[sub[x]].names[j];
    name_alias *al;
    size_t nal;
    brief_status s = name_variants_find(ar, st->vocab, rk->tok, rk->ntok, names, rk->docid, rk->n,
                                        &al, &nal);
    if (s != BRIEF_OK || nal == 0) return s;
    uint32_t *a = arena_alloc(ar, (rk->nv ? rk->nv : 1) * sizeof *a);
    if (!a) return BRIEF_ENOMEM;
    memset(a, 0xff, (rk->nv ? rk->nv : 1) * sizeof *a);
    for (size_t i = 0; i < nal; i++) {
        uint32_t from = al[i].from < st->remap_n ? st->remap[al[i].from] : UINT32_MAX;
        uint32_t to = al[i].to < st->remap_n ? st->remap[al[i].to] : UINT32_MAX;
        if (from < rk->nv && to < rk->nv) a[from] = to;
    }
    *alias = a;
    return BRIEF_OK;
}

/* Per local term of the ranking: 1 when it is capitalised mid-sentence
 * (tok_text_names) in at least half of its uses; NULL when out of memory. */
static unsigned char *name_terms(const brief_story *st, arena *ar, const ranking *rk,
                                 const size_t *sub, size_t nsub)
{
    size_t nv = rk->nv ? rk->nv : 1;
    uint32_t *uses = arena_calloc(ar, nv, sizeof *uses);
    uint32_t *capital = arena_calloc(ar, nv, sizeof *capital);
    unsigned char *is = arena_calloc(ar, nv, 1);
    if (!uses || !capital || !is) return NULL;
    for (size_t x = 0, i = 0; x < nsub; x++) {
        const doc *d = &st->docs[sub[x]];
        for (size_t j = 0; j < d->nsents; j++, i++)
            for (uint32_t k = 0; k < rk->ntok[i]; k++) {
                uint32_t g = rk->tok[i][k];
                uint32_t t = g < st->remap_n ? st->remap[g] : UINT32_MAX;
                if (t >= rk->nv) continue;
                uses[t]++;
                capital[t] += d->names[j] && d->names[j][k];
            }
    }
    for (size_t t = 0; t < rk->nv; t++) is[t] = capital[t] * 2 >= uses[t] && capital[t] > 0;
    return is;
}

/* The sentence vectors compose compares, the spellings of a name made one
 * term (name_aliases). */
static brief_status alias_vectors(arena *ar, compose_sentence *cs, size_t n, const uint32_t *alias,
                                  size_t nv)
{
    if (!alias) return BRIEF_OK;
    svec *v = arena_alloc(ar, (n ? n : 1) * sizeof *v);
    if (!v) return BRIEF_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        brief_status s = vec_alias(ar, cs[i].vec, alias, nv, &v[i]);
        if (s != BRIEF_OK) return s;
        cs[i].vec = &v[i];
    }
    return BRIEF_OK;
}

/* The documents as compose sees them: names, titles and their vectors. */
static brief_status compose_documents(const brief_story *st, arena *ar, const ranking *rk,
                                 const size_t *sub, size_t nsub, const uint32_t *alias,
                                 compose_doc **out)
{
    compose_doc *cd = arena_calloc(ar, nsub, sizeof *cd);
    svec *tv = arena_calloc(ar, nsub, sizeof *tv);
    if (!cd || !tv) return BRIEF_ENOMEM;
    for (size_t x = 0; x < nsub; x++) {
        const doc *d = &st->docs[sub[x]];
        cd[x].title = d->in.title;
        cd[x].name = d->source;
        cd[x].file = d->name;
        cd[x].url = d->in.url;
        cd[x].date = d->in.date;
        cd[x].author = d->in.author;
        if (!d->in.title) continue;
        brief_status s = ranking_vector(st, ar, rk, d->title_tok, d->title_ntok, &tv[x]);
        if (s == BRIEF_OK && alias) s = vec_alias(ar, &tv[x], alias, rk->nv, &tv[x]);
        if (s != BRIEF_OK) return s;
        cd[x].title_vec = &tv[x];
        cd[x].title_neutral = neutral_check(st->lang->neutral, d->in.title, strlen(d->in.title));
    }
    *out = cd;
    return BRIEF_OK;
}

/* One quote as compose sees it; `first` is the ranking's index of the
 * first sentence of the quote's document. */
static void compose_quote_of(const brief_story *st, const ranking *rk, const brief_quote *q,
                             size_t first, compose_quote *c)
{
    const doc *d = &st->docs[q->doc];
    c->text = q->text;
    c->speaker = q->speaker;
    c->role = q->role;
    c->partial = q->partial;
    c->doc = (uint32_t)st->doc_local[q->doc];
    c->start = q->start;
    c->end = q->end;
    c->score = d->nsents ? rk->score[first + story_sentence_at(d, q->start)] : 0;
    c->words = (uint32_t)text_count_words(q->text, strlen(q->text));
}

/* The quotes of the documents composed.  Speakers are canonical across
 * every document of the story object (the whole day in daily mode); only
 * these documents' quotes are offered. */
static brief_status compose_quotes(brief_story *st, arena *ar, const ranking *rk,
                                   const size_t *sub, size_t nsub, compose_quote **out,
                                   size_t *nout)
{
    brief_status s = story_quotes(st);
    if (s != BRIEF_OK) return s;
    size_t total = 0;
    for (size_t x = 0; x < nsub; x++) total += st->quote_start[sub[x] + 1] - st->quote_start[sub[x]];
    compose_quote *cq = arena_alloc(ar, (total ? total : 1) * sizeof *cq);
    if (!cq) return BRIEF_ENOMEM;
    size_t n = 0;
    for (size_t x = 0, first = 0; x < nsub; first += st->docs[sub[x]].nsents, x++)
        for (size_t i = st->quote_start[sub[x]]; i < st->quote_start[sub[x] + 1]; i++)
            compose_quote_of(st, rk, &st->quotes[i], first, &cq[n++]);
    *out = cq;
    *nout = n;
    return BRIEF_OK;
}

/* Composes the documents sub[0..nsub) into a new digest. */
static brief_status compose_subset(brief_story *st, arena *ar, const size_t *sub, size_t nsub,
                                   const brief_compose_options *o, digest_box **out)
{
    ranking rk;
    brief_status s = story_rank(st, ar, "story", sub, nsub, &rk);
    if (s != BRIEF_OK) return s;
    compose_input in = {NULL, rk.n, NULL, nsub, NULL, 0, rk.nv, st->lang->name, NULL};
    compose_doc *cd = NULL;
    compose_quote *cq = NULL;
    uint32_t *alias = NULL;
    compose_sentence *cs = NULL;
    s = name_aliases(st, ar, &rk, sub, nsub, &alias);
    if (s == BRIEF_OK && !(cs = compose_sentences(st, ar, &rk, alias))) s = BRIEF_ENOMEM;
    if (s == BRIEF_OK) s = alias_vectors(ar, cs, rk.n, alias, rk.nv);
    if (s == BRIEF_OK && !(in.name_term = name_terms(st, ar, &rk, sub, nsub))) s = BRIEF_ENOMEM;
    in.s = cs;
    if (s == BRIEF_OK) s = compose_documents(st, ar, &rk, sub, nsub, alias, &cd);
    if (s == BRIEF_OK) s = compose_quotes(st, ar, &rk, sub, nsub, &cq, &in.nq);
    in.docs = cd;
    in.q = cq;
    digest_box *box = NULL;
    if (s == BRIEF_OK && !(box = mem_malloc(st->ctx->a, sizeof *box))) s = BRIEF_ENOMEM;
    if (s == BRIEF_OK) {
        memset(box, 0, sizeof *box);
        box->a = st->ctx->a;
        *out = box;
        box->ar = arena_new(st->ctx->a);
        s = box->ar ? compose_digest(box->ar, ar, &in, o, &box->d) : BRIEF_ENOMEM;
    }
    ranking_release(st, &rk);
    return s;
}

brief_status brief_story_compose_docs(brief_story *st, const size_t *docs, size_t ndocs,
                                      const brief_compose_options *opts, brief_digest **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!st) return BRIEF_EINVAL;
    st->err[0] = '\0';
    brief_compose_options o;
    brief_status s = read_options(st, opts, &o);
    if (s != BRIEF_OK) return s;
    if (docs && ndocs == 0) return story_fail(st, BRIEF_EINVAL, "compose", "no documents given");
    for (size_t i = 0; docs && i < ndocs; i++)
        if (docs[i] >= st->ndocs) return story_fail(st, BRIEF_EINVAL, "compose", "no such document");
    arena *ar = arena_new(st->ctx->a);
    if (!ar) return story_fail(st, BRIEF_ENOMEM, "compose", NULL);
    size_t *sub = NULL, nsub = 0;
    digest_box *box = NULL;
    s = doc_subset(st, ar, docs, ndocs, &sub, &nsub);
    if (s == BRIEF_OK) {
        s = compose_subset(st, ar, sub, nsub, &o, &box);
        subset_release(st, sub, nsub);
    }
    arena_free(ar);
    if (s != BRIEF_OK) {
        brief_digest_free(box ? &box->d : NULL);
        if (!st->err[0]) story_fail(st, s, "story", NULL);
        return s;
    }
    *out = &box->d;
    return BRIEF_OK;
}

brief_status brief_story_compose(brief_story *st, const brief_compose_options *opts,
                                 brief_digest **out)
{
    return brief_story_compose_docs(st, NULL, 0, opts, out);
}

brief_status brief_digest_render(brief_digest *d, brief_format fmt, const char **out,
                                 size_t *len)
{
    if (!d || !out) return BRIEF_EINVAL;
    digest_box *box = (digest_box *)d;
    rbuf b;
    rbuf_init(&b, box->ar);
    brief_status s;
    switch (fmt) {
    case BRIEF_FORMAT_TEXT: s = render_text(d, &b); break;
    case BRIEF_FORMAT_MARKDOWN: s = render_markdown(d, &b); break;
    case BRIEF_FORMAT_HTML: s = render_html(d, &b); break;
    case BRIEF_FORMAT_JSON: s = render_json(d, &b); break;
    default: return BRIEF_EINVAL;
    }
    if (s != BRIEF_OK) return s;
    *out = b.p ? b.p : "";
    if (len) *len = b.len;
    return BRIEF_OK;
}
