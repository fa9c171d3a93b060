/* Unit tests: the text renderer (render_text.c): the sample digest's
 * golden output, wrapping at 72 columns (long text, CJK and combining
 * marks, words longer than a line, source lists kept with their last
 * word), and sections and source lines shown only with what they have. */
#include "render_fixture.h"

static void test_text_golden(void **state)
{
    (void)state;
    brief_digest d = sample();
    char *out = render(render_text, &d);
    assert_string_equal(out,
        "Council approves new bridge\n"
        "===========================\n"
        "\n"
        "The city council voted 7-2 on Tuesday to build a new bridge over the\n"
        "river, ending a decade of debate.\n"
        "\n"
        "Key points\n"
        "- Construction is due to start in March next year, and the council says\n"
        "  the bridge will open to traffic in 2028. [1, 2, 3]\n"
        "- The bridge will cost $40m. [2]\n"
        "\n"
        "Quotes\n"
        "- \u201CThis is a great day for the city and for everyone who crosses the\n"
        "  river every morning\u201D \u2014 Jane Doe, Mayor of Riverton [1, 3]\n"
        "- \u201CWe will keep fighting\u201D \u2014 John Roe [2]\n"
        "\n"
        "Sources\n"
        "1. Council approves new bridge \u2014 gazette (in/g1.txt)\n"
        "2. wire (in/w2.txt)\n"
        "3. Bridge vote: 7-2 \u2014 herald (in/h3.txt)\n");
    check_text_shape(out);
    free(out);
}

static void test_wrap_long_text(void **state)
{
    (void)state;
    static const char para[] =
        "Officials said on Monday that the negotiations, which began in "
        "Geneva three weeks ago and have twice been suspended, would resume "
        "at the end of the month with a smaller delegation from each side, "
        "and that both governments had agreed not to brief the press until "
        "a text was ready.";
    brief_point pts[3] = {
        {.text = para, .sources = s123, .nsources = 3},
        {.text = para, .sources = s2, .nsources = 1},
        {.text = "Short.", .sources = s2, .nsources = 1},
    };
    const brief_point *ptp[3] = {&pts[0], &pts[1], &pts[2]};
    brief_digest d = {.headline = para, .lead = para, .points = ptp,
                      .npoints = 3};
    char *out = render(render_text, &d);
    check_text_shape(out);
    /* Hanging indent: point continuation lines start with two spaces and
     * a word; nothing else in the key points section starts with space. */
    const char *kp = strstr(out, "Key points\n");
    assert_non_null(kp);
    int continuations = 0;
    for (const char *l = kp; *l; l = strchr(l, '\n') + 1) {
        if (l[0] == ' ') {
            assert_true(l[1] == ' ' && l[2] != ' ');
            continuations++;
        }
        if (!strchr(l, '\n')) break;
    }
    assert_true(continuations >= 6);
    /* The rule under the headline is as wide as its widest line. */
    const char *rule = strstr(out, "\n=");
    assert_non_null(rule);
    size_t rl = strspn(rule + 1, "=");
    assert_true(rl > 60 && rl <= 72);
    /* A word is never split when it fits. */
    assert_non_null(strstr(out, "negotiations,"));
    free(out);
}

static void test_wrap_cjk_and_combining(void **state)
{
    (void)state;
    /* 100 CJK characters without spaces: 36 per line (72 columns). */
    char cjk[100 * 3 + 1];
    for (size_t i = 0; i < 100; i++) memcpy(cjk + 3 * i, "\xE4\xB8\xAD", 3); /* 中 */
    cjk[300] = '\0';
    /* 80 e + U+0301: 80 columns; a mark never starts a line. */
    char comb[80 * 3 + 1];
    for (size_t i = 0; i < 80; i++) memcpy(comb + 3 * i, "e\xCC\x81", 3);
    comb[240] = '\0';
    brief_digest d = {.headline = cjk, .lead = comb};
    char *out = render(render_text, &d);
    check_text_shape(out);
    /* First line: exactly 36 CJK characters. */
    assert_int_equal(strchr(out, '\n') - out, 36 * 3);
    /* Rule under a CJK headline counts columns, not bytes. */
    assert_non_null(strstr(out, "\n========================================"
                                "================================\n"));
    assert_null(strstr(out, "\n\xCC\x81"));
    /* 72 base characters then 8 on the next line. */
    const char *lead = strstr(out, "\n\ne");
    assert_non_null(lead);
    lead += 2;
    assert_int_equal(strchr(lead, '\n') - lead, 72 * 3);
    assert_int_equal(strlen(strchr(lead, '\n') + 1), 8 * 3 + 1);
    free(out);

    /* "，" would fall at column 73: it may not begin a line, so "长"
     * moves down with it. */
    brief_point pt = {
        .text = "中文新闻报道称，政府周一宣布了新的经济刺激计划，旨在促进消费"
                "和投资增长，专家认为这将有助于稳定市场信心并推动经济复苏。",
        .sources = s2, .nsources = 1};
    const brief_point *ptp = &pt;
    brief_digest d2 = {.points = &ptp, .npoints = 1};
    out = render(render_text, &d2);
    check_text_shape(out);
    assert_string_equal(out,
        "Key points\n"
        "- 中文新闻报道称，政府周一宣布了新的经济刺激计划，旨在促进消费和投资增\n"
        "  长，专家认为这将有助于稳定市场信心并推动经济复苏。 [2]\n");
    free(out);
}

