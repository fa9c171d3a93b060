/*
 * quotes.c - stage 8: quote spans, full vs partial, speakers; see quotes.h.
 *
 * The stage's entry points; the work is in its modules, in three passes
 * over one document:
 *   1. marks (quote_marks.c): a small state machine per paragraph pairs
 *      quote marks;
 *   2. words (quote_words.c): the sentences become a token array (words
 *      with their class from data/quotes/<lang>.txt, read by
 *      quote_lang.c; commas, colons, one token per quote), and every
 *      capitalised phrase splits into a role part and a name part, which
 *      fills the document's table of names (quote_resolve.c);
 *   3. speakers (quote_speaker.c): pattern by pattern around each quote,
 *      pronouns and short names resolved by quote_resolve.c.
 * quote_names.c then gives one name per person across documents.  The
 * types these share are in quote_internal.h.
 */
#include "quotes.h"

#include <string.h>

#include "data.h"
#include "quote_internal.h"
#include "quote_marks.h"
#include "quote_names.h"
#include "quote_resolve.h"
#include "quote_speaker.h"
#include "quote_words.h"

brief_status quotes_lang_new(const brief_allocator *a, const char *language,
                             quotes_lang **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    size_t len = 0;
    const char *bytes = language ? data_find_lang("quotes", language, &len) : NULL;
    int borrowed = !bytes && language; /* no file of its own */
    if (!bytes) bytes = data_find("data/quotes/english.txt", &len);
    if (!bytes) return BRIEF_EFORMAT;
    brief_status s = quote_lang_parse(a, bytes, len, out);
    if (s == BRIEF_OK && borrowed) quote_lang_set_borrowed(*out);
    return s;
}

void quotes_lang_free(quotes_lang *ql)
{
    quote_lang_destroy(ql);
}

brief_status quotes_find(arena *ar, const quotes_lang *ql, const char *text,
                         const block *blocks, size_t nblocks, const span *spans,
                         size_t nspans, quotes_doc *out)
{
    if (!ar || !ql || !out || (!text && (nblocks || nspans))) return BRIEF_EINVAL;
    memset(out, 0, sizeof *out);
    qrec *q = NULL;
    size_t nq = 0;
    if (nblocks && !find_marks(ar, text, blocks, nblocks, &q, &nq)) return BRIEF_ENOMEM;
    if (!nq) return BRIEF_OK;
    quote *qv = marks_to_quotes(ar, text, q, nq);
    if (!qv) return BRIEF_ENOMEM;
    doc d;
    doc_init(&d, ar, ql, text);
    if (!tokenize(&d, q, nq, spans, nspans)) return BRIEF_ENOMEM;
    brief_status st = collect_names(&d);
    if (st != BRIEF_OK) return st;
    find_speakers(&d, q, qv, spans);
    if (d.oom) return BRIEF_ENOMEM;
    if ((st = people_list(&d, &out->people, &out->npeople)) != BRIEF_OK) return st;
    out->quotes = qv;
    out->nquotes = nq;
    return BRIEF_OK;
}

brief_status quotes_canonicalize(arena *ar, quotes_doc *docs, size_t ndocs)
{
    if (!ar || (!docs && ndocs)) return BRIEF_EINVAL;
    names_table t;
    brief_status st = names_load(ar, docs, ndocs, &t);
    if (st != BRIEF_OK || !t.n) return st;
    names_group_surnames(&t);
    if ((st = names_choose(&t)) != BRIEF_OK) return st;
    return names_rename(&t, docs, ndocs);
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
