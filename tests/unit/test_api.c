/* Unit tests: the public API (include/brief.h) end to end: summaries are verbatim,
 * within budget and in reading order; errors are reported; every
 * allocation failure is survived without a leak. */
#include "harness.h"

/* A context with the defaults and the five samples in one story. */
static brief_story *load_samples(brief_ctx **ctx)
{
    brief_story *st = harness_story_new(ctx, NULL);
    for (size_t i = 0; i < HARNESS_NSAMPLES; i++)
        assert_int_equal(brief_story_add_file(st, harness_sample_paths[i]), BRIEF_OK);
    return st;
}

static void test_summary_verbatim_in_order_within_budget(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = load_samples(&ctx);
    assert_string_equal(brief_story_language(st), "english");
    size_t budgets[] = {30, 60, 100, 200};
    for (size_t b = 0; b < 4; b++) {
        brief_budget bud = {BRIEF_BUDGET_WORDS, (double)budgets[b]};
        brief_summary *sum;
        assert_int_equal(brief_story_summarize(st, &bud, &sum), BRIEF_OK);
        size_t total = 0;
        assert_true(brief_summary_count(sum) >= 1);
        for (size_t i = 0; i < brief_summary_count(sum); i++) {
            const brief_sentence *s = brief_summary_sentence(sum, i);
            total += harness_words(s->text);
            /* Verbatim: the offsets point at this very text. */
            size_t len;
            char *raw = harness_slurp(harness_sample_paths[s->doc], &len);
            assert_true(s->end <= len && s->start < s->end);
            char *f = harness_fold(raw + s->start, s->end - s->start);
            assert_string_equal(f, s->text);
            free(f);
            free(raw);
            assert_true(s->rank >= 1);
            assert_true(s->score > 0);
            if (i > 0) {
                const brief_sentence *p = brief_summary_sentence(sum, i - 1);
                assert_true(p->doc < s->doc || (p->doc == s->doc && p->index < s->index));
            }
        }
        assert_true(total <= budgets[b]);
        /* The budget is used, not left mostly empty. */
        assert_true(total >= budgets[b] * 6 / 10);
        brief_summary_free(sum);
    }
    harness_story_free(st, ctx);
}

static void test_byte_and_sentence_budgets(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = load_samples(&ctx);
    brief_budget bytes = {BRIEF_BUDGET_BYTES, 665};
    brief_summary *sum;
    assert_int_equal(brief_story_summarize(st, &bytes, &sum), BRIEF_OK);
    size_t total = 0;
    for (size_t i = 0; i < brief_summary_count(sum); i++)
        total += strlen(brief_summary_sentence(sum, i)->text) + (i > 0);
    assert_true(total <= 665);
    assert_true(total >= 400);
    brief_summary_free(sum);
    brief_budget n = {BRIEF_BUDGET_SENTENCES, 4};
    assert_int_equal(brief_story_summarize(st, &n, &sum), BRIEF_OK);
    assert_int_equal(brief_summary_count(sum), 4);
    brief_summary_free(sum);
    brief_budget bad = {BRIEF_BUDGET_RATIO, 1.5};
    assert_int_equal(brief_story_summarize(st, &bad, &sum), BRIEF_EINVAL);
    assert_null(sum);
    harness_story_free(st, ctx);
}

static void test_errors(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx;
    cfg.language = "klingon";
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_ELANG);
    cfg.language = "auto";
    cfg.idf_path = "/no/such/table";
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_EIO);
    cfg.idf_path = "samples/000_f795227b996e3a8e.txt";
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_EFORMAT);
    cfg.idf_path = NULL;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    brief_story *st;
    assert_int_equal(brief_story_new(ctx, &st), BRIEF_OK);
    assert_int_equal(brief_story_add_file(st, "/no/such/file"), BRIEF_EIO);
    assert_non_null(strstr(brief_story_errmsg(st), "/no/such/file"));
    const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x40\0\0\0\x40\x08\x02\0\0\0\0\0\0\0\0\0\0\0";
    assert_int_equal(brief_story_add_text(st, "img.txt", png, sizeof png), BRIEF_EBINARY);
    assert_int_equal(brief_story_doc_count(st), 0);
    assert_int_equal(brief_story_add_text(st, "empty", "", 0), BRIEF_OK);
    brief_budget b = {BRIEF_BUDGET_SENTENCES, 3};
    brief_summary *sum;
    assert_int_equal(brief_story_summarize(st, &b, &sum), BRIEF_EEMPTY);
    assert_true(strlen(brief_story_errmsg(st)) > 0);
    harness_story_free(st, ctx);
    brief_ctx_free(NULL);
    brief_story_free(NULL);
    brief_summary_free(NULL);
}

