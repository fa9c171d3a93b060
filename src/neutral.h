/*
 * neutral.h - is a sentence fit to speak in the brief's own voice?
 *
 * Editorial or emotive wording ("barbaric", "lying"), the writer's first
 * person, and reported claims are found from data/neutral/<lang>.txt,
 * looking only at the words outside quotation marks: inside an attributed
 * quote anything may be said.
 */
#ifndef BRIEF_NEUTRAL_H
#define BRIEF_NEUTRAL_H

#include <stddef.h>

#include "brief.h"

enum {
    NEUTRAL_LOADED = 1u << 0,  /* editorial or emotive wording */
    NEUTRAL_FIRST = 1u << 1,   /* first person outside quotes */
    NEUTRAL_CLAIM = 1u << 2    /* reports what someone said or claimed */
};

typedef struct neutral_lang neutral_lang;

/* Loads data/neutral/<language>.txt; a language without a list gets an
 * empty one (nothing is flagged).  Errors: BRIEF_ENOMEM. */
brief_status neutral_lang_new(const brief_allocator *a, const char *language,
                              neutral_lang **out);
void neutral_lang_free(neutral_lang *nl);

/* NEUTRAL_* flags of the text s[0..len). */
unsigned neutral_check(const neutral_lang *nl, const char *s, size_t len);

#endif
