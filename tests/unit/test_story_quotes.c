/* Unit tests: story_quotes.c (the quotes of a story, speakers canonical
 * across its documents), on invented news. */
#include "harness.h"

#include "news_fixture.h"
#include "story_quotes.h"

/* The mayor is quoted in full in flood0 and by surname in flood2: both
 * quotes get her full name, each points at its own document. */
static void test_canonical_speakers(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    for (int i = 0; i < 3; i++) news_add(st, news_flood, "flood", i);
    const brief_quote *const *q;
    size_t n;
    assert_int_equal(brief_story_quotes(st, &q, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    assert_string_equal(q[0]->speaker, "Elsie Carrow");
    assert_string_equal(q[1]->speaker, "Elsie Carrow");
    assert_int_equal(q[0]->doc, 0);
    assert_int_equal(q[1]->doc, 2);
    assert_int_equal(q[1]->nsources, 1);
    assert_int_equal(q[1]->sources[0], 3);
    assert_non_null(strstr(q[1]->text, "The water is falling"));
    const char *raw = news_flood[2];
    assert_true(q[1]->end > q[1]->start);
    assert_non_null(strstr(raw + q[1]->start, "water is falling"));
    /* Kept with the story: indices of each document's first quote. */
    assert_int_equal(st->quote_start[0], 0);
    assert_int_equal(st->quote_start[1], 1);
    assert_int_equal(st->quote_start[2], 1);
    assert_int_equal(st->quote_start[3], 2);
    harness_story_free(st, ctx);
}

/* Asked again after a document is added: the new document is searched
 * and its speaker made canonical with the earlier ones. */
static void test_documents_added_later(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    news_add(st, news_flood, "flood", 2);
    const brief_quote *const *q;
    size_t n;
    assert_int_equal(brief_story_quotes(st, &q, &n), BRIEF_OK);
    assert_int_equal(n, 1);
    assert_string_equal(q[0]->speaker, "Carrow");
    news_add(st, news_flood, "flood", 0);
    assert_int_equal(story_quotes(st), BRIEF_OK);
    assert_int_equal(st->nquotes, 2);
    assert_int_equal(st->canonical_docs, 2);
    assert_int_equal(brief_story_quotes(st, &q, &n), BRIEF_OK);
    assert_string_equal(q[0]->speaker, "Elsie Carrow");
    assert_int_equal(q[1]->doc, 1);
    assert_int_equal(brief_story_quotes(NULL, &q, &n), BRIEF_EINVAL);
    harness_story_free(st, ctx);
}

static void test_no_quotes(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    news_add(st, news_chess, "chess", 0);
    const brief_quote *const *q = NULL;
    size_t n = 7;
    assert_int_equal(brief_story_quotes(st, &q, &n), BRIEF_OK);
    assert_int_equal(n, 0);
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_canonical_speakers),
        cmocka_unit_test(test_documents_added_later),
        cmocka_unit_test(test_no_quotes),
    };
    return cmocka_run_group_tests_name("story_quotes", tests, NULL, NULL);
}
