/* Unit tests: brief_edition (edition.c): a day's index in every format,
 * with its separators, the status of each story against an earlier
 * edition, the members JSON adds to each digest, and the exact form of a
 * file name that is not UTF-8; on a small invented day of two stories. */
#include <unistd.h>
#include <jansson.h>

#include "harness.h"

static const char *const articles[] = {
    "title: Council backs new bridge\n---\nThe city council voted on Tuesday to build a new "
    "bridge over the river.\nConstruction is due to start in March next year.\nThe bridge will "
    "cost forty million dollars.\n",
    "title: Bridge vote passes\n---\nCouncillors approved the new river bridge by seven votes to "
    "two on Tuesday.\nThe bridge will cost forty million dollars, officials said.\n",
    "title: Rovers win the cup\n---\nRovers beat United three goals to one in the cup final on "
    "Saturday.\nThe winning goal came in the last minute of the match.\n",
};
static const char *const names[] = {"day/a.txt", "day/b.txt", "day/c.txt"};
static const size_t bridge[] = {0, 1}, cup[] = {2};

typedef struct fixture {
    brief_ctx *ctx;
    brief_story *st;
    brief_digest *d[2];
    char *text[2];   /* each digest rendered alone, per format */
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    assert_non_null(f);
    f->st = harness_story_new(&f->ctx, NULL);
    for (int i = 0; i < 3; i++) harness_story_add(f->st, names[i], articles[i]);
    if (brief_story_compose_docs(f->st, bridge, 2, NULL, &f->d[0]) ||
        brief_story_compose_docs(f->st, cup, 1, NULL, &f->d[1]))
        return -1;
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    for (int i = 0; i < 2; i++) brief_digest_free(f->d[i]);
    harness_story_free(f->st, f->ctx);
    free(f);
    return 0;
}

static char *rendered(brief_digest *d, brief_format fmt)
{
    const char *t;
    size_t n;
    assert_int_equal(brief_digest_render(d, fmt, &t, &n), BRIEF_OK);
    return strdup(t);
}

/* The index of both stories in fmt (with prev, or not); malloc'ed. */
static char *edition(fixture *f, brief_format fmt, const brief_previous *prev)
{
    brief_edition *ed = NULL;
    assert_int_equal(brief_edition_new(NULL, f->st, fmt, prev, &ed), BRIEF_OK);
    const char *text;
    size_t len;
    assert_int_equal(brief_edition_add(ed, f->d[0], bridge, 2, 2, &text, &len), BRIEF_OK);
    if (fmt != BRIEF_FORMAT_JSON) {
        char *alone = rendered(f->d[0], fmt);
        assert_string_equal(text, alone);
        free(alone);
    }
    assert_int_equal(brief_edition_add(ed, f->d[1], cup, 1, 1, &text, &len), BRIEF_OK);
    assert_int_equal(strlen(text), len);
    assert_int_equal(brief_edition_count(ed), 2);
    assert_int_equal(brief_edition_index(ed, &text, &len), BRIEF_OK);
    char *out = strdup(text);
    /* Closed: nothing more can be added. */
    assert_int_equal(brief_edition_add(ed, f->d[1], cup, 1, 1, &text, &len), BRIEF_EINVAL);
    brief_edition_free(ed);
    return out;
}

static void test_separators(void **state)
{
    fixture *f = *state;
    const struct { brief_format fmt; const char *head, *sep, *tail; } cases[] = {
        {BRIEF_FORMAT_TEXT, "", "\n\n", ""},
        {BRIEF_FORMAT_MARKDOWN, "", "\n---\n\n", ""},
        {BRIEF_FORMAT_HTML, "<div class=\"brief-daily\">\n", "<hr>\n", "</div>\n"},
    };
    for (size_t c = 0; c < 3; c++) {
        char *one = rendered(f->d[0], cases[c].fmt), *two = rendered(f->d[1], cases[c].fmt);
        char want[8192];
        snprintf(want, sizeof want, "%s%s%s%s%s", cases[c].head, one, cases[c].sep, two, cases[c].tail);
        char *got = edition(f, cases[c].fmt, NULL);
        assert_string_equal(got, want);
        free(got);
        free(one);
        free(two);
    }
}

