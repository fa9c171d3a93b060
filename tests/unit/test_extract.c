/* Unit tests: extract.c (the article of a page and its metadata), on
 * pages written for these tests (tests/fixtures/html/). */
#include "harness.h"

#include "arena.h"
#include "extract.h"

static brief_status page(arena *ar, const char *path, extract_page *p)
{
    size_t len;
    char *b = harness_slurp(path, &len);
    assert_non_null(b);
    brief_status s = extract_html(ar, b, len, p);
    free(b);
    return s;
}

static void test_jsonld_page(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    extract_page p;
    assert_int_equal(page(ar, "tests/fixtures/html/jsonld.html", &p), BRIEF_OK);
    assert_string_equal(p.title, "Harbour bridge in Velmora reopens after repairs");
    assert_string_equal(p.date, "2031-04-17T08:30:00+01:00");
    assert_string_equal(p.author, "Ottilie Brandvold");
    assert_string_equal(p.source, "The Quillmouth Courier");
    assert_string_equal(p.url, "https://news.quillmouth.example/velmora-bridge");
    assert_string_equal(p.lang, "en-gb");
    /* Body, heading, quote and list items in; the rest out. */
    assert_prefix(p.text, "The swing bridge over Velmora harbour");
    assert_non_null(strstr(p.text, "\n\nFerries to stop\n\n"));
    assert_non_null(strstr(p.text, "Ansgar Pelletier."));
    assert_non_null(strstr(p.text, "Lorries over 18 tonnes"));
    const char *out[] = {"cookies", "Home", "Share on", "Related", "Barge owner", "Finally!",
                         "Copyright", "Photo:", "By Ottilie", "reopens after repairs"};
    for (size_t i = 0; i < sizeof out / sizeof out[0]; i++) assert_null(strstr(p.text, out[i]));
    assert_int_equal(p.paragraphs, 7);
    arena_free(ar);
}

static void test_plain_page(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    extract_page p;
    assert_int_equal(page(ar, "tests/fixtures/html/plain.html", &p), BRIEF_OK);
    assert_string_equal(p.title, "Orchard growers fear late frost");
    assert_string_equal(p.date, "2030-09-02");
    assert_string_equal(p.author, "Piet Harmsworth");
    assert_null(p.source);
    assert_int_equal(p.paragraphs, 3);
    assert_null(strstr(p.text, "Most read"));
    assert_null(strstr(p.text, "Front page"));
    assert_null(strstr(p.text, "Privacy"));
    /* Declared iso-8859-1, the entity decoded: "café". */
    assert_non_null(strstr(p.text, "caf\xC3\xA9 owners"));
    arena_free(ar);
}

static void test_no_article(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    extract_page p;
    assert_int_equal(page(ar, "tests/fixtures/html/login.html", &p), BRIEF_EEMPTY);
    assert_string_equal(p.title, "Sign in");
    /* Junk and broken markup: no crash, no article. */
    const char junk[] = "\x00\xff<<<</div></p><table><td><a href=\"<\x01\x02>";
    assert_int_equal(extract_html(ar, junk, sizeof junk - 1, &p), BRIEF_EEMPTY);
    assert_int_equal(extract_html(ar, "", 0, &p), BRIEF_EEMPTY);
    arena_free(ar);
}

static void test_dates(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_string_equal(extract_date(ar, "2029-11-03T07:15:00Z", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "2029-11-03T07:15:00Z", 1), "2029-11-03T07:15:00Z");
    assert_string_equal(extract_date(ar, "Sat, 3 Nov 2029 07:15:00 GMT", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "November 3, 2029", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "3 November 2029", 0), "2029-11-03");
    assert_string_equal(extract_date(ar, "2029/11/03", 0), "2029-11-03");
    assert_null(extract_date(ar, "yesterday", 0));
    assert_null(extract_date(ar, "2029-13-40", 0));
    arena_free(ar);
}

static void test_title_cut(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_string_equal(extract_title_cut(ar, "Tides rise at Porth Ealyn | Coastwatch", "Coastwatch", NULL),
                        "Tides rise at Porth Ealyn");
    assert_string_equal(extract_title_cut(ar, "Coastwatch - Tides rise at Porth Ealyn", "Coastwatch", NULL),
                        "Tides rise at Porth Ealyn");
    /* No site name: a short last part after a longer headline goes. */
    assert_string_equal(extract_title_cut(ar, "Tides rise at Porth Ealyn again - Coastwatch", NULL, NULL),
                        "Tides rise at Porth Ealyn again");
    /* A dash inside a headline stays. */
    assert_string_equal(extract_title_cut(ar, "Ferry - or bridge?", NULL, NULL), "Ferry - or bridge?");
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_jsonld_page),
        cmocka_unit_test(test_plain_page),
        cmocka_unit_test(test_no_article),
        cmocka_unit_test(test_dates),
        cmocka_unit_test(test_title_cut),
    };
    return cmocka_run_group_tests_name("extract", tests, NULL, NULL);
}
