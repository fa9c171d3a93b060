/* Unit tests: html_doc.c (HTML recognised, the encoding found and
 * converted, the page parsed). */
#include "harness.h"

#include "arena.h"
#include "html_doc.h"

static void test_sniff(void **state)
{
    (void)state;
    assert_true(html_sniff("a/page.HTML", "plain", 5));
    assert_true(html_sniff("x.htm", NULL, 0));
    assert_true(html_sniff("x.xhtml", "", 0));
    const char *doc = "\xEF\xBB\xBF  <!DOCTYPE html><p>Hi";
    assert_true(html_sniff("notes", doc, strlen(doc)));
    assert_true(html_sniff(NULL, "<p>Ferns grow.</p>", 18));
    assert_true(html_sniff(NULL, "<?xml version=\"1.0\"?>\n<html>", 28));
    /* A text that only mentions a tag, and a tag name that merely starts
     * like one (<pre-release>, <bold>), are not HTML. */
    assert_false(html_sniff("notes.txt", "Use <p> for paragraphs.", 23));
    assert_false(html_sniff(NULL, "<bold claim", 11));
    assert_false(html_sniff(NULL, "<?xml version=\"1.0\"?><rss>", 26));
}

static void test_declared(void **state)
{
    (void)state;
    char enc[32];
    const char *a = "<html><head><meta charset=\"ISO-8859-2\"><title>t</title>";
    html_declared_encoding(a, strlen(a), enc, sizeof enc);
    assert_string_equal(enc, "iso-8859-2");
    const char *b = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset='KOI8-R'\">";
    html_declared_encoding(b, strlen(b), enc, sizeof enc);
    assert_string_equal(enc, "koi8-r");
    const char *c = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><html>";
    html_declared_encoding(c, strlen(c), enc, sizeof enc);
    assert_string_equal(enc, "windows-1251");
    const char *d = "<html><p>no declaration</p>";
    html_declared_encoding(d, strlen(d), enc, sizeof enc);
    assert_string_equal(enc, "");
}

/* The text of the first <p> of a parsed page. */
static const char *first_p(const GumboNode *n)
{
    if (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_P &&
        n->v.element.children.length)
        return ((const GumboNode *)n->v.element.children.data[0])->v.text.text;
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) return NULL;
    const GumboVector *k = n->type == GUMBO_NODE_DOCUMENT ? &n->v.document.children
                                                           : &n->v.element.children;
    for (unsigned i = 0; i < k->length; i++) {
        const char *t = first_p(k->data[i]);
        if (t) return t;
    }
    return NULL;
}

static void parse_one(const char *bytes, size_t len, const char *want_text, const char *want_enc)
{
    html_doc d;
    assert_int_equal(html_doc_parse(NULL, bytes, len, &d), BRIEF_OK);
    assert_string_equal(d.encoding, want_enc);
    const char *t = first_p(d.tree->document);
    assert_non_null(t);
    assert_string_equal(t, want_text);
    html_doc_free(NULL, &d);
}

static void test_charsets(void **state)
{
    (void)state;
    /* Declared Latin-2: 0xB3 is l with stroke. */
    const char l2[] = "<meta charset=iso-8859-2><p>\xB3\xF3\x64\xBC</p>";
    parse_one(l2, sizeof l2 - 1, "\xC5\x82\xC3\xB3\x64\xC5\xBA", "iso-8859-2");
    /* iso-8859-1 means windows-1252: 0x93/0x94 are curly quotes. */
    const char w[] = "<meta charset=iso-8859-1><p>\x93Oak\x94 caf\xE9</p>";
    parse_one(w, sizeof w - 1, "\xE2\x80\x9CO" "ak\xE2\x80\x9D caf\xC3\xA9", "windows-1252");
    /* Declared Latin-1 but the bytes are UTF-8: read as UTF-8. */
    const char u[] = "<meta charset=iso-8859-1><p>caf\xC3\xA9</p>";
    parse_one(u, sizeof u - 1, "caf\xC3\xA9", "utf-8");
    /* No declaration, not UTF-8: windows-1252. */
    const char n[] = "<p>na\xEFve</p>";
    parse_one(n, sizeof n - 1, "na\xC3\xAFve", "windows-1252");
    /* UTF-16LE with a BOM. */
    const char b16[] = "\xFF\xFE<\0p\0>\0H\0i\0<\0/\0p\0>\0";
    parse_one(b16, sizeof b16 - 1, "Hi", "utf-16le");
    /* Entities are decoded by the parser. */
    const char e[] = "<p>Fish &amp; chips &#8211; &eacute;t&eacute;</p>";
    parse_one(e, sizeof e - 1, "Fish & chips \xE2\x80\x93 \xC3\xA9t\xC3\xA9", "utf-8");
    /* A label iconv does not know: the bytes as UTF-8 or windows-1252. */
    const char x[] = "<meta charset=x-made-up-9><p>plain</p>";
    parse_one(x, sizeof x - 1, "plain", "utf-8");
}

