/* Unit tests: mail.c, on the messages in tests/fixtures/mail/ (written
 * for these tests: made-up senders, places and people). */
#include "harness.h"

#include "arena.h"
#include "mail.h"

static article parse_file(arena *ar, const char *name)
{
    size_t len;
    char *bytes = harness_slurpf(&len, "tests/fixtures/mail/%s", name);
    article a;
    assert_true(mail_detect(bytes, len));
    assert_int_equal(mail_parse(ar, bytes, len, &a), BRIEF_OK);
    free(bytes);
    if (a.body) assert_int_equal(a.body_len, strlen(a.body));
    return a;
}

static article parse_text(arena *ar, const char *text, brief_status want)
{
    article a;
    assert_int_equal(mail_parse(ar, text, strlen(text), &a), want);
    return a;
}

static int detect(const char *s) { return mail_detect(s, strlen(s)); }

static void test_newsletter(void **state)
{
    /* multipart/alternative, CRLF: base64 text/plain first, then a
     * quoted-printable text/html part, which is the one read. */
    article a = parse_file(*state, "newsletter.eml");
    /* Two encoded words (UTF-8 Q, Latin-1 B) across a folded line: the
     * blank between them is dropped, the text after them kept. */
    assert_string_equal(a.title, "Tram line opens \xe2\x80\x94 and caf\xc3\xa9 prices fall");
    assert_string_equal(a.source, "The Lantern \xe2\x80\x93 Weekly");
    assert_string_equal(a.date, "2026-11-03T06:59:58+00:00");
    assert_string_equal(a.id, "20261103.lantern.4471@lantern.example");
    assert_null(a.url);
    assert_true(a.body_is_html);
    /* Soft line breaks joined, =C2=A3 and =3D decoded. */
    assert_string_equal(a.body,
                        "<html><body><h1>The Lantern Weekly</h1><p>Mayor Oduya opened the new "
                        "tram line to Birchfield on Saturday. Tickets cost \xc2\xa3"
                        "1.40.</p><p>Ride = free today.</p></body></html>");
}

static void test_nested_mixed(void **state)
{
    /* multipart/mixed holding multipart/alternative (plain only), an HTML
     * attachment and a PDF: the attachment is not the article. */
    article a = parse_file(*state, "nested.eml");
    assert_string_equal(a.title, "Hilltop notes");
    assert_string_equal(a.source, "Ruth \"Editor\" Kessler"); /* quoted pairs */
    assert_string_equal(a.date, "2026-11-02T21:10:00-05:00");
    assert_false(a.body_is_html);
    /* Latin-1 quoted-printable, a soft break with its line end. */
    assert_string_equal(a.body, "The Hilltop choir sang in Sm\xc3\xa5" "by on Sunday. Everyone came.");
}

static void test_plain_and_base64(void **state)
{
    article a = parse_file(*state, "plain.eml");
    assert_string_equal(a.source, "nobody@plain.example"); /* no name: the address */
    assert_string_equal(a.body, "Just a plain message body.\nSecond line.");
    assert_false(a.body_is_html);
    a = parse_text(*state,
                   "From: desk@isle.example (Isle Desk)\r\n"
                   "Subject: =?utf-8?b?U2VhbCBwdXBzIGNvdW50ZWQ=?=\r\n"
                   "Content-Type: text/plain; charset=\"koi8-r\"\r\n"
                   "Content-Transfer-Encoding: BASE64\r\n\r\n"
                   "8NLJ18XUIQ==\r\n",
                   BRIEF_OK);
    assert_string_equal(a.source, "Isle Desk"); /* "addr (Name)" */
    assert_string_equal(a.title, "Seal pups counted");
    assert_string_equal(a.body, "\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82!");
}

static void test_encoded_words(void **state)
{
    /* Encoded words with text between them keep it; a malformed one is
     * text; an unknown charset leaves the bytes. */
    article a = parse_text(*state,
                           "From: =?ISO-8859-1?Q?J=F6rn?= Falk <j@x.example>\n"
                           "Subject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?= from =?utf-8?q?M=C3=BCnster?=\n"
                           "\tand =?bogus?Q?raw=41?= and =?UTF-8?X?no?= =?UTF-8?Q?open\n"
                           "\n",
                           BRIEF_OK);
    assert_string_equal(a.source, "J\xc3\xb6rn Falk");
    assert_string_equal(a.title, "Gr\xc3\xbc\xc3\x9f" "e from M\xc3\xbcnster and rawA and "
                                 "=?UTF-8?X?no?= =?UTF-8?Q?open");
    assert_null(a.body);
    /* An encoded word split between two encoded words of a multibyte
     * character is joined before conversion only within one word; here
     * each word is whole. */
    a = parse_text(*state, "From: x@y\nSubject: =?UTF-8?B?w6k=?= =?UTF-8?B?w6k=?=\n\nz",
                   BRIEF_OK);
    assert_string_equal(a.title, "\xc3\xa9\xc3\xa9");
}

