/*
 * counts.h - running figures.  What a news story counts and recounts as it
 * goes on (the dead, the injured, the homeless: data/counts/<lang>.txt) is
 * told by each source with the figure it has at the hour ("killed at least
 * 74", "the death toll rose to 129"); a sentence that sets a figure beside
 * such a thing, in one clause and a few words apart, gives a figure for
 * it.  Compose counts two such sentences that share a name as one fact.
 */
#ifndef BRIEF_COUNTS_H
#define BRIEF_COUNTS_H

#include <stddef.h>
#include <stdint.h>

#include "brief.h"

typedef struct counts_lang counts_lang;

/* Loads data/counts/<language>.txt; a language without the file gets an
 * empty list (no sentence gives a figure for anything).  Errors:
 * BRIEF_ENOMEM. */
brief_status counts_lang_new(const brief_allocator *a, const char *language, counts_lang **out);
void counts_lang_free(counts_lang *cl);

/* The things s[0..len) gives a figure for, a bit per line of the list (at
 * most 32); 0 when cl is NULL or empty.  A year ("in 1978") is no figure,
 * and a comma, semicolon, colon, bracket or dash ends a clause. */
uint32_t counts_things(const counts_lang *cl, const char *s, size_t len);

#endif
