/* Unit tests: the Markdown renderer (render_md.c): the sample digest's
 * golden output, and source, point and quote lines with and without
 * their parts.  Escaping of hostile text in every renderer is in
 * test_render.c. */
#include "render_fixture.h"

static void test_markdown_golden(void **state)
{
    (void)state;
    brief_digest d = sample();
    char *out = render(render_markdown, &d);
    assert_string_equal(out,
        "# Council approves new bridge\n"
        "\n"
        "The city council voted 7-2 on Tuesday to build a new bridge over the "
        "river, ending a decade of debate.\n"
        "\n"
        "## Key points\n"
        "\n"
        "- Construction is due to start in March next year, and the council "
        "says the bridge will open to traffic in 2028. [1, 2, 3]\n"
        "- The bridge will cost \\$40m. [2]\n"
        "\n"
        "## Quotes\n"
        "\n"
        "> \u201CThis is a great day for the city and for everyone who crosses "
        "the river every morning\u201D \u2014 Jane Doe, Mayor of Riverton [1, 3]\n"
        "\n"
        "> \u201CWe will keep fighting\u201D \u2014 John Roe [2]\n"
        "\n"
        "## Sources\n"
        "\n"
        "1. Council approves new bridge \u2014 gazette (in/g1.txt)\n"
        "2. wire (in/w2.txt)\n"
        "3. Bridge vote: 7-2 \u2014 herald (in/h3.txt)\n");
    free(out);
}

/* A source with a title and without: the title leads and the name
 * follows a dash; without one the name (or the bare file) begins the
 * item's text, so a block marker there is escaped, while after a title
 * it is not.  A title equal to the name is shown once.  A point that
 * shows as nothing keeps only its ids, a quote with no speaker no dash. */
static void test_markdown_source_with_and_without_title(void **state)
{
    (void)state;
    brief_source srcs[] = {
        {1, "Ferry fares rise", "-wire", "fares.txt", NULL, NULL, NULL},
        {2, NULL, "-wire", "fares2.txt", NULL, NULL, NULL},
        {3, "Riverton Post", "Riverton Post", "post.txt", NULL, NULL, NULL},
        {4, NULL, NULL, "#4.txt", NULL, NULL, NULL},
    };
    brief_point pts[] = {
        {.text = " \x01 ", .sources = s13, .nsources = 2},
        {.text = "No ids here."},
    };
    brief_quote q = {.text = "Who said it", .sources = s2, .nsources = 1};
    brief_digest d = {
        .points = (const brief_point *const[]){&pts[0], &pts[1]}, .npoints = 2,
        .quotes = (const brief_quote *const[]){&q}, .nquotes = 1,
        .sources = (const brief_source *const[]){&srcs[0], &srcs[1], &srcs[2],
                                                 &srcs[3]},
        .nsources = 4};
    char *out = render(render_markdown, &d);
    assert_string_equal(out,
        "## Key points\n"
        "\n"
        "- [1, 3]\n"
        "- No ids here.\n"
        "\n"
        "## Quotes\n"
        "\n"
        "> \u201CWho said it\u201D [2]\n"
        "\n"
        "## Sources\n"
        "\n"
        "1. Ferry fares rise \u2014 -wire (fares.txt)\n"
        "2. \\-wire (fares2.txt)\n"
        "3. Riverton Post (post.txt)\n"
        "4. \\#4.txt\n");
    free(out);

    rbuf b;
    rbuf_init(&b, NULL);
    assert_int_equal(render_markdown(NULL, &b), BRIEF_EINVAL);
    assert_int_equal(render_markdown(&d, NULL), BRIEF_EINVAL);
}

/* A source with an http(s) address is linked from its entry and from every
 * id that cites it; any other scheme is not a link; an absolute path shows
 * as its last component. */
static void test_markdown_links_to_articles(void **state)
{
    (void)state;
    brief_source srcs[] = {
        {1, "Quay reopens (at last)", "Harbour Times", "/home/ed/in/quay.txt",
         "https://times.example/quay_(2)", NULL, NULL},
        {2, NULL, "Gull Post", "/srv/x/gull.txt", "javascript:alert(1)", NULL, NULL},
        {3, NULL, "Tern Weekly", "tern.txt", "http://tern.example/a", NULL, NULL},
    };
    static const size_t ids[] = {1, 2, 3};
    brief_point pt = {.text = "The quay reopened.", .sources = ids, .nsources = 3};
    brief_digest d = {.points = (const brief_point *const[]){&pt}, .npoints = 1,
                      .sources = (const brief_source *const[]){&srcs[0], &srcs[1], &srcs[2]},
                      .nsources = 3};
    char *out = render(render_markdown, &d);
    assert_non_null(strstr(out, "- The quay reopened. [[1](https://times.example/quay%5F%282%29), 2, "
                                "[3](http://tern.example/a)]\n"));
    assert_non_null(strstr(out, "1. [Quay reopens (at last)](https://times.example/quay%5F%282%29)"
                                " \u2014 Harbour Times\n"));
    assert_non_null(strstr(out, "2. Gull Post (gull.txt)\n"));
    assert_non_null(strstr(out, "3. [Tern Weekly](http://tern.example/a)\n"));
    assert_null(strstr(out, "javascript"));
    assert_null(strstr(out, "/home/"));
    assert_null(strstr(out, "/srv/"));
    free(out);

    srcs[0].author = "Eino Varg";
    srcs[0].date = "2031-06-01";
    srcs[2].author = "Ada Lunn";
    out = render(render_markdown, &d);
    assert_non_null(strstr(out, "1. [Quay reopens (at last)](https://times.example/quay%5F%282%29)"
                                " \u2014 Harbour Times, Eino Varg, 2031-06-01\n"));
    assert_non_null(strstr(out, "3. [Tern Weekly](http://tern.example/a), Ada Lunn\n"));
    free(out);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_markdown_golden),
        cmocka_unit_test(test_markdown_source_with_and_without_title),
        cmocka_unit_test(test_markdown_links_to_articles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