static void test_repairs_reported(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = harness_story_new(&ctx, NULL);
    const char text[] = "The council met \xff\xfe on Tuesday night. It approved the budget for the year.";
    assert_int_equal(brief_story_add_text(st, "t", text, sizeof text - 1), BRIEF_OK);
    const brief_doc_info *info = brief_story_doc(st, 0);
    assert_non_null(info);
    assert_int_equal(info->repaired, 2);
    assert_null(brief_story_doc(st, 1));
    const brief_sentence *const *s;
    size_t n;
    assert_int_equal(brief_story_sentences(st, 0, &s, &n), BRIEF_OK);
    assert_int_equal(n, 2);
    assert_non_null(strstr(s[0]->text, "\xef\xbf\xbd"));
    assert_int_equal(s[1]->index, 1);
    harness_story_free(st, ctx);
}

/* Every public call after a story is loaded: summarize, compose and render
 * in each format, quotes, group and compose one group, sketch. */
static brief_status whole_api(brief_story *st)
{
    brief_budget b = {BRIEF_BUDGET_WORDS, 80};
    brief_summary *sum = NULL;
    brief_status s = brief_story_summarize(st, &b, &sum);
    brief_summary_free(sum);
    if (s != BRIEF_OK) return s;
    brief_digest *d = NULL;
    if ((s = brief_story_compose(st, NULL, &d)) != BRIEF_OK) return s;
    for (int f = BRIEF_FORMAT_TEXT; f <= BRIEF_FORMAT_JSON && s == BRIEF_OK; f++) {
        const char *out;
        size_t len;
        s = brief_digest_render(d, (brief_format)f, &out, &len);
    }
    brief_digest_free(d);
    if (s != BRIEF_OK) return s;
    const brief_quote *const *q;
    size_t nq;
    if ((s = brief_story_quotes(st, &q, &nq)) != BRIEF_OK) return s;
    brief_grouping *g = NULL;
    if ((s = brief_story_group(st, &g)) != BRIEF_OK) return s;
    const size_t *docs;
    size_t nd;
    s = brief_grouping_docs(g, 0, &docs, &nd, NULL);
    if (s == BRIEF_OK) s = brief_story_compose_docs(st, docs, nd, NULL, &d);
    brief_grouping_free(g);
    if (s != BRIEF_OK) return s;
    brief_digest_free(d);
    uint32_t sig[16];
    return brief_story_sketch(st, 0, sig, 16);
}

/* Structs the caller allocates carry their size: one not set up by its
 * init function is refused, an older (shorter) one is read as far as it
 * goes. */
static void test_struct_sizes(void **state)
{
    (void)state;
    brief_config cfg;
    memset(&cfg, 0, sizeof cfg);
    brief_ctx *ctx = NULL;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_EINVAL);
    assert_null(ctx);
    brief_config_init(&cfg);
    assert_int_equal(cfg.size, sizeof cfg);
    brief_story *st = load_samples(&ctx);
    brief_compose_options o;
    brief_compose_options_init(&o);
    assert_int_equal(o.size, sizeof o);
    o.max_points = 2;
    o.min_points = 1;
    brief_digest *d = NULL;
    assert_int_equal(brief_story_compose(st, &o, &d), BRIEF_OK);
    assert_true(d->npoints <= 2);
    assert_int_equal(d->nsources, 5);
    for (size_t i = 0; i < d->nsources; i++) assert_int_equal(d->sources[i]->id, i + 1);
    brief_digest_free(d);
    o.size = 0;
    assert_int_equal(brief_story_compose(st, &o, &d), BRIEF_EINVAL);
    assert_null(d);
    harness_story_free(st, ctx);
}