/* An earlier edition that carried day/b.txt. */
static brief_previous *earlier(void)
{
    static const char json[] = "{\"stories\": [{\"lead\": \"x\", \"files\": [\"day/b.txt\"]}]}";
    char *path = harness_temp_file(json, sizeof json - 1);
    brief_previous *p = NULL;
    assert_int_equal(brief_previous_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_previous_load(p, path), BRIEF_OK);
    unlink(path);
    free(path);
    return p;
}

static void test_statuses(void **state)
{
    fixture *f = *state;
    brief_previous *p = earlier();
    char *text = edition(f, BRIEF_FORMAT_TEXT, p);
    assert_prefix(text, "[updated]\n");
    assert_non_null(strstr(text, "\n\n[new]\n"));
    free(text);
    char *md = edition(f, BRIEF_FORMAT_MARKDOWN, p);
    assert_prefix(md, "*updated*\n\n");
    assert_non_null(strstr(md, "\n---\n\n*new*\n\n"));
    free(md);
    char *html = edition(f, BRIEF_FORMAT_HTML, p);
    static const char html_head[] = "<div class=\"brief-daily\">\n<p><strong>updated</strong></p>\n";
    assert_memory_equal(html, html_head, sizeof html_head - 1);
    assert_non_null(strstr(html, "<hr>\n<p><strong>new</strong></p>\n"));
    free(html);
    brief_previous_free(p);
}

static void test_json(void **state)
{
    fixture *f = *state;
    brief_previous *p = earlier();
    brief_edition *ed = NULL;
    assert_int_equal(brief_edition_new(NULL, f->st, BRIEF_FORMAT_JSON, p, &ed), BRIEF_OK);
    const char *text;
    size_t len;
    assert_int_equal(brief_edition_add(ed, f->d[0], bridge, 2, 2, &text, &len), BRIEF_OK);
    /* The story's own file: the digest's members, then the edition's. */
    json_t *one = json_loadb(text, len, 0, NULL);
    assert_non_null(one);
    assert_int_not_equal(text[len - 1], '\n');
    const char *want[] = {"headline", "lead", "key_points", "quotes", "sources", "headline_source",
                          "lead_source", "language", "id", "source_count", "files", "status"};
    const char *key;
    json_t *v;
    size_t k = 0;
    json_object_foreach(one, key, v) assert_string_equal(key, want[k++]);
    assert_int_equal(k, 12);
    assert_int_equal(json_integer_value(json_object_get(one, "id")), 1);
    assert_int_equal(json_integer_value(json_object_get(one, "source_count")), 2);
    assert_string_equal(json_string_value(json_array_get(json_object_get(one, "files"), 1)), "day/b.txt");
    assert_string_equal(json_string_value(json_object_get(one, "status")), "updated");
    assert_int_equal(brief_edition_add(ed, f->d[1], cup, 1, 1, &text, &len), BRIEF_OK);
    assert_int_equal(brief_edition_index(ed, &text, &len), BRIEF_OK);
    static const char head[] = "{\n  \"stories\": [\n    {\n      \"headline\": ";
    assert_memory_equal(text, head, sizeof head - 1);
    assert_string_equal(text + len - 7, "\n  ]\n}\n");
    json_t *index = json_loadb(text, len, 0, NULL);
    json_t *stories = json_object_get(index, "stories");
    assert_int_equal(json_array_size(stories), 2);
    /* The same object in the index as in the file. */
    assert_true(json_equal(json_array_get(stories, 0), one));
    json_t *second = json_array_get(stories, 1);
    assert_int_equal(json_integer_value(json_object_get(second, "id")), 2);
    assert_string_equal(json_string_value(json_object_get(second, "status")), "new");
    json_decref(index);
    json_decref(one);
    brief_edition_free(ed);
    brief_previous_free(p);
}

