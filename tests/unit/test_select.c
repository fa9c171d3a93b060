/* Unit tests: select.c (budgeted, redundancy-aware selection). */
#include <math.h>
#include <string.h>

#include "harness.h"

#include "select.h"

/* One-term vectors: sentences with the same term are duplicates. */
static void one_term(arena *ar, svec *v, uint32_t term)
{
    v->term = arena_alloc(ar, sizeof(uint32_t));
    v->w = arena_alloc(ar, sizeof(float));
    v->term[0] = term;
    v->w[0] = 1;
    v->n = 1;
}

static double total(const double *cost, const size_t *chosen, size_t n)
{
    double t = 0;
    for (size_t i = 0; i < n; i++) t += cost[chosen[i]];
    return t;
}

static void test_never_exceeds_budget(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    enum { N = 40 };
    double cost[N], rank[N];
    unsigned char usable[N];
    svec v[N];
    for (int i = 0; i < N; i++) {
        cost[i] = 5 + (i * 7) % 23;
        rank[i] = 1.0 / (1 + i);
        usable[i] = 1;
        one_term(ar, &v[i], (uint32_t)i);
    }
    select_params p;
    select_params_default(&p);
    for (double budget = 0; budget <= 200; budget += 13) {
        select_input in = {N, cost, rank, usable, v, NULL, budget, NULL, NULL};
        size_t *chosen, n;
        assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
        assert_true(total(cost, chosen, n) <= budget + 1e-9);
        /* Filled well: nothing left out would still fit. */
        for (int i = 0; i < N; i++) {
            int in_set = 0;
            for (size_t k = 0; k < n; k++) in_set |= chosen[k] == (size_t)i;
            if (!in_set) assert_true(total(cost, chosen, n) + cost[i] > budget);
        }
    }
    arena_free(ar);
}

static void test_knapsack_not_top_k(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* Top-k until overflow takes the 60-word best sentence and stops at the
     * 50-word one; a knapsack goes on and fills the room with the 30. */
    double cost[3] = {60, 50, 30}, rank[3] = {1.0, 0.9, 0.5};
    unsigned char usable[3] = {1, 1, 1};
    svec v[3];
    for (int i = 0; i < 3; i++) one_term(ar, &v[i], (uint32_t)i);
    select_params p;
    select_params_default(&p);
    select_input in = {3, cost, rank, usable, v, NULL, 100, NULL, NULL};
    size_t *chosen, n;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    assert_true(total(cost, chosen, n) >= 80);
    /* A single sentence worth more than any set that fits is chosen alone
     * (the ratio rule by itself would take the cheap one). */
    double cost2[2] = {100, 1}, rank2[2] = {1.0, 0.05};
    select_input in2 = {2, cost2, rank2, usable, v, NULL, 100, NULL, NULL};
    assert_int_equal(select_sentences(ar, &in2, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 1);
    assert_int_equal(chosen[0], 0);
    arena_free(ar);
}

static void test_room_filled_by_a_trade(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* By gain per cost^0.3 the 3-word sentence beats the 4-word one worth
     * a little more, and once it is taken the 4 no longer fits: greedy
     * stops a word short.  Trading the 3 for the 4 fills the budget and
     * raises F, so the set is {0, 2}. */
    double cost[3] = {6, 3, 4}, rank[3] = {1.0, 0.5, 0.52};
    unsigned char usable[3] = {1, 1, 1};
    svec v[3];
    for (int i = 0; i < 3; i++) one_term(ar, &v[i], (uint32_t)i);
    select_params p;
    select_params_default(&p);
    select_input in = {3, cost, rank, usable, v, NULL, 10, NULL, NULL};
    size_t *chosen, n;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    assert_true(total(cost, chosen, n) == 10);
    for (size_t k = 0; k < n; k++) assert_true(chosen[k] != 1);
    /* Worth less than the one it would replace, the longer sentence is
     * not taken: filling the room never lowers F. */
    rank[2] = 0.45;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    assert_true(total(cost, chosen, n) == 9);
    for (size_t k = 0; k < n; k++) assert_true(chosen[k] != 2);
    /* Nor is a longer sentence that repeats a chosen one. */
    rank[2] = 0.52;
    one_term(ar, &v[2], 0);
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    for (size_t k = 0; k < n; k++) assert_true(chosen[k] != 2);
    arena_free(ar);
}

static void test_needs_told_before(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    /* Sentence 1 opens "During the talks," and is the best; sentence 0,
     * just before it, tells of the talks (term 5). */
    double cost[4] = {1, 1, 1, 1}, rank[4] = {0.5, 1.0, 0.4, 0.3};
    unsigned char usable[4] = {1, 1, 1, 1};
    svec v[4];
    one_term(ar, &v[0], 5);
    one_term(ar, &v[1], 6);
    one_term(ar, &v[2], 7);
    one_term(ar, &v[3], 8);
    select_need needs[4];
    memset(needs, 0, sizeof needs);
    one_term(ar, &needs[1].terms, 5);
    needs[1].from = 0;
    select_params p;
    select_params_default(&p);
    uint32_t need_of[4] = {UINT32_MAX, 1, UINT32_MAX, UINT32_MAX};
    select_input in = {4, cost, rank, usable, v, NULL, 2, needs, need_of};
    size_t *chosen, n;
    /* It waits for the sentence telling the talks, then is taken. */
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    assert_true((chosen[0] == 0 && chosen[1] == 1) || (chosen[0] == 1 && chosen[1] == 0));
    /* Alone it cannot stand: with room for one, the best other is taken. */
    in.budget = 1;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 1);
    assert_int_equal(chosen[0], 0);
    /* Told too far back (before `from`) is not told just before. */
    in.budget = 2;
    needs[1].from = 1;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    for (size_t k = 0; k < n; k++) assert_true(chosen[k] != 1);
    /* Nor is a sentence after it (3 holds the term, 1 comes first). */
    needs[1].from = 0;
    v[0].term[0] = 9;
    v[3].term[0] = 5;
    rank[3] = 0.45;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    for (size_t k = 0; k < n; k++) assert_true(chosen[k] != 1);
    /* When it is all there is, it is given rather than nothing. */
    uint32_t only_need[1] = {1};
    select_input only = {1, cost + 1, rank + 1, usable, v + 1, NULL, 2, needs, only_need};
    needs[1].from = 0;
    assert_int_equal(select_sentences(ar, &only, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 1);
    assert_int_equal(chosen[0], 0);
    arena_free(ar);
}

static void test_no_duplicates(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    double cost[4] = {1, 1, 1, 1}, rank[4] = {1.0, 0.99, 0.5, 0.4};
    unsigned char usable[4] = {1, 1, 1, 1};
    svec v[4];
    one_term(ar, &v[0], 7);
    one_term(ar, &v[1], 7); /* same as 0 */
    one_term(ar, &v[2], 8);
    one_term(ar, &v[3], 9);
    select_params p;
    select_params_default(&p);
    select_input in = {4, cost, rank, usable, v, NULL, 3, NULL, NULL};
    size_t *chosen, n;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 3);
    for (size_t k = 0; k < n; k++) assert_true(chosen[k] != 1);
    arena_free(ar);
}

