/* Unit tests: neutral.c (loaded wording, first person and claims outside
 * quotation marks, from data/neutral/<lang>.txt). */
#include "harness.h"

#include "neutral.h"

static neutral_lang *english;

static int setup(void **state)
{
    (void)state;
    return neutral_lang_new(NULL, "english", &english) == BRIEF_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    neutral_lang_free(english);
    return 0;
}

static unsigned check(const char *s)
{
    return neutral_check(english, s, strlen(s));
}

static void test_each_kind(void **state)
{
    (void)state;
    assert_int_equal(check("The council approved the budget on Tuesday."), 0);
    assert_int_equal(check("It was a barbaric attack."), NEUTRAL_LOADED);
    assert_int_equal(check("We expect the vote in May."), NEUTRAL_FIRST);
    assert_int_equal(check("The mayor said the bridge would open."), NEUTRAL_CLAIM);
    assert_int_equal(check("We said the attack was barbaric."),
                     NEUTRAL_LOADED | NEUTRAL_FIRST | NEUTRAL_CLAIM);
}

static void test_whole_words_any_case(void **state)
{
    (void)state;
    assert_int_equal(check("A BARBARIC act."), NEUTRAL_LOADED);
    assert_int_equal(check("Brutal, they called it."), NEUTRAL_LOADED);
    /* Only whole words: "evil" is listed, "evildoers" and "medieval" are not. */
    assert_int_equal(check("The evildoers of medieval tales."), 0);
    assert_int_equal(check("Mine workers voted."), NEUTRAL_FIRST);
    assert_int_equal(check("The minefield was cleared."), 0);
}

static void test_prefix_entries(void **state)
{
    (void)state;
    /* "slam*" matches any ending, and the bare stem. */
    assert_int_equal(check("Critics slammed the plan."), NEUTRAL_LOADED);
    assert_int_equal(check("A slam for the plan."), NEUTRAL_LOADED);
    assert_int_equal(check("A sla for the plan."), 0);
}

static void test_apostrophes(void **state)
{
    (void)state;
    assert_int_equal(check("I'm leaving the race."), NEUTRAL_FIRST);
    /* The curly apostrophe (U+2019) matches the list's straight one. */
    assert_int_equal(check("Let\u2019s go to the polls."), NEUTRAL_FIRST);
    assert_int_equal(check("It\u2019s over."), 0);
}

static void test_quotes_are_free(void **state)
{
    (void)state;
    /* Inside quotation marks of every kind anything may be said. */
    assert_int_equal(check("He called it \u201Cbarbaric\u201D."), 0);
    assert_int_equal(check("He called it \"barbaric\"."), 0);
    assert_int_equal(check("He called it ``barbaric''."), 0);
    assert_int_equal(check("\u201CWe said so,\u201D officials noted."), 0);
    /* After the closing mark the brief's own voice is judged again. */
    assert_int_equal(check("\u201CFine,\u201D the brutal regime replied."), NEUTRAL_LOADED);
}

static void test_length_and_long_words(void **state)
{
    (void)state;
    const char *s = "said brutal";
    assert_int_equal(neutral_check(english, s, 4), NEUTRAL_CLAIM);
    assert_int_equal(neutral_check(english, s, 0), 0);
    /* A word longer than any entry is skipped, and the words after it are
     * still looked at. */
    char text[300];
    memset(text, 'm', 200);
    memcpy(text, "slam", 4);
    strcpy(text + 200, " brutal");
    assert_int_equal(check(text), NEUTRAL_LOADED);
    text[200] = '\0';
    assert_int_equal(check(text), 0);
}

static void test_language_without_list(void **state)
{
    (void)state;
    neutral_lang *nl = NULL;
    assert_int_equal(neutral_lang_new(NULL, "french", &nl), BRIEF_OK);
    assert_non_null(nl);
    const char *s = "We said it was barbaric.";
    assert_int_equal(neutral_check(nl, s, strlen(s)), 0);
    neutral_lang_free(nl);
    assert_int_equal(neutral_check(NULL, s, strlen(s)), 0);
    neutral_lang_free(NULL);
}

static void test_out_of_memory(void **state)
{
    (void)state;
    /* Each allocation fails in turn: ENOMEM, nothing returned, nothing left
     * allocated; with enough allowed, the list loads and works. */
    long left = 0;
    for (;; left++) {
        assert_true(left < 64);
        harness_alloc h = {.left = left};
        brief_allocator a = harness_allocator(&h);
        neutral_lang *nl = (neutral_lang *)&h;
        brief_status s = neutral_lang_new(&a, "english", &nl);
        if (s == BRIEF_OK) {
            assert_int_equal(neutral_check(nl, "brutal", 6), NEUTRAL_LOADED);
            neutral_lang_free(nl);
            assert_int_equal(h.live, 0);
            break;
        }
        assert_int_equal(s, BRIEF_ENOMEM);
        assert_null(nl);
        assert_int_equal(h.live, 0);
    }
    assert_true(left >= 2); /* at least the object and its word list */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_each_kind),
        cmocka_unit_test(test_whole_words_any_case),
        cmocka_unit_test(test_prefix_entries),
        cmocka_unit_test(test_apostrophes),
        cmocka_unit_test(test_quotes_are_free),
        cmocka_unit_test(test_length_and_long_words),
        cmocka_unit_test(test_language_without_list),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
