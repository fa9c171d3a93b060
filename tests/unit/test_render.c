/* Unit tests: stage 11, render: the buffer and helpers of render.c, and
 * what holds across the renderers (controls and escaping of input text,
 * sections left out when empty, running out of memory).  Each renderer's
 * own output is tested in test_render_text.c, _md.c, _html.c and
 * _json.c. */
#include "render_fixture.h"

static void test_rtl_and_controls(void **state)
{
    (void)state;
    brief_point pt = {.text = "\xD9\x82\xD8\xA7\xD9\x84 \xD8\xA7\xD9\x84\xD9\x88\xD8\xB2\xD9\x8A\xD8\xB1 "
                              "\x1b[31mred\x1b[0m bell\x07 tab\tnew\nline \xc2\x9b ok \xff",
                      .sources = s2, .nsources = 1};
    brief_quote q = {.text = "\x01quoted\x02", .speaker = "A\x1b" "B",
                     .sources = s2, .nsources = 1};
    brief_digest d = {.headline = "\x1b]0;title\x07Head", .points = (const brief_point *const[]){&pt},
                      .npoints = 1, .quotes = (const brief_quote *const[]){&q}, .nquotes = 1};
    char *out = render(render_text, &d);
    check_text_shape(out);
    assert_non_null(strstr(out, "\xD9\x82\xD8\xA7\xD9\x84 "));   /* Arabic kept */
    assert_non_null(strstr(out, "[31mred[0m bell tab new line ok \xEF\xBF\xBD [2]"));
    assert_non_null(strstr(out, "\u201Cquoted\u201D \u2014 AB [2]"));
    free(out);

    renderer others[] = {render_markdown, render_html};
    for (size_t r = 0; r < 2; r++) {
        out = render(others[r], &d);
        for (const unsigned char *c = (const unsigned char *)out; *c; c++)
            assert_true(*c >= 0x20 || *c == '\n');
        assert_null(strstr(out, "\xC2\x9B"));   /* C1 CSI dropped */
        free(out);
    }
}

/* Names as lines of text show them: nothing can reach a terminal raw,
 * everything else is kept, and a cut name ends in "..." at a whole
 * character or escape. */
static void test_printable_name(void **state)
{
    (void)state;
    char buf[64];
    assert_string_equal(brief_printable_name(buf, sizeof buf, "caf\xC3\xA9 \xE2\x80\x99n.txt"),
                        "caf\xC3\xA9 \xE2\x80\x99n.txt");
    assert_string_equal(brief_printable_name(buf, sizeof buf, "a\tb\x1b[1m\x7f"), "a?b?[1m?");
    assert_string_equal(brief_printable_name(buf, sizeof buf, "x\xC2\x9By\xE2\x80\xAEz\xE2\x81\xA9!"),
                        "x\\u009by\\u202ez\\u2069!");
    assert_string_equal(brief_printable_name(buf, sizeof buf, "r\x9b\xff\xE2\x80."),
                        "r\\x9b\\xff\\xe2\\x80.");
    assert_string_equal(brief_printable_name(buf, sizeof buf, NULL), "");
    /* 8 bytes of room: 7 shown, or 4 and "...". */
    assert_string_equal(brief_printable_name(buf, 8, "1234567"), "1234567");
    assert_string_equal(brief_printable_name(buf, 8, "12345678"), "1234...");
    assert_string_equal(brief_printable_name(buf, 8, "12\xC3\xA9\xC3\xA9\xC3\xA9"), "12\xC3\xA9...");
    assert_string_equal(brief_printable_name(buf, 8, "1\x9b\x9b"), "1...");
    assert_string_equal(brief_printable_name(buf, 9, "1\x9b\x9b"), "1\\x9b...");
    assert_string_equal(brief_printable_name(buf, 3, "12345"), "");
    assert_string_equal(brief_printable_name(buf, 1, "1"), "");
}

static const char hostile[] =
    "<script>alert(1)</script> & \" ' ` * _ [x](javascript:y) # <b>";

