/* Unit tests: abbrev.c, the splitter's abbreviation lexicon. */
#include "harness.h"

#include "abbrev.h"

static split_lang *load(const char *language)
{
    split_lang *sl = NULL;
    assert_int_equal(split_lang_new(NULL, language, &sl), BRIEF_OK);
    assert_non_null(sl);
    return sl;
}

static unsigned flags(const split_lang *sl, const char *tok)
{
    return abbrev_flags(sl, tok, strlen(tok));
}

static void test_classes(void **state)
{
    (void)state;
    split_lang *en = load("english");
    assert_true(flags(en, "Mr") & ABBREV_TITLE);
    assert_true(flags(en, "Feb") & (ABBREV_PLAIN | ABBREV_NUMBER));
    assert_true(flags(en, "The") & ABBREV_STARTER);
    assert_int_equal(flags(en, "bridge"), 0);
    /* Closing abbreviations, time qualifiers, conjunctions. */
    assert_true(flags(en, "p.m") & ABBREV_FINAL);
    assert_true(flags(en, "P.M") & ABBREV_FINAL);
    assert_true(flags(en, "etc") & ABBREV_FINAL);
    assert_false(flags(en, "U.S") & ABBREV_FINAL);
    assert_true(flags(en, "Thursday") & ABBREV_QUALIFIER);
    assert_false(flags(en, "Officials") & ABBREV_QUALIFIER);
    assert_true(flags(en, "and") & ABBREV_CONJ);
    assert_false(flags(en, "the") & ABBREV_CONJ);
    split_lang *de = load("german");
    assert_true(flags(de, "usw") & ABBREV_FINAL);
    assert_true(flags(de, "oder") & ABBREV_CONJ);
    split_lang_free(de);
    split_lang_free(en);
}

/* An all-lowercase entry matches any case; a capitalised one only itself
 * or shouting text. */
static void test_case_rules(void **state)
{
    (void)state;
    split_lang *en = load("english");
    unsigned etc = flags(en, "etc");
    assert_true(etc != 0);
    assert_int_equal(flags(en, "Etc"), etc);
    assert_int_equal(flags(en, "ETC"), etc);
    /* "Mr" is written capitalised: "mr" is not a title, "MR" is. */
    assert_false(flags(en, "mr") & ABBREV_TITLE);
    assert_true(flags(en, "MR") & ABBREV_TITLE);
    split_lang_free(en);
}

static void test_languages_and_limits(void **state)
{
    (void)state;
    /* No file for the language, or a name that is not one: the common list. */
    split_lang *none = load("klingon");
    split_lang *bad = load("../english");
    split_lang *null = load(NULL);
    split_lang *en = load("english");
    assert_int_equal(flags(none, "Sen"), flags(bad, "Sen"));
    assert_int_equal(flags(none, "Sen"), flags(null, "Sen"));
    assert_true(flags(en, "Sen") != 0);
    assert_int_equal(flags(none, "Sen"), 0); /* English only */
    assert_true(flags(none, "etc") != 0);  /* common to all */
    assert_true(flags(none, "Mr") & ABBREV_TITLE); /* borrowed everywhere */
    char longtok[ABBREV_TOKEN_MAX + 2];
    memset(longtok, 'a', sizeof longtok - 1);
    longtok[sizeof longtok - 1] = '\0';
    assert_int_equal(flags(en, longtok), 0);
    assert_int_equal(abbrev_flags(NULL, "Mr", 2), 0);
    assert_int_equal(abbrev_flags(en, "", 0), 0);
    assert_int_equal(abbrev_ordinals(NULL), 0);
    split_lang *de = load("german");
    assert_int_equal(abbrev_ordinals(de), 1); /* "3. Oktober" */
    assert_int_equal(abbrev_ordinals(en), 0);
    assert_int_equal(abbrev_colonlower(en), 0);
    assert_int_equal(abbrev_colonlower(de), 0);
    assert_int_equal(abbrev_colonlower(NULL), 0);
    split_lang *fr = load("french");
    assert_int_equal(abbrev_colonlower(fr), 1); /* "au total : il reste" */
    split_lang_free(fr);
    split_lang_free(de);
    split_lang_free(en);
    split_lang_free(none);
    split_lang_free(bad);
    split_lang_free(null);
    split_lang_free(NULL);
}

