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
 * IDF weight for every id of v: log((N + 1) / (df + 0.5)) with df from the
 * table, or, with no table, from `local_df` over `local_n` units (pass
 * local_n 0 for uniform weights).  Stopword ids get 0.  Arena-allocated.
 */
float *vec_idf_weights(arena *ar, const vocab *v, const idf_table *t,
                       const uint32_t *local_df, size_t local_n);

/* TF-IDF vector of one token sequence (stopwords dropped, tf
 * sublinear: 1 + ln tf).  An empty vector has n == 0. */
brief_status vec_build(arena *ar, const uint32_t *ids, size_t n,
                       const float *idf, svec *out);

/* Cosine of two normalised vectors (merge of sorted terms). */
double vec_cosine(const svec *a, const svec *b);

#endif
