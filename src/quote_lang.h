/*
 * quote_lang.h - the words of one language for the quotes stage, read
 * from data/quotes/<lang>.txt; private to the stage (quotes.c, quote_*.c).
 *
 * The file is a list of [section] headers, each followed by its entries,
 * one per line (see data/quotes/english.txt for what each section is for):
 *   - a word section gives each word in it a class bit (C_*) that the
 *     speaker patterns test; a word may be in several sections;
 *   - a suffix section lists word endings, compared byte for byte;
 *   - [according] lists the phrases that introduce a source ("according
 *     to X"), matched word by word;
 *   - [agent] lists a passive's participle with the word before its agent
 *     ("released by X"), matched word by word: X issued what is quoted;
 *   - [quoted-as] lists what stands between the person a verb of quoting
 *     names and the words quoted ("as saying": "the paper quoted X as
 *     saying"), matched word by word: X speaks, not the one quoting;
 *   - [phrasal] lists verbs of speech made of a verb and a particle ("shot
 *     back"): the verb is one of speech only with its particle;
 *   - [traits] names traits of the grammar (TRAIT_*) the patterns adapt
 *     to: "nouns-capitalised", "verb-second", "speaker-over-relay".
 * Any section may be missing: its class or list is then empty and the
 * patterns that need it never match (fewer attributions, never an error),
 * so a new language needs only its data file.
 */
#ifndef BRIEF_QUOTE_LANG_H
#define BRIEF_QUOTE_LANG_H

#include <stddef.h>
#include <stdint.h>

#include "brief.h"
#include "quotes.h"

/* Longest entry of any section, in bytes; longer words get no class. */
#define WORD_MAX 48

/* Word classes, one per word section. */
enum {
    C_SPEECH = 1u << 0,    /* [speech] */
    C_REPORT = 1u << 1,    /* [report] */
    C_PRON = 1u << 2,      /* [pronoun] */
    C_ROLE = 1u << 3,      /* [role] */
    C_HONOR = 1u << 4,     /* [honorific] */
    C_NAT = 1u << 5,       /* [nation] */
    C_ORG = 1u << 6,       /* [org] */
    C_LEAD = 1u << 7,      /* [lead] */
    C_SKIP = 1u << 8,      /* [skip] */
    C_NOTNAME = 1u << 9,   /* [notname] */
    C_CONJ = 1u << 10,     /* [conj] */
    C_PREP = 1u << 11,     /* [prep] */
    C_SUB = 1u << 12,      /* [sub] */
    C_MALE = 1u << 13,     /* [male]: "he", "Mr.", "husband": a man */
    C_FEMALE = 1u << 14,   /* [female]: "she", "Mrs.", "wife": a woman */
    C_ARTICLE = 1u << 15,  /* [article]: "the", "a" */
    C_DEFINITE = 1u << 16, /* [definite]: "the" */
    C_OF = 1u << 17,       /* [of]: "Secretary of State" */
    C_INVERT = 1u << 18,   /* [invert]: "…, said Alun Michael" */
    C_POSSDET = 1u << 19,  /* [possessive]: "his", "their" */
    C_FUSED = 1u << 20,    /* [fused-article]: a preposition fused with an
                              article ("zum", "im"): a noun follows */
    C_SUBJ = 1u << 21,     /* [subjunctive]: finite verbs of reported
                              speech ("sei", "habe"): the sentence goes on
                              in the voice of the one before */
    C_SOURCE_AFTER = 1u << 22, /* [according-after]: a word after the source
                              it introduces ("X zufolge") */
    C_IMPERS = 1u << 23,   /* [impersonal]: the empty subject of a verb of
                              speech whose source a preposition names
                              after it ("heißt es in dem Bericht") */
    C_SPNOUN = 1u << 24,   /* [speech-noun]: a noun of what someone said
                              ("Fazit", "Antwort"): "Das Fazit von X: „…“"
                              is X's */
    C_REL = 1u << 25,      /* [relative]: relative pronouns of persons
                              ("who"): ", X, who said "…"" is X's */
    C_VIEW = 1u << 26,     /* [view]: a preposition opening a sentence
                              with the person whose view it gives ("Für
                              X ist die Lage „…“") */
    C_ABSOLUTE = 1u << 27, /* [absolute]: a preposition opening a phrase
                              whose gerund has the name after it for its
                              subject ("with X saying") */
    C_JUDGE = 1u << 28,    /* [judge]: verbs of a view taking what they
                              judge "als „…“" ("der den Plan als „…“
                              sieht"), read only at a relative clause's end */
    C_FROM = 1u << 29,     /* [from]: the preposition naming whose words a
                              noun of something said holds ("a statement
                              from X said") */
    C_CITE = 1u << 30      /* [cite]: verbs of quoting someone: the one
                              quoted is their object ("zitierte die
                              Zeitung X"), their subject only relays */
};
/* [demonstrative]: words that stand for the words just quoted ("„…“ Das
 * sagte X", "Mit diesen Worten …"); the last bit, outside the enum (whose
 * values are ints) */
