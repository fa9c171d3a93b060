/*
 * cluster.h - stage 9: documents into stories (daily mode).
 *
 * Each document is a sparse TF-IDF vector (its title weighted more than its
 * body; IDF from the day's own folder, which is a fair background when it
 * holds many stories).  Documents whose similarity passes a threshold are
 * grouped into stories; stories are ranked by how many distinct sources
 * carry them, then by size.  Also: MinHash signatures of documents, so an
 * engine outside brief can bring each story's articles together at scale.
 */
#ifndef BRIEF_CLUSTER_H
#define BRIEF_CLUSTER_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "vectors.h"

typedef struct cluster_params {
    double threshold;     /* group-average cosine needed to merge two groups
                             (the mean over all their cross pairs) when a
                             publication day is unknown */
    unsigned index_terms; /* heaviest terms per document used to find
                             candidate neighbours */
    unsigned neighbours;  /* candidates kept per document */
    /* Publication days (days since 1970-01-01, or CLUSTER_NO_DAY), one per
     * document, or NULL.  Two groups whose days are all known merge at
     * near_threshold when they lie within near_days of each other, at
     * far_threshold when farther apart: articles of one story published
     * close together tell it from different angles.  After a first pass, a
     * group of at most straggler_size documents joins a story of 3 or more
     * published within straggler_days of it at straggler_threshold: the
     * follow-ups of a story drift in wording but not in time. */
    const int32_t *day;
    double near_threshold;
    double far_threshold;
    int32_t near_days;
    unsigned straggler_size;
    double straggler_threshold;
    int32_t straggler_days;
} cluster_params;

#define CLUSTER_NO_DAY INT32_MIN

/* The first date written as YYYY-MM-DD or YYYYMMDD (years 1900-2099) in s,
 * as days since 1970-01-01, or CLUSTER_NO_DAY (also for NULL): front
 * matter dates, and archive file names such as "APW19981017.0151" or
 * "2026-11-22-budget.txt". */
int32_t cluster_day_in(const char *s);

void cluster_params_default(cluster_params *p);

/*
 * Groups n documents.  vecs[i] is the unit vector of document i (terms
 * ascending); nterms bounds the term ids.  story[i] receives the story
 * number of document i, from 0, numbered in the order stories first appear
 * in the input; *nstories their count.  Errors: BRIEF_ENOMEM.
 * Cost: near-linear in the total number of vector entries (candidate pairs
 * come from an inverted index with very common terms pruned; no
 * all-pairs comparison).
 */
brief_status cluster_documents(arena *ar, const svec *vecs, size_t n, size_t nterms,
                               const cluster_params *p, uint32_t *story,
                               size_t *nstories);

/* The recipe the defaults were tuned with (brief daily and
 * tests/tools/groupeval on DUC 2003, samples/ and the BBC corpus; figures
 * in cluster.c): an IDF prior of 10 background documents, title words
 * counted twice in the text part, the body's first 150 content words (what
 * the article leads with), or 400 when its publication day is known (time
 * then vouches for the topic), a name (capitalized mid-sentence) counted 3
 * times, headline part 0.3 of the squared length. */
#define CLUSTER_IDF_PRIOR 10.0
#define CLUSTER_TITLE_WEIGHT 2.0
#define CLUSTER_TITLE_SHARE 0.3
#define CLUSTER_LEAD_WORDS 150
#define CLUSTER_LEAD_WORDS_DATED 400
#define CLUSTER_NAME_WEIGHT 3.0

/*
 * IDF for document vectors: log((N + 1) / (df + 0.5)) over the documents
 * themselves (local_df over local_n) plus, when a background table t is
 * given, prior_docs pseudo-documents with the table's document shares.  A
 * large day's folder outweighs the prior; five articles on one topic do
 * not make their shared names worthless.  Stopwords get 0.
 * Arena-allocated, one weight per id of v; NULL when out of memory.
 */
float *cluster_idf_weights(arena *ar, const vocab *v, const idf_table *t,
                           const uint32_t *local_df, size_t local_n, double prior_docs);

/*
 * A document vector for cluster_documents, in two parts.  The text part:
 * per stem, title occurrences count title_weight each and occurrences in
 * the body's first lead_words content words (0: all) 1, or name_weight
 * where body_names (NULL: none; one flag per body id, see tok_text_names)
 * marks a name; weight (1 + ln tf) times idf[id] (ids with idf <= 0, e.g.
 * stopwords, are left out).  The headline part: the distinct title stems, weight
 * idf, with ids shifted by nterms (pass the vocabulary size; the vector's
 * ids are then < 2 * nterms, the bound to give cluster_documents).  With a
 * title the parts get squared lengths 1 - title_share and title_share, so
 * the cosine of two titled documents is (1 - s) * text cosine + s *
 * headline cosine; without a title the text part alone has unit length.
 * Terms ascending.  An empty document gives n == 0.  Errors: BRIEF_ENOMEM.
 */
brief_status cluster_doc_vector(arena *ar, const uint32_t *title, size_t ntitle,
                                const uint32_t *body, const uint8_t *body_names, size_t nbody,
                                const float *idf, size_t nterms, double title_weight,
                                double title_share, size_t lead_words, double name_weight,
                                svec *out);

/* 64-bit FNV-1a of a stem: stable across runs and machines (term ids are
 * not), the input of cluster_minhash. */
uint64_t cluster_stem_hash(const char *stem, size_t len);

/* MinHash signature of a set of stem hashes: sig[k] = min over the set of
 * h_k(x), k < nhash, with h_k fixed universal hashes, so the share of equal
 * entries of two signatures estimates the Jaccard similarity of the two
 * sets, on any machine.  Duplicates in the set do not matter.  An empty set
 * gives all UINT32_MAX. */
void cluster_minhash(const uint64_t *hashes, size_t n, uint32_t *sig, size_t nhash);

#endif
