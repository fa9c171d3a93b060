/*
 * abbrev.h - the abbreviation lexicon the sentence splitter (split.c)
 * consults: per language, data/abbrev/<lang>.txt on top of the
 * language-independent data/abbrev/common.txt ("U.S.", "Feb.", "Gen.",
 * "Mr.", sentence starters, speech verbs; the syntax is described in
 * common.txt).
 *
 * A lexicon is built once per language and only read afterwards; it owns
 * one arena and borrows the compiled-in data.
 */
#ifndef BRIEF_ABBREV_H
#define BRIEF_ABBREV_H

#include <stddef.h>

#include "brief.h"

/* What an entry says of the token it matches. */
enum {
    ABBREV_TITLE = 1u << 0,   /* a title: never ends a sentence */
    ABBREV_NUMBER = 1u << 1,  /* an abbreviation only before a number */
    ABBREV_PLAIN = 1u << 2,   /* an ordinary abbreviation */
    ABBREV_STARTER = 1u << 3, /* a common sentence-initial word */
    ABBREV_SPEECH = 1u << 4,  /* a speech verb */
    ABBREV_FINAL = 1u << 5,   /* an abbreviation that mostly closes its
                                 phrase ("etc.", "p.m."): a capitalised word
                                 after it starts a sentence unless it
                                 qualifies a time */
    ABBREV_QUALIFIER = 1u << 6,/* a word that follows a time of day inside
                                 its sentence ("Monday", "Eastern") */
    ABBREV_CONJ = 1u << 7,    /* a conjunction joining the items of an
                                 enumeration inside a sentence ("and") */
    ABBREV_PRONOUN = 1u << 8, /* a pronoun written in lowercase inside a
                                 sentence ("il", "wir"): capitalised right
                                 after a word, it starts a sentence whose
                                 predecessor has no stop; also a starter */
    ABBREV_OPENER = 1u << 9,  /* a sentence adverb or connective written in
                                 lowercase inside a sentence ("leider",
                                 "cependant", "asimismo"): capitalised
                                 right after a word, before a comma or a
                                 lowercase word, it starts a sentence whose
                                 predecessor has no stop; also a starter */
    ABBREV_NONFINAL = 1u << 10,/* a word no sentence ends with (an article,
                                 a preposition: "par", "der"): what follows
                                 it is the rest of its phrase, a title or
                                 a name ("par Enfin seuls") */
    ABBREV_ORDINAL = 1u << 11  /* where ordinals take a period (@ordinals),
                                 a word beside which a number with one is
                                 an ordinal: a determiner or a contracted
                                 preposition before it ("am 3.", "seinem
                                 80."), a month after it ("3. Oktober");
                                 elsewhere the period ends a sentence
                                 ("starb mit 85. Freunde") */
};

/* The longest token an entry may be, in bytes. */
#define ABBREV_TOKEN_MAX 64
/* Suffix entries ("-str.") of at most this many different lengths. */
#define ABBREV_MAX_SUFFIX_LENS 8

/* The lexicon of one language; NULL-safe to free. */
typedef struct split_lang split_lang;

/* Loads data/abbrev/<language>.txt and data/abbrev/common.txt; a language
 * with no file, or `language` NULL or not a plain lowercase name, gets the
 * common list.  Errors: BRIEF_ENOMEM, BRIEF_EFORMAT (a malformed line). */
brief_status split_lang_new(const brief_allocator *a, const char *language,
                            split_lang **out);
void split_lang_free(split_lang *sl);

/* The ABBREV_* flags of every entry matching tok[0..n) (without its final
 * period).  Case rules: an exact match; an all-lowercase entry ("etc")
 * also matches "Etc" and "ETC"; upper-case text ("GEN") matches any entry.
 * So "Ill." (Illinois) never matches "ill." and "The" never matches "the".
 * A token no entry matches takes the flags of the suffix entries it ends
 * with, in any case, when two letters or more come before the suffix
 * ("Lindenstr" ends with "-str.").
 * 0 for a NULL lexicon or a token longer than ABBREV_TOKEN_MAX. */
unsigned abbrev_flags(const split_lang *sl, const char *tok, size_t n);
/* 1 when the language writes ordinals with a period ("3." for third). */
int abbrev_ordinals(const split_lang *sl);
/* 1 when the language writes titles in title case (English: "The Long
 * Walk"): a starter before a capital may open a title, not a sentence. */
int abbrev_titlecase(const split_lang *sl);
/* 1 when the language goes on in lowercase after a colon inside a
 * sentence (French, Spanish: "a dit : il faut"), so a capitalised pronoun
 * or opener after one opens a new sentence. */
int abbrev_colonlower(const split_lang *sl);

#endif
