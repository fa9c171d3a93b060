/*
 * story_rank.h - the ranking of a story's sentences, shared by summaries
 * (summary.c) and composed briefs (digest.c): the documents analyzed, their
 * sentences gathered in reading order, TF-IDF vectors (vectors.c) with
 * their terms renumbered densely, TextRank with the lead prior (rank.c).
 */
#ifndef BRIEF_STORY_RANK_H
#define BRIEF_STORY_RANK_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "story.h"
#include "vectors.h"

/* Everything ranking computes for a story.  The arrays live in the arena
 * given to story_rank; the sentences, token ids and idf are borrowed from
 * the story (idf may be the story's st->idf_all). */
typedef struct ranking {
    size_t n;                   /* sentences, of all documents ranked */
    size_t nv;                  /* local term ids 0..nv-1 */
    size_t total_words;         /* whitespace words in the documents ranked */
    uint32_t *global_of;        /* local term id -> vocabulary id */
    const brief_sentence **sent;
    uint32_t **tok;
    uint32_t *ntok, *docid, *flags;
    double *score;              /* TextRank, sums to 1 */
    svec *vecs;                 /* terms in local ids */
    const float *idf;           /* by vocabulary id */
} ranking;

/*
 * Ranks the sentences of documents subset[0..nsubset) (ascending, each
 * once; NULL: every document), result in ar (TextRank's scratch, the
 * lead prior and its iteration vectors, in an arena of its own freed
 * before returning).  Between this
 * and ranking_release the story's renumbering map is in use: call
 * ranking_release before the next story_rank on the same story.  On error
 * the story's message is set, with `what` as the name ("summarize"), and
 * nothing needs releasing.  Errors: BRIEF_EEMPTY (no sentences),
 * BRIEF_ELIMIT, BRIEF_ENOMEM and analysis's.
 */
brief_status story_rank(brief_story *st, arena *ar, const char *what, const size_t *subset,
                        size_t nsubset, ranking *r);

/* Gives the story's renumbering map back (all UINT32_MAX again). */
void ranking_release(brief_story *st, ranking *r);

/* The TF-IDF vector of another token sequence (a title) in the ranking's
 * local term ids, in ar; its terms no ranked sentence uses are dropped.
 * Only while the ranking holds the map.  Errors: BRIEF_ENOMEM. */
brief_status ranking_vector(const brief_story *st, arena *ar, const ranking *r,
                            const uint32_t *ids, size_t n, svec *out);

#endif
