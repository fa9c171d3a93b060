/* Unit tests: the one JSON writer (json_write.c): invalid UTF-8 repaired
 * byte by byte with the library's decoder, controls escaped as jansson
 * escapes them, and the layout and numbers jansson printed (the outputs
 * were once written by jansson and must not change); the exact form of a
 * file name and its decoder, round trip of every byte value. */
#include <math.h>
#include <jansson.h>

#include "harness.h"

#include "arena.h"
#include "json_write.h"

typedef struct fixture {
    arena *ar;
    rbuf b;
    jw w;
} fixture;

static int setup(void **state)
{
    fixture *f = calloc(1, sizeof *f);
    f->ar = arena_new(NULL);
    rbuf_init(&f->b, f->ar);
    *state = f;
    return 0;
}

static int teardown(void **state)
{
    fixture *f = *state;
    arena_free(f->ar);
    free(f);
    return 0;
}

/* s written as a JSON string. */
static const char *string_of(fixture *f, const char *s)
{
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_string(&f->w, s);
    assert_int_equal(jw_status(&f->w), BRIEF_OK);
    return f->b.p;
}

#define FFFD "\xEF\xBF\xBD"

static void test_repairs_invalid_utf8(void **state)
{
    fixture *f = *state;
    /* A file name of any bytes: the é stays, the stray byte is U+FFFD. */
    assert_string_equal(string_of(f, "caf\xC3\xA9_\xFF.txt"), "\"caf\xC3\xA9_" FFFD ".txt\"");
    /* Overlong encodings: every byte of them rejected. */
    assert_string_equal(string_of(f, "a\xC0\xAF" "b"), "\"a" FFFD FFFD "b\"");
    assert_string_equal(string_of(f, "\xE0\x80\xAF"), "\"" FFFD FFFD FFFD "\"");
    /* Truncated at the end, and cut by an ASCII byte. */
    assert_string_equal(string_of(f, "ab\xE2\x82"), "\"ab" FFFD FFFD "\"");
    assert_string_equal(string_of(f, "\xE2\x82x"), "\"" FFFD FFFD "x\"");
    /* A surrogate, and beyond U+10FFFF. */
    assert_string_equal(string_of(f, "\xED\xA0\x80"), "\"" FFFD FFFD FFFD "\"");
    assert_string_equal(string_of(f, "\xF4\x90\x80\x80"), "\"" FFFD FFFD FFFD FFFD "\"");
    /* Valid text, U+FFFD itself included, passes unchanged. */
    assert_string_equal(string_of(f, "na\xC3\xAFve " FFFD " \xF0\x9F\x98\x80"),
                        "\"na\xC3\xAFve " FFFD " \xF0\x9F\x98\x80\"");
}

static void test_escapes_controls_as_jansson(void **state)
{
    fixture *f = *state;
    assert_string_equal(string_of(f, "q\"b\\s/\b\f\n\r\t\x01\x1F."),
                        "\"q\\\"b\\\\s/\\b\\f\\n\\r\\t\\u0001\\u001F.\"");
    /* DEL and U+2028 are not escaped (jansson does not either). */
    assert_string_equal(string_of(f, "\x7F\xE2\x80\xA8"), "\"\x7F\xE2\x80\xA8\"");
    /* Against jansson itself, for every control byte. */
    for (int c = 1; c < 0x20; c++) {
        char s[2] = {(char)c, 0};
        json_t *j = json_string(s);
        char *want = json_dumps(j, JSON_ENCODE_ANY);
        assert_string_equal(string_of(f, s), want);
        free(want);
        json_decref(j);
    }
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_string(&f->w, NULL);
    assert_string_equal(f->b.p, "null");
}

