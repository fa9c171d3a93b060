/* Unit tests: the documented limits (brief(1) LIMITS, BRIEF_MAX_* in
 * brief.h), through the public API only, on both sides of each limit:
 *   - one document of more than BRIEF_MAX_INPUT_BYTES is refused with
 *     BRIEF_ELIMIT before a byte of it is read (the buffer passed here is
 *     tiny, so a read would be caught by AddressSanitizer in `make check`);
 *   - a sentence with no boundary in 64 KiB is cut at white space: every
 *     piece is at most 64 KiB plus one word, stands verbatim in the input,
 *     and the pieces cover the input in order; a shorter sentence is not cut;
 *   - budgets: 0 gives nothing, huge counts are allowed up to the API's
 *     ceiling (1e15), beyond it, negative, NaN and infinite are EINVAL.
 *   - a story holds BRIEF_MAX_DOCUMENTS (1,000,000) documents and refuses
 *     one more (empty documents, so this costs about 0.5 s and 550 MB).
 * BRIEF_MAX_TOTAL_BYTES (2 GiB) needs gigabytes of real text to reach and
 * is not tested here (see docs/robustness.md). */
#include <math.h>

#include "harness.h"

#define CUT ((size_t)64 << 10)

static const char *words[] = {"minister", "budget", "taxes", "families", "country",
                              "officials", "ceasefire", "border", "election", "court"};

typedef struct fixture {
    brief_ctx *ctx;
    brief_story *st;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    if (!f) return -1;
    f->st = harness_story_new(&f->ctx, "english");
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    harness_story_free(f->st, f->ctx);
    free(f);
    return 0;
}

/* `n` bytes of words separated by single spaces, no sentence mark; the
 * words repeat in a cycle so the text reads as one endless sentence. */
static char *endless(size_t n, size_t *longest)
{
    char *s = malloc(n + 1);
    assert_non_null(s);
    size_t o = 0, k = 0, lw = 0;
    while (o < n) {
        const char *w = words[k++ % (sizeof words / sizeof *words)];
        size_t wl = strlen(w);
        if (wl > lw) lw = wl;
        if (o && o < n) s[o++] = ' ';
        for (size_t i = 0; i < wl && o < n; i++) s[o++] = w[i];
    }
    if (s[n - 1] == ' ') s[n - 1] = 'x';
    s[n] = '\0';
    *longest = lw;
    return s;
}

/* ---- one document: BRIEF_MAX_INPUT_BYTES ------------------------------- */

static void test_input_over_limit_not_read(void **state)
{
    fixture *f = *state;
    /* 8 bytes only: the length is checked before anything is read. */
    static const char tiny[8] = "Hello. ";
    assert_int_equal(brief_story_add_text(f->st, "big.txt", tiny, BRIEF_MAX_INPUT_BYTES + 1),
                     BRIEF_ELIMIT);
    assert_non_null(strstr(brief_story_errmsg(f->st), "big.txt"));
    assert_non_null(strstr(brief_story_errmsg(f->st), "512 MiB"));
    assert_int_equal(brief_story_doc_count(f->st), 0);
    assert_int_equal(brief_story_add_text(f->st, "huge.txt", tiny, SIZE_MAX), BRIEF_ELIMIT);
    assert_int_equal(brief_story_doc_count(f->st), 0);
    /* The story is unchanged and still usable after the refusal. */
    const char *ok = "The minister said the budget would cut taxes for families.";
    assert_int_equal(brief_story_add_text(f->st, "ok.txt", ok, strlen(ok)), BRIEF_OK);
    assert_int_equal(brief_story_doc_count(f->st), 1);
    assert_string_equal(brief_story_errmsg(f->st), "");
}

static void test_input_null_with_length(void **state)
{
    fixture *f = *state;
    /* NULL with a length is an invalid argument, whatever the length. */
    assert_int_equal(brief_story_add_text(f->st, "x", NULL, 10), BRIEF_EINVAL);
    assert_int_equal(brief_story_add_text(f->st, "x", NULL, BRIEF_MAX_INPUT_BYTES + 1),
                     BRIEF_EINVAL);
    assert_int_equal(brief_story_add_text(f->st, "x", NULL, 0), BRIEF_OK);
}

