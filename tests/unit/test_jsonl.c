/* Unit tests: one line of --jsonl mode (jsonl.c): the id echoed as given
 * (number, string, anything, or null when absent), the result or the
 * error, one compact line each; front matter from title and source. */
#include <jansson.h>

#include "harness.h"

typedef struct fixture {
    brief_ctx *ctx;
    brief_buffer *out;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    brief_config cfg;
    brief_config_init(&cfg);
    cfg.language = "english";
    if (brief_ctx_new(&cfg, &f->ctx) || brief_buffer_new(NULL, &f->out)) return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    brief_buffer_free(f->out);
    brief_ctx_free(f->ctx);
    free(f);
    return 0;
}

static const brief_budget one = {BRIEF_BUDGET_SENTENCES, 1};

/* The result line of `line` summarized; *failed as set. */
static const char *summarize(fixture *f, const char *line, int *failed)
{
    brief_buffer_clear(f->out);
    assert_int_equal(brief_jsonl_summarize(f->out, f->ctx, line, strlen(line), "line 1", &one, failed),
                     BRIEF_OK);
    const char *text = brief_buffer_data(f->out);
    /* One line: its only newline ends it. */
    assert_ptr_equal(strchr(text, '\n'), text + brief_buffer_len(f->out) - 1);
    return text;
}

static void test_ids(void **state)
{
    fixture *f = *state;
    int failed = -1;
    assert_string_equal(summarize(f, "{\"id\": 7, \"text\": \"The vote was close.\"}\n", &failed),
                        "{\"id\":7,\"sentences\":[{\"text\":\"The vote was close.\",\"start\":0,"
                        "\"end\":19,\"rank\":1}]}\n");
    assert_int_equal(failed, 0);
    const char *line = summarize(f, "{\"text\": \"The vote was close.\", \"id\": \"a-1\"}", &failed);
    assert_prefix(line, "{\"id\":\"a-1\",\"sentences\":");
    line = summarize(f, "{\"text\": \"The vote was close.\"}", &failed);
    assert_prefix(line, "{\"id\":null,\"sentences\":");
    line = summarize(f, "{\"id\": [1.5, {\"k\": \"x\\u0001\"}, true], \"text\": \"The vote.\"}", &failed);
    assert_prefix(line, "{\"id\":[1.5,{\"k\":\"x\\u0001\"},true],\"sentences\":");
}

static void test_errors(void **state)
{
    fixture *f = *state;
    int failed = 0;
    assert_string_equal(summarize(f, "not json\n", &failed), "{\"id\":null,\"error\":\"not a JSON object\"}\n");
    assert_int_equal(failed, 1);
    assert_string_equal(summarize(f, "[1, 2]", &failed), "{\"id\":null,\"error\":\"not a JSON object\"}\n");
    assert_string_equal(summarize(f, "{\"id\": 3, \"text\": 5}", &failed),
                        "{\"id\":3,\"error\":\"no \\\"text\\\" string\"}\n");
    failed = 0;
    const char *line = summarize(f, "{\"id\": 4, \"text\": \"   \"}", &failed);
    assert_prefix(line, "{\"id\":4,\"error\":\"");
    assert_int_equal(failed, 1);
    size_t len = brief_buffer_len(f->out);
    assert_int_equal(brief_jsonl_summarize(f->out, NULL, "{}", 2, "x", &one, NULL), BRIEF_EINVAL);
    assert_int_equal(brief_jsonl_compose(f->out, f->ctx, NULL, 0, "x", NULL, NULL), BRIEF_EINVAL);
    assert_int_equal(brief_buffer_len(f->out), len);
}

static void test_story_lines(void **state)
{
    fixture *f = *state;
    const char *line =
        "{\"id\": 9, \"articles\": ["
        "{\"title\": \"Bridge\\nvote\", \"source\": \"Gazette\", \"text\": \"The council voted "
        "for the bridge on Tuesday. The bridge will cost forty million dollars.\"},"
        "{\"text\": \"Councillors approved the bridge on Tuesday. Work starts in March.\"}]}";
    int failed = -1;
    assert_int_equal(brief_jsonl_compose(f->out, f->ctx, line, strlen(line), "line 1", NULL, &failed),
                     BRIEF_OK);
    assert_int_equal(failed, 0);
    const char *text = brief_buffer_data(f->out);
    assert_prefix(text, "{\"id\":9,\"headline\":");
    json_t *j = json_loads(text, 0, NULL);
    assert_non_null(j);
    json_t *sources = json_object_get(j, "sources");
    assert_int_equal(json_array_size(sources), 2);
    /* Title and source came as front matter, the title on one line. */
    json_t *first = json_array_get(sources, 0);
    assert_string_equal(json_string_value(json_object_get(first, "title")), "Bridge vote");
    assert_string_equal(json_string_value(json_object_get(first, "name")), "Gazette");
    assert_string_equal(json_string_value(json_object_get(first, "file")), "line 1");
    json_decref(j);
    /* summarize reads one article even when "articles" is there. */
    brief_buffer_clear(f->out);
    assert_int_equal(brief_jsonl_summarize(f->out, f->ctx, line, strlen(line), "line 2", &one, &failed),
                     BRIEF_OK);
    assert_string_equal(brief_buffer_data(f->out), "{\"id\":9,\"error\":\"no \\\"text\\\" string\"}\n");
}