static void test_malformed(void **state)
{
    /* multipart without a boundary: no text part, but the headers. */
    article a = parse_file(*state, "noboundary.eml");
    assert_string_equal(a.title, "No boundary");
    assert_string_equal(a.source, "Broken Sender");
    assert_null(a.body);
    assert_int_equal(a.body_len, 0);
    /* Bad base64: characters outside the alphabet are skipped. */
    a = parse_file(*state, "badbase64.eml");
    assert_prefix(a.body, "Hello world");
    /* Cut off inside its only part, in windows-1252: what is there. */
    a = parse_file(*state, "truncated.eml");
    assert_true(a.body_is_html);
    assert_string_equal(a.body, "<p>Caf\xc3\xa9 \xe2\x80\x9cnews\xe2\x80\x9d that never ends");
    /* Not a message. */
    parse_text(*state, "Just some text.\nNo headers here.\n", BRIEF_EFORMAT);
    parse_text(*state, "", BRIEF_EFORMAT);
    parse_text(*state, " folded: first\n", BRIEF_EFORMAT);
    assert_false(detect("title: A story\nsource: Wire\n---\nBody.\n"));
    assert_false(detect("From: a@b\nSubject: no end"));
    assert_false(detect("Subject: no sender\nDate: x\n\n"));
    assert_true(detect("From a@b Tue Nov  3 06:00:00 2026\nFrom: a@b\nDate: x\n\n"));
    /* After an mbox line, a folded line is no field: not a message. */
    assert_false(detect("From a@b 2026\n folded\nFrom: a@b\nDate: x\n\n"));
    parse_text(*state, "From a@b 2026\n folded\nFrom: a@b\nDate: x\n\n", BRIEF_EFORMAT);
    /* An mbox From line, a header without a blank line after it, NULs,
     * a boundary never closed, nesting deeper than followed. */
    a = parse_text(*state, "From x Tue Nov 3 2026\nSubject: s\nbody at once\n", BRIEF_OK);
    assert_string_equal(a.title, "s");
    assert_string_equal(a.body, "body at once");
    /* A NUL in a header is white space: no name that ends at once. */
    char nulfrom[] = "From:\0 Ana\0Sousa <a@b>\nSubject: \0\n\nx";
    assert_int_equal(mail_parse(*state, nulfrom, sizeof nulfrom - 1, &a), BRIEF_OK);
    assert_string_equal(a.source, "Ana Sousa");
    assert_null(a.title);
    char nul[] = "Subject: n\n\nA\0B";
    assert_int_equal(mail_parse(*state, nul, sizeof nul - 1, &a), BRIEF_OK);
    assert_int_equal(a.body_len, 3);
    a = parse_text(*state,
                   "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\n\nsecond",
                   BRIEF_OK);
    assert_string_equal(a.body, "first");
    /* An empty HTML part: the plain text after it is read instead. */
    a = parse_text(*state,
                   "Content-Type: multipart/alternative; boundary=e\n\n--e\n"
                   "Content-Type: text/html\n\n  \n--e\nContent-Type: text/plain\n\n"
                   "plain after all\n--e--\n",
                   BRIEF_OK);
    assert_string_equal(a.body, "plain after all");
    assert_false(a.body_is_html);
    /* Each level a part of the one above (boundary q<level>). */
    char deep[4000] = "Content-Type: multipart/mixed; boundary=q0\n\n";
    size_t n = strlen(deep);
    int level = 0;
    for (; level < MAIL_MAX_DEPTH + 2; level++)
        n += (size_t)sprintf(deep + n, "--q%d\nContent-Type: multipart/mixed; boundary=q%d\n\n",
                             level, level + 1);
    sprintf(deep + n, "--q%d\n\ntoo deep\n", level);
    a = parse_text(*state, deep, BRIEF_OK);
    assert_null(a.body);
    /* The same text a few levels down is read. */
    sprintf(deep, "Content-Type: multipart/mixed; boundary=q0\n\n--q0\n"
                  "Content-Type: multipart/related; boundary=q1\n\n--q1\n\ndeep enough\n");
    a = parse_text(*state, deep, BRIEF_OK);
    assert_string_equal(a.body, "deep enough");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        HARNESS_ARENA_TEST(test_newsletter),
        HARNESS_ARENA_TEST(test_nested_mixed),
        HARNESS_ARENA_TEST(test_plain_and_base64),
        HARNESS_ARENA_TEST(test_encoded_words),
        HARNESS_ARENA_TEST(test_malformed),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
