/* Unit tests: grouping.c (a day's documents into stories, the grouping
 * object; MinHash sketches), on invented news. */
#include "harness.h"

#include "news_fixture.h"

/* Two invented stories of three articles each come out as two groups,
 * the one with more distinct sources first although it comes later. */
static void test_two_stories(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    for (int i = 0; i < 3; i++) news_add(st, news_chess, "chess", i); /* 0-2 */
    for (int i = 0; i < 3; i++) news_add(st, news_flood, "flood", i); /* 3-5 */
    brief_grouping *g = NULL;
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 2);
    const size_t *docs;
    size_t nd, ns;
    assert_int_equal(brief_grouping_docs(g, 0, &docs, &nd, &ns), BRIEF_OK);
    assert_int_equal(nd, 3);
    assert_int_equal(ns, 3); /* Northern Post, Valley Radio, Daily Ledger */
    assert_int_equal(docs[0], 3);
    assert_int_equal(docs[1], 4);
    assert_int_equal(docs[2], 5);
    assert_int_equal(brief_grouping_docs(g, 1, &docs, &nd, &ns), BRIEF_OK);
    assert_int_equal(nd, 3);
    assert_int_equal(ns, 2); /* "northern post" is "Northern Post" */
    assert_int_equal(docs[0], 0);
    assert_int_equal(docs[2], 2);
    assert_int_equal(brief_grouping_docs(g, 2, &docs, &nd, &ns), BRIEF_EINVAL);
    /* Each group composes into its own brief. */
    brief_digest *d = NULL;
    assert_int_equal(brief_grouping_docs(g, 0, &docs, &nd, NULL), BRIEF_OK);
    assert_int_equal(brief_story_compose_docs(st, docs, nd, NULL, &d), BRIEF_OK);
    assert_non_null(strstr(d->headline, "Marrowbridge"));
    brief_digest_free(d);
    brief_story_free(st);
    brief_grouping_free(g);
    brief_ctx_free(ctx);
}

/* Dates in the front matter: the same two stories, dated within days of
 * each other, still come apart. */
static void test_dated(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char *const *stories[2] = {news_flood, news_chess};
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < 3; i++) {
            char text[2048], name[32];
            int n = snprintf(text, sizeof text, "date: 2025-03-0%d\n%s", i + 1, stories[k][i]);
            snprintf(name, sizeof name, "d%d%d.txt", k, i);
            assert_int_equal(brief_story_add_text(st, name, text, (size_t)n), BRIEF_OK);
        }
    assert_string_equal(brief_story_doc(st, 0)->date, "2025-03-01");
    brief_grouping *g = NULL;
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 2);
    size_t nd;
    for (size_t k = 0; k < 2; k++) {
        assert_int_equal(brief_grouping_docs(g, k, NULL, &nd, NULL), BRIEF_OK);
        assert_int_equal(nd, 3);
    }
    brief_grouping_free(g);
    harness_story_free(st, ctx);
}

static void test_refused(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    brief_grouping *g = (brief_grouping *)1;
    assert_int_equal(brief_story_group(st, &g), BRIEF_EEMPTY);
    assert_null(g);
    assert_non_null(strstr(brief_story_errmsg(st), "group: no documents"));
    assert_int_equal(brief_story_group(NULL, &g), BRIEF_EINVAL);
    assert_int_equal(brief_grouping_count(NULL), 0);
    assert_int_equal(brief_grouping_docs(NULL, 0, NULL, NULL, NULL), BRIEF_EINVAL);
    /* One document: one story of one. */
    news_add(st, news_flood, "flood", 0);
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    assert_int_equal(brief_grouping_count(g), 1);
    brief_grouping_free(g);
    harness_story_free(st, ctx);
}

static size_t agreeing(const uint32_t *a, const uint32_t *b, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) k += a[i] == b[i];
    return k;
}

/* Sketches: the same text gives the same signature (also in another
 * story), two articles of one story agree more than two of different
 * stories. */
static void test_sketch(void **state)
{
    (void)state;
    enum { H = 64 };
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    news_add(st, news_flood, "flood", 0);
    news_add(st, news_flood, "flood", 1);
    news_add(st, news_chess, "chess", 0);
    uint32_t s0[H], s1[H], s2[H], again[H];
    assert_int_equal(brief_story_sketch(st, 0, s0, H), BRIEF_OK);
    assert_int_equal(brief_story_sketch(st, 1, s1, H), BRIEF_OK);
    assert_int_equal(brief_story_sketch(st, 2, s2, H), BRIEF_OK);
    assert_true(agreeing(s0, s1, H) > agreeing(s0, s2, H));
    brief_story *other = NULL;
    assert_int_equal(brief_story_new(ctx, &other), BRIEF_OK);
    news_add(other, news_chess, "chess", 1);
    news_add(other, news_flood, "flood", 0);
    assert_int_equal(brief_story_sketch(other, 1, again, H), BRIEF_OK);
    assert_memory_equal(s0, again, sizeof s0);
    assert_int_equal(brief_story_sketch(other, 2, again, H), BRIEF_EINVAL);
    brief_story_free(other);
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_two_stories),
        cmocka_unit_test(test_dated),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_sketch),
    };
    return cmocka_run_group_tests_name("grouping", tests, NULL, NULL);
}
