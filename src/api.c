/*
 * api.c - the public entry points (brief.h): contexts, stories, and the
 * glue that runs the stages in order:
 *
 *   add_text:   ingest -> clean                       (per document, at once)
 *   analyze:    language -> split -> fold -> tokens   (per document, lazily)
 *   summarize:  vectors -> rank -> standalone -> concepts -> select
 *
 * Each story owns one arena; everything a stage builds for it lives there
 * and goes in one arena_free.  Only the vocabulary (a hash table that
 * grows) and the per-language resources (held by the context) are
 * allocated separately.
 */
#include "brief.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "arena.h"
#include "clean.h"
#include "cluster.h"
#include "compose.h"
#include "data.h"
#include "ingest.h"
#include "neutral.h"
#include "quotes.h"
#include "rank.h"
#include "render.h"
#include "select.h"
#include "split.h"
#include "standalone.h"
#include "teaser.h"
#include "text.h"
#include "tokens.h"
#include "vectors.h"

int brief_version(void) { return BRIEF_VERSION; }
const char *brief_version_string(void) { return BRIEF_VERSION_STRING; }

const char *brief_strerror(brief_status st)
{
    switch (st) {
    case BRIEF_OK: return "success";
    case BRIEF_ENOMEM: return "out of memory";
    case BRIEF_EINVAL: return "invalid argument";
    case BRIEF_EIO: return "input/output error";
    case BRIEF_EBINARY: return "not a text file (binary data)";
    case BRIEF_EEMPTY: return "no usable text";
    case BRIEF_ELIMIT: return "input too large";
    case BRIEF_ELANG: return "unsupported language";
    case BRIEF_EFORMAT: return "malformed data file";
    }
    return "unknown error";
}

const char *const *brief_languages(void) { return tok_languages(); }

/* ---- context ---------------------------------------------------------- */

#define MAX_LANGS 40

typedef struct lang_res {
    const char *name; /* static, from tok_languages() */
    tok_lang *tok;
    split_lang *split;
    standalone_lang *alone;
    neutral_lang *neutral;
    quotes_lang *quotes;
} lang_res;

struct brief_ctx {
    const brief_allocator *a;
    char language[32];
    idf_table *idf;     /* user table, or the shipped one once loaded */
    int idf_user;       /* 1 when idf came from config.idf_path */
    int idf_tried;      /* the shipped table was looked for */
    lang_res langs[MAX_LANGS];
    size_t nlangs;
};

void brief_config_init(brief_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->size = sizeof *cfg;
    cfg->language = "auto";
}

static const char *known_language(const char *name)
{
    for (const char *const *l = tok_languages(); *l; l++)
        if (strcmp(*l, name) == 0) return *l;
    return NULL;
}

static brief_status read_path(const brief_allocator *a, const char *path, size_t limit,
                              char **out, size_t *outlen);

brief_status brief_ctx_new(const brief_config *cfg, brief_ctx **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!cfg || cfg->size < offsetof(brief_config, allocator) + sizeof cfg->allocator)
        return BRIEF_EINVAL;
    const char *lang = cfg->language ? cfg->language : "auto";
    if (strcmp(lang, "auto") != 0 && !known_language(lang)) return BRIEF_ELANG;
    const brief_allocator *a = cfg->allocator ? cfg->allocator : mem_default();
    brief_ctx *ctx = mem_malloc(a, sizeof *ctx);
    if (!ctx) return BRIEF_ENOMEM;
    memset(ctx, 0, sizeof *ctx);
    ctx->a = a;
    snprintf(ctx->language, sizeof ctx->language, "%s", lang);
    if (cfg->idf_path) {
        char *bytes = NULL;
        size_t len = 0;
        brief_status st = read_path(a, cfg->idf_path, BRIEF_MAX_INPUT_BYTES, &bytes, &len);
        if (st == BRIEF_OK) {
            st = idf_parse(a, bytes, len, &ctx->idf);
            mem_free(a, bytes);
        }
        if (st != BRIEF_OK) {
            brief_ctx_free(ctx);
            return st;
        }
        ctx->idf_user = 1;
        ctx->idf_tried = 1;
    }
    *out = ctx;
    return BRIEF_OK;
}

void brief_ctx_free(brief_ctx *ctx)
{
    if (!ctx) return;
    for (size_t i = 0; i < ctx->nlangs; i++) {
        tok_lang_free(ctx->langs[i].tok);
        split_lang_free(ctx->langs[i].split);
        standalone_lang_free(ctx->langs[i].alone);
        neutral_lang_free(ctx->langs[i].neutral);
        quotes_lang_free(ctx->langs[i].quotes);
    }
    idf_free(ctx->idf);
    mem_free(ctx->a, ctx);
}

static brief_status ctx_lang(brief_ctx *ctx, const char *name, lang_res **out)
{
    for (size_t i = 0; i < ctx->nlangs; i++)
        if (strcmp(ctx->langs[i].name, name) == 0) { *out = &ctx->langs[i]; return BRIEF_OK; }
    const char *known = known_language(name);
    if (!known) return BRIEF_ELANG;
    if (ctx->nlangs == MAX_LANGS) return BRIEF_ELIMIT;
    lang_res r = {known, NULL, NULL, NULL, NULL, NULL};
    brief_status st = tok_lang_new(ctx->a, known, &r.tok);
    if (st == BRIEF_OK) st = split_lang_new(ctx->a, known, &r.split);
    if (st == BRIEF_OK) st = standalone_lang_new(ctx->a, known, &r.alone);
    if (st == BRIEF_OK) st = neutral_lang_new(ctx->a, known, &r.neutral);
    if (st == BRIEF_OK) st = quotes_lang_new(ctx->a, known, &r.quotes);
    if (st != BRIEF_OK) {
        quotes_lang_free(r.quotes);
        tok_lang_free(r.tok);
        split_lang_free(r.split);
        standalone_lang_free(r.alone);
        neutral_lang_free(r.neutral);
        return st;
    }
    ctx->langs[ctx->nlangs] = r;
    *out = &ctx->langs[ctx->nlangs++];
    return BRIEF_OK;
}

/* The background table for a language: the user's, or the one shipped in
 * data/idf/<language>.tsv, or none (*out NULL).  Errors: BRIEF_ENOMEM (the
 * table is tried again on the next call). */
static brief_status ctx_idf(brief_ctx *ctx, const char *language, const idf_table **out)
{
    *out = NULL;
    if (!ctx->idf_tried) {
        size_t len;
        const char *bytes = data_find("data/idf/english.tsv", &len);
        if (bytes) {
            brief_status s = idf_parse(ctx->a, bytes, len, &ctx->idf);
            if (s == BRIEF_ENOMEM) return s;
            if (s != BRIEF_OK) ctx->idf = NULL;
        }
        ctx->idf_tried = 1;
    }
    if (!ctx->idf) return BRIEF_OK;
    const char *tl = idf_language(ctx->idf);
    if (strcmp(tl, language) == 0 ||
        (strcmp(tl, "english") == 0 && strcmp(language, "porter") == 0) ||
        (strcmp(tl, "porter") == 0 && strcmp(language, "english") == 0))
        *out = ctx->idf;
    return BRIEF_OK;
}

