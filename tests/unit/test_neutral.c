/* Unit tests: neutral.c (loaded wording, first person, claims). */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "neutral.h"

static unsigned check(const neutral_lang *nl, const char *s)
{
    return neutral_check(nl, s, strlen(s));
}

static void test_words_and_prefixes(void **state)
{
    (void)state;
    neutral_lang *nl = NULL;
    assert_int_equal(neutral_lang_new(NULL, "english", &nl), BRIEF_OK);
    assert_non_null(nl);
    assert_int_equal(check(nl, "The plan was barbaric."), NEUTRAL_LOADED);
    assert_int_equal(check(nl, "BARBARIC plans."), NEUTRAL_LOADED); /* any case */
    assert_int_equal(check(nl, "The minister said it was ready."), NEUTRAL_CLAIM);
    /* A prefix entry ("slam*") matches every word it starts. */
    assert_int_equal(check(nl, "Critics slammed the plan."), NEUTRAL_LOADED);
    assert_int_equal(check(nl, "Critics slam the plan."), NEUTRAL_LOADED);
    /* Whole words only: "sai" and "saids" are not "said". */
    assert_int_equal(check(nl, "Sai saids nothing."), 0);
    /* First person, with a straight or a curly apostrophe. */
    assert_int_equal(check(nl, "We're ready."), NEUTRAL_FIRST);
    assert_int_equal(check(nl, "We\xe2\x80\x99re ready."), NEUTRAL_FIRST);
    /* Flags add up; words inside quotation marks do not count. */
    assert_int_equal(check(nl, "We said the plan was barbaric."),
                     NEUTRAL_FIRST | NEUTRAL_CLAIM | NEUTRAL_LOADED);
    assert_int_equal(check(nl, "\"We think it barbaric,\" the minister said."), NEUTRAL_CLAIM);
    assert_int_equal(check(nl, "The vote was close."), 0);
    neutral_lang_free(nl);
}

static void test_language_without_list(void **state)
{
    (void)state;
    neutral_lang *nl = NULL;
    assert_int_equal(neutral_lang_new(NULL, "finnish", &nl), BRIEF_OK);
    assert_non_null(nl);
    assert_int_equal(check(nl, "We said the plan was barbaric."), 0);
    neutral_lang_free(nl);
    neutral_lang_free(NULL);
    assert_int_equal(neutral_check(NULL, "said", 4), 0);
}

static long fail_at, calls, live;
static void *f_malloc(void *ud, size_t n)
{
    (void)ud;
    if (calls++ >= fail_at) return NULL;
    live++;
    return malloc(n);
}
static void *f_realloc(void *ud, void *p, size_t n)
{
    (void)ud;
    if (calls++ >= fail_at) return NULL;
    if (!p) live++;
    return realloc(p, n);
}
static void f_free(void *ud, void *p)
{
    (void)ud;
    if (p) live--;
    free(p);
}

/* Each allocation failing in turn: BRIEF_ENOMEM, nothing left behind. */
static void test_out_of_memory(void **state)
{
    (void)state;
    brief_allocator a = {f_malloc, f_realloc, f_free, NULL};
    int succeeded = 0;
    for (fail_at = 0; fail_at < 50 && !succeeded; fail_at++) {
        calls = live = 0;
        neutral_lang *nl = (neutral_lang *)1;
        brief_status st = neutral_lang_new(&a, "english", &nl);
        if (st == BRIEF_OK) {
            succeeded = 1;
            assert_int_equal(check(nl, "It was barbaric."), NEUTRAL_LOADED);
            neutral_lang_free(nl);
        } else {
            assert_int_equal(st, BRIEF_ENOMEM);
            assert_null(nl);
        }
        assert_int_equal(live, 0);
    }
    assert_true(succeeded);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_words_and_prefixes),
        cmocka_unit_test(test_language_without_list),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
