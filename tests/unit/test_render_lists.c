/* Unit tests: the list renderers (render_lists.c): summaries, sentences,
 * quotes and sketches in each of their formats, on a small invented story
 * whose second file has a name that is not UTF-8. */
#include <jansson.h>

#include "harness.h"

static const char article_a[] =
    "title: Council backs new bridge\nsource: Gazette\n---\n"
    "The city council voted on Tuesday to build a new bridge over the river.\n"
    "\"This is a great day for the city,\" said Mayor Jane Doe.\n"
    "Construction is due to start in March next year.\n"
    "The bridge will cost forty million dollars.\n";
static const char article_b[] =
    "Councillors approved the new river bridge by seven votes to two on Tuesday.\n"
    "The bridge will cost forty million dollars, officials said.\n"
    "Work on the bridge starts in March.\n";
#define NAME_B "caf\xC3\xA9_\xFF.txt"
#define NAME_B_JSON "caf\xC3\xA9_\xEF\xBF\xBD.txt"
#define NAME_B_EXACT "caf\xC3\xA9_\\xFF.txt" /* "file_bytes", after JSON decoding */

typedef struct fixture {
    brief_ctx *ctx;
    brief_story *st;
    brief_buffer *out;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->st = harness_story_new(&f->ctx, "english");
    harness_story_add(f->st, "in/a.txt", article_a);
    harness_story_add(f->st, NAME_B, article_b);
    if (brief_buffer_new(NULL, &f->out)) return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    brief_buffer_free(f->out);
    harness_story_free(f->st, f->ctx);
    free(f);
    return 0;
}

static json_t *parse(const brief_buffer *b)
{
    json_error_t err;
    json_t *j = json_loadb(brief_buffer_data(b), brief_buffer_len(b), 0, &err);
    if (!j) fail_msg("not JSON: %s", err.text);
    return j;
}

static void test_summary(void **state)
{
    fixture *f = *state;
    brief_budget budget = {BRIEF_BUDGET_SENTENCES, 2};
    brief_summary *sum = NULL;
    assert_int_equal(brief_story_summarize(f->st, &budget, &sum), BRIEF_OK);
    assert_int_equal(brief_render_summary(f->out, f->st, sum, &budget, BRIEF_FORMAT_TEXT), BRIEF_OK);
    char want[1024] = "";
    for (size_t i = 0; i < brief_summary_count(sum); i++) {
        strcat(want, brief_summary_sentence(sum, i)->text);
        strcat(want, "\n");
    }
    assert_string_equal(brief_buffer_data(f->out), want);

    brief_buffer_clear(f->out);
    assert_int_equal(brief_render_summary(f->out, f->st, sum, &budget, BRIEF_FORMAT_JSON), BRIEF_OK);
    const char *text = brief_buffer_data(f->out);
    static const char head[] = "{\n  \"language\": \"english\",\n  \"budget\": {\n    \"unit\": "
                               "\"sentences\",\n    \"value\": 2.0\n  },\n  \"documents\": [";
    assert_memory_equal(text, head, sizeof head - 1);
    assert_string_equal(text + brief_buffer_len(f->out) - 3, "\n}\n");
    json_t *j = parse(f->out);
    assert_int_equal(json_array_size(json_object_get(j, "documents")), 2);
    json_t *doc2 = json_array_get(json_object_get(j, "documents"), 1);
    assert_int_equal(json_integer_value(json_object_get(doc2, "id")), 2);
    assert_string_equal(json_string_value(json_object_get(doc2, "file")), NAME_B_JSON);
    assert_string_equal(json_string_value(json_object_get(doc2, "file_bytes")), NAME_B_EXACT);
    assert_null(json_object_get(json_array_get(json_object_get(j, "documents"), 0), "file_bytes"));
    json_t *first = json_array_get(json_object_get(j, "sentences"), 0);
    const char *keys[] = {"text", "file", "doc", "index", "start", "end", "rank", "score"};
    const char *key;
    json_t *v;
    size_t k = 0;
    json_object_foreach(first, key, v) assert_string_equal(key, keys[k++]);
    assert_int_equal(k, 8);
    json_decref(j);
    assert_int_equal(brief_render_summary(f->out, f->st, sum, &budget, BRIEF_FORMAT_TSV), BRIEF_EINVAL);
    brief_summary_free(sum);
}

