/* Unit tests: brief_idf_builder_add_file (idf_file.c): a file is one
 * document, or each of its lines is; a file that cannot be opened or is
 * not text is refused. */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "brief.h"

static void temp_file(char *path, const char *bytes, size_t len)
{
    strcpy(path, "/tmp/test_idf_file_XXXXXX");
    int fd = mkstemp(path);
    assert_true(fd >= 0);
    assert_int_equal(write(fd, bytes, len), (ssize_t)len);
    close(fd);
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
    char path[64];
    temp_file(path, text, sizeof text - 1);
    assert_int_equal(brief_idf_builder_add_file(b, path, 0), BRIEF_OK);
    assert_int_equal(brief_idf_builder_documents(b), 1);
    /* Three lines with words; the empty one is no document. */
    assert_int_equal(brief_idf_builder_add_file(b, path, 1), BRIEF_OK);
    assert_int_equal(brief_idf_builder_documents(b), 4);
    unlink(path);

    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    temp_file(path, png, sizeof png - 1);
    assert_int_equal(brief_idf_builder_add_file(b, path, 0), BRIEF_EBINARY);
    assert_int_equal(brief_idf_builder_documents(b), 4);
    unlink(path);

    errno = 0;
    assert_int_equal(brief_idf_builder_add_file(b, "/no/such/corpus.txt", 1), BRIEF_EIO);
    assert_int_equal(errno, ENOENT);
    assert_int_equal(brief_idf_builder_add_file(b, NULL, 0), BRIEF_EINVAL);
    assert_int_equal(brief_idf_builder_add_file(NULL, path, 0), BRIEF_EINVAL);
    brief_idf_builder_free(b);
    brief_ctx_free(ctx);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_whole_and_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
