/*
 * story_quotes.c - quotes of a story (brief_story_quotes); see
 * story_quotes.h.  The stage itself is quotes.c.
 */
#include "story_quotes.h"

#include <string.h>

/* Finds the quotes of every document not searched yet and keeps them with
 * it.  Quote finding tokenizes and indexes each document: scratch, reset
 * per document; only what it found is copied into the story. */
static brief_status find_new_quotes(brief_story *st)
{
    arena *scratch = NULL;
    brief_status s = BRIEF_OK;
    for (size_t i = 0; s == BRIEF_OK && i < st->ndocs; i++) {
        doc *d = &st->docs[i];
        if (d->quoted) continue;
        if (!scratch && !(scratch = arena_new(st->ctx->a))) return BRIEF_ENOMEM;
        quotes_doc found;
        s = quotes_find(scratch, st->lang->quotes, d->in.text, d->blocks, d->nblocks, d->spans,
                        d->nspans, &found);
        if (s == BRIEF_OK) s = quotes_doc_copy(st->ar, &found, &d->quotes);
        arena_reset(scratch);
        d->quoted = s == BRIEF_OK;
    }
    arena_free(scratch);
    return s;
}

/* One public quote from document di's quote q; its source list is ids[]. */
static void public_quote(brief_quote *out, const quote *q, size_t di, const size_t *source)
{
    out->text = q->text;
    out->speaker = q->speaker;
    out->role = q->role;
    out->partial = q->partial;
    out->sources = source;
    out->nsources = 1;
    out->doc = di;
    out->start = q->start;
    out->end = q->end;
}

/* The public view of the quotes of qd[0..ndocs), total in all. */
static brief_status publish(brief_story *st, const quotes_doc *qd, size_t total)
{
    brief_quote *out = arena_calloc(st->ar, total ? total : 1, sizeof *out);
    const brief_quote **outp = arena_alloc(st->ar, (total ? total : 1) * sizeof *outp);
    size_t *ids = arena_alloc(st->ar, (st->ndocs ? st->ndocs : 1) * sizeof *ids);
    size_t *qstart = arena_alloc(st->ar, (st->ndocs + 1) * sizeof *qstart);
    if (!out || !outp || !ids || !qstart) return BRIEF_ENOMEM;
    size_t k = 0;
    for (size_t i = 0; i < st->ndocs; i++) {
        ids[i] = i + 1;
        qstart[i] = k;
        for (size_t j = 0; j < qd[i].nquotes; j++, k++) {
            outp[k] = &out[k];
            public_quote(&out[k], &qd[i].quotes[j], i, &ids[i]);
        }
    }
    qstart[st->ndocs] = k;
    st->quotes = out;
    st->quotep = outp;
    st->nquotes = k;
    st->quote_start = qstart;
    st->canonical_docs = st->ndocs;
    return BRIEF_OK;
}

brief_status story_quotes(brief_story *st)
{
    brief_status s = story_analyze(st);
    if (s != BRIEF_OK) return s;
    if (st->canonical_docs == st->ndocs && st->quotes) return BRIEF_OK;
    if ((s = find_new_quotes(st)) != BRIEF_OK) return s;
    /* quotes_canonicalize renames speakers in the documents' own quote
     * arrays; qd only gathers them. */
    quotes_doc *qd = arena_alloc(st->ar, (st->ndocs ? st->ndocs : 1) * sizeof *qd);
    if (!qd) return BRIEF_ENOMEM;
    size_t total = 0;
    for (size_t i = 0; i < st->ndocs; i++) {
        qd[i] = st->docs[i].quotes;
        total += qd[i].nquotes;
    }
    if ((s = quotes_canonicalize(st->ar, qd, st->ndocs)) != BRIEF_OK) return s;
    return publish(st, qd, total);
}

brief_status brief_story_quotes(brief_story *st, const brief_quote *const **quotes,
                                size_t *count)
{
    if (!st || !quotes || !count) return BRIEF_EINVAL;
    *quotes = NULL;
    *count = 0;
    st->err[0] = '\0';
    brief_status s = story_quotes(st);
    if (s != BRIEF_OK) return story_fail(st, s, "quotes", NULL);
    *quotes = st->quotep;
    *count = st->nquotes;
    return BRIEF_OK;
}
