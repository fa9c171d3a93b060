/*
 * story.h - what a brief_story holds (private to the library): its
 * documents as the stages left them, and the state that the glue modules
 * keep with the story between calls.
 *
 *   story.c          the object, add_text, lazy analysis of documents
 *                    (language -> teaser -> split -> fold -> tokens)
 *   io.c             brief_story_add_file
 *   story_quotes.c   quotes of every document, speakers canonical
 *   story_rank.c     the ranking of a story's sentences
 *   summary.c        brief_story_summarize
 *   digest.c         brief_story_compose[_docs]
 *   grouping.c       brief_story_group, brief_story_sketch
 *
 * Ownership: a story owns one arena (ar); every document, every stage's
 * output for it and every field below that points somewhere lives there
 * and goes with brief_story_free.  Only the vocabulary (a growing hash
 * table) is allocated on its own; the language resources belong to the
 * context.
 */
#ifndef BRIEF_STORY_H
#define BRIEF_STORY_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "clean.h"
#include "ctx.h"
#include "ingest.h"
#include "quotes.h"
#include "split.h"
#include "tokens.h"

/* The message of a document over BRIEF_MAX_INPUT_BYTES. */
#define STORY_DOC_TOO_LARGE "larger than the 512 MiB limit for one document"

/* One document: set by add_text (name to blocks), by analysis (analyzed
 * to title_tok), by story_quotes (quotes, quoted). */
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
    lang_res *lang;         /* chosen at first analysis; the context's */
    vocab *vocab;
    size_t analyzed_docs;   /* documents with analyzed set */
    /* story_quotes.c */
    size_t canonical_docs;  /* documents whose quote speakers are canonical */
    brief_quote *quotes;    /* public view of all quotes */
    const brief_quote **quotep; /* quotep[i] = &quotes[i], handed out */
    size_t nquotes;
    size_t *quote_start;    /* per document: index of its first quote;
                               [ndocs] = nquotes */
    /* digest.c */
    size_t *doc_local;      /* document -> place in one compose call, or
                               SIZE_MAX; all SIZE_MAX between calls */
    size_t doc_local_n;
    /* story_rank.c */
    float *idf_all;         /* IDF of every vocabulary id, from the table */
    size_t idf_all_n;       /* vocabulary size it covers */
    uint32_t *remap;        /* vocabulary id -> id local to one ranking, or
                               UINT32_MAX; all UINT32_MAX between calls */
    size_t remap_n;
};

/* Sets the story's message to "name: why" (why NULL: the status's text)
 * and returns s. */
brief_status story_fail(brief_story *st, brief_status s, const char *name, const char *why);
/* The documents of a file read by pages_file_read (pages.h) added to the
 * story, with brief_story_add_path's results and messages (io.c). */
struct pages_file;
brief_status story_add_read(brief_story *st, const char *path, struct pages_file *f);

/* Chooses the story's language (st->lang) once: the configured one, or
 * the one its documents' stopwords say.  Errors: BRIEF_ENOMEM,
 * BRIEF_ELANG and ctx_lang's. */
brief_status story_lang(brief_story *st);

/* Analyzes document di (once; story_lang first): teasers marked,
 * sentences split, folded and tokenized, the title tokenized.  Errors:
 * BRIEF_ENOMEM and the stages'. */
brief_status story_analyze_doc(brief_story *st, size_t di);

/* story_lang, then every document not analyzed yet. */
brief_status story_analyze(brief_story *st);

/* The sentence of analyzed document d that holds byte offset off (the
 * last one starting at or before it; 0 when none does). */
size_t story_sentence_at(const doc *d, size_t off);

#endif
