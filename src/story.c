/*
 * story.c - stories (brief.h): documents added as text and cleaned at once
 * (ingest -> clean), analyzed when first needed (language -> teaser ->
 * split -> fold -> tokens).  See story.h for what the story holds.
 */
#include "story.h"

#include <stdio.h>
#include <string.h>

#include "teaser.h"
#include "text.h"
#include "vectors.h"

brief_status brief_story_new(brief_ctx *ctx, brief_story **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!ctx) return BRIEF_EINVAL;
    brief_story *st = mem_malloc(ctx->a, sizeof *st);
    if (!st) return BRIEF_ENOMEM;
    memset(st, 0, sizeof *st);
    st->ctx = ctx;
    st->ar = arena_new(ctx->a);
    st->vocab = vocab_new(ctx->a);
    if (!st->ar || !st->vocab) {
        brief_story_free(st);
        return BRIEF_ENOMEM;
    }
    *out = st;
    return BRIEF_OK;
}

void brief_story_free(brief_story *st)
{
    if (!st) return;
    arena_free(st->ar);
    vocab_free(st->vocab);
    mem_free(st->ctx->a, st);
}

const char *brief_story_errmsg(const brief_story *st) { return st ? st->err : ""; }

brief_status story_fail(brief_story *st, brief_status s, const char *name, const char *why)
{
    if (!name) name = "(input)";
    if (!why) why = brief_strerror(s);
    /* A name too long for the message (a path near PATH_MAX) is cut, at
     * the start of a character, so that the reason after it is kept. */
    size_t keep = sizeof st->err / 2;
    if (strlen(name) <= keep) {
        snprintf(st->err, sizeof st->err, "%s: %s", name, why);
        return s;
    }
    while (keep > 0 && ((unsigned char)name[keep] & 0xC0) == 0x80) keep--;
    snprintf(st->err, sizeof st->err, "%.*s...: %s", (int)keep, name, why);
    return s;
}

/* "dir/007_abc.txt" -> "007_abc" */
static char *file_stem(arena *ar, const char *name)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    const char *dot = strrchr(base, '.');
    size_t len = dot && dot != base ? (size_t)(dot - base) : strlen(base);
    return arena_strndup(ar, base, len);
}

/* Refuses a document the story may not take (brief.h's limits) and makes
 * room for one more. */
static brief_status room_for(brief_story *st, const char *name, size_t len)
{
    if (len > BRIEF_MAX_INPUT_BYTES) return story_fail(st, BRIEF_ELIMIT, name, STORY_DOC_TOO_LARGE);
    if (st->total_bytes + len > BRIEF_MAX_TOTAL_BYTES)
        return story_fail(st, BRIEF_ELIMIT, name, "the documents together exceed the 2 GiB limit");
    if (st->ndocs >= BRIEF_MAX_DOCUMENTS)
        return story_fail(st, BRIEF_ELIMIT, name, "more than 1,000,000 documents");
    if (st->ndocs == st->cap) {
        doc *d = arena_reserve(st->ar, st->docs, sizeof *d, &st->cap, st->ndocs + 1);
        if (!d) return story_fail(st, BRIEF_ENOMEM, name, NULL);
        st->docs = d;
    }
    return BRIEF_OK;
}

/* The public view of a cleaned document. */
static void set_info(doc *d)
{
    d->info.name = d->name;
    d->info.title = d->in.title;
    d->info.source = d->source;
    d->info.url = d->in.url;
    d->info.date = d->in.date;
    d->info.author = d->in.author;
    d->info.bytes = d->in.len;
    d->info.repaired = d->in.repaired;
    d->info.controls = d->in.controls;
    d->info.encoding = d->in.encoding ? d->in.encoding : "utf-8";
    d->info.transcoded = strcmp(d->info.encoding, "utf-8") != 0;
}