/* Offsets count in the line's text even when metadata went before it as
 * front matter; url, date and author reach the sources. */
static void test_metadata_and_offsets(void **state)
{
    fixture *f = *state;
    int failed = -1;
    const char *line = summarize(f, "{\"id\": 1, \"title\": \"Ferry\", \"author\": \"Siv Aune\", "
                                    "\"text\": \"The ferry left late.\"}", &failed);
    assert_string_equal(line, "{\"id\":1,\"sentences\":[{\"text\":\"The ferry left late.\",\"start\":0,"
                              "\"end\":20,\"rank\":1}]}\n");
    const char *story = "{\"id\": 2, \"articles\": [{\"url\": \"https://tide.example/f\", "
                        "\"date\": \"2031-07-08\", \"author\": \"Siv Aune\", \"text\": \"The ferry "
                        "from Skarvik left two hours late on Monday. Passengers waited on the quay.\"}]}";
    brief_buffer_clear(f->out);
    assert_int_equal(brief_jsonl_compose(f->out, f->ctx, story, strlen(story), "line 2", NULL, &failed),
                     BRIEF_OK);
    json_t *j = json_loads(brief_buffer_data(f->out), 0, NULL);
    assert_non_null(j);
    json_t *src = json_array_get(json_object_get(j, "sources"), 0);
    assert_string_equal(json_string_value(json_object_get(src, "url")), "https://tide.example/f");
    assert_string_equal(json_string_value(json_object_get(src, "date")), "2031-07-08");
    assert_string_equal(json_string_value(json_object_get(src, "author")), "Siv Aune");
    json_decref(j);
}

/* A "text" holding a web page is read as its article, with the page's
 * metadata where the line gives none; a page without an article is an
 * error line, not a summary of its menu. */
static void test_html_text(void **state)
{
    fixture *f = *state;
    int failed = -1;
    const char *page =
        "{\"id\": 5, \"source\": \"Fjord Post\", \"text\": \"<!doctype html><html><head>"
        "<title>Ferry late</title><meta name=author content='Ola Rein'></head><body><nav><a href=/>"
        "Home</a></nav><article><h1>Ferry late</h1><p>The ferry from Skarvik left two hours late "
        "on Monday after a fault in its steering gear was found.</p><p>Passengers waited on the "
        "quay in the rain while engineers from the operator repaired it.</p><p>The operator said "
        "the ship had passed its last inspection in March and that the fault was new.</p><p>A "
        "second ferry will run on the route until the repairs are checked by the authority."
        "</p></article></body>"
        "</html>\"}";
    brief_buffer_clear(f->out);
    assert_int_equal(brief_jsonl_compose(f->out, f->ctx, page, strlen(page), "line 5", NULL, &failed),
                     BRIEF_OK);
    assert_int_equal(failed, 0);
    const char *text = brief_buffer_data(f->out);
    assert_null(strstr(text, "<p>"));
    assert_null(strstr(text, "Home"));
    json_t *j = json_loads(text, 0, NULL);
    assert_non_null(j);
    assert_string_equal(json_string_value(json_object_get(j, "headline")), "Ferry late");
    json_t *src = json_array_get(json_object_get(j, "sources"), 0);
    assert_string_equal(json_string_value(json_object_get(src, "name")), "Fjord Post");
    assert_string_equal(json_string_value(json_object_get(src, "author")), "Ola Rein");
    json_decref(j);

    const char *line = summarize(f, "{\"id\": 6, \"text\": \"<html><body><nav><a href=/a>One</a> "
                                    "<a href=/b>Two</a></nav></body></html>\"}", &failed);
    assert_prefix(line, "{\"id\":6,\"error\":\"");
    assert_non_null(strstr(line, "no article"));
    assert_int_equal(failed, 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_ids, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_story_lines, setup, teardown),
        cmocka_unit_test_setup_teardown(test_metadata_and_offsets, setup, teardown),
        cmocka_unit_test_setup_teardown(test_html_text, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