static void test_idf_builder_over_limit_not_read(void **state)
{
    fixture *f = *state;
    brief_idf_builder *b = NULL;
    assert_int_equal(brief_idf_builder_new(f->ctx, &b), BRIEF_OK);
    static const char tiny[8] = "Hello. ";
    assert_int_equal(brief_idf_builder_add(b, tiny, BRIEF_MAX_INPUT_BYTES + 1), BRIEF_ELIMIT);
    assert_int_equal(brief_idf_builder_documents(b), 0);
    brief_idf_builder_free(b);
}

/* ---- documents: BRIEF_MAX_DOCUMENTS ------------------------------------ */

static void test_document_count_limit(void **state)
{
    fixture *f = *state;
    for (size_t i = 0; i < BRIEF_MAX_DOCUMENTS; i++)
        if (brief_story_add_text(f->st, "d", "", 0) != BRIEF_OK) fail_msg("document %zu refused", i);
    assert_int_equal(brief_story_doc_count(f->st), BRIEF_MAX_DOCUMENTS);
    assert_int_equal(brief_story_add_text(f->st, "one-more.txt", "", 0), BRIEF_ELIMIT);
    assert_non_null(strstr(brief_story_errmsg(f->st), "one-more.txt"));
    assert_non_null(strstr(brief_story_errmsg(f->st), "1,000,000"));
    assert_int_equal(brief_story_doc_count(f->st), BRIEF_MAX_DOCUMENTS);
}

/* ---- sentences: cut at white space after 64 KiB -------------------------- */

static void check_cut(fixture *f, size_t n)
{
    size_t lw = 0;
    char *s = endless(n, &lw);
    assert_int_equal(brief_story_add_text(f->st, "long.txt", s, n), BRIEF_OK);
    const brief_sentence *const *v = NULL;
    size_t count = 0;
    assert_int_equal(brief_story_sentences(f->st, 0, &v, &count), BRIEF_OK);
    assert_true(count >= n / (CUT + lw + 1));
    size_t pos = 0;
    for (size_t i = 0; i < count; i++) {
        size_t len = v[i]->end - v[i]->start;
        /* at most 64 KiB plus one word (and the space before it) */
        assert_true(len <= CUT + lw + 1);
        /* verbatim: the text is the slice it points at (single spaces in) */
        assert_int_equal(strlen(v[i]->text), len);
        assert_memory_equal(v[i]->text, s + v[i]->start, len);
        /* the pieces follow each other, separated only by white space */
        assert_true(v[i]->start >= pos);
        for (size_t k = pos; k < v[i]->start; k++) assert_int_equal(s[k], ' ');
        /* cut between words, never inside one */
        assert_true(v[i]->start == 0 || s[v[i]->start - 1] == ' ');
        assert_true(v[i]->end == n || s[v[i]->end] == ' ');
        pos = v[i]->end;
    }
    assert_int_equal(pos, n);
    free(s);
}

static void test_sentence_200k_cut(void **state)
{
    check_cut(*state, 200 << 10);
}

static void test_sentence_just_over_cut(void **state)
{
    check_cut(*state, CUT + 100);
}

static void test_sentence_under_limit_kept(void **state)
{
    fixture *f = *state;
    size_t lw = 0, n = CUT - 200;
    char *s = endless(n, &lw);
    s[n - 1] = '.';
    assert_int_equal(brief_story_add_text(f->st, "long.txt", s, n), BRIEF_OK);
    const brief_sentence *const *v = NULL;
    size_t count = 0;
    assert_int_equal(brief_story_sentences(f->st, 0, &v, &count), BRIEF_OK);
    assert_int_equal(count, 1);
    assert_int_equal(v[0]->start, 0);
    assert_int_equal(v[0]->end, n);
    assert_memory_equal(v[0]->text, s, n);
    free(s);
}

/* ---- budgets ----------------------------------------------------------- */

static void add_samples(fixture *f)
{
    static const char *text =
        "The minister said on Monday that the budget would cut taxes for families. "
        "Officials in the capital said the plan would cost four billion dollars. "
        "The opposition called the budget a gift to the rich and promised a vote. "
        "Economists said the cuts could raise inflation next year. "
        "The vote in parliament is expected on Thursday.\n";
    harness_story_add(f->st, "a.txt", text);
}

