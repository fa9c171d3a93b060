/*
 * quote_resolve.h - who a phrase or a pronoun stands for in one document:
 * the document's table of names, short names resolved to the fullest
 * form ("Starmer" -> "Keir Starmer") with the best role written before
 * any form, and "he"/"she" resolved to the sentence's subject or the last
 * person named, checked against what the document said of that person's
 * sex.  Private to the quotes stage.
 *
 * Limits: "they"/"it" are not resolved; two people who share a surname in
 * one document resolve to the fullest form; family-name-first names
 * ("Zhang Xiong" / "Zhang") and nicknames ("Don" / "Donald") are not
 * joined; a "she said" after a man of unknown sex was last named still
 * gets his name.
 */
#ifndef BRIEF_QUOTE_RESOLVE_H
#define BRIEF_QUOTE_RESOLVE_H

#include <stddef.h>
#include <stdint.h>

#include "quote_internal.h"

/* Fills d's table of names from every noun phrase of its tokens.
 * Errors: BRIEF_ENOMEM. */
brief_status collect_names(doc *d);

/* The speaker a noun phrase names: a person (its name resolved), an
 * organisation ("the Kremlin", found 1 with org set), someone unnamed ("a
 * Kremlin spokesman", found -1), or nobody (found 0; also when out of
 * memory). */
spk spk_from_np(const doc *d, const np *p);

/* The person the pronoun at token i stands for: the sentence's subject,
 * else the last person named; when the document has only called that
 * person by the other sex, the nearest other person named before the
 * pronoun unless the document calls that one so too; nobody after
 * someone unnamed. */
spk pronoun(const spk_ctx *c, size_t i);

/* The person named last before token i (within about two sentences),
 * whatever their sex; none when there is none. */
spk nearest_person(const doc *d, size_t i);

/* Notes that the document calls person s by sex bits g (C_MALE,
 * C_FEMALE); a failed allocation is kept in d->oom. */
void note_sex(doc *d, const spk *s, uint32_t g);

/* The people of the document, fullest forms only, with the mentions of
 * every shorter form added up, in *out (arena-owned) and *n.
 * Errors: BRIEF_ENOMEM. */
brief_status people_list(const doc *d, quotes_person **out, size_t *n);

#endif