/* A nested value written both ways must read as jansson prints it. */
static void write_sample(jw *w)
{
    jw_object(w);
    jw_kstring(w, "name", "x");
    jw_key(w, "empty");
    jw_array(w);
    jw_end(w);
    jw_key(w, "none");
    jw_object(w);
    jw_end(w);
    jw_key(w, "list");
    jw_array(w);
    jw_uint(w, 1);
    jw_int(w, -2);
    jw_object(w);
    jw_key(w, "t");
    jw_bool(w, 1);
    jw_key(w, "f");
    jw_bool(w, 0);
    jw_end(w);
    jw_null(w);
    jw_end(w);
    jw_kuint(w, "n", 18446744073709551615ULL);
    jw_end(w);
}

static void test_layout_as_jansson(void **state)
{
    fixture *f = *state;
    json_t *j = json_pack("{s:s, s:[], s:{}, s:[i, i, {s:b, s:b}, n], s:I}", "name", "x", "empty",
                          "none", "list", 1, -2, "t", 1, "f", 0, "n", (json_int_t)0);
    char *pretty = json_dumps(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER);
    char *compact = json_dumps(j, JSON_COMPACT | JSON_PRESERVE_ORDER);
    /* jansson has no unsigned integers: compare up to the last member. */
    f->b.len = 0;
    jw_init(&f->w, &f->b, 2);
    write_sample(&f->w);
    assert_int_equal(jw_status(&f->w), BRIEF_OK);
    size_t cut = strlen(pretty) - strlen("0\n}");
    assert_memory_equal(f->b.p, pretty, cut);
    assert_string_equal(f->b.p + cut, "18446744073709551615\n}");
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    write_sample(&f->w);
    cut = strlen(compact) - strlen("0}");
    assert_memory_equal(f->b.p, compact, cut);
    assert_string_equal(f->b.p + cut, "18446744073709551615}");
    free(pretty);
    free(compact);
    json_decref(j);
}

static void test_reals_as_jansson(void **state)
{
    fixture *f = *state;
    const double values[] = {0.0, -0.0, 1.0, 100.0, 0.1, 1e-5, 1.5e-7, 1e20, 1e21, 123456789.0,
                             0.017054300000000001, 2.5e300, -3.75, 1.0 / 3.0};
    const int digits[] = {17, 6};
    for (size_t d = 0; d < 2; d++)
        for (size_t i = 0; i < sizeof values / sizeof *values; i++) {
            json_t *j = json_real(values[i]);
            char *want = json_dumps(j, JSON_ENCODE_ANY | JSON_REAL_PRECISION(digits[d]));
            f->b.len = 0;
            jw_init(&f->w, &f->b, 0);
            jw_real(&f->w, values[i], digits[d]);
            assert_string_equal(f->b.p, want);
            free(want);
            json_decref(j);
        }
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_array(&f->w);
    jw_real(&f->w, NAN, 17);
    jw_real(&f->w, INFINITY, 6);
    jw_end(&f->w);
    assert_string_equal(f->b.p, "[null,null]");
}

static void test_limits_and_failures(void **state)
{
    fixture *f = *state;
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    for (int i = 0; i < JW_MAX_DEPTH; i++) jw_array(&f->w);
    assert_int_equal(jw_status(&f->w), BRIEF_OK);
    jw_array(&f->w);
    assert_int_equal(jw_status(&f->w), BRIEF_ELIMIT);
    /* A buffer that cannot grow. */
    rbuf dead;
    rbuf_init(&dead, NULL);
    jw w;
    jw_init(&w, &dead, 2);
    jw_string(&w, "x");
    assert_int_equal(jw_status(&w), BRIEF_ENOMEM);
    assert_string_equal(dead.p, "");
}

/* s written in its exact form, read back by jansson (as previous.c reads
 * it) and decoded: the bytes given back, malloc'd. */
static char *exact_round_trip(fixture *f, const char *s)
{
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_bytes(&f->w, s);
    assert_int_equal(jw_status(&f->w), BRIEF_OK);
    json_error_t err;
    json_t *v = json_loads(f->b.p, JSON_DECODE_ANY, &err);
    assert_non_null(v); /* the exact form is valid JSON */
    const char *text = json_string_value(v);
    assert_non_null(text);
    char *out = malloc(strlen(text) + 1);
    assert_int_not_equal(jw_bytes_decode(text, out), SIZE_MAX);
    json_decref(v);
    return out;
}