static void test_escaping(void **state)
{
    (void)state;
    brief_point pts[] = {
        {.text = hostile, .sources = s2, .nsources = 1},
        {.text = "# not a heading", .sources = s2, .nsources = 1},
        {.text = "1. not a list", .sources = s2, .nsources = 1},
        {.text = "- not a bullet", .sources = s2, .nsources = 1},
        {.text = "See http://x.test and www.y.test or a@b.test &amp; ok",
         .sources = s2, .nsources = 1},
    };
    brief_quote q = {.text = hostile, .speaker = "<img src=x onerror=alert(1)>",
                     .role = "\"'><svg onload=alert(1)>", .sources = s2,
                     .nsources = 1};
    brief_source src = {1, hostile, "a&b", "javascript:alert(1)", NULL, NULL, NULL};
    brief_digest d = {.headline = "Title #", .lead = hostile, .points = (const brief_point *const[]){&pts[0], &pts[1], &pts[2], &pts[3], &pts[4]},
                      .npoints = 5, .quotes = (const brief_quote *const[]){&q}, .nquotes = 1,
                      .sources = (const brief_source *const[]){&src}, .nsources = 1};

    /* HTML: every "<" is one of ours. */
    char *html = render(render_html, &d);
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "<img"));
    assert_null(strstr(html, "<svg"));
    assert_null(strstr(html, "<b>"));
    static const char *const tags[] = {
        "<article dir=\"auto\">", "</article>", "<h1>", "</h1>", "<h2>",
        "</h2>", "<p>", "</p>", "<ul>", "</ul>", "<ol>", "</ol>", "<li>",
        "</li>", "<blockquote>", "</blockquote>"};
    for (const char *c = strchr(html, '<'); c; c = strchr(c + 1, '<')) {
        int known = 0;
        for (size_t t = 0; t < sizeof tags / sizeof *tags; t++)
            known |= strncmp(c, tags[t], strlen(tags[t])) == 0;
        assert_true(known);
    }
    assert_non_null(strstr(html, "&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
                                 "&quot; &#39; ` * _ [x](javascript:y) # &lt;b&gt;"));
    assert_non_null(strstr(html, "&quot;&#39;&gt;&lt;svg onload=alert(1)&gt;"));
    assert_null(strstr(html, "href"));
    assert_null(strstr(html, "style"));
    free(html);

    char *md = render(render_markdown, &d);
    assert_non_null(strstr(md, "\n\\<script\\>alert(1)\\</script\\> & \" ' \\` "
                               "\\* \\_ \\[x\\](javascript:y) # \\<b\\>\n"));
    assert_non_null(strstr(md, "# Title \\#\n"));
    assert_non_null(strstr(md, "- \\# not a heading [2]\n"));
    assert_non_null(strstr(md, "- 1\\. not a list [2]\n"));
    assert_non_null(strstr(md, "- \\- not a bullet [2]\n"));
    assert_non_null(strstr(md, "See http\\://x.test and www\\.y.test or "
                               "a\\@b.test \\&amp; ok [2]\n"));
    assert_non_null(strstr(md, "\u2014 \\<img src=x onerror=alert(1)\\>, "
                               "\"'\\>\\<svg onload=alert(1)\\> [2]\n"));
    assert_non_null(strstr(md, "\u2014 a\\&b (javascript:alert(1))\n"));
    /* Every active character from input is escaped; the unescaped ones
     * are ours: "> " opening a blockquote and the "[2]" source tags. */
    for (const char *c = md; *c; c++) {
        if (!strchr("<>[]`*_", *c) || (c > md && c[-1] == '\\')) continue;
        int ours = (*c == '>' && c > md && c[-1] == '\n' && c[1] == ' ') ||
                   strncmp(c, "[2]", 3) == 0 ||
                   (c >= md + 2 && strncmp(c - 2, "[2]", 3) == 0);
        assert_true(ours);
    }
    assert_null(strstr(md, "x](javascript"));
    free(md);

    /* JSON keeps the text verbatim. */
    char *js = render(render_json, &d);
    json_t *root = json_loads(js, 0, NULL);
    assert_non_null(root);
    assert_string_equal(jget_str(root, "lead"), hostile);
    json_decref(root);
    free(js);
}

