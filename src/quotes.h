/*
 * quotes.h - stage 8: direct quotes and who said them.
 *
 * Spans: “…”, "…", ``…'' (newswire), „…“, «…», top-level ‘…’, with
 * single quotes nested inside a double quote; a quote may span sentences,
 * and the newspaper convention of a multi-paragraph quote (each paragraph
 * reopens with a mark, only the last one closes) gives one quote.  A quote
 * left open at the end of a paragraph that the next paragraph does not
 * reopen is dropped: an unbalanced mark never swallows the story.
 *
 * Speakers come from patterns over the words around the quote in its
 * sentence (`"…," X said`, `said X`, `X told CNN`, `X said: "…"`,
 * `according to X`, reported speech `X warned that … "…"`); the verbs,
 * role words and function words live in data/quotes/<lang>.txt.  "he" and
 * "she" resolve to the person last named as a speaker or as the subject of
 * a sentence; a short name resolves to the fullest form in the document
 * ("Starmer" -> "Keir Starmer"), the words before it give the role ("UK
 * Prime Minister").  When no pattern applies the speaker is NULL: a speaker
 * is never guessed from mere proximity.
 *
 * quotes_canonicalize then gives one name per person across the documents
 * of a story: surnames that are transliteration variants (Zelensky /
 * Zelenskyy) and agreeing first names (Sergei / Sergey) merge, and the
 * spelling most used across the documents wins.
 *
 * Cost: linear in the text (each quote looks at a bounded window of words
 * around it); canonicalize is linear in the number of distinct names
 * except within groups of names sharing their first three letters.
 */
#ifndef BRIEF_QUOTES_H
#define BRIEF_QUOTES_H

#include <stddef.h>

#include "arena.h"
#include "brief.h"
#include "clean.h"
#include "split.h"

typedef struct quote {
    size_t start, end;   /* byte span of the quoted words (inside the marks)
                            in the document's decoded text; for a
                            multi-paragraph quote it includes the reopening
                            marks, which `text` leaves out */
    const char *text;    /* whitespace-folded quoted text, arena-owned */
    const char *speaker; /* canonical speaker name, or NULL when not found */
    const char *role;    /* "UK Prime Minister" when the text gives one, or
                            NULL */
    int partial;         /* 1: a few quoted words inside reported speech;
                            0: a full quote */
    int is_org;          /* speaker is an organisation ("the Kremlin") */
} quote;

/* A person named in a document, in the fullest form the document uses. */
typedef struct quotes_person {
    const char *name;    /* "Keir Starmer"; arena-owned */
    const char *role;    /* longest role written before it, or NULL */
    unsigned mentions;   /* times the surname occurs in the document */
} quotes_person;

/* Everything quotes_find learns about one document. */
typedef struct quotes_doc {
    quote *quotes;       /* in text order */
    size_t nquotes;
    quotes_person *people;
    size_t npeople;
} quotes_doc;

/* A deep copy of src (quotes, people and their strings) into ar, so that
 * quotes_find can run in a scratch arena.  Errors: BRIEF_ENOMEM. */
brief_status quotes_doc_copy(arena *ar, const quotes_doc *src, quotes_doc *dst);

/* Word lists of one language (data/quotes/<lang>.txt). */
typedef struct quotes_lang quotes_lang;

/* Loads data/quotes/<language>.txt; a language with no file gets the
 * English lists (names and quote marks work the same; only the verbs
 * would be missing).  Errors: BRIEF_ENOMEM, BRIEF_EFORMAT (no such data at
 * all, or a word outside a section). */
brief_status quotes_lang_new(const brief_allocator *a, const char *language,
                             quotes_lang **out);
void quotes_lang_free(quotes_lang *ql);

/*
 * Finds the quotes of one document: `text` is the decoded text, `blocks`
 * the output of clean_blocks (only BLOCK_BODY and BLOCK_BULLET blocks are
 * read) and `spans` the sentences of split_sentences.  Everything is
 * allocated from `ar`; *out is filled (counts may be 0).
 * Errors: BRIEF_EINVAL (NULL argument), BRIEF_ENOMEM.
 */
brief_status quotes_find(arena *ar, const quotes_lang *ql, const char *text,
                         const block *blocks, size_t nblocks,
                         const span *spans, size_t nspans, quotes_doc *out);

/*
 * One name per person across the documents of a story: rewrites the
 * speaker (and, when missing, the role) of every quote in docs[0..ndocs).
 * Organisations are left as they are.  Errors: BRIEF_ENOMEM (the quotes
 * are then unchanged or partly renamed, never invalid).
 */
brief_status quotes_canonicalize(arena *ar, quotes_doc *docs, size_t ndocs);

#endif