/* A name that is not valid UTF-8: "files" has U+FFFD for its stray byte,
 * "files_bytes" the exact form of every file, and an edition read back
 * from it finds the story again by that name. */
static void test_exact_file_names(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char *raw[] = {"day/x\\y.txt", "day/caf\xFF.txt"};
    for (int i = 0; i < 2; i++) harness_story_add(st, raw[i], articles[i]);
    const size_t docs[] = {0, 1};
    brief_digest *d = NULL;
    assert_int_equal(brief_story_compose_docs(st, docs, 2, NULL, &d), BRIEF_OK);
    brief_previous *none = NULL;
    assert_int_equal(brief_previous_new(NULL, &none), BRIEF_OK);
    brief_edition *ed = NULL;
    assert_int_equal(brief_edition_new(NULL, st, BRIEF_FORMAT_JSON, none, &ed), BRIEF_OK);
    const char *text;
    size_t len;
    assert_int_equal(brief_edition_add(ed, d, docs, 2, 2, &text, &len), BRIEF_OK);
    json_t *one = json_loadb(text, len, 0, NULL);
    assert_non_null(one);
    json_t *files = json_object_get(one, "files"), *exact = json_object_get(one, "files_bytes");
    assert_string_equal(json_string_value(json_array_get(files, 0)), "day/x\\y.txt");
    assert_string_equal(json_string_value(json_array_get(files, 1)), "day/caf\xEF\xBF\xBD.txt");
    assert_int_equal(json_array_size(exact), 2);
    assert_string_equal(json_string_value(json_array_get(exact, 0)), "day/x\\\\y.txt");
    assert_string_equal(json_string_value(json_array_get(exact, 1)), "day/caf\\xFF.txt");
    json_t *source = json_array_get(json_object_get(one, "sources"), 1);
    assert_string_equal(json_string_value(json_object_get(source, "file_bytes")), "day/caf\\xFF.txt");
    json_decref(one);
    assert_int_equal(brief_edition_index(ed, &text, &len), BRIEF_OK);
    char *path = harness_temp_file(text, len);
    brief_previous *p = NULL;
    assert_int_equal(brief_previous_new(NULL, &p), BRIEF_OK);
    assert_int_equal(brief_previous_load(p, path), BRIEF_OK);
    const size_t second[] = {1};
    brief_digest empty = {.npoints = 0};
    assert_string_equal(brief_previous_status(p, st, second, 1, &empty), "unchanged");
    brief_previous_free(p);
    unlink(path);
    free(path);
    brief_edition_free(ed);
    brief_previous_free(none);
    brief_digest_free(d);
    harness_story_free(st, ctx);
}

static void test_arguments(void **state)
{
    fixture *f = *state;
    brief_edition *ed = NULL;
    assert_int_equal(brief_edition_new(NULL, f->st, BRIEF_FORMAT_TSV, NULL, &ed), BRIEF_EINVAL);
    assert_null(ed);
    assert_int_equal(brief_edition_new(NULL, NULL, BRIEF_FORMAT_TEXT, NULL, &ed), BRIEF_EINVAL);
    assert_int_equal(brief_edition_new(NULL, f->st, BRIEF_FORMAT_JSON, NULL, &ed), BRIEF_OK);
    const char *text;
    size_t len;
    assert_int_equal(brief_edition_add(ed, NULL, bridge, 2, 2, &text, &len), BRIEF_EINVAL);
    /* An empty edition is still a whole document. */
    assert_int_equal(brief_edition_index(ed, &text, &len), BRIEF_OK);
    assert_string_equal(text, "{\n  \"stories\": []\n}\n");
    brief_edition_free(ed);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_separators, setup, teardown),
        cmocka_unit_test_setup_teardown(test_statuses, setup, teardown),
        cmocka_unit_test_setup_teardown(test_json, setup, teardown),
        cmocka_unit_test(test_exact_file_names),
        cmocka_unit_test_setup_teardown(test_arguments, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
