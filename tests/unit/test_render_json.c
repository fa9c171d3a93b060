/* Unit tests: the JSON renderer (render_json.c): the contract's keys, in
 * order, with the sample digest's values; nulls where the digest has
 * nothing and invalid UTF-8 repaired; ids of 0 and non-finite scores as
 * null, scores to 6 significant digits, and strings kept as they are. */
#include <math.h>

#include "render_fixture.h"

static void assert_ids(json_t *arr, const size_t *ids, size_t n)
{
    assert_true(json_is_array(arr));
    assert_int_equal(json_array_size(arr), n);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(json_integer_value(json_array_get(arr, i)), ids[i]);
}

static void test_json_contract(void **state)
{
    (void)state;
    brief_digest d = sample();
    char *out = render(render_json, &d);
    size_t len = strlen(out);
    assert_int_equal(out[len - 1], '\n');
    assert_true(out[len - 2] != '\n');
    json_error_t err;
    json_t *root = json_loads(out, 0, &err);
    assert_non_null(root);
    assert_true(json_is_object(root));

    /* Contract keys first, in contract order. */
    static const char *const order[] = {
        "headline", "lead", "key_points", "quotes", "sources",
        "headline_source", "lead_source", "language"};
    size_t k = 0;
    const char *key;
    json_t *val;
    json_object_foreach(root, key, val) {
        assert_true(k < sizeof order / sizeof *order);
        assert_string_equal(key, order[k]);
        k++;
    }
    assert_int_equal(k, sizeof order / sizeof *order);

    assert_string_equal(jget_str(root, "headline"), d.headline);
    assert_string_equal(jget_str(root, "lead"), d.lead);
    assert_string_equal(jget_str(root, "language"), "english");
    assert_int_equal(json_integer_value(json_object_get(root, "headline_source")), 1);
    assert_int_equal(json_integer_value(json_object_get(root, "lead_source")), 2);

    json_t *pts = json_object_get(root, "key_points");
    assert_int_equal(json_array_size(pts), 2);
    for (size_t i = 0; i < 2; i++) {
        json_t *p = json_array_get(pts, i);
        assert_string_equal(jget_str(p, "text"), sample_points[i].text);
        assert_ids(json_object_get(p, "sources"), sample_points[i].sources,
                   sample_points[i].nsources);
        assert_true(json_real_value(json_object_get(p, "score")) ==
                    sample_points[i].score);
    }
    json_t *qs = json_object_get(root, "quotes");
    assert_int_equal(json_array_size(qs), 2);
    for (size_t i = 0; i < 2; i++) {
        json_t *q = json_array_get(qs, i);
        assert_string_equal(jget_str(q, "text"), sample_quotes[i].text);
        assert_string_equal(jget_str(q, "speaker"), sample_quotes[i].speaker);
        assert_ids(json_object_get(q, "sources"), sample_quotes[i].sources,
                   sample_quotes[i].nsources);
    }
    assert_string_equal(jget_str(json_array_get(qs, 0), "role"), "Mayor of Riverton");
    assert_true(json_is_null(json_object_get(json_array_get(qs, 1), "role")));

    json_t *srcs = json_object_get(root, "sources");
    assert_int_equal(json_array_size(srcs), 3);
    for (size_t i = 0; i < 3; i++) {
        json_t *s = json_array_get(srcs, i);
        assert_int_equal(json_integer_value(json_object_get(s, "id")), i + 1);
        assert_string_equal(jget_str(s, "file"), sample_sources[i].file);
        assert_string_equal(jget_str(s, "name"), sample_sources[i].name);
    }
    assert_string_equal(jget_str(json_array_get(srcs, 0), "title"),
                        "Council approves new bridge");
    assert_true(json_is_null(json_object_get(json_array_get(srcs, 1), "title")));
    assert_non_null(json_object_get(json_array_get(srcs, 1), "author"));
    assert_true(json_is_null(json_object_get(json_array_get(srcs, 1), "author")));
    json_decref(root);
    free(out);

    /* url, date and author of a source go out whole (the stamp too) */
    brief_source by = {.id = 1, .name = "ledger", .file = "ledger.html",
                       .url = "https://ledger.example/a", .date = "2031-03-04T05:06:07Z",
                       .author = "Rune Halvorsen"};
    brief_digest one = {.sources = (const brief_source *const[]){&by}, .nsources = 1};
    out = render(render_json, &one);
    root = json_loads(out, 0, &err);
    assert_non_null(root);
    json_t *s0 = json_array_get(json_object_get(root, "sources"), 0);
    assert_string_equal(jget_str(s0, "author"), "Rune Halvorsen");
    assert_string_equal(jget_str(s0, "date"), "2031-03-04T05:06:07Z");
    assert_string_equal(jget_str(s0, "url"), "https://ledger.example/a");
    json_decref(root);
    free(out);
}

