/*
 * idf_builder.c - background IDF tables (brief.h: brief_idf_builder_*):
 * documents ingested and tokenized one at a time, each stem counted once
 * per document (vectors.c's idf_counter), the table written whole
 * (io.c).
 *
 * Memory: the builder owns its vocabulary and counter; each document is
 * read in a scratch arena freed before brief_idf_builder_add returns.  A
 * file is read whole with io.c's read_path, or line by line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ctx.h"
#include "ingest.h"
#include "io.h"
#include "vectors.h"

struct brief_idf_builder {
    brief_ctx *ctx;
    lang_res *lang;         /* the context's */
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

typedef struct table_out {
    const brief_idf_builder *b;
    unsigned min_docs;
} table_out;

static int write_table(FILE *f, void *arg)
{
    const table_out *t = arg;
    return idf_counter_write(t->b->count, t->b->v, t->b->lang->name, t->min_docs, f);
}

brief_status brief_idf_builder_write(brief_idf_builder *b, const char *path, unsigned min_docs)
{
    if (!b || !path) return BRIEF_EINVAL;
    table_out t = {b, min_docs};
    return write_path(path, write_table, &t);
}

void brief_idf_builder_free(brief_idf_builder *b)
{
    if (!b) return;
    vocab_free(b->v);
    idf_counter_free(b->count);
    mem_free(b->ctx->a, b);
}

/* Each line of more than its line break is a document; the first that
 * cannot be added ends the file.  The line buffer is stdio's (getline):
 * a line of any length is read without holding the whole file. */
static brief_status add_lines(brief_idf_builder *b, FILE *f)
{
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    brief_status s = BRIEF_OK;
    while (s == BRIEF_OK && (n = getline(&line, &cap, f)) > 0)
        if (n > 1) s = brief_idf_builder_add(b, line, (size_t)n);
    free(line);
    return s;
}

brief_status brief_idf_builder_add_file(brief_idf_builder *b, const char *path, int per_line)
{
    if (!b || !path) return BRIEF_EINVAL;
    if (!per_line) {
        char *bytes = NULL;
        size_t len = 0;
        brief_status s = read_path(b->ctx->a, path, BRIEF_MAX_INPUT_BYTES, &bytes, &len);
        if (s == BRIEF_OK) s = brief_idf_builder_add(b, bytes, len);
        mem_free(b->ctx->a, bytes);
        return s;
    }
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) return BRIEF_EIO;
    brief_status s = add_lines(b, f);
    if (f != stdin) fclose(f);
    return s;
}
