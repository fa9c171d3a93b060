/*
 * standalone.h - can a sentence be shown on its own?
 *
 * A summary or a key point is read out of context, so a sentence is passed
 * over when it opens with a pronoun or connective that points back
 * (data/standalone/<lang>.txt: "He said", "However,") or holds one set off
 * by commas ("The firm, however, said"), asks a question, is a
 * fragment (no final punctuation, or very short), continues a quotation
 * opened in an earlier sentence, or is mostly direct quotation: a quote
 * speaks in someone else's voice and belongs, attributed, in the quotes of
 * a brief, not in its summary (on DUC 2003, passing over sentences at
 * least 30% inside quotation marks added 0.3 ROUGE-1 and 0.2 ROUGE-2).
 */
#ifndef BRIEF_STANDALONE_H
#define BRIEF_STANDALONE_H

#include <stddef.h>
#include <stdint.h>

#include "brief.h"

typedef enum standalone_reason {
    STANDALONE_OK = 0,
    STANDALONE_DANGLING,   /* opens with a pronoun or connective */
    STANDALONE_QUESTION,
    STANDALONE_FRAGMENT,   /* unfinished or too short */
    STANDALONE_IN_QUOTE,   /* continues an earlier sentence's quotation */
    STANDALONE_QUOTED      /* mostly direct quotation */
} standalone_reason;

typedef struct standalone_lang standalone_lang;

/* Loads data/standalone/<language>.txt; a language with no list checks only
 * punctuation and length.  Errors: BRIEF_ENOMEM. */
brief_status standalone_lang_new(const brief_allocator *a, const char *language,
                                 standalone_lang **out);
void standalone_lang_free(standalone_lang *sl);

/* The share of the bytes of s[0..len) that stand between double quotation
 * marks (" “ ” and the newswire `` ''). */
double standalone_quote_share(const char *s, size_t len);

/* Judges the whitespace-folded sentence s[0..len) with its split flags
 * (SPAN_* from split.h) and word count. */
standalone_reason standalone_check(const standalone_lang *sl, const char *s,
                                   size_t len, uint32_t flags, size_t words);

/*
 * Does the sentence open with a definite description that names nothing?
 * Such a description refers back to something the article introduced
 * earlier, so shown alone the sentence needs its antecedent shown first.
 * Returns STANDALONE_DEFINITE_SUBJECT for a subject ("The minister said
 * it had been the envoy's idea"), STANDALONE_DEFINITE_CLAUSE for an
 * opening clause ("During the call, Lavrov said": one particular event,
 * told in the sentence before), with the bytes of the description's words
 * (at most four, up to punctuation or a word that ends a subject:
 * s[*np .. *np + *nplen)); 0 when the description holds a capital or a
 * figure ("The February meeting") or the sentence does not open with one.
 * The determiners, the prepositions that may open such a clause and the
 * words that end a subject are the '=', '<' and '-' entries of
 * data/standalone/<lang>.txt.
 */
enum { STANDALONE_DEFINITE_SUBJECT = 1, STANDALONE_DEFINITE_CLAUSE = 2 };
int standalone_definite(const standalone_lang *sl, const char *s, size_t len, size_t *np,
                        size_t *nplen);

#endif