static void test_empty_sections(void **state)
{
    (void)state;
    brief_digest d = {.headline = "Only a headline", .sources = sample_source_ptrs,
                      .nsources = 1, .lead = "   "};
    char *t = render(render_text, &d);
    assert_string_equal(t,
        "Only a headline\n"
        "===============\n"
        "\n"
        "Sources\n"
        "1. Council approves new bridge \u2014 gazette (in/g1.txt)\n");
    free(t);
    char *m = render(render_markdown, &d);
    assert_string_equal(m,
        "# Only a headline\n"
        "\n"
        "## Sources\n"
        "\n"
        "1. Council approves new bridge \u2014 gazette (in/g1.txt)\n");
    free(m);
    char *h = render(render_html, &d);
    assert_null(strstr(h, "<ul>"));
    assert_null(strstr(h, "<blockquote>"));
    assert_null(strstr(h, "<p>"));
    assert_non_null(strstr(h, "<ol>"));
    free(h);

    /* Nothing at all. */
    brief_digest none = {0};
    t = render(render_text, &none);
    assert_string_equal(t, "");
    free(t);
    m = render(render_markdown, &none);
    assert_string_equal(m, "");
    free(m);
    h = render(render_html, &none);
    assert_string_equal(h, "<article dir=\"auto\">\n</article>\n");
    free(h);

    /* NULL title, NULL role, blank speaker: no "(null)", no dangling
     * separators. */
    brief_quote q = {.text = "Yes", .speaker = NULL, .role = NULL};
    brief_source s = {1, NULL, NULL, "x.txt", NULL, NULL, NULL};
    brief_digest d2 = {.quotes = (const brief_quote *const[]){&q}, .nquotes = 1, .sources = (const brief_source *const[]){&s},
                       .nsources = 1};
    t = render(render_text, &d2);
    assert_string_equal(t, "Quotes\n- \u201CYes\u201D\n\nSources\n1. x.txt\n");
    free(t);
}

static void test_enomem(void **state)
{
    (void)state;
    renderer all[] = {render_text, render_markdown, render_html, render_json};
    brief_digest d = sample();

    /* No chunk at all: the first append fails. */
    for (size_t r = 0; r < 4; r++) {
        harness_alloc budget = {.left = 1};   /* the arena header only */
        brief_allocator a = harness_allocator(&budget);
        arena *ar = arena_new(&a);
        assert_non_null(ar);
        rbuf b;
        rbuf_init(&b, ar);
        assert_int_equal(all[r](&d, &b), BRIEF_ENOMEM);
        assert_true(b.failed);
        assert_string_equal(b.p, "");
        arena_free(ar);
    }

    /* Out of memory mid-way: a digest bigger than the first chunk. */
    static char big[2000];
    memset(big, 'w', sizeof big - 1);
    for (size_t i = 9; i < sizeof big - 1; i += 10) big[i] = ' ';
    big[sizeof big - 1] = '\0';
    brief_point pts[100];
    const brief_point *ptp[100];
    for (size_t i = 0; i < 100; i++) {
        pts[i] = (brief_point){.text = big, .sources = s2, .nsources = 1};
        ptp[i] = &pts[i];
    }
    d.points = ptp;
    d.npoints = 100;
    for (size_t r = 0; r < 4; r++) {
        harness_alloc budget = {.left = 2};   /* the header and one 64 KiB chunk */
        brief_allocator a = harness_allocator(&budget);
        arena *ar = arena_new(&a);
        rbuf b;
        rbuf_init(&b, ar);
        assert_int_equal(all[r](&d, &b), BRIEF_ENOMEM);
        assert_true(b.len < ((size_t)64 << 10));
        assert_int_equal(strlen(b.p), b.len);
        arena_free(ar);
    }

    /* The same digest renders when memory is there. */
    for (size_t r = 0; r < 4; r++) {
        char *out = render(all[r], &d);
        assert_true(strlen(out) > ((size_t)150 << 10));
        free(out);
    }

    rbuf b;
    rbuf_init(&b, NULL);
    assert_int_equal(render_text(&d, &b), BRIEF_ENOMEM);
    assert_int_equal(render_text(NULL, &b), BRIEF_EINVAL);
}