/* ---- files ------------------------------------------------------------ */

/* Reads a whole file (or "-" for stdin) up to `limit` bytes; more is
 * BRIEF_ELIMIT.  Directories are BRIEF_EIO with errno EISDIR. */
static brief_status read_path(const brief_allocator *a, const char *path, size_t limit,
                              char **out, size_t *outlen)
{
    *out = NULL;
    *outlen = 0;
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0) return BRIEF_EIO;
    struct stat sb;
    if (fstat(fd, &sb) == 0 && S_ISDIR(sb.st_mode)) {
        if (fd != STDIN_FILENO) close(fd);
        errno = EISDIR;
        return BRIEF_EIO;
    }
    /* A regular file says its size: refuse an over-size one unread. */
    if (S_ISREG(sb.st_mode) && sb.st_size > 0 && (uintmax_t)sb.st_size > (uintmax_t)limit) {
        if (fd != STDIN_FILENO) close(fd);
        return BRIEF_ELIMIT;
    }
    size_t cap = S_ISREG(sb.st_mode) && sb.st_size > 0 ? (size_t)sb.st_size + 1 : 65536;
    char *buf = mem_malloc(a, cap);
    if (!buf) {
        if (fd != STDIN_FILENO) close(fd);
        return BRIEF_ENOMEM;
    }
    size_t len = 0;
    for (;;) {
        if (len == cap) {
            if (cap > limit) break;
            size_t ncap = cap * 2;
            char *nb = mem_realloc(a, buf, ncap);
            if (!nb) {
                mem_free(a, buf);
                if (fd != STDIN_FILENO) close(fd);
                return BRIEF_ENOMEM;
            }
            buf = nb;
            cap = ncap;
        }
        ssize_t r = read(fd, buf + len, cap - len);
        if (r < 0) {
            if (errno == EINTR) continue;
            int e = errno;
            mem_free(a, buf);
            if (fd != STDIN_FILENO) close(fd);
            errno = e;
            return BRIEF_EIO;
        }
        if (r == 0) break;
        len += (size_t)r;
        if (len > limit) break;
    }
    if (fd != STDIN_FILENO) close(fd);
    if (len > limit) {
        mem_free(a, buf);
        return BRIEF_ELIMIT;
    }
    *out = buf;
    *outlen = len;
    return BRIEF_OK;
}

/* ---- stories ---------------------------------------------------------- */

typedef struct doc {
    char *name;
    const char *source;     /* front matter or file stem */
    brief_doc_info info;    /* public view of name, in and source */
    ingest_doc in;
    block *blocks;
    size_t nblocks;
    int analyzed;
    brief_sentence *sents;  /* public view, folded text */
    const brief_sentence **sentp; /* sentp[i] = &sents[i], handed out */
    size_t nsents;
    uint32_t *flags;        /* SPAN_* per sentence */
    uint32_t **tok;         /* token ids per sentence */
    uint8_t **names;        /* per token: capitalized mid-sentence (a name) */
    uint32_t *ntok;
    size_t words;           /* whitespace words in all sentences */
    uint32_t *title_tok;    /* token ids of the title */
    size_t title_ntok;
    span *spans;            /* split output, for the quotes stage */
    size_t nspans;
    quotes_doc quotes;
    int quoted;             /* quotes found */
} doc;

struct brief_story {
    brief_ctx *ctx;
    arena *ar;
    doc *docs;
    size_t ndocs, cap;
    size_t total_bytes;
    char err[512];
    lang_res *lang;         /* chosen at first analysis */
    vocab *vocab;
    size_t canonical_docs;  /* documents whose quote speakers are canonical */
    size_t analyzed_docs;   /* documents with analyzed set */
    brief_quote *quotes;    /* public view of all quotes */
    const brief_quote **quotep; /* quotep[i] = &quotes[i], handed out */
    size_t nquotes;
    size_t *quote_start;    /* per document: index of its first quote;
                               [ndocs] = nquotes */
    size_t *doc_local;      /* document -> place in one compose call, or
                               SIZE_MAX; all SIZE_MAX between calls */
    size_t doc_local_n;
    float *idf_all;         /* IDF of every vocabulary id, from the table */
    size_t idf_all_n;       /* vocabulary size it covers */
    uint32_t *remap;        /* vocabulary id -> id local to one ranking, or
                               UINT32_MAX; all UINT32_MAX between calls */
    size_t remap_n;
};

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