static brief_status summarize(fixture *f, brief_budget_unit unit, double value, size_t *count)
{
    brief_budget b = {unit, value};
    brief_summary *sum = NULL;
    brief_status s = brief_story_summarize(f->st, &b, &sum);
    if (s == BRIEF_OK) {
        *count = brief_summary_count(sum);
        brief_summary_free(sum);
    } else {
        assert_null(sum);
    }
    return s;
}

static void test_budget_zero_gives_nothing(void **state)
{
    fixture *f = *state;
    add_samples(f);
    size_t n = 99;
    for (int u = BRIEF_BUDGET_SENTENCES; u <= BRIEF_BUDGET_BYTES; u++) {
        n = 99;
        assert_int_equal(summarize(f, (brief_budget_unit)u, 0, &n), BRIEF_OK);
        assert_int_equal(n, 0);
    }
}

static void test_budget_huge_allowed(void **state)
{
    fixture *f = *state;
    add_samples(f);
    size_t n = 0;
    /* the CLI's ceiling (1e12) and the API's (1e15) are both accepted */
    assert_int_equal(summarize(f, BRIEF_BUDGET_WORDS, 1e12, &n), BRIEF_OK);
    assert_true(n >= 1);
    assert_int_equal(summarize(f, BRIEF_BUDGET_WORDS, 1e15, &n), BRIEF_OK);
    assert_true(n >= 1);
    assert_int_equal(summarize(f, BRIEF_BUDGET_SENTENCES, 1e15, &n), BRIEF_OK);
    assert_true(n >= 1);
    assert_int_equal(summarize(f, BRIEF_BUDGET_BYTES, 1e15, &n), BRIEF_OK);
    assert_int_equal(summarize(f, BRIEF_BUDGET_RATIO, 1.0, &n), BRIEF_OK);
}

static void test_budget_invalid(void **state)
{
    fixture *f = *state;
    add_samples(f);
    size_t n = 0;
    assert_int_equal(summarize(f, BRIEF_BUDGET_WORDS, 2e15, &n), BRIEF_EINVAL);
    assert_int_equal(summarize(f, BRIEF_BUDGET_WORDS, nextafter(1e15, 1e16), &n),
                     BRIEF_EINVAL);
    assert_int_equal(summarize(f, BRIEF_BUDGET_WORDS, -1, &n), BRIEF_EINVAL);
    assert_int_equal(summarize(f, BRIEF_BUDGET_WORDS, NAN, &n), BRIEF_EINVAL);
    assert_int_equal(summarize(f, BRIEF_BUDGET_WORDS, INFINITY, &n), BRIEF_EINVAL);
    assert_int_equal(summarize(f, BRIEF_BUDGET_RATIO, nextafter(1.0, 2.0), &n), BRIEF_EINVAL);
    /* brief.h: a ratio is 0 < value <= 1 */
    assert_int_equal(summarize(f, BRIEF_BUDGET_RATIO, 0, &n), BRIEF_EINVAL);
    assert_int_equal(summarize(f, (brief_budget_unit)(BRIEF_BUDGET_RATIO + 1), 3, &n),
                     BRIEF_EINVAL);
    /* the story is still usable */
    assert_int_equal(summarize(f, BRIEF_BUDGET_SENTENCES, 2, &n), BRIEF_OK);
    assert_int_equal(n, 2);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_input_over_limit_not_read, setup, teardown),
        cmocka_unit_test_setup_teardown(test_input_null_with_length, setup, teardown),
        cmocka_unit_test_setup_teardown(test_idf_builder_over_limit_not_read, setup, teardown),
        cmocka_unit_test_setup_teardown(test_document_count_limit, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sentence_200k_cut, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sentence_just_over_cut, setup, teardown),
        cmocka_unit_test_setup_teardown(test_sentence_under_limit_kept, setup, teardown),
        cmocka_unit_test_setup_teardown(test_budget_zero_gives_nothing, setup, teardown),
        cmocka_unit_test_setup_teardown(test_budget_huge_allowed, setup, teardown),
        cmocka_unit_test_setup_teardown(test_budget_invalid, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