static void test_unusable_passed_over(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    double cost[3] = {1, 1, 1}, rank[3] = {1.0, 0.5, 0.2};
    unsigned char usable[3] = {0, 1, 1};
    svec v[3];
    for (int i = 0; i < 3; i++) one_term(ar, &v[i], (uint32_t)i);
    select_params p;
    select_params_default(&p);
    select_input in = {3, cost, rank, usable, v, NULL, 1, NULL, NULL};
    size_t *chosen, n;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 1);
    assert_int_equal(chosen[0], 1);
    /* With nothing usable, the best of the rest is still given. */
    unsigned char none[3] = {0, 0, 0};
    in.usable = none;
    assert_int_equal(select_sentences(ar, &in, &p, &chosen, &n), BRIEF_OK);
    assert_int_equal(n, 1);
    assert_int_equal(chosen[0], 0);
    arena_free(ar);
}

static void test_concepts_and_coverage(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    vocab *vb = vocab_new(NULL);
    /* ids: a b c d e (content), "the" (stop) */
    uint32_t a = vocab_intern(vb, "a", 1, 0), b = vocab_intern(vb, "b", 1, 0),
             c = vocab_intern(vb, "c", 1, 0), d = vocab_intern(vb, "d", 1, 0),
             the = vocab_intern(vb, "the", 3, 1);
    uint32_t s0[] = {a, b, c}, s1[] = {a, b, d}, s2[] = {c, d, the, the}, s3[] = {a, b};
    uint32_t *toks[4] = {s0, s1, s2, s3};
    uint32_t ntok[4] = {3, 3, 4, 2};
    uint32_t doc[4] = {0, 1, 1, 2};
    concepts con;
    assert_int_equal(select_concepts(ar, vb, toks, ntok, doc, 4, &con), BRIEF_OK);
    /* "a b" is in three documents: weight 3; "b c", "b d" are in one
     * (below the minimum of two) and "the the" is never a concept.  The
     * content words a and b (three documents) and c (two) are concepts at a
     * tenth of the weight; d (one document) is not. */
    double big = 0, small = 0;
    int bigrams = 0;
    for (uint32_t t = 0; t < con.n[0]; t++) {
        double w = con.weight[con.ids[0][t]];
        if (w >= 1) { big += w; bigrams++; }
        else small += w;
    }
    assert_int_equal(bigrams, 1);
    assert_float_equal(big, 3, 1e-9);
    assert_float_equal(small, 0.3 + 0.3 + 0.2, 1e-9);
    /* s3 is exactly "a b": the same bigram id as s0's. */
    uint32_t bigram0 = UINT32_MAX, bigram3 = UINT32_MAX;
    for (uint32_t t = 0; t < con.n[0]; t++)
        if (con.weight[con.ids[0][t]] >= 1) bigram0 = con.ids[0][t];
    for (uint32_t t = 0; t < con.n[3]; t++)
        if (con.weight[con.ids[3][t]] >= 1) bigram3 = con.ids[3][t];
    assert_int_equal(bigram0, bigram3);
    /* s2: "c d" (one document), "d the" and "the the" give no bigram; c is
     * a unigram concept, d is not. */
    assert_int_equal(con.n[2], 1);
    assert_float_equal(con.weight[con.ids[2][0]], 0.2, 1e-9);
    vocab_free(vb);
    arena_free(ar);
}

