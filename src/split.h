/*
 * split.h - stage 3: blocks into sentences.
 *
 * Handles abbreviations and titles (per language, data/abbrev/<lang>.txt:
 * "U.S.", "Feb.", "Gen.", "Mr.", "Sen."), initials ("J. R. R. Tolkien"),
 * decimals and numbers ("3.5", "1.000"), ellipses, closing quotes and
 * brackets after the terminal mark (`."`, `.”`, `.''`, `.)`), quotes that
 * span sentences, datelines at the start of a story (`WASHINGTON (AP) —`,
 * `LONDON (Reuters) -`, `PARIS _`), which are left out of the sentence
 * span, bullets (each bullet block is one sentence or more, never
 * joined to the next block), list items inside a block ("1.) Pack the
 * tent 2.) Fill the jugs", "a) the ferry b) the train", "• bread •
 * cheese": each a unit with its marker), times and "etc." that close a
 * sentence ("at 5 p.m. Officials said", but "5 p.m. Eastern time"), a
 * full stop after an ellipsis ("gone.... Nobody"), omissions in brackets
 * ("[...]") and lines of dialogue opened by a dash ("—Nadie"); and
 * sentences with no full stop: a semicolon before a capitalised starter
 * ("; En 1975 ya"), a capitalised pronoun or sentence adverb after a
 * colon where the language goes on in lowercase ("trois fermes : Elles
 * vendent"), an emoticon before a capital ("gut ;-) Morgen"), a pronoun
 * or sentence adverb capitalised right after a word ("en 2008 Elle a",
 * "am Bahnhof Leider kam"), a heading in capitals run into the text
 * ("ROADS CLOSED TODAY Drivers").  Abbreviations set with inner spaces
 * ("z. B.", "EE. UU.") are read as the entry written solid.
 *
 * Limit: a run of text longer than SPLIT_MAX_SENTENCE bytes with no
 * sentence boundary (a 5 MB block without punctuation) is cut at its last
 * white space before the limit; every piece is kept and flagged
 * SPAN_CUT | SPAN_UNFINISHED.  The abbreviation lexicon is abbrev.h's.
 */
#ifndef BRIEF_SPLIT_H
#define BRIEF_SPLIT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "abbrev.h"
#include "clean.h"

enum {
    SPAN_QUESTION = 1u << 0,  /* ends with '?' (inside or outside quotes) */
    SPAN_EXCLAIM = 1u << 1,   /* ends with '!' */
    SPAN_BULLET = 1u << 2,    /* from a bullet block */
    SPAN_UNFINISHED = 1u << 3,/* no terminal punctuation: the block's end,
                                 or a sentence with no stop of its own
                                 ("en 2008 Elle a", a heading in capitals) */
    SPAN_IN_QUOTE = 1u << 4,  /* starts inside a quotation opened by an
                                 earlier sentence */
    SPAN_DATELINE = 1u << 5,  /* a dateline was cut from its start */
    SPAN_CUT = 1u << 6        /* cut at SPLIT_MAX_SENTENCE, not at a
                                 sentence boundary */
};

/* Longest span split_sentences makes without a sentence boundary. */
#define SPLIT_MAX_SENTENCE ((size_t)64 << 10)

typedef struct span {
    size_t start, end;  /* byte span in the text, trimmed of white space */
    uint32_t para;      /* paragraph number (from the block) */
    uint32_t flags;     /* SPAN_* */
} span;

/*
 * Splits the BLOCK_BODY and BLOCK_BULLET blocks of `text` into sentences,
 * in order.  *spans is arena-allocated.  Errors: BRIEF_ENOMEM.
 * Cost: linear in the text's length.
 */
brief_status split_sentences(arena *ar, const split_lang *sl, const char *text,
                             const block *blocks, size_t nblocks,
                             span **spans, size_t *n);

#endif
