/* Unit tests: the HTML renderer (render_html.c): the sample digest's
 * golden output, a fragment whose every tag is one of ours and closed in
 * order, and source and quote lines with and without their parts.
 * Escaping of hostile text in every renderer is in test_render.c. */
#include "render_fixture.h"

static void test_html_golden(void **state)
{
    (void)state;
    brief_digest d = sample();
    char *out = render(render_html, &d);
    assert_string_equal(out,
        "<article dir=\"auto\">\n"
        "<h1>Council approves new bridge</h1>\n"
        "<p>The city council voted 7-2 on Tuesday to build a new bridge over "
        "the river, ending a decade of debate.</p>\n"
        "<h2>Key points</h2>\n"
        "<ul>\n"
        "<li>Construction is due to start in March next year, and the council "
        "says the bridge will open to traffic in 2028. [1, 2, 3]</li>\n"
        "<li>The bridge will cost $40m. [2]</li>\n"
        "</ul>\n"
        "<h2>Quotes</h2>\n"
        "<blockquote>\n"
        "<p>\u201CThis is a great day for the city and for everyone who crosses "
        "the river every morning\u201D</p>\n"
        "<p>\u2014 Jane Doe, Mayor of Riverton [1, 3]</p>\n"
        "</blockquote>\n"
        "<blockquote>\n"
        "<p>\u201CWe will keep fighting\u201D</p>\n"
        "<p>\u2014 John Roe [2]</p>\n"
        "</blockquote>\n"
        "<h2>Sources</h2>\n"
        "<ol>\n"
        "<li>Council approves new bridge \u2014 gazette (in/g1.txt)</li>\n"
        "<li>wire (in/w2.txt)</li>\n"
        "<li>Bridge vote: 7-2 \u2014 herald (in/h3.txt)</li>\n"
        "</ol>\n"
        "</article>\n");
    free(out);
}

/* The attributes render_html writes: none, dir="auto" or value="<id>". */
static int known_attributes(const char *a, size_t n)
{
    static const char dir[] = " dir=\"auto\"", value[] = " value=\"";
    static const char href[] = " href=\"http";
    if (n == 0) return 1;
    if (n == sizeof dir - 1 && memcmp(a, dir, n) == 0) return 1;
    /* a link: an http(s) address, its quote marks and angle brackets
     * never raw */
    if (n > sizeof href && memcmp(a, href, sizeof href - 1) == 0 && a[n - 1] == '"')
        return memchr(a + sizeof href - 1, '"', n - sizeof href) == NULL &&
               memchr(a, '<', n) == NULL && memchr(a, '\'', n) == NULL;
    size_t v = sizeof value - 1;
    if (n < v + 2 || memcmp(a, value, v) != 0 || a[n - 1] != '"') return 0;
    return strspn(a + v, "0123456789") == n - v - 1;
}

/* html is one <article> whose tags are all closed, innermost first, and
 * carry only the attributes render_html writes. */
static void assert_tags_balanced(const char *html)
{
    assert_prefix(html, "<article dir=\"auto\">\n");
    const char *open[8];
    size_t open_len[8], depth = 0;
    for (const char *c = strchr(html, '<'); c; c = strchr(c + 1, '<')) {
        int closing = c[1] == '/';
        const char *name = c + 1 + closing;
        size_t n = strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789");
        const char *end = strchr(name, '>');
        assert_true(n > 0);
        assert_non_null(end);
        assert_true(memchr(name, '<', (size_t)(end - name)) == NULL);
        if (closing) {
            assert_true(name + n == end);
            assert_true(depth > 0);
            depth--;
            assert_int_equal(n, open_len[depth]);
            assert_memory_equal(name, open[depth], n);
            if (depth == 0) assert_string_equal(end, ">\n");
        } else {
            assert_true(depth == 0 ? c == html : depth < 8);
            assert_true(known_attributes(name + n, (size_t)(end - (name + n))));
            open[depth] = name;
            open_len[depth] = n;
            depth++;
        }
    }
    assert_int_equal(depth, 0);
    assert_null(strstr(html, "<script"));
    assert_null(strstr(html, "<style"));
}

static void test_html_tags_closed_no_script_or_style(void **state)
{
    (void)state;
    brief_digest d = sample();
    char *out = render(render_html, &d);
    assert_tags_balanced(out);
    free(out);

    brief_digest none = {0};
    out = render(render_html, &none);
    assert_tags_balanced(out);
    free(out);

    /* Text that looks like markup stays text. */
    static const char markup[] = "<style>p{}</style><script src=x></script></p></li>";
    brief_point pt = {.text = markup, .sources = s2, .nsources = 1};
    brief_quote q = {.text = markup, .speaker = "</blockquote>", .role = markup};
    brief_source src = {5, markup, "</ol>", "<p>.txt", NULL, NULL, NULL};
    brief_digest hostile_d = {
        .headline = "</h1><h1>", .lead = markup,
        .points = (const brief_point *const[]){&pt}, .npoints = 1,
        .quotes = (const brief_quote *const[]){&q}, .nquotes = 1,
        .sources = (const brief_source *const[]){&src}, .nsources = 1};
    out = render(render_html, &hostile_d);
    assert_tags_balanced(out);
    assert_non_null(strstr(out, "<h1>&lt;/h1&gt;&lt;h1&gt;</h1>\n"));
    assert_non_null(strstr(out, "<li value=\"5\">"));
    free(out);
}