static void test_sentences(void **state)
{
    fixture *f = *state;
    assert_int_equal(brief_render_sentences(f->out, f->st, BRIEF_FORMAT_TEXT), BRIEF_OK);
    const brief_sentence *const *s;
    size_t n;
    assert_int_equal(brief_story_sentences(f->st, 1, &s, &n), BRIEF_OK);
    assert_int_equal(n, 3);
    const char *text = brief_buffer_data(f->out);
    assert_non_null(strstr(text, "The city council voted on Tuesday to build a new bridge over "
                                 "the river.\n"));
    assert_string_equal(text + strlen(text) - strlen(s[2]->text) - 1, "Work on the bridge starts in March.\n");

    brief_buffer_clear(f->out);
    assert_int_equal(brief_render_sentences(f->out, f->st, BRIEF_FORMAT_JSON), BRIEF_OK);
    json_t *j = parse(f->out);
    json_t *last = json_array_get(j, json_array_size(j) - 1);
    assert_int_equal(json_integer_value(json_object_get(last, "doc")), 2);
    assert_int_equal(json_integer_value(json_object_get(last, "index")), 2);
    assert_string_equal(json_string_value(json_object_get(last, "file")), NAME_B_JSON);
    assert_string_equal(json_string_value(json_object_get(last, "file_bytes")), NAME_B_EXACT);
    assert_null(json_object_get(last, "rank"));
    json_decref(j);
    assert_int_equal(brief_render_sentences(f->out, f->st, BRIEF_FORMAT_HTML), BRIEF_EINVAL);
}

static void test_quotes(void **state)
{
    fixture *f = *state;
    assert_int_equal(brief_render_quotes(f->out, f->st, BRIEF_FORMAT_TEXT), BRIEF_OK);
    assert_string_equal(brief_buffer_data(f->out),
                        "\xE2\x80\x9CThis is a great day for the city,\xE2\x80\x9D \xE2\x80\x94 Jane Doe\n");
    brief_buffer_clear(f->out);
    assert_int_equal(brief_render_quotes(f->out, f->st, BRIEF_FORMAT_TSV), BRIEF_OK);
    assert_string_equal(brief_buffer_data(f->out),
                        "This is a great day for the city,\tJane Doe\tin/a.txt\tfull\n");
    brief_buffer_clear(f->out);
    assert_int_equal(brief_render_quotes(f->out, f->st, BRIEF_FORMAT_JSON), BRIEF_OK);
    assert_string_equal(brief_buffer_data(f->out),
                        "[\n  {\n    \"text\": \"This is a great day for the city,\",\n"
                        "    \"speaker\": \"Jane Doe\",\n    \"file\": \"in/a.txt\",\n"
                        "    \"role\": \"Mayor\",\n    \"partial\": false,\n"
                        "    \"start\": 125,\n    \"end\": 158\n  }\n]\n");
}

/* A TSV file name cannot break its line: control bytes become '?'. */
static void test_quotes_tsv_name(void **state)
{
    fixture *f = *state;
    brief_story *st = NULL;
    assert_int_equal(brief_story_new(f->ctx, &st), BRIEF_OK);
    assert_int_equal(brief_story_add_text(st, "a\tb\nc.txt", article_a, strlen(article_a)), BRIEF_OK);
    assert_int_equal(brief_render_quotes(f->out, st, BRIEF_FORMAT_TSV), BRIEF_OK);
    assert_non_null(strstr(brief_buffer_data(f->out), "\ta?b?c.txt\tfull\n"));
    brief_story_free(st);
}

/* Nor can it command a terminal: C1 and bidi controls and bytes that are
 * not UTF-8 come out escaped. */
