/*
 * quote_marks.h - pass 1 of the quotes stage: quote marks paired into
 * spans, and the text of each quote; private to the stage.
 *
 * A small state machine per paragraph pairs the marks: “…”, "…", ``…''
 * (and ''…'' in some AP copy), „…“, «…», top-level ‘…’, with at most one
 * single quote nested inside a double quote, so 10,000 unbalanced marks
 * cost 10,000 steps and never nest deeper.  A quote left open at the end
 * of a paragraph continues only when the next paragraph reopens it with a
 * mark of the same family (» for «…»); otherwise it is dropped; a
 * reopening mark before a transcript's speaker label ("WALLER: …") starts
 * a new quote, that speaker's turn.  A
 * straight single quote never opens a top-level quote (it is far more
 * often an apostrophe).
 *
 * Also the code point helpers the other passes share.
 */
#ifndef BRIEF_QUOTE_MARKS_H
#define BRIEF_QUOTE_MARKS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "clean.h"
#include "quote_internal.h"

#define LDQ 0x201C  /* “ */
#define RDQ 0x201D  /* ” */
#define LSQ 0x2018  /* ‘ */
#define RSQ 0x2019  /* ’ */
#define LOWQ 0x201E /* „ */
#define LGQ 0x00AB  /* « */
#define RGQ 0x00BB  /* » */

/* ---- code points ---- */
int is_alnum_cp(int32_t c);
int is_upper_cp(int32_t c);
/* Code point at t[p] (0 at or past e); its length in *l when l. */
int32_t cp_at(const char *t, size_t p, size_t e, size_t *l);
/* Code point ending at t[p] (0 at or before b). */
int32_t cp_before(const char *t, size_t p, size_t b);

/* ---- marks ---- */

/* The quotes of the BLOCK_BODY and BLOCK_BULLET blocks of text t, in text
 * order, in *q (arena-allocated) and their count in *nq; those holding no
 * letter or digit are left out.  0 when out of memory. */
int find_marks(arena *ar, const char *t, const block *blocks, size_t nb, qrec **q,
               size_t *nq);

/* A transcript's speaker label at t[p] (spaces skipped): up to four
 * words in capitals ("WALLER", "SEN. ANA LOPEZ", "O'NEILL"), single
 * spaces between, at most LABEL_MAX bytes, then ": ".  The length of the
 * words (without the colon) and their start in *st; 0 when none. */
#define LABEL_MAX 32
size_t label_at(const char *t, size_t p, size_t e, size_t *st);

/* The first (last == 0) or last non-space code point between a quote's
 * marks t[b..e); the first skips opening single quotes.  0 when none. */
int32_t inner_edge(const char *t, size_t b, size_t e, int last);

/* The quote text of r: white space folded, reopening marks of a
 * multi-paragraph quote left out.  NULL when out of memory. */
char *quote_text(arena *ar, const char *t, const qrec *r);

/* The quote records as quotes: spans and text, no speaker, partial until
 * the speaker pass decides.  NULL when out of memory. */
quote *marks_to_quotes(arena *ar, const char *t, const qrec *q, size_t nq);

#endif