static brief_status fail(brief_story *st, brief_status s, const char *name, const char *why)
{
    snprintf(st->err, sizeof st->err, "%s: %s", name ? name : "(input)",
             why ? why : brief_strerror(s));
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

brief_status brief_story_add_text(brief_story *st, const char *name, const char *bytes,
                                  size_t len)
{
    if (!st || (!bytes && len)) return BRIEF_EINVAL;
    if (!name) name = "-";
    st->err[0] = '\0';
    if (len > BRIEF_MAX_INPUT_BYTES)
        return fail(st, BRIEF_ELIMIT, name, "larger than the 512 MiB limit for one document");
    if (st->total_bytes + len > BRIEF_MAX_TOTAL_BYTES)
        return fail(st, BRIEF_ELIMIT, name, "the documents together exceed the 2 GiB limit");
    if (st->ndocs >= BRIEF_MAX_DOCUMENTS)
        return fail(st, BRIEF_ELIMIT, name, "more than 1,000,000 documents");
    if (st->ndocs == st->cap) {
        doc *d = arena_reserve(st->ar, st->docs, sizeof *d, &st->cap, st->ndocs + 1);
        if (!d) return fail(st, BRIEF_ENOMEM, name, NULL);
        st->docs = d;
    }
    doc d;
    memset(&d, 0, sizeof d);
    d.name = arena_strdup(st->ar, name);
    if (!d.name) return fail(st, BRIEF_ENOMEM, name, NULL);
    brief_status s = ingest_bytes(st->ar, bytes ? bytes : "", len, &d.in);
    if (s == BRIEF_EBINARY) return fail(st, s, name, "not a text file (binary data); skipped");
    if (s != BRIEF_OK) return fail(st, s, name, NULL);
    s = clean_blocks(st->ar, d.in.text, d.in.len, d.in.body_start, d.in.title, &d.blocks,
                     &d.nblocks);
    if (s != BRIEF_OK) return fail(st, s, name, NULL);
    d.source = d.in.source ? d.in.source : file_stem(st->ar, name);
    if (!d.source) return fail(st, BRIEF_ENOMEM, name, NULL);
    d.info.name = d.name;
    d.info.title = d.in.title;
    d.info.source = d.source;
    d.info.url = d.in.url;
    d.info.date = d.in.date;
    d.info.bytes = d.in.len;
    d.info.repaired = d.in.repaired;
    d.info.encoding = d.in.encoding ? d.in.encoding : "utf-8";
    d.info.transcoded = strcmp(d.info.encoding, "utf-8") != 0;
    st->docs[st->ndocs++] = d;
    st->total_bytes += len;
    return BRIEF_OK;
}

brief_status brief_story_add_file(brief_story *st, const char *path)
{
    if (!st || !path) return BRIEF_EINVAL;
    char *bytes = NULL;
    size_t len = 0;
    brief_status s = read_path(st->ctx->a, path, BRIEF_MAX_INPUT_BYTES, &bytes, &len);
    if (s == BRIEF_EIO) {
        int e = errno;
        fail(st, s, strcmp(path, "-") == 0 ? "(stdin)" : path, strerror(e));
        errno = e;
        return s;
    }
    if (s == BRIEF_ELIMIT) return fail(st, s, path, "larger than the 512 MiB limit for one document");
    if (s != BRIEF_OK) return fail(st, s, path, NULL);
    s = brief_story_add_text(st, path, bytes, len);
    mem_free(st->ctx->a, bytes);
    return s;
}

size_t brief_story_doc_count(const brief_story *st) { return st ? st->ndocs : 0; }

const brief_doc_info *brief_story_doc(const brief_story *st, size_t i)
{
    if (!st || i >= st->ndocs) return NULL;
    return &st->docs[i].info;
}

/* The language: the configured one, or the one whose stopwords the
 * documents use most, judged on up to 256 KiB of their body text. */
static brief_status story_lang(brief_story *st)
{
    if (st->lang) return BRIEF_OK;
    const char *name = st->ctx->language;
    if (strcmp(name, "auto") == 0) {
        size_t want = 0;
        for (size_t i = 0; i < st->ndocs && want < 262144; i++)
            want += st->docs[i].in.len - st->docs[i].in.body_start + 1;
        if (want > 262144) want = 262144;
        char *sample = arena_alloc(st->ar, want + 1);
        if (!sample) return BRIEF_ENOMEM;
        size_t n = 0;
        for (size_t i = 0; i < st->ndocs && n < want; i++) {
            const doc *d = &st->docs[i];
            size_t take = d->in.len - d->in.body_start;
            if (take > want - n) take = want - n;
            memcpy(sample + n, d->in.text + d->in.body_start, take);
            n += take;
            if (n < want) sample[n++] = '\n';
        }
        sample[n] = '\0';
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

static brief_status analyze_doc(brief_story *st, size_t di)
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
    span *spans = NULL;
    size_t n = 0;
    s = split_sentences(st->ar, st->lang->split, d->in.text, d->blocks,
                                     d->nblocks, &spans, &n);
    if (s != BRIEF_OK) return s;
    d->spans = spans;
    d->nspans = n;
    d->sents = arena_calloc(st->ar, n ? n : 1, sizeof *d->sents);
    d->sentp = arena_alloc(st->ar, (n ? n : 1) * sizeof *d->sentp);
    d->flags = arena_alloc(st->ar, (n ? n : 1) * sizeof *d->flags);
    d->tok = arena_alloc(st->ar, (n ? n : 1) * sizeof *d->tok);
    d->names = arena_alloc(st->ar, (n ? n : 1) * sizeof *d->names);
    d->ntok = arena_alloc(st->ar, (n ? n : 1) * sizeof *d->ntok);
    if (!d->sents || !d->sentp || !d->flags || !d->tok || !d->names || !d->ntok) return BRIEF_ENOMEM;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        size_t flen;
        char *text = text_fold(st->ar, d->in.text + spans[i].start,
                               spans[i].end - spans[i].start, &flen);
        if (!text) return BRIEF_ENOMEM;
        if (flen == 0) continue;
        uint32_t *ids = NULL;
        uint8_t *names = NULL;
        size_t nids = 0, cap = 0;
        s = tok_text_names(st->lang->tok, st->vocab, st->ar, text, flen, &ids, &names, &nids,
                           &cap);
        if (s != BRIEF_OK) return s;
        brief_sentence *bs = &d->sents[kept];
        d->sentp[kept] = bs;
        bs->text = text;
        bs->doc = di;
        bs->index = kept;
        bs->start = spans[i].start;
        bs->end = spans[i].end;
        d->flags[kept] = spans[i].flags;
        d->tok[kept] = ids;
        d->names[kept] = names;
        d->ntok[kept] = (uint32_t)nids;
        d->words += text_count_words(text, flen);
        kept++;
    }
    d->nsents = kept;
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

static brief_status analyze(brief_story *st)
{
    brief_status s = story_lang(st);
    if (s != BRIEF_OK) return s;
    /* Daily composes each story through here: walking the whole day's
     * documents each time would be quadratic. */
    if (st->analyzed_docs == st->ndocs) return BRIEF_OK;
    for (size_t i = 0; i < st->ndocs; i++) {
        s = analyze_doc(st, i);
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
    if (s == BRIEF_OK) s = analyze_doc(st, di);
    if (s != BRIEF_OK) return fail(st, s, st->docs[di].name, NULL);
    *out = st->docs[di].sentp;
    *count = st->docs[di].nsents;
    return BRIEF_OK;
}

/* ---- quotes ------------------------------------------------------------- */

/* Finds the quotes of every document and gives each speaker one name
 * across them; repeated after documents are added. */
static brief_status story_quotes(brief_story *st)
{
    brief_status s = analyze(st);
    if (s != BRIEF_OK) return s;
    if (st->canonical_docs == st->ndocs && st->quotes) return BRIEF_OK;
    size_t total = 0;
    /* Quote finding tokenizes and indexes each document: scratch, reset
     * per document; only what it found is kept with the story. */
    arena *scratch = NULL;
    for (size_t i = 0; i < st->ndocs; i++) {
        doc *d = &st->docs[i];
        if (!d->quoted) {
            if (!scratch && !(scratch = arena_new(st->ctx->a))) return BRIEF_ENOMEM;
            quotes_doc found;
            s = quotes_find(scratch, st->lang->quotes, d->in.text, d->blocks, d->nblocks,
                            d->spans, d->nspans, &found);
            if (s == BRIEF_OK) s = quotes_doc_copy(st->ar, &found, &d->quotes);
            arena_reset(scratch);
            if (s != BRIEF_OK) {
                arena_free(scratch);
                return s;
            }
            d->quoted = 1;
        }
        total += d->quotes.nquotes;
    }
    arena_free(scratch);
    quotes_doc *qd = arena_alloc(st->ar, (st->ndocs ? st->ndocs : 1) * sizeof *qd);
    if (!qd) return BRIEF_ENOMEM;
    for (size_t i = 0; i < st->ndocs; i++) qd[i] = st->docs[i].quotes;
    if ((s = quotes_canonicalize(st->ar, qd, st->ndocs)) != BRIEF_OK) return s;
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
            const quote *q = &qd[i].quotes[j];
            outp[k] = &out[k];
            out[k].text = q->text;
            out[k].speaker = q->speaker;
            out[k].role = q->role;
            out[k].partial = q->partial;
            out[k].sources = &ids[i];
            out[k].nsources = 1;
            out[k].doc = i;
            out[k].start = q->start;
            out[k].end = q->end;
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

brief_status brief_story_quotes(brief_story *st, const brief_quote *const **quotes,
                                size_t *count)
{
    if (!st || !quotes || !count) return BRIEF_EINVAL;
    *quotes = NULL;
    *count = 0;
    st->err[0] = '\0';
    brief_status s = story_quotes(st);
    if (s != BRIEF_OK) return fail(st, s, "quotes", NULL);
    *quotes = st->quotep;
    *count = st->nquotes;
    return BRIEF_OK;
}

/* The sentence of document d that holds byte offset off (the last one
 * starting at or before it). */
static size_t sentence_at(const doc *d, size_t off)
{
    size_t lo = 0, hi = d->nsents;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sents[mid].start <= off) lo = mid + 1;
        else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* ---- summaries -------------------------------------------------------- */

struct brief_summary {
    const brief_allocator *a;
    arena *ar;
    brief_sentence *s;
    size_t n;
};

size_t brief_summary_count(const brief_summary *sum) { return sum ? sum->n : 0; }

const brief_sentence *brief_summary_sentence(const brief_summary *sum, size_t i)
{
    return sum && i < sum->n ? &sum->s[i] : NULL;
}

void brief_summary_free(brief_summary *sum)
{
    if (!sum) return;
    const brief_allocator *a = sum->a;
    arena_free(sum->ar);
    mem_free(a, sum);
}

/* The lead prior: news puts what matters first, so the teleport weight of
 * the k-th sentence of a document falls as 1/(k+1)^POSITION_DECAY, with a
 * floor so late sentences keep a voice; each document gets an equal share.
 * Tuned on DUC 2003 (docs/evaluation.md). */
#define POSITION_DECAY 1.0
#define POSITION_FLOOR 0.05

static int by_reading_order(const void *a, const void *b)
{
    const brief_sentence *x = a, *y = b;
    if (x->doc != y->doc) return x->doc < y->doc ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

/* Everything ranking computes for a story, in one scratch arena. */
typedef struct ranking {
    size_t n, nv, total_words;  /* nv: local term ids 0..nv-1 */
    uint32_t *global_of;        /* local term id -> vocabulary id */
    const brief_sentence **sent;
    uint32_t **tok;
    uint32_t *ntok, *docid, *flags;
    double *score;
    svec *vecs;
    const float *idf;
} ranking;

/* Keeps a vector's terms ascending after renumbering (vectors are short:
 * insertion sort). */
static void sort_vec(svec *v)
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

/* Renumbers another vector (a title's) into the ranking's local ids; terms
 * the ranked sentences do not use cannot match anything and are dropped. */
static void remap_vec(const brief_story *st, svec *v)
{
    uint32_t m = 0;
    for (uint32_t k = 0; k < v->n; k++) {
        uint32_t g = v->term[k];
        if (g < st->remap_n && st->remap[g] != UINT32_MAX) {
            v->term[m] = st->remap[g];
            v->w[m++] = v->w[k];
        }
    }
    v->n = m;
    sort_vec(v);
}

/* Returns the story's renumbering map to all UINT32_MAX. */
static void ranking_release(brief_story *st, ranking *r)
{
    for (size_t k = 0; r->global_of && k < r->nv; k++) st->remap[r->global_of[k]] = UINT32_MAX;
    r->nv = 0;
}

/* Analyzes the story and ranks all its sentences: TF-IDF vectors and
 * TextRank with the lead prior.  On error the story's message is set. */
static brief_status story_rank(brief_story *st, arena *ar, const char *what,
                               const size_t *subset, size_t nsubset, ranking *r)
{
    memset(r, 0, sizeof *r);
    if (!subset) nsubset = st->ndocs;
#define DOC_OF(x) (subset ? subset[x] : (x))
    /* Only the documents ranked are analyzed: one story of a big day
     * should not walk the whole day. */
    brief_status s = story_lang(st);
    for (size_t x = 0; s == BRIEF_OK && x < nsubset; x++) s = analyze_doc(st, DOC_OF(x));
    if (s != BRIEF_OK) return fail(st, s, what, NULL);
    size_t n = 0;
    for (size_t x = 0; x < nsubset; x++) {
        n += st->docs[DOC_OF(x)].nsents;
        r->total_words += st->docs[DOC_OF(x)].words;
    }
    if (n == 0)
        return fail(st, BRIEF_EEMPTY, nsubset == 1 ? st->docs[DOC_OF(0)].name : "input",
                    "no sentences found");
    if (n > UINT32_MAX / 2) return fail(st, BRIEF_ELIMIT, "input", "too many sentences");
    r->n = n;
    r->sent = arena_alloc(ar, n * sizeof *r->sent);
    r->tok = arena_alloc(ar, n * sizeof *r->tok);
    r->ntok = arena_alloc(ar, n * sizeof *r->ntok);
    r->docid = arena_alloc(ar, n * sizeof *r->docid);
    r->flags = arena_alloc(ar, n * sizeof *r->flags);
    r->score = arena_alloc(ar, n * sizeof *r->score);
    r->vecs = arena_alloc(ar, n * sizeof *r->vecs);
    double *prior = arena_alloc(ar, n * sizeof *prior);
    if (!r->sent || !r->tok || !r->ntok || !r->docid || !r->flags || !r->score || !r->vecs ||
        !prior)
        return fail(st, BRIEF_ENOMEM, what, NULL);

    size_t k = 0, ndocs_used = 0;
    for (size_t x = 0; x < nsubset; x++) {
        size_t i = DOC_OF(x);
        doc *d = &st->docs[i];
        if (d->nsents) ndocs_used++;
        double share = 0;
        for (size_t j = 0; j < d->nsents; j++)
            share += 1.0 / pow((double)j + 1, POSITION_DECAY) + POSITION_FLOOR;
        for (size_t j = 0; j < d->nsents; j++, k++) {
            r->sent[k] = &d->sents[j];
            r->tok[k] = d->tok[j];
            r->ntok[k] = d->ntok[j];
            r->docid[k] = (uint32_t)i;
            r->flags[k] = d->flags[j];
            prior[k] = (1.0 / pow((double)j + 1, POSITION_DECAY) + POSITION_FLOOR) / share;
        }
    }

    /* IDF: the background table when there is one for the language;
     * otherwise the input itself, by document when it has many, else by
     * sentence (docs/evaluation.md: about as good on DUC 2003). */
    const idf_table *table;
    if ((s = ctx_idf(st->ctx, st->lang->name, &table)) != BRIEF_OK)
        return fail(st, s, what, NULL);
    size_t nv = vocab_size(st->vocab);
    r->nv = nv;
    uint32_t *local_df = NULL;
    size_t local_n = 0;
    if (!table) {
        local_df = arena_calloc(ar, nv ? nv : 1, sizeof *local_df);
        uint32_t *last = arena_alloc(ar, (nv ? nv : 1) * sizeof *last);
        if (!local_df || !last) return fail(st, BRIEF_ENOMEM, what, NULL);
        memset(last, 0xff, (nv ? nv : 1) * sizeof *last);
        int by_doc = ndocs_used >= 10;
        for (size_t i = 0; i < n; i++) {
            uint32_t unit = by_doc ? r->docid[i] : (uint32_t)i;
            for (uint32_t t = 0; t < r->ntok[i]; t++)
                if (last[r->tok[i][t]] != unit) {
                    last[r->tok[i][t]] = unit;
                    local_df[r->tok[i][t]]++;
                }
        }
        local_n = by_doc ? ndocs_used : n;
    }
    float *idf;
    if (table) {
        /* The table's weights are the same for every subset: computed once
         * per vocabulary size, so a day of a thousand stories does not
         * look up the whole vocabulary a thousand times. */
        if (st->idf_all_n != nv || !st->idf_all) {
            st->idf_all = vec_idf_weights(st->ar, st->vocab, table, NULL, 0);
            if (!st->idf_all) return fail(st, BRIEF_ENOMEM, what, NULL);
            st->idf_all_n = nv;
        }
        idf = st->idf_all;
    } else {
        idf = vec_idf_weights(ar, st->vocab, NULL, local_df, local_n);
        if (!idf) return fail(st, BRIEF_ENOMEM, what, NULL);
    }
    r->idf = idf;
    for (size_t i = 0; i < n; i++)
        if ((s = vec_build(ar, r->tok[i], r->ntok[i], idf, &r->vecs[i])) != BRIEF_OK)
            return fail(st, s, what, NULL);

    /* Renumber the terms densely so the graph's and the composer's arrays
     * are sized by this subset's vocabulary, not the whole day's. */
    if (st->remap_n < nv) {
        uint32_t *m = arena_alloc(st->ar, nv * sizeof *m);
        if (!m) return fail(st, BRIEF_ENOMEM, what, NULL);
        memset(m, 0xff, nv * sizeof *m);
        st->remap = m;
        st->remap_n = nv;
    }
    size_t entries = 0;
    for (size_t i = 0; i < n; i++) entries += r->vecs[i].n;
    r->global_of = arena_alloc(ar, (entries ? entries : 1) * sizeof *r->global_of);
    if (!r->global_of) return fail(st, BRIEF_ENOMEM, what, NULL);
    size_t local = 0;
    for (size_t i = 0; i < n; i++) {
        svec *v = &r->vecs[i];
        for (uint32_t e = 0; e < v->n; e++) {
            uint32_t g = v->term[e];
            if (st->remap[g] == UINT32_MAX) {
                st->remap[g] = (uint32_t)local;
                r->global_of[local++] = g;
            }
            v->term[e] = st->remap[g];
        }
        sort_vec(v);
    }
    r->nv = local;
    rank_params rp;
    rank_params_default(&rp);
    s = rank_textrank(ar, r->vecs, r->docid, n, local, prior, &rp, r->score);
    if (s != BRIEF_OK) {
        ranking_release(st, r);
        return fail(st, s, what, NULL);
    }
    return BRIEF_OK;
#undef DOC_OF
}

brief_status brief_story_summarize(brief_story *st, const brief_budget *budget,
                                   brief_summary **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!st || !budget) return BRIEF_EINVAL;
    st->err[0] = '\0';
    if (!(budget->value >= 0) || budget->value > 1e15 ||
        (budget->unit == BRIEF_BUDGET_RATIO && !(budget->value > 0 && budget->value <= 1)) ||
        budget->unit > BRIEF_BUDGET_RATIO)
        return fail(st, BRIEF_EINVAL, "budget", "must be a number >= 0 (a ratio at most 1)");

    /* A scratch arena for this call: freed before returning. */
    arena *ar = arena_new(st->ctx->a);
    if (!ar) return fail(st, BRIEF_ENOMEM, "summarize", NULL);
    brief_summary *sum = NULL;
    ranking rk;
    brief_status s = story_rank(st, ar, "summarize", NULL, 0, &rk);
    if (s != BRIEF_OK) {
        arena_free(ar);
        return s;
    }
    s = BRIEF_ENOMEM;
    size_t n = rk.n;
    const brief_sentence **sent = rk.sent;
    uint32_t *flags = rk.flags;
    double *score = rk.score;
    double *cost = arena_alloc(ar, n * sizeof *cost);
    unsigned char *usable = arena_alloc(ar, n);
    if (!cost || !usable) goto done;

    double limit = budget->value;
    for (size_t i = 0; i < n; i++) {
        const char *t = sent[i]->text;
        size_t len = strlen(t);
        size_t words = text_count_words(t, len);
        usable[i] = standalone_check(st->lang->alone, t, len, flags[i], words) == STANDALONE_OK;
        switch (budget->unit) {
        case BRIEF_BUDGET_SENTENCES: cost[i] = 1; break;
        case BRIEF_BUDGET_WORDS: cost[i] = (double)words; break;
        case BRIEF_BUDGET_RATIO: cost[i] = (double)words; break;
        /* Sentences are joined by one space, counted with each one; the
         * budget gets one more so the last needs none. */
        case BRIEF_BUDGET_CHARS: cost[i] = (double)text_count_chars(t, len) + 1; break;
        case BRIEF_BUDGET_BYTES: cost[i] = (double)len + 1; break;
        }
    }
    if (budget->unit == BRIEF_BUDGET_RATIO) limit = floor(budget->value * (double)rk.total_words);
    if (budget->unit == BRIEF_BUDGET_CHARS || budget->unit == BRIEF_BUDGET_BYTES) limit += 1;

    concepts con;
    s = select_concepts(ar, st->vocab, rk.tok, rk.ntok, rk.docid, n, &con);
    ranking_release(st, &rk);
    if (s != BRIEF_OK) goto done;
    select_params sp;
    select_params_default(&sp);
    select_input in = {n, cost, score, usable, rk.vecs, &con, limit};
    size_t *chosen = NULL, nchosen = 0;
    if ((s = select_sentences(ar, &in, &sp, &chosen, &nchosen)) != BRIEF_OK) goto done;
    s = BRIEF_ENOMEM;

    sum = mem_malloc(st->ctx->a, sizeof *sum);
    if (!sum) goto done;
    memset(sum, 0, sizeof *sum);
    sum->a = st->ctx->a;
    sum->ar = arena_new(st->ctx->a);
    if (!sum->ar) goto done;
    sum->s = arena_calloc(sum->ar, nchosen ? nchosen : 1, sizeof *sum->s);
    if (!sum->s) goto done;
    for (size_t c = 0; c < nchosen; c++) {
        size_t i = chosen[c];
        brief_sentence *o = &sum->s[c];
        *o = *sent[i];
        o->text = arena_strdup(sum->ar, sent[i]->text);
        if (!o->text) goto done;
        o->score = score[i];
        size_t better = 0;
        for (size_t j = 0; j < n; j++) better += score[j] > score[i];
        o->rank = better + 1;
    }
    sum->n = nchosen;
    qsort(sum->s, sum->n, sizeof *sum->s, by_reading_order);
    s = BRIEF_OK;
done:
    arena_free(ar);
    if (s != BRIEF_OK) {
        brief_summary_free(sum);
        return fail(st, s, "summarize", NULL);
    }
    *out = sum;
    return BRIEF_OK;
}

/* ---- composed briefs --------------------------------------------------- */

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

static int cmp_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return x < y ? -1 : x > y;
}

brief_status brief_story_compose_docs(brief_story *st, const size_t *docs, size_t ndocs,
                                      const brief_compose_options *opts, brief_digest **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!st) return BRIEF_EINVAL;
    st->err[0] = '\0';
    brief_compose_options o;
    brief_compose_options_init(&o);
    if (opts) {
        /* An older caller's struct is shorter: copy what it has. */
        if (opts->size < offsetof(brief_compose_options, nseen) + sizeof opts->nseen)
            return fail(st, BRIEF_EINVAL, "compose", "options not set up by brief_compose_options_init");
        memcpy(&o, opts, opts->size < sizeof o ? opts->size : sizeof o);
        o.size = sizeof o;
    }
    if (o.max_points > 1000 || o.max_quotes > 1000 || o.min_points > o.max_points)
        return fail(st, BRIEF_EINVAL, "compose", "key points or quotes out of range");
    if (docs && ndocs == 0) return fail(st, BRIEF_EINVAL, "compose", "no documents given");
    for (size_t i = 0; docs && i < ndocs; i++)
        if (docs[i] >= st->ndocs) return fail(st, BRIEF_EINVAL, "compose", "no such document");

    arena *ar = arena_new(st->ctx->a);
    if (!ar) return fail(st, BRIEF_ENOMEM, "compose", NULL);
    digest_box *box = NULL;
    brief_status s = BRIEF_ENOMEM;
    ranking rk;
    int rk_ok = 0, local_set = 0;
    /* The documents in ascending order, each once; local[] maps a document
     * to its 0-based place among them (its source id minus one). */
    size_t nsub = docs ? ndocs : st->ndocs;
    size_t *sub = arena_alloc(ar, (nsub ? nsub : 1) * sizeof *sub);
    /* A map kept by the story, so a day of thousands of stories does not
     * clear a day-sized array for each one. */
    if (st->doc_local_n < st->ndocs) {
        size_t *m = arena_alloc(st->ar, st->ndocs * sizeof *m);
        if (!m) goto done;
        for (size_t i = 0; i < st->ndocs; i++) m[i] = SIZE_MAX;
        st->doc_local = m;
        st->doc_local_n = st->ndocs;
    }
    size_t *local = st->doc_local;
    if (!sub) goto done;
    for (size_t i = 0; i < nsub; i++) sub[i] = docs ? docs[i] : i;
    qsort(sub, nsub, sizeof *sub, cmp_size);
    size_t m = 0;
    for (size_t i = 0; i < nsub; i++)
        if (m == 0 || sub[m - 1] != sub[i]) sub[m++] = sub[i];
    nsub = m;
    for (size_t i = 0; i < nsub; i++) local[sub[i]] = i;
    local_set = 1;

    if ((s = story_rank(st, ar, "story", sub, nsub, &rk)) != BRIEF_OK) goto done;
    rk_ok = 1;
    s = BRIEF_ENOMEM;

    compose_sentence *cs = arena_alloc(ar, rk.n * sizeof *cs);
    compose_doc *cd = arena_calloc(ar, nsub, sizeof *cd);
    svec *tv = arena_calloc(ar, nsub, sizeof *tv);
    if (!cs || !cd || !tv) goto done;
    for (size_t i = 0; i < rk.n; i++) {
        const char *t = rk.sent[i]->text;
        size_t len = strlen(t);
        size_t words = text_count_words(t, len);
        cs[i].text = t;
        cs[i].doc = (uint32_t)local[rk.docid[i]];
        cs[i].index = (uint32_t)rk.sent[i]->index;
        cs[i].start = rk.sent[i]->start;
        cs[i].end = rk.sent[i]->end;
        cs[i].score = rk.score[i];
        cs[i].vec = &rk.vecs[i];
        cs[i].usable = standalone_check(st->lang->alone, t, len, rk.flags[i], words) ==
                       STANDALONE_OK;
        cs[i].neutral = neutral_check(st->lang->neutral, t, len);
        cs[i].words = (uint32_t)words;
    }
    for (size_t x = 0; x < nsub; x++) {
        doc *d = &st->docs[sub[x]];
        cd[x].title = d->in.title;
        cd[x].name = d->source;
        cd[x].file = d->name;
        if (d->in.title) {
            if ((s = vec_build(ar, d->title_tok, d->title_ntok, rk.idf, &tv[x])) != BRIEF_OK)
                goto done;
            s = BRIEF_ENOMEM;
            remap_vec(st, &tv[x]);
            cd[x].title_vec = &tv[x];
            cd[x].title_neutral = neutral_check(st->lang->neutral, d->in.title,
                                                strlen(d->in.title));
        }
    }

    /* Quotes: speakers are canonical across every document of the story
     * object (the whole day in daily mode); only these documents' quotes
     * are offered. */
    if ((s = story_quotes(st)) != BRIEF_OK) goto done;
    s = BRIEF_ENOMEM;
    size_t nsubq = 0;
    for (size_t x = 0; x < nsub; x++)
        nsubq += st->quote_start[sub[x] + 1] - st->quote_start[sub[x]];
    compose_quote *cq = arena_alloc(ar, (nsubq ? nsubq : 1) * sizeof *cq);
    if (!cq) goto done;
    size_t ncq = 0;
    for (size_t x = 0, first = 0; x < nsub; first += st->docs[sub[x]].nsents, x++)
        for (size_t i = st->quote_start[sub[x]]; i < st->quote_start[sub[x] + 1]; i++) {
        const brief_quote *q = &st->quotes[i];
        const doc *d = &st->docs[q->doc];
        compose_quote *c = &cq[ncq++];
        c->text = q->text;
        c->speaker = q->speaker;
        c->role = q->role;
        c->partial = q->partial;
        c->doc = (uint32_t)local[q->doc];
        c->start = q->start;
        c->end = q->end;
        c->score = d->nsents ? rk.score[first + sentence_at(d, q->start)] : 0;
        c->words = (uint32_t)text_count_words(q->text, strlen(q->text));
        }
    compose_input in = {cs, rk.n, cd, nsub, cq, ncq, rk.nv, st->lang->name};

    box = mem_malloc(st->ctx->a, sizeof *box);
    if (!box) goto done;
    memset(box, 0, sizeof *box);
    box->a = st->ctx->a;
    box->ar = arena_new(st->ctx->a);
    if (!box->ar) goto done;
    s = compose_digest(box->ar, ar, &in, &o, &box->d);
done:
    if (rk_ok) ranking_release(st, &rk);
    for (size_t i = 0; local_set && i < nsub; i++) st->doc_local[sub[i]] = SIZE_MAX;
    arena_free(ar);
    if (s != BRIEF_OK) {
        brief_digest_free(box ? &box->d : NULL);
        if (!st->err[0]) fail(st, s, "story", NULL);
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

/* ---- daily mode: grouping ------------------------------------------------ */

typedef struct group_rank {
    size_t group, nsources, ndocs, first;
} group_rank;

static int by_group_rank(const void *a, const void *b)
{
    const group_rank *x = a, *y = b;
    if (x->nsources != y->nsources) return x->nsources > y->nsources ? -1 : 1;
    if (x->ndocs != y->ndocs) return x->ndocs > y->ndocs ? -1 : 1;
    return x->first < y->first ? -1 : x->first > y->first;
}

/* Document vectors for grouping (cluster.h): IDF from the day's documents
 * with the background table as a prior, title and lead weighted; a dated
 * document (day[di] known) with a longer lead.  Term ids
 * reach 2 * vocabulary size (the headline part); *nterms says so. */
static brief_status doc_vectors(brief_story *st, arena *ar, const int32_t *day, svec *out,
                                size_t *nterms)
{
    size_t nv = vocab_size(st->vocab);
    *nterms = 2 * nv;
    const idf_table *table;
    brief_status s = ctx_idf(st->ctx, st->lang->name, &table);
    if (s != BRIEF_OK) return s;
    uint32_t *df = arena_calloc(ar, nv ? nv : 1, sizeof *df);
    uint32_t *stamp = arena_alloc(ar, (nv ? nv : 1) * sizeof *stamp);
    if (!df || !stamp) return BRIEF_ENOMEM;
    memset(stamp, 0xff, (nv ? nv : 1) * sizeof *stamp);
    for (size_t di = 0; di < st->ndocs; di++) {
        doc *d = &st->docs[di];
        for (size_t j = 0; j <= d->nsents; j++) {
            const uint32_t *ids = j < d->nsents ? d->tok[j] : d->title_tok;
            size_t n = j < d->nsents ? d->ntok[j] : d->title_ntok;
            for (size_t t = 0; t < n; t++)
                if (stamp[ids[t]] != di) {
                    stamp[ids[t]] = (uint32_t)di;
                    df[ids[t]]++;
                }
        }
    }
    float *idf = cluster_idf_weights(ar, st->vocab, table, df, st->ndocs, CLUSTER_IDF_PRIOR);
    if (!idf) return BRIEF_ENOMEM;
    for (size_t di = 0; di < st->ndocs; di++) {
        doc *d = &st->docs[di];
        size_t lead = day[di] != CLUSTER_NO_DAY ? CLUSTER_LEAD_WORDS_DATED : CLUSTER_LEAD_WORDS;
        /* Only the sentences the lead reaches into are copied. */
        size_t nsents = 0, nbody = 0, content = 0;
        while (nsents < d->nsents && (!lead || content < lead)) {
            for (uint32_t t = 0; t < d->ntok[nsents]; t++) content += idf[d->tok[nsents][t]] > 0;
            nbody += d->ntok[nsents++];
        }
        uint32_t *body = arena_alloc(ar, (nbody ? nbody : 1) * sizeof *body);
        uint8_t *names = arena_alloc(ar, nbody ? nbody : 1);
        if (!body || !names) return BRIEF_ENOMEM;
        size_t k = 0;
        for (size_t j = 0; j < nsents; j++) {
            if (d->ntok[j]) {
                memcpy(body + k, d->tok[j], d->ntok[j] * sizeof *body);
                memcpy(names + k, d->names[j], d->ntok[j]);
            }
            k += d->ntok[j];
        }
        s = cluster_doc_vector(ar, d->title_tok, d->title_ntok, body, names, nbody, idf, nv,
                               CLUSTER_TITLE_WEIGHT, CLUSTER_TITLE_SHARE, lead,
                               CLUSTER_NAME_WEIGHT, &out[di]);
        if (s != BRIEF_OK) return s;
    }
    return BRIEF_OK;
}

/* The stories of a day: its own arena holds the arrays it hands out. */
struct brief_grouping {
    const brief_allocator *a;
    arena *ar;
    size_t ngroups;
    size_t **docs;          /* per story, ascending document indices */
    size_t *ndocs, *nsources;
};

void brief_grouping_free(brief_grouping *g)
{
    if (!g) return;
    const brief_allocator *a = g->a;
    arena_free(g->ar);
    mem_free(a, g);
}

size_t brief_grouping_count(const brief_grouping *g) { return g ? g->ngroups : 0; }

brief_status brief_grouping_docs(const brief_grouping *g, size_t group, const size_t **docs,
                                 size_t *ndocs, size_t *nsources)
{
    if (!g || group >= g->ngroups) return BRIEF_EINVAL;
    if (docs) *docs = g->docs[group];
    if (ndocs) *ndocs = g->ndocs[group];
    if (nsources) *nsources = g->nsources[group];
    return BRIEF_OK;
}

static brief_status grouping_new(const brief_allocator *a, size_t nstories, brief_grouping **out)
{
    brief_grouping *g = mem_malloc(a, sizeof *g);
    if (!g) return BRIEF_ENOMEM;
    memset(g, 0, sizeof *g);
    g->a = a;
    g->ar = arena_new(a);
    size_t n = nstories ? nstories : 1;
    if (g->ar) {
        g->docs = arena_alloc(g->ar, n * sizeof *g->docs);
        g->ndocs = arena_alloc(g->ar, n * sizeof *g->ndocs);
        g->nsources = arena_alloc(g->ar, n * sizeof *g->nsources);
    }
    if (!g->ar || !g->docs || !g->ndocs || !g->nsources) {
        brief_grouping_free(g);
        return BRIEF_ENOMEM;
    }
    *out = g;
    return BRIEF_OK;
}

brief_status brief_story_group(brief_story *st, brief_grouping **out)
{
    if (!st || !out) return BRIEF_EINVAL;
    *out = NULL;
    st->err[0] = '\0';
    if (st->ndocs == 0) return fail(st, BRIEF_EEMPTY, "group", "no documents");
    brief_status s = analyze(st);
    if (s != BRIEF_OK) return fail(st, s, "group", NULL);
    arena *ar = arena_new(st->ctx->a);
    if (!ar) return fail(st, BRIEF_ENOMEM, "group", NULL);
    svec *vecs = arena_alloc(ar, st->ndocs * sizeof *vecs);
    uint32_t *story = arena_alloc(ar, st->ndocs * sizeof *story);
    size_t nterms = 0, nstories = 0;
    cluster_params cp;
    cluster_params_default(&cp);
    /* Publication days: from front matter, else from the file name. */
    int32_t *day = arena_alloc(ar, st->ndocs * sizeof *day);
    if (!vecs || !story || !day) s = BRIEF_ENOMEM;
    int dated = 0;
    for (size_t di = 0; s == BRIEF_OK && di < st->ndocs; di++) {
        const char *base = strrchr(st->docs[di].name, '/');
        day[di] = cluster_day_in(st->docs[di].in.date);
        if (day[di] == CLUSTER_NO_DAY) day[di] = cluster_day_in(base ? base + 1 : st->docs[di].name);
        dated |= day[di] != CLUSTER_NO_DAY;
    }
    if (dated) cp.day = day;
    if (s == BRIEF_OK) s = doc_vectors(st, ar, day, vecs, &nterms);
    if (s == BRIEF_OK) s = cluster_documents(ar, vecs, st->ndocs, nterms, &cp, story, &nstories);
    group_rank *gr = NULL;
    size_t *count_of = NULL;
    brief_grouping *g = NULL;
    if (s == BRIEF_OK) s = grouping_new(st->ctx->a, nstories, &g);
    if (s == BRIEF_OK) {
        gr = arena_calloc(ar, nstories ? nstories : 1, sizeof *gr);
        count_of = arena_calloc(ar, nstories ? nstories : 1, sizeof *count_of);
        if (!gr || !count_of) s = BRIEF_ENOMEM;
    }
    if (s == BRIEF_OK) {
        for (size_t k = 0; k < nstories; k++) gr[k].first = SIZE_MAX;
        for (size_t di = 0; di < st->ndocs; di++) {
            group_rank *r = &gr[story[di]];
            r->group = story[di];
            if (r->first == SIZE_MAX) r->first = di;
            r->ndocs++;
        }
        /* Distinct sources: a document whose source name no earlier
         * document of its story has. */
        size_t **members = arena_alloc(ar, (nstories ? nstories : 1) * sizeof *members);
        if (!members) s = BRIEF_ENOMEM;
        for (size_t k = 0; s == BRIEF_OK && k < nstories; k++) {
            members[k] = arena_alloc(g->ar, gr[k].ndocs * sizeof **members);
            if (!members[k]) s = BRIEF_ENOMEM;
        }
        for (size_t di = 0; s == BRIEF_OK && di < st->ndocs; di++) {
            size_t k = story[di];
            int fresh = 1;
            for (size_t m = 0; m < count_of[k] && fresh; m++)
                fresh = !text_equal_nocase(st->docs[members[k][m]].source, st->docs[di].source);
            gr[k].nsources += (size_t)fresh;
            members[k][count_of[k]++] = di;
        }
        if (s == BRIEF_OK) {
            qsort(gr, nstories, sizeof *gr, by_group_rank);
            for (size_t k = 0; k < nstories; k++) {
                g->docs[k] = members[gr[k].group];
                g->ndocs[k] = gr[k].ndocs;
                g->nsources[k] = gr[k].nsources;
            }
            g->ngroups = nstories;
        }
    }
    arena_free(ar);
    if (s != BRIEF_OK) {
        brief_grouping_free(g);
        return fail(st, s, "group", NULL);
    }
    *out = g;
    return BRIEF_OK;
}

brief_status brief_story_sketch(brief_story *st, size_t di, uint32_t *sig, size_t nhash)
{
    if (!st || !sig || di >= st->ndocs) return BRIEF_EINVAL;
    brief_status s = story_lang(st);
    if (s == BRIEF_OK) s = analyze_doc(st, di);
    if (s != BRIEF_OK) return fail(st, s, st->docs[di].name, NULL);
    const doc *d = &st->docs[di];
    size_t n = d->title_ntok;
    for (size_t j = 0; j < d->nsents; j++) n += d->ntok[j];
    uint64_t *h = mem_malloc(st->ctx->a, (n ? n : 1) * sizeof *h);
    if (!h) return fail(st, BRIEF_ENOMEM, d->name, NULL);
    size_t k = 0;
    for (size_t j = 0; j <= d->nsents; j++) {
        const uint32_t *ids = j < d->nsents ? d->tok[j] : d->title_tok;
        size_t m = j < d->nsents ? d->ntok[j] : d->title_ntok;
        for (size_t t = 0; t < m; t++) {
            if (vocab_is_stop(st->vocab, ids[t])) continue;
            const char *stem = vocab_string(st->vocab, ids[t]);
            h[k++] = cluster_stem_hash(stem, strlen(stem));
        }
    }
    cluster_minhash(h, k, sig, nhash);
    mem_free(st->ctx->a, h);
    return BRIEF_OK;
}

/* ---- IDF tables ------------------------------------------------------- */

struct brief_idf_builder {
    brief_ctx *ctx;
    lang_res *lang;
    vocab *v;
    idf_counter *count;
};

brief_status brief_idf_builder_new(brief_ctx *ctx, brief_idf_builder **out)
{
    if (!out) return BRIEF_EINVAL;
    *out = NULL;
    if (!ctx) return BRIEF_EINVAL;
    brief_idf_builder *b = mem_malloc(ctx->a, sizeof *b);
    if (!b) return BRIEF_ENOMEM;
    memset(b, 0, sizeof *b);
    b->ctx = ctx;
    const char *lang = strcmp(ctx->language, "auto") == 0 ? "english" : ctx->language;
    brief_status s = ctx_lang(ctx, lang, &b->lang);
    if (s == BRIEF_OK) {
        b->v = vocab_new(ctx->a);
        b->count = idf_counter_new(ctx->a);
        if (!b->v || !b->count) s = BRIEF_ENOMEM;
    }
    if (s != BRIEF_OK) {
        brief_idf_builder_free(b);
        return s;
    }
    *out = b;
    return BRIEF_OK;
}

brief_status brief_idf_builder_add(brief_idf_builder *b, const char *bytes, size_t len)
{
    if (!b || (!bytes && len)) return BRIEF_EINVAL;
    arena *ar = arena_new(b->ctx->a);
    if (!ar) return BRIEF_ENOMEM;
    ingest_doc d;
    brief_status s = ingest_bytes(ar, bytes ? bytes : "", len, &d);
    uint32_t *ids = NULL;
    size_t n = 0, cap = 0;
    if (s == BRIEF_OK) s = tok_text(b->lang->tok, b->v, ar, d.text, d.len, &ids, &n, &cap);
    if (s == BRIEF_OK && n > 0) s = idf_counter_add(b->count, b->v, ids, n);
    arena_free(ar);
    return s;
}

size_t brief_idf_builder_documents(const brief_idf_builder *b)
{
    return b ? idf_counter_documents(b->count) : 0;
}

brief_status brief_idf_builder_write(brief_idf_builder *b, const char *path, unsigned min_docs)
{
    if (!b || !path) return BRIEF_EINVAL;
    if (strcmp(path, "-") == 0) {
        if (idf_counter_write(b->count, b->v, b->lang->name, min_docs, stdout) != 0 ||
            fflush(stdout) != 0)
            return BRIEF_EIO;
        return BRIEF_OK;
    }
    size_t plen = strlen(path);
    char *tmp = mem_malloc(b->ctx->a, plen + 32);
    if (!tmp) return BRIEF_ENOMEM;
    snprintf(tmp, plen + 32, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "w");
    brief_status s = BRIEF_OK;
    if (!f) s = BRIEF_EIO;
    else {
        int bad = idf_counter_write(b->count, b->v, b->lang->name, min_docs, f) != 0;
        bad |= fflush(f) != 0;
        bad |= fsync(fileno(f)) != 0 && errno != EINVAL;
        int e = errno;
        bad |= fclose(f) != 0;
        if (bad || rename(tmp, path) != 0) {
            e = errno ? errno : e;
            unlink(tmp);
            errno = e;
            s = BRIEF_EIO;
        }
    }
    int e = errno;
    mem_free(b->ctx->a, tmp);
    errno = e;
    return s;
}

void brief_idf_builder_free(brief_idf_builder *b)
{
    if (!b) return;
    vocab_free(b->v);
    idf_counter_free(b->count);
    mem_free(b->ctx->a, b);
}