/* Ids with gaps keep their numbers through value; a quote without a
 * speaker has no dash, one with only a role has the role after it. */
static void test_html_source_ids_and_quote_credits(void **state)
{
    (void)state;
    brief_source srcs[] = {
        {1, "Ferry fares rise", NULL, "fares.txt", NULL, NULL, NULL},
        {3, NULL, "herald", "h3.txt", NULL, NULL, NULL},
        {10, NULL, NULL, "ten.txt", NULL, NULL, NULL},
    };
    brief_quote qs[] = {
        {.text = "Nobody knows", .sources = s2, .nsources = 1},
        {.text = "Minutes are public", .role = "Town clerk", .sources = s13,
         .nsources = 2},
        {.text = "No ids", .speaker = "Ann Lee"},
    };
    brief_digest d = {
        .quotes = (const brief_quote *const[]){&qs[0], &qs[1], &qs[2]},
        .nquotes = 3,
        .sources = (const brief_source *const[]){&srcs[0], &srcs[1], &srcs[2]},
        .nsources = 3};
    char *out = render(render_html, &d);
    assert_tags_balanced(out);
    assert_string_equal(out,
        "<article dir=\"auto\">\n"
        "<h2>Quotes</h2>\n"
        "<blockquote>\n"
        "<p>\u201CNobody knows\u201D</p>\n"
        "<p>[2]</p>\n"
        "</blockquote>\n"
        "<blockquote>\n"
        "<p>\u201CMinutes are public\u201D</p>\n"
        "<p>\u2014 Town clerk [1, 3]</p>\n"
        "</blockquote>\n"
        "<blockquote>\n"
        "<p>\u201CNo ids\u201D</p>\n"
        "<p>\u2014 Ann Lee</p>\n"
        "</blockquote>\n"
        "<h2>Sources</h2>\n"
        "<ol>\n"
        "<li>Ferry fares rise (fares.txt)</li>\n"
        "<li value=\"3\">herald (h3.txt)</li>\n"
        "<li value=\"10\">ten.txt</li>\n"
        "</ol>\n"
        "</article>\n");
    free(out);

    rbuf b;
    rbuf_init(&b, NULL);
    assert_int_equal(render_html(NULL, &b), BRIEF_EINVAL);
    assert_int_equal(render_html(&d, NULL), BRIEF_EINVAL);
}

/* Sources with an http(s) address are linked (the address escaped as an
 * attribute), others are not; an absolute path shows as its last
 * component. */
static void test_html_links_to_articles(void **state)
{
    (void)state;
    brief_source srcs[] = {
        {1, "Quay reopens", "Harbour Times", "/home/ed/in/quay.txt",
         "https://times.example/q?a=1&b=\"2\"", NULL, NULL},
        {2, NULL, "Gull Post", "/srv/x/gull.txt", "javascript:alert(1)", NULL, NULL},
        {3, NULL, "Tern Weekly", "tern.txt", "https://tern.example/a", NULL, NULL},
    };
    static const size_t ids[] = {2, 3};
    brief_point pt = {.text = "The quay reopened.", .sources = ids, .nsources = 2};
    brief_digest d = {.points = (const brief_point *const[]){&pt}, .npoints = 1,
                      .sources = (const brief_source *const[]){&srcs[0], &srcs[1], &srcs[2]},
                      .nsources = 3};
    char *out = render(render_html, &d);
    assert_tags_balanced(out);
    /* a quote mark in an address makes it no link at all */
    assert_non_null(strstr(out, "<li>Quay reopens \u2014 Harbour Times (quay.txt)</li>\n"));
    assert_non_null(strstr(out, "<li>Gull Post (gull.txt)</li>\n"));
    assert_non_null(strstr(out, "<li><a href=\"https://tern.example/a\">Tern Weekly</a></li>\n"));
    assert_non_null(strstr(out, "The quay reopened. [2, <a href=\"https://tern.example/a\">3</a>]"));
    assert_null(strstr(out, "javascript"));
    assert_null(strstr(out, "/home/"));
    free(out);

    srcs[0].url = "https://times.example/q?a=1&b=2";
    out = render(render_html, &d);
    assert_non_null(strstr(out, "<li><a href=\"https://times.example/q?a=1&amp;b=2\">Quay reopens</a>"
                                " \u2014 Harbour Times</li>\n"));
    free(out);

    srcs[0].author = "Lena <Brask>";
    srcs[0].date = "2031-06-01T09:00:00+01:00";
    out = render(render_html, &d);
    assert_non_null(strstr(out, "</a> \u2014 Harbour Times, Lena &lt;Brask&gt;, 2031-06-01</li>\n"));
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_html_golden),
        cmocka_unit_test(test_html_tags_closed_no_script_or_style),
        cmocka_unit_test(test_html_source_ids_and_quote_credits),
        cmocka_unit_test(test_html_links_to_articles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
