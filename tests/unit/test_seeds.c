/*
 * test_seeds.c - the whole front of the pipeline (ingest_bytes ->
 * clean_blocks -> split_sentences) on the five real web articles in
 * samples/: every body sentence must come out whole, and nothing else
 * (title, headings, boilerplate, teasers for other stories).
 *
 * The expected sentences were written by hand, one per line with white
 * space folded, in tests/fixtures/seeds/<name>.sentences.  Run from the
 * repository root; a missing file is a failure.
 */
#include "harness.h"

#include "arena.h"
#include "clean.h"
#include "ingest.h"
#include "split.h"

/* text[s..e) with runs of white space folded to one space; malloc'd. */
static char *fold(const char *text, size_t s, size_t e)
{
    return harness_fold(text + s, e - s);
}

static const char *kind_name(block_kind k)
{
    switch (k) {
    case BLOCK_BODY: return "BODY";
    case BLOCK_BULLET: return "BULLET";
    case BLOCK_HEADING: return "HEADING";
    case BLOCK_BOILER: return "BOILER";
    }
    return "?";
}

/* The blocks around offset `at`, to tell a splitting error from a block
 * that clean marked with the wrong kind. */
static void show_blocks(const char *text, const block *b, size_t nb,
                        size_t at)
{
    for (size_t i = 0; i < nb; i++) {
        if (b[i].end + 400 < at || b[i].start > at + 400) continue;
        char *t = fold(text, b[i].start, b[i].end);
        fprintf(stderr, "    block %zu %-7s para %u: %.70s%s\n", i,
                kind_name(b[i].kind), (unsigned)b[i].para, t,
                strlen(t) > 70 ? "..." : "");
        free(t);
    }
}

static int check_seed(const split_lang *sl, const char *name)
{
    size_t raw_len = 0;
    char *raw = harness_slurpf(&raw_len, "samples/%s.txt", name);
    char *exp = harness_slurpf(NULL, "tests/fixtures/seeds/%s.sentences", name);
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    ingest_doc doc;
    assert_int_equal(ingest_bytes(ar, raw, raw_len, &doc), BRIEF_OK);
    block *blocks = NULL;
    size_t nb = 0;
    assert_int_equal(clean_blocks(ar, doc.text, doc.len, doc.body_start,
                                  doc.title, &blocks, &nb),
                     BRIEF_OK);
    span *sp = NULL;
    size_t ns = 0;
    assert_int_equal(split_sentences(ar, sl, doc.text, blocks, nb, &sp, &ns),
                     BRIEF_OK);

    int bad = 0;
    size_t i = 0, line = 1;
    char *p = exp;
    while (*p && !bad) {
        char *nl = strchr(p, '\n');
        if (nl) *nl = '\0';
        if (i >= ns) {
            fprintf(stderr, "%s: line %zu: expected [%s]\n  got nothing "
                            "(only %zu sentences)\n", name, line, p, ns);
            bad = 1;
            break;
        }
        char *got = fold(doc.text, sp[i].start, sp[i].end);
        if (strcmp(got, p) != 0) {
            fprintf(stderr, "%s: line %zu (sentence %zu, bytes %zu-%zu, "
                            "flags 0x%x):\n  want [%s]\n  got  [%s]\n",
                    name, line, i, sp[i].start, sp[i].end,
                    (unsigned)sp[i].flags, p, got);
            show_blocks(doc.text, blocks, nb, sp[i].start);
            bad = 1;
        }
        free(got);
        i++;
        line++;
        p = nl ? nl + 1 : p + strlen(p);
    }
    if (!bad && i < ns) {
        char *got = fold(doc.text, sp[i].start, sp[i].end);
        fprintf(stderr, "%s: %zu sentences expected, got more; next: [%s]\n",
                name, i, got);
        show_blocks(doc.text, blocks, nb, sp[i].start);
        free(got);
        bad = 1;
    }
    arena_free(ar);
    free(raw);
    free(exp);
    return bad;
}

static void test_seeds(void **state)
{
    (void)state;
    split_lang *sl = NULL;
    assert_int_equal(split_lang_new(NULL, "english", &sl), BRIEF_OK);
    int bad = 0;
    for (size_t i = 0; i < HARNESS_NSAMPLES; i++)
        bad += check_seed(sl, harness_sample_names[i]);
    split_lang_free(sl);
    if (bad) fail_msg("%d of 5 seed articles differ", bad);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seeds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
