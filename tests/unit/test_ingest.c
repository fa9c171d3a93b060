/* test_ingest.c - stage 1: decoding, repair, binary refusal, NFC, front
 * matter and title detection.  Run from the repository root. */
#include "harness.h"

#include "arena.h"
#include "ingest.h"

#define FFFD "\xEF\xBF\xBD"

static ingest_doc ok_bytes(arena *ar, const char *b, size_t n)
{
    ingest_doc d;
    assert_int_equal(ingest_bytes(ar, b, n, &d), BRIEF_OK);
    assert_non_null(d.text);
    assert_int_equal(strlen(d.text), d.len); /* no NUL survives */
    return d;
}

#define OK(ar, lit) ok_bytes((ar), (lit), sizeof(lit) - 1)

static void expect_text(const ingest_doc *d, const char *want)
{
    assert_int_equal(d->len, strlen(want));
    assert_memory_equal(d->text, want, d->len);
}

static void test_plain_ascii(void **state)
{
    ingest_doc d = OK(*state, "Plain text.\nSecond line.\n");
    expect_text(&d, "Plain text.\nSecond line.\n");
    assert_int_equal(d.repaired, 0);
    assert_string_equal(d.encoding, "utf-8");
}

static void test_bom_and_newlines(void **state)
{
    ingest_doc d = OK(*state, "\xEF\xBB\xBF" "a\r\nb\rc\n\r\nd");
    expect_text(&d, "a\nb\nc\n\nd");
    assert_int_equal(d.repaired, 0);
    assert_string_equal(d.encoding, "utf-8");
}

/* Maximal-subpart replacement, as Python's decode("utf-8", "replace");
 * each input also holds a valid "é" so it reads as (damaged) UTF-8. */
