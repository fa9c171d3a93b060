/*
 * ctx.c - contexts (brief.h): configuration, the languages and their
 * resources, the IDF table a context holds; version and error strings.
 */
#include "ctx.h"

#include <stdio.h>
#include <string.h>

#include "arena.h"
#include "data.h"
#include "io.h"

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

void brief_config_init(brief_config *cfg)
{
    memset(cfg, 0, sizeof *cfg);
    cfg->size = sizeof *cfg;
    cfg->language = "auto";
}

/* The static name of a language brief knows, or NULL. */
static const char *known_language(const char *name)
{
    for (const char *const *l = tok_languages(); *l; l++)
        if (strcmp(*l, name) == 0) return *l;
    return NULL;
}

/* Reads and parses the user's table (config.idf_path) into ctx. */
static brief_status load_user_idf(brief_ctx *ctx, const char *path)
{
    char *bytes = NULL;
    size_t len = 0;
    brief_status st = read_path(ctx->a, path, BRIEF_MAX_INPUT_BYTES, &bytes, &len);
    if (st != BRIEF_OK) return st;
    st = idf_parse(ctx->a, bytes, len, &ctx->idf);
    mem_free(ctx->a, bytes);
    if (st != BRIEF_OK) return st;
    ctx->idf_user = 1;
    ctx->idf_tried = 1;
    return BRIEF_OK;
}

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
        brief_status st = load_user_idf(ctx, cfg->idf_path);
        if (st != BRIEF_OK) {
            brief_ctx_free(ctx);
            return st;
        }
    }
    *out = ctx;
    return BRIEF_OK;
}

static void lang_res_free(lang_res *r)
{
    tok_lang_free(r->tok);
    split_lang_free(r->split);
    standalone_lang_free(r->alone);
    neutral_lang_free(r->neutral);
    counts_lang_free(r->counts);
    quotes_lang_free(r->quotes);
}

void brief_ctx_free(brief_ctx *ctx)
{
    if (!ctx) return;
    for (size_t i = 0; i < ctx->nlangs; i++) lang_res_free(&ctx->langs[i]);
    idf_free(ctx->idf);
    mem_free(ctx->a, ctx);
}

brief_status ctx_lang(brief_ctx *ctx, const char *name, lang_res **out)
{
    for (size_t i = 0; i < ctx->nlangs; i++)
        if (strcmp(ctx->langs[i].name, name) == 0) { *out = &ctx->langs[i]; return BRIEF_OK; }
    const char *known = known_language(name);
    if (!known) return BRIEF_ELANG;
    if (ctx->nlangs == CTX_MAX_LANGS) return BRIEF_ELIMIT;
    lang_res r = {known, NULL, NULL, NULL, NULL, NULL, NULL};
    brief_status st = tok_lang_new(ctx->a, known, &r.tok);
    if (st == BRIEF_OK) st = split_lang_new(ctx->a, known, &r.split);
    if (st == BRIEF_OK) st = standalone_lang_new(ctx->a, known, &r.alone);
    if (st == BRIEF_OK) st = neutral_lang_new(ctx->a, known, &r.neutral);
    if (st == BRIEF_OK) st = counts_lang_new(ctx->a, known, &r.counts);
    if (st == BRIEF_OK) st = quotes_lang_new(ctx->a, known, &r.quotes);
    if (st != BRIEF_OK) {
        lang_res_free(&r);
        return st;
    }
    ctx->langs[ctx->nlangs] = r;
    *out = &ctx->langs[ctx->nlangs++];
    return BRIEF_OK;
}

/* "english" and "porter" (the older English stemmer) share tables. */
static int same_table_language(const char *table, const char *language)
{
    return strcmp(table, language) == 0 ||
           (strcmp(table, "english") == 0 && strcmp(language, "porter") == 0) ||
           (strcmp(table, "porter") == 0 && strcmp(language, "english") == 0);
}

brief_status ctx_idf(brief_ctx *ctx, const char *language, const idf_table **out)
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
    if (ctx->idf && same_table_language(idf_language(ctx->idf), language)) *out = ctx->idf;
    return BRIEF_OK;
}
