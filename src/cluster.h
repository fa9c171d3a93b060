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
    /* A straggler join needs at least dated_specific of its dot product
     * (each term's part capped at topic_term_cap of the threshold) on
     * specific terms (as straggler_spread says; 0: no such check): at
     * so low a threshold any two articles of one broad subject published
     * the same week meet (sport, markets, film awards); a story's sidebar
     * or profile shares the story's own names and turns, which few other
     * documents write. */
    double dated_specific;
    /* For that check a term is specific when at most the larger group's
     * documents plus straggler_spread per document of the smaller one
     * contain it (not topic_spread times both sizes: a large story's
     * size would make its whole subject's vocabulary specific). */
    double straggler_spread;
    /* And it must still pass straggler_threshold when no term adds more
     * than straggler_term_cap of it (0: no such check). */
    double straggler_term_cap;
    /* The second stage (NULL topic: none; the defaults leave it NULL).
     * topic[i] is document i's topic vector (its whole text; ids below
     * topic_terms; cluster_topic_vectors).  After the first stage, two
     * groups of which at least one has no known day merge when the group
     * average of their topic vectors is at least topic_threshold, that of
     * their (first-stage) vectors at least topic_lead_floor, the smaller
     * has at most topic_small documents (0: any), and each average is at
     * least topic_cohesion (topic_lead_cohesion) times the mean inner
     * cosine of each group of two or more (0: no such check): a story
     * found in the lead is joined by the fragments that tell it further
     * down, while two stories that each carry their own lead stay two. */
    const svec *topic;
    size_t topic_terms;
    double topic_threshold;
    double topic_cohesion;
    double topic_lead_floor;
    double topic_lead_cohesion;
    unsigned topic_small;
    /* Event evidence for the second stage (NULL anchor: no such check).
     * anchor[i] is document i's anchor vector (the names it writes;
     * cluster_anchor_vector; ids below topic_terms).  Two groups join only
     * when at least topic_anchors distinct anchors are each written by at
     * least topic_anchor_share of the members of both groups (at least
     * one member each), anchors written by more than the posting cap's
     * share of the day's documents not counted: a story's days share its
     * people and places, two stories of one subject share a common word. */
    const svec *anchor;
    unsigned topic_anchors;
    double topic_anchor_share;
    /* The most any one term may add to the topic average of a join, as a
     * share of topic_threshold (0: no cap). */
    double topic_term_cap;
    /* The least share of a join's topic dot product (each term's part
     * capped as above) that terms contained in at most topic_spread times
     * as many documents as the two groups have must carry (0: no such
     * check; needs the terms' document frequencies, taken from topic): a
     * join resting on a broad subject's vocabulary, which much of the day
     * writes, is refused; one event's own names and turns are in few
     * documents beyond its own. */
    double topic_specific;
    double topic_spread;
    /* Datelines for the second stage (NULL: none).  place[i] is the
     * place document i was filed from (cluster_dateline_place; 0: no
     * dateline).  Two groups that each have a member filed from one place,
     * a place at most the two groups' documents plus place_slack of the
     * day were filed from, join at place_threshold and place_lead_floor
     * instead of topic_threshold and topic_lead_floor (every other check
     * as usual), and two lone articles join at all (which they otherwise
     * never do in the second stage): a wire story's days are filed from
     * where it happens. */
    const uint64_t *place;
    double place_threshold;
    double place_lead_floor;
    double place_slack;
    double place_share; /* and at most this share of the day's documents */
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

/* A document's publication day: the date of its front matter, else one in
 * its file name (path's last component), else CLUSTER_NO_DAY. */
int32_t cluster_doc_day(const char *date, const char *path);

/* One story of a day: its documents, ascending, and how many distinct
 * sources (source names equal but for ASCII case count once) carry it. */
typedef struct cluster_story {
    size_t *docs;
    size_t ndocs, nsources;
} cluster_story;

/*
 * Orders the nstories stories that cluster_documents found (story[i] of
 * document i) as a reader should meet them: more distinct sources first,
 * then more documents, then the one that appears first in the input;
 * source[i] names who published document i.  out[0..nstories) receives them; their document lists are allocated in
 * `keep`, scratch in ar.  Errors: BRIEF_ENOMEM.
 */
brief_status cluster_rank_stories(arena *ar, arena *keep, const char *const *source, size_t n,
                                  const uint32_t *story, size_t nstories, cluster_story *out);

/* MinHash signature of a set of stem hashes (hash_bytes of each stem:
 * stable across runs and machines, as term ids are not): sig[k] = min over the set of
 * h_k(x), k < nhash, with h_k fixed universal hashes, so the share of equal
 * entries of two signatures estimates the Jaccard similarity of the two
 * sets, on any machine.  Duplicates in the set do not matter.  An empty set
 * gives all UINT32_MAX. */
void cluster_minhash(const uint64_t *hashes, size_t n, uint32_t *sig, size_t nhash);

#endif