/* A name of any bytes comes back exact: each of the 255 byte values
 * alone and between letters, all of them in one name, and names of random
 * bytes (a fixed sequence); valid UTF-8 is written as it is. */
static void test_exact_form_round_trip(void **state)
{
    fixture *f = *state;
    char s[300];
    for (int c = 1; c < 256; c++) {
        snprintf(s, sizeof s, "a%cz", c);
        char *back = exact_round_trip(f, s);
        assert_string_equal(back, s);
        free(back);
        assert_int_equal(jw_lossless(s), c < 0x80);
    }
    for (int c = 1; c < 256; c++) s[c - 1] = (char)(256 - c);
    s[255] = '\0';
    char *back = exact_round_trip(f, s);
    assert_string_equal(back, s);
    free(back);
    uint32_t x = 12345;
    for (int k = 0; k < 2000; k++) {
        size_t n = 1 + (size_t)k % 24;
        for (size_t i = 0; i < n; i++) {
            x = x * 1103515245u + 12345u;
            s[i] = (char)(1 + (x >> 16) % 255);
        }
        s[n] = '\0';
        back = exact_round_trip(f, s);
        assert_string_equal(back, s);
        free(back);
    }
    /* Valid UTF-8 stays as it is; a stray byte and a backslash are
     * escaped; controls as in any string. */
    const char *valid = "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 " FFFD;
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_bytes(&f->w, valid);
    assert_string_equal(f->b.p, "\"caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80 " FFFD "\"");
    assert_true(jw_lossless(valid));
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_bytes(&f->w, "a\\b\xFF\xC3\n");
    assert_string_equal(f->b.p, "\"a\\\\\\\\b\\\\xFF\\\\xC3\\n\"");
}

/* What is not an exact form is refused, not guessed at. */
static void test_exact_form_decoder(void **state)
{
    (void)state;
    char out[32];
    assert_int_equal(jw_bytes_decode("caf\\xff\\\\x\\x41", out), 7);
    assert_string_equal(out, "caf\xFF\\xA");
    assert_int_equal(jw_bytes_decode("", out), 0);
    const char *bad[] = {"a\\", "a\\q", "\\x", "\\x4", "\\xG1", "\\x00", "\\u0041"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
        assert_int_equal(jw_bytes_decode(bad[i], out), SIZE_MAX);
}

/* "file_bytes" comes only with a name that "file" cannot give exactly. */
static void test_file_member(void **state)
{
    fixture *f = *state;
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_object(&f->w);
    jw_kfile(&f->w, "a\\b.txt");
    jw_end(&f->w);
    assert_string_equal(f->b.p, "{\"file\":\"a\\\\b.txt\"}");
    f->b.len = 0;
    jw_init(&f->w, &f->b, 0);
    jw_object(&f->w);
    jw_kfile(&f->w, "caf\xFF.txt");
    jw_end(&f->w);
    assert_string_equal(f->b.p, "{\"file\":\"caf" FFFD ".txt\",\"file_bytes\":\"caf\\\\xFF.txt\"}");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test_setup_teardown(test_repairs_invalid_utf8, setup, teardown),
        cmocka_unit_test_setup_teardown(test_escapes_controls_as_jansson, setup, teardown),
        cmocka_unit_test_setup_teardown(test_layout_as_jansson, setup, teardown),
        cmocka_unit_test_setup_teardown(test_reals_as_jansson, setup, teardown),
        cmocka_unit_test_setup_teardown(test_limits_and_failures, setup, teardown),
        cmocka_unit_test_setup_teardown(test_exact_form_round_trip, setup, teardown),
        cmocka_unit_test(test_exact_form_decoder),
        cmocka_unit_test_setup_teardown(test_file_member, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
