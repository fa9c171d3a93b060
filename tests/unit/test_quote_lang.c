/* Unit tests: quote_lang, a language's word lists for the quotes stage. */
#include "harness.h"

#include "quote_lang.h"
#include "quotes.h"

static quotes_lang *parse(const char *bytes)
{
    quotes_lang *ql = NULL;
    assert_int_equal(quote_lang_parse(NULL, bytes, strlen(bytes), &ql), BRIEF_OK);
    assert_non_null(ql);
    return ql;
}

static uint32_t cls(const quotes_lang *ql, const char *w)
{
    return word_class(ql, w, strlen(w));
}

static void test_sections(void **state)
{
    (void)state;
    static const char file[] = "# a made-up language\n"
                               "[speech]\nsagte\n  meinte \n"
                               "[article]\nder\ndie\n[definite]\nder\n"
                               "[possessive-suffix]\ns'\n"
                               "[according]\nnach angaben von\nlaut\n"
                               "[agent]\nverbreitet von\n";
    quotes_lang *ql = parse(file);
    assert_int_equal(cls(ql, "sagte"), C_SPEECH);
    assert_int_equal(cls(ql, "meinte"), C_SPEECH); /* trimmed */
    assert_int_equal(cls(ql, "SAGTE"), C_SPEECH);  /* capitals folded */
    assert_int_equal(cls(ql, "der"), C_ARTICLE | C_DEFINITE);
    assert_int_equal(cls(ql, "Die"), C_ARTICLE);
    assert_int_equal(cls(ql, "said"), 0);
    assert_true(word_ends_with(ql, SUF_POSSESSIVE, "Hans'", 5));
    assert_false(word_ends_with(ql, SUF_POSSESSIVE, "s'", 2)); /* the ending alone */
    assert_false(word_ends_with(ql, SUF_GERUND, "sagend", 6)); /* no such list */
    size_t n;
    const char *ph = according_phrase(ql, 0, &n);
    assert_non_null(ph);
    assert_int_equal(n, 16);
    assert_memory_equal(ph, "nach angaben von", 16);
    ph = according_phrase(ql, 1, &n);
    assert_non_null(ph);
    assert_memory_equal(ph, "laut", n);
    assert_null(according_phrase(ql, 2, &n));
    /* [agent] is a list of its own, not more sources */
    ph = agent_phrase(ql, 0, &n);
    assert_non_null(ph);
    assert_memory_equal(ph, "verbreitet von", n);
    assert_null(agent_phrase(ql, 1, &n));
    quote_lang_destroy(ql);
}

/* A language with none of the sections loads and knows no word. */
static void test_empty(void **state)
{
    (void)state;
    quotes_lang *ql = parse("# nothing yet\n");
    assert_int_equal(cls(ql, "the"), 0);
    assert_false(word_ends_with(ql, SUF_ADJECTIVE, "Islamic", 7));
    size_t n;
    assert_null(according_phrase(ql, 0, &n));
    assert_null(agent_phrase(ql, 0, &n));
    quote_lang_destroy(ql);
    quote_lang_destroy(NULL);
}

static void test_bad(void **state)
{
    (void)state;
    quotes_lang *ql = (quotes_lang *)&ql;
    static const char *const bad[] = {
        "[nosuch]\nword\n",         /* unknown section */
        "word\n[speech]\nsaid\n",   /* an entry before any section */
        "[traits]\nverb-third\n",   /* unknown trait */
        "[speech]\nsaidsaidsaidsaidsaidsaidsaidsaidsaidsaidsaidsaid1\n", /* too long */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        assert_int_equal(quote_lang_parse(NULL, bad[i], strlen(bad[i]), &ql), BRIEF_EFORMAT);
        assert_null(ql);
    }
}

