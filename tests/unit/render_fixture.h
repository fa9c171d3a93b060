/*
 * render_fixture.h - what the renderer tests share (test_render.c,
 * test_render_text.c, _md.c, _html.c, _json.c): an invented digest of a
 * council's bridge vote (two points, two quotes, three sources, the second
 * with no title), rendering a digest into a malloc'd string, the shape
 * every text render must have, and reading a string member of a JSON
 * object.
 *
 * Everything is static so each test file gets its own copy; the functions
 * are also inline so a file that does not use one is not warned about it.
 */
#ifndef RENDER_FIXTURE_H
#define RENDER_FIXTURE_H

#include <jansson.h>

#include "harness.h"

#include "arena.h"
#include "render.h"
#include "text.h"

typedef brief_status (*renderer)(const brief_digest *, rbuf *);

static const size_t s123[] = {1, 2, 3}, s2[] = {2}, s13[] = {1, 3};

static const brief_point sample_points[] = {
    {.text = "Construction is due to start in March next year, and the "
             "council says the bridge will open to traffic in 2028.",
     .sources = s123, .nsources = 3, .score = 0.5},
    {.text = "The bridge will cost $40m.", .sources = s2, .nsources = 1,
     .score = 0.25},
};
static const brief_quote sample_quotes[] = {
    {.text = "This is a great day for the city and for everyone who "
             "crosses the river every morning",
     .speaker = "Jane Doe", .role = "Mayor of Riverton", .sources = s13,
     .nsources = 2},
    {.text = "We will keep fighting", .speaker = "John Roe", .role = NULL,
     .sources = s2, .nsources = 1},
};
static const brief_source sample_sources[] = {
    {1, "Council approves new bridge", "gazette", "in/g1.txt", NULL, NULL, NULL},
    {2, NULL, "wire", "in/w2.txt", NULL, NULL, NULL},
    {3, "Bridge vote: 7-2", "herald", "in/h3.txt", NULL, NULL, NULL},
};
/* The digest hands out its elements as arrays of pointers. */
static const brief_point *const sample_point_ptrs[] = {&sample_points[0], &sample_points[1]};
static const brief_quote *const sample_quote_ptrs[] = {&sample_quotes[0], &sample_quotes[1]};
static const brief_source *const sample_source_ptrs[] = {&sample_sources[0], &sample_sources[1],
                                                         &sample_sources[2]};

static inline brief_digest sample(void)
{
    brief_digest d = {
        .headline = "Council approves new bridge",
        .headline_source = 1,
        .lead = "The city council voted 7-2 on Tuesday to build a new "
                "bridge over the river, ending a decade of debate.",
        .lead_source = 2,
        .points = sample_point_ptrs, .npoints = 2,
        .quotes = sample_quote_ptrs, .nquotes = 2,
        .sources = sample_source_ptrs, .nsources = 3,
        .language = "english",
    };
    return d;
}

/* Renders into a fresh arena; the result is a malloc'd copy. */
static inline char *render(renderer f, const brief_digest *d)
{
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    rbuf b;
    rbuf_init(&b, ar);
    assert_int_equal(f(d, &b), BRIEF_OK);
    assert_int_equal(strlen(b.p), b.len);
    char *out = strdup(b.p);
    arena_free(ar);
    assert_non_null(out);
    return out;
}

/* Every line at most 72 display columns, no trailing space, output ends
 * with exactly one newline, no control bytes but LF. */
static inline void check_text_shape(const char *s)
{
    size_t len = strlen(s);
    assert_true(len > 0);
    assert_int_equal(s[len - 1], '\n');
    if (len > 1) assert_true(s[len - 2] != '\n');
    size_t i = 0, col = 0;
    while (i < len) {
        int32_t cp;
        size_t k = text_decode(s + i, len - i, &cp);
        assert_false(cp == 0xFFFD && k == 1);   /* valid UTF-8 out */
        if (cp == '\n') {
            if (i > 0) assert_true(s[i - 1] != ' ');
            col = 0;
        } else {
            assert_false(render_is_control(cp));
            col += (size_t)render_cp_width(cp);
            assert_true(col <= 72);
        }
        i += k;
    }
}

/* The string member `key` of o; the test fails when it is not a string. */
static inline const char *jget_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    assert_true(json_is_string(v));
    return json_string_value(v);
}

#endif
