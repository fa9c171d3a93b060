/* Unit tests: text.c (the UTF-8 decoder, the white-space set, folding
 * and counts). */
#include <utf8proc.h>

#include "harness.h"

#include "arena.h"
#include "text.h"

static void test_decode_valid(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t len;
        int32_t cp;
    } ok[] = {
        {"A", 1, 'A'},           {"\x7f", 1, 0x7F},
        {"\xc2\x80", 2, 0x80},   {"\xc3\xa9", 2, 0xE9},         {"\xdf\xbf", 2, 0x7FF},
        {"\xe0\xa0\x80", 3, 0x800}, {"\xe2\x80\x9c", 3, 0x201C}, {"\xed\x9f\xbf", 3, 0xD7FF},
        {"\xee\x80\x80", 3, 0xE000}, {"\xef\xbf\xbd", 3, 0xFFFD}, {"\xef\xbf\xbf", 3, 0xFFFF},
        {"\xf0\x90\x80\x80", 4, 0x10000}, {"\xf0\x9f\x98\x80", 4, 0x1F600},
        {"\xf4\x8f\xbf\xbf", 4, 0x10FFFF},
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) {
        int32_t cp = 0;
        /* Trailing bytes after the sequence are not read into it. */
        char buf[8];
        memcpy(buf, ok[i].s, ok[i].len);
        memcpy(buf + ok[i].len, "zz", 2);
        assert_int_equal(text_utf8_next(buf, ok[i].len + 2, &cp), ok[i].len);
        assert_int_equal(cp, ok[i].cp);
        assert_int_equal(text_decode(buf, ok[i].len + 2, &cp), ok[i].len);
        assert_int_equal(cp, ok[i].cp);
    }
    int32_t cp = 7;
    assert_int_equal(text_decode("", 0, &cp), 0);
    assert_int_equal(cp, 0);
}

/* Each invalid input: the maximal subpart text_utf8_next steps over. */
static void test_decode_invalid(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        size_t len, subpart;
    } bad[] = {
        {"\x80", 1, 1},             {"\xbf", 1, 1},             /* stray continuation */
        {"\xc0\xaf", 2, 1},         {"\xc1\xbf", 2, 1},         /* overlong 2-byte */
        {"\xe0\x80\xaf", 3, 1},     {"\xe0\x9f\xbf", 3, 1},     /* overlong 3-byte */
        {"\xf0\x80\x80\xaf", 4, 1}, {"\xf0\x8f\xbf\xbf", 4, 1}, /* overlong 4-byte */
        {"\xed\xa0\x80", 3, 1},     {"\xed\xbf\xbf", 3, 1},     /* surrogates */
        {"\xf4\x90\x80\x80", 4, 1}, {"\xf5\x80\x80\x80", 4, 1}, /* above U+10FFFF */
        {"\xfe", 1, 1},             {"\xff", 1, 1},
        {"\xe2\x82", 2, 2},         {"\xe2", 1, 1},             /* truncated */
        {"\xf0\x9f\x98", 3, 3},     {"\xf0\x9f", 2, 2},
        {"\xe2\x82x", 3, 2},        {"\xc3x", 2, 1},            /* cut by ASCII */
        {"\xe2\x82\xc3\xa9", 4, 2},                             /* cut by a lead byte */
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int32_t cp = 0;
        assert_int_equal(text_utf8_next(bad[i].s, bad[i].len, &cp), bad[i].subpart);
        assert_int_equal(cp, -1);
        cp = 0;
        assert_int_equal(text_decode(bad[i].s, bad[i].len, &cp), 1);
        assert_int_equal(cp, 0xFFFD);
    }
}

/* Unicode 15, Table 3-8: one U+FFFD per maximal subpart. */
static void test_maximal_subparts(void **state)
{
    (void)state;
    const char s[] = "\x61\xf1\x80\x80\xe1\x80\xc2\x62\x80\x63\x80\xbf\x64";
    const int32_t want[] = {0x61, -1, -1, -1, 0x62, -1, 0x63, -1, -1, 0x64};
    size_t len = sizeof s - 1, k = 0;
    for (size_t i = 0; i < len; k++) {
        int32_t cp;
        i += text_utf8_next(s + i, len - i, &cp);
        assert_true(k < sizeof want / sizeof want[0]);
        assert_int_equal(cp, want[k]);
    }
    assert_int_equal(k, sizeof want / sizeof want[0]);
}

