/* Unit tests: story_rank.c (the ranking of a story's sentences, shared by
 * summaries and composed briefs), on invented news. */
#include "harness.h"

#include "news_fixture.h"
#include "story_rank.h"

static void assert_map_free(const brief_story *st)
{
    for (size_t i = 0; i < st->remap_n; i++) assert_int_equal(st->remap[i], UINT32_MAX);
}

/* A subset: only its documents' sentences, in reading order; scores sum
 * to 1; local term ids dense; the map given back. */
static void test_subset(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = news_day(&ctx);
    arena *ar = arena_new(NULL);
    const size_t sub[] = {3, 5};
    ranking r;
    assert_int_equal(story_rank(st, ar, "test", sub, 2, &r), BRIEF_OK);
    assert_int_equal(st->analyzed_docs, 2); /* only these were analyzed */
    assert_int_equal(r.n, st->docs[3].nsents + st->docs[5].nsents);
    double sum = 0;
    for (size_t i = 0; i < r.n; i++) {
        assert_true(r.docid[i] == 3 || r.docid[i] == 5);
        if (i) assert_true(r.docid[i] >= r.docid[i - 1]);
        sum += r.score[i];
        for (uint32_t k = 0; k < r.vecs[i].n; k++) assert_true(r.vecs[i].term[k] < r.nv);
    }
    assert_float_equal(sum, 1, 1e-9);
    assert_true(r.nv > 0 && r.nv < vocab_size(st->vocab));
    assert_true(r.total_words > r.n);
    /* A title's vector in local ids: "Kelvale" and "round" are used. */
    const doc *d = &st->docs[5];
    svec tv;
    assert_int_equal(ranking_vector(st, ar, &r, d->title_tok, d->title_ntok, &tv), BRIEF_OK);
    assert_true(tv.n >= 2);
    for (uint32_t k = 0; k < tv.n; k++) assert_true(tv.term[k] < r.nv);
    ranking_release(st, &r);
    assert_map_free(st);
    arena_free(ar);
    harness_story_free(st, ctx);
}

/* The lead prior: with nothing else to go on, a document's first
 * sentence outranks its last. */
static void test_lead_first(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char text[] = "Ferries to Orla Island stopped on Monday. Bakers in Tressa sold bread. "
                        "Gulls nested on the pier. Tourists missed the morning bus.";
    assert_int_equal(brief_story_add_text(st, "x.txt", text, sizeof text - 1), BRIEF_OK);
    arena *ar = arena_new(NULL);
    ranking r;
    assert_int_equal(story_rank(st, ar, "test", NULL, 0, &r), BRIEF_OK);
    assert_int_equal(r.n, 4);
    for (size_t i = 1; i < r.n; i++) assert_true(r.score[i] < r.score[i - 1]);
    ranking_release(st, &r);
    assert_map_free(st);
    arena_free(ar);
    harness_story_free(st, ctx);
}

static void test_empty(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    assert_int_equal(brief_story_add_text(st, "nothing.txt", "", 0), BRIEF_OK);
    arena *ar = arena_new(NULL);
    ranking r;
    assert_int_equal(story_rank(st, ar, "test", NULL, 0, &r), BRIEF_EEMPTY);
    assert_string_equal(brief_story_errmsg(st), "nothing.txt: no sentences found");
    arena_free(ar);
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_subset),
        cmocka_unit_test(test_lead_first),
        cmocka_unit_test(test_empty),
    };
    return cmocka_run_group_tests_name("story_rank", tests, NULL, NULL);
}
