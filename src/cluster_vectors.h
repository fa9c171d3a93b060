/*
 * cluster_vectors.h - stage 9, its input: one sparse vector per document
 * for cluster_documents (cluster.h), from the document's title and what it
 * leads with, names weighted.
 */
#ifndef BRIEF_CLUSTER_VECTORS_H
#define BRIEF_CLUSTER_VECTORS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "cluster.h"
#include "tokens.h"
#include "vectors.h"

/* The recipe the defaults were tuned with (brief daily and
 * tests/tools/groupeval on DUC 2003, samples/ and the BBC corpus; figures
 * in cluster.c and cluster_vectors.c): an IDF prior of 10 background documents, title words
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

/* What grouping needs of one analyzed document (all borrowed). */
typedef struct cluster_doc {
    const uint32_t *title;      /* token ids of the title */
    size_t ntitle;
    uint32_t *const *tok;       /* per sentence: token ids */
    uint8_t *const *names;      /* per sentence: per token, 1 for a name */
    const uint32_t *ntok;       /* per sentence: how many */
    size_t nsents;
} cluster_doc;

/*
 * The vectors of n documents for cluster_documents, by the CLUSTER_*
 * recipe: IDF from the documents themselves (each counted once per
 * document, title included) with CLUSTER_IDF_PRIOR documents of the
 * background table t (may be NULL; vec_idf_weights_prior), the lead
 * CLUSTER_LEAD_WORDS_DATED long where day[i] is known, else
 * CLUSTER_LEAD_WORDS.  nterms is the vocabulary size (ids below it);
 * *vec_terms receives the bound on the vectors' ids (2 * nterms: the
 * headline part).  Scratch and vectors in ar.  Errors: BRIEF_ENOMEM.
 */
brief_status cluster_doc_vectors(arena *ar, const vocab *v, const idf_table *t,
                                 const cluster_doc *docs, size_t n, const int32_t *day,
                                 svec *out, size_t *vec_terms);

/*
 * The topic vectors of n documents for the second stage of
 * cluster_documents (cluster_params.topic): plain log TF-IDF of the whole
 * text, title words once, no name weight and no headline part, IDF from
 * the documents alone (each term once per document, title included).  What
 * an article tells further down, after its lead, is what ties the days of
 * one story together; plain weights because the lead vectors already
 * carry the names and the headline.  Ids below the vocabulary size
 * (*vec_terms).  Scratch and vectors in ar.  Errors: BRIEF_ENOMEM.
 */
brief_status cluster_topic_vectors(arena *ar, const vocab *v, const cluster_doc *docs, size_t n,
                                   svec *out, size_t *vec_terms);

/*
 * A document's anchors for the second stage (cluster_params.anchor): the
 * content stems (not stopwords) of body[0..nbody) that it writes as names
 * (body_names, see tok_text_names: capitalized mid-sentence) at least as
 * often as not, each once with weight 1, terms ascending.  Case decides:
 * a brewer called Fosters is an anchor, the foster parents of another
 * story are not, though both fold to one stem.  Titles are left out (a
 * headline capitalizes every word).  Errors: BRIEF_ENOMEM.
 */
brief_status cluster_anchor_vector(arena *ar, const vocab *v, const uint32_t *body,
                                   const uint8_t *body_names, size_t nbody, svec *out);

/* The anchor vectors of n documents (cluster_anchor_vector over each
 * one's sentences), in ar.  Errors: BRIEF_ENOMEM. */
brief_status cluster_anchor_vectors(arena *ar, const vocab *v, const cluster_doc *docs, size_t n,
                                    svec *out);

/* The place of a wire dateline opening text (at most len bytes): "BANGKOK,
 * Thailand (AP) _", "UNITED NATIONS --", "CAIRO —": a run of words in
 * capitals (letters and inner '.', '\'', '-'), optionally ", Region" (or ", Dec 4") and
 * "(AGENCY)", then '_', a dash or an em or en dash.  Returns the hash
 * (hash_bytes) of the place's words joined by single spaces, or 0 when
 * the text does not open with a dateline. */
uint64_t cluster_dateline_place(const char *text, size_t len);

#endif
