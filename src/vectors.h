/*
 * vectors.h - stage 5: sparse TF-IDF vectors per sentence, and the IDF
 * weights behind them.
 *
 * IDF comes from a background collection, never from only the documents
 * being summarized (their own topic words would get no weight): the table
 * shipped with brief (data/idf/english.tsv, built from WordNet's glosses),
 * a table the user builds with `brief idf DIR`, or, for a large input, the
 * input itself.  Stems missing from the table count as rare.
 */
#ifndef BRIEF_VECTORS_H
#define BRIEF_VECTORS_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "brief.h"
#include "tokens.h"

/* A background table: document counts per stem. */
typedef struct idf_table idf_table;

/* Parses a table ("# brief-idf 1 LANGUAGE DOCS" then "stem<TAB>count"
 * lines).  Errors: BRIEF_EFORMAT, BRIEF_ENOMEM. */
brief_status idf_parse(const brief_allocator *a, const char *bytes, size_t len,
                       idf_table **out);
void idf_free(idf_table *t);
const char *idf_language(const idf_table *t);
double idf_documents(const idf_table *t);
/* Document count of a stem, 0 when absent. */
double idf_count(const idf_table *t, const char *stem, size_t len);

/* Counts documents per stem, for `brief idf`. */
typedef struct idf_counter idf_counter;
idf_counter *idf_counter_new(const brief_allocator *a);
void idf_counter_free(idf_counter *c);
/* Counts each distinct stem of ids[0..n) once, as one document. */
brief_status idf_counter_add(idf_counter *c, const vocab *v,
                             const uint32_t *ids, size_t n);
size_t idf_counter_documents(const idf_counter *c);
/* Writes the table to f; stems in fewer than min_docs documents and
 * stopwords are left out.  Returns 0 on success, -1 on a write error. */
int idf_counter_write(const idf_counter *c, const vocab *v, const char *language,
                      unsigned min_docs, void *file);

/* A sparse vector: terms ascending, weights L2-normalised. */
typedef struct svec {
    uint32_t *term;
    float *w;
    uint32_t n;
} svec;

/*
 * The one IDF formula (sentence vectors, document vectors, teasers):
 * ln((ndocs + 1) / (df + 0.5)), or `floor` when that is less.  Callers
 * differ only in where df and ndocs come from and in the floor: sentence
 * vectors keep 0.05 so a word in every document still counts a little;
 * document vectors and teasers use 0, which never applies when df <= ndocs.
 */
double vec_idf(double df, double ndocs, double floor);

/* Floor of the sentence vectors' IDF (vec_idf_weights, vec_input_idf). */
#define VEC_IDF_FLOOR 0.05

/*
 * IDF weight for every id of v: vec_idf with df from the table, or, with no
 * table, from `local_df` over `local_n` units (pass local_n 0 for uniform
 * weights 1); floor VEC_IDF_FLOOR.  Stopword ids get 0.  Arena-allocated;
 * NULL when out of memory.
 */
float *vec_idf_weights(arena *ar, const vocab *v, const idf_table *t,
                       const uint32_t *local_df, size_t local_n);

/*
 * IDF for document vectors: vec_idf (floor 0) over the documents
 * themselves (local_df over local_n) plus, when a background table t is
 * given, prior_docs pseudo-documents with the table's document shares.  A
 * large day's folder outweighs the prior; five articles on one topic do
 * not make their shared names worthless.  With no documents and no prior
 * every weight is 1.  Stopwords get 0.  Arena-allocated, one weight per id
 * of v; NULL when out of memory.
 */
float *vec_idf_weights_prior(arena *ar, const vocab *v, const idf_table *t,
                             const uint32_t *local_df, size_t local_n, double prior_docs);

/*
 * Document frequency: how many units (documents, or sentences) hold each
 * term, each unit counted once per term however often it repeats it.
 * Both arrays live in the arena given to doc_freq_init.
 */
typedef struct doc_freq {
    uint32_t *df;   /* per term id: units that hold it */
    uint32_t *last; /* per term id: the last unit counted, UINT32_MAX: none */
} doc_freq;

/* Zero counts for term ids below nterms.  Errors: BRIEF_ENOMEM. */
brief_status doc_freq_init(arena *ar, size_t nterms, doc_freq *out);
/* Counts ids[0..n) for `unit`.  The calls for one unit must come together
 * (a unit that comes back after another is counted again). */
void doc_freq_add(doc_freq *f, const uint32_t *ids, size_t n, uint32_t unit);

/* With no background table, IDF comes from the input itself: by document
 * when it has at least this many documents with sentences, else by
 * sentence (docs/evaluation.md: about as good on DUC 2003). */
#define VEC_IDF_BY_DOC_MIN 10

/*
 * vec_idf_weights from the input: n sentences (tok[i][0..ntok[i]), of
 * document doc[i], non-decreasing), ndocs of the documents having any.
 * Scratch and result in ar; NULL when out of memory.
 */
float *vec_input_idf(arena *ar, const vocab *v, uint32_t *const *tok, const uint32_t *ntok,
                     const uint32_t *doc, size_t n, size_t ndocs);

/* TF-IDF vector of one token sequence (stopwords dropped, tf
 * sublinear: 1 + ln tf).  An empty vector has n == 0. */
brief_status vec_build(arena *ar, const uint32_t *ids, size_t n,
                       const float *idf, svec *out);

/* Cosine of two normalised vectors (merge of sorted terms). */
double vec_cosine(const svec *a, const svec *b);

/*
 * Renumbers the terms of vecs[0..n) densely, in order of first appearance,
 * so arrays indexed by term can be sized by these vectors' vocabulary
 * instead of a whole day's.  map[] is indexed by the old ids (all below
 * its size) and must be all UINT32_MAX; it receives old -> new id for
 * every term met.  *global_of (arena) receives new -> old id, *nlocal the
 * number of new ids.  Terms stay ascending.  Give map back with
 * vec_unmap.  Errors: BRIEF_ENOMEM (map untouched).
 */
brief_status vec_renumber(arena *ar, svec *vecs, size_t n, uint32_t *map, uint32_t **global_of,
                          size_t *nlocal);
/* Sets map[] back to all UINT32_MAX after vec_renumber. */
void vec_unmap(uint32_t *map, const uint32_t *global_of, size_t nlocal);
/* Renumbers one more vector (a title's) through map[0..map_n); terms the
 * renumbered vectors do not use cannot match them and are dropped. */
void vec_remap(svec *v, const uint32_t *map, size_t map_n);

/*
 * The vector in with its terms counted as alias[term] (for terms below
 * nalias whose entry is not UINT32_MAX): the spellings of one name
 * (name_variants.c) made one term.  Terms that meet are merged with the
 * vector's length kept.  Untouched vectors share in's arrays; others are
 * new in ar.  out may be in.  Errors: BRIEF_ENOMEM.
 */
brief_status vec_alias(arena *ar, const svec *in, const uint32_t *alias, size_t nalias,
                       svec *out);

#endif
