/* Unit tests: summary.c (brief_story_summarize and the summary object),
 * on invented news. */
#include <math.h>
#include <string.h>

#include "harness.h"

#include "news_fixture.h"

static brief_story *flood(brief_ctx **ctx)
{
    brief_story *st = harness_story_new(ctx, NULL);
    for (int i = 0; i < 3; i++) news_add(st, news_flood, "flood", i);
    return st;
}

/* Sentences in reading order, each the story's own, with score and rank
 * among all the story's sentences. */
static void test_sentences_budget(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = flood(&ctx);
    brief_budget b = {BRIEF_BUDGET_SENTENCES, 3};
    brief_summary *sum = NULL;
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_OK);
    assert_int_equal(brief_summary_count(sum), 3);
    size_t best = 99;
    for (size_t i = 0; i < 3; i++) {
        const brief_sentence *s = brief_summary_sentence(sum, i);
        const brief_sentence *const *all;
        size_t n;
        assert_int_equal(brief_story_sentences(st, s->doc, &all, &n), BRIEF_OK);
        assert_true(s->index < n);
        assert_string_equal(s->text, all[s->index]->text);
        assert_ptr_not_equal(s->text, all[s->index]->text); /* a copy */
        assert_true(s->score > 0 && s->score < 1);
        if (s->rank < best) best = s->rank;
        if (i) {
            const brief_sentence *p = brief_summary_sentence(sum, i - 1);
            assert_true(p->doc < s->doc || (p->doc == s->doc && p->index < s->index));
        }
    }
    assert_true(best <= 3);
    assert_null(brief_summary_sentence(sum, 3));
    /* The summary outlives the story. */
    char first[256];
    snprintf(first, sizeof first, "%s", brief_summary_sentence(sum, 0)->text);
    brief_story_free(st);
    assert_string_equal(brief_summary_sentence(sum, 0)->text, first);
    brief_summary_free(sum);
    brief_ctx_free(ctx);
}

static void test_word_and_ratio_budgets(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = flood(&ctx);
    brief_budget b = {BRIEF_BUDGET_WORDS, 40};
    brief_summary *sum = NULL;
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_OK);
    size_t total = 0;
    for (size_t i = 0; i < brief_summary_count(sum); i++)
        total += harness_words(brief_summary_sentence(sum, i)->text);
    assert_true(total <= 40 && total >= 20);
    brief_summary_free(sum);
    /* A ratio of all the words: the whole story at 1. */
    size_t all = 0, nsent = 0;
    for (size_t d = 0; d < 3; d++) {
        const brief_sentence *const *s;
        size_t n;
        assert_int_equal(brief_story_sentences(st, d, &s, &n), BRIEF_OK);
        for (size_t i = 0; i < n; i++) all += harness_words(s[i]->text);
        nsent += n;
    }
    b = (brief_budget){BRIEF_BUDGET_RATIO, 0.2};
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_OK);
    total = 0;
    for (size_t i = 0; i < brief_summary_count(sum); i++)
        total += harness_words(brief_summary_sentence(sum, i)->text);
    assert_true(total > 0 && (double)total <= floor(0.2 * (double)all));
    brief_summary_free(sum);
    /* At 1 more fits (near-duplicates still stay out). */
    b.value = 1;
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_OK);
    size_t whole = 0;
    for (size_t i = 0; i < brief_summary_count(sum); i++)
        whole += harness_words(brief_summary_sentence(sum, i)->text);
    assert_true(whole > total && whole <= all);
    assert_true(brief_summary_count(sum) < nsent);
    brief_summary_free(sum);
    /* Nothing fits in 0 words. */
    b = (brief_budget){BRIEF_BUDGET_WORDS, 0};
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_OK);
    assert_int_equal(brief_summary_count(sum), 0);
    brief_summary_free(sum);
    harness_story_free(st, ctx);
}

/* An opening clause on one event ("During the vote,") needs that event
 * told just before it in the summary: the most central sentence of the
 * article, it is passed over when no vote was told. */
static const char *const port_story =
    "Dock workers in Velmar met on Tuesday.\n\n"
    "During the vote, a strike at the grain port won the backing of most workers.\n\n"
    "The grain port handles most of the grain shipped from the region.\n\n"
    "Grain traders said a strike at the port would raise prices.\n\n"
    "A new crane arrived at the grain port in the spring.\n";

static int summary_holds(const brief_summary *sum, const char *prefix)
{
    for (size_t i = 0; i < brief_summary_count(sum); i++)
        if (strncmp(brief_summary_sentence(sum, i)->text, prefix, strlen(prefix)) == 0) return 1;
    return 0;
}

static void test_event_told_before(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    harness_story_add(st, "port.txt", port_story);
    brief_budget b = {BRIEF_BUDGET_SENTENCES, 2};
    brief_summary *sum = NULL;
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_OK);
    assert_int_equal(brief_summary_count(sum), 2);
    assert_false(summary_holds(sum, "During the vote"));
    brief_summary_free(sum);
    brief_story_free(st);
    brief_ctx_free(ctx);
}

static void test_refused(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = flood(&ctx);
    brief_summary *sum = (brief_summary *)1;
    brief_budget b = {(brief_budget_unit)17, 10};
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_EINVAL);
    assert_null(sum);
    assert_non_null(strstr(brief_story_errmsg(st), "budget"));
    b = (brief_budget){BRIEF_BUDGET_WORDS, -5};
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_EINVAL);
    assert_int_equal(brief_story_summarize(st, NULL, &sum), BRIEF_EINVAL);
    assert_int_equal(brief_story_summarize(NULL, &b, &sum), BRIEF_EINVAL);
    assert_int_equal(brief_summary_count(NULL), 0);
    assert_null(brief_summary_sentence(NULL, 0));
    harness_story_free(st, ctx);
    /* A story of no sentences has no summary. */
    st = harness_story_new(&ctx, NULL);
    assert_int_equal(brief_story_add_text(st, "empty.txt", "", 0), BRIEF_OK);
    b = (brief_budget){BRIEF_BUDGET_SENTENCES, 2};
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_EEMPTY);
    assert_non_null(strstr(brief_story_errmsg(st), "empty.txt: no sentences"));
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sentences_budget),
        cmocka_unit_test(test_word_and_ratio_budgets),
        cmocka_unit_test(test_event_told_before),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests_name("summary", tests, NULL, NULL);
}
