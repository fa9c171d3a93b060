/* Unit tests: digest.c (composed briefs of a story or of some of its
 * documents, and their rendering), on invented news. */
#include "harness.h"

#include "news_fixture.h"

/* Some documents only, in any order, duplicates once: sources numbered
 * 1..n in ascending document order, nothing from the other documents. */
static void test_some_documents(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = news_day(&ctx);
    const size_t docs[] = {5, 3, 5};
    brief_digest *d = NULL;
    assert_int_equal(brief_story_compose_docs(st, docs, 3, NULL, &d), BRIEF_OK);
    assert_int_equal(d->nsources, 2);
    assert_int_equal(d->sources[0]->id, 1);
    assert_string_equal(d->sources[0]->file, "chess0.txt");
    assert_string_equal(d->sources[1]->file, "chess2.txt");
    assert_string_equal(d->sources[1]->name, "northern post");
    assert_non_null(strstr(d->lead, "Anand"));
    assert_true(d->headline_source >= 1 && d->headline_source <= 2);
    assert_true(d->npoints >= 1);
    for (size_t i = 0; i < d->npoints; i++) {
        assert_null(strstr(d->points[i]->text, "Marrowbridge"));
        for (size_t k = 0; k < d->points[i]->nsources; k++)
            assert_true(d->points[i]->sources[k] <= 2);
    }
    assert_int_equal(d->nquotes, 0); /* the chess articles quote no one */
    assert_string_equal(d->language, "english");
    brief_digest_free(d);
    harness_story_free(st, ctx);
}

/* The flood's quotes, speakers canonical across its documents; the
 * digest borrows nothing from the story. */
static void test_quotes_and_lifetime(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = news_day(&ctx);
    const size_t docs[] = {0, 1, 2};
    brief_digest *d = NULL;
    assert_int_equal(brief_story_compose_docs(st, docs, 3, NULL, &d), BRIEF_OK);
    brief_story_free(st);
    assert_true(d->nquotes >= 1);
    for (size_t i = 0; i < d->nquotes; i++)
        assert_string_equal(d->quotes[i]->speaker, "Elsie Carrow");
    assert_int_equal(d->nsources, 3);
    const brief_format fmts[] = {BRIEF_FORMAT_TEXT, BRIEF_FORMAT_MARKDOWN, BRIEF_FORMAT_HTML,
                                 BRIEF_FORMAT_JSON};
    for (size_t f = 0; f < 4; f++) {
        const char *out = NULL;
        size_t len = 0;
        assert_int_equal(brief_digest_render(d, fmts[f], &out, &len), BRIEF_OK);
        assert_int_equal(strlen(out), len);
        assert_non_null(strstr(out, "Marrowbridge"));
        assert_non_null(strstr(out, "Elsie Carrow"));
    }
    const char *out;
    assert_int_equal(brief_digest_render(d, (brief_format)42, &out, NULL), BRIEF_EINVAL);
    assert_int_equal(brief_digest_render(NULL, BRIEF_FORMAT_TEXT, &out, NULL), BRIEF_EINVAL);
    brief_digest_free(d);
    brief_digest_free(NULL);
    brief_ctx_free(ctx);
}

static void test_options(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = news_day(&ctx);
    brief_compose_options o;
    brief_compose_options_init(&o);
    o.min_points = 1;
    o.max_points = 1;
    o.max_quotes = 0;
    brief_digest *d = NULL;
    assert_int_equal(brief_story_compose(st, &o, &d), BRIEF_OK);
    assert_int_equal(d->npoints, 1);
    assert_int_equal(d->nquotes, 0);
    assert_int_equal(d->nsources, 6);
    /* A text already reported is not shown again. */
    char first[512];
    snprintf(first, sizeof first, "%s", d->points[0]->text);
    brief_digest_free(d);
    const char *seen[] = {first};
    o.seen = seen;
    o.nseen = 1;
    assert_int_equal(brief_story_compose(st, &o, &d), BRIEF_OK);
    assert_string_not_equal(d->points[0]->text, first);
    brief_digest_free(d);
    o.max_points = 1001;
    assert_int_equal(brief_story_compose(st, &o, &d), BRIEF_EINVAL);
    assert_null(d);
    assert_non_null(strstr(brief_story_errmsg(st), "out of range"));
    harness_story_free(st, ctx);
}

/* Bytes the context's allocator gave out for one compose call of the
 * whole story with o; the digest's lead copied into lead[0..size). */
