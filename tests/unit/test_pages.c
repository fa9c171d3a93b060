/* Unit tests: pages.c (brief_pages, and a page read by a story through
 * brief_story_add_file with its metadata). */
#include "harness.h"

static void test_pages(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    brief_pages *p;
    assert_int_equal(brief_pages_new(ctx, &p), BRIEF_OK);
    assert_int_equal(brief_pages_add_file(p, "tests/fixtures/html/jsonld.html"), BRIEF_OK);
    assert_int_equal(brief_pages_add_file(p, "tests/fixtures/html/login.html"), BRIEF_EEMPTY);
    assert_non_null(strstr(brief_pages_errmsg(p), "no article"));
    const char txt[] = "title: Kelp farms expand\n---\nSeaweed growers on the Brannock coast doubled their lines this year.\n";
    assert_int_equal(brief_pages_add_text(p, "notes/kelp.txt", txt, sizeof txt - 1), BRIEF_OK);
    assert_int_equal(brief_pages_count(p), 2);
    const brief_page *pg = brief_pages_get(p, 1);
    assert_string_equal(pg->title, "Kelp farms expand");
    assert_string_equal(pg->source, "kelp");
    assert_prefix(pg->text, "Seaweed growers");
    assert_null(brief_pages_get(p, 2));
    brief_buffer *b;
    assert_int_equal(brief_buffer_new(NULL, &b), BRIEF_OK);
    assert_int_equal(brief_render_pages(b, p, BRIEF_FORMAT_JSON), BRIEF_OK);
    assert_non_null(strstr(brief_buffer_data(b), "\"author\": \"Ottilie Brandvold\""));
    assert_non_null(strstr(brief_buffer_data(b), "\"author\": null"));
    assert_int_equal(brief_render_pages(b, p, BRIEF_FORMAT_HTML), BRIEF_EINVAL);
    brief_buffer_free(b);
    brief_pages_free(p);

    /* A story reads the page's article, its title, source and URL. */
    brief_story *st;
    assert_int_equal(brief_story_new(ctx, &st), BRIEF_OK);
    assert_int_equal(brief_story_add_file(st, "tests/fixtures/html/jsonld.html"), BRIEF_OK);
    assert_int_equal(brief_story_add_file(st, "tests/fixtures/html/login.html"), BRIEF_EEMPTY);
    const brief_doc_info *info = brief_story_doc(st, 0);
    assert_string_equal(info->title, "Harbour bridge in Velmora reopens after repairs");
    assert_string_equal(info->source, "The Quillmouth Courier");
    assert_string_equal(info->url, "https://news.quillmouth.example/velmora-bridge");
    assert_prefix(info->date, "2031-04-17");
    const brief_sentence *const *sent;
    size_t n;
    assert_int_equal(brief_story_sentences(st, 0, &sent, &n), BRIEF_OK);
    assert_true(n >= 5);
    assert_prefix(sent[0]->text, "The swing bridge");
    for (size_t i = 0; i < n; i++) assert_null(strstr(sent[i]->text, "<"));
    brief_story_free(st);
    brief_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_pages)};
    return cmocka_run_group_tests_name("pages", tests, NULL, NULL);
}