brief_status brief_story_add_text(brief_story *st, const char *name, const char *bytes,
                                  size_t len)
{
    if (!st || (!bytes && len)) return BRIEF_EINVAL;
    if (!name) name = "-";
    st->err[0] = '\0';
    brief_status s = room_for(st, name, len);
    if (s != BRIEF_OK) return s;
    doc d;
    memset(&d, 0, sizeof d);
    d.name = arena_strdup(st->ar, name);
    if (!d.name) return story_fail(st, BRIEF_ENOMEM, name, NULL);
    s = ingest_bytes(st->ar, bytes ? bytes : "", len, &d.in);
    if (s == BRIEF_EBINARY) return story_fail(st, s, name, "not a text file (binary data); skipped");
    if (s != BRIEF_OK) return story_fail(st, s, name, NULL);
    s = clean_blocks(st->ar, d.in.text, d.in.len, d.in.body_start, d.in.title, &d.blocks,
                     &d.nblocks);
    if (s != BRIEF_OK) return story_fail(st, s, name, NULL);
    d.source = d.in.source ? d.in.source : file_stem(st->ar, name);
    if (!d.source) return story_fail(st, BRIEF_ENOMEM, name, NULL);
    set_info(&d);
    st->docs[st->ndocs++] = d;
    st->total_bytes += len;
    return BRIEF_OK;
}

size_t brief_story_doc_count(const brief_story *st) { return st ? st->ndocs : 0; }

const brief_doc_info *brief_story_doc(const brief_story *st, size_t i)
{
    if (!st || i >= st->ndocs) return NULL;
    return &st->docs[i].info;
}

/* Language detection reads at most this much body text. */
#define LANGUAGE_SAMPLE 262144

/* The documents' body text, one after another, up to LANGUAGE_SAMPLE
 * bytes; *n its length.  NULL when out of memory. */
static char *language_sample(brief_story *st, size_t *n)
{
    size_t want = 0;
    for (size_t i = 0; i < st->ndocs && want < LANGUAGE_SAMPLE; i++)
        want += st->docs[i].in.len - st->docs[i].in.body_start + 1;
    if (want > LANGUAGE_SAMPLE) want = LANGUAGE_SAMPLE;
    char *sample = arena_alloc(st->ar, want + 1);
    if (!sample) return NULL;
    size_t k = 0;
    for (size_t i = 0; i < st->ndocs && k < want; i++) {
        const doc *d = &st->docs[i];
        size_t take = d->in.len - d->in.body_start;
        if (take > want - k) take = want - k;
        memcpy(sample + k, d->in.text + d->in.body_start, take);
        k += take;
        if (k < want) sample[k++] = '\n';
    }
    sample[k] = '\0';
    *n = k;
    return sample;
}

brief_status story_lang(brief_story *st)
{
    if (st->lang) return BRIEF_OK;
    const char *name = st->ctx->language;
    if (strcmp(name, "auto") == 0) {
        size_t n = 0;
        char *sample = language_sample(st, &n);
        if (!sample) return BRIEF_ENOMEM;
        name = tok_detect_language(sample, n, "english");
    }
    return ctx_lang(st->ctx, name, &st->lang);
}

const char *brief_story_language(brief_story *st)
{
    if (!st) return NULL;
    if (story_lang(st) != BRIEF_OK) return NULL;
    return st->lang->name;
}

/* The per-sentence arrays of a document of n spans (the most sentences it
 * can keep). */
static brief_status alloc_sentences(arena *ar, doc *d, size_t n)
{
    size_t m = n ? n : 1;
    d->sents = arena_calloc(ar, m, sizeof *d->sents);
    d->sentp = arena_alloc(ar, m * sizeof *d->sentp);
    d->flags = arena_alloc(ar, m * sizeof *d->flags);
    d->tok = arena_alloc(ar, m * sizeof *d->tok);
    d->names = arena_alloc(ar, m * sizeof *d->names);
    d->ntok = arena_alloc(ar, m * sizeof *d->ntok);
    if (!d->sents || !d->sentp || !d->flags || !d->tok || !d->names || !d->ntok)
        return BRIEF_ENOMEM;
    return BRIEF_OK;
}

/* Folds and tokenizes span sp of document di; keeps it as the next
 * sentence unless it folds to nothing.  The folded text and the token
 * arrays are made in tmp (reset here) and kept in the story's arena at
 * their size, in one block: token ids, name flags, text.  Grown there,
 * a sentence of 20 tokens left room for 56 ids and 56 flags behind, and
 * three allocations cost three roundings. */