/* text_decode and utf8proc_iterate (which tokens.c, split.c and clean.c
 * used before) agree on every sequence of up to three bytes and on every
 * 4-byte one with a 4-byte lead. */
static void test_decode_agrees_with_utf8proc(void **state)
{
    (void)state;
    unsigned char s[4];
    size_t mismatches = 0;
    for (unsigned a = 0x80; a < 0x100; a++)
        for (unsigned b = 0; b < 0x100; b++)
            for (unsigned c = 0; c < 0x100; c++) {
                s[0] = (unsigned char)a;
                s[1] = (unsigned char)b;
                s[2] = (unsigned char)c;
                int32_t cp, ucp;
                size_t n = text_decode((const char *)s, 3, &cp);
                utf8proc_ssize_t r = utf8proc_iterate(s, 3, &ucp);
                int valid = !(n == 1 && cp == 0xFFFD);
                if (valid != (r > 0) || (valid && ((size_t)r != n || ucp != cp))) mismatches++;
            }
    const unsigned char lasts[] = {0x00, 0x7f, 0x80, 0x9f, 0xa0, 0xbf, 0xc0, 0xff};
    for (unsigned a = 0xf0; a < 0xf8; a++)
        for (unsigned b = 0x80; b < 0xc0; b++)
            for (unsigned c = 0x80; c < 0xc0; c += 7)
                for (size_t d = 0; d < sizeof lasts; d++) {
                    s[0] = (unsigned char)a;
                    s[1] = (unsigned char)b;
                    s[2] = (unsigned char)c;
                    s[3] = lasts[d];
                    int32_t cp, ucp;
                    size_t n = text_decode((const char *)s, 4, &cp);
                    utf8proc_ssize_t r = utf8proc_iterate(s, 4, &ucp);
                    int valid = !(n == 1 && cp == 0xFFFD);
                    if (valid != (r > 0) || (valid && ((size_t)r != n || ucp != cp)))
                        mismatches++;
                }
    assert_int_equal(mismatches, 0);
}

/* Reading backwards: text_prev lands on each code point's first byte. */
static void test_prev(void **state)
{
    (void)state;
    const char *s = "a\xc3\xa9\xe2\x80\x9c\xf0\x9f\x98\x80z"; /* a é “ 😀 z */
    size_t len = strlen(s);
    const size_t starts[] = {10, 6, 3, 1, 0};
    size_t i = len, k = 0;
    while (i > 0) {
        i = text_prev(s, 0, i);
        assert_int_equal(i, starts[k++]);
    }
    assert_int_equal(k, 5);
    /* Never below lo, never more than three continuation bytes. */
    assert_int_equal(text_prev(s, 2, 3), 2);
    assert_int_equal(text_prev("\x80\x80\x80\x80\x80", 0, 5), 1);
}

/* The set is Unicode's White_Space: the separators (Zs, Zl, Zp) plus the
 * controls TAB..CR and U+0085. */
/* The bidi controls are exactly the code points of the explicit
 * embedding, override and isolate classes (UAX #9), as utf8proc has them. */
static void test_bidi_controls(void **state)
{
    (void)state;
    size_t members = 0;
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        int k = utf8proc_get_property(cp)->bidi_class;
        int want = (k >= UTF8PROC_BIDI_CLASS_LRE && k <= UTF8PROC_BIDI_CLASS_LRO) ||
                   (k >= UTF8PROC_BIDI_CLASS_RLE && k <= UTF8PROC_BIDI_CLASS_PDF) ||
                   (k >= UTF8PROC_BIDI_CLASS_LRI && k <= UTF8PROC_BIDI_CLASS_PDI);
        assert_int_equal(text_is_bidi_control(cp), want);
        members += (size_t)want;
    }
    assert_int_equal(members, 9);
}

static void test_space_set(void **state)
{
    (void)state;
    size_t members = 0;
    for (int32_t cp = 0; cp <= 0x10FFFF; cp++) {
        utf8proc_category_t k = utf8proc_category(cp);
        int want = k == UTF8PROC_CATEGORY_ZS || k == UTF8PROC_CATEGORY_ZL ||
                   k == UTF8PROC_CATEGORY_ZP || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85;
        assert_int_equal(text_is_space(cp), want);
        members += (size_t)want;
    }
    assert_int_equal(members, 25);
    assert_false(text_is_space(-1));
    assert_false(text_is_space(0x200B)); /* zero width space is no space */
    assert_false(text_is_space(0x180E));
    /* The byte view: the ASCII members, never a byte of a sequence. */
    for (int c = 0; c < 256; c++)
        assert_int_equal(text_is_space_byte((unsigned char)c), c < 0x80 && text_is_space(c));
}