static void test_budget_costs(void **state)
{
    (void)state;
    /* "Öl für 5 €" is 4 words, 10 code points, 14 bytes. */
    const char *t = "\xc3\x96l f\xc3\xbcr 5 \xe2\x82\xac";
    size_t len = strlen(t);
    assert_int_equal(len, 14);
    assert_float_equal(select_budget_cost(BRIEF_BUDGET_SENTENCES, t, len, 4), 1, 0);
    assert_float_equal(select_budget_cost(BRIEF_BUDGET_WORDS, t, len, 4), 4, 0);
    assert_float_equal(select_budget_cost(BRIEF_BUDGET_RATIO, t, len, 4), 4, 0);
    /* Characters and bytes count the space that joins sentences. */
    assert_float_equal(select_budget_cost(BRIEF_BUDGET_CHARS, t, len, 4), 11, 0);
    assert_float_equal(select_budget_cost(BRIEF_BUDGET_BYTES, t, len, 4), 15, 0);
}

static void test_budget_capacity(void **state)
{
    (void)state;
    brief_budget b = {BRIEF_BUDGET_WORDS, 100};
    assert_float_equal(select_budget_capacity(&b, 5000), 100, 0);
    b.unit = BRIEF_BUDGET_SENTENCES;
    assert_float_equal(select_budget_capacity(&b, 5000), 100, 0);
    /* ... and the last sentence needs no joining space. */
    b.unit = BRIEF_BUDGET_CHARS;
    assert_float_equal(select_budget_capacity(&b, 5000), 101, 0);
    b.unit = BRIEF_BUDGET_BYTES;
    assert_float_equal(select_budget_capacity(&b, 5000), 101, 0);
    /* A ratio of the input's words, rounded down. */
    b = (brief_budget){BRIEF_BUDGET_RATIO, 0.25};
    assert_float_equal(select_budget_capacity(&b, 1003), 250, 0);
    /* Two sentences of 10 bytes under 21 bytes: 11 + 11 <= 22. */
    b = (brief_budget){BRIEF_BUDGET_BYTES, 21};
    double two = 2 * select_budget_cost(BRIEF_BUDGET_BYTES, "0123456789", 10, 1);
    assert_true(two <= select_budget_capacity(&b, 2));
    b.value = 20;
    assert_true(two > select_budget_capacity(&b, 2));
}

static void test_budget_valid(void **state)
{
    (void)state;
    const brief_budget good[] = {
        {BRIEF_BUDGET_WORDS, 0}, {BRIEF_BUDGET_WORDS, 1e15}, {BRIEF_BUDGET_RATIO, 1},
        {BRIEF_BUDGET_RATIO, 0.01}, {BRIEF_BUDGET_SENTENCES, 3}, {BRIEF_BUDGET_BYTES, 665},
    };
    const brief_budget bad[] = {
        {BRIEF_BUDGET_WORDS, -1}, {BRIEF_BUDGET_WORDS, 2e15}, {BRIEF_BUDGET_WORDS, NAN},
        {BRIEF_BUDGET_RATIO, 0}, {BRIEF_BUDGET_RATIO, 1.5}, {(brief_budget_unit)9, 10},
    };
    for (size_t i = 0; i < sizeof good / sizeof *good; i++)
        assert_true(select_budget_valid(&good[i]));
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_false(select_budget_valid(&bad[i]));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_never_exceeds_budget),
        cmocka_unit_test(test_knapsack_not_top_k),
        cmocka_unit_test(test_room_filled_by_a_trade),
        cmocka_unit_test(test_needs_told_before),
        cmocka_unit_test(test_no_duplicates),
        cmocka_unit_test(test_unusable_passed_over),
        cmocka_unit_test(test_concepts_and_coverage),
        cmocka_unit_test(test_budget_costs),
        cmocka_unit_test(test_budget_capacity),
        cmocka_unit_test(test_budget_valid),
    };
    return cmocka_run_group_tests_name("select", tests, NULL, NULL);
}
