/* Unit tests: stage 11, render (text, Markdown, HTML, JSON). */
#include <jansson.h>

#include "harness.h"

#include "arena.h"
#include "render.h"
#include "text.h"

typedef brief_status (*renderer)(const brief_digest *, rbuf *);

static const size_t s123[] = {1, 2, 3}, s2[] = {2}, s13[] = {1, 3};

static const brief_point sample_points[] = {
    {.text = "Construction is due to start in March next year, and the "
             "council says the bridge will open to traffic in 2028.",
     .sources = s123, .nsources = 3, .score = 0.5},
    {.text = "The bridge will cost $40m.", .sources = s2, .nsources = 1,
     .score = 0.25},
};
static const brief_quote sample_quotes[] = {
    {.text = "This is a great day for the city and for everyone who "
             "crosses the river every morning",
     .speaker = "Jane Doe", .role = "Mayor of Riverton", .sources = s13,
     .nsources = 2},
    {.text = "We will keep fighting", .speaker = "John Roe", .role = NULL,
     .sources = s2, .nsources = 1},
};
static const brief_source sample_sources[] = {
    {1, "Council approves new bridge", "gazette", "in/gazette.txt"},
    {2, NULL, "wire", "in/wire.txt"},
    {3, "Bridge vote: 7-2", "herald", "in/herald.txt"},
};
/* The digest hands out its elements as arrays of pointers. */
static const brief_point *const sample_point_ptrs[] = {&sample_points[0], &sample_points[1]};
static const brief_quote *const sample_quote_ptrs[] = {&sample_quotes[0], &sample_quotes[1]};
static const brief_source *const sample_source_ptrs[] = {&sample_sources[0], &sample_sources[1],
                                                         &sample_sources[2]};

static brief_digest sample(void)
{
    brief_digest d = {
        .headline = "Council approves new bridge",
        .headline_source = 1,
        .lead = "The city council voted 7-2 on Tuesday to build a new "
                "bridge over the river, ending a decade of debate.",
        .lead_source = 2,
        .points = sample_point_ptrs, .npoints = 2,
        .quotes = sample_quote_ptrs, .nquotes = 2,
        .sources = sample_source_ptrs, .nsources = 3,
        .language = "english",
    };
    return d;
}

/* Renders into a fresh arena; the result is a malloc'd copy. */
static char *render(renderer f, const brief_digest *d)
{
    arena *ar = arena_new(NULL);
    assert_non_null(ar);
    rbuf b;
    rbuf_init(&b, ar);
    assert_int_equal(f(d, &b), BRIEF_OK);
    assert_int_equal(strlen(b.p), b.len);
    char *out = strdup(b.p);
    arena_free(ar);
    assert_non_null(out);
    return out;
}

/* Every line at most 72 display columns, no trailing space, output ends
 * with exactly one newline, no control bytes but LF. */
static void check_text_shape(const char *s)
{
    size_t len = strlen(s);
    assert_true(len > 0);
    assert_int_equal(s[len - 1], '\n');
    if (len > 1) assert_true(s[len - 2] != '\n');
    size_t i = 0, col = 0;
    while (i < len) {
        int32_t cp;
        size_t k = text_decode(s + i, len - i, &cp);
        assert_false(cp == 0xFFFD && k == 1);   /* valid UTF-8 out */
        if (cp == '\n') {
            if (i > 0) assert_true(s[i - 1] != ' ');
            col = 0;
        } else {
            assert_false(render_is_control(cp));
            col += (size_t)render_cp_width(cp);
            assert_true(col <= 72);
        }
        i += k;
    }
}

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
        "1. Council approves new bridge \u2014 gazette (in/gazette.txt)\n"
        "2. wire (in/wire.txt)\n"
        "3. Bridge vote: 7-2 \u2014 herald (in/herald.txt)\n");
    check_text_shape(out);
    free(out);
}

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
        "1. Council approves new bridge \u2014 gazette (in/gazette.txt)\n"
        "2. wire (in/wire.txt)\n"
        "3. Bridge vote: 7-2 \u2014 herald (in/herald.txt)\n");
    free(out);
}

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
        "<li>Council approves new bridge \u2014 gazette (in/gazette.txt)</li>\n"
        "<li>wire (in/wire.txt)</li>\n"
        "<li>Bridge vote: 7-2 \u2014 herald (in/herald.txt)</li>\n"
        "</ol>\n"
        "</article>\n");
    free(out);
}

static void assert_ids(json_t *arr, const size_t *ids, size_t n)
{
    assert_true(json_is_array(arr));
    assert_int_equal(json_array_size(arr), n);
    for (size_t i = 0; i < n; i++)
        assert_int_equal(json_integer_value(json_array_get(arr, i)), ids[i]);
}

static const char *jget_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    assert_true(json_is_string(v));
    return json_string_value(v);
}

