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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_ids, setup, teardown),
        cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
        cmocka_unit_test_setup_teardown(test_story_lines, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
