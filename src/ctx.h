/*
 * ctx.h - what a brief_ctx holds (private to the library): the allocator,
 * the configured language, the per-language resources of the stages and
 * the IDF table.  The public side is in brief.h; ctx.c implements both.
 *
 * Ownership: the context owns every lang_res and the table; they live
 * until brief_ctx_free.  Stories and IDF builders borrow them (a story
 * keeps a lang_res pointer, valid as long as its context).
 */
#ifndef BRIEF_CTX_H
#define BRIEF_CTX_H

#include <stddef.h>

#include "brief.h"
#include "counts.h"
#include "neutral.h"
#include "quotes.h"
#include "split.h"
#include "standalone.h"
#include "tokens.h"
#include "vectors.h"

/* Languages a context loads resources for, at most (Snowball has ~30). */
#define CTX_MAX_LANGS 40

/* The resources of one language, loaded the first time a story needs
 * them. */
typedef struct lang_res {
    const char *name; /* static, from tok_languages() */
    tok_lang *tok;
    split_lang *split;
    standalone_lang *alone;
    neutral_lang *neutral;
    counts_lang *counts;
    quotes_lang *quotes;
} lang_res;

struct brief_ctx {
    const brief_allocator *a;
    char language[32];  /* configured: a language name or "auto" */
    idf_table *idf;     /* user table, or the shipped one once loaded */
    int idf_user;       /* 1 when idf came from config.idf_path */
    int idf_tried;      /* the shipped table was looked for */
    lang_res langs[CTX_MAX_LANGS];
    size_t nlangs;
};

/* The resources of language `name`, loaded on first use.  Errors:
 * BRIEF_ELANG (not a language brief knows), BRIEF_ELIMIT (CTX_MAX_LANGS
 * already loaded), BRIEF_ENOMEM, BRIEF_EFORMAT (a data file). */
brief_status ctx_lang(brief_ctx *ctx, const char *name, lang_res **out);

/* The background table for a language: the user's, or the one shipped in
 * data/idf/, or none (*out NULL).  Errors: BRIEF_ENOMEM (the table is
 * tried again on the next call). */
brief_status ctx_idf(brief_ctx *ctx, const char *language, const idf_table **out);

#endif