static void test_wrap_long_word(void **state)
{
    (void)state;
    char word[101];
    memset(word, 'x', 100);
    word[100] = '\0';
    char text[160];
    snprintf(text, sizeof text, "See %s now", word);
    brief_point pt = {.text = text, .sources = s2, .nsources = 1};
    const brief_point *ptp = &pt;
    brief_digest d = {.points = &ptp, .npoints = 1};
    char *out = render(render_text, &d);
    check_text_shape(out);
    /* Fills the first line, continues on the next with the indent. */
    char want[400];
    snprintf(want, sizeof want, "Key points\n- See %.66s\n  %.34s now [2]\n",
             word, word);
    assert_string_equal(out, want);
    free(out);

    /* Many sources: the list breaks between ids, never inside one. */
    size_t many[40];
    for (size_t i = 0; i < 40; i++) many[i] = i + 100;
    brief_point p2 = {.text = "Everyone said so.", .sources = many,
                      .nsources = 40};
    ptp = &p2;
    out = render(render_text, &d);
    check_text_shape(out);
    assert_non_null(strstr(out, "[100,"));
    assert_non_null(strstr(out, " 139]\n"));
    free(out);
}

/* A source list never sits alone on a line when the last word can go
 * down with it. */
static void test_wrap_keeps_sources(void **state)
{
    (void)state;
    brief_point pt = {
        .text = "Presidents Trump and Putin expected to discuss the truce "
                "this week.",
        .sources = s2, .nsources = 1};
    brief_quote q = {.text = "Not good enough", .speaker = "Keir Starmer",
                     .role = "UK Prime Minister, speaking in London on "
                             "Saturday evening",
                     .sources = s13, .nsources = 2};
    brief_source src = {12, "A title long enough to need the hanging indent "
                            "of a two-digit id", "wire", "in/w2.txt", NULL, NULL, NULL};
    brief_digest d = {.points = (const brief_point *const[]){&pt}, .npoints = 1, .quotes = (const brief_quote *const[]){&q},
                      .nquotes = 1, .sources = (const brief_source *const[]){&src}, .nsources = 1};
    char *out = render(render_text, &d);
    check_text_shape(out);
    assert_string_equal(out,
        "Key points\n"
        "- Presidents Trump and Putin expected to discuss the truce this\n"
        "  week. [2]\n"
        "\n"
        "Quotes\n"
        "- \u201CNot good enough\u201D \u2014 Keir Starmer, UK Prime Minister, speaking in\n"
        "  London on Saturday evening [1, 3]\n"
        "\n"
        "Sources\n"
        "12. A title long enough to need the hanging indent of a two-digit id \u2014\n"
        "    wire (in/w2.txt)\n");
    free(out);
}

/* A section and its heading are there only when it has items: a count
 * with no array, or an array with a count of 0, is nothing; a headline
 * that shows as nothing gets no rule; one blank line between sections. */
