/*
 * quote_words.h - pass 2 of the quotes stage: a document's sentences as
 * tokens, the words that can name someone, and noun phrases; private to
 * the stage.
 *
 * Tokens are words (with their classes from quote_lang.h), commas,
 * colons, sentence ends, dashes, other punctuation, and one token per
 * quote.  A capitalised phrase splits into a role part ("UK Prime
 * Minister") and a name part ("Keir Starmer").  Every function looks at a
 * bounded number of tokens (at most 10 per phrase).
 */
#ifndef BRIEF_QUOTE_WORDS_H
#define BRIEF_QUOTE_WORDS_H

#include <stddef.h>
#include <stdint.h>

#include "quote_internal.h"
#include "split.h"

/* Appends the tokens of the sentences spans[0..ns) to d (d->ar, d->ql and
 * d->t set), quotes q[0..nq) becoming one T_QUOTE token each; the
 * lowercase words go to d->lower.  0 when out of memory. */
int tokenize(doc *d, const qrec *q, size_t nq, const span *spans, size_t ns);

/* 1 when token i exists and has one of the class bits of mask. */
int has_class(const doc *d, size_t i, uint32_t mask);
/* An article ("the", "a") at token i. */
int is_det(const doc *d, size_t i);
/* A word at token i longer than 4 bytes with a gerund ending
 * ("speaking"). */
int is_gerund(const doc *d, size_t i);
/* The number of tokens of an [according] phrase starting at token i, or
 * 0. */
size_t according_at(const doc *d, size_t i);
/* The number of tokens of an [agent] phrase ("released by") starting at
 * token i, or 0. */
size_t agent_at(const doc *d, size_t i);
/* The number of tokens of a [quoted-as] phrase ("as saying") starting at
 * token i, or 0. */
size_t quoted_as_at(const doc *d, size_t i);

/* A word that can be part of a person's (or place's) name. */
int name_word(const doc *d, size_t i);
/* A word of a noun phrase naming a speaker: names, titles, nationalities,
 * organisation words ("the Russian foreign ministry"). */
int np_word(const doc *d, size_t i);

/* The noun phrase starting at token i (after an optional article), within
 * [i, hi); 0 when there is none. */
int np_fwd(const doc *d, size_t i, size_t hi, np *p);
/* The noun phrase ending at token i (inclusive), not before lo; it may
 * follow a preposition only when prep_ok. */
int np_back(const doc *d, size_t i, size_t lo, np *p, int prep_ok);

/* Text of tokens [a, b) joined by single spaces, skipping honorifics when
 * `nohon`; arena-owned, NULL when out of memory. */
char *words_text(const doc *d, size_t a, size_t b, int nohon);

#endif