static void test_quotes_tsv_name_escaped(void **state)
{
    fixture *f = *state;
    brief_story *st = NULL;
    assert_int_equal(brief_story_new(f->ctx, &st), BRIEF_OK);
    assert_int_equal(brief_story_add_text(st, "a\xC2\x9B" "b\xE2\x80\xAE" "c\x9B.txt", article_a,
                                          strlen(article_a)),
                     BRIEF_OK);
    assert_int_equal(brief_render_quotes(f->out, st, BRIEF_FORMAT_TSV), BRIEF_OK);
    const char *tsv = brief_buffer_data(f->out);
    assert_non_null(strstr(tsv, "\ta\\u009bb\\u202ec\\x9b.txt\tfull\n"));
    for (const unsigned char *c = (const unsigned char *)tsv; *c; c++)
        assert_true(*c != 0x9B && *c != 0xC2);
    brief_story_free(st);
}

static void test_sketch(void **state)
{
    fixture *f = *state;
    uint32_t sig[8];
    assert_int_equal(brief_story_sketch(f->st, 1, sig, 8), BRIEF_OK);
    assert_int_equal(brief_render_sketch(f->out, f->st, 1, 8, 2), BRIEF_OK);
    const char *line = brief_buffer_data(f->out);
    static const char head[] = "{\"file\":\"" NAME_B_JSON "\",\"file_bytes\":\"caf\xC3\xA9_\\\\xFF.txt\","
                               "\"title\":null,\"minhash\":[";
    assert_memory_equal(line, head, sizeof head - 1);
    /* One line: its only newline ends it. */
    assert_ptr_equal(strchr(line, '\n'), line + brief_buffer_len(f->out) - 1);
    json_t *j = parse(f->out);
    json_t *mh = json_object_get(j, "minhash"), *bands = json_object_get(j, "bands");
    assert_int_equal(json_array_size(mh), 8);
    for (size_t k = 0; k < 8; k++) assert_int_equal(json_integer_value(json_array_get(mh, k)), sig[k]);
    /* Band b: 64-bit FNV-1a over its four rows, one 32-bit step each. */
    for (size_t b = 0; b < 2; b++) {
        uint64_t h = 1469598103934665603ULL;
        for (size_t k = b * 4; k < b * 4 + 4; k++) h = (h ^ sig[k]) * 1099511628211ULL;
        char want[48];
        snprintf(want, sizeof want, "%zu:%016llx", b, (unsigned long long)h);
        assert_string_equal(json_string_value(json_array_get(bands, b)), want);
    }
    json_decref(j);
    size_t len = brief_buffer_len(f->out);
    assert_int_equal(brief_render_sketch(f->out, f->st, 1, 8, 3), BRIEF_EINVAL);
    assert_int_equal(brief_render_sketch(f->out, f->st, 2, 8, 2), BRIEF_EINVAL);
    assert_int_equal(brief_render_sketch(f->out, f->st, 0, 0, 1), BRIEF_EINVAL);
    assert_int_equal(brief_buffer_len(f->out), len);
}

static void test_extensions(void **state)
{
    (void)state;
    assert_string_equal(brief_format_extension(BRIEF_FORMAT_TEXT), "txt");
    assert_string_equal(brief_format_extension(BRIEF_FORMAT_MARKDOWN), "md");
    assert_string_equal(brief_format_extension(BRIEF_FORMAT_HTML), "html");
    assert_string_equal(brief_format_extension(BRIEF_FORMAT_JSON), "json");
    assert_string_equal(brief_format_extension(BRIEF_FORMAT_TSV), "tsv");
    assert_null(brief_format_extension((brief_format)99));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_summary, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sentences, setup, teardown),
        cmocka_unit_test_setup_teardown(test_quotes, setup, teardown),
        cmocka_unit_test_setup_teardown(test_quotes_tsv_name, setup, teardown),
        cmocka_unit_test_setup_teardown(test_quotes_tsv_name_escaped, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sketch, setup, teardown),
        cmocka_unit_test(test_extensions),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