static void test_rbuf(void **state)
{
    (void)state;
    arena *ar = arena_new(NULL);
    rbuf b;
    rbuf_init(&b, ar);
    assert_string_equal(b.p, "");
    char long_s[300];
    memset(long_s, 'a', 299);
    long_s[299] = '\0';
    rbuf_printf(&b, "%s-%d", long_s, 42);
    assert_int_equal(b.len, 302);
    assert_string_equal(b.p + 299, "-42");
    rbuf_repeat(&b, '=', 5);
    rbuf_puts(&b, "x");
    assert_string_equal(b.p + 299, "-42=====x");
    /* Interleaved arena use: the buffer moves but keeps its bytes. */
    assert_non_null(arena_alloc(ar, 10));
    for (int i = 0; i < 1000; i++) rbuf_add(&b, "0123456789", 10);
    assert_int_equal(b.len, 308 + 10000);
    assert_int_equal(memcmp(b.p + 308, "0123456789", 10), 0);
    assert_int_equal(b.p[b.len], '\0');
    arena_free(ar);
}

/* s as the renderers show it, walked with rscan; in a static buffer
 * that the next call overwrites. */
static char *scanned(const char *s)
{
    static char out[256];
    size_t len = 0;
    rscan sc;
    int32_t cp;
    const char *p;
    size_t n;
    rscan_init(&sc, s);
    while (rscan_next(&sc, &cp, &p, &n)) {
        assert_true(len + n < sizeof out);
        memcpy(out + len, p, n);
        len += n;
    }
    out[len] = '\0';
    return out;
}

static void test_shared_helpers(void **state)
{
    (void)state;
    /* White space folded and trimmed, controls gone, bad bytes U+FFFD. */
    assert_string_equal(scanned("  two \t\n words \xC2\xA0 "), "two words");
    assert_string_equal(scanned("a\x1b[0m\x7f\xC2\x9B" "b \x01 c\xff"),
                        "a[0mb c\xEF\xBF\xBD");
    assert_string_equal(scanned(NULL), "");
    assert_true(render_blank(NULL));
    assert_true(render_blank(" \t\x01\x7f "));
    assert_false(render_blank(" \xff "));
    assert_false(render_blank("."));

    assert_true(render_is_control(0x1b));
    assert_true(render_is_control(0x7f));
    assert_true(render_is_control(0x9b));
    assert_true(render_is_control(0x202e));
    assert_true(render_is_control(0x2066));
    assert_false(render_is_control(0x2019));
    assert_false(render_is_control(0xa0));
    assert_false(render_is_control('a'));
    assert_int_equal(render_cp_width('a'), 1);
    assert_int_equal(render_cp_width(0x4E2D), 2);   /* 中 */
    assert_int_equal(render_cp_width(0x0301), 0);   /* combining acute */

    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    rbuf b;
    rbuf_init(&b, ar);
    render_ids(&b, s13, 0);
    assert_string_equal(b.p, "");
    render_ids(&b, s2, 1);
    rbuf_puts(&b, " ");
    const size_t big_ids[] = {1, 10, 12345};
    render_ids(&b, big_ids, 3);
    assert_string_equal(b.p, "[2] [1, 10, 12345]");
    assert_int_equal(render_status(&b), BRIEF_OK);
    arena_free(ar);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rtl_and_controls),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_empty_sections),
        cmocka_unit_test(test_enomem),
        cmocka_unit_test(test_rbuf),
        cmocka_unit_test(test_shared_helpers),
        cmocka_unit_test(test_printable_name),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
