/* Unit tests: labels, the renderers' fixed words by language. */
#include "harness.h"

#include "arena.h"
#include "labels.h"
#include "render.h"

static void assert_label(const char *language, const char *key, const char *want)
{
    size_t n = 0;
    const char *s = label_lookup(language, key, &n);
    assert_non_null(s);
    assert_int_equal(n, strlen(want));
    assert_memory_equal(s, want, n);
}

static void test_english(void **state)
{
    (void)state;
    assert_label("english", "key-points", "Key points");
    assert_label("english", "quotes", "Quotes");
    assert_label("english", "sources", "Sources");
    /* the Porter stemmer's name is English */
    assert_label("porter", "quotes", "Quotes");
    labels lb;
    labels_load(&lb, "english");
    assert_string_equal(lb.text[LABEL_KEY_POINTS], "Key points");
    assert_string_equal(lb.text[LABEL_QUOTES], "Quotes");
    assert_string_equal(lb.text[LABEL_SOURCES], "Sources");
    assert_string_equal(lb.text[LABEL_SPEAKER_UNKNOWN], "(speaker unknown)");
}

/* A language without a file, an odd name or none gets English. */
static void test_fallback(void **state)
{
    (void)state;
    assert_label("klingon", "sources", "Sources");
    assert_label(NULL, "key-points", "Key points");
    assert_label("", "quotes", "Quotes");
    assert_label("../labels/english", "quotes", "Quotes");
    labels lb;
    memset(&lb, 'x', sizeof lb);
    labels_load(&lb, "klingon");
    assert_string_equal(lb.text[LABEL_QUOTES], "Quotes");
    labels_load(&lb, NULL);
    assert_string_equal(lb.text[LABEL_SOURCES], "Sources");
}

/* A key no file has is NULL; a key is matched whole, never as a prefix. */
static void test_missing_key(void **state)
{
    (void)state;
    size_t n = 7;
    assert_null(label_lookup("english", "no-such-label", &n));
    assert_null(label_lookup("english", "quote", &n));
    assert_null(label_lookup("english", "quotess", &n));
    assert_null(label_lookup("english", "", &n));
    assert_null(label_lookup("klingon", "no-such-label", &n));
}

static void test_keys(void **state)
{
    (void)state;
    assert_string_equal(label_key(LABEL_KEY_POINTS), "key-points");
    assert_string_equal(label_key(LABEL_QUOTES), "quotes");
    assert_string_equal(label_key(LABEL_SOURCES), "sources");
    assert_string_equal(label_key(LABEL_COUNT), "");
}

/* The renderers take their headings from here, by the digest's
 * language; a language without a file renders the English ones. */
static void test_renderers(void **state)
{
    (void)state;
    static const size_t one[] = {1};
    static const brief_point points[] = {{.text = "A point.", .sources = one, .nsources = 1}};
    static const brief_quote quotes[] = {{.text = "Words", .speaker = "Ana Lopez",
                                          .sources = one, .nsources = 1}};
    static const brief_source sources[] = {{1, "A title", "gazette", "in/a.txt", NULL, NULL, NULL}};
    static const char *const langs[] = {"english", "klingon", NULL};
    typedef brief_status (*renderer)(const brief_digest *, rbuf *);
    static const renderer fs[] = {render_text, render_markdown, render_html};
    static const char *const want[][3] = {
        {"\nKey points\n", "\nQuotes\n", "\nSources\n"},
        {"## Key points\n", "## Quotes\n", "## Sources\n"},
        {"<h2>Key points</h2>", "<h2>Quotes</h2>", "<h2>Sources</h2>"},
    };
    for (size_t l = 0; l < 3; l++)
        for (size_t f = 0; f < 3; f++) {
            brief_digest d = {.headline = "Headline", .lead = "The lead.",
                              .points = (const brief_point *const[]){points}, .npoints = 1,
                              .quotes = (const brief_quote *const[]){quotes}, .nquotes = 1,
                              .sources = (const brief_source *const[]){sources}, .nsources = 1, .language = langs[l]};
            arena *ar = arena_new(NULL);
            assert_non_null(ar);
            rbuf b;
            rbuf_init(&b, ar);
            assert_int_equal(fs[f](&d, &b), BRIEF_OK);
            for (size_t k = 0; k < 3; k++) assert_non_null(strstr(b.p, want[f][k]));
            arena_free(ar);
        }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_english),
        cmocka_unit_test(test_fallback),
        cmocka_unit_test(test_missing_key),
        cmocka_unit_test(test_keys),
        cmocka_unit_test(test_renderers),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
