/*
 * quote_internal.h - the types the modules of the quotes stage share;
 * private to that stage: only quotes.c and src/quote_*.c include it (the
 * rest of the library uses quotes.h).
 *
 * One document goes through three passes (see quotes.c):
 *   1. marks (quote_marks.c): the quote spans, as qrec;
 *   2. words (quote_words.c): the sentences as a token array, in a doc,
 *      and its table of names (quote_resolve.c);
 *   3. speakers (quote_speaker.c), with pronouns and short names resolved
 *      by quote_resolve.c.
 * quote_names.c then gives one name per person across documents.
 */
#ifndef BRIEF_QUOTE_INTERNAL_H
#define BRIEF_QUOTE_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "quote_lang.h"
#include "quote_map.h"
#include "quotes.h"

/* Tokens looked at on each side of a quote: the longest attribution
 * frames of the seed articles and DUC wire copy ("Ukrainian Defence
 * Minister Rustem Umerov, who led his country's delegation, said") take
 * about 15. */
#define QUOTES_WINDOW 40

/* One quote's marks in the document's text. */
typedef struct qrec {
    size_t os, oe, cs, ce; /* opening and closing mark spans */
    size_t *cuts;          /* reopening marks inside (pairs start, end) */
    size_t ncuts;
} qrec;

enum { T_WORD = 1, T_COMMA, T_COLON, T_END, T_DASH, T_OTHER, T_QUOTE };

typedef struct tok {
    size_t s, e;
    uint32_t cls;    /* C_* bits of a T_WORD */
    uint32_t sent, para;
    int32_t q;       /* quote index for T_QUOTE */
    uint8_t kind;    /* T_* */
    uint8_t cap;     /* starts with a capital */
    uint8_t poss;    /* ends in 's */
    uint8_t first;   /* first word of its sentence */
} tok;

/* One document being read; everything lives in `ar`. */
typedef struct doc {
    arena *ar;
    const quotes_lang *ql;
    const char *t;
    tok *tk;
    size_t nt, tcap;
    strmap lower;     /* words seen in lowercase */
    strmap midcap;    /* words seen capitalised inside a sentence */
    /* names: the fullest form by name and by last word (entry + 1) */
    strmap byname, bylast;
    char **nm_name;
    const char **nm_role;
    size_t *nm_words;
    unsigned *nm_occ;
    size_t nnm, nmcap, rcap, wcap, ocap;
    /* what the document says of each person's sex (C_MALE, C_FEMALE bits),
     * by canonical name: a gendered honorific or role with the full name,
     * or a gendered pronoun as the subject right after them */
    strmap sex;
    int oom;        /* an allocation failed where no status could be returned */
} doc;

/* Sets up an empty document reading `t` in `ar` (its maps included). */
void doc_init(doc *d, arena *ar, const quotes_lang *ql, const char *t);

/* A noun phrase over tokens. */
typedef struct np {
    size_t a, b;  /* tokens [a, b), determiner included */
    size_t na;    /* name part [na, b); na == b when none */
    int det, has_org, role_last, has_role;
} np;

/* A speaker as the patterns find it. */
typedef struct spk {
    const char *name, *role;
    int person, org;
    int found;    /* 1: named; -1: someone unnamed ("a spokesman"); 0: none */
} spk;

/* What the speaker pass knows while it walks the sentences. */
typedef struct spk_ctx {
    doc *d;
    spk cur;   /* main subject of the current sentence */
    spk last;  /* last person named as a speaker or subject */
} spk_ctx;

#endif
