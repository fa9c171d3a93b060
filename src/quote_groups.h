/*
 * quote_groups.h - which quotes of a story render one statement.
 *
 * Two quotes are the same statement when one stands in the other, or when
 * 60% of the shorter one's words stand in the longer: two cuts of one
 * statement, or two translations of it ("agreed to remain in contact" /
 * "agreed to stay in touch" share 7 of 10 words).  Words are compared
 * lowercased, punctuation dropped.
 *
 * Each quote joins the first earlier group whose first quote (its leader)
 * it matches.  A story of a few articles has tens of quotes, but one long
 * document (a transcript, a year of a column pasted together) has
 * thousands, so a quote is compared only with the leaders that can match
 * it: by the pigeonhole principle, a match must hold one of the rarest
 * words of the shorter quote, enough of them that the other words alone
 * could not reach 60% (see quote_groups.c).  Cost: about linear in the
 * quotes' words, more only for quotes made of common words.
 */
#ifndef BRIEF_QUOTE_GROUPS_H
#define BRIEF_QUOTE_GROUPS_H

#include <stddef.h>

#include "arena.h"
#include "brief.h"

/* The groups of quotes text[0..n): group[i] is the first quote of i's
 * group (i itself for a leader).  A quote of fewer than 3 words
 * (words[i]) is a group of its own and leads none.  Scratch comes from
 * tmp.  Errors: BRIEF_ENOMEM. */
brief_status quote_groups_find(arena *tmp, const char *const *text, const size_t *words, size_t n,
                               size_t *group);

/* 1 when the two quotes render one statement (the rule above). */
int quote_same_statement(arena *tmp, const char *a, const char *b);

#endif
