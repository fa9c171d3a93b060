/* Unit tests: cluster_vectors.c (document vectors for grouping). */
#include <math.h>
#include <string.h>

#include "harness.h"

#include "cluster_vectors.h"

/* A vocabulary of stems "w0".."w(n-1)", none a stopword. */
static vocab *words(size_t n)
{
    vocab *v = vocab_new(NULL);
    for (size_t i = 0; i < n; i++) {
        char w[16];
        int len = snprintf(w, sizeof w, "w%zu", i);
        assert_int_equal(vocab_intern(v, w, (size_t)len, 0), i);
    }
    return v;
}

/* One document of one sentence holding ids first..first+n-1. */
typedef struct one_doc {
    uint32_t ids[400];
    uint8_t names[400];
    uint32_t *tok[1];
    uint8_t *name[1];
    uint32_t ntok[1];
} one_doc;

static cluster_doc make_doc(one_doc *o, uint32_t first, uint32_t n, const uint32_t *title,
                            size_t ntitle)
{
    for (uint32_t i = 0; i < n; i++) {
        o->ids[i] = first + i;
        o->names[i] = 0;
    }
    o->tok[0] = o->ids;
    o->name[0] = o->names;
    o->ntok[0] = n;
    return (cluster_doc){title, ntitle, o->tok, o->name, o->ntok, 1};
}

static double norm_of(const svec *v)
{
    double n = 0;
    for (uint32_t i = 0; i < v->n; i++) n += (double)v->w[i] * v->w[i];
    return sqrt(n);
}

/* An undated document is compared on its first 150 content words, a
 * dated one on 400. */
static void test_lead_by_day(void **state)
{
    (void)state;
    vocab *v = words(700);
    arena *ar = arena_new(NULL);
    static one_doc a, b;
    cluster_doc docs[2] = {make_doc(&a, 0, 300, NULL, 0), make_doc(&b, 300, 400, NULL, 0)};
    const int32_t undated[2] = {CLUSTER_NO_DAY, CLUSTER_NO_DAY}, dated[2] = {100, 101};
    svec out[2];
    size_t nterms = 0;
    assert_int_equal(cluster_doc_vectors(ar, v, NULL, docs, 2, undated, out, &nterms), BRIEF_OK);
    assert_int_equal(nterms, 1400);
    assert_int_equal(out[0].n, CLUSTER_LEAD_WORDS);
    assert_int_equal(out[1].n, CLUSTER_LEAD_WORDS);
    assert_int_equal(out[0].term[CLUSTER_LEAD_WORDS - 1], CLUSTER_LEAD_WORDS - 1);
    assert_float_equal(norm_of(&out[0]), 1, 1e-5);
    assert_int_equal(cluster_doc_vectors(ar, v, NULL, docs, 2, dated, out, &nterms), BRIEF_OK);
    assert_int_equal(out[0].n, 300); /* all it has */
    assert_int_equal(out[1].n, CLUSTER_LEAD_WORDS_DATED);
    assert_float_equal(norm_of(&out[1]), 1, 1e-5);
    /* Nothing shared, nothing similar. */
    assert_float_equal(vec_cosine(&out[0], &out[1]), 0, 0);
    arena_free(ar);
    vocab_free(v);
}

/* A word every document uses weighs less than one only this document
 * uses (IDF over the documents, each counted once); the title adds the
 * headline part, ids shifted past the vocabulary. */
static void test_idf_and_headline(void **state)
{
    (void)state;
    vocab *v = words(10);
    arena *ar = arena_new(NULL);
    static one_doc a, b, c;
    const uint32_t title[2] = {1, 1};
    cluster_doc docs[3] = {make_doc(&a, 0, 3, title, 2), make_doc(&b, 0, 1, NULL, 0),
                           make_doc(&c, 0, 1, NULL, 0)};
    const int32_t day[3] = {CLUSTER_NO_DAY, CLUSTER_NO_DAY, CLUSTER_NO_DAY};
    svec out[3];
    size_t nterms = 0;
    assert_int_equal(cluster_doc_vectors(ar, v, NULL, docs, 3, day, out, &nterms), BRIEF_OK);
    assert_int_equal(nterms, 20);
    /* a: w0 (in all 3), w1 (body and title), w2; then headline w1 + 10 */
    assert_int_equal(out[0].n, 4);
    assert_int_equal(out[0].term[0], 0);
    assert_int_equal(out[0].term[3], 11);
    assert_true(out[0].w[2] > out[0].w[0]);
    assert_true(out[0].w[1] > out[0].w[2]); /* title words count twice */
    assert_float_equal(norm_of(&out[0]), 1, 1e-5);
    /* The headline part holds CLUSTER_TITLE_SHARE of the squared length. */
    assert_float_equal((double)out[0].w[3] * out[0].w[3], CLUSTER_TITLE_SHARE, 1e-5);
    assert_true(vec_cosine(&out[1], &out[2]) > 0.99);
    arena_free(ar);
    vocab_free(v);
}

/* Datelines: the place a wire article was filed from, whatever follows
 * it (region, agency, the separator), and nothing for a text that opens
 * with a sentence, a place in Title Case or capitals without a
 * separator. */
static void test_dateline_place(void **state)
{
    (void)state;
#define PLACE(s) cluster_dateline_place(s, strlen(s))
    uint64_t p = PLACE("PORTVALE, Eastland (AP) _ Rescuers searched the rubble on Tuesday.");
    assert_true(p != 0);
    assert_true(PLACE("PORTVALE (AP) _ The death toll rose.") == p);
    assert_true(PLACE("  PORTVALE -- Officials said the dam held.") == p);
    assert_true(PLACE("PORTVALE, Eastland \xe2\x80\x94 A second tremor struck.") == p);
    assert_true(PLACE("PORTVALE _ The mayor spoke.") == p);
    assert_true(PLACE("PORTVALE, Dec 4 (Wire) - The mayor spoke.") == p);
    uint64_t q = PLACE("NEW HARBOR CITY (Wire) _ Talks resumed.");
    assert_true(q != 0 && q != p);
    assert_true(PLACE("NEW HARBOR (Wire) _ Talks resumed.") != q);
    assert_true(PLACE("Portvale (AP) _ Rescuers searched.") == 0);
    assert_true(PLACE("The PORTVALE council met on Tuesday.") == 0);
    assert_true(PLACE("PORTVALE officials said on Tuesday that the dam held.") == 0);
    assert_true(PLACE("UN envoys met in Portvale.") == 0);
    assert_true(PLACE("A _ B") == 0);
    assert_true(PLACE("UK-based lenders said on Monday.") == 0);
    assert_true(PLACE("PORTVALE--The mayor spoke.") == p);
    assert_true(PLACE("") == 0);
#undef PLACE
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_lead_by_day),
        cmocka_unit_test(test_idf_and_headline),
        cmocka_unit_test(test_dateline_place),
    };
    return cmocka_run_group_tests_name("cluster_vectors", tests, NULL, NULL);
}