static brief_status add_sentence(brief_story *st, arena *tmp, size_t di, const span *sp)
{
    doc *d = &st->docs[di];
    arena_reset(tmp);
    size_t flen;
    const char *folded = text_fold(tmp, d->in.text + sp->start, sp->end - sp->start, &flen);
    if (!folded) return BRIEF_ENOMEM;
    if (flen == 0) return BRIEF_OK;
    uint32_t *grown = NULL;
    uint8_t *grown_names = NULL;
    size_t nids = 0, cap = 0;
    brief_status s = tok_text_names(st->lang->tok, st->vocab, tmp, folded, flen, &grown,
                                    &grown_names, &nids, &cap);
    if (s != BRIEF_OK) return s;
    /* nids <= flen < 512 MiB: no overflow */
    uint32_t *ids = arena_alloc(st->ar, nids * (sizeof *ids + 1) + flen + 1);
    if (!ids) return BRIEF_ENOMEM;
    uint8_t *names = (uint8_t *)(ids + nids);
    char *text = (char *)(names + nids);
    if (nids) {
        memcpy(ids, grown, nids * sizeof *ids);
        memcpy(names, grown_names, nids);
    }
    memcpy(text, folded, flen + 1);
    size_t k = d->nsents++;
    brief_sentence *bs = &d->sents[k];
    d->sentp[k] = bs;
    bs->text = text;
    bs->doc = di;
    bs->index = k;
    bs->start = sp->start;
    bs->end = sp->end;
    d->flags[k] = sp->flags;
    d->tok[k] = ids;
    d->names[k] = names;
    d->ntok[k] = (uint32_t)nids;
    d->words += text_count_words(text, flen);
    return BRIEF_OK;
}

brief_status story_analyze_doc(brief_story *st, size_t di)
{
    doc *d = &st->docs[di];
    if (d->analyzed) return BRIEF_OK;
    const idf_table *table;
    brief_status s = ctx_idf(st->ctx, st->lang->name, &table);
    if (s != BRIEF_OK) return s;
    size_t teasers;
    s = teaser_mark(st->ar, st->lang->tok, st->vocab, table, d->in.text, d->blocks, d->nblocks,
                    &teasers);
    if (s != BRIEF_OK) return s;
    /* Scratch for the splitter's growing lists and for each sentence's
     * tokens; the spans are kept in the story's arena at their size. */
    arena *tmp = arena_new(arena_allocator(st->ar));
    if (!tmp) return BRIEF_ENOMEM;
    span *spans = NULL;
    size_t nspans = 0;
    s = split_sentences(tmp, st->lang->split, d->in.text, d->blocks, d->nblocks, &spans, &nspans);
    if (s == BRIEF_OK) {
        d->spans = arena_alloc(st->ar, nspans * sizeof *d->spans);
        if (!d->spans) s = BRIEF_ENOMEM;
        else if (nspans) memcpy(d->spans, spans, nspans * sizeof *spans);
        d->nspans = d->spans ? nspans : 0;
    }
    if (s == BRIEF_OK) s = alloc_sentences(st->ar, d, d->nspans);
    d->nsents = 0; /* an analysis that failed half way starts again */
    d->words = 0;
    for (size_t i = 0; s == BRIEF_OK && i < d->nspans; i++)
        s = add_sentence(st, tmp, di, &d->spans[i]);
    arena_free(tmp);
    if (s != BRIEF_OK) return s;
    if (d->in.title) {
        size_t cap = 0;
        s = tok_text(st->lang->tok, st->vocab, st->ar, d->in.title, strlen(d->in.title),
                     &d->title_tok, &d->title_ntok, &cap);
        if (s != BRIEF_OK) return s;
    }
    d->analyzed = 1;
    st->analyzed_docs++;
    return BRIEF_OK;
}

brief_status story_analyze(brief_story *st)
{
    brief_status s = story_lang(st);
    if (s != BRIEF_OK) return s;
    /* Daily composes each story through here: walking the whole day's
     * documents each time would be quadratic. */
    if (st->analyzed_docs == st->ndocs) return BRIEF_OK;
    for (size_t i = 0; i < st->ndocs; i++) {
        s = story_analyze_doc(st, i);
        if (s != BRIEF_OK) return s;
    }
    return BRIEF_OK;
}

brief_status brief_story_sentences(brief_story *st, size_t di,
                                   const brief_sentence *const **out, size_t *count)
{
    if (!st || !out || !count || di >= st->ndocs) return BRIEF_EINVAL;
    *out = NULL;
    *count = 0;
    brief_status s = story_lang(st);
    if (s == BRIEF_OK) s = story_analyze_doc(st, di);
    if (s != BRIEF_OK) return story_fail(st, s, st->docs[di].name, NULL);
    *out = st->docs[di].sentp;
    *count = st->docs[di].nsents;
    return BRIEF_OK;
}

size_t story_sentence_at(const doc *d, size_t off)
{
    size_t lo = 0, hi = d->nsents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sents[mid].start <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo ? lo - 1 : 0;
}
