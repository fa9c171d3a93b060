/*
 * test_standalone.c - which sentences can be shown out of context.
 */
#include "harness.h"

#include "split.h"
#include "standalone.h"
#include "text.h"

static standalone_lang *english;

static int setup(void **state)
{
    (void)state;
    return standalone_lang_new(NULL, "english", &english) == BRIEF_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    standalone_lang_free(english);
    return 0;
}

static standalone_reason judge(const char *s, uint32_t flags)
{
    return standalone_check(english, s, strlen(s), flags, text_count_words(s, strlen(s)));
}

static void test_openers(void **state)
{
    (void)state;
    assert_int_equal(judge("He said the talks would resume on Monday.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("However, the ministry denied the report.", 0), STANDALONE_DANGLING);
    assert_int_equal(judge("\u201cIt was a mistake,\u201d the minister told reporters.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("In response, Moscow recalled its ambassador.", 0),
                     STANDALONE_DANGLING);
    /* A time told in an earlier sentence ("since then": since what?); a
     * time named is read alone. */
    assert_int_equal(judge("Since then, the council has met only twice.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("By then the ferry had already left the harbour.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("After that, the mayor closed the bridge to lorries.", 0),
                     STANDALONE_DANGLING);
    /* A second of something told before, and a moment after it. */
    assert_int_equal(judge("Another barge ran aground near the lock on Sunday.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("Moments later, the roof of the depot gave way.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("Shortly afterwards, the airport reopened.", 0), STANDALONE_DANGLING);
    assert_int_equal(judge("Anotherside Records signed the band in May.", 0), STANDALONE_OK);
    assert_int_equal(judge("Since the flood, the council has met only twice.", 0), STANDALONE_OK);
    assert_int_equal(judge("After the vote on Monday, the mayor closed the bridge.", 0),
                     STANDALONE_OK);
    /* A word that only starts like one. */
    assert_int_equal(judge("Italy and Spain signed the agreement on Friday.", 0), STANDALONE_OK);
    assert_int_equal(judge("Thesis defences were moved to the spring term.", 0), STANDALONE_OK);
}

/* A connective set off by commas points back wherever it stands. */
static void test_set_off_connectives(void **state)
{
    (void)state;
    assert_int_equal(judge("The firm, however, said profits would fall.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("The threat did have an effect on the auction, however.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("Russia, too, has rejected the proposal.", 0), STANDALONE_DANGLING);
    assert_int_equal(judge("Prices rose, though; wages did not.", 0), STANDALONE_DANGLING);
    assert_int_equal(judge("Ferries, for example, were cancelled until noon.", 0),
                     STANDALONE_DANGLING);
    /* An attribution to a pronoun at the end: the speaker was named in a
     * sentence the reader has not seen. */
    assert_int_equal(judge("Nine more crossings will close in March, she said.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("The levy, they added, would be paid by importers.", 0),
                     STANDALONE_DANGLING);
    assert_int_equal(judge("Nine more crossings will close in March, the agency said.", 0),
                     STANDALONE_OK);
    assert_int_equal(judge("When the lock failed, he said the barges had been warned.", 0),
                     STANDALONE_OK);
    /* Not set off: an ordinary use of the word. */
    assert_int_equal(judge("The court ruled it was too late to appeal the sale.", 0),
                     STANDALONE_OK);
    assert_int_equal(judge("Rates rose, however slightly, for the third month.", 0),
                     STANDALONE_OK);
    assert_int_equal(judge("Officials said, instead of waiting, they would act now.", 0),
                     STANDALONE_OK);
}

static void test_shape(void **state)
{
    (void)state;
    assert_int_equal(judge("Will the talks resume next week?", SPAN_QUESTION),
                     STANDALONE_QUESTION);
    assert_int_equal(judge("Britain disagreed.", 0), STANDALONE_FRAGMENT);
    assert_int_equal(judge("The ministry said in a statement that", SPAN_UNFINISHED),
                     STANDALONE_FRAGMENT);
    assert_int_equal(judge("the rest of the quoted statement went on.", SPAN_IN_QUOTE),
                     STANDALONE_IN_QUOTE);
    assert_int_equal(judge("Officials said \"we will not accept any conditions at all\" today.", 0),
                     STANDALONE_QUOTED);
    assert_int_equal(judge("The ministry called the plan \"unacceptable\" on Sunday evening.", 0),
                     STANDALONE_OK);
}

static void test_quote_share(void **state)
{
    (void)state;
    assert_true(standalone_quote_share("", 0) == 0);
    const char *s = "a \"bc\" d";
    double share = standalone_quote_share(s, strlen(s));
    assert_true(share > 0.24 && share < 0.26); /* 2 of 8 bytes */
    /* Newswire marks count as marks, not as quoted bytes. */
    const char *w = "``abcd''";
    assert_true(standalone_quote_share(w, strlen(w)) == 0.5);
}

/* A language without a list checks only punctuation and length. */
/* A definite description that names nothing needs what it refers to. */
static void test_definite_descriptions(void **state)
{
    (void)state;
    size_t np, nl;
    const char *a = "The minister said it had been the envoy's idea, not his.";
    assert_int_equal(standalone_definite(english, a, strlen(a), &np, &nl),
                     STANDALONE_DEFINITE_SUBJECT);
    /* Its words stop at the verb that ends the subject. */
    assert_int_equal(nl, strlen("minister"));
    assert_memory_equal(a + np, "minister", nl);
    const char *b = "During the talks, Voronkov said the border would stay open.";
    assert_int_equal(standalone_definite(english, b, strlen(b), &np, &nl),
                     STANDALONE_DEFINITE_CLAUSE);
    assert_memory_equal(b + np, "talks", nl);
    const char *c = "The cause of the flooding had not been found by Friday.";
    assert_int_equal(standalone_definite(english, c, strlen(c), &np, &nl),
                     STANDALONE_DEFINITE_SUBJECT);
    assert_memory_equal(c + np, "cause of the flooding", nl);
    /* A capital or a figure names what is meant. */
    const char *named[] = {
        "The Talmora city council approved the budget on Tuesday.",
        "The head of the Ostrava Mining Union resigned on Monday.",
        "The 12 miners were brought to the surface overnight.",
        "Officials said the bridge would reopen in May.",
        "Theatre tickets sold out within an hour.",
    };
    for (size_t i = 0; i < sizeof named / sizeof *named; i++)
        assert_int_equal(standalone_definite(english, named[i], strlen(named[i]), &np, &nl), 0);
    /* The entries of the check are not openers: "the" opens many good
     * sentences, which standalone_check keeps. */
    assert_int_equal(judge(a, 0), STANDALONE_OK);
}

static void test_no_list(void **state)
{
    (void)state;
    standalone_lang *none = NULL;
    assert_int_equal(standalone_lang_new(NULL, "no-such-language", &none), BRIEF_OK);
    const char *s = "However, the ministry denied the report.";
    assert_int_equal(standalone_check(none, s, strlen(s), 0, 6), STANDALONE_OK);
    assert_int_equal(standalone_check(none, s, strlen(s), 0, 3), STANDALONE_FRAGMENT);
    standalone_lang_free(none);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_openers),     cmocka_unit_test(test_set_off_connectives),
        cmocka_unit_test(test_shape),       cmocka_unit_test(test_quote_share),
        cmocka_unit_test(test_no_list),     cmocka_unit_test(test_definite_descriptions),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
