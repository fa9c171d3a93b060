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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rfc822),
        cmocka_unit_test(test_iso),
        cmocka_unit_test(test_refused),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
