/*
 * select.h - stage 7: the best set of sentences under a length budget.
 *
 * The objective is monotone submodular, after Lin & Bilmes (2011) and
 * Gillick & Favre (2009):
 *     F(S) = sum of the weights of the concepts S covers / Cmax
 *          + lambda * sum over S of TextRank score / Rmax
 * where concepts are word bigrams (not both stopwords) and, at a tenth of
 * the weight, content words, weighted by the number of documents (or, for
 * one document, sentences) that contain them.
 * Covering a concept twice earns nothing, which rewards saying more
 * different things; a cosine cap between chosen sentences removes the
 * near-duplicates that share no bigram.  The budget is a knapsack: lazy
 * greedy by gain per cost^0.3, which goes on past the first sentence that
 * does not fit and so fills the room left, compared with the best single
 * sentence (Khuller, Moss & Naor 1999).  What room is still left goes to
 * trades: a pick swapped for a longer sentence that fits, when F does not
 * fall.
 */
#ifndef BRIEF_SELECT_H
#define BRIEF_SELECT_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "tokens.h"
#include "vectors.h"

/* Bigram concepts of a set of sentences. */
typedef struct concepts {
    uint32_t **ids;     /* per sentence: distinct concept ids */
    uint32_t *n;        /* per sentence: how many */
    double *weight;     /* per concept */
    size_t count;       /* number of concepts */
} concepts;

/*
 * Extracts the bigram concepts of n sentences (tokens[i][0..ntok[i]) with
 * stopword flags from v) and weights them: by document frequency when the
 * sentences come from several documents (doc[]), by sentence frequency for
 * one document.  Concepts below the minimum frequency get weight 0 and are
 * left out.  out's arrays are in ar, each list at its size; the map of
 * concepts is scratch from ar's allocator, sized by the concepts met and
 * freed before returning.  Errors: BRIEF_ENOMEM.  Cost: linear in the
 * tokens.
 */
brief_status select_concepts(arena *ar, const vocab *v, uint32_t *const *tokens,
                             const uint32_t *ntok, const uint32_t *doc, size_t n,
                             concepts *out);

typedef struct select_params {
    double lambda;      /* weight of TextRank against concept coverage */
    double cost_power;  /* gain / cost^cost_power in the greedy ratio */
    double max_cosine;  /* reject a sentence this similar to a chosen one */
} select_params;

void select_params_default(select_params *p);

/* What a sentence needs told before it: one of the terms (none when
 * terms.n is 0) in a chosen sentence of index from .. i-1, the few
 * sentences of its article just before it. */
typedef struct select_need {
    svec terms;
    size_t from;
} select_need;

typedef struct select_input {
    size_t n;
    const double *cost;          /* per sentence, > 0 */
    const double *rank;          /* TextRank score */
    const unsigned char *usable; /* 0: cannot stand alone */
    const svec *vecs;
    const concepts *con;         /* may be NULL: rank only */
    double budget;               /* total cost allowed */
    /* What sentences need told before them (both NULL: nothing): the
     * sentence i needs needs[need_of[i]], or nothing when need_of[i] is
     * UINT32_MAX.  Few sentences need anything, so needs is short. */
    const select_need *needs;
    const uint32_t *need_of;
} select_input;

/*
 * Budgets.  A budget (brief.h) counts sentences, words, characters, bytes
 * or a share of the input's words; selection sees a cost per sentence and
 * a capacity.  Sentences are joined by one space: for characters and bytes
 * each sentence's cost counts one, and the capacity gets one more so the
 * last sentence needs none.
 */

/* 1 when the budget is one brief can meet: a known unit, a number >= 0 and
 * at most 1e15, a ratio in (0, 1]; 0 otherwise (NaN included). */
int select_budget_valid(const brief_budget *b);

/* The cost of one sentence (text[0..len), `words` whitespace words in it)
 * under a valid budget's unit. */
double select_budget_cost(brief_budget_unit unit, const char *text, size_t len, size_t words);

/* The total cost a valid budget allows, for an input of total_words
 * whitespace words (what a ratio is taken of). */
double select_budget_capacity(const brief_budget *b, size_t total_words);

/*
 * Chooses sentences; *chosen (arena) receives their indices in the order
 * they were picked.  Sentences marked not usable are taken only when no
 * usable one fits; a sentence with needs only after a sentence before it
 * that meets them, and never alone.  Errors: BRIEF_ENOMEM.
 */
brief_status select_sentences(arena *ar, const select_input *in,
                              const select_params *p, size_t **chosen,
                              size_t *nchosen);

#endif