static void test_out_of_memory(void **state)
{
    (void)state;
    for (long left = 0;; left++) {
        assert_true(left < 64);
        harness_alloc h = {.left = left};
        brief_allocator a = harness_allocator(&h);
        split_lang *sl = NULL;
        brief_status s = split_lang_new(&a, "english", &sl);
        if (s == BRIEF_OK) {
            assert_true(flags(sl, "Mr") & ABBREV_TITLE);
            split_lang_free(sl);
            assert_int_equal(h.live, 0);
            break;
        }
        assert_int_equal(s, BRIEF_ENOMEM);
        assert_null(sl);
        assert_int_equal(h.live, 0);
    }
}

/* A suffix entry ("-str." number) covers compounds ending with it, in any
 * case, but not the suffix alone, nor in a language without the entry. */
static void test_suffix_entries(void **state)
{
    (void)state;
    split_lang *de = load("german");
    assert_true(flags(de, "Birkenstr") & ABBREV_NUMBER);
    assert_true(flags(de, "BIRKENSTR") & ABBREV_NUMBER);
    assert_true(flags(de, "Am-Weiherstr") & ABBREV_NUMBER);
    assert_int_equal(flags(de, "Birkenweg") & ABBREV_NUMBER, 0);
    assert_int_equal(flags(de, "str") & ABBREV_NUMBER, 0);
    /* an exact entry keeps its own flags: "Str." alone is plain */
    assert_true(flags(de, "Str") & ABBREV_PLAIN);
    split_lang_free(de);
    split_lang *en = load("english");
    assert_int_equal(flags(en, "Birkenstr"), 0);
    split_lang_free(en);
}

/* The classes that let a sentence start with no stop before it, and the
 * words after which it cannot. */
static void test_opener_classes(void **state)
{
    (void)state;
    split_lang *de = load("german"), *fr = load("french"), *es = load("spanish");
    /* an opener is a starter too; a noun is neither */
    assert_true(flags(de, "Leider") & ABBREV_OPENER);
    assert_true(flags(de, "Leider") & ABBREV_STARTER);
    assert_false(flags(de, "Leider") & ABBREV_PRONOUN);
    assert_int_equal(flags(de, "Morgen") & ABBREV_OPENER, 0);
    assert_true(flags(es, "Posteriormente") & ABBREV_OPENER);
    /* written capitalised: the lowercase word inside a sentence is none */
    assert_int_equal(flags(fr, "cependant") & ABBREV_OPENER, 0);
    /* articles and prepositions, in any case */
    assert_true(flags(fr, "dans") & ABBREV_NONFINAL);
    assert_true(flags(de, "der") & ABBREV_NONFINAL);
    assert_true(flags(es, "DEL") & ABBREV_NONFINAL);
    assert_int_equal(flags(es, "puerto") & ABBREV_NONFINAL, 0);
    /* the words beside which a number with a period is an ordinal */
    assert_true(flags(de, "am") & ABBREV_ORDINAL);
    assert_true(flags(de, "Im") & ABBREV_ORDINAL);
    assert_true(flags(de, "Oktober") & ABBREV_ORDINAL);
    assert_int_equal(flags(de, "mit") & ABBREV_ORDINAL, 0);
    assert_int_equal(flags(fr, "le") & ABBREV_ORDINAL, 0);
    split_lang *en = load("english");
    assert_int_equal(flags(en, "dans") & ABBREV_NONFINAL, 0);
    split_lang_free(en);
    split_lang_free(de);
    split_lang_free(fr);
    split_lang_free(es);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_classes),
        cmocka_unit_test(test_suffix_entries),
        cmocka_unit_test(test_opener_classes),
        cmocka_unit_test(test_case_rules),
        cmocka_unit_test(test_languages_and_limits),
        cmocka_unit_test(test_out_of_memory),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
