/* Unit tests: vectors.c (IDF tables and weights, document frequency,
 * TF-IDF sentence vectors, renumbering). */
#include <math.h>

#include "harness.h"

#include "vectors.h"

/* An invented background table: 100 documents, "harbour" in 1 of them,
 * "ferri" (the stem of ferry) in 40, "boat" in all 100. */
static const char table_text[] = "# brief-idf 1 english 100\n"
                                 "harbour\t1\n"
                                 "ferri\t40\n"
                                 "boat\t100\n";

static idf_table *invented_table(void)
{
    idf_table *t = NULL;
    assert_int_equal(idf_parse(NULL, table_text, sizeof table_text - 1, &t), BRIEF_OK);
    return t;
}

/* A vocabulary of the given stems, ids in order; "the" a stopword. */
static vocab *stems(const char *const *s, size_t n)
{
    vocab *v = vocab_new(NULL);
    assert_non_null(v);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(vocab_intern(v, s[i], strlen(s[i]), strcmp(s[i], "the") == 0), i);
    return v;
}

static void test_idf_formula(void **state)
{
    (void)state;
    /* ln((N + 1) / (df + 0.5)) */
    assert_float_equal(vec_idf(1, 100, 0), log(101.0 / 1.5), 1e-12);
    assert_float_equal(vec_idf(0, 9, 0), log(20.0), 1e-12);
    /* A term in every document: ln(101 / 100.5), small but positive. */
    double every = vec_idf(100, 100, 0);
    assert_true(every > 0 && every < 0.005);
    assert_float_equal(vec_idf(100, 100, 0.05), 0.05, 1e-12);
    /* Rarer is heavier. */
    assert_true(vec_idf(1, 100, 0) > vec_idf(40, 100, 0));
    assert_true(vec_idf(40, 100, 0) > every);
}

static void test_table_parse(void **state)
{
    (void)state;
    idf_table *t = invented_table();
    assert_string_equal(idf_language(t), "english");
    assert_float_equal(idf_documents(t), 100, 0);
    assert_float_equal(idf_count(t, "ferri", 5), 40, 0);
    assert_float_equal(idf_count(t, "unknown", 7), 0, 0);
    idf_free(t);
    const char *bad[] = {
        "harbour\t1\n",                           /* no header */
        "# brief-idf 2 english 100\nboat\t1\n",   /* version */
        "# brief-idf 1 english 100\nboat\t101\n", /* more than N */
        "# brief-idf 1 english 100\nboat 1\n",    /* no tab */
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        t = NULL;
        assert_int_equal(idf_parse(NULL, bad[i], strlen(bad[i]), &t), BRIEF_EFORMAT);
        assert_null(t);
    }
}

static void test_weights_from_table(void **state)
{
    (void)state;
    const char *s[] = {"harbour", "ferri", "boat", "the", "zebra"};
    vocab *v = stems(s, 5);
    idf_table *t = invented_table();
    arena *ar = arena_new(NULL);
    float *w = vec_idf_weights(ar, v, t, NULL, 0);
    assert_non_null(w);
    assert_float_equal(w[0], log(101.0 / 1.5), 1e-6);
    assert_float_equal(w[1], log(101.0 / 40.5), 1e-6);
    /* In every document: the floor, not ~0. */
    assert_float_equal(w[2], VEC_IDF_FLOOR, 1e-7);
    assert_float_equal(w[3], 0, 0);
    /* A stem the table never saw counts as rare. */
    assert_float_equal(w[4], log(101.0 / 0.5), 1e-6);
    idf_free(t);
    arena_free(ar);
    vocab_free(v);
}

static void test_weights_without_table(void **state)
{
    (void)state;
    const char *s[] = {"harbour", "ferri", "the"};
    vocab *v = stems(s, 3);
    arena *ar = arena_new(NULL);
    /* No table, no counts: uniform 1, stopwords 0. */
    float *w = vec_idf_weights(ar, v, NULL, NULL, 0);
    assert_float_equal(w[0], 1, 0);
    assert_float_equal(w[1], 1, 0);
    assert_float_equal(w[2], 0, 0);
    /* Local counts over 4 units: in all 4 vs in 1. */
    const uint32_t df[] = {4, 1, 4};
    w = vec_idf_weights(ar, v, NULL, df, 4);
    assert_float_equal(w[0], log(5.0 / 4.5), 1e-6);
    assert_float_equal(w[1], log(5.0 / 1.5), 1e-6);
    /* In all of 20 units: ln(21 / 20.5) is under the floor. */
    const uint32_t df20[] = {20, 1, 20};
    w = vec_idf_weights(ar, v, NULL, df20, 20);
    assert_float_equal(w[0], VEC_IDF_FLOOR, 1e-7);
    assert_float_equal(w[2], 0, 0);
    arena_free(ar);
    vocab_free(v);
}

