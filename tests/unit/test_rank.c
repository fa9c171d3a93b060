/* Unit tests: rank.c (TextRank on the implicit similarity graph). */
#include <math.h>

#include "harness.h"

#include "rank.h"

/* Builds unit vectors from dense rows of `dim` weights. */
static void make_vecs(arena *ar, const float *rows, size_t n, size_t dim, svec *v)
{
    for (size_t i = 0; i < n; i++) {
        v[i].term = arena_alloc(ar, dim * sizeof(uint32_t));
        v[i].w = arena_alloc(ar, dim * sizeof(float));
        v[i].n = 0;
        double norm = 0;
        for (size_t t = 0; t < dim; t++) norm += rows[i * dim + t] * rows[i * dim + t];
        for (size_t t = 0; t < dim; t++)
            if (rows[i * dim + t] > 0) {
                v[i].term[v[i].n] = (uint32_t)t;
                v[i].w[v[i].n++] = (float)(rows[i * dim + t] / sqrt(norm));
            }
    }
}

/* Reference: PageRank on the explicit graph, pair by pair. */
static void dense_pagerank(const svec *v, const uint32_t *doc, size_t n, const double *prior,
                           const rank_params *p, double *out)
{
    double w[8][8], deg[8] = {0}, tele[8], tsum = 0;
    for (size_t i = 0; i < n; i++) tsum += prior[i];
    for (size_t i = 0; i < n; i++) {
        tele[i] = prior[i] / tsum;
        for (size_t j = 0; j < n; j++) {
            w[i][j] = i == j ? 0 : vec_cosine(&v[i], &v[j]) * (doc[i] != doc[j] ? p->cross_source : 1);
            deg[i] += w[i][j];
        }
    }
    for (size_t i = 0; i < n; i++) out[i] = tele[i];
    for (int it = 0; it < 500; it++) {
        double next[8], dangling = 0, sum = 0;
        for (size_t i = 0; i < n; i++)
            if (deg[i] <= 1e-12) dangling += out[i];
        for (size_t j = 0; j < n; j++) {
            double s = 0;
            for (size_t i = 0; i < n; i++)
                if (deg[i] > 1e-12) s += out[i] * w[i][j] / deg[i];
            next[j] = (1 - p->damping) * tele[j] + p->damping * (s + dangling * tele[j]);
            sum += next[j];
        }
        for (size_t j = 0; j < n; j++) out[j] = next[j] / sum;
    }
}

static void test_matches_explicit_graph(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    const float rows[6 * 5] = {
        1, 1, 0, 0, 0,
        1, 0, 1, 0, 0,
        0, 1, 1, 1, 0,
        1, 1, 1, 0, 0,
        0, 0, 0, 0, 1,   /* unconnected: dangling */
        0, 0, 1, 1, 0,
    };
    svec v[6];
    make_vecs(ar, rows, 6, 5, v);
    uint32_t doc[6] = {0, 0, 0, 1, 1, 2};
    double prior[6] = {1, 0.5, 0.33, 1, 0.5, 1};
    rank_params p;
    rank_params_default(&p);
    double got[6], want[6];
    assert_int_equal(rank_textrank(ar, v, doc, 6, 5, prior, &p, got), BRIEF_OK);
    dense_pagerank(v, doc, 6, prior, &p, want);
    double sum = 0;
    for (int i = 0; i < 6; i++) {
        assert_float_equal(got[i], want[i], 1e-6);
        sum += got[i];
    }
    assert_float_equal(sum, 1.0, 1e-9);
    arena_free(ar);
}

static void test_central_sentence_wins(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* Sentence 2 shares a term with every other; the rest share none. */
    const float rows[4 * 4] = {
        1, 0, 0, 1,
        0, 1, 0, 1,
        1, 1, 1, 1,
        0, 0, 1, 1,
    };
    svec v[4];
    make_vecs(ar, rows, 4, 4, v);
    uint32_t doc[4] = {0, 0, 0, 0};
    rank_params p;
    rank_params_default(&p);
    double s[4];
    assert_int_equal(rank_textrank(ar, v, doc, 4, 4, NULL, &p, s), BRIEF_OK);
    for (int i = 0; i < 4; i++)
        if (i != 2) assert_true(s[2] > s[i]);
    arena_free(ar);
}