/* What the user is told of: a guess (nothing declared, not UTF-8) and the
 * invalid sequences of a page read as UTF-8, one per replacement. */
static void test_guessed_and_repaired(void **state)
{
    (void)state;
    html_doc d;
    const char n[] = "<p>na\xEFve</p>";
    assert_int_equal(html_doc_parse(NULL, n, sizeof n - 1, &d), BRIEF_OK);
    assert_int_equal(d.guessed, 1);
    assert_int_equal(d.repaired, 0);
    html_doc_free(NULL, &d);
    const char w[] = "<meta charset=iso-8859-1><p>na\xEFve</p>";
    assert_int_equal(html_doc_parse(NULL, w, sizeof w - 1, &d), BRIEF_OK);
    assert_int_equal(d.guessed, 0);
    html_doc_free(NULL, &d);
    /* declared UTF-8: a lone Latin-1 byte, a cut sequence, an overlong one */
    const char u[] = "<meta charset=utf-8><p>caf\xE9 \xE2\x82 \xC0\xAF ok \xC3\xA9</p>";
    assert_int_equal(html_doc_parse(NULL, u, sizeof u - 1, &d), BRIEF_OK);
    assert_string_equal(d.encoding, "utf-8");
    assert_int_equal(d.guessed, 0);
    assert_true(d.repaired >= 3);
    html_doc_free(NULL, &d);
    const char ok[] = "<p>caf\xC3\xA9</p>";
    assert_int_equal(html_doc_parse(NULL, ok, sizeof ok - 1, &d), BRIEF_OK);
    assert_int_equal(d.repaired + (size_t)d.guessed, 0);
    html_doc_free(NULL, &d);
}

static void test_too_deep(void **state)
{
    (void)state;
    size_t n = (HTML_MAX_DEPTH + 10) * 5;
    char *b = malloc(n + 1);
    assert_non_null(b);
    for (size_t i = 0; i < n; i += 5) memcpy(b + i, "<div>", 5);
    b[n] = '\0';
    html_doc d;
    assert_int_equal(html_doc_parse(NULL, b, n, &d), BRIEF_ELIMIT);
    html_doc_free(NULL, &d);
    /* As many unclosed <p>, which close each other, are fine. */
    for (size_t i = 0; i < n; i += 5) memcpy(b + i, "<p>x ", 5);
    assert_int_equal(html_doc_parse(NULL, b, n, &d), BRIEF_OK);
    html_doc_free(NULL, &d);
    free(b);
}

/* The first element named tag under g, depth first. */
static const GumboNode *find_tag(const GumboNode *g, GumboTag tag)
{
    if (g->type == GUMBO_NODE_ELEMENT && g->v.element.tag == tag) return g;
    const GumboVector *kids = g->type == GUMBO_NODE_DOCUMENT ? &g->v.document.children
                              : g->type == GUMBO_NODE_ELEMENT ? &g->v.element.children
                                                              : NULL;
    for (unsigned i = 0; kids && i < kids->length; i++) {
        const GumboNode *f = find_tag(kids->data[i], tag);
        if (f) return f;
    }
    return NULL;
}

static int styled_hidden(const char *page, GumboTag tag)
{
    html_doc d;
    assert_int_equal(html_doc_parse(NULL, page, strlen(page), &d), BRIEF_OK);
    const GumboNode *g = find_tag(d.tree->document, tag);
    assert_non_null(g);
    int hidden = html_styled_hidden(g);
    html_doc_free(NULL, &d);
    return hidden;
}

static void test_styled_hidden(void **state)
{
    (void)state;
    assert_true(styled_hidden("<p><span aria-hidden=true>x</span></p>", GUMBO_TAG_SPAN));
    assert_true(styled_hidden("<p><span style=\"Display: None\">x</span></p>", GUMBO_TAG_SPAN));
    assert_true(styled_hidden("<p><em style='color:red;visibility : hidden'>x</em></p>",
                              GUMBO_TAG_EM));
    assert_false(styled_hidden("<p><span aria-hidden=false style='display:block'>x</span></p>",
                               GUMBO_TAG_SPAN));
    /* The hidden attribute is the caller's to judge. */
    assert_false(styled_hidden("<p><span hidden>x</span></p>", GUMBO_TAG_SPAN));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_declared),
        cmocka_unit_test(test_charsets),
        cmocka_unit_test(test_guessed_and_repaired),
        cmocka_unit_test(test_too_deep),
        cmocka_unit_test(test_styled_hidden),
    };
    return cmocka_run_group_tests_name("html_doc", tests, NULL, NULL);
}
