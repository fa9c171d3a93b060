/*
 * tokens.h - stage 4: words, case folding, stopwords, stems, interning.
 *
 * Words are found by Unicode category (utf8proc): runs of letters, marks
 * and digits, with an apostrophe or period inside a word kept ("don't",
 * "U.S." -> "u.s"), hyphens splitting.  Each word is case-folded and
 * NFC-composed, looked up in the stopword list (stopwords/<lang>.txt),
 * stemmed with the Snowball stemmer of the language, and interned: the
 * same stem gets the same id for the whole run.
 */
#ifndef BRIEF_TOKENS_H
#define BRIEF_TOKENS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"

/* Stemmer and stopword list of one language. */
typedef struct tok_lang tok_lang;

/* Loads a language by its Snowball name; "porter" is English with the
 * Porter stemmer.  Errors: BRIEF_ELANG (unknown), BRIEF_ENOMEM. */
brief_status tok_lang_new(const brief_allocator *a, const char *language,
                          tok_lang **out);
void tok_lang_free(tok_lang *tl);
const char *tok_lang_name(const tok_lang *tl);
/* 1 if the case-folded word w[0..len) is a stopword. */
int tok_is_stopword(const tok_lang *tl, const char *w, size_t len);

/* Snowball names of the languages brief can load, NULL-terminated. */
const char *const *tok_languages(void);

/*
 * Guesses the language of a text by stopword overlap: the language whose
 * stopwords make up the largest share of the first ~20,000 words, or
 * `fallback` when no language reaches a minimum share.  Returns a static
 * name from tok_languages().
 */
const char *tok_detect_language(const char *text, size_t len,
                                const char *fallback);

/* Interned stems: id <-> string, plus a stopword flag per id. */
typedef struct vocab vocab;

vocab *vocab_new(const brief_allocator *a);
void vocab_free(vocab *v);
size_t vocab_size(const vocab *v);
/* Room for n stems in all, so that interning up to then never grows the
 * table (a table read whole); 0 when out of memory. */
int vocab_reserve(vocab *v, size_t n);
/* The stem of id (NUL-terminated, borrowed from v). */
const char *vocab_string(const vocab *v, uint32_t id);
/* 1 if the id came from a stopword. */
int vocab_is_stop(const vocab *v, uint32_t id);
/* Id of an already interned stem, or UINT32_MAX. */
uint32_t vocab_lookup(const vocab *v, const char *s, size_t len);
/* Interns s[0..len) (is_stop as given the first time); UINT32_MAX when out
 * of memory. */
uint32_t vocab_intern(vocab *v, const char *s, size_t len, int is_stop);

/*
 * Tokenizes text[0..len): appends the id of every word, stopwords included
 * (vocab_is_stop tells them apart), to *ids (arena-grown array with *n
 * entries and *cap capacity).  Words longer than 64 bytes are skipped.
 * Errors: BRIEF_ENOMEM.  Cost: linear in len.
 */
brief_status tok_text(tok_lang *tl, vocab *v, arena *ar, const char *text,
                      size_t len, uint32_t **ids, size_t *n, size_t *cap);

/*
 * As tok_text, and when names is not NULL also a flag per id in *names
 * (grown with *ids: same count, same capacity): 1 when the word is
 * capitalized where a capital is not expected, i.e. not the text's first
 * word and not after a sentence end, colon or quotation mark - mostly the
 * names of people, places and organizations.  Pass a sentence at a time.
 */
brief_status tok_text_names(tok_lang *tl, vocab *v, arena *ar, const char *text,
                            size_t len, uint32_t **ids, uint8_t **names, size_t *n,
                            size_t *cap);

/* Stems one case-folded word into buf (NUL-terminated); returns its
 * length, or 0 if it does not fit or is not a word. */
size_t tok_stem(tok_lang *tl, const char *word, size_t len, char *buf,
                size_t bufsize);

#endif