/* Nulls where the digest has nothing, and jansson's refusals handled. */
static void test_json_nulls_and_repair(void **state)
{
    (void)state;
    brief_digest d = {.lead = "bad \xff byte", .lead_source = 1};
    char *out = render(render_json, &d);
    json_t *root = json_loads(out, 0, NULL);
    assert_non_null(root);
    assert_true(json_is_null(json_object_get(root, "headline")));
    assert_true(json_is_null(json_object_get(root, "headline_source")));
    assert_true(json_is_null(json_object_get(root, "language")));
    assert_string_equal(jget_str(root, "lead"), "bad \xEF\xBF\xBD byte");
    assert_int_equal(json_array_size(json_object_get(root, "key_points")), 0);
    assert_int_equal(json_array_size(json_object_get(root, "quotes")), 0);
    assert_int_equal(json_array_size(json_object_get(root, "sources")), 0);
    json_decref(root);
    free(out);
}

/* The score of key point i of root. */
static json_t *point_score(json_t *root, size_t i)
{
    json_t *pt = json_array_get(json_object_get(root, "key_points"), i);
    assert_true(json_is_object(pt));
    return json_object_get(pt, "score");
}

static void test_json_null_ids_and_scores(void **state)
{
    (void)state;
    brief_point pts[] = {
        {.text = "a", .sources = s2, .nsources = 1, .score = NAN},
        {.text = "b", .sources = s2, .nsources = 1, .score = INFINITY},
        {.text = "c", .sources = s2, .nsources = 1, .score = -INFINITY},
        {.text = "d", .sources = s2, .nsources = 1, .score = 1.0},
        {.text = "e", .sources = s2, .nsources = 1, .score = 0.123456789},
        {.text = "f", .sources = NULL, .nsources = 3, .score = -2.5e-7},
    };
    brief_quote q = {.text = "Tab\there, bell\x07 and \"marks\"", .speaker = NULL};
    brief_source src = {4, "T", NULL, NULL, NULL, NULL, NULL};
    brief_digest d = {
        .headline = "Lead as headline", .headline_source = 0,
        .lead = "Lead as headline", .lead_source = 3,
        .points = (const brief_point *const[]){&pts[0], &pts[1], &pts[2], &pts[3],
                                               &pts[4], &pts[5]},
        .npoints = 6,
        .quotes = (const brief_quote *const[]){&q}, .nquotes = 1,
        .sources = (const brief_source *const[]){&src}, .nsources = 1};
    char *out = render(render_json, &d);
    assert_prefix(out, "{\n  \"headline\": \"Lead as headline\",\n");
    json_t *root = json_loads(out, 0, NULL);
    assert_non_null(root);

    /* headline_source 0 means "taken from the lead": null, not 0. */
    assert_true(json_is_null(json_object_get(root, "headline_source")));
    assert_int_equal(json_integer_value(json_object_get(root, "lead_source")), 3);

    for (size_t i = 0; i < 3; i++) assert_true(json_is_null(point_score(root, i)));
    /* A whole score stays a real, so readers get one type. */
    assert_true(json_is_real(point_score(root, 3)));
    assert_non_null(strstr(out, "\"score\": 1.0\n"));
    assert_true(json_real_value(point_score(root, 4)) == 0.123457);
    assert_true(json_real_value(point_score(root, 5)) == -2.5e-7);
    /* No ids (even with a count) is an empty list, never null. */
    json_t *ids = json_object_get(json_array_get(json_object_get(root, "key_points"), 5),
                                  "sources");
    assert_true(json_is_array(ids));
    assert_int_equal(json_array_size(ids), 0);

    json_t *jq = json_array_get(json_object_get(root, "quotes"), 0);
    assert_string_equal(jget_str(jq, "text"), q.text);
    assert_true(json_is_null(json_object_get(jq, "speaker")));
    assert_int_equal(json_array_size(json_object_get(jq, "sources")), 0);
    json_t *js = json_array_get(json_object_get(root, "sources"), 0);
    assert_int_equal(json_integer_value(json_object_get(js, "id")), 4);
    assert_string_equal(jget_str(js, "title"), "T");
    assert_true(json_is_null(json_object_get(js, "file")));
    assert_true(json_is_null(json_object_get(js, "name")));
    json_decref(root);
    free(out);

    rbuf b;
    rbuf_init(&b, NULL);
    assert_int_equal(render_json(NULL, &b), BRIEF_EINVAL);
    assert_int_equal(render_json(&d, NULL), BRIEF_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_json_contract),
        cmocka_unit_test(test_json_nulls_and_repair),
        cmocka_unit_test(test_json_null_ids_and_scores),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