/* Traits, role endings and phrasal verbs of a made-up language. */
static void test_traits(void **state)
{
    (void)state;
    static const char file[] = "[traits]\nnouns-capitalised\n[role-suffix]\nwarden\n"
                               "[phrasal]\nspoke up\n";
    quotes_lang *ql = parse(file);
    assert_true(quote_lang_trait(ql, TRAIT_NOUN_CAPS));
    assert_false(quote_lang_trait(ql, TRAIT_V2));
    assert_true(word_ends_with(ql, SUF_ROLE, "Dockwarden", 10));
    assert_false(word_ends_with(ql, SUF_ROLE, "warden", 6));
    size_t n;
    const char *ph = phrasal_verb(ql, 0, &n);
    assert_non_null(ph);
    assert_memory_equal(ph, "spoke up", n);
    assert_null(phrasal_verb(ql, 1, &n));
    quote_lang_destroy(ql);
    /* the shipped German lists: their own, with both traits */
    assert_int_equal(quotes_lang_new(NULL, "german", &ql), BRIEF_OK);
    assert_false(quote_lang_borrowed(ql));
    assert_true(quote_lang_trait(ql, TRAIT_NOUN_CAPS) && quote_lang_trait(ql, TRAIT_V2));
    assert_true(cls(ql, "sagte") & C_SPEECH);
    assert_true(cls(ql, "er") & C_PRON);
    quotes_lang_free(ql);
    /* English has neither */
    assert_int_equal(quotes_lang_new(NULL, "english", &ql), BRIEF_OK);
    assert_false(quote_lang_trait(ql, TRAIT_NOUN_CAPS) || quote_lang_trait(ql, TRAIT_V2));
    quotes_lang_free(ql);
}

/* The shipped English lists hold the words the patterns need. */
static void test_english(void **state)
{
    (void)state;
    quotes_lang *ql = NULL;
    assert_int_equal(quotes_lang_new(NULL, "english", &ql), BRIEF_OK);
    assert_true(cls(ql, "The") & C_DEFINITE);
    assert_true(cls(ql, "an") & C_ARTICLE);
    assert_false(cls(ql, "an") & C_DEFINITE);
    assert_true(cls(ql, "said") & C_SPEECH);
    assert_true(cls(ql, "said") & C_INVERT);
    assert_false(cls(ql, "told") & C_INVERT);
    assert_true(cls(ql, "their") & C_POSSDET);
    assert_true(cls(ql, "of") & C_OF);
    assert_true(word_ends_with(ql, SUF_POSSESSIVE, "Russia's", 8));
    assert_true(word_ends_with(ql, SUF_POSSESSIVE, "Russia\xE2\x80\x99s", 10));
    assert_false(word_ends_with(ql, SUF_POSSESSIVE, "Russians", 8));
    assert_true(word_ends_with(ql, SUF_GERUND, "speaking", 8));
    assert_true(word_ends_with(ql, SUF_ADJECTIVE, "Chinese", 7));
    size_t n;
    const char *ph = according_phrase(ql, 0, &n);
    assert_non_null(ph);
    assert_memory_equal(ph, "according to", n);
    assert_false(quote_lang_borrowed(ql));
    quotes_lang_free(ql);
    /* a language with no file of its own gets the English lists, marked
     * as borrowed */
    assert_int_equal(quotes_lang_new(NULL, "klingon", &ql), BRIEF_OK);
    assert_true(cls(ql, "said") & C_SPEECH);
    assert_true(quote_lang_borrowed(ql));
    quotes_lang_free(ql);
}

static void test_lower_word(void **state)
{
    (void)state;
    char buf[WORD_MAX];
    assert_int_equal(lower_word("McCain", 6, buf), 6);
    assert_string_equal(buf, "mccain");
    char long_word[WORD_MAX + 1];
    memset(long_word, 'a', sizeof long_word);
    assert_int_equal(lower_word(long_word, WORD_MAX, buf), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sections), cmocka_unit_test(test_empty),
        cmocka_unit_test(test_bad),      cmocka_unit_test(test_english),
        cmocka_unit_test(test_lower_word), cmocka_unit_test(test_traits),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
