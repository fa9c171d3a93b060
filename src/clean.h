/*
 * clean.h - stage 2: the decoded text as a list of blocks, each marked as
 * story text or not.
 *
 * A block is a paragraph (consecutive lines that belong together; a hard-
 * wrapped paragraph is one block), a heading (a short line with no final
 * punctuation), a bullet line, or a line that is not the story:
 * share/subscribe/comment prompts, "Advertisement", image placeholders,
 * stray counters and slugs, bylines and photo credits, "Related" link
 * lists.  The patterns live in data/boilerplate.txt, not in code.
 * Nothing is deleted: blocks keep byte offsets into the text, so later
 * stages can cite the input verbatim.
 */
#ifndef BRIEF_CLEAN_H
#define BRIEF_CLEAN_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"

typedef enum block_kind {
    BLOCK_BODY = 0,   /* story text: split into sentences */
    BLOCK_BULLET,     /* one bullet item (marker excluded from the span) */
    BLOCK_HEADING,    /* structure, never a sentence */
    BLOCK_BOILER      /* not the story */
} block_kind;

typedef struct block {
    size_t start, end; /* byte span in the text; for BLOCK_BULLET the span
                          starts after the bullet marker */
    block_kind kind;
    uint32_t para;     /* paragraph number within the document, from 0 */
} block;

/*
 * Splits text[body_start..len) into blocks, in order.  *blocks is
 * arena-allocated; *n may be 0.  `title` (may be NULL) is the document's
 * title: a line repeating it in the body is BLOCK_HEADING.
 * Errors: BRIEF_ENOMEM.  Cost: linear in len times the pattern count.
 */
brief_status clean_blocks(arena *ar, const char *text, size_t len,
                          size_t body_start, const char *title,
                          block **blocks, size_t *n);

/*
 * 1 when the line s[0..n) (trimmed) matches a pattern of
 * data/boilerplate.txt, else 0.  Ingest uses it to pass over page furniture
 * ("Advertisement", "#image_title") above a headline.  Allocates nothing;
 * cost: the pattern count times the line length.
 */
int clean_is_boilerplate(const char *s, size_t n);

#endif