static void test_cross_source_agreement_counts_more(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* A hub (0, document 0) shares term a with 1 and 2 (document 0) and
     * term b with 3 and 4 (document 1).  Plain TextRank cannot tell the
     * two sides apart; with the cross-source factor the side that agrees
     * with another source gains. */
    const float rows[5 * 2] = {
        1, 1,
        1, 0,
        1, 0,
        0, 1,
        0, 1,
    };
    svec v[5];
    make_vecs(ar, rows, 5, 2, v);
    uint32_t doc[5] = {0, 0, 0, 1, 1};
    rank_params p;
    rank_params_default(&p);
    double s[5];
    p.cross_source = 1;
    assert_int_equal(rank_textrank(ar, v, doc, 5, 2, NULL, &p, s), BRIEF_OK);
    assert_float_equal(s[1], s[3], 1e-9);
    p.cross_source = 2;
    assert_int_equal(rank_textrank(ar, v, doc, 5, 2, NULL, &p, s), BRIEF_OK);
    assert_true(s[3] > s[1] * 1.05);
    assert_float_equal(s[3], s[4], 1e-9);
    arena_free(ar);
}

static void test_lead_prior(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    const float rows[3 * 2] = {1, 0, 1, 0, 1, 0};
    svec v[3];
    make_vecs(ar, rows, 3, 2, v);
    uint32_t doc[3] = {0, 0, 0};
    double prior[3] = {1.0, 0.5, 0.33};
    rank_params p;
    rank_params_default(&p);
    double s[3];
    assert_int_equal(rank_textrank(ar, v, doc, 3, 2, prior, &p, s), BRIEF_OK);
    assert_true(s[0] > s[1]);
    assert_true(s[1] > s[2]);
    arena_free(ar);
}

/* The teleport weights of one document: 1/(k+1) + 0.05, normalised. */
static void test_lead_prior_weights(void **state)
{
    (void)state;
    double p[4];
    rank_lead_prior(3, p);
    double share = 1.05 + 0.55 + (1.0 / 3 + 0.05);
    assert_float_equal(p[0], 1.05 / share, 1e-12);
    assert_float_equal(p[1], 0.55 / share, 1e-12);
    assert_float_equal(p[2], (1.0 / 3 + 0.05) / share, 1e-12);
    /* Each document gets the same share, however long: a one-sentence
     * document's sentence weighs 1, as much as all four of another's. */
    rank_lead_prior(1, p);
    assert_float_equal(p[0], 1, 1e-12);
    rank_lead_prior(4, p);
    assert_float_equal(p[0] + p[1] + p[2] + p[3], 1, 1e-12);
    for (int k = 1; k < 4; k++) assert_true(p[k] < p[k - 1]);
    /* Late sentences keep a voice: the floor. */
    double late[200];
    rank_lead_prior(200, late);
    assert_true(late[199] > 0.05 / (200 * 1.05) && late[199] < late[198]);
    rank_lead_prior(0, p); /* nothing to do, nothing written */
}

/* With the lead prior and no edges at all, TextRank is the prior. */
static void test_lead_prior_alone(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    const float rows[3 * 3] = {1, 0, 0, 0, 1, 0, 0, 0, 1};
    svec v[3];
    make_vecs(ar, rows, 3, 3, v);
    uint32_t doc[3] = {0, 0, 0};
    double prior[3], s[3];
    rank_lead_prior(3, prior);
    rank_params p;
    rank_params_default(&p);
    assert_int_equal(rank_textrank(ar, v, doc, 3, 3, prior, &p, s), BRIEF_OK);
    for (int i = 0; i < 3; i++) assert_float_equal(s[i], prior[i], 1e-9);
    arena_free(ar);
}

static void test_weak_link_does_not_beat_lead(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* Sentences 1 and 2 share one weak term; the lead (0) shares nothing.
     * Plain PageRank would hand 1 and 2 all their mass back and forth and
     * rank them above the lead; the degree floor keeps the lead first. */
    svec v[3];
    uint32_t t0[1] = {0}, t1[2] = {1, 3}, t2[2] = {2, 3};
    float w0[1] = {1}, w1[2] = {0.99f, 0.14f}, w2[2] = {0.99f, 0.14f};
    v[0] = (svec){t0, w0, 1};
    v[1] = (svec){t1, w1, 2};
    v[2] = (svec){t2, w2, 2};
    uint32_t doc[3] = {0, 0, 0};
    double prior[3] = {1.0, 0.5, 0.33};
    rank_params p;
    rank_params_default(&p);
    double s[3];
    assert_int_equal(rank_textrank(ar, v, doc, 3, 4, prior, &p, s), BRIEF_OK);
    assert_true(s[0] > s[1]);
    assert_true(s[0] > s[2]);
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_matches_explicit_graph),
        cmocka_unit_test(test_central_sentence_wins),
        cmocka_unit_test(test_cross_source_agreement_counts_more),
        cmocka_unit_test(test_lead_prior),
        cmocka_unit_test(test_weak_link_does_not_beat_lead),
        cmocka_unit_test(test_lead_prior_weights),
        cmocka_unit_test(test_lead_prior_alone),
    };
    return cmocka_run_group_tests_name("rank", tests, NULL, NULL);
}