static void test_weights_with_prior(void **state)
{
    (void)state;
    const char *s[] = {"harbour", "ferri", "the"};
    vocab *v = stems(s, 3);
    idf_table *t = invented_table();
    arena *ar = arena_new(NULL);
    const uint32_t df[] = {2, 2, 3};
    /* 3 documents plus 10 pseudo-documents with the table's shares:
     * harbour 2 + 10/100, ferri 2 + 10 * 40/100. */
    float *w = vec_idf_weights_prior(ar, v, t, df, 3, 10);
    assert_float_equal(w[0], log(14.0 / 2.6), 1e-6);
    assert_float_equal(w[1], log(14.0 / 6.5), 1e-6);
    assert_float_equal(w[2], 0, 0);
    /* Without a table: the documents alone. */
    w = vec_idf_weights_prior(ar, v, NULL, df, 3, 10);
    assert_float_equal(w[0], log(4.0 / 2.5), 1e-6);
    /* No documents and no table: uniform. */
    w = vec_idf_weights_prior(ar, v, NULL, df, 0, 10);
    assert_float_equal(w[0], 1, 0);
    idf_free(t);
    arena_free(ar);
    vocab_free(v);
}

static void test_doc_freq(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    doc_freq f;
    assert_int_equal(doc_freq_init(ar, 4, &f), BRIEF_OK);
    const uint32_t a[] = {0, 0, 1}, b[] = {1, 2}, c[] = {0};
    doc_freq_add(&f, a, 3, 0);
    doc_freq_add(&f, b, 2, 0); /* same unit: 1 not counted twice */
    doc_freq_add(&f, c, 1, 1);
    assert_int_equal(f.df[0], 2);
    assert_int_equal(f.df[1], 1);
    assert_int_equal(f.df[2], 1);
    assert_int_equal(f.df[3], 0);
    arena_free(ar);
}

static void test_input_idf_by_sentence_or_document(void **state)
{
    (void)state;
    const char *s[] = {"harbour", "ferri"};
    vocab *v = stems(s, 2);
    arena *ar = arena_new(NULL);
    /* 12 sentences, one per document; harbour in the first two only. */
    enum { N = 12 };
    uint32_t both[] = {0, 1}, ferry[] = {1};
    uint32_t *tok[N], ntok[N], docid[N];
    for (uint32_t i = 0; i < N; i++) {
        tok[i] = i < 2 ? both : ferry;
        ntok[i] = i < 2 ? 2 : 1;
        docid[i] = i;
    }
    float *w = vec_input_idf(ar, v, tok, ntok, docid, N, N);
    assert_float_equal(w[0], log(13.0 / 2.5), 1e-6);
    assert_float_equal(w[1], VEC_IDF_FLOOR, 1e-7);
    /* The same sentences in 2 documents: counted by sentence (12 units). */
    for (uint32_t i = 0; i < N; i++) docid[i] = i < 6 ? 0 : 1;
    w = vec_input_idf(ar, v, tok, ntok, docid, N, 2);
    assert_float_equal(w[0], log(13.0 / 2.5), 1e-6);
    /* 10 documents holding the 12 sentences: by document. */
    for (uint32_t i = 0; i < N; i++) docid[i] = i < 3 ? 0 : i - 2;
    w = vec_input_idf(ar, v, tok, ntok, docid, N, 10);
    assert_float_equal(w[0], log(11.0 / 1.5), 1e-6);
    arena_free(ar);
    vocab_free(v);
}

static double norm_of(const svec *v)
{
    double n = 0;
    for (uint32_t i = 0; i < v->n; i++) n += (double)v->w[i] * v->w[i];
    return sqrt(n);
}

static void test_unit_vectors(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    const float idf[] = {2.0f, 0.5f, 0.0f, 1.0f};
    const uint32_t ids[] = {3, 0, 2, 0, 1, 3, 3};
    svec v;
    assert_int_equal(vec_build(ar, ids, 7, idf, &v), BRIEF_OK);
    /* Term 2 (idf 0, a stopword) is left out; terms ascending. */
    assert_int_equal(v.n, 3);
    assert_int_equal(v.term[0], 0);
    assert_int_equal(v.term[1], 1);
    assert_int_equal(v.term[2], 3);
    assert_float_equal(norm_of(&v), 1, 1e-6);
    /* (1 + ln tf) * idf before normalising: term 0 (tf 2) vs term 3 (tf 3). */
    assert_float_equal(v.w[0] / v.w[2], (1 + log(2.0)) * 2 / ((1 + log(3.0)) * 1), 1e-5);
    assert_float_equal(vec_cosine(&v, &v), 1, 1e-6);
    /* A sentence of stopwords only: empty. */
    const uint32_t stop[] = {2, 2};
    svec e;
    assert_int_equal(vec_build(ar, stop, 2, idf, &e), BRIEF_OK);
    assert_int_equal(e.n, 0);
    assert_float_equal(vec_cosine(&v, &e), 0, 0);
    /* Longer than the stack buffer. */
    uint32_t many[600];
    for (size_t i = 0; i < 600; i++) many[i] = (uint32_t)(i % 4);
    assert_int_equal(vec_build(ar, many, 600, idf, &e), BRIEF_OK);
    assert_int_equal(e.n, 3);
    assert_float_equal(norm_of(&e), 1, 1e-6);
    arena_free(ar);
}

