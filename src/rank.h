/*
 * rank.h - stage 6: TextRank over the sentences of all sources.
 *
 * The graph has an edge between every two sentences, weighted by the
 * cosine of their TF-IDF vectors and multiplied by `cross_source` when the
 * two come from different documents (agreement between sources counts
 * more than repetition within one).  Its PageRank, with a personalised
 * teleport vector (the lead/position prior), scores each sentence.
 *
 * The graph is never built pair by pair: with W = X X^T (X the sentence by
 * term matrix), W q = X (X^T q) costs one pass over the inverted index, so
 * each power iteration is linear in the number of (sentence, term) entries
 * and the result is exact, not pruned.
 */
#ifndef BRIEF_RANK_H
#define BRIEF_RANK_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "vectors.h"

typedef struct rank_params {
    double damping;      /* probability of following an edge */
    double cross_source; /* edge weight factor between documents (>= 1) */
    double min_degree;   /* weighted degrees below this leak to teleport */
    int max_iter;
    double tol;          /* stop when the L1 change falls below */
} rank_params;

void rank_params_default(rank_params *p);

/*
 * Scores n sentences.  doc[i] is the document of sentence i and must be
 * non-decreasing; prior[i] >= 0 is the teleport weight (normalised here;
 * all zero means uniform); nterms bounds the term ids.  score[] receives
 * the PageRank (sums to 1).  Errors: BRIEF_ENOMEM.
 * Cost: O(iterations * entries), memory O(n + nterms).
 */
/*
 * The lead prior: news puts what matters first, so the teleport weight of
 * the k-th sentence of a document falls as 1/(k+1)^RANK_POSITION_DECAY,
 * plus RANK_POSITION_FLOOR so late sentences keep a voice.  Tuned on DUC
 * 2003 (docs/evaluation.md).
 */
#define RANK_POSITION_DECAY 1.0
#define RANK_POSITION_FLOOR 0.05

/* Fills prior[0..nsents) for the sentences of one document, in reading
 * order, summing to 1: each document gets an equal share of the teleport
 * vector however long it is. */
void rank_lead_prior(size_t nsents, double *prior);

brief_status rank_textrank(arena *ar, const svec *vecs, const uint32_t *doc,
                           size_t n, size_t nterms, const double *prior,
                           const rank_params *p, double *score);

#endif