/* The grouping of a day is its own object: it outlives nothing and needs
 * nothing but itself; every document is in exactly one story. */
static void test_grouping_object(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_story *st = load_samples(&ctx);
    brief_grouping *g = NULL;
    assert_int_equal(brief_story_group(NULL, &g), BRIEF_EINVAL);
    assert_int_equal(brief_story_group(st, &g), BRIEF_OK);
    size_t n = brief_grouping_count(g), seen = 0, count[5] = {0};
    assert_true(n >= 1 && n <= 5);
    for (size_t k = 0; k < n; k++) {
        const size_t *docs;
        size_t nd, ns;
        assert_int_equal(brief_grouping_docs(g, k, &docs, &nd, &ns), BRIEF_OK);
        assert_true(nd >= 1 && ns >= 1 && ns <= nd);
        for (size_t i = 0; i < nd; i++) {
            assert_true(docs[i] < 5);
            if (i) assert_true(docs[i] > docs[i - 1]);
            count[docs[i]]++;
        }
        seen += nd;
    }
    assert_int_equal(seen, 5);
    for (size_t i = 0; i < 5; i++) assert_int_equal(count[i], 1);
    assert_int_equal(brief_grouping_docs(g, n, NULL, NULL, NULL), BRIEF_EINVAL);
    brief_story_free(st); /* the grouping does not borrow from the story */
    size_t nd = 0;
    assert_int_equal(brief_grouping_docs(g, 0, NULL, &nd, NULL), BRIEF_OK);
    assert_true(nd >= 1);
    brief_grouping_free(g);
    brief_grouping_free(NULL);
    brief_ctx_free(ctx);
}

static void test_every_allocation_failure(void **state)
{
    (void)state;
    size_t len, len2;
    char *text = harness_slurp(harness_sample_paths[1], &len);
    char *text2 = harness_slurp(harness_sample_paths[4], &len2);
    long injected = 0;
    for (long n = 1;; n++) {
        harness_alloc f = {.left = -1, .fail_at = n};
        brief_allocator a = harness_allocator(&f);
        brief_config cfg;
        brief_config_init(&cfg);
        cfg.allocator = &a;
        brief_ctx *ctx = NULL;
        brief_story *st = NULL;
        brief_summary *sum = NULL;
        brief_status s = brief_ctx_new(&cfg, &ctx);
        if (s == BRIEF_OK) s = brief_story_new(ctx, &st);
        if (s == BRIEF_OK) s = brief_story_add_text(st, "a", text, len);
        if (s == BRIEF_OK) s = brief_story_add_text(st, "b", text2, len2);
        if (s == BRIEF_OK) s = whole_api(st);
        brief_budget b = {BRIEF_BUDGET_WORDS, 80};
        if (s == BRIEF_OK) s = brief_story_summarize(st, &b, &sum);
        int done = f.calls < n; /* no failure was injected: complete */
        if (!done) {
            if (s != BRIEF_ENOMEM) fprintf(stderr, "allocation %ld failed but status %d\n", n, s);
            assert_int_equal(s, BRIEF_ENOMEM);
            injected++;
        } else {
            assert_int_equal(s, BRIEF_OK);
            assert_true(brief_summary_count(sum) > 0);
        }
        brief_summary_free(sum);
        harness_story_free(st, ctx);
        if (f.live != 0) fprintf(stderr, "leak at n=%ld status=%d live=%ld\n", n, s, f.live);
        assert_int_equal(f.live, 0);
        if (done) break;
    }
    print_message("%ld allocation failures injected, each survived without a leak\n", injected);
    assert_true(injected > 10);
    free(text);
    free(text2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_summary_verbatim_in_order_within_budget),
        cmocka_unit_test(test_byte_and_sentence_budgets),
        cmocka_unit_test(test_errors),
        cmocka_unit_test(test_repairs_reported),
        cmocka_unit_test(test_struct_sizes),
        cmocka_unit_test(test_grouping_object),
        cmocka_unit_test(test_every_allocation_failure),
    };
    return cmocka_run_group_tests_name("api", tests, NULL, NULL);
}
