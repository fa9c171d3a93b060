/* Unit tests: datenorm.c. */
#include "harness.h"

#include "datenorm.h"

static void expect(const char *in, const char *want)
{
    char out[DATENORM_MAX];
    int ok = datenorm(in, strlen(in), out);
    if (!want) {
        assert_int_equal(ok, 0);
        assert_string_equal(out, "");
        return;
    }
    assert_int_equal(ok, 1);
    assert_string_equal(out, want);
}

static void test_rfc822(void **state)
{
    (void)state;
    expect("Tue, 03 Nov 2026 08:15:00 +0100", "2026-11-03T08:15:00+01:00");
    expect("  3 Nov 2026 19:00 GMT ", "2026-11-03T19:00:00Z");
    expect("Mon, 2 Nov 2026 21:10 -0500", "2026-11-02T21:10:00-05:00");
    expect("Wed, 04 Nov 2026 10:00:00 PST", "2026-11-04T10:00:00-08:00");
    expect("Tue, 3 Nov 2026 06:59:58 +0000 (UTC)", "2026-11-03T06:59:58+00:00");
    /* -0000: the zone is unknown, so none is written. */
    expect("3 Nov 2026 06:00:00 -0000", "2026-11-03T06:00:00");
    /* Two-digit years (RFC 5322 4.3), full month names, no time. */
    expect("3 Nov 26 19:00 GMT", "2026-11-03T19:00:00Z");
    expect("5 Sep 99 01:02:03 EDT", "1999-09-05T01:02:03-04:00");
    expect("Thursday, 12 November 2026", "2026-11-12");
    expect("29 Feb 2028 00:00 Z", "2028-02-29T00:00:00Z");
}

static void test_iso(void **state)
{
    (void)state;
    expect("2026-11-02T17:40:00+01:00", "2026-11-02T17:40:00+01:00");
    expect("2026-11-02T22:05:09.123+02:00", "2026-11-02T22:05:09+02:00");
    expect("2026-11-03T08:30:00Z", "2026-11-03T08:30:00Z");
    expect("2026-11-03 08:30", "2026-11-03T08:30:00");
    expect("2026-11-01", "2026-11-01");
    expect("2026-11", "2026-11");
    expect("2026", "2026");
    expect("2026-11-03T08:30:00+0530", "2026-11-03T08:30:00+05:30");
}

static void test_refused(void **state)
{
    (void)state;
    expect("", NULL);
    expect("yesterday", NULL);
    expect("2026-13-01", NULL);
    expect("2026-04-31", NULL);
    expect("29 Feb 2027 10:00 GMT", NULL);
    expect("3 Nov 2026 25:00 GMT", NULL);
    expect("3 Nov 2026 10:61 GMT", NULL);
    expect("2026-11-03T08:30:00+25:00", NULL);
    expect("3 Foo 2026", NULL);
    expect("2026-11-03 and more", NULL);
    expect("Tue, 03 Nov", NULL);
    char out[DATENORM_MAX];
    /* The length bounds the read: the digits after it are not seen. */
    assert_int_equal(datenorm("2026-11-0399", 10, out), 1);
    assert_string_equal(out, "2026-11-03");
    assert_int_equal(datenorm(NULL, 0, out), 0);
}

static void find(const char *in, const char *want, size_t want_at)
{
    char out[DATENORM_MAX];
    size_t at = 999;
    int ok = datenorm_find(in, strlen(in), out, &at);
    if (!want) {
        assert_int_equal(ok, 0);
        assert_string_equal(out, "");
        return;
    }
    assert_int_equal(ok, 1);
    assert_string_equal(out, want);
    assert_int_equal(at, want_at);
}

static void test_find(void **state)
{
    (void)state;
    /* Month names, in the orders and languages pages write them. */
    find("Published on 5 March 2031", "2031-03-05", 13);
    find("Mar. 5, 2031 at 10:00", "2031-03-05", 0);
    find("By Ilse Varga \xC2\xB7 18th Dec 2030", "2030-12-18", 17);
    find("18th of December, 2030", "2030-12-18", 0);
    find("Ver\xC3\xB6""ffentlicht am 5. M\xC3\xA4rz 2031", "2031-03-05", 19);
    find("Publicado el 15 de diciembre de 2030", "2030-12-15", 13);
    find("le 7 janv. 2031", "2031-01-07", 3);
    find("1er f\xC3\xA9vrier 2031", "2031-02-01", 0);
    find("Gepubliceerd op 9 mei 2031", "2031-05-09", 16);
    find("SEPTEMBER 30, 2030", "2030-09-30", 0);
    /* Numbers: year first, day first with periods, and slashes only when a
     * number over 12 tells the order. */
    find("Updated: 2031-04-02", "2031-04-02", 9);
    find("2031/4/2", "2031-04-02", 0);
    find("12.11.2030", "2030-11-12", 0);
    find("Posted on the 15/12/2030 at 19:00", "2030-12-15", 14);
    find("12/15/2030", "2030-12-15", 0);
    find("03/04/2030", NULL, 0);
    /* Not dates. */
    find("31 February 2031", NULL, 0);
    find("In 2031 the may 5 vote", NULL, 0);
    find("Marching 5 bands 2031", NULL, 0);
    find("", NULL, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_find),
        cmocka_unit_test(test_rfc822),
        cmocka_unit_test(test_iso),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
