/*
 * name_variants.h - the spellings of one name across the sources of a
 * story ("Zelenskyy" and "Zelensky", "Gadhafi" and "Qaddafi", "Sergei" and
 * "Sergey"), found so that the sentence vectors count them as one word:
 * two sources telling one fact then meet as the same fact.
 *
 * Two name terms (words capitalised mid-sentence, tok_text_names) are
 * spellings of one name when
 *   - their spelling keys (name_key: the transliteration key of
 *     quote_names.c, then dh -> d, gh -> g, q/c -> k) are equal or, for keys
 *     of at least TRANSLIT_MIN letters, one edit apart;
 *   - no document uses both: an outlet keeps to one spelling (house style),
 *     so two close spellings in one article are two names ("Maria" and
 *     "Mario" Sanchez);
 *   - their contexts agree: the words within NAME_CONTEXT tokens of them
 *     share a name (a first name, a title: "Volodymyr", "President") or two
 *     other words.
 * Each group of spellings is counted as its most used one.
 *
 * Cost: sorting the name tokens, plus comparisons within runs of keys that
 * share their first letter (or all but it), each run capped.
 */
#ifndef BRIEF_NAME_VARIANTS_H
#define BRIEF_NAME_VARIANTS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "tokens.h"

/* Context window, in tokens on each side of a name. */
#define NAME_CONTEXT 3

/* One spelling counted as another: vocabulary ids. */
typedef struct name_alias {
    uint32_t from, to;
} name_alias;

/* The spelling key of a name's stem or word: arena-owned, NULL when out
 * of memory. */
char *name_key(arena *ar, const char *s, size_t n);

/*
 * The aliases among the names of sentences tok[0..n) (tok[i][0..ntok[i]),
 * vocabulary ids of v, stopwords included; names[i] the per-token name
 * flags; doc[i] the sentence's document).  *out (arena) receives the
 * aliases, *nout how many; every `to` is an id no alias maps further.
 * Errors: BRIEF_ENOMEM.
 */
brief_status name_variants_find(arena *ar, const vocab *v, uint32_t *const *tok,
                                const uint32_t *ntok, uint8_t *const *names,
                                const uint32_t *doc, size_t n, name_alias **out,
                                size_t *nout);

#endif