static void test_renumber(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    const float idf[] = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    const uint32_t a[] = {9, 4}, b[] = {4, 7};
    svec v[2];
    assert_int_equal(vec_build(ar, a, 2, idf, &v[0]), BRIEF_OK);
    assert_int_equal(vec_build(ar, b, 2, idf, &v[1]), BRIEF_OK);
    double before = vec_cosine(&v[0], &v[1]);
    uint32_t map[10];
    memset(map, 0xff, sizeof map);
    uint32_t *global_of = NULL;
    size_t nlocal = 0;
    assert_int_equal(vec_renumber(ar, v, 2, map, &global_of, &nlocal), BRIEF_OK);
    /* 4, 9, 7 in order of first appearance (v[0] is sorted: 4, 9). */
    assert_int_equal(nlocal, 3);
    assert_int_equal(global_of[0], 4);
    assert_int_equal(global_of[1], 9);
    assert_int_equal(global_of[2], 7);
    assert_int_equal(map[7], 2);
    assert_true(v[1].term[0] < v[1].term[1]);
    assert_float_equal(vec_cosine(&v[0], &v[1]), before, 1e-7);
    /* A title sharing 7 with them, 1 with nothing: 1 dropped. */
    const uint32_t t[] = {1, 7};
    svec tv;
    assert_int_equal(vec_build(ar, t, 2, idf, &tv), BRIEF_OK);
    vec_remap(&tv, map, 10);
    assert_int_equal(tv.n, 1);
    assert_int_equal(tv.term[0], 2);
    vec_unmap(map, global_of, nlocal);
    for (size_t i = 0; i < 10; i++) assert_int_equal(map[i], UINT32_MAX);
    arena_free(ar);
}

/* The table `brief idf` writes parses back with the same counts. */
static void test_counter_round_trip(void **state)
{
    (void)state;
    const char *s[] = {"harbour", "ferri", "the"};
    vocab *v = stems(s, 3);
    idf_counter *c = idf_counter_new(NULL);
    const uint32_t d1[] = {0, 1, 1, 2}, d2[] = {1}, d3[] = {1, 2};
    assert_int_equal(idf_counter_add(c, v, d1, 4), BRIEF_OK);
    assert_int_equal(idf_counter_add(c, v, d2, 1), BRIEF_OK);
    assert_int_equal(idf_counter_add(c, v, d3, 2), BRIEF_OK);
    assert_int_equal(idf_counter_documents(c), 3);
    char buf[256];
    FILE *f = fmemopen(buf, sizeof buf, "w");
    assert_non_null(f);
    assert_int_equal(idf_counter_write(c, v, "english", 2, f), 0);
    fclose(f);
    idf_table *t = NULL;
    assert_int_equal(idf_parse(NULL, buf, strlen(buf), &t), BRIEF_OK);
    assert_float_equal(idf_documents(t), 3, 0);
    assert_float_equal(idf_count(t, "ferri", 5), 3, 0);
    /* Under min_docs (harbour: 1) and stopwords are left out. */
    assert_float_equal(idf_count(t, "harbour", 7), 0, 0);
    assert_float_equal(idf_count(t, "the", 3), 0, 0);
    idf_free(t);
    idf_counter_free(c);
    vocab_free(v);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_idf_formula),
        cmocka_unit_test(test_table_parse),
        cmocka_unit_test(test_weights_from_table),
        cmocka_unit_test(test_weights_without_table),
        cmocka_unit_test(test_weights_with_prior),
        cmocka_unit_test(test_doc_freq),
        cmocka_unit_test(test_input_idf_by_sentence_or_document),
        cmocka_unit_test(test_unit_vectors),
        cmocka_unit_test(test_renumber),
        cmocka_unit_test(test_counter_round_trip),
    };
    return cmocka_run_group_tests_name("vectors", tests, NULL, NULL);
}
