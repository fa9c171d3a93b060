/* Unit tests: ctx.c (contexts: configuration, languages and their
 * resources, the IDF table; version and error strings). */
#include <errno.h>
#include <unistd.h>

#include "harness.h"

#include "ctx.h"

static void test_version_and_errors(void **state)
{
    (void)state;
    assert_int_equal(brief_version(), BRIEF_VERSION);
    assert_string_equal(brief_version_string(), BRIEF_VERSION_STRING);
    assert_string_equal(brief_strerror(BRIEF_OK), "success");
    assert_string_equal(brief_strerror(BRIEF_ELIMIT), "input too large");
    /* Every status has its own text. */
    const brief_status all[] = {BRIEF_OK,     BRIEF_ENOMEM, BRIEF_EINVAL,
                                BRIEF_EIO,    BRIEF_EBINARY, BRIEF_EEMPTY,
                                BRIEF_ELIMIT, BRIEF_ELANG,  BRIEF_EFORMAT};
    size_t n = sizeof all / sizeof *all;
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            assert_string_not_equal(brief_strerror(all[i]), brief_strerror(all[j]));
    assert_string_equal(brief_strerror((brief_status)999), "unknown error");
}

static void test_languages(void **state)
{
    (void)state;
    int english = 0, french = 0;
    for (const char *const *l = brief_languages(); *l; l++) {
        english |= strcmp(*l, "english") == 0;
        french |= strcmp(*l, "french") == 0;
    }
    assert_true(english && french);
    brief_config cfg;
    memset(&cfg, 0x55, sizeof cfg);
    brief_config_init(&cfg);
    assert_int_equal(cfg.size, sizeof cfg);
    assert_string_equal(cfg.language, "auto");
    assert_null(cfg.idf_path);
    assert_null(cfg.allocator);
}

static void test_new_refused(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx = (brief_ctx *)1;
    assert_int_equal(brief_ctx_new(NULL, &ctx), BRIEF_EINVAL);
    assert_null(ctx);
    assert_int_equal(brief_ctx_new(&cfg, NULL), BRIEF_EINVAL);
    cfg.language = "klingon";
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_ELANG);
    cfg.language = "english";
    cfg.idf_path = "/no/such/table.tsv";
    errno = 0;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_EIO);
    assert_int_equal(errno, ENOENT);
    assert_null(ctx);
}

/* Resources are loaded once per language and kept by the context. */
static void test_lang_resources(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    lang_res *a = NULL, *b = NULL, *c = NULL;
    assert_int_equal(ctx_lang(ctx, "english", &a), BRIEF_OK);
    assert_int_equal(ctx_lang(ctx, "french", &b), BRIEF_OK);
    assert_int_equal(ctx_lang(ctx, "english", &c), BRIEF_OK);
    assert_ptr_equal(a, c);
    assert_ptr_not_equal(a, b);
    assert_string_equal(b->name, "french");
    assert_non_null(a->tok);
    assert_non_null(a->split);
    assert_non_null(a->quotes);
    assert_int_equal(ctx->nlangs, 2);
    assert_int_equal(ctx_lang(ctx, "klingon", &c), BRIEF_ELANG);
    brief_ctx_free(ctx);
}

/* Without a table of its own a context uses the shipped English one, for
 * English and Porter only; a user's table replaces it. */
static void test_idf_tables(void **state)
{
    (void)state;
    brief_config cfg;
    brief_config_init(&cfg);
    brief_ctx *ctx;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    const idf_table *t = NULL, *p = NULL, *f = (const idf_table *)1;
    assert_int_equal(ctx_idf(ctx, "english", &t), BRIEF_OK);
    assert_non_null(t);
    assert_true(idf_documents(t) > 1000);
    assert_int_equal(ctx_idf(ctx, "porter", &p), BRIEF_OK);
    assert_ptr_equal(t, p);
    assert_int_equal(ctx_idf(ctx, "french", &f), BRIEF_OK);
    assert_null(f);
    brief_ctx_free(ctx);

    const char table[] = "# brief-idf 1 french 40\nrivi\xc3\xa8r\t3\n";
    char *path = harness_temp_file(table, sizeof table - 1);
    cfg.idf_path = path;
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_OK);
    assert_int_equal(ctx_idf(ctx, "french", &f), BRIEF_OK);
    assert_non_null(f);
    assert_float_equal(idf_documents(f), 40, 0);
    assert_float_equal(idf_count(f, "rivi\xc3\xa8r", 7), 3, 0);
    assert_int_equal(ctx_idf(ctx, "english", &t), BRIEF_OK);
    assert_null(t);
    brief_ctx_free(ctx);
    /* Not a table: refused. */
    harness_write_file(path, "just some text\n");
    assert_int_equal(brief_ctx_new(&cfg, &ctx), BRIEF_EFORMAT);
    unlink(path);
    free(path);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_version_and_errors),
        cmocka_unit_test(test_languages),
        cmocka_unit_test(test_new_refused),
        cmocka_unit_test(test_lang_resources),
        cmocka_unit_test(test_idf_tables),
    };
    return cmocka_run_group_tests_name("ctx", tests, NULL, NULL);
}
