/* Unit tests: idf_builder.c (background IDF tables built from
 * documents), through the public API; the table written is read back
 * with the parser brief uses. */
#include <errno.h>
#include <unistd.h>

#include "harness.h"

#include "news_fixture.h"
#include "tokens.h"
#include "vectors.h"

/* The document count of a word's stem in t. */
static double count_of(const idf_table *t, const char *word)
{
    tok_lang *tl;
    assert_int_equal(tok_lang_new(NULL, "english", &tl), BRIEF_OK);
    char stem[64];
    size_t n = tok_stem(tl, word, strlen(word), stem, sizeof stem);
    assert_true(n > 0);
    tok_lang_free(tl);
    return idf_count(t, stem, n);
}

static idf_table *read_table(const char *path)
{
    size_t len = 0;
    char *bytes = harness_slurp(path, &len);
    idf_table *t = NULL;
    assert_int_equal(idf_parse(NULL, bytes, len, &t), BRIEF_OK);
    free(bytes);
    return t;
}

static brief_idf_builder *six_articles(brief_ctx **ctx)
{
    brief_config cfg;
    brief_config_init(&cfg);
    assert_int_equal(brief_ctx_new(&cfg, ctx), BRIEF_OK);
    brief_idf_builder *b = NULL;
    assert_int_equal(brief_idf_builder_new(*ctx, &b), BRIEF_OK);
    for (int i = 0; i < 3; i++) {
        assert_int_equal(brief_idf_builder_add(b, news_flood[i], strlen(news_flood[i])),
                         BRIEF_OK);
        assert_int_equal(brief_idf_builder_add(b, news_chess[i], strlen(news_chess[i])),
                         BRIEF_OK);
    }
    assert_int_equal(brief_idf_builder_documents(b), 6);
    return b;
}

static void test_round_trip(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_idf_builder *b = six_articles(&ctx);
    char *path = harness_temp_file("", 0);
    assert_int_equal(brief_idf_builder_write(b, path, 1), BRIEF_OK);
    idf_table *t = read_table(path);
    /* "auto" builds an English table. */
    assert_string_equal(idf_language(t), "english");
    assert_float_equal(idf_documents(t), 6, 0);
    assert_float_equal(count_of(t, "marrowbridge"), 3, 0);
    assert_float_equal(count_of(t, "kelvale"), 3, 0);
    assert_float_equal(count_of(t, "rain"), 2, 0);    /* twice in one article: once */
    assert_float_equal(count_of(t, "the"), 0, 0);     /* stopwords are left out */
    idf_free(t);
    /* min_docs leaves out the rarer stems. */
    assert_int_equal(brief_idf_builder_write(b, path, 3), BRIEF_OK);
    t = read_table(path);
    assert_float_equal(count_of(t, "kelvale"), 3, 0);
    assert_float_equal(count_of(t, "rain"), 0, 0);
    idf_free(t);
    unlink(path);
    free(path);
    brief_idf_builder_free(b);
    brief_ctx_free(ctx);
}

static void test_refused(void **state)
{
    (void)state;
    brief_ctx *ctx;
    brief_idf_builder *b = six_articles(&ctx);
    errno = 0;
    assert_int_equal(brief_idf_builder_write(b, "/no/such/dir/table.tsv", 1), BRIEF_EIO);
    assert_int_equal(errno, ENOENT);
    assert_int_equal(brief_idf_builder_write(b, NULL, 1), BRIEF_EINVAL);
    assert_int_equal(brief_idf_builder_add(b, NULL, 4), BRIEF_EINVAL);
    const char bin[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x40\0\0\0\x40\x08\x02\0\0";
    assert_int_equal(brief_idf_builder_add(b, bin, sizeof bin - 1), BRIEF_EBINARY);
    assert_int_equal(brief_idf_builder_documents(b), 6);
    assert_int_equal(brief_idf_builder_documents(NULL), 0);
    brief_idf_builder *none = (brief_idf_builder *)1;
    assert_int_equal(brief_idf_builder_new(NULL, &none), BRIEF_EINVAL);
    assert_null(none);
    brief_idf_builder_free(b);
    brief_idf_builder_free(NULL);
    brief_ctx_free(ctx);
}

static void test_whole_and_lines(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    cfg.language = "english";
    brief_ctx *ctx = NULL;
    brief_idf_builder *b = NULL;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    assert_int_equal(brief_idf_builder_new(ctx, &b), BRIEF_OK);
    static const char text[] = "The council met on Monday.\n\nThe bridge was approved.\n"
                               "Rovers won the cup final.";
    char *path = harness_temp_file(text, sizeof text - 1);
    assert_int_equal(brief_idf_builder_add_file(b, path, 0), BRIEF_OK);
    assert_int_equal(brief_idf_builder_documents(b), 1);
    /* Three lines with words; the empty one is no document. */
    assert_int_equal(brief_idf_builder_add_file(b, path, 1), BRIEF_OK);
    assert_int_equal(brief_idf_builder_documents(b), 4);
    unlink(path);
    free(path);

    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    path = harness_temp_file(png, sizeof png - 1);
    assert_int_equal(brief_idf_builder_add_file(b, path, 0), BRIEF_EBINARY);
    assert_int_equal(brief_idf_builder_documents(b), 4);
    unlink(path);

    errno = 0;
    assert_int_equal(brief_idf_builder_add_file(b, "/no/such/corpus.txt", 1), BRIEF_EIO);
    assert_int_equal(errno, ENOENT);
    assert_int_equal(brief_idf_builder_add_file(b, NULL, 0), BRIEF_EINVAL);
    assert_int_equal(brief_idf_builder_add_file(NULL, path, 0), BRIEF_EINVAL);
    free(path);
    brief_idf_builder_free(b);
    brief_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_round_trip),
        cmocka_unit_test(test_refused),
        cmocka_unit_test(test_whole_and_lines),
    };
    return cmocka_run_group_tests_name("idf_builder", tests, NULL, NULL);
}
