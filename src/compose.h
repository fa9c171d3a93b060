/*
 * compose.h - stage 10: the brief of one story, from ranked sentences and
 * attributed quotes.
 *
 * - Key points: candidate sentences (able to stand alone, in neutral
 *   wording) are ranked by TextRank times their support: the number of
 *   sources that tell the same fact (a sentence of another source with a
 *   cosine of at least 0.45).  Points are chosen greedily; a candidate too
 *   close to a chosen point is the same fact and is not shown again (its
 *   source is already listed with that point).  Each time a source supplies
 *   a point its next candidates count less, so no single source supplies
 *   most points when others carry the facts too; the sentence shown for a
 *   fact is the one from the least used source among its near-equals.
 *   A running figure is one fact too: two sentences that each give a
 *   figure for the same counted thing (data/counts/<lang>.txt: the dead,
 *   the injured, the homeless...) and share a name ("killed at least 74
 *   in Luzon", "the toll in Luzon rose to 129") are the same fact for
 *   support and redundancy, whatever their other words.  A candidate
 *   whose words other than names are mostly (0.6 of their TF-IDF weight)
 *   in one sentence shown already is not shown either: a short sentence
 *   inside a long lead has a low cosine with it, yet tells nothing new.
 *   Facts come before claims (sentences that report what someone said).
 *   A sentence whose subject is a definite description naming nothing
 *   ("The minister said it had been the envoy's idea") is shown only
 *   after the lead or a point that holds one of its words, and is never
 *   the lead: the reader has not seen what it refers to.
 * - Lead: the best such candidate overall; headline: the source title
 *   closest to the story's centroid, loaded or questioning titles last.
 * - Quotes: full quotes with a speaker, the same quote in several sources
 *   merged, at most one per speaker, strongest first.
 */
#ifndef BRIEF_COMPOSE_H
#define BRIEF_COMPOSE_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "vectors.h"

typedef struct compose_sentence {
    const char *text;     /* folded */
    uint32_t doc, index;
    size_t start, end;
    double score;         /* TextRank */
    const svec *vec;
    unsigned usable;      /* can stand alone */
    unsigned neutral;     /* NEUTRAL_* flags */
    uint32_t words;
    /* Opens with a definite description that names nothing
     * (standalone_definite): a subject ("The minister said", 1) is shown
     * only after a sentence holding one of its words ref[0..nref) (term ids
     * of vec's space); an opening clause ("During the call,", 2) only
     * after the sentence before it in its article. */
    unsigned definite;
    const uint32_t *ref;
    uint32_t nref;
    uint32_t counted;     /* the things it gives a figure for (counts_things) */
} compose_sentence;

typedef struct compose_quote {
    const char *text, *speaker, *role;
    int partial;
    uint32_t doc;
    size_t start, end;
    double score;         /* TextRank score of the sentence it stands in */
    uint32_t words;
} compose_quote;

typedef struct compose_doc {
    const char *title, *name, *file;
    const char *url, *date, *author;  /* or NULL */
    const svec *title_vec;   /* may have n == 0 */
    unsigned title_neutral;  /* NEUTRAL_* flags of the title */
} compose_doc;

typedef struct compose_input {
    const compose_sentence *s; /* ordered by document, then position */
    size_t n;
    const compose_doc *docs;
    size_t ndocs;
    const compose_quote *q;
    size_t nq;
    size_t nterms;
    const char *language;
    /* Per term below nterms: 1 for a name (capitalised mid-sentence in
     * most of its uses); NULL: none known. */
    const unsigned char *name_term;
} compose_input;

/*
 * Fills *d; every string and array of it is allocated in out_ar, scratch
 * work in scratch.  Errors: BRIEF_EEMPTY (no sentence), BRIEF_ENOMEM.
 * Cost: linear in the input plus the postings of each candidate's terms.
 */
brief_status compose_digest(arena *out_ar, arena *scratch, const compose_input *in,
                            const brief_compose_options *o, brief_digest *d);

#endif
