/* Unit tests: charset.c. */
#include "harness.h"

#include "arena.h"
#include "charset.h"

static void test_names(void **state)
{
    (void)state;
    assert_true(charset_is_utf8("UTF-8"));
    assert_true(charset_is_utf8("us-ascii"));
    assert_false(charset_is_utf8("windows-1252"));
    assert_false(charset_is_utf8(NULL));
}

static void test_convert(void **state)
{
    arena *ar = *state;
    char *out;
    size_t n;
    assert_int_equal(charset_to_utf8(ar, "windows-1252", "\x93" "Caf\xe9\x94 3\x80", 9, &out, &n),
                     BRIEF_OK);
    assert_string_equal(out, "\xe2\x80\x9c" "Caf\xc3\xa9\xe2\x80\x9d 3\xe2\x82\xac");
    assert_int_equal(n, strlen(out));
    assert_int_equal(charset_to_utf8(ar, "ISO-8859-1", "Sm\xe5" "by", 5, &out, &n), BRIEF_OK);
    assert_string_equal(out, "Sm\xc3\xa5" "by");
    /* Declared ISO-8859-1, written in windows-1252 as such text is: the
     * quotes and the euro sign are read, not control codes. */
    assert_int_equal(charset_to_utf8(ar, "iso-8859-1", "\x93" "5\x80\x94", 4, &out, &n), BRIEF_OK);
    assert_string_equal(out, "\xe2\x80\x9c" "5\xe2\x82\xac\xe2\x80\x9d");
    assert_int_equal(charset_to_utf8(ar, "Latin1", "\x96", 1, &out, &n), BRIEF_OK);
    assert_string_equal(out, "\xe2\x80\x93");
    /* A stateful charset: the shift sequences are not text. */
    assert_int_equal(charset_to_utf8(ar, "ISO-2022-JP", "\x1b$B$\"\x1b(B!", 9, &out, &n),
                     BRIEF_OK);
    assert_string_equal(out, "\xe3\x81\x82!");
}

static void test_repair_and_refusal(void **state)
{
    arena *ar = *state;
    char *out = NULL;
    size_t n;
    /* 0xFF is no Shift_JIS byte; a lead byte at the end is cut off. */
    assert_int_equal(charset_to_utf8(ar, "SHIFT_JIS", "a\xff" "b\x82", 4, &out, &n), BRIEF_OK);
    assert_string_equal(out, "a\xef\xbf\xbd" "b\xef\xbf\xbd");
    out = NULL;
    assert_int_equal(charset_to_utf8(ar, "no-such-charset", "x", 1, &out, &n), BRIEF_EINVAL);
    assert_null(out);
    /* iconv's own suffixes are not for the input to pick. */
    assert_int_equal(charset_to_utf8(ar, "UTF-8//IGNORE", "x", 1, &out, &n), BRIEF_EINVAL);
    assert_int_equal(charset_to_utf8(ar, "", "x", 1, &out, &n), BRIEF_EINVAL);
    /* Growth: every byte becomes three. */
    size_t big = 100000;
    char *in = malloc(big);
    assert_non_null(in);
    memset(in, '\x80', big);
    assert_int_equal(charset_to_utf8(ar, "windows-1252", in, big, &out, &n), BRIEF_OK);
    assert_int_equal(n, 3 * big);
    assert_memory_equal(out + n - 3, "\xe2\x82\xac", 3);
    free(in);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),
        HARNESS_ARENA_TEST(test_convert),
        HARNESS_ARENA_TEST(test_repair_and_refusal),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