static void test_text_headings_only_with_items(void **state)
{
    (void)state;
    brief_quote q = {.text = "Yes", .speaker = "Ann Lee", .sources = s2,
                     .nsources = 1};
    brief_digest quotes_only = {.quotes = (const brief_quote *const[]){&q},
                                .nquotes = 1};
    char *out = render(render_text, &quotes_only);
    check_text_shape(out);
    assert_string_equal(out, "Quotes\n- \u201CYes\u201D \u2014 Ann Lee [2]\n");
    free(out);

    brief_digest counts_without_items = {
        .headline = " \t\x01 ", .lead = "The vote was close.",
        .points = sample_point_ptrs, .npoints = 0,
        .quotes = NULL, .nquotes = 2,
        .sources = sample_source_ptrs + 1, .nsources = 1};
    out = render(render_text, &counts_without_items);
    check_text_shape(out);
    assert_string_equal(out,
        "The vote was close.\n"
        "\n"
        "Sources\n"
        "2. wire (in/w2.txt)\n");
    assert_null(strstr(out, "Key points"));
    assert_null(strstr(out, "Quotes"));
    assert_null(strstr(out, "="));
    free(out);

    brief_digest points_only = {.points = sample_point_ptrs + 1, .npoints = 1};
    out = render(render_text, &points_only);
    check_text_shape(out);
    assert_string_equal(out, "Key points\n- The bridge will cost $40m. [2]\n");
    free(out);
}

/* A source line shows what the source has: a title equal to the name
 * once, no dash without a title, no parentheses around a lone file, and
 * a point or quote with no source ids has no brackets. */
static void test_text_source_lines(void **state)
{
    (void)state;
    brief_source srcs[] = {
        {1, "Riverton Post", "Riverton Post", "post.txt", NULL, NULL, NULL},
        {2, "Ferry fares rise", NULL, "fares.txt", NULL, NULL, NULL},
        {3, "Tolls scrapped", "herald", NULL, NULL, NULL, NULL},
        {4, NULL, NULL, "bare.txt", NULL, NULL, NULL},
        {5, NULL, "wire", "w5.txt", NULL, NULL, NULL},
    };
    brief_point pt = {.text = "Nobody said where this came from."};
    brief_quote q = {.text = "Unsourced", .speaker = "Ann Lee", .role = "clerk"};
    brief_digest d = {
        .points = (const brief_point *const[]){&pt}, .npoints = 1,
        .quotes = (const brief_quote *const[]){&q}, .nquotes = 1,
        .sources = (const brief_source *const[]){&srcs[0], &srcs[1], &srcs[2],
                                                 &srcs[3], &srcs[4]},
        .nsources = 5};
    char *out = render(render_text, &d);
    check_text_shape(out);
    assert_string_equal(out,
        "Key points\n"
        "- Nobody said where this came from.\n"
        "\n"
        "Quotes\n"
        "- \u201CUnsourced\u201D \u2014 Ann Lee, clerk\n"
        "\n"
        "Sources\n"
        "1. Riverton Post (post.txt)\n"
        "2. Ferry fares rise (fares.txt)\n"
        "3. Tolls scrapped \u2014 herald\n"
        "4. bare.txt\n"
        "5. wire (w5.txt)\n");
    free(out);

    /* a name that is only the file's stem (no source was known) is not
     * shown as an outlet: the file is */
    brief_source stem = {6, "Quay", "a1f3", "in/a1f3.txt", NULL, NULL, NULL};
    brief_source stem2 = {7, NULL, "b2e4", "b2e4", NULL, NULL, NULL};
    brief_digest ds = {.sources = (const brief_source *const[]){&stem, &stem2}, .nsources = 2};
    out = render(render_text, &ds);
    assert_non_null(strstr(out, "6. Quay (in/a1f3.txt)\n"));
    assert_non_null(strstr(out, "7. b2e4\n"));
    free(out);

    /* a byline and a date follow the outlet; an ISO stamp shows its day,
     * another form stays as given */
    srcs[0].author = "Mira Ostrand";
    srcs[0].date = "2031-02-09T06:30:00Z";
    srcs[1].date = "Sunday 9 February";
    srcs[3].author = "Tove Kallio";
    out = render(render_text, &d);
    assert_non_null(strstr(out, "1. Riverton Post \u2014 Mira Ostrand, 2031-02-09 (post.txt)\n"));
    assert_non_null(strstr(out, "2. Ferry fares rise \u2014 Sunday 9 February (fares.txt)\n"));
    assert_non_null(strstr(out, "4. Tove Kallio (bare.txt)\n"));
    assert_null(strstr(out, "06:30"));
    free(out);

    rbuf b;
    rbuf_init(&b, NULL);
    assert_int_equal(render_text(NULL, &b), BRIEF_EINVAL);
    assert_int_equal(render_text(&d, NULL), BRIEF_EINVAL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_golden),
        cmocka_unit_test(test_wrap_long_text),
        cmocka_unit_test(test_wrap_cjk_and_combining),
        cmocka_unit_test(test_wrap_long_word),
        cmocka_unit_test(test_wrap_keeps_sources),
        cmocka_unit_test(test_text_headings_only_with_items),
        cmocka_unit_test(test_text_source_lines),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