static size_t compose_bytes(brief_story *st, harness_alloc *h, const brief_compose_options *o,
                            char *lead, size_t size)
{
    brief_digest *d = NULL;
    size_t before = h->bytes;
    assert_int_equal(brief_story_compose(st, o, &d), BRIEF_OK);
    size_t used = h->bytes - before;
    snprintf(lead, size, "%s", d->lead);
    brief_digest_free(d);
    return used;
}

/* A day's earlier texts, sorted once (brief_previous does it at load),
 * are searched as given: composing a story costs no memory in proportion
 * to them, so a day of S stories does not pay S copies and sorts of them
 * (issue 10, item 5).  The unsorted path is measured too, to show the
 * count would see a copy. */
static void test_sorted_seen_not_copied(void **state)
{
    (void)state;
    harness_alloc h = {.left = -1};
    brief_allocator a = harness_allocator(&h);
    brief_config cfg;
    brief_config_init(&cfg);
    cfg.allocator = &a;
    brief_ctx *ctx = NULL;
    brief_story *st = NULL;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    assert_int_equal(brief_story_new(ctx, &st), BRIEF_OK);
    for (int i = 0; i < 3; i++) news_add(st, news_flood, "flood", i);
    enum { N = 50000 };
    char *texts = malloc((size_t)N * 16);
    const char **seen = malloc(N * sizeof *seen);
    for (size_t i = 0; i < N; i++) {
        seen[i] = texts + i * 16;
        snprintf(texts + i * 16, 16, "earlier %06zu", i); /* ascending by strcmp */
    }
    brief_compose_options o;
    brief_compose_options_init(&o);
    assert_int_equal(o.seen_sorted, 0);
    char lead0[512], lead1[512], lead2[512];
    /* The first call analyses the story too: measured after it. */
    compose_bytes(st, &h, &o, lead0, sizeof lead0);
    size_t none = compose_bytes(st, &h, &o, lead0, sizeof lead0);
    o.seen = seen;
    o.nseen = N;
    o.seen_sorted = 1;
    size_t sorted = compose_bytes(st, &h, &o, lead1, sizeof lead1);
    o.seen_sorted = 0;
    size_t unsorted = compose_bytes(st, &h, &o, lead2, sizeof lead2);
    assert_true(sorted < none + N * sizeof *seen / 8);
    assert_true(unsorted >= none + N * sizeof *seen);
    assert_string_equal(lead1, lead0);
    assert_string_equal(lead2, lead0);
    /* The sorted array is searched: a text in it is still left out. */
    o.seen_sorted = 1;
    const char *one[] = {lead0};
    o.seen = one;
    o.nseen = 1;
    compose_bytes(st, &h, &o, lead1, sizeof lead1);
    assert_string_not_equal(lead1, lead0);
    free(seen);
    free(texts);
    harness_story_free(st, ctx);
    assert_int_equal(h.live, 0);
}

static void test_refused(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = news_day(&ctx);
    brief_digest *d = (brief_digest *)1;
    const size_t docs[] = {0, 6};
    assert_int_equal(brief_story_compose_docs(st, docs, 2, NULL, &d), BRIEF_EINVAL);
    assert_null(d);
    assert_non_null(strstr(brief_story_errmsg(st), "no such document"));
    assert_int_equal(brief_story_compose_docs(st, docs, 0, NULL, &d), BRIEF_EINVAL);
    assert_int_equal(brief_story_compose(NULL, NULL, &d), BRIEF_EINVAL);
    assert_int_equal(brief_story_compose(st, NULL, NULL), BRIEF_EINVAL);
    /* After a refused call the next one works: nothing was left held. */
    assert_int_equal(brief_story_compose_docs(st, docs, 1, NULL, &d), BRIEF_OK);
    assert_int_equal(d->nsources, 1);
    brief_digest_free(d);
    harness_story_free(st, ctx);
    /* Nothing to compose. */
    st = harness_story_new(&ctx, NULL);
    assert_int_equal(brief_story_add_text(st, "empty.txt", "", 0), BRIEF_OK);
    assert_int_equal(brief_story_compose(st, NULL, &d), BRIEF_EEMPTY);
    harness_story_free(st, ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_some_documents),
        cmocka_unit_test(test_quotes_and_lifetime),
        cmocka_unit_test(test_options),
        cmocka_unit_test(test_sorted_seen_not_copied),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests_name("digest", tests, NULL, NULL);
}