static void test_json_contract(void **state)
{
    (void)state;
    brief_digest d = sample();
    char *out = render(render_json, &d);
    size_t len = strlen(out);
    assert_int_equal(out[len - 1], '\n');
    assert_true(out[len - 2] != '\n');
    json_error_t err;
    json_t *root = json_loads(out, 0, &err);
    assert_non_null(root);
    assert_true(json_is_object(root));

    /* Contract keys first, in contract order. */
    static const char *const order[] = {
        "headline", "lead", "key_points", "quotes", "sources",
        "headline_source", "lead_source", "language"};
    size_t k = 0;
    const char *key;
    json_t *val;
    json_object_foreach(root, key, val) {
        assert_true(k < sizeof order / sizeof *order);
        assert_string_equal(key, order[k]);
        k++;
    }
    assert_int_equal(k, sizeof order / sizeof *order);

    assert_string_equal(jget_str(root, "headline"), d.headline);
    assert_string_equal(jget_str(root, "lead"), d.lead);
    assert_string_equal(jget_str(root, "language"), "english");
    assert_int_equal(json_integer_value(json_object_get(root, "headline_source")), 1);
    assert_int_equal(json_integer_value(json_object_get(root, "lead_source")), 2);

    json_t *pts = json_object_get(root, "key_points");
    assert_int_equal(json_array_size(pts), 2);
    for (size_t i = 0; i < 2; i++) {
        json_t *p = json_array_get(pts, i);
        assert_string_equal(jget_str(p, "text"), sample_points[i].text);
        assert_ids(json_object_get(p, "sources"), sample_points[i].sources,
                   sample_points[i].nsources);
        assert_true(json_real_value(json_object_get(p, "score")) ==
                    sample_points[i].score);
    }
    json_t *qs = json_object_get(root, "quotes");
    assert_int_equal(json_array_size(qs), 2);
    for (size_t i = 0; i < 2; i++) {
        json_t *q = json_array_get(qs, i);
        assert_string_equal(jget_str(q, "text"), sample_quotes[i].text);
        assert_string_equal(jget_str(q, "speaker"), sample_quotes[i].speaker);
        assert_ids(json_object_get(q, "sources"), sample_quotes[i].sources,
                   sample_quotes[i].nsources);
    }
    assert_string_equal(jget_str(json_array_get(qs, 0), "role"), "Mayor of Riverton");
    assert_true(json_is_null(json_object_get(json_array_get(qs, 1), "role")));

    json_t *srcs = json_object_get(root, "sources");
    assert_int_equal(json_array_size(srcs), 3);
    for (size_t i = 0; i < 3; i++) {
        json_t *s = json_array_get(srcs, i);
        assert_int_equal(json_integer_value(json_object_get(s, "id")), i + 1);
        assert_string_equal(jget_str(s, "file"), sample_sources[i].file);
        assert_string_equal(jget_str(s, "name"), sample_sources[i].name);
    }
    assert_string_equal(jget_str(json_array_get(srcs, 0), "title"),
                        "Council approves new bridge");
    assert_true(json_is_null(json_object_get(json_array_get(srcs, 1), "title")));
    json_decref(root);
    free(out);
}

/* Nulls where the digest has nothing, and jansson's refusals handled. */
static void test_json_nulls_and_repair(void **state)
{
    (void)state;
    brief_digest d = {.lead = "bad \xff byte", .lead_source = 1};
    char *out = render(render_json, &d);
    json_t *root = json_loads(out, 0, NULL);
    assert_non_null(root);
    assert_true(json_is_null(json_object_get(root, "headline")));
    assert_true(json_is_null(json_object_get(root, "headline_source")));
    assert_true(json_is_null(json_object_get(root, "language")));
    assert_string_equal(jget_str(root, "lead"), "bad \xEF\xBF\xBD byte");
    assert_int_equal(json_array_size(json_object_get(root, "key_points")), 0);
    assert_int_equal(json_array_size(json_object_get(root, "quotes")), 0);
    assert_int_equal(json_array_size(json_object_get(root, "sources")), 0);
    json_decref(root);
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
                            "of a two-digit id", "wire", "in/wire.txt"};
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
        "    wire (in/wire.txt)\n");
    free(out);
}

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
    brief_source src = {1, hostile, "a&b", "javascript:alert(1)"};
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
        "1. Council approves new bridge \u2014 gazette (in/gazette.txt)\n");
    free(t);
    char *m = render(render_markdown, &d);
    assert_string_equal(m,
        "# Only a headline\n"
        "\n"
        "## Sources\n"
        "\n"
        "1. Council approves new bridge \u2014 gazette (in/gazette.txt)\n");
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
    brief_source s = {1, NULL, NULL, "x.txt"};
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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_text_golden),
        cmocka_unit_test(test_markdown_golden),
        cmocka_unit_test(test_html_golden),
        cmocka_unit_test(test_json_contract),
        cmocka_unit_test(test_json_nulls_and_repair),
        cmocka_unit_test(test_wrap_long_text),
        cmocka_unit_test(test_wrap_cjk_and_combining),
        cmocka_unit_test(test_wrap_long_word),
        cmocka_unit_test(test_wrap_keeps_sources),
        cmocka_unit_test(test_rtl_and_controls),
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_empty_sections),
        cmocka_unit_test(test_enomem),
        cmocka_unit_test(test_rbuf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