#define C_DEMO (1u << 31)

/* Suffix lists, one per suffix section. */
enum {
    SUF_POSSESSIVE, /* [possessive-suffix]: "Russia's" */
    SUF_ADJECTIVE,  /* [adjective-suffix]: "Islamic", "Chinese" */
    SUF_GERUND,     /* [gerund-suffix]: "speaking" */
    SUF_ROLE,       /* [role-suffix]: "Außenminister", "Parteichef" */
    SUF_ENCLITIC,   /* [enclitic-suffix]: French "dit-il", "a-t-elle" */
    SUF_ELISION,    /* [elision-prefix]: French "l'", Italian "dell'" */
    SUF_ABSTRACT,   /* [abstract-suffix]: endings of nouns of a thing,
                       never a person (German "-ung", "-heit") */
    SUF_LISTS
};

/* Traits of a language's grammar, from the entries of [traits]. */
enum {
    TRAIT_NOUN_CAPS = 1u << 0, /* nouns-capitalised: every noun has a capital
                                  ("der Minister"), so a capital after an
                                  article is a noun, not a name */
    TRAIT_V2 = 1u << 1,        /* verb-second: the subject may follow the
                                  finite verb ("Dann sagte Ana Lopez:") */
    TRAIT_RELAY_SPEAKER = 1u << 2, /* speaker-over-relay: "sagte X laut Y"
                                  is X's quote, Y only the medium that
                                  relays it (English gives it to Y) */
    TRAIT_PRO_DROP = 1u << 3   /* subject-dropped: a finite verb needs no
                                  subject ("«…», añadió."): a verb of
                                  speech alone is the last voice's */
};

/* Parses the bytes of a language file; bytes are borrowed and must
 * outlive *out (the compiled-in data does).  *out is freed with
 * quote_lang_destroy.  Errors: BRIEF_ENOMEM, BRIEF_EFORMAT (an unknown
 * section or trait, an entry before any section or longer than
 * WORD_MAX). */
brief_status quote_lang_parse(const brief_allocator *a, const char *bytes, size_t len,
                              quotes_lang **out);
/* NULL is a no-op. */
void quote_lang_destroy(quotes_lang *ql);

/* ASCII-lowercased copy of w[0..n) into buf (NUL-terminated, at least
 * WORD_MAX bytes); n, or 0 when the word is too long. */
size_t lower_word(const char *w, size_t n, char *buf);
/* The class bits of a word, its ASCII capitals folded; 0 for none. */
uint32_t word_class(const quotes_lang *ql, const char *w, size_t n);
/* Marks the lists as another language's (a text in a language without a
 * file of its own gets English's): a pattern that must tell a person
 * from any capitalised noun, as in German, is then not tried. */
void quote_lang_set_borrowed(quotes_lang *ql);
int quote_lang_borrowed(const quotes_lang *ql);
/* The class bits its word lists hold at least one word of: a pattern
 * that reads a frame from what a word is not (a verb of no list) is only
 * tried where the lists say what frames are. */
uint32_t quote_lang_classes(const quotes_lang *ql);
/* 1 when the language has trait t (TRAIT_*). */
int quote_lang_trait(const quotes_lang *ql, unsigned t);
/* The length of the first of the endings of suffix list `list` (SUF_*)
 * that w[0..n) is longer than and ends with, or 0 when none. */
size_t word_suffix_len(const quotes_lang *ql, int list, const char *w, size_t n);
/* The length of the elided word of list SUF_ELISION (its apostrophe
 * straight or typographic) that w[0..n) starts with and is longer than,
 * or 0 when none ("l'Élysée" -> 2, "l’Élysée" -> 4). */
size_t word_elision_len(const quotes_lang *ql, const char *w, size_t n);
/* 1 when w[0..n) ends with one of those endings (word_suffix_len > 0). */
int word_ends_with(const quotes_lang *ql, int list, const char *w, size_t n);
/* The i-th phrase of [according] (n bytes, words separated by one
 * space), or NULL past the last. */
const char *according_phrase(const quotes_lang *ql, size_t i, size_t *n);
/* The i-th phrase of [agent] ("released by"), or NULL past the last. */
const char *agent_phrase(const quotes_lang *ql, size_t i, size_t *n);
/* The i-th phrase of [quoted-as] ("as saying"), or NULL past the last. */
const char *quoted_as_phrase(const quotes_lang *ql, size_t i, size_t *n);
/* The i-th phrase of [phrasal] (a verb and its particles: "shot back"),
 * or NULL past the last. */
const char *phrasal_verb(const quotes_lang *ql, size_t i, size_t *n);

#endif