static void test_space_len(void **state)
{
    (void)state;
    assert_int_equal(text_space_len(" x", 2), 1);
    assert_int_equal(text_space_len("\n", 1), 1);
    assert_int_equal(text_space_len("\xc2\xa0x", 3), 2);      /* U+00A0 */
    assert_int_equal(text_space_len("\xe3\x80\x80", 3), 3);   /* U+3000 */
    assert_int_equal(text_space_len("\xe2\x80\xaf", 3), 3);   /* U+202F */
    assert_int_equal(text_space_len("\xe2\x80\x8b", 3), 0);   /* U+200B */
    assert_int_equal(text_space_len("\xc2\x85", 2), 2);       /* U+0085 */
    assert_int_equal(text_space_len("\xc2\xa9", 2), 0);       /* (c) sign */
    assert_int_equal(text_space_len("\xe3\x80", 2), 0);       /* truncated */
    assert_int_equal(text_space_len("x ", 2), 0);
    assert_int_equal(text_space_len("", 0), 0);
    assert_int_equal(text_space_len_before("x ", 2), 1);
    assert_int_equal(text_space_len_before("x\xc2\xa0", 3), 2);
    assert_int_equal(text_space_len_before("\xe3\x80\x80", 3), 3);
    assert_int_equal(text_space_len_before("x\xc3\xa9", 3), 0);
    assert_int_equal(text_space_len_before("\xa0", 1), 0);    /* no lead byte */
    assert_int_equal(text_space_len_before("\xc2\xa0\xa0", 3), 0);
    assert_int_equal(text_space_len_before("", 0), 0);
}

static void test_fold(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    size_t len;
    const char *in = "  The\tvote\n\nwas \xc2\xa0 close\xe3\x80\x80today.  ";
    char *f = text_fold(ar, in, strlen(in), &len);
    assert_string_equal(f, "The vote was close today.");
    assert_int_equal(len, strlen(f));
    f = text_fold(ar, " \t\n", 3, &len);
    assert_string_equal(f, "");
    assert_int_equal(len, 0);
    /* An invalid byte is kept as it is, not taken for space. */
    f = text_fold(ar, "a \xff b", 5, NULL);
    assert_string_equal(f, "a \xff b");
    arena_free(ar);
}

static void test_counts_and_marks(void **state)
{
    (void)state;
    assert_int_equal(text_count_words("The vote was close.", 19), 4);
    assert_int_equal(text_count_words("  a\tb\nc\r d  ", 12), 4);
    assert_int_equal(text_count_words("", 0), 0);
    /* Only ASCII white space separates words here. */
    assert_int_equal(text_count_words("a\xc2\xa0" "b", 4), 1);
    assert_int_equal(text_count_chars("caf\xc3\xa9", 5), 4);
    assert_int_equal(text_count_chars("\xf0\x9f\x98\x80!", 5), 2);
    assert_int_equal(text_quote_mark("\"x", 2), 1);
    assert_int_equal(text_quote_mark("``x", 3), 2);
    assert_int_equal(text_quote_mark("''", 2), 2);
    assert_int_equal(text_quote_mark("\xe2\x80\x9cx", 4), 3);
    assert_int_equal(text_quote_mark("\xe2\x80\x9d", 3), 3);
    assert_int_equal(text_quote_mark("'x", 2), 0);
    assert_int_equal(text_quote_mark("\xe2\x80\x99", 3), 0); /* apostrophe */
    assert_true(text_equal_nocase("Reuters", "REUTERS"));
    assert_false(text_equal_nocase("Reuters", "Reuter"));
    assert_false(text_equal_nocase("\xc3\xa9", "\xc3\x89")); /* ASCII only */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_decode_valid),
        cmocka_unit_test(test_decode_invalid),
        cmocka_unit_test(test_maximal_subparts),
        cmocka_unit_test(test_decode_agrees_with_utf8proc),
        cmocka_unit_test(test_prev),
        cmocka_unit_test(test_bidi_controls),
        cmocka_unit_test(test_space_set),
        cmocka_unit_test(test_space_len),
        cmocka_unit_test(test_fold),
        cmocka_unit_test(test_counts_and_marks),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
