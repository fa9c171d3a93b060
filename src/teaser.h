/*
 * teaser.h - blocks at the end of an article that are about something
 * else: the teasers for other stories a web page appends ("What Super Bowl
 * ads say…", "NBA All-Star…").  clean.c finds most of them by structure
 * (after a share/subscribe footer); this finds them by content when the
 * footer is missing: a trailing paragraph whose words the article before it
 * does not use (TF-IDF cosine below 0.06 with the opening of the body) is
 * not the story, and neither is a trailing run of two or more teaser units
 * (a headline, or a short question, over one short excerpt) each of which,
 * headline and excerpt together, shares little with the article above the
 * list (below 0.15; a section of the article under its own heading shares
 * its subject).
 */
#ifndef BRIEF_TEASER_H
#define BRIEF_TEASER_H

#include <stddef.h>

#include "arena.h"
#include "brief.h"
#include "clean.h"
#include "tokens.h"
#include "vectors.h"

/*
 * Marks as BLOCK_BOILER the trailing body blocks (and the headings between
 * them) of text[] that do not share the article's subject.  Looks only at
 * the last half of an article of four or more body blocks (for a teaser
 * list, three), and stops at the first trailing block that is on the
 * subject.  idf may be NULL (every
 * word weighs the same).  Returns the number of blocks marked in *marked.
 * Errors: BRIEF_ENOMEM.  Cost: linear in the text.
 */
brief_status teaser_mark(arena *ar, tok_lang *tl, vocab *v, const idf_table *idf,
                         const char *text, block *blocks, size_t nblocks,
                         size_t *marked);

#endif
