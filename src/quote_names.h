/*
 * quote_names.h - one name per person across the documents of a story;
 * private to the quotes stage (quotes_canonicalize in quotes.c runs the
 * steps in order: names_load, names_group_surnames, names_choose,
 * names_rename).
 *
 * Surnames whose transliteration keys are equal, or (for keys of at least
 * TRANSLIT_MIN letters) one edit apart, form a group (union-find); within
 * a group people differ by first name ("Donald" and "Melania" Trump stay
 * two; "Sergei" and "Sergey" are one), and a bare surname joins the
 * best-known person of its group.  Each person's name is then the most
 * used first name and surname spellings across the documents, and its
 * role the longest one written.
 *
 * Cost: linear in the number of distinct names, plus sorting, except
 * within buckets of keys sharing their first two letters.
 */
#ifndef BRIEF_QUOTE_NAMES_H
#define BRIEF_QUOTE_NAMES_H

#include <stddef.h>

#include "arena.h"
#include "quote_map.h"
#include "quotes.h"

/* Keys shorter than this must match exactly as written: "Maj" is not
 * "May", and short surnames have few spellings. */
#define TRANSLIT_MIN 5

/* A spelling key that makes transliterations meet: ASCII-folded
 * (accents stripped), lowercase, letters only, y/j -> i, w -> v, ph -> f,
 * kh -> k, doubled letters collapsed ("Zelenskyy" and "Zelensky" ->
 * "zelenski", "Sergey" and "Sergei" -> "sergei").  Arena-owned; NULL
 * when out of memory; "" for invalid UTF-8. */
char *translit_key(arena *ar, const char *s, size_t n);
/* 1 when a and b are at most one edit (insertion, deletion or
 * substitution) apart. */
int within_one_edit(const char *a, const char *b);

/* One person of one document. */
typedef struct cent {
    const char *name, *role;
    const char *first; size_t flen;   /* first word, or NULL */
    const char *last;                 /* last word */
    char *skey, *fkey;                /* keys of the last and first word */
    unsigned mentions;
    size_t group;    /* union-find root of its surname group */
    size_t cluster;  /* index in ord of its person's representative */
} cent;

/* Everything quotes_canonicalize builds, in the arena `ar`. */
typedef struct names_table {
    arena *ar;
    size_t n;
    cent *ce;              /* every document's people, in document order */
    cent **ord;            /* ce, sorted by surname group */
    size_t *par;           /* union-find parents over ce */
    const char **canon;    /* per entry of ce: the chosen name, or NULL */
    const char **crole;    /* per entry of ce: the chosen role, or NULL */
    size_t *reps;          /* scratch */
    strmap tal;              /* "cluster|spelling" -> mentions */
    int err;               /* an allocation failed in a tally */
} names_table;

/* Fills t from the people of docs[0..ndocs); t->n may be 0.
 * Errors: BRIEF_ENOMEM. */
brief_status names_load(arena *ar, const quotes_doc *docs, size_t ndocs, names_table *t);
/* Sets every entry's surname group and sorts t->ord by it. */
void names_group_surnames(names_table *t);
/* Chooses the name and role of every person.  Errors: BRIEF_ENOMEM. */
brief_status names_choose(names_table *t);
/* Rewrites the speaker (and, when missing, the role) of every quote of a
 * person; organisations are left as they are.  Errors: BRIEF_ENOMEM (the
 * quotes are then unchanged or partly renamed, never invalid). */
brief_status names_rename(names_table *t, quotes_doc *docs, size_t ndocs);

#endif