static void test_invalid_utf8(void **state)
{
    static const struct {
        const char *in;
        const char *out;
        size_t repaired;
    } cases[] = {
        {"\xC3\xA9 x\xC0\xAFy", "\xC3\xA9 x" FFFD FFFD "y", 2},           /* overlong */
        {"\xC3\xA9 \xE0\x80\xAF.", "\xC3\xA9 " FFFD FFFD FFFD ".", 3},   /* overlong 3-byte */
        {"\xC3\xA9 \xED\xA0\x80!", "\xC3\xA9 " FFFD FFFD FFFD "!", 3},   /* surrogate */
        {"\xC3\xA9 \xE2\x82x", "\xC3\xA9 " FFFD "x", 1},                 /* truncated */
        {"\xC3\xA9 \x80 z", "\xC3\xA9 " FFFD " z", 1},                   /* lone continuation */
        {"\xC3\xA9 \xFE\xFF", "\xC3\xA9 " FFFD FFFD, 2},                 /* FE FF */
        {"\xC3\xA9 \xF8\x88\x80\x80\x80|", "\xC3\xA9 " FFFD FFFD FFFD FFFD FFFD "|", 5},
        {"\xC3\xA9 \xF4\x90\x80\x80", "\xC3\xA9 " FFFD FFFD FFFD FFFD, 4}, /* > U+10FFFF */
        {"\xC3\xA9 end\xF0\x9F\x98", "\xC3\xA9 end" FFFD, 1},            /* truncated at end */
        {"ok \xF0\x9F\x98\x80 \xE2\x80\x9Cq\xE2\x80\x9D", "ok \xF0\x9F\x98\x80 \xE2\x80\x9Cq\xE2\x80\x9D", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ingest_doc d = ok_bytes(*state, cases[i].in, strlen(cases[i].in));
        expect_text(&d, cases[i].out);
        assert_int_equal(d.repaired, cases[i].repaired);
        assert_string_equal(d.encoding, "utf-8");
    }
}

static void test_nul_and_controls(void **state)
{
    /* A page of text with two stray NULs is text; each NUL is U+FFFD. */
    char buf[600];
    memset(buf, 'a', sizeof buf);
    for (size_t i = 50; i < sizeof buf; i += 51) buf[i] = ' ';
    buf[100] = '\0';
    buf[300] = '\0';
    ingest_doc d = ok_bytes(*state, buf, sizeof buf);
    assert_int_equal(d.repaired, 2);
    assert_int_equal(d.len, sizeof buf + 4);
    assert_memory_equal(d.text + 100, FFFD, 3);

    /* Other controls are dropped and counted; TAB and LF stay; FF/VT and
     * the Unicode line separators become LF. */
    d = OK(*state, "a\x01" "b\tc\x7F" "d\x1B\fe\vf\xE2\x80\xA8g");
    expect_text(&d, "ab\tcd\ne\nf\ng");
    assert_int_equal(d.controls, 3);
    assert_int_equal(d.repaired, 0);
}

/* C1 controls (U+009B is CSI on a terminal) and the bidi embedding,
 * override and isolate controls are dropped and counted as controls, not
 * as repairs.  U+0085 and U+2029 are still line ends, and the characters
 * next to the ranges (U+00A0, U+206A) and U+2019 stay. */
static void test_c1_and_bidi_dropped(void **state)
{
    ingest_doc d = OK(*state, "a\xC2\x80" "b\xC2\x9B" "31mc\xC2\x9F" "d\xC2\xA0" "e\xC2\x85"
                              "f\xE2\x80\xAA" "g\xE2\x80\xAE" "h\xE2\x80\xA9" "i\xE2\x81\xA6"
                              "j\xE2\x81\xA9" "k\xE2\x81\xAA" "l\xE2\x80\x99" "m\xFF");
    expect_text(&d, "ab31mcd\xC2\xA0" "e\nfgh\ni" "jk\xE2\x81\xAA" "l\xE2\x80\x99" "m" FFFD);
    assert_int_equal(d.controls, 7);
    assert_int_equal(d.repaired, 1); /* the 0xFF alone */
    assert_string_equal(d.encoding, "utf-8");

    /* The same controls reached through UTF-16. */
    static const char le[] = "\xFF\xFE" "x\0\x9B\0y\0\x2E\x20z\0";
    d = ok_bytes(*state, le, sizeof le - 1);
    expect_text(&d, "xyz");
    assert_int_equal(d.controls, 2);
    assert_int_equal(d.repaired, 0);

    /* Text of nothing but controls is empty text, not binary. */
    d = OK(*state, "\xE2\x80\xAE\xE2\x80\xAE\xC2\x9B\xC2\x9B\xC2\x9B");
    expect_text(&d, "");
    assert_int_equal(d.controls, 5);
}

static void test_utf16(void **state)
{
    /* "Hé 😀\r\n" */
    static const char le[] = "\xFF\xFE" "H\0\xE9\0 \0\x3D\xD8\x00\xDE\r\0\n\0";
    ingest_doc d = ok_bytes(*state, le, sizeof le - 1);
    expect_text(&d, "H\xC3\xA9 \xF0\x9F\x98\x80\n");
    assert_string_equal(d.encoding, "utf-16le");
    assert_int_equal(d.repaired, 0);

    static const char be[] = "\xFE\xFF" "\0H\0\xE9\0 \xD8\x3D\xDE\x00\0\r\0\n";
    d = ok_bytes(*state, be, sizeof be - 1);
    expect_text(&d, "H\xC3\xA9 \xF0\x9F\x98\x80\n");
    assert_string_equal(d.encoding, "utf-16be");

    /* An unpaired surrogate and an odd trailing byte are repaired. */
    static const char bad[] = "\xFF\xFE" "a\0\x3D\xD8" "b\0" "c";
    d = ok_bytes(*state, bad, sizeof bad - 1);
    expect_text(&d, "a" FFFD "b" FFFD);
    assert_int_equal(d.repaired, 2);

    /* No BOM, but the NUL pattern of ASCII in UTF-16LE. */
    static const char nobom[] = "T\0h\0e\0 \0c\0a\0t\0 \0s\0a\0t\0.\0";
    d = ok_bytes(*state, nobom, sizeof nobom - 1);
    expect_text(&d, "The cat sat.");
    assert_string_equal(d.encoding, "utf-16le");
}

static void test_latin1(void **state)
{
    ingest_doc d = OK(*state, "Caf\xE9 cr\xE8me co\xFBte 5 \x80, \x93quoted\x94 na\xEFve.\n");
    expect_text(&d, "Caf\xC3\xA9 cr\xC3\xA8me co\xC3\xBBte 5 \xE2\x82\xAC, "
                    "\xE2\x80\x9Cquoted\xE2\x80\x9D na\xC3\xAFve.\n");
    assert_string_equal(d.encoding, "latin-1");
    assert_int_equal(d.repaired, 0);

    /* The five bytes Windows-1252 leaves undefined are repaired. */
    d = OK(*state, "Caf\xE9 \x81.");
    expect_text(&d, "Caf\xC3\xA9 " FFFD ".");
    assert_string_equal(d.encoding, "latin-1");
    assert_int_equal(d.repaired, 1);

    /* Real UTF-8 full of curly quotes is not mistaken for Latin-1. */
    size_t n;
    char *b = harness_slurp(harness_sample_paths[3], &n);
    d = ok_bytes(*state, b, n);
    assert_string_equal(d.encoding, "utf-8"); /* real UTF-8 stays UTF-8 */
    free(b);
}

static void test_binary(void **state)
{
    arena *ar = *state;
    ingest_doc d;
    static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10";
    assert_int_equal(ingest_bytes(ar, png, sizeof png - 1, &d), BRIEF_EBINARY);
    static const char gz[] = "\x1f\x8b\x08\0\0\0\0\0\0\x03" "abc";
    assert_int_equal(ingest_bytes(ar, gz, sizeof gz - 1, &d), BRIEF_EBINARY);
    static const char elf[] = "\x7f" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0";
    assert_int_equal(ingest_bytes(ar, elf, sizeof elf - 1, &d), BRIEF_EBINARY);

    /* Random bytes (a fixed LCG). */
    unsigned char rnd[4096];
    uint32_t x = 12345;
    for (size_t i = 0; i < sizeof rnd; i++) {
        x = x * 1103515245u + 12345u;
        rnd[i] = (unsigned char)(x >> 16);
    }
    assert_int_equal(ingest_bytes(ar, (const char *)rnd, sizeof rnd, &d), BRIEF_EBINARY);

    /* Mostly NULs with some text. */
    char z[256];
    memset(z, 0, sizeof z);
    memcpy(z, "header", 6);
    memcpy(z + 100, "name", 4);
    assert_int_equal(ingest_bytes(ar, z, sizeof z, &d), BRIEF_EBINARY);
}

static void test_nfc(void **state)
{
    /* e + COMBINING ACUTE -> é; Hangul jamo -> syllable; ASCII lines
     * around are untouched. */
    ingest_doc d = OK(*state, "plain line\nCafe\xCC\x81 \xE1\x84\x80\xE1\x85\xA1\nlast\n");
    expect_text(&d, "plain line\nCaf\xC3\xA9 \xEA\xB0\x80\nlast\n");
    assert_int_equal(d.repaired, 0);
    /* Angstrom sign is a singleton: NFC maps it to U+00C5. */
    d = OK(*state, "\xE2\x84\xAB");
    expect_text(&d, "\xC3\x85");
    /* Already NFC text is byte-identical. */
    d = OK(*state, "\xE2\x80\x9CZelenskyy\xE2\x80\x9D \xE2\x80\x93 Kyiv\xE2\x80\x99s");
    expect_text(&d, "\xE2\x80\x9CZelenskyy\xE2\x80\x9D \xE2\x80\x93 Kyiv\xE2\x80\x99s");
}

static void test_limits_and_empty(void **state)
{
    arena *ar = *state;
    ingest_doc d;
    /* The size check comes before any byte is read. */
    assert_int_equal(ingest_bytes(ar, "x", BRIEF_MAX_INPUT_BYTES + 1, &d), BRIEF_ELIMIT);
    assert_int_equal(ingest_bytes(ar, NULL, 0, &d), BRIEF_OK);
    assert_int_equal(d.len, 0);
    assert_null(d.title);
    d = OK(ar, "  \n\n\t \n");
    assert_null(d.title);
    assert_int_equal(d.len, 7);
}

static void test_front_matter(void **state)
{
    static const char in[] = "---\nTitle: Trump and Putin talk\nsource: Reuters\n"
                             "URL: https://example.com/a\ndate: 2025-03-16\n"
                             "Author:  Inga  Morell\nsection: ignored\n---\nBody starts here.\n";
    ingest_doc d = OK(*state, in);
    assert_string_equal(d.title, "Trump and Putin talk");
    assert_string_equal(d.source, "Reuters");
    assert_string_equal(d.url, "https://example.com/a");
    assert_string_equal(d.date, "2025-03-16");
    assert_string_equal(d.author, "Inga Morell");
    assert_int_equal(d.title_start, 0);
    assert_int_equal(d.title_end, 0);
    assert_string_equal(d.text + d.body_start, "Body starts here.\n");

    /* Without the opening line; quoted value; no title: the headline rule
     * still applies to the body. */
    d = OK(*state, "source: \"AP\"\n---\nHeadline Here\n\nThe story.\n");
    assert_string_equal(d.source, "AP");
    assert_null(d.author);
    assert_string_equal(d.title, "Headline Here");
    assert_string_equal(d.text + d.body_start, "\nThe story.\n");

    /* "Key: value" lines without a closing --- are text. */
    d = OK(*state, "Washington D.C.: In a push, the two met.\nMore text.\n");
    assert_null(d.source);
    assert_null(d.title);
    assert_int_equal(d.body_start, 0);
}

static void test_title_rules(void **state)
{
    arena *ar = *state;
    ingest_doc d = OK(ar, "Ad sales boost Time Warner profit\n\nQuarterly profits at US "
                          "media giant TimeWarner jumped 76%.\n");
    assert_string_equal(d.title, "Ad sales boost Time Warner profit");
    assert_int_equal(d.title_start, 0);
    assert_int_equal(d.title_end, 33);
    assert_int_equal(d.body_start, 34);

    /* Wire copy: the first line is a sentence and stays body. */
    d = OK(ar, "LONDON (AP) _ An influential lawmaker from the governing Labor Party "
               "on Saturday backed Spanish requests to question former Chilean "
               "dictator Gen. Augusto Pinochet on allegations of genocide and "
               "terrorism.\nChile said on Saturday that it would protest.\n");
    assert_null(d.title);
    assert_int_equal(d.body_start, 0);

    /* A short sentence is not a headline either. */
    d = OK(ar, "The talks failed.\nBoth sides left.\n");
    assert_null(d.title);
    d = OK(ar, "He said: \xE2\x80\x9CWe will win.\xE2\x80\x9D\n\nMore.\n");
    assert_null(d.title);

    /* A question headline set off by a blank line is a title. */
    d = OK(ar, "Could Yukos be a blessing in disguise?\n\nRussia's oil sector...\n");
    assert_string_equal(d.title, "Could Yukos be a blessing in disguise?");

    /* Whitespace folded; leading blank lines skipped; closing quote after
     * a word is not sentence punctuation. */
    d = OK(ar, "\n  Zelensky  says Putin \xE2\x80\x98lying\xE2\x80\x99 \nIn his reaction, Putin spoke.\n");
    assert_string_equal(d.title, "Zelensky says Putin \xE2\x80\x98lying\xE2\x80\x99");
    assert_int_equal(d.title_start, 3);
    assert_string_equal(d.text + d.body_start, "In his reaction, Putin spoke.\n");

    /* Page furniture above the headline is passed over. */
    d = OK(ar, "Advertisement\n\n#image_title\nBig Headline Here\n\nThe body text.\n");
    assert_string_equal(d.title, "Big Headline Here");
    assert_int_equal(d.title_start, 28);
    assert_string_equal(d.text + d.body_start, "\nThe body text.\n");
    /* ... but a document of furniture only keeps its text as body. */
    d = OK(ar, "Advertisement\n\nThe talks failed, officials said.\n");
    assert_null(d.title);
    assert_int_equal(d.body_start, 0);

    /* A lone line is not a title (nothing follows); neither is a first
     * line continued in lower case, nor one of more than 20 words. */
    d = OK(ar, "Just a headline\n\n");
    assert_null(d.title);
    d = OK(ar, "The minister said that the plan\nwould be announced on Monday.\n");
    assert_null(d.title);
    d = OK(ar, "one two three four five six seven eight nine ten eleven twelve "
               "thirteen fourteen fifteen sixteen seventeen eighteen nineteen "
               "twenty twentyone\n\nBody.\n");
    assert_null(d.title);
}

static void test_title_samples(void **state)
{
    static const struct {
        size_t sample;     /* in harness_sample_paths */
        const char *title; /* NULL: none */
    } cases[] = {
        {0, "Hope for Ceasefire: Trump and Putin to Discuss Ukraine Conflict"},
        {2,
         "Trump and Putin to Meet This Week to Discuss Proposed Ceasefire in "
         "Ukraine | Russia-Ukraine War Update"},
        {3, NULL},
        {4, "Trump, Putin to have 'discussion' on Ukraine this week"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t n;
        char *b = harness_slurp(harness_sample_paths[cases[i].sample], &n);
        ingest_doc d = ok_bytes(*state, b, n);
        if (cases[i].title) {
            assert_non_null(d.title);
            assert_string_equal(d.title, cases[i].title);
            assert_true(d.body_start > d.title_end);
            assert_memory_equal(d.text + d.title_start, cases[i].title,
                                d.title_end - d.title_start);
        } else {
            assert_null(d.title);
            assert_int_equal(d.body_start, 0);
        }
        assert_int_equal(d.repaired, 0);
        free(b);
    }
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        HARNESS_ARENA_TEST(test_plain_ascii),
        HARNESS_ARENA_TEST(test_bom_and_newlines),
        HARNESS_ARENA_TEST(test_invalid_utf8),
        HARNESS_ARENA_TEST(test_nul_and_controls),
        HARNESS_ARENA_TEST(test_c1_and_bidi_dropped),
        HARNESS_ARENA_TEST(test_utf16),
        HARNESS_ARENA_TEST(test_latin1),
        HARNESS_ARENA_TEST(test_binary),
        HARNESS_ARENA_TEST(test_nfc),
        HARNESS_ARENA_TEST(test_limits_and_empty),
        HARNESS_ARENA_TEST(test_front_matter),
        HARNESS_ARENA_TEST(test_title_rules),
        HARNESS_ARENA_TEST(test_title_samples),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
